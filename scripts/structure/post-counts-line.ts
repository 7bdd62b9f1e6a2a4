import {EMOJI} from './text.js'

/**
 * A web post's line of counts under its author's name: the kind of post, its reading time and what the page counts of it, parted
 * by middle dots, bullets or bars (`Blog · Reading time: 4 min · 1.3K views`, `Publication · 1 245 abonnés · Temps de lecture : 3 min`,
 * `Post | 5 min read | 2.4K views`). Like a social network's `2,184 followers` line, it says the line above it names who posted
 * (a masthead), never the title (pending43).
 */

/** What parts such a line: a middle dot, a bullet or a bar between spaces. */
const PART = /\s+[·•|]\s+/u
/** What parts a row of counts under a post: as `PART`, or a run of two spaces or more, or a tab. */
const ROW_PART = /\s+[·•|]\s+|[ \u00A0]{2,}|\t+/u
/** A word that names the kind of post (`Blog`, `Post`, `News`, `Publication`, `Billet`, `Actualités`). */
const POST_WORD = /^(?:blog(?:\s+post)?|post|article|story|news|update|opinion|publication|billet(?:\s+de\s+blog)?|actualit[ée]s?|chronique|tribune)$/iu
/** A count of what the page counts of the post (`1.3K views`, `42 likes`, `1 245 abonnés`, `87 J'aime`). */
const PAGE_COUNT = /^[\d][\d.,\u00A0\u202F ]{0,12}\s?[kKM]?\s+(?:views?|likes?|comments?|shares?|followers|subscribers|reposts?|reactions?|reads|replies|reply|boosts?|favou?rites?|retweets?|quotes|upvotes?|vues?|abonn[ée]e?s|commentaires?|partages?|republications?|r[ée]ponses?|j['’]aime|r[ée]actions?|lectures)$/iu
/** A row's count of reactions shown as their glyphs (`👍❤️👏 87`, `♡ 37`). */
const GLYPH_COUNT = new RegExp(String.raw`^(?:${EMOJI}|[\p{So}]\uFE0F?){1,4}\s*\d[\d.,\u00A0\u202F]{0,8}\s?[kKM]?$`, 'u')
/** A reading time (`Reading time: 4 min`, `5 min read`, `4-minute read`, `Temps de lecture : 3 min`, `3 min de lecture`). */
const READING_TIME = /^(?:(?:reading\s+time|temps\s+de\s+lecture|lecture)\s?:\s?\d{1,3}\s?(?:min(?:ute)?s?|mn)\.?|\d{1,3}[\s-]?(?:min(?:ute)?s?|mn)\.?\s+(?:read|de\s+lecture))$/iu
/** Most characters of such a line. */
const MAX_LENGTH = 120

/**
 * Whether a title-block line is a web post's line of counts (see the module's comment).
 * @param line a title-block line, its spaces normalised
 * @returns whether it has two parts or more, each the post's kind, a reading time or a page's count, one at least a count or a time
 */
export function isPostCountsLine(line: string): boolean {
  const text = line.trim()
  if (text.length > MAX_LENGTH) return false
  const parts = text.split(PART)
  if (parts.length < 2) return false
  const counted = (part: string) => PAGE_COUNT.test(part) || READING_TIME.test(part)
  return parts.every((part) => POST_WORD.test(part) || counted(part)) && parts.some(counted)
}

/**
 * Whether a line is a post's row of counts under its text, wherever it stands (apppage48): two parts or more parted by middle dots,
 * bullets or bars, each a count of what readers did (`12 commentaires`, `9 republications`, `3 reposts`, `1 comment`) or a count of
 * reactions shown as glyphs (`👍❤️👏 87`), one at least named: `👍❤️👏 87 · 12 commentaires · 9 republications`, `14 likes | 3 comments`.
 * Its numbers are the page's, never the text's figures.
 * @param line one line, trimmed
 */
export function isCountsRow(line: string): boolean {
  const text = line.trim()
  if (text.length > MAX_LENGTH) return false
  // (a page copied as text parts its counts by wide spaces or tabs too: `👍❤️ 214    58 commentaires    31 partages`; layouts49)
  const parts = text.split(ROW_PART)
  return parts.length >= 2 && parts.every((part) => PAGE_COUNT.test(part) || GLYPH_COUNT.test(part)) && parts.some((part) => PAGE_COUNT.test(part))
}
