import {describe, expect, it} from 'vitest'
import {addFigure, figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('a dollar sign after a country’s letters', () => {
  it('keeps the letters as the currency (`NZ$`, `HK$`), as with `US$`', () => {
    expect(values('Wellington offered NZ$4.2 million to restock the mussel farms.')).toEqual(['NZ$4.2 million'])
    expect(values('The port authority set aside HK$30 million for the new berths.')).toEqual(['HK$30 million'])
    expect(values('The bank lent US$9 million to the cooperatives.')).toEqual(['US$9 million'])
  })
})

describe('a rough count in French (`une quarantaine de`)', () => {
  const french = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)
  it('gives the count the noun rounds to', () => {
    expect(french("Une centaine de villages ont déjà rejoint le réseau d'alerte.")).toEqual(['100'])
    expect(french('Le programme a formé une vingtaine de guides dans chaque parc.')).toEqual(['20'])
  })

  it('is no count as a plural or without `de`', () => {
    expect(french('Des centaines de pêcheurs ont manifesté devant le ministère.')).toEqual([])
    expect(french('Le navire a été placé en quarantaine pendant deux semaines.')).toEqual([])
  })
})

describe('a share of `those who …`', () => {
  it('is a figure labelled by the relative clause', () => {
    expect(figuresIn('In the north, fewer than 30 percent of those who farm rented land hold a title.').map((figure) => [figure.value, figure.label])).toEqual([['30%', expect.stringContaining('of those who farm')]])
    expect(values('Only 45% of those who lost their homes have been rehoused.')).toEqual(['45%'])
  })
})

describe('the rest of a list of names (`and seven others`)', () => {
  it('is no figure', () => {
    expect(values('Observers: the Red Crescent; the Regional Port Authority; the Fisheries Agency; and six others.')).toEqual([])
    expect(values('Also present were the mayors of Lyon, Turin and 14 others.')).toEqual([])
  })

  it('leaves a count of others that the sentence goes on about', () => {
    expect(values('The storm killed 9 people and injured 14 others in the port.')).toEqual(['9', '14'])
  })
})

describe('a count between a share and its earlier share', () => {
  it('is a fact of its own, and the change is one figure', () => {
    expect(values('Women hold 35% of the 420 seats in the assembly, up from 22% in 2015.')).toEqual(['35%', '420'])
    expect(values('Solar panels now cover 12 percent of the 9,000 public roofs, up from 4 percent in 2021.')).toEqual(['12%', '9,000'])
  })
})

describe('a bare count that new things are added to (`add 12 new clinics to the 140 …`)', () => {
  it('counts the things added, labelled by what says which ones', () => {
    expect(figuresIn('The ministry will add 12 new clinics to the 140 that the provinces already run.').map((figure) => [figure.value, figure.label])).toEqual([['12', expect.any(String)], ['140', 'clinics that the provinces already run']])
    expect(values('The Fund will add at least 5 new reserves to the 38 that exist today.')).toEqual(['5', '38'])
  })
})

describe('the whole a part is counted out of (`four seats out of eleven`)', () => {
  it('is a figure counting the same things', () => {
    expect(values('Farmers will hold three seats out of twelve on the new board.')).toEqual(['3', '12'])
    expect(values('Women won 14 seats out of 40 in the council elections.')).toEqual(['14', '40'])
  })
})

describe('the same French count named twice (`neuf pays du Sahel`, then `neuf pays membres de l’Autorité`)', () => {
  it('is one fact, as French labels open on their noun', () => {
    const figures: Parameters<typeof addFigure>[0] = []
    addFigure(figures, {value: '9', label: 'pays du Sahel', sentence: ''})
    addFigure(figures, {value: '9', label: "pays membres de l'Autorité du bassin", sentence: ''})
    expect(figures.map((figure) => figure.label)).toEqual(['pays du Sahel'])
  })

  it('leaves the same number of other things', () => {
    const figures: Parameters<typeof addFigure>[0] = []
    addFigure(figures, {value: '9', label: 'pays du Sahel', sentence: ''})
    addFigure(figures, {value: '9', label: 'centres de santé', sentence: ''})
    expect(figures).toHaveLength(2)
  })
})
