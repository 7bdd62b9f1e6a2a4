/**
 * How a figure's value is written, in one place for every reader: the running-text readers (`quantities.ts` for
 * English, `pattern-figures.ts` for the other languages) and the reader of table rows and `label: value` lists
 * (`figure-rows.ts`). The normal form is the corpus's (`US$1.1 billion`, `€800 million`, `DKK 95 million`, `45%`,
 * `3,000`, `8 million`): a currency's sign or code before the number, the number grouped in thousands with commas and a
 * decimal point, a scale word spelt out, a code set apart by a space.
 */

import {scaleOfDigits} from './scale-of-digits.js'

/** A value's parts, as a reader found them. */
export interface ValueParts {
  /** The currency's sign or code as the value writes it (`US$`, `€`, `DKK `), or `''` for a count or a percentage. */
  sign: string
  /** The number as the value writes it (`1.4`, `3,000`, `40–60`). */
  digits: string
  /** The scale word spelt out (`million`, `billion`, `lakh`), or `''`. */
  scale: string
  /** Whether the number is a percentage. */
  percent: boolean
}

/**
 * A value in the normal form from its parts: `45%` for a percentage (no sign, no scale), else the sign, the digits and
 * the scale (`US$1.1 billion`, `DKK 95 million`, `8 million`, `3,000`). A code of capitals is set apart by a space (`DKK`
 * gives `DKK 95 million`), a sign is not (`US$`, `€`, `R`).
 * @param parts the value's parts
 * @returns the value as the key figures write it
 */
export function writeValue(parts: ValueParts): string {
  if (parts.percent) return `${parts.digits}%`
  const sign = /^[A-Z]{3,}$/.test(parts.sign) ? `${parts.sign} ` : parts.sign
  return `${sign}${parts.digits}${parts.scale ? ` ${parts.scale}` : ''}`
}

/**
 * A whole or decimal number's digits grouped in thousands as English writes them (`12500` gives `12,500`; below a
 * thousand, or with decimals, as `String` gives them).
 * @param value the number
 * @returns its digits
 */
export function groupDigits(value: number): string {
  return value >= 1000 ? value.toLocaleString('en-GB') : String(value)
}

/** Scale words a value cell writes after its number, by the scale word a value spells out (`thousand` is written in full digits). */
const SCALE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:thousand|k|mille|milliers?)$/iu, 'thousand'],
  [/^(?:millions?|mn|m|mio)$/iu, 'million'],
  [/^(?:billions?|milliards?|bn|mrd)$/iu, 'billion'],
]

/** Currency words a value cell writes after its number (`820 euros`, `12 dollars`, `€` after it as French writes it), by their sign. */
const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:€|euros?|eur)$/iu, '€'],
  [/^(?:\$|dollars?)$/iu, '$'],
  [/^(?:£|pounds?)$/iu, '£'],
]

/** Words after a number that make it a share. */
const PERCENT = /^(?:%|percent|per\s+cent|pour\s+cent)$/iu

/** A value cell's number, its currency sign or code before it, and the words after it (scale, percent, unit, currency word). */
const VALUE_PARTS = /^((?:[A-Z]{1,3}\$|[\p{Sc}]|[A-Z]{3}|FCFA)\s?)?([+−-]?\d(?:[\d\s\u00A0\u202F,.]*\d)?)\s*(.*)$/u

/**
 * A written number in the normal form (`186 000` gives `186,000`, `7,8` in French gives `7.8`, `1.234.567` in French
 * gives `1,234,567`), or undefined when it is no plain number.
 * @param written the number as the text writes it
 * @param french whether the text is French (a comma is then a decimal comma)
 * @returns the number's digits in the normal form
 */
export function normalNumber(written: string, french: boolean): string | undefined {
  let text = written.replace(/[\s\u00A0\u202F]/gu, '').replace(/^[−]/u, '-')
  if (french) {
    // `1.234.567` groups with points; `7,8` has a decimal comma
    if (/^-?\d{1,3}(?:\.\d{3})+$/.test(text)) text = text.replace(/\./g, '')
    else text = text.replace(',', '.')
  } else if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/,/g, '')
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(text)) return undefined
  const [whole, decimals] = text.split('.')
  const grouped = Number(whole) >= 1000 || Number(whole) <= -1000 ? Number(whole).toLocaleString('en-GB') : whole
  return decimals ? `${grouped}.${decimals}` : grouped
}

/**
 * A value written on its own, as a table's cell or a list's value gives it (`US$310 million`, `7,8 tonnes`, `186 000`,
 * `12 %`, `820 euros`, `4 thousand`), in the normal form, with the words of a unit it gives after the number.
 * @param written the value as written
 * @param french whether the text is French
 * @returns the value and the unit's words, or undefined when it holds no number the reader can write
 */
export function readWrittenValue(written: string, french: boolean): {value: string; unit: string[]} | undefined {
  const match = VALUE_PARTS.exec(written.trim())
  if (!match) return undefined
  let number = normalNumber(match[2], french)
  if (number === undefined) return undefined
  let currency = (match[1] ?? '').trim()
  let scale = ''
  let percent = false
  const unit: string[] = []
  const words = match[3].trim().replace(/^(d['’]|de\s+)/iu, '').split(/\s+/).filter(Boolean)
  for (let index = 0; index < words.length; index++) {
    const word = words[index].replace(/^(?:d['’]|de$)/iu, '')
    if (!word) continue
    const two = `${word} ${words[index + 1] ?? ''}`
    if (PERCENT.test(two)) {
      percent = true
      index++
    } else if (PERCENT.test(word)) percent = true
    else if (SCALE_WORDS.some(([pattern]) => pattern.test(word)) && !scale && unit.length === 0) scale = SCALE_WORDS.find(([pattern]) => pattern.test(word))![1]
    else if (CURRENCY_WORDS.some(([pattern]) => pattern.test(word)) && !currency) currency = CURRENCY_WORDS.find(([pattern]) => pattern.test(word))![1]
    else unit.push(word)
  }
  // (`12 thousand` is `12,000`, as the reader writes it)
  if (scale === 'thousand') {
    number = groupDigits(Math.round(Number(number.replace(/,/g, '')) * 1000))
    scale = ''
  }
  // (`US$1,400,000` is `US$1.4 million`, as the reader writes a round number in full digits)
  const scaled = !scale && !percent ? scaleOfDigits(Number(number.replace(/,/g, ''))) : undefined
  if (scaled) {
    number = scaled.digits
    scale = scaled.word
  }
  return {value: writeValue({sign: currency, digits: number, scale, percent}), unit}
}
