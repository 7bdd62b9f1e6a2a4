// Figure values of the shapes round 20 showed the reader missing or taking wrongly (issue 11),
// each read by its general cause. Every sentence here is written for this test, on other subjects
// than the corpus cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {FRENCH} from '../structure/french.js'

/** The values of the figures of an English sentence. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of the figures of a French sentence. */
const valeurs = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)

describe('a change whose subject opens on a past participle (`reported cases rose to …`)', () => {
  it('is read, the participle kept in its label', () => {
    expect(figures('Recorded burglaries fell to 3,200 in 2025.')).toEqual(['3,200 | recorded burglaries in 2025'])
    expect(figures('The Board noted that registered nurses in the province rose to 14,500 last year.')).toEqual(['14,500 | registered nurses in the province last year'])
  })
})

describe('a number after a paragraph sign (`§ 4 Ministers …`)', () => {
  it('is the paragraph\'s number, not a count', () => {
    expect(values('§ 4 Ministers welcomed the report of the working group.')).toEqual([])
    expect(valeurs('§ 7 Les ministres ont salué le rapport du groupe de travail.')).toEqual([])
  })
})

describe('the rand named after an amount (`2.6bn rand`)', () => {
  it('is money, written with the rand\'s sign', () => {
    expect(values('The province will spend 380 million rand on clinics.')).toEqual(['R380 million'])
    expect(values('Farmers received 1.4bn rand in drought relief.')).toEqual(['R1.4 billion'])
  })
})

describe('a bound in a `where` clause after a comma (`…, where coverage falls below 70 percent`)', () => {
  it('says what is so in the places just named: a fact', () => {
    expect(values('Schools closed in the northern valleys, where attendance fell below 60 percent last winter.')).toEqual(['60%'])
  })
  it('while `where` without a comma still sets a condition', () => {
    expect(values('Grants will double in valleys where attendance is below 60 percent.')).toEqual([])
  })
})
