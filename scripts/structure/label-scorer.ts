import {LABEL_WEIGHTS} from './label-weights.js'
import {FEATURES, type Candidate} from './label-candidates.js'

/** The weights of the label scorer, as `npm run fit-labels` writes them (`label-weights.ts`). */
export interface LabelWeights {
  /** The feature names, in order (a check that the weights fit `FEATURES`). */
  features: string[]
  weights: number[]
}

/**
 * The best candidate label by a linear score over its features (`label-candidates.ts`), with
 * the weights fitted on the tuning cases of the corpus (`scripts/reader/fit-labels.ts`). The
 * first candidate (the rules' label) wins ties, and is the answer when the weights do not fit
 * the features.
 * @param candidates the candidates, the rules' label first
 * @param fitted the weights (default: the committed ones)
 * @returns the chosen label
 */
export function chooseLabel(candidates: Candidate[], fitted: LabelWeights = LABEL_WEIGHTS): string {
  if (candidates.length === 0) return ''
  if (fitted.features.join() !== FEATURES.join()) return candidates[0].label
  let best = candidates[0]
  let bestScore = scoreOf(best, fitted.weights)
  for (const candidate of candidates.slice(1)) {
    const score = scoreOf(candidate, fitted.weights)
    if (score > bestScore + 1e-9) {
      best = candidate
      bestScore = score
    }
  }
  return best.label
}

/** A candidate's score: the dot product of its features and the weights. */
export function scoreOf(candidate: Candidate, weights: number[]): number {
  return candidate.features.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0)
}
