/**
 * The paragraph-role dataset, the model's fit and its measure (branch roleclf; see docs/reading.md).
 *
 *   node scripts/run.mjs fit-roles measure   leave-one-round-out over rounds 16–26: model vs rules, per paragraph
 *   node scripts/run.mjs fit-roles loro      leave-one-round-out over rounds 16–26 as the eval scores them: bodies and
 *                                            outlook with no model, with weights fitted without the round, with the committed ones
 *   node scripts/run.mjs fit-roles fit       fit on every allowed case, write paragraph-role-weights.json
 *
 * Each allowed case (tuning cases and held-out rounds other than 4, 5 and 27, whose folders are
 * never read) is read by the real structure stage; each paragraph it sees (not the title block, the
 * dateline or a heading) is labelled by its expected file: a point when an expected body holds it
 * or it holds one, outlook when an expected outlook paragraph does, context otherwise. What the
 * rules did with it is labelled the same way against the reader's own readout.
 */
import {readdirSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {readSource} from '../structure/read-source.js'
import {plainTextProcessor} from '../structure/structure-source.js'
import {loadNlp} from '../structure/nlp.js'
import {detectLanguage} from '../structure/language.js'
import {paragraphsOf, readoutOf, textOf} from '../structure/state.js'
import {normaliseSpace} from '../structure/text.js'
import {useRoleWeights} from '../structure/learned-paragraph-roles.js'
import {evaluate, type Case} from './evaluate.js'
import {ROLES, roleFeatures, roleProbabilities, type Role, type RoleWeights} from '../structure/paragraph-role-model.js'

// (`ROLES_CORPUS`: the corpus of another checkout, to read it with an older reader's code)
const CORPUS = path.resolve(process.env.ROLES_CORPUS ?? 'scripts/test/corpus')
/** Rounds never read here: the check set, the blind round and the one kept for later. */
const BLIND = new Set(['4', '5', '27'])
/** The rounds measured leave-one-round-out: written blind, by writers the rules had not seen. */
const MEASURED = ['16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26']

/** One paragraph of the dataset. */
export interface Row {
  case: string
  round: string | undefined
  lang: string
  text: string
  marker?: string
  /** What the expected file says it is. */
  label: Role
  /** What the reader made of it today. */
  rules: Role
  /** The role the rules' own stages left on it (`none`: left to the last stage, by its verb lists). */
  ruleRole: string
  /** Whether the rules found no decision in the text and read its paragraphs as points as a last resort. */
  lastResort: boolean
  features: string[]
}

/** The round of a held-out case (`heldout-water-numbered-5` → `5`), or undefined for a tuning case. */
function roundOf(name: string): string | undefined {
  return /^heldout-.*-(\d+)$/.exec(name)?.[1]
}

/** Text folded as the eval compares it: quotes, spaces and case. */
function fold(text: string): string {
  return text.normalize('NFC').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[;:]\s*[-–—•*]\s+/g, '; ').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Whether two folded texts are the same passage: one holds the other (the shorter of 12 characters or more). */
function same(a: string, b: string): boolean {
  if (!a || !b) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 12 && long.includes(short)
}

/** The role a paragraph has in a list of bodies and outlook paragraphs (a point first). */
function roleIn(text: string, bodies: string[], outlook: string[]): Role {
  const folded = fold(text)
  if (bodies.some((body) => same(folded, fold(body)))) return 'point'
  if (outlook.some((paragraph) => same(folded, fold(paragraph)))) return 'outlook'
  return 'context'
}

/** The allowed cases' names, blind rounds left out by name before anything is read. */
function allowedCases(only?: string): string[] {
  return readdirSync(CORPUS, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !BLIND.has(roundOf(entry.name) ?? '') && (only === undefined || roundOf(entry.name) === only))
    .map((entry) => entry.name)
    .sort()
}

/**
 * Read one case and label its paragraphs.
 * @param name the case's folder name
 * @returns its rows
 */
export async function caseRows(name: string): Promise<Row[]> {
  const folder = path.join(CORPUS, name)
  const expected = parseYaml(await readFile(path.join(folder, 'expected.yml'), 'utf8')) as {lang?: string; points?: Array<{body: string}>; outlook?: string[]}
  const file = await readSource(path.join(folder, 'input.txt'))
  await loadNlp()
  file.data.lang = detectLanguage(String(file.value))
  readoutOf(file).lang = file.data.lang
  const processor = plainTextProcessor()
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const readout = readoutOf(file)
  const bodies = (expected.points ?? []).map((point) => String(point.body))
  const outlook = (expected.outlook ?? []).map(String)
  const gotBodies = readout.pillars.map((pillar) => pillar.body)
  const paragraphs = paragraphsOf(tree).filter((paragraph) => paragraph.data?.role !== 'header' && paragraph.data?.role !== 'dateline')
  const inputs = paragraphs.map((paragraph) => ({text: normaliseSpace(textOf(paragraph)), marker: paragraph.data?.bullet?.marker}))
  const features = roleFeatures(inputs)
  const lastResort = file.messages.some((message) => message.ruleId === 'pillars')
  const rows: Row[] = []
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.data?.role === 'heading' || !inputs[index].text) return
    const text = inputs[index].text
    rows.push({case: name, round: roundOf(name), lang: String(expected.lang ?? 'en'), text, marker: inputs[index].marker, label: roleIn(text, bodies, outlook), rules: roleIn(text, gotBodies, readout.outlook), ruleRole: paragraph.data?.role ?? 'none', lastResort, features: features[index]})
  })
  return rows
}

/** Every allowed case's rows. */
export async function dataset(only?: string): Promise<Row[]> {
  const rows: Row[] = []
  for (const name of allowedCases(only)) rows.push(...(await caseRows(name)))
  return rows
}

/** Settings of the fit. */
export interface FitOptions {
  /** L2 strength per row. */
  l2: number
  /** Passes over the data. */
  epochs: number
  /** A feature is kept when it is seen in at least this many cases (no writer's own words). */
  minCases: number
}

export const DEFAULT_FIT: FitOptions = {l2: 1e-3, epochs: 60, minCases: 3}

/**
 * Fit a multinomial logistic regression by full-batch gradient descent with AdaGrad steps (deterministic).
 * @param rows the training rows
 * @param options the fit's settings
 * @returns the weights
 */
export function fit(rows: Row[], options: FitOptions = DEFAULT_FIT): RoleWeights {
  const casesOf = new Map<string, Set<string>>()
  for (const row of rows) for (const feature of row.features) (casesOf.get(feature) ?? casesOf.set(feature, new Set()).get(feature)!).add(row.case)
  const vocabulary = [...casesOf.keys()].filter((feature) => casesOf.get(feature)!.size >= options.minCases).sort()
  const id = new Map(vocabulary.map((feature, index) => [feature, index]))
  const K = ROLES.length
  const X = rows.map((row) => row.features.map((feature) => id.get(feature)).filter((index): index is number => index !== undefined))
  const y = rows.map((row) => ROLES.indexOf(row.label))
  // (each role weighs as much in total: outlook is rare, and a model that never says it is no use)
  const counts = ROLES.map((_, k) => y.filter((label) => label === k).length)
  const classWeight = counts.map((count) => rows.length / (K * Math.max(1, count)))
  const W = new Float64Array(vocabulary.length * K)
  const b = new Float64Array(K)
  const gW = new Float64Array(vocabulary.length * K)
  const gb = new Float64Array(K)
  const hW = new Float64Array(vocabulary.length * K).fill(1e-8)
  const hb = new Float64Array(K).fill(1e-8)
  const rate = 0.5
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gW.fill(0)
    gb.fill(0)
    for (let i = 0; i < X.length; i++) {
      const scores = Array.from(b)
      for (const j of X[i]) for (let k = 0; k < K; k++) scores[k] += W[j * K + k]
      const top = Math.max(...scores)
      const exps = scores.map((score) => Math.exp(score - top))
      const sum = exps.reduce((a, c) => a + c, 0)
      for (let k = 0; k < K; k++) {
        const error = (classWeight[y[i]] * (exps[k] / sum - (y[i] === k ? 1 : 0))) / X.length
        gb[k] += error
        for (const j of X[i]) gW[j * K + k] += error
      }
    }
    for (let j = 0; j < W.length; j++) {
      const gradient = gW[j] + options.l2 * W[j]
      hW[j] += gradient * gradient
      W[j] -= (rate * gradient) / Math.sqrt(hW[j])
    }
    for (let k = 0; k < K; k++) {
      hb[k] += gb[k] * gb[k]
      b[k] -= (rate * gb[k]) / Math.sqrt(hb[k])
    }
  }
  const round = (value: number) => Math.round(value * 1000) / 1000
  const weights: Record<string, number[]> = {}
  vocabulary.forEach((feature, j) => {
    const row = Array.from(W.subarray(j * K, j * K + K), round)
    if (row.some((value) => Math.abs(value) >= 0.01)) weights[feature] = row
  })
  return {bias: Array.from(b, round), weights}
}

/** The model's role for a row. */
export function predict(row: Row, model: RoleWeights): Role {
  const probabilities = roleProbabilities(row.features, model)
  return ROLES[probabilities.indexOf(Math.max(...probabilities))]
}

/** A count right of a total, as `n/N (p%)`. */
function rate(right: number, total: number): string {
  return `${right}/${total} (${total ? ((100 * right) / total).toFixed(1) : '–'}%)`
}

/** Per-role recall of predictions against labels, as text. */
function perRole(rows: Row[], guesses: Role[]): string {
  return ROLES.map((role) => {
    const of = rows.map((row, i) => [row, guesses[i]] as const).filter(([row]) => row.label === role)
    return `${role} ${rate(of.filter(([row, guess]) => guess === row.label).length, of.length)}`
  }).join(', ')
}

async function main(): Promise<void> {
  const command = process.argv[2]
  if (command === 'rules') {
    // one round's rows as this checkout's rules read them (run in a checkout of the reader as it was when the round was blind)
    const rows = await dataset(process.argv[3])
    writeFileSync(process.argv[4], JSON.stringify(rows.map(({features: _, ...row}) => row)))
    return
  }
  const rows = await dataset()
  const byLabel = ROLES.map((role) => `${role} ${rows.filter((row) => row.label === role).length}`).join(', ')
  process.stdout.write(`${rows.length} paragraphs of ${new Set(rows.map((row) => row.case)).size} cases (${byLabel})\n`)
  if (command === 'measure') {
    process.stdout.write('\n| round | paragraphs | model | rules | model on paragraphs the rules leave to verb lists | rules on them |\n|---|---|---|---|---|---|\n')
    let [modelRight, rulesRight, total, unsureModel, unsureRules, unsureTotal] = [0, 0, 0, 0, 0, 0]
    const allTest: Row[] = []
    const allGuesses: Role[] = []
    for (const round of MEASURED) {
      const test = rows.filter((row) => row.round === round)
      if (test.length === 0) continue
      const model = fit(rows.filter((row) => row.round !== round))
      const guesses = test.map((row) => predict(row, model))
      const m = test.filter((row, i) => guesses[i] === row.label).length
      const r = test.filter((row) => row.rules === row.label).length
      const unsure = test.map((row, i) => [row, guesses[i]] as const).filter(([row]) => row.ruleRole === 'none')
      const um = unsure.filter(([row, guess]) => guess === row.label).length
      const ur = unsure.filter(([row]) => row.rules === row.label).length
      process.stdout.write(`| ${round} | ${test.length} | ${rate(m, test.length)} | ${rate(r, test.length)} | ${rate(um, unsure.length)} | ${rate(ur, unsure.length)} |\n`)
      modelRight += m
      rulesRight += r
      total += test.length
      unsureModel += um
      unsureRules += ur
      unsureTotal += unsure.length
      allTest.push(...test)
      allGuesses.push(...guesses)
    }
    process.stdout.write(`| all | ${total} | ${rate(modelRight, total)} | ${rate(rulesRight, total)} | ${rate(unsureModel, unsureTotal)} | ${rate(unsureRules, unsureTotal)} |\n`)
    process.stdout.write(`\nmodel per role (recall): ${perRole(allTest, allGuesses)}\nrules per role (recall): ${perRole(allTest, allTest.map((row) => row.rules))}\n`)
  } else if (command === 'loro') {
    // (the committed weights as read at the start; no model: weights that are never sure)
    const none: RoleWeights = {bias: ROLES.map(() => 0), weights: {}}
    const scoreOf = async (cases: Case[], weights: RoleWeights | undefined) => {
      useRoleWeights(weights)
      const {all} = await evaluate(cases)
      useRoleWeights(undefined)
      return {bodies: all['point bodies'], outlook: all.outlook}
    }
    const show = ({matched, total}: {matched: number; total: number}) => `${matched}/${total}`
    process.stdout.write('\n| round | cases | bodies: no model | LORO model | committed | outlook: no model | LORO model | committed |\n|---|---|---|---|---|---|---|---|\n')
    const sums = Array.from({length: 6}, () => ({matched: 0, total: 0}))
    for (const round of MEASURED) {
      const cases = allowedCases(round).map((name) => ({name, input: path.join(CORPUS, name, 'input.txt'), expected: path.join(CORPUS, name, 'expected.yml')}))
      if (cases.length === 0) continue
      const [bare, loro, committed] = [await scoreOf(cases, none), await scoreOf(cases, fit(rows.filter((row) => row.round !== round))), await scoreOf(cases, undefined)]
      const cells = [bare.bodies, loro.bodies, committed.bodies, bare.outlook, loro.outlook, committed.outlook]
      cells.forEach((cell, k) => {
        sums[k].matched += cell.matched
        sums[k].total += cell.total
      })
      process.stdout.write(`| ${round} | ${cases.length} | ${cells.map(show).join(' | ')} |\n`)
    }
    process.stdout.write(`| all | | ${sums.map(show).join(' | ')} |\n`)
  } else if (command === 'dump') {
    // every allowed row with its leave-one-round-out probabilities (tuning cases and the other rounds: one fold of their own), for analysis
    const out: Array<Omit<Row, 'features'> & {p: number[]}> = []
    for (const round of [...new Set(rows.map((row) => row.round ?? 'tuning'))]) {
      const inRound = (row: Row) => (row.round ?? 'tuning') === round
      const model = fit(rows.filter((row) => !inRound(row)))
      for (const row of rows.filter(inRound)) out.push({...row, features: undefined, p: roleProbabilities(row.features, model).map((value) => Math.round(value * 1000) / 1000)} as never)
    }
    writeFileSync(process.argv[3] ?? '/tmp/paragraph-roles.json', JSON.stringify(out))
  } else if (command === 'fit') {
    const model = fit(rows)
    const out = path.resolve('scripts/structure/paragraph-role-weights.json')
    writeFileSync(out, `${JSON.stringify(model)}\n`)
    const right = rows.filter((row) => predict(row, model) === row.label).length
    process.stdout.write(`${Object.keys(model.weights).length} features written to ${path.relative(process.cwd(), out)}; in-sample ${rate(right, rows.length)}\n`)
  } else {
    process.stderr.write('usage: node scripts/run.mjs fit-roles measure|loro|fit|dump|rules\n')
    process.exitCode = 2
  }
}

await main()
