/**
 * A list that gives each item with what the meeting did with it, after a spaced dash or a colon or in
 * brackets at the line's end, as an outcomes table typed without its grid is pasted: `Shared flood
 * forecasting system — ADOPTED`, `Budget of USD 9 million for 2027 (approved)`, `Règle de préavis —
 * REPORTÉ à la prochaine réunion`. Such lines are short and end like no sentence, so they were read
 * as headings over one another; they are a list's items, each a bullet.
 */

import {STATUS_WORD} from './english.js'
import {FRENCH_STATUS_WORD} from './french.js'

/** The status at a line's end: after a spaced dash or a colon, in capitals and words after it (`— DEFERRED to the next meeting`), or alone in brackets in any case (`(approved)`). */
const STATUS_TAIL = /(?:[ \u00A0][–—-]|:)[ \u00A0]+(\p{Lu}[\p{Lu}É]+(?:[ \u00A0]\p{Lu}+)?)(?:[ \u00A0]+[^–—]{0,60})?$|[ \u00A0][(\[](\p{L}+(?:[ \u00A0]\p{L}+)?)[)\]]$/u
/** Fewest such lines that make a list. */
const FEWEST_LINES = 2
/** Most words of such a line. */
const MOST_WORDS = 25

/**
 * The lines of a text that give an item and what was done with it (`… — ADOPTED`), when two or more do.
 * @param lines the document's lines
 * @returns for each such line, its marker match as a bullet's (`['', indent, '•']`: nothing of the line is dropped)
 */
export function statusLines(lines: string[]): Map<number, [string, string, string]> {
  const found = new Map<number, [string, string, string]>()
  lines.forEach((line, index) => {
    const text = line.trim()
    if (!text || text.split(/\s+/).length > MOST_WORDS) return
    const tail = STATUS_TAIL.exec(text)
    const word = tail?.[1] ?? tail?.[2]
    if (!tail || !word || tail.index === 0) return
    // (in capitals, its first word or both, `DEFERRED`, `EN ATTENTE`; in brackets, the whole)
    if (!(isStatus(word) || (tail[1] !== undefined && isStatus(word.split(/\s+/)[0])))) return
    found.set(index, ['', line.slice(0, line.length - line.trimStart().length), '•'])
  })
  return found.size >= FEWEST_LINES ? found : new Map()
}

/** Whether a word says what a meeting did with an item, in a language the reader knows. */
function isStatus(word: string): boolean {
  return STATUS_WORD.test(word) || FRENCH_STATUS_WORD.test(word)
}
