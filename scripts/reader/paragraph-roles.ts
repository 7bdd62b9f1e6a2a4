/**
 * The paragraph-role dataset, the model's fit and its measure (branch roleclf; see docs/reading.md).
 *
 *   node scripts/run.mjs fit-roles measure   leave-one-round-out over rounds 16–32: model vs rules, per paragraph
 *   node scripts/run.mjs fit-roles loro      leave-one-round-out over rounds 16–32 as the eval scores them: bodies and
 *                                            outlook with no model, with weights fitted without the round, with the committed ones
 *   node scripts/run.mjs fit-roles fit       fit on every allowed case, write paragraph-role-weights.json
 *
 * Each allowed case (tuning cases and held-out rounds other than 4, 5, 33 and 34, whose folders are
 * never read) is read by the real structure stage; each paragraph it sees (not the title block, the
 * dateline or a heading) is labelled by its expected file: a point when an expected body holds it
 * or it holds one, outlook when an expected outlook paragraph does, context otherwise. What the
 * rules did with it is labelled the same way against the reader's own readout.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {readSource} from '../structure/read-source.js'
import {plainTextProcessor} from '../structure/structure-source.js'
import {loadNlp} from '../structure/nlp.js'
import {detectLanguage} from '../structure/language.js'
import {paragraphsOf, readoutOf, textOf} from '../structure/state.js'
import {normaliseSpace} from '../structure/text.js'
import {LEARNED_SURE, useRoleWeights} from '../structure/learned-paragraph-roles.js'
import {evaluate, type Case} from './evaluate.js'
import {fit} from './role-fit.js'
import {ROLES, roleFeatures, roleProbabilities, type Role, type RoleWeights} from '../structure/paragraph-role-model.js'

// (`ROLES_CORPUS`: the corpus of another checkout, to read it with an older reader's code)
const CORPUS = path.resolve(process.env.ROLES_CORPUS ?? 'scripts/test/corpus')
/** Rounds never read here: the check set and this session's two blind rounds (43, 44). */
const BLIND = new Set(['4', '5', '51', '52'])
/** The rounds measured leave-one-round-out: written blind, by writers the rules had not seen. */
const MEASURED = ['16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50']

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
 * A source read by the rules alone, as the eval reads it: its language detected, the structure stage run over it.
 * @param source the text's path
 * @returns the file and its tree
 */
async function structured(source: string) {
  const file = await readSource(source)
  await loadNlp()
  file.data.lang = detectLanguage(String(file.value))
  readoutOf(file).lang = file.data.lang
  const processor = plainTextProcessor()
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return {file, tree}
}

/**
 * Read one case and label its paragraphs.
 * @param name the case's folder name
 * @returns its rows
 */
export async function caseRows(name: string): Promise<Row[]> {
  const folder = path.join(CORPUS, name)
  const expected = parseYaml(await readFile(path.join(folder, 'expected.yml'), 'utf8')) as {lang?: string; points?: Array<{body: string}>; outlook?: string[]}
  const {file, tree} = await structured(path.join(folder, 'input.txt'))
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
  // (read by the rules alone: a paragraph the model would place is one they leave, `ruleRole` none)
  useRoleWeights(NO_MODEL)
  for (const name of allowedCases(only)) rows.push(...(await caseRows(name)))
  useRoleWeights(undefined)
  return rows
}

/** Weights that are never sure of a role: the reader as its rules alone read. */
const NO_MODEL: RoleWeights = {bias: ROLES.map(() => 0), weights: {}}

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

/**
 * Each paragraph of a text (as the structure stage cuts it) with the committed model's probabilities and the
 * features that weigh most for its likeliest role against the others, and the role the rules gave it.
 * @param input the text's path
 * @returns the listing
 */
async function explain(input: string): Promise<string> {
  // (the role the rules alone give each paragraph, read first with a model that is never sure: `[rules→with the model]`)
  useRoleWeights(NO_MODEL)
  const alone = paragraphsOf((await structured(path.resolve(input))).tree).map((paragraph) => paragraph.data?.role ?? 'none')
  useRoleWeights(undefined)
  const {tree} = await structured(path.resolve(input))
  const all = paragraphsOf(tree)
  const rulesAlone = new Map(all.map((paragraph, index) => [paragraph, alone[index]]))
  const paragraphs = all.filter((paragraph) => paragraph.data?.role !== 'header' && paragraph.data?.role !== 'dateline')
  const inputs = paragraphs.map((paragraph) => ({text: normaliseSpace(textOf(paragraph)), marker: paragraph.data?.bullet?.marker}))
  const model = (await import('../structure/paragraph-role-weights.json', {with: {type: 'json'}})).default as RoleWeights
  const lines: string[] = []
  roleFeatures(inputs).forEach((features, index) => {
    const p = roleProbabilities(features, model)
    const best = p.indexOf(Math.max(...p))
    const margin = (feature: string) => {
      const w = model.weights[feature]
      return w ? w[best] - Math.max(...w.filter((_, k) => k !== best)) : 0
    }
    const top = features.filter((feature) => model.weights[feature]).sort((a, b) => Math.abs(margin(b)) - Math.abs(margin(a))).slice(0, 12)
    lines.push(`[${rulesAlone.get(paragraphs[index])}→${paragraphs[index].data?.role ?? 'none'}] ${ROLES[best]} ${p.map((v) => v.toFixed(2)).join('/')}  ${inputs[index].text.slice(0, 90)}`, `    ${top.map((feature) => `${feature} ${margin(feature).toFixed(2)}`).join(', ')}`)
  })
  return `${lines.join('\n')}\n`
}

async function main(): Promise<void> {
  const command = process.argv[2]
  if (command === 'explain') {
    // each paragraph of one text with the model's guess and the features that weigh most for it
    process.stdout.write(await explain(process.argv[3]))
    return
  }
  if (command === 'rules') {
    // one round's rows as this checkout's rules read them (run in a checkout of the reader as it was when the round was blind)
    const rows = await dataset(process.argv[3])
    writeFileSync(process.argv[4], JSON.stringify(rows.map(({features: _, ...row}) => row)))
    return
  }
  // (`ROLES_ROWS`: a file to keep the dataset in between runs of a measure, read when it is there)
  const cached = process.env.ROLES_ROWS
  const rows: Row[] = cached && existsSync(cached) ? JSON.parse(readFileSync(cached, 'utf8')) : await dataset()
  if (cached && !existsSync(cached)) writeFileSync(cached, JSON.stringify(rows))
  const byLabel = ROLES.map((role) => `${role} ${rows.filter((row) => row.label === role).length}`).join(', ')
  process.stdout.write(`${rows.length} paragraphs of ${new Set(rows.map((row) => row.case)).size} cases (${byLabel})\n`)
  if (command === 'measure') {
    process.stdout.write('\n| round | paragraphs | model | rules | model on paragraphs the rules leave to verb lists | rules on them |\n|---|---|---|---|---|---|\n')
    let [modelRight, rulesRight, total, unsureModel, unsureRules, unsureTotal] = [0, 0, 0, 0, 0, 0]
    const allTest: Row[] = []
    const allGuesses: Role[] = []
    const sure = {changed: 0, right: 0, wrong: 0}
    for (const round of MEASURED) {
      const test = rows.filter((row) => row.round === round)
      if (test.length === 0) continue
      const model = fit(rows.filter((row) => row.round !== round))
      const guesses = test.map((row) => predict(row, model))
      const m = test.filter((row, i) => guesses[i] === row.label).length
      const r = test.filter((row) => row.rules === row.label).length
      const unsure = test.map((row, i) => [row, guesses[i]] as const).filter(([row]) => row.ruleRole === 'none')
      const um = unsure.filter(([row, guess]) => guess === row.label).length
      // (where the fallback acts: a paragraph no rule placed, the model sure of a point or a step ahead the rules did not read)
      for (const row of test.filter((row) => row.ruleRole === 'none')) {
        const p = roleProbabilities(row.features, model)
        const best = p.indexOf(Math.max(...p))
        if (p[best] < 0.8 || ROLES[best] === 'context' || ROLES[best] === row.rules) continue
        sure.changed++
        if (ROLES[best] === row.label) sure.right++
        else if (row.rules === row.label) sure.wrong++
      }
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
    process.stdout.write(`\nunplaced paragraphs the model is sure (≥ 0.8) are a point or outlook the rules did not read: ${sure.changed}, ${sure.right} right, ${sure.wrong} wrong where the rules were right\n`)
    process.stdout.write(`\nmodel per role (recall): ${perRole(allTest, allGuesses)}\nrules per role (recall): ${perRole(allTest, allTest.map((row) => row.rules))}\n`)
  } else if (command === 'loro') {
    // (`fit-roles loro 0.6 0.8`: the weights fitted without each round read it at each threshold given; 0.8, `LEARNED_SURE`, by default)
    const thresholds = process.argv.slice(3).map(Number).filter((value) => value > 0 && value <= 1)
    if (thresholds.length === 0) thresholds.push(LEARNED_SURE)
    const scoreOf = async (cases: Case[], weights: RoleWeights | undefined, sure?: number) => {
      useRoleWeights(weights, sure)
      const {all} = await evaluate(cases)
      useRoleWeights(undefined)
      return {bodies: all['point bodies'], outlook: all.outlook}
    }
    const show = ({matched, total}: {matched: number; total: number}) => `${matched}/${total}`
    const named = thresholds.map((sure) => `LORO ${sure}`)
    process.stdout.write(`\n| round | cases | bodies: no model | ${named.join(' | ')} | committed | outlook: no model | ${named.join(' | ')} | committed |\n|${'---|'.repeat(2 * thresholds.length + 6)}\n`)
    const sums = Array.from({length: 2 * thresholds.length + 4}, () => ({matched: 0, total: 0}))
    for (const round of MEASURED) {
      const cases = allowedCases(round).map((name) => ({name, input: path.join(CORPUS, name, 'input.txt'), expected: path.join(CORPUS, name, 'expected.yml')}))
      if (cases.length === 0) continue
      const model = fit(rows.filter((row) => row.round !== round))
      const scores = [await scoreOf(cases, NO_MODEL)]
      for (const sure of thresholds) scores.push(await scoreOf(cases, model, sure))
      scores.push(await scoreOf(cases, undefined))
      const cells = [...scores.map((score) => score.bodies), ...scores.map((score) => score.outlook)]
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
