import {describe, expect, it} from 'vitest'
import {addFigure, figuresIn} from '../structure/extract-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('South Asian scales and signs (`crore`, `lakh`, `Rs`, `Tk`)', () => {
  it('keeps an amount in rupees or taka as written', () => {
    expect(values('The state will spend Rs 300 crore on new looms over four years.')).toEqual(['Rs 300 crore'])
    expect(values('Dhaka pledged Tk 900 crore to the same scheme.')).toEqual(['Tk 900 crore'])
    expect(values('Growers will be paid at least Rs 4,200 per quintal of cotton.')).toEqual(['Rs 4,200'])
  })
  it('counts in lakh, the noun after the scale labelling the count', () => {
    expect(values('Some 2 lakh fishing families are expected to enrol this year.')).toEqual(['2 lakh'])
    expect(figuresIn('The mills of the region employ 1.5 lakh workers.').map((figure) => [figure.value, figure.label])).toEqual([['1.5 lakh', expect.stringMatching(/^workers/)]])
  })
})

describe('an amount in rupees said twice (`Rs 400 crore` in a headline and a paragraph)', () => {
  it('is one fact, whatever each sentence labels it', () => {
    const figures: ReturnType<typeof figuresIn> = []
    for (const sentence of ['Weavers win Rs 400 crore fund for looms', 'The state government will set aside Rs 400 crore over three years for new handlooms.']) {
      for (const figure of figuresIn(sentence)) addFigure(figures, figure)
    }
    expect(figures.map((figure) => figure.value)).toEqual(['Rs 400 crore'])
  })
})
