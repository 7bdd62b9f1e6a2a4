// Figure labels of a measure of a flow (issue 11, labels38): `tonnes of cashew nuts exported`, not
// `tonnes of exports of cashew nuts`. Every sentence here is written for this test.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** The figures of a French sentence, as `value | label`. */
const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('a measure of a flow, the subject of a verb of being or change', () => {
  it('labels what flows, done, after the unit', () => {
    expect(figures('Exports of cashew nuts reached 640,000 tonnes in 2025.')).toEqual(['640,000 | tonnes of cashew nuts exported in 2025'])
    expect(figures('Imports of wheat rose to 4 million tonnes in 2025.')).toEqual(['4 million | tonnes of wheat imported in 2025'])
    expect(figures('Landings of sardines alone stood at 56,000 tonnes last year.')).toEqual(['56,000 | tonnes of sardines landed last year'])
  })
  it('and a flow named by the noun before it', () => {
    expect(figures('Copper production reached 2.4 million tonnes in 2025.')).toEqual(['2.4 million | tonnes of copper produced in 2025'])
  })
  it('while a subject that is no flow keeps its words', () => {
    expect(figures('Irrigated land has grown to 2.6 million hectares.')).toEqual(['2.6 million | hectares of irrigated land'])
  })
})

describe('the subject a measure is of', () => {
  it('keeps a past participle before the noun of its `of` phrase', () => {
    expect(figures('Sales of frozen shrimp reached 40,000 tonnes in 2025.')).toEqual(['40,000 | tonnes of frozen shrimp sold in 2025'])
  })
})

describe('French: a measure of a flow after a linking verb of more than one word', () => {
  it('labels what flows, done, whatever the verb (`se sont élevées à`, `restent supérieures à`, `est tombée à`)', () => {
    expect(chiffres('Les exportations de noix de cajou se sont élevées à 640 000 tonnes en 2025.')).toEqual(['640,000 | tonnes de noix de cajou exportées en 2025'])
    expect(chiffres('Les importations de sucre restent supérieures à 300 000 tonnes par an.')).toEqual(['300,000 | tonnes de sucre importées par an'])
    expect(chiffres('La récolte de café est tombée à 200 tonnes en 2025.')).toEqual(['200 | tonnes de café récoltées en 2025'])
  })
  it('sales are sold', () => {
    expect(chiffres('Les ventes de poivre ont atteint 3 000 tonnes en 2025.')).toEqual(['3,000 | tonnes de poivre vendues en 2025'])
  })
  it('and the subject starts after `mais` or `selon lequel`', () => {
    expect(chiffres('La production de mil a progressé en 2025, mais les importations de blé restent supérieures à 80 000 tonnes par an.')).toEqual(['80,000 | tonnes de blé importées par an'])
    expect(chiffres('Les ministres ont pris note du rapport de la Commission, selon lequel les ventes de coton des pays membres ont atteint 210 000 tonnes en 2025.')).toEqual(['210,000 | tonnes de coton vendues en 2025'])
  })
})
