#!/usr/bin/env node
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {parse as parseYaml} from 'yaml'
import {BuildError, EXIT, runMain} from '../errors.js'
import {PROJECT_ROOT} from '../project-root.js'
import {recordTitleCandidates, ruleTitle, useTitleWeights} from '../structure/choose-title.js'
import {withoutForWhom} from '../structure/for-whom.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {FEATURES, type TitleCandidate} from '../structure/title-candidates.js'
import {TITLE_WEIGHTS} from '../structure/title-weights.js'
import {evaluate, findCases, fold, overlaps, type Case} from './evaluate.js'

const HELP = `Usage: npm run fit-titles [-- --dry-run] [-- --verbose] [-- --with-rounds N,M | --except-rounds N,M] [-- --by-round] [-- --all-features] [-- --check-rounds N,M]

Fit the point-title scorer (scripts/structure/title-weights.ts) on the tuning cases of the reading
corpus (and the held-out rounds --with-rounds names, no other heldout-* case): read each case with
the real structure stage, collect the candidate titles of every point that has no title of its own,
label a candidate right when it is one of the expected wordings (or, by the eval's content-word
overlap, near one), and fit a linear scorer. The regularisation and the labelling are chosen by
leave-one-case-out cross-validation; the rates of the rules' title, the fitted scorer in-sample and
leave-one-case-out are printed, with a diagnosis of the misses: no right candidate among those made
(generation) or a right one made and another chosen (choice).

  --dry-run            print the rates, do not write title-weights.ts
  --verbose            also list every point where the scorer (leave-one-case-out) or the rules miss
  --with-rounds N,M    fit on these held-out rounds too (heldout-…-N), as rounds already read
  --except-rounds N,M  fit on every held-out round but these (the development set of
                       \`npm run eval -- --except-rounds N,M\`)
  --by-round           cross-validate leave-one-round-out (the tuning cases are one round)
                       instead of leave-one-case-out, and measure the whole fit so: each round
                       read by \`npm run eval\` with weights whose settings and features were
                       chosen and fitted without it
  --all-features       fit every feature (but \`rule\`): choose only the labelling and the
                       L2 strength, leave no feature out (twenty times faster with --by-round)
  --check-rounds N,M   read these held-out rounds with the old and the new weights and print their
                       counts only (never a point of theirs): rounds kept unseen as a check
  --help               show this help
`

/** One point whose title is made: its case, its candidates and which of them are right. */
interface Group {
  case: string
  candidates: TitleCandidate[]
  x: Float64Array[]
  exact: boolean[]
  near: boolean[]
}

/** How a candidate counts as right when fitting: an expected wording, near one, or near only when none is exact. */
type Labels = 'exact' | 'near' | 'tiered'

/**
 * Features the scorer is not fitted on. `rule` (the candidate is the hand-written rules' title):
 * those rules were tuned by hand on these very cases (63.8% exact here, 43.0% on the held-out
 * cases), so its weight fitted here would be too high, and leaving a case out does not remove what
 * the rules learnt from it: cross-validation cannot measure it. The rules' title stays a candidate.
 */
const LEFT_OUT = new Set<string>(process.env.FIT_TITLES_WITH_RULE ? [] : ['rule'])

/** The settings tried by cross-validation. */
const LAMBDAS = [0.003, 0.03]
const LABELS: Labels[] = ['exact', 'tiered']
const ITERATIONS = 150

/**
 * The candidates of every made title in the tuning cases, paired with the expected point of the
 * same body.
 */
async function collect(cases: Case[]): Promise<Group[]> {
  const groups: Group[] = []
  for (const item of cases) {
    const seen = new Map<string, TitleCandidate[]>()
    // the first sentence a point's title is made from (a second one is tried only when that title is taken)
    // (a point a hand-written rule titles whatever the scorer says is no point to fit on: its
    // candidates are recorded as none)
    recordTitleCandidates((sentence, body, candidates) => {
      if (!seen.has(fold(body))) seen.set(fold(body), ruleTitle(sentence, candidates) === undefined ? candidates : [])
    })
    try {
      await structureSource(await readSource(item.input))
    } finally {
      recordTitleCandidates(undefined)
    }
    const expected = parseYaml(readFileSync(item.expected, 'utf8')) as {points?: Array<{title: string | string[]; body: string}>}
    for (const point of expected.points ?? []) {
      const candidates = seen.get(fold(String(point.body)))
      if (!candidates?.length) continue
      const options = (Array.isArray(point.title) ? point.title : [point.title]).map(String)
      groups.push({
        case: item.name,
        candidates,
        x: candidates.map((candidate) => Float64Array.from(FEATURES, (name) => candidate.features[name])),
        // (right as the reader shows it: without a last `for …` that names who it is for)
        exact: candidates.map((candidate) => options.some((option) => fold(option) === fold(withoutForWhom(candidate.text)))),
        near: candidates.map((candidate) => overlaps(options, withoutForWhom(candidate.text))),
      })
    }
  }
  return groups
}

/** The round of a held-out case (`heldout-water-numbered-5` → `5`), or undefined for a tuning case. */
function heldOutRound(name: string): string | undefined {
  return /^heldout-.*-(\d+)$/.exec(name)?.[1]
}

/** A comma-separated list of round numbers (empty when the option is not given). */
function roundList(value: string | undefined, option: string): Set<string> {
  if (value === undefined) return new Set()
  const rounds = value.split(',').map((part) => part.trim())
  if (rounds.some((round) => !/^\d+$/.test(round))) throw new BuildError(`${option}: expected round numbers separated by commas, e.g. 1,2,3 (got \`${value}\`)`, EXIT.usage)
  return new Set(rounds)
}

/**
 * Where the titles of these groups go wrong, exact and by overlap: how many have a right
 * candidate at all, how many the weights choose right, and of the rest how many have none to
 * choose (generation) and how many have one but another was chosen (choice).
 */
function diagnose(groups: Group[], chosenOf: (group: Group) => number): {exact: Diagnosis; near: Diagnosis} {
  const count = (right: (group: Group) => boolean[]): Diagnosis => {
    const result = {right: 0, generation: 0, choice: 0}
    for (const group of groups) {
      const good = right(group)
      if (good[chosenOf(group)]) result.right++
      else if (good.some(Boolean)) result.choice++
      else result.generation++
    }
    return result
  }
  return {exact: count((group) => group.exact), near: count((group) => group.near)}
}

/** How a set of made titles fares: chosen right, no right candidate, a right one not chosen. */
interface Diagnosis {
  right: number
  generation: number
  choice: number
}

/** A diagnosis as one line. */
function diagnosisLine(label: string, groups: Group[], chosenOf: (group: Group) => number): string {
  const {exact, near} = diagnose(groups, chosenOf)
  const part = (d: Diagnosis) => `right ${d.right}, no right candidate ${d.generation}, right one not chosen ${d.choice}`
  return `  ${label}: exact: ${part(exact)}; overlap: ${part(near)} (of ${groups.length})`
}

/** Which candidates of a group count as right under `labels`. */
function positives(group: Group, labels: Labels): boolean[] {
  if (labels === 'exact') return group.exact
  if (labels === 'near') return group.near
  return group.exact.some(Boolean) ? group.exact : group.near
}

/**
 * Fit the weights of a conditional logit (a softmax over each point's candidates) that maximises
 * the probability of the right candidates, with an L2 penalty, by Adam.
 * @returns the weight of each feature, in the order of `FEATURES`
 */
function fit(groups: Group[], labels: Labels, lambda: number, active: ReadonlySet<string>): Float64Array {
  const n = FEATURES.length
  const w = new Float64Array(n)
  const m = new Float64Array(n)
  const v = new Float64Array(n)
  const on = FEATURES.map((name, f) => (active.has(name) ? f : -1)).filter((f) => f !== -1)
  // every candidate's features in one array, the points as ranges of it
  const used = groups.map((group) => ({group, right: positives(group, labels)})).filter(({right}) => right.some(Boolean) && !right.every(Boolean))
  if (used.length === 0) return w
  const rows = used.reduce((sum, {group}) => sum + group.x.length, 0)
  // each row's active features that are not zero, in the order of `FEATURES` (most are zero: a
  // sparse row gives the same sums several times faster)
  const index: number[] = []
  const value: number[] = []
  const cells = new Int32Array(rows + 1)
  const right = new Uint8Array(rows)
  const starts = new Int32Array(used.length + 1)
  let row = 0
  used.forEach(({group, right: good}, g) => {
    starts[g] = row
    group.x.forEach((features, i) => {
      cells[row] = index.length
      for (const f of on) {
        if (features[f] === 0) continue
        index.push(f)
        value.push(features[f])
      }
      right[row++] = good[i] ? 1 : 0
    })
  })
  cells[rows] = index.length
  starts[used.length] = row
  const fs = Int32Array.from(index)
  const xs = Float64Array.from(value)
  const p = new Float64Array(rows)
  const gradient = new Float64Array(n)
  for (let step = 1; step <= ITERATIONS; step++) {
    gradient.fill(0)
    for (let g = 0; g < used.length; g++) {
      let top = -Infinity
      for (let r = starts[g]; r < starts[g + 1]; r++) {
        let score = 0
        for (let c = cells[r]; c < cells[r + 1]; c++) score += w[fs[c]] * xs[c]
        p[r] = score
        if (score > top) top = score
      }
      let total = 0
      let good = 0
      for (let r = starts[g]; r < starts[g + 1]; r++) {
        p[r] = Math.exp(p[r] - top)
        total += p[r]
        if (right[r]) good += p[r]
      }
      // d(-log Σ_right p)/dw = Σ (p_i − r_i) x_i, r the probabilities among the right candidates
      for (let r = starts[g]; r < starts[g + 1]; r++) {
        const coefficient = p[r] / total - (right[r] ? p[r] / good : 0)
        for (let c = cells[r]; c < cells[r + 1]; c++) gradient[fs[c]] += coefficient * xs[c]
      }
    }
    for (const f of on) {
      const g = gradient[f] / used.length + lambda * w[f]
      m[f] = 0.9 * m[f] + 0.1 * g
      v[f] = 0.999 * v[f] + 0.001 * g * g
      w[f] -= (0.1 * (m[f] / (1 - 0.9 ** step))) / (Math.sqrt(v[f] / (1 - 0.999 ** step)) + 1e-8)
    }
  }
  return w
}

function dot(w: Float64Array, x: Float64Array): number {
  let sum = 0
  for (let f = 0; f < w.length; f++) sum += w[f] * x[f]
  return sum
}

/** The candidate the weights choose (the first of the best, as `pointTitle` does). */
function choose(group: Group, w: Float64Array): number {
  let best = 0
  let bestScore = -Infinity
  group.x.forEach((x, i) => {
    const score = dot(w, x)
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  })
  return best
}

/** How many groups get an exact and a near title with these weights. */
function score(groups: Group[], w: Float64Array): {exact: number; near: number} {
  let exact = 0
  let near = 0
  for (const group of groups) {
    const i = choose(group, w)
    if (group.exact[i]) exact++
    if (group.near[i]) near++
  }
  return {exact, near}
}

/**
 * The fold a case is left out with when cross-validating: the case itself (leave-one-case-out), or
 * with `--by-round` its held-out round, the tuning cases and fixtures being one round of their own.
 */
let foldOf = (name: string): string => name

/** Whether features are left out when the fit does as well without them (not with `--all-features`). */
let pruning = true

/** The fold of a case when the folds are rounds. */
function roundOf(name: string): string {
  return heldOutRound(name) ?? 'tuning'
}

/** Cross-validation: each fold's titles (a case's, or a round's) chosen by weights fitted on the other folds. */
function crossValidate(groups: Group[], labels: Labels, lambda: number, active: ReadonlySet<string>): {exact: number; near: number; folds: Map<string, Float64Array>} {
  const folds = new Map<string, Float64Array>()
  let exact = 0
  let near = 0
  for (const name of new Set(groups.map((group) => foldOf(group.case)))) {
    const w = fit(groups.filter((group) => foldOf(group.case) !== name), labels, lambda, active)
    folds.set(name, w)
    const result = score(groups.filter((group) => foldOf(group.case) === name), w)
    exact += result.exact
    near += result.near
  }
  return {exact, near, folds}
}

/** The settings and features chosen by cross-validation, with its counts and each fold's weights. */
interface Selection {
  labels: Labels
  lambda: number
  active: Set<string>
  exact: number
  near: number
  folds: Map<string, Float64Array>
}

/**
 * Choose the labelling, the L2 strength and the features by cross-validation on these groups:
 * each labelling and strength with every feature; then, in one pass, each feature left out when
 * the best setting does as well without it (exact + overlap); then the settings again with the
 * features kept. With `--all-features`, the first step only.
 * @param out where each step's counts are written (nothing when undefined)
 */
function select(groups: Group[], out?: (line: string) => void): Selection {
  const all = new Set<string>(FEATURES.filter((name) => !LEFT_OUT.has(name)))
  const settings = (active: Set<string>): Selection => {
    let best: Selection | undefined
    for (const labels of LABELS) {
      for (const lambda of LAMBDAS) {
        const result = crossValidate(groups, labels, lambda, active)
        out?.(`| ${labels} | ${lambda} | ${active.size} | ${result.exact} | ${result.near} |`)
        if (!best || result.exact + result.near > best.exact + best.near) best = {labels, lambda, active, ...result}
      }
    }
    return best!
  }
  let chosen = settings(all)
  if (!pruning) return chosen
  const active = new Set(all)
  for (const name of all) {
    const fewer = new Set([...active].filter((other) => other !== name))
    const result = {...chosen, ...crossValidate(groups, chosen.labels, chosen.lambda, fewer)}
    if (result.exact + result.near < chosen.exact + chosen.near) continue
    active.delete(name)
    chosen = result
    out?.(`| ${chosen.labels} | ${chosen.lambda} | ${active.size} (without ${name}) | ${chosen.exact} | ${chosen.near} |`)
  }
  return settings(active)
}

/** Weights as the record `pointTitle` takes. */
function record(w: Float64Array): Record<string, number> {
  return Object.fromEntries(FEATURES.map((name, f) => [name, Math.round(w[f] * 1000) / 1000]).filter(([, value]) => value !== 0))
}

/** The eval's point-title rates of these cases, each case read with the weights `weightsOf` gives it. */
async function evalRates(cases: Case[], weightsOf: (name: string) => Readonly<Record<string, number>>): Promise<string> {
  const {exact, near, total} = await pointTitleCounts(cases, weightsOf)
  const percent = (count: number) => `${((count / total) * 100).toFixed(1)}% (${count}/${total})`
  return `exact ${percent(exact)}, overlap ${percent(near)}`
}

/** The eval's point titles of these cases that are right, exact and by overlap, each case read with the weights `weightsOf` gives it. */
async function pointTitleCounts(cases: Case[], weightsOf: (name: string) => Readonly<Record<string, number>>): Promise<{exact: number; near: number; total: number}> {
  let exact = 0
  let near = 0
  let total = 0
  for (const item of cases) {
    useTitleWeights(weightsOf(item.name))
    try {
      const result = await evaluate([item])
      exact += result.all['point titles'].matched
      near += result.near.all['point titles'].matched
      total += result.all['point titles'].total
    } finally {
      useTitleWeights(undefined)
    }
  }
  return {exact, near, total}
}

async function main(argv = process.argv.slice(2)): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: {'dry-run': {type: 'boolean'}, verbose: {type: 'boolean'}, 'with-rounds': {type: 'string'}, 'except-rounds': {type: 'string'}, 'by-round': {type: 'boolean'}, 'all-features': {type: 'boolean'}, 'check-rounds': {type: 'string'}, help: {type: 'boolean', short: 'h'}}}).values
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
  if (values.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  // Held-out cases are read only in the rounds named: the others measure the scorer on texts it was not fitted to.
  if (values['with-rounds'] !== undefined && values['except-rounds'] !== undefined) throw new BuildError('--with-rounds and --except-rounds: give one of them', EXIT.usage)
  const every = findCases([path.join(PROJECT_ROOT, 'scripts/test/corpus'), path.join(PROJECT_ROOT, 'scripts/test/fixtures')])
  const left = roundList(values['except-rounds'], '--except-rounds')
  const fitted = values['except-rounds'] === undefined ? roundList(values['with-rounds'], '--with-rounds') : new Set(every.map((item) => heldOutRound(item.name)).filter((round): round is string => round !== undefined && !left.has(round)).sort((a, b) => Number(a) - Number(b)))
  const checked = roundList(values['check-rounds'], '--check-rounds')
  if ([...checked].some((round) => fitted.has(round))) throw new BuildError('--check-rounds: a round fitted on (--with-rounds) cannot check the fit', EXIT.usage)
  if (values['by-round']) foldOf = roundOf
  if (values['all-features']) pruning = false
  const folding = values['by-round'] ? 'leave-one-round-out' : 'leave-one-case-out'
  const cases = every.filter((item) => heldOutRound(item.name) === undefined ? !item.name.startsWith('heldout-') : fitted.has(heldOutRound(item.name)!))
  const checkCases = every.filter((item) => checked.has(heldOutRound(item.name) ?? ''))
  const groups = await collect(cases)
  const out = (line: string) => process.stdout.write(`${line}\n`)
  const rule = Float64Array.from(FEATURES, (name) => (name === 'rule' ? 1 : 0))
  const reachable = {exact: groups.filter((group) => group.exact.some(Boolean)).length, near: groups.filter((group) => group.near.some(Boolean)).length}
  const baseline = score(groups, rule)
  const fittedOn = `${cases.length} cases (tuning${fitted.size ? ` and held-out round${fitted.size > 1 ? 's' : ''} ${[...fitted].join(', ')}` : ''})`
  out(`${groups.length} made titles in ${fittedOn}, ${groups.reduce((sum, group) => sum + group.candidates.length, 0)} candidates`)
  out(`a right candidate among them: exact ${reachable.exact}, overlap ${reachable.near}`)
  out(`the rules' title: exact ${baseline.exact}, overlap ${baseline.near}`)
  out('')
  out(`| labels | lambda | features | ${folding} exact | overlap |`)
  out('|---|---|---|---|---|')
  const chosen = select(groups, out)
  const active = chosen.active
  const w = fit(groups, chosen.labels, chosen.lambda, active)
  const inSample = score(groups, w)
  // (written before the measures below, which take minutes with --by-round)
  if (!values['dry-run']) {
    const file = path.join(PROJECT_ROOT, 'scripts/structure/title-weights.ts')
    const lines = Object.entries(record(w)).map(([name, value]) => `  ${name}: ${value},`)
    writeFileSync(file, `// Written by \`npm run fit-titles\` (scripts/reader/fit-title-scorer.ts): do not edit by hand.\n// Labels: ${chosen.labels}; L2: ${chosen.lambda}; chosen by ${folding} cross-validation on the ${fittedOn.replace(/^\d+ /, '')}.\n/** The weight of each feature of a candidate title (see \`FEATURES\` in \`title-candidates.ts\`). */\nexport const TITLE_WEIGHTS: Readonly<Record<string, number>> = {\n${lines.join('\n')}\n}\n`)
    out(`wrote ${path.relative(PROJECT_ROOT, file)}`)
  }
  out('')
  out(`chosen: labels ${chosen.labels}, lambda ${chosen.lambda}`)
  out(`made titles: rules ${baseline.exact}/${baseline.near}, in-sample ${inSample.exact}/${inSample.near}, ${folding} ${chosen.exact}/${chosen.near} (exact/overlap of ${groups.length})`)
  out(`weights: ${JSON.stringify(record(w))}`)
  out('')
  out('diagnosis of the made titles:')
  const old = Float64Array.from(FEATURES, (name) => TITLE_WEIGHTS[name] ?? 0)
  out(diagnosisLine('the rules', groups, (group) => choose(group, rule)))
  out(diagnosisLine('the weights in use', groups, (group) => choose(group, old)))
  out(diagnosisLine('the new fit, in-sample', groups, (group) => choose(group, w)))
  out(diagnosisLine(`the new fit, ${folding}`, groups, (group) => choose(group, chosen.folds.get(foldOf(group.case)) ?? w)))
  if (checkCases.length) {
    // counts only: these rounds stay unseen, so none of their points is printed
    const checkGroups = await collect(checkCases)
    out(`check set, held-out round${checked.size > 1 ? 's' : ''} ${[...checked].join(', ')} (${checkCases.length} cases), counts only:`)
    out(diagnosisLine('the rules', checkGroups, (group) => choose(group, rule)))
    out(diagnosisLine('the weights in use', checkGroups, (group) => choose(group, old)))
    out(diagnosisLine('the new fit', checkGroups, (group) => choose(group, w)))
  }
  if (values.verbose) {
    for (const group of groups) {
      const i = choose(group, chosen.folds.get(foldOf(group.case)) ?? w)
      const r = choose(group, rule)
      if (group.exact[i] && group.exact[r]) continue
      const right = group.candidates.filter((_, k) => group.exact[k]).map((c) => c.text)
      out(`${group.case}  chose ${group.exact[i] ? '=' : group.near[i] ? '~' : 'x'} ${group.candidates[i].text}  rules ${group.exact[r] ? '=' : group.near[r] ? '~' : 'x'} ${group.candidates[r].text}  right: ${right.join(' | ') || '-'}  of ${group.candidates.map((c) => c.text).join(' / ')}`)
    }
  }
  out('')
  out(`point titles of the ${fittedOn} by \`npm run eval\`:`)
  out(`  the rules' title       ${await evalRates(cases, () => ({rule: 1}))}`)
  out(`  the weights in use     ${await evalRates(cases, () => TITLE_WEIGHTS)}`)
  out(`  in-sample             ${await evalRates(cases, () => record(w))}`)
  out(`  ${folding.padEnd(21)} ${await evalRates(cases, (name) => record(chosen.folds.get(foldOf(name)) ?? w))}`)
  if (values['by-round']) {
    // The whole fit cross-validated: each round's settings, features and weights chosen without it
    // (the counts above chose them once, on every round, so they flatter the fit a little)
    out('')
    out('the whole fit leave-one-round-out, each round read by `npm run eval` (exact, overlap):')
    out('| round | cases | the weights in use | the fit without the round | its settings |')
    out('|---|---|---|---|---|')
    const total = {old: [0, 0], new: [0, 0], of: 0}
    for (const round of new Set(cases.map((item) => roundOf(item.name)))) {
      const others = groups.filter((group) => roundOf(group.case) !== round)
      const own = select(others)
      const weights = record(fit(others, own.labels, own.lambda, own.active))
      const these = cases.filter((item) => roundOf(item.name) === round)
      const [before, after] = [await pointTitleCounts(these, () => TITLE_WEIGHTS), await pointTitleCounts(these, () => weights)]
      total.old[0] += before.exact
      total.old[1] += before.near
      total.new[0] += after.exact
      total.new[1] += after.near
      total.of += before.total
      out(`| ${round} | ${these.length} | ${before.exact}, ${before.near} | ${after.exact}, ${after.near} | ${own.labels}, ${own.lambda}, ${own.active.size} features |`)
    }
    out(`| all | ${cases.length} | ${total.old[0]}, ${total.old[1]} | ${total.new[0]}, ${total.new[1]} | of ${total.of} titles |`)
  }
  if (checkCases.length) {
    out(`point titles of the check set by \`npm run eval\`:`)
    out(`  the weights in use     ${await evalRates(checkCases, () => TITLE_WEIGHTS)}`)
    out(`  the new fit           ${await evalRates(checkCases, () => record(w))}`)
  }
  return EXIT.ok
}

runMain(() => main())
