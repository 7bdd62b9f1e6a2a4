import type {Reading} from './language.js'
import {tokensOf} from './tokens.js'

/** The ways a made point title shows cut from its sentence, as `npm run eval -- --weak-titles` counts them. */
export type TitleFault = 'verb first' | 'open end' | 'one word' | 'cut start'

/**
 * Whether a made point title is broken as a staffer would see it and fix it by hand (issue 11): it is
 * a verb or opens on one (`Former`, `Décident`, `Train 400 inspectors`, `Réserver au mil`); it ends
 * on a word that waits for what was cut (`Budget for`, `Plan prévoit de vacciner`, `Femmes adultes
 * titulaires`, `Women eligible`); it is one word and not an acronym (`Argent`, `Fund`); or it opens
 * on the stray word of a cut (`Ici 2030` from `d'ici 2030`, `Dont …`, `Which …`). English verbs are
 * the language model's tags; French ones the endings and lists of `FRENCH_TITLE_FAULTS`.
 * @param title the made title
 * @param reading the patterns of the source's language
 * @param sentence the words the title was made from: an English first word is tagged there (a title alone tags `Help desk` a verb)
 * @returns the fault, or `undefined` for a title that is not broken so
 */
export function titleFault(title: string, reading: Reading, sentence?: string): TitleFault | undefined {
  const faults = reading.titleFaults
  if (!faults) return undefined
  const words = title.trim().split(/\s+/)
  const first = words[0].toLocaleLowerCase()
  if (faults.strayStart.test(first)) return 'cut start'
  if (opensOnVerb(words, reading, sentence)) return 'verb first'
  if (faults.openEnd.test(title.trim()) || reading.brokenTitle?.end.test(title.trim())) return 'open end'
  if (words.length === 1 && !/^\p{Lu}[\p{Lu}\d&-]+$/u.test(words[0])) return 'one word'
  return undefined
}

/** Whether a title is a verb or opens on one: an infinitive, an imperative or a finite verb, not a gerund or a participle that names (`Training of …`, `Protected areas`). */
function opensOnVerb(words: string[], reading: Reading, sentence?: string): boolean {
  const faults = reading.titleFaults!
  const first = words[0].toLocaleLowerCase()
  if (faults.verb) return faults.verb.test(first) && !faults.notVerb?.test(first)
  // (one word alone is `one word`; a gerund or a participle names: `Training of …`, `Protected areas`)
  if (words.length < 2 || /(?:ing|ed)$/.test(first) || !sentence) return false
  // the title is the sentence's words from a verb in its bare or finite form, where a verb stands:
  // first, after a modal, or after `to` that follows a verb (`agreed to train 400 inspectors`; not `threats to power grids`)
  const tokens = tokensOf(sentence.slice(0, 400))
  const lower = words.map((word) => word.toLocaleLowerCase())
  return tokens.some((token, at) => {
    if (token.lower !== first || !/^(?:VERB|AUX)$/.test(token.pos) || !(token.lemma === token.lower || token.lower === `${token.lemma}s` || token.lower === `${token.lemma}es`)) return false
    if (!lower.every((word, k) => tokens[at + k]?.lower === word)) return false
    const before = tokens[at - 1]
    return !before || /^(?:will|shall|must|should|can|may|would|could|also|[-•*;:])$/.test(before.lower) || (before.lower === 'to' && /^(?:VERB|AUX)$/.test(tokens[at - 2]?.pos ?? ''))
  })
}
