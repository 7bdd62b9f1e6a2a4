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
