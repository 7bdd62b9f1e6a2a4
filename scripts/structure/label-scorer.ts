import {FEATURES, type Candidate} from './label-candidates.js'

/** The weights of a linear label scorer, as `npm run fit-labels` fits them. */
export interface LabelWeights {
  /** The feature names, in order (a check that the weights fit `FEATURES`). */
  features: string[]
  weights: number[]
}

/** The scorer's features: the candidates' own, and whether the two general rules (`chooseByRules`) choose it. */
export const SCORER_FEATURES = [...FEATURES, 'rules choice'] as const

/**
 * The candidates with the scorer's features (`SCORER_FEATURES`): their own, then 1 for the one the
 * two general rules choose, so that a fitted scorer starts from the rules and departs from them
 * only where the other features say so.
 * @param candidates the candidates, the rules' label first
 */
export function withScorerFeatures(candidates: Candidate[]): Candidate[] {
  const chosen = chooseByRules(candidates)
  return candidates.map((candidate) => ({label: candidate.label, features: [...candidate.features, candidate.label === chosen ? 1 : 0]}))
}

/**
 * The best candidate label by a linear score over its features (`SCORER_FEATURES`). Used by
 * `npm run fit-labels` to measure a fitted scorer, free or over the candidates `shorteningOnly`
 * keeps, against `chooseByRules`, which the reader uses: the free scorer chose labels three
 * unit-tested readings reject; the shortening one gained on the development set but not on the
 * check set (docs/reading.md). The first candidate (the rules' label) wins ties, and is the answer
 * when the weights do not fit the features.
 * @param candidates the candidates, the rules' label first
 * @param fitted the weights
 * @returns the chosen label
 */
export function chooseLabel(candidates: Candidate[], fitted: LabelWeights): string {
  if (candidates.length === 0) return ''
  if (fitted.features.join() !== SCORER_FEATURES.join()) return candidates[0].label
  const scored = withScorerFeatures(candidates)
  let best = scored[0]
  let bestScore = scoreOf(best, fitted.weights)
  for (const candidate of scored.slice(1)) {
    const score = scoreOf(candidate, fitted.weights)
    if (score > bestScore + 1e-9) {
      best = candidate
      bestScore = score
    }
  }
  return best.label
}

/**
 * The candidates a scorer that may only shorten the rules' choice chooses among: the rules' label,
 * the two rules' choice (`chooseByRules`) and the candidates that are that choice's beginning
 * (`people` of `people living in camps`), in their order; so it never makes a label whose phrases
 * are out of order or a passive the rules did not choose.
 * @param candidates the candidates, the rules' label first
 * @returns the candidates kept
 */
export function shorteningOnly<T extends Candidate>(candidates: T[]): T[] {
  const chosen = chooseByRules(candidates)
  return candidates.filter((candidate, index) => index === 0 || candidate.label === chosen || chosen.startsWith(`${candidate.label} `))
}

/** A candidate's score: the dot product of its features and the weights. */
export function scoreOf(candidate: Candidate, weights: number[]): number {
  return candidate.features.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0)
}

/** Where each feature is in a candidate's features. */
const AT = Object.fromEntries(FEATURES.map((name, index) => [name, index])) as Record<(typeof FEATURES)[number], number>

/**
 * The label by two general rules over the candidates' features, with nothing fitted: keep the
 * rules' label, unless
 * - it narrows the noun only by a place that repeats who met (`adults in member countries`): then
 *   the noun with the verb phrase of its clause (`adults who still have no account`), with the
 *   time when the rules' label had one;
 * - it is the bare noun of a share (`of doses`): then the noun with the first phrase after it
 *   (`of doses from regional manufacturers`).
 * @param candidates the candidates, the rules' label first
 * @param which the rules to apply (both by default)
 * @returns the chosen label
 */
export function chooseByRules(candidates: Candidate[], which: {place?: boolean; share?: boolean; bare?: boolean} = {place: true, share: true}): string {
  const [rule] = candidates
  if (!rule) return ''
  const f = (candidate: Candidate, name: (typeof FEATURES)[number]) => candidate.features[AT[name]]
  const hadTime = f(rule, 'time') > 0
  if (which.place && f(rule, 'generic') > 0) {
    // as many phrases as the rules' label had, the place replaced by the verb phrase
    const better = candidates.find((candidate) => candidate !== rule && f(candidate, 'generic') === 0 && f(candidate, 'verb') > 0 && f(candidate, 'phrases') === Math.max(1, f(rule, 'phrases')) && f(candidate, 'time') === (hadTime ? 1 : 0))
    if (better) return better.label
  }
  if (which.share && f(rule, 'bare share') > 0) {
    const better = candidates.find((candidate) => candidate !== rule && f(candidate, 'generic') === 0 && f(candidate, 'phrases') === 1 && f(candidate, 'skips') === 0 && f(candidate, 'time') === (hadTime ? 1 : 0))
    if (better) return better.label
  }
  if (which.bare && f(rule, 'bare') > 0 && f(rule, 'bare share') === 0) {
    const better = candidates.find((candidate) => candidate !== rule && f(candidate, 'generic') === 0 && f(candidate, 'phrases') === 1 && f(candidate, 'skips') === 0 && f(candidate, 'time') === (hadTime ? 1 : 0))
    if (better) return better.label
  }
  return rule.label
}
