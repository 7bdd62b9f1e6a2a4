import {NUMBER_WORDS, SCALES} from './english.js'

/**
 * The value of a number written in words, below a million: `thirty-one` gives 31,
 * `one hundred and twenty` gives 120, `two thousand five hundred` gives 2500. Larger scales
 * (`million`, `billion`) are read by the caller as the scale of the number.
 * @param words the words, in lower case, without hyphens (`['thirty', 'one']`)
 * @returns the value, or `undefined` when the words are not a number
 */
export function wordsToNumber(words: string[]): number | undefined {
  let total = 0
  let current = 0
  let seen = false
  for (const word of words) {
    if (word === 'and') continue
    if (word in NUMBER_WORDS) {
      current += NUMBER_WORDS[word]
      seen = true
    } else if (word === 'hundred') {
      current = (current || 1) * 100
      seen = true
    } else if (word === 'thousand') {
      total += (current || 1) * SCALES.thousand.factor
      current = 0
      seen = true
    } else return undefined
  }
  return seen ? total + current : undefined
}

/** Whether a word is part of a number written in words (`thirty`, `hundred`, `thousand`). */
export function isNumberWord(word: string): boolean {
  return word in NUMBER_WORDS || word === 'hundred' || word === 'thousand'
}
