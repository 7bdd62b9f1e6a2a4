/**
 * What a paragraph does that its first verb does not say, read from the words in `PARAGRAPH_ACTS`
 * (`english.ts`): a decision in a verb joined to the first one, an aim for a year ahead, a standing
 * formula that decides nothing.
 */
import type {Reading} from './language.js'
import {NEGATION_BEFORE} from './english.js'
import {normaliseSpace, splitSentences} from './text.js'

/**
 * Whether a sentence of the paragraph decides in a verb joined to its first one (`The members of the
 * Council expressed their sympathy to the families and called for the release of the crews`), not
 * negated (`… and did not call for …` has no such verb) and not a task only put to the next meeting.
 * @param text the paragraph, without its quotations
 * @param reading the patterns of the source's language
 * @returns whether the paragraph decides so
 */
export function decidesInJoinedVerb(text: string, reading: Reading): boolean {
  const joined = reading.paragraphActs?.coordinatedDecision
  if (!joined) return false
  const pattern = new RegExp(joined.source, `${joined.flags.replace('g', '')}g`)
  return splitSentences(normaliseSpace(text.slice(0, 3000))).some((sentence) =>
    [...sentence.text.matchAll(pattern)].some((match) => !NEGATION_BEFORE.test(sentence.text.slice(Math.max(0, match.index - 40), match.index)) && !reading.nextMeeting.test(sentence.text.slice(match.index))),
  )
}

/**
 * Whether a paragraph's first sentence states an aim for a year ahead in the present (`By 2030, the
 * Partnership aims to have every region covered …`, `Our goal is that by 2035 …`) and decides nothing in it:
 * what the meeting looks towards, outlook; so is a goal set as an outcome (`Ministers set the goal of halving deaths … by
 * 2030`). A target of a number set at the meeting (`Ministers set a target of 6 GW by 2035`, `agreed to aim for …`) is a decision, a point.
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @returns whether it states such an aim
 */
export function statesAim(text: string, reading: Reading): boolean {
  const aim = reading.paragraphActs?.aim ?? reading.aim
  if (!aim) return false
  const first = splitSentences(normaliseSpace(text.slice(0, 1000)))[0]?.text ?? ''
  const decidesWord = reading.openingParagraph?.decides
  const found = aim.exec(first)
  // (a decision before the aim makes it the meeting's: `Ministers agreed that the Partnership aims to …`; what the aim is may hold any verb)
  return Boolean(found) && /\b20\d\d\b/.test(first) && !(decidesWord && decidesWord.test(first.slice(0, found!.index + found![0].length)))
}

/**
 * A paragraph without its standing formula (`…, and underlined that they will remain seized of the matter`),
 * which says the body keeps the subject and neither decides nor looks ahead; `undefined` when it has none.
 * @param text the paragraph
 * @param reading the patterns of the source's language
 */
export function withoutStandingFormula(text: string, reading: Reading): string | undefined {
  const standing = reading.paragraphActs?.standing
  if (!standing || !standing.test(text)) return undefined
  return text.replace(standing, '')
}

/**
 * Whether a paragraph is a declaration's preambular paragraph: it opens with a participle or an
 * adjective of the speakers' mind (`Conscious that …`, `Deeply concerned by …`, `Welcoming …`) and ends
 * in a comma, the sentence going on in the operative paragraphs below. It decides nothing: context.
 * @param text the paragraph, without its number (`PP2`)
 * @param reading the patterns of the source's language
 * @returns whether it is a preambular paragraph
 */
export function isPreambular(text: string, reading: Reading): boolean {
  const preambular = reading.paragraphActs?.preambular
  const flat = normaliseSpace(text)
  return Boolean(preambular?.test(flat)) && /,$/.test(flat)
}

/**
 * Whether a paragraph only notes a finding in the first person (`We note with concern that the survey finds …`,
 * or `We further note that …` right after such a paragraph), no sentence of it deciding (`We agree …`, `… and call on …`): context, not a point.
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @param afterFinding whether the paragraph before it only noted a finding
 * @returns whether it only notes a finding
 */
export function notesFinding(text: string, reading: Reading, afterFinding = false): boolean {
  const {finding, findingGoesOn, decidingSentence} = reading.paragraphActs ?? {}
  const flat = normaliseSpace(text.slice(0, 3000))
  if (!(finding?.test(flat) || (afterFinding && findingGoesOn?.test(flat))) || decidesInJoinedVerb(flat, reading)) return false
  return !splitSentences(flat).some((sentence) => decidingSentence?.test(sentence.text))
}

/**
 * Whether a paragraph only asks someone to report on progress (`Ministers asked the secretariat to report
 * to them each year on progress under the Roadmap, using …`, `Request the secretariat to report on
 * progress at each conference.`): a step ahead, outlook. It is one sentence; one with a decision after it is a point.
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @returns whether it asks for reports on progress
 */
export function asksForProgressReports(text: string, reading: Reading): boolean {
  const report = reading.paragraphActs?.progressReport
  if (!report) return false
  const sentences = splitSentences(normaliseSpace(text.slice(0, 2000)))
  return sentences.length === 1 && report.test(sentences[0].text)
}
