/**
 * A statement written as one paragraph (a leaders' statement: `We, the leaders of …, affirm … . We agree
 * to … . We will … . We commit to … . We ask our ministers to report … when we next meet …`): each sentence
 * in which the speakers decide in the first person is a point of its own, the sentences before the first
 * one are context, and those after it about the next meeting are outlook.
 */
import type {Reading} from './language.js'
import {normaliseSpace, splitSentences} from './text.js'

/** Fewest sentences deciding in the first person that make a paragraph a statement of points, not one point. */
const FEWEST_DECISIONS = 3

/** A paragraph read as a statement's points, with what stays context before them and what goes to the outlook. */
export interface StatementParts {
  /** The sentences before the first decision (who speaks, what they believe, where things stand). */
  lead: string
  /** Each decision with the sentences after it that do not decide (`… . This will cost …`). */
  points: string[]
  /** The sentences after the first decision that are about the next meeting. */
  ahead: string
}

/**
 * Cut a one-paragraph statement into its points, when it holds at least three sentences that decide in the
 * first person (`We agree …`, `We will …`, `We commit …`).
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @param looksAhead whether a sentence is about the next meeting
 * @returns its parts, or `undefined` when it is not such a statement
 */
export function statementParts(text: string, reading: Reading, looksAhead: (sentence: string) => boolean): StatementParts | undefined {
  const decides = reading.firstPersonDecision
  if (!decides) return undefined
  const sentences = splitSentences(normaliseSpace(text)).map((sentence) => sentence.text)
  if (sentences.filter((sentence) => decides.test(sentence)).length < FEWEST_DECISIONS) return undefined
  const lead: string[] = []
  const points: string[][] = []
  const ahead: string[] = []
  for (const sentence of sentences) {
    if (points.length > 0 && looksAhead(sentence)) ahead.push(sentence)
    else if (decides.test(sentence)) points.push([sentence])
    else if (points.length === 0) lead.push(sentence)
    else points.at(-1)!.push(sentence)
  }
  return {lead: lead.join(' '), points: points.map((point) => point.join(' ')), ahead: ahead.join(' ')}
}
