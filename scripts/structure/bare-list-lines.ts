import {LIST_LEAD_IN_END} from './english.js'
import {FRENCH_LIST_LEAD_IN_END} from './french.js'
import {endsOpen} from './pasted-text.js'

/** Fewest lines of a list whose glyphs were lost. */
const FEWEST_LINES = 3
/** Fewest and most words of one of its lines: a title block's or an address's short lines are no list; a wrapped paragraph's may be long. */
const LINE_WORDS = {least: 3, most: 45}
/** How a list's lead-in ends: on a colon, or on the words a sentence leads in to its items with (`… and agreed to`, `… sont convenus de`). */
const LEAD_IN_ENDS = [/[:：]$/u, LIST_LEAD_IN_END, FRENCH_LIST_LEAD_IN_END]
/** A line that opens on a letter (no list's marker, no number, no quotation). */
const OPENS_ON_LETTER = /^\p{L}/u
/** A label and its colon inside a line (`Canada: …`, `Prix moyen au kilo : …`). */
const LABEL_COLON = /[:：]\s/u
/** A cell's edge inside a line (a tab, a bar between spaces, a grid's bar at either end): a table's row, read as a table. */
const TABLE_CELL = /\t|\s\|\s|^\||\|$/u
/** A line that ends a sentence or a lead-in: only the list's last line may. */
const ENDS_SENTENCE = /[.!?:…]["'”’»)]*$/u

/** The words of a line. */
const wordsOf = (line: string) => line.trim().split(/\s+/u)

/**
 * The lines of lists whose glyphs were lost in copying (`Ministers … agreed to` / `ban the sale of caviar …` / `release 1.5 million
 * young sturgeon …` / `build fish passes …`, `Les membres sont convenus de :` / `interdire …` / `relâcher …`): three lines or more one
 * right under another, each opening on a letter, all on a small letter or all on a capital, none ending a sentence but the last, none
 * ending on a word no sentence ends on (`… the`, `… de`), under a lead-in that ends on a colon or on the words a sentence leads in to
 * its items with (`… and agreed to`, `… sont convenus de`), the lead-in the line right above or the paragraph above a blank line. Where
 * a wrap cut a paragraph, each line runs to the width the next line's first word would not fit in; a list's lines end where their
 * item does, so most of them leave room for the next line's first word: that tells the two apart. Each such line is an item of
 * its own (the parser reads it as a bullet, never joined to the line above it).
 * @param lines the document's lines
 * @returns the index of each such line
 */
export function bareListLines(lines: string[]): Set<number> {
  const found = new Set<number>()
  for (let start = 0; start < lines.length; start++) {
    if (lines[start].trim() === '' || (start > 0 && lines[start - 1].trim() !== '' && found.has(start - 1))) continue
    // the run of lines that may be items, from `start` to the end of its block
    let end = start
    while (end < lines.length && lines[end].trim() !== '') end++
    const block = lines.slice(start, end).map((line) => line.trim())
    // the lead-in: the block's first line, else the last line of the block above
    let first = 1
    let leadIn = block[0]
    if (!LEAD_IN_ENDS.some((pattern) => pattern.test(leadIn))) {
      let above = start - 1
      while (above >= 0 && lines[above].trim() === '') above--
      if (above === start - 1 || above < 0) {
        start = end
        continue
      }
      leadIn = lines[above].trim()
      first = 0
    }
    const items = block.slice(first)
    // (a lead-in in the same block was wrapped at the same width as the lines under it, if a wrap there was)
    if (items.length >= FEWEST_LINES && LEAD_IN_ENDS.some((pattern) => pattern.test(leadIn)) && isBareList(items, first === 1 ? leadIn.length : 0)) for (let at = start + first; at < end; at++) found.add(at)
    start = end
  }
  return found
}

/**
 * Whether lines are the items of one list whose glyphs were lost (see `bareListLines`).
 * @param items the lines
 * @param leadIn the length of the lead-in's line when it stands in the same block (else 0)
 */
function isBareList(items: string[], leadIn: number): boolean {
  const lower = items.map((line) => /^\p{Ll}/u.test(line))
  if (lower.some((small) => small !== lower[0])) return false
  // (`Canada: C$40 million …`, `Prix moyen au kilo : 820 euros`: lines of labels and values, a table's, are read as such)
  // (`Install flow meters …<TAB>Peru<TAB>2027`: a table's rows, pasted from a spreadsheet, are read as a table)
  if (items.some((line) => !OPENS_ON_LETTER.test(line) || LABEL_COLON.test(line) || TABLE_CELL.test(line) || wordsOf(line).length < LINE_WORDS.least || wordsOf(line).length > LINE_WORDS.most)) return false
  if (items.slice(0, -1).some((line) => ENDS_SENTENCE.test(line) || endsOpen(line))) return false
  // a wrap's lines run to its width: the next line's first word would not have fitted; most of a list's lines leave room for it
  // (a loop, not a spread: a pasted block may hold more lines than a call takes arguments)
  let width = leadIn
  for (const line of items) width = Math.max(width, line.length)
  let room = 0
  for (let at = 0; at + 1 < items.length; at++) if (items[at].length + 1 + wordsOf(items[at + 1])[0].length <= width) room++
  return room * 2 >= items.length - 1
}
