import type {Reading} from './language.js'
import {normaliseSpace} from './text.js'

/** Quotations: what someone said is not what the meeting decided. */
const QUOTATION = /“[^“”]*”|"[^"]*"|«[^«»]*»/gu
/**
 * Numbers that are not figures: years (`2025`, `2021/22`), ordinals (`9th`, `12e`), days of a
 * date (`16 and 17 October`, `le 4 juin`), document numbers (`No. 4`, `n° 12`, `Resolution 2349`).
 */
const NOT_A_FIGURE = /(?<![\d.,])(?:1[89]|20)\d\d(?:\/\d\d)?(?![\d.,]?\d)|\b\d+(?:st|nd|rd|th|e|er|re|ème|ᵉ)(?!\p{L})|\b\d{1,2}(?:\s*(?:and|et|-|–|to|au)\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\p{L}*|(?:No\.?|n°|Nos\.?|Resolution|Decision|résolution|décision)\s*\d+/giu

/**
 * Whether a numbered paragraph is one of a communiqué's opening paragraphs, which an editor keeps
 * as context: it records the sitting (who opened, chaired or attended it) or it only acknowledges
 * (its main verb welcomes, takes note, expresses, pays tribute) — and it decides nothing. An
 * acknowledgement that reports a figure (`noted that rents rose by 34 percent`) or a new member
 * (`welcomed Chile as a new member`) is news, and stays a point; a review of the season or year just
 * past (`The Committee reviewed the 2026 season, in which …`) is context, its figures too, and so are the findings of a report
 * the meeting noted (`took note of the census, which found that 38% …`). The caller asks this only before
 * the first point: further down, a paragraph that welcomes or notes something is one of the points.
 * @param text the paragraph (without its number)
 * @param reading the patterns of the source's language
 * @returns whether the paragraph is context
 */
export function isOpeningParagraph(text: string, reading: Reading): boolean {
  const words = reading.openingParagraph
  if (!words) return false
  const flat = normaliseSpace(text.slice(0, 2000))
  const said = flat.replace(QUOTATION, ' ')
  if (words.decides.test(said)) return false
  if (words.sitting.test(said)) return true
  // `The Committee reviewed the 2026 season, in which 27 named storms formed …`: what the season or the year was, its figures too, is context.
  if (words.reviewsPast?.test(said)) return true
  if (!words.acknowledges.test(said)) return false
  // `Ministers took note of the second progress report, which found that …`: what the report found is the report's, its figures too.
  if (words.reportsFindings?.test(said)) return true
  return !words.membership.test(said) && !hasFigure(said, words.countWords)
}

/** Whether a text gives a figure: a number in digits that is not a year, a date or a document number, or a count in words. */
export function hasFigure(text: string, countWords: RegExp): boolean {
  return /\d/.test(text.replace(NOT_A_FIGURE, ' ')) || countWords.test(text)
}

/**
 * Whether a numbered paragraph only thanks the host, in other words than `thanked` (which the
 * reader knew before): `adopted a vote of thanks to the President and people of …`, `expressed
 * their gratitude to the Government of …`, `ont adopté une motion de remerciements`. Such thanks
 * are context wherever they stand, at the opening or at the close; one that also decides
 * something else, or reports a figure, is not only thanks.
 * @param text the paragraph (without its number)
 * @param reading the patterns of the source's language
 * @returns whether the paragraph is thanks to the host
 */
export function thanksTheHost(text: string, reading: Reading): boolean {
  const words = reading.openingParagraph
  if (!words) return false
  const said = normaliseSpace(text.slice(0, 2000)).replace(QUOTATION, ' ')
  const thanks = words.thanksToHost.exec(said)
  if (!thanks || hasFigure(said, words.countWords)) return false
  // `adopted a vote of thanks` decides nothing but the thanks; any other decision, before or after them, is a point.
  const before = said.slice(0, thanks.index).replace(/(?:adopted|adopt[ée])\s+(?:a|an|une)\s+$/iu, '')
  return !words.decides.test(before) && !words.decides.test(said.slice(thanks.index + thanks[0].length))
}
