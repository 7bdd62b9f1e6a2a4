import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {readingOf, type Reading} from './language.js'
import {ORGANISATION_HEADS} from './english.js'
import {findDates} from './parse-dates.js'
import type {MeetingDates} from './readout.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'
import {normaliseSpace} from './text.js'

/** What the title block at the top of a source says, kept for the dateline recogniser. */
export interface Header {
  title?: string
  kind?: string
  place?: string
  dates?: MeetingDates
  /** The year of the first date near the top, for dates written without one. */
  year?: number
}

declare module 'vfile' {
  interface DataMap {
    header: Header
  }
}

/** Most lines a title block has ("Media Note / Office of … / Place / Date / Title"). */
const MAX_LINES = 6
/** Most words of a title-block line; a longer line is a paragraph of text. */
const MAX_WORDS = 24
/** A line that ends like a sentence (a title-block line does not, but may end in a dash). */
const SENTENCE_END = /[.!?…]["'”’)\]]?$/
/** `Place, date` or `PLACE, date –` at the start of a line (the place is at most five words). */
const PLACE_COMMA = /^((?:[\p{Lu}][\p{L}\p{M}'’.-]*)(?: [\p{L}][\p{L}\p{M}'’.-]*){0,4}(?:, ?(?:D\.C\.|DC|[\p{Lu}]{2}))?),\s?/u
const DASH_END = /\s*[–—-]+$/
const YEAR = /\b((?:19|20)\d{2})\b/

/**
 * Recognise the title block: the short lines at the top before the first sentence — a title line
 * ("Joint Statement by …", "Chair's Summary: …"), the document's kind, an issuing office, a place and
 * a date, on one line (`Ottawa, 14 March 2023`, `WASHINGTON, 2 February 2016 –`) or on lines of
 * their own. Each becomes a `header` paragraph; what they say is kept in `file.data.header`.
 */
const recogniseHeader: Plugin<[], Root> = function () {
  return function (tree, file) {
    const header: Header = {}
    file.data.header = header
    const reading = readingOf(file)
    const paragraphs = paragraphsOf(tree)
    const lines: Array<{paragraph: Paragraph; text: string}> = []
    for (const paragraph of paragraphs.slice(0, MAX_LINES)) {
      if (paragraph.data?.bullet) break
      const text = normaliseSpace(textOf(paragraph))
      // A long line, or one that ends like a sentence, is where the text begins.
      if (text.split(' ').length > MAX_WORDS || SENTENCE_END.test(text.replace(/\bD\.C\.$/, 'DC'))) break
      lines.push({paragraph, text})
    }
    // A lone short line before the text is a title only if something else marks it as the top.
    if (lines.length === paragraphs.length) lines.length = 0
    let kindLine: string | undefined
    let otherTitle: string | undefined
    for (const {paragraph, text} of lines) {
      paragraph.data = {...paragraph.data, role: 'header'}
      const line = text.replace(DASH_END, '')
      const kind = reading.documentKinds.find(([pattern]) => pattern.test(line))?.[1]
      const dated = readPlaceAndDate(line, reading)
      if (dated && !kind) {
        header.place ??= dated.place
        header.dates ??= dated.dates
        // `WASHINGTON, 2 February 2016 –` on its own line: a newswire's dateline.
        if (dated.place && (DASH_END.test(text) || /^\p{Lu}{2,}[\p{Lu} ]*,/u.test(line))) file.data.wire = true
        continue
      }
      if (reading.issuerLine.test(line)) continue
      // A quotation set in the title block (`“Healthy oceans make healthy people”`) is a motto, not the title.
      if (/^[“"«‘]/u.test(line) && /[”"»’]$/u.test(line)) continue
      if (kind && !kindLine) {
        header.kind = kind
        kindLine = line
      } else if (!otherTitle && !kind && isPlaceLine(line) && (kindLine || otherTitle)) {
        header.place ??= line
      } else {
        otherTitle ??= line
      }
    }
    // “Media Note” alone names the kind; a fuller line below it is the title.
    // A kind alone (“Press Release”) is not a title: the title is then made from who met and where.
    if (kindLine && kindLine.split(' ').length <= 3) header.title = otherTitle
    else header.title = kindLine ?? otherTitle
    header.year = header.dates ? Number(header.dates.start.slice(0, 4)) : yearNear(paragraphs.slice(0, MAX_LINES + 3), reading)
    applyHeader(file, header)
  }
}
export default recogniseHeader

/** Copy what the title block says onto the readout. */
function applyHeader(file: VFile, header: Header): void {
  const readout = readoutOf(file)
  if (header.kind) readout.kind = header.kind
}

/**
 * Read a line that is only a place and a date, or only a date.
 * @param line a title-block line
 * @param reading the patterns of the source's language (English by default)
 * @returns the place (when there is one) and the dates, or `undefined`
 */
export function readPlaceAndDate(line: string, reading?: Reading): {place?: string; dates: MeetingDates} | undefined {
  const dates = findDates(line, undefined, reading?.calendar)
  if (!dates) return undefined
  const before = line.slice(0, dates.index).trim()
  const after = line.slice(dates.index + dates.length).replace(/^[\s,.–—-]+/, '')
  if (after.split(' ').length > 3) return undefined
  if (!before) return {dates: dates.dates}
  const place = PLACE_COMMA.exec(`${before} `)
  if (!place || place[0].trim().length < before.length - 1) return undefined
  return {place: placeName(place[1]), dates: dates.dates}
}

/** A line that is a place name alone (“Washington, DC”, “Geneva”). */
function isPlaceLine(line: string): boolean {
  return line.split(' ').length <= 4 && !ORGANISATION_HEADS.test(line) && /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:,? [\p{Lu}][\p{L}\p{M}'’.-]*)*$/u.test(line)
}

/** A place as a reader writes it: `WASHINGTON` becomes `Washington`. */
export function placeName(text: string): string {
  const name = text.trim().replace(/,$/, '')
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()).replace(/\bD\.c\.|\bDc\b/, (m) => m.toUpperCase())
}

/** The first year written near the top, for dates given without one. */
function yearNear(paragraphs: Paragraph[], reading: Reading): number | undefined {
  for (const paragraph of paragraphs) {
    const text = normaliseSpace(textOf(paragraph))
    const dated = findDates(text, undefined, reading.calendar)
    if (dated) return Number(dated.dates.start.slice(0, 4))
  }
  for (const paragraph of paragraphs) {
    const year = YEAR.exec(textOf(paragraph))
    if (year) return Number(year[1])
  }
  return undefined
}
