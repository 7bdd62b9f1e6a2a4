// Figure values of the shapes round 19 showed the reader missing or taking wrongly (issue 11),
// each read by its general cause. Every sentence here is written for this test, on other subjects
// than the corpus cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The values of the figures of an English sentence. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('an amount in a currency written as its code or a local sign (`FJD 145 million`, `Ksh 3 billion`)', () => {
  it('is money, its code kept in the value', () => {
    expect(values('Tourism earned PGK 2.1 billion last year.')).toEqual(['PGK 2.1 billion'])
    expect(values('Remittances to the islands reached WST 390 million in 2025.')).toEqual(['WST 390 million'])
  })
  it('reads the Kenyan shilling as East African texts write it', () => {
    expect(values('The county spent KSh 450,000 on new desks.')).toEqual(['Ksh 450,000'])
    expect(values('Treasury released Ksh 12 billion for rural roads.')).toEqual(['Ksh 12 billion'])
  })
})

describe('an amount after a noun phrase the tagger ends on a verb (`a joint conservation grant/VERB of £2.5m`)', () => {
  it('is read as the noun it is, whatever adjectives and nouns stand after the article', () => {
    expect(values('The island councils will share a new emergency transfer of US$3 million.')).toEqual(['US$3 million'])
    expect(values('Museums will receive a joint restoration grant of £4.2m next year.')).toEqual(['£4.2 million'])
  })
})
