/**
 * The same points written in every shape a published readout uses (`npm run eval -- --reshape`):
 * each case whose points are whole paragraphs or list items in its text is rewritten with its points
 * (the bodies of `expected.yml`, verbatim) as `- Title: body` bullets, `1.` paragraphs, `•` bullets,
 * a heading over each body, plain paragraphs, `First, …` openers, items under a lead-in and a
 * Markdown table, its header, context and outlook left as they are; each reading is scored against
 * `expected.yml` as `npm run eval` scores it.
 */

import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import type {Readout} from '../structure/readout.js'
import {FIELDS, fold, scoreCase, type Case, type Field} from './evaluate.js'
import {readText} from './invariance.js'

/** A point as `expected.yml` gives it. */
interface Point {
  title: string | string[]
  body: string
}

/** What a case's `expected.yml` holds that a reshape reads or rewrites. */
interface Expected {
  [key: string]: unknown
  lang?: string
  points?: Point[]
}

/** A shape: its name, whether it gives each point its title, and the lines it writes for the points. */
export interface Shape {
  name: string
  titled: boolean
  /** The lines of the points, and the bodies as the text then has them (an opener written into a body is the body's). */
  write: (points: Array<{title: string; body: string}>, lang: string) => {lines: string[]; bodies: string[]}
}

const ORDINALS: Record<string, string[]> = {
  en: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'],
  fr: ['Premièrement', 'Deuxièmement', 'Troisièmement', 'Quatrièmement', 'Cinquièmement', 'Sixièmement', 'Septièmement', 'Huitièmement', 'Neuvièmement', 'Dixièmement', 'Onzièmement', 'Douzièmement'],
}
const FINALLY: Record<string, string> = {en: 'Finally', fr: 'Enfin'}
const TABLE_HEAD: Record<string, string> = {en: '| # | Commitment |', fr: '| N° | Engagement |'}
const LEAD_IN: Record<string, string> = {en: 'Ministers agreed to:', fr: 'Les ministres sont convenus de :'}

/** A body's first letter in lower case after an opener, unless the word is a name in capitals (`EU`, `OECD`). */
const lowerFirst = (body: string) => (/^\p{Lu}\p{Ll}/u.test(body) ? body[0].toLowerCase() + body.slice(1) : body)
/** Items one after another, a blank line between two. */
const paragraphs = (items: string[]) => items.flatMap((item, k) => (k === 0 ? [item] : ['', item]))

/** Every shape the measure writes, each alone. */
export const SHAPES: Shape[] = [
  {name: '- Title: body', titled: true, write: (points) => ({lines: points.map(({title, body}) => `- ${title}: ${body}`), bodies: points.map(({body}) => body)})},
  {name: '1. paragraphs', titled: false, write: (points) => ({lines: paragraphs(points.map(({body}, k) => `${k + 1}. ${body}`)), bodies: points.map(({body}) => body)})},
  {name: '• bullets', titled: false, write: (points) => ({lines: points.map(({body}) => `• ${body}`), bodies: points.map(({body}) => body)})},
  {name: 'heading over body', titled: true, write: (points) => ({lines: paragraphs(points.map(({title, body}) => `${title}\n${body}`)).flatMap((line) => line.split('\n')), bodies: points.map(({body}) => body)})},
  {name: 'plain paragraphs', titled: false, write: (points) => ({lines: paragraphs(points.map(({body}) => body)), bodies: points.map(({body}) => body)})},
  {
    name: 'First, … Finally,',
    titled: false,
    write: (points, lang) => {
      const ordinals = ORDINALS[lang] ?? ORDINALS.en
      const bodies = points.map(({body}, k) => `${k === points.length - 1 && k > 1 ? (FINALLY[lang] ?? FINALLY.en) : ordinals[k] ?? ordinals[ordinals.length - 1]}, ${lowerFirst(body)}`)
      return {lines: paragraphs(bodies), bodies}
    },
  },
  {name: 'lead-in and items', titled: false, write: (points, lang) => ({lines: [LEAD_IN[lang] ?? LEAD_IN.en, '', ...points.map(({body}) => `- ${body}`)], bodies: points.map(({body}) => body)})},
  {name: 'table # Commitment', titled: false, write: (points, lang) => ({lines: [TABLE_HEAD[lang] ?? TABLE_HEAD.en, '|---|---|', ...points.map(({body}, k) => `| ${k + 1} | ${body.replace(/\|/g, '\\|')} |`)], bodies: points.map(({body}) => body)})},
]

/** A list item's marker at a line's start: a glyph, a number or a letter (`1.`, `(2)`, `b)`), then a space. */
const ITEM_MARKER = /^[ \t]*(?:[-•*–▪+·]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)]|\([a-z]\))[ \t]+(?=\S)/u
/** A short line that closes no sentence: a heading (`Clean water`, `## Funding`). */
const isHeading = (text: string) => text.split(/\s+/).length <= 12 && !/[.!?;:,]["'”’»)*]*$/u.test(text)

/** A block of the text: a paragraph or a list item, its lines `[start, end)` and its text joined, the marker dropped. */
interface Block {
  start: number
  end: number
  text: string
  firstLine: string
}

/** The text's blocks: runs of lines between blank lines, a list item's line opening a block of its own. */
export function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = []
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const last = blocks[blocks.length - 1]
    if (last && last.end === index && !ITEM_MARKER.test(line)) {
      last.end = index + 1
      last.text += ' ' + line.trim()
      return
    }
    const text = line.replace(ITEM_MARKER, '').replace(/^#+\s+/, '').trim()
    blocks.push({start: index, end: index + 1, text, firstLine: text})
  })
  return blocks
}

/**
 * Whether a block is the point of this body: its text is the body, or a short title before it (a
 * heading line over it, or a phrase closed by `:`, `.` or a dash: `**Water.** …`, `Water – …`).
 */
function holds(block: Block, body: string): boolean {
  const text = fold(block.text.replace(/\*\*/g, ''))
  const want = fold(body)
  if (text === want) return true
  if (!text.endsWith(' ' + want)) return false
  const prefix = text.slice(0, text.length - want.length).trim()
  return prefix.split(/\s+/).length <= 12 && (fold(block.firstLine.replace(/\*\*/g, '')) === prefix || /[:.–—-]$/.test(prefix))
}

/**
 * A case's text with its points written in a shape, or undefined when its points are not whole
 * paragraphs or items one after another (only headings between them), or fewer than two.
 * @param text the case's text
 * @param expected its `expected.yml`
 * @param shape the shape to write
 * @returns the new text and the bodies as it has them
 */
export function reshape(text: string, expected: Expected, shape: Shape): {text: string; bodies: string[]} | undefined {
  const points = expected.points ?? []
  if (points.length < 2) return undefined
  const lines = text.split('\n')
  const blocks = blocksOf(lines)
  const at: number[] = []
  for (const point of points) {
    const k = blocks.findIndex((block, index) => index > (at[at.length - 1] ?? -1) && holds(block, String(point.body)))
    if (k === -1) return undefined
    at.push(k)
  }
  let first = at[0]
  const between = blocks.slice(at[0], at[at.length - 1] + 1).filter((_, k) => !at.includes(at[0] + k))
  if (between.some((block) => !isHeading(block.text))) return undefined
  // a heading over every point: the first point's heading goes with it
  if (between.length === points.length - 1 && first > 0 && isHeading(blocks[first - 1].text) && blocks[first - 1].end <= blocks[first].start) first--
  const start = blocks[first].start
  const end = blocks[at[at.length - 1]].end
  const titled = points.map((point) => ({title: [point.title].flat().map(String)[0] ?? '', body: String(point.body)}))
  const {lines: written, bodies} = shape.write(titled, expected.lang ?? 'en')
  const before = lines.slice(0, start)
  const after = lines.slice(end)
  const pad = (side: string[]) => (side.length > 0 && side[side.length - 1]?.trim() !== '' ? [''] : [])
  const rewritten = [...before, ...pad(before), ...written, ...(after.length > 0 && after[0].trim() !== '' ? [''] : []), ...after]
  return {text: rewritten.join('\n'), bodies}
}

/** The fields a reshape must keep: the header's, the bodies, the figures' values, the outlook; the titles where the shape gives them. */
const KEPT: Field[] = ['title', 'kind', 'organisation', 'place', 'date_start', 'date_end', 'key_message', 'roadmap', 'point bodies', 'figure values', 'outlook']

/** Per shape: the cases rewritten, and per field how many read it as `expected.yml` says (the whole field right for the case). */
export interface Reshaping {
  cases: number
  skipped: number
  shapes: Array<{name: string; titled: boolean; read: number; kept: Record<Field, number>; allKept: number}>
  losses: Array<{case: string; shape: string; field: Field; expected: string; got: string}>
}

/** Which fields of a reading are right for the whole case (`scoreCase`), and the first miss of each that is not. */
function keptFields(name: string, expected: Expected, readout: Readout | undefined): {kept: Set<Field>; misses: Map<Field, {expected: string; got: string}>} {
  const {tally, misses} = scoreCase(name, expected, readout)
  const kept = new Set(FIELDS.filter((field) => tally[field].matched === tally[field].total))
  const first = new Map<Field, {expected: string; got: string}>()
  for (const miss of misses) if (!first.has(miss.field)) first.set(miss.field, {expected: miss.expected, got: miss.got})
  return {kept, misses: first}
}

/**
 * Read every case that can be rewritten as it is and in each shape, and count per shape the
 * readings that keep each field as `expected.yml` has it (titles only where the shape gives them).
 * @param cases the cases (see `findCases`)
 * @param shapes the shapes to write
 */
export async function measureReshape(cases: Case[], shapes: Shape[] = SHAPES): Promise<Reshaping> {
  const row = (name: string, titled: boolean) => ({name, titled, read: 0, kept: Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<Field, number>, allKept: 0})
  const result: Reshaping = {cases: 0, skipped: 0, shapes: [row('as written', true), ...shapes.map((shape) => row(shape.name, shape.titled))], losses: []}
  for (const item of cases) {
    const expected = parseYaml(readFileSync(item.expected, 'utf8')) as Expected
    const text = readFileSync(item.input, 'utf8').replace(/\r\n?/g, '\n')
    const rewritten = shapes.map((shape) => reshape(text, expected, shape))
    if (rewritten.some((found) => found === undefined)) {
      if ((expected.points ?? []).length >= 2) result.skipped++
      continue
    }
    result.cases++
    const readings: Array<{text: string; expected: Expected}> = [{text, expected}, ...rewritten.map((found) => ({text: found!.text, expected: {...expected, points: expected.points!.map((point, k) => ({...point, body: found!.bodies[k]}))}}))]
    let original = new Set<Field>()
    for (const [k, reading] of readings.entries()) {
      const tally = result.shapes[k]
      let readout: Readout | undefined
      try {
        readout = (await readText(reading.text, item.input))?.readout
      } catch {
        readout = undefined
      }
      const {kept, misses} = keptFields(item.name, reading.expected, readout)
      const scored = tally.titled ? [...KEPT, 'point titles' as Field] : KEPT
      tally.read++
      for (const field of scored) if (kept.has(field)) tally.kept[field]++
      if (KEPT.every((field) => kept.has(field))) tally.allKept++
      // a field the case had right as written and lost in this shape
      if (k === 0) original = kept
      else {
        for (const field of scored) if (original.has(field) && !kept.has(field)) result.losses.push({case: item.name, shape: tally.name, field, ...misses.get(field)!})
      }
    }
  }
  return result
}

/**
 * The report of `npm run eval -- --reshape`: per shape, the readings that kept each field, then
 * every field a case had right as written and lost in a shape.
 * @param reshaping the result of `measureReshape`
 * @param verbose whether to list the losses
 */
export function formatReshape(reshaping: Reshaping, verbose: boolean): string {
  const short: Partial<Record<Field, string>> = {title: 'title', kind: 'kind', organisation: 'org', place: 'place', date_start: 'start', date_end: 'end', key_message: 'key', roadmap: 'roadmap', 'point titles': 'titles', 'point bodies': 'bodies', 'figure values': 'values', outlook: 'outlook'}
  const fields = [...KEPT, 'point titles' as Field]
  const lines = [
    `${reshaping.cases} cases read as written and with their points rewritten in each shape (${reshaping.skipped} with points left out: not whole paragraphs or items one after another); per field, the readings right for the whole case as expected.yml has it (titles scored only where the shape gives them, the first accepted title, and not in kept all)`,
    '',
    `| shape | kept all | ${fields.map((field) => short[field]).join(' | ')} |`,
    `|---|---|${fields.map(() => '---|').join('')}`,
  ]
  for (const shape of reshaping.shapes) lines.push(`| ${shape.name} | ${shape.allKept}/${shape.read} | ${fields.map((field) => (field === 'point titles' && !shape.titled ? '–' : `${shape.kept[field]}`)).join(' | ')} |`)
  const read = reshaping.shapes.slice(1).reduce((sum, shape) => sum + shape.read, 0)
  const kept = reshaping.shapes.slice(1).reduce((sum, shape) => sum + shape.allKept, 0)
  lines.push('', `${kept}/${read} rewritten readings kept every field scored; ${reshaping.losses.length} fields right as written lost in a shape`)
  if (verbose) {
    lines.push('')
    for (const loss of reshaping.losses) lines.push(`${loss.case}  ${loss.shape}  ${loss.field}  expected ${loss.expected}  got ${loss.got}`)
  }
  return lines.join('\n') + '\n'
}
