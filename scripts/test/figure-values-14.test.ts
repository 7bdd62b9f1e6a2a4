import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('observers a text names', () => {
  it('are not counted, and the count of members beside them is read', () => {
    expect(values('Nine coastal states and the Regional Fisheries Office took part; Tonga and Samoa attended as observers.')).toEqual(['9'])
    expect(values('Delegations from Peru, Chile and Ecuador attended as observers.')).toEqual([])
  })
})

describe('an amount in a list of amounts', () => {
  it('is a figure of the same things as the amount before it', () => {
    expect(values('Donors announced grants of €12 million, €8m, €5 million and €2 million for the new clinics.')).toEqual(['€12 million', '€8 million', '€5 million', '€2 million'])
    expect(values('The three banks lent US$90 million, US$60 million and US$40 million respectively.')).toEqual(['US$90 million', 'US$60 million', 'US$40 million'])
  })
})
