import type {FragmentLabelPatterns, Reading} from './language.js'

/** The kinds of fragment `fragmentLabel` tells apart, in the order it tests them. */
export type FragmentKind = 'pronoun' | 'conjunction' | 'no noun' | 'unit alone' | 'verb alone' | 'share without its whole'

/**
 * Why a figure's label is a fragment, one a staffer must rewrite because it says nothing of what is
 * counted (issue 11): it opens on a pronoun (`ils`, `they`, `dont`) or a conjunction (`que la valeur
 * des transactions`, `and …`), it holds no noun but prepositions, adverbs and time (`d'ici`, `en
 * moyenne`, `by 2032`, `combined`), it is a unit alone (`kilogrammes`, `MW`), an infinitive alone
 * (`to build`), or it labels a percentage with another noun than the whole its sentence gives a share
 * of (`États membres` for `la part des femmes …`). A comparison after it (`, contre 6 %
 * aujourd'hui`) is set aside. The words are the language's (`FRAGMENT_LABEL` in `english.ts`,
 * `FRENCH_FRAGMENT_LABEL` in `french.ts`).
 * @param label the figure's label
 * @param value the figure's value (`60%`, `€6.5 million`)
 * @param sentence the sentence the figure was read from
 * @param reading the patterns of the sentence's language
 * @returns the kind of fragment, or `undefined` for a label that names what is counted
 */
export function fragmentLabel(label: string, value: string, sentence: string, reading: Reading): FragmentKind | undefined {
  if (!reading.fragmentLabel) return undefined
  return fragmentOf(reading.weakLabel ? label.replace(reading.weakLabel.comparison, '') : label, value, sentence, reading.fragmentLabel)
}

/**
 * `fragmentLabel` with the language's words given, for a label whose comparison is already set aside
 * (the figure readers, which know their own comparison word).
 * @param head the label without its comparison
 * @param value the figure's value (a percentage holds `%`)
 * @param sentence the sentence the figure was read from
 * @param words the language's fragment words
 * @returns the kind of fragment, or `undefined`
 */
export function fragmentOf(head: string, value: string, sentence: string, words: FragmentLabelPatterns): FragmentKind | undefined {
  const tokens = head
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase().replace(/[.,;:]+$/u, ''))
  if (tokens.length === 0) return undefined
  // (an elided article or `de` goes with the word it is written on: `d'ici` → `ici`)
  const namesNothing = (word: string) => words.namesNothing.test(word) || words.namesNothing.test(word.replace(/^[dl]['’](?=\p{L})/u, ''))
  // (a name in capitals is no pronoun: `US pledge`)
  const written = head.trim().split(/\s+/)[0]
  const acronym = /^\p{Lu}{2,}$/u.test(written)
  if (!acronym && words.pronoun.test(tokens[0])) return 'pronoun'
  if (!acronym && words.conjunction.test(tokens[0])) return 'conjunction'
  if (tokens.every(namesNothing)) return 'no noun'
  // (a rate of two units says what it measures: `kilogrammes par hectare`)
  const rate = tokens.some((word, at) => at > 0 && /^(?:per|par)$/u.test(word) && words.unit.test(tokens[at + 1] ?? ''))
  if (!rate && tokens.every((word) => words.unit.test(word) || namesNothing(word))) return 'unit alone'
  if (words.infinitive && tokens.length === 2 && words.infinitive.test(tokens[0])) return 'verb alone'
  if (/%/u.test(value) && words.share.test(sentence) && !tokens.some((word) => words.shareLabel.test(word) || words.shareLabel.test(word.replace(/^[dl]['’](?=\p{L})/u, '')))) return 'share without its whole'
  return undefined
}
