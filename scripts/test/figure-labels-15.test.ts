// Figure labels cut to the counted noun where the sentence says what the count has (issue 11, labels15).
// Every sentence here is written for this test, on other subjects than the corpus cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string, previous = '') => figuresIn(sentence, previous).map((figure) => `${figure.value} | ${figure.label}`)

describe('a count that has something (`Only seven provinces have such a registry today`)', () => {
  it('is labelled by what it has, after `with`', () => {
    expect(figures('Only seven provinces have such a registry today.')).toEqual(['7 | provinces with such a registry today'])
    expect(figures('Nine coastal states have a tsunami warning centre.')).toEqual(['9 | coastal states with a tsunami warning centre'])
  })
  it('but not a perfect, `have to` nor a count it has', () => {
    expect(figures('Twenty members have already signed the treaty.')).toEqual(['20 | members who have already signed the treaty'])
    expect(figures('Twelve members have to report each year.')).toEqual(['12 | members'])
  })
  it('keeps `such a clinic` as written, not the words before an `a` in the sentence before', () => {
    expect(figures('Fourteen districts have such a clinic today.', 'The plan calls for opening a clinic in every district.')).toEqual(['14 | districts with such a clinic today'])
  })
})

describe('a count after `an estimated` (`An estimated 40,000 households lost their homes`)', () => {
  it('is still the subject of its verb, `estimated` qualifying the number', () => {
    expect(figures('An estimated 40,000 households lost their homes.')).toEqual(['40,000 | households who lost their homes'])
    expect(figures('Across the basin, an estimated 3 million people live with river blindness.')).toEqual(['3 million | people living with river blindness'])
  })
})
