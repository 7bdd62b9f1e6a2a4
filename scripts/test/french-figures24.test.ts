import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// French figures as round 24 showed them (issue 11): a sentence that gives two changes with one verb (`… passe de 540 à 575 euros, et celui du kilo de 4,10 à
// 4,40 euros`), as round 24 showed it (issue 11): the second `de … à …` is a change, not a range. Sentences written for the test.

const figures = async (sentence: string) => (await structureText(`Compte rendu de l'assemblée\n\nL'assemblée s'est tenue à Vannes le 3 mars 2026.\n\n${sentence}\n`)).result!.readout.figures.map((figure) => figure.value)

describe('a second change whose verb the sentence gave once', () => {
  it('is read as a change to its later value', async () => {
    expect(await figures("L'assemblée a décidé que le tarif du litre de cidre passe de 4 à 5 euros, et celui de la bouteille de poiré de 6 à 7 euros.")).toEqual(['€5', '€7'])
    expect(await figures("L'assemblée a décidé que la cotisation est portée de 20 à 25 euros, et celle des membres associés de 10 à 12 euros.")).toEqual(['€25', '€12'])
  })
  it('leaves a range with no verb of change before it a range', async () => {
    expect(await figures("L'assemblée a décidé d'aider les vergers, et ceux de la vallée de 10 à 20 euros par arbre.")).toEqual(['€10–20'])
  })
})

describe('a count after `sur` that is the whole of the count before it', () => {
  it('is a figure of the same things', async () => {
    expect(await figures("L'assemblée a réuni 85 adhérents sur 120. Elle a décidé de relever la cotisation.")).toEqual(['85', '120'])
  })
  it('is no figure when it is the base of a ratio', async () => {
    expect(await figures("L'assemblée a noté que 3 adhérents sur 10 vendent leur cidre en ligne. Elle a décidé de relever la cotisation.")).not.toContain('10')
  })
})
