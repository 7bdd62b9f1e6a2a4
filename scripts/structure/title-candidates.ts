import {ACTING_PEOPLE, ACTORS, CURRENCY_CODE, CIRCUMSTANCE_BARE, CIRCUMSTANCE_BEFORE, CIRCUMSTANCE_HEADS, CIRCUMSTANCE_QUANTIFIERS, IRREGULAR_PLURALS, TIME_UNITS, WHEN_HEADS, CHANGE_NOUNS, MEMBERSHIP, FUNCTION_WORDS, LIGHT_COMPLEMENT_HEADS, LIGHT_OBJECTS, PERSON_NOUNS, REPORTING_VERBS, ASKING_VERBS, UNDESCRIPTIVE_VERBS, VAGUE_HEADS, VERB_NOUNS, PERSON_TITLES} from './english.js'
import {CALENDAR_WORDS, GENERIC_HEADS, GENERIC_MODIFIERS, MAX_NAME_WORDS, MAX_SENTENCE, MAX_TITLE_WORDS, actingBody, gerundOf, lowerCommon, mainClause, namesOf, nameTitle, nounPhrase, objectOf, opensList, pluralOf, pointWordsOf, ruleTitle, sentenceCase, singularOf, type Word} from './point-title.js'

/**
 * The features the title scorer weighs, each a number from 0 to 1. Where a candidate comes from:
 * `rule` (the hand-written rules' title), `subject` (when it does not name who acted), `object`
 * (of the main verb), `main` (either), `phrase` (another noun phrase of the sentence), `in_phrase`
 * (after a preposition), `core` (a phrase without its complement), `plain` (without a modifier
 * such as “common”, “new”), `complement` (what a phrase's preposition introduces), `compound`
 * (`report of the X` → “X report”), `gerund` (a verb and its object: “Repairing schools”), `nominalised`
 * (the verb's noun and its object: “Training of librarians”, “Librarian training”), `bland_verb` (… when the verb says little:
 * “Welcoming”). Its length (`len1` … `len5`, five words or more). Its head: `vague_head`
 * (“Programme”), `actor_head` (who acts, people: “Ministers”, “Members”), `light_head` (“use”,
 * “progress”), `nominal_head` (an action: “recognition”, “screening”); the head is the noun
 * before any complement (`launch` of “Launch of regional programme”). `proper` and `number`: a
 * name or a digit in it. `recurs`: the share of its content words that the rest of the point
 * repeats, `head_recurs`: whether it repeats the head; `early`: how near the start of the sentence
 * it stands. `linked` (has a preposition: “Fees on grain”), `joined` (has “and”),
 * `generic_modifier` (starts with one). `name`: a proper name of the sentence, whole (`Lausanne
 * Agenda for Open Science`), its acronym or a document's noun and number (“Resolution 2349”).
 */
export const FEATURES = ['rule', 'name', 'subject', 'object', 'main', 'phrase', 'in_phrase', 'core', 'plain', 'complement', 'compound', 'gerund', 'nominalised', 'bland_verb', 'len1', 'len2', 'len3', 'len4', 'len5', 'vague_head', 'actor_head', 'light_head', 'nominal_head', 'proper', 'number', 'recurs', 'head_recurs', 'early', 'linked', 'joined', 'generic_modifier'] as const
export type Feature = (typeof FEATURES)[number]

/** A possible title of a point and what the scorer knows of it. */
export interface TitleCandidate {
  /** The title as it would be shown (sentence case). */
  text: string
  features: Record<Feature, number>
}

/** Prepositions that join a noun phrase to its complement (`Fees on grain`). */
const LINKS = /^(?:of|for|on|against|to|among|between|by|in|from|across|with)$/
/** The unit of an amount whose number the tagger left out of a phrase (`$4bn` → `bn`, `US$2 million`). */
const AMOUNT_UNITS = /^(?:bn|mn|m|k|billion|million|thousand|trillion|percent|per|cent|%)$/i
/** Words that keep a candidate from being a title when it starts with them (`as much gold as …`). */
const BAD_START = /^(?:as|so|too)$/i
/** Words that keep a candidate from being a title when it ends with them. */
const BAD_END = /^(?:of|for|on|against|to|among|between|by|in|from|across|with|and|or|the|a|an)$/i

interface Draft {
  words: string[]
  /** The sentence's words it is made of, when it is a span of them. */
  tagged?: Word[]
  /** Where it starts in the clause (0 to 1). */
  at: number
  sources: Partial<Record<Feature, number>>
}

/**
 * The candidate titles of a point: the hand-written rules' title, every noun phrase of its
 * sentence (the subject unless it names who acted, the object, others), the same without its complement or a modifier that adds
 * little, the complement alone, and a verb with its object (“Repairing schools”); at most seven
 * words each, never ending with a preposition or “and”. Each has the features `FEATURES` lists.
 * @param sentence the sentence the title is made from (the point's first, as a rule)
 * @param body the point's whole text, to see which words it repeats
 * @returns the candidates, the rules' title first; none when the sentence has no noun phrase
 */
export function titleCandidates(sentence: string, body: string = sentence): TitleCandidate[] {
  const tagged = pointWordsOf(sentence.slice(0, MAX_SENTENCE))
  const drafts: Draft[] = []
  // the spans of the sentence that say where, when or how far (see `circumstance`)
  const circumstantial: Array<{start: number; end: number; text: string}> = []
  const rule = ruleTitle(sentence, tagged.map((word) => ({...word})))
  if (rule) drafts.push({words: rule.split(' '), at: 0, sources: {rule: 1}})
  const {words, verb, actor} = mainClause(tagged)
  const stops = (from: number) => {
    const stop = words.findIndex((w, i) => i > from && w.pos === 'PUNCT' && /^[,;:()“”"]$/.test(w.text))
    return stop === -1 ? words.length : stop
  }
  const nominal = (w: Word | undefined) => Boolean(w && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(w.pos))
  // What the rules take as the object of the main verb (past an attitude, a request, an amount)
  const object = verb !== -1 && actor ? objectOf(words, verb) : undefined
  if (object) drafts.push({words: object, at: 0, sources: {object: 1, main: 1}})
  let objectSeen = false
  // the phrases put in the plural, to write the rules' object so too
  const plurals = new Map<string, string[]>()
  // where a phrase of place, time or extent ends (`in parts of the range`, `at the height of the season`): what stands in it is no title
  let circumstanceEnd = -1
  for (let i = 0; i < words.length; i++) {
    if (!nominal(words[i]) || (nominal(words[i - 1]) && words[i - 1].lower !== 'and') || /^['’]s$/.test(words[i - 1]?.text ?? '')) continue
    // (a subject ends at the main verb: not `Ministers called on pharmacies`)
    const phrase = nounPhrase(words, i, i < verb ? Math.min(verb, stops(i)) : stops(i))
    if (!phrase) continue
    if (i < circumstanceEnd) continue
    if (circumstance(words, i, phrase.core)) {
      // (with the `of` complement the phrase may have left out: `the height | of the summer season`)
      let end = phrase.end
      if (words[end]?.lower === 'of') for (end++; end < words.length && (words[end].pos === 'DET' || nominal(words[end])); end++);
      circumstanceEnd = end
      circumstantial.push({start: i, end, text: ` ${words.slice(i, end).map((w) => w.text).join(' ').toLowerCase()} `})
      continue
    }
    // `help producers repair/NOUN leaks`: after `help`, `allow` … the phrase is the subject of a clause; a plural noun ends it
    if (ASKING_VERBS.has(words[i - 1]?.lower ?? '')) {
      const plural = phrase.words.findIndex((word, k) => k < phrase.words.length - 1 && /[^s]s$/.test(word) && words[i + k]?.pos === 'NOUN')
      if (plural !== -1) {
        phrase.words = phrase.words.slice(0, plural + 1)
        phrase.core = phrase.core.slice(0, plural + 1)
      }
    }
    // a subject that names who acted (“Ministers”, “The Alliance's donors”) is not what the point is about
    if (verb !== -1 && i < verb && actor) continue
    // `every member city will publish a heat action plan`: what each has one of, all have, so the title says “Heat action plans”
    if (eachHasOne(words, i)) {
      const singular = phrase.words.join(' ').toLowerCase()
      pluralise(phrase)
      if (phrase.words.join(' ').toLowerCase() !== singular) plurals.set(singular, phrase.words)
    }
    const role: Feature = verb !== -1 && i < verb ? 'subject' : verb !== -1 && !objectSeen ? 'object' : 'phrase'
    if (role === 'object') objectSeen = true
    const at = i / Math.max(1, words.length)
    const main = role === 'subject' || role === 'object' ? 1 : 0
    const inPhrase = words[i - 1]?.pos === 'ADP' || (words[i - 1]?.pos === 'DET' && words[i - 2]?.pos === 'ADP') ? 1 : 0
    drafts.push({words: phrase.words, at, sources: {[role]: 1, main, in_phrase: inPhrase}})
    if (phrase.core.length < phrase.words.length) drafts.push({words: phrase.core.map((w) => w.text), at, sources: {[role]: 1, core: 1}})
    const plain = phrase.words.findIndex((word) => !GENERIC_MODIFIERS.has(word.toLowerCase()))
    if (plain > 0 && plain < phrase.words.length) drafts.push({words: phrase.words.slice(plain), at, sources: {[role]: 1, plain: 1}})
    const link = phrase.words.findIndex((word, k) => k > 0 && LINKS.test(word))
    if (link !== -1 && link < phrase.words.length - 1) {
      const rest = phrase.words.slice(link + 1)
      const complement = /^(?:the|a|an|every|each)$/i.test(rest[0]) ? rest.slice(1) : rest
      drafts.push({words: complement, at, sources: {[role]: 1, complement: 1}})
      // `study by the Secretariat` → `Secretariat study`, `report of the Eminent Persons Group` → `Eminent Persons Group report`
      const head = phrase.words.slice(0, link)
      if (/^(?:of|for|on|by)$/i.test(phrase.words[link]) && complement.length <= 3 && head.length === 1 && !complement.some((word) => /^(?:and|or|of|for|on|in|to)$/i.test(word))) {
        // (the held noun as a modifier is singular: `archive of aerial photographs` → “Aerial photograph archive”)
        const last = words.find((w, k) => k > i && w.text === complement.at(-1))
        const held = complement.map((word, n) => (n === complement.length - 1 && last?.pos === 'NOUN' ? singularOf(last) : n === 0 ? lowerCommon(word) : word))
        drafts.push({words: [...held, ...head.map((word, n) => (n === 0 ? lowerCommon(word) : word))], at, sources: {[role]: 1, compound: 1}})
      }
    }
  }
  for (const draft of drafts) draft.words = plurals.get(draft.words.join(' ').toLowerCase()) ?? draft.words
  // (nor the rules' title or the object when it is such a phrase or a part of one: `noted that in parts of the range …` → not “Parts of the range”)
  const inCircumstance = (draft: Draft) => !draft.sources.gerund && circumstantial.some(({text}) => text.includes(` ${draft.words.join(' ').toLowerCase()} `))
  if (drafts.some((draft) => !inCircumstance(draft))) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !inCircumstance(draft)))
  // (nor what stands in a clause or phrase of when or why, up to its comma: `…, after neighbours on Orchard Lane complained`,
  // `in 2027, when river levels are lowest`; what the point decides is in the main clause)
  const subordinate = subordinateSpans(words)
  const inSubordinate = (draft: Draft) => !draft.sources.rule && subordinate.some(({start, end}) => {
    const at = Math.round(draft.at * Math.max(1, words.length))
    return at > start && at < end
  })
  if (subordinate.length && drafts.some((draft) => !inSubordinate(draft))) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !inSubordinate(draft)))
  // Every proper name of the sentence, whole (a name may be longer than seven words, see `nameTitle`)
  for (const name of namesOf(words)) {
    if (circumstantial.some(({start, end}) => name.start >= start && name.start < end)) continue
    if (subordinate.some(({start, end}) => name.start > start && name.start < end)) continue
    const title = nameTitle(words, name)
    if (title) drafts.push({words: title.split(' '), at: name.start / Math.max(1, words.length), sources: {name: 1}})
  }
  // What is done, when the object is done something to: `Removing fees on grain`, `Repairing schools`
  for (let j = Math.max(0, verb); verb !== -1 && j < words.length; j++) {
    const doing = words[j]
    if (doing.pos !== 'VERB' || REPORTING_VERBS.has(doing.lower) || ASKING_VERBS.has(doing.lower) || /^(?:be|have|do)$/.test(doing.lemma)) continue
    let k = j + 1
    while (/^(?:the|a|an|their|its|our|new|more)$/.test(words[k]?.lower ?? '')) k++
    if (!nominal(words[k]) || words[k].pos === 'NUM') continue
    const object = nounPhrase(words, k, stops(k))
    if (!object) continue
    const base = /^(?:will|to|shall|must|should|would|can)$/.test(words[j - 1]?.lower ?? '') ? doing.lower : doing.lemma
    // (a verb in -ing is its own gerund: `preventing`, not the model's lemma made one again)
    const gerund = [sentenceCase(/ing$/.test(doing.lower) ? doing.lower : gerundOf(base)), ...object.words.map((word, n) => (n === 0 && object.core[0]?.pos !== 'PROPN' ? lowerCommon(word) : word))]
    const bland = UNDESCRIPTIVE_VERBS.has(doing.lemma) ? 1 : 0
    drafts.push({words: gerund, at: j / Math.max(1, words.length), sources: {gerund: 1, bland_verb: bland}})
    if (object.core.length < object.words.length) drafts.push({words: [gerund[0], ...object.core.map((w, n) => (n === 0 && w.pos !== 'PROPN' ? lowerCommon(w.text) : w.text))], at: j / Math.max(1, words.length), sources: {gerund: 1, core: 1, bland_verb: bland}})
    // the verb's noun, as editors title an action: `train librarians` → “Training of librarians”, “Librarian training”
    // (spelt as the text spells the verb: `harmonise` → “harmonisation”, though the model's dictionary form is `harmonize`;
    // not the first item of a list: `pay pensions, child benefits and …` is not “Payment of pensions”)
    const found = VERB_NOUNS[base] ?? VERB_NOUNS[doing.lemma]
    const noun = found && /is(?:e|es|ed|ing)$/.test(doing.lower) ? found.replace(/ization$/, 'isation') : found
    if (noun && !opensList(words, object.end)) {
      const at = j / Math.max(1, words.length)
      const held = object.core.map((w) => (w.pos === 'PROPN' ? w.text : lowerCommon(w.text)))
      drafts.push({words: [sentenceCase(noun), 'of', ...gerund.slice(1)], at, sources: {gerund: 1, nominalised: 1}})
      if (object.core.length < object.words.length) drafts.push({words: [sentenceCase(noun), 'of', ...held], at, sources: {gerund: 1, nominalised: 1, core: 1}})
      // (a compound of at most three words, the held noun singular: “Small boat registration”)
      if (object.core.length <= 2 && object.core.every((w) => w.pos === 'NOUN' || w.pos === 'ADJ')) drafts.push({words: [...held.slice(0, -1), singularOf(object.core.at(-1)!), noun], at, sources: {gerund: 1, nominalised: 1, compound: 1}})
    }
  }
  // Who is asked to act, or offers to (`asked the Health Organization, with …, to set up a platform`,
  // `the offer of the Space Agency to provide …`), is not what the point is about: what they will do is
  const acting = verb !== -1 ? actingBody(words, verb) : undefined
  const doer = (draft: Draft) => {
    if (!acting || draft.sources.rule || draft.sources.gerund) return false
    const at = Math.round(draft.at * Math.max(1, words.length))
    return at >= acting.start && at < acting.to
  }
  if (acting && drafts.some((draft) => !doer(draft))) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !doer(draft)))
  const tags = new Map<string, string>()
  for (const word of tagged) if (!tags.has(word.lower)) tags.set(word.lower, word.pos)
  const rest = stemCounts(body.replace(sentence, ' '))
  const byText = new Map<string, TitleCandidate>()
  for (const draft of drafts) {
    const kept = draft.words.filter((word) => word.length > 0)
    // (`a $4bn trade finance line`: the unit of an amount left out is no part of the title)
    // (nor its currency's code, `USD bn` of `USD 2.4bn`: an amount's words alone name nothing)
    while (kept.length > 1 && (AMOUNT_UNITS.test(kept[0]) || CURRENCY_CODE.test(kept[0]))) kept.shift()
    // (… nor at its end, with the word that brought the amount: `Compensation fund of USD` of `a compensation fund of USD 35 million`)
    while (kept.length > 1 && CURRENCY_CODE.test(kept[kept.length - 1])) {
      kept.pop()
      if (kept.length > 1 && /^(?:of|worth|totalling|totaling|at)$/i.test(kept[kept.length - 1])) kept.pop()
    }
    if (kept.length === 1 && AMOUNT_UNITS.test(kept[0])) continue
    // (`Fleet for wheelchair users by the end`, `Register of boats from 2027`: a phrase that says when ends no title)
    const when = timeTail(kept)
    if (when > 0) kept.splice(when)
    if (kept.length === 0 || kept.length > (draft.sources.name ? MAX_NAME_WORDS : MAX_TITLE_WORDS) || BAD_END.test(kept[kept.length - 1]) || !/\p{L}/u.test(kept.join(''))) continue
    // (a person, `Mr. Ibarra`, and a comparison, `As much gold`, are never what a point is about)
    if (BAD_START.test(kept[0]) || PERSON_TITLES.test(kept[0])) continue
    const text = sentenceCase(kept.join(' '))
    const features = featuresOf(kept, draft, tags, rest)
    const key = text.toLocaleLowerCase()
    const same = byText.get(key)
    if (!same) byText.set(key, {text, features})
    else for (const name of FEATURES) same.features[name] = Math.max(same.features[name], features[name])
  }
  // Who met or acted (`Ministers`, `Member states`) is never the title, unless the point is about who belongs
  // (nor when it was, `Decade on record`, `Reporting year`, `End`: a point is what was done, not its date)
  const candidates = [...byText.values()].filter((candidate, _, all) => !namesTime(candidate, tags) || all.every((other) => namesTime(other, tags)))
  const about = candidates.filter((candidate) => !namesActors(candidate.text))
  return about.length && !MEMBERSHIP.test(sentence) ? about : candidates
}

/**
 * Whether the noun phrase at `at` is one thing each of many has (`every member city will have a
 * heat action plan`, `asked each member state to keep at least one survey team`, `we will each
 * adopt a national plan`): it opens on `a` or `an` (adjectives between) or on `at least one`, it is the
 * object of a verb, and `every` or `each` stands before it, not as a time (`every year`) nor as `each other`.
 */
function eachHasOne(words: Word[], at: number): boolean {
  // (`at least one survey team`: the phrase starts at `least` or the number; `to one tracking system` is one all share)
  const one = words.findIndex((word, n) => n >= at - 1 && n <= at + 1 && word.lower === 'one' && words[n - 1]?.lower === 'least' && words[n - 2]?.lower === 'at')
  let k = at - 1
  while (k >= 0 && words[k].pos === 'ADJ') k--
  if (one === -1 && !/^(?:a|an)$/.test(words[k]?.lower ?? '')) return false
  // (the verb's own object: `connect … to a tracking system`, `with a budget line` are not each one's)
  let before = one !== -1 ? one - 3 : k - 1
  while (before >= 0 && words[before].pos === 'ADV') before--
  // (a verb's particle: `draw up a plan`, `set up a committee`; an aside between commas: `adopt, by 2027, a plan`)
  if (/^(?:up|out)$/.test(words[before]?.lower ?? '')) before--
  if (words[before]?.text === ',') {
    const opening = words.findLastIndex((word, n) => n < before && n >= before - 10 && word.text === ',')
    if (opening !== -1) before = opening - 1
  }
  if (!/^(?:VERB|AUX)$/.test(words[before]?.pos ?? '')) return false
  return words.slice(0, k).some((word, n) => /^(?:every|each)$/.test(word.lower) && !TIME_UNITS.test(words[n + 1]?.lower ?? '') && words[n + 1]?.lower !== 'other')
}

/**
 * Whether the noun phrase at `at` says where, when or how far, not what (`parts of the range`, `the height of the summer season`,
 * `walking distance of a station`, `the period of the programme`, `every term`, `by night`): its head is one of
 * `CIRCUMSTANCE_HEADS`, after a preposition of place or time or `every` (`over the period of`, not `extended the grace period`); a head
 * that can name a thing (`parts`, `places`, `term`, `night`) only alone or after a quantifier (`in some places`; not `spare parts`, `term of office`).
 * @param words the sentence's words
 * @param at where the phrase starts
 * @param core the phrase's words before its complement
 * @returns whether the phrase is one of place, time or extent
 */
function circumstance(words: Word[], at: number, core: Word[]): boolean {
  const head = core.at(-1)
  if (!head || !CIRCUMSTANCE_HEADS.test(head.lower)) return false
  if (CIRCUMSTANCE_BARE.test(head.lower) && !core.slice(0, -1).every((w) => CIRCUMSTANCE_QUANTIFIERS.test(w.lower))) return false
  // (every head only after a preposition of place or time: as a verb's object or a subject the phrase is what the point is
  // about, `extended the grace period`, `capped the height of shop signs`, `the duration of market licences`; review40)
  let k = at - 1
  while (k >= 0 && words[k].pos === 'DET' && !/^(?:every|each)$/.test(words[k].lower)) k--
  // (`within walking distance of`: a gerund that the tagger left out of the phrase, right before it)
  if (k === at - 1 && /ing$/.test(words[k]?.lower ?? '')) k--
  return CIRCUMSTANCE_BEFORE.test(words[k]?.lower ?? '')
}

/** A noun phrase with its head in the plural (`heat action plan` → `heat action plans`), in place. */
function pluralise(phrase: {words: string[]; core: Word[]}): void {
  const head = phrase.core.at(-1)
  // (`one drill a year`: a time is not what each has)
  if (!head || head.pos !== 'NOUN' || /s$/.test(head.lower) || IRREGULAR_PLURALS.has(head.lower) || TIME_UNITS.test(head.lower)) return
  const at = phrase.words.indexOf(head.text)
  const plural = pluralOf(head.text)
  if (at !== -1) phrase.words[at] = plural
  phrase.core[phrase.core.length - 1] = {...head, text: plural, lower: plural.toLowerCase()}
}

/** Prepositions that open a time at a title's end (`by the end`, `from 2027`, `until next spring`). */
const TIME_LINKS = /^(?:by|from|until|till|before|after|during|within|since|starting)$/i
/** Words a time at a title's end is made of besides its head: articles, `of`, a year. */
const TIME_WORDS = /^(?:the|this|that|each|every|a|of|(?:19|20)\d\d|close|turn)$/i

/**
 * Where a time that ends a title starts (`… by the end`, `… from 2027`, `… until next spring`), or -1: a preposition of time past
 * the title's first word, then only time words, one of them a time's head or a year (not `by the Council`, nor `from member states`).
 */
export function timeTail(words: readonly string[]): number {
  for (let i = words.length - 2; i >= 1; i--) {
    if (!TIME_LINKS.test(words[i])) continue
    const rest = words.slice(i + 1)
    const timed = (word: string) => WHEN_HEADS.test(word.toLowerCase()) || CALENDAR_WORDS.test(word) || /^(?:19|20)\d\d$/.test(word)
    return rest.every((word) => timed(word) || TIME_WORDS.test(word)) && rest.some(timed) ? i : -1
  }
  return -1
}

/** Whether a candidate is headed by a time (`Decade on record`, `Reporting year`), not a name (`Mediterranean Dementia Week`). */
function namesTime(candidate: TitleCandidate, tags: Map<string, string>): boolean {
  const words = candidate.text.split(' ')
  const link = words.findIndex((word, i) => i > 0 && LINKS.test(word))
  const at = (link === -1 ? words.length : link) - 1
  const head = words[at].toLowerCase()
  // (a name's head is written in capitals after its first word: `Annual Mediterranean Dementia Week`)
  // (a closed or open season is a rule on fishing or hunting, not a time: `Closed season for FAD fishing`)
  if (/^seasons?$/.test(head) && /^(?:closed|open|hunting|fishing)$/i.test(words[at - 1] ?? '')) return false
  // (`March to November`, `Third`, `First Sunday of June`: a title of calendar words and ordinals only says when or in which order)
  if (words.every((word) => CALENDAR_WORDS.test(word) || /^(?:to|and|from|of|until|through|the|every|each|in|on)$/i.test(word)) && words.some((word) => CALENDAR_WORDS.test(word))) return true
  // (an event named by its day or week that the verb holds, `hold a harvest field day`, `organise an open day`: what is done, not when)
  if (/^(?:days?|weeks?)$/.test(head) && candidate.features.object && at > 0 && !CALENDAR_WORDS.test(words[at - 1]) && /^(?:NOUN|ADJ)$/.test(tags.get(words[at - 1].toLowerCase()) ?? '') && !/^(?:same|whole|full|working|school|each|every|next|last|one|single)$/i.test(words[at - 1])) return false
  return WHEN_HEADS.test(head) && tags.get(head) !== 'PROPN' && !(at > 0 && /^\p{Lu}/u.test(words[at]))
}

/** A body's kind, which names a body alone (`the Network`, `the Guild`): never a state or a party, which may name a condition or a side. */
const BODY_KINDS = /^(?:network|council|committee|commission|club|guild|society|federation|association|union|alliance|coalition|board|bureau|secretariat|forum|partnership|league|agency|organi[sz]ation|cooperative)$/

/** Whether a title names who met or acted (`Ministers`, `Member states`, `Member city`, `Governors of the central banks`). */
export function namesActors(title: string): boolean {
  const lower = title.toLowerCase().split(' ')
  const link = lower.findIndex((word, i) => i > 0 && LINKS.test(word))
  const end = link === -1 ? lower.length : link
  // (`Member city`, `Each member country`: a member of the body, whatever it is, is who acts)
  // (… and a body named by its kind alone, `Network`, `Guild`, `Club`: who acts or pays, never what was done)
  return ACTING_PEOPLE.has(lower[end - 1]) || (end <= 3 && lower[end - 2] === 'member') || (lower.length === 1 && BODY_KINDS.test(lower[0]))
}

/** Conjunctions that open a clause of when, why or despite what (`after`, `when`, `because`, `although`), never what was decided. */
const SUBORDINATORS = /^(?:after|when|whenever|while|because|since|although|though|unless|until|whereas|once)$/

/**
 * The spans of a sentence's words that a subordinating conjunction opens, each up to the next comma, semicolon, colon or dash,
 * or the sentence's end (`…, after neighbours complained about the noise`); `start` is the conjunction's index.
 */
export function subordinateSpans(words: Word[]): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  for (let i = 0; i < words.length; i++) {
    if (!SUBORDINATORS.test(words[i].lower)) continue
    let end = i + 1
    while (end < words.length && !(words[end].pos === 'PUNCT' && /^[,;:–—()]$/.test(words[end].text))) end++
    spans.push({start: i, end})
    i = end
  }
  return spans
}

/** The features of a candidate's words (see `FEATURES`). */
function featuresOf(words: string[], draft: Draft, tags: Map<string, string>, rest: Map<string, number>): Record<Feature, number> {
  const features = Object.fromEntries(FEATURES.map((name) => [name, 0])) as Record<Feature, number>
  for (const [name, value] of Object.entries(draft.sources)) features[name as Feature] = value ?? 0
  const lower = words.map((word) => word.toLowerCase())
  // the head noun stands before the complement (`Launch of regional programme`: `launch`)
  const link = lower.findIndex((word, i) => i > 0 && LINKS.test(word))
  const head = lower[(link === -1 ? lower.length : link) - 1]
  features[`len${Math.min(5, words.length)}` as Feature] = 1
  features.vague_head = VAGUE_HEADS.has(head) || GENERIC_HEADS.has(head) ? 1 : 0
  features.actor_head = ACTORS.has(head) || PERSON_NOUNS.test(head) ? 1 : 0
  features.light_head = LIGHT_OBJECTS.has(head) || LIGHT_COMPLEMENT_HEADS.has(head) || CHANGE_NOUNS.has(head) ? 1 : 0
  features.nominal_head = /(?:tion|sion|ment|ance|ence|ing)$/.test(head) && head.length > 5 ? 1 : 0
  features.proper = lower.some((word, i) => tags.get(word) === 'PROPN' && (i > 0 || /^\p{Lu}/u.test(words[i]))) ? 1 : 0
  features.number = words.some((word) => /\d/.test(word)) ? 1 : 0
  const content = lower.filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word)).map(stemOf)
  features.recurs = content.length ? content.filter((word) => rest.has(word)).length / content.length : 0
  features.head_recurs = rest.has(stemOf(head)) ? 1 : 0
  features.early = 1 - Math.min(1, draft.at)
  features.linked = lower.slice(1).some((word) => LINKS.test(word)) ? 1 : 0
  features.joined = lower.includes('and') ? 1 : 0
  features.generic_modifier = GENERIC_MODIFIERS.has(lower[0]) && words.length > 1 ? 1 : 0
  return features
}

/** A word without its plural or verb ending, to see it again in another form (`schools`, `school`). */
function stemOf(word: string): string {
  return word.toLowerCase().replace(/(?:ies|y)$/, 'i').replace(/(?:ing|ed|es|s|e)$/, '')
}

/** How often each stem of a text's words occurs in it. */
function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    if (word.length < 2 || FUNCTION_WORDS.has(word)) continue
    const stem = stemOf(word)
    counts.set(stem, (counts.get(stem) ?? 0) + 1)
  }
  return counts
}
