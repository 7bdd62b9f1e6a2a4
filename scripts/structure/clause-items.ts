import {LIST_LEAD_IN_END} from './english.js'
import {FRENCH_LIST_LEAD_IN_END} from './french.js'

/**
 * The items of a list whose only marker is its punctuation: clauses of one sentence, each a paragraph of its own, as a gazette
 * prints a body's resolutions (`… resolved—` / `That the minimum price … be set at …;` / `That the ban … be maintained …;` / … / `That
 * the next meeting be held at … .`) and a council its deliberation (`DÉCIDE :` / `D'engager la rénovation …;` / `De créer …;` / …
 * `D'autoriser … .`). Three paragraphs or more one under another, parted by blank lines, each but the last ending on a semicolon
 * (`;`, `; and`, `; et`), the last on a semicolon or a full stop, under a lead-in that ends on a colon, a dash or the words a
 * sentence leads in to its items with (`resolved`, `décide`). Each is an item of its own, its words kept whole, never a heading's
 * prose joined under it.
 */

/** How the lead-in ends: a colon, a dash, or the words that lead in to items (`… resolved`, `… DÉCIDE`). */
const LEAD_IN_ENDS = [/[:：—–-]$/u, LIST_LEAD_IN_END, FRENCH_LIST_LEAD_IN_END, /(?:^|\s)(?:décide|arrête|résout|resolves?|decides?|agrees?)$/iu]
/** A clause that goes on in the next paragraph: a semicolon at its end, with the `and`/`or` that joins the last. */
const GOES_ON = /;(?:\s+(?:and|or|et|ou))?$/iu
/** The list's last clause: a semicolon's or a full stop's end. */
const ENDS = /[;.](?:\s+(?:and|or|et|ou))?$/iu
/** Fewest clauses of such a list. */
const FEWEST = 3

/**
 * The first line of each clause of such lists (see above).
 * @param lines the document's lines
 * @returns the index of each clause's first line
 */
export function clauseItems(lines: string[]): Set<number> {
  const blocks: Array<{start: number; text: string}> = []
  for (let at = 0; at < lines.length; at++) {
    if (lines[at].trim() === '') continue
    const start = at
    const parts: string[] = []
    while (at < lines.length && lines[at].trim() !== '') parts.push(lines[at++].trim())
    blocks.push({start, text: parts.join(' ')})
  }
  const found = new Set<number>()
  for (const start of lowerCaseItems(blocks)) found.add(start)
  for (let first = 1; first < blocks.length; first++) {
    if (!LEAD_IN_ENDS.some((pattern) => pattern.test(blocks[first - 1].text)) || !GOES_ON.test(blocks[first].text)) continue
    let last = first
    while (last + 1 < blocks.length && GOES_ON.test(blocks[last].text)) last++
    // (the run ends on its last clause: a semicolon's or a full stop's end; the block after a clause that goes on is that last one)
    if (!ENDS.test(blocks[last].text)) last--
    if (last - first + 1 < FEWEST) continue
    for (let at = first; at <= last; at++) found.add(blocks[at].start)
    first = last
  }
  return found
}

/** A paragraph that opens on a small letter: no sentence does, an item of a list does (`all sites will test …`, `créer un fonds …`). */
const OPENS_SMALL = /^\p{Ll}/u
/** A lead-in that ends like no sentence, on no full stop (`… members agreed to the following steps`, `… the following were carried`). */
const ENDS_UNSTOPPED = /[\p{L}\p{N})]$/u
/** Most words of one such item: a paragraph longer than that is prose, whatever its first letter. */
const MOST_ITEM_WORDS = 80

/**
 * The items of a list whose glyphs were lost, each a paragraph of its own parted by blank lines, each opening on a small letter, as a
 * page pastes a list whose bullets were pictures (`… members agreed to the following steps` / `all member sites will test …` / `a fund
 * of … will be set up …` / …): three paragraphs or more in a row under a lead-in that ends on a colon, a dash, the words a sentence
 * leads in to its items with, or no full stop at all (structure45). Each is an item of its own, its words kept whole.
 * @param blocks the document's paragraphs, where each starts and its text
 * @returns the first line of each such item
 */
function lowerCaseItems(blocks: Array<{start: number; text: string}>): number[] {
  const found: number[] = []
  for (let first = 1; first < blocks.length; first++) {
    const leadIn = blocks[first - 1].text
    if (!(LEAD_IN_ENDS.some((pattern) => pattern.test(leadIn)) || ENDS_UNSTOPPED.test(leadIn)) || OPENS_SMALL.test(leadIn)) continue
    let last = first
    while (last < blocks.length && OPENS_SMALL.test(blocks[last].text) && blocks[last].text.split(/\s+/u).length <= MOST_ITEM_WORDS) last++
    if (last - first >= FEWEST) for (let at = first; at < last; at++) found.push(blocks[at].start)
    first = Math.max(first, last - 1)
  }
  return found
}
