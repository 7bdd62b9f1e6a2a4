#!/usr/bin/env node
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BuildError, EXIT, runMain} from '../errors.js'
import {PROJECT_ROOT} from '../project-root.js'
import {type Candidate} from '../structure/label-candidates.js'
import {chooseByRules, chooseLabel, SCORER_FEATURES, shorteningOnly, withScorerFeatures, type LabelWeights} from '../structure/label-scorer.js'
import {findCases, fold, overlaps} from './evaluate.js'
import {figuresByValue} from './figures-by-value.js'

const HELP = `Usage: npm run fit-labels [-- --with-rounds N,M]

Fit the figure-label scorer (scripts/structure/label-scorer.ts) on the tuning cases of the reading
corpus (and the held-out rounds --with-rounds names, no other heldout-* case): read each case, record every
figure's candidate labels, pair the figures with the expected ones by value, and fit the weights
of a conditional logit (softmax over a figure's candidates) with an L2 penalty. The penalty is
chosen by leave-one-case-out cross-validation within the cases read. It prints the rates of the
rules' label, of the best candidate (the ceiling), of the two general rules the reader uses
(chooseByRules, nothing fitted) and of the fitted scorer, free or only shortening the rules' choice
(shorteningOnly), in sample and left out, and the weights.
It also counts how often a right label is among a figure's candidates at all (a miss with none is
one of generation, a miss with one another beat is one of choice). The reader uses a scorer only
when it does better left out, gains on the check set and breaks no unit-tested reading: neither
scorer has, so the two rules choose (docs/reading.md).

  --with-rounds N,M    fit on these held-out rounds too (heldout-…-N), as rounds already read;
                       never the check set (4, 5) nor the blind round (16)
`

/** Rounds that are never read to fit: the check set and the blind round. */
const UNSEEN = new Set(['4', '5', '16'])

/** A figure of a tuning case with its candidates and how well each matches the expected labels. */
interface Group {
  case: string
  candidates: Candidate[]
  expected: unknown
  /** Per candidate: 1 exact, 0.5 by overlap only, 0 a miss. */
  target: number[]
}

const PENALTIES = [0.1, 1, 10]

async function main(argv = process.argv.slice(2)): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: {'with-rounds': {type: 'string'}, help: {type: 'boolean', short: 'h'}}}).values
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
  if (values.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  const rounds = roundList(values['with-rounds'])
  const groups = await readGroups(rounds)
  const cases = [...new Set(groups.map((group) => group.case))]
  process.stdout.write(`${groups.length} figures with candidates in ${cases.length} cases (tuning${rounds.size ? ` and held-out round${rounds.size > 1 ? 's' : ''} ${[...rounds].join(', ')}` : ''})\n`)
  const reachable = (level: number) => groups.filter((group) => group.target.some((value) => value >= level)).length
  process.stdout.write(`a right label among the candidates: exact ${reachable(1)}, overlap ${reachable(0.5)}; none (a miss of generation): exact ${groups.length - reachable(1)}, overlap ${groups.length - reachable(0.5)}\n\n`)
  const rule = rates(groups, groups.map((group) => group.candidates[0].label))
  process.stdout.write(`| scorer | exact | overlap |\n|---|---|---|\n| rules' label | ${format(rule)} |\n`)
  const oracle = {exact: groups.filter((group) => group.target.includes(1)).length, near: groups.filter((group) => group.target.some((value) => value > 0)).length, total: groups.length}
  process.stdout.write(`| best candidate (ceiling) | ${format(oracle)} |\n`)
  if (process.env.FIT_LABELS_DEBUG) for (const group of groups.filter((item) => item.target[0] === 0)) process.stderr.write(`${group.case}: ${JSON.stringify(group.expected)}\n${group.candidates.map((candidate, index) => `   ${group.target[index]} ${candidate.label}`).join('\n')}\n`)
  for (const [name, which] of [['place', {place: true}], ['share', {share: true}], ['place + share', {place: true, share: true}], ['place + share + bare count', {place: true, share: true, bare: true}]] as const) {
    process.stdout.write(`| rules over the candidates: ${name} (nothing fitted) | ${format(rates(groups, groups.map((group) => chooseByRules(group.candidates, which))))} |\n`)
  }
  if (process.env.FIT_LABELS_DEBUG) {
    for (const group of groups) {
      const chosen = chooseByRules(group.candidates)
      if (chosen !== group.candidates[0].label) process.stderr.write(`${group.case}: ${group.candidates[0].label} [${group.target[0]}] -> ${chosen} [${group.target[group.candidates.findIndex((candidate) => candidate.label === chosen)]}]  expected ${JSON.stringify(group.expected)}\n`)
    }
  }
  let best = {penalty: PENALTIES[0], score: -1}
  for (const penalty of PENALTIES) {
    const loco = leaveOneCaseOut(groups, cases, penalty)
    process.stdout.write(`| fitted, L2 ${penalty}, leave-one-case-out | ${format(loco)} |\n`)
    if (loco.exact + loco.near > best.score) best = {penalty, score: loco.exact + loco.near}
  }
  // a safer scorer: it may only keep the rules' choice or cut phrases off its end, so it never
  // makes a label whose phrases are out of order or a passive the rules did not choose
  const shortening = groups.map(shortenOnly)
  let shortest = {penalty: PENALTIES[0], score: -1}
  for (const penalty of PENALTIES) {
    const loco = leaveOneCaseOut(shortening, cases, penalty)
    process.stdout.write(`| fitted, shortening the rules' choice only, L2 ${penalty}, leave-one-case-out | ${format(loco)} |\n`)
    if (loco.exact + loco.near > shortest.score) shortest = {penalty, score: loco.exact + loco.near}
  }
  const free = fit(groups, best.penalty)
  process.stdout.write(`| fitted, L2 ${best.penalty}, in sample | ${format(rates(groups, groups.map((group) => chooseLabel(group.candidates, free))))} |\n`)
  const weights = fit(shortening, shortest.penalty)
  process.stdout.write(`| fitted, shortening the rules' choice only, L2 ${shortest.penalty}, in sample | ${format(rates(shortening, shortening.map((group) => chooseLabel(group.candidates, weights))))} |\n\n`)
  process.stdout.write(`${'feature'.padEnd(16)} free   shortening\n`)
  for (const [index, name] of SCORER_FEATURES.entries()) process.stdout.write(`${name.padEnd(16)} ${free.weights[index].toFixed(3).padStart(6)} ${weights.weights[index].toFixed(3).padStart(6)}\n`)
  return EXIT.ok
}

/** The scorer's labels with each case left out of the fit in turn. */
function leaveOneCaseOut(groups: Group[], cases: string[], penalty: number): {exact: number; near: number; total: number} {
  const chosen = new Map<Group, string>()
  for (const left of cases) {
    const weights = fit(groups.filter((group) => group.case !== left), penalty)
    for (const group of groups.filter((item) => item.case === left)) chosen.set(group, chooseLabel(group.candidates, weights))
  }
  return rates(groups, groups.map((group) => chosen.get(group)!))
}

/** The figure with only the rules' label, the rules' choice and the candidates that are its beginning (`people` of `people living in camps`). */
function shortenOnly(group: Group): Group {
  const kept = new Set(shorteningOnly(group.candidates))
  const keep = group.candidates.map((candidate) => kept.has(candidate))
  return {...group, candidates: group.candidates.filter((_, index) => keep[index]), target: group.target.filter((_, index) => keep[index])}
}

/** The held-out round a case belongs to (`heldout-…-N`), if any. */
function heldOutRound(name: string): string | undefined {
  return /^heldout-.*-(\d+)$/.exec(name)?.[1]
}

/** The rounds `--with-rounds` names (none when not given); the check set and the blind round are refused. */
function roundList(value: string | undefined): Set<string> {
  if (value === undefined) return new Set()
  const rounds = value.split(',').map((part) => part.trim())
  if (rounds.some((round) => !/^\d+$/.test(round))) throw new BuildError(`--with-rounds: expected round numbers separated by commas, e.g. 1,2,3 (got \`${value}\`)`, EXIT.usage)
  const unseen = rounds.filter((round) => UNSEEN.has(String(Number(round))))
  if (unseen.length > 0) throw new BuildError(`--with-rounds: round${unseen.length > 1 ? 's' : ''} ${unseen.join(', ')} ${unseen.length > 1 ? 'are' : 'is'} kept unseen (the check set 4, 5 and the blind round 16) and never fitted on`, EXIT.usage)
  return new Set(rounds.map((round) => String(Number(round))))
}

/** Read every tuning case (and those of the rounds named), recording each figure's candidates, and pair them with the expected figures by value. */
async function readGroups(rounds: ReadonlySet<string>): Promise<Group[]> {
  const cases = findCases([path.join(PROJECT_ROOT, 'scripts/test/corpus'), path.join(PROJECT_ROOT, 'scripts/test/fixtures')]).filter((item) => {
    const round = heldOutRound(item.name)
    return round === undefined ? !item.name.startsWith('heldout-') : rounds.has(round) && !UNSEEN.has(round)
  })
  const groups: Group[] = []
  const read = {pairs: 0, recorded: 0}
  for (const item of cases) {
    for (const {expected, choice} of await figuresByValue(item)) {
      read.pairs++
      if (choice) read.recorded++
      if (!choice || choice.candidates.length < 2) continue
      groups.push({case: item.name, candidates: choice.candidates, expected: expected.label, target: choice.candidates.map((candidate) => (overlaps(expected.label, candidate.label) ? (exact(expected.label, candidate.label) ? 1 : 0.5) : 0))})
    }
  }
  process.stdout.write(`${read.pairs} figures read with the right value, ${read.recorded} with their candidates recorded (the others labelled by the rules alone), ${groups.length} of them with two or more\n`)
  return groups
}

function exact(expected: unknown, got: string): boolean {
  return (Array.isArray(expected) ? expected : [expected]).some((item) => fold(String(item)) === fold(got))
}

/**
 * Weights that maximise the log-likelihood of the matching candidates under a softmax over each
 * figure's candidates, less an L2 penalty (a conditional logit). The likelihood is concave, so
 * Newton's method with a halved step when it does not climb reaches the optimum in a few rounds.
 */
function fit(groups: Group[], penalty: number): LabelWeights {
  const size = SCORER_FEATURES.length
  // the best tier of candidates (exact, else by overlap) is what the scorer should pick
  const useful = groups
    .filter((group) => group.target.some((value) => value > 0))
    .map((group) => {
      const top = Math.max(...group.target)
      const wanted: number[] = group.target.map((value) => (value === top ? 1 : 0))
      const total = wanted.reduce((sum, value) => sum + value, 0)
      return {x: withScorerFeatures(group.candidates).map((candidate) => candidate.features), q: wanted.map((value) => value / total)}
    })
  const objective = (w: number[]) => {
    let sum = -0.5 * penalty * w.reduce((total, value) => total + value * value, 0)
    for (const {x, q} of useful) {
      const scores = x.map((row) => dot(row, w))
      const highest = Math.max(...scores)
      const log = highest + Math.log(scores.reduce((total, score) => total + Math.exp(score - highest), 0))
      scores.forEach((score, index) => (sum += q[index] * (score - log)))
    }
    return sum
  }
  let weights: number[] = new Array(size).fill(0)
  let current = objective(weights)
  for (let round = 0; round < 50; round++) {
    const gradient = weights.map((value) => -penalty * value)
    const hessian = Array.from({length: size}, (_, row) => Array.from({length: size}, (_, column) => (row === column ? penalty : 0)))
    for (const {x, q} of useful) {
      const scores = x.map((row) => dot(row, weights))
      const highest = Math.max(...scores)
      const exps = scores.map((score) => Math.exp(score - highest))
      const sum = exps.reduce((total, value) => total + value, 0)
      const p = exps.map((value) => value / sum)
      const mean = new Array(size).fill(0)
      x.forEach((row, index) => row.forEach((value, feature) => (mean[feature] += p[index] * value)))
      x.forEach((row, index) => {
        row.forEach((value, feature) => (gradient[feature] += (q[index] - p[index]) * value))
        for (let i = 0; i < size; i++) {
          const di = row[i] - mean[i]
          if (di === 0) continue
          for (let j = 0; j < size; j++) hessian[i][j] += p[index] * di * (row[j] - mean[j])
        }
      })
    }
    const step = solve(hessian, gradient)
    let scale = 1
    let next = weights.map((value, index) => value + step[index])
    let value = objective(next)
    while (value < current && scale > 1e-4) {
      scale /= 2
      next = weights.map((weight, index) => weight + scale * step[index])
      value = objective(next)
    }
    if (value < current) break
    const done = value - current < 1e-9
    weights = next
    current = value
    if (done) break
  }
  return {features: [...SCORER_FEATURES], weights}
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0
  for (let index = 0; index < a.length; index++) sum += a[index] * b[index]
  return sum
}

/** x with A x = b, by Gaussian elimination with partial pivoting (A is small, symmetric and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length
  const a = matrix.map((row, index) => [...row, vector[index]])
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let row = column + 1; row < size; row++) if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) pivot = row
    ;[a[column], a[pivot]] = [a[pivot], a[column]]
    for (let row = column + 1; row < size; row++) {
      const factor = a[row][column] / a[column][column]
      for (let k = column; k <= size; k++) a[row][k] -= factor * a[column][k]
    }
  }
  const x = new Array(size).fill(0)
  for (let row = size - 1; row >= 0; row--) {
    let sum = a[row][size]
    for (let k = row + 1; k < size; k++) sum -= a[row][k] * x[k]
    x[row] = sum / a[row][row]
  }
  return x
}

function rates(groups: Group[], labels: string[]): {exact: number; near: number; total: number} {
  let exactCount = 0
  let near = 0
  groups.forEach((group, index) => {
    if (exact(group.expected, labels[index])) exactCount++
    if (overlaps(group.expected, labels[index])) near++
  })
  return {exact: exactCount, near, total: groups.length}
}

function format(rate: {exact: number; near: number; total: number}): string {
  const percent = (count: number) => `${((count / rate.total) * 100).toFixed(1)}% (${count}/${rate.total})`
  return `${percent(rate.exact)} | ${percent(rate.near)}`
}

runMain(() => main())
