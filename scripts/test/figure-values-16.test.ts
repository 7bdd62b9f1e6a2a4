import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('a count of people the tagger runs into the verb (`people work/NOUN`)', () => {
  it('counts the irregular plural, not the verb read as a noun', () => {
    expect(values('Some 12,000 people work in the fishing sector of the lagoon.')).toEqual(['12,000'])
    expect(figuresIn('Around 4,000 children work in the quarries of the district.')[0]?.label).toMatch(/^children/)
  })
})
