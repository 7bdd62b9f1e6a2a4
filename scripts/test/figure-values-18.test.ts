// Figure values of the shapes round 18 showed the reader missing (issue 11), each read by its
// general cause. Every sentence here is written for this test, on other subjects than the corpus
// cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** `value | label` of each figure of an English sentence. */
const read = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)

describe('a change `from A to B` after `the number of …` (`double the number of nurses, from 300 to 600`)', () => {
  it('counts what the number before `from` counts', () => {
    expect(read('The council will double the number of night buses, from 150 to 300 a year.')).toEqual(['300 | night buses a year, up from 150'])
    expect(read('Donors backed a sharp rise in the number of places for trainee midwives from 40 to 120.')).toEqual(['120 | places for trainee midwives, up from 40'])
    expect(read('The agency plans to raise the number of river gauges from 60 to 95 by 2029.')).toEqual(['95 | river gauges by 2029, up from 60'])
  })
})
