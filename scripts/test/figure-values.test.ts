import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readFrenchNumber} from '../structure/french-numerals.js'

/** How a French writer spells numbers: the traditional spelling, the 1990 one (hyphens everywhere), or Belgian/Swiss tens. */
type Spelling = 'traditional' | 'reformed' | 'belgian' | 'swiss'

const ONES = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf']
const TENS_WORDS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']

/**
 * A French numeral writer, written apart from the reader (from the spelling rules, not from the
 * reader's code) so that the reader is checked against something it does not share: 0 < n < 1e6.
 */
function writeFrench(n: number, spelling: Spelling): string[] {
  const join = spelling === 'reformed' ? '-' : ' '
  const belowHundred = (x: number): string => {
    if (x < 20) return ONES[x]
    const tens = Math.floor(x / 10)
    const unit = x % 10
    if (spelling !== 'traditional' && spelling !== 'reformed' && tens >= 7) {
      const word = tens === 7 ? 'septante' : tens === 8 ? (spelling === 'swiss' ? 'huitante' : 'quatre-vingt') : 'nonante'
      if (word === 'quatre-vingt') return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${ONES[unit]}`
      return unit === 0 ? word : unit === 1 ? `${word}${spelling === 'belgian' ? ' et ' : '-et-'}un` : `${word}-${ONES[unit]}`
    }
    if (tens === 7 || tens === 9) {
      const base = tens === 7 ? 'soixante' : 'quatre-vingt'
      const rest = x - (tens === 7 ? 60 : 80)
      if (tens === 7 && rest === 11) return spelling === 'reformed' ? 'soixante-et-onze' : 'soixante et onze'
      return `${base}-${ONES[rest]}`
    }
    if (tens === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${ONES[unit]}`
    if (unit === 0) return TENS_WORDS[tens]
    if (unit === 1) return spelling === 'reformed' ? `${TENS_WORDS[tens]}-et-un` : `${TENS_WORDS[tens]} et un`
    return `${TENS_WORDS[tens]}-${ONES[unit]}`
  }
  const belowThousand = (x: number, beforeMille: boolean): string => {
    const hundreds = Math.floor(x / 100)
    const rest = x % 100
    const parts: string[] = []
    if (hundreds === 1) parts.push('cent')
    else if (hundreds > 1) parts.push(`${ONES[hundreds]}${join}${rest === 0 && !beforeMille ? 'cents' : 'cent'}`)
    if (rest) parts.push(belowHundred(rest).replace(/^quatre-vingts$/, beforeMille ? 'quatre-vingt' : 'quatre-vingts'))
    return parts.join(join)
  }
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  const parts: string[] = []
  if (thousands === 1) parts.push('mille')
  else if (thousands > 1) parts.push(`${belowThousand(thousands, true)}${join}mille`)
  if (rest) parts.push(belowThousand(rest, false))
  return parts.join(join).split(/[\s-]+/)
}

describe('the French numeral reader', () => {
  it('reads every number it is written, in each spelling (property, against an independent writer)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 999_999}), fc.constantFrom<Spelling>('traditional', 'reformed', 'belgian', 'swiss'), (n, spelling) => {
        const words = writeFrench(n, spelling)
        expect(readFrenchNumber(words), `${n} ${words.join(' ')}`).toEqual({value: n, count: words.length})
      }),
      {numRuns: 3000},
    )
  })

  it('reads the forms the third blind round missed, and stops where the number ends', () => {
    const read = (text: string) => readFrenchNumber(text.toLowerCase().split(/[\s-]+/))
    expect(read('Huit cents')).toEqual({value: 800, count: 2})
    expect(read('deux mille')).toEqual({value: 2000, count: 2})
    expect(read('quatre-vingt-dix')).toEqual({value: 90, count: 3})
    expect(read('soixante-dix')).toEqual({value: 70, count: 2})
    expect(read('mille deux cents')).toEqual({value: 1200, count: 3})
    expect(read('trois cent mille')).toEqual({value: 300_000, count: 3})
    // `et` that is not part of the number is the sentence's `and`
    expect(read('vingt et deux')).toEqual({value: 20, count: 1})
    expect(read('deux cents trois')).toEqual({value: 200, count: 2})
    expect(read('et vingt')).toBeUndefined()
  })
})
