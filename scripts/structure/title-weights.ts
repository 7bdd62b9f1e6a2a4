// Written by `npm run fit-titles` (scripts/reader/fit-title-scorer.ts): do not edit by hand.
// Labels: exact; L2: 0.003; chosen by leave-one-case-out cross-validation on the tuning cases.
/** The weight of each feature of a candidate title (see `FEATURES` in `title-candidates.ts`). */
export const TITLE_WEIGHTS: Readonly<Record<string, number>> = {
  subject: 0.886,
  phrase: -0.276,
  compound: -0.919,
  gerund: -2.656,
  len2: 2.189,
  len3: 2.958,
  len4: 2.927,
  len5: 1.977,
  actor_head: -1.754,
  light_head: -1.7,
  nominal_head: -1.063,
  proper: -0.859,
  head_recurs: 2.585,
  early: 4.498,
  linked: -0.105,
  joined: 0.246,
  generic_modifier: -1.082,
}
