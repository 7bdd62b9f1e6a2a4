// Figure labels of a sum `at a cost of` what its clause makes or does (issue 11, labels40): the label was
// the cost alone (`cost`, `estimated cost`), a word that says nothing of what is paid for. Every sentence
// here is written for this test.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The label of the figure with this value in a French sentence. */
const libellé = (sentence: string, value: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).find((figure) => figure.value === value)?.label

/** The label of the figure with this value in an English sentence. */
const labelOf = (sentence: string, value: string) => figuresIn(sentence).find((figure) => figure.value === value)?.label

describe('a sum at a cost of what a clause makes', () => {
  it('is the cost of the object of a verb of making, past `agreed to`', () => {
    expect(labelOf('Members agreed to open a shared seed vault in Tromsø, at a cost of about €3 million.', '€3 million')).toBe('cost of the shared seed vault')
  })
  it('keeps the words before `cost` and a span after the amount', () => {
    expect(labelOf('The council decided to build a covered market hall, at an estimated cost of $12 million over three years.', '$12 million')).toBe('estimated cost of the covered market hall over three years')
  })
  it('is the cost of what a noun of making is of', () => {
    expect(labelOf('Ministers approved the construction of a cold store for fishers in Walvis Bay, which will keep catches fresh for export, at a cost of N$40 million.', 'N$40 million')).toBe('cost of the cold store')
  })
  it('is the cost of what a verb of fitting fits a thing with', () => {
    expect(labelOf('The partners will equip the border posts with solar panels that charge radios, at a cost of US$2.5 million.', 'US$2.5 million')).toBe('cost of solar panels')
  })
  it('is the cost of the subject of a passive or of a verb of making with no object', () => {
    expect(labelOf('A mobile library service will be launched in the northern districts, at a total cost of £800,000.', '£800,000')).toBe('total cost of the mobile library service')
    expect(labelOf('A ferry link will start in 2028, at an estimated cost of €9 million.', '€9 million')).toBe('estimated cost of the ferry link')
  })
  it('keeps the work done to a thing', () => {
    expect(labelOf('The old pier at Brightwater will be rebuilt at a cost of £4.5 million.', '£4.5 million')).toBe('cost of rebuilding the old pier at Brightwater')
  })
  it('passes over a verb that makes nothing, and a verb of a relative clause', () => {
    expect(labelOf('The ministers noted the growth in visitor numbers and agreed to set up a rescue service, at a cost of $700,000.', '$700,000')).toBe('cost of the rescue service')
  })
})

describe('what is not such a cost keeps its reading', () => {
  it('a change that happened at a cost names no thing made', () => {
    expect(labelOf('A review of 40 redesigned crossings found that injuries fell by 20% at an average cost of $90,000 per crossing.', '$90,000')).not.toMatch(/injuries/)
  })
})

describe('a French sum `pour un coût de` what a clause makes', () => {
  it('is the cost of the subject of a passive, with the words of the cost', () => {
    expect(libellé("Une passerelle piétonne sera construite au-dessus de la voie ferrée, pour un coût estimé à 900 000 euros.", '€900,000')).toBe('coût estimé de la passerelle piétonne')
  })
  it('is the cost of what a noun of making is of', () => {
    expect(libellé("Le conseil a voté la création d'un refuge pour chiens abandonnés, pour un coût total de 420 000 euros.", '€420,000')).toBe('coût total du refuge')
  })
  it('keeps a noun of work with its phrase', () => {
    expect(libellé("Les élus ont approuvé la rénovation du marché couvert, pour un montant de 2,3 millions d'euros.", '€2.3 million')).toBe('montant de la rénovation du marché couvert')
  })
  it('cuts a second `du` phrase off a noun that is no work, and keeps a span after the sum', () => {
    expect(libellé("La commune lancera une étude acoustique du centre historique, pour un coût de 60 000 euros sur deux ans.", '€60,000')).toBe("coût de l'étude acoustique sur deux ans")
  })
  it('names nothing from a `dont` aside, and leaves a clause with no object as it was', () => {
    expect(libellé("Trente nouvelles crèches ouvriront dans les villes moyennes, dont la moitié dans les quartiers prioritaires, pour un coût de 18 millions d'euros.", '€18 million')).not.toMatch(/moitié/)
  })
})
