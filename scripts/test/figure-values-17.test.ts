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

describe('a time joined by a hyphen to what it multiplies (`gigawatt-hours`)', () => {
  it('is a measure counted, not a duration', () => {
    expect(values('Wind farms in the region produced 120 gigawatt-hours in 2024.')).toEqual(['120'])
    expect(values('The clean-up will need about 4,000 person-days of work.')).toEqual(['4,000'])
    expect(values('The 12 workshops each lasted 3 days.')).toEqual(['12'])
  })
})

describe('a number that names a kind (`type 2`, `stage 3`)', () => {
  it('counts nothing', () => {
    expect(values('About 30 percent of adults with type 1 diabetes use a pump.')).toEqual(['30%'])
    expect(values('Patients with stage 4 cancer in 11 hospitals will get the new drug.')).toEqual(['11'])
  })
})

describe('an earlier value after `against` or `down from`, bounded (`more than`, `over`)', () => {
  it('is the earlier end of the change, no figure of its own', () => {
    expect(values('Ministers agreed to buy vaccines through the pooled fund, where the price of a dose has fallen to $4, against more than $30 in 2015.')).toEqual(['$4'])
    expect(values('The cost of a panel has dropped to €90, down from over €400 in 2012.')).toEqual(['€90'])
  })
})

describe('a compound noun whose head the tagger reads as a verb (`a cash grant of`)', () => {
  it('holds the amount after `of`', () => {
    expect(values('Councils gave each family a cash grant of up to £60 instead of a parcel.')).toEqual(['£60'])
    expect(values('The fund paid a school meal supplement of $12 a month.')).toEqual(['$12'])
  })
})
