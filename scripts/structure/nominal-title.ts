import {DECISION_NOUNS} from './english.js'
import {MAX_TITLE_WORDS, nounPhrase, type Phrase, type Word} from './point-title.js'

/** Verbs that give someone a role (`re-elected Dr Lee as President`): the title names the role (“Re-election of the President”). */
const ROLE_VERBS = /^(?:re-?elect|elect|re-?appoint|appoint|nominate|designate)$/

/**
 * The decision named by its noun, as an editor writes it (“agreed to expand the network of
 * sea-level gauges” → “Expansion of the network of sea-level gauges”, “will train harbour
 * inspectors” → “Training of harbour inspectors”, “ban single-use plastic bags” → “Ban on
 * single-use plastic bags”, “re-elected Ms Rukavina as Chair of the Council” → “Re-election of the
 * Chair”): the verb's noun (`DECISION_NOUNS`), its preposition, `the` when the text has it, and the
 * object's noun phrase, whole and without its complement; at most seven words each.
 * @param words the clause's words (see `wordsOf`)
 * @param at the index of the verb
 * @param end the index after the last word the object may take
 * @returns the candidates' words (none when the verb has no noun or no object)
 */
export function nominalTitles(words: Word[], at: number, end: number): string[][] {
  const verb = words[at]
  const base = baseOf(verb)
  const noun = base && DECISION_NOUNS[base]
  if (!noun) return []
  const [head, link = 'of'] = noun.split(' ')
  let k = at + 1
  // (`phase out coal`, `set up a group`: the particle belongs to the verb)
  if (/^(?:out|up)$/.test(words[k]?.lower ?? '')) k++
  let article = false
  while (/^(?:the|a|an|their|its|our|his|her)$/.test(words[k]?.lower ?? '')) article ||= words[k++].lower === 'the'
  if (!/^(?:NOUN|PROPN|ADJ)$/.test(words[k]?.pos ?? '')) return []
  // `re-elected Ms Rukavina as Chair of the Council`: the role, not the person
  const role = roleTitle(words, at, end)
  if (role) return [role]
  const object = nounPhrase(words, k, end)
  if (!object) return []
  // the object as written, when the noun phrase made a compound of it (`network of sea-level gauges`)
  const written = words.slice(k, object.end)
  const made = (phrase: string[]) => [capital(head), link, ...(article && link === 'of' ? ['the'] : []), ...phrase.map((word, n) => (n === 0 && object.core[0]?.pos !== 'PROPN' ? lowerFirst(word) : word))]
  const titles = [made(object.words)]
  if (written.every((w) => /^(?:NOUN|PROPN|ADJ|ADP|DET)$/.test(w.pos)) && written.map((w) => w.text).join(' ') !== object.words.join(' ')) titles.push(made(written.map((w) => w.text)))
  if (object.core.length < object.words.length) titles.push(made(object.core.map((w) => w.text)))
  return titles.filter((title) => title.length <= MAX_TITLE_WORDS)
}

/**
 * An office filled, as an editor names it (“re-elected Ms Rukavina as Chair of the Council” →
 * “Re-election of the Chair”): the verb's noun and the office, never the person.
 * @param words the clause's words
 * @param at the index of the verb
 * @param end the index after the last word its object may take
 * @returns the title's words, or `undefined` when the verb does not give someone a role `as` something
 */
export function roleTitle(words: Word[], at: number, end: number): string[] | undefined {
  const base = baseOf(words[at])
  if (!base || !ROLE_VERBS.test(base)) return undefined
  const as = words.findIndex((w, i) => i > at + 1 && i < Math.min(end, at + 10) && w.lower === 'as')
  const role = as === -1 ? undefined : nounPhrase(words, as + 1, end, true, 2)
  return role && [capital(DECISION_NOUNS[base]), 'of', 'the', role.core[role.core.length - 1].text]
}

/** The dictionary form of a verb the table knows: the model's lemma, or the word without its ending (`re-elected`, which the model reads as two words). */
function baseOf(verb: Word): string | undefined {
  const forms = [verb.lemma, verb.lower, verb.lower.replace(/ied$/, 'y'), verb.lower.replace(/ed$/, ''), verb.lower.replace(/d$/, ''), verb.lower.replace(/s$/, ''), verb.lower.replace(/(\w)\1ed$/, '$1')]
  return forms.find((form) => Object.hasOwn(DECISION_NOUNS, form))
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function lowerFirst(word: string): string {
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word
}

/** Verbs whose subject receives what the point is about (`Forest workers will receive training`). */
const RECEIVING_VERBS = /^(?:receive|get|obtain|gain|undergo|benefit)$/

/**
 * What the subject of a verb of receiving receives, as a title (“Forest workers will receive
 * training in the safe use of chainsaws” → “Training in the safe use of chainsaws”, “Training for
 * forest workers”): the object with its `in`/`on`/`for` phrase, and the object for the subject.
 * @param words the clause's words
 * @param verb the index of its main verb
 * @param end the index after the last word the object may take
 * @param subject the clause's subject
 * @returns the candidates' words (none when the verb is not one of receiving)
 */
export function receivedTitles(words: Word[], verb: number, end: number, subject: Phrase): string[][] {
  if (!RECEIVING_VERBS.test(words[verb].lemma)) return []
  let k = verb + 1
  if (words[k]?.lower === 'from') k++
  const object = nounPhrase(words, k, end)
  if (!object) return []
  const titles: string[][] = []
  const link = words[object.end]
  if (link && /^(?:in|on|for|to)$/.test(link.lower)) {
    const article = words[object.end + 1]?.lower === 'the' ? ['the'] : []
    const tail = nounPhrase(words, object.end + 1, end, true, 1)
    if (tail) titles.push([...object.words, link.text, ...article, ...tail.words])
  }
  titles.push([...object.core.map((w) => w.text), 'for', ...subject.core.map((w, n) => (n === 0 && (w.pos !== 'PROPN' || w === words[0]) ? lowerFirst(w.text) : w.text))])
  return titles.filter((title) => title.length <= MAX_TITLE_WORDS).map((title) => [capital(title[0]), ...title.slice(1)])
}
