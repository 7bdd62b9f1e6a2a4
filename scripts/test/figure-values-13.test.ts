import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('a dollar sign after a country’s letters', () => {
  it('keeps the letters as the currency (`NZ$`, `HK$`), as with `US$`', () => {
    expect(values('Wellington offered NZ$4.2 million to restock the mussel farms.')).toEqual(['NZ$4.2 million'])
    expect(values('The port authority set aside HK$30 million for the new berths.')).toEqual(['HK$30 million'])
    expect(values('The bank lent US$9 million to the cooperatives.')).toEqual(['US$9 million'])
  })
})
