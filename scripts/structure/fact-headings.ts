import type {Paragraph} from 'mdast'
import type {Reading} from './language.js'
import type {MeetingDates} from './readout.js'
import {findDates} from './parse-dates.js'
import {VENUE} from './recognise-dateline.js'
import {FIELD_HEADING, propertyRow, readFactLine} from './recognise-header.js'
import {textOf} from './state.js'
import {normaliseSpace} from './text.js'

/** How many paragraphs from the top a meeting's fields are looked for. */
const FIELD_PARAGRAPHS = 16
/** Fields set side by side on one line, parted by a run of spaces, a tab or a bar (`Date: 5th March, 2026          Venue: CSRTI, Mysuru`). */
const FIELD_GAP = /\t+|\s{3,}|\s[|│]\s/u

/**
 * The dates and the place a page's fields give its meeting, where the fields are laid out as a wiki page or a form writes them:
 * the label alone on its line and the value on the next (`Date` / `16 Apr 2026 – 17 Apr 2026, Pavillon de Breteuil, Sèvres`,
 * `Location` / `Harbour Room, Fish Quay, Padstow`, `Lieu` / `Salle des fêtes, Yvetot`), or several labelled fields side by side on one
 * line (`Date: 5th March, 2026     Venue: CSRTI, Mysuru     Chair: …`).
 * @param paragraphs the text's paragraphs
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the dates and the place found, each when a field gives it, or `undefined`
 */
export function factsOfFieldLayout(paragraphs: Paragraph[], year: number | undefined, reading: Reading): {dates?: MeetingDates; place?: string} | undefined {
  let dates: MeetingDates | undefined
  let place: string | undefined
  const lines = paragraphs.slice(0, FIELD_PARAGRAPHS).flatMap((paragraph) => textOf(paragraph).split('\n'))
  for (const [at, raw] of lines.entries()) {
    const line = normaliseSpace(raw)
    // (`Date⇥28 May 2026`: a page-properties table's row is one field, its label and its value; app49)
    const row = propertyRow(raw)
    const fields = FIELD_HEADING.test(line) && lines[at + 1] ? [`${line.replace(/\s*:$/u, '')}: ${normaliseSpace(lines[at + 1])}`] : row ? [normaliseSpace(row)] : raw.split(FIELD_GAP).map((part) => normaliseSpace(part))
    for (const field of fields) {
      const fact = field ? readFactLine(field, year, reading) : undefined
      dates ??= fact?.dates
      place ??= fact?.place ?? (fact?.dates ? townAfterDate(field, year, reading) : undefined)
    }
    if (dates && place) break
  }
  return dates || place ? {dates, place} : undefined
}

/** A town's name as a field's last part writes it: one to three capitalised words (`Sèvres`, `Port Louis`, `Saint-Malo`). */
const TOWN = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u

/**
 * The town a date's field names last after its date (`Date: 16 Apr 2026 – 17 Apr 2026, Pavillon de Breteuil, Sèvres (hybrid)` → Sèvres),
 * a building before it and a note in brackets after it dropped.
 * @param field the labelled field
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the town, or `undefined` when nothing after the date reads as one
 */
function townAfterDate(field: string, year: number | undefined, reading: Reading): string | undefined {
  const date = findDates(field, year, reading.calendar)
  if (!date) return undefined
  const parts = field.slice(date.index + date.length).split(',').map((part) => part.trim()).filter(Boolean)
  if (parts.length < 1) return undefined
  const last = parts[parts.length - 1].replace(/\s*\([^()]{1,40}\)$/u, '').replace(/[.\s]+$/u, '')
  const venue = reading.dateline?.venue ?? VENUE
  return TOWN.test(last) && !venue.test(last) && !VENUE.test(last) ? last : undefined
}
