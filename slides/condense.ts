import {withAntecedents} from '../scripts/theme/vocabulary.js'
import {ACTORS, ALSO_WORDS, AMOUNT_NOUN_WORDS, CURRENCY_BEFORE, AMOUNT_NUMBER_WORDS, APPOSITIVE, ASIDE_OPENER_WORDS, ASKS, CLAUSE_JOINING_WORDS, COMPARISON_TAIL, CONNECTIVE_LEAD_IN, DATE_OPENER_WORDS, DEADLINE_WORDS, DECISION_VERB, DROPPABLE_TAIL, EARLY_LATE_WORDS, MONTH_WORDS, EMPTY_NOUN, ENGLISH_ENDS_BADLY, EXAMPLE_OPENER_WORDS, FRAME_VERB_AGAIN, LEAD_IN_WORDS, LEANING_PRONOUNS, LEANS_FORWARD, LETS_ACT, LIST_CONJUNCTIONS, LOOKS_AHEAD, MAKES_INTO, MEANS_WORDS, NO_LIST_ITEM_WORDS, NO_PARTICIPLE, OBJECT_OPENER_WORDS, ON_A_DAY, OPENS_COMPLEMENT, OPENS_INNER_CLAUSE, OPENS_SUBCLAUSE, PART_OF_YEAR_WORDS, PARTICLE, POINT_END_SMALL_WORDS, REPORTING_FRAME, SAYS_THAT, SCOPE_ADJUNCT, SUBORDINATE_OPENER_WORDS, TAKES_AS, TRAILING_CLAUSE_WORDS, AMOUNT_UNIT_WORDS, WANTS_INFINITIVE} from '../scripts/structure/english.js'
import {FRENCH_ADJUNCT, FRENCH_ALSO_WORDS, FRENCH_AMOUNT_NOUN_WORDS, FRENCH_AMOUNT_NUMBER_WORDS, FRENCH_AMOUNT_UNIT_WORDS, FRENCH_APPOSITIVE, FRENCH_ASIDE_OPENER_WORDS, FRENCH_CLAUSE_JOINING_WORDS, FRENCH_COMPARISON_TAIL, FRENCH_DATE_OPENER_WORDS, FRENCH_DEADLINE_WORDS, FRENCH_DROPPABLE_TAIL, FRENCH_EARLY_LATE_WORDS, FRENCH_EXAMPLE_OPENER_WORDS, FRENCH_FINITE_VERB_STRICT, FRENCH_FRAME_VERB_AGAIN, FRENCH_INFINITIVE, FRENCH_LEANING_CLITIC, FRENCH_LEANING_PRONOUNS, FRENCH_LEANS_FORWARD, FRENCH_LIST_CONJUNCTIONS, FRENCH_LIST_GOES_ON, FRENCH_LIST_PREPOSITION, FRENCH_MEANS_WORDS, FRENCH_NO_LIST_ITEM_WORDS, FRENCH_OBJECT_OPENER_WORDS, FRENCH_PART_OF_YEAR_WORDS, FRENCH_PARTICIPLE_OPENING, FRENCH_POINT_END_SMALL_WORDS, FRENCH_POINT_LEAD_IN, FRENCH_REPORTING_FRAME, FRENCH_SCOPE_ADJUNCT, FRENCH_SUBORDINATE_OPENER_WORDS, FRENCH_TOPIC_LEAD_IN} from '../scripts/structure/french.js'
import {readingFor} from '../scripts/structure/language.js'
import {normaliseSpace, splitSentences} from '../scripts/structure/text.js'
import {tokensOf, type Token} from '../scripts/structure/tokens.js'
import {capitalise} from '../scripts/capitalise.js'

/** A regular expression's alternatives from lists of them (pieces of regular expressions, in order). */
const oneOf = (...lists: ReadonlyArray<readonly string[]>) => lists.flat().join('|')

/** Limits that keep every slide inside its box; the overflow test checks them in Chromium. */
export const LIMITS = {
  /** Characters of a title in the slides' running footer (one line at the footer's size). */
  footerTitle: 60,
  /** Characters of the closing slide's sign-off (who met · where and when) on one line, 16:9 and 4:3. */
  signOffChars: 100,
  signOffChars4x3: 76,
  /** Points per pillar slide. */
  points: 4,
  /** Characters per point (about two lines at 28px). */
  pointChars: 140,
  /** Characters of a point alone on its slide, when no cut of its sentence is whole (about three lines). */
  lonePointChars: 220,
  /** Characters of points per slide (about six lines). */
  pointBudget: 420,
  /** A title longer than this gets the smaller title size. */
  longTitle: 58,
  /** Characters of a title on a slide; the full title is in the notes. */
  titleChars: 110,
  /** A figure label longer than this is set smaller, and three or more figures beside the hero take a second slide. */
  longFigureLabel: 60,
  /** Figures on the key-figures slide. */
  figures: 6,
  /** Characters of a figure's label. */
  figureLabelChars: 64,
  /** Pillar titles per overview slide when all are short (two columns). */
  overviewItems: 8,
  /** A title longer than this in the overview takes a line of its own. */
  shortOverviewTitle: 40,
  /** Overview cards a slide when a title is longer than `narrowCardTitle` or has a long word (two rows of three). */
  overviewItemsMedium: 6,
  /** Characters of a title that fits a card a quarter of the slide wide. */
  narrowCardTitle: 28,
  /** A word this long (`Telecommunications`, `Interopérabilité`) takes the smaller card size. */
  longWord: 15,
  /** Characters of a title a card of a row of three holds in its compact layout: five or six such titles share one 16:9 overview slide. */
  mediumOverviewTitle: 52,
  /** Pillar titles per overview slide when any is long. */
  overviewItemsLong: 4,
  /** Characters of a title in the overview. */
  overviewChars: 96,
} as const

/** Words a slide point may have: about two lines, a complete thought. */
const POINT_WORDS = 16

const LEAD_IN = new RegExp(`^(?:${LEAD_IN_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})\\b[^,]{0,140},\\s+`)

/**
 * Two to four short points from a pillar's body, in its order: one per sentence (or per clause
 * with its own subject when the body is one sentence), each a complete thought of at most about
 * 16 words. Fragments (a clause without a verb, one that starts with `To`, `And` or a
 * preposition) are never points; nothing is cut with `…`.
 * @param body the pillar's full text
 * @param lang the readout's language (English when absent): another is judged by its own phrase openers
 * @returns the points
 */
export function pointsFrom(body: string, lang?: string): string[] {
  // (a decision's verb before a colon and the infinitives it governs reads as one clause on a slide: `agreed: to fund …` → `agreed to fund …`)
  body = body.replace(/(?<=\p{L}\s+)(agreed|decided|resolved|undertook)\s*:\s+(?=to\s)/giu, '$1 ')
  let sentences = splitSentences(body).map((s) => s.text)
  if (sentences.length < 2) {
    const clauses = clausesOf(body)
    const shared = clauses.length < 2 && (!lang || lang === 'en') ? clausesSharingSubject(body) : []
    // (a later clause never leans on an earlier one for what a pronoun stands for: `standingAlone`)
    if (clauses.length >= 2 && standingAlone(clauses).length) sentences = standingAlone(clauses)
    // (each clause's point says what its clause says: `We agree to raise the number of operations` alone does not)
    else if (shared.length === 2 && standingAlone(shared).length && shared.every((clause) => halfKeepsMeaning(condensed(clause, LIMITS.pointChars, lang).point, clause))) sentences = standingAlone(shared)
  }
  let {points, from} = pointsOfSentences(sentences, lang)
  // a sentence that joins two decisions, its point over about 16 words or without the second (or no point
  // of it shown at all), becomes two points, each with its subject (`Ministers endorsed X and set aside Y` →
  // `Ministers endorsed X.` `Ministers set aside Y.`), while the slide still shows every sentence it showed
  if (!lang || lang === 'en' || lang === 'fr') {
    const refused = new Set<string>()
    // (the sentence's point, or none when it is not shown)
    const wantsSplit = (sentence: string, point: string | undefined) => {
      // (a point that is its whole sentence, at most 16 words, is left alone without reading the sentence again)
      if (point !== undefined && words(point) <= POINT_WORDS && words(point) >= words(sentence)) return false
      const halves = twoDecisions(sentence, lang)
      return halves.length === 2 && (point === undefined || words(point) > POINT_WORDS || plainWords(halves[0]).startsWith(plainWords(point)))
    }
    for (let guard = 0; guard < 2 * LIMITS.points && points.length < LIMITS.points; guard++) {
      const at = sentences.findIndex((sentence, i) => !refused.has(sentence) && wantsSplit(sentence, from.includes(i) ? points[from.indexOf(i)] : undefined))
      if (at < 0) break
      const was = from.includes(at) ? points[from.indexOf(at)] : undefined
      const split = [...sentences.slice(0, at), ...twoDecisions(sentences[at], lang), ...sentences.slice(at + 1)]
      const tried = pointsOfSentences(split, lang)
      // (each half about 16 words or shorter than the point it replaces, and no sentence shown before left out)
      const mapped = tried.from.map((i) => (i <= at ? i : i - 1))
      const halves = tried.points.filter((_, i) => tried.from[i] === at || tried.from[i] === at + 1)
      const clauses = split.slice(at, at + 2)
      if (halves.length !== 2 || halves[0] === halves[1] || halves.some((half, i) => (words(half) > POINT_WORDS && (was === undefined || words(half) >= words(was))) || !halfKeepsMeaning(half, clauses[i])) || !from.every((i) => mapped.includes(i))) {
        refused.add(sentences[at])
        continue
      }
      sentences = split
      points = tried.points
      from = tried.from
    }
  }
  if (!points.length && body.trim()) points.push(lonePoint(sentences[0] ?? body, lang))
  return points
}

/**
 * The point of a sentence shown alone (a pillar's only point, the outlook's only sentence). A point cut
 * inside its clause (`… that the average cost of a patient transfer by air.`) gives way to the whole
 * sentence when it fits three lines, else to its first whole clauses (`wholeFirstClause`); a cut where a
 * clause ends (`…, doté de 9 millions d’euros | , qui …`) stays. A list item shown whole ends as a
 * sentence, not with the list's `;` or `,`.
 */
function lonePoint(sentence: string, lang?: string): string {
  const {point, clean} = condensed(sentence, LIMITS.pointChars, lang)
  const whole = normaliseSpace(sentence).replace(/[\s,;:]+$/, '').replace(/[^.!?…"'”’»)]$/, '$&.')
  const kept = point.replace(/[.!?]$/, '')
  // (a comma that opens the list's next items is no clause's end: `their commitment to the sovereignty | , territorial integrity and …`)
  // (nor a comma before an aside whose subject's verb comes after it: `… after wolves | , absent from …, began to return`)
  const atClause = whole.startsWith(kept) && /^\s*[,;:–—(]/.test(whole.slice(kept.length)) && !LIST_GOES_ON.test(whole.slice(kept.length)) && !((!lang || lang === 'en') && verbAfterAside(kept, whole.slice(kept.length)))
  if (clean || atClause) return point
  if (whole.length <= LIMITS.lonePointChars) return balanceQuotes(capitalise(whole))
  // (the sentence without its asides when that fits three lines, before a cut inside its clause: `… un dispositif commun
  // d’apprentissage transfrontalier permettant à un jeune | de suivre sa formation …`, its `d’ici à l’été 2027` dropped)
  const roomier = condensed(sentence, LIMITS.lonePointChars, lang)
  if (roomier.clean && roomier.point.length > point.length) return roomier.point
  return wholeFirstClause(whole, lang) ?? point
}

/** A comma before a list's next items (`, territorial integrity and political independence`), not before a clause or an aside. */
const LIST_GOES_ON = new RegExp(`^\\s*,\\s+(?!(?:${oneOf(NO_LIST_ITEM_WORDS, FRENCH_NO_LIST_ITEM_WORDS)})(?!\\p{L}))[^,;:()]{1,50}?\\s(?:${oneOf(LIST_CONJUNCTIONS, FRENCH_LIST_CONJUNCTIONS)})\\s`, 'iu')

/** What joins a sentence's clauses: `;`, `:`, or a comma and a conjunction (`…, and encouraged partners …`, `…, et a invité …`). */
const JOINS_CLAUSES = new RegExp(`\\s*(?:;|:|,\\s+(?:${oneOf(CLAUSE_JOINING_WORDS, FRENCH_CLAUSE_JOINING_WORDS)})(?!\\p{L}))\\s+`, 'gu')

/**
 * The longest run of a sentence's first clauses that ends where a clause ends and fits three lines
 * (`… welcomed the commitment of the States of the Yaoundé Code of Conduct to bring … by the end of
 * 2026 | , and encouraged …`), as a sentence; undefined when none does. A lone point cut inside a
 * noun phrase (`… of the Yaoundé.`, `… their commitment to the sovereignty.`) says something else.
 */
function wholeFirstClause(sentence: string, lang?: string, max: number = LIMITS.lonePointChars): string | undefined {
  const complete = (text: string) => (lang && lang !== 'en' ? isWholeClauseIn(text, lang) : isCompleteThought(text))
  const ends = [...sentence.matchAll(JOINS_CLAUSES)].map((match) => match.index).filter((at) => at + 1 <= max)
  // (never with a sub-list's bullet the text kept, `… pay for o starting with …`)
  const at = ends.findLast((end) => words(sentence.slice(0, end)) >= 5 && complete(sentence.slice(0, end)) && !danglingTail(sentence.slice(0, end)) && !/(?:^|\s)[o◦▪•]\s/u.test(sentence.slice(0, end)))
  return at === undefined ? undefined : balanceQuotes(capitalise(`${sentence.slice(0, at)}.`))
}

/**
 * The points of a body's sentences, in order: one per sentence that condenses cleanly into a complete
 * thought, at most `LIMITS.points` within `LIMITS.pointBudget` characters; `from` gives each point's sentence.
 */
function pointsOfSentences(sentences: string[], lang?: string): {points: string[]; from: number[]} {
  const complete = (point: string) => (lang && lang !== 'en' ? isWholeClauseIn(point, lang) : isCompleteThought(point))
  const points: string[] = []
  const from: number[] = []
  let used = 0
  let previousKept = false
  for (const [at, sentence] of sentences.entries()) {
    const cut = condensed(sentence, LIMITS.pointChars, lang)
    // a sentence that only fits cut inside a noun phrase shows its first whole clauses when they fit a point
    // (`Tous les barils … seront classés … dès la saison 2027 | , et les résultats …`): the body's first decision is not lost to the sentence after it
    const first = !cut.clean || !complete(cut.point) ? wholeFirstClause(normaliseSpace(sentence).replace(/[.!?]$/, ''), lang, LIMITS.pointChars) : undefined
    // (a whole clause up to 20 words, as a lone point may be: a decision a little long beats a lost one; never a
    // list's lead-in, `… in member states should: (a) …`, nor a clause that ends on its auxiliary)
    const firstShown = first && words(first) <= POINT_WORDS + 4 && complete(first) && !endsOnAuxiliary(first.replace(/[.!?]$/, '')) && !/^\s*:/.test(normaliseSpace(sentence).slice(first.length - 1))
    const {point, clean} = firstShown ? {point: first, clean: true} : cut
    // a sentence whose subject is in the sentence before (`It also praised …`, `Il a également félicité …`) only right after that sentence's point
    const leansBack = at > 0 && !previousKept && LEANS_BACK.test(point)
    previousKept = false
    // a sentence that only fits cut inside a noun phrase gives way to the body's other sentences
    if (!clean || !complete(point) || leansBack) continue
    previousKept = true
    if (points.length >= LIMITS.points || (points.length >= 2 && used + point.length > LIMITS.pointBudget)) break
    points.push(point)
    from.push(at)
    used += point.length
  }
  return {points, from}
}

/**
 * A sentence that joins two decisions or two clauses, as two sentences each with its subject
 * (`clausesOf`, `clausesSharingSubject`; French: `frenchInfinitivesOf`); none when it is not of that shape.
 * @param sentence the sentence
 * @param lang the readout's language (English when absent)
 */
export function twoDecisions(sentence: string, lang?: string): string[] {
  if (lang === 'fr') return standingAlone(frenchInfinitivesOf(sentence), lang)
  if (lang && lang !== 'en') return []
  const clauses = clausesOf(sentence)
  if (clauses.length === 2) return standingAlone(clauses)
  const own = clausesWithOwnSubjects(sentence)
  if (own.length === 2) return standingAlone(own)
  return standingAlone(clausesSharingSubject(sentence))
}

/**
 * Every later clause a split of a sentence could show as a point, before `standingAlone` reads it (the
 * second of `clausesOf`, `clausesWithOwnSubjects`, `clausesSharingSubject`; French `frenchInfinitivesOf`):
 * for the report of slide points, to tell a point that is such a half.
 */
export function laterClausesAsWritten(sentence: string, lang = 'en'): string[] {
  if (lang === 'fr') return frenchInfinitivesOf(sentence).slice(1)
  if (lang !== 'en') return []
  return [clausesOf(sentence), clausesWithOwnSubjects(sentence), clausesSharingSubject(sentence)].flatMap((clauses) => clauses.slice(1))
}

/**
 * The clauses of one sentence shown as points of their own, each standing alone: a later clause whose
 * subject or object is a pronoun for what an earlier one names (`Costs have fallen by a third, and
 * ministers want them halved again`) takes that noun phrase when it is the earlier clause's subject and
 * nothing else there could be meant (`Ministers want costs halved again.`); else none (the sentence is
 * shown as before). French: none when a later clause has `le`, `la`, `les`, `l’`, `y` or `en` before its verb.
 * @param clauses the clauses, in order
 * @param lang the readout's language (English when absent)
 * @returns the clauses, a pronoun replaced where it can be; none when one leans on another it cannot take from
 */
export function standingAlone(clauses: string[], lang?: string): string[] {
  if (clauses.length < 2) return clauses
  const out = [clauses[0]]
  for (const clause of clauses.slice(1)) {
    const alone = lang === 'fr' ? (FRENCH_LEANING_CLITIC.test(clause) ? undefined : clause) : englishStandingAlone(clause, out.at(-1)!)
    if (alone === undefined) return []
    out.push(alone)
  }
  return out
}

/**
 * Where a point has a pronoun that may stand for a noun phrase said before it (English `it`, `them`, `this`
 * and `these` alone, `they` past the point's first word; French `le`, `la`, `les`, `l’`, `y`, `en` before a verb),
 * as offsets in the point; undefined when it has none. For the report of slide points.
 */
export function leaningPronounIn(point: string, lang = 'en'): {start: number; end: number} | undefined {
  if (lang === 'fr') {
    const match = FRENCH_LEANING_CLITIC.exec(point)
    return match ? {start: match.index, end: match.index + match[0].length} : undefined
  }
  if (lang !== 'en') return undefined
  const tokens = tokensOf(point)
  const at = tokens.findIndex((token, i) => isLeaningPronoun(tokens, i) && !(token.lower === 'they' && i === 0))
  return at < 0 ? undefined : {start: tokens[at].start, end: tokens[at].end}
}

/** Whether a pronoun token stands for a noun phrase (not `this year`, `these funds`): `it`, `them`, `they`, or `this`/`these` before no noun. */
function isLeaningPronoun(tokens: Token[], at: number): boolean {
  const token = tokens[at]
  // (`they` or `it` before its own verb, for the clause's own subject: `the banks said they would match …`, `each member to name the areas it will restore`)
  if (at > 0 && /^(?:it|they)$/.test(token.lower) && ['VERB', 'AUX'].includes(tokens[at + 1]?.pos ?? '')) {
    const verb = tokens.findIndex((_, i) => isFiniteVerbAt(tokens, i))
    const head = tokens.slice(0, Math.max(verb, 0)).filter((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos)).at(-1)
    if (head && (token.lower === 'they') === (/[^s]s$/.test(head.lower) || /^(?:we|they)$/.test(head.lower))) return false
  }
  if (/^(?:it|them|they)$/.test(token.lower)) return true
  return /^(?:this|these)$/.test(token.lower) && !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[at + 1]?.pos ?? '')
}

/**
 * An English clause that leans on the clause before it for a pronoun's noun, with that noun phrase in
 * its place (`ministers want them halved` → `ministers want costs halved`), the clause itself when it
 * leans on nothing (`They agreed …` after `They …`, or after `Ministers …`), or undefined when the noun is
 * not sure to be the earlier clause's subject.
 */
function englishStandingAlone(clause: string, before: string): string | undefined {
  const tokens = tokensOf(clause)
  const leaning = tokens.map((_, at) => at).filter((at) => isLeaningPronoun(tokens, at))
  if (!leaning.length) return clause
  const earlier = tokensOf(before.replace(/[.!?]$/, ''))
  const verb = earlier.findIndex((_, at) => isFiniteVerbAt(earlier, at))
  const subject = verb > 0 ? earlier.slice(0, verb) : []
  const head = subject.filter((token) => ['NOUN', 'PROPN', 'PRON'].includes(token.pos)).at(-1)
  // (`they` that says who acts, when the earlier clause's subject is people: `Ministers agreed …, and they asked …`)
  const people = head !== undefined && ACTORS.has(head.lower)
  let text = clause
  for (const at of leaning.reverse()) {
    const token = tokens[at]
    if (token.lower === 'they' && (people || (at === 0 && earlier[0]?.lower === 'they'))) continue
    // (`this` and `these` most often stand for the whole earlier clause: never replaced)
    if (/^(?:this|these)$/.test(token.lower) || !head || people || head.pos === 'PRON') return undefined
    if (!subject.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos))) return undefined
    // the earlier subject's number matches the pronoun's, and no other noun of that number follows in its clause
    // (by its ending: the tagger reads a plural noun that opens the sentence as a name, `Costs/PROPN`)
    const plural = (t: Token) => ['NOUN', 'PROPN'].includes(t.pos) && /[^s]s$/.test(t.lower)
    const wanted = token.lower === 'it' ? (t: Token) => ['NOUN', 'PROPN'].includes(t.pos) && !plural(t) : plural
    if (!wanted(head) || earlier.slice(verb).some((t) => wanted(t))) return undefined
    const phrase = before.slice(subject[0].start, subject.at(-1)!.end)
    // (a name keeps its capital, `the Council`, `Norway`; a word the sentence's start capitalised does not: `costs`, `landing fees`)
    const name = subject[0].pos !== 'DET' && (subject.length === 1 ? subject[0].pos === 'PROPN' && !plural(subject[0]) : /^\p{Lu}/u.test(before.slice(subject[1].start, subject[1].end)))
    const said = at === 0 ? capitalise(phrase) : name ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1)
    text = `${text.slice(0, token.start)}${said}${text.slice(token.end)}`
  }
  return text
}

/**
 * An English sentence of two clauses joined by `, and`, the second with a subject of its own before its
 * verb (`Each member will name a contact point, and urgent requests will be answered within 48 hours`),
 * as two sentences; none when the words after `, and` are no noun phrase and a finite verb, or either
 * part is no complete thought.
 */
function clausesWithOwnSubjects(sentence: string): string[] {
  const text = sentence.trim().replace(/[.;]\s*$/, '')
  if (text.length > LONGEST) return []
  const joins = [...text.matchAll(/,\s+and\s+/g)]
  if (joins.length !== 1) return []
  const one = text.slice(0, joins[0].index)
  const two = text.slice((joins[0].index ?? 0) + joins[0][0].length)
  // (`directed that the platform be extended …, and that payments be made …`: a second `that` clause of the first verb has no subject of its own)
  if (/^(?:that|whether|if|which|who|whom|whose|where|when)(?!\p{L})/iu.test(two)) return []
  const tokens = tokensOf(two)
  const verb = tokens.findIndex((_, at) => isFiniteVerbAt(tokens, at))
  // (a subject of its own: a noun phrase of at most seven words right before the verb, `urgent requests to freeze accounts`)
  if (verb < 1 || verb > 7 || !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[0].pos) || !tokens.slice(0, verb).some((token) => ['NOUN', 'PROPN'].includes(token.pos))) return []
  if (!tokens.slice(0, verb).every((token) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART'].includes(token.pos) || (token.pos === 'VERB' && tokens[token === tokens[0] ? 0 : tokens.indexOf(token) - 1]?.lower === 'to'))) return []
  const clauses = [one, two]
  if (clauses.some((clause) => words(clause) < 5 || !isCompleteThought(clause))) return []
  return clauses.map((clause) => `${capitalise(clause)}.`)
}

/**
 * A French sentence of one verb and two infinitives it governs (`Les ministres ont décidé de renforcer
 * les contrôles et d’équiper chaque pays …`), as two sentences that each repeat the subject, the verb
 * and its `de`: `Les ministres ont décidé de renforcer les contrôles.` `Les ministres ont décidé d’équiper
 * chaque pays …`. None when the sentence is not of that shape.
 */
function frenchInfinitivesOf(sentence: string): string[] {
  const text = normaliseSpace(sentence).replace(/[.;]\s*$/, '')
  if (text.length > LONGEST) return []
  // the first `de`/`d’` and an infinitive after a finite verb, then `et de`/`et d’` and a second infinitive
  const first = [...text.matchAll(/(?<!\p{L})(?:de\s+|d['’])((?:(?:se|les?|la|y|en)\s+|s['’]|l['’])?)(\p{L}+)(?!\p{L})/gu)].find((match) => FRENCH_INFINITIVE.test(match[2].toLowerCase()))
  if (!first) return []
  const head = text.slice(0, (first.index ?? 0) + first[0].length - first[1].length - first[2].length)
  // (the main verb's infinitives, not those of a relative: `…, qui permettra de regrouper … et de réduire …`)
  if (words(head) < 3 || !frenchFiniteVerbIn(head) || /(?<!\p{L})(?:qui|que|qu['’]|dont|où)(?!\p{L})/iu.test(head)) return []
  first[0] = text.slice(0, (first.index ?? 0) + first[0].length)
  const after = text.slice(first[0].length)
  for (const join of after.matchAll(/,?(?<!\s)\s+et\s+(de\s+|d['’])((?:(?:se|les?|la|y|en)\s+|s['’]|l['’])?)(\p{L}+)(?!\p{L})/gu)) {
    if (!FRENCH_INFINITIVE.test(join[3].toLowerCase())) continue
    // (a first infinitive with nothing of its own shares the object after the second: `de préparer et de mettre en conserve leur production`)
    if (!after.slice(0, join.index ?? 0).trim()) return []
    const one = text.slice(0, first[0].length + (join.index ?? 0))
    // (the second keeps its own `de` or `d’`: `décidé d’équiper`, `décidé de créer`)
    const two = `${head.replace(/(?:de\s+|d['’])$/u, '')}${join[1]}${text.slice(first[0].length + (join.index ?? 0) + join[0].length - join[2].length - join[3].length)}`
    if (words(one) < 6 || words(two) < 6) return []
    return [one, two].map((clause) => `${capitalise(clause.replace(/[,;]$/, ''))}.`)
  }
  return []
}

/** Whether a text opens on a finite verb (`have given …`, `will be published`, `gave …`), past any adverb: the main clause goes on after an aside. */
function verbFollows(rest: string): boolean {
  const next = tokensOf(rest.slice(0, 60)).find((token) => token.pos !== 'ADV')
  return next?.pos === 'AUX' || (next?.pos === 'VERB' && next.lower !== next.lemma && !/(?:ed|ing)$/.test(next.lower))
}

/** The numbers of a sentence that its point must keep (not those of a comparison, a part or an aside after a comma, or a parenthesis: `, up from 3 in 2020`, `, dont 30 %`, `, which holds €6 million`). */
function numbersOf(text: string): string[] {
  const main = text.replace(/,\s+(?:up|down|against|compared|contre|soit|dont|par rapport|which|who|whose|qui)\b[^,;]*/giu, '').replace(/\([^()]*\)/g, '')
  return main.match(/\d[\d,.\u00a0\u202f]*\d|\d/g) ?? []
}

/**
 * Whether the point of one clause of a sentence split in two says what that clause says: it keeps
 * the clause's numbers (`raise the number of operations | from 21,000 a year to 35,000` is refused)
 * and ends where the clause ends or at a comma, a semicolon, a dash or a bracket (never
 * `will use desalinated seawater | or treated waste water`, `to conclude an agreement | with …`).
 */
function halfKeepsMeaning(point: string, clause: string): boolean {
  if (!numbersOf(clause).every((number) => point.includes(number))) return false
  // (where the point's last words are in the clause: what follows them is nothing, or a clause or phrase of its own; an aside dropped before is no matter)
  const last = normaliseSpace(point).replace(/[.!?]$/, '').split(' ').slice(-3).join(' ')
  const whole = normaliseSpace(clause).replace(/[.!?]$/, '')
  const at = whole.lastIndexOf(last)
  if (at < 0) return false
  // (or before a last phrase that only says by what channel or across which members: `| through a network of contact points`)
  const rest = whole.slice(at + last.length)
  return /^(?:$|\s*[,;:–—(])/.test(rest) || MEANS_AT_END.test(rest) || SCOPE_ADJUNCT.test(`${last}${rest}`) || FRENCH_SCOPE_ADJUNCT.test(`${last}${rest}`)
}

/** What opens a sentence whose subject is in the one before: a subject pronoun, or `also` / `également` among its first words. */
const LEANS_BACK = new RegExp(`^(?:(?:${oneOf(LEANING_PRONOUNS, FRENCH_LEANING_PRONOUNS)})\\b|(?:\\S+\\s+){0,3}(?:${oneOf(ALSO_WORDS, FRENCH_ALSO_WORDS)})\\b)`, 'iu')

/**
 * One sentence made short for a slide without cutting words: a lead-in clause (`As …,`,
 * `Saying that,`), parentheticals and appositives dropped, then trailing subordinate clauses
 * and phrases until it has at most about 16 words and `max` characters. The result is still a
 * whole clause with its subject and verb.
 * @param sentence the sentence
 * @param max largest length in characters
 * @param lang the readout's language (English when absent): only English subjects are cut to their core
 * @returns the short sentence
 */
export function condenseSentence(sentence: string, max: number, lang?: string): string {
  return condensed(sentence, max, lang).point
}

/**
 * The work of `condenseSentence`, saying whether the point was cut cleanly: `clean` is false only
 * when the sentence is longer than `max` and no cut after a whole phrase fits, so the point ends
 * inside a noun phrase (`… will accept the train` of `the train's safety certificate`). A point
 * still over about 16 words starts at the clause its reporting frame introduces (`Ministers agreed
 * that | every member will …`, `Le Conseil a décidé que | les cantines …`) when that gives a shorter
 * complete thought, cut as cleanly.
 */
function condensed(sentence: string, max: number, lang?: string): {point: string; clean: boolean} {
  // A date's comma before its year (`held on 5th March, 2026 at Mysuru`) ends no clause: the sentence is
  // condensed without it and the point gets it back (it was cut there, `… held on 5th March.`, and an aside
  // `held on 9th September, | 2025 at Guwahati, were confirmed …` lost the main verb).
  const dated = [...sentence.matchAll(DATE_COMMA)]
  if (!dated.length) return condensedWithDates(sentence, max, lang)
  const result = condensedWithDates(sentence.replace(DATE_COMMA, '$1 $2'), max, lang)
  // (found again whatever spaces the point has: a typeset readout writes `October\u00a011, 2027`, the point `October 11 2027`)
  const again = (date: RegExpMatchArray) => new RegExp(`${date[1].replace(/[.]/g, '\\.').replace(/\s+/gu, '\\s+')}(?=\\s+${date[2]})`, 'u')
  return {...result, point: dated.reduce((point, date) => point.replace(again(date), '$&,'), result.point)}
}

/** The comma between a month (and its day) and the year in an English date (`5th March, 2026`, `January, 2026`, `March 5, 2026`). */
const DATE_COMMA = new RegExp(`(?<![\\p{L}\\p{N}])((?:${MONTH_WORDS.join('|')})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?),\\s+((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'gu')

/** `condensed` for a sentence whose dates have no comma before their year. */
function condensedWithDates(sentence: string, max: number, lang?: string): {point: string; clean: boolean} {
  const framed = condensedClause(sentence, max, lang)
  if (words(framed.point) <= POINT_WORDS || (lang && lang !== 'en' && lang !== 'fr')) return framed
  const text = normaliseSpace(sentence)
  const clause = text.replace(lang === 'fr' ? FRENCH_REPORTING_FRAME : REPORTING_FRAME, '')
  // (nor a clause in the conditional of reported speech, `… que ce rapport serait publié`, `… that the fund would …`: alone it reads as a wish)
  if (clause === text || !opensOnSubject(clause, lang) || /\bwould\b|\p{L}{2,}(?:rait|raient)(?!\p{L})/u.test(clause) || (lang === 'fr' ? FRENCH_FRAME_VERB_AGAIN : FRAME_VERB_AGAIN).test(clause)) return framed
  const unframed = condensedClause(capitalise(clause), max, lang)
  const complete = lang === 'fr' ? isWholeClauseIn(unframed.point, 'fr') && FRENCH_FINITE_VERB_STRICT.test(unframed.point) : isCompleteThought(unframed.point) && !['VERB', 'AUX'].includes(tokensOf(unframed.point)[0]?.pos ?? '')
  // (the clause's auxiliary stays: a cut in its subject, `Every satellite launched by a member | after 2027 must …`, is no clause)
  const auxiliary = (lang === 'fr' ? /(?<!\p{L})(?:sera|seront|doit|doivent|devra|devront|peut|peuvent|pourra|pourront|est|sont|a|ont)(?!\p{L})/u : /\b(?:will|shall|must|should|can|cannot|may|is|are|was|were|has|have|had)\b/i).exec(clause)?.[0]
  const keepsVerb = auxiliary === undefined || new RegExp(`(?<!\\p{L})${auxiliary}(?!\\p{L})`, 'iu').test(unframed.point)
  return complete && keepsVerb && (unframed.clean || !framed.clean) && words(unframed.point) < words(framed.point) ? unframed : framed
}

/** Whether a clause opens on its subject (`every member will …`, `les cantines …`), not on a phrase (`from 1 January 2027 any …`, `au moins 20 % …`) or a word the tagger reads as a verb. */
function opensOnSubject(clause: string, lang?: string): boolean {
  if (lang === 'fr') return !readingFor('fr').phraseOpeners.has(clause.split(/\s+/)[0].toLowerCase().replace(/['’].*$/, ''))
  const first = tokensOf(clause.slice(0, 40))[0]
  return first !== undefined && ['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON'].includes(first.pos) && !/^(?:it|they|he|she|this|these)$/i.test(first.text)
}

/** `condensed` for the sentence as written, its reporting frame kept. */
function condensedClause(sentence: string, max: number, lang?: string, again = true): {point: string; clean: boolean} {
  let clean = true
  let text = normaliseSpace(sentence)
  // (a list item's `;` or `,` ends it as a full stop does: left on, the item read as cut and lost its last words, `une par parc naturel au moins ;`)
  // (a French quotation closes after its stop and a space, `… il ne descendra plus. »`: that is the sentence's end too, never `plus..`)
  const end = /[.!?](?:["'”’)]|[\s\u00a0\u202f]*»)*$/u.exec(text)?.[0] ?? /\s*[;,]$/.exec(text)?.[0] ?? ''
  text = text.slice(0, text.length - end.length)
  // A sentence far longer than any point keeps its first clauses only, so the work stays small.
  if (text.length > LONGEST) {
    const head = text.slice(0, LONGEST)
    const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '))
    text = clause > 60 ? head.slice(0, clause) : head.slice(0, Math.max(head.lastIndexOf(' '), 1))
  }
  const withoutLead = dropLeadIn(text)
  if (hasVerb(withoutLead)) text = withoutLead
  // (French: a connective that only numbers the decisions, `En troisième lieu, les exploitants …`, `Enfin, le CNGRA …`)
  const unnumbered = lang === 'fr' ? text.replace(FRENCH_SEQUENCE_LEAD_IN, '') : text
  // (left in lower case until the point is made: the verb patterns read `nous formerons`, not `Nous formerons`)
  if (unnumbered !== text && FRENCH_FINITE_VERB_STRICT.test(unnumbered)) text = unnumbered
  // (a list's lead-in read as one sentence, `We will: (a) create …`: the verb follows its auxiliary without the colon)
  if (!lang || lang === 'en') text = text.replace(/\b(will|shall|must|should|can|agree to|commit to)\s*:\s+(?:\([a-z0-9]{1,4}\)\s+)?(?=\p{Ll})/u, '$1 ')
  // (French: a purpose, an attribution or a connective before the subject, `Pour limiter les conflits …, le Conseil a décidé …`)
  const sansLeadIn = lang === 'fr' ? text.replace(FRENCH_POINT_LEAD_IN, '') : text
  if (sansLeadIn !== text && FRENCH_FINITE_VERB_STRICT.test(sansLeadIn)) text = capitalise(sansLeadIn)
  // (French: the topic before the clause, `Sur la surveillance des épidémies, les ministres …`, when the point is long)
  if (lang === 'fr' && words(text) > POINT_WORDS) text = capitalise(text.replace(FRENCH_TOPIC_LEAD_IN, ''))
  if (words(text) > POINT_WORDS || text.length > max - 1) text = text
    .replace(/\s*\([^()]{0,200}\)/g, '')
    .replace(/\s+[–—]\s+[^–—]{0,200}?\s+[–—](?=\s)/g, '')
    // `X, which now counts 64 cities, up from 20, will …`: the clause ends where the main verb resumes
    .replace(/,\s+(?:which|who|whose|where)\b[^;]{0,200}?,(?=\s+(?:will|is|are|was|were|has|have|had|can|could|should|must|may|would|remains?)\b)/gi, '')
    .replace(/,\s+(?:which|who|whose|where|including|notably|especially|particularly)\b[^,;]{0,200},(?=\s)/gi, (clause, at: number, whole: string) => (closesAside(whole.slice(at + clause.length)) ? '' : clause))
    // examples between commas (`Pilots in 11 local authorities, e.g. Glasgow and Swansea, have …`) and an adverb that only links to what came before (`We note, however, that …`)
    // (only when the main verb follows: `natural sand, e.g. crushed rock, recycled concrete …` is a list going on)
    .replace(/,\s+(?:e\.g\.|i\.e\.|such as|for example|for instance)\s[^,;]{0,120},(?=\s)/gi, (clause, at: number, whole: string) => (verbFollows(whole.slice(at + clause.length)) ? '' : clause))
    .replace(/,\s+(?:however|therefore|moreover|furthermore|in turn|in addition|cependant|toutefois|en outre|par ailleurs|de plus|néanmoins),(?=\s)/giu, '')
    // who joins in, between the one asked and what is asked (`We ask the WHO, with the ILO, to set up …`)
    .replace(/,\s+(?:together with|jointly with|with|alongside|in (?:cooperation|partnership) with)\s[^,;]{0,160},(?=\s+to\s+\p{L})/giu, '')
    // an appositive between the subject and its verb (`The fund, backed by three banks, will …`, `Les inondations, qui ont touché …, ont détruit …`)
    .replace(lang === 'fr' ? FRENCH_APPOSITIVE : APPOSITIVE, '')
  if (words(text) > POINT_WORDS || text.length > max - 1) text = withoutAsideBeforeObject(text, lang)
  text = withoutDroppableTail(text, max, lang)
  text = withoutScopeAdjunct(text, lang)
  if (words(text) > POINT_WORDS) text = withoutMeans(text, lang)
  if (words(text) > POINT_WORDS) text = withoutAdditiveAdverb(text, lang)
  const whole = text
  text = shortenClause(text, max - 1, lang)
  if (text.length > max - 1) {
    // (French: the tagger reads English, so a clause's end is found by its comma before any noun)
    const cut = (lang === 'fr' ? frenchClauseBefore(text, max - 1) ?? frenchAdjunctBefore(text, max - 1) : undefined) ?? lastNounBefore(text, max - 1)
    clean = cut !== undefined
    // no clean cut: the last noun that fits all the same (the caller may take another sentence)
    text = cut ?? lastNounBefore(text, max - 1, false) ?? text.slice(0, Math.max(lastSpaceOutsideName(text, max - 1), 1))
  }
  // `The work being done behind the scenes in …, and …, will have a long legacy`: a cut before the
  // main verb leaves a subject without its predicate; keep the subject's core and the predicate
  if ((!lang || lang === 'en') && !hasFiniteVerb(outsideRelatives(text)) && hasFiniteVerb(whole)) text = subjectAndPredicate(whole, max - 1) ?? text
  // French: a cut that left the subject without its verb (`… souscrites par les viticulteurs est`, `les exploitants non
  // assurés dont les pertes dépassent le seuil`) is no clause: the subject's core and the predicate, made to fit, else not clean
  if (lang === 'fr' && text.length < whole.length && frenchVerbLost(text.replace(/[\s,;:–—-]+$/, ''))) {
    const joined = again ? frenchSubjectAndPredicate(whole) : undefined
    const retried = joined ? condensedClause(joined, max, lang, false) : undefined
    // (a whole clause a little long beats a subject without its verb)
    if (retried?.clean && !frenchVerbLost(retried.point.replace(/[.!?]$/, '')) && retried.point.length <= max) return retried
    clean = false
  }
  text = text.replace(/[\s,;:–—-]+$/, '')
  // only a cut point loses its leaning words: a whole sentence ends as written (`… than those that do not`)
  if (text.length < whole.length) {
    // (French: a relative clause cut short (`…, qui permettra à un produit autorisé dans un État`) goes whole)
    const relative = lang === 'fr' ? /,\s+(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\s[^,]*$/iu.exec(text) : null
    if (relative && words(text.slice(0, relative.index)) >= 5 && isWholeClauseIn(text.slice(0, relative.index), 'fr')) text = text.slice(0, relative.index)
    text = withoutLeaningTail(text, lang)
    if (!keepsMeaning(text, whole)) clean = false
    // (a cut between a subject and its verb, before the comma that closes an aside, `The figures, as shared on screen | , were`, `… after wolves | , absent from most of the range for a century, began to return`)
    if ((!lang || lang === 'en') && whole.startsWith(text) && verbAfterAside(text, whole.slice(text.length))) clean = false
    // (French: a cut in a `que` clause before its verb, `Il ressort du rapport que la superficie des terres | est passée …`)
    if (lang === 'fr' && queBeforeVerb(text)) clean = false
  }
  text = capitalise(text)
  // a cut after an abbreviation (`Washington, D.C.`) already has its full stop
  // (and a sentence in brackets keeps its closing one, `(Registered as a Newspaper at the G.P.O.)`, never `(… G.P.O.`)
  const bracket = /\)/.test(end) && count(text, '(') > count(text, ')') ? ')' : ''
  return {point: balanceQuotes(`${text}${/^[!?]/.test(end) ? end.replace(/\)+$/, '') : /\.$/.test(text) ? '' : '.'}${bracket}`), clean}
}

/** The last space at or before `max` that is not inside a name written with capitals (`the State Wool | Spinning Mill`), else the last space. */
function lastSpaceOutsideName(text: string, max: number): number {
  let at = text.lastIndexOf(' ', max)
  while (at > 0 && /\p{Lu}[\p{L}\p{N}.-]*$/u.test(text.slice(0, at)) && /^\p{Lu}/u.test(text.slice(at + 1))) {
    const before = text.lastIndexOf(' ', at - 1)
    if (before <= 0) return text.lastIndexOf(' ', max)
    at = before
  }
  return at
}

/** Whether a clause opens on `Of …,` before a bare count and its verb (`Of the 14 decisions taken at Guwahati, 11 have been implemented …`): the count's noun is in the lead-in. */
function countsWhatLeadInNames(tokens: Token[]): boolean {
  const comma = tokens.findIndex((token) => token.text === ',')
  return tokens[0]?.lower === 'of' && comma > 1 && tokens[comma + 1]?.pos === 'NUM' && ['AUX', 'VERB'].includes(tokens[comma + 2]?.pos ?? '') && tokens.slice(comma + 2).some((_, at) => isFiniteVerbAt(tokens, comma + 2 + at))
}

/** How many times a character stands in a text. */
function count(text: string, character: string): number {
  return text.split(character).length - 1
}

/**
 * A cut point without the words at its end that lean on what was cut (`… d'ici 2030, grâce`,
 * `… et que`, `… the fight against`): they go, with the comma before them, until the point ends on a
 * word that stands.
 */
function withoutLeaningTail(text: string, lang?: string): string {
  let current = text
  for (let guard = 0; guard < 6; guard++) {
    const last = /(?:^|[\s\u00a0])([\p{L}'’]+)$/u.exec(current)
    if (!last) break
    // an elided word leans as the word after its apostrophe does (`jusqu’à`, `d’ici`)
    const word = last[1].toLowerCase()
    const elided = /^\p{L}+['’](\p{L}+)$/u.exec(word)?.[1]
    const leans =
      lang === 'fr'
        ? FRENCH_LEANS_FORWARD.test(word) || /^(?:d|l|qu|s|jusqu)['’]$/.test(word) || (elided !== undefined && FRENCH_LEANS_FORWARD.test(elided))
        : LEANS_FORWARD.test(word) || ENGLISH_ENDS_BADLY.test(word)
    if (!leans || words(current) <= 3) break
    current = current.slice(0, last.index).replace(/[\s,;:–—-]+$/, '')
  }
  return current
}

/** A change between two values (`from 1,420 to 910`, `de 1 200 à 3 400`, `rose by 4% to`): the first value and its `to`. */
const CHANGE_FROM = /\b(?:from|de|d['’]|passée?s?\s+de)\s+[$€£]?\d[\d\s\u00a0\u202f,.]*\s*(?:%|percent|per cent|pour\s?cent|millions?|milliards?|billion|million)?\s*(?:to|à)\s+[$€£]?\d/giu
/** A target's year, right after what is aimed at (`below 3 percent | by 2030`, `… | d'ici 2030`). */
const TARGET_YEAR = new RegExp(`^[\\s,]*(?:${oneOf(DEADLINE_WORDS, FRENCH_DEADLINE_WORDS)})\\s+(?:(?:${oneOf(PART_OF_YEAR_WORDS, FRENCH_PART_OF_YEAR_WORDS)})\\s+)?(?:19|20)\\d\\d\\b`, 'iu')

/**
 * Whether a cut point keeps what its sentence says: it never keeps the first value of a change
 * without the second (`has fallen from 1,420` of `from 1,420 to 910`), and never drops the year of
 * a target that comes right after the cut (`below 3 percent` of `below 3 percent by 2030`).
 * @param point the point, without its full stop
 * @param whole the sentence it was cut from
 */
function keepsMeaning(point: string, whole: string): boolean {
  for (const change of whole.matchAll(CHANGE_FROM)) {
    const at = change.index ?? 0
    if (at < point.length && at + change[0].length > point.length) return false
  }
  const rest = whole.slice(point.length)
  if (whole.toLowerCase().startsWith(point.toLowerCase()) && TARGET_YEAR.test(rest)) return false
  return true
}

/**
 * Whether the text after `, which …,` (or `, including …,`) goes on with the main clause's verb (or its
 * complement), so
 * the piece between the commas is an aside that may go. When it goes on with a noun or a phrase
 * (`, which now operate in 120 communities, up from 45`, `, including cattle theft, kidnapping …`)
 * the second comma is inside the aside, and dropping up to it would glue the rest to the wrong noun.
 */
function closesAside(rest: string): boolean {
  const next = tokensOf(rest.slice(0, 80)).find((token) => token.pos !== 'ADV')
  // `…, which are a bridge, in investment and …` goes on with the verb's complement
  // (and `to`: `raise the Fund, which holds €6 million, | to €15 million`)
  return next?.pos === 'VERB' || next?.pos === 'AUX' || (next?.pos === 'ADP' && !/^(?:up|down)$/i.test(next.text)) || next?.lower === 'to'
}

/** Whether a French text ends inside a `que` clause before that clause's verb (`… a rappelé que les inondations de 2024`). */
function queBeforeVerb(text: string): boolean {
  const at = [...text.matchAll(/(?<!\p{L})qu(?:e\s+|['’])/giu)].at(-1)
  if (!at) return false
  // (the verb of a relative inside it, `…, qui s’est élevé à 226`, is not the clause's own)
  const clause = text.slice((at.index ?? 0) + at[0].length).replace(/,\s+(?:qui|dont|où)\s[^,;]*/giu, '')
  return !FRENCH_FINITE_VERB_STRICT.test(clause)
}

/**
 * A French sentence up to the end of its longest first clauses that fit `max` characters: the text
 * before a comma or a semicolon, when it has a finite verb, six words or more, opens no subordinate
 * clause, ends on no word that leans forward, and the comma ends no item of a list (`Les ministres
 * se sont engagés à former 18 000 présidents | , trésoriers et …`). Undefined when none fits.
 */
function frenchClauseBefore(text: string, max: number): string | undefined {
  let found: string | undefined
  for (const comma of text.matchAll(/\s*[,;]\s+/g)) {
    const head = text.slice(0, comma.index)
    if (head.length > max) break
    const rest = text.slice(comma.index)
    if (words(head) < 6 || !frenchFiniteVerbIn(head) || !isWholeClauseIn(head, 'fr') || OPENS_SUBORDINATE.test(head) || FRENCH_PARTICIPLE_OPENING.test(head)) continue
    // (nor a `que` clause before its verb, nor an infinitive whose object comes after an aside: `s’engagent à réserver, d’ici à 2027, | au moins 20 %`)
    if (queBeforeVerb(head) || /\p{L}{2,}(?:er|ir)\s*(?:[,;]|$)/u.test(head)) continue
    if (FRENCH_LIST_GOES_ON.test(rest.trimStart()) || withoutLeaningTail(head, 'fr') !== head || cutsAmount(head, rest)) continue
    // (nor inside a list of phrases: `… mené au Burkina Faso | , au Mali et …`, `… en gestion | , en comptabilité et …` open the next item with a preposition of the last words)
    const next = /^[\s,;]+(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase() ?? ''
    if (FRENCH_LIST_PREPOSITION.test(next) && head.toLowerCase().split(/\s+/).slice(-4).includes(next)) continue
    found = head
  }
  return found
}

/**
 * A French sentence up to the end of its longest clause that fits `max` characters and stops before
 * an adjunct (`Une ligne de crédit … est ouverte à cet effet | auprès de la Banque …`), when no comma
 * ends a clause: the part kept has a finite verb, eight words or more, no `que` or relative clause
 * before its verb, ends on no verb, participle or word that leans forward, and the adjunct holds no
 * year (a date is part of the decision). Undefined when none fits.
 */
function frenchAdjunctBefore(text: string, max: number): string | undefined {
  let found: string | undefined
  for (const space of text.matchAll(/\s+/g)) {
    const head = text.slice(0, space.index)
    if (head.length > max) break
    const rest = text.slice((space.index ?? 0) + space[0].length)
    if (!FRENCH_ADJUNCT.test(rest) || YEAR.test(rest) || words(head) < 8 || !frenchFiniteVerbIn(head) || !isWholeClauseIn(head, 'fr')) continue
    if (queBeforeVerb(head) || /(?<!\p{L})(?:qui|dont|où)\s[^,;]*$/iu.test(head) || OPENS_SUBORDINATE.test(head) || FRENCH_PARTICIPLE_OPENING.test(head) || withoutLeaningTail(head, 'fr') !== head || cutsAmount(head, rest)) continue
    // (never right after a verb or a participle, whose object or place the adjunct may be: `… seront organisées | sur 1 500 km`)
    const last = /(\p{L}+)$/u.exec(head)?.[1] ?? ''
    if (FRENCH_FINITE_VERB_STRICT.test(last) || /\p{L}{2,}(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|er|ir|re|ant)$/u.test(last)) continue
    found = head
  }
  return found
}

/**
 * A sentence over about 16 words without the phrase after its last comma when that phrase only adds
 * to the clause before it (`…, backed by loans of $4bn from regional banks`, `…, gérée par le
 * secrétariat`, `…, the Chair said`; see `DROPPABLE_TAIL`), while what stays is a whole clause of at
 * least six words. A phrase with a year stays: a date or a deadline is part of the decision.
 * @param text the sentence, without its full stop
 * @param max largest length in characters
 * @param lang the readout's language (English when absent)
 */
function withoutDroppableTail(text: string, max: number, lang?: string): string {
  const french = lang === 'fr'
  if (lang && lang !== 'en' && !french) return text
  let current = text
  for (let guard = 0; guard < 3 && (words(current) > POINT_WORDS || current.length > max - 1); guard++) {
    const comma = current.lastIndexOf(', ')
    if (comma < 0) break
    const head = current.slice(0, comma)
    const tail = current.slice(comma + 2)
    // (a comparison with an earlier value, `, up from 40,000 in 2022`, may go with its year: it sets no deadline)
    const comparison = (french ? FRENCH_COMPARISON_TAIL : COMPARISON_TAIL).test(tail)
    if (!(comparison || ((french ? FRENCH_DROPPABLE_TAIL : DROPPABLE_TAIL).test(tail) && !NO_PARTICIPLE.test(tail) && !YEAR.test(tail))) || words(head) < 6) break
    // (a list item without a verb, `L’ouverture de deux centres, financés par …`, stays as written)
    if (french ? !isWholeClauseIn(head, 'fr') || !frenchFiniteVerbIn(head) : !hasFiniteVerb(head) || danglingTail(head)) break
    current = head
  }
  return current
}

/**
 * A sentence over about 16 words without the phrase at its end that only says the decision holds
 * across the meeting's own members or region (`…, recognised by all members`, `… dans tous les États
 * membres`; see `SCOPE_ADJUNCT`), while what stays is a clause of six words or more that ends on a
 * word that stands (a noun, a number, an adverb), never on a verb whose object it was.
 */
function withoutScopeAdjunct(text: string, lang?: string): string {
  if (words(text) <= POINT_WORDS || (lang && lang !== 'en' && lang !== 'fr')) return text
  const scope = (lang === 'fr' ? FRENCH_SCOPE_ADJUNCT : SCOPE_ADJUNCT).exec(text)
  if (!scope) return text
  const head = text.slice(0, scope.index)
  if (words(head) < 6) return text
  // (French: never a participle left without its place, `les téléphones vendus | dans la région`)
  if (lang === 'fr') return FRENCH_FINITE_VERB_STRICT.test(head) && withoutLeaningTail(head, 'fr') === head && !/\p{L}{2,}(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)$/u.test(head) ? head : text
  const last = tokensOf(head.slice(-60)).at(-1)
  return hasFiniteVerb(head) && ['NOUN', 'PROPN', 'NUM', 'ADV'].includes(last?.pos ?? '') ? head : text
}

/** A phrase at a sentence's end that says by what channel a decision is carried out (`through the Forum's academy`, `via …`, `par l’intermédiaire de …`). */
const MEANS_AT_END = new RegExp(`(?<!\\s)\\s+(?:${oneOf(MEANS_WORDS, FRENCH_MEANS_WORDS)})(?!\\p{L})[^,;]*$`, 'iu')

/**
 * A sentence over about 16 words without the phrase at its end that only says by what channel the
 * decision is carried out (`Ministers agreed to buy insulin together from 2027 | through a pooled tender
 * run by the secretariat`): the phrase holds no number, no year and no clause of its own, and what stays
 * is a whole clause of eight words or more that ends on a noun, an adverb or a number, not inside a
 * relative (`people who find work | through apps` stays) nor on a participle (`products bought | through`).
 */
function withoutMeans(text: string, lang?: string): string {
  if (lang && lang !== 'en' && lang !== 'fr') return text
  const means = MEANS_AT_END.exec(text)
  if (!means) return text
  const head = text.slice(0, means.index)
  const tail = means[0]
  // (nor how money is raised or paid, which is the decision: `will fund the fleet | through a levy on tickets`)
  if (/\d/.test(tail) || words(head) < 8 || /(?<!\p{L})(?:fund|funds|funded|finance[sd]?|financ\p{L}*|pay|pays|paid|raise[sd]?|collect\p{L}*|levy|levies|tax|taxes)(?!\p{L})/iu.test(head) || /(?<!\p{L})(?:who|which|that|whose|where|qui|que|dont|où|and|or|et|ou)(?!\p{L})/iu.test(tail)) return text
  if (lang === 'fr') return FRENCH_FINITE_VERB_STRICT.test(head) && withoutLeaningTail(head, 'fr') === head && !/\p{L}{2,}(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)$/u.test(head) ? head : text
  const tokens = tokensOf(head)
  const last = tokens.at(-1)
  if (!hasFiniteVerb(head) || !['NOUN', 'PROPN', 'NUM', 'ADV'].includes(last?.pos ?? '') || tokensOf(tail).some((token) => token.pos === 'AUX')) return text
  // (not inside a relative, `people who find work | through apps`)
  if (tokens.slice(-6).some((token) => /^(?:who|which|that|whose|where)$/.test(token.lower))) return text
  return head
}

/**
 * A sentence without the adverb that only adds it to what came before (`The Union will also set up`,
 * `They further agreed`, `Les ministres ont également décidé`): a slide point stands alone.
 */
function withoutAdditiveAdverb(text: string, lang?: string): string {
  if (lang === 'fr') return text.replace(/(?<=\s(?:ont|a|sont|est|sera|seront|va|vont|doit|doivent|avons))\s+(?:également|aussi|enfin|en\s+outre|par\s+ailleurs)(?=\s)/u, '')
  if (lang && lang !== 'en') return text
  const tokens = tokensOf(text.slice(0, 120))
  const adverb = tokens.find((token, at) => (token.lower === 'also' || token.lower === 'further') && token.pos === 'ADV' && ['VERB', 'AUX'].includes(tokens[at + 1]?.pos ?? '') && at > 0)
  return adverb ? `${text.slice(0, adverb.start).trimEnd()} ${text.slice(adverb.end).trimStart()}` : text
}

/** What opens an aside between a verb and its object (`to set up, by the end of the year, a group`). */
const ASIDE_OPENER = new RegExp(`^(?:${oneOf(ASIDE_OPENER_WORDS, FRENCH_ASIDE_OPENER_WORDS)})\\b`, 'i')
/** What opens a verb's object after such an aside: a determiner or a number. */
const OBJECT_OPENER = new RegExp(`^(?:${oneOf(OBJECT_OPENER_WORDS, FRENCH_OBJECT_OPENER_WORDS)}|\\d)`, 'i')

/**
 * The text without an aside between commas that stands between a verb and its object: `asked the
 * Secretariat to set up, by the end of the year and …, a working group` keeps `to set up a working
 * group`; a cut at the aside's comma would leave the verb without what it governs. The word
 * before the aside is a verb (English, by the tagger) or a French participle or infinitive.
 */
function withoutAsideBeforeObject(text: string, lang?: string): string {
  const english = !lang || lang === 'en'
  return text.replace(/,\s+([^,;]{3,240}),\s+/g, (whole: string, aside: string, at: number, all: string) => {
    const after = all.slice(at + whole.length)
    if (!ASIDE_OPENER.test(aside) || !(OBJECT_OPENER.test(after) || (english && governedVerbAtEnd(all.slice(0, at)) && objectOpens(after)))) return whole
    const before = all.slice(0, at)
    const afterVerb =
      lang && lang !== 'en'
        ? /\b(?:ont|a|avons|sont|est|de|d['’]|à)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|er|ir|re|is|it|u|us)$/iu.test(before)
        : (() => {
            const tokens = tokensOf(before.slice(-80))
            const last = tokens.at(-1)
            return last !== undefined && (last.pos === 'VERB' || (['ADP', 'PART'].includes(last.pos) && tokens.at(-2)?.pos === 'VERB') || governedVerbAtEnd(before))
          })()
    return afterVerb ? ' ' : whole
  })
}

/**
 * Whether English text ends on a verb that an auxiliary or `to` governs, or on its particle
 * (`will carry`, `to publish`, `will set aside`): a verb still waiting for its object, so a cut right
 * after it, or an aside dropped before the object, must keep what follows.
 */
function governedVerbAtEnd(text: string): boolean {
  const tokens = tokensOf(text.slice(-80))
  const particle = tokens.length > 1 && PARTICLE.test(tokens.at(-1)!.text) && tokens.at(-2)!.pos === 'VERB'
  const verb = tokens.length - (particle ? 2 : 1)
  // (a passive has no object to wait for: `will be carried out`, `can be financed`)
  return tokens[verb]?.pos === 'VERB' && (tokens[verb - 1]?.lower === 'to' || (tokens[verb - 1]?.pos === 'AUX' && !/^(?:be|been|being|is|are|was|were)$/.test(tokens[verb - 1].lower)))
}

/** Whether English text opens on an aside between commas, then what can be a verb's object (`, by the end of 2026, zones …`). */
function asideThenObject(text: string): boolean {
  const aside = /^,\s+([^,;]{3,120}),\s+/.exec(text)
  return aside !== null && ASIDE_OPENER.test(aside[1]) && objectOpens(text.slice(aside[0].length))
}

/** Whether English text opens on what can be a verb's object: a noun phrase (`common guidance`, `zones`), a preposition's object (`on common rules`) or a question (`how they …`). */
function objectOpens(text: string): boolean {
  const first = tokensOf(text.slice(0, 40))[0]
  return first !== undefined && (['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(first.pos) || /^(?:on|how|what|whether)$/i.test(first.text))
}

/** Whether a text asks, urges, offers or lets act (`We ask the Council`, `the offer of Ghana`, `will allow them`) with no `to …` after it saying what. */
export function lacksInfinitive(text: string): boolean {
  const asks = ASKS.exec(text) ?? LETS_ACT.exec(text)
  return asks !== null && !/\bto\s+\p{L}/u.test(text.slice(asks.index + asks[0].length))
}

/** Characters of a sentence looked at for a point (a point has about 100). */
const LONGEST = 400

/**
 * The text up to its last noun that ends within `max` characters (a run-on sentence with no clause
 * to drop); with `clean`, only where the cut after it is clean (see `cleanCutBefore`) and a verb
 * stands before it. Undefined when there is none.
 */
function lastNounBefore(text: string, max: number, clean = true): string | undefined {
  const tokens = tokensOf(text)
  // never inside a `that`/`which`/`who` clause before its verb (`devices that Daesh | left behind`)
  const nouns = tokens.filter(
    (token, at) =>
      (token.pos === 'NOUN' || token.pos === 'PROPN') &&
      token.end <= max &&
      token.start > 0 &&
      !insideClauseBeforeVerb(tokens, at + 1) &&
      // (nor between a subject and its verb: `The number of nurses registered in … Development | rose to …`)
      !mainVerbAhead(tokens, at + 1) &&
      // (nor between a verb that lets someone act and the act, `allow them, within a legal framework, | to prescribe …`)
      !(lacksInfinitive(text.slice(0, token.end)) && !lacksInfinitive(text)) &&
      !listGoesOn(text.slice(0, token.end), text.slice(token.end)) &&
      // (nor before a noun phrase, the object after an adjunct: `share in real time | the water levels …`)
      (tokens[at + 1]?.pos !== 'DET' || /^(?:that|which)$/.test(tokens[at + 1].lower)) &&
      // (and, even when no clean cut is left, never before what completes the noun: `certificate | of fitness`, `the locomotive | ’s`)
      !/^(?:of|['’]s|than|towards?)$/i.test(tokens[at + 1]?.text ?? '') &&
      // (nor inside a name written with capitals, `the revival of the Government Silk | Weaving Factory at Srinagar`)
      !(/^\p{Lu}/u.test(token.text) && /^\p{Lu}/u.test(tokens[at + 1]?.text ?? '')) &&
      (!clean || (cleanCutBefore(tokens, at + 1) && !thatClauseVerbToCome(tokens, at + 1) && tokens.slice(0, at).some((_, before) => isFiniteVerbAt(tokens, before)))),
  )
  // (the small English model may call a French article a noun: `pour un`)
  // (never one word after a colon: `… should: state` of `should: state the full price`)
  const last = nouns.findLast((token) => !cutsAmount(text.slice(0, token.end), text.slice(token.end)) && !SMALL_WORD_AT_END.test(text.slice(0, token.end)) && !/:\s*[\p{L}-]+$/u.test(text.slice(0, token.end)))
  return last ? text.slice(0, last.end) : undefined
}

/** Whether the words right after a cut at `tokens[from]` are the clause's finite verb, or a last name of the subject and that verb (`… Co-operation | and Development rose to …`): the cut keeps a subject without its verb. */
function mainVerbAhead(tokens: Token[], from: number): boolean {
  if (from < tokens.length && isFiniteVerbAt(tokens, from)) return true
  return tokens[from]?.pos === 'CCONJ' && ['NOUN', 'PROPN'].includes(tokens[from + 1]?.pos ?? '') && from + 2 < tokens.length && isFiniteVerbAt(tokens, from + 2)
}

/**
 * Whether a point may end before `tokens[index]`: the last word kept is no word that leans on what
 * follows (a determiner, a possessive, an auxiliary, a preposition, a conjunction), and what follows
 * is not what completes the noun before it: its possessive (`the train | 's certificate`), the rest
 * of a compound (`cold-chain | labelling of`), its complement (`free access | to supplements`,
 * `a day | of talks`, `from December | to February`). The English tagger's tags.
 */
function cleanCutBefore(tokens: Token[], index: number): boolean {
  const last = tokens[index - 1]
  const next = tokens[index]
  if (!last || ['ADP', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PART'].includes(last.pos) || LEANS_FORWARD.test(last.lower)) return false
  if (!next) return true
  if (/^['’]s?$/.test(next.text)) return false
  // never inside a name written with capitals (`the revival of the Government Silk | Weaving Factory at Srinagar`)
  if (/^\p{Lu}/u.test(last.text) && /^\p{Lu}/u.test(next.text)) return false
  // never inside a word the tagger splits (`licence | -exempt bands`)
  if (!next.spaced && /^[\p{L}\p{N}-]/u.test(next.text)) return false
  // nor after a noun that says nothing until what follows says which (`logs of a quality | suitable for sawmills`, `in a way | that …`),
  // nor inside `neither … nor`, `either … or`, `both … and`
  if (EMPTY_NOUN.test(last.lower) && /^(?:a|an|the|this|that|some|any)$/.test(tokens[index - 2]?.lower ?? '')) return false
  // nor inside a fixed phrase that wants its `with` (`act against them in line | with the Charter`)
  if (next.lower === 'with' && /^(?:line|accordance|keeping|conformity|cooperation|partnership|consultation)$/.test(last.lower) && tokens[index - 2]?.lower === 'in') return false
  // nor an object from what a verb makes of it (`to make the filing of documents | mandatory`, `keep the ports | open`)
  if (next.pos === 'ADJ' && tokens.slice(Math.max(0, index - 7), index).some((token) => token.pos === 'VERB' && /^(?:make|keep|render|leave|declare|hold|get)$/.test(token.lemma))) return false
  // nor an object from what a verb counts it as (`will count these hours | as working time from 2028`)
  if (next.lower === 'as' && TAKES_AS.test(tokens.slice(0, index).findLast((token) => token.pos === 'VERB')?.lemma ?? '')) return false
  if (next.lower === 'nor' || (/^(?:or|and)$/.test(next.lower) && tokens.slice(Math.max(0, index - 8), index).some((token) => /^(?:either|both|neither|whether)$/.test(token.lower)))) return false
  // a subject is never cut from its verb (`sand and gravel | are the materials …`)
  if (next.pos === 'AUX') return false
  // nor a list from its last item (`into the air, soil | and water`, `cyclones, earthquakes | or outbreaks`)
  if (/^(?:and|or)$/.test(next.lower) && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON'].includes(tokens[index + 1]?.pos ?? '') && ['NOUN', 'PROPN', 'NUM'].includes(last.pos)) return false
  // nor a definite noun from the relative that says which (`no support to power plants | that burn logs`); `a drilling company | that will own rigs` stands
  if (/^(?:that|which|who|whom|whose|where)$/.test(next.lower) && definiteBefore(tokens, index)) return false
  if (!['NOUN', 'PROPN', 'NUM', 'PRON'].includes(last.pos)) return true
  if (['NOUN', 'PROPN'].includes(next.pos)) return false
  // a gerund that is a noun: `the cold-chain labelling of vaccines`
  if (/ing$/.test(next.lower) && tokens[index + 1]?.lower === 'of') return false
  // a number after a noun goes with it (`February 3–4`, `Decision No. 4`)
  if (next.pos === 'NUM') return false
  // `to` before a verb opens a purpose (`met in Lisbon | to review`), and a pronoun adds nothing the
  // noun needs (`grants | for them`)
  const after = tokens[index + 1]
  // `asked the Secretariat | to propose`: what is asked is never cut off
  const infinitive = next.lower === 'to' && after?.pos === 'VERB' && after.lemma === after.lower
  if (infinitive && objectOfAsking(tokens, index)) return false
  const pronoun = next.lower !== 'of' && /^(?:them|it|us|him|her|you|me|themselves|itself)$/.test(after?.lower ?? '')
  if (OPENS_COMPLEMENT.test(next.lower) && !infinitive && !pronoun) return false
  if (next.lower === 'on' && !ON_A_DAY.test(tokens[index + 1]?.lower ?? '')) return false
  if (next.text === ',' && inList(tokens, index + 1)) return false
  if (next.pos === 'ADP' && objectFollows(tokens, index + 1)) return false
  return true
}

/**
 * Whether the noun phrase that ends before `tokens[index]` is definite or a bare plural (`the risks`,
 * `power plants`, `the share of spending on agriculture`), so a restrictive relative after it says
 * which ones are meant; an indefinite one (`a drilling company`, `120 inspectors`) stands without it.
 */
export function definiteBefore(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const token = tokens[at]
    if (token.pos === 'NUM' || /^(?:a|an|one|another|some|several|many|new)$/i.test(token.text)) return false
    if (token.pos === 'DET' || token.pos === 'PRON') return true
    // (a participle before its noun is an adjective: `120 experienced inspectors`)
    if (token.pos === 'VERB' && /ed$/.test(token.lower) && at < index - 1) continue
    if (!['NOUN', 'PROPN', 'ADJ', 'PART'].includes(token.pos) && !/^['’]s?$|^-$/.test(token.text)) return true
  }
  return true
}

/** Whether the noun phrase ending before `tokens[index]` is the object of a verb that wants an infinitive after it (`asked the Secretariat`). */
function objectOfAsking(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 8; at--) {
    if (['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON'].includes(tokens[at].pos) || /^['’]s?$/.test(tokens[at].text)) continue
    return tokens[at].pos === 'VERB' && WANTS_INFINITIVE.test(tokens[at].text)
  }
  return false
}

/** Whether the words from `tokens[from]` are the next items of a list (`rainfall | , prices and malnutrition`). */
function inList(tokens: Token[], from: number): boolean {
  for (let at = from; at < Math.min(tokens.length, from + 6); at++) {
    const token = tokens[at]
    if (token.pos === 'CCONJ' || token.text === ',') return at > from
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(token.pos) && token.text !== '-') return false
  }
  return false
}

/**
 * Whether the phrase opened by a preposition at `tokens[from - 1]` runs into another noun phrase
 * with no word between (`give every pregnant woman | in a member country free access to …`): the
 * verb's object is still to come, so the phrase is no adjunct at the end that may go.
 */
function objectFollows(tokens: Token[], from: number): boolean {
  let noun = false
  for (let at = from; at < Math.min(tokens.length, from + 8); at++) {
    const token = tokens[at]
    if (['NOUN', 'PROPN'].includes(token.pos)) noun = true
    else if (token.pos === 'NUM') continue
    else if (['ADJ', 'DET'].includes(token.pos)) {
      if (noun) return true
    }
    else return false
  }
  return false
}

/** Words a point never ends on: articles and prepositions (`pour un`, `of the`). */
const SMALL_WORD_AT_END = new RegExp(`(?:^|\\s)(?:${oneOf(FRENCH_POINT_END_SMALL_WORDS, POINT_END_SMALL_WORDS)})$`, 'iu')

/** Number words that may open an amount (`de deux millions`, `of three billion`). */
const AMOUNT_WORDS = new RegExp(`^(?:${oneOf(FRENCH_AMOUNT_NUMBER_WORDS, AMOUNT_NUMBER_WORDS)})$`, 'iu')
/** Nouns an amount completes (`un budget de …`, `d'une valeur de …`, `à hauteur de …`): a point never ends on one. */
const AMOUNT_NOUNS = new RegExp(`(?:^|\\s)(?:${oneOf(FRENCH_AMOUNT_NOUN_WORDS, AMOUNT_NOUN_WORDS)})$`, 'iu')
/** Units and scales after a number (`cinq ans`, `9 millions de dollars`, `12 %`). */
const AFTER_NUMBER = new RegExp(`^\\s*(?:%|${oneOf(AMOUNT_UNIT_WORDS, FRENCH_AMOUNT_UNIT_WORDS)}|€|\\$|£)(?!\\p{L})`, 'iu')

/**
 * Whether a cut between `prefix` and `rest` falls inside an amount or leaves a noun an amount
 * completes: before `de`/`of` and a number (`pour un budget | de 12 millions d'euros`), between a
 * number and its unit (`sur cinq | ans`, `9 millions | de dollars`), between a currency code and its
 * number (`EUR | 410 million`), or after `budget`, `valeur` …
 * @param prefix the text kept
 * @param rest the text cut off
 * @returns whether the cut is refused
 */
export function cutsAmount(prefix: string, rest: string): boolean {
  const next = rest.trimStart()
  const opensAmount = /^(?:de|d['’]|of)\s*(\S+)/iu.exec(next)
  if (opensAmount && (/^[\d\p{Sc}]/u.test(opensAmount[1]) || AMOUNT_WORDS.test(opensAmount[1]) || /^US\$/.test(opensAmount[1]))) return true
  const lastWord = /(\S+)$/u.exec(prefix.trimEnd())?.[1] ?? ''
  if ((/^[\d\p{Sc}]/u.test(lastWord) || AMOUNT_WORDS.test(lastWord)) && AFTER_NUMBER.test(rest)) return true
  // (nor between a currency written before its amount and the amount: `an estimated EUR | 410 million`, `Rs | 5,650`; a code in capitals, not `try`)
  if (/^\d/.test(next) && lastWord !== lastWord.toLowerCase() && Object.hasOwn(CURRENCY_BEFORE, lastWord.toLowerCase())) return true
  return AMOUNT_NOUNS.test(prefix.trimEnd())
}

/** Whether a cut before `tokens[index]` falls in a `that`/`which`/`when`/`if` … clause whose verb is still to come. */
function insideClauseBeforeVerb(tokens: ReturnType<typeof tokensOf>, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    if (tokens[at].pos === 'VERB' || tokens[at].pos === 'AUX') return false
    if (OPENS_INNER_CLAUSE.test(tokens[at].lower)) return true
  }
  return false
}

/** Drop a lead-in clause when what follows the comma is a clause of its own. */
/**
 * Whether a lead-in may be dropped: what stays must not open with a word that leans on it (`which`,
 * `and` …), and a lead-in that is a clause of its own (`Today 7 members still charge such fees,`)
 * stays unless a subordinating word or a participle opens it (`As Daesh tries …,`, `Saying that,`).
 */
function leadInCanGo(lead: string, rest: string): boolean {
  if (/^(?:which|who|whom|whose|that|and|but|or|nor|so|yet|while|whilst)\b/i.test(rest)) return false
  // (nor when what follows opens on a preposition: `Over two days you have shown what … every day, | in fair
  // weather and …` — the comma only closed a phrase, the main clause was before it and the tail is no point)
  if (tokensOf(rest.slice(0, 40))[0]?.pos === 'ADP') return false
  // (a purpose goes only before a clause of its own: `To hold the Twelfth Meeting in Santo Domingo, | Dominican Republic,
  // in October 2027, on a date to be set …` is a resolution's one clause, and without its head the rest is a fragment)
  // (so also before a participle's phrase, whatever the tagger makes of the word after `to`: `To share the results …, | starting in
  // October 2026` read `share` as a noun, and the slide showed `Starting in October 2026.` alone)
  if (/^to\s/i.test(lead) && (tokensOf(lead.slice(0, 40))[1]?.pos === 'VERB' || /^\p{L}+ing(?!\p{L})/iu.test(rest))) return firstVerbIsFinite(rest)
  return /^(?:as|while|whilst|although|though|because|since|given|when|if|where|whereas|once|after|before|until|despite|following|building on|recalling|recognising|recognizing|noting|welcoming|in|on|at|by|for|with|through|under|over|against|thanks to|consistent with|in line with|as part of|to\s+\p{L}+|\p{L}+ing)\b/iu.test(lead) || !hasVerb(lead.replace(/,\s*$/, ''))
}

function dropLeadIn(text: string): string {
  // `Since 2016 the fund has …` drops its time; `By 2030 members will …` moves it to the end
  const time = /^(In|Since|From|After|By|Before|Until)\s+((?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d),?\s+(?=\p{Ll}*\p{L})/u.exec(text)
  if (time && hasVerb(text.slice(time[0].length))) {
    const rest = capitalise(text.slice(time[0].length))
    return /^(?:By|Before|Until)$/.test(time[1]) ? `${rest} ${time[1].toLowerCase()} ${time[2]}` : rest
  }
  const lead = LEAD_IN.exec(text)
  if (lead && leadInCanGo(lead[0], text.slice(lead[0].length))) return text.slice(lead[0].length)
  // (`To that end we will …`: a connective without its comma)
  const connective = CONNECTIVE_LEAD_IN.exec(text)
  if (connective) return text.slice(connective[0].length)
  const tokens = tokensOf(text)
  if (!['SCONJ', 'ADP'].includes(tokens[0]?.pos ?? '')) return text
  const comma = tokens.findIndex((token) => token.text === ',')
  // (an amount may open the subject after the lead-in: `Of this amount, €95m was pledged …`)
  // (but a bare count counts what the lead-in names: `Of the 14 decisions taken, | 11 have been implemented` keeps it)
  if (comma > 0 && comma < tokens.length - 3 && ['PRON', 'DET', 'NOUN', 'PROPN', 'NUM', 'SYM'].includes(tokens[comma + 1].pos) && !countsWhatLeadInNames(tokens)) return text.slice(tokens[comma + 1].start)
  return text
}

/**
 * Make a clause fit: drop trailing subordinate clauses (`, which …`, `, because …`), then keep
 * the first of two clauses joined by `;` or `, and`, then drop trailing phrases after the verb's
 * object, each time only where what stays has its verb.
 */
function shortenClause(text: string, max: number, lang?: string): string {
  const fits = (candidate: string) => words(candidate) <= POINT_WORDS && candidate.length <= max
  if (fits(text)) return text
  // 1. trailing subordinate clauses, from the last
  let current = text
  for (let guard = 0; guard < 6 && !fits(current); guard++) {
    const cut = lastClauseCut(current)
    if (cut < 0) break
    // `…, 35 of which failed …`, `…, most of whom …`: the part named before `of which` goes with its clause
    const partitive = /,\s+[^,;]{1,30}?\s+of$/.exec(current.slice(0, cut))
    // `the programmes under which …`: the preposition goes with its clause
    const kept = current.slice(0, partitive ? partitive.index : cut).replace(/\s+(?:under|in|of|for|by|with|through|from|at|on|to|into|over|against|during|within|among|between|after|before)$/i, '')
    // (never right after a verb still waiting for its object: `will set aside | , by the end of 2026, zones …`)
    if (words(kept) < 5 || !hasVerb(kept) || ((!lang || lang === 'en') && governedVerbAtEnd(kept) && asideThenObject(current.slice(kept.length)))) break
    // (nor a relative clause inside a `that` clause before its verb: `noted that the season | during which roads can be used has shortened`)
    if (thatClauseWithoutVerb(kept)) break
    // `We ask the World Health Organization | , with …, to set up …`: what is asked is never cut off
    if (lacksInfinitive(kept) && !lacksInfinitive(current)) break
    current = kept
  }
  if (fits(current)) return current
  // 2. the first of two clauses
  const first = /^(.{20,}?)(?:;\s+|\s+and that\s+|,\s+(?:and|but|while|whereas)\s+(?=(?:we|they|it|he|she|the|this|these|our|their|its|ministers|members|partners|leaders)\b))/i.exec(current)?.[1]
  if (first && hasVerb(first)) current = first
  // (French: `…, et se sont engagés à …`, `…, mais ont refusé …`: a second verb of the same subject)
  // (and a second infinitive of the same verb: `a décidé d’ouvrir …, et d’aménager …`)
  const premier = lang === 'fr' ? /^(.{20,}?),\s+(?:et|mais)\s+(?=(?:se|s['’]|ont|a|sont|est|ils|elles|il|elle|on|nous|\p{L}{3,}(?:eront|ront|ent))(?!\p{L})|(?:de\s+|d['’])(?:y\s+|en\s+|les?\s+|la\s+|l['’]|se\s+|s['’])?\p{L}+(?:er|ir|re)(?!\p{L}))/iu.exec(current)?.[1] : undefined
  if (premier && !fits(current)) current = premier
  // (English: a second verb of the same subject, `will count these hours as working time from 2028 | and will publish …`;
  // not `and would …`, often the rest of a reported `that` clause: `noted that the words had been quoted | and would frame …`)
  const former = (!lang || lang === 'en') && !fits(current) ? /^(.{20,}?)\s+and\s+(?=(?:will|shall|must)\s+\p{L})/iu.exec(current)?.[1] : undefined
  if (former && hasVerb(former) && words(former) >= 5) current = former
  if (fits(current)) return current
  // 3. phrases after the object: the longest prefix that fits and ends before a preposition or a participle
  const tokens = tokensOf(current)
  // a sentence of about 16 words keeps its date whole rather than lose it (`…, to enter into force | on 1 July 2026`)
  const keepsDate = words(current) <= POINT_WORDS + 4 && current.length <= max
  const infinitive = tokens.findIndex((token, at) => token.lower === 'to' && tokens[at + 1]?.pos === 'VERB' && (WANTS_INFINITIVE.test(current.slice(0, token.start)) || ASKS.test(current.slice(0, token.start))))
  // the longest cut that fits, the longest at a clause's end that fits, the first at a clause's end
  // within `max` characters, the first a little past 16 words (and whether it ends a clause)
  let best = -1
  let bestWhole = -1
  let firstWhole = -1
  let nearly = -1
  let nearlyWhole = false
  for (let index = 3; index < tokens.length; index++) {
    const token = tokens[index]
    const before = tokens[index - 1]
    const opens =
      ['ADP', 'SCONJ'].includes(token.pos) ||
      (token.pos === 'PART' && token.lower === 'to') ||
      (token.pos === 'VERB' && /ing$/.test(token.lower)) ||
      /^(?:that|which|who|where)$/.test(token.lower) ||
      (token.pos === 'CCONJ' && tokens[index + 1]?.pos === 'VERB') ||
      token.text === ','
    // a cut follows the noun that ends an object, never an adjective that wants its complement (`able to`);
    // in French an adjective follows its noun (`la fièvre aphteuse`), and ends the object unless `de`/`à` follows (`capable de`)
    const frenchAdjective = lang === 'fr' && before.pos === 'ADJ' && !/^(?:de|d['’]|à|au|aux)$/i.test(token.text)
    if (!opens || !(['NOUN', 'PROPN', 'NUM'].includes(before.pos) || frenchAdjective)) continue
    const prefix = current.slice(0, before.end)
    // `require every federation that … to publish its accounts`: what is required is never cut off
    if (index <= infinitive) continue
    // `pour un budget | de 12 millions d'euros`, `9 millions | de dollars`, `sur cinq | ans`: never inside an amount
    if (cutsAmount(prefix, current.slice(before.end))) continue
    // (French: `se sont engagés | à les ramener …`: a participle never loses the `à`/`de` it governs)
    if (lang === 'fr' && /^\s*(?:à|de|d['’])/iu.test(current.slice(before.end)) && /\p{L}{2,}(?:é|ée|és|ées|is|it|u|us)$/u.test(prefix)) continue
    if (!verbBefore(tokens, index) || words(prefix) < 5) continue
    // a deadline or a date is never cut off right after what it times (`into force | on 1 July 2026`), nor dropped from a sentence that nearly fits
    const rest = current.slice(before.end)
    if (DATE_AHEAD.test(rest) || (keepsDate && YEAR.test(rest))) continue
    // a phrase that completes its noun (`a code | of conduct`, `access | to care`) is never cut off, nor a `that` clause's subject from its verb
    if (!cleanCutBefore(tokens, index) || thatClauseVerbToCome(tokens, index)) continue
    if (prefix.length > max) break
    if (danglingTail(prefix)) continue
    // (never inside a list that goes on, `paid maternity leave, childcare | near the workplace and an end to …`, nor before
    // the complement of `make`, `make attacks on health workers | in the course of their duty an aggravating factor`)
    if (listGoesOn(prefix, rest) || complementToCome(tokens, index, rest)) continue
    // (never a subordinate clause whose main clause is still to come, `Where the mongoose carries the disease | ,`, nor the first items of an example list, `e.g. crushed rock | , recycled concrete`)
    const whole = endsClause(tokens, index, lang) && hasFiniteVerb(prefix) && words(prefix) >= 6 && !OPENS_SUBORDINATE.test(prefix) && !IN_EXAMPLES.test(prefix)
    if (fits(prefix)) {
      best = before.end
      if (whole) bestWhole = before.end
    }
    else {
      if (whole && firstWhole < 0) firstWhole = before.end
      if (nearly < 0 && words(prefix) <= POINT_WORDS + 4) {
        nearly = before.end
        nearlyWhole = whole
      }
    }
  }
  // a cut prefers a whole clause (`… a grain reserve | , held in warehouses`) to one that leaves a
  // phrase of its clause out (`… remove listings of objects | without a documented provenance`)
  if (bestWhole > 0) return current.slice(0, bestWhole)
  // about 16 words: a whole clause a little longer beats one cut short
  if (nearly > 0 && nearlyWhole) return current.slice(0, nearly)
  // no cut ends a clause: the whole sentence when it fits the box at about 16 words, else the
  // longest cut that fits; failing that, the whole sentence in the box, or its first whole clause
  if (current.length <= max && words(current) <= POINT_WORDS + 4) return current
  if (best > 0) return current.slice(0, best)
  if (current.length <= max) return current
  if (firstWhole > 0) return current.slice(0, firstWhole)
  if (nearly > 0) return current.slice(0, nearly)
  return current
}

/** Whether a cut between `prefix` and `rest` falls after a list's later item with more to come before the next comma (`leave, childcare | near the workplace and an end …`). */
export function listGoesOn(prefix: string, rest: string): boolean {
  const item = /,\s+([^,;]{1,40})$/.exec(prefix)?.[1]
  if (item === undefined || /\b(?:and|or)\b/i.test(item) || /\b(?:and|or)\b/i.test(prefix.slice(0, prefix.length - item.length))) return false
  const tail = /^[^,;]*/.exec(rest)?.[0] ?? ''
  const tokens = tokensOf(tail)
  const join = tokens.findIndex((token) => /^(?:and|or)$/i.test(token.text))
  if (join < 0) return false
  // (the next item, not a verb of the subject: `and planned releases` is one, `and will publish` is not)
  const next = tokens[join + 1]
  return next !== undefined && next.pos !== 'AUX' && (next.pos !== 'VERB' || (/ed$/.test(next.lower) && tokens[join + 2]?.pos === 'NOUN'))
}

/** Whether the clause's verb before `tokens[index]` is `make` (or `render`, `declare`, `deem`) and its object's complement (`an aggravating factor`) is still to come before the next comma. */
export function complementToCome(tokens: Token[], index: number, rest: string): boolean {
  const at = tokens.slice(0, index).findLastIndex((token) => token.pos === 'VERB')
  // (its object right after it: not `make up 62 percent`)
  return at >= 0 && MAKES_INTO.test(tokens[at].text) && !['ADP', 'PART'].includes(tokens[at + 1]?.pos ?? '') && /(?:^|\s)(?:a|an)\s/i.test(/^[^,;]*/.exec(rest)?.[0] ?? '')
}

/** What opens a subordinate clause at the start of a sentence (its main clause comes after its comma). */
const OPENS_SUBORDINATE = new RegExp(`^(?:${oneOf(SUBORDINATE_OPENER_WORDS, FRENCH_SUBORDINATE_OPENER_WORDS)})\\b`, 'iu')
/** A list of examples still open at the end of a text (`…, e.g. crushed rock`). */
const IN_EXAMPLES = new RegExp(`\\b(?:${oneOf(EXAMPLE_OPENER_WORDS, FRENCH_EXAMPLE_OPENER_WORDS)})\\s[^,;]*$`, 'iu')

/**
 * Whether a cut before `tokens[index]` falls in a `that` clause after a verb (`noted that …`) between
 * its subject and its verb: `noted that the average cost of a transfer by air | stands at $9,000`.
 * The clause's verb is the first finite verb after a noun before the next comma, past the cut.
 */
function thatClauseVerbToCome(tokens: Token[], index: number): boolean {
  let that = -1
  for (let at = index - 1; at > 0; at--) {
    if ([',', ';', ':'].includes(tokens[at].text)) return false
    // (`noted that`, `noted with concern that`)
    if (tokens[at].lower === 'that' && (tokens[at - 1].pos === 'VERB' || (tokens[at - 2]?.lower === 'with' && tokens[at - 3]?.pos === 'VERB'))) {
      that = at
      break
    }
  }
  // (a participle before its noun is an adjective, `the number of trained midwives`, not the clause's verb)
  const adjective = (at: number) => /ed$/.test(tokens[at].lower) && ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? '')
  if (that < 0 || tokens.slice(that + 1, index).some((_, i) => isFiniteVerbAt(tokens, that + 1 + i) && !adjective(that + 1 + i) && !['NOUN', 'PROPN'].includes(tokens[that + i].pos))) return false
  for (let at = index + 1; at < tokens.length; at++) {
    const token = tokens[at]
    if ([',', ';', ':', '(', '–', '—'].includes(token.text) || /^(?:that|which|who|whom|whose|where|and|or|but|to)$/.test(token.lower)) return false
    if (token.pos === 'AUX' || (isFiniteVerbAt(tokens, at) && ['NOUN', 'PROPN'].includes(tokens[at - 1].pos))) return true
  }
  return false
}

/**
 * Whether a cut before `tokens[index]` ends a clause, so that what is cut off is a clause or phrase
 * of its own and not a part of the last one: a comma, a semicolon, a dash or a bracket; a
 * subordinating word (`so that`, `because`, `while`); French: `afin`. Not a purpose (`will lend
 * $90 million | to equip 120 colleges`): what the money or the work is for is often the point.
 */
function endsClause(tokens: Token[], index: number, lang?: string): boolean {
  const token = tokens[index]
  const next = tokens[index + 1]
  if ([',', ';', '–', '—', '(', ':'].includes(token.text)) return true
  if (lang && lang !== 'en') return /^afin$/i.test(token.text)
  return /^(?:so|because|while|whereas|although|though|unless)$/.test(token.lower) && next?.lower !== 'as'
}

/** A date or a deadline right at the start of a text (`on 1 July 2026`, `by 2030`, `in October 2027`, `d’ici 2030`, `le 1er juillet 2026`). */
const DATE_AHEAD = new RegExp(`^[\\s,]*(?:${oneOf(DATE_OPENER_WORDS, FRENCH_DATE_OPENER_WORDS)})\\s+(?:(?:${oneOf(PART_OF_YEAR_WORDS, FRENCH_PART_OF_YEAR_WORDS, EARLY_LATE_WORDS, FRENCH_EARLY_LATE_WORDS)})\\s*)?(?:\\d{1,2}(?:er)?\\s+)?(?:\\p{L}+\\s+)?(?:19|20)\\d\\d\\b`, 'iu')
/** A year (a date or a deadline) anywhere in a text. */
const YEAR = /\b(?:19|20)\d\d\b/

/** Whether text ends in a `that` clause after a verb (`noted that`) that has no verb of its own yet: `Ministers noted that the season`. */
function thatClauseWithoutVerb(text: string): boolean {
  const tokens = tokensOf(text)
  const that = tokens.findLastIndex((token) => token.lower === 'that')
  // (after a verb that reports or finds, `noted that`, `agreed that`: not `want that number`)
  return that > 0 && SAYS_THAT.test(tokens[that - 1].lemma) && !tokens.slice(that + 1).some((_, at) => isFiniteVerbAt(tokens, that + 1 + at))
}

/** Whether text ends in a `that`/`which`/`who`/`whether` clause without its verb (`… noted that 3.2 million people remain displaced and that humanitarian appeals`). */
function clauseWithoutVerb(text: string): boolean {
  const that = /^[^]*\b(?:that|which|who|whether)\s+([^]*)$/i.exec(text)
  return that !== null && !hasVerb(that[1])
}

/** Whether text ends in a piece joined by a comma that is no clause (`…, and to a common label`). */
function danglingTail(text: string): boolean {
  if (clauseWithoutVerb(text)) return true
  const comma = text.lastIndexOf(', ')
  if (comma < 0) return false
  const tail = text.slice(comma + 2)
  return /^(?:and|or|but|nor|to|in|on|at|for|with|from|by|of)\b/i.test(tail) && !hasVerb(tail)
}

/** Where the last trailing clause starts (`, which …`, `, because …`, ` because …`), or -1. */
function lastClauseCut(text: string): number {
  let cut = -1
  for (const match of text.matchAll(/,\s+(\p{L}+)|\s+(because|which|whereas|although|while|so that|in order to)\s/giu)) {
    const word = (match[1] ?? match[2]).toLowerCase()
    if (match[1] === undefined || TRAILING_CLAUSE_WORDS.has(word)) cut = match.index
  }
  return cut
}

/** Whether a point reads as a whole clause: it has a verb and does not start with a preposition, `To` or `And`. */
export function isCompleteThought(point: string): boolean {
  const tokens = tokensOf(point)
  const first = tokens[0]
  // (`Of the 14 decisions taken, 11 have been implemented`: the lead-in names what the count counts)
  if (countsWhatLeadInNames(tokens)) return !/…/.test(point)
  // (`About 310,000 drones are registered …`: a word that rounds a number opens no phrase)
  const rounds = /^(?:about|around|over|under|nearly|almost|roughly|approximately|some)$/i.test(first?.text ?? '') && tokens[1]?.pos === 'NUM'
  if (!first || (!rounds && ['ADP', 'CCONJ', 'SCONJ'].includes(first.pos)) || /^(?:to|and|or|but|of|for|with|from|by|in|on|at)$/i.test(first.text)) return false
  return /…/.test(point) ? false : tokens.some((_, at) => isFiniteVerbAt(tokens, at))
}

/**
 * The forward-looking sentences of an outlook, for the closing slide: the next meeting, what
 * will be done, target years, each condensed like a slide point; the first sentence of each
 * paragraph when none looks ahead.
 * @param paragraphs the outlook's paragraphs
 * @param lang the readout's language (English when absent)
 * @param pointsBack what opens a sentence that points back to the one before it (the catalogue’s `pointsBack`)
 * @returns up to three points
 */
export function outlookPoints(paragraphs: string[], lang?: string, pointsBack?: RegExp): string[] {
  const other = lang && lang !== 'en'
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text))
  const ahead = sentences.filter((sentence) => (other ? readingFor(lang).forwardLooking : LOOKS_AHEAD).test(sentence))
  const first = ahead.length ? ahead : paragraphs.flatMap((paragraph) => splitSentences(paragraph).slice(0, 1).map((s) => s.text))
  // A sentence that points back ("There, …") only right after the sentence it points to.
  const chosen = pointsBack ? withAntecedents(first, sentences, pointsBack) : first
  const kept = chosen.map((sentence) => ({sentence, point: condenseSentence(sentence, LIMITS.pointChars, lang)})).filter(({point}) => (other ? isWholeClauseIn(point, lang) : isCompleteThought(point)))
  const shown = pointsBack ? withAntecedents(kept.map((k) => k.sentence), sentences, pointsBack) : kept.map((k) => k.sentence)
  // (an outlook of one sentence is shown as a lone point: never cut inside a noun phrase, `… reaffirmed their commitment to the sovereignty.`)
  const points = kept.filter((k) => shown.includes(k.sentence)).map((k, _, all) => (all.length === 1 ? lonePoint(k.sentence, lang) : k.point))
  // Never the first of a pair without the sentence that points back to it when the cut falls between them.
  const cut = points.length > 3 && pointsBack?.test(shown[3]) ? 2 : 3
  return points.slice(0, cut)
}

/**
 * The closing slide's point when no sentence of the outlook condenses to a point of its own (a
 * resolution's `To hold the Twelfth Ordinary Meeting … in October 2027 …`, which opens on `to`): the
 * brief shows the outlook, so the slide shows its first sentence too, whole when it fits a lone point.
 * @param paragraphs the outlook's paragraphs as the brief shows them
 * @param lang the readout's language (English when absent)
 * @returns one point, or none for an outlook without a sentence
 */
export function outlookAsShown(paragraphs: string[], lang?: string): string[] {
  const first = paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text)).find((sentence) => words(sentence) >= 3)
  if (!first) return []
  const whole = normaliseSpace(first).replace(/[\s,;:]+$/, '').replace(/[^.!?…"'”’»)]$/, '$&.')
  return [whole.length <= LIMITS.lonePointChars ? balanceQuotes(capitalise(whole)) : lonePoint(first, lang)]
}

/**
 * Whether a point is a whole clause in a language the English tagger does not read: at least
 * three words, not cut with `…`, and not starting with a word that opens a phrase (`à`, `et`, `pour`).
 * @param point the condensed sentence
 * @param lang its language
 * @returns whether it can stand on a slide
 */
export function isWholeClauseIn(point: string, lang: string): boolean {
  const first = point.trim().split(/\s+/)[0]?.toLowerCase().replace(/['’].*$/, '') ?? ''
  return point.trim().split(/\s+/).length >= 3 && !/…/.test(point) && !readingFor(lang).phraseOpeners.has(first)
}

/** Split one long sentence into clauses that each have their own subject (`; `, `, and we …`). */
function clausesOf(sentence: string): string[] {
  const parts = sentence
    .replace(/[.;,]\s*$/, '')
    .split(/;\s+|,\s+(?:and|while|but)\s+(?=(?:we|they|it|he|she|the|this|these|our|their|its|ministers|members|partners|leaders)\b)/i)
  const clauses = parts.map((part) => part.trim()).filter((part) => words(part) >= 4)
  if (clauses.length < 2 || !clauses.every((clause) => hasVerb(clause) && isCompleteThought(clause))) return []
  return clauses.map((clause) => `${capitalise(clause.replace(/[.;,]$/, ''))}.`)
}

/** A verb's tense as its ending tells it: `s` (`costs`), else past (`asked`, `took`); a second verb of one subject has the tense of the first (`trained 860 weavers and potters`: `potters` is no verb). */
function tenseOf(token: Token): 'present' | 'past' | 'other' {
  if (token.lower === token.lemma || /ing$/.test(token.lower)) return 'other'
  return /s$/.test(token.lower) ? 'present' : 'past'
}

/**
 * A sentence of two decisions with one subject (`Ministers discussed the disruptions to shipping
 * and agreed to share early information on port closures`), as two clauses that each say who
 * acts: `Ministers discussed the disruptions to shipping.` and `Ministers agreed to share early
 * information on port closures.` A second decision opened by `to` (`Ministers agreed to register
 * boats, and to train inspectors`) takes the subject and the verb it hangs on. The subject is a
 * short noun phrase (five words at most) before the main verb, and no subordinate clause stands
 * between the verb and the `and`, so the second verb is the main clause's own. English only.
 * @param sentence the sentence
 * @returns the two clauses, each with its subject and a full stop; none when the sentence is not of that shape
 */
function clausesSharingSubject(sentence: string): string[] {
  const text = sentence.trim().replace(/[.;]\s*$/, '')
  // (a run-on text far longer than two points is not read: the work stays bounded)
  if (text.length > LONGEST) return []
  const tokens = tokensOf(text)
  const verb = tokens.findIndex((_, at) => isFiniteVerbAt(tokens, at))
  if (verb < 1 || verb > 5) return []
  const subject = tokens.slice(0, verb)
  // (a noun phrase, or `we` / `they`)
  const pronoun = subject.length === 1 && /^(?:we|they)$/i.test(subject[0].text)
  if (!pronoun && (!subject.every((token) => ['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PART'].includes(token.pos) || /^['’]s?$/.test(token.text)) || !subject.some((token) => ['NOUN', 'PROPN'].includes(token.pos)))) return []
  const modal = /^(?:will|shall|must|should|can)$/.test(tokens[verb].lower)
  // past a clause of its own or a passive (`noted that …`, `to be held in Dakar and released …`), an `and` may still join
  // a second `to` of the main verb, or, after a comma, a second decision (`agreed that …, and asked the Council …`)
  let inner = false
  // the main verb and its negation or adverb (`did not agree`): the first verb after them that follows `and`
  for (let at = verb + 1; at < tokens.length - 3; at++) {
    const token = tokens[at]
    // an aside between commas (`the wardens, who patrol 900 km of banks, and called …`) is passed over whole
    if (/^(?:which|who|whom|whose)$/.test(token.lower) && tokens[at - 1]?.text === ',') {
      const close = tokens.findIndex((t, i) => i > at && t.text === ',')
      if (close < 0) return []
      at = close
      continue
    }
    // (a passive after the verb, `to be held in Dakar and released within 72 hours`, has its own `and`)
    if (token.text === ';' || token.text === '(') return []
    if (OPENS_SUBCLAUSE.test(token.lower) || /^(?:be|been|being)$/.test(token.lower)) inner = true
    if (token.lower !== 'and') continue
    const next = tokens[at + 1]
    const before = text.slice(0, (tokens[at - 1]?.text === ',' ? tokens[at - 1] : token).start).trim()
    let second: string | undefined
    // (a participle between two plural objects is their adjective, not a second verb: `low-cost retorts and closed systems`, `stocks and planted areas`)
    const plural = (t: Token | undefined) => t?.pos === 'NOUN' && /[^s]s$/.test(t.lower)
    if (/ed$/.test(next.lower) && plural(tokens[at - 1]) && plural(tokens[at + 2])) continue
    const decision = !inner || (tokens[at - 1]?.text === ',' && DECISION_VERB.test(next.lower))
    if (decision && isFiniteVerbAt(tokens, at + 1) && next.pos === 'VERB' && next.lower !== next.lemma && tenseOf(next) === tenseOf(tokens[verb])) second = `${text.slice(0, subject.at(-1)!.end)} ${text.slice(next.start)}`
    // `… agreed to register boats, and to train inspectors`: the verb that `to` hangs on comes again
    else if (next.lower === 'to' && tokens[at + 2]?.pos === 'VERB' && tokens[verb + 1]?.lower === 'to' && tokens[verb].pos === 'VERB') second = `${text.slice(0, tokens[verb + 1].end)} ${text.slice(tokens[at + 2].start)}`
    // `… asked the secretariat to set up a fund, and to report …`: the verb, the one asked and `to` come again
    else if (next.lower === 'to' && tokens[at + 2]?.pos === 'VERB' && tokens[verb].pos === 'VERB' && WANTS_INFINITIVE.test(tokens[verb].text)) {
      const asked = tokens.findIndex((t, i) => i > verb + 1 && i < at && t.lower === 'to' && tokens[i + 1]?.pos === 'VERB')
      if (asked > 0 && objectOfAsking(tokens, asked)) second = `${text.slice(0, tokens[asked].end)} ${text.slice(tokens[at + 2].start)}`
    }
    // `Members will adopt a form and will share …`: the same modal again, a second decision of the subject
    else if (!inner && modal && next.pos === 'AUX' && next.lower === tokens[verb].lower && (tokens[at + 2]?.pos === 'VERB' || tokens[at + 2]?.lower === 'be')) second = `${text.slice(0, subject.at(-1)!.end)} ${text.slice(next.start)}`
    // `Every member will publish its fees online and set up a single window`: a second verb the modal governs, after an object
    // (not a verb inside a phrase of the first, `to help firms expand X and upgrade Y`, nor a noun, `for the repair and manufacture of`)
    else if (!inner && modal && tokens[verb + 1]?.pos === 'VERB' && tokens[verb + 1].lower === tokens[verb + 1].lemma && next.pos === 'VERB' && next.lower === next.lemma && !['VERB', 'AUX', 'ADV'].includes(tokens[at - 1]?.pos ?? '') && tokens[at + 2]?.lower !== 'of' && tokens.slice(verb + 2, at).every((t) => t.pos !== 'VERB' && t.lower !== 'to')) second = `${text.slice(0, tokens[verb].end)} ${text.slice(next.start)}`
    if (!second) continue
    const clauses = [before, second]
    if (clauses.some((clause) => words(clause) < 5 || !isCompleteThought(clause))) return []
    return clauses.map((clause) => `${capitalise(clause.replace(/[,;]$/, ''))}.`)
  }
  return []
}

/**
 * Whether `tokens[at]` is a verb that can carry a clause: not a participle or gerund standing for
 * a clause cut short (`the work being done`; `the fund set up in 2019` stays a verb: the tagger
 * cannot tell it from a past tense), not an infinitive after `to`, not `like` as in `just like Paris`.
 */
function isFiniteVerbAt(tokens: Token[], at: number): boolean {
  const token = tokens[at]
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false
  if (/^(?:being|been|having)$/.test(token.lower) || /ing$/.test(token.lower)) return false
  const before = tokens[at - 1]?.lower
  // `just like Paris`: the tagger's verb `like` is a preposition unless a pronoun says it (`we would like`)
  if (token.lower === 'like' && !['PRON', 'AUX'].includes(tokens[at - 1]?.pos ?? '')) return false
  return before !== 'to' && before !== 'being' && before !== 'been' && before !== 'having'
}

/**
 * Whether a text is a clause of its own: its first verb carries a clause (`ministers will …`), not an
 * infinitive's (`a date to be set`), and has a subject before it (not a participle first, `financed by …`).
 */
function firstVerbIsFinite(text: string): boolean {
  const tokens = tokensOf(text)
  const at = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX')
  return at > 0 && isFiniteVerbAt(tokens, at)
}

/**
 * Whether what a cut left off goes on with its subject's verb: a comma and an auxiliary (`, were:`), or
 * an aside without a verb of its own, its closing comma and a finite verb (`, absent from most of the range
 * for a century, began to return …`). The text before the cut is then a subject without its predicate.
 * @param kept the text before the cut
 * @param rest the text after the cut
 * @returns whether a verb resumes after the comma or the aside
 */
function verbAfterAside(kept: string, rest: string): boolean {
  const aside = /^,\s+(?:([^,;:()]{1,120}),\s+)?(?=\p{Ll})/u.exec(rest)
  if (!aside || (aside[1] !== undefined && hasFiniteVerb(aside[1]))) return false
  // (after an aside, only a subject still waiting for its verb: none in the text kept, or none in its last clause, `… after wolves`; not `…, with a staff of 25, paid by the host country`)
  const open = /\b(?:after|before|when|while|until|since|because|although|though|once|unless|if|whereas|where|that|which|who)\s+([^,;]*)$/i.exec(kept)
  if (aside[1] !== undefined && hasFiniteVerb(outsideRelatives(kept)) && !(open && !hasFiniteVerb(open[1]))) return false
  const tokens = tokensOf(rest.slice(aside[0].length, aside[0].length + 60))
  // (right after the comma only an auxiliary says the verb resumes: `, carried 7.2 million passengers` goes on with a list of verbs, `, paid by …` with a participle)
  return tokens.length > 0 && isFiniteVerbAt(tokens, 0) && (aside[1] !== undefined || /^(?:is|are|was|were|will|shall|must|can|could|would|should|may|might|has|have|had|remains?|remained)$/.test(tokens[0].lower))
}

/** Whether text has a verb that can carry a clause (see `isFiniteVerbAt`). */
export function hasFiniteVerb(text: string): boolean {
  const tokens = tokensOf(text)
  return tokens.some((_, at) => isFiniteVerbAt(tokens, at))
}

/**
 * A long subject cut to its core, then its predicate: the subject up to a noun within its first
 * seven words, before any comma (`The work being done behind the scenes`), and the text from the
 * main verb on, itself made to fit. Undefined when the verb opens the sentence or nothing fits.
 */
function subjectAndPredicate(text: string, max: number): string | undefined {
  const tokens = tokensOf(text)
  // (the main verb: not that of a relative clause in the subject, `Every driver who carries passengers …, | will need`)
  const verb = tokens.findIndex((_, at) => isFiniteVerbAt(tokens, at) && !inRelativeClause(tokens, at))
  if (verb < 2) return undefined
  let core = -1
  for (let at = 0; at < verb && at < 7; at++) {
    if (tokens[at].text === ',' || /^(?:that|which|who|whom|whose)$/.test(tokens[at].lower)) break
    // (the core may stop before the subject's relative clause, whose verb is not the sentence's: `Every driver | who carries …, will need`)
    if ((tokens[at].pos === 'NOUN' || tokens[at].pos === 'PROPN') && (cleanCutBefore(tokens, at + 1) || (verb > at + 2 && /^(?:who|which|whose|whom)$/.test(tokens[at + 1]?.lower ?? '')))) core = at
  }
  if (core < 1) return undefined
  const subject = text.slice(0, tokens[core].end)
  const predicate = shortenClause(text.slice(tokens[verb].start), max - subject.length - 1)
  const joined = `${subject} ${predicate}`
  return joined.length <= max && words(joined) <= POINT_WORDS && hasFiniteVerb(joined) && !danglingTail(joined) ? joined : undefined
}

/** Whether a token stands in a relative or subordinate clause: a `who`, `which`, `whether` … (`SUBORDINATE_BEFORE_MAIN`) or a purpose's `so that`, `in order that` before it since the last comma. */
function inRelativeClause(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    if (tokens[at].text === ',' || tokens[at].text === ';') return false
    if (SUBORDINATE_BEFORE_MAIN.test(tokens[at].lower)) return true
    // (`open a station in Tüp, so that makers no longer have to …`: `have` is the purpose's verb, not the decision's)
    if (tokens[at].lower === 'that' && /^(?:so|order)$/.test(tokens[at - 1]?.lower ?? '')) return true
  }
  return false
}

/** Words that open a relative or subordinate clause inside a subject, before the main verb (`Every driver who carries …, whether booked …, will need`). */
const SUBORDINATE_BEFORE_MAIN = /^(?:who|which|whose|whom|whether|if|when|while|although|though|because|unless|once)$/

/** English text without its relative and subordinate clauses (`who carries passengers for hire`, `whether booked in the street`), each up to the next comma: what stays says whether the main clause has its verb. */
function outsideRelatives(text: string): string {
  return text.replace(new RegExp(`\\b(?:${SUBORDINATE_BEFORE_MAIN.source.slice(4, -2)})\\s[^,;]*`, 'gi'), '')
}

/** French connectives that only number the decisions, at a sentence's start (`En premier lieu, `, `Enfin, `). */
const FRENCH_SEQUENCE_LEAD_IN = /^(?:en\s+(?:premier|deuxième|second|troisième|quatrième|cinquième|dernier)\s+lieu|premièrement|deuxièmement|troisièmement|(?:tout\s+)?d['’]abord|ensuite|enfin)\s*,\s+/iu

/** A French auxiliary or copula, the verb a cut must not end on (`… souscrites par les viticulteurs est`). */
const FRENCH_AUXILIARY_AT_END = /(?<!\p{L})(?:est|sont|sera|seront|serait|a|ont|aura|auront|doit|doivent|devra|devront|peut|peuvent|pourra|pourront|va|vont|fait|font)$/iu

/** Whether French text has a finite verb (`FRENCH_FINITE_VERB_STRICT`), a clause that opens on `Nous` read as `nous` (the pattern's `nous …ons` is in lower case). */
function frenchFiniteVerbIn(text: string): boolean {
  return FRENCH_FINITE_VERB_STRICT.test(text.replace(/^Nous(?=\s)/u, 'nous'))
}

/** Whether a clause ends on an auxiliary or a modal, its verb still to come (`… should`, `… seront`). */
function endsOnAuxiliary(text: string): boolean {
  return FRENCH_AUXILIARY_AT_END.test(text) || /\b(?:will|shall|should|must|can|could|would|may|might|is|are|was|were|has|have|had|be|been|do|does|did)$/i.test(text)
}

/** French relative clauses up to the next comma (`dont les pertes dépassent le seuil`): what stays says whether the main clause kept its verb. */
const FRENCH_RELATIVE = /(?<!\p{L})(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)(?!\p{L})[^,;]*/giu

/** Whether a French cut point lost its main clause's verb: it ends on an auxiliary, or its only finite verbs are in relative clauses. */
function frenchVerbLost(text: string): boolean {
  return FRENCH_AUXILIARY_AT_END.test(text) || (FRENCH_FINITE_VERB_STRICT.test(text) && !FRENCH_FINITE_VERB_STRICT.test(text.replace(FRENCH_RELATIVE, '')))
}

/**
 * A French sentence whose subject is long, as its subject's core and its predicate: the subject up to its relative
 * clause (`les exploitants non assurés | dont les pertes dépassent …`) or, with none, up to its first complement after
 * three words (`le taux de prise en charge | par l’État des primes …`), then the text from the main verb on
 * (`recevront une avance …`, `est porté à 75 %…`). Undefined when no such verb or core is found.
 */
function frenchSubjectAndPredicate(text: string): string | undefined {
  const verbs = [...text.matchAll(new RegExp(FRENCH_FINITE_VERB_STRICT.source, 'gu'))]
  if (!verbs.length) return undefined
  const relative = /(?<!\p{L})(?:qui|dont|où)(?!\p{L})/iu.exec(text)
  let core: string
  let verb: RegExpExecArray | RegExpMatchArray | undefined
  if (relative && relative.index < (verbs[0].index ?? 0)) {
    core = text.slice(0, relative.index)
    verb = verbs[1]
  } else {
    verb = verbs[0]
    const subject = text.slice(0, verb.index)
    const complement = /^(?:\S+\s+){3,}?(?=(?:par|pour|avec|dans|sur|souscrite?s?|prévue?s?|accordée?s?)\s)|^[^,]*?(?=,)/iu.exec(subject)
    core = complement ? complement[0] : subject
  }
  if (!verb || verb.index === undefined) return undefined
  core = core.trim().replace(/[\s,]+$/, '')
  if (words(core) < 2 || words(core) > 8 || /,/.test(core) || FRENCH_FINITE_VERB_STRICT.test(core)) return undefined
  return `${core} ${text.slice(verb.index)}`
}

function verbBefore(tokens: Token[], index: number): boolean {
  for (let at = 0; at < index; at++) if (tokens[at].pos === 'VERB' || tokens[at].pos === 'AUX') return true
  return false
}

function hasVerb(text: string): boolean {
  return tokensOf(text).some((token) => token.pos === 'VERB' || token.pos === 'AUX')
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * Shorten text to at most `max` characters: at a clause boundary when one is near, else at a
 * word boundary, ending in `…`.
 * @param text the text
 * @param max largest length
 * @returns the text, or a shortened copy
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '), cut.lastIndexOf(' — '))
  const end = clause >= max * 0.6 ? clause : cut.lastIndexOf(' ') > max * 0.5 ? cut.lastIndexOf(' ') : max - 1
  return `${cut.slice(0, end).replace(/[\s,;:–—-]+$/, '')}…`
}

/**
 * Text whose quotation marks pair up: a mark whose partner was cut off (`« Nous agirons ensemble`,
 * `“Clean water is security`) goes, so no slide shows an unmatched `«` or `“`.
 * @param text a point or a step
 * @returns the text, its unmatched marks stripped
 */
export function balanceQuotes(text: string): string {
  let result = text
  for (const [open, close] of [['«', '»'], ['“', '”']]) {
    const opens = result.split(open).length - 1
    const closes = result.split(close).length - 1
    if (opens === closes) continue
    // strip every mark of the pair when they do not match: what is left reads as reported speech
    result = result.split(open).join('').split(close).join('').replace(/[\s\u00a0\u202f]{2,}/g, ' ').replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+(?=[.!?]?$)/g, '')
  }
  return result
}

/** The words of a text, lower case, for telling whether two texts say the same. */
function plainWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Whether a point says again the title over it (`Une déchetterie neuve à Pleyben.` under `Déchetterie neuve à
 * Pleyben`, a numbered heading read both as title and body): the title holds the point, or the point holds the
 * title and adds at most a fifth to it (`Fees on grain` over a point on fees on grain is no repeat), as the
 * report of slide points counts it.
 * @param point the point
 * @param title the slide's title
 */
export function repeatsTitle(point: string, title: string): boolean {
  // (an article first is no word of its own: `Des horaires élargis.` under `Horaires élargis`)
  const article = /^(?:a|an|the|un|une|des|les?|la|l)\s+/
  const plain = plainWords(point).replace(article, '')
  const heading = plainWords(title).replace(article, '')
  if (!plain || !heading) return false
  return heading.includes(plain) || (plain.includes(heading) && heading.split(' ').length >= 0.8 * plain.split(' ').length)
}

/**
 * A point without a run-in label that names its slide's title again (`Carbon credits — Partners agreed …` under
 * `Carbon credits`, `Kiln standard — All kilns …` under `Kiln`): the clause after the dash, as its own sentence.
 * A label that says something else (`Quality label — …` under `Tests for heavy metals`) stays.
 * @param point the point
 * @param title the slide's title
 * @returns the point, its label dropped when it repeats the title
 */
export function withoutTitleLabel(point: string, title: string): string {
  const label = /^([^—–:]{1,60}?)\s+[—–]\s+(?=\p{Lu})/u.exec(point)
  if (!label || words(label[1]) > 6 || words(point.slice(label[0].length)) < 4) return point
  const named = plainWords(label[1])
  const heading = plainWords(title)
  return heading && (named.includes(heading) || heading.includes(named)) ? point.slice(label[0].length) : point
}

/**
 * Whether a point repeats a text shown elsewhere in the deck (the key message): one holds the other, word for word.
 * @param point the point
 * @param shown the text already shown
 */
export function repeats(point: string, shown: string | undefined): boolean {
  if (!shown) return false
  const a = plainWords(point)
  const b = plainWords(shown)
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a))
}
