import {ACTORS, ASKING_VERBS, PROVIDING_VERBS, VAGUE_HEADS, CLAUSE_OBJECT_VERBS, CURRENCY_CODE, INTENT_NOUNS, REQUEST_VERBS, CATENATIVE_VERBS, CHANGE_NOUNS, NOUNS_TAKING_TO, COMPOUNDING_HEADS, COUNTING_NOUNS, DOCUMENT_NOUNS, IRREGULAR_PARTICIPLES, DOUBLING_VERBS, LIGHT_COMPLEMENT_HEADS, LIGHT_OBJECTS, NUMBER_MARKS, ORGANISATION_HEADS, PERSON_NOUNS, PLAIN_TAIL_LINKS, REPORTING_VERBS, SCALES, TIME_UNITS, UNDESCRIPTIVE_VERBS} from './english.js'
import {nlp} from './nlp.js'

/** Most words of a title made from a point's text. */
export const MAX_TITLE_WORDS = 7
/** Most characters of the sentence handed to the tagger (a title comes from its start). */
export const MAX_SENTENCE = 400

export interface Word {
  text: string
  pos: string
  lower: string
  /** The dictionary form (`recognise` for `recognised`). */
  lemma: string
}

export interface Phrase {
  words: string[]
  head: string
  /** The words of the phrase before any complement (`reference laboratories` of `… of reference laboratories`). */
  core: Word[]
  /** Whether the words after the noun are a participle phrase (`formerly associated with …`), not a complement. */
  participle?: boolean
  /** Index of the word after the phrase. */
  end: number
}

/** Months, weekdays and ordinals: words that say when or in which order, never what (`March to November`, `Third`, `Last Sunday of June`). */
export const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|final|finally|lastly|spring|summer|autumn|winter)$/i

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])
/** Prepositions whose phrase may complete a title (“Fund for coastal resilience”, “Access to finance”). */
const LINKS = new Set(['of', 'for', 'on', 'against', 'to', 'among', 'between', 'by'])
/** Prepositions whose phrase a long title can do without (`… for coastal communities`, `… against migrants`). */
const TAIL_LINKS = new Set(['for', 'on', 'against', 'in'])
/** Modifiers that do not make a title's core specific (“Common rules”, “New fund”). */
/** Heads that need their phrase to say what they are (“Joint programme for the monitoring of microplastics”). */
export const GENERIC_HEADS = new Set(['programme', 'program', 'fund', 'rules', 'guidelines', 'plan', 'system', 'framework', 'mechanism', 'initiative', 'network', 'platform', 'facility', 'group', 'team', 'body', 'committee', 'centre', 'center', 'standards', 'measures', 'action', 'steps', 'support', 'cooperation'])
export const GENERIC_MODIFIERS = new Set(['common', 'new', 'further', 'shared', 'regional', 'first'])

/**
 * The title the hand-written rules give a point that has none of its own: a noun phrase of at most
 * seven words, from the point's first sentence, naming its subject. When the subject names who acted
 * ("Ministers endorsed …"), the title is the object of the main verb and its modifiers ("Regional
 * stockpile of vaccine doses"); otherwise it is the subject ("New training centre for customs
 * officers"). It is one candidate among those `title-candidates.ts` makes; `choose-title.ts` picks.
 * @param sentence the point's first sentence
 * @param tagged its words, when already tagged (see `wordsOf`)
 * @returns the title in sentence case, or `undefined` when no noun phrase is found
 */
export function ruleTitle(sentence: string, tagged?: Word[]): string | undefined {
  const {words, verb, subject, actor} = mainClause(tagged ?? wordsOf(sentence.slice(0, MAX_SENTENCE)))
  // “Ministers agreed that members will cut …”: the title comes from what was agreed
  // (… and from a thing that must carry something: `decided that from 2027 every bag … shall carry a tag`)
  if (actor && verb !== -1 && REPORTING_VERBS.has(words[verb].lower) && words[verb + 1]?.lower === 'that' && words.length > verb + 4) {
    const carried = carriedTitle(mainClause(words.slice(verb + 2)).words)
    if (carried) return carried
  }
  if (actor && verb !== -1 && REPORTING_VERBS.has(words[verb].lower) && words[verb + 1]?.lower === 'that' && words.length > verb + 4 && ACTORS.has(words.slice(verb + 2, verb + 4).find((w) => w.pos !== 'DET')?.lower ?? '')) {
    const clause = ruleTitle(words.slice(verb + 2).map((w) => w.text).join(' '))
    if (clause) return clause
  }
  // `every crate … must bear a batch label`: what a thing must carry is what was decided (“Batch label on every crate”)
  const carried = carriedTitle(words)
  if (carried) return carried
  let phrase: string[] | undefined
  if (verb === -1) phrase = nounPhrase(words, 0, words.length)?.words
  else if (actor) phrase = objectOf(words, verb)
  else phrase = subject?.words
  // “3.2 million people remain displaced”: the state names them (“Displaced people”)
  if (!actor && subject && subject.words.length === 1 && verb !== -1 && /^(?:remain|stay|be)$/.test(words[verb].lemma) && words[verb + 1]?.pos === 'VERB' && /ed$/.test(words[verb + 1].lower)) phrase = [words[verb + 1].lower, lowerCommon(subject.words[0])]
  phrase ??= nounPhrase(words, 0, words.length)?.words
  if (!phrase?.length) return undefined
  // `the first hybrid interconnectors`: an ordinal says when, not what
  if (phrase.length >= 3 && /^(?:first|second|third|next)$/i.test(phrase[0])) phrase = phrase.slice(1)
  // A long title keeps its core: “Racism and xenophobia against migrants” → “Racism and xenophobia”.
  // A one-word complement goes only when it names people (`against migrants`), not a thing (`for rice`).
  // Not when the core alone says too little (“Common rules”) or names an activity (“Mapping barriers to trade”).
  const cut = phrase.findIndex((word, i) => i >= 2 && TAIL_LINKS.has(word))
  const core = cut === -1 ? [] : phrase.slice(0, cut).filter((word) => !GENERIC_MODIFIERS.has(word.toLowerCase()) && !GENERIC_HEADS.has(word.toLowerCase()) && word !== 'and')
  // (a participle the cut would leave last goes with its complement, `flood bulletins based | on a common scale` → “Flood bulletins”,
  // or keeps it when its noun would be left alone: “Zones reserved for artisanal mining”)
  const participle = /^\p{Ll}+ed$/u.test(phrase[cut - 1] ?? '')
  if (phrase.length > 4 && cut !== -1 && (phrase.length - cut > 2 || PERSON_NOUNS.test(phrase[cut + 1])) && core.length >= 2 && !/ing$/.test(phrase[0]) && !(participle && cut <= 2)) phrase = phrase.slice(0, participle ? cut - 1 : cut)
  // `the Lausanne Agenda for Open Science and …`: a name is the title whole, never cut inside
  const name = nameAround(words, phrase)
  if (name) return name
  return sentenceCase(phrase.slice(0, MAX_TITLE_WORDS).join(' '))
}

/** Verbs by which a thing is made to carry a mark (`every crate must bear a label`, `each bag shall carry a tag`, `all packs will display a logo`). */
const CARRYING_VERBS = /^(?:carry|bear|display|feature)$/
/** Participles that make a noun phrase name goods (`every crate of kernels sold …`, `each sack leaving the mills`). */
const GOODS_PARTICIPLES = /^(?:sold|exported|imported|produced|made|packed|packaged|shipped|landed|marketed|bottled|offered|delivered|traded|caught|harvested|leaving|entering|placed|manufactured|processed|brewed|distilled|baked|grown)$/

/**
 * The title of a rule a thing must follow by carrying something (`every crate of kernels sold … must bear a batch label` →
 * “Batch label on every crate”, `all packs will display the logo` → “Logo on all packs”): the object of a verb of
 * `CARRYING_VERBS` whose subject names no one who acts, with `on` and the subject's head when the subject is every, each or
 * all of a kind; not a state (`the figures show that …`, `the survey showed a fall`: the verb has `must`, `shall` or `will` before it).
 * @returns the title, or `undefined` when the clause is no such rule
 */
export function carriedTitle(words: Word[]): string | undefined {
  const verb = words.findIndex((w, i) => i > 1 && w.pos === 'VERB' && CARRYING_VERBS.test(w.lemma) && /^(?:must|shall|will|should)$/.test(words[i - 1].lower))
  if (verb === -1) return undefined
  // (the subject may come after a time with no comma: `from the 2027 season every bag …`)
  const quantified = words.findIndex((w, i) => i < verb && /^(?:every|each|all)$/.test(w.lower))
  const start = quantified !== -1 && words.slice(0, quantified).every((w) => w.pos !== 'VERB') ? quantified : 0
  if (words.slice(start, verb - 1).some((w) => w.pos === 'AUX' || /^[,;:]$/.test(w.text))) return undefined
  // (goods, which a participle of trade says: `every crate … sold`, `each sack … leaving the mills`; people carry things too, `every pilot will carry a radio`)
  if (!words.slice(start, verb - 1).some((w) => GOODS_PARTICIPLES.test(w.lower))) return undefined
  const subject = nounPhrase(words, start, verb - 1)
  const head = subject?.core.at(-1)?.lower
  if (!subject || !head || ACTORS.has(head) || PERSON_NOUNS.test(head) || /^(?:PRON|PROPN)$/.test(subject.core.at(-1)!.pos)) return undefined
  // (past an aside between commas, `will carry, from 1 January, a label`; without a participle phrase after it, `a tag | issued by …`)
  let k = verb + 1
  if (words[k]?.text === ',') {
    const close = words.findIndex((w, i) => i > k && i < k + 10 && w.text === ',')
    if (close !== -1) k = close + 1
  }
  const stop = words.findIndex((w, i) => i > k && (w.pos === 'PUNCT' || w.pos === 'VERB' || /^(?:that|which|who)$/.test(w.lower)))
  const mark = nounPhrase(words, k, stop === -1 ? words.length : stop)
  if (!mark || !mark.core.some((w) => w.pos === 'NOUN') || mark.core.some((w) => w.pos === 'NUM')) return undefined
  const object = mark.words.length <= 4 ? mark.words : mark.core.map((w) => w.text)
  if (object.length > 4) return undefined
  const on = object.length + 3 <= MAX_TITLE_WORDS && quantified !== -1 ? ['on', words[quantified].lower, head] : []
  return sentenceCase([lowerCommon(object[0]), ...object.slice(1), ...on].join(' '))
}

/**
 * The title of a point that makes a thing carry a mark (see `carriedTitle`), in its main clause or in the clause a reporting
 * verb brings (`The Committee decided that from 2027 every bag … shall carry a traceability tag`).
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when the sentence makes no such rule
 */
export function carriedMarkTitle(sentence: string): string | undefined {
  const {words, verb} = mainClause(pointWordsOf(sentence.slice(0, MAX_SENTENCE)))
  if (verb !== -1 && (REPORTING_VERBS.has(words[verb].lower) || /^(?:decided|agreed|resolved|determined|ruled)$/.test(words[verb].lower)) && words[verb + 1]?.lower === 'that') return carriedTitle(mainClause(words.slice(verb + 2)).words)
  return carriedTitle(words)
}

/** Verbs that make one thing of others (`merge the yards into one drying centre`, `link 60 stations into a single service`). */
// (not a verb that changes what a thing is used for, `turn rural post offices into service points`: the post offices stay what the point is about)
const MAKING_INTO_VERBS = /^(?:merge|link|combine|group|pool|consolidate|fold|unite|gather|bundle|join|fuse|amalgamate)$/
/** Verbs that give a thing a status (`register the shyrdak as a collective trade mark`, `designate the bog as a nature reserve`). */
const MAKING_AS_VERBS = /^(?:register|designate|list|classify|declare|recognise|recognize|establish|constitute|protect|certify|enrol|enroll)$/

/**
 * The title of a decision that makes one thing of others, or gives a thing a status: what is made, after `into` or `as`
 * (`voted to merge the three drying yards … into one cooperative drying centre` → “Cooperative drying centre”, `agreed to link 60
 * weather stations into a single frost-warning service` → “Frost-warning service”, `register the shyrdak as a collective trade
 * mark` → “Collective trade mark”), without a count of one (`one`, `a single`), within the verb's clause.
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when the sentence makes nothing so
 */
export function madeIntoTitle(sentence: string): string | undefined {
  const {words, verb, actor} = mainClause(pointWordsOf(sentence.slice(0, MAX_SENTENCE)))
  if (verb === -1 || !actor) return undefined
  for (let i = verb; i < words.length && i < verb + 6; i++) {
    const w = words[i]
    if (w.pos !== 'VERB') continue
    const into = MAKING_INTO_VERBS.test(w.lemma) ? 'into' : MAKING_AS_VERBS.test(w.lemma) ? 'as' : undefined
    if (!into) continue
    const link = words.findIndex((x, k) => k > i + 1 && k < i + 25 && x.lower === into)
    if (link === -1 || words.slice(i + 1, link).some((x) => x.pos === 'VERB' || /^[;:.]$/.test(x.text))) return undefined
    // (a status is one thing, `as a collective trade mark`; `the role of women as farmers` says how they are seen)
    if (into === 'as' && !/^(?:a|an)$/.test(words[link + 1]?.lower ?? '')) return undefined
    let from = link + 1
    while (/^(?:a|an|the|one|single)$/.test(words[from]?.lower ?? '')) from++
    const stop = words.findIndex((x, k) => k > from && (x.pos === 'PUNCT' && x.text !== '-' || x.pos === 'VERB' || /^(?:that|which|who|to)$/.test(x.lower)))
    const made = nounPhrase(words, from, stop === -1 ? words.length : stop)
    if (!made || made.core.some((x) => x.pos === 'NUM' || x.pos === 'PROPN') || TIME_UNITS.test(made.head) || PERSON_NOUNS.test(made.head)) return undefined
    const held = made.words.length <= MAX_TITLE_WORDS ? made.words : made.core.map((x) => x.text)
    return sentenceCase([lowerCommon(held[0]), ...held.slice(1)].join(' '))
  }
  return undefined
}

/** Most words of a name kept whole as a title (past `MAX_TITLE_WORDS`, only a name). */
export const MAX_NAME_WORDS = 12
/** Small words inside a name, between its capitalised words (`Agenda for Open Science and …`). */
const NAME_PARTICLES = /^(?:of|for|and|on|in|the|to|at|against|de|du|des|la|le|pour|et|sur)$/
const QUOTES = /^[“”"‘’']$/

/** A proper name in a sentence: where it starts and ends, and its short form if the text gives one. */
export interface Name {
  start: number
  /** Index of the word after the name. */
  end: number
  /** An acronym in parentheses after it (`(LAOS)`). */
  short?: string
}

/**
 * The proper names of a sentence: runs of capitalised words joined by small words (`Agenda for
 * Open Science`), or a quoted title (`"Blue Corridors for Migratory Species"`), of at least two
 * capitalised words; not a run opening the sentence unless it has three (`Ministers` is not one).
 * @param words the sentence's words (see `wordsOf`)
 * @returns the names, in order
 */
export function namesOf(words: Word[]): Name[] {
  const names: Name[] = []
  const capital = (w: Word | undefined) => Boolean(w && /^\p{Lu}/u.test(w.text) && !/\p{Sc}/u.test(w.text) && /^(?:PROPN|NOUN|ADJ|VERB|NUM|DET|ADV)$/.test(w.pos))
  for (let i = 0; i < words.length; i++) {
    // a quoted title: the words between the quotes, when they start with a capital
    if (QUOTES.test(words[i].text) && capital(words[i + 1])) {
      const close = words.findIndex((w, k) => k > i + 1 && QUOTES.test(w.text))
      if (close !== -1 && close - i - 1 <= MAX_NAME_WORDS + 2 && words.slice(i + 1, close).filter(capital).length >= 2 && !words.slice(i + 1, close).some((w) => /^[.!?;]$/.test(w.text))) {
        names.push({start: i + 1, end: close, short: shortAfter(words, close + 1)})
        i = close
        continue
      }
    }
    // (a name starts with a capitalised word of its own, not an article: `The Lausanne Agenda` is `Lausanne Agenda`)
    if (!capital(words[i]) || words[i].pos === 'DET') continue
    let end = i + 1
    let capitals = 1
    for (;;) {
      if (capital(words[end])) {
        capitals++
        end++
      } else if (NAME_PARTICLES.test(words[end]?.text ?? '') && (capital(words[end + 1]) || (/^(?:the|la|le)$/.test(words[end + 1]?.text ?? '') && capital(words[end + 2])))) end++
      else if (NUMBER_MARKS.test(words[end]?.text ?? '') && /^\d/.test(words[end + 1]?.text ?? '')) end += 2
      // `Resolution 2349`, `Resolution No. 12`: a document's number is part of its name
      else if (/^\d/.test(words[end]?.text ?? '') && (DOCUMENT_NOUNS.has(words[end - 1].lower) || NUMBER_MARKS.test(words[end - 1].text))) {
        capitals++
        end++
        break
      } else break
    }
    if (capitals >= (i === 0 ? 3 : 2)) names.push({start: i, end, short: shortAfter(words, end)})
    i = end - 1
  }
  return names
}

/** An acronym in parentheses at `at` (`( LAOS )`). */
function shortAfter(words: Word[], at: number): string | undefined {
  return words[at]?.text === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(words[at + 1]?.text ?? '') && words[at + 2]?.text === ')' ? words[at + 1].text : undefined
}

/**
 * The whole name a title phrase is part of (`Lausanne Agenda` of `the Lausanne Agenda for Open
 * Science and Shared Research Infrastructure`), as a title: a document keeps only its noun and
 * number (`U.N. Security Council Resolution 2349` → “Resolution 2349”); a name of more than seven
 * words gives way to its acronym when the text gives one, and one of more than twelve is not kept.
 * @param words the sentence's words
 * @param phrase the title phrase's words
 * @returns the name as a title, or `undefined` when the phrase is not part of a longer name
 */
export function nameAround(words: Word[], phrase: string[]): string | undefined {
  if (!phrase.length || !phrase.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.test(word) || NUMBER_MARKS.test(word) || /^\d/.test(word))) return undefined
  const text = ` ${phrase.join(' ')} `
  for (const name of namesOf(words)) {
    const named = words.slice(name.start, name.end).map((w) => w.text)
    if (!` ${named.join(' ')} `.includes(text)) continue
    const title = nameTitle(words, name)
    return title && title.split(' ').length !== phrase.length ? title : undefined
  }
  return undefined
}

/**
 * A name as a title: a document keeps only its noun and number (`U.N. Security Council Resolution
 * 2349` → “Resolution 2349”), a name of more than seven words gives way to its acronym when the
 * text gives one; one of more than twelve words is none.
 */
export function nameTitle(words: Word[], name: Name): string | undefined {
  const named = words.slice(name.start, name.end).map((w) => w.text)
  const document = named.findIndex((word, k) => DOCUMENT_NOUNS.has(word.toLowerCase()) && /^\d/.test(named.at(-1) ?? '') && (k === named.length - 2 || (k === named.length - 3 && NUMBER_MARKS.test(named[k + 1]))))
  if (document >= 0) return sentenceCase([...named.slice(document), ...documentSubject(words, name.end, named.length - document)].join(' '))
  if (named.length > MAX_TITLE_WORDS && name.short) return name.short
  if (named.length > MAX_NAME_WORDS) return undefined
  return sentenceCase(named.join(' '))
}

/**
 * What a numbered document is about, when the sentence says it in a few words right after it and
 * the title still fits (`Resolution No. 14 on tenant protection, adopted …` → `on tenant
 * protection`): `on` and a short phrase that ends the sentence or a clause (a comma before `which`,
 * a participle or a verb), not the first item of a list (`on women, peace and security`).
 * @returns the words to add, none when the document's subject is not said so
 */
function documentSubject(words: Word[], at: number, used: number): string[] {
  if (words[at]?.lower !== 'on') return []
  let k = at + 1
  if (/^(?:the|a|an)$/.test(words[k]?.lower ?? '')) k++
  const from = k
  while (k < words.length && /^(?:NOUN|ADJ|PROPN)$/.test(words[k].pos)) k++
  const span = words.slice(from, k)
  const next = words[k]
  const after = words[k + 1]
  const ends = !next || next.text === '.' || (next.text === ',' && after !== undefined && (/^(?:which|that|who|adopted|approved|agreed|signed)$/.test(after.lower) || after.pos === 'VERB')) || (next.pos === 'VERB' && next.text !== ',')
  if (!span.length || !ends || span.at(-1)!.pos === 'ADJ' || used + 1 + span.length > MAX_TITLE_WORDS) return []
  return ['on', ...span.map((w) => w.text)]
}

/** A sentence's main clause: its words after an opening phrase, its main verb, its subject and whether that subject names who acted. */
export interface MainClause {
  words: Word[]
  /** Index of the main verb, -1 when there is none. */
  verb: number
  subject: Phrase | undefined
  /** Whether the subject names who acted (“Ministers”, a name, none): the point is then about the object. */
  actor: boolean
}

/**
 * Find a sentence's main clause: an opening phrase (“Under the Plan adopted today, …”) is skipped,
 * and the main verb is not one of a relative clause between commas.
 * @param tagged the sentence's words (see `wordsOf`)
 * @returns the clause's words, its verb, its subject and whether the subject is who acted
 */
export function mainClause(tagged: Word[]): MainClause {
  let words = tagged
  // An opening phrase (“Under the Plan adopted today, …”, “In Ghana, …”) is not the subject.
  // (… nor one that opens on a participle, which says what led to the decision: `Following a report from …,`, `Having heard …,`)
  if (words[0] && (/^(?:ADP|SCONJ|ADV)$/.test(words[0].pos) || (words[0].pos === 'VERB' && /^(?:\p{L}{3,}ing|having)$/u.test(words[0].lower)))) {
    const comma = words.findIndex((w, i) => i < 15 && w.text === ',')
    if (comma !== -1 && comma + 1 < words.length) words = words.slice(comma + 1 + apposition(words, comma + 1))
  }
  // … nor an ordinal or a time that opens it (`Third, the boards …`, `Every first Sunday of June, the farms …`, `Each spring, …`)
  const timed = words.findIndex((w, i) => i < 9 && w.text === ',')
  if (timed > 0 && timed + 1 < words.length && words.slice(0, timed).some((w) => CALENDAR_WORDS.test(w.text) || TIME_UNITS.test(w.text)) && words.slice(0, timed).every((w) => CALENDAR_WORDS.test(w.text) || TIME_UNITS.test(w.text) || /^(?:DET|ADP|NUM|CCONJ)$/.test(w.pos) || /^(?:every|each|and|of|the|in|on|from)$/i.test(w.text))) words = words.slice(timed + 1)
  // The main verb, not one of a relative clause between commas (`Cities in the network, which now counts 64 cities, …, will capture …`).
  let relative = false
  const verb = words.findIndex((word, i) => {
    if (word.text === ',') relative = /^(?:which|who|whom|whose)$/.test(words[i + 1]?.lower ?? '')
    return word.pos === 'VERB' && !relative
  })
  const subject = verb > 0 ? nounPhrase(words, 0, verb) : undefined
  // (people who do something to an object act too: `Engineers from the member states will use one inspection standard`,
  // `Naval commanders … will run joint patrols`; an agent noun in -er, -or, -ist, -ian names people)
  const people = Boolean(subject && (PERSON_NOUNS.test(subject.head) || /^\p{L}{3,}(?:ers|ors|ists|ians)$/u.test(subject.head)) && verb !== -1 && !/^(?:be|remain|stay|become|have|face|need|receive|get|lack|suffer)$/.test(words[verb].lemma) && /^(?:DET|NOUN|ADJ|PROPN|NUM)$/.test(words[verb + 1]?.pos ?? ''))
  const actor = !subject || ACTORS.has(subject.head) || people || words.slice(0, verb).every((w) => /^(?:PROPN|DET|PRON|CCONJ|PUNCT|ADV|AUX|PART)$/.test(w.pos))
  return {words, verb, subject, actor}
}

/**
 * How many words after an opening phrase's comma name again who it mentions (`Following a report from the Greens Officer,
 * Mrs Pat Hollis, the Executive adopted …`, `On the advice of Dr Rees, chair of the panel, members agreed …`): a short phrase
 * with no verb closed by a comma, after which a clause with its verb follows; none otherwise.
 * @param words the sentence's words
 * @param from where the words after the opening phrase start
 * @returns the number of words to skip (with the comma), 0 when there is no such phrase
 */
function apposition(words: Word[], from: number): number {
  const comma = words.findIndex((w, i) => i >= from && i <= from + 7 && w.text === ',')
  if (comma <= from || words.slice(from, comma).some((w) => !/^(?:PROPN|NOUN|ADJ|DET|ADP|CCONJ|PART)$/.test(w.pos))) return 0
  // (it names a person again: a name, or what a person named just before is, `Dr Rees, chair of …`; not the topic the phrase announces, `Under the first priority, early warning, …`)
  if (words[from].pos !== 'PROPN' && words[from - 2]?.pos !== 'PROPN') return 0
  // (the clause after it: a subject that opens on an article, a name or a pronoun, then its verb before any other comma)
  const next = words.findIndex((w, i) => i > comma && (w.text === ',' || /^(?:VERB|AUX)$/.test(w.pos)))
  return next > comma + 1 && next <= comma + 7 && /^(?:VERB|AUX)$/.test(words[next].pos) && /^(?:DET|PROPN|PRON|NOUN)$/.test(words[comma + 1]?.pos ?? '') ? comma + 1 - from : 0
}

/**
 * The words of a point's sentence, tagged as `wordsOf` tags them; an item of a list that opens on
 * its verb in lower case (`• issue heat warnings …;` under `We will:`) is tagged as the clause it
 * continues (`we will issue …`), as the small model reads a bare verb first as a noun (`issue/NOUN`).
 * @param sentence the sentence (cut to `MAX_SENTENCE` characters)
 * @returns its words, the opening verb tagged a verb when the lead-in's clause makes it one
 */
export function pointWordsOf(sentence: string): Word[] {
  if (!/^\p{Ll}/u.test(sentence)) return wordsOf(sentence)
  const continued = wordsOf(`we will ${sentence}`)
  // (not a noun that takes a preposition, as a verb may too: `care for survivors`)
  return continued[2]?.pos === 'VERB' && continued[3]?.pos !== 'ADP' && continued[0]?.lower === 'we' && continued[1]?.lower === 'will' ? continued.slice(2) : wordsOf(sentence)
}

/** The sentence's words with their part-of-speech tags; hyphenated words are one word. */
export function wordsOf(sentence: string): Word[] {
  const its = nlp().its
  const tokens = nlp().readDoc(sentence).tokens()
  const texts = tokens.out() as string[]
  const tags = tokens.out(its.pos) as string[]
  const spaces = tokens.out(its.precedingSpaces) as string[]
  const lemmas = tokens.out(its.lemma as never) as string[]
  const words: Word[] = []
  for (let i = 0; i < texts.length; i++) {
    const previous = words[words.length - 1]
    // Glue `catch - up` back into `catch-up` when the source wrote no spaces: one modifier or noun.
    if (previous && !spaces[i] && (texts[i] === '-' || previous.text.endsWith('-'))) {
      previous.text += texts[i]
      previous.lower = previous.text.toLowerCase()
      // `co-finance` after `to` is a verb; otherwise a hyphenated word is a modifier or a noun
      if (texts[i] !== '-') previous.pos = tags[i] === 'NOUN' || tags[i] === 'PROPN' || (tags[i] === 'NUM' && previous.pos === 'NUM') ? tags[i] : tags[i] === 'VERB' && /^(?:co|re|pre|up|down)-/.test(previous.lower) ? 'VERB' : 'ADJ'
      continue
    }
    // The model cuts a name at a letter outside English (`Klaipėda` → `Klaip` + `ėda`, `Gdańsk`): glue it back, one word.
    if (previous && !spaces[i] && /\p{L}$/u.test(previous.text) && /^\p{L}/u.test(texts[i]) && /[^\p{ASCII}]/u.test(previous.text.slice(-1) + texts[i][0])) {
      previous.text += texts[i]
      previous.lower = previous.text.toLowerCase()
      previous.lemma = previous.lower
      if (tags[i] === 'PROPN') previous.pos = 'PROPN'
      continue
    }
    // `approx.`, `c.` qualify a number; they are not part of a noun phrase
    if (/^(?:approx|c|ca)\.?$/i.test(texts[i]) && /\d/.test(texts[i + 1] ?? '')) {
      words.push({text: texts[i], pos: 'ADV', lower: texts[i].toLowerCase(), lemma: texts[i].toLowerCase()})
      continue
    }
    words.push({text: texts[i], pos: tags[i], lower: texts[i].toLowerCase(), lemma: (lemmas[i] ?? texts[i]).toLowerCase()})
  }
  // A hyphenated verb the model leaves as written (`re-elected`): its dictionary form is its last part's (`re-elect`)
  for (const word of words) {
    const hyphen = word.lower.lastIndexOf('-')
    if (word.pos !== 'VERB' || hyphen < 1 || word.lemma !== word.lower || !/(?:ed|ing|s)$/.test(word.lower)) continue
    const last = nlp().readDoc(word.lower.slice(hyphen + 1)).tokens().out(its.lemma as never) as string[]
    if (last.length === 1 && last[0]) word.lemma = `${word.lower.slice(0, hyphen + 1)}${last[0].toLowerCase()}`
  }
  // The small model's slips before a noun: `two new/ADV undersea cables`, `plan shipping/VERB lanes`, `help producing/VERB countries`.
  words.forEach((word, i) => {
    const next = words[i + 1]?.pos ?? ''
    if (word.pos === 'ADV' && (/^(?:NUM|DET|VERB)$/.test(words[i - 1]?.pos ?? '') && !/ly$/.test(word.lower)) && /^(?:ADJ|NOUN)$/.test(next)) word.pos = 'ADJ'
    // `a shared/VERB register/VERB of …`: after an article, a verb is a noun and a participle before it a modifier
    if (word.pos === 'VERB' && (words[i - 1]?.pos === 'DET' || (/ed$/.test(words[i - 1]?.lower ?? '') && words[i - 2]?.pos === 'DET')) && !/^(?:ADJ|NOUN|VERB)$/.test(next) && /^(?:a|an|the)$/.test((words[i - 1]?.pos === 'DET' ? words[i - 1] : words[i - 2]).lower)) {
      word.pos = 'NOUN'
      if (words[i - 1].pos === 'VERB') words[i - 1].pos = 'ADJ'
    }
    if (word.pos === 'VERB' && /(?:ing|ed)$/.test(word.lower) && words[i - 1]?.pos === 'VERB' && !CATENATIVE_VERBS.has(words[i - 1].lemma) && next === 'NOUN') word.pos = 'ADJ'
    // `no amplified/VERB music`, `every licensed/VERB trader`: a participle in -ed between a determiner and a noun modifies the noun
    if (word.pos === 'VERB' && /ed$/.test(word.lower) && words[i - 1]?.pos === 'DET' && next === 'NOUN') word.pos = 'ADJ'
    // `will open/ADJ home-care teams`: right after a modal or the `to` of a verb, no adjective stands before an object: it is the verb
    if (word.pos === 'ADJ' && (/^(?:will|shall|would|can|could|must|should|may|might)$/.test(words[i - 1]?.lower ?? '') || (words[i - 1]?.lower === 'to' && words[i - 1].pos === 'PART')) && /^(?:NOUN|DET|ADJ|NUM)$/.test(next) && !/(?:er|est|ly)$|^(?:further|more|less|also|jointly|together|first|only|soon|new)$/.test(word.lower)) word.pos = 'VERB'
  })
  // `The autumn nut fair/ADJ will move …`, `the mixed doubles/VERB championship`: the last word of a subject before its modal is its
  // head noun, and a verb in -s between a modifier and a noun is a noun of the compound
  words.forEach((word, i) => {
    const opened = () => {
      let j = i - 1
      while (j >= 0 && /^(?:NOUN|ADJ|PROPN|PART)$/.test(words[j].pos)) j--
      return words[j]?.pos === 'DET' || j < 0
    }
    if (word.pos === 'ADJ' && words[i - 1]?.pos === 'NOUN' && /^(?:will|shall|must|would|should)$/.test(words[i + 1]?.lower ?? '') && opened()) word.pos = 'NOUN'
    if (word.pos === 'VERB' && /s$/.test(word.lower) && words[i - 1]?.pos === 'ADJ' && words[i + 1]?.pos === 'NOUN' && opened()) word.pos = 'NOUN'
  })
  // `a common flood hazard map/VERB before …`: a bare verb that closes a run opened by `a`/`an` of modifiers and nouns is
  // the run's head noun (after a singular noun, a verb would take its `-s`: `a hazard maps`)
  words.forEach((word, i) => {
    // (a bare verb that ends in -ss is no verb's -s: `a fish pass/VERB at …`)
    if (word.pos !== 'VERB' || word.lemma !== word.lower || /(?:ing|ed)$|[^s]s$/.test(word.lower) || words[i - 1]?.pos !== 'NOUN' || !/^(?:ADP|PUNCT|CCONJ)$/.test(words[i + 1]?.pos ?? 'PUNCT')) return
    // (not a participle that is its base form, before its agent: `a pooled tender run by the board`)
    if (words[i + 1]?.lower === 'by') return
    let j = i - 1
    while (j >= 0 && /^(?:NOUN|ADJ)$/.test(words[j].pos)) j--
    if (/^(?:a|an)$/.test(words[j]?.lower ?? '')) word.pos = 'NOUN'
  })
  // `offshore wind/VERB farms already cover …`, `new heat/VERB pumps will …`: a bare verb between a modifier and a noun that is itself the
  // subject of a verb after it is a noun of the compound (it has no subject of its own before it: not `Members also fund projects`)
  words.forEach((word, i) => {
    const before = words[i - 1]
    if (word.pos !== 'VERB' || word.lemma !== word.lower || /(?:ing|ed|s)$/.test(word.lower) || !before || !(before.pos === 'ADJ' || (before.pos === 'ADV' && !/ly$/.test(before.lower)))) return
    if (/^(?:NOUN|PROPN|PRON)$/.test(words[i - 2]?.pos ?? '') || words[i + 1]?.pos !== 'NOUN' || !/^(?:VERB|AUX|ADV)$/.test(words[i + 2]?.pos ?? '')) return
    word.pos = 'NOUN'
    if (before.pos === 'ADV') before.pos = 'ADJ'
  })
  // A plain adjective ending a phrase after a noun is a noun of the compound (`one inspection standard/ADJ from 2017`)
  words.forEach((word, i) => {
    if (word.pos === 'ADJ' && words[i - 1]?.pos === 'NOUN' && /^(?:ADP|PUNCT|CCONJ)$/.test(words[i + 1]?.pos ?? 'PUNCT') && !/(?:ed|ing|able|ible|ous|ful|al|ive|ic|ant|ent|ary|ory|less|est|er)$/.test(word.lower)) word.pos = 'NOUN'
  })
  // After a preposition other than `to`, a bare verb before a noun modifies it (`against hate/VERB speech`).
  words.forEach((word, i) => {
    if (word.pos === 'VERB' && !/(?:ing|ed)$/.test(word.lower) && words[i - 1]?.pos === 'ADP' && words[i - 1].lower !== 'to' && words[i + 1]?.pos === 'NOUN') word.pos = 'NOUN'
  })
  // `disruptions to/PART shipping/VERB of …`: after a noun, `to` before a gerund with no object is a preposition, the gerund a noun;
  // after a noun that takes `to` (`threats to/PART power/VERB grids`), a verb before a noun is a modifier
  words.forEach((word, i) => {
    if (word.lower === 'to' && word.pos === 'PART' && NOUNS_TAKING_TO.has(words[i - 1]?.lower ?? '') && words[i + 1]?.pos === 'VERB' && !/(?:ing|ed)$/.test(words[i + 1].lower) && words[i + 2]?.pos === 'NOUN') {
      word.pos = 'ADP'
      words[i + 1].pos = 'NOUN'
    }
    if (word.lower === 'to' && word.pos === 'PART' && words[i - 1]?.pos === 'NOUN' && words[i + 1]?.pos === 'VERB' && /ing$/.test(words[i + 1].lower) && /^(?:ADP|PUNCT|CCONJ)$/.test(words[i + 2]?.pos ?? 'PUNCT')) {
      word.pos = 'ADP'
      words[i + 1].pos = 'NOUN'
    }
  })
  nominalRuns(words)
  // After an article, a preposition or a verb in -ing, a participle modifies what follows (`a shared/VERB online catalogue`,
  // `of stolen/VERB works/VERB of art`), and a verb in -s between it and a preposition is that noun.
  words.forEach((word, i) => {
    const participle = word.pos === 'VERB' && (/ed$/.test(word.lower) || word.lower === IRREGULAR_PARTICIPLES[word.lemma])
    // (… and so after a verb in -ing, whose object it opens: `ships carrying liquefied/VERB natural gas`, `farms using treated/VERB wastewater`)
    const gerund = /^(?:VERB|NOUN)$/.test(words[i - 1]?.pos ?? '') && /\p{L}{3}ing$/u.test(words[i - 1].lower) && /^(?:NOUN|PROPN)$/.test(words[i - 2]?.pos ?? '')
    if (!participle || !(/^(?:a|an|the)$/.test(words[i - 1]?.lower ?? '') || (words[i - 1]?.pos === 'ADP' && words[i - 1].lower !== 'to') || gerund)) return
    const next = words[i + 1]
    if (next?.pos === 'ADJ' || next?.pos === 'NOUN') word.pos = 'ADJ'
    else if (next?.pos === 'VERB' && /s$/.test(next.lower) && words[i + 2]?.pos === 'ADP') {
      word.pos = 'ADJ'
      next.pos = 'NOUN'
    }
  })
  // A gerund after a modifier, with no object of its own, names an activity (“cold-chain labelling”).
  words.forEach((word, i) => {
    if (word.pos === 'VERB' && /ing$/.test(word.lower) && /^(?:ADJ|NOUN)$/.test(words[i - 1]?.pos ?? '') && !/^(?:NUM|SYM|DET|PRON|PROPN)$/.test(words[i + 1]?.pos ?? '')) word.pos = 'NOUN'
    // … and so does one joined to a noun with nothing after it (`electronic signatures and e-invoicing`)
    if (word.pos === 'VERB' && /ing$/.test(word.lower) && words[i - 1]?.lower === 'and' && words[i - 2]?.pos === 'NOUN' && !/^(?:NOUN|PROPN|ADJ|NUM|SYM|DET|PRON)$/.test(words[i + 1]?.pos ?? '')) word.pos = 'NOUN'
  })
  return words
}

/** A quantifier of one of many (`every`, `each`), kept before its noun in a complement: `Survey of every silent tower`. */
const EACH = /^(?:every|each)$/
/** Heads of a record or a survey that covers the things of a set one by one (`a register of every collector`, `a log of each repair`). */
const COVERING_HEADS = /^(?:survey|surveys|register|registers|registry|log|logs|logbook|census|inventory|map|database|list|catalogue|catalog|audit|directory|index)$/
/** A determiner that opens one thing (`a`, `each`, `no`): the head of its run is singular, a bare verb at its end a noun. */
const ONE_OPENER = /^(?:a|an|each|every|no)$/
/** A count that opens several things (`four`, `12`, `several`): a verb in -s at its run's end is a plural noun. */
const COUNT_OPENER = /^(?:[2-9]|[1-9]\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|many)$/
/** Adverbs that never modify a noun inside its phrase (`each also`, `no longer`), and quantities a verb may follow (`a few attend`). */
const NOT_IN_RUN = /^(?:also|still|not|now|already|only|then|further|never|just|even|again|together|jointly|soon|there|here|more|less|most|very|so|too|as|well|yet|ever|once|twice|longer|few|little|lot|number|majority|handful|couple|total|half)$/

/**
 * The small model's verb tags inside one noun phrase opened by `a`, `each`, `no` or a count: `four shared/VERB gas-fired kilns`,
 * `a shared/VERB drying/VERB shed/VERB at …`, `no new/ADV offshore/ADV dredging/VERB licence will …`, `an emergency call-out register/VERB,`,
 * `two mobile forges/VERB fitted for …`. Over a run of two to four modifiers and nouns that a preposition, a comma, a conjunction, an
 * auxiliary or the sentence's end closes, a participle or an adverb before its first noun is a modifier, a bare verb (after a singular
 * opener) or a verb in -s (after a count) that ends it is its head noun; a participle in -ed after it (`fitted for`) closes it. A run
 * that ends on a participle (`two members voted to`) or holds one after a noun (`each country sharing data with`) is a clause: left alone.
 */
function nominalRuns(words: Word[]): void {
  words.forEach((opener, o) => {
    const one = ONE_OPENER.test(opener.lower) && opener.pos === 'DET'
    const counted = COUNT_OPENER.test(opener.lower) && /^(?:NUM|ADJ|DET)$/.test(opener.pos)
    if (!one && !counted) return
    let end = o + 1
    let closed = false
    while (end < words.length && end <= o + 5 && /^(?:ADJ|NOUN|VERB|ADV)$/.test(words[end].pos) && !/ly$/.test(words[end].lower) && !NOT_IN_RUN.test(words[end].lower)) {
      // (`forges fitted for teaching`: a participle after the run's noun, before a preposition, is a verb of its own)
      if (end > o + 1 && /\p{L}{2}[^e]ed$/u.test(words[end].lower) && words[end].pos !== 'VERB' && words[end + 1]?.pos === 'ADP') {
        words[end].pos = 'VERB'
        closed = true
        break
      }
      // (an adverb modifies only before the first noun: `each member zoo devote part/ADV of …` is a clause)
      if (words[end].pos === 'ADV' && words.slice(o + 1, end).some((w) => w.pos === 'NOUN')) return
      end++
    }
    const last = words[end - 1]
    const after = words[end]
    // (one word after `each` is no phrase to mend: `we will each adopt, …`)
    if (end - o < 3 || end - o > 5 || NOT_IN_RUN.test(last.lower)) return
    if (after && !/^(?:ADP|PUNCT|CCONJ|AUX|SCONJ|PART)$/.test(after.pos) && !(after.pos === 'VERB' && (last.pos === 'NOUN' || closed)) && !(after.pos === 'PRON' && /^(?:who|which|that)$/.test(after.lower))) return
    const participle = (w: Word) => w.pos === 'VERB' && (/(?:ed|ing)$/.test(w.lower) || w.lower === IRREGULAR_PARTICIPLES[w.lemma])
    // (a run of modifiers with no noun, `a common drying/VERB standard/ADJ for …`, is left to the rules that read such a head)
    if (last.pos === 'ADJ' && !words.slice(o + 1, end).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) return
    // (looked for inside the run only: a sentence may be long)
    const inRun = words.slice(o + 1, end).findIndex((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
    const firstNoun = inRun === -1 ? -1 : o + 1 + inRun
    // (a bare form that is also a participle, `shed`, `set`, heads the run when no noun before it could be its subject: `a committee set up …`)
    if (participle(last) && !/ing$/.test(last.lower) && (firstNoun !== -1 || last.lower !== last.lemma)) return
    const modifiers = firstNoun === -1 ? end - 1 : firstNoun
    if (words.slice(modifiers + 1, end - 1).some(participle)) return
    // (not a verb in the subjunctive: `that each member institution devote …`)
    const head = last.pos !== 'VERB' || /ing$/.test(last.lower) || (one && last.lemma === last.lower && !/s$/.test(last.lower) && words[o - 1]?.lower !== 'that') || (counted && /[^s]s$/.test(last.lower))
    if (!head) return
    // (a verb after the first noun is a noun of the compound only before another noun: `call-out register`, not `zoo devote part`)
    if (words.slice(modifiers + 1, end - 1).some((w, k) => w.pos === 'VERB' && words[modifiers + 2 + k].pos !== 'NOUN')) return
    for (let i = o + 1; i < end - 1; i++) {
      const word = words[i]
      if (i < modifiers && (participle(word) || word.pos === 'ADV')) word.pos = 'ADJ'
      else if (word.pos === 'VERB' || word.pos === 'ADV') word.pos = i < modifiers ? 'ADJ' : 'NOUN'
    }
    if (last.pos === 'VERB') last.pos = 'NOUN'
  })
}

/**
 * The first noun phrase in `words[from..to)`: modifiers and a noun head, and one `of`/`for`/`on`
 * phrase after it when the head had no number and the phrase holds no amount of money. Determiners, numbers and what comes before a
 * possessive (“each other's”) are dropped.
 */
export function nounPhrase(words: Word[], from: number, to: number, nested = false, depth = nested ? 1 : 0): Phrase | undefined {
  let start = from
  while (start < to && !NOMINAL.has(words[start].pos)) start++
  // `the rise in deaths of cyclists`: a change gives way to what changes
  if (CHANGE_NOUNS.has(words[start]?.lower ?? '') && /^(?:of|in)$/.test(words[start + 1]?.lower ?? '') && start + 2 < to) {
    start += 2
    while (start < to && !NOMINAL.has(words[start].pos)) start++
  }
  if (start >= to) return undefined
  let end = start
  // The phrase ends before an amount of money, and before a participle that introduces one (“pledges totalling US$1 billion”).
  const amount = (w: Word | undefined) => Boolean(w && (/\p{Sc}|^\d/u.test(w.text) || w.pos === 'NUM' || w.pos === 'SYM'))
  // `salt and sugar`, `Mauritius and Oman`; `three hundred and fifty` is one number
  const joins = (i: number) => words[i].lower === 'and' && i + 1 < to && i > start && (words[i + 1].pos === 'NOUN' || words[i + 1].pos === 'ADJ' || (words[i + 1].pos === 'PROPN' && words[i - 1].pos === 'PROPN') || (words[i + 1].pos === 'NUM' && words[i - 1].pos === 'NUM'))
  // (`an additional 10% placement capacity`: a share's sign goes with its number, dropped with it below)
  const share = (i: number) => /^(?:%|percent)$/.test(words[i].lower) && words[i - 1]?.pos === 'NUM'
  while (end < to && (NOMINAL.has(words[end].pos) || /^['’]s$/.test(words[end].text) || joins(end) || share(end)) && !/\p{Sc}/u.test(words[end].text) && !(/ing$/.test(words[end].lower) && amount(words[end + 1]))) end++
  // (`publish real-time overflow alerts/VERB online`: a plural noun the tagger read as a verb is the head, when the phrase is a verb's object
  // and nothing there opens a clause: not `ensure the system works`)
  const plural = end > start && end < to && pluralReadAsVerb(words, start, end) ? end++ : -1
  // (`the treatment of cattle moving | across borders`: a verb in -ing after a noun, with its preposition next, is a participle; it stays
  // only with its complement, see `participlePhrase`)
  let movingAt = -1
  if (end - start >= 2 && /\p{L}{3}ing$/u.test(words[end - 1].lower) && words[end - 1].lemma !== words[end - 1].lower && words[end - 2].pos === 'NOUN' && words[end]?.pos === 'ADP' && !/^(?:of|for)$/.test(words[end].lower)) movingAt = end - 1
  let core = words.slice(start, end).map((w, i) => (start + i === plural ? {...w, pos: 'NOUN'} : w))
  const possessive = core.findIndex((w) => /^['’]s$/.test(w.text))
  // (`the Council's catch-recording app`: a body named by its head alone says only whose it is, as `the region's` does)
  if (possessive !== -1 && possessive < core.length - 1 && (!core.slice(0, possessive).some((w) => w.pos === 'PROPN') || (possessive === 1 && ORGANISATION_HEADS.test(core[0].text)))) core = core.slice(possessive + 1)
  // (`12-member` says the size of what follows, it is not a quantity of it)
  // `Resolution 2349`: the number of a document is part of its name, not a quantity
  // (`Resolution No. 12`, `Decision number 4`: the mark between them is part of the name too)
  const reference = (w: Word, i: number) => /^\d+$/.test(w.text) && (DOCUMENT_NOUNS.has(core[i - 1]?.lower ?? '') || (NUMBER_MARKS.test(core[i - 1]?.text ?? '') && DOCUMENT_NOUNS.has(core[i - 2]?.lower ?? '')))
  const numbered = core.some((w, i) => !reference(w, i) && (w.pos === 'NUM' || (/\d/.test(w.text) && !/^\d[\d,.]*-\p{L}/u.test(w.text))))
  core = core.filter((w, i) => reference(w, i) || (w.pos !== 'NUM' && !/\d/.test(w.text) && !/^['’]s$/.test(w.text) && !(w.lower === 'and' && core[i - 1]?.pos === 'NUM') && !(/^(?:%|percent)$/.test(w.lower) && core[i - 1]?.pos === 'NUM')))
  // (`a common hurricane haul-out standard,`: a word read as an adjective after a noun, at the phrase's end, with no adjective's ending,
  // is the compound's head noun; not `funds available`, `members present`)
  const last = core.length - 1
  let after = last
  while (after > 0 && core[after].pos === 'ADJ') after--
  if (after < last && core[after].pos === 'NOUN' && !/(?:able|ible|ed|ent|ant|ive|ous|al|ic|ful|less|ary|ory|ile|ish|est|er|y|ing)$/.test(core[last].lower) && (!words[end] || /^(?:PUNCT|ADP|CCONJ|SCONJ|PART)$/.test(words[end].pos))) core = [...core.slice(0, last), {...core[last], pos: 'NOUN'}]
  // The head is the last noun; trailing adjectives are not part of the phrase.
  while (core.length && core[core.length - 1].pos !== 'NOUN' && core[core.length - 1].pos !== 'PROPN' && !reference(core[core.length - 1], core.length - 1)) core.pop()
  if (!core.length) return undefined
  const phrase = core.map((w) => w.text)
  const head = core[core.length - 1].lower
  const link = words[end]
  // A quantity as the head (“80,000 hectares of wetlands”): the title is what it measures.
  if (numbered && link?.lower === 'of' && !nested) {
    const measured = nounPhrase(words, end + 1, Math.min(to, end + 7), true)
    if (measured) return measured
  }
  // `to` links a phrase only as a preposition (“access to finance”), not before a verb.
  if (link && LINKS.has(link.lower) && (link.lower !== 'to' || link.pos === 'ADP') && end + 1 < to && !numbered && depth < 2) {
    let k = end + 1
    // (`a survey of every silent tower`: a quantifier of one of many stays with its noun, or the title reads “Survey of silent tower”)
    let article = words[k] && (/^(?:the|a|an)$/i.test(words[k].text) || (EACH.test(words[k].lower) && words[k + 1]?.lower !== 'of' && COVERING_HEADS.test(head))) ? words[k++] : undefined
    // `expert group on the use of artificial intelligence`: a light noun gives way to what it is about
    if ((LIGHT_COMPLEMENT_HEADS.has(words[k]?.lower ?? '') || CHANGE_NOUNS.has(words[k]?.lower ?? '')) && /^(?:of|in)$/.test(words[k + 1]?.lower ?? '') && k + 2 < to) {
      k += 2
      article = words[k] && /^(?:the|a|an)$/i.test(words[k].text) ? words[k++] : undefined
    }
    // A quantity in the phrase is dropped (“of 150 million vaccine doses”), an amount of money ends it
    // (“trade among members reached US$310 billion”: the phrase is `members`).
    // (a currency's code before a number is money too: `a compensation fund of USD 35 million`)
    const money = words.findIndex((w, i) => i >= k && i < to && (/\p{Sc}/u.test(w.text) || (CURRENCY_CODE.test(w.text) && /^\d/.test(words[i + 1]?.text ?? ''))))
    const tailEnd = Math.min(to, k + 8, money === -1 ? to : money)
    const plain = k < tailEnd && NOMINAL.has(words[k].pos)
    const fits = (tail: Phrase | undefined) => tail && phrase.length + tail.words.length + 1 + (article ? 1 : 0) <= MAX_TITLE_WORDS
    let tail = plain ? nounPhrase(words, k, tailEnd, true, depth + 1) : undefined
    const first = tail
    // Too long with its own phrase after it: the tail's core alone, or its first part (`hate speech` of `hate speech and false information`).
    if (tail && !fits(tail)) tail = nounPhrase(words, k, tailEnd, true, 2)
    const and = words.findIndex((w, i) => i > k && i < tailEnd && w.lower === 'and')
    if (tail && !fits(tail) && and !== -1) {
      tail = nounPhrase(words, k, and, true, 2)
      // (`to European and United Kingdom nature funds`: `and` joins modifiers of one head, which the cut would lose, `Joint bid to
      // European`; the shared head with its nouns stays, “Joint bid to nature funds”)
      const nouns = first!.core.slice(first!.core.findLastIndex((w) => w.pos !== 'NOUN') + 1)
      if (tail && tail.core.at(-1)?.pos !== 'NOUN' && nouns.length && first!.core.some((w) => w.lower === 'and') && phrase.length + nouns.length + 1 <= MAX_TITLE_WORDS) tail = {words: nouns.map((w) => w.text), head: nouns.at(-1)!.lower, core: nouns, end: first!.end}
    }
    // `a reserve of 400,000 tonnes`, `a team of 40 experts`: a unit or a bare count adds nothing to the title
    if (tail && tail.words.length === 1 && (words[k].pos === 'NUM' || /^\d/.test(words[k].text))) tail = undefined
    // `of recent years`, `for the next three years`: when is not what
    if (tail && TIME_UNITS.test(tail.head)) tail = undefined
    // `data on rainfall, prices and malnutrition`: the first item of a list would misstate what it is about
    if (tail && opensList(words, tail.end)) tail = undefined
    // A complement that fits with its own complement stays as written (`joint programme for the monitoring of microplastics`).
    const whole = fits(first) && first!.words.length > first!.core.length
    // (`register of every collector`: one of many is no kind a compound could name, “Collector register”)
    const compound = tail && !whole && !(article && EACH.test(article.lower)) && compoundOf(core, link, tail, words[tail.end])
    if (compound) return {words: compound, head, core, end: tail!.end}
    // `common guidelines for the protection of historic town centres from flooding`: when a generic
    // head's complement is an action on something and cannot fit with it, the action names the point.
    if (first && !fits(first) && GENERIC_HEADS.has(head) && first.core.length === 1 && /(?:tion|sion|ment|ance|ence)$/.test(first.core[0].lower) && first.words.length > 2 && first.words.length <= MAX_TITLE_WORDS) return first
    // `guidelines on the upgrading | of informal settlements`, `results of the pilot | on …`: a noun after `the`,
    // cut from its own complement, names nothing alone (“Guidelines on the upgrading”): the phrase ends before it
    const open = tail !== first && article?.lower === 'the' && LINKS.has(words[tail?.end ?? -1]?.lower ?? '')
    if (tail && fits(tail) && !open) {
      phrase.push(link.text, ...(article && (article.lower === 'the' || EACH.test(article.lower)) ? [article.lower === 'the' ? article.text : article.lower] : []), ...tail.words)
      return {words: phrase, head, core, end: tail.end}
    }
  }
  // `cattle moving across borders`: a participle in -ing and its complement after the noun, kept whole when they fit, else as the text has them
  if (movingAt !== -1 && end === movingAt + 1) {
    const moving = participlePhrase(words, movingAt, to)
    const before = core.slice(0, -1).map((w) => w.text)
    if (moving && before.length + moving.words.length <= MAX_TITLE_WORDS) return {words: [...before, ...moving.words], head: core[core.length - 2].lower, core: core.slice(0, -1), end: moving.end, participle: true}
  }
  // `children formerly associated with armed groups`, `cultural objects taken from …`: a short noun keeps the participle that says which
  const which = core.length <= 2 && !nested ? participlePhrase(words, end, to) : undefined
  if (which && which.words.length + 1 <= MAX_TITLE_WORDS) return {words: [...phrase, ...which.words], head, core, end: which.end, participle: true}
  return {words: phrase, head, core, end}
}

/**
 * Whether the word at `end`, tagged a verb in -s (`alerts`), is rather the plural head of the noun phrase `words[start..end)`
 * before it: the phrase ends on a noun and is the object of a verb that takes no clause (`publish real-time overflow alerts online`,
 * not `ensure the system works`), and no object, article or number follows the word.
 */
function pluralReadAsVerb(words: Word[], start: number, end: number): boolean {
  const word = words[end]
  if (word.pos !== 'VERB' || word.lower !== `${word.lemma}s` || words[end - 1].pos !== 'NOUN') return false
  let k = start - 1
  while (k >= 0 && words[k].pos === 'DET') k--
  const verb = words[k]
  if (!verb || verb.pos !== 'VERB' || CLAUSE_OBJECT_VERBS.has(verb.lemma)) return false
  return !/^(?:DET|NOUN|PROPN|PRON|NUM|VERB|AUX)$/.test(words[end + 1]?.pos ?? '')
}

/**
 * A participle phrase after a noun (`formerly associated with armed groups`, `rebuilt with public
 * money`): an optional adverb in -ly, a past participle, a preposition and its noun phrase.
 * @returns its words, or `undefined` when none starts at `from`
 */
function participlePhrase(words: Word[], from: number, to: number): Phrase | undefined {
  let k = from
  if (words[k]?.pos === 'ADV' && /ly$/.test(words[k].lower)) k++
  const participle = words[k]
  // (a participle in -ing too, as the tagger may read it a noun: `moving across borders`)
  const ing = /\p{L}{3}ing$/u.test(participle?.lower ?? '') && participle.lemma !== participle.lower && /^(?:VERB|NOUN)$/.test(participle.pos)
  if (!participle || (!ing && (participle.pos !== 'VERB' || !(/ed$/.test(participle.lower) || IRREGULAR_PARTICIPLES[participle.lemma] === participle.lower)))) return undefined
  const link = words[k + 1]
  if (!link || link.pos !== 'ADP' || !(/^(?:with|by|in|from|for|to|on|at)$/.test(link.lower) || (ing && /^(?:across|through|into|along|between|within|over)$/.test(link.lower)))) return undefined
  // (`announced at the Conference`: a definite article before a name stays with it)
  // (… not before a measure: `trawling within 5 km` is no “Trawling within km”)
  if (ing && (words[k + 2]?.pos === 'NUM' || /^\d/.test(words[k + 2]?.text ?? ''))) return undefined
  const article = words[k + 2]?.lower === 'the' && words[k + 3]?.pos === 'PROPN' ? 1 : 0
  const object = nounPhrase(words, k + 2 + article, Math.min(to, k + 7 + article), true, 2)
  if (!object) return undefined
  return {words: [...words.slice(from, k + 2 + article).map((w) => w.text), ...object.words], head: object.head, core: object.core, end: object.end}
}

/**
 * The compound an editor would write for a container head and the one noun it holds or serves
 * (see `COMPOUNDING_HEADS`): `regional stockpile of vaccine doses` → `regional vaccine stockpile`.
 * Only when the head has no modifier but adjectives and the complement is one or two plain words
 * (after a counting noun such as `doses` is dropped); its own complement, if any, is left out.
 * @param core the head's words (modifiers and head)
 * @param link the preposition after them
 * @param tail the phrase after the preposition
 * @param after the word after that phrase
 * @returns the compound's words, or `undefined` when the phrase does not take one
 */
function compoundOf(core: Word[], link: Word, tail: Phrase, after: Word | undefined): string[] | undefined {
  const head = core[core.length - 1]
  if (!COMPOUNDING_HEADS.has(head.lower) || !/^(?:of|for)$/.test(link.lower) || core.slice(0, -1).some((w) => w.pos !== 'ADJ')) return undefined
  let held = tail.core
  if (held.length > 1 && COUNTING_NOUNS.has(held[held.length - 1].lower)) held = held.slice(0, -1)
  if (held.length === 0 || held.length > 2 || !held.every((w) => w.pos === 'NOUN' || w.pos === 'ADJ') || held[held.length - 1].pos !== 'NOUN') return undefined
  // `the minerals most at risk`: a modifier after the noun restricts it, and a compound would lose it
  // (not an adverb of the main verb: `the register of accredited auditors now lists …`)
  if (after && (after.pos === 'ADJ' || (after.pos === 'ADV' && !/^(?:now|already|still|also|then|soon|again|currently|together)$/.test(after.lower)))) return undefined
  // the held noun as a modifier is singular (`laboratory network`)
  const singular = singularOf(held[held.length - 1])
  let modifiers = core.slice(0, -1)
  const compound = () => [...modifiers.map((w) => w.text), ...held.slice(0, -1).map((w) => w.text), singular, head.text]
  // A stack of more than three words reads badly: keep the phrase as written (`shared register of
  // drug-resistant cases`), unless the phrase goes on into a complement a title would cut
  // (`common library of open-source software for public services`); then a modifier that adds
  // little goes (`open-source software library`).
  if (compound().length > 3 && after && (LINKS.has(after.lower) || after.lower === 'in')) modifiers = modifiers.filter((w) => !GENERIC_MODIFIERS.has(w.lower))
  return compound().length > 3 ? undefined : compound()
}

/**
 * The object of the verb at `verb`: skip the rest of the verb group (“agreed to establish”), then a
 * noun phrase; past an attitude (“expressed concern at …”) or a request (“asked the Secretariat to
 * propose …”), the phrase that names what is to be done.
 */
export function objectOf(words: Word[], verb: number): string[] | undefined {
  let k = verb + 1
  while (k < words.length && k < verb + 6 && /^(?:VERB|AUX|PART|ADV|ADP|SCONJ)$/.test(words[k].pos)) k++
  // `to design, with interested member countries, savings products`: an aside between commas before the object
  k = pastAside(words, k)
  if (k < words.length && words[k].pos === 'PRON' && !/^(?:their|its|our|his|her|your|each)$/i.test(words[k].text)) return undefined
  // (a quotation mark is not the end of the object: `endorsed the "Blue Corridors" initiative`)
  const stop = words.findIndex((w, i) => i > k && w.pos === 'PUNCT' && w.text !== '’s' && !QUOTES.test(w.text))
  const end = stop === -1 ? words.length : stop
  // An amount (“committed $850 million in grants”, “pledged US$480 million … to fund agent networks”): what it is in or for.
  const moneyWords = (i: number) => words[i]?.pos === 'NUM' && words.slice(i, i + 6).some((w, j) => /^(?:dollars?|euros?|pounds?|francs?|yen)$/.test(w.lower) && words.slice(i, i + j).every((x) => x.pos === 'NUM' || x.text === '-'))
  const amountAt = (i: number) => words[i]?.pos === 'SYM' || /\p{Sc}/u.test(words[i]?.text ?? '') || (words[i]?.lower === 'us' && /\p{Sc}/u.test(words[i + 1]?.text ?? '')) || moneyWords(i)
  // `to provide a US$85 million credit line`, `a €2.5bn refining window`: the amount qualifies the thing given, which is the object
  const qualified = /^(?:a|an)$/.test(words[k]?.lower ?? '') && amountAt(k + 1)
  if (qualified) k++
  if (amountAt(k)) {
    let after = k
    while (after < end && /^(?:SYM|NUM)$/.test(words[after].pos) || /\p{Sc}|^\d|^(?:dollars?|euros?|pounds?|francs?|yen|-)$/iu.test(words[after]?.text ?? '')) after++
    if (qualified) {
      while (/^(?:bn|mn|m|k|million|billion|trillion)$/i.test(words[after]?.text ?? '')) after++
      const given = /^(?:NOUN|ADJ)$/.test(words[after]?.pos ?? '') ? nounPhrase(words, after, end) : undefined
      if (given && !TIME_UNITS.test(given.head)) return given.words
    }
    if (/^(?:in|of)$/.test(words[after]?.lower ?? '')) {
      const what = nounPhrase(words, after + 1, Math.min(end, after + 4))
      if (what) return what.words
    }
    const purpose = words.findIndex((w, i) => i > after && i < end && w.lower === 'to' && words[i + 1]?.pos === 'VERB')
    if (purpose !== -1) return objectOf(words, purpose + 1)
    // `announced $45 million for the repairs`: funding, and what it is for
    if (words[after]?.lower === 'for') {
      const purpose = nounPhrase(words, after + 1, Math.min(end, after + 5))?.words
      return purpose && ['funding', 'for', ...purpose].slice(0, MAX_TITLE_WORDS)
    }
    return undefined
  }
  let object = nounPhrase(words, k, end)
  if (!object) return undefined
  // (`to sign the Coalition's Cool Streets Pledge`: who owns the object is not the object)
  // (… nor is a name in capitals that the tagger broke: `Cool/VERB Streets Pledge`)
  if (/^['’]s?$/.test(words[object.end - 1]?.text ?? '') && object.end < end) {
    let named = object.end
    while (named < end && /^\p{Lu}/u.test(words[named].text)) named++
    const owned = named > object.end + 1 ? {...object, words: words.slice(object.end, named).map((w) => w.text), core: words.slice(object.end, named), head: words[named - 1].lower, end: named} : nounPhrase(words, object.end, end)
    if (!owned) return undefined
    object = owned
  }
  // `welcomed the offer of the Space Agency to provide free access to radar data`: what the body offers to do
  const body = actingBody(words, k)
  if (body && body.start >= k && body.start < k + 3 && INTENT_NOUNS.has(words[body.start].lower)) {
    const done = objectOf(words, body.to + 1)
    if (done) return done
  }
  // `pensions, child benefits and other social transfers`: the list names its kind at its end
  const kind = kindOfList(words, object.end)
  if (kind) return kind
  // `pledges totalling US$1.1 billion for primary health care`, `loans of €2.6bn for grid connections`: what they are for
  let past = object.end
  if (/^(?:of|totalling|totaling|worth|amounting)$/.test(words[past]?.lower ?? '') && (/\p{Sc}/u.test(words[past + 1]?.text ?? '') || words[past + 1]?.pos === 'NUM' || words[past + 1]?.pos === 'SYM' || words[past + 1]?.lower === 'us')) {
    past++
    // (`€2.6bn`: the scale word is part of the amount)
    while (past < end && (/^(?:NUM|SYM)$/.test(words[past].pos) || /\p{Sc}|^\d|^(?:us|to|up)$/iu.test(words[past].text) || (Object.hasOwn(SCALES, words[past].lower) && /\d/.test(words[past - 1]?.text ?? '')))) past++
    // (not when what follows is someone's: `for the Partnership's 2023–2025 period`)
    const possessed = words.slice(past + 1, past + 5).some((w) => /^['’]s?$/.test(w.text))
    if (/^(?:for|to|from)$/.test(words[past]?.lower ?? '') && object.words.length <= 3 && !possessed) {
      const purpose = nounPhrase(words, past + 1, Math.min(end, past + 6), true, 2)
      if (purpose && object.words.length + purpose.words.length + 1 <= MAX_TITLE_WORDS) return [...object.words, words[past].text, ...purpose.words]
    }
  }
  // “welcomed the progress of the Task Force”, “step up cooperation against the trafficking of …”: what it is about
  const light = words.findIndex((w, i) => i >= k && i < object.end + 1 && LIGHT_OBJECTS.has(w.lower) && (words[i + 1]?.pos === 'ADP' || words[i + 1]?.lower === 'to' || words[i + 1]?.lower === 'that'))
  if (light !== -1 && words.slice(k, light).every((w) => /^(?:DET|ADJ|PRON)$/.test(w.pos))) {
    // “noted with concern that 3.2 million people remain displaced”: the title comes from the clause
    if (words[light + 1].lower === 'that') return ruleTitle(words.slice(light + 2).map((w) => w.text).join(' '))?.split(' ')
    const after = nounPhrase(words, light + 2, end)
    if (after) return after.words
  }
  // “offer its residents a free digital identity”: the second object is what is given
  if (words[object.end] && /^(?:a|an)$/.test(words[object.end].lower)) {
    const given = nounPhrase(words, object.end, end)
    if (given) return given.words
  }
  // “We will recognise skills across borders”: a bare one-word object says little alone, the activity says more.
  let acting = k - 1
  while (acting > verb && words[acting].pos !== 'VERB') acting--
  const doing = words[acting]
  // (a name after the verb's preposition says where, not what is done to it: `to be based in Kathmandu` is no “Basing Kathmandu”)
  const through = words[k - 1]?.pos === 'ADP' && k - 1 > acting && doing?.pos === 'VERB' ? words[k - 1] : undefined
  if (through && object.words.length === 1 && object.core[0]?.pos === 'PROPN') return undefined
  if ((object.words.length === 1 || (object.participle && object.core.length === 1)) && !ASKING_VERBS.has(doing.lower) && doing.pos === 'VERB' && !UNDESCRIPTIVE_VERBS.has(doing.lemma) && words[acting - 1]?.pos !== 'VERB') {
    const link = words[object.end]
    // (a quantifier of one of many takes no room from its noun: `results of every fountain water test`)
    const eachAt = EACH.test(words[object.end + 1]?.lower ?? '') ? 1 : 0
    const tail = link && PLAIN_TAIL_LINKS.has(link.lower) && /^(?:NOUN|PROPN|ADJ|DET)$/.test(words[object.end + 1]?.pos ?? '') ? nounPhrase(words, object.end + 1, Math.min(end, object.end + 4 + eachAt), true, 2) : undefined
    // the verb as written after `will`/`to` keeps its spelling (`recognise`, not the model's `recognize`)
    const base = /^(?:will|to|shall|must|should|would|can)$/.test(words[acting - 1]?.lower ?? '') ? doing.lower : doing.lemma
    // (`record every death`: a singular noun keeps its `every`, “Recording every death”)
    const each = /^(?:every|each)$/.test(words[k]?.lower ?? '') && !TIME_UNITS.test(object.head) ? [words[k].lower] : []
    // (… and so does the noun of its complement: `test the water from every collector` → “Testing water from every collector”)
    const tailEach = tail && eachAt ? [words[object.end + 1].lower] : []
    const thing = [...each, object.core[0]?.pos === 'PROPN' ? object.words[0] : lowerCommon(object.words[0]), ...(tail ? [link.text, ...tailEach, ...tail.words] : [])]
    // (`fund ten apprenticeships in ride engineering`, `fit cameras at the crossings`: what is only paid for or put in is the thing, with its complement;
    // a vague thing keeps the act, `Funding projects in rural areas`; titles50)
    if (tail && !each.length && PROVIDING_VERBS.has(doing.lemma) && !VAGUE_HEADS.has(object.head)) return thing
    return [gerundOf(base), ...thing]
  }
  // (… and so when the asking verb ends the verb group: `agreed to ask the working group to extend its survey`)
  const asking = ASKING_VERBS.has(words[verb].lower) ? verb : doing?.pos === 'VERB' && ASKING_VERBS.has(doing.lower) ? acting : -1
  if (asking !== -1) {
    // “asked Working Group No. 3, on standards, to prepare common rules”: the rules.
    // (also past an aside: `asked the Organization, with …, to set up a platform`)
    const asked = actingBody(words, asking)
    const to = asked && asked.start === verb + 1 ? asked.to : words.findIndex((w, i) => i >= object.end && i < object.end + 12 && w.lower === 'to' && words[i + 1]?.pos === 'VERB')
    // … unless that verb has no object of its own (“allow data to flow freely across borders”: the data)
    let after = to + 2
    while (/^(?:up|out|off|down|forward)$/.test(words[after]?.lower ?? '')) after++
    after = pastAside(words, after)
    if (to !== -1 && /^(?:NOUN|PROPN|ADJ|DET|PRON|NUM|VERB)$/.test(words[after]?.pos ?? '')) return objectOf(words, to + 1) ?? object.words
  }
  return object.words
}

/**
 * Who a sentence asks to act, or whose offer or decision it reports, before what they will do
 * (`asked the World Health Organization, with the …, to set up …`, `the offer of the European Space
 * Agency and national space agencies to provide …`): from the words after the asking verb (or from
 * the noun of the offer) to the `to` of the verb that says what they will do, no verb between.
 * @param words the sentence's words
 * @param from where to look from
 * @returns where the span starts and where its `to` stands, or `undefined` when there is none
 */
export function actingBody(words: Word[], from = 0): {start: number; to: number} | undefined {
  for (let i = from; i < words.length; i++) {
    const asking = REQUEST_VERBS.has(words[i].lower) && words[i].pos === 'VERB'
    const intent = INTENT_NOUNS.has(words[i].lower) && words[i].pos === 'NOUN' && /^(?:of|by)$/.test(words[i + 1]?.lower ?? '')
    if (!asking && !intent) continue
    const start = asking ? i + 1 : i
    for (let k = start + 1; k < Math.min(words.length, i + 30); k++) {
      if (words[k].lower === 'to' && words[k + 1]?.pos === 'VERB') return {start, to: k}
      if (words[k].pos === 'VERB' || words[k].pos === 'AUX' || /^[.;:]$/.test(words[k].text)) break
    }
  }
  return undefined
}

/** The word after an aside between commas that opens on a preposition or an adverb (`, with interested member countries,`), or `at` when none stands there. */
function pastAside(words: Word[], at: number): number {
  if (words[at]?.text !== ',' || !/^(?:ADP|ADV)$/.test(words[at + 1]?.pos ?? '')) return at
  const close = words.findIndex((w, i) => i > at + 1 && i < at + 12 && /^[,;.]$/.test(w.text))
  return close !== -1 && words[close].text === ',' && !words.slice(at + 1, close).some((w) => w.pos === 'VERB') ? close + 1 : at
}

/** Whether a comma at `at` goes on with more items of a list (`, prices and malnutrition`), even past the end of the clause looked at. */
export function opensList(words: Word[], at: number): boolean {
  if (words[at]?.text !== ',') return false
  for (let i = at + 1; i < Math.min(words.length, at + 8); i++) {
    if (/^(?:and|or)$/.test(words[i].lower)) return i > at + 1 && /^(?:NOUN|PROPN|ADJ)$/.test(words[i + 1]?.pos ?? '')
    if (!/^(?:NOUN|PROPN|ADJ)$/.test(words[i].pos) && words[i].text !== ',') return false
  }
  return false
}

/**
 * The kind a list of examples names at its end (`pensions, child benefits and other social
 * transfers` → `social transfers`), when the list goes on at `from` with only nouns, modifiers and
 * commas before `and other` / `or other`.
 * @param words the sentence's words
 * @param from the word after the list's first item
 * @returns the kind's noun phrase, or `undefined` when the list names none
 */
function kindOfList(words: Word[], from: number): string[] | undefined {
  if (!/^(?:,|and|or)$/.test(words[from]?.lower ?? '')) return undefined
  for (let i = from; i < from + 12 && i < words.length - 1; i++) {
    if (/^(?:and|or)$/.test(words[i].lower) && words[i + 1].lower === 'other') return nounPhrase(words, i + 2, Math.min(words.length, i + 6), true, 2)?.words
    if (!/^(?:NOUN|PROPN|ADJ|CCONJ)$/.test(words[i].pos) && words[i].text !== ',') return undefined
  }
  return undefined
}

/** A noun as the modifier of a compound: singular (`laboratories` → `laboratory`), as the model's dictionary form says, in lower case. */
export function singularOf(word: Word): string {
  return /s$/.test(word.lower) && word.lemma !== word.lower && word.lower.startsWith(word.lemma.slice(0, -1)) ? word.lemma : word.lower
}

/** A singular noun in the plural (`plan` → `plans`, `facility` → `facilities`, `box` → `boxes`, `woman` → `women`). */
export function pluralOf(noun: string): string {
  const irregular: Record<string, string> = {man: 'men', woman: 'women', child: 'children', person: 'people'}
  if (irregular[noun.toLowerCase()]) return noun.charAt(0) + irregular[noun.toLowerCase()].slice(1)
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`
  return `${noun}s`
}

/** A common noun in lower case inside a title (`skills`), a name as written (`Ghana`). */
export function lowerCommon(word: string): string {
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word
}

/** `Recognising` from `recognise`, `Running` from `run`, `Applying` from `apply`, `Continuing` from `continue`. */
export function gerundOf(lemma: string): string {
  if (/ie$/.test(lemma)) return `${lemma.slice(0, -2)}ying`
  if (/(?:[^aeiouy]|u)e$/.test(lemma) && lemma.length > 2) return `${lemma.slice(0, -1)}ing`
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ing`
  // (a verb stressed on its last syllable, `equip`, `admit`, `transfer`; British `l` after one vowel, `label`, `control`)
  if (DOUBLING_VERBS.has(lemma) || /(?:^|[^aeiou])[aeiou]l$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ing`
  return `${lemma}ing`
}

/** Upper-case the first letter, keep proper nouns and acronyms as written. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
