// Figure values the waiting tuning cases of round 27 (`scripts/test/corpus-pending/`) showed the reader missing,
// each read by its general cause. Every sentence here is written for this test, on other subjects than the cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The values of the figures of an English sentence. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)

describe('an amount after a noun phrase and `with`, whose verb is not found (`Fund a seed bank with $3 million`)', () => {
  it('is the amount of that noun phrase', () => {
    expect(figures('Fund a regional seed bank with $3 million.')).toEqual(['$3 million | regional seed bank'])
    // a hyphened compound between the verb and `with` stopped the search for the verb
    expect(figures('The ministers set up a pooled flood-warning service with $7 million.')).toEqual(['$7 million | flood-warning service'])
  })

  it('leaves an amount of something else after `with` as it was', () => {
    expect(figures('Households with $500 in savings were counted.')).toEqual(['$500 | in savings'])
    expect(values('They will equip the mobile clinic with €2 million next year.')).toEqual(['€2 million'])
  })
})

describe('hours or days added up over many events (`for a total of 380 hours`, `a combined 95 days`)', () => {
  it('are a count, not a span of time', () => {
    expect(values('Floods cut the valley railway for a total of 212 days last year.')).toEqual(['212'])
    expect(values('Strikes cost the port a combined 95 days in 2024.')).toEqual(['95'])
  })

  it('leave a span of time unread', () => {
    expect(values('The permit lasts 90 days.')).toEqual([])
    expect(values('Ports stayed shut for 30 days.')).toEqual([])
    expect(values('The total of 30 days is the limit.')).toEqual([])
  })
})
