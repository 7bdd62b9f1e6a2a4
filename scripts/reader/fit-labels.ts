#!/usr/bin/env node
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {parse as parseYaml} from 'yaml'
import {BuildError, EXIT, runMain} from '../errors.js'
import {PROJECT_ROOT} from '../project-root.js'
import {setLabelRecorder, type LabelChoice} from '../structure/extract-figures.js'
import {FEATURES, type Candidate} from '../structure/label-candidates.js'
import {chooseLabel, scoreOf, type LabelWeights} from '../structure/label-scorer.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {findCases, fold, overlaps} from './evaluate.js'

const HELP = `Usage: npm run fit-labels [-- --write]

Fit the figure-label scorer (scripts/structure/label-scorer.ts) on the tuning cases of the reading
corpus (never the held-out ones, whose names start with heldout-): read each case, record every
figure's candidate labels, pair the figures with the expected ones by value, and fit the weights
of a conditional logit (softmax over a figure's candidates) with an L2 penalty. The penalty is
chosen by leave-one-case-out cross-validation within the tuning cases, whose rates it prints
beside the rules' label's. --write writes the weights fitted on all tuning cases to
scripts/structure/label-weights.ts.
`

/** A figure of a tuning case with its candidates and how well each matches the expected labels. */
interface Group {
  case: string
  candidates: Candidate[]
  expected: unknown
  /** Per candidate: 1 exact, 0.5 by overlap only, 0 a miss. */
  target: number[]
}

const PENALTIES = [0.003, 0.03, 0.3, 3]

async function main(argv = process.argv.slice(2)): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: {write: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}}).values
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
  if (values.write) {
    const file = path.join(PROJECT_ROOT, 'scripts/structure/label-weights.ts')
    const rounded = {features: weights.features, weights: weights.weights.map((weight) => Math.round(weight * 1000) / 1000)}
    writeFileSync(file, `// Written by \`npm run fit-labels -- --write\` (scripts/reader/fit-labels.ts): do not edit by hand.\nimport type {LabelWeights} from './label-scorer.js'\n\n/** The label scorer's weights, fitted on the tuning cases of the corpus (L2 penalty ${best.penalty}, chosen by leave-one-case-out). */\nexport const LABEL_WEIGHTS: LabelWeights = ${JSON.stringify(rounded)}\n`)
    process.stdout.write(`\nwrote ${path.relative(PROJECT_ROOT, file)}\n`)
  }
  return EXIT.ok
}

/** Read every tuning case, recording each figure's candidates, and pair them with the expected figures by value. */
async function readGroups(): Promise<Group[]> {
  const cases = findCases([path.join(PROJECT_ROOT, 'scripts/test/corpus'), path.join(PROJECT_ROOT, 'scripts/test/fixtures')]).filter((item) => !item.name.startsWith('heldout-'))
  const groups: Group[] = []
  for (const item of cases) {
    const choices: LabelChoice[] = []
    setLabelRecorder((choice) => choices.push(choice))
    let structured
    try {
      structured = await structureSource(await readSource(item.input))
    } finally {
      setLabelRecorder(undefined)
    }
    const expected = (parseYaml(readFileSync(item.expected, 'utf8')) as {figures?: Array<{value: string; label: unknown}>}).figures ?? []
    const figures = structured?.readout.figures ?? []
    const used = new Set<number>()
    const taken = new Set<LabelChoice>()
    for (const figure of expected) {
      const pair = figures.findIndex((got, index) => !used.has(index) && fold(got.value) === fold(String(figure.value)))
      if (pair < 0) continue
      used.add(pair)
      const choice = choices.find((one) => !taken.has(one) && one.value === figures[pair].value && figures[pair].sentence.includes(one.sentence.slice(0, 200)))
      if (!choice || choice.candidates.length < 2) continue
      taken.add(choice)
      groups.push({case: item.name, candidates: choice.candidates, expected: figure.label, target: choice.candidates.map((candidate) => (overlaps(figure.label, candidate.label) ? (exact(figure.label, candidate.label) ? 1 : 0.5) : 0))})
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
  const rate = 0.05
  for (let round = 0; round < 600; round++) {
    const gradient = weights.map((weight) => -penalty * weight)
    for (const group of useful) {
      const total = group.target.reduce((sum, value) => sum + value, 0)
      const scores = group.candidates.map((candidate) => scoreOf(candidate, weights))
      const top = Math.max(...scores)
      const exps = scores.map((score) => Math.exp(score - top))
      const sum = exps.reduce((a, b) => a + b, 0)
      group.candidates.forEach((candidate, index) => {
        const difference = group.target[index] / total - exps[index] / sum
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
