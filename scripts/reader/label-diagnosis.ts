import {contentWords, fold, overlaps, type Case} from './evaluate.js'
import {figuresByValue} from './figures-by-value.js'

/**
 * Why a figure's label missed, as `npm run eval -- --labels-diagnosis` counts it: whether an
 * acceptable label was among the candidates `label-candidates.ts` made (a miss of choice) or not
 * (a miss of generation), and what kind of difference it is.
 */

/** The kinds of difference between the label read and the wordings accepted, in the order they are tested. */
export const MISS_KINDS = ['no label', 'pronoun', 'comparison lost', 'comparison extra', 'inflection', 'cut to the head', 'extra words', 'wrong phrase', 'other words'] as const
export type MissKind = (typeof MISS_KINDS)[number]

/** One figure of the expected files that was read with the right value. */
export interface LabelDiagnosis {
  case: string
  expected: string[]
  got: string
  /** The sentence the figure was read from. */
  sentence: string
  /** Whether the label read is accepted exactly, or by overlap. */
  exact: boolean
  near: boolean
  /** The candidates the figure had (only the label read for a French figure, which has none). */
  candidates: string[]
  /** Whether a candidate is accepted exactly, or by overlap. */
  candidateExact: boolean
  candidateNear: boolean
  kind?: MissKind
}

const COMPARISON = /,\s*(?:(?:up|down)\s+from|contre)\s.*$/i
const PRONOUN = /^(?:il|elle|ils|elles|dont|lequel|laquelle|lesquels|lesquelles|celui|celle|ceux|en|y|it|they|them|which|who|that|this|these|those)$/i

/** A text without accents, and each word without a plural or gender ending (`réservée` → `reserv`). */
function bare(text: string): string {
  return fold(text).normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/).map((word) => word.replace(/(?:s|x)$/, '').replace(/e+$/, '')).join(' ')
}

/**
 * The kind of difference between a label and the accepted wordings, by its closest wording.
 * @param expected the accepted wordings
 * @param got the label read (empty when the figure has none)
 */
export function missKind(expected: string[], got: string): MissKind {
  if (!got.trim()) return 'no label'
  if (PRONOUN.test(got.replace(COMPARISON, '').trim())) return 'pronoun'
  const compared = expected.filter((option) => COMPARISON.test(option))
  if (compared.length === expected.length && !COMPARISON.test(got)) return 'comparison lost'
  if (compared.length === 0 && COMPARISON.test(got)) return 'comparison extra'
  if (expected.some((option) => bare(option) === bare(got))) return 'inflection'
  const mine = contentWords(got.replace(COMPARISON, ''))
  let best: MissKind = 'wrong phrase'
  for (const option of expected) {
    const theirs = contentWords(option.replace(COMPARISON, ''))
    const shared = [...mine].filter((word) => theirs.has(word)).length
    if (shared === 0) continue
    // every word read is in the wording, which has more: cut; the other way round: too long
    if (shared === mine.size && theirs.size > shared) return 'cut to the head'
    if (shared === theirs.size && mine.size > shared) best = 'extra words'
    else if (best === 'wrong phrase') best = 'other words'
  }
  return best
}

function options(value: unknown): string[] {
  if (value === null || value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map(String)
}

/**
 * Read every case with the candidate labels recorded and diagnose each figure read with the right
 * value (figures missed or extra are the figure values' misses, not the labels').
 * @param cases the cases to read
 * @returns one diagnosis per figure paired by value
 */
export async function diagnoseLabels(cases: Case[]): Promise<LabelDiagnosis[]> {
  const found: LabelDiagnosis[] = []
  for (const item of cases) {
    for (const {expected: figure, got, choice} of await figuresByValue(item)) {
      const wanted = options(figure.label)
      const candidates = [...new Set([got.label, ...(choice?.candidates.map((candidate) => candidate.label) ?? [])])]
      const isExact = (label: string) => wanted.some((option) => fold(option) === fold(label))
      const diagnosis: LabelDiagnosis = {case: item.name, expected: wanted, got: got.label, sentence: got.sentence, exact: isExact(got.label), near: overlaps(wanted, got.label), candidates, candidateExact: candidates.some(isExact), candidateNear: candidates.some((label) => overlaps(wanted, label))}
      if (!diagnosis.exact) diagnosis.kind = missKind(wanted, got.label)
      found.push(diagnosis)
    }
  }
  return found
}

/**
 * The report of `--labels-diagnosis`: the counts of misses of generation and of choice (exact and
 * by overlap), the counts per kind of difference, then each miss with its kind.
 * @param diagnoses the result of `diagnoseLabels`
 * @param verbose also list every miss
 */
export function formatDiagnosis(diagnoses: LabelDiagnosis[], verbose: boolean): string {
  const misses = diagnoses.filter((item) => !item.exact)
  const nearMisses = diagnoses.filter((item) => !item.near)
  const lines = [
    `${diagnoses.length} figures read with the right value; labels exact ${diagnoses.length - misses.length}, by overlap ${diagnoses.length - nearMisses.length}`,
    '',
    '| label missed | exact | by overlap |',
    '|---|---|---|',
    `| no acceptable candidate (generation) | ${misses.filter((item) => !item.candidateExact).length} | ${nearMisses.filter((item) => !item.candidateNear).length} |`,
    `| an acceptable candidate, another chosen (choice) | ${misses.filter((item) => item.candidateExact).length} | ${nearMisses.filter((item) => item.candidateNear).length} |`,
    '',
    '| kind of miss (exact) | generation | choice |',
    '|---|---|---|',
  ]
  for (const kind of MISS_KINDS) {
    const ofKind = misses.filter((item) => item.kind === kind)
    if (ofKind.length) lines.push(`| ${kind} | ${ofKind.filter((item) => !item.candidateExact).length} | ${ofKind.filter((item) => item.candidateExact).length} |`)
  }
  if (verbose) {
    lines.push('')
    for (const item of misses) lines.push(`${item.case}  [${item.kind}, ${item.candidateExact ? 'choice' : 'generation'}]  expected ${item.expected.join(' | ')}  got ${item.got || '~'}${item.candidateExact ? `  (candidates: ${item.candidates.slice(1).join(' | ')})` : ''}`, `    ${item.sentence}`)
  }
  return lines.join('\n') + '\n'
}
