// Written by `npm run fit-titles` (scripts/reader/fit-title-scorer.ts): do not edit by hand.
// Labels: tiered; L2: 0.003; chosen by leave-one-case-out cross-validation on the tuning cases.
/** The weight of each feature of a candidate title (see `FEATURES` in `title-candidates.ts`). */
export const TITLE_WEIGHTS: Readonly<Record<string, number>> = {
  object: -0.257,
  compound: -1.192,
  gerund: -2.256,
  nominal: -1.459,
  len1: -2.739,
  len5: -1.272,
  light_head: -1.711,
  nominal_head: -0.185,
  proper: -1.051,
  recurs: 0.428,
  head_recurs: 2.311,
  early: 4.456,
  linked: 0.987,
  joined: 0.699,
}
