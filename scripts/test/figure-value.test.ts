// The one way a figure's value is written (`figure-value.ts`), shared by the running-text readers and the reader of
// table rows and `label: value` lists. Every value here is written for this test.
import {describe, expect, it} from 'vitest'
import {groupDigits, normalNumber, readWrittenValue, writeValue} from '../structure/figure-value.js'
import {figuresIn} from '../structure/extract-figures.js'
import {rowFigure} from '../structure/figure-rows.js'

describe('writeValue', () => {
  it('writes a percentage as its digits and a sign', () => {
    expect(writeValue({sign: '', digits: '12.5', scale: '', percent: true})).toBe('12.5%')
  })
  it('writes money with its sign, its digits and its scale', () => {
    expect(writeValue({sign: 'US$', digits: '2.6', scale: 'billion', percent: false})).toBe('US$2.6 billion')
    expect(writeValue({sign: '€', digits: '40,000', scale: '', percent: false})).toBe('€40,000')
  })
  it('sets a code of capitals apart by a space, whether or not the reader gave one', () => {
    expect(writeValue({sign: 'NOK', digits: '75', scale: 'million', percent: false})).toBe('NOK 75 million')
    expect(writeValue({sign: 'NOK ', digits: '75', scale: 'million', percent: false})).toBe('NOK 75 million')
  })
  it('writes a count with its scale', () => {
    expect(writeValue({sign: '', digits: '3.2', scale: 'million', percent: false})).toBe('3.2 million')
  })
})

describe('groupDigits and normalNumber', () => {
  it('groups thousands with commas', () => {
    expect(groupDigits(48250)).toBe('48,250')
    expect(groupDigits(950)).toBe('950')
  })
  it('reads French and English ways of writing a number', () => {
    expect(normalNumber('48 250', true)).toBe('48,250')
    expect(normalNumber('3,75', true)).toBe('3.75')
    expect(normalNumber('2.480.000', true)).toBe('2,480,000')
    expect(normalNumber('48,250', false)).toBe('48,250')
    expect(normalNumber('12-14', false)).toBeUndefined()
  })
})

describe('readWrittenValue', () => {
  it('reads a cell with a sign, a scale, a unit or a percent', () => {
    expect(readWrittenValue('US$75 million', false)).toEqual({value: 'US$75 million', unit: []})
    expect(readWrittenValue('3,75 tonnes', true)).toEqual({value: '3.75', unit: ['tonnes']})
    expect(readWrittenValue('17 %', true)).toEqual({value: '17%', unit: []})
    expect(readWrittenValue('640 euros', true)).toEqual({value: '€640', unit: []})
    expect(readWrittenValue('9 thousand', false)).toEqual({value: '9,000', unit: []})
    expect(readWrittenValue('4,500,000', false)).toEqual({value: '4.5 million', unit: []})
  })
})

describe('one form for every reader', () => {
  it('writes an amount of a table row as running text writes it', () => {
    const row = rowFigure({cell: 'NOK 4,200,000', name: 'Ferry quay repairs'}, false)
    const sentence = figuresIn('The council set aside NOK 4,200,000 for ferry quay repairs.')
    expect(row?.value).toBe('NOK 4.2 million')
    expect(sentence.map((figure) => figure.value)).toEqual(['NOK 4.2 million'])
  })
})
