// Written by `npm run fit-titles` (scripts/reader/fit-title-scorer.ts): do not edit by hand.
// Labels: tiered; L2: 0.003; chosen by leave-one-case-out cross-validation on the cases (tuning and held-out rounds 1, 2, 3).
/** The weight of each feature of a candidate title (see `FEATURES` in `title-candidates.ts`). */
export const TITLE_WEIGHTS: Readonly<Record<string, number>> = {
  subject: 0.514,
  in_phrase: -0.217,
  core: -0.58,
  compound: -1.888,
  gerund: -1.905,
  nominalised: -2.233,
  bland_verb: -1.511,
  len1: -2.645,
  len3: 0.865,
  len4: 1.07,
  len5: 0.594,
  actor_head: -1.229,
  light_head: -2.047,
  nominal_head: 0.215,
  proper: -0.532,
  number: -1.189,
  head_recurs: 1.289,
  early: 3.819,
  linked: -0.912,
  joined: -0.3,
  generic_modifier: -0.261,
}
