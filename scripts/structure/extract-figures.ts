import createDebug from 'debug'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {MEASURE_SIZE_UNITS, DELEGATION_NOUNS, COLLECTIVE_NOUNS, SIZED_BODIES, EARLIER_QUALIFIERS, EXTENT_WORDS, PASSING_VERBS, TARGET_VERBS, TIME_ADVERBS, ACTION_NOUNS, ADDING_WORDS, AMOUNT_HEADS, ATTENDANCE_VERBS, IRREGULAR_PARTICIPLES, UNDESCRIPTIVE_VERBS, CHANGE_VERBS, DOWN_WORDS, ENGLISH_FUNCTION_WORDS, FOREIGN_FUNCTION_WORDS, GENERIC_BODIES, HEADCOUNT_NOUNS, IRREGULAR_PLURALS, LABEL_TAIL_WORDS, LINKING_VERBS, MEETING_PHRASES, NOW_WORDS, PERSON_NOUNS, QUALIFIERS, TIME_UNITS, UP_WORDS, PLACE_ACTIVITY_VERBS, ACTIVITY_PLACES, COUNTED_PLACES, COUNTED_NOUN_END, WEAK_LABEL, FRAGMENT_LABEL, LABEL_ASIDES, TIME_CHANGE_VERBS, MEMBERS_OF_LONG_NAME, FORECAST_PARTICIPLES, TIME_BEFORE, MEETING_VERB, INTRANSITIVE_VERBS, TALLY_NOUNS, COST_MAKING_VERBS, COST_MAKING_NOUNS, COST_WORKS_VERBS, FITTING_VERBS} from './english.js'
import {withoutForWhom} from './for-whom.js'
import {FRENCH_MEMBER_LABEL} from './french.js'
import {isNumberWord} from './number-words.js'
import {bareNoun} from './weak-label.js'
import {quantitiesOf, totalOfTime, hoursOfWork, verbBeforeEvents, totalOfEach, overAStretch, type Quantity} from './quantities.js'
import {readingOf} from './language.js'
import {fragmentOf} from './fragment-label.js'
import {patternFiguresIn} from './pattern-figures.js'
import {figureRowsOf, rowFigure} from './figure-rows.js'
import {notAFigure} from './not-figures.js'
import {withWholeText} from './currency-names.js'
import type {KeyFigure} from './readout.js'
import {joinNames, normaliseSpace, splitNames, splitSentences} from './text.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'
import {tokensOf, type Token} from './tokens.js'
import {candidatesOf, chunksAfter, passiveChunk, type Candidate, type Chunk} from './label-candidates.js'
import {chooseByRules} from './label-scorer.js'
import {repairTags} from './repair-tags.js'
import {pastParticiple} from './verb-forms.js'
import {namesJoinedBeforeHead} from './joined-names.js'
import {adjectivePhraseEnd, isInSubject, isPastParticiple, isPresentParticiple, joinedNounEnd, partOfYearEnd, narrowsNounBefore, subjectModifiersEnd} from './noun-phrase-extent.js'

const debug = createDebug('briefing-pack:figures')

const WELCOMED = /\bwelcomed\s+(.+?)\s+(?:in)?to\s+(?:our|the)\s+([\p{Lu}][\p{L}-]*|coalition|alliance|partnership|group|network)/iu
/** `Sri Lanka, Mali and Burkina Faso also came to observe our discussions`: a sentence that opens on the observers' names alone (no count, no other clause before them). */
const OBSERVERS = /^([^;:\d]+?)\s+(?:also\s+)?(?:came|attended|joined(?:\s+us)?)\s+(?:to observe|as observers?)\b/i
/**
 * Extract key figures: amounts of money, percentages, counts of things (`80 international
 * partners`, `Thirty-one delegations`), sizes (`a 12-member Coalition back in 2014`), changes
 * over time as one figure (`from 14 to 52 laboratories since 2021`) and new members welcomed,
 * each with what it counts and the sentence it comes from. Dates and years are not figures, nor
 * the observers a text names (an editor does not count them); the same fact is not taken twice.
 */
const extractFigures: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const reading = readingOf(file)
    // A language the English model does not tag is read by its patterns.
    const read = reading.figures ? (sentence: string) => patternFiguresIn(sentence, reading.figures!, reading.calendar) : figuresIn
    let budget = READ_BUDGET
    // The dateline is read too (`… met in The Hague with its 39 member jurisdictions. Thirty-one delegations took part.`): its dates are never figures.
    // (a line of the sitting's procedure is not read: `Vote: 5 in favour, 1 abstention` counts no fact of the meeting)
    const paragraphs = paragraphsOf(tree).filter((paragraph) => !paragraph.data?.procedure)
    // A pasted table's rows and a short `label: value` list are read row by row, not as sentences (`figure-rows`).
    const rows = figureRowsOf(paragraphs.map((paragraph) => textOf(paragraph)))
    const texts = paragraphs.map((paragraph) => paragraph.data?.role === 'pillar' ? textOf(paragraph).slice(textOf(paragraph).indexOf(':') + 1) : textOf(paragraph))
    // Then the notes to editors and `About …` boilerplate set aside with the tail: an editor lists their
    // figures (`It now has 21 members and 35 private partners`); a contact line was dropped, never read.
    texts.push(...(file.data.tail?.editorNotes ?? []))
    // (a currency that several countries name, `dinars`, finds its country in the whole text when its sentence names none)
    withWholeText(texts.join('\n'), () => {
      for (const [index, text] of texts.entries()) {
        const figures = (rows.get(index) ?? []).map((row) => rowFigure(row, reading.figures !== undefined)).filter((figure) => figure !== undefined)
        if (figures.length > 0) {
          for (const figure of figures) addFigure(readout.figures, {...figure, sentence: normaliseSpace(textOf(paragraphs[index]))})
          continue
        }
        let previous = ''
        for (const sentence of splitSentences(normaliseSpace(text))) {
          if (MAY_HAVE_NUMBER.test(sentence.text)) budget -= sentence.text.length
          if (budget < 0 || readout.figures.length >= MAX_FIGURES) {
            debug('%s: stopped reading figures after %d characters', file.path, READ_BUDGET)
            return
          }
          // (a page count, a fineness, a number to call, the whole of an attendance are no figures: `not-figures`)
          for (const figure of reading.figures ? read(sentence.text) : figuresIn(sentence.text, previous)) if (!notAFigure(figure)) addFigure(readout.figures, figure)
          previous = sentence.text
        }
      }
    })
  }
}

/** Characters of sentences with numbers read for figures: a readout has a few thousand; this bounds a hostile source's time. */
const READ_BUDGET = 100_000
/** Characters of one sentence read for figures: a prose sentence has a few hundred; longer is a table or a hostile run. */
const MAX_SENTENCE = 5_000
/** Figures kept at most (the deck shows six, the brief a dozen). */
const MAX_FIGURES = 60
/** A digit or a number word: sentences without one have no figure and are not given to the model. */
const MAY_HAVE_NUMBER = /\d|\b(?:two|three|four|five|six|seven|eight|nine)\b|\b(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|trillion|dozen)\b/i
export default extractFigures

/**
 * The figures of one sentence, in the order they appear.
 * @param sentence one sentence of the source
 * @param previous the sentence before it in its paragraph, where `such fees` may find what fees
 * @returns the figures found
 */
export function figuresIn(sentence: string, previous = ''): KeyFigure[] {
  const found: Array<KeyFigure & {at: number}> = []
  const taken: Array<[number, number]> = []
  // the tokens `such` looks back in, read once per sentence and only when asked
  const context: {sentence?: Token[]; previous?: Token[]} = {}
  const take = (at: number, end: number, value: string, label: string) => {
    const tidy = wholeFirstWord(spelledAsIn(resolveSuch(withoutMembersPlace(tidyLabel(label)), at, sentence, previous, context), sentence), sentence)
    if (!tidy || taken.some(([start, stop]) => at < stop && end > start)) return
    taken.push([at, end])
    found.push({at, value, label: tidy, sentence})
  }
  // The name lists are read in sentences of a normal length only (their patterns look far ahead).
  const short = sentence.length <= 1000
  const welcomed = short ? WELCOMED.exec(sentence) : null
  // only names welcomed make the count (`welcomed Chad and Niger to the Group`); `welcomed the accession of …` counts nothing the text numbers
  if (welcomed && !/[\d\p{Sc}]/u.test(welcomed[1]) && /^\p{Lu}/u.test(welcomed[1])) {
    const names = splitNames(welcomed[1])
    take(welcomed.index, welcomed.index + welcomed[1].length + 9, `+${names.length}`, `${names.length === 1 ? 'new member' : 'new members'}: ${joinNames(names)}`)
  }
  const observers = short ? OBSERVERS.exec(sentence) : null
  // (only names are counted: `Development partners, regional agencies and church leaders attended as observers` lists kinds of observers, no names)
  const observerNames = observers && !isNumberWord(observers[1].split(/[\s-]/)[0].toLowerCase()) ? splitNames(observers[1].replace(/^(?:and|also|representatives of|delegations from)\s+/i, '')) : []
  if (observers && observerNames.length > 0 && observerNames.every((name, at) => /^\p{Lu}/u.test(name) && (at > 0 || !/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(name)))) {
    const names = observerNames
    take(observers.index, observers.index + observers[0].length, String(names.length), `${names.length === 1 ? 'observer' : 'observers'}: ${joinNames(names)}`)
  }
  if (!MAY_HAVE_NUMBER.test(sentence)) return found.map(({at: _at, ...figure}) => figure)
  // The model reads only the head of a very long "sentence" (a pasted table, a run of `$1 `): its figures are there, and the time stays linear.
  const text = sentence.length > MAX_SENTENCE ? sentence.slice(0, Math.max(sentence.lastIndexOf(' ', MAX_SENTENCE), MAX_SENTENCE / 2)) : sentence
  const tokens = repairTags(tokensOf(text))
  const english = looksEnglish(tokens)
  const quantities = quantitiesOf(tokens, text).filter((quantity) => english || quantity.kind !== 'count')
  const used = new Set<Quantity>()
  const span = (quantity: Quantity): [number, number] => [tokens[quantity.from].start, tokens[quantity.to - 1].end]
  for (const [index, quantity] of quantities.entries()) {
    if (used.has(quantity)) continue
    // `$2 billion, equivalent to 3% of output`: the same fact in another measure, listed once
    if (index > 0 && restates(tokens, quantities[index - 1], quantity)) continue
    // `nine forms for nine donors`: the same number again, one for each, is no second fact
    if (index > 0 && oneForEach(tokens, quantities[index - 1], quantity)) continue
    // `a budget of US$6.4 million for 2026, up 4 percent on 2025`: the size of the amount's change is part of its fact
    if (index > 0 && sizeOfChange(tokens, quantities[index - 1], quantity)) {
      // `…, up 4 percent on 2025`: a change measured on its base is a fact of its own, labelled by the change and its base
      const base = baseOfChange(tokens, quantity)
      if (base) take(...span(quantity), quantity.value, `${/\b(?:down|fall|drop|decline|decrease|cut|reduction)\b/i.test(tokens.slice(quantities[index - 1].to, quantity.from).map((token) => token.lower).join(' ')) ? 'decrease' : 'increase'} ${base}`)
      continue
    }
    // `prices ranging from US$2,100 to US$6,800`: the two ends of a spread, not a change over time
    const spread = spreadAt(tokens, quantities, index)
    if (spread) {
      used.add(spread.upper)
      take(...span(quantity), quantity.value, `lowest ${spread.what}`)
      take(...span(spread.upper), spread.upper.value, `highest ${spread.what}`)
      continue
    }
    const part = partOf(tokens, quantities, index, text)
    if (part) {
      for (const figure of part) {
        used.add(figure.quantity)
        take(...span(figure.quantity), figure.quantity.value, figure.label)
      }
      continue
    }
    const change = changeOf(tokens, quantities, index, text)
    if (change) {
      used.add(change.earlier).add(change.later)
      const [at] = span(change.earlier.from < change.later.from ? change.earlier : change.later)
      // the span of both values, or of each when a fact of its own stands between them
      const between = quantities.some((other) => !used.has(other) && other.from > Math.min(change.earlier.from, change.later.from) && other.from < Math.max(change.earlier.from, change.later.from))
      take(between ? span(change.later)[0] : at, between ? span(change.later)[1] : span(change.earlier.from < change.later.from ? change.later : change.earlier)[1], change.later.value, withRateBase(tokens, change.later, text, labelOf(tokens, change.later, text, change.label)))
      if (between) taken.push(span(change.earlier))
      continue
    }
    // `40 members, and 27.4% of them are women`: a share of the count before it
    // `40 berths, half of them paid for by …`: a share in words is always a part of the count before it
    const shareInWords = quantity.kind === 'percent' && quantity.words ? partOfThem(tokens, quantity, text)?.replace(/^/, 'of ') : undefined
    const label = shareInWords ?? nameAfterColon(tokens, quantity, text) ?? (quantity.kind === 'count' ? countLabel(tokens, quantity, text) ?? timeOfChangeLabel(tokens, quantity, text) : boughtFor(tokens, quantity, text) ?? amountLabel(tokens, quantities, quantity, text) ?? (quantity.kind === 'percent' ? partOfThem(tokens, quantity, text) : undefined) ?? amountAnyway(tokens, quantity, text)) ?? (quantity.kind === 'count' ? (partOfThoseBefore(tokens, quantity, text, previous, context) ?? numberNamedBefore(tokens, quantity, text, previous, context) ?? objectNamedBefore(tokens, quantity, text, previous, context)) : undefined)
    // an amount is always listed: a label that is only its time (`at US$4.6 million for 2027`) gives way to what the clause sets at it
    // `… have grown from 14 to 52, and ministers agreed to bring that number to 80`: the number counted just before, brought to a new value
    // (and a label that is a fragment, only its rate: `year` of `at US$3.1 million a year`, is read again; labels8)
    // `backed by the Harlan Trust ($8M)`: an amount in brackets after a noun phrase is that noun's amount (`amountInBrackets`)
    let kept = (!label && quantity.kind === 'money' ? amountInBrackets(tokens, quantity, text) ?? amountInApposition(tokens, quantity, text) : undefined) ?? (label && quantity.kind === 'money' && !tidyLabel(label) ? amountAnyway(tokens, quantity, text) : label && quantity.kind === 'money' && isFragment(label, quantity, text) ? [amountAnyway(tokens, quantity, text)].find((other) => other && !isFragment(other, quantity, text)) ?? label : label) ?? rowLabel(tokens, quantity, text) ?? (numberBroughtAgain(tokens, quantity) ? found.findLast((figure) => !/%$/.test(figure.value))?.label.replace(/,\s*(?:(?:up|down)\s+from|against)\s.*$/, '').concat(timeAfter(tokens, quantity.to, text)) : undefined)
    // `a US$5 million grant from the Fund`: a bare noun that holds the amount keeps what the sentence says of it
    if (kept && quantity.kind === 'count') kept = unitWithVerb(tokens, quantity, text, kept) ?? kept
    if (kept) take(...span(quantity), quantity.value, membersAlone(labelOf(tokens, quantity, text, (quantity.kind !== 'count' ? holderWithPhrase(tokens, quantity, text, kept) : undefined) ?? kept), quantity))
    // `contributions of US$45 million, US$30m and US$20 million`: an amount in a list of amounts is of the same things as the one before it
    else if (index > 0 && inListAfter(tokens, quantities[index - 1], quantity)) {
      const [start] = span(quantities[index - 1])
      const before = found.find((figure) => figure.at === start)
      if (before) take(...span(quantity), quantity.value, before.label)
    }
  }
  return withoutAsides(found.sort((a, b) => a.at - b.at).map(({at: _at, ...figure}) => figure), sentence, previous)
}

/**
 * What a value that opens its line is, when a colon follows it and a short name closes the line (`ISK 2,900: average entry
 * price`, `12%: share of imports`, `€40,000 : aide par atelier`): the line is a row of a list of figures written value
 * first, and the words after the colon are its label. `undefined` for any other value.
 */
function nameAfterColon(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens.slice(0, quantity.from).some((token) => token.pos !== 'PUNCT' && token.pos !== 'X' && token.pos !== 'SYM') || tokens[quantity.to]?.text !== ':') return undefined
  const name = sentence.slice(tokens[quantity.to].end).trim().replace(/[.;]$/, '').trim()
  if (!/^\p{L}/u.test(name) || name.split(/\s+/).length > MOST_NAME_WORDS || /[.:;!?]/.test(name)) return undefined
  return /^\p{Lu}\p{Ll}/u.test(name) && !/^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(name) ? name[0].toLowerCase() + name.slice(1) : name
}

/** Most words of a name after a value and its colon: a longer one is a sentence. */
const MOST_NAME_WORDS = 12

/**
 * A label whose first word the sentence writes only as the end of a hyphenated word starts on the
 * whole word (`artisanal and small-scale miners`: `scale miners` → small-scale miners); any other label as it is.
 */
function wholeFirstWord(label: string, sentence: string): string {
  // (`-Alpine Freight Fund`: a label cut right after the word before the hyphen)
  const rest = label.replace(/^-(?=\p{L})/u, '')
  const first = /^[\p{L}\d]+/u.exec(rest)?.[0]
  if (!first) return label
  const word = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (new RegExp(`(?<![\\p{L}\\d-])${word}(?![\\p{L}\\d])`, 'u').test(sentence)) return label
  const whole = new RegExp(`(?<![\\p{L}\\d-])((?:[\\p{L}\\d]+-)+)${word}(?![\\p{L}\\d])`, 'u').exec(sentence)
  return whole ? `${whole[1]}${rest}` : label
}

/** A count's label of a named body's members as the members alone (`the seven member countries of the Coastal Fisheries Council` → member countries; `MEMBERS_OF_LONG_NAME`); any other label as it is. */
function membersAlone(label: string, quantity: Quantity): string {
  return quantity.kind === 'count' ? label.replace(MEMBERS_OF_LONG_NAME, '$1') : label
}

/**
 * An amount whose label is a fragment (`combined`, `year`) read again from its sentence without the
 * words that stand between it and what it is of (`LABEL_ASIDES`: `a combined`, a participle clause
 * between commas); the amount keeps its own label when the shorter sentence does no better.
 */
function withoutAsides(figures: KeyFigure[], sentence: string, previous: string): KeyFigure[] {
  const broken = (figure: KeyFigure) => /\d/.test(figure.value) && !/%/.test(figure.value) && /[^\d\s.,]/.test(figure.value.replace(/ (?:million|billion|thousand|trillion)$/, '')) && labelFragment(figure.label, figure.value, sentence)
  if (!figures.some(broken)) return figures
  for (const aside of LABEL_ASIDES) {
    const shorter = sentence.replace(aside, (words) => (words.startsWith(',') ? ' ' : ''))
    if (shorter === sentence) continue
    const again = figuresIn(shorter, previous)
    figures = figures.map((figure) => {
      const other = broken(figure) ? again.find((candidate) => candidate.value === figure.value) : undefined
      return other && !broken({...other, value: figure.value}) ? {...figure, label: other.label} : figure
    })
  }
  return figures
}

/**
 * A unit alone (`tonnes`, `tonnes in 2025`) keeps what its sentence does to it: the participle of the
 * verb whose object it is (`sold 7,000 tonnes in 2025` → tonnes sold in 2025, `, covering 800
 * kilometres` → kilometres covered), or the present participle after it with its phrase (`the 15
 * gigawatts now operating in the Baltic`). A verb of holding or reaching says how many, not what
 * is done, and adds nothing.
 */
function unitWithVerb(tokens: Token[], quantity: Quantity, sentence: string, label: string): string | undefined {
  if (fragmentOf(label.replace(WEAK_LABEL.comparison, ''), quantity.value, sentence, FRAGMENT_LABEL) !== 'unit alone') return undefined
  let end = quantity.to
  while (end < tokens.length && FRAGMENT_LABEL.unit.test(tokens[end].lower)) end++
  if (end === quantity.to) return undefined
  const unit = slice(sentence, tokens, quantity.to, end)
  if (!label.startsWith(unit)) return undefined
  // (after it: an adverb of now and a present participle, up to the next comma)
  let next = end
  if (/^(?:now|currently|already|still)$/.test(tokens[next]?.lower ?? '')) next++
  if (tokens[next]?.pos === 'VERB' && /ing$/.test(tokens[next].lower)) {
    let stop = next + 1
    while (stop < tokens.length && stop - next <= 6 && tokens[stop].pos !== 'PUNCT' && tokens[stop].pos !== 'CCONJ' && !/^(?:NUM|SCONJ)$/.test(tokens[stop].pos)) stop++
    return `${unit} ${slice(sentence, tokens, end, stop)}`
  }
  // (before it: the verb it is the object of, over `about`, `some`; not when an `of` phrase after the unit was cut off)
  if (tokens[end]?.lower === 'of') return undefined
  let verb = quantity.from - 1
  while (verb >= 0 && ((QUALIFIERS.has(tokens[verb].lower) && tokens[verb].lower !== 'by') || (/^(?:combined|joint)$/.test(tokens[verb].lower) && tokens[verb - 1]?.lower === 'a'))) verb -= tokens[verb].lower === 'combined' || tokens[verb].lower === 'joint' ? 2 : 1
  const act = tokens[verb]
  if (act?.pos !== 'VERB' || LINKING_VERBS.has(act.lower) || HOLDING_VERBS.test(act.lemma) || /^(?:reach|total|exceed|rise|fall|grow|increase|decrease|drop|climb|double|triple|be|become|remain|stand|amount|estimate|expect|need|require)$/.test(act.lemma)) return undefined
  return `${unit} ${IRREGULAR_PARTICIPLES[act.lemma] ?? pastParticiple(act.lemma)}${label.slice(unit.length)}`
}

/** Whether an English label is a fragment (`fragment-label.ts`: `a year`, `combined`, `to build`), its comparison set aside. */
function isFragment(label: string, quantity: Quantity, sentence: string): boolean {
  return labelFragment(label, quantity.kind === 'percent' ? '%' : quantity.value, sentence)
}

/** `fragmentOf` for English, leaving out `to` and one word, which the tags tell better here: `to schools` names where money goes, `to build` is a verb alone. */
function labelFragment(label: string, value: string, sentence: string): boolean {
  const kind = fragmentOf(label.replace(WEAK_LABEL.comparison, ''), value, sentence, FRAGMENT_LABEL)
  return kind !== undefined && kind !== 'verb alone'
}

/** What `setLabelRecorder` is given for each figure: its value, its sentence and its candidate labels. */
export interface LabelChoice {
  value: string
  sentence: string
  candidates: Candidate[]
}

let recordChoice: ((choice: LabelChoice) => void) | undefined

/**
 * Record the candidate labels of every figure read from now on (for `npm run fit-labels`, which
 * fits the label scorer on them), or stop recording.
 * @param recorder called once per figure, or `undefined` to stop
 */
export function setLabelRecorder(recorder: ((choice: LabelChoice) => void) | undefined): void {
  recordChoice = recorder
}

/**
 * The label of a figure: the rules' label, or a better candidate made from its counted noun phrase
 * and the phrases after it (`label-candidates.ts`), chosen by two general rules
 * (`chooseByRules`; a fitted linear scorer did worse under leave-one-case-out, see `npm run fit-labels`).
 * @param rule the label the rules made
 */
function labelOf(tokens: Token[], quantity: Quantity, sentence: string, rule: string): string {
  const head = headOf(tokens, quantity, sentence)
  if (!head) return rule
  const person = PERSON_NOUNS.test(tokens[head.to - 1].lower)
  const chunks = chunksAfter(tokens, head.to, sentence, person)
  // `5,000 samples tested each year`: a bare noun keeps the participle right after it, and its time
  const participle = rule.replace(/,\s*(?:(?:up|down)\s+from|against)\s.*$/, '') === head.text && chunks[0]?.kind === 'verb' ? participlePhrase(tokens, head.to, chunks) : undefined
  if (participle) return `${head.text} ${participle}${rule.slice(head.text.length)}`
  // `women own 21 percent of exporting small firms`: `owned by women` is a phrase the label may take
  let verb = quantity.from - 1
  while (verb > 0 && QUALIFIERS.has(tokens[verb].lower) && !/^(?:VERB|ADP|PART)$/.test(tokens[verb].pos)) verb--
  const act = tokens[verb]
  // a share is held by someone (`women hold 18% of seats` → `of seats held by women`), where a count held says only where it is
  const heldShare = quantity.kind === 'percent' && act?.lemma === 'hold'
  if (act?.pos === 'VERB' && !LINKING_VERBS.has(act.lower) && !CHANGE_VERBS[act.lemma] && (!UNDESCRIPTIVE_VERBS.has(act.lemma) || heldShare) && !/ing$/.test(act.lower) && !(tokens[verb - 1]?.pos === 'AUX' && tokens[verb - 1].lemma === 'be')) {
    const relative = /^(?:which|that|who)$/.test(tokens[verb - 1]?.lower ?? '') && tokens[verb - 2]?.text === ','
    const agent = relative ? nounPhraseBefore(tokens, verb - 2, sentence) : clauseSubject(tokens, verb, sentence)
    const ahead = /^(?:will|shall|to)$/.test(tokens[verb - 1]?.lower ?? '')
    // `the Observatory counts 320 stations`: a verb of holding says where they are, not what was done to them
    const named = agent && /^\p{Lu}/u.test(agent) && sentence.toLowerCase().includes(`the ${agent.toLowerCase()}`) ? `the ${agent}` : agent
    if (agent && (!HOLDING_VERBS.test(act.lemma) || heldShare) && !/^(?:we|they|it|ministers|members|leaders|partners|today|now|this year|last year)$/i.test(agent)) chunks.unshift(passiveChunk(`${ahead ? 'to be ' : ''}${pastParticiple(act.lemma)}`, ahead ? undefined : named))
  }
  const comparison = /,\s*(?:(?:up|down)\s+from|against)\s/.test(rule)
  const candidates: Candidate[] = []
  const seen = new Set<string>()
  for (const candidate of candidatesOf(rule, head.text, comparison ? chunks.filter((chunk) => chunk.kind !== 'time') : chunks, quantity.kind === 'percent')) {
    const label = tidyLabel(candidate.label)
    if (!label || seen.has(label)) continue
    seen.add(label)
    candidates.push({...candidate, label})
  }
  if (recordChoice) recordChoice({value: quantity.value, sentence, candidates})
  return chooseByRules(candidates) || rule
}

/**
 * A past participle right after a counted noun that narrows it, as its phrase and the time after
 * it (`samples tested each year`, `islands cleared since 2010`); not a verb of the clause with its
 * object (`14 members signed the agreement`). `undefined` when the noun is not followed by one.
 * @param at the token after the noun
 * @param chunks the phrases after the noun (`chunksAfter`)
 */
function participlePhrase(tokens: Token[], at: number, chunks: Chunk[]): string | undefined {
  const verb = tokens[at]
  if (verb?.pos !== 'VERB' || verb.lower === verb.lemma || /ing$/.test(verb.lower) || !isPastParticiple(verb)) return undefined
  // (`eight countries met in Dhaka`: who met is the meeting, not a kind of countries)
  if (verb.lemma === MEETING_VERB) return undefined
  // (a past tense with its object is the clause's verb)
  // (`tested each year`: a time is no object)
  const timeNext = /^(?:each|every|a|per|last|this|next)$/.test(tokens[at + 1]?.lower ?? '') && TIME_UNITS.test(tokens[at + 2]?.lower ?? '')
  if (/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[at + 1]?.pos ?? '') && !timeNext) return undefined
  const time = chunks[1]?.kind === 'time' ? ` ${chunks[1].text}` : ''
  // (the participle as written, without the `that` a past tense is given: `samples that tested …`)
  const phrase = chunks[0].text.replace(/^(?:that|who|which)\s+/, '')
  return phrase.startsWith(verb.text) ? `${phrase}${time}` : undefined
}

/**
 * The counted noun phrase of a figure and how a label writes it: `80 international partners`
 * gives `international partners`, `45% of the budget` gives `of the budget`, `$3 million in
 * grants` gives `in grants`, `a $4bn budget` gives `budget`. `undefined` when it has none.
 */
function headOf(tokens: Token[], quantity: Quantity, sentence: string): {text: string; to: number} | undefined {
  if (quantity.kind === 'count') {
    if (quantity.size || quantity.unit) return undefined
    const noun = countNoun(tokens, quantity)
    return noun ? {text: slice(sentence, tokens, noun.from, noun.to), to: noun.to} : undefined
  }
  const next = tokens[quantity.to]?.lower
  if ((next === 'of' || next === 'in') && !quantityStartsAt(tokens, quantity.to + 1)) {
    const phrase = nounPhraseAfter(tokens, quantity.to + 1)
    if (!phrase || /^(?:19|20)\d\d$/.test(tokens[quantity.to + 1].text)) return undefined
    let from = phrase.from
    const head = tokens[phrase.to - 1]
    if (quantity.kind === 'percent' && tokens[from].lower === 'the' && head.pos === 'NOUN' && /s$/.test(head.lower) && !tokens.slice(from, phrase.to).some((token) => /^['’]s?$/.test(token.text))) from++
    const written = slice(sentence, tokens, from, phrase.to)
    return {text: quantity.kind === 'percent' || next === 'in' ? `${next} ${written}` : written, to: phrase.to}
  }
  return undefined
}

/** Words at most in a label before its time (`in 2021`) or comparison. */
const LABEL_WORDS = 8
const POST_MODIFIER_START = /^(?:of|in|on|with|without|for|from|under|across|at|who|that|able|still|too|living|working|taking)$/

/**
 * Where the words that narrow a noun end: a prepositional phrase (`of offshore wind`), a
 * participle (`reached by vaccination campaigns`), a relative clause (`who returned`), up to
 * about eight words, stopping before a comma, a conjunction, another number or a year.
 */
function postModifierEnd(tokens: Token[], from: number, used: number): number {
  const first = tokens[from]
  if (!first) return from
  // `lakes judged most dangerous`, `objects already reported stolen`, `piers most at risk`: an adjective phrase after the noun narrows it
  const adjectival = adjectivePhraseEnd(tokens, from)
  if (adjectival > from && adjectival - from + used <= LABEL_WORDS) return adjectival
  // `staff already working in the sector`, `firms currently based in …`: an adverb of time before a participle goes with it
  const lead = TIME_ADVERBS.test(first.lower) && narrowsNounBefore(tokens, from + 1) ? 1 : 0
  // `people reached by …`, `households receiving …`; not the main verb (`delegations attended the talks`)
  const participle = lead === 1 || narrowsNounBefore(tokens, from)
  const relative = /^(?:who|that)$/.test(first.lower) && (['VERB', 'AUX'].includes(tokens[from + 1]?.pos ?? '') || (tokens[from + 1]?.pos === 'ADV' && tokens[from + 2]?.pos === 'VERB'))
  // `of the water that utilities treat`: a relative clause whose subject is another noun, whole, up to its verb
  const objectRelative = /^(?:that|which)$/.test(first.lower) ? objectRelativeEnd(tokens, from) : -1
  if (objectRelative > 0 && objectRelative - from + used <= LABEL_WORDS + 2) return objectRelative
  if (!participle && !relative && !(POST_MODIFIER_START.test(first.lower) && first.pos !== 'SCONJ')) return from
  // `14,200 reports that year`: `that` before a unit of time points at a time, it opens no relative clause
  if (first.lower === 'that' && TIME_UNITS.test(tokens[from + 1]?.lower ?? '')) return from
  let end = from
  let nouns = 0
  // where the phrase being read began: the first word, or a participle that narrows the noun before it
  let opened = from
  let inSubject: boolean | undefined
  // a participle after the phrase's noun may run a little past the word limit, to end its own phrase
  for (let index = from; index < tokens.length && index - from + used < LABEL_WORDS + (opened > from ? 3 : 0); index++) {
    const token = tokens[index]
    // `in drought-hit districts`: a hyphenated compound is one word, whatever the tag of its second part
    if (token.text === '-' && !token.spaced) {
      const part = tokens[index + 1]
      if (part && !part.spaced && /^(?:NOUN|PROPN|ADJ|VERB|NUM)$/.test(part.pos) && tokens[index - 1]?.pos !== 'PUNCT') {
        index++
        if (part.pos === 'NOUN' || part.pos === 'PROPN') nouns++
        end = index + 1
      }
      continue
    }
    // `of grain and oilseeds`, `over the river and its main tributaries`: a noun joined to the phrase's noun is of the phrase
    if (token.pos === 'CCONJ' && nouns > 0) {
      const joined = joinedNounEnd(tokens, index, tokens.slice(opened, index).findLast((word) => word.pos === 'ADP')?.lower, inSubject ??= isInSubject(tokens, from))
      // (the joined phrase ends the post-modifier: what follows is said of the whole, `to be stocked in district clinics`)
      if (joined > 0 && joined - from + used <= LABEL_WORDS) {
        end = joined
        break
      }
    }
    if (token.pos === 'PUNCT' || token.pos === 'SYM' || token.pos === 'CCONJ' || token.pos === 'SCONJ') break
    // (`against an expected minimum of 60,000`, `compared with …`: a comparison with another value opens, the phrase has ended)
    if (index > from && /^(?:against|compared|versus)$/.test(token.lower)) break
    if (quantityStartsAt(tokens, index) || (token.pos === 'NUM' && ['NOUN', 'ADJ'].includes(tokens[index + 1]?.pos ?? '')) || /^(?:19|20)\d\d$/.test(tokens[index + 1]?.text ?? '') && /^(?:in|by|since|until)$/.test(token.lower)) break
    // `of treated water lost to leaks`, `per tonne of methane kept out of the air`: a past participle after the noun of a phrase narrows it, with its own phrase
    if (index > from + lead && !relative && nouns > 0 && tokens[index - 1].pos === 'NOUN' && token.pos === 'VERB' && !/ing$/.test(token.lower) && narrowsNounBefore(tokens, index) && opened === from) {
      opened = index
      end = index + 1
      continue
    }
    if (index > from && (token.pos === 'ADP' || token.pos === 'PART') && nouns > 0 && tokens.slice(opened, index).filter((t) => t.pos === 'ADP').length >= 2) break
    // `able to sequence genomes`: an adjective that needs its verb keeps it and its object
    const needsVerb = /^(?:able|unable|ready|eligible|due|set)$/.test(first.lower) && tokens[from + 1]?.lower === 'to' && index === from + 2
    // `of drained peatland`, `of known reserves`: a past participle between a preposition or article and its noun is an adjective of that noun
    const attributive = token.pos === 'VERB' && isPastParticiple(token) && /^(?:ADP|DET)$/.test(tokens[index - 1]?.pos ?? '') && (/^(?:NOUN|ADJ)$/.test(tokens[index + 1]?.pos ?? '') || (tokens[index + 1]?.pos === 'PROPN' && /^\p{Ll}/u.test(tokens[index + 1].text)))
    if (index > from + lead && (token.pos === 'AUX' || token.pos === 'VERB') && !needsVerb && !attributive && !(relative && (index === from + 1 || (index === from + 2 && tokens[from + 1].pos === 'ADV')))) break
    if (token.pos === 'ADV' && !relative && !(lead && index === from) && ['VERB', 'AUX'].includes(tokens[index + 1]?.pos ?? '')) break
    if (NOW_WORDS.test(token.lower) || (tokens[index + 1] && NOW_WORDS.test(`${token.lower} ${tokens[index + 1].lower}`))) break
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      nouns++
      end = index + 1
    } else if (token.pos === 'VERB' || token.pos === 'ADV' || token.pos === 'ADJ') end = index + 1
    // `children under five`, `people over 65`: an age after its preposition
    else if (token.pos === 'NUM' && index === from + 1 && /^(?:under|over|below|above|aged)$/.test(tokens[from].lower) && !/^(?:19|20)\d\d$/.test(token.text)) end = index + 1
  }
  // a participle cut before its phrase ends (`of carbon dioxide kept`) goes, back to the phrase it narrows
  if (opened > from && end - opened < 2 && /^(?:ADP|ADV|PART|DET|ADJ|NOUN|PROPN)$/.test(tokens[end]?.pos ?? '')) end = opened
  // `1,240 flights carrying 96,000 passengers`: a participle whose object is the next figure says nothing alone
  if (participle && end === from + 1 + lead && quantityStartsAt(tokens, from + 1 + lead)) return from
  // the word limit does not cut a compound noun in two (`the Group's observer missions`)
  while (end > from && tokens[end - 1].pos === 'NOUN' && tokens[end]?.pos === 'NOUN' && end - from + used < LABEL_WORDS + 2) end++
  // nor a hyphenated modifier from its noun (`in drought-hit districts`)
  if (end - from > 2 && tokens[end - 2].text === '-' && !tokens[end - 2].spaced && tokens[end - 1].pos !== 'NOUN' && tokens[end]?.pos === 'NOUN' && end - from + used < LABEL_WORDS + 2) end++
  return end
}

/**
 * Where a relative clause whose subject is a noun phrase ends (`that utilities treat`, `which
 * member states host`): after its verb, and a particle; -1 when the words at `from` are not one, or
 * its verb has an object of its own.
 */
function objectRelativeEnd(tokens: Token[], from: number): number {
  let at = from + 1
  while (at < tokens.length && at - from < 5 && (/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[at].pos) || /^['’]s$/.test(tokens[at].text))) at++
  if (at === from + 1 || !['NOUN', 'PROPN'].includes(tokens[at - 1].pos)) return -1
  // `the grain that farmers store is lost`: a form of `be` right after the noun phrase is the main clause's
  if (tokens[at]?.pos === 'AUX' && tokens[at].lemma === 'be') return -1
  while (/^(?:AUX|ADV|PART)$/.test(tokens[at]?.pos ?? '') && at - from < 7) at++
  if (tokens[at]?.pos !== 'VERB') return -1
  at++
  if (/^(?:out|up|off|away|back|down)$/.test(tokens[at]?.lower ?? '')) at++
  // a verb with an object of its own is a clause of its own, not this noun's
  if (/^(?:DET|NOUN|PROPN|NUM)$/.test(tokens[at]?.pos ?? '')) return -1
  return at
}

/** The noun phrase a count counts (`80 international partners` → `international partners`). */
function countNoun(tokens: Token[], quantity: Quantity): {from: number; to: number} | undefined {
  let index = quantity.to
  if (quantity.size) return undefined
  let head = -1
  // `260 such cross-border installations`, `20 more laboratories`
  // `260 such cross-border installations`; `20 more laboratories` keeps `more` (the count adds to others)
  const adds = /^(?:more|new|further|additional)$/.test(tokens[index]?.lower ?? '')
  if ((adds || /^(?:such|other)$/.test(tokens[index]?.lower ?? '')) && tokens[index + 1]?.pos !== 'ADP') index++
  const start = adds && index > quantity.to ? index - 1 : index
  const hyphenAt = (at: number) => tokens[at]?.text === '-' && !tokens[at].spaced && tokens[at + 1] !== undefined && !tokens[at + 1].spaced
  for (; index < tokens.length && index < start + 7; index++) {
    const token = tokens[index]
    if (head >= 0 && /^(?:last|next|this|each|every|per|a)$/.test(token.lower)) break
    // `the five most exposed ports`: an adverb of degree before the head's adjective
    if (head < 0 && /^(?:most|least)$/.test(token.lower) && /^(?:ADJ|VERB)$/.test(tokens[index + 1]?.pos ?? '')) continue
    // `troop- and police-contributing countries`, `small- and medium-sized firms`: a hyphen left hanging before `and` shares the compound after it
    if (head < 0 && tokens[index + 1]?.text === '-' && !tokens[index + 1].spaced && /^(?:and|or)$/.test(tokens[index + 2]?.lower ?? '') && hyphenAt(index + 4) && !/^(?:PUNCT|NUM|CCONJ|DET)$/.test(token.pos)) {
      index += 2
      continue
    }
    // `small and medium-sized firms`, `longer-term permits`: a hyphenated compound is one modifier, whatever the tags of its parts
    if (hyphenAt(index + 1) && index > start - 1 && !/^(?:PUNCT|NUM|CCONJ|DET)$/.test(token.pos)) {
      index += 2
      if (tokens[index].pos === 'NOUN' || tokens[index].pos === 'PROPN') head = index
      continue
    }
    // `14 producing and consuming countries`, `5,000 seasonal and longer-term permits`: modifiers joined before the head
    // (`140 seismic and gas stations`: an adjective joined to a noun that modifies the plural head)
    if (head < 0 && token.pos === 'CCONJ' && index > start && /^(?:ADJ|VERB)$/.test(tokens[index - 1].pos) && (['ADJ', 'VERB'].includes(tokens[index + 1]?.pos ?? '') || hyphenAt(index + 2) || (tokens[index + 1]?.pos === 'NOUN' && tokens[index + 1].lower === tokens[index + 1].lemma && tokens[index + 2]?.pos === 'NOUN' && isPluralNoun(tokens[index + 2]) && tokens[index + 2].lower !== tokens[index + 2].lemma))) continue
    // `8,000 hotel and restaurant workers`: two nouns that modify one plural head, joined before it
    if (nounsJoinedBeforeHead(tokens, index, head, quantity)) continue
    // `10,000 bar, club and security staff`: a list of such nouns, parted by commas before its `and`
    if (nounListBeforeHead(tokens, index, head, quantity)) continue
    // `seven Andean and Pacific countries`: names of peoples or regions joined before the plural head (pending43)
    if (quantity.number !== 1 && namesJoinedBeforeHead(tokens, index, start)) continue
    const joined = token.text === '-' && !token.spaced && head >= 0
    if (joined || token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ') {
      if (token.pos === 'NOUN' || token.pos === 'PROPN') head = index
      continue
    }
    // a participle before the head is an adjective (`12 trained nurses`); after it, the clause's verb (`11 partners announced new …`)
    // (`eight paid apprenticeships`, `five rebuilt shelters`: an irregular past participle too)
    if (head < 0 && token.pos === 'VERB' && (/(?:ed|ing)$/.test(token.lower) || IRREGULAR_PARTICIPLES[token.lemma] === token.lower) && (['NOUN', 'ADJ'].includes(tokens[index + 1]?.pos ?? '') || tokens[index + 1]?.pos === 'CCONJ')) continue
    // the model's tag slips on compounds: `seasonal work permits/VERB last year`, `work permits/VERB a year`
    if (token.pos === 'VERB' && /[^s]s$/.test(token.lower) && tokens[index - 1]?.pos === 'NOUN' && !/s$/.test(tokens[index - 1].lower) && (!['DET', 'PRON', 'NUM', 'NOUN', 'PROPN'].includes(tokens[index + 1]?.pos ?? '') || rateAfter(tokens, index + 1))) {
      head = index
      continue
    }
    break
  }
  if (head < 0) return undefined
  // `3,100 villages lack water`: a verb the model took for a noun after a plural head (its object follows) is not the head
  if (quantity.number !== 1 && !/s$/.test(tokens[head].lower) && !IRREGULAR_PLURALS.has(tokens[head].lower)) {
    let plural = head - 1
    // (`12,000 people work/NOUN in fishing`: an irregular plural is a head too)
    const plainPlural = (token: Token) => /[^s]s$|ies$/.test(token.lower) || IRREGULAR_PLURALS.has(token.lower)
    // (`31 countries present count/NOUN their citizens`: an adjective after the plural is no head either)
    while (plural > start && !plainPlural(tokens[plural]) && /^(?:NOUN|ADJ)$/.test(tokens[plural].pos)) plural--
    if (plural >= start && plural < head && tokens[plural].pos === 'NOUN' && plainPlural(tokens[plural]) && /^(?:NOUN|ADJ)$/.test(tokens[plural + 1].pos)) head = plural
  }
  // A noun phrase ends at its head: `52 laboratories since …`, not at a following adjective.
  const noun = tokens[head].lower
  // (`310 gigawatt-hours`, `4,000 person-days`: a time joined by a hyphen to what it multiplies is a measure, not a duration)
  const measure = tokens[head - 1]?.text === '-' && !tokens[head - 1].spaced && !tokens[head].spaced && tokens[head - 2]?.pos === 'NOUN'
  // (`270 million days a year`: days or hours by the hundred thousand are counted, as `quantities.ts` keeps them)
  // (`for a total of 380 hours`: a time added up over many events is counted, as `quantities.ts` keeps it)
  // (`1,600 hours of bench work`: hours of an activity are counted, as `quantities.ts` keeps them)
  if (TIME_UNITS.test(noun) && !measure && quantity.magnitude < 1e5 && !totalOfTime(tokens, quantity) && !hoursOfWork(tokens, quantity)) return undefined
  if (!(IRREGULAR_PLURALS.has(noun) || (/[^s]s$|ies$|sses$/.test(noun) && quantity.number !== 1) || quantity.number === 1)) return undefined
  return {from: start, to: quantity.number === 1 ? head + 1 : joinedHeadsEnd(tokens, head + 1)}
}

/** Whether the token at `index` is a plural noun. */
function isPluralNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && (/[^s]s$|ies$|sses$/.test(token.lower) || IRREGULAR_PLURALS.has(token.lower))
}

/**
 * Whether a token joined to a plural noun by `and` is a plural noun: a form in -s the tagger called
 * a verb cannot be one there (`weavers and potters/VERB in 2024`: a plural subject takes no -s).
 */
function isJoinedPluralNoun(token: Token | undefined, after: Token | undefined): boolean {
  if (isPluralNoun(token)) return true
  return token?.pos === 'VERB' && /[^s]s$/.test(token.lower) && token.lower === `${token.lemma}s` && !/^(?:NOUN|PROPN|DET|NUM|PRON|ADJ)$/.test(after?.pos ?? '')
}

/**
 * Where a count's noun phrase ends when other plural nouns are joined to its head: one number
 * counts them all (`1,150 surveyors and analysts`, `40 engineers and licensing officials`,
 * `300 nurses, midwives and pharmacists`), where a noun with a determiner or a number of its own is
 * another thing (`52 countries and the EU`, `300 nurses and 200 doctors`).
 * @param end the token after the head
 * @returns the token after the last joined noun, or `end`
 */
function joinedHeadsEnd(tokens: Token[], end: number): number {
  if (!isPluralNoun(tokens[end - 1])) return end
  let at = end
  for (;;) {
    const comma = tokens[at]?.text === ','
    // (a comma, then `and` right after the head parts two clauses: `in 19 countries, and ministers asked …`;
    // a list of nouns has a comma only before its second item)
    if (comma && at === end && /^(?:and|or)$/.test(tokens[at + 1]?.lower ?? '')) return end
    const join = comma && /^(?:and|or)$/.test(tokens[at + 1]?.lower ?? '') ? at + 1 : at
    if (!comma && !/^(?:and|or)$/.test(tokens[join]?.lower ?? '')) return end
    const and = /^(?:and|or)$/.test(tokens[join].lower)
    let next = join + 1
    while (next < join + 4 && /^(?:ADJ|NOUN)$/.test(tokens[next]?.pos ?? '') && !isPluralNoun(tokens[next])) next++
    if (!isJoinedPluralNoun(tokens[next], tokens[next + 1])) return end
    // a list goes on only to its `and`: `nurses, midwives and pharmacists`
    at = next + 1
    if (and) return at
    if (!/^(?:,|and|or)$/.test(tokens[at]?.lower ?? '')) return end
  }
}

/**
 * Whether the `and`/`or` at `index` joins two singular nouns that both modify the plural head
 * after them (`hotel and restaurant workers`, `road or rail links`): the phrase goes on. Not after
 * a plural noun, which is a head of its own (`52 countries and the EU`).
 * @param head the index of the noun read as the head so far
 */
function nounsJoinedBeforeHead(tokens: Token[], index: number, head: number, quantity: Quantity): boolean {
  const before = tokens[index - 1]
  if (quantity.number === 1 || !/^(?:and|or)$/.test(tokens[index].lower) || head !== index - 1 || before?.pos !== 'NOUN') return false
  if (/[^s]s$|ies$/.test(before.lower) || IRREGULAR_PLURALS.has(before.lower)) return false
  const first = tokens[index + 1]
  const last = tokens[index + 2]
  return first?.pos === 'NOUN' && !/[^s]s$/.test(first.lower) && last?.pos === 'NOUN' && (/[^s]s$|ies$/.test(last.lower) || IRREGULAR_PLURALS.has(last.lower))
}

/**
 * Whether the comma at `index` parts singular nouns that all modify the plural head after the list's `and`/`or` (`bar, club and
 * security staff`, `road, rail and port workers`): the phrase goes on. Each item is one singular noun; a plural item is a head
 * of its own (`300 nurses, midwives and pharmacists`, read by `joinedHeadsEnd`).
 */
function nounListBeforeHead(tokens: Token[], index: number, head: number, quantity: Quantity): boolean {
  // (a noun in its dictionary form, `bus` and `gas` too; the tagger may call a small-letter one a name, `café`)
  const singular = (token: Token | undefined) => Boolean(token) && (token!.pos === 'NOUN' || (token!.pos === 'PROPN' && /^\p{Ll}/u.test(token!.text))) && token!.lower === token!.lemma && !IRREGULAR_PLURALS.has(token!.lower)
  if (quantity.number === 1 || tokens[index].text !== ',' || head !== index - 1 || !singular(tokens[head])) return false
  let at = index
  while (tokens[at]?.text === ',' && singular(tokens[at + 1])) at += 2
  if (at === index || !/^(?:and|or)$/.test(tokens[at]?.lower ?? '') || !singular(tokens[at + 1])) return false
  return isPluralNoun(tokens[at + 2])
}

/**
 * A count's label with the base of its rate, when the count is one `per` a number of things (`injuries fell to 3 per 100 crew
 * members, down from 5` → injuries per 100 crew members, down from 5): the base says what the count is a rate of, before the
 * comparison. The label as it is when it has a `per` already or the count is no rate.
 */
function withRateBase(tokens: Token[], quantity: Quantity, sentence: string, label: string): string {
  if (quantity.kind !== 'count' || tokens[quantity.to]?.lower !== 'per' || / per /.test(label)) return label
  let end = quantity.to + 1
  while (end < tokens.length && end - quantity.to <= 3 && (tokens[end].pos === 'NUM' || /^(?:\d[\d,.]*|hundred|thousand|million)$/.test(tokens[end].lower))) end++
  if (end === quantity.to + 1) return label
  const base = nounPhraseAfter(tokens, end)
  if (!base || base.from !== end) return label
  const rate = ` per ${slice(sentence, tokens, quantity.to + 1, base.to)}`
  const comparison = /,\s*(?:(?:up|down)\s+from|against)\s/.exec(label)
  return comparison ? `${label.slice(0, comparison.index)}${rate}${label.slice(comparison.index)}` : label
}

/** Nouns of a value set as a yardstick (`an expected minimum of 60,000`, `a target of 5,000`, `a forecast of 900`). */
const BENCHMARK_NOUNS = /^(?:minimum|maximum|target|goal|objective|benchmark|forecast|projection|norm|threshold|ceiling|expectation|estimate|average|quota)$/

/**
 * A count that is the value of a yardstick a count before it is measured against (`filed 14,200 reports against an expected
 * minimum of 60,000`, `sold 3,100 tickets, compared with a target of 5,000`, `short of a goal of 800`): the yardstick's noun
 * phrase, of what the count before it counts (`expected minimum of reports`, `target of tickets`); its own noun phrase alone
 * when no count stands before it. `undefined` for any other count.
 */
function benchmarkOf(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens[quantity.from - 1]?.lower !== 'of' || !BENCHMARK_NOUNS.test(tokens[quantity.from - 2]?.lower ?? '')) return undefined
  let start = quantity.from - 2
  while (start > 0 && quantity.from - start < 6 && /^(?:ADJ|NOUN|VERB)$/.test(tokens[start - 1].pos) && !/^(?:against|compared|versus)$/.test(tokens[start - 1].lower)) start--
  if (!/^(?:a|an|the|its|their|our)$/.test(tokens[start - 1]?.lower ?? '')) return undefined
  let link = start - 2
  if (/^(?:with|to)$/.test(tokens[link]?.lower ?? '') && tokens[link - 1]?.lower === 'compared') link--
  else if (tokens[link]?.lower === 'of' && tokens[link - 1]?.lower === 'short') link--
  if (!/^(?:against|compared|versus|short|below|above|beyond|exceeding)$/.test(tokens[link]?.lower ?? '')) return undefined
  const own = slice(sentence, tokens, start, quantity.from - 1)
  // (what the count before it counts: its plural noun)
  for (let at = link - 1; at >= 0 && link - at <= 12; at--) {
    if (tokens[at].pos !== 'NUM' || /^(?:19|20)\d\d$/.test(tokens[at].text)) continue
    const counted = countNoun(tokens, {...quantity, from: at, to: at + 1})
    const head = counted ? tokens[counted.to - 1] : undefined
    return head && isPluralNoun(head) ? `${own} of ${head.lower}` : own
  }
  return own
}

/**
 * What a total of things given to each of a set counts (`open a repair café in each district, seven in all` → repair cafés):
 * the noun phrase `a`/`an`/`one` opens before `in each`, `for every`, `per`, in the plural. `undefined` for any other count.
 */
function eachAddedUp(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (!totalOfEach(tokens, quantity)) return undefined
  const each = tokens.slice(0, quantity.from).findLastIndex((token) => /^(?:each|every|per)$/.test(token.lower))
  for (let at = each - 1; at >= 0 && each - at <= 8; at--) {
    if (!/^(?:a|an|one)$/.test(tokens[at].lower)) continue
    let end = at + 1
    while (end < each && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[end].pos)) end++
    // (a noun the tagger took for a name, `café`, is still a noun in lower case)
    if (end === at + 1 || !(tokens[end - 1].pos === 'NOUN' || /^\p{Ll}/u.test(tokens[end - 1].text))) return undefined
    const head = tokens[end - 1].text
    const plural = IRREGULAR_SINGULARS[head.toLowerCase()] ?? (/[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(head) ? `${head}es` : `${head}s`)
    return `${slice(sentence, tokens, at + 1, end - 1)}${end - 1 > at + 1 ? ' ' : ''}${plural}`
  }
  return undefined
}

/** Plurals English does not make with `s`, by their singular. */
const IRREGULAR_SINGULARS: Record<string, string> = {person: 'people', child: 'children', man: 'men', woman: 'women', shelf: 'shelves', knife: 'knives', life: 'lives', leaf: 'leaves', half: 'halves'}

function countLabel(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (quantity.size) return sizeLabel(tokens, quantity, sentence)
  if (quantity.unit) return unitLabel(tokens, quantity, sentence)
  let noun = countNoun(tokens, quantity)
  // `1.5 million of the poorest households`
  if (!noun && tokens[quantity.to]?.lower === 'of') {
    const phrase = nounPhraseAfter(tokens, quantity.to + 1)
    // (`31 of our countries`, `12 of its ports`: the owner's pronoun goes, as the article does)
    let start = phrase ? (/^(?:the|our|its|their)$/.test(tokens[phrase.from].lower) ? phrase.from + 1 : phrase.from) : -1
    // `6 of the Council's members`: the counted noun after a named possessor
    let owner = start
    // (`140 of the region's bird species`: a common noun before its possessive too)
    while (owner >= 0 && owner < start + 5 && (tokens[owner]?.pos === 'PROPN' || (tokens[owner]?.pos === 'NOUN' && /^['’]s$/.test(tokens[owner + 1]?.text ?? '')))) owner++
    if (owner > start && /^['’]s?$/.test(tokens[owner]?.text ?? '')) start = owner + 1
    const inner = phrase && countNoun(tokens, {...quantity, to: start})
    if (inner) noun = inner
  }
  if (!noun) return benchmarkOf(tokens, quantity, sentence) ?? eachAddedUp(tokens, quantity, sentence) ?? elidedCount(tokens, quantity, sentence) ?? joinedHow(tokens, quantity, sentence) ?? countOfThoseCounted(tokens, quantity, sentence) ?? partAfterWhole(tokens, quantity, sentence) ?? partOfSetBefore(tokens, quantity, sentence) ?? numberPassed(tokens, quantity, sentence) ?? partOfThem(tokens, quantity, sentence) ?? numberedSubject(tokens, quantity, sentence) ?? numberOfSubject(tokens, quantity, sentence) ?? numberBroughtTo(tokens, quantity, sentence) ?? totalBroughtTo(tokens, quantity, sentence) ?? countAddedTo(tokens, quantity, sentence) ?? wholeOutOf(tokens, quantity, sentence) ?? bodyOfSize(tokens, quantity) ?? pluralSubjectReached(tokens, quantity, sentence) ?? ratePerBase(tokens, quantity, sentence) ?? timesItHappened(tokens, quantity, sentence) ?? (tokens[quantity.from - 1]?.lower === 'to' && (tokens[quantity.from - 2]?.lower === 'membership' || (tokens[quantity.from - 3]?.lower === 'membership' && tokens[quantity.from - 2].pos === 'VERB' && CHANGE_VERBS[tokens[quantity.from - 2].lemma])) && !tokens[quantity.to]?.pos.startsWith('NOUN') ? 'members' : undefined)
  const to = postModifierEnd(tokens, noun.to, noun.to - noun.from)
  const deed = whatCountDid(tokens, quantity, noun, to, sentence, true)
  // `a further 20 laboratories`: the count adds to others
  const adding = ADDING_WORDS.has(tokens[quantity.from - 1]?.lower ?? '') && tokens[quantity.from - 1].pos !== 'VERB' ? `${tokens[quantity.from - 1].lower} ` : ''
  if (deed) return `${adding}${deed}`
  // `water levels have fallen by 40 metres since 1990`: a measure a change is by is the size of that change
  const unitWords = tokens.slice(noun.from, noun.to).every((token) => FRAGMENT_LABEL.unit.test(token.lower))
  const changed = unitWords && to === noun.to && !adding ? changeByMeasure(tokens, quantity, sentence) : undefined
  if (changed) return `${slice(sentence, tokens, noun.from, noun.to)} ${changed}${changeRateAndTime(tokens, noun.to, sentence)}`
  // `the training of 12,000 field epidemiologists`: epidemiologists to be trained
  const ofAt = tokens[quantity.from - 1]?.lower === 'of' ? quantity.from - 1 : adding && tokens[quantity.from - 2]?.lower === 'a' && tokens[quantity.from - 3]?.lower === 'of' ? quantity.from - 3 : -1
  const done = ofAt > 0 ? ACTION_NOUNS[tokens[ofAt - 1].lower] : undefined
  if (done && to === noun.to) {
    const ahead = tokens.slice(0, ofAt).some((token) => /^(?:will|shall|to)$/.test(token.lower))
    return `${adding}${slice(sentence, tokens, noun.from, noun.to)} ${ahead ? 'to be ' : ''}${done}`
  }
  // `agreed to repair 350 schools`, `will connect 1,500 villages to piped water by 2027`: what is to be done to them
  // `will offer start-up grants to 2,500 young fishers`: young fishers to receive start-up grants
  const receives = recipientOf(tokens, quantity, sentence)
  if (receives) return `${adding}${slice(sentence, tokens, noun.from, noun.to)} to receive ${receives}`
  const toBe = whatIsToBeDone(tokens, quantity, noun, to, sentence)
  if (toBe) return `${adding}${toBe}`
  // `vaccination campaigns reached nearly eight million people across the region in 2021`: people reached by vaccination campaigns in 2021
  const reached = reachedBy(tokens, quantity, sentence)
  // (a measure is not reached by what it measures: `output reached 4 million tonnes` is tonnes of output)
  const reachedMeasure = reached && !adding && isMeasure(tokens, noun) ? measureOf(tokens, quantity, noun, sentence) : undefined
  if (reachedMeasure) return `${reachedMeasure}${timeAfter(tokens, to, sentence)}`
  if (reached) return `${adding}${slice(sentence, tokens, noun.from, noun.to)} ${reached}${timeAfter(tokens, to, sentence)}`
  // `customs agencies processed 4.2 million paper certificates last year`: paper certificates processed last year
  // `burned 3,100 tonnes of fuel in 2022`: a measure keeps what it measures (`tonnes of fuel burned in 2022`)
  // (any count keeps its `of` phrase: `damaged some 12,000 boxes of records` → boxes of records damaged)
  const measured = to > noun.to && tokens[noun.to].lower === 'of' ? {from: noun.from, to} : undefined
  const doneTo = (to === noun.to || measured) && !adding ? doneBy(tokens, quantity, measured ?? noun, sentence) : undefined
  if (doneTo) return `${slice(sentence, tokens, noun.from, (measured ?? noun).to)} ${doneTo}`
  // `a regional grain reserve of 400,000 tonnes`, `a pilot between 4 countries`: what holds them
  const heldAt = ofAt > 0 ? ofAt : /^(?:between|among)$/.test(tokens[quantity.from - 1]?.lower ?? '') ? quantity.from - 1 : -1
  // (a length or an area sizes what it is of: `a buffer strip of 12 kilometres` is read by `measureOf`)
  if (heldAt > 0 && !adding && to === noun.to && !SIZES.test(tokens[noun.from].lower)) {
    const ofAt = heldAt
    // only what holds them (`a reserve of`), not what they own (`the soil of 200,000 farms`)
    let article = ofAt - 1
    while (article > 0 && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[article].pos)) article--
    const holder = /^(?:a|an)$/.test(tokens[article]?.lower ?? '') ? nounPhraseBefore(tokens, ofAt, sentence) : undefined
    const head = holder?.split(' ').at(-1)?.toLowerCase() ?? ''
    if (holder && !AMOUNT_HEADS.has(head) && !/^\p{Lu}/u.test(holder) && !/s$/.test(head)) return `${slice(sentence, tokens, noun.from, noun.to)} in the ${holder}`
  }
  // `a pipeline of projects, which already lists 37 projects`: projects in the pipeline
  const holder = to === noun.to && !adding ? relativeHolder(tokens, quantity.from, sentence) : ''
  if (holder) return `${slice(sentence, tokens, noun.from, noun.to)} ${holder}${timeAfter(tokens, to, sentence)}`
  // `a no-fly zone of 5 kilometres`, `Irrigated land has grown to 2.6 million hectares`: a unit says what it measures
  const measure = to === noun.to && !adding ? measureOf(tokens, quantity, noun, sentence) : undefined
  if (measure) return `${measure}${timeAfter(tokens, to, sentence)}`
  // `drought insurance will be piloted in 3 countries`: countries piloting drought insurance
  const activity = to === noun.to && !adding ? placeOfActivity(tokens, quantity, sentence) : undefined
  if (activity) return `${slice(sentence, tokens, noun.from, noun.to)} ${activity}${timeAfter(tokens, to, sentence)}`
  // `a pilot in 6 countries`: places are labelled by what they are part of
  const things = to === noun.to && !adding ? whatIsInThePlaces(tokens, quantity, noun, sentence) : undefined
  if (things) return `${slice(sentence, tokens, noun.from, noun.to)} ${things}${timeAfter(tokens, to, sentence)}`
  // `The Chair welcomed ministers of health from 31 countries`: the countries a meeting's delegations come from are represented
  const represented = to === noun.to && !adding ? countriesRepresented(tokens, quantity, noun) : undefined
  if (represented) return `${slice(sentence, tokens, noun.from, noun.to)} ${represented}`
  // `the Council's 27 members`: a bare count keeps the body it belongs to
  // (not `member countries`: a member is already of the body)
  const owner = to === noun.to && !adding && tokens[noun.from].lower !== 'member' ? bodyBefore(tokens, quantity.from, sentence) : undefined
  if (owner) return `${slice(sentence, tokens, noun.from, noun.to)} of the ${owner}${timeAfter(tokens, to, sentence)}`
  return `${adding}${slice(sentence, tokens, noun.from, noun.to)}${relativeAsParticiple(tokens, noun.to, to, sentence) ?? slice(sentence, tokens, noun.to - 1, to).slice(tokens[noun.to - 1].text.length)}${timeAfter(tokens, to, sentence)}`
}

/**
 * `represented` for a count of countries that delegations come from (`ministers of health and
 * agriculture from 31 countries`, `We, ministers responsible for labour from forty-two countries`),
 * when no verb says what those countries did and the noun is bare; `undefined` otherwise (`imports from 12 countries`).
 */
function countriesRepresented(tokens: Token[], quantity: Quantity, noun: {from: number; to: number}): string | undefined {
  // (a bare noun only: `thirteen Pacific island countries` already says which, and editors leave it so)
  if (tokens[quantity.from - 1]?.lower !== 'from' || noun.to - noun.from !== 1 || !/^(?:countries|states|nations|economies|territories)$/.test(tokens[noun.to - 1].lower)) return undefined
  // (a verb right after says what they did: `Delegates from 40 countries attended`)
  if (/^(?:VERB|AUX)$/.test(tokens[noun.to]?.pos ?? '')) return undefined
  for (let at = quantity.from - 2; at >= 0 && at > quantity.from - 10; at--) {
    if (/^[;:.]$/.test(tokens[at].text) || tokens[at].pos === 'AUX') return undefined
    if (DELEGATION_NOUNS.test(tokens[at].lower)) return 'represented'
  }
  return undefined
}

/**
 * What a count of places holds, when the noun phrase right before `in` names one thing with its
 * article (`a pilot in 6 countries` → `in the pilot`, `a pilot survey in six countries` → `in the
 * pilot survey`). `undefined` when the count is no such place, or its noun is a name, an amount, a
 * change or a plural (a plural one in each place: `countries with catch-up classes` gained nothing, and
 * lost `coastal towns` where sterile mosquitoes are released).
 * @param noun the count's noun phrase
 */
function whatIsInThePlaces(tokens: Token[], quantity: Quantity, noun: {from: number; to: number}, sentence: string): string | undefined {
  const at = quantity.from - 1
  if (!/^(?:in|across)$/.test(tokens[at]?.lower ?? '') || tokens[at].pos !== 'ADP' || !COUNTED_PLACES.test(tokens[noun.to - 1].lower)) return undefined
  const head = tokens[at - 1]
  // (not a change, which happens in places rather than holding them: `a decline in 12 countries`)
  if (head?.pos !== 'NOUN' || AMOUNT_HEADS.has(head.lower) || TIME_UNITS.test(head.lower) || CHANGE_VERBS[head.lemma] || /^(?:growth|change|outbreak|drop|surge|fall|rise)$/.test(head.lemma)) return undefined
  let from = at - 1
  for (;;) {
    if (from > 0 && /^(?:NOUN|ADJ)$/.test(tokens[from - 1].pos)) from--
    // (a hyphenated modifier is one word, whatever the tags of its parts: `catch-up classes`)
    else if (from > 2 && tokens[from - 2].text === '-' && !tokens[from - 2].spaced && !tokens[from - 1].spaced) from -= 3
    else break
  }
  if (tokens.slice(from, at).some((token) => /^\p{Lu}/u.test(token.text) && token.start > 0)) return undefined
  // (things in the plural are often what is done there: `release sterile mosquitoes in 12 towns` is not `towns with sterile mosquitoes`)
  if (head.lower !== head.lemma && /s$/.test(head.lower)) return undefined
  return /^(?:a|an)$/.test(tokens[from - 1]?.lower ?? '') ? `in the ${slice(sentence, tokens, from, at)}` : undefined
}

/**
 * What is done in the places a count numbers, when they are the place of a passive verb of an
 * activity: `drought insurance will be piloted in 3 countries` gives `piloting drought insurance`,
 * `plans are now funded in 19 members` gives `funding plans` (who it is for goes, as in a title:
 * `insurance for smallholders` → `insurance`). `undefined` when the count is no such place.
 * @param quantity the count
 */
function placeOfActivity(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let at = quantity.from - 1
  while (at > 0 && QUALIFIERS.has(tokens[at].lower) && !ACTIVITY_PLACES.test(tokens[at].lower)) at--
  if (!ACTIVITY_PLACES.test(tokens[at]?.lower ?? '') || tokens[at].pos !== 'ADP') return undefined
  // `rolled out in`: the verb's particle goes with it
  let verb = at - 1
  const particle = /^(?:out|up)$/.test(tokens[verb]?.lower ?? '') && tokens[verb].pos !== 'VERB' ? tokens[verb--].lower : ''
  const act = tokens[verb]
  if (act?.pos !== 'VERB' || act.lower === act.lemma || /ing$/.test(act.lower) || !PLACE_ACTIVITY_VERBS.test(act.lemma)) return undefined
  let aux = verb - 1
  while (aux > 0 && tokens[aux].pos === 'ADV') aux--
  if (tokens[aux]?.pos !== 'AUX' || tokens[aux].lemma !== 'be') return undefined
  while (aux > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[aux - 1].pos)) aux--
  const subject = clauseSubject(tokens, aux, sentence)
  if (!subject || /^(?:it|they|this|these|that|those)$/i.test(subject)) return undefined
  // (a consonant doubled in the text stays doubled: `trialled` → `trialling`)
  const doubled = act.lower === `${act.lemma}${act.lemma.slice(-1)}ed`
  return [doubled ? `${act.lemma}${act.lemma.slice(-1)}ing` : presentParticiple(act.lemma), particle, withoutForWhom(subject)].filter(Boolean).join(' ')
}

/**
 * What a sum pays for when the words right after it say so (`will pay for scholarships`, `to finance
 * test flights`, `funds …`): the object's noun phrase with its complement, without its article.
 * @param at the token after the sum and its holder
 */
function whatItPaysFor(tokens: Token[], at: number, sentence: string): string | undefined {
  if (at < 0) return undefined
  let verb = at
  if (/^(?:will|would|shall|to|can|could)$/.test(tokens[verb]?.lower ?? '')) verb++
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || !/^(?:pay|fund|finance)$/.test(act.lemma)) return undefined
  const object = verb + (act.lemma === 'pay' ? (tokens[verb + 1]?.lower === 'for' ? 2 : -verb - 1) : 1)
  if (object <= verb) return undefined
  const phrase = nounPhraseAfter(tokens, object)
  if (!phrase || phrase.from !== object) return undefined
  const from = /^(?:the|a|an)$/.test(tokens[phrase.from].lower) ? phrase.from + 1 : phrase.from
  const to = postModifierEnd(tokens, phrase.to, phrase.to - from)
  return from < phrase.to ? slice(sentence, tokens, from, to) : undefined
}

/**
 * A label that is only the noun holding an amount or a rate, with what the sentence says of that
 * noun right after the amount: where it comes from or what it is on (`a $5 million grant from the
 * Fund` → `grant from the Fund`, `a levy of 2 percent on fuel imports` → `levy on fuel imports`),
 * or a participle and its phrase, after a comma too (`a fund of €8m, managed by the Bank` → `fund
 * managed by the Bank`). `undefined` when the label says more than the noun or nothing follows.
 * @param rule the label the rules made
 */
function holderWithPhrase(tokens: Token[], quantity: Quantity, sentence: string, rule: string): string | undefined {
  // `a fund of $1.5 million will pay for scholarships`, `a joint fund of …`: what the sum pays for, when it is the subject of paying
  const holder = tokens[quantity.from - 1]?.lower === 'of' ? tokens[quantity.from - 2] : tokens[quantity.to]
  if (holder?.pos === 'NOUN' && (rule === holder.lower || rule.endsWith(` ${holder.lower}`)) && rule.split(' ').length <= 3) {
    const paysFor = whatItPaysFor(tokens, holder === tokens[quantity.to] ? quantity.to + 1 : quantity.to, sentence)
    if (paysFor) return `${rule} for ${paysFor}`
  }
  const noun = bareNoun(rule, WEAK_LABEL)
  if (!noun || rule.replace(/^(?:of|in)\s+/, '') !== noun) return undefined
  // `a $5 million grant`, or `a grant of $5 million`
  const after = tokens[quantity.to]?.lower === noun ? quantity.to + 1 : tokens[quantity.from - 1]?.lower === 'of' && tokens[quantity.from - 2]?.lower === noun ? quantity.to : -1
  if (after < 0) return undefined
  const apposition = tokens[after]?.text === ',' && isParticipleAt(tokens, after + 1) && !closesAside(tokens, quantity.from, after) ? after + 1 : after
  const first = tokens[apposition]
  if (!first || !(/^(?:from|by|on|with)$/.test(first.lower) && first.pos === 'ADP') && !isParticipleAt(tokens, apposition)) return undefined
  let phrase = complement(tokens, apposition, sentence)
  // `on the value of exports`: the phrase's noun keeps what it is of
  const end = tokens.findIndex((token) => token.start >= tokens[apposition].start + phrase.length)
  if (phrase && tokens[end - 1]?.pos === 'NOUN' && tokens[end]?.lower === 'of') {
    const of = nounPhraseAfter(tokens, end + 1)
    if (of) phrase = slice(sentence, tokens, apposition, of.to)
  }
  return phrase && phrase.split(' ').length > 1 ? `${noun} ${phrase}` : undefined
}

/**
 * Whether the comma after an amount ends the phrase it stands in rather than opening one about its noun, so
 * that a participle after it is the sentence's own verb: the amount is in an aside set off from a subject
 * that has no verb yet (`The new library, completed at a cost of $4 million, opened in May`), or in a phrase
 * of `at` that says how much a verb's act cost (`was completed at a cost of $4 million, opened …`).
 * @param from the amount's first token
 * @param comma the comma after it
 */
function closesAside(tokens: Token[], from: number, comma: number): boolean {
  let at = from - 1
  while (at >= 0 && /^(?:of|DET|ADJ|NOUN)$/.test(tokens[at].lower === 'of' ? 'of' : tokens[at].pos) && from - at < 6) at--
  if (tokens[at]?.lower === 'at') return true
  let open = from - 1
  while (open >= 0 && !/^[,;:]$/.test(tokens[open].text)) open--
  if (open < 1 || tokens[open].text !== ',') return false
  return comma > open && tokens.slice(0, open).every((token) => !/^(?:VERB|AUX)$/.test(token.pos))
}

/** Whether a past participle that opens a phrase stands at `index` (`managed by`, `set up with`). */
function isParticipleAt(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token?.pos === 'VERB' && token.lower !== token.lemma && !/ing$/.test(token.lower) && /^(?:ADP|PART)$/.test(tokens[index + 1]?.pos ?? '')
}

/**
 * The named body whose possessive stands before a count: `the Council's 27 members` and `of the
 * Network's 60 members` give `Council`, `Network`; not a common noun (`the region's 30 ports`).
 * @param from the first token of the count
 */
function bodyBefore(tokens: Token[], from: number, sentence: string): string | undefined {
  if (!/^['’]s?$/.test(tokens[from - 1]?.text ?? '')) return undefined
  let start = from - 1
  while (start > 0 && from - 1 - start < 4 && tokens[start - 1].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[start - 1].text)) start--
  if (start === from - 1 || tokens[start - 1]?.lower !== 'the') return undefined
  return slice(sentence, tokens, start, from - 1)
}

/**
 * A relative clause in the present after a counted noun, as a participle: `members that already run
 * such programmes` gives ` running such programmes`, `people who live in …` gives ` living in …`.
 * Words of time that add nothing (`already`, `now`) go; `still` stays. `undefined` when the words
 * from `from` to `to` are not such a clause.
 */
function relativeAsParticiple(tokens: Token[], from: number, to: number, sentence: string): string | undefined {
  if (!/^(?:that|who|which)$/.test(tokens[from]?.lower ?? '')) return undefined
  let verb = from + 1
  const adverbs: string[] = []
  while (verb < to && tokens[verb].pos === 'ADV') adverbs.push(tokens[verb++].lower)
  const act = tokens[verb]
  if (!act || verb >= to || act.pos !== 'VERB' || act.lemma === 'be' || act.lemma === 'have') return undefined
  if (!(act.lower === act.lemma || act.lower === `${act.lemma}s` || act.lower === `${act.lemma}es`)) return undefined
  const kept = adverbs.filter((word) => !/^(?:already|now|also|currently)$/.test(word))
  const rest = verb + 1 < to ? slice(sentence, tokens, verb + 1, to) : ''
  return ` ${[...kept, presentParticiple(act.lemma), rest].filter(Boolean).join(' ')}`
}

/**
 * A count's bare noun named in full earlier in the sentence: `Community grain stores will be
 * expanded, from 120 to 310 stores` counts community grain stores; `Cities in the clean landfill
 * network, which now counts 64 cities` counts cities in the clean landfill network. The earlier
 * mention keeps the words before its noun and one prepositional phrase up to a comma.
 * @returns the earlier phrase, or `undefined` when the noun was not named before with more words
 */
function namedBefore(tokens: Token[], noun: {from: number; to: number}, sentence: string): string | undefined {
  if (noun.to - noun.from !== 1) return undefined
  const head = tokens[noun.from].lower
  for (let index = noun.from - 1; index >= 0 && index > noun.from - 80; index--) {
    if (tokens[index].lower !== head || quantityStartsAt(tokens, index - 1) || tokens[index - 1]?.pos === 'NUM') continue
    let from = index
    while (from > 0 && index - from < 3 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[from - 1].pos)) from--
    let to = index + 1
    if (tokens[to]?.pos === 'ADP' && tokens[to].lower !== 'of' || tokens[to]?.lower === 'of') {
      let end = to + 1
      while (end < tokens.length && end - to < 7 && (/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[end].pos) || /^['’]s$/.test(tokens[end].text))) end++
      if (['NOUN', 'PROPN'].includes(tokens[end - 1].pos) && tokens[end]?.text === ',') to = end
    }
    if (from === index && to === index + 1) return undefined
    return lowerFirst(slice(sentence, tokens, from, to), tokens[from])
  }
  return undefined
}

/** `reached by` the subject of `reach` when a count is its object (`campaigns reached 8 million people`), unless it names the meeting's members or an action (read by `actionOfSubject`). */
function reachedBy(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let verb = quantity.from - 1
  while (verb > 0 && QUALIFIERS.has(tokens[verb].lower)) verb--
  if (tokens[verb]?.pos !== 'VERB' || tokens[verb].lemma !== 'reach' || actionOfSubject(tokens, quantity)) return undefined
  // `a programme that has reached 40,000 athletes since 2023`: in a relative clause, reached (who reached them is the noun before)
  const perfect = /^(?:has|have|had)$/.test(tokens[verb - 1]?.lower ?? '') ? 1 : 0
  if (/^(?:which|that)$/.test(tokens[verb - 1 - perfect]?.lower ?? '') && tokens[verb].lower === 'reached') return 'reached'
  const subject = clauseSubject(tokens, verb, sentence)
  if (!subject || PERSON_NOUNS.test(subject.split(' ').at(-1) ?? '')) return undefined
  return `${tokens[verb].lower === 'reach' && /^(?:will|shall|to)$/.test(tokens[verb - 1]?.lower ?? '') ? 'to be ' : ''}reached by ${subject}`
}

/**
 * What was done to a count by a subject that is not who met, as a participle and its time:
 * `customs agencies processed 4.2 million paper certificates last year` gives `processed last
 * year`, `fees, which keep 1.2 million girls out of school each year` gives `kept out of school each
 * year`. `undefined` when the verb before the count is not such an action.
 */
function doneBy(tokens: Token[], quantity: Quantity, noun: {from: number; to: number}, sentence: string): string | undefined {
  let verb = quantity.from - 1
  // over `nearly`, `some`, `approx.`; not over a preposition (`paid to 1.5 million households`)
  // (`kills an estimated 58,000 people`: `estimated` after its article qualifies the count)
  while (verb > 0 && ((QUALIFIERS.has(tokens[verb].lower) && !/^(?:VERB|ADP|PART)$/.test(tokens[verb].pos)) || (tokens[verb].lower === 'estimated' && /^(?:an|some)$/.test(tokens[verb - 1]?.lower ?? '')))) verb--
  // `handled 52,000 flights, 6.1 million passengers and 180,000 tonnes of cargo`: one verb for a list of counts
  if (/^(?:,|and)$/.test(tokens[verb]?.lower ?? '')) verb = listVerb(tokens, verb)
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || LINKING_VERBS.has(act.lower) || CHANGE_VERBS[act.lemma] || ATTENDANCE_VERBS[act.lemma] || /ing$/.test(act.lower)) return undefined
  if (tokens[verb - 1]?.pos === 'AUX' && tokens[verb - 1].lemma === 'be') return undefined
  const past = act.lower !== act.lemma && !/s$/.test(act.lower)
  // (`a register, which has handled 64,000 consultations`: a perfect in a relative clause too)
  const relative = /^(?:which|that)$/.test(tokens[verb - 1]?.lower ?? '') || (/^(?:has|have|had)$/.test(tokens[verb - 1]?.lower ?? '') && /^(?:which|that)$/.test(tokens[verb - 2]?.lower ?? ''))
  // `malaria kills 600,000 people a year`: a present with a rate says what is done every year
  const habitual = !past && (act.lower === `${act.lemma}s` || act.lower === `${act.lemma}es` || (act.lower === act.lemma && !/^(?:will|shall|to|would|could|can|should|must|may)$/.test(tokens[verb - 1]?.lower ?? ''))) && Boolean(rateAfter(tokens, noun.to))
  if (!past && !relative && !habitual) return undefined
  const subject = relative ? undefined : clauseSubject(tokens, verb, sentence)
  if (!relative && (!subject || PERSON_NOUNS.test(subject.split(' ').at(-1) ?? '') || /^(?:we|they|it)$/i.test(subject))) return undefined
  const participle = IRREGULAR_PARTICIPLES[act.lemma] ?? (past && /ed$/.test(act.lower) ? act.lower : pastParticiple(act.lemma))
  // `out of school each year`: a short phrase after the noun and the time
  const rest = tokens[noun.to]?.pos === 'ADP' && tokens[noun.to].lower !== 'of' ? predicate(tokens, noun.to, sentence) : ''
  // `keep`, `hold`, `take` say something only with what follows (`keep … out of school`)
  if (UNDESCRIPTIVE_VERBS.has(act.lemma) && !rest) return undefined
  const time = timeAfter(tokens, noun.to, sentence)
  return [participle, rest || time.trim()].filter(Boolean).join(' ')
}

/**
 * The verb of a list of counts, from the comma or `and` before one of its later items: in
 * `handled 52,000 flights, 6.1 million passengers and …` the `and` before the last item gives
 * `handled`. -1 when the words before are not such a list.
 */
function listVerb(tokens: Token[], link: number): number {
  for (let index = link - 1; index > 0 && link - index < 30; index--) {
    const token = tokens[index]
    if (token.pos === 'AUX' || (token.pos === 'PUNCT' && token.text !== ',') || token.pos === 'SCONJ' || token.pos === 'PRON') return -1
    if (token.pos !== 'VERB') continue
    let at = index + 1
    while (QUALIFIERS.has(tokens[at]?.lower ?? '') && at < link) at++
    return quantityStartsAt(tokens, at) || /^(?:NUM)$/.test(tokens[at]?.pos ?? '') ? index : -1
  }
  return -1
}

/** Nouns of measure, which keep their `of` phrase: `tonnes of fuel`, `hectares of forest`. */
/** Units of length and area: what they are of is the thing they size, not what holds them. */
const SIZES = /^(?:kilometres|kilometers|miles|metres|meters|hectares|acres)$/
const MEASURES = /^(?:tonnes|tons|hectares|acres|litres|liters|barrels|kilometres|kilometers|miles|megawatts|gigawatts|cubic|square)$/

/** Verbs of giving: what is given `to` a count is what the count will receive. */
const GIVING_VERBS = /^(?:give|offer|pay|provide|grant|award|send|deliver|transfer|distribute|allocate)$/

/**
 * What a count is still to receive, when it follows `to` after a verb of giving: `will offer
 * start-up grants to 2,500 young fishers` gives `start-up grants`, `Cash transfers will be paid to
 * 1.5 million households` gives `cash transfers`. `undefined` otherwise, and for what was given already.
 */
function recipientOf(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let to = quantity.from - 1
  while (to > 0 && QUALIFIERS.has(tokens[to].lower) && tokens[to].lower !== 'to') to--
  if (tokens[to]?.lower !== 'to') return undefined
  const ahead = (at: number) => /^(?:will|shall|to)$/.test(tokens[at]?.lower ?? '')
  // passive: `… will be paid to`
  const participle = tokens[to - 1]
  if (participle?.pos === 'VERB' && GIVING_VERBS.test(participle.lemma) && tokens[to - 2]?.lemma === 'be' && ahead(to - 3)) {
    return clauseSubject(tokens, to - 1, sentence)
  }
  // active: `will offer start-up grants to`
  let verb = to - 1
  const hyphened = (at: number) => (tokens[at].text === '-' && !tokens[at].spaced) || (tokens[at + 1]?.text === '-' && !tokens[at + 1].spaced) || (tokens[at - 1]?.text === '-' && !tokens[at].spaced)
  while (verb > 0 && to - verb < 7 && (/^(?:NOUN|ADJ|DET|PROPN)$/.test(tokens[verb].pos) || hyphened(verb))) verb--
  if (verb === to - 1 || tokens[verb]?.pos !== 'VERB' || !GIVING_VERBS.test(tokens[verb].lemma) || tokens[verb].lower !== tokens[verb].lemma || !ahead(verb - 1)) return undefined
  let from = verb + 1
  while (from < to && tokens[from].pos === 'DET') from++
  return from < to && ['NOUN', 'PROPN'].includes(tokens[to - 1].pos) ? slice(sentence, tokens, from, to) : undefined
}

/** Verbs by which a relative clause says what a thing holds: `a pipeline …, which lists 37 projects`. */
const HOLDING_VERBS = /^(?:list|count|have|include|number|comprise|contain|hold)$/

/**
 * ` in the pipeline` when a count is what a thing holds, said in a relative clause after it:
 * `a pipeline of projects, which already lists 37 projects`; empty otherwise.
 * @param from the first token of the count
 */
function relativeHolder(tokens: Token[], from: number, sentence: string): string {
  let verb = from - 1
  while (verb > 0 && (QUALIFIERS.has(tokens[verb].lower) || tokens[verb].pos === 'ADV') && tokens[verb].pos !== 'VERB') verb--
  if (tokens[verb]?.pos !== 'VERB' || !HOLDING_VERBS.test(tokens[verb].lemma)) return ''
  let which = verb - 1
  while (which > 0 && tokens[which].pos === 'ADV') which--
  if (!/^(?:which|that)$/.test(tokens[which]?.lower ?? '') || tokens[which - 1]?.text !== ',') return ''
  // the thing: the phrase before the comma, its noun before any `of`
  let start = which - 1
  while (start > 0 && which - start < 7 && /^(?:DET|ADJ|NOUN|PROPN|ADP)$/.test(tokens[start - 1].pos) && (tokens[start - 1].pos !== 'ADP' || tokens[start - 1].lower === 'of')) start--
  while (start < which - 1 && tokens[start].pos === 'ADP') start++
  const of = tokens.slice(start, which - 1).findIndex((token) => token.lower === 'of')
  const end = of >= 0 ? start + of : which - 1
  let first = start
  while (first < end && tokens[first].pos === 'DET') first++
  if (first >= end || !['NOUN', 'PROPN'].includes(tokens[end - 1].pos) || /^\p{Lu}/u.test(tokens[first].text)) return ''
  return `in the ${slice(sentence, tokens, first, end)}`
}

/**
 * A count that leaves its noun out because the count before it in the sentence named it: the
 * value a verb of reaching aims at (`12,000 farmers are insured, and the governments aim to reach
 * 50,000 by 2029` → `farmers to reach by 2029`) or the count of a second owner (`Chile's register holds 900,000
 * weapons and Peru's some 310,000` → `weapons of Peru`). Nothing when a noun follows it.
 */
function countOfThoseCounted(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[quantity.to]?.pos ?? '') || tokens[quantity.to]?.lower === 'of') return undefined
  let before = quantity.from - 1
  while (before > 0 && QUALIFIERS.has(tokens[before].lower) && tokens[before].pos !== 'VERB' && tokens[before].lower !== 'to') before--
  const owner = /^['’]s?$/.test(tokens[before]?.text ?? '') && tokens[before - 1]?.pos === 'PROPN' && tokens[before - 2]?.pos === 'CCONJ' ? tokens[before - 1].text : undefined
  if (!owner && !(tokens[before]?.pos === 'VERB' && tokens[before].lemma === 'reach' && tokens[before - 1]?.lower === 'to')) return undefined
  for (let at = before - 1; at >= 0 && at > quantity.from - 40; at--) {
    // a count in digits (`the two governments` is who acts, not what was counted)
    if (tokens[at].pos !== 'NUM' || !/^\d/.test(tokens[at].text) || /^(?:19|20)\d\d$/.test(tokens[at].text)) continue
    let end = at + 1
    // `1.6m weapons`: the short scale the tagger leaves apart
    while (tokens[end] && /^(?:m|bn|k|million|billion)$/i.test(tokens[end].text) && end < at + 3) end++
    const noun = countNoun(tokens, {...quantity, from: at, to: end, number: 2, words: false, size: false})
    if (noun) return `${slice(sentence, tokens, noun.from, noun.to)}${owner ? ` of ${owner}` : ' to reach'}${timeAfter(tokens, quantity.to, sentence)}`
  }
  return undefined
}

/**
 * A part told after the whole that opens its sentence: `Of the 48 outlet glaciers that members
 * watch, 41 retreated in 2026` gives 41 `outlet glaciers that retreated in 2026`.
 */
function partAfterWhole(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let first = 0
  while (first < quantity.from && /^(?:X|PUNCT)$/.test(tokens[first].pos)) first++
  if (tokens[first]?.lower !== 'of' || tokens[quantity.from - 1]?.text !== ',' || tokens.slice(first, quantity.from - 1).some((token) => /^[,;:]$/.test(token.text))) return undefined
  let at = first + 1
  while (at < first + 3 && /^(?:the|its|their|our|these|those|all)$/.test(tokens[at]?.lower ?? '')) at++
  let end = at
  while (tokens[end]?.pos === 'NUM' || (tokens[end]?.text === '-' && !tokens[end].spaced)) end++
  // (`Of the member lidos, nine are listed buildings`: a whole the text does not count is the plural phrase before the comma)
  const named = end === at && quantity.from - 1 > at && tokens.slice(at, quantity.from - 1).every((token) => /^(?:ADJ|NOUN|PROPN)$/.test(token.pos)) && isPluralNoun(tokens[quantity.from - 2]) ? {from: at, to: quantity.from - 1} : undefined
  const noun = named ?? (end > at ? countNoun(tokens, {...quantity, from: at, to: end, number: 2, words: false, size: false}) : undefined)
  if (!noun) return undefined
  let stop = quantity.to
  while (stop < tokens.length && stop - quantity.to < 8 && tokens[stop].pos !== 'PUNCT' && !/^(?:19|20)\d\d$/.test(tokens[stop].text)) stop++
  // what the part did (the tagger may call the verb a noun: `41 retreated/NOUN further`), up to its time
  while (stop > quantity.to && /^(?:ADP|DET|CCONJ)$/.test(tokens[stop - 1].pos)) stop--
  if (stop === quantity.to) return undefined
  // (`11 have been implemented in full`, `9 were closed`: a passive is told by its participle alone, decisions implemented in full)
  let done = quantity.to
  while (done < stop && tokens[done].pos === 'AUX' && /^(?:be|have)$/.test(tokens[done].lemma)) done++
  const passive = done > quantity.to && tokens[done - 1].lemma === 'be' && done < stop && isPastParticiple(tokens[done])
  return `${slice(sentence, tokens, noun.from, noun.to)} ${passive ? '' : 'that '}${slice(sentence, tokens, passive ? done : quantity.to, stop)}${timeAfter(tokens, stop, sentence)}`
}

/**
 * A part of a set the text names but does not count, as its clause's subject: `nine of the member festivals reported
 * injuries to spectators` gives `member festivals that reported injuries to spectators`; `seven of the contractors who came
 * told us …` gives `contractors who came`. (`quantities.ts` keeps such a count in words: `partAsSubject`.)
 */
function partOfSetBefore(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens[quantity.to]?.lower !== 'of' || !/^(?:the|its|their|our)$/.test(tokens[quantity.to + 1]?.lower ?? '')) return undefined
  const from = quantity.to + 2
  let end = from
  while (end < from + 5 && tokens[end] && (/^(?:ADJ|NOUN|PROPN)$/.test(tokens[end].pos) || (tokens[end].pos === 'VERB' && /ing$/.test(tokens[end].lower) && tokens[end + 1]?.pos === 'NOUN') || (tokens[end].text === '-' && !tokens[end].spaced))) end++
  if (end === from || !isPluralNoun(tokens[end - 1]) || tokens.slice(from, end).some((token) => /^(?:19|20)\d\d$/.test(token.text))) return undefined
  let stop = end
  while (stop < tokens.length && stop - end < 8 && tokens[stop].pos !== 'PUNCT' && !/^(?:19|20)\d\d$/.test(tokens[stop].text)) stop++
  while (stop > end && /^(?:ADP|DET|CCONJ)$/.test(tokens[stop - 1].pos)) stop--
  const what = slice(sentence, tokens, from, end)
  // (`who came to the Forum`: a relative clause says which of them; a verb says what they did)
  const relative = /^(?:who|that|which)$/.test(tokens[end]?.lower ?? '')
  // a set of one bare word that no clause narrows (`three of the members abstained`) is a part of a whole the text does not count: no figure
  if (end - from < 2 && !relative) return undefined
  if (stop === end) return what
  if (!relative && !/^(?:VERB|AUX)$/.test(tokens[end].pos)) return undefined
  return `${what} ${relative ? '' : 'that '}${slice(sentence, tokens, end, stop)}${timeAfter(tokens, stop, sentence)}`
}

/**
 * A count that `the number of …` passed, told in a clause after it: `the growing number of
 * tourists who walk on the glaciers, which passed 140,000 in 2025` gives `tourists who walk on the
 * glaciers in 2025`.
 */
function numberPassed(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let verb = quantity.from - 1
  while (verb > 0 && QUALIFIERS.has(tokens[verb].lower) && tokens[verb].pos !== 'VERB') verb--
  if (!PASSING_VERBS.test(tokens[verb]?.lemma ?? '') || !/^(?:which|that)$/.test(tokens[verb - 1]?.lower ?? '') || tokens[verb - 2]?.text !== ',') return undefined
  const comma = verb - 2
  let number = comma - 1
  while (number > 0 && comma - number < 14 && !(tokens[number].lower === 'number' && tokens[number + 1]?.lower === 'of')) number--
  if (tokens[number]?.lower !== 'number' || tokens[number + 1]?.lower !== 'of' || tokens.slice(number, comma).some((token) => token.pos === 'PUNCT')) return undefined
  const counted = tokens.slice(number + 2, comma)
  if (!counted.some((token) => token.pos === 'NOUN')) return undefined
  return `${slice(sentence, tokens, number + 2, comma)}${timeAfter(tokens, quantity.to, sentence)}`
}

/**
 * A count that adds to an earlier one and leaves its noun out: `from 120 to 310 stores since
 * 2020, with a further 150 to be built` gives `further stores to be built`; also a part of it
 * (`About 4,500 schools need work, and work on the first 600 will begin` gives `first schools`).
 */
function elidedCount(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let before = quantity.from - 1
  if (tokens[before]?.lower === 'more' || (tokens[quantity.to] && /^(?:more|further|additional)$/.test(tokens[quantity.to].lower))) return undefined
  // `work on the first 600 will begin in 2026`, `the remaining 300`: a part of the things counted before
  const part = /^(?:first|remaining)$/.test(tokens[before]?.lower ?? '') && tokens[before - 1]?.lower === 'the'
  if (!part && !/^(?:further|additional|another)$/.test(tokens[before]?.lower ?? '')) return undefined
  const adding = tokens[before].lower === 'another' ? 'further' : tokens[before].lower
  // the noun of the count before it in the sentence
  for (before -= 1; before >= 0 && before > quantity.from - 60; before--) {
    if (tokens[before].pos !== 'NUM') continue
    const noun = countNoun(tokens, {...quantity, from: before, to: before + 1, number: 2, words: false, size: false})
    if (!noun) continue
    const done = tokens[quantity.to]?.lower === 'to' && tokens[quantity.to + 1]?.lower === 'be' && tokens[quantity.to + 2]?.pos === 'VERB' ? ` to be ${tokens[quantity.to + 2].lower}` : ''
    return `${adding} ${slice(sentence, tokens, noun.from, noun.to)}${done}`
  }
  return undefined
}

/** Participles that say how some of those counted before took part (`joining`, `attending`, `following`). */
const TAKING_PART_HOW = /^(?:joining|attending|following|participating|connecting|connected|watching|dialling|dialing|listening)$/

/**
 * A bare count of those who took part in another way than the count before it, after `with` or `and`, its noun left out:
 * `12 guilds in the room and 5 joining by video`, `19 agencies took part, with 6 joining online` give `joining by video`,
 * `joining online`: the participle and how (an adverb, or a preposition and its noun).
 */
function joinedHow(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (quantity.words || !/^(?:with|and)$/.test(tokens[quantity.from - 1]?.lower ?? '') || !TAKING_PART_HOW.test(tokens[quantity.to]?.lower ?? '')) return undefined
  if (!tokens.slice(0, quantity.from - 1).some((token) => token.pos === 'NUM' && /^\d/.test(token.text) && !/^(?:19|20)\d\d$/.test(token.text))) return undefined
  const at = quantity.to + 1
  // (`online`, `offline`: the tagger may call them adjectives or nouns)
  const how = tokens[at]?.pos === 'ADV' || /^(?:online|offline|remotely|virtually)$/.test(tokens[at]?.lower ?? '') ? at + 1 : tokens[at]?.pos === 'ADP' && /^(?:NOUN|PROPN)$/.test(tokens[at + 1]?.pos ?? '') ? at + 2 : at
  return how > at ? slice(sentence, tokens, quantity.to, how) : undefined
}

/**
 * A count of some of the things an earlier count counted: `Delegations from 27 countries took
 * part, and 8 of them joined the Partnership` gives `countries that joined the Partnership`.
 */
function partOfThem(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  // `8 of them joined`, `17 of which are in coastal towns`, `of whom 40 are women`
  const after = tokens[quantity.to]?.lower === 'of' && /^(?:them|which|whom)$/.test(tokens[quantity.to + 1]?.lower ?? '')
  const before = tokens[quantity.from - 2]?.lower === 'of' && /^(?:which|whom)$/.test(tokens[quantity.from - 1]?.lower ?? '')
  // `27 named storms formed …, and 9 reached super typhoon strength`: a bare count that is the subject of its clause leaves out the noun counted before
  const elided = !after && !before && /^(?:and|but|while|whereas)$/.test(tokens[quantity.from - 1]?.lower ?? '') && !quantity.words && (tokens[quantity.to]?.pos === 'VERB' && !/ing$/.test(tokens[quantity.to].lower) || (tokens[quantity.to]?.pos === 'AUX' && tokens[quantity.to + (tokens[quantity.to + 1]?.pos === 'ADV' ? 2 : 1)]?.pos === 'VERB'))
  if (!after && !before && !elided) return undefined
  const verbAt = after ? quantity.to + 2 : quantity.to
  let what: string | undefined
  for (let before = quantity.from - 1; before >= 0 && before > quantity.from - 60 && !what; before--) {
    if (tokens[before].pos !== 'NUM') continue
    const noun = countNoun(tokens, {...quantity, from: before, to: before + 1, number: 2, words: false, size: false})
    if (noun) what = slice(sentence, tokens, noun.from, noun.to)
  }
  // `the accounts of small money transfer operators, 140 of which lost access …`: the plural phrase before the comma, when nothing before counts it
  if (!what && after && tokens[quantity.from - 1]?.text === ',') what = pluralPhraseBefore(tokens, quantity.from - 1, sentence)
  if (!what) return undefined
  // `17 of which are in coastal towns`, `of whom 40 are women`: what the part is
  if (tokens[verbAt]?.pos === 'AUX' && tokens[verbAt].lemma === 'be') {
    let at = verbAt + 1
    while (tokens[at]?.pos === 'ADV') at++
    const state = predicate(tokens, at, sentence)
    return state ? `${what} ${/^(?:DET|NOUN|PROPN)$/.test(tokens[at]?.pos ?? '') ? `${PERSON_NOUNS.test(what.split(' ').at(-1) ?? '') ? 'who' : 'that'} are ` : ''}${state}` : what
  }
  const verb = tokens[verbAt]
  const head = what.split(' ').at(-1) ?? ''
  // `40 surveyors, half of them women`, `…, a quarter of them paid for by …`: a share in words stands without a verb
  if (quantity.words && after && verb?.pos !== 'VERB') {
    const state = predicate(tokens, verbAt, sentence)
    return state ? `${what} ${PERSON_NOUNS.test(head) ? 'who' : 'that'} are ${state}` : what
  }
  if (quantity.words && after && verb.lower !== verb.lemma && !/s$/.test(verb.lower)) {
    const object = predicate(tokens, verbAt + 1, sentence)
    return `${what} ${verb.lower}${object ? ` ${object}` : ''}`
  }
  if (verb?.pos !== 'VERB') return what
  const object = predicate(tokens, verbAt + 1, sentence)
  return verb.lower === verb.lemma || /s$/.test(verb.lower) ? `${what} ${presentParticiple(verb.lemma)}${object ? ` ${object}` : ''}` : `${what} ${PERSON_NOUNS.test(head) ? 'who' : 'that'} ${verb.lower}${object ? ` ${object}` : ''}`
}

/**
 * The plural noun phrase that ends just before `end` (a comma), with the nouns and adjectives
 * before its head: `the accounts of small money transfer operators,` gives `small money transfer
 * operators`. Undefined when its head is not a plural noun.
 */
function pluralPhraseBefore(tokens: Token[], end: number, sentence: string): string | undefined {
  const head = tokens[end - 1]
  if (!head || head.pos !== 'NOUN' || head.lower === head.lemma || !(IRREGULAR_PLURALS.has(head.lower) || /s$/.test(head.lower))) return undefined
  let from = end - 1
  while (from > 0 && end - from < 6 && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[from - 1].pos)) from--
  return lowerFirst(slice(sentence, tokens, from, end), tokens[from])
}

/** Verbs by which a number named before reaches a new value: `want that number to reach 620,000`. */
const REACHING_VERBS = /^(?:reach|rise|grow|increase|climb|fall|drop|double|go)$/

/**
 * What a count counts when it is the value `that number` is to reach, the number being the first
 * count of the sentence before that is not the size of the membership: `Some 310,000 young people are in apprenticeships. Ministers want
 * that number to reach 620,000 by 2030.` gives `young people by 2030`.
 * @param previous the sentence before, in its paragraph
 * @param context the tokens of the sentence before, read once
 */
function numberNamedBefore(tokens: Token[], quantity: Quantity, sentence: string, previous: string, context: {previous?: Token[]}): string | undefined {
  let verb = quantity.from - 1
  while (verb > 0 && (QUALIFIERS.has(tokens[verb].lower) || tokens[verb].lower === 'to') && tokens[verb].pos !== 'VERB') verb--
  if (!REACHING_VERBS.test(tokens[verb]?.lemma ?? '')) return undefined
  let number = verb - 1
  while (number > 0 && /^(?:to|will|should|would|could|must|can|AUX)$/.test(tokens[number].pos === 'AUX' ? 'AUX' : tokens[number].lower)) number--
  if (tokens[number]?.lower !== 'number' || !/^(?:that|this|their|its)$/.test(tokens[number - 1]?.lower ?? '') || !previous || previous.length > MAX_SENTENCE) return undefined
  const before = (context.previous ??= tokensOf(previous))
  for (const counted of quantitiesOf(before, previous)) {
    const noun = counted.kind === 'count' ? countNoun(before, counted) : undefined
    // the size of the membership is who met, not the number their plans are about
    if (noun && !before.slice(noun.from, noun.to).some((token) => /^members?$/.test(token.lower))) return `${slice(previous, before, noun.from, noun.to)}${timeAfter(tokens, quantity.to, sentence)}`
  }
  return undefined
}

/**
 * A bare count that a verb acts on, its noun left out because the sentence before counted the same things:
 * `About 35,000 technicians are certified. Ministers agreed to train and certify 120,000 by 2030.` gives
 * `technicians to train and certify by 2030`. Only a count in digits with no noun after it, right after its verbs.
 * @param previous the sentence before, in its paragraph
 * @param context the tokens of the sentence before, read once
 */
function objectNamedBefore(tokens: Token[], quantity: Quantity, sentence: string, previous: string, context: {previous?: Token[]}): string | undefined {
  const after = tokens[quantity.to]
  if (quantity.words || (after && after.pos !== 'PUNCT' && after.pos !== 'ADP') || !previous || previous.length > MAX_SENTENCE) return undefined
  // `train and certify 120,000`: the verbs, joined by `and` or `or`
  // (the last verb may be tagged a noun after `and`: `hire and train 600`)
  let first = quantity.from - 1
  const base = (at: number) => tokens[at]?.pos === 'VERB' && tokens[at].lower === tokens[at].lemma
  if (!base(first) && !(tokens[first]?.pos === 'NOUN' && /^(?:and|or)$/.test(tokens[first - 1]?.lower ?? '') && base(first - 2))) return undefined
  while (/^(?:and|or)$/.test(tokens[first - 1]?.lower ?? '') && base(first - 2)) first -= 2
  const before = (context.previous ??= tokensOf(previous))
  const counted = quantitiesOf(before, previous).filter((other) => other.kind === 'count').at(-1)
  const noun = counted ? countNoun(before, counted) : undefined
  if (!noun || before.slice(noun.from, noun.to).some((token) => /^members?$/.test(token.lower))) return undefined
  return `${slice(previous, before, noun.from, noun.to)} to ${slice(sentence, tokens, first, quantity.from)}${timeAfter(tokens, quantity.to, sentence)}`
}

/**
 * A count of some of the things the sentence before counted: `Approx. 48 million people lack safe
 * water. Members will connect 10 million of them by 2028.` gives `people to be connected by 2028`.
 * `them` names the last thing counted before; a sentence that counts nothing before gives no label.
 * @param previous the sentence before, in its paragraph
 * @param context the tokens of the sentence before, read once
 */
function partOfThoseBefore(tokens: Token[], quantity: Quantity, sentence: string, previous: string, context: {previous?: Token[]}): string | undefined {
  if (tokens[quantity.to]?.lower !== 'of' || tokens[quantity.to + 1]?.lower !== 'them' || !previous || previous.length > MAX_SENTENCE) return undefined
  const before = (context.previous ??= tokensOf(previous))
  let what: string | undefined
  for (const counted of quantitiesOf(before, previous)) {
    const noun = counted.kind === 'count' ? countNoun(before, counted) : undefined
    if (noun) what = slice(previous, before, noun.from, noun.to)
  }
  if (!what) return undefined
  const them = {from: quantity.to, to: quantity.to + 2}
  const done = whatIsToBeDone(tokens, quantity, them, them.to, sentence)
  return done ? done.replace(/^of them/, () => what!) : `${what}${timeAfter(tokens, them.to, sentence)}`
}

/** Verbs by which a clause gives how many of its subject there are: `refugees, who now number 4,300`. */
const NUMBERING_VERBS = /^(?:number|total|count)$/

/**
 * What a bare count numbers when a verb of numbering gives it: `Refugees now number 4,300` and
 * `refugees, who now number 4,300` give `refugees`. `undefined` otherwise.
 */
function numberedSubject(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let verb = quantity.from - 1
  while (verb > 0 && QUALIFIERS.has(tokens[verb].lower) && tokens[verb].pos !== 'VERB') verb--
  const act = tokens[verb]
  if (!act || !NUMBERING_VERBS.test(act.lemma) || !['VERB', 'NOUN'].includes(act.pos)) return undefined
  let before = verb - 1
  while (before > 0 && tokens[before].pos === 'ADV') before--
  let subject: string | undefined
  if (/^(?:who|which|that)$/.test(tokens[before]?.lower ?? '') && tokens[before - 1]?.text === ',') {
    // the noun before the comma with its adjectives and one noun before it (`displaced families`, `border guards`)
    const head = before - 2
    if (!['NOUN', 'PROPN'].includes(tokens[head]?.pos ?? '')) return undefined
    let from = head
    while (from > 0 && head - from < 3 && (tokens[from - 1].pos === 'ADJ' || (tokens[from - 1].pos === 'VERB' && /(?:ed|en)$/.test(tokens[from - 1].lower)))) from--
    if (from === head && tokens[from - 1]?.pos === 'NOUN' && !/[^s]s$/.test(tokens[from - 1].lower) && !(tokens[from - 2]?.pos === 'NOUN' && /[^s]s$/.test(tokens[from - 2].lower))) from--
    subject = lowerFirst(slice(sentence, tokens, from, head + 1), tokens[from])
  } else subject = clauseSubject(tokens, before + 1, sentence)
  if (!subject) return undefined
  return `${subject}${timeAfter(tokens, quantity.to, sentence)}`
}

/**
 * What a bare count numbers when its clause's subject is `the number of …`: `The number of girls in
 * secondary school rose to 3.2 million in 2023` gives `girls in secondary school in 2023`.
 */
function numberOfSubject(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let verb = quantity.from - 1
  // (`has risen to an estimated 5,870`: `an estimated` qualifies the count, as `about` does)
  while (verb > 0 && (QUALIFIERS.has(tokens[verb].lower) || tokens[verb].lower === 'to' || estimatedAt(tokens, verb)) && (tokens[verb].pos !== 'VERB' || estimatedAt(tokens, verb))) verb--
  return numberOfSubjectOf(tokens, verb, quantity.to, sentence)
}

/** Whether the token at `at` is `an estimated`'s article or participle, which qualify the count after them (`to an estimated 5,870`). */
function estimatedAt(tokens: Token[], at: number): boolean {
  return (tokens[at]?.lower === 'estimated' && /^(?:an|some)$/.test(tokens[at - 1]?.lower ?? '')) || (/^(?:an|some)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'estimated')
}

/**
 * The things `the number of …` counts when it is the subject of the verb at `verb` (`The number of
 * lakes classed as dangerous has risen …` → `lakes classed as dangerous`), with the time after `after`.
 */
function numberOfSubjectOf(tokens: Token[], verb: number, after: number, sentence: string): string | undefined {
  const act = tokens[verb]
  if (!act || !(LINKING_VERBS.has(act.lower) || CHANGE_VERBS[act.lemma])) return undefined
  let start = verb
  while (start > 0 && !/^[;:,]$/.test(tokens[start - 1].text) && tokens[start - 1].lower !== 'that') start--
  // `the number of parking apps that read the feed has reached 37`: a relative clause inside the subject (figures50)
  if (tokens[start - 1]?.lower === 'that' && start - 1 > 0) {
    let outer = start - 1
    while (outer > 0 && !/^[;:,]$/.test(tokens[outer - 1].text) && tokens[outer - 1].lower !== 'that') outer--
    while (/^(?:DET|CCONJ)$/.test(tokens[outer]?.pos ?? '')) outer++
    if (tokens[outer]?.lower === 'number' && tokens[outer + 1]?.lower === 'of' && outer + 2 < start - 1) start = outer
  }
  // (`…, and the number of …`: the conjunction opens the clause)
  while (/^(?:DET|CCONJ)$/.test(tokens[start]?.pos ?? '')) start++
  if (tokens[start + 1]?.lower !== 'of') return undefined
  // `the backlog of unanalysed cases stood at 41,000`: a noun that holds a tally of the plural things after it (not `the stock of debt`);
  // the things are the head of the compound after `of` (`planning applications`)
  const tallied = () => {
    let head = start + 2
    while (head < verb && !(tokens[head].pos === 'NOUN' && tokens[head + 1]?.pos !== 'NOUN')) head++
    return head < verb && isPluralNoun(tokens[head])
  }
  if (tokens[start]?.lower !== 'number' && !(TALLY_NOUNS.has(tokens[start]?.lower ?? '') && tallied())) return undefined
  let end = verb
  while (end > start + 2 && /^(?:AUX|ADV|PART)$/.test(tokens[end - 1].pos)) end--
  // `the number of glacial lakes classed as dangerous`: a participle's phrase may close it
  const closed = ['NOUN', 'PROPN'].includes(tokens[end - 1]?.pos ?? '') || (tokens[end - 1]?.pos === 'ADJ' && tokens.slice(start + 2, end).some((token, at, all) => ['NOUN', 'PROPN'].includes(token.pos) && isPastParticiple(all[at + 1])))
  if (end <= start + 2 || !closed) return undefined
  return `${slice(sentence, tokens, start + 2, end)}${timeAfter(tokens, after, sentence)}`
}

/**
 * The things `the number of …` counts when that phrase is the object or complement right before a
 * change's `from` (`double the number of training places for nurses, from 300 to 600 a year`,
 * `an increase in the number of rangers from 40 to 90`): the phrase after `number of`, ending on its
 * noun, with no verb or clause between it and `from`. `undefined` otherwise.
 * @param fromAt the index of the change's `from`
 */
function numberOfBefore(tokens: Token[], fromAt: number, sentence: string): string | undefined {
  const end = tokens[fromAt - 1]?.text === ',' ? fromAt - 1 : fromAt
  let start = end - 1
  // (a past participle right after a noun narrows it: `the number of court interpreters certified`, `of hearings interpreted by video link`)
  // (the tagger calls some of them adjectives: `certified`)
  // (never the clause's own verb of change: `The number of cases … rose from 200 to 900`)
  const narrowing = (at: number) => (isPastParticiple(tokens[at]) || (tokens[at].pos === 'ADJ' && /ed$/.test(tokens[at].lower))) && !CHANGE_VERBS[tokens[at].lemma] && /^(?:NOUN|PROPN)$/.test(tokens[at - 1]?.pos ?? '')
  let narrowed = false
  while (start > 1 && end - start <= 10 && !(tokens[start].lower === 'number' && tokens[start + 1]?.lower === 'of')) {
    if (!/^(?:NOUN|PROPN|ADJ|ADP|DET|CCONJ)$/.test(tokens[start].pos) && !(tokens[start].text === '-' && !tokens[start].spaced)) {
      if (!narrowing(start)) return undefined
      narrowed = true
    }
    start--
  }
  if (tokens[start]?.lower !== 'number' || tokens[start + 1]?.lower !== 'of' || tokens[start - 1]?.lower !== 'the' || end <= start + 2) return undefined
  if (!['NOUN', 'PROPN'].includes(tokens[end - 1].pos) && !narrowing(end - 1)) return undefined
  // a participle narrows the noun only where the phrase is a verb's object (`raise the number of interpreters certified`),
  // not the clause's subject, whose own verb it may be (`The number of cases … increased from 200 to 900`)
  if ((narrowed || !['NOUN', 'PROPN'].includes(tokens[end - 1].pos)) && tokens[start - 2]?.pos !== 'VERB') return undefined
  return slice(sentence, tokens, start + 2, end)
}

/**
 * What a bare count numbers when a verb brings `the number of …` to it: `bringing the number of
 * participating countries to 10` gives `participating countries`. `undefined` otherwise.
 */
function numberBroughtTo(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let to = quantity.from - 1
  while (to > 0 && (QUALIFIERS.has(tokens[to].lower) || estimatedAt(tokens, to)) && tokens[to].lower !== 'to') to--
  if (tokens[to]?.lower !== 'to') return undefined
  // the `number of` phrase just before `to`: `the number of X to N`
  let start = to - 1
  while (start > 0 && to - start < 14 && !(tokens[start].lower === 'number' && tokens[start + 1]?.lower === 'of')) start--
  if (tokens[start]?.lower !== 'number' || tokens[start + 1]?.lower !== 'of' || !/^(?:the|a)$/.test(tokens[start - 1]?.lower ?? '')) return undefined
  const verb = tokens[start - 2]
  if (!verb || verb.pos !== 'VERB') return undefined
  const phrase = tokens.slice(start + 2, to)
  if (phrase.length === 0 || !['NOUN', 'PROPN'].includes(phrase.at(-1)!.pos)) return undefined
  // the counted noun and its modifiers, then (`countries taking part in the work of the Network`) a participle and its phrases
  const plain = phrase.every((token) => /^(?:ADJ|NOUN|PROPN|VERB)$/.test(token.pos))
  const head = phrase.findIndex((token) => token.pos === 'NOUN')
  // (`trained lifeguards on public beaches`: a participle before the noun describes it as an adjective does)
  const modified = head >= 0 && isPluralNoun(phrase[head]) && phrase.slice(0, head).every((token) => token.pos === 'ADJ' || (token.pos === 'VERB' && isPastParticiple(token))) && phrase.slice(head + 1).every((token) => /^(?:ADJ|ADV|NOUN|PROPN|VERB|ADP|DET|PART)$/.test(token.pos) || /^['’]s?$/.test(token.text))
  if (!plain && !(modified && to - start < 14)) return undefined
  if (plain && to - start >= 8) return undefined
  return `${slice(sentence, tokens, start + 2, to)}${timeAfter(tokens, quantity.to, sentence)}`
}

/**
 * The body a bare count gives the size of: `with three vans and a staff of 14` gives `staff`,
 * `a crew of 9` gives `crew`. `undefined` when a noun follows the count (`a team of 12 engineers`
 * counts engineers) or the body has no article (`the staff of 14 clinics`).
 */
function bodyOfSize(tokens: Token[], quantity: Quantity): string | undefined {
  const of = quantity.from - 1
  if (tokens[of]?.lower !== 'of' || !SIZED_BODIES.test(tokens[of - 1]?.lower ?? '') || !/^(?:a|an)$/.test(tokens[of - 2]?.lower ?? '')) return undefined
  if (/^(?:NOUN|PROPN|ADJ)$/.test(tokens[quantity.to]?.pos ?? '')) return undefined
  return tokens[of - 1].lower
}

/** Whether a bare count is the value a verb brings a number named before to: `bring that number to 80`, `raise this number to 1,200`. */
function numberBroughtAgain(tokens: Token[], quantity: Quantity): boolean {
  const to = quantity.from - 1
  return quantity.kind === 'count' && tokens[to]?.lower === 'to' && tokens[to - 1]?.lower === 'number' && /^(?:that|this)$/.test(tokens[to - 2]?.lower ?? '') && BRINGING_VERBS.test(tokens[to - 3]?.lemma ?? '')
}

/** Verbs that bring a total to a count: `bringing the total to 96`. */
const BRINGING_VERBS = /^(?:bring|raise|take|lift|push)$/

/**
 * What a bare count numbers when a verb brings `the total` to it after a count of things added
 * earlier in the sentence: `add 22 sea-level gauges to its network, bringing the total to 96`
 * gives `sea-level gauges in total`. `undefined` otherwise.
 */
function totalBroughtTo(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let to = quantity.from - 1
  if (tokens[to]?.lower !== 'to') return undefined
  // `bringing the total in the reserves to 5,600`: a phrase that says where the total is counted stays, after the counted noun
  let total = to - 1
  while (total > to - 7 && total > 0 && (/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[total].pos) || /^['’]s$/.test(tokens[total].text)) && tokens[total].lower !== 'total') total--
  const where = tokens[total]?.lower === 'in' || tokens[total]?.lower === 'across' ? slice(sentence, tokens, total, to) : ''
  if (where) to = total
  if (tokens[to - 1]?.lower !== 'total' || tokens[to - 2]?.lower !== 'the' || !BRINGING_VERBS.test(tokens[to - 3]?.lemma ?? '') || tokens[to - 3].pos !== 'VERB') return undefined
  // the nearest count before, in the same clause of the sentence, and the plural noun it counts
  let count = to - 4
  // (not a year: `… by the end of 2027, bringing the total to …`)
  while (count >= 0 && !(tokens[count].pos === 'NUM' && /\d/.test(tokens[count].text) && !/^(?:19|20)\d\d$/.test(tokens[count].text)) && !/^[;:.]$/.test(tokens[count].text)) count--
  if (count < 0 || tokens[count].pos !== 'NUM') return undefined
  // (the total holds the old ones too: `new` goes)
  const from = ADDING_WORDS.has(tokens[count + 1]?.lower ?? '') ? count + 2 : count + 1
  const end = nounsEnd(tokens, from, to)
  if (end === from || !isPluralNoun(tokens[end - 1])) return undefined
  return `${slice(sentence, tokens, from, end)}${where ? ` ${where}` : ''} in total`
}

/** Where a run of adjectives and nouns (hyphens unspaced between them) that starts at `from` ends, before `to` at most. */
function nounsEnd(tokens: Token[], from: number, to: number): number {
  let end = from
  while (end < to && (/^(?:ADJ|NOUN)$/.test(tokens[end].pos) || (tokens[end].text === '-' && !tokens[end].spaced))) end++
  return end
}

/**
 * What a bare count numbers when it is the whole a part is counted `out of`: `four seats out of
 * eleven`, `14 seats out of 40` give `seats`. `undefined` otherwise.
 */
function wholeOutOf(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens[quantity.from - 1]?.lower !== 'of' || tokens[quantity.from - 2]?.lower !== 'out') return undefined
  const end = quantity.from - 2
  let from = end
  while (from > 0 && /^(?:ADJ|NOUN)$/.test(tokens[from - 1].pos)) from--
  if (from === end || tokens[from - 1]?.pos !== 'NUM' || !isPluralNoun(tokens[end - 1])) return undefined
  return slice(sentence, tokens, from, end)
}

/**
 * What a bare count numbers when a count of new things is added to it: `adding 60 new stations to
 * the 870 that national services already run` gives `stations that national services already
 * run`. The count of new ones must be in the same clause, after a verb of adding. `undefined` otherwise.
 */
function countAddedTo(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  const to = quantity.from - 2
  if (tokens[to]?.lower !== 'to' || tokens[to + 1]?.lower !== 'the') return undefined
  let count = to - 1
  while (count >= 0 && count > to - 8 && !(tokens[count].pos === 'NUM' && /\d/.test(tokens[count].text)) && tokens[count].pos !== 'PUNCT') count--
  if (count < 1 || tokens[count].pos !== 'NUM' || !ADDING_WORDS.has(tokens[count + 1]?.lower ?? '')) return undefined
  const verb = tokens[count - 1]?.lower === 'least' ? count - 3 : count - 1
  if (tokens[verb]?.lemma !== 'add') return undefined
  const from = count + 2
  const end = nounsEnd(tokens, from, to)
  if (end === from || end !== to || !isPluralNoun(tokens[end - 1])) return undefined
  // `the 870 that national services already run`: the relative clause says which ones
  let stop = quantity.to
  if (/^(?:that|which)$/.test(tokens[stop]?.lower ?? '')) while (stop < tokens.length && stop < quantity.to + 10 && tokens[stop].pos !== 'PUNCT' && tokens[stop].pos !== 'CCONJ') stop++
  return `${slice(sentence, tokens, from, end)}${stop > quantity.to ? ` ${slice(sentence, tokens, quantity.to, stop)}` : ''}`
}

/**
 * What a bare count numbers when it is what a plural subject rose or came to: `Reports of drones
 * rose to 3,100 last year` gives `reports of drones`, `Visitor arrivals reached 31.5 million in
 * 2023` gives `visitor arrivals in 2023`. Only a plural head is counted, or a noun that names a headcount (`Enrolment climbed to 4.2 million`; `growth rose to 3` is not a count of growth).
 */
function pluralSubjectReached(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let verb = quantity.from - 1
  while (verb > 0 && QUALIFIERS.has(tokens[verb].lower) && tokens[verb].pos !== 'VERB') verb--
  if (tokens[verb]?.lower === 'to') verb--
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || !(LINKING_VERBS.has(act.lower) || CHANGE_VERBS[act.lemma]) || /^(?:is|are|was|were|be)$/.test(act.lower)) return undefined
  // the verb's own object is not its subject: `raise 12 …`
  if (act.lower === act.lemma && tokens[quantity.from - 1]?.lower !== 'to') return undefined
  const subject = clauseSubject(tokens, verb, sentence)
  // (`accidents needing rescue rose to 312`, `households lacking water fell to …`: a participle phrase after the head narrows it, the head stays before it)
  const words = subject?.split(/ (?:of|in|on|at|from|to|for|with|near|between|among|across|throughout|within) /)[0].split(' ') ?? []
  const plural = (word: string) => /[^s]s$|ies$/.test(word) || IRREGULAR_PLURALS.has(word)
  const narrowed = words.findIndex((word, at) => at > 0 && at < words.length - 1 && /\p{L}ing$/u.test(word) && plural(words[at - 1]))
  const head = (narrowed > 0 ? words[narrowed - 1] : words.at(-1)) ?? ''
  if (!subject || !(plural(head) || HEADCOUNT_NOUNS.has(head.toLowerCase()) || head.toLowerCase() === 'membership')) return undefined
  // (`guild membership had fallen to 2,900`: a membership counts its members)
  return `${head.toLowerCase() === 'membership' ? subject.replace(/membership$/i, 'members') : subject}${timeAfter(tokens, quantity.to, sentence)}`
}

/** Whether a value is of a past year, its noun between (`190,000 hectares in 1960`, `62 kiosks in 2010`): the base of a comparison. */
function ofYearGone(tokens: Token[], quantity: Quantity): boolean {
  let at = quantity.to
  while (at < quantity.to + 3 && /^(?:NOUN|ADJ)$/.test(tokens[at]?.pos ?? '')) at++
  return tokens[at]?.lower === 'in' && /^(?:19|20)\d\d$/.test(tokens[at + 1]?.text ?? '') && !/^[\d–-]/.test(tokens[at + 2]?.text ?? '')
}

/** Heads of a subject that measures things against a base (`the injury rate`, `the crash ratio`). */
const RATE_HEADS = /^(?:rate|rates|ratio|incidence|frequency)$/

/**
 * A rate the clause's subject reached or stood at, per a base written after it (`The recordable injury rate at member mills fell
 * to 4.1 per 100 full-time workers in 2025`, `the drowning rate stood at 2.3 per 100,000 people`): the subject (without where
 * it was measured) and the base, and the time after it; `undefined` for any other count.
 */
function ratePerBase(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens[quantity.to]?.lower !== 'per') return undefined
  let end = quantity.to + 1
  while (end < tokens.length && end - quantity.to <= 3 && (tokens[end].pos === 'NUM' || /^(?:\d[\d,.]*|hundred|thousand|million)$/.test(tokens[end].lower))) end++
  if (end === quantity.to + 1) return undefined
  const base = nounPhraseAfter(tokens, end)
  if (!base || base.from !== end) return undefined
  let verb = quantity.from - 1
  while (verb > 0 && QUALIFIERS.has(tokens[verb].lower) && tokens[verb].pos !== 'VERB') verb--
  if (tokens[verb]?.lower === 'to' || tokens[verb]?.lower === 'at') verb--
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || !(LINKING_VERBS.has(act.lower) || CHANGE_VERBS[act.lemma] || act.lemma === 'stand')) return undefined
  // (`the drowning rate rose`: a gerund the tagger calls a verb stops the clause's subject, so the words before the head are read here)
  let last = verb
  while (last > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[last - 1].pos)) last--
  // (`the injury rate at member mills fell`: a short phrase of where after the head is left out)
  for (let at = last - 1; at > 1 && last - at <= 5 && /^(?:DET|ADJ|NOUN|PROPN|ADP)$/.test(tokens[at].pos); at--) {
    if (tokens[at].pos === 'ADP' && RATE_HEADS.test(tokens[at - 1].lower)) {
      last = at
      break
    }
  }
  let first = last - 1
  while (first > 0 && last - first < 7 && ((/^(?:NOUN|PROPN|ADJ|VERB)$/.test(tokens[first - 1].pos) && !LINKING_VERBS.has(tokens[first - 1].lower)) || (tokens[first - 1].text === '-' && !tokens[first - 1].spaced))) first--
  const simple = RATE_HEADS.test(tokens[last - 1]?.lower ?? '') && tokens[first - 1]?.pos === 'DET' ? lowerFirst(slice(sentence, tokens, first, last), tokens[first]) : undefined
  const head = simple ?? clauseSubject(tokens, verb, sentence)?.split(/ (?:of|in|on|at|from|to|for|with|among|across|within) /)[0]
  if (!head || !RATE_HEADS.test(head.split(' ').at(-1) ?? '')) return undefined
  // (a comparison after it gives its own time: `…, down from 5.6 in 2022`)
  const compared = /^,? ?(?:in (?:19|20)\d\d,? )?(?:(?:up|down) from|against|compared)\b/.test(sentence.slice(tokens[base.to - 1].end).trim())
  return `${head} per ${slice(sentence, tokens, quantity.to + 1, base.to)}${compared ? '' : timeAfter(tokens, base.to, sentence)}`
}

/**
 * How often something happened, when the text counts it: `Departures were halted at least 65
 * times` gives `departures halted`. Only a number in digits after a verb in the past (a plan's
 * rhythm, `meet three times a year`, and a ratio, `four times faster`, are not counts of events).
 */
function timesItHappened(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens[quantity.to]?.lower !== 'times' || quantity.words || !/\d/.test(tokens[quantity.to - 1]?.text ?? '')) return undefined
  if ((/^(?:a|an|per|each|every|more|less|faster|higher|lower|as|over|the)$/.test(tokens[quantity.to + 1]?.lower ?? '') && !overAStretch(tokens, quantity.to + 1)) || comparativeAfter(tokens, quantity.to + 1, sentence)) return undefined
  const verb = verbBeforeEvents(tokens, quantity.from)
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || act.lower === act.lemma || /ing$/.test(act.lower)) return undefined
  let be = verb
  while (be > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[be - 1].pos)) be--
  // `were held 1,900 times` says what happened to the subject; `held talks 12 times` does not
  // (`who launched 9,400 times`: with nothing between the verb and its count, the verb is what was done so often)
  const bare = tokens.slice(verb + 1, quantity.from).every((token) => QUALIFIERS.has(token.lower))
  if (UNDESCRIPTIVE_VERBS.has(act.lemma) && !bare && !tokens.slice(be, verb).some((token) => token.lemma === 'be')) return undefined
  // (after a relative pronoun, `crews, who launched …`, the subject is the relative's antecedent, not counted here)
  const relative = /^(?:who|which|that)$/.test(tokens[be - 1]?.lower ?? '')
  const subject = relative ? undefined : clauseSubject(tokens, be, sentence) ?? subjectBefore(tokens, verb, sentence)
  if (subject) {
    // (`times officers were called to the lochsides`, `times boaters worked the lower flight last year`: what happened so
    // often, as a clause after `times`, with the phrase or object between the verb and the count; a time that opens the
    // subject, `Last year boaters …`, goes to its end, as it belongs to the clause)
    let end = quantity.from
    while (end > verb + 1 && (QUALIFIERS.has(tokens[end - 1].lower) || /^(?:over|under|just|well|little|a)$/.test(tokens[end - 1].lower))) end--
    const opening = /^((?:last|this|that|each|every) (?:year|season|month|week|summer|winter|spring|autumn)),? (.+)$/i.exec(subject)
    const who = opening ? opening[2] : subject
    // (a time after the count is left where the writers leave it, `held at borders 1,900 times last year`: out)
    const time = opening ? ` ${opening[1].toLowerCase()}` : ''
    return `times ${lowerFirst(who, tokens[0])} ${slice(sentence, tokens, be, end)}${time}`
  }
  // `crews, who launched 9,400 times last year`: an active verb whose actor is no noun phrase of the clause counts the times it was done
  return be === verb && bare ? `times ${act.lower}${timeAfter(tokens, quantity.to + 1, sentence)}` : undefined
}

/**
 * A share of something named before by a pronoun: `trade between members recovered …, and 60
 * percent of it is now free of tariffs` gives `of trade between members free of tariffs`.
 */
function shareOfIt(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens[quantity.to]?.lower !== 'of' || !/^(?:it|them)$/.test(tokens[quantity.to + 1]?.lower ?? '')) return undefined
  let what: string | undefined
  for (let verb = quantity.from - 1; verb > 0 && verb > quantity.from - 60 && !what; verb--) {
    if (tokens[verb].pos !== 'VERB') continue
    const subject = clauseSubject(tokens, verb, sentence)
    // its head noun, before any phrase (`trade between members`)
    if (subject && !PERSON_NOUNS.test(subject.split(/ (?:of|in|on|between|among|from|to|for|with) /)[0].split(' ').at(-1) ?? '')) what = subject
  }
  if (!what) return undefined
  // `is now free of tariffs`: what the share is
  let at = quantity.to + 2
  if (tokens[at]?.pos !== 'AUX' || tokens[at].lemma !== 'be') return `of ${what}`
  at++
  while (tokens[at]?.pos === 'ADV') at++
  const state = ['ADJ', 'VERB'].includes(tokens[at]?.pos ?? '') ? predicate(tokens, at, sentence) : ''
  return `of ${what}${state ? ` ${state}` : ''}`
}

/** Verbs by which a subject is a share of a whole: `women make up 28% of teachers`, `wind and solar accounted for 38% of electricity`. */
const SHARE_VERBS = /^(?:make|account|represent|constitute|form|comprise)$/

/**
 * A share that its clause's subject makes up: the whole, then what the subject is of it. `Women
 * make up 40 percent of judges in the region` gives `of judges who are women` (the subject, not
 * the whole, is what is counted; a place that repeats who met goes); `wind and solar power made up
 * 38% of the region's electricity in 2023` gives `of the region's electricity from wind and solar
 * power in 2023`. `undefined` when no such verb governs the share.
 */
function shareMadeUpBy(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (tokens[quantity.to]?.lower !== 'of') return undefined
  let verb = quantity.from - 1
  while (verb > 0 && (QUALIFIERS.has(tokens[verb].lower) || tokens[verb].pos === 'ADV') && !/^(?:up|for)$/.test(tokens[verb].lower)) verb--
  // `make up`, `account for`: the particle before the share
  if (/^(?:up|for)$/.test(tokens[verb]?.lower ?? '')) verb--
  const act = tokens[verb]
  if (!act || !['VERB', 'NOUN', 'AUX'].includes(act.pos) || !SHARE_VERBS.test(act.lemma)) return undefined
  if ((act.lemma === 'make' && tokens[verb + 1]?.lower !== 'up') || (act.lemma === 'account' && tokens[verb + 1]?.lower !== 'for')) return undefined
  const subject = sharerBefore(tokens, verb, sentence)
  const whole = nounPhraseAfter(tokens, quantity.to + 1)
  if (!subject || !whole) return undefined
  const to = postModifierEnd(tokens, whole.to, whole.to - whole.from)
  // a share of things is `of judges`, not `of the judges`
  const head = tokens[whole.to - 1]
  const from = tokens[whole.from].lower === 'the' && head.lower !== head.lemma && /s$/.test(head.lower) && !tokens.slice(whole.from, whole.to).some((token) => /^['’]s?$/.test(token.text)) ? whole.from + 1 : whole.from
  const written = slice(sentence, tokens, from, to).replace(GENERIC_PLACE, '')
  const people = PERSON_NOUNS.test(subject.split(' ').at(-1) ?? '') || /^(?:women|men|girls|boys|people|youth)$/i.test(subject)
  const tail = timeAfter(tokens, to, sentence)
  return `of ${written} ${people ? 'who are' : 'from'} ${subject}${tail}`
}

/**
 * The subject of a verb of sharing, nouns joined by `and` included: `wind and solar power made
 * up`, `services, which together account for` (the phrase before the relative's comma).
 */
function sharerBefore(tokens: Token[], verb: number, sentence: string): string | undefined {
  let end = verb
  while (end > 0 && /^(?:ADV|AUX|PART)$/.test(tokens[end - 1].pos)) end--
  if (/^(?:which|that|who)$/.test(tokens[end - 1]?.lower ?? '') && tokens[end - 2]?.text === ',') end -= 2
  let from = end
  while (from > 0 && end - from < 6 && (/^(?:NOUN|PROPN|ADJ|CCONJ)$/.test(tokens[from - 1].pos) || (tokens[from - 1].text === '-' && !tokens[from - 1].spaced))) from--
  while (from < end && tokens[from].pos === 'CCONJ') from++
  if (from === end || !['NOUN', 'PROPN'].includes(tokens[end - 1].pos)) return undefined
  return lowerFirst(slice(sentence, tokens, from, end), tokens[from])
}

/**
 * The label of a number with a unit (`would avoid 0.1°C of warming by …`): the unit, what it
 * measures, and what is done to it when a verb governs it (`°C of warming avoided`).
 */
function unitLabel(tokens: Token[], quantity: Quantity, sentence: string): string {
  const measured = tokens[quantity.to]?.lower === 'of' ? nounPhraseAfter(tokens, quantity.to + 1) : undefined
  // `3.5°C hotter in the densest districts (than …)`: a difference keeps its comparative and where it is measured
  const compared = measured ? '' : comparativeAfter(tokens, quantity.to, sentence)
  if (compared) return `${quantity.unit} ${compared}${compared.includes(' ') ? '' : placeOfSubject(tokens, quantity.from, sentence)}`
  // `temperatures have risen by 1.2°C per decade`: the size of a change, with its rate and time
  const changed = measured ? undefined : changeByMeasure(tokens, quantity, sentence)
  if (changed) return `${quantity.unit} ${changed}${changeRateAndTime(tokens, quantity.to, sentence)}`
  const what = measured ? `${quantity.unit} ${slice(sentence, tokens, quantity.to, measured.to)}` : quantity.unit!
  let verb = quantity.from - 1
  while (verb >= 0 && (QUALIFIERS.has(tokens[verb].lower) || tokens[verb].pos === 'ADV')) verb--
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || LINKING_VERBS.has(act.lower) || UNDESCRIPTIVE_VERBS.has(act.lemma) || CHANGE_VERBS[act.lemma]) return what
  return `${what} ${pastParticiple(act.lemma)}`
}

/**
 * The place phrase of the subject of the clause a measure ends (`Summer nights in the densest
 * districts are now 3.5°C hotter` gives ` in the densest districts`), or empty.
 * @param at the measure's first token
 */
function placeOfSubject(tokens: Token[], at: number, sentence: string): string {
  let verb = at - 1
  while (verb > 0 && /^(?:ADV|PART)$/.test(tokens[verb].pos)) verb--
  if (!/^(?:AUX|VERB)$/.test(tokens[verb]?.pos ?? '')) return ''
  let start = verb
  while (start > 0 && !/^[;:,]$/.test(tokens[start - 1].text) && verb - start < 12) start--
  const place = tokens.slice(start, verb).findIndex((token) => /^(?:in|across|at|on|along)$/.test(token.lower) && token.pos === 'ADP')
  if (place <= 0 || !tokens.slice(start + place + 1, verb).every((token) => /^(?:DET|ADJ|NOUN|PROPN)$/.test(token.pos) || /^['’]s$/.test(token.text) || (token.text === '-' && !token.spaced))) return ''
  return ` ${slice(sentence, tokens, start + place, verb)}`
}

/**
 * A comparative after a measure and the phrase that says where or what it compares (`hotter in the
 * densest districts`, `higher than the average` → `higher`), stopping before `than` and its term.
 * Empty when the word after the measure is not a comparative.
 * @param at the token after the measure
 */
function comparativeAfter(tokens: Token[], at: number, sentence: string): string {
  const word = tokens[at]
  if (!word || !/^(?:ADJ|ADV)$/.test(word.pos) || !(/^(?:more|less|higher|lower|above|below|warmer|cooler|colder|hotter|wider|deeper|faster|slower|longer|shorter|greater|smaller|larger|bigger|heavier|lighter)$/.test(word.lower) || /[^e]er$/.test(word.lower) && word.lemma !== word.lower)) return ''
  if (tokens[at + 1]?.pos !== 'ADP' || tokens[at + 1].lower === 'than') return word.lower
  const place = complement(tokens, at + 1, sentence, 6)
  return place ? `${word.lower} ${place}` : word.lower
}

/**
 * What a count that is the subject of its clause did, as a label: `Delegations from 44 countries
 * attended` gives `countries attending`, `Twenty-six countries signed the Plan` gives `countries
 * that signed the Plan`, `7 members still charge fees` gives `members still charging fees`.
 * `undefined` when the count is not the subject, or its verb is not right after it.
 * @param objects whether the verb's object and its time go into the label (not for a change over
 *   time, whose comparison ends the label)
 */
/** The first word of what a count has (`a register`, `such plans`), not a participle nor `to`. */
const HAD_OBJECT = /^(?:a|an|such)$/

function whatCountDid(tokens: Token[], quantity: Quantity, noun: {from: number; to: number}, modified: number, sentence: string, objects: boolean): string | undefined {
  // The count is the subject: no verb between the start of its clause and the count.
  let start = quantity.from
  while (start > 0 && !/^[;:,]$/.test(tokens[start - 1].text) && tokens[start - 1].lower !== 'that') start--
  // (`an estimated 217 million people live …`: a participle that qualifies the number is no verb)
  if (tokens.slice(start, quantity.from).some((token, index) => (token.pos === 'VERB' || token.pos === 'AUX') && !(token.lower === 'estimated' && /^an?$/.test(tokens[start + index - 1]?.lower ?? '')))) return undefined
  const what = slice(sentence, tokens, noun.from, noun.to)
  // `countries attended`, `35 governments and 12 organisations took part`
  let verb = noun.to
  while (verb < tokens.length && verb < noun.to + 10 && /^(?:NOUN|PROPN|ADJ|NUM|CCONJ|ADP|DET|ADV)$/.test(tokens[verb].pos)) verb++
  const attending = attendance(tokens, verb)
  // `the nine member states of the Forum met in Oslo`: members that met are the body's own, which editors
  // label by their noun alone (`taking part` stays for a verb that says it, `took part`, `attended`, and
  // for others that met: `countries met` is labelled either way)
  const members = /^members?$/.test(tokens[noun.from].lower) || tokens[noun.to - 1].lower === 'members'
  if (attending) return tokens[verb].lemma === MEETING_VERB && members ? what : `${what} ${attending}`
  // `people … face acute hunger`: the verb right after the noun and a short modifier, or an adverb
  // a past form right after the noun is its verb (`students studied in …`), unless a passive (`people reached by …`)
  verb = tokens[noun.to]?.pos === 'VERB' && tokens[noun.to + 1]?.lower !== 'by' ? noun.to : modified
  const adverbs: string[] = []
  while (tokens[verb]?.pos === 'ADV' && adverbs.length < 2) adverbs.push(tokens[verb++].lower)
  // `now share`, `already run`: words of time the label does not need (`still` says more and stays)
  adverbs.splice(0, adverbs.length, ...adverbs.filter((word) => !/^(?:now|already|currently|also)$/.test(word)))
  const act = tokens[verb]
  // a count inside a phrase (`a call for 20 programmes funded …`, `the Network's 60 members`) is not the subject
  let before = quantity.from - 1
  while (before >= 0 && QUALIFIERS.has(tokens[before].lower) && !/^(?:of|by|to|over|under)$/.test(tokens[before].lower)) before--
  if (before >= start && (tokens[before].pos === 'ADP' || tokens[before].pos === 'PART')) return undefined
  // `410 million adults still have no account`: adults with no account
  if (act?.lemma === 'have' && act.pos === 'VERB' && tokens[verb + 1]?.lower === 'no') {
    const lacking = predicate(tokens, verb + 1, sentence)
    if (lacking) return `${what} with ${lacking}`
  }
  // `Only 24 members have such a register today`, `Nine coastal states have a tsunami warning centre`: what the count
  // has, after `with` (members with such a register today; the tagger reads this `have` as an auxiliary)
  if (objects && act?.lemma === 'have' && /^(?:have|has|had)$/.test(act.lower) && HAD_OBJECT.test(tokens[verb + 1]?.lower ?? '') && !startsCount(tokens, verb + 1)) {
    const had = predicate(tokens, verb + 1, sentence)
    if (had) return `${what} with ${had}`
  }
  // `32 member states have ratified the Convention`, `refugees have not yet returned home`: a perfect keeps its auxiliary
  // `4,500 schools are expected to need strengthening`: what the count is expected to do, as it does it
  const expected = objects ? expectedAct(tokens, verb, sentence) : undefined
  if (expected) return `${verb === modified ? slice(sentence, tokens, noun.from, modified) : what} ${expected}`
  // `1.2 million children under five are not vaccinated`: what they are, as the text says it
  if (objects && act?.pos === 'AUX' && act.lemma === 'be' && /^(?:is|are|was|were)$/.test(act.lower)) {
    let state = verb + 1
    const between: string[] = []
    while (/^(?:ADV|PART)$/.test(tokens[state]?.pos ?? '') && between.length < 2) between.push(tokens[state++].lower)
    const done = tokens[state]
    const passive = done?.pos === 'VERB' && done.lower !== done.lemma && !/ing$/.test(done.lower)
    if ((passive || (done?.pos === 'ADJ' && between.length > 0)) && !startsCount(tokens, state + 1)) {
      const rest = tokens[state + 1]?.pos === 'ADP' && !timeAfter(tokens, state + 1, sentence) ? predicate(tokens, state + 1, sentence) : ''
      // `73 million sharks are killed every year`, `4.8 million labels were issued in 2025`: a passive is told by its participle alone
      // (sharks killed, labels issued in 2025), as editors write it; a state in an adjective keeps its verb (`who are still homeless`)
      const relative = passive ? [] : [PERSON_NOUNS.test(tokens[noun.to - 1].lower) ? 'who' : 'that', act.lower]
      return [verb === modified ? slice(sentence, tokens, noun.from, modified) : what, ...relative, ...between, done.lower, rest || (passive ? timeAfter(tokens, state + 1, sentence).trim() : '')].filter(Boolean).join(' ')
    }
  }
  // `310,000 young people are in registered apprenticeships`, `61,000 patients were waiting for a transplant`:
  // what a form of `be` says of the count, read as the phrase after its noun (`young people in registered apprenticeships`)
  if (objects && act?.pos === 'AUX' && act.lemma === 'be' && /^(?:is|are|was|were)$/.test(act.lower)) {
    const state = beComplement(tokens, verb + 1, sentence)
    // (a place after the noun that only repeats who met gives way to what is said of it: `children in the region are out of school`)
    if (state) return `${(verb === modified ? slice(sentence, tokens, noun.from, modified) : what).replace(GENERIC_PLACE, '')} ${state}`
  }
  if (act?.pos === 'AUX' && act.lemma === 'have') {
    let participle = verb + 1
    const between: string[] = []
    while (/^(?:ADV|PART)$/.test(tokens[participle]?.pos ?? '') && between.length < 3) between.push(tokens[participle++].lower)
    const done = tokens[participle]
    // `1.4 million homes have been renovated … since 2020`: homes renovated since 2020
    if (objects && done?.lower === 'been') return perfectPassive(tokens, noun, modified, participle + 1, sentence)
    if (done?.pos !== 'VERB' || done.lower === done.lemma || /ing$/.test(done.lower) || done.lemma === 'be') return undefined
    // `41 people had signed in`, `60 members had turned out`: who came to a sitting, said as a roll says it (`people signed in`)
    const particle = tokens[participle + 1]?.lower ?? ''
    if (TURNED_UP[done.lemma]?.includes(particle)) return `${what} ${done.lower} ${particle}`
    const object = objects ? predicate(tokens, participle + 1, sentence) : ''
    if (objects && !object && startsCount(tokens, participle + 1)) return undefined
    return [what, PERSON_NOUNS.test(tokens[noun.to - 1].lower) ? 'who' : 'that', ...adverbs, act.lower, ...between, done.lower, object].filter(Boolean).join(' ')
  }
  if (!act || act.pos !== 'VERB' || /ing$/.test(act.lower) || act.lemma === 'be' || act.lemma === 'have' || (LINKING_VERBS.has(act.lower) && !ATTENDANCE_VERBS[act.lemma])) return undefined
  // `19 member universities host 6,200 exchange students`: a verb whose object is another figure says nothing alone
  if (objects && startsCount(tokens, verb + 1)) return undefined
  const subject = verb === modified && modified - noun.to <= 2 ? slice(sentence, tokens, noun.from, modified) : what
  // `3.2 million people remain displaced in the Basin`: people displaced in the Basin
  if (/^(?:remain|stay)$/.test(act.lemma) && ['VERB', 'ADJ'].includes(tokens[verb + 1]?.pos ?? '') && /(?:ed|en)$/.test(tokens[verb + 1].lower)) {
    return [subject, ...adverbs, objects ? predicate(tokens, verb + 1, sentence) : tokens[verb + 1].lower].filter(Boolean).join(' ')
  }
  const present = act.lower === act.lemma || act.lower === `${act.lemma}s` || act.lower === `${act.lemma}es`
  const head = tokens[noun.to - 1].lower
  // `42 stations listed as heritage sites will receive …`: a past form the clause's own verb follows is a participle
  const participle = !present && verb === noun.to && isPastParticiple(act) && clauseVerbAfter(tokens, verb + 1)
  // `410 kilns installed`, `2,300 farmers trained since 2024`: a past participle with no object and no verb of its own clause
  // before the count is what was done to the things counted (kilns installed), not what they did; a verb that takes no object
  // (`newsrooms that agreed`, `huts that closed`) and a past unlike its participle (`came`) stay a relative clause
  const undergone = !present && !participle && isPastParticiple(act) && (IRREGULAR_PARTICIPLES[act.lemma] ?? act.lower) === act.lower && !INTRANSITIVE_VERBS.has(act.lemma) && !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ|PART)$/.test(tokens[verb + 1]?.pos ?? '') && !startsCount(tokens, verb + 1) && !(tokens[verb + 1]?.lower === 'at' && /^(?:least|most)$/.test(tokens[verb + 2]?.lower ?? ''))
  const form = undergone ? [...adverbs, act.lower] : present ? [...adverbs, presentParticiple(act.lemma)] : participle ? [...adverbs, act.lower] : [PERSON_NOUNS.test(head) ? 'who' : 'that', ...adverbs, act.lower]
  const object = objects ? predicate(tokens, verb + 1, sentence) : ''
  return [subject, ...form, object].filter(Boolean).join(' ')
}

/**
 * What a counted subject is expected or estimated to do, as a present participle and its object, or what
 * it is estimated to be (`4,500 schools are expected to need strengthening` → `needing strengthening`;
 * `22,000 farms are expected to take up the cover in 2027` → `taking up the cover`; `11,000 veterans are
 * estimated to be without a home` → `without a home`): the forecast is the text's, the label says what is
 * counted. `undefined` when `be` is not followed by such a participle and `to` and a verb.
 * @param at the index of the form of `be`
 */
function expectedAct(tokens: Token[], at: number, sentence: string): string | undefined {
  if (tokens[at]?.pos !== 'AUX' || tokens[at].lemma !== 'be' || !/^(?:is|are|was|were)$/.test(tokens[at].lower)) return undefined
  let index = at + 1
  while (tokens[index]?.pos === 'ADV' && index < at + 3) index++
  if (!FORECAST_PARTICIPLES.test(tokens[index]?.lower ?? '') || tokens[index + 1]?.lower !== 'to') return undefined
  const act = tokens[index + 2]
  if (!act || !/^(?:VERB|AUX)$/.test(act.pos) || act.lower !== act.lemma || startsCount(tokens, index + 3)) return undefined
  if (act.lemma === 'be') {
    // (only a phrase that says what they are: `without a stable home`, not a count or a time)
    const state = tokens[index + 3]?.pos === 'ADP' && !timeAfter(tokens, index + 3, sentence) ? predicate(tokens, index + 3, sentence) : ''
    return state || undefined
  }
  if (UNDESCRIPTIVE_VERBS.has(act.lemma) && act.lemma !== 'take') return undefined
  // a particle stays with its verb (`take up`, `sign up`), then the object's noun phrase, not its time (`in the first year`)
  const particle = /^(?:up|out|off|down|in|on)$/.test(tokens[index + 3]?.lower ?? '') && tokens[index + 3].pos !== 'NOUN' ? 1 : 0
  const from = index + 3 + particle
  const phrasal = `${presentParticiple(act.lemma)}${particle ? ` ${tokens[index + 3].lower}` : ''}`
  // (`need strengthening`: a gerund is its object; `open in 2027`: no object, the verb and its year)
  if (/ing$/.test(tokens[from]?.lower ?? '') && tokens[from].pos !== 'ADP') return `${phrasal} ${tokens[from].lower}`
  if (!/^(?:DET|NOUN|ADJ|PROPN|PRON)$/.test(tokens[from]?.pos ?? '')) return `${phrasal}${clauseTime(tokens, from, sentence)}`
  const object = nounPhraseAfter(tokens, from)
  if (!object || object.from !== from || tokens.slice(object.from, object.to).some((token) => token.pos === 'NUM')) return undefined
  return `${phrasal} ${slice(sentence, tokens, object.from, object.to)}`
}

/**
 * A count that is the subject of a passive perfect, as its noun, the participle and the clause's
 * time: `1.4 million homes have been renovated with support from members since 2020` gives `homes
 * renovated since 2020`; a phrase after the noun goes after the participle (`sites in conflict zones
 * have been damaged since 2020` → sites damaged in conflict zones since 2020). `undefined` when no
 * past participle follows `been`.
 * @param at the word after `been`
 */
function perfectPassive(tokens: Token[], noun: {from: number; to: number}, modified: number, at: number, sentence: string): string | undefined {
  const done = tokens[at]
  // (the tagger calls some participles adjectives: `certified`)
  const participle = (done?.pos === 'VERB' && done.lower !== done.lemma && !/ing$/.test(done.lower)) || (done?.pos === 'ADJ' && /(?:ed|en)$/.test(done.lower))
  // (a participle its phrase completes stays unread: `been affected by …`, `been listed as …`)
  if (!participle || /^(?:by|as|to)$/.test(tokens[at + 1]?.lower ?? '')) return undefined
  // (only with the time it counts from: `… have been closed` alone says no more than the noun)
  const time = clauseTime(tokens, at + 1, sentence)
  if (!time) return undefined
  const phrase = modified > noun.to && tokens[noun.to].pos === 'ADP' ? ` ${slice(sentence, tokens, noun.to, modified)}` : ''
  return `${slice(sentence, tokens, noun.from, noun.to)} ${done.lower}${phrase}${time}`
}

/**
 * The year or time word that ends a clause's phrases after `from` (`… with support from members
 * since 2020` → ` since 2020`), before a comma, a stop or a conjunction; '' when there is none.
 */
function clauseTime(tokens: Token[], from: number, sentence: string): string {
  for (let at = from; at < tokens.length && at < from + 14; at++) {
    const time = timeAfter(tokens, at, sentence)
    if (time) return time
    // (a conjunction of nouns stays in the clause: `in Greenland and the Faroe Islands since 2023`)
    if (/^[,;:.]$/.test(tokens[at].text) || tokens[at].pos === 'SCONJ' || quantityStartsAt(tokens, at) || (tokens[at].pos === 'CCONJ' && /^(?:VERB|AUX|PRON)$/.test(tokens[at + 1]?.pos ?? ''))) return ''
  }
  return ''
}

/**
 * Whether a finite verb of the clause follows `from` before a comma or a stop (`… as heritage sites
 * will receive`): the verb before it was then a participle after its noun, not the clause's verb.
 */
function clauseVerbAfter(tokens: Token[], from: number): boolean {
  for (let at = from; at < tokens.length && at < from + 12; at++) {
    if (/^[,;:.]$/.test(tokens[at].text) || /^(?:and|or|but|which|who|that)$/.test(tokens[at].lower)) return false
    if (tokens[at].pos === 'AUX' && /^(?:will|shall|would|can|could|must|should|may|is|are|was|were|has|have|had)$/.test(tokens[at].lower)) return true
  }
  return false
}

/**
 * What a form of `be` says of its subject when it can stand after the subject's noun as its
 * phrase: a prepositional phrase (`in registered apprenticeships`, `under 35`, `at work across the
 * region`) or a present participle with its phrase (`waiting for a transplant`), with an adverb of
 * time before it (`still`); a place that only repeats who met (`in member countries`) goes. Not a
 * time (`in 2025`), a comparison (`than …`), a passive's agent (`by …`) or another count.
 * @param from the word after the form of `be`
 * @returns the phrase, or `undefined`
 */
function beComplement(tokens: Token[], from: number, sentence: string): string | undefined {
  let at = from
  const adverbs: string[] = []
  while (tokens[at]?.pos === 'ADV' && TIME_ADVERBS.test(tokens[at].lower) && adverbs.length < 1) adverbs.push(tokens[at++].lower)
  const word = tokens[at]
  if (!word || timeAfter(tokens, at, sentence)) return undefined
  // `under 35`, `over 65`: an age, as after a noun (`children under five`)
  const age = tokens[at + 1]
  if (/^(?:under|over|aged)$/.test(word.lower) && age?.pos === 'NUM' && !/^(?:19|20)\d\d$/.test(age.text) && !/^(?:NOUN|NUM|SYM)$/.test(tokens[at + 2]?.pos ?? '')) return [...adverbs, word.lower, age.text].join(' ')
  if (startsCount(tokens, at + 1)) return undefined
  let phrase = ''
  if (word.pos === 'ADP' && !/^(?:by|than|as|of|to|like)$/.test(word.lower)) phrase = predicate(tokens, at, sentence)
  else if (isPresentParticiple(word) && !LINKING_VERBS.has(word.lower)) {
    const object = predicate(tokens, at + 1, sentence)
    phrase = object ? `${word.lower} ${object}` : ''
  }
  // (also before its time: `in member countries at the end of 2025`)
  const time = YEAR_AT_END.exec(phrase)?.[0] ?? ''
  phrase = `${phrase.slice(0, phrase.length - time.length).replace(GENERIC_PLACE, '')}${time}`
  if (!phrase || phrase.split(' ').length < 2) return undefined
  return [...adverbs, phrase].join(' ')
}

/**
 * A count that is the object of an action still to be done (`agreed to repair 350 schools`,
 * `will connect 1,500 villages to piped water by 2027`): `schools to be repaired`, `villages to be
 * connected to piped water by 2027`. A participle after the noun (`schools damaged by …`) is left
 * out; a short phrase of place or purpose after it is kept.
 */
function whatIsToBeDone(tokens: Token[], quantity: Quantity, noun: {from: number; to: number}, modified: number, sentence: string): string | undefined {
  let verb = quantity.from - 1
  while (verb >= 0 && QUALIFIERS.has(tokens[verb].lower) && tokens[verb].pos !== 'VERB') verb--
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || UNDESCRIPTIVE_VERBS.has(act.lemma) || LINKING_VERBS.has(act.lower)) return undefined
  let before = verb - 1
  while (before >= 0 && tokens[before].pos === 'ADV') before--
  if (!/^(?:to|will|shall)$/.test(tokens[before]?.lower ?? '')) return undefined
  const participle = pastParticiple(act.lemma)
  // `hectares of floodplain wetlands` keep what they measure
  const measured = tokens[noun.to]?.lower === 'of' ? modified : noun.to
  const what = slice(sentence, tokens, noun.from, measured)
  // `in border communities`, `to piped water by 2027`; not `damaged by last year's storms`
  const rest = measured > noun.to ? (tokens[measured]?.pos === 'ADP' && tokens[measured].lower !== 'of' ? predicate(tokens, measured, sentence) : '') : tokens[noun.to]?.pos === 'ADP' || (tokens[noun.to]?.lower === 'to' && (tokens[noun.to + 1]?.pos !== 'VERB' || (/ed$/.test(tokens[noun.to + 1].lower) && tokens[noun.to + 2]?.pos === 'NOUN'))) ? predicate(tokens, noun.to, sentence) : ''
  // `over four years`: a span says how long the work takes, not which things (a year after it stays: `by 2030`)
  const span = measured > noun.to ? measured : noun.to
  // `will train 150 officers a year`: a count done at a rate is a flow, told as what is done and how often
  // (officers trained a year, tonnes of ore processed a year), not as a batch still to be done
  const rate = rateAfter(tokens, span)
  if (rate) return `${what} ${participle}${rate}`
  const after = durationAt(tokens, span)
  if (after > span) return [what, 'to be', participle].join(' ') + timeAfter(tokens, after, sentence)
  return [what, 'to be', participle, rest].filter(Boolean).join(' ')
}

/** `repaired` from `repair`, `vaccinated` from `vaccinate`, `planned` from `plan`, `supplied` from `supply`. */
/**
 * A label in the spelling of its sentence: participles made from the model's lemmas are spelt
 * `-ize`/`-yze` (`modernized`); a text that writes `modernise` gets `modernised`.
 * @param label the label
 * @param sentence the sentence it was read from
 * @returns the label
 */
export function spelledAsIn(label: string, sentence: string): string {
  return label.replace(/\b(\p{L}+)([iy])z(e[ds]?|ing|ation)\b/giu, (word: string, stem: string, letter: string, ending: string) =>
    new RegExp(`\\b${stem}${letter}s(?:e|es|ed|ing|ation)\\b`, 'i').test(sentence) ? `${stem}${letter}s${ending}` : word,
  )
}

/** Verbs with the particle that makes them say people came to a sitting (`signed in`, `turned out`, `showed up`). */
const TURNED_UP: Record<string, string[]> = {sign: ['in'], turn: ['out', 'up'], show: ['up'], check: ['in'], log: ['in', 'on']}
/** A label that ends on such a verb and its particle. */
const TURNED_UP_PARTICLE = /\s(?:signed\s+in|turned\s+(?:out|up)|showed\s+up|checked\s+in|logged\s+(?:in|on))$/

/** `attending`, `taking part`, `represented` when the verb at `index` says that its subject took part. */
function attendance(tokens: Token[], index: number): string | undefined {
  const token = tokens[index]
  if (!token) return undefined
  if (token.pos === 'AUX' && token.lemma === 'be' && tokens[index + 1]?.lemma === 'represent') return ATTENDANCE_VERBS.represent
  if (token.pos !== 'VERB') return undefined
  if (token.lemma === 'take' && tokens[index + 1]?.lower === 'part') return ATTENDANCE_VERBS['take part']
  return token.lemma === 'represent' ? undefined : ATTENDANCE_VERBS[token.lemma]
}

/**
 * The words after a verb that say what was done (`the Plan`, `acute hunger`, `in another member
 * country last year`, `or went missing on the route in 2021`): an object or a prepositional
 * phrase, and one more phrase after an object's preposition, up to eight words, with a year or
 * `last year`; never a pronoun that points back (`them`), a clause or another number.
 */
function predicate(tokens: Token[], from: number, sentence: string): string {
  let end = from
  let nouns = 0
  let phrases = 0
  let words = 0
  for (let index = from; index < tokens.length && words < 8; index++) {
    const token = tokens[index]
    // `over the next three years`: a duration is not what was done, and the label keeps years, not spans
    if (index > from && durationAt(tokens, index) > index) break
    const next = tokens[index + 1]
    if (quantityStartsAt(tokens, index)) break
    if (token.text === '-' && !token.spaced) continue
    if (/^(?:PUNCT|SYM|SCONJ|AUX)$/.test(token.pos) || (token.pos === 'PRON' && !/^(?:their|its|our)$/.test(token.lower))) break
    // `in inventory and photography`: a noun joined to the phrase's noun
    const joined = token.pos === 'CCONJ' && nouns > 0 ? joinedNounEnd(tokens, index, tokens.slice(from, index).findLast((word) => word.pos === 'ADP')?.lower, false) : -1
    if (joined > 0 && words + joined - index <= 8) {
      words += joined - index
      nouns++
      end = joined
      index = joined - 1
      continue
    }
    if (token.pos === 'CCONJ' && !(next?.pos === 'VERB' && nouns === 0)) break
    if (/^(?:in|by|since|until|before|during)$/.test(token.lower) && /^(?:19|20)\d\d$/.test(next?.text ?? '')) {
      end = index + 2
      break
    }
    // `by the end of 2026`: a part of a year is read whole
    const partOfYear = partOfYearEnd(tokens, index)
    if (partOfYear > 0) {
      end = partOfYear
      break
    }
    if (next && tokens[index + 2] && MEETING_PHRASES.test(sentence.slice(token.start, tokens[index + 2].end))) break
    const two = next ? sentence.slice(token.start, next.end).toLowerCase() : ''
    // (`… renovated every year`, `… to date`: a time or a rate closes the phrase, and the label keeps it. A guard meant to leave the
    // rates out, `!/^(?:a|per|each|every)\b/`, was typed with a backspace for `\b` and never held; read as `\b` it loses a label)
    if (NOW_WORDS.test(two)) {
      end = index + 2
      break
    }
    if (token.pos === 'ADP') {
      // `make a living from small-scale fishing`: a short object may take one phrase after it
      if (nouns > 0 && phrases >= 1 && (words > 3 || phrases >= 2)) break
      if (nouns > 0) phrases++
      phrases++
    } else if (index === from && token.pos !== 'ADV' && token.pos !== 'CCONJ') phrases++
    if (token.pos === 'NOUN' || token.pos === 'PROPN') nouns++
    words++
    end = index + 1
  }
  while (end > from && !endsOnTimeBefore(tokens, end) && (LABEL_TAIL_WORDS.has(tokens[end - 1].lower) || tokens[end - 1].pos === 'PUNCT')) end--
  return end > from ? slice(sentence, tokens, from, end) : ''
}

/** `facing` from `face`, `running` from `run`, `applying` from `apply`. */
function presentParticiple(lemma: string): string {
  if (lemma === 'be') return 'being'
  if (/ie$/.test(lemma)) return `${lemma.slice(0, -2)}ying`
  if (/[^aeiouy]e$/.test(lemma) && lemma.length > 2) return `${lemma.slice(0, -1)}ing`
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ing`
  return `${lemma}ing`
}

function sizeLabel(tokens: Token[], quantity: Quantity, sentence: string): string {
  // `a 12-member Coalition back in 2014` → `members of the Coalition in 2014`
  const noun = tokens[quantity.to + 1]
  const plural = /s$/.test(noun.lower) || noun.lower === 'strong' ? (noun.lower === 'strong' ? 'members' : noun.lower) : noun.lower === 'km' ? 'km' : `${noun.lower}s`
  // `a 15-member expert panel`, `a 7-member monitoring committee`: the body they are members of
  let to = quantity.to + 2
  const what: number[] = []
  while (to < tokens.length && what.length < 4 && (tokens[to].pos === 'PROPN' || tokens[to].pos === 'NOUN' || tokens[to].pos === 'ADJ' || (tokens[to].pos === 'VERB' && /ing$/.test(tokens[to].lower) && tokens[to + 1]?.pos === 'NOUN'))) what.push(to++)
  while (what.length && !['NOUN', 'PROPN'].includes(tokens[what.at(-1)!].pos)) to = what.pop()!
  const generic = what.length === 1 && GENERIC_BODIES.has(tokens[what[0]].lower)
  // (`a 3.5-kilometre paved trail`: kilometres of paved trail, what the length measures without its article)
  const measure = MEASURE_SIZE_UNITS.test(noun.lower)
  const body = what.length && !generic ? ` of ${measure ? '' : 'the '}${slice(sentence, tokens, what[0], what.at(-1)! + 1)}` : ''
  return `${plural}${body}${timeAfter(tokens, to, sentence)}`
}

/**
 * A change over time read as one figure: `from 14 to 52 laboratories since 2021`,
 * `46 members, up from 19 in 2015`, `rose from $2 billion in 2020 to $3.5 billion`.
 */
function changeOf(tokens: Token[], quantities: Quantity[], index: number, sentence: string): {earlier: Quantity; later: Quantity; label: string} | undefined {
  const first = quantities[index]
  const second = quantities[index + 1]
  // from A [noun] [in year] to B [noun] [since year]; either may be rounded or bounded (`from about 200,000 tonnes`, `from under 1 percent today`)
  const fromAt = second ? beforeApproximation(tokens, first.from) : -1
  const toAt = second ? beforeApproximation(tokens, second.from) : -1
  if (second && second.kind === first.kind && tokens[fromAt]?.lower === 'from' && tokens[toAt]?.lower === 'to' && toAt + 1 - first.to <= 6) {
    const between = tokens.slice(first.to, toAt)
    if (between.every((token) => token.pos !== 'VERB' && token.pos !== 'AUX')) {
      const earlierYear = yearIn(tokens, first.to, second.from - 1)
      const laterYear = yearIn(tokens, second.to, Math.min(tokens.length, second.to + 6))
      // `from 1.9 to 2.4 million units between 2015 and 2024`: the earlier value is of the first year
      const between = tokens.slice(second.to, second.to + 6).findIndex((token) => token.lower === 'between')
      const span = between >= 0 && /^(?:19|20)\d\d$/.test(tokens[second.to + between + 1]?.text ?? '') && tokens[second.to + between + 2]?.lower === 'and' ? tokens[second.to + between + 1].text : undefined
      const year = earlierYear ?? laterYear ?? span
      const noun = first.kind === 'count' ? (countNoun(tokens, second) ?? countNoun(tokens, first)) : undefined
      const done = noun ? actionOfSubject(tokens, first) : undefined
      // `rose from 1,100 weapons in 2020 to 2,750 in 2022`: the later year is the figure's own
      const own = done && earlierYear && laterYear ? ` in ${laterYear}` : ''
      // `from 12 ports to 30 airports`, `from $2 billion to €3 billion`: two things, not one change
      if (!sameThing(tokens, first, second)) return undefined
      // `raise the share of new homes built with …, such as …, from 12% today to 25% by 2030`: a subject too far to read gives way to the later value's own label
      // `the number of lakes classed as dangerous has risen from 48 to 131`: what the number counts
      const numbered = !noun && first.kind === 'count' && tokens[fromAt - 1]?.pos === 'VERB' ? numberOfSubjectOf(tokens, fromAt - 1, second.to, sentence)?.replace(/\s+(?:in|since|by)\s+(?:19|20)\d\d$/, '') : undefined
      // `double the number of training places, from 300 to 600`: what the number before `from` counts
      // (a plain noun phrase with the later value's rate and target year: `training places a year by 2028`)
      const rate = rateAfter(tokens, second.to)
      const target = timeAfter(tokens, second.to + (rate ? 2 : 0), sentence)
      const counted = !noun && first.kind === 'count' ? numberOfBefore(tokens, fromAt, sentence) : undefined
      // (a place that only says where the meeting's members are gives way to the rate: `the number of tests in
      // the region, from 9,000 in 2024 to 15,000 a year by 2027` → tests a year by 2027)
      const plain = rate ? counted?.replace(GENERIC_PLACE, '') : counted
      const numberedBefore = plain && !/\s(?:for|in|of|at|on|from|with|across)\s/.test(plain) ? plain.concat(rate, target.startsWith(' by ') ? target : '') : counted
      const what = noun ? (done ? `${slice(sentence, tokens, noun.from, noun.to)} ${done}${own}` : (namedBefore(tokens, noun, sentence) ?? measureOf(tokens, first, noun, sentence) ?? slice(sentence, tokens, noun.from, noun.to))) : (numberedBefore ?? withYear(wholeSubjectBefore(tokens, fromAt, sentence), earlierYear && laterYear) ?? numbered ?? (first.kind === 'count' ? undefined : amountLabel(tokens, quantities, second, sentence)))
      if (!what) return undefined
      const [earlierSize, laterSize] = sizesIn(tokens, first, second)
      const direction = laterSize >= earlierSize ? 'up' : 'down'
      // (with no year, each value keeps its own time: `from 2,900 traps today to 8,000 by 2030` → traps by 2030, up from 2,900 today)
      const by = year ? '' : valueTime(tokens, second, sentence)
      const phrase = `${what}${/^ by /.test(by) && !NOW_WORDS.test(what) && !what.includes(by.trim()) ? by : ''}, ${direction} from ${withSharedScale(first, second)}${otherUnit(tokens, first, second)}`
      return {earlier: first, later: second, label: `${phrase}${year ? ` in ${year}` : valueTime(tokens, first, sentence)}`}
    }
  }
  // B noun …, up from A [in year]; a small count in words between them (`in the seven member countries today, up from …`) is a fact of its own
  let from = index + 1
  while (from < index + 3 && quantities[from]?.words && quantities[from].kind === 'count' && quantities[from].magnitude < 10 && quantities[from + 1]) from++
  // `1.6 million waterbirds at 310 sites …, up from 1.1 million birds`: a count of other things between a count and its `up from` is a fact of its own
  const upFrom = (quantity: Quantity | undefined) => Boolean(quantity) && tokens[quantity!.from - 1]?.lower === 'from' && (UP_WORDS.has(tokens[quantity!.from - 2]?.lower ?? '') || DOWN_WORDS.has(tokens[quantity!.from - 2]?.lower ?? ''))
  // (`18 percent of a fleet of 64,000 buses, up from 6 percent`: a count between two shares is of other things)
  if (from === index + 1 && quantities[from]?.kind === 'count' && upFrom(quantities[from + 1]) && (first.kind === 'count' ? !sameThing(tokens, quantities[from], quantities[from + 1]) && sameThing(tokens, first, quantities[from + 1]) : first.kind === 'percent' && quantities[from + 1].kind === 'percent')) from++
  if (from > index + 1 && !upFrom(quantities[from])) from = index + 1
  const skipped = quantities[from]
  if (skipped && skipped.kind === first.kind) {
    const second = skipped
    const noun = first.kind === 'count' ? countNoun(tokens, first) : undefined
    let at = noun ? noun.to : first.to
    // (`, a record and up from 450,000 tonnes`: a comparison may follow an aside of the value's own, joined to it by `and`)
    const comparison = tokens.slice(at, second.from).findIndex((token, offset) => /^(?:up|down|compared|against)$/.test(token.lower) && (tokens[at + offset - 1]?.text === ',' || (tokens[at + offset - 1]?.lower === 'and' && tokens[at]?.text === ',' && !tokens.slice(at + 1, at + offset).some((other) => /^[,;:]$/.test(other.text) || other.pos === 'VERB' && !isPastParticiple(other)))))
    if (comparison > 0) at += comparison
    if (tokens[at]?.text === ',') at++
    const word = tokens[at]?.lower ?? ''
    const linkAt = (UP_WORDS.has(word) || DOWN_WORDS.has(word)) && tokens[at + 1]?.lower === 'from' ? at + 2 : ['compared', 'against'].includes(word) ? at + (tokens[at + 1]?.lower === 'with' || tokens[at + 1]?.lower === 'to' ? 2 : 1) : -1
    // `down from an average of US$1,400 today`: the earlier value after its qualifiers; after `against` only
    // when a verb changed the value to the later one (`cut to 1.5%, against an average of 4% today`): a level
    // set beside an average (`costs less than 1%, against an average of 7.8% today`) is two facts
    let reached = first.from - 1
    while (reached > 0 && QUALIFIERS.has(tokens[reached].lower) && tokens[reached].lower !== 'to') reached--
    const changedTo = tokens[reached]?.lower === 'to' && Boolean(CHANGE_VERBS[tokens[reached - 1]?.lemma ?? ''])
    const qualified = linkAt >= 0 && linkAt < second.from && tokens.slice(linkAt, second.from).length <= 4 && tokens.slice(linkAt, second.from).every((token) => EARLIER_QUALIFIERS.test(token.lower))
    // (or when the earlier value is of a year gone by: `cover some 21,000 hectares, against an estimated 190,000 hectares in 1960`)
    const linked = qualified && (!['compared', 'against'].includes(word) || changedTo || ofYearGone(tokens, second)) ? second.from : linkAt
    // `Visitor arrivals reached 31.5 million in 2023, up from 17.2 million`: a bare count whose clause says what it counts
    const bare = first.kind === 'count' && !noun && linked === second.from ? countLabel(tokens, first, sentence) : undefined
    if (linked === second.from && !(first.kind === 'count' && !noun && !bare) && sameThing(tokens, first, second)) {
      const modified = noun ? postModifierEnd(tokens, noun.to, noun.to - noun.from) : 0
      const done = noun && modified === noun.to ? actionOfSubject(tokens, first) : undefined
      // `Customs seized 14 tonnes of mercury in 2024, up from 9`: what was done to them, and when, as a count without a comparison says it
      const measured = noun && modified > noun.to && tokens[noun.to].lower === 'of' && MEASURES.test(tokens[noun.to - 1].lower) ? {from: noun.from, to: modified} : undefined
      const doneTo = noun && !done && (modified === noun.to || measured) ? doneBy(tokens, first, measured ?? noun, sentence) : undefined
      const named = doneTo ? `${slice(sentence, tokens, noun!.from, (measured ?? noun)!.to)} ${doneTo}` : noun && modified === noun.to ? (done ? `${slice(sentence, tokens, noun.from, noun.to)} ${done}` : (namedBefore(tokens, noun, sentence) ?? measuredWhen(measureOf(tokens, first, noun, sentence), timeAfter(tokens, noun.to, sentence)))) : undefined
      // (`and 62% of them run on solar power, up from 35%`: a share of the count before it, labelled as such)
      const what = noun ? (whatCountDid(tokens, first, noun, modified, sentence, true) ?? (doneTo ? named! : `${named ?? slice(sentence, tokens, noun.from, modified)}${rateAfter(tokens, modified)}`)) : (bare ?? amountLabel(tokens, quantities, first, sentence) ?? (first.kind === 'percent' ? partOfThem(tokens, first, sentence) : undefined) ?? '')
      if (!what) return undefined
      const year = yearIn(tokens, second.to, Math.min(tokens.length, second.to + 6))
      const [laterSize, earlierSize] = sizesIn(tokens, first, second)
      const direction = laterSize >= earlierSize ? 'up' : 'down'
      const when = year ? ` in ${year}` : valueTime(tokens, second, sentence)
      // (the later value's own `by` year, when the earlier one has a time of its own: `… by 2030, up from 4.5 million today`)
      const by = noun && when && !year ? timeAfter(tokens, modified, sentence) : ''
      // (the comparison as the text makes it: `against 190 in 2022` stays against, and a qualifier of the earlier value stays with it, `up from about 2,300`)
      const link = word === 'against' ? 'against' : `${direction} from`
      const qualifier = linked > linkAt ? `${slice(sentence, tokens, linkAt, linked)} ` : ''
      return {earlier: second, later: first, label: `${what}${/^ by /.test(by) && !what.includes(by.trim()) ? by : ''}, ${link} ${qualifier}${second.value}${otherUnit(tokens, second, first)}${when}`}
    }
  }
  // `piloted in 300 schools since 2022, will be extended to 1,200 schools`: the things a verb of extension brings to a new value
  const extended = second ? extendedTo(tokens, quantities, index, sentence) : undefined
  if (extended) return extended
  // `Growth slowed to 2.4% in 2024, from 3.1% a year earlier`: the value reached, then where it came from
  const reachedFrom = second && second.kind === first.kind ? changeReachedFrom(tokens, quantities, index, sentence) : undefined
  if (reachedFrom) return reachedFrom
  // `40% of girls finished school in 2010, and 57% in 2024`, `was 23% in 2015 and is 58% now`: the later value, its noun left out, with the earlier in its label
  const elided = second && second.kind === first.kind ? elidedChange(tokens, quantities, index, sentence) : undefined
  if (elided) return elided
  return undefined
}

/** Verbs that bring a programme to more places or people: `extended to`, `expanded to`, `scaled up to`. */
const EXTENDING_VERBS = /^(?:extend|expand|widen|scale|roll|broaden|enlarge)$/

/**
 * A change told as a count of things and then the count a verb of extension brings the same
 * things to: `piloted in 300 schools since 2022, will be extended to 1,200 schools` gives 1,200
 * `schools, up from 300 in 2022`. Both counts must name the same noun.
 */
function extendedTo(tokens: Token[], quantities: Quantity[], index: number, sentence: string): {earlier: Quantity; later: Quantity; label: string} | undefined {
  const first = quantities[index]
  const second = quantities[index + 1]
  if (first.kind !== 'count' || second.kind !== 'count' || tokens[second.from - 1]?.lower !== 'to') return undefined
  let verb = second.from - 2
  if (/^(?:up|out)$/.test(tokens[verb]?.lower ?? '')) verb--
  if (!EXTENDING_VERBS.test(tokens[verb]?.lemma ?? '') || tokens.slice(first.to, verb).some((token) => /^[.;:]$/.test(token.text))) return undefined
  const [a, b] = [countNoun(tokens, first), countNoun(tokens, second)]
  if (!a || !b || tokens[a.to - 1].lemma.toLowerCase() !== tokens[b.to - 1].lemma.toLowerCase()) return undefined
  const rule = countLabel(tokens, second, sentence) ?? slice(sentence, tokens, b.from, b.to)
  const since = tokens.slice(Math.max(0, first.from - 6), first.to + 4).findIndex((token, offset, all) => token.lower === 'since' && /^(?:19|20)\d\d$/.test(all[offset + 1]?.text ?? ''))
  const year = since >= 0 ? tokens[Math.max(0, first.from - 6) + since + 1].text : undefined
  const direction = second.magnitude >= first.magnitude ? 'up' : 'down'
  return {earlier: first, later: second, label: `${labelOf(tokens, second, sentence, rule)}, ${direction} from ${first.value}${year ? ` in ${year}` : ''}`}
}

/**
 * A change told as the value reached and then, after a comma, the value it came from: `slowed to
 * 2.4% in 2024, from 3.1% a year earlier`, `rose to 46 members, from 19 in 2015`. The later value
 * follows `to` after a verb; only its time stands between it and `, from`.
 */
function changeReachedFrom(tokens: Token[], quantities: Quantity[], index: number, sentence: string): {earlier: Quantity; later: Quantity; label: string} | undefined {
  const first = quantities[index]
  const second = quantities[index + 1]
  // (`had fallen to about 2,900, from 4,200 ten years ago`: the later value may be rounded)
  const toAt = beforeApproximation(tokens, first.from)
  if (tokens[toAt]?.lower !== 'to' || tokens[toAt - 1]?.pos !== 'VERB' || tokens[second.from - 1]?.lower !== 'from') return undefined
  const noun = first.kind === 'count' ? countNoun(tokens, first) : undefined
  const start = noun ? noun.to : first.to
  // `has fallen to 31% from 58% in 2016`: with no comma, `from` comes right after the later value, or after its year alone
  // (`fell to 61 tonnes in 2025 from 98 tonnes in 2021`)
  const yearOnly = /^in (?:19|20)\d\d$/.test(tokens.slice(start, second.from - 1).map((token) => token.lower).join(' '))
  if (tokens[second.from - 2]?.text !== ',' && second.from - 1 !== start && !yearOnly) return undefined
  const end = tokens[second.from - 2]?.text === ',' ? second.from - 2 : second.from - 1
  // only the later value's time between them (`in 2024`, `last year`); a share may keep its whole before it
  // (`fell to 4.9% of the amount sent in 2025, from 6.3% in 2020`), a participle narrowing it too
  const whole = first.kind === 'percent' && tokens[start]?.lower === 'of' && end - start <= 10
  const between = tokens.slice(start, end)
  if (between.length > 0 && !whole && !timeAfter(tokens, start, sentence)) return undefined
  if (between.some((token, at) => /^(?:AUX|PUNCT|CCONJ)$/.test(token.pos) || (token.pos === 'VERB' && !(whole && isPastParticiple(token) && between[at - 1]?.pos === 'NOUN'))) || !sameThing(tokens, first, second)) return undefined
  const rule = first.kind === 'count' ? countLabel(tokens, first, sentence) : amountLabel(tokens, quantities, first, sentence)
  if (!rule) return undefined
  const what = labelOf(tokens, first, sentence, rule)
  const direction = first.magnitude >= second.magnitude ? 'up' : 'down'
  const year = yearIn(tokens, second.to, Math.min(tokens.length, second.to + 6))
  return {earlier: second, later: first, label: `${what}, ${direction} from ${withSharedScale(second, first)}${year ? ` in ${year}` : valueTime(tokens, second, sentence)}`}
}

/**
 * The time a value of a change is given for, past the noun or unit the text repeats after it and
 * its rate (`up from 150 villages last year` → ` last year`, `from 27 percent a decade ago`, `up from
 * 0.5 metres a year in the 1990s` → ` in the 1990s`), or empty.
 */
function valueTime(tokens: Token[], quantity: Quantity, sentence: string): string {
  let at = quantity.to
  while (at < quantity.to + 2 && tokens[at]?.pos === 'NOUN' && !TIME_UNITS.test(tokens[at].lower) && !NOW_WORDS.test(tokens[at].lower)) at++
  // (`ten years ago`, `a year earlier`; also a period named before the present one, `the season before`, `the previous winter`)
  const ago = (from: number) => /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:decades?|years?|seasons?|months?) (?:ago|earlier|before)|the (?:year|season|month|winter|summer|quarter|week) (?:before|earlier)|the (?:previous|preceding|prior) (?:year|season|month|winter|summer|quarter|week))\b/.exec(tokens.slice(from, from + 3).map((token) => token.lower).join(' '))?.[0]
  if (ago(at)) return ` ${ago(at)}`
  if (rateAfter(tokens, at)) at += 2
  if (ago(at)) return ` ${ago(at)}`
  if (tokens[at]?.lower === 'in' && tokens[at + 1]?.lower === 'the' && /^(?:19|20)\d0s$/.test(tokens[at + 2]?.text ?? '')) return ` in the ${tokens[at + 2].text}`
  return timeAfter(tokens, at, sentence)
}

/** The currency an amount is written in (`$`, `€`, `£`; `US$` is `$`). */
function currencyOf(quantity: Quantity): string {
  return (/^\D*?(?=\d)/.exec(quantity.value)?.[0] ?? '').replace(/^US(?=\$)/, '')
}

/**
 * Whether two values of a change count the same thing: the same unit (`$` and `$`, `%` and `%`)
 * and, when both name what they count, the same counted noun (`from 12 ports to 30 ports`, not
 * `from 12 ports to 30 airports`). Two values in different units or of different things are two figures.
 */
/** The prefix of a metric unit's size (`giga` of `gigawatts`, `kilo` of `kilotonnes`): a measure in another size is the same measure. */
const METRIC_PREFIX = /^(?:kilo|mega|giga|tera|milli|centi)(?=(?:watt|metre|meter|tonne|litre|liter|gram|joule|byte|hertz))/
/** How many base units one of a metric unit's size holds, by its prefix. */
const METRIC_SIZES: Record<string, number> = {kilo: 1e3, mega: 1e6, giga: 1e9, tera: 1e12, milli: 1e-3, centi: 1e-2}

/** The metric size of a count's unit (`gigawatts`: 1e9), 1 when its noun is no metric unit with a prefix; `undefined` when it has no noun of its own. */
function metricSize(tokens: Token[], quantity: Quantity): number | undefined {
  const noun = quantity.kind === 'count' ? countNoun(tokens, quantity) : undefined
  if (!noun) return undefined
  // (`gigawatt-hours`: the unit before the hyphen)
  const unit = tokens[noun.to - 2]?.text === '-' && noun.to - 3 >= noun.from ? tokens[noun.to - 3] : tokens[noun.to - 1]
  const prefix = METRIC_PREFIX.exec(unit.lower)?.[0]
  return prefix ? METRIC_SIZES[prefix] : 1
}

/**
 * The sizes of two counts of one change in their unit's base (`6 gigawatts` above `40 megawatts`),
 * for its direction; a value without a noun shares the other's unit (`from 1,450 to 1,020 square kilometres`).
 */
function sizesIn(tokens: Token[], a: Quantity, b: Quantity): [number, number] {
  const [x, y] = [metricSize(tokens, a), metricSize(tokens, b)]
  return x === undefined || y === undefined ? [a.magnitude, b.magnitude] : [a.magnitude * x, b.magnitude * y]
}

/** The unit of an earlier value written after it when both have one and they differ in size (`up from 40 megawatts`), or nothing. */
function otherUnit(tokens: Token[], earlier: Quantity, later: Quantity): string {
  const [x, y] = [metricSize(tokens, earlier), metricSize(tokens, later)]
  if (x === undefined || y === undefined || x === y) return ''
  const noun = countNoun(tokens, earlier)!
  return ` ${tokens.slice(noun.from, noun.to).map((token, at) => `${at && token.spaced ? ' ' : ''}${token.text}`).join('')}`
}

/** A noun's lemma with a metric unit's prefix set aside, in the singular (the tagger leaves `gigawatts` as it is). */
const metricBase = (lemma: string) => (METRIC_PREFIX.test(lemma) ? lemma.replace(METRIC_PREFIX, '').replace(/s$/, '') : lemma)

function sameThing(tokens: Token[], earlier: Quantity, later: Quantity): boolean {
  if (earlier.kind !== later.kind) return false
  // `seven member countries …, up from 190,000`: counts a thousandfold apart do not measure one thing
  // (a bare value shares the other's scale: `from 1.9 to 2.6 million`)
  const shared = withSharedScale(earlier, later) !== earlier.value || withSharedScale(later, earlier) !== later.value
  if (earlier.kind === 'count' && !shared && Math.max(earlier.magnitude, later.magnitude) > 1000 * Math.max(1, Math.min(earlier.magnitude, later.magnitude))) return false
  const unit = (quantity: Quantity) => (quantity.kind === 'money' ? currencyOf(quantity) : quantity.unit ?? '')
  if (unit(earlier) !== unit(later)) return false
  if (earlier.kind !== 'count') {
    // `58% of girls, against 23% of boys`: two shares of two wholes are a comparison, not a change
    const [a, b] = [earlier, later].map((quantity) => wholeOf(tokens, quantity.to))
    return !a || !b || a === b
  }
  const nouns = [countNoun(tokens, earlier), countNoun(tokens, later)]
  if (!nouns[0] || !nouns[1]) return true
  // `6 gigawatts …, up from 40 megawatts`: one measure in two sizes of its unit
  const [a, b] = nouns.map((noun) => metricBase(tokens[noun!.to - 1].lemma.toLowerCase()))
  // `waterbirds … birds`: a compound names a kind of the same things
  return a === b || a.endsWith(b) || b.endsWith(a)
}

/**
 * The lemmas of the noun a share or an amount is of or for, with the adjectives and nouns that
 * narrow it (`58% of girls` → `girl`, `23% for boys` → `boy`, `38% of mountain villages` →
 * `mountain village`), or undefined.
 */
function wholeOf(tokens: Token[], at: number): string | undefined {
  if (!/^(?:of|for|among)$/.test(tokens[at]?.lower ?? '')) return undefined
  let index = at + 1
  while (index < tokens.length && index < at + 5 && /^(?:DET|PRON)$/.test(tokens[index].pos)) index++
  const from = index
  while (index < tokens.length && index < at + 5 && tokens[index].pos === 'ADJ') index++
  while (tokens[index + 1]?.pos === 'NOUN' && index < at + 6) index++
  if (tokens[index]?.pos !== 'NOUN' && tokens[index]?.pos !== 'PROPN') return undefined
  // `only`, `all`, `total` say how much of it, not which
  return tokens.slice(from, index + 1).filter((token) => !EXTENT_WORDS.test(token.lower)).map((token) => token.lemma.toLowerCase()).join(' ')
}

/**
 * The earlier value of a change as the text means it: `from 1.9 to 2.4 million` shares the later
 * value's scale, so the earlier is `1.9 million`, not `1.9`. A value with its own scale, or one
 * that is already of the later's size (`from 900 to 2.4 million`), is kept as written.
 */
export function withSharedScale(earlier: Pick<Quantity, 'value' | 'number' | 'magnitude'>, later: Pick<Quantity, 'value' | 'number' | 'magnitude'>): string {
  const scale = /\s(million|billion|trillion)$/.exec(later.value)?.[1]
  if (!scale || /\s(?:million|billion|trillion)$/.test(earlier.value) || earlier.magnitude !== earlier.number) return earlier.value
  const factor = later.magnitude / later.number
  // shared only when the earlier value read in the later's scale is of the same order
  const scaled = earlier.number * factor
  return scaled / later.magnitude > 0.05 && scaled / later.magnitude < 20 && earlier.number < 1000 ? `${earlier.value} ${scale}` : earlier.value
}

/**
 * A change told as two values of one thing, the later one's noun left out: `A [of X] in 2010,
 * and B in 2024` or `… now`. The earlier value has its year; only a comma, `and`, `but`, a form of
 * `be` or `now` stand between the year and the later value, which has no noun of its own and a
 * later year or a word of now after it.
 */
function elidedChange(tokens: Token[], quantities: Quantity[], index: number, sentence: string): {earlier: Quantity; later: Quantity; label: string} | undefined {
  const first = quantities[index]
  const second = quantities[index + 1]
  let yearAt = -1
  for (let at = first.to; at < second.from; at++) if (/^(?:19|20)\d\d$/.test(tokens[at].text) && /^(?:in|since)$/.test(tokens[at - 1]?.lower ?? '')) yearAt = at
  if (yearAt < 0 || !tokens.slice(yearAt + 1, second.from).every((token) => /^(?:,|and|but|while|is|are|was|were|stands|now|today)$/.test(token.lower))) return undefined
  if (!tokens.slice(yearAt + 1, second.from).some((token) => /^(?:,|and|but|while)$/.test(token.lower))) return undefined
  const own = second.kind === 'count' ? countNoun(tokens, second) : tokens[second.to]?.lower === 'of' ? second : undefined
  if (own) return undefined
  const when = timeAfter(tokens, second.to, sentence) || (tokens[second.to]?.lower === 'now' ? ' now' : '')
  const laterYear = /\d{4}$/.exec(when)?.[0]
  if (!when || (laterYear && Number(laterYear) <= Number(tokens[yearAt].text))) return undefined
  // amounts and counts of two years are often two flows (`raised $300 million in 2020, and $45 million in 2024`); a share is a level
  if (first.kind !== 'percent' && laterYear) return undefined
  const rule = first.kind === 'count' ? countLabel(tokens, first, sentence) : amountLabel(tokens, quantities, first, sentence)
  if (!rule) return undefined
  const what = labelOf(tokens, first, sentence, rule).replace(new RegExp(`\\s+(?:in|since)\\s+${tokens[yearAt].text}$`), '')
  const direction = second.magnitude >= first.magnitude ? 'up' : 'down'
  return {earlier: first, later: second, label: `${what}${when}, ${direction} from ${first.value} in ${tokens[yearAt].text}`}
}

/**
 * The participle of an action that the clause's subject names, when the clause only says how far
 * it went: `Treatment now reaches 2.1 million children` gives `treated`, `Seizures at the borders
 * rose from 1,100 weapons` gives `seized`; `undefined` otherwise.
 */
function actionOfSubject(tokens: Token[], quantity: Quantity): string | undefined {
  let start = quantity.from
  while (start > 0 && !/^[;:]$/.test(tokens[start - 1].text)) start--
  while (start < quantity.from && !['NOUN', 'PROPN'].includes(tokens[start].pos)) {
    if (!/^(?:DET|ADJ|X|PUNCT)$/.test(tokens[start].pos)) return undefined
    start++
  }
  const word = tokens[start]?.lower ?? ''
  const done = ACTION_NOUNS[word] ?? ACTION_NOUNS[word.replace(/s$/, '')]
  if (!done) return undefined
  const verb = tokens.slice(start + 1, quantity.from).find((token) => token.pos === 'VERB')
  return verb && (LINKING_VERBS.has(verb.lower) || CHANGE_VERBS[verb.lemma]) ? done : undefined
}

/**
 * A part of a counted whole as two figures: `Thirty-eight of the Network's 60 members now share
 * genome data, up from 21 in 2021` gives 38 `members sharing genome data, up from 21 in 2021` and
 * 60 `members`; the comparison after the whole belongs to the part.
 * @returns the figures with their quantities (the earlier number of a comparison is used up too), or `undefined`
 */
function partOf(tokens: Token[], quantities: Quantity[], index: number, sentence: string): Array<{quantity: Quantity; label: string}> | undefined {
  const part = quantities[index]
  const whole = quantities[index + 1]
  if (!whole || part.kind !== 'count' || whole.kind !== 'count' || tokens[part.to]?.lower !== 'of' || part.magnitude >= whole.magnitude) return undefined
  let at = part.to + 1
  // `of the Network's 60 members`, `of the partnership's 14 members` (a common noun before its possessive too)
  // (`14 of its 16 members`: an owner's pronoun, whatever its tag)
  while (at < whole.from && (/^(?:DET|PROPN|ADJ)$/.test(tokens[at].pos) || /^(?:its|their|our)$/.test(tokens[at].lower) || /^['’]s?$/.test(tokens[at].text) || (tokens[at].pos === 'NOUN' && /^['’]s?$/.test(tokens[at + 1]?.text ?? '')))) at++
  if (at !== whole.from) return undefined
  const noun = countNoun(tokens, whole)
  if (!noun) {
    // `Directors present: 8 of 9`: a roll line names who attended before its colon (figures50)
    const label = tokens[whole.to] && !/^[.;(]$/.test(tokens[whole.to].text) ? undefined : rollLineLabel(tokens, part, sentence)
    return label ? [{quantity: part, label}, {quantity: whole, label: ''}] : undefined
  }
  const what = slice(sentence, tokens, noun.from, noun.to)
  // `with 14 of its 16 members present`, `Present: 8 of 9 committee members`: who attended a sitting is its fact, the size of the
  // body they belong to only its base (not `11 of the 31 countries present count …`, where those present are the whole a verb's subject is taken from)
  const attended = attendanceOfPart(tokens, part, noun.to)
  if (attended) {
    // (`Nine of the eleven members of the Committee were present`: the body named after the noun is who met, left out as the
    // possessive before it is: `members present`)
    const label = attended.how === 'present' ? `${what} present` : `${what} ${attended.how} out of ${whole.value}`
    return [{quantity: part, label}, {quantity: whole, label: ''}]
  }
  const label = whatCountDid(tokens, part, noun, noun.to, sentence, true) ?? what
  const figures = [{quantity: part, label}, {quantity: whole, label: what}]
  // `…, up from 21 in 2021`
  const earlier = quantities[index + 2]
  const comma = earlier ? tokens.slice(noun.to, earlier.from).findIndex((token) => token.text === ',') : -1
  if (earlier && comma >= 0 && earlier.kind === part.kind) {
    const link = noun.to + comma + 1
    const word = tokens[link]?.lower ?? ''
    if ((UP_WORDS.has(word) || DOWN_WORDS.has(word)) && tokens[link + 1]?.lower === 'from' && link + 2 === earlier.from) {
      const year = yearIn(tokens, earlier.to, Math.min(tokens.length, earlier.to + 6))
      figures[0] = {quantity: part, label: `${label}, ${part.magnitude >= earlier.magnitude ? 'up' : 'down'} from ${earlier.value}${year ? ` in ${year}` : ''}`}
      figures.push({quantity: earlier, label: ''})
    }
  }
  return figures
}

/** Most words of who attended on a roll line before its colon (`Directors present:`, `Board members attending:`). */
const ROLL_NOUN_WORDS = 3

/** The label of a roll line's count (`Directors present: 8 of 9` → `directors present`), or undefined: nouns, then `present` or `attending` and a colon, opening the line. */
function rollLineLabel(tokens: Token[], part: Quantity, sentence: string): string | undefined {
  const colon = part.from - 1
  if (tokens[colon]?.text !== ':' || !/^(?:present|attending|in attendance)$/.test(tokens[colon - 1]?.lower ?? '') || colon - 1 < 1 || colon - 1 > ROLL_NOUN_WORDS) return undefined
  if (!tokens.slice(0, colon - 1).every((token) => /^(?:NOUN|PROPN|ADJ)$/.test(token.pos))) return undefined
  return `${slice(sentence, tokens, 0, colon - 1).toLowerCase()} present`
}

/** Words that say who attended, after the noun of a part of a body (`present`, `attending`, `in attendance`). */
const ATTENDING_AFTER = /^(?:present|attending|attended|in attendance)(?:$| )/
/** Past verbs that say those counted came (`attended`, `took part`, `joined`), written as the text writes them (figures50). */
const CAME_VERBS = /^(?:attended|joined|took part)$/
/** Words that may follow those present and close what is said of them (`, and …`, `together with`, `plus`, `with`). */
const AFTER_ATTENDANCE = /^(?:plus|with|at|when|for|together|by|on|as)$/

/**
 * Whether a part counted `of` a whole is the attendance of a sitting, and how it is told: the words after the whole's noun say
 * they attended and close the clause (`with 14 of its 16 members present and …` → `present`; `were there`, `were in attendance`,
 * `attended in person` → `present`; `attended`, `took part`, `joined` as written, figures50), or a `Present:` label opens the
 * line (`Present: 8 of 9 committee members`). A body named after the noun (`members of the Committee were present`) is passed over.
 */
function attendanceOfPart(tokens: Token[], part: Quantity, nounEnd: number): {how: string; of: number} | undefined {
  if (/^(?:present|attendance|attending)$/.test(tokens[part.from - 2]?.lower ?? '') && tokens[part.from - 1]?.text === ':' && tokens.slice(0, part.from - 2).every((token) => /^(?:PUNCT|X|SYM)$/.test(token.pos))) return {how: 'present', of: nounEnd}
  let at = nounEnd
  // `members of the Committee`: a body's name after `of`, in capitals
  if (tokens[at]?.lower === 'of' && /^(?:the|its|their|our)$/.test(tokens[at + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[at + 2]?.text ?? '')) {
    let end = at + 2
    while (end < at + 8 && /^\p{Lu}/u.test(tokens[end]?.text ?? '')) end++
    at = end
  }
  const of = at
  // (`Twelve of the fifteen trustees were present`, `were there`: the verb before it)
  if (/^(?:were|was)$/.test(tokens[at]?.lower ?? '') && /^(?:present|in|there)$/.test(tokens[at + 1]?.lower ?? '')) at++
  const words = tokens.slice(at, at + 3).map((token) => token.lower)
  let how: string | undefined
  let end = at
  if (words[0] === 'there' && at > of) [how, end] = ['present', at + 1]
  else if (words[0] === 'attended' && words[1] === 'in' && words[2] === 'person') [how, end] = ['present', at + 3]
  else if (words[0] === 'took' && words[1] === 'part') [how, end] = [tokens.slice(at, at + 2).map((token) => token.text).join(' '), at + 2]
  else if (CAME_VERBS.test(words[0] ?? '') && tokens[at].pos === 'VERB') [how, end] = [tokens[at].text, at + 1]
  else if (ATTENDING_AFTER.test(words.slice(0, 2).join(' '))) [how, end] = ['present', at + (words[0] === 'in' ? 2 : 1)]
  if (!how) return undefined
  const next = tokens[end]
  // (`took part in the committee's autumn meeting`, `attended the spring sitting`: the meeting they came to, named after the verb)
  const meeting = how !== 'present' && /^(?:in|the|its|their|our|this|that)$/.test(next?.lower ?? '') && tokens.slice(end, end + 7).some((token) => SITTING_NOUNS.test(token.lower))
  return !next || /^(?:PUNCT|CCONJ)$/.test(next.pos) || AFTER_ATTENDANCE.test(next.lower) || meeting ? {how, of} : undefined
}

/** Nouns of a sitting that those counted came to (`took part in the autumn meeting`, `attended the session`). */
const SITTING_NOUNS = /^(?:meeting|meetings|session|sitting|assembly|agm|egm|gathering|conference|call|videoconference|discussions?|proceedings|workshop|forum|summit|council)$/

/** How a percentage after an amount gives the size of that amount's change: `, up 4 percent`, `, an increase of 20%`, `, representing a rise of 5%`. */
const CHANGE_SIZE_BETWEEN = /^[^.;:]*,\s*(?:(?:up|down)(?:\s+by)?|(?:(?:representing|marking|or|which\s+is)\s+)?(?:an?\s+)?(?:increase|rise|fall|drop|decline|decrease|cut|jump|gain|reduction)\s+of)(?:\s+(?:some|about|around|nearly|almost|roughly|over|more\s+than))?\s*$/i

/**
 * Whether a percentage only says by how much a sum set by a decision changed (`approved a budget of
 * US$6.4 million for 2026, up 4 percent on 2025`, `a floor price of $1,800 a tonne, an increase of
 * 20%`): an editor keeps it in that figure's label, not as a figure of its own. The growth of what was
 * measured (`receipts reached $3.1 billion, up 8 percent`, a volume of tonnes) is news of its own, and a
 * share (`, up 4 percent of …`) is no size of change.
 */
function sizeOfChange(tokens: Token[], earlier: Quantity, later: Quantity): boolean {
  if (later.kind !== 'percent' || earlier.kind !== 'money' || tokens[later.to]?.lower === 'of') return false
  // `receipts reached $3.1 billion, up 8 percent`: the growth of what was measured is news of its own
  let governor = earlier.from - 1
  while (governor > 0 && QUALIFIERS.has(tokens[governor].lower)) governor--
  if (tokens[governor]?.pos === 'VERB' && (LINKING_VERBS.has(tokens[governor].lower) || CHANGE_VERBS[tokens[governor].lemma])) return false
  const between = tokens.slice(earlier.to, later.from)
  if (between.length > 12 || between.some((token) => token.pos === 'VERB' && !/^(?:representing|marking)$/.test(token.lower))) return false
  return CHANGE_SIZE_BETWEEN.test(between.map((token) => token.text).join(' '))
}

/** The base a change is measured on, after its percentage: `on 2025`, `on the previous biennium`, `compared with last year`. */
const CHANGE_BASE = /^(?:on|over|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:19|20)\d\d(?!\d)|the\s+(?:previous|last|preceding)\s+(?:(?:two|three|four|five|[2-5])\s-\s(?:year|month)\s+)?(?:year|biennium|budget|period|financial\s+year|session)|last\s+year|(?:a|the)\s+year\s+(?:earlier|before)|(?:the\s+)?(?:19|20)\d\d\s+budget)/i

/**
 * The base of a change after its percentage (`up 4 percent on 2025` → `on 2025`), or nothing.
 * @param tokens the sentence's tokens
 * @param quantity the percentage
 */
function baseOfChange(tokens: Token[], quantity: Quantity): string | undefined {
  // (`on the previous two-year period`: a hyphenated word read back whole)
  return CHANGE_BASE.exec(tokens.slice(quantity.to, quantity.to + 8).map((token) => token.text).join(' '))?.[0].replace(/\s-\s/gu, '-')
}

/**
 * A label for an amount or a percentage no rule has one for: an editor lists every amount and
 * share, so it is kept with what is done with it (`which the United States will fund with $35
 * million` → `to fund`, `will fund the centre with …` → `to fund the centre`, `A fleet … will be
 * funded jointly, with …` → `to fund the fleet …`) or the words after it
 * (`with a further US$12 million in co-financing from Australia` → `in co-financing from Australia`).
 */
function amountAnyway(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let before = quantity.from - 1
  // `receipts reached $3.1 billion, up 8 percent on 2024`: the rise of what was measured
  if (quantity.kind === 'percent' && /^(?:up|down)$/.test(tokens[before]?.lower ?? '') && tokens[before - 1]?.text === ',') {
    const since = /^(?:on|from) (?:19|20)\d\d$/.test(slice(sentence, tokens, quantity.to, Math.min(tokens.length, quantity.to + 2))) ? ` since ${tokens[quantity.to + 1].text}` : ''
    return `${tokens[before].lower === 'up' ? 'rise' : 'fall'}${since}`
  }
  while (before >= 0 && QUALIFIERS.has(tokens[before].lower) && tokens[before].lower !== 'by') before--
  if (tokens[before]?.lower === 'with') {
    // the verb the `with` phrase belongs to (over an adverb and a comma: `will be funded jointly, with …`), and its object
    // when one stands between them, or its subject when the verb is a passive (`A fleet … will be funded` → `to fund the fleet …`)
    let verb = before - 1
    if (tokens[verb]?.text === ',') verb--
    while (verb >= 0 && before - verb <= 6 && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'PUNCT') verb--
    if (tokens[verb]?.pos === 'VERB' && !LINKING_VERBS.has(tokens[verb].lower)) {
      const object = verb + 1 < before && tokens[verb + 1].pos !== 'ADV' && tokens[verb + 1].text !== ',' ? slice(sentence, tokens, verb + 1, before).replace(/^(?:a|an)\s+/i, 'the ').replace(/,$/, '') : ''
      const passive = !object && tokens[verb - 1]?.lemma === 'be' ? clauseSubject(tokens, verb - 1, sentence) : undefined
      const what = object || (passive ? `the ${passive.replace(/^(?:the|a|an|its|their|our)\s+/i, '')}` : '')
      return `to ${tokens[verb].lemma}${what ? ` ${what}` : ''}`
    }
    // `Fund a shared equipment bank with $12 million`: with no verb found (a bullet's capitalised imperative reads as a
    // name, a hyphened compound stops the search), an amount right after a noun phrase and `with` is that noun's amount
    if (quantity.kind === 'money' && tokens[before - 1]?.pos === 'NOUN') {
      const named = nounPhraseBefore(tokens, before, sentence)
      if (named) return named
    }
  }
  // `the Fund, which holds $9 million, … asked partners to bring it to $25 million`: the value a verb is to bring what `it` names to
  const to = quantity.from - 1
  if (quantity.kind === 'money' && tokens[to]?.lower === 'to' && tokens[to - 1]?.lower === 'it' && TARGET_VERBS.test(tokens[to - 2]?.lemma ?? '')) {
    const which = tokens.slice(0, to).findIndex((token, index, all) => token.text === ',' && /^(?:which|that)$/.test(all[index + 1]?.lower ?? ''))
    const named = which > 0 ? nounPhraseBefore(tokens, which, sentence) : undefined
    if (named) return `target for the ${named.replace(/^(?:the|a|an)\s+/i, '')}`
  }
  // `approved the budget of the Authority at US$4.6 million for 2027`, `set the levy at $12`: what a verb sets at the amount, and the year it is for
  const at = quantity.from - 1
  if (quantity.kind === 'money' && tokens[at]?.lower === 'at') {
    let verb = at - 1
    // (over a span of two years: `the budget of the Secretariat for 2027 and 2028 at`)
    // (or a span of years: `the budget of the Framework for 2027–2028 at`)
    while (verb >= 0 && at - verb <= 10 && tokens[verb].pos !== 'VERB' && (tokens[verb].pos !== 'PUNCT' || yearSpanEnd(tokens, verb + 1))) verb--
    if (tokens[verb]?.pos === 'VERB' && verb + 1 < at && /^(?:DET|NOUN|PROPN|ADJ)$/.test(tokens[verb + 1].pos)) return `${slice(sentence, tokens, verb + 1, at).replace(/^(?:the|a|an)\s+/i, '')}${forYear(tokens, quantity.to)}`
  }
  // `ship time has become costly, at about $40,000 a day`: a rate set off by a comma is the cost of the clause's subject
  let near = quantity.from - 1
  while (near >= 0 && QUALIFIERS.has(tokens[near].lower) && tokens[near].lower !== 'at') near--
  const rate = rateAfter(tokens, quantity.to)
  if (quantity.kind === 'money' && rate && tokens[near]?.lower === 'at' && tokens[near - 1]?.text === ',') {
    let head = near - 2
    while (head >= 0 && near - head <= 8 && !/^(?:VERB|AUX)$/.test(tokens[head].pos) && !/^[;:,]$/.test(tokens[head].text)) head--
    while (head > 0 && tokens[head - 1].pos === 'AUX') head--
    const subject = /^(?:VERB|AUX)$/.test(tokens[head]?.pos ?? '') ? clauseSubject(tokens, head, sentence) : undefined
    if (subject) return `${subject.replace(/^(?:the|a|an)\s+/i, '')}${rate}`
  }
  return complement(tokens, quantity.to, sentence) || undefined
}

/** Verbs of paying someone a rate: the amount they are paid is labelled by its rate (`will be paid 45p a mile`). */
const PAYING_VERBS = /^(?:paid|refunded|reimbursed|charged|compensated|given|allowed)$/

/**
 * A rate of pay: an amount right after a verb of paying in the passive and before its unit (`will be paid 45p a mile`, `are
 * reimbursed €0.30 per kilometre`, `is now refunded $15 an hour`): the unit alone (`a mile`), which a comparison after it joins.
 */
function rateOfPay(tokens: Token[], quantity: Quantity): string | undefined {
  if (quantity.kind !== 'money') return undefined
  let verb = quantity.from - 1
  while (verb > 0 && /^(?:now|still|only|just|up|to)$/.test(tokens[verb].lower)) verb--
  if (!PAYING_VERBS.test(tokens[verb]?.lower ?? '') || !/^(?:be|been|being|is|are|was|were|get|gets|got)$/.test(tokens[verb - 1]?.lower ?? tokens[verb - 2]?.lower ?? '')) return undefined
  const per = tokens[quantity.to]
  const unit = tokens[quantity.to + 1]
  if (!per || !unit || !/^(?:a|an|per)$/.test(per.lower) || unit.pos !== 'NOUN' || unit.lower !== unit.lemma) return undefined
  return `${per.lower} ${unit.lower}`
}

/** Verbs of buying, renting or ordering a thing: an amount after `for` and their object is the price of that object. */
const BUYING_VERBS = /^(?:buy|purchase|acquire|order|hire|rent|lease|procure)$/

/**
 * What an amount after `for` pays for when a verb of buying takes a noun phrase right before it (`buy six kilns for £3,900`,
 * `has purchased a second-hand minibus for $12,000`): `for the` and that thing, its count and article left out (the count is a
 * figure of its own); `undefined` otherwise.
 */
function boughtFor(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let before = quantity.from - 1
  while (before >= 0 && QUALIFIERS.has(tokens[before].lower) && tokens[before].lower !== 'for') before--
  if (quantity.kind !== 'money' || tokens[before]?.lower !== 'for' || tokens[before - 1]?.pos !== 'NOUN') return undefined
  let from = before - 1
  while (from > 0 && before - from < 6 && (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(tokens[from - 1].pos) || (tokens[from - 1].text === '-' && !tokens[from - 1].spaced))) from--
  if (!BUYING_VERBS.test(tokens[from - 1]?.lemma ?? '') && !BUYING_VERBS.test(tokens[from - 1]?.lower ?? '')) return undefined
  while (from < before - 1 && (/^(?:DET|NUM)$/.test(tokens[from].pos) || isNumberWord(tokens[from].lower))) from++
  return `for the ${slice(sentence, tokens, from, before)}`
}

/** Whether the token at `index` closes a span of years after its dash (`2027–2028`, `2027-28`): the dash joins the two years, no space around it. */
function yearSpanEnd(tokens: Token[], index: number): boolean {
  const dash = tokens[index - 1]
  return /^[–—-]$/.test(dash?.text ?? '') && !dash.spaced && !tokens[index]?.spaced && /^(?:19|20)\d\d$/.test(tokens[index - 2]?.text ?? '') && /^(?:(?:19|20)\d\d|\d\d)$/.test(tokens[index]?.text ?? '')
}

/** A dash set off by spaces, the separator of a row written as a line (`Germany – €40m – care for survivors`). */
const ROW_DASH = /^[–—-]$/

/**
 * The label of an amount or a share that stands alone between two spaced dashes on a line of a
 * table written as text (`Norway – NOK 150 million – surveys to release land`): the cell before
 * names whose it is, the cell after what it is for (`Norway: surveys to release land`). A row is
 * short: at most eight words in each cell, with no verb in the cell before.
 */
function rowLabel(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (quantity.kind === 'count') return undefined
  // `Switzerland: CHF 25 million, half of it for …`: a line of a list of pledges that names its giver before a colon
  // (lines without a stop run on in one sentence: `… for verification Switzerland: CHF 25 million`)
  const colon = quantity.from - 1
  if (quantity.kind === 'money' && tokens[colon]?.text === ':') {
    let from = colon
    while (from > 0 && colon - from < 4 && (tokens[from - 1].pos === 'PROPN' || (/^(?:of|the)$/.test(tokens[from - 1].lower) && tokens[from - 2]?.pos === 'PROPN'))) from--
    if (from < colon && tokens[from].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[from].text)) return `from ${slice(sentence, tokens, from, colon)}`
  }
  const dash = quantity.from - 1
  if (dash < 1 || !ROW_DASH.test(tokens[dash].text) || !tokens[dash].spaced) return undefined
  let from = dash
  while (from > 0 && !ROW_DASH.test(tokens[from - 1].text)) from--
  const owner = tokens.slice(from, dash)
  if (owner.length === 0 || owner.length > 8 || owner.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || /^[.;:!?]$/.test(token.text)) || !/^\p{Lu}/u.test(owner[0].text)) return undefined
  const name = slice(sentence, tokens, from, dash)
  const after = quantity.to
  if (after === tokens.length) return name
  if (!ROW_DASH.test(tokens[after].text)) return undefined
  let to = after + 1
  while (to < tokens.length && !ROW_DASH.test(tokens[to].text) && !/^[.;!?]$/.test(tokens[to].text)) to++
  if (to === after + 1 || to - after - 1 > 8) return name
  return `${name}: ${slice(sentence, tokens, after + 1, to).replace(/^(?:the|a|an)\s+/i, '')}`
}

/** Whether the words between two numbers make the later one the same fact in another measure: `$2 billion, equivalent to 3% of output`, `or the equivalent of`. */
function restates(tokens: Token[], earlier: Quantity, later: Quantity): boolean {
  const between = tokens.slice(earlier.to, later.from).map((token) => token.lower)
  if (between.includes('.') || between.includes(';') || between.length > 12) return false
  // `US$1 billion, or about €920 million`, `(€920 million)`: one amount in another currency
  if (earlier.kind === 'money' && later.kind === 'money' && currencyOf(earlier) !== currencyOf(later) && /^(?:,? ?or|\()$/.test(between.filter((word) => !QUALIFIERS.has(word)).join(' '))) return true
  const at = between.lastIndexOf('equivalent')
  return at >= 0 && /^(?:to|of)$/.test(between[at + 1] ?? '') && between.slice(at + 2).every((word) => QUALIFIERS.has(word))
}

/**
 * The two ends of a spread (`prices ranging from US$2,100 to US$6,800`, `fees that vary from $40 to $90`):
 * the upper end and what both measure (the noun before the verb, `price`), or nothing.
 */
function spreadAt(tokens: Token[], quantities: Quantity[], index: number): {upper: Quantity; what: string} | undefined {
  const lower = quantities[index]
  const upper = quantities[index + 1]
  if (!upper || upper.kind !== lower.kind) return undefined
  const from = beforeApproximation(tokens, lower.from)
  if (tokens[from]?.lower !== 'from' || tokens[beforeApproximation(tokens, upper.from)]?.lower !== 'to' || upper.from - lower.to > 3) return undefined
  let verb = from - 1
  if (!/^(?:rang|var)(?:e|es|ed|ing|y|ies|ied|ying)$/.test(tokens[verb]?.lower ?? '')) return undefined
  if (/^(?:that|which)$/.test(tokens[verb - 1]?.lower ?? '')) verb--
  const noun = tokens[verb - 1]
  // (the tagger may call a plural that opens the sentence a name: `Fees that vary …`)
  if (!noun || !(noun.pos === 'NOUN' || (noun.pos === 'PROPN' && verb === 1))) return undefined
  return {upper, what: noun.pos === 'NOUN' ? noun.lemma : noun.lower.replace(/s$/, '')}
}

/** Words that round or bound a value without changing what it is (`about`, `nearly`, `under`, `more than`). */
const APPROXIMATION = /^(?:about|around|some|nearly|almost|roughly|approximately|just|barely|under|over|below|above|than|less|more|fewer|estimated|an)$/

/**
 * The position of the word before a value's rounding or bound (`from` in `from about 200,000`,
 * `from under 1 percent`), at most three words back; the word right before it when there is none.
 */
function beforeApproximation(tokens: Token[], from: number): number {
  let at = from - 1
  while (at > 0 && from - at <= 3 && APPROXIMATION.test(tokens[at].lower) && !(tokens[at].lower === 'an' && tokens[at + 1]?.lower !== 'estimated')) at--
  return at
}

/**
 * Whether a count repeats the count just before it, one of its things for each of its own
 * (`nine different forms for nine donors`, `12 inspectors for 12 ports`): the same number, and only
 * the first count's noun phrase and `for`, `to` or `per` between them.
 */
function oneForEach(tokens: Token[], earlier: Quantity, later: Quantity): boolean {
  if (earlier.kind !== 'count' || later.kind !== 'count' || earlier.value !== later.value) return false
  const noun = countNoun(tokens, earlier)
  return Boolean(noun) && later.from === noun!.to + 1 && /^(?:for|to|per)$/.test(tokens[noun!.to].lower)
}

/**
 * Whether an amount or a share follows another of its kind in a list (`US$45 million, US$30m and
 * US$20 million`, `12%, 9% or 7%`): only a comma, `and` or `or` stands between them.
 */
function inListAfter(tokens: Token[], earlier: Quantity, later: Quantity): boolean {
  if (later.kind === 'count' || earlier.kind !== later.kind) return false
  const between = tokens.slice(earlier.to, later.from).map((token) => token.lower).join(' ')
  return /^(?:,|and|or|, and|, or)$/.test(between)
}

/**
 * Whether a sentence reads as English: counts are read only there (`19 lors` in a French
 * sentence is not 19 of anything); amounts and percentages are read in any language.
 */
function looksEnglish(tokens: Token[]): boolean {
  let english = 0
  let foreign = 0
  for (const token of tokens) {
    if (ENGLISH_FUNCTION_WORDS.has(token.lower)) english++
    else if (FOREIGN_FUNCTION_WORDS.has(token.lower)) foreign++
  }
  return foreign <= english
}

function yearIn(tokens: Token[], from: number, to: number): string | undefined {
  for (let index = from; index < to; index++) {
    if (/^(?:19|20)\d\d$/.test(tokens[index].text) && ['in', 'since', 'of'].includes(tokens[index - 1]?.lower ?? '')) return tokens[index].text
  }
  return undefined
}

/** ` a year`, ` per month`, ` annually` when the phrase is followed by a rate: `12 joint exercises a year` counts exercises a year. */
function rateAfter(tokens: Token[], index: number): string {
  const word = tokens[index]?.lower
  if (word === 'annually') return ' a year'
  if (/^(?:a|per|each|every)$/.test(word ?? '') && /^(?:year|month|week|day)$/.test(tokens[index + 1]?.lower ?? '')) return ` ${word} ${tokens[index + 1].lower}`
  return ''
}

/**
 * The label of a sum `at a cost of` (`at an estimated cost of`, `at a total cost of`): the cost, with the
 * words the text puts before it, of what its clause makes or does (issue 11, labels40). The thing is the
 * object of the clause's first verb that has one, past `agreed to`, `decided that` (`agreed to set up a
 * backup network …, at an estimated cost of` → estimated cost of the backup network), what a noun of
 * making is of (`approved the construction of a laboratory` → the laboratory), what follows `with` after
 * a verb of fitting (`equip the tunnels with sprinklers` → sprinklers), or the subject of a passive or of
 * a verb without an object (`A pilot will start in 2027, at a cost of` → cost of the pilot). A verb that
 * does not make the thing keeps its act (`The domes will be repaired at a cost of` → cost of repairing
 * the domes). A span or a rate after the amount stays (`over five years`, `a year`).
 * @param of the index of `of` before the amount
 * @param after the index after the amount
 * @returns the label, or `undefined` when the amount is not a cost `at` one or no thing is found
 */
function costOfClause(tokens: Token[], of: number, after: number, sentence: string): string | undefined {
  if (tokens[of - 1]?.lower !== 'cost') return undefined
  let article = of - 1
  while (article > 0 && of - article < 4 && !/^(?:a|an)$/.test(tokens[article].lower)) article--
  if (!/^(?:a|an)$/.test(tokens[article]?.lower ?? '') || tokens[article - 1]?.lower !== 'at') return undefined
  const cost = slice(sentence, tokens, article + 1, of).toLowerCase()
  const at = article - 1
  let start = at
  while (start > 0 && !/^[;:]$/.test(tokens[start - 1].text)) start--
  const thing = costlyThing(tokens, start, at, sentence)
  if (!thing) return undefined
  return `${cost} of ${thing}${periodAfter(tokens, after, sentence) || rateAfter(tokens, after)}`
}

/**
 * What the clause from `start` to `end` makes or does, as a cost's label names it (see `costOfClause`), or
 * `undefined`. Its verbs are tried from the last one back, leaving out those of a relative clause (`which
 * will test samples`), a participle that qualifies a noun (`the 35 piers judged most at risk`) and verbs
 * that neither make a thing nor work on it (`recognised the importance`).
 */
function costlyThing(tokens: Token[], start: number, end: number, sentence: string): string | undefined {
  // (a phrase of at most eight words, no digits in it (another figure), its `a` read as `the`: one thing the text has just named)
  const named = (phrase: {from: number; to: number} | undefined) => {
    if (!phrase || phrase.to - phrase.from > 8 || phrase.to > end || tokens.slice(phrase.from, phrase.to).some((token) => /\d/.test(token.text))) return undefined
    const first = tokens[phrase.from]
    const words = slice(sentence, tokens, phrase.from, phrase.to)
    if (/^(?:a|an|the)$/.test(first.lower)) return `the${words.slice(first.text.length)}`
    return first.pos === 'DET' || first.pos === 'PRON' ? undefined : lowerFirst(words, first)
  }
  const verbs: number[] = []
  let relative = false
  for (let index = start; index < end; index++) {
    const token = tokens[index]
    if (token.text === ',') relative = false
    else if (/^(?:which|who|whose)$/.test(token.lower) || (token.lower === 'that' && ['NOUN', 'PROPN'].includes(tokens[index - 1]?.pos ?? ''))) relative = true
    // (a past form right after a noun, once the clause has its verb, qualifies that noun: `built around the piers judged most at risk`)
    else if (!relative && token.pos === 'VERB' && !(verbs.length > 0 && ['NOUN', 'PROPN'].includes(tokens[index - 1]?.pos ?? '') && /ed$/.test(token.lower))) verbs.push(index)
  }
  for (const verb of verbs.reverse()) {
    const act = tokens[verb]
    const making = COST_MAKING_VERBS.test(act.lemma)
    if (!making && !COST_WORKS_VERBS.test(act.lemma)) continue
    // (a participle before a noun qualifies it: `redesigned intersections`)
    if (['NOUN', 'ADJ'].includes(tokens[verb + 1]?.pos ?? '') && /(?:ed|ing)$/.test(act.lower) && tokens[verb - 1]?.pos !== 'AUX') continue
    let object = verb + 1
    if (/^(?:up|out)$/.test(tokens[object]?.lower ?? '') && tokens[object].pos !== 'NOUN') object++
    const passive = tokens[verb - 1]?.pos === 'AUX' && tokens[verb - 1].lemma === 'be' && act.lower !== act.lemma && !/ing$/.test(act.lower)
    if (passive || !['DET', 'NOUN', 'ADJ', 'PROPN'].includes(tokens[object]?.pos ?? '')) {
      // the subject: of a passive, or of a verb of making with no object (`A pilot will start in …`)
      if (!passive && !making) continue
      let first = start
      while (first < verb && ['SCONJ', 'CCONJ', 'ADV'].includes(tokens[first].pos)) first++
      let last = first
      while (last < verb && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[last].pos) || (tokens[last].pos === 'NUM' && !/\d/.test(tokens[last].text)) || (tokens[last].text === '-' && !tokens[last].spaced) || (tokens[last].pos === 'CCONJ' && last > first && ['NOUN', 'PROPN'].includes(tokens[last - 1].pos)))) last++
      if (last === first || !['NOUN', 'PROPN'].includes(tokens[last - 1].pos)) continue
      // (a subject's place stays: `The two oldest domes at Skinakas`)
      if (tokens[last]?.pos === 'ADP' && tokens[last].lower !== 'by') {
        const place = nounPhraseAfter(tokens, last + 1)
        if (place && place.to <= verb && tokens.slice(place.to, verb).every((token) => /^(?:AUX|ADV|PART)$/.test(token.pos))) last = place.to
      }
      // (only a subject that runs up to its verb; people who act are no thing paid for)
      if (!tokens.slice(last, verb).every((token) => /^(?:AUX|ADV|PART)$/.test(token.pos)) || PERSON_NOUNS.test(tokens[last - 1].lower)) continue
      const subject = named({from: first, to: last})
      if (subject) return making ? subject : `${presentParticiple(act.lemma)} ${subject}`
      continue
    }
    let phrase = nounPhraseAfter(tokens, object)
    // `the construction of a laboratory`: what is made
    if (phrase && COST_MAKING_NOUNS.test(tokens[phrase.to - 1].lower) && tokens[phrase.to]?.lower === 'of') phrase = nounPhraseAfter(tokens, phrase.to + 1)
    // `equip these tunnels with fixed fire-fighting systems`: what they are fitted with
    else if (phrase && FITTING_VERBS.test(act.lemma) && tokens[phrase.to]?.lower === 'with') phrase = nounPhraseAfter(tokens, phrase.to + 1)
    const thing = named(phrase)
    if (thing) return making ? thing : `${presentParticiple(act.lemma)} ${thing}`
  }
  return undefined
}

/**
 * What an amount in a `with` phrase pays for: the object of the clause's verb, as `for …`.
 * `will hold 12 joint exercises a year, …, with a budget of €48 million` gives `for joint exercises`,
 * `will fund geological surveys and training for …, with an initial £150 million` gives
 * `for geological surveys and training`. Empty when the amount is not in a `with` phrase after a
 * verb and its object, or the object is itself a holder of money (`create a fund …, with pledges of`).
 * @param index the first token of the amount's phrase (the amount, or the `of` after its noun)
 * @param measure whether the amount is a measure of what it pays for (`a budget`): one thing made
 * then owns it (`the budget of the study`), where money given is for it (`pledges for the fund`)
 */
function withPurpose(tokens: Token[], index: number, sentence: string, measure = false): string {
  let at = index - 1
  while (at > 0 && index - at < 6 && (/^(?:DET|ADJ|NOUN)$/.test(tokens[at].pos) || QUALIFIERS.has(tokens[at].lower)) && !/^(?:with|at)$/.test(tokens[at].lower)) at--
  // `approved a training programme …, which will train 600 staff at a cost of`: the cost of what the clause made
  if (tokens[at]?.lower === 'at' && measure && tokens[index - 1]?.lemma === 'cost') return madeBefore(tokens, at + 1, sentence, true)
  if (tokens[at]?.lower !== 'with' || tokens[at - 1]?.text !== ',') return ''
  // `The study on roaming tariffs, with a budget of $450,000, will …`: the subject the phrase is set off from
  const subject = subjectBeforeAside(tokens, at - 1, sentence)
  if (subject) return `for ${subject}`
  // the verb of the clause, not far before: its object is what the amount pays for
  let verb = at - 2
  while (verb >= 0 && at - verb < 16 && !(tokens[verb].pos === 'VERB' && !/(?:ed|ing)$/.test(tokens[verb].lower) && tokens[verb - 1] && /^(?:will|shall|to)$/.test(tokens[verb - 1].lower))) {
    if (/^[;:]$/.test(tokens[verb].text)) return ''
    verb--
  }
  if (verb < 0 || at - verb >= 16) return madeBefore(tokens, at, sentence, measure)
  let from = verb + 1
  while (from < at && (tokens[from].pos === 'DET' || tokens[from].pos === 'NUM' || QUALIFIERS.has(tokens[from].lower))) from++
  const phrase = nounPhraseAfter(tokens, from)
  if (!phrase) return ''
  let to = phrase.to
  // `exercises a year`: the phrase ends before a second determiner
  const second = tokens.slice(from + 1, to).findIndex((token) => token.pos === 'DET')
  if (second >= 0) to = from + 1 + second
  // `surveys and training`: one noun joined to the first
  if (tokens[to]?.pos === 'CCONJ' && tokens[to + 1]?.pos === 'NOUN' && !['NOUN', 'PROPN'].includes(tokens[to + 2]?.pos ?? '')) to += 2
  const head = tokens[phrase.to - 1].lower
  if (AMOUNT_HEADS.has(head) || MONEY_HOLDERS.test(head)) return ''
  // `run a joint campaign`: the one thing made is `the joint campaign`
  const one = /^(?:a|an)$/.test(tokens[verb + 1].lower)
  return `${one && measure ? 'of' : 'for'} ${one ? 'the ' : ''}${slice(sentence, tokens, from, to)}`
}

/**
 * What a verb made or set up earlier in the sentence, when no verb of the future stands close
 * before a `with` phrase: the nearest verb before `at` whose object opens with `a` or `an`
 * (`ministers endorsed a mountain farming programme that …, with a budget of` gives `of the
 * mountain farming programme`), as `of the …` for a measure (`withPurpose`), else `for the …`.
 * Empty when there is none in the clause, or its head holds money.
 */
function madeBefore(tokens: Token[], at: number, sentence: string, measure: boolean): string {
  for (let verb = at - 2; verb > 0; verb--) {
    if (/^[;:]$/.test(tokens[verb].text)) return ''
    if (tokens[verb].pos !== 'VERB' || /ing$/.test(tokens[verb].lower) || !/^(?:a|an)$/.test(tokens[verb + 1]?.lower ?? '')) continue
    const phrase = nounPhraseAfter(tokens, verb + 2)
    if (!phrase || tokens.slice(phrase.from, phrase.to).some((token) => token.pos === 'DET' || token.pos === 'NUM')) return ''
    const head = tokens[phrase.to - 1].lower
    // one thing made is the one the text has just named: `a study` is `the study`
    return AMOUNT_HEADS.has(head) || MONEY_HOLDERS.test(head) ? '' : `${measure ? 'of' : 'for'} the ${slice(sentence, tokens, phrase.from, phrase.to)}`
  }
  return ''
}

/**
 * The noun phrase that opens a sentence or clause and runs up to the comma at `comma`, with its
 * prepositional phrases (`The study on roaming tariffs`), lower-cased as a label writes it; at most
 * eight words. `undefined` when a verb stands between.
 */
function subjectBeforeAside(tokens: Token[], comma: number, sentence: string): string | undefined {
  let start = comma
  while (start > 0 && !/^[;:,]$/.test(tokens[start - 1].text)) start--
  if (comma - start < 1) return undefined
  // `Joint marketing of the region as a single destination in … markets, with a budget of`: a longer
  // phrase with no verb gives its head, up to its first preposition
  if (comma - start > 8) {
    const words = tokens.slice(start, comma)
    const adp = words.findIndex((token) => token.pos === 'ADP')
    if (adp < 1 || adp > 4 || words.some((token) => /^(?:VERB|AUX|PRON)$/.test(token.pos) && !(token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower))) || tokens[start].pos === 'DET') return undefined
    comma = start + adp
  }
  const words = tokens.slice(start, comma)
  // (a participle before a noun is its modifier: `roaming tariffs`)
  if (!words.every((token, index) => /^(?:DET|ADJ|NOUN|PROPN|ADP)$/.test(token.pos) || /^['’]s$/.test(token.text) || (token.text === '-' && !token.spaced) || (token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower) && /^(?:NOUN|ADJ)$/.test(words[index + 1]?.pos ?? '')))) return undefined
  if (!['NOUN', 'PROPN'].includes(words.at(-1)!.pos) || words[0].pos === 'ADP') return undefined
  const written = slice(sentence, tokens, start, comma)
  return words[0].pos === 'DET' ? words[0].lower + written.slice(words[0].text.length) : lowerFirst(written, tokens[start])
}

/** Participles of making, buying or mending something, whose `for` names what it cost (`completed for €6 million`). */
const MADE_FOR = /^(?:completed|built|finished|renovated|restored|rebuilt|refurbished|repaired|upgraded|bought|purchased|acquired|delivered|installed|constructed|converted|extended|modernised|modernized)$/

/**
 * The cost of what a participle phrase says was made for an amount: the aside `completed for €6 million` set off
 * from the subject it is about (`The new dome at Alta, completed for €6 million, opened …` gives `cost of the new
 * dome at Alta`), or the subject of a passive (`The clinic was rebuilt for $3 million` gives `cost of the clinic`).
 * `undefined` when the amount follows no such `<participle> for`.
 */
function priceOfMade(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (quantity.kind !== 'money' || tokens[quantity.from - 1]?.lower !== 'for') return undefined
  const made = quantity.from - 2
  if (!MADE_FOR.test(tokens[made]?.lower ?? '')) return undefined
  let subject: string | undefined
  if (tokens[made - 1]?.text === ',') subject = subjectBeforeAside(tokens, made - 1, sentence)
  else if (/^(?:was|were|been|is|are)$/.test(tokens[made - 1]?.lower ?? '')) {
    let be = made - 1
    if (tokens[be - 1]?.lower === 'has' || tokens[be - 1]?.lower === 'have') be--
    subject = tokens[be - 1] && /^(?:NOUN|PROPN)$/.test(tokens[be - 1].pos) && !/^,$/.test(tokens[be - 1].text) ? subjectBeforeAside(tokens, be, sentence) : undefined
  }
  return subject && subject.split(' ').length <= 8 ? `cost of ${subject}` : undefined
}

/** Nouns that hold money (`a fund`, `a facility`): an amount added to one is not what it pays for. */
const MONEY_HOLDERS = /^(?:funds?|facilit(?:y|ies)|windows?|budgets?|pools?|reserves?)$/

/** ` in 2014`, ` by 2030`, ` today` when the phrase is followed by its time. */
function timeAfter(tokens: Token[], index: number, sentence: string): string {
  let at = index
  if (tokens[at]?.lower === 'back') at++
  const word = tokens[at]?.lower
  if ((word === 'in' || word === 'by' || word === 'since') && /^(?:19|20)\d\d$/.test(tokens[at + 1]?.text ?? '')) return ` ${word} ${tokens[at + 1].text}`
  const two = tokens[at + 1] ? sentence.slice(tokens[at].start, tokens[at + 1].end).toLowerCase() : ''
  if (word && NOW_WORDS.test(word)) return ` ${word}`
  if (two && NOW_WORDS.test(two)) return ` ${two}`
  return ''
}

/**
 * A sum a relative clause totals, labelled by the noun the clause is about and the period it
 * covers: `We welcome the pledges announced at the meeting, which total US$1.1 billion over five
 * years` gives `pledges over five years`. The noun is the head of the object of the verb before
 * (`welcome the pledges`); `undefined` for any other amount.
 */
function totalOfAntecedent(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  // (`total` is itself a qualifier: `a total of`)
  let verb = quantity.from - 1
  while (verb > 0 && QUALIFIERS.has(tokens[verb].lower) && !/^(?:which|that)$/.test(tokens[verb - 1]?.lower ?? '')) verb--
  if (tokens[verb]?.lower === 'to' && tokens[verb - 1]?.lemma === 'amount') verb--
  if (!/^(?:total|amount)$/.test(tokens[verb]?.lemma ?? '') || !/^(?:which|that)$/.test(tokens[verb - 1]?.lower ?? '') || tokens[verb - 2]?.text !== ',') return undefined
  // the object of the clause's verb: `welcome the pledges …, which`
  let head = -1
  for (let at = verb - 3; at > 0 && verb - at < 25; at--) {
    if (/^[;:.]$/.test(tokens[at].text)) return undefined
    if (tokens[at].pos !== 'VERB' || tokens[at].lower === tokens[at].lemma + 'ed' || !/^(?:DET|PRON)$/.test(tokens[at + 1]?.pos ?? '')) continue
    let noun = at + 2
    while (/^(?:ADJ|NOUN)$/.test(tokens[noun]?.pos ?? '') && tokens[noun + 1]?.pos === 'NOUN') noun++
    if (tokens[noun]?.pos === 'NOUN') head = noun
    break
  }
  if (head < 0) return undefined
  const period = durationAt(tokens, quantity.to)
  return `${tokens[head].text}${period > quantity.to ? ` ${slice(sentence, tokens, quantity.to, period)}` : ''}`
}

/**
 * A share a verb of limiting sets (`cap fees on small deposits at 1%` → cap on fees on small
 * deposits, `limit interest on loans to farmers at 12%`): the limit on what the verb takes, not the
 * phrase that narrows it (`small deposits`); `undefined` for any other share.
 */
function shareCapped(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  const at = quantity.from - 1
  if (quantity.kind !== 'percent' || tokens[at]?.lower !== 'at') return undefined
  let verb = at - 1
  while (verb >= 0 && at - verb <= 10 && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'PUNCT') verb--
  if (!/^(?:cap|limit)$/.test(tokens[verb]?.lemma ?? '') || verb + 1 >= at || !/^(?:DET|NOUN|PROPN|ADJ)$/.test(tokens[verb + 1].pos)) return undefined
  return `${tokens[verb].lemma} on ${slice(sentence, tokens, verb + 1, at).replace(/^(?:the|a|an)\s+/i, '')}`
}

/**
 * What an amount or percentage is, in a few words of its clause: `raised $20 billion to
 * stabilise …` gives `raised to stabilise …`, `funding reached $4bn` gives `funding`,
 * `€1.2bn was committed to waste-collection systems in 40 cities` gives
 * `committed to waste-collection systems`, `45% of funds` gives `of funds`.
 */
function amountLabel(tokens: Token[], quantities: Quantity[], quantity: Quantity, sentence: string): string | undefined {
  const kept = keptFor(tokens, quantity, sentence)
  if (kept) return kept
  const capped = shareCapped(tokens, quantity, sentence)
  if (capped) return capped
  const totalled = totalOfAntecedent(tokens, quantity, sentence)
  if (totalled) return totalled
  const price = priceOfMade(tokens, quantity, sentence)
  if (price) return price
  const pay = rateOfPay(tokens, quantity)
  if (pay) return pay
  const after = quantity.to
  const next = tokens[after]?.lower
  // `fell by 18 percent in the first half of 2023`: the change, before the phrase after it
  let by = quantity.from - 1
  while (by > 0 && /^(?:about|around|nearly|almost|some|roughly|approximately|approx\.?|over|more|than|up|to|at|least)$/.test(tokens[by].lower)) by--
  if (tokens[by]?.lower === 'by') {
    const change = changeBy(tokens, by, after, sentence)
    if (change) return change
  }
  const ofIt = quantity.kind === 'percent' ? (shareOfIt(tokens, quantity, sentence) ?? shareMadeUpBy(tokens, quantity, sentence)) : undefined
  if (ofIt) return ofIt
  // `approx. 40 percent more than in 2022`: a rise told as a comparison with a time before
  const compared = quantity.kind === 'percent' ? percentComparedWith(tokens, after, sentence) : undefined
  if (compared) return compared
  // `30% of the world’s oceans`, `$800 million of new funding`, `$3 million in grants`
  // (`$310 million in the region`: a phrase with its article after `in` says where, not what the money is in)
  if ((next === 'of' || (next === 'in' && !(quantity.kind === 'money' && tokens[after + 1]?.pos === 'DET'))) && !quantityStartsAt(tokens, after + 1)) {
    // `20 percent of those who need one`: a share of the people a relative clause names
    const those = quantity.kind === 'percent' && next === 'of' && tokens[after + 1]?.lower === 'those' && tokens[after + 2]?.lower === 'who' ? {from: after + 1, to: after + 2} : undefined
    const phrase = nounPhraseAfter(tokens, after + 1) ?? those
    if (phrase && !/^(?:19|20)\d\d$/.test(tokens[after + 1].text)) {
      const to = postModifierEnd(tokens, phrase.to, phrase.to - after)
      let text = slice(sentence, tokens, quantity.kind === 'percent' || next === 'in' ? after : phrase.from, to)
      // a share of things is `of guarantees`, not `of the guarantees` (`of the amount`, `of the region's electricity` keep it)
      const head = tokens[phrase.to - 1]
      if (quantity.kind === 'percent' && next === 'of' && tokens[phrase.from].lower === 'the' && head.pos === 'NOUN' && head.lower !== head.lemma && /s$/.test(head.lower)) {
        let rest = phrase.from + 1
        // the body's possessive goes too (`of the Alliance's combined waters`)
        if (tokens[rest]?.pos === 'PROPN' && /^['’]s$/.test(tokens[rest + 1]?.text ?? '') && rest + 2 < phrase.to) rest += 2
        if (!tokens.slice(rest, phrase.to).some((token) => /^['’]s?$/.test(token.text))) text = `of ${slice(sentence, tokens, rest, to)}`
      }
      // `55 percent of households received a warning in time`: what they did
      const act = tokens[to]
      if (quantity.kind === 'percent' && act?.pos === 'VERB' && !/ing$/.test(act.lower) && act.lower !== act.lemma && !LINKING_VERBS.has(act.lower)) {
        const done = predicate(tokens, to + 1, sentence)
        if (done) return `${text} ${PERSON_NOUNS.test(tokens[phrase.to - 1].lower) ? 'who' : 'that'} ${act.lower} ${done}`
      }
      if (quantity.kind === 'percent') {
        // `9% of licence holders in the region are under 35`: of licence holders under 35
        const state = act?.pos === 'AUX' && act.lemma === 'be' && /^(?:is|are|was|were)$/.test(act.lower) ? beComplement(tokens, to + 1, sentence) : undefined
        // (a time read with the noun goes after what is said of it: `… out of work today`)
        const now = / (?:today|now|at present|this year|last year)$/i.exec(text)
        if (state) return `${(now ? text.slice(0, now.index) : text).replace(GENERIC_PLACE, '')} ${state}${now?.[0] ?? ''}`
        // `11% of the combined waters are protected`: of the combined waters protected
        const be = act?.pos === 'AUX' && act.lemma === 'be' ? to + (tokens[to + 1]?.pos === 'ADV' ? 2 : 1) : -1
        if (be > 0 && tokens[be]?.pos === 'VERB' && (/(?:ed|en)$/.test(tokens[be].lower) || (tokens[be].lower !== tokens[be].lemma && !/(?:ing|s)$/.test(tokens[be].lower)))) {
          const opening = /^(?:today|now)$/i.test(tokens[0]?.text ?? '') && quantity.from <= 2 ? ` ${tokens[0].lower}` : ''
          // `14% of farmers in member countries are insured against drought`: a place that only
          // repeats who met gives way to what the clause says of them
          const place = GENERIC_PLACE.exec(text)
          const state = place && !timeAfter(tokens, be + 1, sentence) ? predicate(tokens, be + 1, sentence) : ''
          if (place && state) return `${text.slice(0, place.index)} ${tokens[be].lower} ${state}${opening}`
          // `is lost to leaking pipes`: the participle keeps the phrase that says how (not a year)
          const how = (tokens[be + 1]?.pos === 'ADP' || (tokens[be + 1]?.lower === 'to' && (/^(?:NOUN|ADJ|DET|PROPN)$/.test(tokens[be + 2]?.pos ?? '') || /ing$/.test(tokens[be + 2]?.lower ?? '')))) && !timeAfter(tokens, be + 1, sentence) && !/^(?:by|in|on|at)$/.test(tokens[be + 1].lower) ? predicate(tokens, be + 1, sentence) : ''
          // what the clause says of the share is the news: a participle that only narrowed the noun before it gives way
          // (`of fresh produce shipped across the Pacific is lost …` → `of fresh produce lost …`)
          const modifier = to > phrase.to && (narrowsNounBefore(tokens, phrase.to) || /^(?:that|which)$/.test(tokens[phrase.to].lower)) ? slice(sentence, tokens, phrase.to, to) : ''
          const narrowed = modifier && text.endsWith(` ${modifier}`) ? text.slice(0, -modifier.length - 1) : text
          return `${narrowed} ${tokens[be].lower}${how ? ` ${how}` : ''}${timeAfter(tokens, be + 1, sentence) || opening}`
        }
        // `Members will protect 30% of their waters by 2030`: of waters to be protected by 2030
        let verb = quantity.from - 1
        while (verb > 0 && QUALIFIERS.has(tokens[verb].lower)) verb--
        const doer = tokens[verb]
        if (doer?.pos === 'VERB' && doer.lower === doer.lemma && /^(?:will|shall|to)$/.test(tokens[verb - 1]?.lower ?? '') && !UNDESCRIPTIVE_VERBS.has(doer.lemma) && !LINKING_VERBS.has(doer.lower) && !CHANGE_VERBS[doer.lemma] && to === phrase.to) {
          const what = slice(sentence, tokens, after, to).replace(/^of (?:their|its|our) /, 'of ')
          return `${what} to be ${pastParticiple(doer.lemma)}${timeAfter(tokens, to, sentence)}`
        }
      }
      return `${text}${timeAfter(tokens, to, sentence)}`
    }
  }
  // `€1.2bn was committed to …`, `$42 million has been pledged for …`
  const passive = passiveVerbAt(tokens, after)
  // Walk back over `a further`, `nearly`, `more than` to what governs the amount.
  let before = quantity.from - 1
  while (before >= 0 && QUALIFIERS.has(tokens[before].lower) && !['of', 'by'].includes(tokens[before].lower)) before--
  // `partners have committed the remaining US$800m`: the rest of a sum is governed by the verb before it
  if (tokens[before]?.lower === 'remaining' && tokens[before - 1]?.lower === 'the' && tokens[before - 2]?.pos === 'VERB') before -= 2
  // `cost on average US$14,000`, `costs, on average, …`: the verb stands before how its amount is averaged
  if (tokens[before]?.lower === 'average' && tokens[before - 1]?.lower === 'on') before -= tokens[before - 2]?.text === ',' && tokens[before - 3]?.pos === 'VERB' ? 3 : 2
  else if (tokens[before]?.text === ',' && tokens[before - 1]?.lower === 'average' && tokens[before - 2]?.lower === 'on' && tokens[before - 3]?.text === ',') before -= 4
  const governor = tokens[before]
  // `New Zealand pledged NZ$12 million, Canada C$8 million and …`: an amount right after a name, its verb left out, comes from that name
  const elided = quantity.kind === 'money' ? giverWithoutVerb(tokens, quantities, quantity, before, sentence) : undefined
  if (elided) return elided
  // `will receive $45 for every tonne of carbon dioxide kept out of the air`: a price is per what it buys
  const unit = quantity.kind === 'money' && governor?.lower !== 'of' ? perUnit(tokens, after, sentence) : ''
  if (unit) return unit
  // `built …, at an estimated cost of $2 million`: the cost of what the clause makes or does
  const costOf = governor?.lower === 'of' ? costOfClause(tokens, before, after, sentence) : undefined
  if (costOf) return costOf
  const ofClause = amountOfClause(tokens, quantity, before, sentence)
  if (ofClause) return ofClause
  // `a $1.5 billion financing window for …`, `a €450 million programme`: the thing the amount sizes
  let article = quantity.from - 1
  while (article >= 0 && QUALIFIERS.has(tokens[article].lower) && !/^(?:a|an|of|by)$/.test(tokens[article].lower)) article--
  const sized = /^(?:a|an)$/.test(tokens[article]?.lower ?? '') && passive < 0 ? nounPhraseAfter(tokens, after) : undefined
  if (sized && !/^(?:of|in|for|to)$/.test(next ?? '') && tokens[sized.from].pos !== 'DET') {
    // `the Nordic Investment Bank approved a $300 million loan to …`: money given is labelled by who gives it
    const giver = tokens.slice(sized.from, sized.to).some((token) => GIVEN_MONEY.test(token.lower)) ? giverOf(tokens, article, sentence) : undefined
    if (giver) return `${slice(sentence, tokens, sized.from, sized.to)} from ${giver}`
    const purpose = /^(?:for|to|towards)$/.test(tokens[sized.to]?.lower ?? '') && tokens[sized.to].pos === 'ADP' ? complement(tokens, sized.to, sentence) : ''
    return joinLabel(slice(sentence, tokens, sized.from, sized.to), purpose || whatItWillDo(tokens, sized.to, sentence))
  }
  // `appeals were only 34% funded in 2023`: what was funded
  if (quantity.kind === 'percent' && tokens[after]?.pos === 'VERB' && /ed$/.test(tokens[after].lower) && governor && (governor.pos === 'AUX' || LINKING_VERBS.has(governor.lower))) {
    const subject = clauseSubject(tokens, before, sentence)
    if (subject) return `${subject} ${tokens[after].lower}${timeAfter(tokens, after + 1, sentence)}`
  }
  if (governor?.lower === 'by') {
    const change = changeBy(tokens, before, after, sentence)
    if (change) return change
  }
  // `trade between members recovered to US$68 billion in 2020`: what reached the amount, and when
  // `Exports rose 12% to $4.2 billion`, `grew by $300 million to $1.1 billion`: the level reached after the size of the change
  const change = quantities.find((other) => other.to === quantity.from - 1)
  const reached = change && tokens[quantity.from - 1]?.lower === 'to' ? change.from - (tokens[change.from - 1]?.lower === 'by' ? 2 : 1) : quantity.from - 2
  if (tokens[quantity.from - 1]?.lower === 'to' && tokens[reached]?.pos === 'VERB' && (LINKING_VERBS.has(tokens[reached].lower) || CHANGE_VERBS[tokens[reached].lemma] || /^(?:recover|return|come|amount)$/.test(tokens[reached].lemma))) {
    const subject = clauseSubject(tokens, reached, sentence)
    if (subject) return `${subject}${timeAfter(tokens, after, sentence)}`
  }
  if (governor?.lower === 'of') {
    // `a new facility of €1.2 billion`, `funding of $42 million has been pledged so far`;
    // `the budget for 2026 of US$4.2 million`: the thing and its year
    // (or two: `the secretariat's budget for 2026 and 2027 of US$9.5 million a year`)
    const years = (at: number) => /^(?:19|20)\d\d$/.test(tokens[at]?.text ?? '')
    // (or a span of them: `the budget for 2027–2028 of US$7.8 million`, `for 2027-28 of …`)
    const year = years(before - 1) && /^(?:for|in)$/.test(tokens[before - 2]?.lower ?? '') ? before - 2 : (years(before - 1) && /^(?:and|to)$/.test(tokens[before - 2]?.lower ?? '') || yearSpanEnd(tokens, before - 1)) && years(before - 3) && /^(?:for|in)$/.test(tokens[before - 4]?.lower ?? '') ? before - 4 : -1
    const subject = year > 0 ? nounPhraseBefore(tokens, year, sentence)?.concat(' ', slice(sentence, tokens, year, before)) : nounPhraseBefore(tokens, before, sentence)
    if (subject && passive >= 0) {
      const particle = /^(?:up|out|off|aside|down)$/.test(tokens[passive + 1]?.lower ?? '') ? 1 : 0
      return `${subject} ${slice(sentence, tokens, passive, passive + 1 + particle)}${timeAfter(tokens, passive + 1 + particle, sentence)}`
    }
    const purpose = /^(?:for|to)$/.test(next ?? '') ? '' : withPurpose(tokens, before, sentence, Boolean(subject && AMOUNT_HEADS.has(subject.split(' ').at(-1)!.toLowerCase())))
    if (subject && purpose) return `${subject} ${purpose}`
    // `a yearly fee of €2,500 per licence`: the fee per licence
    // `Each antibiotic will carry a yearly fee of $1,500`: the fee per antibiotic
    const unit = perUnit(tokens, after, sentence) || eachSubject(tokens, before, sentence)
    if (subject && unit) return `${subject} ${unit}`
    // `in 15 grants of £800 each`, `18 bursaries of £3,000 apiece`: the sum of one of the things counted before `of`
    const one = tokens[before - 1]
    if (/^(?:each|apiece)$/.test(tokens[after]?.lower ?? '') && (!tokens[after + 1] || /^[,.;:)]$/.test(tokens[after + 1].text) || /^(?:from|to|for|in)$/.test(tokens[after + 1].lower)) && one?.pos === 'NOUN' && one.lemma !== one.lower && /s$/.test(one.lower)) return `per ${one.lemma}`
    const money = subject ? moneyOfLabel(tokens, before, after, subject, sentence) : undefined
    if (money) return money
    if (subject) return joinLabel(subject, /^(?:for|to|from)$/.test(next ?? '') ? complement(tokens, after, sentence) : '')
  }
  if (passive >= 0) return joinLabel(tokens[passive].lower, complement(tokens, passive + 1, sentence))
  // `with US$300 million pledged by partners`: a participle right after the amount says what was done with it
  const participle = participleAfterAmount(tokens, after, governor)
  if (participle) return joinLabel(participle, complement(tokens, after + 1, sentence))
  if (governor && WORTH.test(governor.lower) && before > 0 && ['NOUN', 'PROPN'].includes(tokens[before - 1].pos)) {
    // `pledges totalling US$1.1 billion for primary health care`
    const subject = nounPhraseBefore(tokens, before, sentence)
    // `which lists 37 projects worth about $23bn`: the value of what was counted
    let counted = before - 1
    while (counted > 0 && ['NOUN', 'ADJ'].includes(tokens[counted].pos)) counted--
    if (subject && tokens[counted]?.pos === 'NUM') return `value of ${subject}${relativeHolder(tokens, counted, sentence).replace(/^(?=\S)/, ' ')}`
    if (subject) return joinLabel(subject, complement(tokens, after, sentence))
  }
  // `the illicit trade in timber is worth an estimated $3bn a year`: the subject of `be worth`, and its rate
  if (governor?.lower === 'worth' && tokens[before - 1]?.pos === 'AUX' && tokens[before - 1].lemma === 'be') {
    const subject = clauseSubject(tokens, before - 1, sentence)
    if (subject) return `${subject}${rateAfter(tokens, after)}`
  }
  if (governor && WORTH.test(governor.lower)) {
    // `three new power links …, worth €4.5 billion`: what is worth it
    const clause = tokens.slice(0, before)
    const noun = clause.findIndex((token) => token.pos === 'NOUN')
    if (noun >= 0) {
      let from = noun
      while (from > 0 && (clause[from - 1].pos === 'ADJ' || clause[from - 1].pos === 'NOUN')) from--
      let to = noun
      while (clause[to + 1]?.pos === 'NOUN') to++
      return slice(sentence, tokens, from, to + 1)
    }
  }
  if (governor?.lower === 'by') {
    // `cut energy use by 20% within five years` → `cut energy use within five years`
    let verb = before - 1
    while (verb > 0 && tokens[verb].pos !== 'VERB' && before - verb < 9) verb--
    if (tokens[verb]?.pos === 'VERB') return joinLabel(slice(sentence, tokens, verb, before), complement(tokens, after, sentence, 5))
  }
  // `The Commission's budget for 2029–2030 was set at $14 million`, `the annual fee is capped at $500`: what the passive sets
  const set = governor?.pos === 'VERB' && tokens[quantity.from - 1]?.lower === 'at' && before === quantity.from - 2 ? setSubject(tokens, before, sentence) : undefined
  if (set) return `${set}${forYear(tokens, after)}`
  if (governor && (governor.pos === 'VERB' || governor.pos === 'AUX')) {
    // `save US$2 million a year on fuel and charter costs`: a rate, then the phrase that says on what
    const rest = (governor.pos === 'VERB' ? rateAndPhrase(tokens, after, sentence) : '') || complement(tokens, after, sentence)
    if (LINKING_VERBS.has(governor.lower)) {
      // `Remittances to member countries of origin reached US$28 billion in 2021` → `remittances in 2021`
      const subject = clauseSubject(tokens, before, sentence) ?? subjectBefore(tokens, before, sentence)
      if (subject) return `${subject}${timeAfter(tokens, after, sentence)}`
    }
    // `will release US$300 million from …`: released from …
    const ahead = governor.lower === governor.lemma && /^(?:will|shall|to|would)$/.test(tokens[before - 1]?.lower ?? '')
    // `The Bank lent $120 million to help 14 governments …`: `to help` without its object says nothing; who gave it does
    const bareVerb = /^to \S+$/.test(rest) && tokens[after]?.lower === 'to' && tokens[after + 1]?.pos === 'VERB' && startsCount(tokens, after + 2)
    const giver = bareVerb ? subjectBefore(tokens, before, sentence) : undefined
    if (giver && /(?:ed|nt|id)$/.test(governor.lower) && !PERSON_NOUNS.test(giver.split(' ').at(-1) ?? '') && !/^(?:we|they|it)$/i.test(giver)) return `${governor.lower} by ${giver}`
    // else the verb takes the noun the count counts as its object (`committed to help governments`)
    const counted = bareVerb ? quantities.find((other) => other.from >= after + 2 && other.from <= after + 4 && other.kind === 'count') : undefined
    const object = counted ? countNoun(tokens, counted) : undefined
    if (object) return `${ahead ? pastParticiple(governor.lemma) : governor.lower} ${rest} ${slice(sentence, tokens, object.from, object.to)}`
    // `…, including $7 million from the Government of Norway`: `including` only says it is a part
    if (rest && governor.lower === 'including') return rest
    // `announced $12 million for restoration projects`, `adds C$250 million for its east coast`: a verb of saying or adding tells nothing of the money; what it is for does
    if (/^for /.test(rest) && /^(?:announce|add)$/.test(governor.lemma)) return rest
    // `will pay £40 towards each place`, `pays £1,200 to each apprentice's college`: paying tells nothing of the money; whom or
    // what it goes to does (figures50)
    if (/^(?:towards|to) /.test(rest) && governor.lemma === 'pay' && !/^to \S+$/.test(rest) && tokens[after + 1]?.pos !== 'VERB') return rest
    if (rest) return joinLabel(ahead ? pastParticiple(governor.lemma) : governor.text.toLowerCase(), rest)
    const subject = subjectBefore(tokens, before, sentence)
    if (!subject) return governor.lower
    return /ed$/.test(governor.lower) ? `${governor.lower} by ${subject}` : `from ${subject}`
  }
  // `$40 goes to each household`, `€5m pays for training`: the verb after an amount (which the tagger
  // may call a noun) is not what it counts; where it goes is
  const moves = tokens[after]
  if (moves && /^(?:VERB|NOUN)$/.test(moves.pos) && /[^s]s$/.test(moves.lower) && PREPOSITIONS.has(tokens[after + 1]?.lower ?? '') && tokens[after + 1].pos === 'ADP') {
    return complement(tokens, after + 1, sentence) || undefined
  }
  // `and $5 billion for training`: the verb of the amount before it
  if (governor?.pos === 'CCONJ') {
    const rest = complement(tokens, after, sentence)
    const previous = quantities.filter((other) => other.to <= before).at(-1)
    const verb = previous ? tokens[previous.from - 1] : undefined
    if (rest) return verb?.pos === 'VERB' && !LINKING_VERBS.has(verb.lower) && verb.lower !== 'including' ? joinLabel(verb.lower, rest) : rest
  }
  // `will fund surveys and training …, with an initial £150 million from the U.K.`: what the amount pays for
  // (not when what it pays for is counted too: `train 2,500 nurses …, with $15 million from partners` keeps its source)
  const purpose = next === 'from' && !quantities.some((other) => other.to <= quantity.from) ? withPurpose(tokens, quantity.from, sentence) : ''
  if (purpose) return purpose
  if (next && ['for', 'to', 'towards', 'from', 'on'].includes(next)) {
    const rest = complement(tokens, after, sentence)
    // `set aside $50 million to help 12 countries …`: the verb takes the counted noun as its object
    const counted = /^to \S+$/.test(rest) && startsCount(tokens, after + 2) ? quantities.find((other) => other.from >= after + 2 && other.from <= after + 4 && other.kind === 'count') : undefined
    const object = counted ? countNoun(tokens, counted) : undefined
    return (object ? `${rest} ${slice(sentence, tokens, object.from, object.to)}` : rest) || undefined
  }
  // `costs an estimated $23 billion a year`
  const rate = /^(?:a|an|per|each|every) (?:year|month|week|day)\b|^annually\b/i.exec(sentence.slice(tokens[after]?.start ?? sentence.length))
  if (rate && governor && /^(?:VERB|NOUN|AUX)$/.test(governor.pos)) return `${governor.lower} ${rate[0]}`
  // `of which US$410 million is new money`, `€2m was a loan from the Bank`: what a form of `be` says the amount is
  const isWhat = quantity.kind === 'money' && tokens[after]?.pos === 'AUX' && /^(?:is|are|was|were)$/.test(tokens[after].lower) ? nounPhraseAfter(tokens, after + 1) : undefined
  if (isWhat && tokens[isWhat.to - 1].pos === 'NOUN' && !tokens.slice(isWhat.from, isWhat.to).some((token) => token.pos === 'NUM')) {
    const from = /^(?:a|an|the)$/.test(tokens[isWhat.from].lower) ? isWhat.from + 1 : isWhat.from
    return `${slice(sentence, tokens, from, postModifierEnd(tokens, isWhat.to, isWhat.to - from))}${timeAfter(tokens, isWhat.to, sentence)}`
  }
  // `a $4bn budget`
  const phrase = nounPhraseAfter(tokens, after)
  if (phrase) return slice(sentence, tokens, phrase.from, phrase.to)
  // `of which 60% will go to informal settlements`
  let verb = after
  while (tokens[verb]?.pos === 'AUX' || tokens[verb]?.pos === 'ADV') verb++
  if (verb > after && tokens[verb]?.pos === 'VERB') {
    const rest = complement(tokens, verb + 1, sentence)
    if (rest) return `${tokens[verb - 1]?.lower === 'will' ? presentParticiple(tokens[verb].lemma) : tokens[verb].lower} ${rest}`
  }
  return subjectBefore(tokens, before + 1, sentence)
}

/**
 * What a price or a fee is paid for, one at a time: `per licence`, `for every tonne of methane kept
 * out of the air` gives `per tonne of methane kept out of the air`: the unit's noun phrase and the
 * phrases that narrow it, up to about eight words. Empty when no `per`, `for each`, `for every`,
 * `a`, `each` phrase follows the amount (a rate of time, `a year`, is the figure's time, not its unit).
 * @param at the token after the amount
 */
function perUnit(tokens: Token[], at: number, sentence: string): string {
  // (`at £14 a firing`, `£85,000 a floor`: a price by the singular noun after `a` that closes the clause, as `per firing`)
  const each = /^(?:a|an)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.pos === 'NOUN' && tokens[at + 1].lower === tokens[at + 1].lemma && (!tokens[at + 2] || /^[,.;:)]$/.test(tokens[at + 2].text))
  const opens = each ? 1 : tokens[at]?.lower === 'per' ? 1 : /^(?:for|a)$/.test(tokens[at]?.lower ?? '') && /^(?:each|every)$/.test(tokens[at + 1]?.lower ?? '') ? 2 : /^(?:each|every)$/.test(tokens[at]?.lower ?? '') ? 1 : 0
  if (!opens || TIME_UNITS.test(tokens[at + opens]?.lower ?? '') || /^(?:year|month|week|day|annum|capita)$/.test(tokens[at + opens]?.lower ?? '')) return ''
  const phrase = nounPhraseAfter(tokens, at + opens)
  if (!phrase || tokens.slice(phrase.from, phrase.to).some((token) => token.pos === 'DET')) return ''
  const to = postModifierEnd(tokens, phrase.to, phrase.to - phrase.from)
  return `per ${slice(sentence, tokens, phrase.from, to)}`
}

/**
 * The label of a sum named by its noun before `of` (`a budget of`, `a grant of`) when what follows
 * the amount or who gives it says more than the noun alone:
 * - the year it is for: `approved a budget of $5.2 million for 2027` gives `budget for 2027`;
 * - who gives it, and over what time: `The Bank will provide a grant of $12 million over three years`
 *   gives `grant from the Bank over three years`;
 * `undefined` when none of these is there.
 * @param of the index of `of`; @param after the token after the amount; @param subject the noun phrase before `of`
 */
function moneyOfLabel(tokens: Token[], of: number, after: number, subject: string, sentence: string): string | undefined {
  const year = forYear(tokens, after)
  if (year) return `${subject}${year}`
  let from = of
  while (from > 0 && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[from - 1].pos)) from--
  const nouns = tokens.slice(from, of)
  if (nouns.some((token) => GIVEN_MONEY.test(token.lower))) {
    const giver = giverOf(tokens, tokens[from - 1]?.pos === 'DET' ? from - 1 : from, sentence)
    // and the time it runs over (`over three years`), not a place (`in the Partnership's pilots`)
    const period = periodAfter(tokens, after, sentence)
    if (giver) return `${subject} from ${giver}${/\d|\b(?:years?|months?)$/.test(period) ? period : ''}`
  }
  return undefined
}

/** ` for 2027` when the amount is followed by the year it is for (not a span: `for 2027–2028` is read with its noun). */
function forYear(tokens: Token[], at: number): string {
  return tokens[at]?.lower === 'for' && /^(?:19|20)\d\d$/.test(tokens[at + 1]?.text ?? '') && !/^[-–\/]$/.test(tokens[at + 2]?.text ?? '') ? ` for ${tokens[at + 1].text}` : ''
}

/** The lemmas of verbs that keep money back for a use (`earmarked`, `reserved`); `set` and `put` keep it with `aside`. */
const KEEPING_VERBS = /^(?:earmark|reserve)$/
/** Most words between an amount and the use it is kept for, over the sum it is taken from (`of the £45,000 raised by the appeal`). */
const KEPT_FROM_WORDS = 12

/**
 * The end of a verb that keeps money back for a use, starting at `at` (`set aside`, `put aside`, `earmarked`, `reserved`),
 * or -1.
 */
function keepingVerbEnd(tokens: Token[], at: number): number {
  const token = tokens[at]
  if (!token) return -1
  if (/^(?:set|put)$/.test(token.lower) && tokens[at + 1]?.lower === 'aside') return at + 2
  return token.pos === 'VERB' && KEEPING_VERBS.test(token.lemma) && /ed$/.test(token.lower) ? at + 1 : -1
}

/**
 * What an amount is kept back for, with the verb that keeps it: `set aside £1,500 of its £9,000 events budget for a one-day
 * festival` and `of which A$600,000 is set aside for the bee-hire scheme` give `set aside for …`, `earmarked £40,000 to repair
 * the roof` gives `earmarked to repair the roof` (figures50). The sum it is taken from (`of it`, `of the £45,000 raised by …`)
 * is skipped; `undefined` when no `for`, `to` or `towards` phrase follows.
 */
function keptFor(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  if (quantity.kind !== 'money') return undefined
  let before = quantity.from - 1
  while (before >= 0 && QUALIFIERS.has(tokens[before].lower) && !/^(?:of|by|to)$/.test(tokens[before].lower)) before--
  let verb = -1
  let end = -1
  let from = quantity.to
  // `set aside £1,500`, `earmarked $2 million`: the verb before the amount
  for (const start of [before - 1, before]) {
    const found = start >= 0 ? keepingVerbEnd(tokens, start) : -1
    if (found === before + 1) {
      verb = start
      end = found
    }
  }
  if (verb < 0) {
    // `A$600,000 is set aside for`, `€2m will be earmarked for`: the verb after it, in the passive
    let at = quantity.to
    while (at < quantity.to + 3 && /^(?:is|are|was|were|be|been|being|will|has|have|had)$/.test(tokens[at]?.lower ?? '')) at++
    if (at === quantity.to || !/^(?:is|are|was|were|be|been)$/.test(tokens[at - 1].lower)) return undefined
    const found = keepingVerbEnd(tokens, at)
    if (found < 0) return undefined
    verb = at
    end = found
    from = found
  }
  // `of its £9,000 events budget for …`, `of it for …`: the sum it is taken from
  if (tokens[from]?.lower === 'of') {
    let at = from + 1
    while (at < from + KEPT_FROM_WORDS && at < tokens.length && !/^(?:for|to|towards)$/.test(tokens[at].lower) && !/^[,;:.]$/.test(tokens[at].text)) at++
    if (!/^(?:for|to|towards)$/.test(tokens[at]?.lower ?? '')) return undefined
    from = at
  }
  if (!/^(?:for|to|towards)$/.test(tokens[from]?.lower ?? '')) return undefined
  const rest = complement(tokens, from, sentence)
  // (`set aside $50 million to help 12 countries …`: a verb whose object is counted is read as before, with its counted noun)
  if (!rest || !/^(?:for|to|towards) /i.test(rest) || (/^to \S+$/.test(rest) && startsCount(tokens, from + 2))) return undefined
  return `${slice(sentence, tokens, verb, end).toLowerCase()} ${rest}`
}

/**
 * The subject of a passive that sets an amount (`The Commission's budget for 2029–2030 was set at`,
 * `the annual fee is capped at`): the words from the start of the clause to `be`, without their
 * article, at most eight, only nouns, names, adjectives and a `for` year. `undefined` otherwise.
 * @param verb the index of the participle
 */
function setSubject(tokens: Token[], verb: number, sentence: string): string | undefined {
  let be = verb - 1
  while (be > 0 && tokens[be].pos === 'ADV') be--
  if (tokens[be]?.pos !== 'AUX' || tokens[be].lemma !== 'be' || /ing$/.test(tokens[verb].lower)) return undefined
  let start = be
  while (start > 0 && be - start < 8 && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART|ADP|PUNCT)$/.test(tokens[start - 1].pos) && !/^[,;:()]$/.test(tokens[start - 1].text)) start--
  if (start > 0 && !/^[,;:]$/.test(tokens[start - 1].text) && tokens[start - 1].pos !== 'SCONJ' && tokens[start - 1].lower !== 'that') return undefined
  const words = tokens.slice(start, be)
  if (!words.some((token) => token.pos === 'NOUN') || words.some((token, index) => token.pos === 'ADP' && !(token.lower === 'for' && token.pos === 'ADP' && /^(?:19|20)\d\d$/.test(words[index + 1]?.text ?? '')) && token.lower !== 'of')) return undefined
  const first = words[0].pos === 'DET' ? 1 : 0
  if (first >= words.length) return undefined
  return lowerFirst(slice(sentence, tokens, start + first, be), tokens[start + first])
}

/** Nouns of money that someone gives (`a loan`, `a grant`): the label says who gives it. */
const GIVEN_MONEY = /^(?:loans?|grants?|credits?|guarantees?|donations?|contributions?|subsid(?:y|ies)|disbursements?|tranches?|assistance|financing|funding)$/

/**
 * Who gives the money whose phrase starts at `article`: the subject of the verb before it when that
 * subject is a name (`the Nordic Investment Bank approved a … loan` gives `the Nordic Investment
 * Bank`), not who met nor a pronoun. `undefined` otherwise.
 */
function giverOf(tokens: Token[], article: number, sentence: string): string | undefined {
  let verb = article - 1
  while (verb > 0 && /^(?:ADV|PART)$/.test(tokens[verb].pos)) verb--
  if (tokens[verb]?.pos !== 'VERB') return undefined
  let at = verb
  while (at > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[at - 1].pos)) at--
  // the name right before the verb (`The Bank will extend …`)
  let from = at
  // (the tagger may call a name's first word an adjective: `The African Development Bank`)
  while (from > 0 && at - from < 6 && (tokens[from - 1].pos === 'PROPN' || (tokens[from - 1].pos === 'ADJ' && /^\p{Lu}/u.test(tokens[from - 1].text) && from - 1 > 0) || (from < at && /^(?:of|for)$/.test(tokens[from - 1].lower) && tokens[from - 2]?.pos === 'PROPN'))) from--
  if (from === at || !/^\p{Lu}/u.test(tokens[from].text) || PERSON_NOUNS.test(tokens[at - 1].lower)) return undefined
  const named = slice(sentence, tokens, from, at)
  return tokens[from - 1]?.lower === 'the' ? `the ${named}` : named
}

/**
 * Who gives an amount written right after its name in a list whose verb is said once, before the
 * first amount (`New Zealand pledged NZ$12 million, Canada C$8 million and the Republic of Korea
 * ₩6 billion`, `the Bank committed $650 million and the Asian Development Bank $500m`): `from` the
 * name as written. `undefined` when no name stands right before the amount, no amount before it in
 * the sentence, or what it is for follows it (which labels it, as editors write it: `for training`).
 * @param at the last token before the amount, past its qualifiers (`a further`)
 */
function giverWithoutVerb(tokens: Token[], quantities: Quantity[], quantity: Quantity, at: number, sentence: string): string | undefined {
  if (tokens[at]?.pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[at].text)) return undefined
  let from = at
  const named = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text) && /^(?:PROPN|NOUN|ADJ)$/.test(token.pos)
  // (`the Kingdom of the Netherlands`: `of` or `of the` inside a name)
  const inside = (k: number) => /^(?:of|for)$/.test(tokens[k]?.lower ?? '') && named(tokens[k - 1])
  while (from > 0 && at - from < 7 && (named(tokens[from - 1]) || inside(from - 1) || (tokens[from - 1].lower === 'the' && inside(from - 2)))) from--
  const article = tokens[from - 1]?.lower === 'the' ? from - 1 : from
  // the name opens a part of the list: after a comma or `and`, an amount before it
  if (!/^(?:,|and)$/.test(tokens[article - 1]?.lower ?? '')) return undefined
  if (!quantities.some((other) => other !== quantity && other.kind === 'money' && other.to <= article - 1)) return undefined
  // (an amount with what it is for is labelled by that, as before: `and Sweden SEK 45 million for training` → for training)
  if (/^(?:for|to|towards)$/.test(tokens[quantity.to]?.lower ?? '')) return undefined
  return `from ${slice(sentence, tokens, article, at + 1)}`
}

/**
 * `per X` when the clause that ends at `at` opens with `Each X` or `Every X` (`Each antibiotic will
 * carry a yearly fee of …`): an amount that subject bears is one per X. Empty otherwise.
 */
function eachSubject(tokens: Token[], at: number, sentence: string): string {
  let start = at
  while (start > 0 && !/^[;:,]$/.test(tokens[start - 1].text)) start--
  if (!/^(?:each|every)$/.test(tokens[start]?.lower ?? '')) return ''
  // the words up to the clause's verb (the tagger may call the noun an adjective: `Each antibiotic will`)
  let end = start + 1
  while (end < at && end - start <= 4 && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[end].pos)) end++
  return end > start + 1 && /^(?:AUX|VERB)$/.test(tokens[end]?.pos ?? '') ? `per ${slice(sentence, tokens, start + 1, end)}` : ''
}

/** A year at the end of a phrase, alone or with the part of it (`in 2025`, `by the end of 2026`). */
const YEAR_AT_END = /\s(?:in|by|since|until|before|during|at|from)\s(?:the\s(?:end|start|beginning|middle|first half|second half)\sof\s)?(?:19|20)\d\d$/

/** A place that only repeats who met, at the end of a label (`in member countries`, `across the region`). */
const GENERIC_PLACE = /\s(?:in|across|among|throughout) (?:the )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )?(?:member |partner )?(?:region|regions|countries|country|states|nations|economies|membership|world)$/

/**
 * What a thing an amount sizes will do, as a phrase after it: `A $75 million facility will insure
 * crops against drought` gives `to insure crops against drought`. Empty when the verb's object is
 * itself a figure (`will upgrade 400 clinics`: that figure says it) or there is no such verb.
 * @param at the token after the thing's noun
 */
function whatItWillDo(tokens: Token[], at: number, sentence: string): string {
  if (!/^(?:will|shall|would|could|can|should|must|may)$/.test(tokens[at]?.lower ?? '')) return ''
  let verb = at + 1
  while (tokens[verb]?.pos === 'ADV') verb++
  const act = tokens[verb]
  if (act?.pos !== 'VERB' || act.lower !== act.lemma || act.lemma === 'be' || act.lemma === 'have' || UNDESCRIPTIVE_VERBS.has(act.lemma) || startsCount(tokens, verb + 1)) return ''
  const object = predicate(tokens, verb + 1, sentence)
  return object ? `to ${act.lower} ${object}` : ''
}

/** Verbs whose indirect object is followed by an amount that measures the subject: `delays cost exporters $4bn`, `ransoms brought armed groups $90m`. */
const MEASURING_VERBS = /^(?:cost|costs|costing|brought|bring|brings|earned|earn|earns|saved|save|saves|generated|generate|generates)$/
/** Participles that give an estimate of the phrase before their comma: `the financing gap, estimated … at $10bn`. */
const ESTIMATE_PARTICIPLES = /^(?:estimated|put|valued|assessed|projected|calculated)$/

/**
 * What an amount measures when its clause says so by its shape rather than a preposition:
 * - `Shelters … will receive €95 million over three years`: `for shelters over three years`;
 * - `delays cost exporters about $4bn a year`: `cost of delays to exporters a year`;
 * - `Ransom payments … brought armed groups US$90 million over the last five years`: `ransom payments over the last five years`;
 * - `the average cost of a transfer, now 7.1%, …` and `the financing gap for preparedness,
 *   estimated … at about $10bn`: the phrase before the comma.
 * @param governor the index of the word that governs the amount (after its qualifiers)
 */
function amountOfClause(tokens: Token[], quantity: Quantity, governor: number, sentence: string): string | undefined {
  const after = quantity.to
  const verb = tokens[governor]
  // `The programme will cost €36m over three years`: the cost of the subject, with its article
  if (quantity.kind === 'money' && verb?.pos === 'VERB' && /^cost(?:s|ing)?$/.test(verb.lower)) {
    const subject = clauseSubject(tokens, governor, sentence)
    const article = subject ? new RegExp(`(?:^|\\s)(the|an?)\\s+${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(sentence)?.[1].toLowerCase() : undefined
    if (subject) return `cost of ${article ? `${article} ` : ''}${subject}${periodAfter(tokens, after, sentence) || rateAfter(tokens, after)}`
  }
  if (verb?.pos === 'VERB' && /^(?:receive|get|obtain)$/.test(verb.lemma)) {
    const subject = clauseSubject(tokens, governor, sentence)
    if (subject) return `for ${subject}${periodAfter(tokens, after, sentence)}`
  }
  // an indirect object between the verb and the amount
  if (verb && ['NOUN', 'PROPN'].includes(verb.pos)) {
    let at = governor
    while (at > 0 && governor - at < 8 && /^(?:NOUN|PROPN|ADJ|DET|ADP)$/.test(tokens[at].pos) && !MEASURING_VERBS.test(tokens[at].lower)) at--
    // `costs exporters`, `costs the region`
    const article = tokens[at + 1]?.pos === 'DET' && /^(?:the|its|their)$/.test(tokens[at + 1].lower) ? 1 : 0
    if (at < governor && MEASURING_VERBS.test(tokens[at]?.lower ?? '') && ['NOUN', 'ADJ'].includes(tokens[at + 1 + article]?.pos ?? '') && tokens[at - 1] && /^(?:NOUN|PROPN|AUX|VERB|PART)$/.test(tokens[at - 1].pos)) {
      if (/^cost/.test(tokens[at].lower)) {
        // `a shortage of rescue helicopters costs …`: the whole subject, with its phrase
        const subject = (article ? clauseSubject(tokens, at, sentence) : undefined) ?? nounPhraseBefore(tokens, at, sentence)
        let object = at + 1 + article
        while (['NOUN', 'ADJ'].includes(tokens[object]?.pos ?? '')) object++
        // (over a place that only says where: `$310 million in the region every year`)
        const place = /^(?:in|across|throughout)$/.test(tokens[after]?.lower ?? '') && tokens[after + 1]?.lower === 'the' && tokens[after + 2]?.pos === 'NOUN' ? 3 : 0
        if (subject) return `cost of ${subject} to ${slice(sentence, tokens, at + 1, object)}${rateAfter(tokens, after + place) || rateAfter(tokens, after)}`
      } else {
        const subject = clauseSubject(tokens, at, sentence)
        if (subject) return `${subject}${periodAfter(tokens, after, sentence)}`
      }
    }
  }
  // `X, now 7.1%,` and `X, estimated by … at about $10bn`: the phrase before the comma
  let comma = quantity.from - 1
  while (comma > 0 && QUALIFIERS.has(tokens[comma].lower) && !/^(?:at|now)$/.test(tokens[comma].lower)) comma--
  if (/^(?:now|currently|today)$/.test(tokens[comma]?.lower ?? '') && tokens[after]?.text === ',') comma--
  else if (tokens[comma]?.lower === 'at') {
    let participle = comma - 1
    while (participle > 0 && comma - participle < 8 && !ESTIMATE_PARTICIPLES.test(tokens[participle].lower)) participle--
    if (!ESTIMATE_PARTICIPLES.test(tokens[participle]?.lower ?? '') || tokens.slice(participle + 1, comma).some((token) => token.pos === 'VERB' || token.pos === 'PUNCT')) return undefined
    comma = participle - 1
  } else return undefined
  if (tokens[comma]?.text !== ',') return undefined
  let from = comma
  while (from > 0 && comma - from < 8 && (/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[from - 1].pos) || /^(?:of|for)$/.test(tokens[from - 1].lower) || /^['’]s$/.test(tokens[from - 1].text))) from--
  while (from < comma && (tokens[from].pos === 'DET' || tokens[from].pos === 'ADP')) from++
  if (from === comma || !['NOUN', 'PROPN'].includes(tokens[comma - 1].pos)) return undefined
  return lowerFirst(slice(sentence, tokens, from, comma), tokens[from])
}

/**
 * A change by an amount, named as a noun: `cut methane emissions by 75 percent by 2030` gives
 * `cut in methane emissions by 2030`, `payment costs fell by 35%` gives `fall in payment costs`,
 * `attacks fell by 18 percent in the first half of 2023` keeps its time.
 * @param by the index of `by` before the amount
 * @param after the index after the amount
 */
function changeBy(tokens: Token[], by: number, after: number, sentence: string): string | undefined {
  let verb = by - 1
  // the model may tag `should lower/ADJ their price` an adjective: after an auxiliary it is the verb
  const changes = (token: Token, index: number) => (token.pos === 'VERB' || (token.pos === 'ADJ' && tokens[index - 1]?.pos === 'AUX')) && (CHANGE_VERBS[token.lemma] ?? CHANGE_VERBS[token.lower])
  while (verb > 0 && !changes(tokens[verb], verb) && by - verb < 16) verb--
  const change = tokens[verb] ? changes(tokens[verb], verb) || undefined : undefined
  if (!change) return undefined
  let what: string | undefined
  // `rose in the pilots by 12 percent`: a phrase after the verb is not what rose
  if (tokens[verb + 1]?.pos !== 'ADP' && tokens.slice(verb + 1, by).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) {
    // what was cut: the object, up to a clause (`who are …`) and at most one phrase after its noun
    let end = verb + 1
    let phrases = 0
    for (; end < by; end++) {
      const token = tokens[end]
      if (/^(?:PUNCT|SCONJ|AUX|VERB)$/.test(token.pos) || (token.pos === 'PRON' && !/^(?:their|its|our)$/.test(token.lower))) break
      if (token.pos === 'ADP' && ++phrases > 1) break
    }
    while (end > verb + 1 && (LABEL_TAIL_WORDS.has(tokens[end - 1].lower) || tokens[end - 1].pos === 'ADJ')) end--
    let from = verb + 1
    if (/^(?:the|their|its|our)$/.test(tokens[from].lower) && end - from > 1 && tokens[from + 1].pos !== 'PROPN') from++
    if (end > from) what = slice(sentence, tokens, from, end)
  } else what = clauseSubject(tokens, verb, sentence, true) ?? subjectBefore(tokens, verb, sentence)
  if (!what) return undefined
  return `${change} in ${what}${periodAfter(tokens, after, sentence)}`
}

/** What a length of time says of the change it measures, by the change's verb. */
const TIME_CHANGES: Record<string, string> = {shorten: 'shorter', lengthen: 'longer', rise: 'more', increase: 'more', grow: 'more', climb: 'more'}

/**
 * The label of a length of time that measures a change (`the season has shortened by an average of
 * 16 days since 2000` → `days shorter since 2000`, `average waits fell by 12 days` → `days fewer
 * average waits`): the unit, which way it went, what changed when its subject is short and right
 * before the verb, and its time.
 */
function timeOfChangeLabel(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  const unit = tokens[quantity.to]
  if (!unit || !TIME_UNITS.test(unit.lower) || quantity.words) return undefined
  let by = quantity.from - 1
  if (tokens[by]?.lower === 'of' && tokens[by - 1]?.lower === 'average') by -= 3
  while (by > 0 && QUALIFIERS.has(tokens[by].lower) && tokens[by].lower !== 'by') by--
  const verb = tokens[by - 1]
  if (tokens[by]?.lower !== 'by' || verb?.pos !== 'VERB' || !TIME_CHANGE_VERBS.test(verb.lemma)) return undefined
  // (what changed when its noun stands right before the verb: `waiting times fell`, not `the season during which roads can be used has shortened`)
  let before = by - 2
  while (before > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[before].pos)) before--
  const subject = ['NOUN', 'PROPN'].includes(tokens[before]?.pos ?? '') ? clauseSubject(tokens, by - 1, sentence)?.replace(/^(?:the|its|their|our)\s+/i, '') : undefined
  const what = subject && subject.split(/\s+/).length <= 4 && subject.endsWith(tokens[before].text) ? ` ${subject}` : ''
  return `${unit.text} ${TIME_CHANGES[verb.lemma] ?? 'fewer'}${what}${timeAfter(tokens, quantity.to + 1, sentence)}`
}

/** ` by 2030`, ` in 2023`, ` in the first half of 2023`, ` today` after an amount: its time. */
function periodAfter(tokens: Token[], index: number, sentence: string): string {
  let at = index
  // `compared with 2020 levels` is the baseline, not the time
  if (/^(?:compared|relative)$/.test(tokens[at]?.lower ?? '')) return ''
  if (/^(?:in|by|during|within|over)$/.test(tokens[at]?.lower ?? '')) {
    for (let end = at + 1; end < tokens.length && end < at + 7; end++) {
      if (/^(?:19|20)\d\d$/.test(tokens[end].text)) return ` ${slice(sentence, tokens, at, end + 1)}`
      if (!/^(?:DET|ADJ|NOUN|ADP|NUM)$/.test(tokens[end].pos)) break
    }
  }
  // `within five years`, `over two years`
  if (/^(?:within|over)$/.test(tokens[at]?.lower ?? '')) {
    for (let end = at + 1; end < tokens.length && end < at + 5; end++) if (TIME_UNITS.test(tokens[end].lower)) return ` ${slice(sentence, tokens, at, end + 1)}`
  }
  // `in the Partnership's pilots`: where the change was seen
  if (tokens[at]?.lower === 'in') {
    let end = at + 1
    while (end < tokens.length && end < at + 6 && (/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[end].pos) || /^['’]s$/.test(tokens[end].text))) end++
    if (end > at + 1 && ['NOUN', 'PROPN'].includes(tokens[end - 1].pos)) return ` ${slice(sentence, tokens, at, end)}`
  }
  return timeAfter(tokens, at, sentence)
}

/**
 * The words after a verb or an amount that say what it is for: a preposition or `to` and its
 * phrase, stopping before a second preposition, a conjunction that starts something new, another
 * amount, or about eight words.
 */
function complement(tokens: Token[], from: number, sentence: string, max = 8): string {
  // `pledged $480 million over three years to fund …`: what it is for comes after the span
  const span = durationAt(tokens, from)
  if (span > from && /^(?:to|for|towards)$/.test(tokens[span]?.lower ?? '')) return complement(tokens, span, sentence, max)
  let end = from
  let nouns = 0
  let words = 0
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]
    const next = tokens[index + 1]
    if (quantityStartsAt(tokens, index)) break
    if (token.text === '-' && !token.spaced) continue
    // `from the Forum's cooperation fund`: the possessive goes on to its noun
    if (token.pos === 'PART' && /^['’]s$/.test(token.text) && nouns > 0) {
      nouns = 0
      continue
    }
    // `from Australia, Japan and the Republic of Korea`: phrases joined to the last one are named with it
    const joined = nouns > 0 && (token.text === ',' || token.pos === 'CCONJ') && end === index ? joinedPhrasesEnd(tokens, index - 1) : undefined
    if (joined && words + joined - index <= max + 2) {
      words += joined - index
      end = joined
      index = joined - 1
      continue
    }
    if (token.pos === 'PUNCT' || token.pos === 'SYM') {
      if (token.text === ',' && next?.pos === 'VERB' && nouns === 0) continue
      break
    }
    if (token.pos === 'CCONJ') {
      if (next && (next.pos === 'VERB' || ((next.pos === 'NOUN' || next.pos === 'ADJ') && nouns > 0)) && !quantityStartsAt(tokens, index + 1)) continue
      break
    }
    if (/^(?:by|in|before|until)$/.test(token.lower) && /^(?:19|20)\d\d$/.test(next?.text ?? '') && !quantityStartsAt(tokens, index + 2)) {
      // `by 2030` keeps the target's year, and ends the label
      end = index + 2
      break
    }
    if (index === from && PREPOSITIONS.has(token.lower)) {
      words++
      end = index + 1
      continue
    }
    // `on the year before`: the adverb ends the phrase of time it closes
    if (endsOnTimeBefore(tokens, index + 1) && nouns > 0) {
      end = index + 1
      break
    }
    if ((token.pos === 'ADP' || token.pos === 'PART' || token.pos === 'SCONJ') && index > from) {
      // `the Government of Norway`, `a group of refiners`: `of` inside a name, or after a noun of a collection, goes on
      const inName = token.lower === 'of' && /^\p{Lu}/u.test(tokens[index - 1]?.text ?? '') && /^\p{Lu}/u.test(next?.text ?? '')
      const collection = token.lower === 'of' && COLLECTIVE_NOUNS.test(tokens[index - 1]?.lower ?? '')
      if ((nouns > 0 && !inName && !collection) || token.pos === 'SCONJ') break
    }
    // `from their joint fund`: a possessive after the preposition opens its phrase
    if (token.pos === 'PRON' && /^(?:their|its|our)$/.test(token.lower) && index > from && tokens[index - 1].pos === 'ADP' && ['ADJ', 'NOUN'].includes(next?.pos ?? '')) {
      words++
      end = index + 1
      continue
    }
    if (token.pos === 'PRON' || token.pos === 'AUX' || (token.pos === 'DET' && /^(?:which|that)$/.test(token.lower))) {
      // `to help members adopt it`: the verb goes with its object
      if (token.pos === 'PRON' && end > from + 1 && tokens[end - 1].pos === 'VERB' && end === index) end--
      break
    }
    if (index === from && !['ADP', 'PART', 'VERB', 'NOUN', 'ADJ', 'DET', 'PROPN'].includes(token.pos) && !PREPOSITIONS.has(token.lower)) break
    if (token.pos === 'NOUN' || token.pos === 'PROPN') nouns++
    words++
    end = index + 1
    if (words >= max) break
  }
  // A label ends on a word that carries meaning.
  while (end > from && !endsOnTimeBefore(tokens, end) && (LABEL_TAIL_WORDS.has(tokens[end - 1].lower) || tokens[end - 1].pos === 'PUNCT' || tokens[end - 1].pos === 'ADJ' && tokens[end - 2]?.pos === 'DET')) end--
  if (end <= from || (end === from + 1 && ['ADP', 'PART'].includes(tokens[from].pos))) return ''
  // a label is read without the sentence: `their joint fund` is `the joint fund`
  return slice(sentence, tokens, from, end).replace(/\b(?:their|its|our) (?=\S)/g, 'the ')
}

/**
 * A rate right after an amount a verb governs and the phrase after the rate that says on what or
 * for what (`a year on fuel and charter costs`, `each year for member states`). Empty when no rate
 * and phrase follow.
 * @param from the token after the amount
 */
function rateAndPhrase(tokens: Token[], from: number, sentence: string): string {
  if (!/^(?:a|per|each|every)$/.test(tokens[from]?.lower ?? '') || !/^(?:year|month|week|day)$/.test(tokens[from + 1]?.lower ?? '')) return ''
  if (tokens[from + 2]?.pos !== 'ADP' || !/^(?:on|in|for|from|to)$/.test(tokens[from + 2].lower)) return ''
  const rest = complement(tokens, from + 2, sentence, 6)
  return rest ? `${slice(sentence, tokens, from, from + 2)} ${rest}` : ''
}

/**
 * Where a span of time that starts at `index` ends (`over the next three years`, `within two
 * years`, `for the coming five years`), or `index` when none starts there.
 */
function durationAt(tokens: Token[], index: number): number {
  if (!/^(?:over|within|during|for)$/.test(tokens[index]?.lower ?? '')) return index
  let at = index + 1
  while (at < tokens.length && at - index < 5 && (/^(?:the|next|coming|following|first|last|a)$/.test(tokens[at].lower) || tokens[at].pos === 'NUM')) at++
  return at > index + 1 && TIME_UNITS.test(tokens[at]?.lower ?? '') ? at + 1 : index
}

/** A noun phrase that starts at `from` (determiners, adjectives, nouns, possessives). */
function nounPhraseAfter(tokens: Token[], from: number): {from: number; to: number} | undefined {
  let head = -1
  for (let index = from; index < tokens.length && index < from + 6; index++) {
    const token = tokens[index]
    const age = ageGroupEnd(tokens, index)
    // `of 15-year-olds`, `15-year-old girls`: an age group is a noun, or an adjective of the noun after it
    if (age > index) {
      if (tokens[age - 1].lower === 'olds') head = age - 1
      index = age - 1
      continue
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = index
    else if (token.text === '-' && !token.spaced) continue
    // `the water that utilities treat`: a relative word after the head ends the phrase
    else if (head >= 0 && /^(?:that|which|this|these|those)$/.test(token.lower)) break
    // `man-made emissions`, `trained staff`: a participle before a noun modifies it, irregular or not
    else if (token.pos === 'DET' || token.pos === 'ADJ' || (token.pos === 'PART' && /^['’]s$/.test(token.text)) || (token.pos === 'VERB' && (/(?:ed|ing)$/.test(token.lower) || isPastParticiple(token)) && ['NOUN', 'ADJ'].includes(tokens[index + 1]?.pos ?? ''))) continue
    // `the most affected beaches`, `the least visited sites`: an adverb of degree before the head's adjective or participle
    else if (head < 0 && /^(?:most|least)$/.test(token.lower) && /^(?:ADJ|VERB)$/.test(tokens[index + 1]?.pos ?? '')) continue
    // `their waters`, `members' total trade`
    else if (index === from && token.pos === 'PRON' && /^(?:their|its|our)$/.test(token.lower)) continue
    else if (/^['’]$/.test(token.text) && /s$/.test(tokens[index - 1]?.lower ?? '') && ['NOUN', 'ADJ'].includes(tokens[index + 1]?.pos ?? '')) continue
    else break
  }
  return head >= 0 ? {from, to: joinedPhrasesEnd(tokens, head) ?? head + 1} : undefined
}

/**
 * Where an age group written with hyphens that starts at `index` ends (`15-year-olds`,
 * `15-year-old`), or `index` when none starts there: an age names people, it is no figure.
 */
function ageGroupEnd(tokens: Token[], index: number): number {
  let at = index
  const joined = (offset: number) => tokens[offset]?.text === '-' && !tokens[offset].spaced
  if (!/^\d{1,2}$/.test(tokens[at]?.text ?? '')) return index
  if (!joined(at + 1) || !/^years?$/.test(tokens[at + 2]?.lower ?? '') || !joined(at + 3) || !/^olds?$/.test(tokens[at + 4]?.lower ?? '')) return index
  return at + 5
}

/** Whether a noun is a name (`Australia`) or a common noun, as two joined phrases must agree. */
const nounKind = (token: Token) => (token.pos === 'PROPN' ? 'name' : 'noun')

/**
 * Where a noun phrase ends when phrases of the same kind are joined to it by `and`/`or` or a list
 * of commas ending in one: a label names them all (`from Australia, Japan and the Republic of
 * Korea`, `of grain and oilseeds`, `from donors and development banks`). A phrase followed by a
 * verb is the subject of a clause of its own (`for schools and the ministry will …`), and a number
 * opens another figure. `undefined` when nothing is joined.
 * @param head the index of the first phrase's head
 */
function joinedPhrasesEnd(tokens: Token[], head: number): number | undefined {
  let at = head + 1
  let end: number | undefined
  for (let items = 0; items < 4; items++) {
    const comma = tokens[at]?.text === ','
    // (a comma, then `and` right after the head parts two clauses: `in 19 countries, and ministers asked …`;
    // a list of nouns has a comma only before its second item)
    if (comma && at === end && /^(?:and|or)$/.test(tokens[at + 1]?.lower ?? '')) return end
    const join = comma && /^(?:and|or)$/.test(tokens[at + 1]?.lower ?? '') ? at + 1 : at
    const and = /^(?:and|or)$/.test(tokens[join]?.lower ?? '')
    // `, and smoke from …` right after the first phrase joins clauses, not phrases; a time (`last year`) is no phrase to list
    if ((!comma && !and) || (comma && and && items === 0) || TIME_UNITS.test(tokens[head].lower) || /^(?:year|month|week|day)$/.test(tokens[head].lower)) return end
    let next = join + 1
    if (tokens[next]?.lower === 'the') next++
    let last = -1
    while (next < join + 6 && (/^(?:NOUN|PROPN|ADJ)$/.test(tokens[next]?.pos ?? '') || (tokens[next]?.text === '-' && !tokens[next].spaced))) {
      if (/^(?:NOUN|PROPN)$/.test(tokens[next].pos)) last = next
      next++
    }
    // `the Republic of Korea`: a name goes on through `of`
    if (last >= 0 && last === next - 1 && tokens[last].pos === 'PROPN' && tokens[next]?.lower === 'of' && tokens[next + 1]?.pos === 'PROPN') {
      last = next + 1
      next += 2
    }
    if (last < 0 || last !== next - 1 || nounKind(tokens[last]) !== nounKind(tokens[head]) || /^(?:VERB|AUX)$/.test(tokens[next]?.pos ?? '') || /^\d/.test(tokens[next]?.text ?? '')) return end
    at = next
    // a list goes on only to its `and`
    if (and) return at
    if (items === 3) return end
  }
  return end
}

/** The noun phrase that ends just before `index` (`total funding` in `total funding reached`). */
function nounPhraseBefore(tokens: Token[], index: number, sentence: string): string | undefined {
  let from = index
  while (from > 0 && from > index - 4) {
    const token = tokens[from - 1]
    if (['NOUN', 'PROPN', 'ADJ'].includes(token.pos) || (token.pos === 'PART' && /^['’]s$/.test(token.text)) || (token.text === '-' && !token.spaced)) from--
    else break
  }
  while (from < index && tokens[from].pos === 'ADJ' && tokens[from + 1]?.pos === 'PART') from++
  if (from === index || !tokens.slice(from, index).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return undefined
  // `the Bank`, `the African Development Bank` (its first word an adjective to the tagger): a name keeps its article
  if ((tokens[from].pos === 'PROPN' || (isCapitalisedInside(tokens[from]) && tokens.slice(from, index).some((token) => token.pos === 'PROPN'))) && tokens[from - 1]?.lower === 'the') from--
  return lowerFirst(slice(sentence, tokens, from, index), tokens[from])
}

/**
 * What an amount set between commas right after a noun phrase is the amount of (`meet the capital cost of the centre, DKK 95
 * million, and …`, `approved the league's yearly budget, £1.2 million, at its meeting`): that noun phrase, when nothing else
 * labels the amount. Only a phrase of common nouns (not a name: `Norway, NOK 40 million, …` is a list of givers).
 */
function amountInApposition(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  const comma = quantity.from - 1
  if (tokens[comma]?.text !== ',' || !/^[,;.]$/.test(tokens[quantity.to]?.text ?? '.') || tokens[comma - 1]?.pos !== 'NOUN') return undefined
  const named = namedBeforeBracket(tokens, comma, sentence)
  if (!named || named.giver) return undefined
  // (`the capital cost of the centre`: the phrase the `of` phrase belongs to, when one stands before it)
  const start = tokens[comma - 1].end - named.phrase.length
  let at = comma - 1
  while (at > 0 && tokens[at].start > start) at--
  if (/^(?:the|its|their)$/.test(tokens[at - 1]?.lower ?? '')) at--
  const owner = tokens[at - 1]?.lower === 'of' ? nounPhraseBefore(tokens, at - 1, sentence) : undefined
  return (owner ? `${owner} ${sentence.slice(tokens[at - 1].start, tokens[comma - 1].end)}` : named.phrase).replace(/^the\s+/i, '')
}

/**
 * The label of an amount standing alone in brackets right after a noun phrase (`the Harlan Trust ($8M)`,
 * `a pilot grant (USD 1.2 million)`): the noun phrase, as `from …` when it names a giver after `by` or `from`
 * (`backed by the Harlan Trust ($8M)` → from the Harlan Trust); undefined for any other amount.
 */
function amountInBrackets(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  const open = quantity.from - 1
  if (tokens[open]?.text !== '(' || tokens[quantity.to]?.text !== ')') return undefined
  const named = namedBeforeBracket(tokens, open, sentence)
  if (!named) return undefined
  const phrase = `${named.article ? 'the ' : ''}${named.phrase}`
  if (named.giver) return `from ${phrase}`
  // `a pilot grant (USD 1.2 million) from the sports agency`: the giver named right after the bracket
  let end = quantity.to + 2
  if (tokens[quantity.to + 1]?.lower === 'from' && tokens[end]?.lower === 'the') end++
  const first = end
  while (end < tokens.length && end - first < 4 && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[end].pos)) end++
  const from = tokens[quantity.to + 1]?.lower === 'from' && tokens.slice(first, end).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN') ? ` ${slice(sentence, tokens, quantity.to + 1, end)}` : ''
  return `${phrase.replace(/^the\s+/i, '')}${from}`
}

/** A noun phrase before `index` whose head the tagger took for a verb after its article (`a pilot grant`, `the annual award`): its words after the article; undefined otherwise. */
function headTaggedAsVerb(tokens: Token[], index: number, sentence: string): string | undefined {
  if (tokens[index - 1]?.pos !== 'VERB' || /(?:ed|ing)$/.test(tokens[index - 1].lower)) return undefined
  let from = index - 1
  while (from > 0 && index - from <= 4 && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[from - 1].pos)) from--
  return tokens[from - 1]?.pos === 'DET' ? slice(sentence, tokens, from, index) : undefined
}

/**
 * The noun phrase before the bracket at `open` (with its `the` when it has one), and whether it names a giver:
 * after `by` or `from`, or after `and` that joins it to an earlier bracketed giver (`by the Trust ($8M) and the cities ($4M)`).
 */
function namedBeforeBracket(tokens: Token[], open: number, sentence: string, depth = 0): {phrase: string; article: boolean; giver: boolean} | undefined {
  const phrase = nounPhraseBefore(tokens, open, sentence) ?? headTaggedAsVerb(tokens, open, sentence)
  if (!phrase || open < 1) return undefined
  const start = tokens[open - 1].end - phrase.length
  let before = open - 1
  while (before >= 0 && tokens[before].start > start) before--
  if (tokens[before]?.start === start) before--
  const article = tokens[before]?.lower === 'the' && !/^the\s/i.test(phrase)
  if (/^(?:the|a|an)$/.test(tokens[before]?.lower ?? '')) before--
  let giver = /^(?:by|from)$/.test(tokens[before]?.lower ?? '')
  if (!giver && depth < 4 && tokens[before]?.lower === 'and' && tokens[before - 1]?.text === ')') {
    // the bracket before the `and`, a few words back
    let earlier = before - 2
    while (earlier >= 0 && before - earlier <= 6 && tokens[earlier].text !== '(') earlier--
    giver = tokens[earlier]?.text === '(' ? namedBeforeBracket(tokens, earlier, sentence, depth + 1)?.giver ?? false : false
  }
  return {phrase, article, giver}
}


/** Whether the token at `index` is a gerund the tagger calls a verb, standing as a noun before the head noun (`poaching cases`, `fishing camps`). */
function isGerundBeforeNoun(tokens: Token[], index: number): boolean {
  return tokens[index]?.pos === 'VERB' && /^[a-z]+ing$/.test(tokens[index].lower) && tokens[index + 1]?.pos === 'NOUN'
}

/** Whether the token at `index` is a past participle the tagger calls a verb, standing as an adjective before a noun (`reported cases`, `installed capacity`). */
function isParticipleBeforeNoun(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token.pos === 'VERB' && /[^e]ed$|[^e]en$|ied$/.test(token.lower) && token.lower !== token.lemma && /^(?:NOUN|ADJ)$/.test(tokens[index + 1]?.pos ?? '')
}

/**
 * The first noun phrase of the clause that ends at `verb`, without its prepositional phrases.
 * @param whole keep the phrase after the noun when it runs up to the verb (the subject of a change: `the share of renewables in the power mix has risen`)
 */
function clauseSubject(tokens: Token[], verb: number, sentence: string, whole = false): string | undefined {
  let start = verb
  // (`the aquifer, whose level has dropped`: the subject starts after `whose`)
  while (start > 0 && !/^[;:]$/.test(tokens[start - 1].text) && !/^(?:that|whose)$/.test(tokens[start - 1].lower) && !(tokens[start - 1].text === ',' && ['SCONJ', 'CCONJ'].includes(tokens[start]?.pos ?? ''))) start--
  while (start < verb && ['DET', 'SCONJ', 'CCONJ', 'ADV'].includes(tokens[start].pos)) start++
  let end = start
  // `reported cases rose to …`, `installed capacity grew …`: a past participle before the noun is part of the subject
  if (end < verb - 1 && (isParticipleBeforeNoun(tokens, end) || (isGerundBeforeNoun(tokens, end + 1) && tokens[end].pos === 'VERB' && /ed$/.test(tokens[end].lower)))) end++
  // (`recorded poaching cases fell …`: a gerund the tagger calls a verb before the subject's noun is a noun of it)
  while (end < verb && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[end].pos) || (tokens[end]?.pos === 'PART' && /^['’]s$/.test(tokens[end].text)) || (end > start && end < verb - 1 && isGerundBeforeNoun(tokens, end))) end++
  if (end === start || end > verb || !['NOUN', 'PROPN'].includes(tokens[end - 1].pos)) return undefined
  // `the average cost of an incident at a port reached …`: an `of` phrase says what the noun is of, and stays
  if (tokens[end]?.lower === 'of') {
    let stop = end + 1
    // (`exports of dried ginger stood at …`: a past participle before the noun is an adjective of it)
    while (stop < verb && stop - end <= 5 && (/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[stop].pos) || /^['’]s$/.test(tokens[stop].text) || (tokens[stop].text === '-' && !tokens[stop].spaced) || (stop + 1 < verb && isParticipleBeforeNoun(tokens, stop)))) stop++
    // `the number of cases pending for …`: an adjective that opens a phrase after the noun is not part of it
    if (stop - 1 > end + 1 && tokens[stop - 1].pos === 'ADJ' && tokens[stop]?.pos === 'ADP' && ['NOUN', 'PROPN'].includes(tokens[stop - 2].pos)) stop--
    if (stop > end + 1 && ['NOUN', 'PROPN'].includes(tokens[stop - 1].pos) && !['NOUN', 'PROPN'].includes(tokens[stop]?.pos ?? '')) end = stop
  }
  // `trade among members reached …`: one short phrase that runs up to the verb stays; the subject of a change is kept whole while it is short (`the share of renewables in the Compact's power mix has risen …`)
  if (whole) end = subjectModifiersEnd(tokens, start, end, verb)
  else if (tokens[end]?.pos === 'ADP') {
    let stop = end + 1
    while (stop < verb && stop - end <= 4 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[stop].pos)) stop++
    let at = verb
    while (at > stop && /^(?:AUX|ADV|PART)$/.test(tokens[at - 1].pos)) at--
    if (stop === at && stop > end + 1 && ['NOUN', 'PROPN'].includes(tokens[stop - 1].pos)) end = stop
  }
  return lowerFirst(slice(sentence, tokens, start, end), tokens[start])
}

/** Words at most in a subject kept whole with the phrases after its noun. */

/**
 * The subject of the verb before `index`, whole with the phrase after its noun when that runs up to
 * the verb (`the share of cyclists in the capital's traffic has risen` → share of cyclists in the
 * capital's traffic, not `capital's traffic`); `the number of` says nothing of what is counted and goes.
 */
function wholeSubjectBefore(tokens: Token[], index: number, sentence: string): string | undefined {
  const near = subjectBefore(tokens, index, sentence)
  let verb = index - 1
  while (verb > 0 && tokens[verb].pos === 'ADV') verb--
  if (!near || tokens[verb]?.pos !== 'VERB') return near
  const whole = clauseSubject(tokens, verb, sentence, true)?.replace(/^(?:the )?number of /, '')
  if (whole && whole.length > near.length && whole.endsWith(near)) return whole
  // `the share of women in parliament across the region rose`: a noun in a phrase of the subject is not what changed
  let before = verb
  while (before > 0 && ['AUX', 'ADV', 'PART', 'VERB'].includes(tokens[before - 1].pos) && verb - before < 3) before--
  let from = before
  while (from > 0 && (['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[from - 1].pos) || /^['’]s$/.test(tokens[from - 1].text))) from--
  return whole && tokens[from - 1]?.pos === 'ADP' && !/^(?:that|which)$/.test(tokens[from - 1].lower) ? whole : near
}

/** A change's subject with the later value's own year (`share of renewables in 2024`, up from … in 2020), when the text gives one. */
const withYear = (subject: string | undefined, year: string | undefined) => (subject && year ? `${subject} in ${year}` : subject)

/** The subject of the verb at `verb` (skipping auxiliaries and adverbs before it). */
function subjectBefore(tokens: Token[], verb: number, sentence: string): string | undefined {
  let index = verb
  while (index > 0 && ['AUX', 'ADV', 'PART', 'VERB'].includes(tokens[index - 1].pos) && verb - index < 3) index--
  return nounPhraseBefore(tokens, index, sentence)
}

/** Words that open what an amount is for (the model sometimes tags `for` a conjunction). */
const PREPOSITIONS = new Set(['for', 'to', 'towards', 'toward', 'on', 'in', 'into', 'from'])

const WORTH = /^(?:worth|costing|valued|totalling|totaling)$/

/** The participle of a passive after an amount (`was committed`, `has been pledged`), or -1. */
function passiveVerbAt(tokens: Token[], from: number): number {
  let at = from
  let be = false
  while (tokens[at]?.pos === 'AUX' || (tokens[at]?.pos === 'PART' && tokens[at].lower === 'not') || tokens[at]?.pos === 'ADV') {
    if (/^(?:is|are|was|were|be|been|being)$/.test(tokens[at].lower)) be = true
    at++
  }
  return be && tokens[at]?.pos === 'VERB' ? at : -1
}

/**
 * A percentage that compares with an earlier time: `40 percent more than in 2022` gives `more than
 * in 2022`, `12% lower than last year` gives `lower than last year`. Only a comparison with a time
 * (a year or `last …`), which makes it a change over time.
 */
function percentComparedWith(tokens: Token[], after: number, sentence: string): string | undefined {
  if (!/^(?:more|less|fewer|higher|lower|up|down)$/.test(tokens[after]?.lower ?? '') || tokens[after + 1]?.lower !== 'than') return undefined
  let end = after + 2
  while (end < tokens.length && end < after + 7 && tokens[end].pos !== 'PUNCT') end++
  const rest = tokens.slice(after + 2, end)
  if (!rest.some((token) => /^(?:19|20)\d\d$/.test(token.text) || /^(?:last|previous|before|earlier|ago)$/.test(token.lower))) return undefined
  return slice(sentence, tokens, after, end)
}

/**
 * The past participle right after an amount that a preposition governs (`with US$300 million
 * pledged by partners`, `for $2bn raised in 2023`), or undefined. Not the main verb of a clause
 * whose subject the amount is (`$40 went to …`: the amount has no preposition before it).
 */
function participleAfterAmount(tokens: Token[], after: number, governor: Token | undefined): string | undefined {
  const verb = tokens[after]
  if (!verb || verb.pos !== 'VERB' || governor?.pos !== 'ADP' || governor.lower === 'of') return undefined
  if (!(/(?:ed|en)$/.test(verb.lower) || IRREGULAR_PARTICIPLES[verb.lemma] === verb.lower) || verb.lower === verb.lemma) return undefined
  // a participle is followed by its agent or its purpose, not by an object
  return /^(?:by|for|to|from|in|under|over|through|towards)$/.test(tokens[after + 1]?.lower ?? '') ? verb.lower : undefined
}

/** Whether a count or an amount starts at `index`, after qualifiers (`some 6,200`, `about $4bn`). */
function startsCount(tokens: Token[], index: number): boolean {
  let at = index
  while (at < tokens.length && at - index < 3 && QUALIFIERS.has(tokens[at].lower)) at++
  return quantityStartsAt(tokens, at) || (tokens[at]?.pos === 'NUM' && !/^(?:one|a)$/.test(tokens[at].lower))
}

function quantityStartsAt(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (!token || ageGroupEnd(tokens, index) > index) return false
  return /^\d/.test(token.text) || /^(?:US|\p{Sc})/u.test(token.text) && /\p{Sc}/u.test(token.text)
}

function slice(sentence: string, tokens: Token[], from: number, to: number): string {
  return sentence.slice(tokens[from].start, tokens[to - 1].end)
}

/** Whether a word is capitalised inside its sentence (`African` in `the African Development Bank`), where only a name is. */
function isCapitalisedInside(token: Token): boolean {
  return token.start > 0 && /^\p{Lu}\p{Ll}/u.test(token.text)
}

function joinLabel(head: string, rest: string): string {
  return rest ? `${head} ${rest}` : head
}

/** A common noun that starts the sentence loses its capital (`Funding` → `funding`); a word capitalised inside it is a name's, as written (`African Development Bank`). */
function lowerFirst(text: string, first: Token): string {
  if (isCapitalisedInside(first)) return text
  // The model calls most capitalised words at the start of a sentence names; ask it about the word in lower case.
  const common = first.pos !== 'PROPN' || (first.start === 0 && tokensOf(`the ${first.lower} is`)[1]?.pos !== 'PROPN')
  return common && /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/**
 * `such programmes` in a label named by the words the text used before: `members that already run
 * such programmes` after `the mutual recognition of trusted-trader programmes` gives `… trusted-trader
 * programmes`. The label is kept as it is when the noun was not named with a modifier before.
 * @param label the label
 * @param at where the figure starts in the sentence (the noun is looked for before it)
 * @param previous the sentence before
 * @param context the tokens of both, read once
 */
function resolveSuch(label: string, at: number, sentence: string, previous: string, context: {sentence?: Token[]; previous?: Token[]}): string {
  // (`such a centre` is left as written: the article is no noun to look for, editors keep `such a register`)
  const such = /\bsuch (?!an?\b)([\p{L}-]+)$/u.exec(label) ?? /\bsuch (?!an?\b)([\p{L}-]+)\b/u.exec(label)
  if (!such || previous.length + sentence.length > MAX_SENTENCE) return label
  for (const text of [sentence.slice(0, at), previous]) {
    if (!text.toLowerCase().includes(such[1].toLowerCase())) continue
    const all = text === previous ? (context.previous ??= tokensOf(previous)) : (context.sentence ??= tokensOf(sentence))
    const tokens = text === previous ? all : all.filter((token) => token.end <= at)
    for (let index = tokens.length - 1; index > 0; index--) {
      if (tokens[index].lower !== such[1].toLowerCase() || tokens[index - 1].lower === 'such') continue
      let from = index
      for (let words = 0; from > 0 && words < 3; words++) {
        // `trusted-trader`: the word before a hyphen belongs to the compound whatever its tag
        if (tokens[from - 1].text === '-' && !tokens[from - 1].spaced && !tokens[from].spaced && from > 1) from -= 2
        else if (['NOUN', 'ADJ', 'PROPN'].includes(tokens[from - 1].pos)) from--
        else break
      }
      if (from === index) return label
      return label.slice(0, such.index) + slice(text, tokens, from, index + 1) + label.slice(such.index + such[0].length)
    }
  }
  return label
}

/** Whether the words up to `end` close on a unit of time and `before` or `after` (`on the year before`), which a label keeps. */
function endsOnTimeBefore(tokens: Token[], end: number): boolean {
  return /^(?:before|after)$/.test(tokens[end - 1]?.lower ?? '') && TIME_BEFORE.test(`${tokens[end - 2]?.lower} ${tokens[end - 1].lower}`)
}

/** A label is a phrase that ends on a word: no trailing `and`, comma or currency sign. */
function tidyLabel(label: string): string {
  // `to the Group's demining trust fund` → `to the demining trust fund`: the body is known from the readout
  // (only when a phrase of two words or more, with no preposition, follows to the end or to the comparison);
  // `in the Partnership's pilots` → `in pilots`, `from the Council's partners` → `from partners`; a singular noun keeps its article (`from the budget`)
  let text = normaliseSpace(label).replace(/\bthe (?:\p{Lu}[\p{L}-]*\s){0,3}\p{Lu}[\p{L}-]*['’]s\s(?=(\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,5})(?:$|, (?:(?:up|down) from|against) ))/gu, (whole, rest: string) => (rest.split(' ').some((word) => PREPOSITIONS.has(word) || word === 'of' || word === 'by') ? whole : rest.includes(' ') || !/s$/.test(rest) ? 'the ' : ''))
  // a label is a bare noun phrase: `Regional Trade Facilitation Fund`, not `the Regional …`
  // (but a rate keeps its `a` when more follows it: `a year for the repair fund`, `a mile, up from 30p`)
  if (!/^an? (?:year|month|week|day|hour|night|mile|kilometre|kilometer|head)\b(?=,? \S)/i.test(text)) text = text.replace(/^(?:the|a|an)\s+(?=\S)/i, '')
  for (;;) {
    // an abbreviation keeps its period (`aid to Washington, D.C.`)
    const trimmed = /(?:^|\s)(?:\p{L}\.){2,}$/u.test(text) ? text : text.replace(/[\s,;:.–—\-\p{Sc}(]+$/u, '')
    const last = /(\S+)$/.exec(trimmed)?.[1]?.toLowerCase() ?? ''
    // (`on the year before`: an adverb of time after its unit ends the phrase, it opens nothing)
    const timeBefore = /^(?:before|after)$/.test(last) && TIME_BEFORE.test(trimmed)
    // (`people signed in`, `members logged on`: the particle of a verb of coming to a sitting ends it)
    const particle = TURNED_UP_PARTICLE.test(trimmed)
    text = LABEL_TAIL_WORDS.has(last) && !timeBefore && !particle && !/^(?:members|new member)/.test(trimmed) && trimmed.includes(' ') ? trimmed.slice(0, -last.length) : trimmed
    if (text === trimmed) return text
  }
}

/**
 * The change a measure is the size of, when its subject rose or fell `by` it: `Groundwater levels
 * under the plain have fallen by 40 metres` gives `fall in groundwater levels` (its place left out,
 * as `measureOf` leaves it), `temperatures have risen by an average of 1.2°C` gives `rise in
 * temperatures`. Not a cut, which someone makes to something (`cut emissions by 2 million tonnes`).
 * `undefined` when the measure is not after such a verb and its `by`.
 */
function changeByMeasure(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let by = quantity.from - 1
  while (by > 0 && tokens[by].lower !== 'by' && (QUALIFIERS.has(tokens[by].lower) || /^(?:average|mean)$/.test(tokens[by].lower))) by--
  if (tokens[by]?.lower !== 'by') return undefined
  let verb = by - 1
  while (verb > 0 && tokens[verb].pos === 'ADV') verb--
  const act = tokens[verb]
  const change = act?.pos === 'VERB' ? CHANGE_VERBS[act.lemma] : undefined
  if (change !== 'rise' && change !== 'fall') return undefined
  while (verb > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[verb - 1].pos)) verb--
  const subject = clauseSubject(tokens, verb, sentence)?.replace(/\s(?:in|across|along|around|near|throughout|within|at|for|to|from|among|on|under)\s.*$/, '')
  return subject ? `${change} in ${subject}` : undefined
}

/** The rate and the time after the size of a change (` per decade since 2001`, ` a year`, ` in 2025`), or empty. */
function changeRateAndTime(tokens: Token[], at: number, sentence: string): string {
  const rate = /^(?:a|per|each|every)$/.test(tokens[at]?.lower ?? '') && /^(?:year|month|week|day|decade)$/.test(tokens[at + 1]?.lower ?? '') ? ` ${tokens[at].lower} ${tokens[at + 1].lower}` : ''
  return `${rate}${timeAfter(tokens, at + (rate ? 2 : 0), sentence)}`
}

/**
 * What a verb of bringing brings to a measure (`brings the area of forest under protection to 3
 * million square kilometres` → forest under protection, `raised output to 14,000 tonnes` → output),
 * without `the area of` and its like, which the unit already says; not a total (`totalBroughtTo`).
 * `undefined` when the measure is not after such a verb, its object and `to`.
 */
function broughtTo(tokens: Token[], quantity: Quantity, sentence: string): string | undefined {
  let to = quantity.from - 1
  while (to > 0 && QUALIFIERS.has(tokens[to].lower) && tokens[to].lower !== 'to') to--
  if (tokens[to]?.lower !== 'to') return undefined
  let verb = to - 1
  // (over a participle inside the object: `the area of forest covered by …`)
  while (verb > 0 && to - verb <= 12 && !(tokens[verb].pos === 'VERB' && BRINGING_VERBS.test(tokens[verb].lemma)) && !/^[,;:]$/.test(tokens[verb].text)) verb--
  if (tokens[verb]?.pos !== 'VERB' || !BRINGING_VERBS.test(tokens[verb].lemma) || verb + 1 >= to) return undefined
  const object = slice(sentence, tokens, verb + 1, to).replace(/^(?:the|its|their|our)\s+/i, '').replace(/^(?:area|extent|size|volume|amount|quantity|length|capacity)\s+of\s+(?:the\s+)?/i, '')
  if (!object || /^(?:total|number)\b/i.test(object) || object.split(' ').length > 8) return undefined
  return object
}

/** A measure's label and its time (`cubic metres of abstraction` and ` in 2025`), as a count with a comparison keeps the later value's time. */
const measuredWhen = (label: string | undefined, time: string) => (label ? `${label}${time}` : undefined)

/** Whether a counted noun is a unit of measure: one word of `MEASURES`, or `cubic`/`square` and its unit (`cubic metres`). */
function isMeasure(tokens: Token[], noun: {from: number; to: number}): boolean {
  const words = tokens.slice(noun.from, noun.to).map((token) => token.lower)
  return (words.length === 1 && MEASURES.test(words[0])) || (words.length === 2 && /^(?:cubic|square)$/.test(words[0]) && FRAGMENT_LABEL.unit.test(words[1]))
}

/**
 * What a bare unit of measure counts when no `of` follows it: the noun it sizes (`a no-fly zone
 * of 5 kilometres around every runway` → `kilometres of no-fly zone around every runway`), or the
 * subject of a verb of change or being before it (`Irrigated land in the basin has grown to 2.6
 * million hectares` → `hectares of irrigated land`, its place left out). `undefined` when neither.
 * @param noun the counted noun (`kilometres`)
 */
function measureOf(tokens: Token[], quantity: Quantity, noun: {from: number; to: number}, sentence: string): string | undefined {
  if (!isMeasure(tokens, noun) || tokens[noun.to]?.lower === 'of') return undefined
  const unit = slice(sentence, tokens, noun.from, noun.to)
  // (over the bounds between `of` and the number: `an output of up to 2.6 million tonnes`)
  let of = quantity.from - 1
  while (of > quantity.from - 4 && of > 0 && QUALIFIERS.has(tokens[of].lower) && tokens[of].lower !== 'of') of--
  if (tokens[of]?.lower !== 'of') of = quantity.from - 1
  if (tokens[of]?.lower === 'of') {
    let sized = nounPhraseBefore(tokens, of, sentence)
    if (!sized) return undefined
    // `no-fly zone`: a hyphenated word the tagger did not read as part of the phrase
    const before = sentence.slice(0, tokens[of].start).trimEnd()
    const hyphenated = /(?:^|\s)(\p{Ll}+(?:-\p{L}+)+)\s*$/u.exec(before.slice(0, before.length - sized.length))?.[1]
    if (hyphenated) sized = `${hyphenated} ${sized}`
    // (`withdrawals from the aquifer of 2.8 billion cubic metres`: a noun after a preposition is where, not what is sized)
    if (/\b(?:from|in|into|to|for|on|at|by|with|under)\s+(?:the|its|their)\s*$/i.test(before.slice(0, before.length - sized.length))) return undefined
    const place = tokens[noun.to]?.pos === 'ADP' ? nounPhraseAfter(tokens, noun.to + 1) : undefined
    return `${unit} of ${sized}${place ? ` ${slice(sentence, tokens, noun.to, place.to)}` : ''}`
  }
  const brought = broughtTo(tokens, quantity, sentence)
  if (brought) return `${unit} of ${brought}`
  let verb = quantity.from - 1
  while (verb > 0 && (QUALIFIERS.has(tokens[verb].lower) || /^(?:ADV|ADP)$/.test(tokens[verb].pos)) && tokens[verb].pos !== 'VERB') verb--
  const act = tokens[verb]
  if (!act || act.pos !== 'VERB' || !(LINKING_VERBS.has(act.lower) || CHANGE_VERBS[act.lemma] || act.lemma === 'reach')) return undefined
  while (verb > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[verb - 1].pos)) verb--
  // `the region's farmed production, which reached 4.1 million tonnes`: what the relative clause is of
  const relative = /^(?:which|that)$/.test(tokens[verb - 1]?.lower ?? '') && tokens[verb - 2]?.text === ','
  const subject = (relative ? nounPhraseBefore(tokens, verb - 2, sentence) : clauseSubject(tokens, verb, sentence))?.replace(/\s(?:in|across|along|around|near|throughout|within|at|for|to|from|among|on)\s.*$/, '')
  return subject ? `${unit} of ${flowDone(subject)}` : undefined
}

/** Who makes a flow (`production of smallholder farms`, `exports of member states`): after a flow's `of`, the producer, not the product. */
const PRODUCERS = new Set(['farms', 'farmers', 'smallholders', 'growers', 'producers', 'states', 'countries', 'nations', 'economies', 'members', 'companies', 'firms', 'mills', 'plants', 'factories', 'mines', 'refineries', 'fleets', 'vessels', 'fishers', 'fishermen', 'cooperatives', 'co-operatives', 'estates', 'plantations', 'ports', 'regions', 'provinces', 'districts'])
/** Nouns of a flow a measure counts, and the participle a label writes what flows with. */
const FLOW_NOUNS: Record<string, string> = {catches: 'caught', catch: 'caught', landings: 'landed', exports: 'exported', imports: 'imported', production: 'produced', output: 'produced', sales: 'sold', harvest: 'harvested', shipments: 'shipped'}

/**
 * What a measure of a flow measures, done: `catches of bigeye tuna` → `bigeye tuna caught`,
 * `exports of cashew nuts from member states` → `cashew nuts exported from member states`,
 * `copper production` → `copper produced` (editors write `tonnes of bigeye tuna caught`, not
 * `tonnes of catches of bigeye tuna`). Any other subject is given back as it is.
 * @param subject the subject whose measure is read
 */
function flowDone(subject: string): string {
  const words = subject.split(' ')
  // (a word that only stresses, `catches of yellowfin alone`, goes with it)
  if (words.length > 2 && /^(?:alone|only)$/i.test(words.at(-1)!)) words.pop()
  const article = /^(?:the|its|their|total|annual|world|global|regional)$/i.test(words[0]) ? 1 : 0
  const first = words[article]?.toLowerCase() ?? ''
  if (FLOW_NOUNS[first] && words[article + 1]?.toLowerCase() === 'of' && words.length > article + 2) {
    const what = words.slice(article + 2)
    // (`of the region's wheat`: the owner goes with the article; `from member states` stays after the participle)
    const from = what.findIndex((word) => /^(?:from|by|in|to)$/i.test(word))
    const thing = from > 0 ? what.slice(0, from) : what
    const rest = from > 0 ? what.slice(from) : []
    if (/^(?:the|its|their)$/i.test(thing[0]) && thing.length > 1) return subject
    // (`production of smallholder farms`, `exports of member states`: after `of`, a producer is who makes the flow, not what flows)
    if (PRODUCERS.has(thing.at(-1)!.toLowerCase())) return subject
    return [...thing, FLOW_NOUNS[first], ...rest].join(' ')
  }
  const last = words.at(-1)!.toLowerCase()
  if (FLOW_NOUNS[last] && words.length === 2 && /^\p{Ll}+$/u.test(words[0]) && !/^(?:the|its|their|total|annual|world|global|regional|farmed)$/.test(words[0])) return `${words[0]} ${FLOW_NOUNS[last]}`
  return subject
}

/**
 * A label without a place that only repeats who met (`cost of illegal logging to the region a
 * year` → `cost of illegal logging a year`, `sniffer dogs with their handlers at the region`,
 * `humanitarian appeals for the region funded in 2023`): the readout's figures are all of its
 * members' region. A place that is all the label says after its first word stays, and so does the
 * place of a participle (`people stranded in the region`).
 * @param label the label
 */
export function withoutMembersPlace(label: string): string {
  return label.replace(/(\S+)\s(?:in|across|throughout|for|to|at)\s(?:the\s(?:region|hemisphere|continent|sub-region|subregion)|(?:the\s)?member\s(?:countries|states))(?=$|,|\s(?:in|by|since|until)\s(?:19|20)\d\d\b|\s(?:today|now|a\syear|per\syear|each\syear|who|that|which)\b|\s\p{Ll}+(?:ed|en)\b)/u, (whole, last: string, at: number) => (label.slice(0, at).includes(' ') && !/\p{L}(?:ed|en)$/u.test(last) ? last : whole))
}

/** Add a figure unless the same fact is already there: the same amount, or the same number of the same thing. */
export function addFigure(figures: KeyFigure[], figure: KeyFigure): void {
  // (a time after the noun is no head: `paying visitors last year`, `visitors this season`; figures50)
  const head = (label: string) => label.split(/[\s:,]+/).filter(Boolean).find((_, index, words) => index === words.length - 1 || /^(?:up|down|in|by|since|today|of|last|this|next)$/.test(words[index + 1] ?? ''))?.toLowerCase()
  // (`Rs 500 crore`, `Tk 1,200 crore`, `R2.3 billion`: a sign in letters is money too)
  const amount = /[\p{Sc}%]|^(?:[A-Z]{3}|Rs|Tk) |^R\d/u.test(figure.value)
  const size = sizeOf(figure.value)
  const same = (other: KeyFigure) => other.value === figure.value || (size !== undefined && sizeOf(other.value)?.unit === size.unit && sizeOf(other.value)?.amount === size.amount)
  // the same quantity written two ways (`2,3 millions`, `2 300 000`) is one fact whatever the labels say of it
  // (a French label opens on its noun: `pays membres de la Mission …`, `pays membres` and `pays d'Afrique de l'Ouest` count one thing)
  const first = (label: string) => /^(\p{L}+)\s(?:membres$|(?:membres\s)?(?:de|des|du|d['’]))/u.exec(label)?.[1].toLowerCase()
  // `Nineteen countries … attended` then `Fourteen of the 19 members`: a body's members are its countries, one fact
  // (`7 pays producteurs` then, in the notes, `Elle compte sept membres`: the same in French)
  const member = (label: string) => /^(?:(?:member\s)?(?:countries|states|nations|governments|economies)|members)(?=$|\s(?:of|from|in|at|who|that|taking|attending|represented)\b)/i.test(label) || FRENCH_MEMBER_LABEL.test(label)
  // `26 cities taking part` then `Only 4 of the 26 cities`: a bare noun that opens the earlier label names the same things
  const bare = (label: string, other: string) => !/\s/.test(label) && other.toLowerCase().split(/\s+/)[0] === label.toLowerCase()
  // `eleven coastal cities took part` then `Eleven coastal cities presented their plans`: the same count of the same things, told again
  const counted = (label: string) => countedNoun(label)
  const duplicate = figures.findIndex((other) => same(other) && (amount || other.value !== figure.value || head(other.label) === head(figure.label) || (member(other.label) && member(figure.label)) || bare(figure.label, other.label) || bare(other.label, figure.label) || (first(other.label) !== undefined && first(other.label) === first(figure.label)) || (counted(other.label) !== undefined && counted(other.label) === counted(figure.label))))
  // a headline's bare `10,000 schools` told again as `10,000 primary schools to be equipped`: the body's label says what is done with them
  const saysMore = (label: string, noun: string) => new RegExp(`\\b${noun}\\s+\\S`, 'i').test(label)
  if (duplicate >= 0 && !amount && !/\s/.test(figures[duplicate].label) && counted(figure.label) === figures[duplicate].label.toLowerCase() && saysMore(figure.label, figures[duplicate].label)) figures[duplicate] = {...figures[duplicate], label: figure.label, sentence: figure.sentence}
  // `2,3 millions de bovins` then `2 300 000 bovins`: one fact, written with its scale word as the text first rounded it
  if (duplicate >= 0 && / (?:million|billion|trillion)$/.test(figure.value) && !/ (?:million|billion|trillion)$/.test(figures[duplicate].value)) figures[duplicate] = {...figures[duplicate], value: figure.value}
  if (duplicate < 0 && figure.label) figures.push(figure)
}

/**
 * The plural noun a count's English label opens on, in lower case (`coastal cities taking part` →
 * `cities`, `primary schools to be equipped in Kenya` → `schools`), or `undefined` when the label
 * opens otherwise (`of …`, a single word that is no plural).
 */
function countedNoun(label: string): string | undefined {
  const words = label.toLowerCase().split(/[\s,;:]+/).filter(Boolean)
  let end = 0
  while (end < words.length && !COUNTED_NOUN_END.test(words[end]) && !(end > 0 && /(?:ing|ed)$/.test(words[end]))) end++
  const noun = words[end - 1]
  return noun && end <= 4 && /^[a-z-]{4,}$/.test(noun) && (/[^s]s$/.test(noun) || IRREGULAR_PLURALS.has(noun)) ? noun : undefined
}

const SCALE_FACTORS: Record<string, number> = {thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12}

/**
 * A figure's value as its unit (currency sign or `%`) and its amount: `US$1.1 billion` gives
 * `US$` and 1.1e9, `2,300,000` and `2.3 million` both give 2.3e6. `undefined` for a value of
 * another shape (`+3`).
 */
function sizeOf(value: string): {unit: string; amount: number} | undefined {
  const match = /^([^\d+]*?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?: (thousand|million|billion|trillion))?(%?)$/.exec(value)
  if (!match) return undefined
  return {unit: `${match[1]}${match[5]}`, amount: Math.round(Number(`${match[2].replace(/,/g, '')}${match[3] ?? ''}`) * (SCALE_FACTORS[match[4] ?? ''] ?? 1) * 100) / 100}
}
