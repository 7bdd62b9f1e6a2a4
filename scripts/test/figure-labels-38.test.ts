// Figure labels of a measure of a flow (issue 11, labels38): `tonnes of cashew nuts exported`, not
// `tonnes of exports of cashew nuts`. Every sentence here is written for this test.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)

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
