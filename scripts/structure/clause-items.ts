import {LIST_LEAD_IN_END} from './english.js'
import {FRENCH_LIST_LEAD_IN_END} from './french.js'
import {hardWrap} from './pasted-text.js'

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
  for (const at of indentedSmallLines(lines)) found.add(at)
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

/** A list item's marker at the start of a line (`-`, `•`, `1.`, `2)`, `(a)`). */
const LIST_MARKER = /^(?:[-*•▪–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s/u
/** A line's indent: the spaces or tabs it opens with (a tab counts as four spaces). */
const indentOf = (line: string) => (/^[ \t]*/u.exec(line)?.[0] ?? '').replace(/\t/gu, '    ').length

/**
 * The items of a list whose glyphs were lost, written right under their lead-in with no blank line, each on a line of its own indented
 * deeper than the lead-in and opening on a small letter, as a page pastes an indented list (`… members agreed that from January every
 * café` / `    will test each item …` / `    will keep a paper log …` / …; `… les adhérents ont convenu que chaque atelier` / `    tiendra
 * un registre …`): two lines or more under a lead-in that ends on a colon, a dash, the words a sentence leads in to its items with, or
 * no full stop at all (structure46). Each is an item of its own: a clause the lead-in's sentence ends with, never that line wrapped.
 * @param lines the document's lines
 * @returns the index of each such item's line
 */
function indentedSmallLines(lines: string[]): number[] {
  const found: number[] = []
  // (not in a text wrapped at a width, whose hanging indents carry a paragraph on, nor under a list's item: `1. Ministers agreed to` /
  // `   create a fund …` is that item wrapped)
  if (!lines.some((line, at) => at > 0 && /^(?:\t| {2,})[ \t]*\p{Ll}/u.test(line) && lines[at - 1].trim() !== '') || hardWrap(lines)) return found
  for (let lead = 0; lead + 2 < lines.length; lead++) {
    const leadIn = lines[lead].trim()
    if (leadIn === '' || OPENS_SMALL.test(leadIn) || LIST_MARKER.test(leadIn) || !(LEAD_IN_ENDS.some((pattern) => pattern.test(leadIn)) || ENDS_UNSTOPPED.test(leadIn))) continue
    const indent = indentOf(lines[lead])
    let last = lead + 1
    while (last < lines.length && lines[last].trim() !== '' && indentOf(lines[last]) >= indent + 2 && OPENS_SMALL.test(lines[last].trim()) && lines[last].trim().split(/\s+/u).length <= MOST_ITEM_WORDS) last++
    if (last - lead - 1 >= 2) for (let at = lead + 1; at < last; at++) found.push(at)
    lead = Math.max(lead, last - 1)
  }
  return found
}
