import {LABEL_TAIL_WORDS, TIME_BEFORE} from '../structure/english.js'
import {FRENCH_LABEL_TAIL} from '../structure/french.js'
import {regularParticipleMisspelt} from '../structure/verb-forms.js'
import type {Case} from './evaluate.js'
import {formatLabelFaults, labelFaultsIn, type LabelFault} from './label-faults.js'

/**
 * Labels that would show broken on the key-figures slide, the brief and the site, as
 * `npm run eval -- --broken-labels` lists them: a check of the label alone, whatever the
 * wordings a person accepted.
 */

/** A word English writes before a comparison made with `than`. */
const COMPARATIVE = /\b(?:more|less|fewer|other|rather|\p{L}{2,}er)\s(?:\S+\s){0,4}than\b/iu

/**
 * Why a label is broken, or undefined when it reads as a phrase.
 * @param label the figure's label
 * @param value the figure's value (a share may open on `of`/`de`; a count may not)
 * @param lang the text's language
 * @returns the kind of break: `ends on a function word`, `function word alone`, `wrong participle`,
 * `relative clause without its subject`, `than without a comparative`, `opens on of/de`, `word twice`
 */
export function brokenLabel(label: string, value: string, lang = 'en'): string | undefined {
  const head = label.replace(/,\s*(?:(?:up|down)\s+from|contre)\s.*$/iu, '').trim()
  const words = head.toLowerCase().split(/\s+/).filter(Boolean)
  const tail = lang === 'fr' ? FRENCH_LABEL_TAIL : LABEL_TAIL_WORDS
  const bare = (word: string) => word.replace(/^\p{L}['’]$/u, (w) => w[0]).replace(/[.,;:]+$/u, '')
  if (words.length === 0) return undefined
  if (words.every((word) => tail.has(bare(word)) || /^\p{L}['’]\p{L}+$/u.test(word) && tail.has(word[0]) && words.length === 1)) return 'function word alone'
  // (`increase on the year before`: the adverb closes a phrase of time)
  if (tail.has(bare(words.at(-1)!)) && !TIME_BEFORE.test(head)) return 'ends on a function word'
  const participle = /\bto be (\p{L}+)$|\bto be (\p{L}+)\s/u.exec(head)
  if (participle && regularParticipleMisspelt(participle[1] ?? participle[2])) return 'wrong participle'
  if (/\b(?:that|which|who|qui|que)\s+\p{L}+$/u.test(head) && !/\b(?:that|which|who|qui|que)\s+(?:are|is|were|was|sont|est)$/u.test(head)) return 'relative clause without its subject'
  if (/\bthan\b/u.test(head) && !COMPARATIVE.test(head)) return 'than without a comparative'
  if (/^(?:of|de|d['’])\b/iu.test(head) && !/%|per ?cent|pour ?cent/iu.test(value)) return 'opens on of/de'
  if (words.some((word, at) => at > 0 && /\p{L}/u.test(word) && word === words[at - 1])) return 'word twice'
  return undefined
}

/** Every label the reader makes over these cases that `brokenLabel` calls broken. */
export async function brokenLabelsIn(cases: Case[]): Promise<{labels: number; broken: LabelFault[]}> {
  const {labels, faults} = await labelFaultsIn(cases, (figure, lang) => brokenLabel(figure.label, figure.value, lang))
  return {labels, broken: faults}
}

/** The count of broken labels, and each one unless `quiet`. */
export function formatBrokenLabels(result: Awaited<ReturnType<typeof brokenLabelsIn>>, verbose: boolean): string {
  return formatLabelFaults(result.broken, result.labels, 'broken', verbose)
}
