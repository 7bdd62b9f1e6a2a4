import type {TitlePatterns} from './language.js'
import {MAX_TITLE_WORDS} from './point-title.js'

/** An opening phrase before the subject (`Dans le cadre du Plan, …`): starts with one of these and ends at a comma. */
const OPENING_PHRASE = /^(?:dans|sur|en|pour|afin|à|au|aux|avec|par|lors|après|depuis|d['’]ici|conformément|face|outre|parallèlement|enfin|par\s+ailleurs)(?!\p{L})[^,]{0,120},\s*/iu
/** An amount at the start of an object (`45 millions de`, `1,8 milliard de dollars de`): not what the point is about. */
const LEADING_AMOUNT = /^(?:(?:environ|près\s+de|plus\s+de|quelque|au\s+moins)\s+)?[\d\s\u00A0\u202F,.]*\d\s*(?:%|millions?|milliards?)?\s*(?:d['’]\s?euros|de\s+dollars|de\s+francs)?\s*(?:de\s+|d['’]\s?|(?:à|au|aux|pour)\s+)?/iu
/** A time at the start of an object (`chaque mois un bulletin`): not what the point is about. */
const LEADING_TIME = /^(?:chaque|tous\s+les|toutes\s+les)\s+(?:ann[ée]es?|mois|semaines?|jours?|ans)\s+/iu

/**
 * A point's title made by patterns, for a language the English tagger does not read: the object of
 * the main verb when the subject names who acted (`Les ministres ont décidé d'étendre la
 * chimioprévention saisonnière …` → `Chimioprévention saisonnière`), else the subject; at most
 * seven words, without amounts, articles or a trailing preposition.
 * @param sentence the point's first sentence
 * @param patterns the language's title patterns
 * @returns the title in sentence case, or `undefined`
 */
export function patternTitle(sentence: string, patterns: TitlePatterns): string | undefined {
  const text = sentence.slice(0, 400).replace(/[«»“”"]/g, ' ').replace(/\s+/g, ' ').trim().replace(OPENING_PHRASE, '')
  const ask = patterns.askThenObject.exec(text)
  const verb = patterns.verbThenObject.exec(text)
  let phrase: string | undefined
  if (ask) phrase = nounPhrase(ask[2], patterns)
  else if (verb) {
    const subject = text.slice(0, verb.index)
    const head = words(subject).find((word) => !patterns.determiners.has(word.toLowerCase().replace(/['’]$/, '')))?.toLowerCase()
    phrase = !head || patterns.actors.has(head) ? nounPhrase(verb[1], patterns) : nounPhrase(subject, patterns)
    phrase ??= nounPhrase(verb[1], patterns)
  }
  phrase ??= nounPhrase(text, patterns)
  return phrase ? phrase.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : undefined
}

/** The words of a text, an elided article (`l'`, `d'`) a word of its own. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+['’]|[\p{L}\p{M}\d-]+|[^\s\p{L}\p{M}\d]/gu) ?? []
}

/** The noun phrase a text starts with: amounts and articles dropped, up to a stop word or punctuation. */
function nounPhrase(text: string, patterns: TitlePatterns): string | undefined {
  const all = words(text.replace(LEADING_TIME, '').replace(LEADING_AMOUNT, ''))
  let start = 0
  while (start < all.length && patterns.determiners.has(all[start].toLowerCase().replace(/['’]$/, ''))) start++
  const taken: string[] = []
  for (let index = start; index < all.length; index++) {
    const word = all[index]
    const lower = word.toLowerCase().replace(/['’]$/, '')
    // `stock régional de 2 millions de doses`: the amount inside a phrase is left out
    if (/^\d/.test(word) && /^(?:de|d)$/.test(taken.at(-1)?.toLowerCase().replace(/['’]$/, '') ?? '')) {
      while (index + 1 < all.length && /^(?:[\d,.]+|millions?|milliards?|de|d['’])$/iu.test(all[index + 1])) index++
      continue
    }
    // `l'eau potable et l'assainissement`: no article after `et`
    if (patterns.determiners.has(lower) && taken.at(-1)?.toLowerCase() === 'et') continue
    if (!/[\p{L}\d]/u.test(word) || patterns.stop.has(lower) || taken.length >= MAX_TITLE_WORDS) break
    if (lower === 'd' && /^ici$/i.test(all[index + 1] ?? '')) break
    if (/^\d/.test(word)) break
    taken.push(word)
  }
  while (taken.length && patterns.tail.has(taken[taken.length - 1].toLowerCase().replace(/['’]$/, ''))) taken.pop()
  if (!taken.length) return undefined
  return taken.join(' ').replace(/(['’]) /g, '$1')
}
