import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('an amount in a row written as a line (`name – amount – purpose`)', () => {
  it('reads the amount of each row, in any currency, labelled by the row', () => {
    expect(figuresIn('Denmark – DKK 80 million – school meals in the border districts')).toEqual([expect.objectContaining({value: 'DKK 80 million', label: 'Denmark: school meals in the border districts'})])
    expect(values('Sweden – SEK 45m – mobile clinics')).toEqual(['SEK 45 million'])
    expect(values('Australia – A$3 million – the flood warning network')).toEqual(['A$3 million'])
    expect(values('World Bank – US$12.5 million – roads to the northern villages')).toEqual(['US$12.5 million'])
  })

  it('reads a row that ends with the amount', () => {
    expect(figuresIn('Ireland – €2.5 million')).toEqual([expect.objectContaining({value: '€2.5 million', label: 'Ireland'})])
  })
})

describe('a part of a scale written in digits', () => {
  it('keeps the scale it was written with', () => {
    expect(values('The Board set aside US$0.6 million for the audit of the pilot farms.')).toEqual(['US$0.6 million'])
    expect(values('The lenders will add €0.25 billion to the reconstruction fund.')).toEqual(['€0.25 billion'])
  })

  it('still writes out a part of a scale in words', () => {
    expect(values('Donors gave half a million dollars to the clinics.')).toEqual(['$500,000'])
  })
})

describe('a speed', () => {
  it('is a limit on traffic, not a figure', () => {
    expect(values('The cities will cut the limit on school streets to 20 km/h by next spring.')).toEqual([])
    expect(values('Lorries will be held to 40 mph through the villages.')).toEqual([])
    expect(values('Boats must slow to 10 kilometres an hour in the harbour.')).toEqual([])
  })

  it('leaves a distance a figure', () => {
    expect(values('The region will build 350 km of new cycle paths.')).toEqual(['350'])
  })
})

describe('a total a count is brought to', () => {
  it('counts the things added before it, in total', () => {
    expect(figuresIn('The Board approved 9 more rescue boats for the delta, bringing the total to 41.').map((figure) => [figure.value, figure.label])).toEqual([['9', expect.any(String)], ['41', 'rescue boats in total']])
    expect(figuresIn('The Network trained 120 new midwives this year, which brings the total to 860.').at(-1)).toEqual(expect.objectContaining({value: '860', label: 'midwives in total'}))
  })
})

describe('a change told as `to B from A` with no comma', () => {
  it('is one figure, the later value, with the earlier in its label', () => {
    expect(figuresIn('The share of children walking to school has dropped to 42% from 67% in 2005.').map((figure) => [figure.value, figure.label])).toEqual([['42%', expect.stringMatching(/, down from 67% in 2005$/)]])
    expect(figuresIn('Sales of electric buses climbed to $2.4 billion from $900 million in 2021.').map((figure) => figure.value)).toEqual(['$2.4 billion'])
  })
})

describe('a count whose head an adjective and a noun modify, joined by `and`', () => {
  it('counts the plural head', () => {
    expect(values('The Council will open 30 rural and town libraries next year.')).toEqual(['30'])
    expect(values('The partners will build 48 seismic and weather stations along the rift.')).toEqual(['48'])
  })
})

describe('a small count in words after `only`', () => {
  it('is a figure when `only` stresses how few', () => {
    expect(values('Only six provinces keep a register of their wells.')).toEqual(['6'])
    expect(values('The vaccine is made in only four countries of the region.')).toEqual(['4'])
  })

  it('is not one when `the only` picks some out', () => {
    expect(values('The only seven boats that passed the test sailed home.')).toEqual([])
  })
})

describe('the size of a body after `a … of`', () => {
  it('counts the body when no noun follows the count', () => {
    expect(figuresIn('The new lab in Dakar will open with two microscopes and a staff of 11.').at(-1)).toEqual(expect.objectContaining({value: '11', label: 'staff'}))
    expect(figuresIn('Each lifeboat station keeps a crew of 8 on call.').map((figure) => [figure.value, figure.label])).toEqual([['8', 'crew']])
  })
})

describe('a small count in words of a named body\'s members', () => {
  it('is a figure after the body\'s possessive', () => {
    expect(values("Most of the Alliance's six member states have no coast guard.")).toEqual(['6'])
    expect(values("The Board's eight members met in Lomé.")).toEqual(['8'])
  })

  it('is not one after a pronoun or of other things', () => {
    expect(values("The Treaty's three annexes list the banned goods.")).toEqual([])
  })
})

describe('a change measured on the year before', () => {
  it('is a figure of its own, in French (`sur un an`) and in English (`on a year earlier`)', () => {
    expect(patternFiguresIn("L'Office a porté ses dépenses à 3 millions d'euros, en hausse de 9 % sur un an.", FRENCH.figures!, FRENCH.calendar).map((figure) => [figure.value, figure.label])).toEqual([['€3 million', expect.any(String)], ['9%', 'hausse sur un an']])
    expect(figuresIn('The Agency spent $7.5 million in 2025, up 12% on a year earlier.').map((figure) => figure.value)).toEqual(['$7.5 million', '12%'])
  })
})

describe('a number a colon gives after `le nombre de …` and a verb of state', () => {
  it('counts the things named after `le nombre de`', () => {
    expect(patternFiguresIn('Le nombre de médecins de famille demeure très bas : 840 dans tout le pays.', FRENCH.figures!, FRENCH.calendar).map((figure) => [figure.value, figure.label])).toEqual([['840', 'médecins de famille']])
  })
})
