/**
 * A publication's masthead over a headline over its byline (`Hill Country Gazette` / `Drove road walkers agree to …` / `By Eilidh
 * Munro`; `L'Écho des vallées` / `Les bergers s'accordent sur …` / `Par Claire Morel`): a news page sets its headline right over
 * who wrote it, so the short name above the headline is who publishes the page, never the title (pending43).
 */
import {BYLINE} from './english.js'
import {FRENCH_BYLINE} from './french.js'

/** A masthead: two to six words, each capitalised but for small link words, no digit, no colon and no final stop (`Working Dogs Journal`, `L'Écho des vallées`). */
const MASTHEAD = /^(?:(?:l['’])?\p{Lu}[\p{L}\p{M}'’&-]*)(?:\s+(?:(?:of|the|and|for|on|de|du|des|la|le|les|et|d['’]|l['’])\s*)?(?:(?:l['’]|d['’])?\p{Lu}[\p{L}\p{M}'’&-]*|\p{Ll}[\p{L}\p{M}'’-]*)){1,5}$/u
/** Small words of a headline: a headline holds some, a name few. */
const SMALL_WORD = /^\p{Ll}/u
/** Fewest words of the headline under the masthead. */
const MIN_HEADLINE_WORDS = 5
/** Most characters of a masthead. */
const MAX_MASTHEAD = 60

/**
 * Whether the two title-block lines over a byline are a masthead and its page's headline.
 * @param top the block's first line
 * @param headline the line right under it, over the byline
 * @param byline the line set aside under the headline
 * @returns whether `top` is a masthead, and so never the title
 */
export function isMastheadOverByline(top: string, headline: string, byline: string): boolean {
  if (top.length > MAX_MASTHEAD || (!BYLINE.test(byline) && !FRENCH_BYLINE.test(byline))) return false
  const words = top.split(/\s+/u)
  if (!MASTHEAD.test(top) || words.filter((word) => SMALL_WORD.test(word)).length > 2) return false
  const headlineWords = headline.split(/\s+/u)
  return headlineWords.length >= MIN_HEADLINE_WORDS && headlineWords.filter((word) => SMALL_WORD.test(word)).length >= 2 && !/[.!?]$/u.test(headline)
}
