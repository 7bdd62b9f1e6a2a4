/**
 * One vocabulary for the deck, the brief and the site: how a count is said, how a figure is
 * written, how a quote is marked, how a source is cited and how a pillar number looks.
 */
import type {Readout} from '../structure/readout.js'
import {splitSentences} from '../structure/text.js'
import {typeset} from './typography.js'
import {capitalise} from '../capitalise.js'

export {frenchSpacing, typeset} from './typography.js'

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/**
 * A count in words: `three pillars`, `one pillar`, `13 pillars` (words up to twelve).
 * @param count how many
 * @param noun the singular noun; the plural adds `s`
 * @returns the phrase, in lower case
 */
export function countPhrase(count: number, noun: string): string {
  return `${NUMBER_WORDS[count] ?? count} ${count === 1 ? noun : `${noun}s`}`
}

/**
 * The heading over the pillars, the same in deck and brief: `The Paris Roadmap in three pillars`.
 * @param readout the readout
 * @returns the heading
 */
export function pillarsHeading(readout: Pick<Readout, 'roadmap' | 'pillars'>): string {
  return `${readout.roadmap ? `The ${readout.roadmap}` : 'The roadmap'} in ${countPhrase(readout.pillars.length, 'pillar')}`
}

const SCALES: Array<[RegExp, string]> = [
  [/\s?(?:bn|billion)\b/i, ' billion'],
  [/\s?(?:tn|trillion)\b/i, ' trillion'],
  [/\s?(?:m|mn|million)\b/i, ' million'],
]

/**
 * A figure written the one way all outputs use: scales in words (`$20bn` and `$20 billion` both
 * give `$20 billion`), everything else as written.
 * @param value the value as the source writes it
 * @returns the value to show
 */
export function formatFigure(value: string): string {
  let result = value.trim()
  for (const [pattern, word] of SCALES) if (/\d/.test(result)) result = result.replace(new RegExp(`(\\d)${pattern.source}`, 'i'), `$1${word}`)
  return result
}

/**
 * Text in the house quote marks, “like this”, unless it already carries them.
 * @param text the quoted words
 * @returns the text with curly double quotes
 */
export function quoted(text: string): string {
  const bare = text.trim().replace(/^["“]|["”]$/g, '')
  return `“${bare}”`
}

/** What an English citation calls each `kind` of document. */
export const KIND_NAMES: Readonly<Record<string, string>> = {
  readout: 'Readout',
  communiqué: 'Communiqué',
  'joint statement': 'Joint statement',
  statement: 'Statement',
  "chair's summary": 'Chair’s summary',
  'press release': 'Press release',
  'media note': 'Media note',
  declaration: 'Declaration',
}

/**
 * The source of a pack as a citation, named by its kind: `Readout of the meeting of 24–25 June 2019, Paris`,
 * `Communiqué of the meeting of 14–15 March 2024, Vienna`; with no date, the title after a colon, as a French
 * citation has it (`Readout of the meeting: Tiger range countries agree to …`, not `… meeting on the Tiger range countries agree to …`, a wire's headline).
 * @param readout the readout (its `kind` absent means a readout)
 * @returns the citation, without a final full stop
 */
export function citation(readout: Pick<Readout, 'dates' | 'place' | 'title' | 'kind'>): string {
  const kind = readout.kind && Object.hasOwn(KIND_NAMES, readout.kind) ? KIND_NAMES[readout.kind] : KIND_NAMES.readout
  const where = readout.place === 'Online' ? ', held online' : readout.place ? `, ${readout.place}` : ''
  if (readout.dates) return `${kind} of the meeting of ${readout.dates.display}${where}`
  return titleNamesItself(readout.title, Object.values(KIND_NAMES), /\bmeeting\b/i) ? `${readout.title}${where}` : `${kind} of the meeting: ${readout.title}${where}`
}

/**
 * Whether a title already says what the document is, or that it is a meeting's (`Compte rendu du Conseil des
 * ministres du mardi 3 juin 2025`, `Murray–Darling Salinity Taskforce – meeting notes`): a citation with no date
 * then cites the title as it is, not `Compte rendu de la réunion : Compte rendu du …`, `Readout of the meeting on the … meeting notes`.
 * @param title the readout's title
 * @param kindNames what the language calls each kind of document (`Readout`, `Compte rendu`)
 * @param meeting the language's word for a meeting
 * @returns whether the title opens on a kind's name or names a meeting
 */
export function titleNamesItself(title: string, kindNames: readonly string[], meeting: RegExp): boolean {
  const lower = title.toLocaleLowerCase()
  return kindNames.some((name) => lower.startsWith(`${name.toLocaleLowerCase()} `)) || meeting.test(title)
}

/**
 * A line ended with one full stop: none added after an abbreviation's (`Washington, D.C.`).
 * @param text the line
 * @returns the line with a full stop
 */
export function withFullStop(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`
}

/**
 * A pillar's full text as a sentence, as the brief and the Word file print it: a list item's
 * lower-case start capitalised and its list punctuation (`;`, `,`, `:`) made a full stop
 * (`porter la part … ;` -> `Porter la part ….`), a full stop added where none ends it.
 * @param text the pillar's text
 * @returns the text as a sentence
 */
export function asSentence(text: string): string {
  const trimmed = capitalise(text.trim()).replace(/[\s,;:]+$/, '')
  return /[.!?…"'”’»)]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * Who met, beside a title: nothing when the title already names them (`Americas Food Safety Forum –
 * Ninth Plenary Meeting`, not again `Americas Food Safety Forum` under it).
 * @param title the title shown above or beside
 * @param name the organisation
 * @returns the name, or undefined when the title says it
 */
export function unlessInTitle(title: string, name: string | undefined): string | undefined {
  return name && !title.includes(name) ? name : undefined
}

/** A name as a comparison reads it: without a leading article, in lower case, letters and digits only. */
function bodyKey(name: string): string {
  return name
    .replace(/^(?:the|les?|la|l['’])\s*/iu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Whether a name is typed in capitals (`COMITÉ DE PILOTAGE …`), as a letterhead sets it. */
function inCapitals(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '')
  return letters.length > 3 && letters === letters.toUpperCase()
}

/**
 * The body that met, named once where its name is written twice (the organisation and participants that only name it
 * again, `COMITÉ DE PILOTAGE DU PLAN …` and `Le comité de pilotage du plan …`): as a sentence writes it when the
 * organisation is typed in capitals, without its article, else the organisation; undefined when they name two things.
 * @param readout the readout's organisation and participants
 * @returns the name, or undefined
 */
export function sameBodyNamed(readout: Pick<Readout, 'organisation' | 'participants'>): string | undefined {
  const {organisation, participants} = readout
  if (!organisation || !participants || bodyKey(organisation) !== bodyKey(participants)) return undefined
  return inCapitals(organisation) && !inCapitals(participants) ? capitalise(participants.replace(/^(?:the|les?|la)\s+|^l['’]\s*/iu, '')) : organisation
}

/**
 * Who met, under or beside a title, each part once: the organisation unless the title names it, and the participants
 * unless they only name the organisation again (then the one name, see `sameBodyNamed`).
 * @param readout the readout's title, organisation and participants
 * @returns the parts to show, in order
 */
export function whoMetParts(readout: Pick<Readout, 'title' | 'organisation' | 'participants'>): string[] {
  const same = sameBodyNamed(readout)
  if (same) return [unlessInTitle(readout.title, same) ?? ''].filter(Boolean)
  return [unlessInTitle(readout.title, readout.organisation), readout.participants].filter((part): part is string => Boolean(part))
}

/**
 * Paragraphs without the sentences that quote the key message: it is said once, as the pull quote
 * or the statement slide, not again inside Context (`“The fight is not over,” the Chair said.`).
 * @param paragraphs the paragraphs
 * @param quote the key message
 * @returns the paragraphs, without those sentences; a paragraph left empty is dropped
 */
export function withoutQuote(paragraphs: string[], quote: string | undefined): string[] {
  const key = (text: string) => text.toLowerCase().replace(/[“”"‘’'«»\s\u00a0\u202f]+/g, ' ').replace(/[\s.!?,;:]+$/, '').trim()
  const quoted = quote ? key(quote) : ''
  if (quoted.length < 12) return paragraphs
  return paragraphs
    .map((paragraph) =>
      withinQuotes(splitSentences(paragraph).map((s) => s.text))
        .flatMap((sentence) => (key(sentence).includes(quoted) ? afterQuote(sentence) : [sentence]))
        .join(' '),
    )
    .filter(Boolean)
}

const OPENING_MARKS = /[«“]/g
const CLOSING_MARKS = /[»”]/g

/**
 * Sentences with a quotation that runs over several sentences kept as one (`: « Seul, … marché.
 * Ensemble, … négocient. » Les coopératives …`), so that dropping the quote drops all of it.
 */
function withinQuotes(sentences: string[]): string[] {
  const joined: string[] = []
  let open = 0
  for (const sentence of sentences) {
    if (open > 0) joined[joined.length - 1] += ` ${sentence}`
    else joined.push(sentence)
    open += (sentence.match(OPENING_MARKS) ?? []).length - (sentence.match(CLOSING_MARKS) ?? []).length
    if (open < 0) open = 0
  }
  return joined
}

/**
 * What follows a quotation that ends its own sentence (`… négocient. » Les coopératives comptent …`):
 * the sentence after it, which says something else; nothing when the quote is cut by its attribution.
 */
function afterQuote(sentence: string): string[] {
  const rest = /[.!?…][\s\u00a0\u202f]*[»”][\s\u00a0\u202f]+(\p{Lu}[^»”]*)$/u.exec(sentence)
  return rest ? [rest[1].trim()] : []
}

/**
 * Paragraphs without a list's lead-in (`Partners agreed on the following steps:`) whose list was read
 * as points: a paragraph ending in a colon that no paragraph of its section follows, that opens
 * the outlook (its list stood between it and the points), or that announces decisions in the context.
 * @param paragraphs the paragraphs of one section, in order
 * @param opensAfterPoints whether the section comes after the points (the outlook)
 * @returns the paragraphs, without such lead-ins
 */
export function withoutLeadIns(paragraphs: string[], opensAfterPoints = false): string[] {
  // (a dash ends a lead-in as a colon does: `… members resolved to —`)
  const leadIn = (text: string | undefined) => text !== undefined && /(?:[:：]|\s[—–])\s*$/u.test(text)
  return paragraphs.filter(
    (paragraph, index) =>
      !(leadIn(paragraph) && (index === paragraphs.length - 1 || leadIn(paragraphs[index + 1]) || (opensAfterPoints && index === 0) || (!opensAfterPoints && DECISIONS_LEAD_IN.test(paragraph)))),
  )
}

/**
 * A lead-in that announces decisions (`ministers agreed that:`, `the following steps:`, « sont convenus
 * des mesures suivantes : »): in the context its list can only be the points, even when the reader
 * put a paragraph from after the list behind it (`Under the Agenda, ministers agreed that:` then
 * `Ministers noted that …`), or ended by a dash (`… members resolved to —`). A lead-in to a list of names
 * (`Participants included:`) stays.
 */
const DECISIONS_LEAD_IN = /(?:\b(?:that|following(?:\s+\p{L}+){0,2}|(?:agreed|decided|committed|resolved)(?:\s+to)?)|(?<!\p{L})(?:que|qu['’]ils|suivant(?:e|s|es)?|convenu|décidé))\s*(?:[:：]|\s[—–])\s*$/iu

/**
 * What parts the items of a line (`The Global Coalition · Co-leads and Political Directors`): the dot
 * keeps with the item before it, so a line that wraps never starts with `·`.
 */
export const SEPARATOR = '\u00a0· '

/** Fields of a readout that name or key something rather than show text. */
const KEPT_AS_WRITTEN = new Set(['source', 'lang', 'kind', 'start', 'end'])

/**
 * A readout as every output shows it (`typeset`): typographic quotes and apostrophes, no-break
 * spaces that keep a day with its month and a number with its unit, and French spacing in French.
 * Each writer (deck, PowerPoint, brief, Word, site) starts from this; `roadmap.md` does not, and
 * keeps the source's characters. The source's file name, language, kind and ISO dates stay as they are.
 * @param readout the readout
 * @returns the readout to show
 */
export function typesetReadout<T extends Partial<Readout>>(readout: T): T {
  const text = (value: unknown): unknown =>
    typeof value === 'string' ? typeset(value, readout.lang) : Array.isArray(value) ? value.map(text) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, KEPT_AS_WRITTEN.has(k) ? v : text(v)])) : value
  const shown = text(readout) as T
  // No text is shown after a stray list dash its marker left (`SECOND.- To create …` read as `- To create …`).
  return {
    ...shown,
    ...(shown.pillars ? {pillars: shown.pillars.map((pillar) => ({...pillar, title: withoutListDash(pillar.title), body: withoutListDash(pillar.body)}))} : {}),
    ...(shown.outlook ? {outlook: shown.outlook.map(withoutListDash).filter(Boolean)} : {}),
    ...(shown.context ? {context: shown.context.map(withoutListDash).filter(Boolean)} : {}),
  }
}

/**
 * Text without a list's dash before it (`- To approve the budget …`, `– To hold …`): a marker such as
 * `FIRST.-` or `1.-` leaves its dash on the text after it, and a brief's body, a slide's point or the
 * closing slide's outlook opening on `- ` reads as a stray mark. `roadmap.md` keeps it as read.
 * @param text a body, an outlook or context paragraph, or a title
 * @returns the text from its first word
 */
export function withoutListDash(text: string): string {
  return text.replace(/^\s*(?:[-–—]\s+)+/u, '')
}

const NEXT = /\b(?:will (?:meet|convene|reconvene|gather|report|review)|next (?:meeting|session|ministerial)|meet again|agreed to (?:meet|report|review))\b/i

/**
 * The sentences of the outlook that name a next step (a next meeting, a review, a report), each
 * with the sentence after it when that one points back to it (`There, the secretariat will …`), so
 * the two stay together and in their order.
 * @param paragraphs the outlook paragraphs
 * @param pattern what names a next step, in the readout's language (English by default)
 * @param pointsBack what opens a sentence that points back to the one before it
 * @returns the steps, at most two
 */
export function nextSteps(paragraphs: string[], pattern: RegExp = NEXT, pointsBack?: RegExp): string[] {
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text))
  const steps: string[] = []
  sentences.forEach((sentence, i) => {
    if (!pattern.test(sentence) || (pointsBack?.test(sentence) && i > 0 && pattern.test(sentences[i - 1]))) return
    const follows = pointsBack && sentences[i + 1] !== undefined && pointsBack.test(sentences[i + 1]) ? ` ${sentences[i + 1]}` : ''
    steps.push(sentence + follows)
  })
  return steps.slice(0, 2)
}

/**
 * Sentences without one that points back to a sentence not kept just before it: a sentence such as
 * `There, the secretariat will …` is shown only right after the sentence it points to.
 * @param chosen the sentences kept, in source order
 * @param all every sentence, in source order
 * @param pointsBack what opens a sentence that points back
 * @returns the sentences that can stand where they are
 */
export function withAntecedents(chosen: string[], all: string[], pointsBack: RegExp): string[] {
  return chosen.filter((sentence, i) => {
    if (!pointsBack.test(sentence)) return true
    const before = all[all.indexOf(sentence) - 1]
    return before !== undefined && chosen[i - 1] === before
  })
}

/**
 * Paragraphs without any sentence said before (quotes and case ignored): a paragraph that only
 * repeats is dropped, and one that repeats in part keeps its new sentences.
 * @param paragraphs the paragraphs, in order
 * @returns the paragraphs, each sentence once
 */
export function withoutRepeats(paragraphs: string[]): string[] {
  const key = (sentence: string) => sentence.toLowerCase().replace(/[“”"‘’'«»\s]+/g, ' ').trim()
  const seen = new Set<string>()
  const result: string[] = []
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph).map((s) => s.text)
    const fresh = sentences.filter((sentence) => !seen.has(key(sentence)))
    for (const sentence of sentences) seen.add(key(sentence))
    if (fresh.length === sentences.length) result.push(paragraph)
    else if (fresh.length) result.push(fresh.join(' '))
  }
  return result
}

/**
 * The numeral badge, the one look of a pillar number: a navy square with the numeral in white.
 * Deck, brief and site put this CSS on their own selector and size.
 * @param selector the badge's selector
 * @param fontSize the numeral's size (a CSS length or `var(...)`)
 * @returns CSS text
 */
export function numeralBadgeCss(selector: string, fontSize: string): string {
  return `${selector} {
  display: inline-flex;
  flex: none;
  align-items: center;
  justify-content: center;
  box-sizing: border-box;
  width: var(--bp-badge-side);
  height: var(--bp-badge-side);
  border-radius: var(--bp-badge-radius);
  background: var(--bp-navy);
  border-bottom: 0.14em solid var(--bp-accent);
  color: var(--bp-on-navy);
  font-family: var(--bp-font-sans);
  font-size: ${fontSize};
  font-weight: 700;
  font-variant-numeric: lining-nums tabular-nums;
  line-height: 1;
}`
}
