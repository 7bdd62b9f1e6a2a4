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

describe('a change from a rounded or bounded value (`from about …`, `from under …`)', () => {
  it('is one figure, the earlier value in its label', () => {
    const figures = figuresIn('Sales of heat pumps are expected to climb from about 40,000 units in 2024 to 95,000 units in 2030.')
    expect(figures.map((figure) => figure.value)).toEqual(['95,000'])
    expect(figures[0].label).toContain('up from 40,000 in 2024')
    expect(values('The plan will lift the share of trains running on time from under 60 percent today to 85 percent by 2029.')).toEqual(['85%'])
    expect(values('Visits grew from nearly 300 in 2020 to about 900 in 2025.')).toEqual(['900'])
  })
})
