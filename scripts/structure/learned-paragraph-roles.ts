/**
 * The paragraph-role model's guesses on a text's paragraphs (`paragraph-role-model.ts`, weights in
 * `paragraph-role-weights.json`), stored on each paragraph as `learnedRole`. The reader asks for them
 * only where its rules have nothing to go on: the paragraphs no rule placed, once the points are read
 * (`extract-pillars.ts`: a sure decision is a point, unless a context rule names the paragraph;
 * `collect-paragraphs.ts`: a sure step ahead joins the outlook; it never takes a paragraph out of it).
 */
import type {Paragraph} from 'mdast'
import {guessRoles, type Role, type RoleWeights} from './paragraph-role-model.js'
import {textOf} from './state.js'
import {normaliseSpace} from './text.js'
import WEIGHTS from './paragraph-role-weights.json' with {type: 'json'}

declare module 'mdast' {
  interface ParagraphData {
    /** The role the paragraph-role model gives it, with the model's probability (set only where the reader asked). */
    learnedRole?: {role: Role; probability: number}
    /** Set where a rule placed the paragraph in the outlook only by where it stands (under an outlook heading, no word of its own looking ahead): the model may undo it. */
    outlookByPosition?: boolean
  }
}

/** The probability above which the model's guess decides a paragraph no rule placed (chosen by `fit-roles loro`, see docs/reading.md). roleclf5 tried 0.6 with a tally of money and a look back guarded (`talliesOrLooksBack`); four older rule tests then failed (a negated decision, one member's own plan, an aside under emoji bullets, a paragraph that only names the next meeting). roles42 guards those four causes (`learned-guards.ts`) and sets 0.6: +12 development bodies, no extra point, the check set unchanged. */
export const LEARNED_SURE = 0.6

// (weights and threshold set for a measure, `fit-roles loro`: every later read uses them instead of the committed ones)
let measured: RoleWeights | undefined
let measuredSure: number | undefined

/**
 * Read with other weights (and threshold) than the committed ones, for a measure (`fit-roles loro` reads each round with weights fitted without it).
 * @param weights the weights every later read uses, or undefined for the committed ones again
 * @param sure the threshold every later read uses, or undefined for `LEARNED_SURE`
 */
export function useRoleWeights(weights: RoleWeights | undefined, sure?: number): void {
  measured = weights
  measuredSure = sure
}

/** The probability above which the model's guess decides a paragraph: `LEARNED_SURE`, unless a measure set another. */
export function learnedSure(): number {
  return measuredSure ?? LEARNED_SURE
}

/**
 * Guess the role of each paragraph of a text that is not its title block or dateline, and store it on the paragraph.
 * @param paragraphs the text's paragraphs in order
 * @param weights the model's weights (the committed ones unless given)
 * @returns the paragraphs guessed, each with its guess
 */
export function guessParagraphRoles(paragraphs: Paragraph[], weights: RoleWeights = measured ?? (WEIGHTS as RoleWeights)): Map<Paragraph, {role: Role; probability: number}> {
  const read = paragraphs.filter((paragraph) => paragraph.data?.role !== 'header' && paragraph.data?.role !== 'dateline')
  const guesses = guessRoles(read.map((paragraph) => ({text: normaliseSpace(textOf(paragraph)), marker: paragraph.data?.bullet?.marker})), weights)
  const found = new Map<Paragraph, {role: Role; probability: number}>()
  read.forEach((paragraph, index) => {
    paragraph.data = {...paragraph.data, learnedRole: guesses[index]}
    found.set(paragraph, guesses[index])
  })
  return found
}
