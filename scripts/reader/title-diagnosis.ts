import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {recordTitleCandidates} from '../structure/choose-title.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {fold, overlaps, type Case} from './evaluate.js'

/**
 * Why a made point title missed, as `npm run eval -- --titles-diagnosis` counts it: whether an
 * accepted wording was among the candidates `title-candidates.ts` made (a miss of choice) or not
 * (a miss of generation). Only titles made by the English scorer have candidates; the French
 * patterns' titles are counted apart, right or wrong.
 */

/** One point whose title was made from its sentence (it had no title of its own). */
export interface TitleDiagnosis {
  case: string
  expected: string[]
  got: string
  /** The candidates the point had (none for a French title). */
  candidates: string[]
  exact: boolean
  near: boolean
  candidateExact: boolean
  candidateNear: boolean
}

/**
 * Read every case and diagnose its made titles.
 * @param cases the cases to read
 * @returns one diagnosis per expected point whose title the scorer made
 */
export async function diagnoseTitles(cases: Case[]): Promise<TitleDiagnosis[]> {
  const found: TitleDiagnosis[] = []
  for (const item of cases) {
    const seen = new Map<string, string[]>()
    // the first sentence a point's title is made from (a second one is tried only when that title is taken)
    recordTitleCandidates((_sentence, body, candidates) => {
      if (!seen.has(fold(body))) seen.set(fold(body), candidates.map((candidate) => candidate.text))
    })
    let structured
    try {
      structured = await structureSource(await readSource(item.input))
    } finally {
      recordTitleCandidates(undefined)
    }
    const expected = parseYaml(readFileSync(item.expected, 'utf8')) as {points?: Array<{title: string | string[]; body: string}>}
    const read = new Map((structured?.readout.pillars ?? []).map((pillar) => [fold(pillar.body), pillar.title]))
    for (const point of expected.points ?? []) {
      const candidates = seen.get(fold(String(point.body)))
      const got = read.get(fold(String(point.body)))
      if (!candidates || got === undefined) continue
      const options = (Array.isArray(point.title) ? point.title : [point.title]).map(String)
      const exact = (text: string) => options.some((option) => fold(option) === fold(text))
      found.push({
        case: item.name,
        expected: options,
        got,
        candidates,
        exact: exact(got),
        near: overlaps(options, got),
        candidateExact: candidates.some(exact),
        candidateNear: candidates.some((candidate) => overlaps(options, candidate)),
      })
    }
  }
  return found
}

/**
 * The counts of a diagnosis (right, generation, choice; exact and by overlap) and, unless `quiet`,
 * every miss of choice with the accepted candidate it passed over, then every miss of generation.
 * @param diagnoses what `diagnoseTitles` found
 * @param list whether to list the misses
 * @returns the text to print
 */
export function formatTitleDiagnosis(diagnoses: TitleDiagnosis[], list: boolean): string {
  const count = (right: (d: TitleDiagnosis) => boolean, candidate: (d: TitleDiagnosis) => boolean) => {
    const right_ = diagnoses.filter(right).length
    const choice = diagnoses.filter((d) => !right(d) && candidate(d)).length
    return `${right_} right, ${diagnoses.length - right_ - choice} without an accepted candidate (generation), ${choice} with one not chosen (choice)`
  }
  const lines = [
    `${diagnoses.length} titles made by the scorer`,
    `exact: ${count((d) => d.exact, (d) => d.candidateExact)}`,
    `overlap: ${count((d) => d.near, (d) => d.candidateNear)}`,
  ]
  if (list) {
    lines.push('', 'choice (an accepted candidate was made):')
    for (const d of diagnoses.filter((d) => !d.exact && d.candidateExact)) {
      const right = d.candidates.filter((candidate) => d.expected.some((option) => fold(option) === fold(candidate)))
      lines.push(`${d.case}  got ${d.got}  passed over ${right.join(' | ')}`)
    }
    lines.push('', 'generation (no accepted candidate):')
    for (const d of diagnoses.filter((d) => !d.exact && !d.candidateExact)) lines.push(`${d.case}  expected ${d.expected.join(' | ')}  got ${d.got}  near candidate: ${d.candidateNear ? 'yes' : 'no'}`)
  }
  return lines.join('\n') + '\n'
}
