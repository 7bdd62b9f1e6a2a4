import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {decodeSource} from '../structure/read-source.js'
import type {Readout} from '../structure/readout.js'
import {structureSource} from '../structure/structure-source.js'
import {DEFAULT_KIND} from '../structure/english.js'
import {FIELDS, fold, type Case, type Field} from './evaluate.js'
import {PASTE_VARIANTS, type PasteVariant} from './paste-variants.js'

/** What the reader gave for each field the evaluator scores, folded as it compares them (case, runs of spaces, curly quotes). */
export type Reading = Record<Field, string>

/**
 * A text folded as the evaluator folds it (`fold`), a list glyph alone between two words read as one
 * mark: a sub-item's glyph kept in its bullet's body (`… hospitals ▪ at least 3 percent …`) is the
 * same whichever glyph the paste used. So are what a paste's typography leaves in the words it keeps:
 * a space before `:`, `;` or `%`, a comma or a space grouping a number's thousands, an en dash or a
 * hyphen between two numbers, a spaced dash typed `--` or `—`, an ellipsis typed `...`, a space after a currency sign.
 */
export function foldLayout(text: string): string {
  return fold(text)
    .replace(/(?<=\s)[-•*–▪](?=\s)/gu, '•')
    .replace(/ (?=[:;%])/g, '')
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, ' ')
    .replace(/(?<=\d)–(?=\d)/g, '-')
    .replace(/(?<=\s)(?:--|—)(?=\s)/g, '•')
    .replace(/…/g, '...')
    .replace(/(?<=[€$£¥₹])\s(?=\d)/gu, '')
}

/**
 * A readout's fields as `npm run eval` scores them, each one string: a scalar folded, a list
 * (points' bodies and titles, figures' values and labels, outlook) its folded items in order, a
 * list glyph alone between two words read as one mark.
 * @param readout what the reader understood, or undefined when the source was refused
 */
export function readingOf(readout: Readout | undefined): Reading {
  const list = (items: Array<string | undefined>) => items.map((item) => foldLayout(item ?? '')).join('\n')
  const one = (value: string | undefined) => (readout ? foldLayout(value ?? '~') : '(refused)')
  return {
    title: one(readout?.title),
    kind: one(readout?.kind ?? DEFAULT_KIND),
    organisation: one(readout?.organisation),
    place: one(readout?.place),
    date_start: one(readout?.dates?.start),
    date_end: one(readout?.dates?.end),
    key_message: one(readout?.keyMessage),
    roadmap: one(readout?.roadmap),
    'point titles': readout ? list(readout.pillars.map((pillar) => pillar.title)) : '(refused)',
    'point bodies': readout ? list(readout.pillars.map((pillar) => pillar.body)) : '(refused)',
    'figure values': readout ? list(readout.figures.map((figure) => figure.value)) : '(refused)',
    'figure labels': readout ? list(readout.figures.map((figure) => figure.label)) : '(refused)',
    outlook: readout ? list(readout.outlook) : '(refused)',
  }
}

/**
 * Read a text as a source of the given path would be read: decoded from its bytes (so a CRLF text
 * goes through the same decoding as a file), then structured.
 * @param text the source's text
 * @param sourcePath the path it is read as (its extension decides plain text or Markdown)
 * @returns the reader's result and `roadmap.md`, or undefined when refused
 */
export async function readText(text: string, sourcePath: string): Promise<{readout: Readout; markdown: string} | undefined> {
  const file = new VFile({path: sourcePath, cwd: process.cwd()})
  decodeSource(file, new TextEncoder().encode(text))
  return structureSource(file)
}

/** The reading of a text (`readingOf`), or every field `(crashed: …)` when the reader threw. */
async function readingOfText(text: string, sourcePath: string): Promise<Reading> {
  try {
    return readingOf((await readText(text, sourcePath))?.readout)
  } catch (error) {
    const crashed = `(crashed: ${(error as Error).message.split('\n')[0]})`
    return Object.fromEntries(FIELDS.map((field) => [field, crashed])) as Reading
  }
}

/** One case whose result a variant changed: which fields, with the first of them before and after. */
export interface Change {
  case: string
  variant: string
  fields: Field[]
  before: string
  after: string
}

/** Per variant: how many cases it changed the text of, and per field how many of those kept the same result. */
export interface Invariance {
  cases: number
  variants: Array<{name: string; applied: number; same: Record<Field, number>; allSame: number}>
  changes: Change[]
}

/**
 * Read every case as it is and through each change of layout (`PASTE_VARIANTS`), and count the
 * cases whose result stays the same, per variant and per field: a measure of fragility, compared
 * with the reader's own result on the original text, not with `expected.yml`.
 * @param cases the cases (see `findCases`)
 * @param variants the changes of layout to apply, each alone
 */
export async function measureInvariance(cases: Case[], variants: PasteVariant[] = PASTE_VARIANTS): Promise<Invariance> {
  const result: Invariance = {cases: cases.length, variants: variants.map(({name}) => ({name, applied: 0, same: Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<Field, number>, allSame: 0})), changes: []}
  for (const item of cases) {
    const text = readFileSync(item.input, 'utf8').replace(/\r\n?/g, '\n')
    const original = await readingOfText(text, item.input)
    for (const [k, variant] of variants.entries()) {
      const changed = variant.apply(text)
      if (changed === text) continue
      const tally = result.variants[k]
      tally.applied++
      const reading = await readingOfText(changed, item.input)
      const differ = FIELDS.filter((field) => reading[field] !== original[field])
      for (const field of FIELDS) if (!differ.includes(field)) tally.same[field]++
      if (differ.length === 0) tally.allSame++
      else result.changes.push({case: item.name, variant: variant.name, fields: differ, ...firstDifference(original[differ[0]], reading[differ[0]])})
    }
  }
  return result
}

/** The first line (item) of two readings of a field that differs, before and after. */
function firstDifference(before: string, after: string): {before: string; after: string} {
  const a = before.split('\n')
  const b = after.split('\n')
  const at = a.findIndex((line, k) => line !== b[k])
  const k = at === -1 ? a.length : at
  return {before: a[k] ?? '~', after: b[k] ?? '~'}
}

/**
 * The report of `npm run eval -- --invariance`: per variant, the cases whose text it changed and,
 * per field, how many kept the reader's result; then every case that changed.
 * @param invariance the result of `measureInvariance`
 * @param verbose whether to list the cases that changed
 */
export function formatInvariance(invariance: Invariance, verbose: boolean): string {
  const short: Record<Field, string> = {title: 'title', kind: 'kind', organisation: 'org', place: 'place', date_start: 'start', date_end: 'end', key_message: 'key', roadmap: 'roadmap', 'point titles': 'titles', 'point bodies': 'bodies', 'figure values': 'values', 'figure labels': 'labels', outlook: 'outlook'}
  const lines = [`${invariance.cases} cases read as they are and through each change of layout; per field, the cases whose result stayed the same of those whose text the change touched`, '', `| change | touched | all fields |${FIELDS.map((field) => ` ${short[field]} |`).join('')}`, `|---|---|---|${FIELDS.map(() => '---|').join('')}`]
  for (const variant of invariance.variants) {
    const cell = (same: number) => (same === variant.applied ? '=' : `${same}`)
    lines.push(`| ${variant.name} | ${variant.applied} | ${variant.allSame}/${variant.applied} |${FIELDS.map((field) => ` ${cell(variant.same[field])} |`).join('')}`)
  }
  const touched = invariance.variants.reduce((sum, variant) => sum + variant.applied, 0)
  const kept = invariance.variants.reduce((sum, variant) => sum + variant.allSame, 0)
  lines.push('', `(= every case touched kept that field) ${kept}/${touched} readings kept every field; ${invariance.changes.length} changed`)
  if (verbose) {
    lines.push('')
    for (const change of invariance.changes) lines.push(`${change.case}  ${change.variant}  ${change.fields.join(', ')}  before ${change.before}  after ${change.after}`)
  }
  return lines.join('\n') + '\n'
}
