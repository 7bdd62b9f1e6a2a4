import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {isQuotationOnly, looksAhead, standsAt, withoutReference} from './extract-pillars.js'
import {learnedSure} from './learned-paragraph-roles.js'
import {holdsBackLearnedOutlook} from './learned-guards.js'
import {leftUndecided} from './no-decision.js'
import {withoutDecisionsOwnFuture} from './own-future.js'
import {withoutFurniture} from './paragraph-furniture.js'
import {readingOf} from './language.js'
import {normaliseSpace, splitSentences} from './text.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'

/**
 * Keep every paragraph that is not the title block, the dateline, a heading or a point, in source
 * order. A paragraph whose place a recogniser decided keeps it; of the others, one with a sentence
 * about the next meeting (not a decision that only names it) is outlook, and so is one after the
 * points that looks ahead (“will”, “must”, a target year) and is not only a quotation nor a costing
 * (its first sentence says what something costs) nor where things stand (its first sentence opens on the
 * level a figure reached, and only a target year looks ahead); the rest is context. Nothing in the source is lost but a lead-in whose list became the points.
 */
const collectParagraphs: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const reading = readingOf(file)
    const {forwardLooking: FORWARD_LOOKING, reported: REPORTED} = reading
    // A sentence about the next meeting, not one that decides something else and only names it
    // (`… asked that the Compact be extended to school latrines at the next meeting`).
    const isNextMeeting = (text: string) => splitSentences(text.slice(0, 2000)).some((sentence) => looksAhead(sentence.text, reading))
    const costs = (text: string) => Boolean(reading.costing?.test(splitSentences(text.slice(0, 600))[0]?.text ?? ''))
    // (`Trade reached $310 million in 2025, and the Alliance aims for $1 billion by 2035`: where things stand, and a standing aim)
    let seenPillar = false
    const paragraphs = paragraphsOf(tree)
    for (const [index, paragraph] of paragraphs.entries()) {
      const role = paragraph.data?.role
      if (role === 'pillar' || role === 'point') seenPillar = true
      const text = normaliseSpace(textOf(paragraph))
      const split = paragraph.data?.split
      // A lead-in before the points (`The Group agreed on the following:` over the list read as points) has said all it says: the points follow it under Roadmap.
      if (!seenPillar && role !== 'outlook' && !split && /[:：]$/u.test(text) && paragraphs[index + 1]?.data?.role === 'point') continue
      // (a one-paragraph statement's sentences before its points stay context, in place)
      if (paragraph.data?.lead) readout.context.push(paragraph.data.lead)
      // (the outlook as an editor quotes it, without its speaker's prefix or its number: see `paragraph-furniture.ts`)
      if (role === 'context') readout.context.push(split ? split.kept : text)
      if (role === 'outlook') readout.outlook.push(withoutFurniture(text, reading))
      // A point's or a context paragraph's last sentences about the next meeting: outlook, in place.
      if (split && role !== 'outlook') readout.outlook.push(withoutFurniture(split.ahead, reading))
      if (role) continue
      // What someone said (`“… we will …,” said the Chair`) is no step ahead: an editor leaves it in the context.
      // `Next meeting` on a line of its own between numbered paragraphs names a section: it is no step ahead.
      // What one member said of its own plan (`Canada confirmed that it will spend …`) is that member's, no step ahead.
      // A lead-in that announces the table or list under it (`The branches will divide the budget as follows:`) says nothing ahead of its own, whatever its tense.
      // A costing (`The Programme is estimated at €1.2 billion. … member states will cover 30%.`) is context: its `will` only says who pays.
      // Findings set down to the figures put before the meeting (`Selon les chiffres présentés aux ministres, … pourrait doubler d'ici 2040`) are context: a trend projected is no step ahead.
      // (the paragraph-role model's guess, when it is sure, adds to the outlook a paragraph the verb lists leave in the
      // context, see `LEARNED_SURE`; it never takes one out: the seed's `The commitment shown by our 80 Coalition partners
      // … will …` stays the outlook, and findings set down to the figures stay context whatever it guesses)
      // What the meeting could not agree on, and how things stay (`…, and each yard will continue to set its own prices`), is no step
      // ahead; nor is a decision's own future (`These rules apply from today and will be checked henceforth`, `porteront désormais`;
      // see `own-future.ts`). Both are read on the paragraph without its furniture (roles44).
      const bare = withoutFurniture(text, reading)
      const undecided = leftUndecided(bare, reading)
      const future = withoutDecisionsOwnFuture(bare, reading)
      const learned = paragraph.data?.learnedRole
      const sure = !undecided && learned && learned.probability >= learnedSure() && learned.role === 'outlook' && !reading.findings?.test(text) && !reading.lookBack?.test(text.slice(0, 600)) && !holdsBackLearnedOutlook(text, reading)
      // (a line that only names a section is no step ahead, whatever the model guesses: `Date and place of the next meeting (MLG 14/8)`; roles45)
      const ahead = !isSectionName(text) && (sure || isNextMeeting(text) || (seenPillar && !undecided && !announcesWhatFollows(text) && FORWARD_LOOKING.test(reading.ownPlan ? future.replace(reading.ownPlan, ' ') : future) && !REPORTED.test(text) && !isQuotationOnly(text) && !costs(text) && !standsAt(text, reading) && !reading.findings?.test(text)))
      if (ahead) readout.outlook.push(bare)
      else readout.context.push(text)
    }
  }
}
export default collectParagraphs

/** Words of a lead-in that announce what stands under it (`as follows`, `the following`, `comme suit`, `ci-après`, `les … suivantes`). */
const ANNOUNCES_WHAT_FOLLOWS = /\b(?:the\s+following|as\s+follows|as\s+shown\s+below|as\s+set\s+out\s+below)\b|(?<!\p{L})(?:suivant(?:e|es|s)|ci-apr[èe]s|comme\s+suit)(?!\p{L})/iu

/** Whether a paragraph is a lead-in that ends on its colon and announces what stands under it. */
function announcesWhatFollows(text: string): boolean {
  return /[:：]$/u.test(text) && ANNOUNCES_WHAT_FOLLOWS.test(text.slice(-200))
}

/** Whether a line only names a section (`Next meeting`, `Date and venue of the next session`): a few words, no number, no sentence's end. */
function isSectionName(text: string): boolean {
  // (its document reference set aside: `Date and place of the next meeting (MLG 14/8)`; roles45)
  const name = withoutReference(text)
  return name.split(' ').length <= 8 && !/\d/.test(name) && !/[.!?;,…"”»]$/.test(name)
}
