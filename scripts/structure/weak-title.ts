import type {Reading, WeakTitlePatterns} from './language.js'
import {capitalise} from '../capitalise.js'

/**
 * Why a made point title is weak, one a user would rewrite before presenting though nothing in it
 * is broken (issue 11): one word that names nothing (`Other`, `Seules`) or one plural noun alone
 * (`Farms`, `Exploitations`); a quantifier at its head (`Other cities`, `More women`); a quantity
 * of what follows (`Share of fish`, `La moitié de …`); a verb and a bare object (`Signing protocol`,
 * `Ban trawling`); an article dropped before a verb's complement (`Connecting households to grid`);
 * a French title opening with an article (`Le conseil …`). The words are the language's
 * (`WEAK_TITLE` in `english.ts`, `FRENCH_WEAK_TITLE` in `french.ts`).
 * @param title the made title
 * @param reading the patterns of the source's language
 * @returns the kind of weakness, or `undefined` for a title that is not weak
 */
export function weakTitle(title: string, reading: Reading): string | undefined {
  const weak = reading.weakTitle
  if (!weak) return undefined
  const text = title.trim()
  const words = text.split(/\s+/)
  if (words.length === 1) {
    if (weak.notNoun.test(text)) return 'one word that names nothing'
    // (not an acronym: `NGOs`)
    if (weak.pluralAlone.test(text) && !/^\p{Lu}{2,}/u.test(text)) return 'one plural noun alone'
    return undefined
  }
  if (weak.articleFirst?.test(text)) return 'article first'
  if (weak.quantityHead.test(text)) return 'quantity at its head'
  if (weak.quantityEnd?.test(text)) return 'quantity at its end'
  if (weak.quantifierHead.test(text)) return 'quantifier at its head'
  return verbWithBareObject(words, weak)
}

/**
 * Whether an English title is a verb with its object stripped of its article: `Signing protocol`,
 * `Ban trawling`, `Connecting households to grid` (a verb's phrase keeps its articles; a noun
 * phrase such as `Training programme` or `Funding for roofs` is not a verb's).
 */
function verbWithBareObject(words: string[], weak: WeakTitlePatterns): string | undefined {
  if (!weak.gerund || !weak.bareVerb || !weak.nominalIng || !weak.bareAfter || !weak.bareNouns) return undefined
  const lower = words.map((word) => word.toLocaleLowerCase())
  const [first, second] = lower
  if (weak.bareVerb.test(first) && (weak.gerund.test(second) || weak.pluralAlone.test(second) || /^(?:the|a|an|their|its|all)$/.test(second))) return 'bare verb and its object'
  if (!weak.gerund.test(first) || weak.nominalIng.has(first) || weak.bareAfter.test(second) || /^(?:of|for|on|in|and|or|with|by)$/.test(second)) return undefined
  const singular = (word: string) => /^\p{Ll}+$/u.test(word) && !weak.pluralAlone.test(word)
  // a gerund and one singular noun: the object lost its article (`Signing protocol`, `Capturing gas`)
  if (words.length === 2 && singular(words[1])) return 'verb and a bare object'
  // a complement whose article was dropped (`… to grid`, `… of bridge`)
  return droppedArticleAt(words, weak) === -1 ? undefined : 'article dropped'
}

/** Where a verb's complement lost its article in an English title (`Connecting households to grid`: at `grid`), else -1. */
function droppedArticleAt(words: string[], weak: WeakTitlePatterns): number {
  if (!weak.bareAfter || !weak.bareNouns || !weak.gerund?.test(words[0].toLocaleLowerCase())) return -1
  const lower = words.map((word) => word.toLocaleLowerCase())
  const bareSingular = (word: string) => /^\p{Ll}+$/u.test(word) && !weak.pluralAlone.test(word) && !weak.bareNouns!.has(word)
  const at = lower.findIndex((word, index) => index > 1 && weak.bareAfter!.test(word) && index + 1 < lower.length && bareSingular(words[index + 1]) && (index + 2 === lower.length || weak.bareAfter!.test(lower[index + 2])))
  return at === -1 ? -1 : at + 1
}

/**
 * A weak title made sound from its own words, when a general rule gives one of two words or more:
 * a French title without its article (`Le conseil agricole de proximité` → `Conseil agricole de
 * proximité`), the subject of a quantity without the quantity (`Share of new homes` → `New homes`,
 * `Part des éleveurs assurés` → `Éleveurs assurés`), a phrase without its quantifier (`Same
 * satellite method` → `Satellite method`).
 * @param title the weak title
 * @param reading the patterns of the source's language
 * @param sentence the sentence the title was made from: a quantity's subject of one word keeps what
 * it says of it after it (`the share of fish sold through cooperatives is …` → `Fish sold through cooperatives`)
 * @returns the sound title, or `undefined` when the rules leave nothing sound
 */
export function strongerTitle(title: string, reading: Reading, sentence?: string): string | undefined {
  const weak = reading.weakTitle
  if (!weak) return undefined
  const text = title.trim()
  // an English verb's complement takes its article back (`Connecting households to grid` → `… to the grid`)
  const words = text.split(/\s+/)
  const dropped = weak.nominalIng?.has(words[0].toLocaleLowerCase()) ? -1 : droppedArticleAt(words, weak)
  if (dropped !== -1) return [...words.slice(0, dropped), 'the', ...words.slice(dropped)].join(' ')
  for (const head of [weak.articleFirst, weak.quantityHead, weak.quantifierHead]) {
    const match = head?.exec(text)
    if (!match) continue
    const rest = text.slice(match[0].length).replace(/^\s+/, '')
    const stronger = capitalise(rest)
    // (the quantifier's own pattern ends on the next word's first letter, which stays)
    const kept = head === weak.quantifierHead ? capitalise(text.replace(/^\S+\s+/, '')) : head === weak.quantityHead && sentence && !/\s/.test(rest) ? capitalise(subjectInSentence(rest, sentence, weak)) : stronger
    if (kept.split(/\s+/).length >= 2 && !weakTitle(kept, reading)) return kept
  }
  return undefined
}

/**
 * A quantity's subject of one word with what the sentence says of it right after it: a participle
 * that agrees with it, a link (`in`, `through`, `dans`) and one to three words up to a stop word, a
 * comma or a number (`volontaires` in `le nombre de volontaires mobilisés en zone rurale de 6 000 …`
 * → `volontaires mobilisés en zone rurale`).
 */
function subjectInSentence(subject: string, sentence: string, weak: WeakTitlePatterns): string {
  const at = new RegExp(`(?<!\\p{L})${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu').exec(sentence)
  if (!at || !weak.participle || !weak.link || !weak.determiner || !weak.stop) return subject
  const after = sentence.slice(at.index + at[0].length).trim().split(/\s+/)
  const kept = [subject]
  let next = 0
  const bare = (word: string | undefined) => word?.replace(/[,;:.!?)]+$/u, '') ?? ''
  const ends = (word: string | undefined) => /[,;:.!?)]$/u.test(word ?? '')
  // (a participle agrees with a plural subject: `part des vaccins financée` is the share's)
  if (weak.participle.test(bare(after[0])) && (!weak.pluralAlone.test(subject) || /[sx]$/iu.test(bare(after[0])))) {
    kept.push(bare(after[0]))
    if (ends(after[0])) return kept.join(' ')
    next = 1
  }
  if (!weak.link.test(after[next] ?? '')) return kept.join(' ')
  const phrase = [after[next]]
  let word = next + 1
  if (weak.determiner.test(after[word] ?? '')) phrase.push(after[word++])
  const words: string[] = []
  while (words.length < 3 && word < after.length && /^\p{L}[\p{L}'’-]*$/u.test(bare(after[word])) && !weak.stop.test(bare(after[word]))) {
    words.push(bare(after[word]))
    if (ends(after[word++]) || (weak.headLast && weak.pluralAlone.test(words.at(-1)!))) break
  }
  return words.length > 0 ? [...kept, ...phrase, ...words].join(' ') : kept.join(' ')
}
