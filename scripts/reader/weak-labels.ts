import {readingFor} from '../structure/language.js'
import {weakLabel} from '../structure/weak-label.js'
import type {Case} from './evaluate.js'
import {formatLabelFaults, labelFaultsIn, type LabelFault} from './label-faults.js'

/**
 * Every label the reader makes over these cases that `weakLabel` calls weak (a bare noun whose
 * sentence says more of it), as `npm run eval -- --weak-labels` lists them.
 */
export async function weakLabelsIn(cases: Case[]): Promise<{labels: number; weak: LabelFault[]}> {
  const {labels, faults} = await labelFaultsIn(cases, (figure, lang) => weakLabel(figure.label, figure.sentence, readingFor(lang)))
  return {labels, weak: faults}
}

/** The count of weak labels, and each one unless `quiet`. */
export function formatWeakLabels(result: Awaited<ReturnType<typeof weakLabelsIn>>, verbose: boolean): string {
  return formatLabelFaults(result.weak, result.labels, 'weak', verbose)
}
