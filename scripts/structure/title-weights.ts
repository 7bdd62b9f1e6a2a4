// Written by `npm run fit-titles` (scripts/reader/fit-title-scorer.ts): do not edit by hand.
// Labels: tiered; L2: 0.003; chosen by leave-one-case-out cross-validation on the cases (tuning and held-out rounds 1, 2, 3).
/** The weight of each feature of a candidate title (see `FEATURES` in `title-candidates.ts`). */
export const TITLE_WEIGHTS: Readonly<Record<string, number>> = {
  subject: 0.484,
  main: 0.17,
  phrase: 0.292,
  in_phrase: -0.313,
  core: -0.332,
  complement: 0.211,
  compound: -1.634,
  gerund: -1.468,
  nominalised: -2.126,
  bland_verb: -1.35,
  len1: -2.453,
  len3: 0.746,
  len4: 0.61,
  len5: -0.236,
  actor_head: -1.072,
  light_head: -2.122,
  proper: -0.451,
  number: -1.01,
  early: 3.902,
}
