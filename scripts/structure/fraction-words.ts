/**
 * Fractions written in words that make a number: a fraction of a scale (`a quarter of a million
 * survivors` is 250,000, `three quarters of a billion dollars` is 750 million). `half a million`
 * is read with the numbers in words (`quantities.ts`).
 *
 * A share of a whole in words (`a fifth of the gold`, `more than half of them women`, `la moitié de
 * cette enveloppe`) is not read as a percentage: the corpus's editors list it in one round and leave
 * it out in the others, and reading it lost on texts nobody had tuned to (issue 11, round 9). Only
 * an exact share of the count just named is (`40 berths, half of them paid for by …` → 50%): it
 * counts a part of a figure as `12 of them` would, and no editor's text left it out.
 */

/** English fractions and their value, by the lower-case words that write them (`quarter`, `quarters`). */
const ENGLISH_FRACTIONS: Record<string, number> = {half: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3, fifth: 0.2, fifths: 0.2, tenth: 0.1, tenths: 0.1}
/** The numerators of a fraction (`a quarter`, `three quarters`, `two thirds`). */
const ENGLISH_NUMERATORS: Record<string, number> = {a: 1, one: 1, two: 2, three: 3, four: 4}

/** A fraction of a scale read in a sentence's words. */
export interface FractionOfScale {
  /** The index of the scale word (`million`), which the caller reads as the number's scale. */
  to: number
  /** The fraction: 0.25 for `a quarter of a million`. */
  value: number
}

/**
 * Read an English fraction of a scale at a token: `a quarter of a million`, `three quarters of a
 * billion`, `half of a million`, `one fifth of a million`.
 * @param words the sentence's tokens in lower case
 * @param index where the fraction may start (its numerator, or `half`)
 * @returns the fraction and where its scale word is, or `undefined` when none starts there
 */
export function fractionOfScaleAt(words: readonly string[], index: number): FractionOfScale | undefined {
  let at = index
  let numerator = 1
  if (words[at] in ENGLISH_NUMERATORS && words[at + 1] in ENGLISH_FRACTIONS && words[at + 1] !== 'half') {
    numerator = ENGLISH_NUMERATORS[words[at]]
    at++
  } else if (words[at] !== 'half') return undefined
  const word = words[at]
  // `a quarter`, `one fifth`; a plural needs a numerator above one (`three quarters`), a singular one of one
  if (word !== 'half' && (numerator === 1) !== !/s$/.test(word)) return undefined
  const value = numerator * ENGLISH_FRACTIONS[word]
  if (value >= 1 || words[at + 1] !== 'of' || !/^(?:a|one)$/.test(words[at + 2] ?? '') || !/^(?:million|billion|trillion)$/.test(words[at + 3] ?? '')) return undefined
  return {to: at + 3, value: Math.round(value * 1000) / 1000}
}

/** Shares in words that are a whole percentage, by their words: `half`, `a quarter`, `three quarters`, `a fifth`, `a tenth`. */
const EXACT_SHARES: Record<string, number> = {half: 50, 'a quarter': 25, 'one quarter': 25, 'three quarters': 75, 'a fifth': 20, 'one fifth': 20, 'two fifths': 40, 'three fifths': 60, 'four fifths': 80, 'a tenth': 10, 'one tenth': 10}

/**
 * Read an exact share in words of the things just counted: `half of them`, `a quarter of them`,
 * `three quarters of whom`. Thirds are left out (no whole percentage says them).
 * @param words the sentence's tokens in lower case
 * @param index where the share may start
 * @returns the percentage and the index of its `of`, or `undefined`
 */
export function shareOfThemAt(words: readonly string[], index: number): {to: number; percent: number} | undefined {
  for (const length of [1, 2]) {
    const share = EXACT_SHARES[words.slice(index, index + length).join(' ')]
    if (share !== undefined && words[index + length] === 'of' && /^(?:them|whom|which)$/.test(words[index + length + 1] ?? '')) return {to: index + length, percent: share}
  }
  return undefined
}
