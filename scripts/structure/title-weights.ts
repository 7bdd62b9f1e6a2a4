// Written by `npm run fit-titles` (scripts/reader/fit-title-scorer.ts): do not edit by hand.
/** The weight of each feature of a candidate title (see `FEATURES` in `title-candidates.ts`). */
export const TITLE_WEIGHTS: Readonly<Record<string, number>> = {rule: 1}
