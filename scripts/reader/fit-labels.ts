#!/usr/bin/env node
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BuildError, EXIT, runMain} from '../errors.js'
import {PROJECT_ROOT} from '../project-root.js'
import {FEATURES, type Candidate} from '../structure/label-candidates.js'
import {chooseByRules, chooseLabel, scoreOf, type LabelWeights} from '../structure/label-scorer.js'
import {findCases, fold, overlaps} from './evaluate.js'
import {figuresByValue} from './figures-by-value.js'

const HELP = `Usage: npm run fit-labels

Fit the figure-label scorer (scripts/structure/label-scorer.ts) on the tuning cases of the reading
corpus (never the held-out ones, whose names start with heldout-): read each case, record every
figure's candidate labels, pair the figures with the expected ones by value, and fit the weights
of a conditional logit (softmax over a figure's candidates) with an L2 penalty. The penalty is
chosen by leave-one-case-out cross-validation within the tuning cases. It prints the rates of the
rules' label, of the best candidate (the ceiling), of the two general rules the reader uses
(chooseByRules, nothing fitted) and of the fitted scorer, in sample and left out, and the weights.
The reader uses whichever does better left out: today the rules.
`

/** A figure of a tuning case with its candidates and how well each matches the expected labels. */
interface Group {
  case: string
  candidates: Candidate[]
  expected: unknown
  /** Per candidate: 1 exact, 0.5 by overlap only, 0 a miss. */
  target: number[]
}

const PENALTIES = [0.01, 0.1, 1]

async function main(argv = process.argv.slice(2)): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: {help: {type: 'boolean', short: 'h'}}}).values
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
  if (values.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  const groups = await readGroups()
  const cases = [...new Set(groups.map((group) => group.case))]
  process.stdout.write(`${groups.length} figures with candidates in ${cases.length} tuning cases\n\n`)
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
    const chosen = new Map<Group, string>()
    for (const left of cases) {
      const weights = fit(groups.filter((group) => group.case !== left), penalty)
      for (const group of groups.filter((item) => item.case === left)) chosen.set(group, chooseLabel(group.candidates, weights))
    }
    const loco = rates(groups, groups.map((group) => chosen.get(group)!))
    process.stdout.write(`| fitted, L2 ${penalty}, leave-one-case-out | ${format(loco)} |\n`)
    if (loco.exact + loco.near > best.score) best = {penalty, score: loco.exact + loco.near}
  }
  const weights = fit(groups, best.penalty)
  const inSample = rates(groups, groups.map((group) => chooseLabel(group.candidates, weights)))
  process.stdout.write(`| fitted, L2 ${best.penalty}, in sample | ${format(inSample)} |\n\n`)
  for (const [index, name] of FEATURES.entries()) process.stdout.write(`${name.padEnd(16)} ${weights.weights[index].toFixed(3)}\n`)
  return EXIT.ok
}

/** Read every tuning case, recording each figure's candidates, and pair them with the expected figures by value. */
async function readGroups(): Promise<Group[]> {
  const cases = findCases([path.join(PROJECT_ROOT, 'scripts/test/corpus'), path.join(PROJECT_ROOT, 'scripts/test/fixtures')]).filter((item) => !item.name.startsWith('heldout-'))
  const groups: Group[] = []
  for (const item of cases) {
    for (const {expected, choice} of await figuresByValue(item)) {
      if (!choice || choice.candidates.length < 2) continue
      groups.push({case: item.name, candidates: choice.candidates, expected: expected.label, target: choice.candidates.map((candidate) => (overlaps(expected.label, candidate.label) ? (exact(expected.label, candidate.label) ? 1 : 0.5) : 0))})
    }
  }
  return groups
}

function exact(expected: unknown, got: string): boolean {
  return (Array.isArray(expected) ? expected : [expected]).some((item) => fold(String(item)) === fold(got))
}

/**
 * Weights that maximise the log-likelihood of the matching candidates under a softmax over each
 * figure's candidates, less an L2 penalty, by gradient ascent (the features are few and small).
 */
function fit(groups: Group[], penalty: number): LabelWeights {
  const weights: number[] = FEATURES.map(() => 0)
  const useful = groups.filter((group) => group.target.some((value) => value > 0))
  const rate = 0.3
  for (let round = 0; round < 800; round++) {
    const gradient = weights.map((weight) => -penalty * weight)
    for (const group of useful) {
      // the best tier of candidates (exact, else by overlap) is what the scorer should pick
      const top = Math.max(...group.target)
      const wanted: number[] = group.target.map((value) => (value === top ? 1 : 0))
      const total = wanted.reduce((sum, value) => sum + value, 0)
      const scores = group.candidates.map((candidate) => scoreOf(candidate, weights))
      const highest = Math.max(...scores)
      const exps = scores.map((score) => Math.exp(score - highest))
      const sum = exps.reduce((a, b) => a + b, 0)
      group.candidates.forEach((candidate, index) => {
        const difference = wanted[index] / total - exps[index] / sum
        candidate.features.forEach((value, feature) => (gradient[feature] += difference * value))
      })
    }
    for (let index = 0; index < weights.length; index++) weights[index] += (rate * gradient[index]) / Math.max(1, useful.length / 20)
  }
  return {features: [...FEATURES], weights}
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
