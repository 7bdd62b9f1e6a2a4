import type {Paragraph} from 'mdast'
import {DAY_AFTER_DATE, DAY_HEADING} from './english.js'
import {FRENCH_DAY_HEADING} from './french.js'
import type {Reading} from './language.js'
import {displayDates, findDates} from './parse-dates.js'
import type {MeetingDates} from './readout.js'
import {textOf} from './state.js'
import {normaliseSpace} from './text.js'

/** Most words of a day's heading (`Day 2 — Wednesday 7 October 2026: field visits`); a longer line is text. */
const HEADING_WORDS = 14

/**
 * The dates a text's day headings give a meeting of several days (`Day 1 — Tuesday 6 October` … `Day 2 — Wednesday 7 October`,
 * `Jour 1 – mardi 6 octobre`, `Tuesday 6 October — Day 1`): the first heading's day to the last's, the year from the title block when the headings write none.
 * @param paragraphs the text's paragraphs
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the dates, or `undefined` when no day heading gives a date
 */
export function datesOfDayHeadings(paragraphs: Paragraph[], year: number | undefined, reading: Reading): MeetingDates | undefined {
  let start: string | undefined
  let end: string | undefined
  for (const paragraph of paragraphs) {
    const line = normaliseSpace(textOf(paragraph).split('\n')[0])
    if (line.split(' ').length > HEADING_WORDS) continue
    const heading = DAY_HEADING.exec(line) ?? FRENCH_DAY_HEADING.exec(line)
    // (`Tuesday 6 October — Day 1`: the date first, the day's number after it)
    const first = heading ? undefined : findDates(line, year, reading.calendar)
    const found = heading ? findDates(line.slice(heading[0].length), year, reading.calendar) : first?.index === 0 && DAY_AFTER_DATE.test(line.slice(first.length)) ? first : undefined
    if (found?.index !== 0) continue
    if (!start || found.dates.start < start) start = found.dates.start
    if (!end || found.dates.end > end) end = found.dates.end
  }
  return start && end ? {start, end, display: displayDates(start, end, reading.calendar.locale)} : undefined
}
