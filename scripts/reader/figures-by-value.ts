import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {setLabelRecorder, type LabelChoice} from '../structure/extract-figures.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {fold, type Case} from './evaluate.js'

/** A figure of a case's expected file, the figure read with the same value, and the candidate labels it had. */
export interface FigurePair {
  expected: {value: string; label: unknown}
  got: {value: string; label: string; sentence: string}
  /** The candidates recorded for it (none for a figure read by patterns, as French ones are). */
  choice?: LabelChoice
}

/**
 * Read a case with the real structure stage, recording each figure's candidate labels, and pair
 * the expected figures with those read by value (each figure read is paired once; a figure missed
 * or extra is a miss of the values, not of the labels). `fit-labels` and `--labels-diagnosis` both
 * read the corpus this way.
 * @param item the case
 * @returns the pairs, in the expected file's order
 */
export async function figuresByValue(item: Case): Promise<FigurePair[]> {
  const choices: LabelChoice[] = []
  setLabelRecorder((choice) => choices.push(choice))
  let structured
  try {
    structured = await structureSource(await readSource(item.input))
  } finally {
    setLabelRecorder(undefined)
  }
  const expected = (parseYaml(readFileSync(item.expected, 'utf8')) as {figures?: Array<{value: string; label: unknown}>}).figures ?? []
  const figures = structured?.readout.figures ?? []
  const used = new Set<number>()
  const taken = new Set<LabelChoice>()
  const pairs: FigurePair[] = []
  for (const figure of expected) {
    const pair = figures.findIndex((got, index) => !used.has(index) && fold(got.value) === fold(String(figure.value)))
    if (pair < 0) continue
    used.add(pair)
    const got = figures[pair]
    const choice = choices.find((one) => !taken.has(one) && one.value === got.value && got.sentence.includes(one.sentence.slice(0, 200)))
    if (choice) taken.add(choice)
    pairs.push({expected: figure, got, choice})
  }
  return pairs
}
