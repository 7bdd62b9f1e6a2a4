// Written by `npm run fit-labels` (scripts/reader/fit-labels.ts): do not edit by hand.
import type {LabelWeights} from './label-scorer.js'

/** The label scorer's weights, fitted on the tuning cases of the corpus. */
export const LABEL_WEIGHTS: LabelWeights = {"features": ["rule", "words", "words²", "phrases", "generic", "verb", "of", "pp", "time", "time left out", "bare", "pointer", "skips", "bare share", "first generic", "long"], "weights": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}
