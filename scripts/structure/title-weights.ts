// Written by `npm run fit-titles` (scripts/reader/fit-title-scorer.ts): do not edit by hand.
// Labels: tiered; L2: 0.003; chosen by leave-one-case-out cross-validation on the tuning cases.
/** The weight of each feature of a candidate title (see `FEATURES` in `title-candidates.ts`). */
export const TITLE_WEIGHTS: Readonly<Record<string, number>> = {
  subject: 1.005,
  complement: -0.205,
  compound: -1.426,
  gerund: -1.873,
  len2: 2.08,
  len3: 2.819,
  len4: 2.753,
  len5: 1.509,
  light_head: -2.24,
  proper: -0.921,
  head_recurs: 2.137,
  early: 4.228,
  linked: 0.281,
  joined: 0.426,
  generic_modifier: -0.925,
}
