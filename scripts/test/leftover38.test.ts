import {beforeAll, describe, expect, it} from 'vitest'
import {loadNlp} from '../structure/nlp.js'
import {structureText} from './helpers.js'
import {figuresIn} from '../structure/extract-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence, '').map((figure) => `${figure.value} | ${figure.label}`)

// Reading faults left by earlier helpers, each read by general cause (branch leftover38; every sentence written for the test).
beforeAll(() => loadNlp(), 60_000)

describe('a venue named after a person (`à la maison de Victor Hugo`)', () => {
  const place = async (venue: string) => (await structureText(`Le Syndicat des apiculteurs du Morvan s’est réuni le samedi 7 mars 2026 ${venue}.\nLe syndicat a décidé d’ouvrir un rucher école.\n`)).result!.readout.place
  it('takes the town named after the venue, not the person', async () => {
    expect(await place('à la maison de Colette Marchand, à Autun')).toBe('Autun')
    expect(await place('à la maison de la culture de Paul Verrier, à Nevers')).toBe('Nevers')
    expect(await place('au musée de Jules Bernot, à Clamecy')).toBe('Clamecy')
  })
  it('takes no place from a person’s name when no town is given', async () => {
    expect(await place('à la maison de Colette Marchand')).toBeUndefined()
  })
  it('still takes the town a venue’s name holds', async () => {
    expect(await place('à la maison des associations de Saint-Saulge')).toBe('Saint-Saulge')
    expect(await place('à la salle des fêtes de Le Creusot')).toBe('Le Creusot')
    expect(await place('au musée des Beaux-Arts de Dijon')).toBe('Dijon')
  })
})

describe('the cost of what a participle phrase says was made (`completed for $4 million, opened in May`)', () => {
  it('labels the amount as the cost of the subject the aside is set off from', () => {
    expect(figures('The footbridge over the Lune, rebuilt for £2 million, reopened to walkers in April.')).toEqual(['£2 million | cost of the footbridge over the Lune'])
    expect(figures('The old grain store, restored for €850,000, now houses a small museum.')).toEqual(['€850,000 | cost of the old grain store'])
  })
  it('and of the subject of a passive', () => {
    expect(figures('The sorting centre was upgraded for $7 million and reopened in March.')).toEqual(['$7 million | cost of the sorting centre'])
  })
  it('leaves an amount that pays for something else to the other rules', () => {
    expect(figures('The council set aside €3 million for new cycle lanes.')[0]).not.toMatch(/^€3 million \| cost of/)
  })
})
