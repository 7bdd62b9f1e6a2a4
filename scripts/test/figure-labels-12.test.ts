// Figure labels of two general causes of misses (issue 11, labels12): a count that is the object of
// what a clause did keeps its `of` phrase and the verb as a participle, and a sum held by a noun
// keeps what it pays for. Every sentence here is written for this test, on other subjects than the
// corpus cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)

describe('a count with an `of` phrase that a clause did something to (`the flood damaged some 12,000 boxes of records`)', () => {
  it('keeps its `of` phrase and the verb as a participle, as a measure does', () => {
    expect(figures('The hailstorm destroyed about 3,400 hectares of vineyards.')).toEqual(['3,400 | hectares of vineyards destroyed'])
    expect(figures('The landslide buried some 900 sacks of seed.')).toEqual(['900 | sacks of seed buried'])
    expect(figures('A fire at the depot, which ruined 2,500 crates of vaccines, was investigated.')).toEqual(['2,500 | crates of vaccines ruined'])
  })
  it('but not when who acted is a person the meeting speaks for', () => {
    expect(figures('Farmers planted 40,000 bags of maize.')).toEqual(['40,000 | bags of maize'])
  })
})

describe('a sum held by a noun that pays for something (`a fund of $1.5 million will pay for scholarships`)', () => {
  it('is labelled by the noun and what it pays for', () => {
    expect(figures('A fund of €9 million will pay for school buses.')).toEqual(['€9 million | fund for school buses'])
    expect(figures('Ministers agreed that a regional facility of US$40 million will finance solar pumps in dry areas.')).toEqual(['US$40 million | regional facility for solar pumps in dry areas'])
  })
  it('keeps the noun alone when the sum pays for nothing named', () => {
    expect(figures('Ministers set up a fund of €9 million.')).toEqual(['€9 million | fund'])
  })
})

describe('a bare count of countries that a meeting\'s delegations come from (`ministers of health from 31 countries`)', () => {
  it('is of the countries represented', () => {
    expect(figures('The President opened the session with ministers of finance and planning from 27 countries.')).toEqual(['27 | countries represented'])
  })
  it('but not when a verb says what they did, nor when the noun already says which, nor when no delegation comes from them', () => {
    expect(figures('Officials from 27 countries signed the charter.')).not.toEqual(['27 | countries represented'])
    expect(figures('The forum gathered ministers from 12 small island countries.')).toEqual(['12 | small island countries'])
    expect(figures('The port receives grain from 27 countries.')).toEqual(['27 | countries'])
  })
})

describe('a sum in a `with` phrase after a long noun phrase with no verb (`Joint marketing of the region as …, with a budget of`)', () => {
  it('is for the phrase\'s head, up to its first preposition', () => {
    expect(figures('Shared training of customs officers from all member states in risk analysis and border controls, with a budget of €4 million')).toEqual(['€4 million | budget for shared training'])
  })
  it('while a short phrase stays whole', () => {
    expect(figures('The survey of coastal fisheries, with a budget of €400,000, will report next year.')).toEqual(['€400,000 | budget for the survey of coastal fisheries'])
  })
})
