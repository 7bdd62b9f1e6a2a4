// Figure labels of a count that a clause did something to (issue 11, labels13): the verb comes
// back as a participle after the counted noun. Every sentence here is written for this test, on
// other subjects than the corpus cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)

describe('a count that is the subject of a passive perfect (`1,200 homes have been insulated since 2021`)', () => {
  it('is labelled by its noun, the participle and the clause\'s time', () => {
    expect(figures('The agency said that 2,300 classrooms have been repainted with help from parents since 2021.')).toEqual(['2,300 | classrooms repainted since 2021'])
    expect(figures('Some 650 ferry captains had been licensed in the islands and the coastal towns since 2019.')).toEqual(['650 | ferry captains licensed since 2019'])
  })
  it('puts a phrase after the noun after the participle', () => {
    expect(figures('Officials noted that 410 bridges on rural roads have been rebuilt since 2018.')).toEqual(['410 | bridges rebuilt on rural roads since 2018'])
  })
  it('but not without a time, nor with the participle\'s own phrase, nor with a time of the next clause', () => {
    expect(figures('About 900 wells have been closed.')).toEqual(['900 | wells'])
    expect(figures('Some 5,000 farms have been affected by the frost since 2022.')).not.toEqual(['5,000 | farms affected since 2022'])
    expect(figures('About 900 wells have been closed and 40 pumps have been repaired since 2021.')[0]).toBe('900 | wells')
  })
})

describe('a count that a relative clause in the perfect did something to (`a hotline, which has answered 12,000 calls`)', () => {
  it('keeps the verb as a participle, as a relative in the past does', () => {
    expect(figures('They praised the ferry service, which has carried 310,000 passengers since 2021.')).toEqual(['310,000 | passengers carried since 2021'])
    expect(figures('Ministers thanked the hotline, which has answered 12,000 calls.')).toEqual(['12,000 | calls answered'])
  })
  it('says `reached` for a count a relative clause has reached, and its time', () => {
    expect(figures('They launched a reading campaign that has reached about 75,000 parents since 2022.')).toEqual(['75,000 | parents reached since 2022'])
  })
})

describe('a sum a relative clause totals (`the grants awarded …, which total €40 million over four years`)', () => {
  it('is labelled by the noun the clause is about and the period it covers', () => {
    expect(figures('We welcome the contributions made by the host and the regional banks, which total €240 million over four years.')).toEqual(['€240 million | contributions over four years'])
    expect(figures('Ministers noted the loans signed this week, which amount to US$75 million.')).toEqual(['US$75 million | loans'])
  })
  it('but not a total that is the clause\'s own verb', () => {
    expect(figures('Pledges total €240 million over four years.')).not.toEqual(['€240 million | pledges over four years'])
  })
})
