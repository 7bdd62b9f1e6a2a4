import {withoutForWhom} from './for-whom.js'
import {budgetTitle, lenderTitle, membershipTitle, officeTitle} from './standard-titles.js'
import {titleCandidates, type TitleCandidate} from './title-candidates.js'
import {TITLE_WEIGHTS} from './title-weights.js'

/** Who wants to see every point's candidates (`npm run fit-titles`), if anyone. */
let recorder: ((sentence: string, body: string, candidates: TitleCandidate[]) => void) | undefined
/** The weights in use: the fitted ones, unless `npm run fit-titles` is trying others. */
let inUse: Readonly<Record<string, number>> = TITLE_WEIGHTS

/**
 * A short title for a point that has none of its own: of the candidates `titleCandidates` makes
 * from its sentence (noun phrases of at most seven of its words, the rules' title among them), the
 * one the fitted linear scorer (`title-weights.ts`) rates highest; on a tie, the first; without a
 * last `for …` that names only who it is for (see `withoutForWhom`).
 * @param sentence the sentence the title is made from (the point's first, as a rule)
 * @param body the point's whole text (the scorer looks at which words it repeats)
 * @param weights the scorer's weights (the fitted ones unless a test or the fitting gives others)
 * @returns the title in sentence case, or `undefined` when the sentence has no noun phrase
 */
export function pointTitle(sentence: string, body: string = sentence, weights: Readonly<Record<string, number>> = inUse): string | undefined {
  const candidates = titleCandidates(sentence, body)
  recorder?.(sentence, body, candidates)
  // A point of a kind editors title the same way whatever its words: who joined, who was elected, what a lender gives, a budget for a year
  const standard = membershipTitle(sentence) ?? officeTitle(sentence) ?? lenderTitle(sentence) ?? budgetTitle(sentence)
  if (standard) return standard
  // What was decided is a thing with a name (`adopted the Lausanne Agenda for Open Science`): the name
  const named = candidates.find((candidate) => candidate.features.rule && candidate.features.name)
  if (named) return named.text
  let best: TitleCandidate | undefined
  let bestScore = -Infinity
  for (const candidate of candidates) {
    const score = scoreTitle(candidate, weights)
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  // (the title names the measure, the body says for whom: `School fees for girls` → “School fees”)
  return best && withoutForWhom(best.text)
}

/**
 * A candidate's score: the sum of its features times their weights.
 * @param candidate the candidate title
 * @param weights the weight of each feature (a missing one weighs nothing)
 * @returns the score; higher is better
 */
export function scoreTitle(candidate: TitleCandidate, weights: Readonly<Record<string, number>>): number {
  let score = 0
  for (const [name, value] of Object.entries(candidate.features)) score += value * (weights[name] ?? 0)
  return score
}

/**
 * Have every call of `pointTitle` report its candidates (for fitting the scorer), or stop.
 * @param listener called with the sentence, the body and the candidates; `undefined` to stop
 */
export function recordTitleCandidates(listener?: (sentence: string, body: string, candidates: TitleCandidate[]) => void): void {
  recorder = listener
}

/**
 * Have `pointTitle` use other weights (to measure a fold's weights with the real structure stage).
 * @param weights the weights; `undefined` for the fitted ones
 */
export function useTitleWeights(weights?: Readonly<Record<string, number>>): void {
  inUse = weights ?? TITLE_WEIGHTS
}
