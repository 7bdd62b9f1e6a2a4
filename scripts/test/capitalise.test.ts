import {describe, expect, it} from 'vitest'
import {capitalise} from '../capitalise.js'

describe('capitalise', () => {
  it('puts a lower-case first letter in capitals and keeps the rest as written', () => {
    expect(capitalise('roadmap for clean seas')).toBe('Roadmap for clean seas')
    expect(capitalise('écoles rurales du Jura')).toBe('Écoles rurales du Jura')
    expect(capitalise('iPhone recycling scheme')).toBe('IPhone recycling scheme')
  })
  it('leaves a text that does not start with a lower-case letter alone', () => {
    expect(capitalise('UN Ocean Decade')).toBe('UN Ocean Decade')
    expect(capitalise('2030 targets')).toBe('2030 targets')
    expect(capitalise('« plan bleu »')).toBe('« plan bleu »')
    expect(capitalise('')).toBe('')
  })
})
