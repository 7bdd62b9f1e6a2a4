/**
 * Names of peoples or regions joined by `and` before what a count counts (`seven Andean and Pacific countries`, `five Nordic and
 * Baltic states`, `12 Caribbean and Central American islands`): the tagger calls each a name, so the count's noun phrase stopped at
 * the first and the count was lost (pending43).
 */
import {IRREGULAR_PLURALS} from './english.js'
import type {Token} from './tokens.js'

/** Most names on each side of the `and`. */
const MAX_NAMES = 3

/** Whether a token is a capitalised word the tagger read as a name (`Andean`, `Nordic`, `Central`), no plural of its own. */
const isCapitalName = (token: Token | undefined): boolean => token?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(token.text) && !/[^s]s$/.test(token.lower)

/** Whether a token is a plural in small letters, a noun or one the tagger read as a name (`countries`, `islands/PROPN`). */
const isSmallPlural = (token: Token | undefined): boolean =>
  token !== undefined && /^\p{Ll}/u.test(token.text) && (token.pos === 'NOUN' || token.pos === 'PROPN') && (/[^s]s$|ies$/.test(token.lower) || IRREGULAR_PLURALS.has(token.lower))

/**
 * Whether the `and`/`or` at `index` joins such names, every word from `start` to it and from it to a plural head in small letters being one.
 * @param tokens the sentence's tokens
 * @param index the token to read
 * @param start the first token after the count
 * @returns whether the count's noun phrase goes on over it
 */
export function namesJoinedBeforeHead(tokens: Token[], index: number, start: number): boolean {
  if (!/^(?:and|or)$/.test(tokens[index]?.lower ?? '') || index === start || index - start > MAX_NAMES) return false
  for (let at = start; at < index; at++) if (!isCapitalName(tokens[at])) return false
  let at = index + 1
  while (at <= index + MAX_NAMES && isCapitalName(tokens[at])) at++
  return at > index + 1 && isSmallPlural(tokens[at])
}

/**
 * Whether the token at `at`, after a count, is a word of such joined names (a name before the `and`, the `and`, or a name after it).
 * @param tokens the sentence's tokens
 * @param at the token to read
 * @param start the first token after the count
 */
export function isJoinedNameWord(tokens: Token[], at: number, start: number): boolean {
  for (let and = Math.max(start + 1, at); and <= Math.min(at + MAX_NAMES, start + MAX_NAMES); and++) if (namesJoinedBeforeHead(tokens, and, start)) return true
  // (a name after the `and`, before the head)
  for (let and = start + 1; and < at; and++) if (namesJoinedBeforeHead(tokens, and, start)) return isCapitalName(tokens[at])
  return false
}

/**
 * Whether the token at `at` is the plural head right after such joined names, also when the tagger read it as a name (`islands/PROPN`).
 * @param tokens the sentence's tokens
 * @param at the token to read
 * @param start the first token after the count
 */
export function isHeadAfterJoinedNames(tokens: Token[], at: number, start: number): boolean {
  return at > start && isSmallPlural(tokens[at]) && isCapitalName(tokens[at - 1]) && isJoinedNameWord(tokens, at - 1, start)
}
