import {DEGREE_WORDS, LINKING_VERBS, NUMBER_BOUNDS, TIME_ADVERBS} from './english.js'
import type {Token} from './tokens.js'

// Where a noun phrase ends, read one way everywhere: what is a participle, where a phrase after a
// noun (an adjective phrase, a participle with its phrase, a preposition and its noun) stops.

/** Whether a token is a past participle (`trained`, `held`, `given`): a verb in a form other than its lemma or in -ed/-en, never in -ing or -s. */
export function isPastParticiple(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && !/(?:ing|s)$/.test(token.lower) && (token.lower !== token.lemma || /(?:ed|en)$/.test(token.lower))
}

/** Whether a token is a present participle (`working`, `serving`): a verb in -ing other than its lemma. */
export function isPresentParticiple(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && /ing$/.test(token.lower) && token.lower !== token.lemma
}

/**
 * Where an adjective phrase after a noun ends: an adverb of degree and an adjective, a participle
 * or a phrase (`most dangerous`, `most affected`, `most at risk`), or a participle of judging or
 * reporting with the adjective it gives (`judged most dangerous`, `reported stolen`, `found unsafe`),
 * an adverb of time before it (`already reported stolen`); `from` when there is none. Never when a
 * noun follows, which makes the words a clause (`ministers judged most projects …`).
 */
export function adjectivePhraseEnd(tokens: Token[], from: number): number {
  let at = from
  if (TIME_ADVERBS.test(tokens[at]?.lower ?? '')) at++
  const word = tokens[at]
  if (!word) return from
  let end = -1
  // `judged most dangerous`, `reported stolen`, `found unsafe`
  if (isPastParticiple(word) && at + 1 < tokens.length) {
    let next = at + 1
    if (DEGREE_WORDS.test(tokens[next].lower) && tokens[next].pos === 'ADV') next++
    if (tokens[next]?.pos === 'ADJ' || (next === at + 1 && isPastParticiple(tokens[next]))) end = next + 1
    // `judged most at risk`
    else if (next > at + 1 && tokens[next]?.pos === 'ADP' && tokens[next + 1]?.pos === 'NOUN') end = next + 2
  } else if (at === from && word.pos === 'ADV' && DEGREE_WORDS.test(word.lower) && !/^(?:more|less)$/.test(word.lower)) {
    const next = tokens[at + 1]
    // `most dangerous`, `most affected`
    if (next?.pos === 'ADJ' || isPastParticiple(next)) end = at + 2
    // `most at risk`
    else if (next?.pos === 'ADP' && tokens[at + 2]?.pos === 'NOUN') end = at + 3
  }
  if (end < 0 || /^(?:NOUN|PROPN|DET|NUM)$/.test(tokens[end]?.pos ?? '')) return from
  // `most affected by drought`: a participle keeps its phrase
  if (isPastParticiple(tokens[end - 1]) && tokens[end]?.pos === 'ADP' && !/^(?:19|20)\d\d$/.test(tokens[end + 1]?.text ?? '')) {
    let stop = end + 1
    let last = -1
    while (stop < end + 5 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[stop]?.pos ?? '')) if (/^(?:NOUN|PROPN)$/.test(tokens[stop++].pos)) last = stop
    if (last > 0 && last === stop) end = last
  }
  return end
}

/** Whether the word at `index` is a participle that narrows the noun before it (`working in …`, `lost to …`), not a clause's main verb. */
export function narrowsNounBefore(tokens: Token[], index: number): boolean {
  const word = tokens[index]
  const next = tokens[index + 1]
  return word?.pos === 'VERB' && !LINKING_VERBS.has(word.lower) && (/ing$/.test(word.lower) || (/(?:ed|en|kept|held|left|set|put|built|sent|spent|lost|paid|sold|brought|caught|taught|bought|made|run|cut)$/.test(word.lower) && (next?.pos === 'ADP' || /^(?:out|up|off|away|back|down)$/.test(next?.lower ?? '') || (word.lower !== word.lemma && (next?.pos === 'ADJ' || /ing$/.test(next?.lower ?? '')) && !['NOUN', 'PROPN'].includes(tokens[index + 2]?.pos ?? '')))))
}

const SUBJECT_WORDS = 8

/**
 * Where a subject's noun phrase ends when the phrase after its noun runs up to its verb: a
 * preposition and its noun phrase (`in the Compact's power mix`, `for a public body`) or a
 * participle with one (`sent home by migrants`, `serving the region`). The subject stays whole only
 * when that one phrase reaches the verb (its auxiliaries and adverbs aside) within about eight words,
 * so that a label is the whole noun phrase or its noun alone, never cut inside a phrase.
 * @param start the subject's first word
 * @param end the token after the subject's noun (and its `of` phrase)
 * @param verb the clause's verb
 * @returns the token after the subject's last phrase, or `end`
 */
export function subjectModifiersEnd(tokens: Token[], start: number, end: number, verb: number): number {
  let at = verb
  while (at > end && /^(?:AUX|ADV|PART)$/.test(tokens[at - 1].pos)) at--
  // words as written: `capital's` and `drought-hit` are one each; a leading `the number of` says nothing of what is counted and is not a word of the label
  const counted = tokens[start].lower === 'number' && tokens[start + 1]?.lower === 'of' ? 2 : 0
  const words = tokens.slice(start + counted, at).filter((token, k) => k === 0 || (token.spaced && !/^['’]s?$/.test(token.text))).length
  if (at === end || words > SUBJECT_WORDS) return end
  let index = end
  // one phrase: a second is most often a place or a time the label leaves out (`attacks by armed groups in the Basin`)
  for (let phrases = 0; index < at; phrases++) {
    if (phrases === 1) return end
    const opener = tokens[index]
    // an adjective with its phrase is read as a participle is (`cases pending for more than two years`, `households eligible for support`)
    const participle = isPastParticiple(opener) || isPresentParticiple(opener) || (opener.pos === 'ADJ' && tokens[index + 1]?.pos === 'ADP' && tokens[index + 1].lower !== 'than')
    if (!(opener.pos === 'ADP' && opener.lower !== 'than') && !participle) return end
    index++
    // a participle may take an adverb (`sent home`) before its phrase
    if (participle) while (index < at && (tokens[index].pos === 'ADV' || tokens[index].pos === 'ADP')) index++
    const from = index
    // `pending for more than two years`, `waiting at least six months`: a bound on a number is part of the phrase
    index += boundBeforeNumber(tokens, index)
    while (index < at && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[index].pos) || /^['’]s?$/.test(tokens[index].text) || (tokens[index].text === '-' && !tokens[index].spaced))) index++
    if (/^(?:19|20)\d\d$/.test(tokens[index - 1]?.text ?? '')) return end
    if (index === from ? !participle : !['NOUN', 'PROPN'].includes(tokens[index - 1].pos)) return end
  }
  return at
}

/**
 * How many words at `index` bound the number after them (`more than`, `at least`, `up to`), or 0:
 * `cases pending for more than two years` is one phrase, whose noun is `years`.
 */
function boundBeforeNumber(tokens: Token[], index: number): number {
  for (const bound of NUMBER_BOUNDS) {
    const words = bound.split(' ')
    if (words.every((word, k) => tokens[index + k]?.lower === word) && tokens[index + words.length]?.pos === 'NUM') return words.length
  }
  return 0
}

/**
 * Where a noun joined by `and`/`or` to the noun before `index` ends, when both are the objects of
 * one phrase after a counted noun (`of grain and oilseeds`, `of degraded mangroves and seagrass
 * meadows`, `over the river and its main tributaries`, `in inventory and photography`): the joined
 * noun with its adjectives, hyphenated compounds and a possessive determiner. Not another count
 * (`300 nurses and 200 doctors`), not a noun a phrase of its own opens with the same preposition
 * (`schools in the north and clinics in the south`), and not the subject of a clause of its own
 * (`… and farmers said`) unless the phrase itself is in the subject, whose verb then follows.
 * @param index the conjunction
 * @param opener the preposition that opened the phrase, or `undefined`
 * @param inSubject whether the phrase belongs to the clause's subject
 * @returns the token after the joined noun, or -1
 */
export function joinedNounEnd(tokens: Token[], index: number, opener: string | undefined, inSubject: boolean): number {
  const before = tokens[index - 1]
  if (!/^(?:and|or)$/.test(tokens[index]?.lower ?? '') || !/^(?:NOUN|PROPN)$/.test(before?.pos ?? '')) return -1
  let at = index + 1
  if (/^(?:its|their|our)$/.test(tokens[at]?.lower ?? '')) at++
  let last = -1
  while (at < index + 6 && tokens[at]) {
    const token = tokens[at]
    // `seagrass meadows`, `small-scale mines`: a compound is read as one word
    if (tokens[at + 1]?.text === '-' && !tokens[at + 1].spaced && tokens[at + 2] && !tokens[at + 2].spaced && /^(?:NOUN|PROPN|ADJ|VERB)$/.test(token.pos)) {
      at += 2
      continue
    }
    if (token.pos === 'ADJ' && last < 0) at++
    else if (token.pos === before.pos) last = ++at
    else break
  }
  if (last < 0 || last !== at) return -1
  const next = tokens[last]
  if (next && /^\d/.test(next.text)) return -1
  if (next?.pos === 'ADP' && next.lower === opener) return -1
  if (next && /^(?:VERB|AUX|NUM)$/.test(next.pos) && !inSubject) return -1
  if (next && /^['’]s?$/.test(next.text)) return -1
  return last
}

/** Whether the words before `index` in its clause hold no verb, so that a phrase at `index` is in the clause's subject (`212 of the 640 bridges over the river …`). */
export function isInSubject(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const token = tokens[at]
    if (/^[;:,]$/.test(token.text) || token.pos === 'SCONJ' || /^(?:that|which|who)$/.test(token.lower)) return true
    if (token.pos === 'VERB' || token.pos === 'AUX') return false
  }
  return true
}

/**
 * Where a time phrase that names a part of a year ends (`by the end of 2026`, `before the start of
 * 2028`, `at the end of 2025`): it is read whole, never cut before its year. -1 when there is none at `index`.
 */
export function partOfYearEnd(tokens: Token[], index: number): number {
  if (!/^(?:by|before|until|at|from|since|in)$/.test(tokens[index]?.lower ?? '') || tokens[index + 1]?.lower !== 'the') return -1
  if (!/^(?:end|start|beginning|middle|first|second|last)$/.test(tokens[index + 2]?.lower ?? '')) return -1
  let at = index + 3
  // `the first half of 2026`, `the last quarter of 2025`
  if (/^(?:half|quarter)$/.test(tokens[at]?.lower ?? '')) at++
  else if (!/^(?:end|start|beginning|middle)$/.test(tokens[index + 2].lower)) return -1
  return tokens[at]?.lower === 'of' && /^(?:19|20)\d\d$/.test(tokens[at + 1]?.text ?? '') ? at + 2 : -1
}
