import type {Reading, WeakLabelPatterns} from './language.js'

/**
 * Why a figure's label is weak, one a reader learns nothing from though nothing in it is broken
 * (issue 11): once a leading `of`/`de`, its article, its time and its comparison are set aside, it
 * is one noun (`countries`, `of doses today`, `budget`, `fonds`), or one noun and its amount's unit
 * (`square kilometres`), while the sentence says more of that noun: what it is for (`for …`,
 * `pour …`), a participle, a relative or a complement after it (`doses bought from …`, `fonds de
 * la Banque …`), or the verb whose object or place it is (`piloted in 3 countries`, `trained 300
 * teachers`). The words are the language's (`WEAK_LABEL` in `english.ts`, `FRENCH_WEAK_LABEL` in
 * `french.ts`).
 * @param label the figure's label
 * @param sentence the sentence the figure was read from
 * @param reading the patterns of the sentence's language
 * @returns what the sentence says that the label leaves out (`purpose after it`, `object of a verb`, …), or `undefined` for a label that is not weak
 */
export function weakLabel(label: string, sentence: string, reading: Reading): string | undefined {
  const weak = reading.weakLabel
  if (!weak) return undefined
  const noun = bareNoun(label, weak)
  if (!noun) return undefined
  const places = occurrences(noun, sentence)
  // the noun where the amount stands beside it, else anywhere in the sentence
  const beside = places.filter((at) => amountBefore(sentence.slice(0, at), weak) !== undefined || amountAfter(sentence.slice(at + noun.length), weak) !== undefined)
  for (const at of beside.length ? beside : places) {
    const why = saysMore(sentence, at, noun, weak)
    if (why) return why
  }
  return undefined
}

/**
 * The one noun a label comes down to (`of the doses today` → `doses`; `square kilometres` →
 * `kilometres`), or `undefined` when it says more than one noun.
 */
export function bareNoun(label: string, weak: WeakLabelPatterns): string | undefined {
  let text = label.replace(weak.comparison, '').trim()
  for (let before = ''; before !== text; ) {
    before = text
    text = text.replace(weak.time, '').trim()
  }
  text = text.replace(weak.lead, '').trim()
  // (`tonnes d'aliments`: an elided `de` goes with the others)
  const words = text.split(/\s+/).filter(Boolean).map((word, index) => (index > 0 ? word.replace(/^d['’](?=\p{L})/u, '') : word))
  // a unit the amount is counted in says nothing more (`square kilometres`, `fonds en euros`)
  const rest = words.filter((word) => !(weak.unit.test(word) && words.length > 1) && !/^(?:in|en|of|d['’]|de)$/iu.test(word))
  // (a unit alone is its own noun: `square kilometres`)
  const [noun] = rest.length === 0 && words.length > 0 && words.every((word) => weak.unit.test(word)) ? words.slice(-1) : rest
  if (rest.length > 1 || !noun) return undefined
  // (a name is no bare noun: `Agency`, `NGOs`)
  if (!/^\p{Ll}[\p{L}'’-]*$/u.test(noun)) return undefined
  return noun
}

/** Where a word stands in a sentence, as a whole word, case aside. */
function occurrences(word: string, sentence: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu')
  return [...sentence.matchAll(pattern)].map((match) => match.index)
}

/** The text before an amount that ends `before` (`piloted in ` of `piloted in 3 `), or `undefined` when no amount ends it. */
function amountBefore(before: string, weak: WeakLabelPatterns): string | undefined {
  const words = before.trimEnd().split(/\s+/)
  let end = words.length
  let digits = false
  while (end > 0 && weak.amountWord.test(words[end - 1].replace(/[,;:]$/u, '')) && !/[,;:]$/u.test(words[end - 1]) || (end > 0 && /^\p{Sc}/u.test(words[end - 1]))) {
    if (/\d/u.test(words[end - 1]) || weak.bigNumber.test(words[end - 1])) digits = true
    end--
  }
  return digits ? words.slice(0, end).join(' ') : undefined
}

/** The text after an amount that follows a noun (`budget of $40 million for …` → `for …`), or `undefined` when none follows it. */
function amountAfter(after: string, weak: WeakLabelPatterns): string | undefined {
  const words = after.trim().split(/\s+/)
  let start = 0
  let digits = false
  const bare = (word: string) => word.replace(/[,;:.]$/u, '')
  // what opens the amount (`of about`, `de`), its number, then its scale and currency (`million dollars`)
  while (start < words.length && (digits ? weak.scale.test(bare(words[start])) : weak.amountWord.test(bare(words[start])) || /^\p{Sc}/u.test(words[start]))) {
    if (/\d/u.test(words[start]) || weak.bigNumber.test(bare(words[start]))) digits = true
    if (/[,;:.]$/u.test(words[start++])) break
  }
  return digits ? words.slice(start).join(' ') : undefined
}

/** What the sentence says of the noun at `at` that a bare label leaves out, or `undefined`. */
function saysMore(sentence: string, at: number, noun: string, weak: WeakLabelPatterns): string | undefined {
  const written = sentence.slice(at + noun.length)
  // (a comma ends what is said of the noun)
  const after = (amountAfter(written, weak) ?? written.trim())
  if (!/^[,;:.]/u.test(written.trim()) && weak.more.test(after)) {
    const word = after.split(/\s+/)[0].toLocaleLowerCase()
    return /^(?:for|to|pour|afin|à)$/u.test(word) ? 'purpose after it' : /^(?:who|that|which|where|qui|que|qu['’].*|dont|où)$/u.test(word) ? 'relative after it' : /^(?:of|with|from|against|on|through|between|de|du|des|d['’].*|avec|sur|contre)$/u.test(word) ? 'complement after it' : 'participle after it'
  }
  const before = amountBefore(sentence.slice(0, at), weak)
  if (before !== undefined && weak.verbBefore.test(before) && !weak.notTelling.test(before)) return /\s(?:in|across|to|for|at|into|among|from|on|by|dans|en|à|au|aux|sur|pour|par)$/iu.test(before.trimEnd()) ? 'place of a verb' : 'object of a verb'
  return undefined
}
