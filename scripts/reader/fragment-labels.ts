import {fragmentLabel} from '../structure/fragment-label.js'
import {readingFor} from '../structure/language.js'
import type {Case} from './evaluate.js'
import {formatLabelFaults, labelFaultsIn, type LabelFault} from './label-faults.js'

/**
 * Every label the reader makes over these cases that `fragmentLabel` calls a fragment (a pronoun or
 * a conjunction first, no noun, a unit or an infinitive alone, a share without its whole), as
 * `npm run eval -- --fragment-labels` lists them.
 */
export async function fragmentLabelsIn(cases: Case[]): Promise<{labels: number; fragments: LabelFault[]}> {
  const {labels, faults} = await labelFaultsIn(cases, (figure, lang) => fragmentLabel(figure.label, figure.value, figure.sentence, readingFor(lang)))
  return {labels, fragments: faults}
}

/** The count of fragment labels and how many of each kind, and each one unless `quiet`. */
export function formatFragmentLabels(result: Awaited<ReturnType<typeof fragmentLabelsIn>>, verbose: boolean): string {
  const kinds = new Map<string, number>()
  for (const item of result.fragments) kinds.set(item.why, (kinds.get(item.why) ?? 0) + 1)
  const byKind = [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => `${kind} ${count}`).join(', ')
  const [count, ...rest] = formatLabelFaults(result.fragments, result.labels, 'fragment', verbose).split('\n')
  return [`${count}${byKind ? ` (${byKind})` : ''}`, ...rest].join('\n')
}
