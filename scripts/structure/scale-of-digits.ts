/**
 * A number of a million or more written in full digits (`1 850 000 000 francs CFA`, `2,500,000
 * people`) is written in the corpus's normal form with its scale word, as an editor writes it
 * (`FCFA 1.85 billion`, `2.5 million`). A number that the scale would round (`1,234,567`) keeps
 * its digits.
 */

const DIGIT_SCALES: ReadonlyArray<{factor: number; word: string}> = [
  {factor: 1e12, word: 'trillion'},
  {factor: 1e9, word: 'billion'},
  {factor: 1e6, word: 'million'},
]

/**
 * The value of a whole number written in full digits in its largest scale.
 * @param value the number (`1850000000`)
 * @returns its digits in the scale, the scale word and its factor (`{digits: '1.85', word: 'billion', factor: 1e9}`), or
 *   `undefined` below a million or when the scale would need more than two decimals
 */
export function scaleOfDigits(value: number): {digits: string; word: string; factor: number} | undefined {
  if (!Number.isInteger(value) || value < 1e6) return undefined
  const scale = DIGIT_SCALES.find((item) => value >= item.factor)!
  // (divided by a hundredth of the scale, which is exact: `2300000 / 1e6 * 100` is 229.99999999999997 in floating point)
  const hundredths = value / (scale.factor / 100)
  if (!Number.isInteger(hundredths)) return undefined
  return {digits: String(hundredths / 100), word: scale.word, factor: scale.factor}
}
