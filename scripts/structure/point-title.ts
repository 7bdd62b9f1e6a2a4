import {ACTORS} from './english.js'
import {nlp} from './nlp.js'

/** Most words of a title made from a point's text. */
export const MAX_TITLE_WORDS = 7
/** Most characters of the sentence handed to the tagger (a title comes from its start). */
const MAX_SENTENCE = 400

interface Word {
  text: string
  pos: string
  lower: string
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])
const LINKS = new Set(['of', 'for', 'on', 'to', 'against', 'in'])

/**
 * A short title for a point that has none of its own: a noun phrase of at most seven words, from
 * the point's first sentence, naming its subject. When the subject names who acted ("Ministers
 * endorsed …"), the title is the object of the main verb and its modifiers ("Stockpile of vaccine
 * doses"); otherwise it is the subject ("New training centre for customs officers").
 * @param sentence the point's first sentence
 * @returns the title in sentence case, or `undefined` when no noun phrase is found
 */
export function pointTitle(sentence: string): string | undefined {
  const words = wordsOf(sentence.slice(0, MAX_SENTENCE))
  const verb = words.findIndex((word) => word.pos === 'VERB')
  const subject = verb > 0 ? nounPhrase(words, 0, verb) : undefined
  const actor = !subject || ACTORS.has(subject.head) || words.slice(0, verb).every((w) => w.pos === 'PROPN' || w.pos === 'DET' || w.pos === 'PRON' || w.pos === 'CCONJ' || w.pos === 'PUNCT')
  let phrase: string[] | undefined
  if (verb === -1) phrase = nounPhrase(words, 0, words.length)?.words
  else if (actor) phrase = objectOf(words, verb)
  else phrase = subject?.words
  phrase ??= nounPhrase(words, 0, words.length)?.words
  if (!phrase?.length) return undefined
  return sentenceCase(phrase.slice(0, MAX_TITLE_WORDS).join(' '))
}

/** The sentence's words with their part-of-speech tags; hyphenated words are one word. */
function wordsOf(sentence: string): Word[] {
  const its = nlp().its
  const tokens = nlp().readDoc(sentence).tokens()
  const texts = tokens.out() as string[]
  const tags = tokens.out(its.pos) as string[]
  const spaces = tokens.out(its.precedingSpaces) as string[]
  const words: Word[] = []
  for (let i = 0; i < texts.length; i++) {
    const previous = words[words.length - 1]
    // Glue `waste - collection` back into `waste-collection` when the source wrote no spaces.
    if (previous && !spaces[i] && (texts[i] === '-' || previous.text.endsWith('-'))) {
      previous.text += texts[i]
      previous.lower = previous.text.toLowerCase()
      previous.pos = texts[i] === '-' ? previous.pos : tags[i] === 'VERB' ? 'NOUN' : tags[i]
      continue
    }
    words.push({text: texts[i], pos: tags[i], lower: texts[i].toLowerCase()})
  }
  for (const word of words) if (word.text.includes('-') && word.text.length > 1 && word.pos === 'VERB') word.pos = 'ADJ'
  return words
}

/**
 * The first noun phrase in `words[from..to)`: optional determiner, modifiers, a noun head, and one
 * `of`/`for`/`on` phrase after it. Determiners, numbers and possessives at its start are dropped.
 */
function nounPhrase(words: Word[], from: number, to: number): {words: string[]; head: string} | undefined {
  let start = from
  while (start < to && !NOMINAL.has(words[start].pos)) start++
  if (start >= to) return undefined
  let end = start
  while (end < to && (NOMINAL.has(words[end].pos) || (words[end].pos === 'PART' && words[end].text.startsWith("'")) || words[end].text === '’s')) end++
  const core = words.slice(start, end).filter((w) => w.pos !== 'NUM' && !/^\d/.test(w.text))
  // The head is the last noun; trailing adjectives or numbers are not part of the phrase.
  while (core.length && core[core.length - 1].pos !== 'NOUN' && core[core.length - 1].pos !== 'PROPN') core.pop()
  if (!core.length) return undefined
  const phrase = core.map((w) => w.text)
  const head = core[core.length - 1].lower
  const link = words[end]
  if (link && LINKS.has(link.lower) && end + 1 < to) {
    let k = end + 1
    const article = words[k] && words[k].pos === 'DET' && /^(?:the|a|an)$/i.test(words[k].text) ? words[k++] : undefined
    const tail = k < to && NOMINAL.has(words[k].pos) ? nounPhrase(words, k, Math.min(to, k + 6)) : undefined
    if (tail && tail.words.length && phrase.length + tail.words.length + 1 + (article ? 1 : 0) <= MAX_TITLE_WORDS) {
      phrase.push(link.text, ...(article && !/^(?:a|an)$/i.test(article.text) ? [article.text] : []), ...tail.words)
    }
  }
  return {words: phrase, head}
}

/** The object of the verb at `verb`: skip the rest of the verb group (“agreed to establish”), then a noun phrase. */
function objectOf(words: Word[], verb: number): string[] | undefined {
  let k = verb + 1
  while (k < words.length && k < verb + 6 && /^(?:VERB|AUX|PART|ADV|ADP|SCONJ|PRON)$/.test(words[k].pos) && words[k].pos !== 'PRON') k++
  if (k < words.length && words[k].pos === 'PRON' && !/^(?:their|its|our|his|her|your)$/i.test(words[k].text)) return undefined
  const end = words.findIndex((w, i) => i > k && w.pos === 'PUNCT' && w.text !== '-' && w.text !== '’s')
  return nounPhrase(words, k, end === -1 ? words.length : end)?.words
}

/** Upper-case the first letter, keep proper nouns and acronyms as written. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
