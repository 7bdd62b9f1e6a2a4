/**
 * A figure's label as the deck and the brief show it: a label longer than its box holds is cut at
 * the end of a phrase (before a preposition, a conjunction or a relative, or at a comma), never
 * inside a noun phrase and never on a fragment's end (`and`, `of`, `,`). The full label stays in
 * roadmap.md and the Word brief, and the sentence in the slide's notes.
 */
import {LABEL_TAIL_WORDS} from '../structure/english.js'
import {FRENCH_LABEL_TAIL} from '../structure/french.js'

/** Words a phrase of a label may end before: prepositions, conjunctions, relatives (not a verb, a determiner or a pronoun, whose cut leaves a subject without its verb or a verb without its object). */
const BOUNDARY: Record<'en' | 'fr', ReadonlySet<string>> = {
  en: new Set('and or but nor to in of on at for with from by as that which who whose where into while whilst including over under about per across through between within since during until against among along towards toward via'.split(' ')),
  fr: new Set('de du des d à au aux en et ou mais par pour sur dans avec qui que qu dont où entre vers contre avant après depuis pendant sans sous chez selon afin jusqu lors'.split(' ')),
}

/** Words a label may not end on (`Bison on member`, `pledged by the`), in each language. */
const TAIL: Record<'en' | 'fr', ReadonlySet<string>> = {
  en: LABEL_TAIL_WORDS,
  fr: new Set([...FRENCH_LABEL_TAIL, ...BOUNDARY.fr]),
}

/** A word as compared with the lists: lower case, its punctuation off, an elided `d’`/`qu’` as `d`/`qu`. */
function bare(word: string): string {
  const lower = word.toLowerCase().replace(/^[(«“"‘]+|[.,;:!?)»”"’]+$/gu, '')
  const elided = /^(\p{L}{1,5})['’]\p{L}/u.exec(lower)
  return elided ? elided[1] : lower
}

/**
 * A label cut to at most `max` characters at the end of a phrase: the longest cut before a word of
 * `BOUNDARY` or after a comma, then its trailing function words and punctuation dropped; a cut that
 * leaves a bracket open, or nothing, is not taken. A label with no such cut is cut at its last
 * whole word before `max`, its trailing function words dropped.
 * @param label the label as the reader made it
 * @param max the most characters shown (`LIMITS.figureLabelChars`)
 * @param lang the readout's language (English when absent; another falls back to English words)
 * @returns the label, or its cut
 */
export function fitLabel(label: string, max: number, lang?: string): string {
  if ([...label].length <= max) return label
  const language = lang === 'fr' ? 'fr' : 'en'
  const words = label.trim().split(/\s+/)
  const trimmed = (kept: string[]) => {
    const out = [...kept]
    while (out.length && (TAIL[language].has(bare(out.at(-1)!)) || !/[\p{L}\p{N}]/u.test(out.at(-1)!))) out.pop()
    return out.join(' ').replace(/[\s,;:–—-]+$/u, '')
  }
  const opensBracket = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length
  let fallback = ''
  for (let at = words.length - 1; at >= 1; at--) {
    const kept = words.slice(0, at)
    if ([...kept.join(' ')].length > max) continue
    const text = trimmed(kept)
    if (!text || opensBracket(text)) continue
    fallback ||= text
    const next = words[at]
    if (/[,;:]$/.test(kept.at(-1)!) || /^[(–—]/.test(next) || BOUNDARY[language].has(bare(next))) return text
  }
  return fallback || label
}
