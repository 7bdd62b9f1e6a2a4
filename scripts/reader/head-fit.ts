/**
 * The fit of the head-line chooser (`scripts/structure/head-lines.ts`): a conditional logit over each case's head lines and
 * none, deterministic (L-BFGS from zero). Apart from `fit-head-lines.ts` so a test can fit without reading the corpus.
 */
import {HEAD_FIRST_WORDS, headProbabilities, withRules, type HeadWeights} from '../structure/head-lines.js'
import {lbfgs} from './role-fit.js'

/** What the fit reads of a case: its name, its head lines' features, the lines that are its title, the line the rules took. */
export interface HeadCase {
  case: string
  lines: Array<{text: string; features: string[]; candidate: boolean}>
  positives: number[]
  rules: number
}

/** Settings of the fit. */
const L2 = Number(process.env.HEADS_L2 ?? 0.01)
const MIN_CASES = Number(process.env.HEADS_MIN ?? 5)
export const STACKED = Boolean(process.env.HEADS_STACKED)

/**
 * Fit the conditional logit: per case, the softmax over its candidate lines and none; the loss, minus the log of the
 * probability of its title lines (or of none), plus an L2 penalty; features seen in fewer than `MIN_CASES` cases left out.
 * @param rows the training cases
 * @returns the weights
 */
export function fitHeads(rows: HeadCase[], l2 = L2): HeadWeights {
  const optionsOf = (row: Pick<HeadCase, 'lines' | 'rules'>) => {
    const all = withRules(row.lines.map((line) => line.features), row.rules, STACKED)
    return all.map((features, k) => ({k: k === row.lines.length ? -1 : k, features})).filter(({k}) => k === -1 || row.lines[k].candidate)
  }
  const casesOf = new Map<string, Set<string>>()
  for (const row of rows) for (const option of optionsOf(row)) for (const feature of option.features) (casesOf.get(feature) ?? casesOf.set(feature, new Set()).get(feature)!).add(row.case)
  const vocabulary = [...casesOf.keys()].filter((feature) => casesOf.get(feature)!.size >= MIN_CASES).sort()
  const id = new Map(vocabulary.map((feature, index) => [feature, index]))
  const V = vocabulary.length
  const data = rows.map((row) => {
    const candidates = optionsOf(row).map(({k, features}) => ({k, x: features.map((feature) => id.get(feature)).filter((j): j is number => j !== undefined)}))
    return {candidates, positives: new Set(row.positives.length ? row.positives : [-1])}
  })
  const loss = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0)
    let total = 0
    for (const {candidates, positives} of data) {
      const scores = candidates.map(({x}) => x.reduce((sum, j) => sum + theta[j], 0))
      const top = Math.max(...scores)
      const exps = scores.map((score) => Math.exp(score - top))
      const sum = exps.reduce((a, b) => a + b, 0)
      const right = candidates.map(({k}, i) => (positives.has(k) ? i : -1)).filter((i) => i !== -1)
      if (right.length === 0) continue
      const rightSum = right.reduce((s, i) => s + exps[i], 0)
      total += (Math.log(sum) - Math.log(rightSum)) / data.length
      // d/ds_i = p_i − (i right ? exp_i / rightSum : 0)
      scores.forEach((_, i) => {
        const g = (exps[i] / sum - (right.includes(i) ? exps[i] / rightSum : 0)) / data.length
        for (const j of candidates[i].x) gradient[j] += g
      })
    }
    for (let j = 0; j < V; j++) {
      total += (l2 / 2) * theta[j] * theta[j]
      gradient[j] += l2 * theta[j]
    }
    return total
  }
  const theta = lbfgs(loss, V, 300)
  const round = (value: number) => Math.round(value * 1000) / 1000
  const weights: Record<string, number> = {}
  vocabulary.forEach((feature, j) => {
    if (Math.abs(theta[j]) >= 0.005) weights[feature] = round(theta[j])
  })
  return {weights}
}

/** The chooser's pick for a case (a line's index, or -1 for none) with each option's probability. */
export function choose(row: Pick<HeadCase, 'lines' | 'rules'>, model: HeadWeights): {pick: number; p: Map<number, number>} {
  const all = withRules(row.lines.map((line) => line.features), row.rules, STACKED)
  const options = all.map((features, k) => ({k: k === row.lines.length ? -1 : k, features})).filter(({k}) => k === -1 || row.lines[k].candidate)
  const probabilities = headProbabilities(options.map(({features}) => features), model)
  const p = new Map<number, number>(options.map(({k}, i) => [k, probabilities[i]]))
  let pick = -1
  for (const [k, value] of p) if (value > p.get(pick)!) pick = k
  return {pick, p}
}

/** The policy the reader follows: the rules' line, unless the chooser gives it less than `doubt` and its own pick at least `sure`. */
export function overrule(rules: number, pick: number, p: Map<number, number>, doubt: number, sure: number, firstWords = 0): number {
  if (pick === rules) return rules
  // (a negative doubt: only a top line the rules took, given up for one under it or none)
  if (firstWords > HEAD_FIRST_WORDS) return rules
  if (doubt < 0) return rules === 0 && pick !== 0 && (p.get(rules) ?? 0) < -doubt && (p.get(pick) ?? 0) >= sure ? pick : rules
  return (p.get(rules) ?? 0) < doubt && (p.get(pick) ?? 0) >= sure ? pick : rules
}

