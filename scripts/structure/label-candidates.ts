import {FUNCTION_WORDS, PERSON_NOUNS, TIME_WORDS} from './english.js'
import type {Token} from './tokens.js'

/**
 * Candidate labels of a key figure, and the simple features a linear scorer (`label-scorer.ts`)
 * weighs to choose one. A label is the counted noun phrase (`of secondary teachers`, `projects`)
 * with some of the phrases that follow it in its clause: a prepositional phrase (`in member
 * countries`, `from regional manufacturers`), a participle (`shipped across the Pacific`), a
 * relative clause or the verb the noun is the subject of, as a participle (`who are women`,
 * `facing acute hunger`), and its time (`in 2021`). The label the rules of `extract-figures.ts`
 * made is always a candidate too.
 */

/** A phrase after the counted noun, as a label writes it. */
export interface Chunk {
  text: string
  kind: 'of' | 'pp' | 'verb' | 'time'
  /** A place that only repeats who met (`in member countries`, `in the region`, `across the membership`). */
  generic: boolean
}

/** A candidate label and its features, in the order of `FEATURES`. */
export interface Candidate {
  label: string
  features: number[]
}

/** The names of the features, in the order the weights give them. */
export const FEATURES = ['rule', 'words', 'words²', 'phrases', 'generic', 'verb', 'of', 'pp', 'time', 'time left out', 'bare', 'pointer', 'skips', 'bare share', 'first generic', 'long'] as const

/** Phrases read after the counted noun at most. */
const MAX_CHUNKS = 4
/** Tokens read after the counted noun at most. */
const MAX_TOKENS = 18

const PLACE_NOUNS = /^(?:region|regions|countries|country|members|membership|world|states|nations|economies|jurisdictions|area|basin|continent|sub-region|subregion)$/
const GENERIC_PREPOSITIONS = /^(?:in|across|among|throughout|around)$/
const YEAR = /^(?:19|20)\d\d$/

/**
 * The phrases after the counted noun, up to the end of its clause, another number or about
 * eighteen words.
 * @param tokens the sentence's tokens
 * @param from the token after the counted noun
 * @param sentence the sentence
 * @param person whether the noun names people (`who` rather than `that`)
 */
export function chunksAfter(tokens: Token[], from: number, sentence: string, person: boolean): Chunk[] {
  const chunks: Chunk[] = []
  let index = from
  const stop = Math.min(tokens.length, from + MAX_TOKENS)
  const number = (at: number) => /^\d/.test(tokens[at]?.text ?? '') || /\p{Sc}/u.test(tokens[at]?.text ?? '')
  while (index < stop && chunks.length < MAX_CHUNKS) {
    const first = tokens[index]
    if (number(index)) break
    // `a year`, `per month`: a rate is the figure's time
    if (/^(?:a|an|per|each|every)$/.test(first.lower) && /^(?:year|month|week|day)$/.test(tokens[index + 1]?.lower ?? '')) {
      chunks.push({text: sentence.slice(first.start, tokens[index + 1].end), kind: 'time', generic: false})
      index += 2
      continue
    }
    // `in 2021`, `by 2030`: the figure's time
    if (/^(?:in|by|since|until|during)$/.test(first.lower) && YEAR.test(tokens[index + 1]?.text ?? '')) {
      chunks.push({text: `${first.lower} ${tokens[index + 1].text}`, kind: 'time', generic: false})
      index += 2
      continue
    }
    const relative = /^(?:who|that|which)$/.test(first.lower)
    // adverbs go with the verb after them (`still have`, `already run`)
    let verbAt = relative ? index + 1 : index
    while (tokens[verbAt]?.pos === 'ADV' && verbAt < stop) verbAt++
    const verbal = relative || (/^(?:VERB|AUX)$/.test(tokens[verbAt]?.pos ?? '') && (verbAt === index || first.pos === 'ADV'))
    if (!verbal && first.pos !== 'ADP') break
    let end = verbal ? verbAt : index + 1
    // a verb group: its auxiliaries, adverbs and particles
    if (verbal) while (end < stop && /^(?:AUX|VERB|ADV|PART)$/.test(tokens[end].pos)) end++
    // `are out of work`, `shipped across the Pacific`: a form of `be` or a participle keeps the phrase after it
    const group = end
    const open = verbal && end > verbAt && ((tokens[end - 1].pos === 'AUX' && tokens[end - 1].lemma === 'be') || (tokens[end - 1].pos === 'VERB' && /(?:ed|en|ing)$/.test(tokens[end - 1].lower)))
    // then a noun phrase, and for a verb one phrase after its object
    let phrases = 0
    while (end < stop) {
      const token = tokens[end]
      if (number(end) || /^(?:who|that|which|where|when)$/.test(token.lower)) break
      if (/^(?:PUNCT|SYM|SCONJ|AUX|PRON|ADV)$/.test(token.pos) && !(token.text === '-' && !token.spaced) && !/^['’]s$/.test(token.text) && !/^(?:their|its|our)$/.test(token.lower)) break
      // a verb keeps its object; the phrases after it are phrases of their own
      // `out of work`, `because of`: two prepositions in a row open one phrase
      if (token.pos === 'ADP' && tokens[end - 1]?.pos === 'ADP' && end - 1 > index) {
        end++
        continue
      }
      if (token.pos === 'ADP' && (verbal || end > index)) {
        // a passive or a participle keeps its agent or place (`owned by women`, `lost before …`)
        if (!(open && phrases === 0 && end === group) || (/^(?:in|by|since|until|during)$/.test(token.lower) && YEAR.test(tokens[end + 1]?.text ?? ''))) break
        phrases++
      }
      // the tagger calls some nouns after an adjective verbs (`offshore wind`)
      if (token.pos === 'VERB' && !(token.lower === token.lemma && /^(?:ADJ|NOUN)$/.test(tokens[end - 1]?.pos ?? '') && !verbal)) break
      // `cables and pipelines`: a conjunction between nouns stays in the phrase
      if (token.pos === 'CCONJ' && !/^(?:NOUN|ADJ|PROPN)$/.test(tokens[end + 1]?.pos ?? '')) break
      end++
    }
    const words = tokens.slice(index, end)
    // `in the region today`: the place, then its time
    const now = !verbal && words.length > 2 && /^(?:today|now|currently)$/.test(words.at(-1)!.lower) ? words.pop() : undefined
    while (words.length && (/^(?:ADP|PART|CCONJ|DET)$/.test(words.at(-1)!.pos) || (!verbal && words.at(-1)!.pos === 'ADV'))) words.pop()
    if (words.length === 0 || (!verbal && words.length === 1)) break
    let text = sentence.slice(words[0].start, words.at(-1)!.end)
    let kind: Chunk['kind'] = first.lower === 'of' ? 'of' : verbal ? 'verb' : 'pp'
    if (kind === 'verb') text = asModifier(words, tokens[index + words.length], text, person)
    if (!text) break
    const generic = kind === 'pp' && GENERIC_PREPOSITIONS.test(first.lower) && PLACE_NOUNS.test(words.at(-1)!.lower)
    if (kind !== 'verb' && words.some((token) => /^(?:today|now|currently)$/.test(token.lower))) kind = 'time'
    chunks.push({text, kind, generic})
    if (now && chunks.length < MAX_CHUNKS) chunks.push({text: now.lower, kind: 'time', generic: false})
    index = end
  }
  return chunks
}

/**
 * A verb phrase after a noun as a modifier of it: `are women` gives `who are women`, `face acute
 * hunger` gives `facing acute hunger`, `received a warning` gives `who received a warning`; a
 * relative clause or a participle stays as it is.
 */
function asModifier(words: Token[], after: Token | undefined, text: string, person: boolean): string {
  const first = words[0]
  // a verb without its object (`who still cannot prove`) is a fragment
  const last = words.at(-1)!
  if (last.pos === 'VERB' && last.lower === last.lemma && words.length > 1 && words.at(-2)!.lower !== 'to' && !/^(?:live|work|vote|return|die|arrive|remain|attend)$/.test(last.lemma)) return ''
  // `that sent` says nothing without its object
  if (/^(?:who|that|which)$/.test(first.lower)) return words.length > 2 || words[1]?.pos === 'AUX' ? (reducedClause(words.slice(1), text.slice(words[1].start - first.start)) ?? text) : ''
  // `still have no account`: the adverbs stay before the verb's form
  const adverbs = words.findIndex((token) => token.pos !== 'ADV')
  if (adverbs > 0) {
    const rest = asModifier(words.slice(adverbs), after, text.slice(words[adverbs].start - words[0].start), person)
    if (!rest) return ''
    const lead = /^(?:who|that) /.exec(rest)?.[0] ?? ''
    return `${lead}${text.slice(0, words[adverbs].start - words[0].start)}${rest.slice(lead.length)}`
  }
  const pronoun = person ? 'who' : 'that'
  // `is lost to leaking pipes`: a passive narrows the noun as its participle (`lost to leaking pipes`)
  if (first.pos === 'AUX' && first.lemma === 'be' && words[1]?.pos === 'VERB' && words[1].lower !== words[1].lemma && !/ing$/.test(words[1].lower) && words.length > 2) return text.slice(words[1].start - first.start)
  const reduced = reducedClause(words, text)
  if (reduced) return reduced
  if (first.pos === 'AUX') return /^(?:will|shall|would|can|could|may|must|should)$/.test(first.lower) || first.lemma === 'be' || first.lemma === 'have' ? `${pronoun} ${text}` : ''
  // a participle (`shipped across`, `living in`) modifies the noun as it is
  if (/ing$/.test(first.lower) || (/(?:ed|en)$/.test(first.lower) && (words[1] ?? after)?.pos === 'ADP')) return text
  // a past form alone is a participle (`the amount sent`)
  if (words.length === 1 && first.pos === 'VERB' && first.lower !== first.lemma && !/s$/.test(first.lower)) return text

  // the noun's own verb: present as a participle, past with `who`/`that`
  const present = first.lower === first.lemma || first.lower === `${first.lemma}s` || first.lower === `${first.lemma}es`
  if (present) return [ingForm(first.lemma), text.slice(first.text.length).trim()].filter(Boolean).join(' ')
  return `${pronoun} ${text}`
}

/**
 * A clause after a noun said as a shorter modifier, as a label writes it: a future as an
 * infinitive (`will hold a census` → `to hold a census`, `will be trained` → `to be trained`), a
 * perfect passive as its participle (`have been identified` → `identified`), what the noun has as
 * `with` (`have a central register` → `with a central register`). `undefined` when it is none of these.
 * @param words the clause's words, from its first verb (no relative word)
 * @param text how the clause is written
 */
export function reducedClause(words: Token[], text: string): string | undefined {
  const [first, second, third] = words
  if (!first || !second) return undefined
  const from = (token: Token) => text.slice(token.start - first.start)
  if (/^(?:will|shall)$/.test(first.lower) && /^(?:VERB|AUX)$/.test(second.pos) && second.lower === second.lemma) {
    if (second.lemma === 'be' && !(third && third.pos === 'VERB' && third.lower !== third.lemma && !/ing$/.test(third.lower))) return undefined
    return `to ${from(second)}`
  }
  if (/^(?:have|has)$/.test(first.lower) && second.lower === 'been' && third?.pos === 'VERB' && /(?:ed|en|wn|ld|lt|ght|id|ne)$/.test(third.lower) && words.length > 2) return from(third)
  if (/^(?:have|has)$/.test(first.lower) && first.lemma === 'have' && /^(?:DET|ADJ|NOUN)$/.test(second.pos) && !/^(?:no|any)$/.test(second.lower)) return `with ${from(second)}`
  return undefined
}

function ingForm(lemma: string): string {
  if (/ie$/.test(lemma)) return `${lemma.slice(0, -2)}ying`
  if (/[^aeiouy]e$/.test(lemma) && lemma.length > 2) return `${lemma.slice(0, -1)}ing`
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ing`
  return `${lemma}ing`
}

/** A label's comparison (`, up from 19 in 2015`), which every candidate keeps. */
const COMPARISON = /,\s*(?:(?:up|down)\s+from|against)\s.*$/

/** Content words of a label, as the features count them. */
function contentCount(text: string): number {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word) && !TIME_WORDS.test(word)).length
}

/**
 * The candidate labels of a figure: the rule's label, the counted noun phrase alone, and the
 * noun phrase with each run of one to three of the phrases after it (a run may skip one phrase),
 * with and without the figure's time.
 * @param rule the label the rules made
 * @param head how the counted noun phrase is written (`of secondary teachers`, `projects`)
 * @param chunks the phrases after it (`chunksAfter`)
 * @param share whether the figure is a percentage
 */
export function candidatesOf(rule: string, head: string, chunks: Chunk[], share: boolean): Candidate[] {
  const comparison = COMPARISON.exec(rule)?.[0] ?? ''
  const ruleTime = /\b(?:(?:in|by|since) (?:19|20)\d\d|today|now)\b/.test(rule.replace(COMPARISON, ''))
  const time = chunks.find((chunk) => chunk.kind === 'time')
  const phrases = chunks.filter((chunk) => chunk.kind !== 'time')
  const seen = new Map<string, Candidate>()
  const add = (picked: number[], withTime: boolean) => {
    const parts = picked.map((index) => phrases[index])
    const label = [head, ...parts.map((part) => part.text), withTime && time ? time.text : ''].filter(Boolean).join(' ') + comparison
    if (seen.has(label)) return
    seen.set(label, {label, features: features(label, parts, picked, withTime, Boolean(time), share, false)})
  }
  const runs: number[][] = [[]]
  for (let start = 0; start < phrases.length; start++) {
    for (let end = start + 1; end <= Math.min(phrases.length, start + 3); end++) runs.push(Array.from({length: end - start}, (_, k) => start + k))
    for (let skip = start + 2; skip < phrases.length; skip++) runs.push([start, skip])
  }
  for (const run of runs) {
    add(run, false)
    if (time) add(run, true)
  }
  // the rules' label: as the candidate it equals, or with the features its words show
  const same = seen.get(rule)
  seen.delete(rule)
  const words = rule.replace(COMPARISON, '').split(/\s+/)
  const guessed: Chunk[] = words.filter((word, index) => index > 0 && /^(?:in|on|for|from|to|with|under|across|at|by|through|among|between|of|who|that|which)$/.test(word)).map((word) => ({text: word, kind: word === 'of' ? 'of' : /^(?:who|that|which)$/.test(word) ? 'verb' : 'pp', generic: false}))
  // a place that only repeats who met (`in member countries`)
  // (only when that place is all that follows the noun: `adults in member countries`, not `people stranded in the region`)
  const rest = rule.replace(COMPARISON, '').replace(/ (?:in|by|since) (?:19|20)\d\d$| today$/, '')
  const place = rest.startsWith(`${head} `) && new RegExp(`^(?:in|across|among|throughout|around) (?:the )?(?:\\S+ )?${PLACE_NOUNS.source.slice(1, -1)}$`).test(rest.slice(head.length + 1))
  if (place && guessed.length) guessed[0] = {...guessed[0], generic: true}
  const ruleFeatures = same ? [...same.features] : features(rule, guessed, guessed.map((_, index) => index), ruleTime, Boolean(time), share, false)
  // the rules' label is bare when it is the noun phrase alone
  const bare = rule.replace(COMPARISON, '') === head ? 1 : 0
  ruleFeatures[FEATURES.indexOf('bare')] = bare
  ruleFeatures[FEATURES.indexOf('bare share')] = share ? bare : 0
  return [{label: rule, features: [1, ...ruleFeatures.slice(1)]}, ...seen.values()]
}

/**
 * The passive of the verb that governs a figure, as a phrase after its noun: `women own 21
 * percent of exporting small firms` gives `owned by women`, `communities, which employ three
 * million people` gives `employed by communities`. `undefined` when no such verb.
 * @param participle the verb's past participle
 * @param agent who does it (the clause's subject), when known
 */
export function passiveChunk(participle: string, agent: string | undefined): Chunk {
  return {text: agent ? `${participle} by ${agent}` : participle, kind: 'verb', generic: false}
}

function features(label: string, parts: Chunk[], picked: number[], withTime: boolean, hasTime: boolean, share: boolean, rule: boolean): number[] {
  const words = contentCount(label.replace(COMPARISON, ''))
  const skips = picked.length > 0 && (picked[0] > 0 || picked.some((index, k) => k > 0 && index !== picked[k - 1] + 1)) ? 1 : 0
  return [
    rule ? 1 : 0,
    words,
    (words * words) / 10,
    parts.length,
    parts.some((part) => part.generic) ? 1 : 0,
    parts.some((part) => part.kind === 'verb') ? 1 : 0,
    parts.some((part) => part.kind === 'of') ? 1 : 0,
    parts.filter((part) => part.kind === 'pp').length,
    withTime ? 1 : 0,
    hasTime && !withTime ? 1 : 0,
    !rule && parts.length === 0 ? 1 : 0,
    /\b(?:its|their|this|these|our)\b|['’]s\b/i.test(label) ? 1 : 0,
    skips,
    share && !rule && parts.length === 0 ? 1 : 0,
    parts[0]?.generic && picked[0] === 0 ? 1 : 0,
    label.split(/\s+/).length > 9 ? 1 : 0,
  ]
}

/** Whether a noun names people (`who` rather than `that` before its verb). */
export function namesPeople(noun: string): boolean {
  return PERSON_NOUNS.test(noun)
}
