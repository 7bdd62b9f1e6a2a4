import {CHANGE_VERBS, IRREGULAR_PLURALS} from './english.js'
import {tokensOf, type Token} from './tokens.js'

/**
 * Five slips of the part-of-speech tagger that break figure labels, mended before the labels are
 * read:
 * - a clause's verb that the tagger calls an adjective between its subject and the number it has
 *   as object (`women own/ADJ 21 percent of firms`), when the model reads it as a verb after `they`;
 * - a clause whose subject is a count and whose verb the tagger calls a noun (`1.2 million
 *   households in the region lack/NOUN electricity`): with no verb in the clause, the first noun
 *   after the subject's phrase that the model reads as a verb after `they` is the verb;
 * - a noun in a prepositional phrase that the tagger calls a verb after an adjective it calls an
 *   adverb (`gigawatts of offshore/ADV wind/VERB by 2040`): with nothing after it that could be its
 *   object, it is an adjective and a noun.
 * - a verb of change in its present that the tagger calls a plural noun after its subject, before
 *   `by` and a number (`the salinity near outfalls rises/NOUN by no more than 5 percent`);
 * - the noun of what a count measures that the tagger calls a verb after `of` (`8 tonnes of
 *   produce/VERB`, `3,000 tonnes of catch/VERB`);
 * - a plural noun the tagger calls a verb's present right after a count that is its clause's object
 *   (`the huts gave 1.6 million overnight/ADV stays/VERB`, `4,000 ship calls/VERB in 2025`).
 * @param tokens a sentence's tokens (not changed)
 * @returns the tokens, mended where needed (new objects for the mended ones)
 */
export function repairTags(tokens: Token[]): Token[] {
  const mended = [...tokens]
  for (let index = 0; index < mended.length; index++) {
    if (mended[index].pos === 'NUM' && !/^NUM$/.test(mended[index + 1]?.pos ?? '')) mendMissingVerb(mended, index + 1)
    const token = mended[index]
    const next = mended[index + 1]
    const change = token.pos === 'NOUN' ? changeVerbTakenForNoun(mended, index) : undefined
    if (change) mended[index] = {...token, pos: 'VERB', lemma: change}
    if (token.pos === 'ADJ' && verbTakenForAdjective(mended, index)) mended[index] = {...token, pos: 'VERB', lemma: token.lower.replace(/(?<=[^s])s$/, '')}
    if (token.pos === 'ADV' && next?.pos === 'VERB' && next.lower === next.lemma && mended[index - 1]?.pos === 'ADP' && /^(?:NOUN|PROPN)$/.test(mended[index - 2]?.pos ?? '') && /^(?:ADP|PUNCT|CCONJ)$/.test(mended[index + 2]?.pos ?? 'PUNCT')) {
      mended[index] = {...token, pos: 'ADJ'}
      mended[index + 1] = {...next, pos: 'NOUN'}
    }
    if (nounTakenForVerbAfterCount(mended, index)) mended[index] = {...token, pos: 'NOUN'}
    if (nounTakenForVerbAfterArticle(mended, index)) mended[index] = {...mended[index], pos: 'NOUN'}
    if (nounTakenForVerbBeforeVerb(mended, index)) mended[index] = {...mended[index], pos: 'NOUN'}
    const subject = pluralTakenForVerbBeforeAuxiliary(mended, index)
    if (subject !== undefined) {
      if (subject < index) mended[subject] = {...mended[subject], pos: 'ADJ'}
      mended[index] = {...mended[index], pos: 'NOUN', lemma: mended[index].lemma}
    }
    const plural = pluralTakenForVerbAfterObjectCount(mended, index)
    if (plural !== undefined) {
      if (plural < index) mended[plural] = {...mended[plural], pos: 'ADJ'}
      mended[index] = {...mended[index], pos: 'NOUN'}
    }
  }
  return mended
}

/**
 * Whether the word at `index`, tagged a verb in its base or `-s` form, is the last noun of a
 * subject right before its clause's verb (`Reported pellet spills/VERB rose to 31`, `camps
 * registered on the lake shore/VERB has risen`): it follows a noun, a name, an adjective or an
 * article, and a finite verb follows it (`has`, `were`, or a verb of change in its past), which a
 * verb of its own could not have right after it. A participle (`prices paid rose`) is left alone.
 */
function nounTakenForVerbBeforeVerb(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (token.pos !== 'VERB' || !/^[a-z]{3,}$/.test(token.lower) || !(token.lower === token.lemma || token.lower === `${token.lemma}s`)) return false
  if (!/^(?:NOUN|PROPN|ADJ|DET)$/.test(tokens[index - 1]?.pos ?? '')) return false
  const next = tokens[index + 1]
  if (!next) return false
  if (next.pos === 'AUX') return /^(?:has|have|had|is|are|was|were)$/.test(next.lower) && !/^(?:to|not)$/.test(tokens[index + 2]?.lower ?? '')
  return next.pos === 'VERB' && next.lower !== next.lemma && !/ing$/.test(next.lower) && Boolean(CHANGE_VERBS[next.lemma])
}

/**
 * Whether the word at `index`, tagged a verb, is the head of a noun phrase opened by `a`/`an`
 * (`a cash grant/VERB of £60`, `a food transfer/VERB of $20`, `a joint conservation grant/VERB of £2.5m`): after `a` and a noun, a verb in its
 * base form could not agree with that noun, so it is a compound's head, and `of` follows it.
 */
function nounTakenForVerbAfterArticle(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (token.pos !== 'VERB' || token.lower !== token.lemma || !/^[a-z]+$/.test(token.lower)) return false
  if (tokens[index - 1]?.pos !== 'NOUN' || tokens[index + 1]?.lower !== 'of') return false
  // (`a joint conservation grant/VERB of £2.5m`: adjectives and nouns may stand between the article and the noun)
  let at = index - 2
  while (at > index - 5 && /^(?:NOUN|ADJ)$/.test(tokens[at]?.pos ?? '')) at--
  return /^an?$/.test(tokens[at]?.lower ?? '')
}

/**
 * Whether the word at `index`, tagged a verb in its present with `-s` (`stays`, `calls`, `visits`),
 * is the plural noun a count measures: it follows the count, maybe after one modifier (an adverb
 * the tagger read for an adjective, `overnight`, or a noun in its singular, `ship`, which a plural
 * count could not take as subject), the clause already has its verb before the count (so the count
 * is an object), and no object follows it.
 * @returns the modifier's index (to be read as an adjective when it was tagged an adverb), `index`
 * itself when there is none to mend, or undefined when the word is a verb
 */
function pluralTakenForVerbAfterObjectCount(tokens: Token[], index: number): number | undefined {
  const token = tokens[index]
  if (token.pos !== 'VERB' || !/^[a-z]{3,}s$/.test(token.lower) || token.lemma === token.lower || /ss$/.test(token.lower)) return undefined
  let count = index - 1
  let modifier = index
  if (tokens[count]?.pos === 'ADV' && /^[a-z]+$/.test(tokens[count].lower)) modifier = count--
  else if (/^(?:NOUN|ADJ)$/.test(tokens[count]?.pos ?? '') && tokens[count].lower === tokens[count].lemma && /^[a-z]+$/.test(tokens[count].lower)) count--
  if (tokens[count]?.pos !== 'NUM') return undefined
  while (tokens[count - 1]?.pos === 'NUM') count--
  if (/^(?:NOUN|DET|NUM|PRON|PROPN)$/.test(tokens[index + 1]?.pos ?? 'PUNCT')) return undefined
  // the clause's verb before the count: the count is its object, so the word after it is no verb
  for (let at = count - 1; at >= 0 && !/^(?:PUNCT|SCONJ|CCONJ)$/.test(tokens[at].pos) && tokens[at].lower !== 'that'; at--) if (/^(?:VERB|AUX)$/.test(tokens[at].pos)) return modifier
  return undefined
}

/**
 * The plural noun of a count that is its clause's subject, which the tagger called a verb's present (`Forty-three near/ADP
 * misses/VERB were reported`, `12 repeat visits/VERB are planned`): a word in `-s` right after a count, maybe after one word
 * that narrows it, and an auxiliary right after it (`were`, `are`, `have`), which a verb of its own could not have after it
 * (figures50). Returns the index of the narrowing word (or of the noun), else `undefined`.
 */
function pluralTakenForVerbBeforeAuxiliary(tokens: Token[], index: number): number | undefined {
  const token = tokens[index]
  if (token.pos !== 'VERB' || !/^[a-z]{3,}s$/.test(token.lower) || token.lemma === token.lower || /ss$/.test(token.lower)) return undefined
  if (!/^(?:were|are|have|had|will|would|could|may|might|must)$/.test(tokens[index + 1]?.lower ?? '')) return undefined
  let count = index - 1
  let modifier = index
  if (/^(?:ADV|ADP|ADJ|NOUN)$/.test(tokens[count]?.pos ?? '') && /^[a-z]+$/.test(tokens[count].lower) && !/^(?:of|to|in|for|by|with|at|on)$/.test(tokens[count].lower)) modifier = count--
  if (tokens[count]?.pos === 'PUNCT' && tokens[count].text === '-' && tokens[count - 1]?.pos === 'NUM') count--
  if (tokens[count]?.pos !== 'NUM' || /^(?:one|1)$/.test(tokens[count].lower)) return undefined
  return modifier
}

/**
 * Whether the word at `index`, tagged a verb, is the noun of what a count measures (`8 tonnes of
 * produce/VERB`, `3,000 tonnes of catch/VERB in 2025`): a word in its base form right after a
 * count's noun and `of`, with nothing after it that could be its object.
 */
function nounTakenForVerbAfterCount(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (token.pos !== 'VERB' || token.lower !== token.lemma || !/^[a-z]+$/.test(token.lower)) return false
  if (tokens[index - 1]?.lower !== 'of' || tokens[index - 2]?.pos !== 'NOUN' || tokens[index - 3]?.pos !== 'NUM') return false
  return /^(?:ADP|PUNCT|CCONJ)$/.test(tokens[index + 1]?.pos ?? 'PUNCT')
}

/**
 * Whether the word at `index`, tagged an adjective, is the verb of a clause whose object is a
 * number (`women own/ADJ 21 percent of firms`): it follows a noun, a number follows it (maybe after
 * an adverb), its clause has no other verb, and the model reads it as a verb after `they`.
 */
function verbTakenForAdjective(tokens: Token[], index: number): boolean {
  if (!/^(?:NOUN|PROPN)$/.test(tokens[index - 1]?.pos ?? '')) return false
  const object = tokens[index + 1]?.pos === 'ADV' ? index + 2 : index + 1
  if (tokens[object]?.pos !== 'NUM' || !/^[a-z]+$/.test(tokens[index].lower)) return false
  for (let at = index - 1; at >= 0 && !/^(?:PUNCT|SCONJ)$/.test(tokens[at].pos) && tokens[at].lower !== 'that'; at--) if (/^(?:VERB|AUX)$/.test(tokens[at].pos)) return false
  return readsAsVerb(tokens[index].lower)
}

/**
 * The dictionary form of a verb of change at `index` that the tagger called a noun: its present
 * (`rises`, `falls`, `increases`) right after a noun, then `by` and a number within four words.
 */
function changeVerbTakenForNoun(tokens: Token[], index: number): string | undefined {
  const lemma = /^[a-z]+s$/.test(tokens[index].lower) ? [tokens[index].lower.slice(0, -1), tokens[index].lower.slice(0, -2)].find((stem) => stem in CHANGE_VERBS) : undefined
  if (!lemma || tokens[index - 1]?.pos !== 'NOUN' || tokens[index + 1]?.lower !== 'by') return undefined
  return tokens.slice(index + 2, index + 6).some((token) => token.pos === 'NUM') ? lemma : undefined
}

/** Whether the model reads a word as a verb after `they` (`they lack`, `they face`), asked once per word. */
const verbAfterThey = new Map<string, boolean>()
function readsAsVerb(word: string): boolean {
  let known = verbAfterThey.get(word)
  if (known === undefined) {
    known = tokensOf(`they ${word} it`)[1]?.pos === 'VERB'
    if (verbAfterThey.size < 5000) verbAfterThey.set(word, known)
  }
  return known
}

/**
 * In the clause that starts with a count's noun at `from`, up to the next punctuation: when no word
 * is tagged a verb, the first noun in its base form that follows a noun and is read as a verb after
 * `they` becomes the verb.
 */
function mendMissingVerb(tokens: Token[], from: number): void {
  let end = from
  while (end < tokens.length && tokens[end].pos !== 'PUNCT' && end - from < 20) end++
  const clause = tokens.slice(from, end)
  if (clause.length < 3 || clause.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return
  // the count's noun comes first, then its phrase: the verb follows a noun, after a preposition's phrase
  if (!/^(?:NOUN|ADJ)$/.test(clause[0].pos)) return
  // `2 million people lack/NOUN clean water`: a plural count's noun, then a word in its base form the model reads as a verb
  if (pluralNoun(clause[0]) && tokens[from + 1].pos === 'NOUN' && tokens[from + 1].lower === tokens[from + 1].lemma && /^[a-z]+$/.test(tokens[from + 1].lower) && /^(?:ADJ|DET|PRON|NOUN)$/.test(tokens[from + 2]?.pos ?? '') && readsAsVerb(tokens[from + 1].lower)) {
    tokens[from + 1] = {...tokens[from + 1], pos: 'VERB'}
    return
  }
  let sawPhrase = false
  for (let index = from + 1; index < end; index++) {
    const token = tokens[index]
    if (token.pos === 'ADP') sawPhrase = true
    if (!sawPhrase || token.pos !== 'NOUN' || tokens[index - 1].pos !== 'NOUN' || token.lower !== token.lemma || !/^[a-z]+$/.test(token.lower)) continue
    if (!/^(?:NOUN|ADJ|DET|ADP|PRON|ADV)$/.test(tokens[index + 1]?.pos ?? '')) continue
    if (readsAsVerb(token.lower)) tokens[index] = {...token, pos: 'VERB'}
    return
  }
}

/** Whether a noun is a plural (`households`, `people`). */
function pluralNoun(token: Token): boolean {
  return token.pos === 'NOUN' && (IRREGULAR_PLURALS.has(token.lower) || (token.lower !== token.lemma && /s$/.test(token.lower)))
}
