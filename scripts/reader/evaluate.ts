import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {readSource} from '../structure/read-source.js'
import type {Readout} from '../structure/readout.js'
import {structureSource} from '../structure/structure-source.js'
import {LEADING_EMOJI, TRAILING_EMOJI} from '../structure/text.js'
import {DEFAULT_KIND, FUNCTION_WORDS, TIME_WORDS} from '../structure/english.js'

/** The fields `npm run eval` scores, in the order it prints them. */
export const FIELDS = ['title', 'kind', 'organisation', 'place', 'date_start', 'date_end', 'key_message', 'roadmap', 'point titles', 'point bodies', 'figure values', 'figure labels', 'outlook'] as const
export type Field = (typeof FIELDS)[number]

/** One comparison that failed. */
export interface Miss {
  case: string
  field: Field
  expected: string
  got: string
}

/** Comparisons made and matched, per field. */
export type Tally = Record<Field, {matched: number; total: number}>

/**
 * The fields also scored by content-word overlap (see `overlaps`): their expected wordings are
 * editorial, and a reasonable title or label often differs from all of them by a word.
 */
export const NEAR_FIELDS = ['point titles', 'figure labels'] as const
export type NearField = (typeof NEAR_FIELDS)[number]
export type NearTally = Record<NearField, {matched: number; total: number}>

/** The result of evaluating a set of cases. */
export interface Evaluation {
  all: Tally
  heldOut: Tally
  tuning: Tally
  /** The same comparisons of `NEAR_FIELDS`, matched by content-word overlap. */
  near: {all: NearTally; heldOut: NearTally; tuning: NearTally}
  misses: Miss[]
  cases: number
  heldOutCases: number
  /** The same per language of the cases (`lang` in `expected.yml`: `en`, `fr`), and how many each has. */
  byLanguage: Record<string, Tally>
  casesByLanguage: Record<string, number>
}

/** What a case's `expected.yml` says (see `scripts/test/corpus/README.md`). */
interface Expected {
  [key: string]: unknown
  points?: Array<{title: string | string[]; body: string}>
  figures?: Array<{value: string; label: string | string[]}>
  outlook?: string[]
}

/** A case to read: its name, its input and its expected file. */
export interface Case {
  name: string
  input: string
  expected: string
}

/**
 * The cases of the corpus (`<root>/<case>/input.txt` with `expected.yml`), and the fixtures that
 * have an `expected.yml` too, sorted by name.
 * @param folders folders whose sub-folders are cases
 * @returns the cases found
 */
export function findCases(folders: string[]): Case[] {
  const cases: Case[] = []
  for (const folder of folders) {
    if (!existsSync(folder)) continue
    for (const name of readdirSync(folder).sort()) {
      const input = path.join(folder, name, 'input.txt')
      const expected = path.join(folder, name, 'expected.yml')
      if (existsSync(input) && existsSync(expected)) cases.push({name, input, expected})
    }
  }
  return cases
}

/** Fold what the matching rules say does not count: case, runs of spaces, curly quotes, a lone emoji opening or closing the text (as the reader drops it: `set-aside-tail.ts`). */
/** A list item's dash or bullet after `:` or `;` in a joined body: the reader joins such items as a sentence and drops their markers. */
const JOINED_ITEM_MARKER = /([:;]) [-–—•▪·] /g

export function fold(text: string): string {
  return text.normalize('NFC').replace(JOINED_ITEM_MARKER, '$1 ').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().replace(LEADING_EMOJI, '').replace(TRAILING_EMOJI, '').toLowerCase()
}

function options(value: unknown): string[] {
  if (value === null || value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map((item) => String(item))
}

function matches(expected: unknown, got: string | undefined): boolean {
  const accepted = options(expected)
  if (accepted.length === 0) return !got
  return got !== undefined && accepted.some((item) => fold(item) === fold(got))
}

/** A word without its plural or verb ending, to compare content words (`cities` → `citi`, `trained` → `train`). */
function stem(word: string): string {
  return word.replace(/(?:ies|y)$/, 'i').replace(/(?:ing|ed|es|s|e)$/, '').replace(/(.)\1$/, '$1')
}

/** The content words of a text: folded, split at anything but letters and digits, without function words or words of time, stemmed. */
export function contentWords(text: string): Set<string> {
  return new Set(fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word) && !TIME_WORDS.test(word)).map(stem))
}

/** A label's comparison (`, up from 19 in 2015`), which must be the same, apart from what it compares. */
const COMPARISON = /,\s*(?:up|down)\s+from\s+.*$/i

/**
 * Whether a title or label says the same as one of the accepted wordings by its content words
 * (words of time and a comparison such as `, up from 19 in 2015` apart, which must be the same):
 * at least two thirds of the wording's content words are in it, and at least two thirds of its
 * content words are in the wording (“Joint cyber response team of experts” for “Joint cyber
 * response team”; not “Members” for “Members of the expert panel”).
 * @param expected the accepted wordings
 * @param got what the reader gave
 */
export function overlaps(expected: unknown, got: string | undefined): boolean {
  if (got === undefined || matches(expected, got)) return matches(expected, got)
  const comparison = (text: string) => fold(COMPARISON.exec(text)?.[0] ?? '')
  const mine = contentWords(got.replace(COMPARISON, ''))
  if (mine.size === 0) return false
  return options(expected).some((option) => {
    if (comparison(option) !== comparison(got)) return false
    const theirs = contentWords(option.replace(COMPARISON, ''))
    const shared = [...mine].filter((word) => theirs.has(word)).length
    return theirs.size > 0 && shared * 3 >= theirs.size * 2 && shared * 3 >= mine.size * 2
  })
}

function emptyNear(): NearTally {
  return {'point titles': {matched: 0, total: 0}, 'figure labels': {matched: 0, total: 0}}
}

function emptyTally(): Tally {
  return Object.fromEntries(FIELDS.map((field) => [field, {matched: 0, total: 0}])) as Tally
}

/**
 * Compare what the reader understood with what a person wrote down, field by field.
 * @param name the case's name
 * @param expected the parsed `expected.yml`
 * @param readout what the reader produced (`undefined` when the source was refused)
 * @returns the tally of this case and its misses
 */
export function scoreCase(name: string, expected: Expected, readout: Readout | undefined): {tally: Tally; misses: Miss[]; near: NearTally} {
  const tally = emptyTally()
  const near = emptyNear()
  const misses: Miss[] = []
  const count = (field: Field, ok: boolean, want: unknown, got: string | undefined) => {
    tally[field].total++
    if (ok) tally[field].matched++
    else misses.push({case: name, field, expected: options(want).join(' | ') || '~', got: got ?? '~'})
    if (field === 'point titles' || field === 'figure labels') {
      near[field].total++
      // an extra point or figure (`(no such …)`) is a miss by any measure
      if (ok || (!/^\(no such/.test(String(want)) && overlaps(want, got))) near[field].matched++
    }
  }
  const scalars: Record<string, string | undefined> = {
    title: readout?.title,
    kind: readout ? (readout.kind ?? DEFAULT_KIND) : undefined,
    organisation: readout?.organisation,
    place: readout?.place,
    date_start: readout?.dates?.start,
    date_end: readout?.dates?.end,
    key_message: readout?.keyMessage,
    roadmap: readout?.roadmap,
  }
  for (const [field, got] of Object.entries(scalars)) count(field as Field, matches(expected[field], got), expected[field], got)

  // Points: each expected body is paired with an equal body the reader found (else the one at
  // the same place); its title is scored against the paired point. Extra points are misses.
  // The equal bodies are paired first, over every expected point, and only then does a point
  // left unpaired take the one at its place: else one point lost early took, by place, the
  // point that equals the next expected body, and every body after it read as lost.
  const points = expected.points ?? []
  const gotPoints = readout?.pillars ?? []
  const used = new Set<number>()
  const equalPair = points.map((point) => {
    const pair = gotPoints.findIndex((got, k) => !used.has(k) && fold(got.body) === fold(String(point.body)))
    if (pair !== -1) used.add(pair)
    return pair
  })
  points.forEach((point, index) => {
    let pair = equalPair[index]
    const bodyOk = pair !== -1
    if (pair === -1 && index < gotPoints.length && !used.has(index)) pair = index
    if (pair !== -1) used.add(pair)
    const got = pair === -1 ? undefined : gotPoints[pair]
    count('point bodies', bodyOk, point.body, got?.body)
    count('point titles', matches(point.title, got?.title), point.title, got?.title)
  })
  gotPoints.forEach((got, k) => {
    if (used.has(k)) return
    count('point bodies', false, '(no such point)', got.body)
    count('point titles', false, '(no such point)', got.title)
  })
  if (points.length === 0 && gotPoints.length === 0) {
    count('point bodies', true, '', '')
    count('point titles', true, '', '')
  }

  // Figures: each expected value is paired with the first unused figure of the same value.
  const figures = expected.figures ?? []
  const gotFigures = readout?.figures ?? []
  const usedFigures = new Set<number>()
  for (const figure of figures) {
    const pair = gotFigures.findIndex((got, k) => !usedFigures.has(k) && fold(got.value) === fold(String(figure.value)))
    if (pair !== -1) usedFigures.add(pair)
    const got = pair === -1 ? undefined : gotFigures[pair]
    count('figure values', pair !== -1, figure.value, got?.value)
    count('figure labels', matches(figure.label, got?.label), figure.label, got ? got.label : undefined)
  }
  gotFigures.forEach((got, k) => {
    if (usedFigures.has(k)) return
    count('figure values', false, '(no such figure)', `${got.value} ${got.label}`)
    count('figure labels', false, '(no such figure)', got.label)
  })
  if (figures.length === 0 && gotFigures.length === 0) {
    count('figure values', true, '', '')
    count('figure labels', true, '', '')
  }

  // Outlook: each expected paragraph is found among the reader's outlook; extra ones are misses.
  const outlook = (expected.outlook ?? []).map(String)
  const gotOutlook = [...(readout?.outlook ?? [])]
  for (const paragraph of outlook) {
    const at = gotOutlook.findIndex((got) => fold(got) === fold(paragraph))
    count('outlook', at !== -1, paragraph, at === -1 ? undefined : gotOutlook[at])
    if (at !== -1) gotOutlook.splice(at, 1)
  }
  for (const extra of gotOutlook) count('outlook', false, '(not outlook)', extra)
  if (outlook.length === 0 && (readout?.outlook ?? []).length === 0) count('outlook', true, '', '')
  return {tally, misses, near}
}

/**
 * Read every case with the real structure stage and score it.
 * @param cases the cases (see `findCases`)
 * @returns the tallies (all, held-out, the rest) and every miss
 */
export async function evaluate(cases: Case[]): Promise<Evaluation> {
  const result: Evaluation = {all: emptyTally(), heldOut: emptyTally(), tuning: emptyTally(), near: {all: emptyNear(), heldOut: emptyNear(), tuning: emptyNear()}, misses: [], cases: cases.length, heldOutCases: 0, byLanguage: {}, casesByLanguage: {}}
  for (const item of cases) {
    const expected = parseYaml(readFileSync(item.expected, 'utf8')) as Expected
    const file = await readSource(item.input)
    const structured = await structureSource(file)
    const {tally, misses, near} = scoreCase(item.name, expected, structured?.readout)
    if (!structured) misses.unshift({case: item.name, field: 'title', expected: '(a readout)', got: `refused: ${file.messages.find((m) => m.fatal)?.reason ?? ''}`})
    const heldOut = item.name.startsWith('heldout-')
    if (heldOut) result.heldOutCases++
    const lang = String(expected.lang ?? 'en')
    result.byLanguage[lang] ??= emptyTally()
    result.casesByLanguage[lang] = (result.casesByLanguage[lang] ?? 0) + 1
    for (const field of FIELDS) {
      for (const target of [result.all, heldOut ? result.heldOut : result.tuning, result.byLanguage[lang]]) {
        target[field].matched += tally[field].matched
        target[field].total += tally[field].total
      }
    }
    for (const field of NEAR_FIELDS) {
      for (const target of [result.near.all, heldOut ? result.near.heldOut : result.near.tuning]) {
        target[field].matched += near[field].matched
        target[field].total += near[field].total
      }
    }
    result.misses.push(...misses)
  }
  return result
}

/** A tally's rate for a field, from 0 to 1 (1 when nothing was compared). */
export function rate(tally: Tally, field: Field): number {
  const {matched, total} = tally[field]
  return total === 0 ? 1 : matched / total
}

/**
 * The report `npm run eval` prints: a table of rates per field, then every miss.
 * @param evaluation the result of `evaluate`
 * @returns the text
 */
export function formatEvaluation(evaluation: Evaluation): string {
  const percent = (tally: Tally, field: Field) => (tally[field].total ? `${(rate(tally, field) * 100).toFixed(1)}% (${tally[field].matched}/${tally[field].total})` : '–')
  const languages = Object.keys(evaluation.byLanguage).sort()
  const perLanguage = languages.map((lang) => `${evaluation.casesByLanguage[lang]} in ${lang}`).join(', ')
  const lines = [`${evaluation.cases} cases, ${evaluation.heldOutCases} held out${perLanguage ? ` (${perLanguage})` : ''}`, '', `| field | all | tuning | held out |${languages.map((lang) => ` ${lang} |`).join('')}`, `|---|---|---|---|${languages.map(() => '---|').join('')}`]
  for (const field of FIELDS) lines.push(`| ${field} | ${percent(evaluation.all, field)} | ${percent(evaluation.tuning, field)} | ${percent(evaluation.heldOut, field)} |${languages.map((lang) => ` ${percent(evaluation.byLanguage[lang], field)} |`).join('')}`)
  const near = (tally: NearTally, field: NearField) => (tally[field].total ? `${((tally[field].matched / tally[field].total) * 100).toFixed(1)}% (${tally[field].matched}/${tally[field].total})` : '–')
  lines.push('', 'By content-word overlap (two thirds of the words both ways; the expected wordings are editorial):', '', '| field | all | tuning | held out |', '|---|---|---|---|')
  for (const field of NEAR_FIELDS) lines.push(`| ${field} ≈ | ${near(evaluation.near.all, field)} | ${near(evaluation.near.tuning, field)} | ${near(evaluation.near.heldOut, field)} |`)
  lines.push('', `${evaluation.misses.length} misses:`)
  for (const miss of evaluation.misses) lines.push(`${miss.case}  ${miss.field}  expected ${miss.expected}  got ${miss.got}`)
  return lines.join('\n') + '\n'
}
