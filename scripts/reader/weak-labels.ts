import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {readingFor} from '../structure/language.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {weakLabel} from '../structure/weak-label.js'
import type {Case} from './evaluate.js'

/**
 * Every label the reader makes over these cases that `weakLabel` calls weak (a bare noun whose
 * sentence says more of it), as `npm run eval -- --weak-labels` lists them.
 */
export async function weakLabelsIn(cases: Case[]): Promise<{labels: number; weak: Array<{case: string; value: string; label: string; why: string}>}> {
  const weak: Array<{case: string; value: string; label: string; why: string}> = []
  let labels = 0
  for (const item of cases) {
    const reading = readingFor(String((parseYaml(readFileSync(item.expected, 'utf8')) as {lang?: string}).lang ?? 'en'))
    const structured = await structureSource(await readSource(item.input))
    for (const figure of structured?.readout.figures ?? []) {
      labels++
      const why = weakLabel(figure.label, figure.sentence, reading)
      if (why) weak.push({case: item.name, value: figure.value, label: figure.label, why})
    }
  }
  return {labels, weak}
}

/** The count of weak labels, and each one unless `quiet`. */
export function formatWeakLabels(result: Awaited<ReturnType<typeof weakLabelsIn>>, verbose: boolean): string {
  const lines = [`${result.weak.length} weak labels of ${result.labels}`]
  if (verbose) for (const item of result.weak) lines.push(`${item.case}\t${item.value}\t${item.label}\t(${item.why})`)
  return `${lines.join('\n')}\n`
}
