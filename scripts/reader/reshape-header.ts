/**
 * The same header written in every shape a published text uses (`npm run eval -- --reshape-header`):
 * each case's own header lines (the lines before its first paragraph of prose, and a `PLACE, date —`
 * dateline opening that paragraph) are taken off, and its expected header (title, kind, organisation,
 * place, dates from `expected.yml`) is written back in one shape: a `Place, date` line under the title,
 * a dateline, a letterhead block, `Date:` / `Venue:` field lines, a meeting sentence, a byline with the
 * meeting's weekday, a subtitle line. Each reading is scored on the header's fields as `npm run eval`
 * scores them. Deterministic and linear: no pattern here can backtrack on a long line.
 */

import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {fold, scoreCase, type Case, type Field} from './evaluate.js'
import {readText} from './invariance.js'
import {displayDates} from '../structure/parse-dates.js'

/** The fields of a header: the ones a header shape must keep. */
export const HEADER_FIELDS: Field[] = ['title', 'kind', 'organisation', 'place', 'date_start', 'date_end']

/** A case's header as `expected.yml` gives it (the first accepted wording of each field). */
export interface Header {
  lang: 'en' | 'fr'
  title: string
  kind: string
  organisation?: string
  place?: string
  start?: string
  end?: string
}

/** What a shape writes: lines above the body, and text put before the body's first paragraph (a dateline). */
export interface HeaderShape {
  name: string
  write: (header: Header) => {lines: string[]; lead?: string}
}

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
}
const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
}

/** An ISO date's parts. */
const partsOf = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number)
  return {year, month: month - 1, day}
}
/** A day of the month as written (`1er` in French). */
const dayOf = (day: number, lang: 'en' | 'fr') => (lang === 'fr' && day === 1 ? '1er' : String(day))
/** The locale `displayDates` writes a language's dates in. */
const localeOf = (lang: 'en' | 'fr') => (lang === 'fr' ? 'fr-FR' : 'en-GB')
/** A single date written out: `3 March 2026`, `1er mars 2026`. */
export function longDate(iso: string, lang: 'en' | 'fr'): string {
  return displayDates(iso, iso, localeOf(lang))
}
/** Days from one ISO date to another. */
const daysBetween = (a: string, b: string) => (Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000
/** The weekday of an ISO date. */
const weekday = (iso: string, lang: 'en' | 'fr') => WEEKDAYS[lang][new Date(iso + 'T00:00:00Z').getUTCDay()]

/** The dates as a line writes them: `3 March 2026`, `3–4 March 2026`, `30 September – 2 October 2026`; in French `3-4 mars 2026`. */
export function dateLine(header: Header): string {
  const {start, end, lang} = header
  if (!start) return ''
  // (the brief's own writing of a range; a French range of days with a hyphen, `3-4 mars 2026`, as French pages often type it)
  const line = displayDates(start, end && end > start ? end : start, localeOf(lang))
  return lang === 'fr' ? line.replace(/^(\d{1,2})(?:er)?–/u, (_, day: string) => `${day === '1' ? '1er' : day}-`).replace(' – ', ' - ') : line
}

/** The dates as a sentence writes them: `on 3 March 2026`, `on 3 and 4 March 2026`, `from 3 to 5 March 2026`; `le 3 mars 2026`, `les 3 et 4 mars 2026`, `du 3 au 5 mars 2026`. */
export function dateSentence(header: Header): string {
  const {start, end, lang} = header
  if (!start) return ''
  const on = lang === 'fr' ? 'le' : 'on'
  if (!end || end === start) return `${on} ${longDate(start, lang)}`
  const a = partsOf(start)
  const b = partsOf(end)
  const first = a.year !== b.year ? longDate(start, lang) : a.month !== b.month ? `${dayOf(a.day, lang)} ${MONTHS[lang][a.month]}` : dayOf(a.day, lang)
  if (daysBetween(start, end) === 1) return lang === 'fr' ? `les ${first} et ${longDate(end, lang)}` : `on ${first} and ${longDate(end, lang)}`
  return lang === 'fr' ? `du ${first} au ${longDate(end, lang)}` : `from ${first} to ${longDate(end, lang)}`
}

/** The meeting's days by weekday (`on Tuesday`, `from Monday to Wednesday`; `mardi`, `de lundi à mercredi`), or undefined past six days. */
function weekdaySentence(header: Header): string | undefined {
  const {start, end, lang} = header
  if (!start) return ''
  if (!end || end === start) return lang === 'fr' ? weekday(start, lang) : `on ${weekday(start, lang)}`
  if (daysBetween(start, end) > 6) return undefined
  return lang === 'fr' ? `de ${weekday(start, lang)} à ${weekday(end, lang)}` : `from ${weekday(start, lang)} to ${weekday(end, lang)}`
}

/** The kinds of `expected.yml` as a French text names them (its kind line is French, not `Press release`). */
const FRENCH_KINDS: Record<string, string> = {'press release': 'communiqué de presse', 'joint statement': 'déclaration commune', statement: 'déclaration', "chair's summary": 'résumé de la présidence', 'media note': 'note aux médias', declaration: 'déclaration', communiqué: 'communiqué'}
/** The kind in the text's language: `joint statement`, `déclaration commune`. */
export const kindWords = (header: Header) => (header.lang === 'fr' ? FRENCH_KINDS[header.kind] ?? header.kind : header.kind)
/** Whether the title names the kind already (so no line needs to say it): a readout, or its words in the title. */
const titleSaysKind = (header: Header) => header.kind === 'readout' || fold(header.title).includes(fold(kindWords(header)))
/** The kind as a line above the title (`Joint statement`, `Communiqué de presse`), when the title does not say it. */
const kicker = (header: Header) => (titleSaysKind(header) ? [] : [kindWords(header)[0].toUpperCase() + kindWords(header).slice(1)])
/** Where the meeting was, in a sentence: `in Lima`, `online`; `à Lima`, `en visioconférence`. */
const inPlace = (header: Header) => (!header.place ? '' : header.place === 'Online' ? (header.lang === 'fr' ? 'en visioconférence' : 'online') : `${header.lang === 'fr' ? 'à' : 'in'} ${header.place}`)
/** French nouns of a body's name that are feminine (`de la Commission`). */
const FEMININE = /^(?:commission|conférence|union|communauté|organisation|agence|autorité|assemblée|alliance|association|banque|fédération|plateforme|coalition|réunion|table|cour|chambre|direction|délégation|conférence|initiative|convention|mission|facilité|cellule|instance|coordination)\b/iu
/** `de` and a French body's name with its article: `du Comité …`, `de la Commission …`, `de l'Agence …`, `des États …`. */
function ofFrench(name: string): string {
  if (/^le\s/iu.test(name)) return 'du ' + name.slice(3)
  if (/^les\s/iu.test(name)) return 'des ' + name.slice(4)
  if (/^(?:la\s|l['’])/iu.test(name)) return 'de ' + name[0].toLowerCase() + name.slice(1)
  if (/^[aeiouhéèêàâîôû]/iu.test(name)) return "de l'" + name
  return (FEMININE.test(name) ? 'de la ' : 'du ') + name
}
/** Who met, as a sentence opens with it: `The Andean Dairy Council`, `Les membres du Conseil …`. */
function whoMet(header: Header): string {
  const {organisation, lang} = header
  if (lang === 'fr') {
    if (!organisation) return 'les ministres'
    return `les membres ${ofFrench(organisation)}`
  }
  if (!organisation) return 'Ministers'
  return /^the\s/i.test(organisation) ? organisation[0].toUpperCase() + organisation.slice(1) : `The ${organisation}`
}
/** Words joined by single spaces, the empty ones left out. */
const words = (...parts: string[]) => parts.filter((part) => part !== '').join(' ')

/** The meeting sentence of English or French: `The Council met in Lima on 3 March 2026.`, `Réunis à Lima le 3 mars 2026, les membres du Conseil ont adopté le texte suivant.` */
function meetingSentence(header: Header, when: string): string {
  if (header.lang === 'fr') return `${words('Réunis', inPlace(header), when)}, ${whoMet(header)} ont adopté le texte suivant.`
  return `${words(whoMet(header), 'met', inPlace(header), when)}.`
}

/** Every header shape the measure writes. */
export const HEADER_SHAPES: HeaderShape[] = [
  {
    name: 'title / Place, date',
    write: (header) => {
      // French: `Paris, le 3 mars 2026`, `Paris, les 3 et 4 mars 2026`, `Paris, du 3 au 5 mars 2026`
      const when = header.lang === 'fr' ? dateSentence(header) : dateLine(header)
      return {lines: [...kicker(header), header.title, '', [header.place, when].filter(Boolean).join(', ')]}
    },
  },
  {
    name: 'PLACE, date — dateline',
    write: (header) => ({lines: [...kicker(header), header.title], lead: `${[header.place?.toUpperCase(), dateLine(header)].filter(Boolean).join(', ')} — `}),
  },
  {
    name: 'letterhead block',
    write: (header) => ({
      lines: [...(header.organisation ? [header.organisation] : []), ...(header.place ? [`${header.lang === 'fr' ? 'Secrétariat' : 'Secretariat'} · ${header.place}`] : []), kindWords(header).toUpperCase(), '', header.title, '', dateLine(header)],
    }),
  },
  {
    name: 'Date: / Venue: lines',
    write: (header) => {
      const fr = header.lang === 'fr'
      const field = (name: string, value: string | undefined) => (value ? [`${name}${fr ? ' :' : ':'} ${value}`] : [])
      return {lines: [...kicker(header), header.title, '', ...field('Date', dateLine(header)), ...field(fr ? 'Lieu' : 'Venue', header.place), ...field(fr ? 'Organisateur' : 'Organiser', header.organisation)]}
    },
  },
  {
    name: 'meeting sentence',
    write: (header) => ({lines: [...kicker(header), header.title, '', meetingSentence(header, dateSentence(header))]}),
  },
  {
    name: 'byline + weekday',
    write: (header) => {
      const days = weekdaySentence(header)
      const published = header.end ?? header.start
      const byline = published ? [`${header.lang === 'fr' ? 'Publié le' : 'Published'} ${longDate(published, header.lang)}`, ''] : []
      return {lines: [...kicker(header), header.title, '', ...byline, meetingSentence(header, days ?? dateSentence(header))]}
    },
  },
  {
    name: 'subtitle Org · Place · date',
    write: (header) => ({lines: [...kicker(header), header.title, [header.organisation, header.place, dateLine(header)].filter(Boolean).join(' · ')]}),
  },
]

/** A line that closes a sentence: at least eight words, its last mark `.`, `!` or `?` (a quote or bracket may follow). */
const isProse = (text: string) => text.split(/\s+/).length >= 8 && /[.!?]["'”’»)]*$/u.test(text) && !/^[\p{L} ]{1,20}\s?:\s/u.test(text)
/** A list item's marker at a line's start (`1.`, `(2)`, `-`, `•`). */
const ITEM = /^[ \t]*(?:[-•*–▪+·]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]\))[ \t]/u
/** A dateline opening a paragraph: `LIMA, March 6 (Newswire) - `, `PARIS, 3 mars 2026 — ` (bounded, so linear). */
const DATELINE = /^\p{Lu}[\p{L} .'’-]{1,40},[^—–\n]{1,60}?\s(?:—|–|--?)\s+(?=\S)/u

/**
 * A case's text with its header lines taken off: the body from its first paragraph of prose, a
 * dateline opening that paragraph left out; undefined when no line of prose is found.
 */
export function bodyOf(text: string): string[] | undefined {
  const lines = text.split('\n')
  let at = -1
  let paragraph = ''
  let start = -1
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index]?.trim() ?? ''
    if (line === '') {
      if (paragraph && isProse(paragraph)) {
        at = start
        break
      }
      paragraph = ''
      continue
    }
    if (!paragraph) start = index
    paragraph = paragraph ? `${paragraph} ${line}` : line
  }
  if (at === -1) return undefined
  const body = lines.slice(at)
  const dateline = DATELINE.exec(body[0])
  if (dateline && /\d/.test(dateline[0])) body[0] = body[0].slice(dateline[0].length)
  return body
}

/** The first accepted wording of a field of `expected.yml`, or undefined for `~`. */
const first = (value: unknown): string | undefined => {
  const one = Array.isArray(value) ? value[0] : value
  return one === null || one === undefined || one === '' ? undefined : String(one)
}

/** The header `expected.yml` gives, or undefined when it has no title. */
export function headerOf(expected: Record<string, unknown>): Header | undefined {
  const title = first(expected.title)
  if (!title) return undefined
  return {lang: expected.lang === 'fr' ? 'fr' : 'en', title, kind: first(expected.kind) ?? 'readout', organisation: first(expected.organisation), place: first(expected.place), start: first(expected.date_start), end: first(expected.date_end)}
}

/** A body with a header written over it in a shape. */
export function writeHeader(body: string[], header: Header, shape: HeaderShape): string {
  const {lines, lead} = shape.write(header)
  const rest = [...body]
  // a dateline opens a paragraph of prose; over a numbered or bulleted first item it stands on its own line
  if (lead && ITEM.test(rest[0])) rest.unshift(lead.replace(/ — $/u, ''), '')
  else if (lead) rest[0] = lead + rest[0]
  return [...lines, '', ...rest].join('\n')
}

/** Per shape: the readings, and per header field how many read it as `expected.yml` says; every field lost that the case had right as written. */
export interface HeaderReshaping {
  cases: number
  skipped: number
  shapes: Array<{name: string; read: number; kept: Record<string, number>; allKept: number}>
  losses: Array<{case: string; shape: string; field: Field; expected: string; got: string}>
}

/**
 * Read every case as written and with its header in each shape, and count per shape the readings
 * that keep each header field as `expected.yml` has it.
 * @param cases the cases (see `findCases`)
 * @param shapes the header shapes to write
 */
export async function measureHeaderReshape(cases: Case[], shapes: HeaderShape[] = HEADER_SHAPES): Promise<HeaderReshaping> {
  const row = (name: string) => ({name, read: 0, kept: Object.fromEntries(HEADER_FIELDS.map((field) => [field, 0])), allKept: 0})
  const result: HeaderReshaping = {cases: 0, skipped: 0, shapes: [row('as written'), ...shapes.map((shape) => row(shape.name))], losses: []}
  for (const item of cases) {
    const expected = parseYaml(readFileSync(item.expected, 'utf8')) as Record<string, unknown>
    const text = readFileSync(item.input, 'utf8').replace(/\r\n?/g, '\n')
    const header = headerOf(expected)
    const body = bodyOf(text)
    if (!header || !body) {
      result.skipped++
      continue
    }
    result.cases++
    const texts = [text, ...shapes.map((shape) => writeHeader(body, header, shape))]
    let original = new Set<Field>()
    for (const [k, reading] of texts.entries()) {
      let readout
      try {
        readout = (await readText(reading, item.input))?.readout
      } catch {
        readout = undefined
      }
      const {tally, misses} = scoreCase(item.name, expected as never, readout)
      const kept = new Set(HEADER_FIELDS.filter((field) => tally[field].matched === tally[field].total))
      const shape = result.shapes[k]
      shape.read++
      for (const field of kept) shape.kept[field]++
      if (kept.size === HEADER_FIELDS.length) shape.allKept++
      if (k === 0) original = kept
      else
        for (const field of HEADER_FIELDS) {
          if (!original.has(field) || kept.has(field)) continue
          const miss = misses.find((one) => one.field === field)
          result.losses.push({case: item.name, shape: shape.name, field, expected: miss?.expected ?? '', got: miss?.got ?? ''})
        }
    }
  }
  return result
}

/**
 * The report of `npm run eval -- --reshape-header`: per shape, the readings that kept each header
 * field, then (verbose) every field a case had right as written and lost in a shape.
 */
export function formatHeaderReshape(reshaping: HeaderReshaping, verbose: boolean): string {
  const short: Record<string, string> = {title: 'title', kind: 'kind', organisation: 'org', place: 'place', date_start: 'start', date_end: 'end'}
  const lines = [
    `${reshaping.cases} cases read as written and with their header rewritten in each shape (${reshaping.skipped} left out: no title expected, or no paragraph of prose); per header field, the readings right as expected.yml has it`,
    '',
    `| shape | kept all | ${HEADER_FIELDS.map((field) => short[field]).join(' | ')} |`,
    `|---|---|${HEADER_FIELDS.map(() => '---|').join('')}`,
  ]
  for (const shape of reshaping.shapes) lines.push(`| ${shape.name} | ${shape.allKept}/${shape.read} | ${HEADER_FIELDS.map((field) => `${shape.kept[field]}`).join(' | ')} |`)
  const read = reshaping.shapes.slice(1).reduce((sum, shape) => sum + shape.read, 0)
  const kept = reshaping.shapes.slice(1).reduce((sum, shape) => sum + shape.allKept, 0)
  lines.push('', `${kept}/${read} rewritten readings kept every header field; ${reshaping.losses.length} header fields right as written lost in a shape`)
  if (verbose) {
    lines.push('')
    for (const loss of reshaping.losses) lines.push(`${loss.case}  ${loss.shape}  ${loss.field}  expected ${loss.expected}  got ${loss.got}`)
  }
  return lines.join('\n') + '\n'
}
