import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import type {KeyFigure} from '../structure/readout.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import type {Case} from './evaluate.js'

/** A figure label a check finds at fault, with its case and why. */
export interface LabelFault {
  case: string
  value: string
  label: string
  why: string
}

/**
 * Every label the reader makes over these cases that a check finds at fault, as the
 * `npm run eval` label checks (`--broken-labels`, `--weak-labels`) list them.
 * @param cases the corpus cases to read
 * @param check why a figure's label is at fault in a text of that language (from the case's expected.yml), or undefined
 * @returns how many labels were read and the ones at fault
 */
export async function labelFaultsIn(cases: Case[], check: (figure: KeyFigure, lang: string) => string | undefined): Promise<{labels: number; faults: LabelFault[]}> {
  const faults: LabelFault[] = []
  let labels = 0
  for (const item of cases) {
    const lang = String((parseYaml(readFileSync(item.expected, 'utf8')) as {lang?: string}).lang ?? 'en')
    const structured = await structureSource(await readSource(item.input))
    for (const figure of structured?.readout.figures ?? []) {
      labels++
      const why = check(figure, lang)
      if (why) faults.push({case: item.name, value: figure.value, label: figure.label, why})
    }
  }
  return {labels, faults}
}

/**
 * The count of labels at fault (`3 weak labels of 1853`), and each one unless `verbose` is false.
 * @param faults what `labelFaultsIn` found
 * @param labels how many labels were read
 * @param kind the fault's name in the count line (`broken`, `weak`)
 * @param verbose whether to list each label
 */
export function formatLabelFaults(faults: LabelFault[], labels: number, kind: string, verbose: boolean): string {
  const lines = [`${faults.length} ${kind} labels of ${labels}`]
  if (verbose) for (const item of faults) lines.push(`${item.case}\t${item.value}\t${item.label}\t(${item.why})`)
  return `${lines.join('\n')}\n`
}
