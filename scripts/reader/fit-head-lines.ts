/**
 * The head-line chooser's dataset, its fit and its measure (branch headlines47; see docs/reading.md and
 * `scripts/structure/head-lines.ts`).
 *
 *   npm run fit-heads -- measure   leave-one-round-out over rounds 16–40: the chooser against the rules, per case
 *   npm run fit-heads -- fit       fit on every allowed case, write head-line-weights.json
 *   npm run fit-heads -- explain F the head lines of one text with the committed weights' probabilities
 *
 * Each allowed case (tuning cases and held-out rounds other than the check rounds 4 and 5 and the blind
 * rounds 41 and 42, whose folders are never read) is read by the real structure stage; its head lines
 * (see `headLines`) are labelled by its expected title: a line is the title when, cleaned as the reader
 * cleans it, it is one of the expected wordings, holds one that is at least half of it (`Title: …`,
 * `Episode 112 · …`), or opens one (a title wrapped over two lines). A case none of whose lines is the
 * title (a title made from who met and where) is labelled `none`. What the rules chose is the line
 * the reader's title is, or none.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {headFeatures, headLines, lineOfTitle, mayBeTitle, type HeadWeights} from '../structure/head-lines.js'
import {EXIT, runMain} from '../errors.js'
import {fold} from './evaluate.js'
import {choose, fitHeads, overrule} from './head-fit.js'

const CORPUS = path.resolve('scripts/test/corpus')
/** Rounds never read here: the check set and the rounds being written blind. */
const BLIND = new Set(['4', '5', '51', '52'])
/** The rounds measured leave-one-round-out. */
const MEASURED = Array.from({length: 35}, (_, k) => String(16 + k))
const WEIGHTS = path.resolve('scripts/structure/head-line-weights.json')

/** One case of the dataset. */
export interface HeadRow {
  case: string
  round: string | undefined
  lang: string
  lines: Array<{text: string; features: string[]; candidate: boolean}>
  /** The lines that are the title. */
  positives: number[]
  /** The line the rules' title is, or -1. */
  rules: number
  rulesTitle: string | undefined
  /** Whether the rules' title is an expected one. */
  rulesRight: boolean
}

function roundOf(name: string): string | undefined {
  return /^heldout-.*-(\d+)$/.exec(name)?.[1]
}

function options(value: unknown): string[] {
  if (value === null || value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map(String)
}

/** Whether a head line, folded, is one of the titles (folded). */
export function isTitleLine(line: string, titles: string[]): boolean {
  const f = fold(line)
  if (!f) return false
  return titles.some((title) => {
    const e = fold(title)
    if (!e) return false
    if (f === e) return true
    if ((f.endsWith(e) || f.startsWith(e)) && e.length >= 0.5 * f.length) return true
    return e.startsWith(f) && f.length >= 0.35 * e.length && f.split(' ').length >= 3
  })
}

function allowedCases(): string[] {
  return readdirSync(CORPUS, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !BLIND.has(roundOf(entry.name) ?? '') && existsSync(path.join(CORPUS, entry.name, 'expected.yml')))
    .map((entry) => entry.name)
    .sort()
}

/** One case read and labelled. */
async function caseRow(name: string): Promise<HeadRow> {
  const folder = path.join(CORPUS, name)
  const expected = parseYaml(readFileSync(path.join(folder, 'expected.yml'), 'utf8')) as {lang?: string; title?: unknown}
  const source = readFileSync(path.join(folder, 'input.txt'), 'utf8')
  const lang = String(expected.lang ?? 'en')
  const file = await readSource(path.join(folder, 'input.txt'))
  const structured = await structureSource(file)
  const rulesTitle = structured?.readout.title
  const titles = options(expected.title)
  const lines = headLines(source)
  const features = headFeatures(lines, lang)
  const texts = lines.map((line) => line.text)
  const positives = lines.map((line, k) => (mayBeTitle(line) && isTitleLine(line.text, titles) ? k : -1)).filter((k) => k !== -1)
  return {
    case: name,
    round: roundOf(name),
    lang,
    lines: lines.map((line, k) => ({text: line.text, features: features[k], candidate: mayBeTitle(line)})),
    positives,
    rules: lineOfTitle(rulesTitle, texts),
    rulesTitle,
    rulesRight: rulesTitle !== undefined && titles.some((title) => fold(title) === fold(rulesTitle)),
  }
}

/** Whether a pick is right for a case. */
function right(row: HeadRow, pick: number): boolean {
  return pick === -1 ? row.positives.length === 0 : row.positives.includes(pick)
}

function rate(n: number, total: number): string {
  return `${n}/${total} (${total ? ((100 * n) / total).toFixed(1) : '–'}%)`
}

async function rows(): Promise<HeadRow[]> {
  const cached = process.env.HEADS_ROWS
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as HeadRow[]
  const all: HeadRow[] = []
  for (const name of allowedCases()) all.push(await caseRow(name))
  if (cached) writeFileSync(cached, JSON.stringify(all))
  return all
}

async function main(): Promise<number> {
  const command = process.argv[2]
  if (command === 'explain') {
    const source = readFileSync(process.argv[3], 'utf8')
    const lines = headLines(source)
    const features = headFeatures(lines, process.argv[4] ?? 'en')
    const model = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as HeadWeights
    const {p} = choose({lines: lines.map((line, k) => ({text: line.text, features: features[k], candidate: mayBeTitle(line)})), rules: Number(process.argv[5] ?? -1)}, model)
    for (const [k, line] of lines.entries()) process.stdout.write(`${(p.get(k) ?? 0).toFixed(3)}  ${line.text.slice(0, 100)}\n    ${features[k].join(' ')}\n`)
    process.stdout.write(`${p.get(-1)!.toFixed(3)}  (none)\n`)
    return EXIT.ok
  }
  const data = await rows()
  process.stdout.write(`${data.length} cases, ${data.filter((row) => row.positives.length).length} with a title line\n`)
  if (command === 'measure') {
    const policies: Array<[number, number]> = [
      [-0.1, 0.5],
      [-0.2, 0.5],
      [-0.2, 0.6],
      [0.1, 0.5],
      [0.2, 0.5],
      [0.2, 0.6],
      [0.3, 0.6],
      [0.1, 0.7],
      [0.05, 0.8],
    ]
    process.stdout.write(`\n| round | cases | chooser | rules' line | rules' title exact | ${policies.map(([d, s]) => `rules unless <${d} & ≥${s}`).join(' | ')} |\n|${'---|'.repeat(5 + policies.length)}\n`)
    const sums = Array.from({length: 3 + policies.length}, () => 0)
    let total = 0
    const verbose = process.argv.includes('--verbose')
    for (const round of MEASURED) {
      const test = data.filter((row) => row.round === round)
      if (test.length === 0) continue
      const model = fitHeads(data.filter((row) => row.round !== round))
      const cells = Array.from({length: 3 + policies.length}, () => 0)
      for (const row of test) {
        const {pick, p} = choose(row, model)
        if (right(row, pick)) cells[0]++
        if (right(row, row.rules)) cells[1]++
        if (row.rulesRight) cells[2]++
        policies.forEach(([doubt, sure], k) => {
          if (right(row, overrule(row.rules, pick, p, doubt, sure, row.lines[0]?.text.split(' ').length))) cells[3 + k]++
        })
        if (process.argv.includes('--misses') && !right(row, pick)) process.stdout.write(`  MISS ${row.case}: chose ${pick} «${row.lines[pick]?.text.slice(0, 60) ?? '(none)'}» p ${(p.get(pick) ?? 0).toFixed(2)}; title ${row.positives.map((k) => `${k} «${row.lines[k].text.slice(0, 60)}» p ${(p.get(k) ?? 0).toFixed(2)}`).join(', ') || `(none) p ${p.get(-1)!.toFixed(2)}`}${right(row, row.rules) ? ' [rules right]' : ''}\n`)
        const [doubt, sure] = policies[1]
        const policy = overrule(row.rules, pick, p, doubt, sure, row.lines[0]?.text.split(' ').length)
        if (verbose && policy !== row.rules) process.stdout.write(`  ${right(row, policy) === right(row, row.rules) ? (right(row, policy) ? 'same' : 'miss') : right(row, policy) ? 'GAIN' : 'LOSS'} ${row.case}: rules ${row.rules} «${row.lines[row.rules]?.text.slice(0, 50) ?? row.rulesTitle?.slice(0, 50)}» → ${policy} «${row.lines[policy]?.text.slice(0, 50) ?? '(none)'}» p ${(p.get(policy) ?? 0).toFixed(2)}\n`)
      }
      cells.forEach((value, k) => (sums[k] += value))
      total += test.length
      process.stdout.write(`| ${round} | ${test.length} | ${cells.map((value) => rate(value, test.length)).join(' | ')} |\n`)
    }
    process.stdout.write(`| all | ${total} | ${sums.map((value) => rate(value, total)).join(' | ')} |\n`)
  } else if (command === 'fit') {
    const model = fitHeads(data)
    writeFileSync(WEIGHTS, `${JSON.stringify(model, null, 1)}\n`)
    const inSample = data.filter((row) => right(row, choose(row, model).pick)).length
    process.stdout.write(`${Object.keys(model.weights).length} features written to ${path.relative(process.cwd(), WEIGHTS)}; in-sample ${rate(inSample, data.length)}\n`)
  } else {
    process.stderr.write('usage: npm run fit-heads -- measure [--verbose] | fit | explain FILE [lang]\n')
    return EXIT.usage
  }
  return EXIT.ok
}

runMain(() => main())
