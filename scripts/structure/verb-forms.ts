import {DOUBLING_VERBS, IRREGULAR_PARTICIPLES} from './english.js'

/**
 * The past participle of an English verb, from its lemma: the irregular ones from a list
 * (`go` → `gone`, `rid` → `rid`), the others by the spelling rules (`carry` → `carried`, `train` →
 * `trained`, `plan` → `planned`, `equip` → `equipped`).
 * @param lemma the verb's lemma
 * @returns its past participle
 */
export function pastParticiple(lemma: string): string {
  const irregular = IRREGULAR_PARTICIPLES[lemma]
  if (irregular) return irregular
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`
  if (/e$/.test(lemma)) return `${lemma}d`
  if (DOUBLING_VERBS.has(lemma) || /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ed`
  return `${lemma}ed`
}

/**
 * Whether a word is a regular `-ed` form English does not write (`goed`, `ridded`, `equiped`): the
 * form `pastParticiple` once made of a verb whose participle is irregular or doubles its consonant.
 * @param word a word of a label
 */
export function regularParticipleMisspelt(word: string): boolean {
  const lower = word.toLowerCase()
  if (!/ed$/.test(lower)) return false
  const stems = [lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3)]
  return stems.some((stem) => stem.length > 1 && pastParticiple(stem) !== lower && (IRREGULAR_PARTICIPLES[stem] !== undefined || DOUBLING_VERBS.has(stem)))
}
