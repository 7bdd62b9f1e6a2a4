import {describe, expect, it} from 'vitest'
import {rankFigures} from '../theme/figure-hierarchy.js'
import type {KeyFigure} from '../structure/readout.js'

const figure = (value: string, label: string, sentence: string): KeyFigure => ({value, label, sentence})
const english = {formatFigure: (value: string) => value, since: 'since'}

describe('growth pairs among key figures', () => {
  it('pairs a count tied to a past year with a larger count of the same kind (the seed’s 12 → 80)', () => {
    const figures = [
      figure('80', 'international partners', 'We welcomed a new member into our Alliance, taking us to 80 international partners.'),
      figure('$2 billion', 'raised for reconstruction', 'Partners have raised $2 billion for reconstruction.'),
      figure('12', 'members of the Alliance in 2014', 'We have come a long way since we began as a 12-member Alliance back in 2014.'),
    ]
    expect(rankFigures(figures, 5, english, 2019).growth?.value).toBe('12 → 80')
  })

  it('never pairs a figure that already says its change (was "46 → 12,500 students", "31 → 300 gigawatts")', () => {
    const figures = [
      figure('46', 'universities taking part, up from 19 in 2019', 'Some 46 universities now take part, up from 19 in 2019, and 12,500 students studied abroad.'),
      figure('12,500', 'students who studied abroad', 'Some 46 universities now take part, up from 19 in 2019, and 12,500 students studied abroad.'),
      figure('31', 'gigawatts, up from 12 in 2016', 'Members have 31 gigawatts of wind in operation, up from 12 gigawatts in 2016.'),
      figure('300', 'gigawatts', 'Members aim for 300 gigawatts of wind by 2050.'),
      figure('€2.6 billion', 'loans for grids', 'Banks announced loans of €2.6 billion for grids.'),
    ]
    expect(rankFigures(figures, 5, english, 2024).growth).toBeUndefined()
  })

  it('never starts a pair from a target or a year not before the meeting (was "1,800 → 7,400 … since 2028")', () => {
    const money = figure('€90 million', 'for the network', 'Members committed €90 million for the network.')
    const target = [money, figure('1,800', 'localities connected by 2028', 'Some 1,800 localities will be connected by 2028.'), figure('7,400', 'localities', 'The network serves 7,400 localities.')]
    expect(rankFigures(target, 5, english, 2024).growth).toBeUndefined()
    const later = [money, figure('1,800', 'localities in 2028', 'Some 1,800 localities in 2028 will have service.'), figure('7,400', 'localities', 'The network serves 7,400 localities.')]
    expect(rankFigures(later, 5, english, 2024).growth).toBeUndefined()
    expect(rankFigures(later, 5, english, 2030).growth?.value).toBe('1,800 → 7,400')
  })

  it('does not take the past count’s own words as proof that another count of its sentence is of the same kind (was "9 → 31 delegations")', () => {
    const sentence = 'Thirty-one delegations took part, the largest attendance since the Forum was founded as a 9-member group in 2008.'
    const figures = [figure('$5 million', 'for patrols', 'Members gave $5 million for patrols.'), figure('31', 'delegations taking part', sentence), figure('9', 'members in 2008', sentence)]
    expect(rankFigures(figures, 5, english, 2021).growth).toBeUndefined()
  })

  it('does not pair a count with one tied to a year of its own (was "2,000 → 11,000 people … in 2021 since 2021")', () => {
    const figures = [figure('$5 million', 'for shelters', 'Members gave $5 million for shelters.'), figure('2,000', 'people missing in 2019', 'More than 2,000 people went missing in 2019.'), figure('11,000', 'people who returned in 2021', 'Some 11,000 people returned in 2021.')]
    expect(rankFigures(figures, 5, english, 2022).growth).toBeUndefined()
  })
})

describe('ranges among key figures', () => {
  it('sizes a range by its upper end, not by its digits run together (was `$2–3 million` read as 23 million)', () => {
    const figures = [figure('$2–3 million', 'cost of each bridge', 'Each bridge will cost between $2 million and $3 million.'), figure('$15 million', 'road fund', 'A road fund of $15 million was set up.')]
    expect(rankFigures(figures, 5, english).hero?.value).toBe('$15 million')
  })
})
