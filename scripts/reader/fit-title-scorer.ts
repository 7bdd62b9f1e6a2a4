#!/usr/bin/env node
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {parse as parseYaml} from 'yaml'
import {BuildError, EXIT, runMain} from '../errors.js'
import {PROJECT_ROOT} from '../project-root.js'
import {recordTitleCandidates, useTitleWeights} from '../structure/choose-title.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {FEATURES, type TitleCandidate} from '../structure/title-candidates.js'
import {TITLE_WEIGHTS} from '../structure/title-weights.js'
import {evaluate, findCases, fold, overlaps, type Case} from './evaluate.js'

const HELP = `Usage: npm run fit-titles [-- --dry-run] [-- --verbose] [-- --with-rounds N,M] [-- --check-rounds N,M]

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
    recordTitleCandidates((_sentence, body, candidates) => {
      if (!seen.has(fold(body))) seen.set(fold(body), candidates)
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
        exact: candidates.map((candidate) => options.some((option) => fold(option) === fold(candidate.text))),
        near: candidates.map((candidate) => overlaps(options, candidate.text)),
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

/** Leave-one-case-out: each case's titles chosen by weights fitted on the other cases. */
function crossValidate(groups: Group[], labels: Labels, lambda: number, active: ReadonlySet<string>): {exact: number; near: number; folds: Map<string, Float64Array>} {
  const folds = new Map<string, Float64Array>()
  let exact = 0
  let near = 0
  for (const name of new Set(groups.map((group) => group.case))) {
    const w = fit(groups.filter((group) => group.case !== name), labels, lambda, active)
    folds.set(name, w)
    const result = score(groups.filter((group) => group.case === name), w)
    exact += result.exact
    near += result.near
  }
  return {exact, near, folds}
}

/** Weights as the record `pointTitle` takes. */
function record(w: Float64Array): Record<string, number> {
  return Object.fromEntries(FEATURES.map((name, f) => [name, Math.round(w[f] * 1000) / 1000]).filter(([, value]) => value !== 0))
}

/** The eval's point-title rates of the tuning cases, each case read with the weights `weightsOf` gives it. */
async function evalRates(cases: Case[], weightsOf: (name: string) => Readonly<Record<string, number>>): Promise<string> {
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
  const percent = (count: number) => `${((count / total) * 100).toFixed(1)}% (${count}/${total})`
  return `exact ${percent(exact)}, overlap ${percent(near)}`
}

async function main(argv = process.argv.slice(2)): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: {'dry-run': {type: 'boolean'}, verbose: {type: 'boolean'}, 'with-rounds': {type: 'string'}, 'check-rounds': {type: 'string'}, help: {type: 'boolean', short: 'h'}}}).values
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
  if (values.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  // Held-out cases are read only in the rounds named: the others measure the scorer on texts it was not fitted to.
  const fitted = roundList(values['with-rounds'], '--with-rounds')
  const checked = roundList(values['check-rounds'], '--check-rounds')
  if ([...checked].some((round) => fitted.has(round))) throw new BuildError('--check-rounds: a round fitted on (--with-rounds) cannot check the fit', EXIT.usage)
  const every = findCases([path.join(PROJECT_ROOT, 'scripts/test/corpus'), path.join(PROJECT_ROOT, 'scripts/test/fixtures')])
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
  // The settings: each labelling and L2 strength with every feature; then, in one pass, each
  // feature left out when the best setting does as well without it (exact + overlap); then the
  // settings again with the features kept.
  const all = new Set<string>(FEATURES.filter((name) => !LEFT_OUT.has(name)))
  const settings = (active: ReadonlySet<string>) => {
    let best: {labels: Labels; lambda: number; exact: number; near: number; folds: Map<string, Float64Array>} | undefined
    for (const labels of LABELS) {
      for (const lambda of LAMBDAS) {
        const result = crossValidate(groups, labels, lambda, active)
        out(`| ${labels} | ${lambda} | ${active.size} | ${result.exact} | ${result.near} |`)
        if (!best || result.exact + result.near > best.exact + best.near) best = {labels, lambda, ...result}
      }
    }
    return best!
  }
  out('| labels | lambda | features | leave-one-case-out exact | overlap |')
  out('|---|---|---|---|---|')
  let chosen = settings(all)
  const active = new Set(all)
  for (const name of all) {
    const fewer = new Set([...active].filter((other) => other !== name))
    const result = {...chosen, ...crossValidate(groups, chosen.labels, chosen.lambda, fewer)}
    if (result.exact + result.near < chosen.exact + chosen.near) continue
    active.delete(name)
    chosen = result
    out(`| ${chosen.labels} | ${chosen.lambda} | ${active.size} (without ${name}) | ${chosen.exact} | ${chosen.near} |`)
  }
  chosen = settings(active)
  const w = fit(groups, chosen.labels, chosen.lambda, active)
  const inSample = score(groups, w)
  out('')
  out(`chosen: labels ${chosen.labels}, lambda ${chosen.lambda}`)
  out(`made titles: rules ${baseline.exact}/${baseline.near}, in-sample ${inSample.exact}/${inSample.near}, leave-one-case-out ${chosen.exact}/${chosen.near} (exact/overlap of ${groups.length})`)
  out(`weights: ${JSON.stringify(record(w))}`)
  out('')
  out('diagnosis of the made titles:')
  const old = Float64Array.from(FEATURES, (name) => TITLE_WEIGHTS[name] ?? 0)
  out(diagnosisLine('the rules', groups, (group) => choose(group, rule)))
  out(diagnosisLine('the weights in use', groups, (group) => choose(group, old)))
  out(diagnosisLine('the new fit, in-sample', groups, (group) => choose(group, w)))
  out(diagnosisLine('the new fit, leave-one-case-out', groups, (group) => choose(group, chosen.folds.get(group.case) ?? w)))
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
      const i = choose(group, chosen.folds.get(group.case) ?? w)
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
  out(`  leave-one-case-out    ${await evalRates(cases, (name) => record(chosen.folds.get(name) ?? w))}`)
  if (checkCases.length) {
    out(`point titles of the check set by \`npm run eval\`:`)
    out(`  the weights in use     ${await evalRates(checkCases, () => TITLE_WEIGHTS)}`)
    out(`  the new fit           ${await evalRates(checkCases, () => record(w))}`)
  }
  if (!values['dry-run']) {
    const file = path.join(PROJECT_ROOT, 'scripts/structure/title-weights.ts')
    const lines = Object.entries(record(w)).map(([name, value]) => `  ${name}: ${value},`)
    writeFileSync(file, `// Written by \`npm run fit-titles\` (scripts/reader/fit-title-scorer.ts): do not edit by hand.\n// Labels: ${chosen.labels}; L2: ${chosen.lambda}; chosen by leave-one-case-out cross-validation on the ${fittedOn.replace(/^\d+ /, '')}.\n/** The weight of each feature of a candidate title (see \`FEATURES\` in \`title-candidates.ts\`). */\nexport const TITLE_WEIGHTS: Readonly<Record<string, number>> = {\n${lines.join('\n')}\n}\n`)
    out(`wrote ${path.relative(PROJECT_ROOT, file)}`)
  }
  return EXIT.ok
}

runMain(() => main())
