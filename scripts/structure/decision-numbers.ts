import {FRENCH_CALENDAR} from './french.js'
import {findDates} from './parse-dates.js'

/**
 * A decision's or an item's number before its title, written with the session's, the document's or the list's own prefix: `58-1 ·
 * Procès-verbal : …`, `MOP6/1 — Bycatch mitigation standard`, `Décision 12/3 : Budget`, `Chantier n°1 | Un fonds …`, `Item 4.2 –
 * Grants`, `Res. 7-2 | …`. The number is never the title: the label after it is. Read by what it does, not by a list of words: a code
 * that ends on a number (a word or a code before it, a sign such as `n°` between), a dot, a bar, a colon or a spaced dash after it,
 * then the label; and the same prefix, its last number aside, opening two lines or more of the text (sibling lines), so that one
 * line that opens on a year or a reference (`2026/27 – a hard season`) is never read as one.
 */

/**
 * A numbered prefix at a line's start (group 1: the indent, 2: the label's word, 3: the code before the last number, 4: the last
 * number). The word is one capitalised word (`Décision`, `Chantier`, `Item`, `Res.`) with an optional numero sign; the code letters
 * and digits joined by a slash, a dash or a dot (`58-`, `MOP6/`, `12/`, `4.`); the separator a dot, a bar or a colon, or a dash
 * between spaces; the label opens on a capital, a digit or a quote mark.
 */
const NUMBERED_PREFIX = /^([ \t\u00A0]*)(?:(\p{Lu}[\p{L}]{1,13}\.?)[ \u00A0]+(?:(?:n[°ºo]\.?|no\.|#)[ \u00A0]?)?)?((?:[\p{L}]{0,8}(?:(?<=\p{Lu}{2})[ \u00A0])?\d{0,4}[/.-]){0,2})(\d{1,3}[a-z]?)[ \t\u00A0]*(?:[·•|:]|[ \t\u00A0][—–-])[ \t\u00A0]+(?=[\p{Lu}\d«"“‘])/u

/** A year given to the date reader so that it also reads a date without its year (`Tuesday 6 October`). */
const YEAR = 2000
/** Fewest lines a prefix (its last number aside) opens for it to be a decision's number. */
const FEWEST_SIBLINGS = 2

/** One line's numbered prefix: where its label starts, and its number written as a numbered paragraph's (`2.`). */
export interface DecisionNumber {
  /** The index the label starts at. */
  start: number
  /** The marker, the prefix's last number and a dot. */
  marker: string
}

/**
 * The lines opened by a decision's number with its prefix, by the rule above. A bare number (`3 · …`) counts only with its word
 * or a code before it, or when it counts up with its siblings from 1 (`1 · …`, `2 · …`).
 * @param lines the document's lines
 * @returns for each such line where its label starts and its marker
 */
export function decisionNumbers(lines: string[]): Map<number, DecisionNumber> {
  const byStem = new Map<string, Array<{at: number; start: number; number: string}>>()
  for (let at = 0; at < lines.length; at++) {
    const found = NUMBERED_PREFIX.exec(lines[at])
    if (!found) continue
    const [whole, , word = '', code, number] = found
    // (a year is no decision's number; a decimal figure such as `2.5 Million people …` opens a sentence, not a label)
    if (code === '' && word === '' && /^\d{3}/u.test(number)) continue
    // a day's heading (`Day 1 — Tuesday 6 October`, `Jour 2 : mercredi 7 octobre`) names when, not what: its label is a date
    const label = lines[at].slice(whole.length, whole.length + 60)
    if (findDates(label, YEAR) || findDates(label, YEAR, FRENCH_CALENDAR)) continue
    const stem = `${word.toLowerCase()}|${code}`
    const entry = {at, start: whole.length, number}
    // (pushed, never copied: a text may open thousands of lines on one prefix)
    const list = byStem.get(stem)
    if (list) list.push(entry)
    else byStem.set(stem, [entry])
  }
  const result = new Map<number, DecisionNumber>()
  for (const [stem, entries] of byStem) {
    if (entries.length < FEWEST_SIBLINGS) continue
    // siblings number different items: the same number twice under one prefix is a table's column or a repeated reference
    if (new Set(entries.map(({number}) => number)).size !== entries.length) continue
    // a bare number with no word nor code before it counts up from 1 (`1 · Budget`, `2 · Staff`), as a list does
    if (stem === '|' && !entries.every(({number}, k) => Number.parseInt(number, 10) === k + 1)) continue
    for (const {at, start, number} of entries) result.set(at, {start, marker: `${Number.parseInt(number, 10)}.`})
  }
  return result
}
