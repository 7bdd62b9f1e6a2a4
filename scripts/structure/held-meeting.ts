import type {Reading} from './language.js'
import {findDates} from './parse-dates.js'
import type {MeetingDates} from './readout.js'
import {normaliseSpace} from './text.js'

/**
 * A participle that says where and when a meeting named just before it was held, set after the meeting's name
 * (`… annual meeting of the Commission …, held in Hobart, Australia, from 19 to 30 October 2026`, `… at its general meeting
 * convened at the Corn Exchange, Dorchester, on …`, `… la septième session de la Commission mixte …, tenue à Kribi les 9 et 10 juin 2026`).
 */
const HELD_PARTICIPLE = /(?<!\p{L})(?:held|convened|hosted|organi[sz]ed|(?:qui\s+s['’]est\s+)?tenue?s?|r[ée]unie?s?|organis[ée]e?s?)(?=[\s,]+(?:on|in|at|from|between|[àa]|au|aux|le|les|du|en|ce|cette|this|last)\s)/giu
/** A meeting's word, as the participle's noun (`meeting`, `session`, `assemblée`, …). */
const MEETING_WORD = /(?<!\p{L})(?:meeting|session|summit|conference|assembly|forum|congress|plenary|workshop|gathering|convening|r[ée]union|s[ée]ance|sommet|conf[ée]rence|assembl[ée]e|congr[èe]s|rencontre|assises)(?!\p{L})/giu
/** What makes the meeting another than the text's: a next, last, earlier or numbered-before one, or one still to be held (`to be held`, `qui se tiendra`). */
const OTHER_MEETING = /(?<!\p{L})(?:next|upcoming|forthcoming|following|previous|preceding|prior|earlier|last(?!\s+(?:week|weekend|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter))|derni[èe]re?\s+(?:r[ée]union|s[ée]ance|session|assembl[ée]e)|pr[ée]c[ée]dente?|prochaine?|ant[ée]rieure|to\s+be|will\s+be|shall\s+be|sera|seront|doit\s+[êe]tre|devant\s+[êe]tre)(?!\p{L})/iu
/** A sentence about another meeting than the text's: a next, last or earlier one named by its word (`The next meeting of the … Fund in Windhoek`, `La prochaine réunion du Conseil à …`). */
const ANOTHER_MEETING_NAMED = /(?<!\p{L})(?:next|upcoming|forthcoming|previous|preceding|prior|earlier|last|prochaine?|pr[ée]c[ée]dente?|derni[èe]re?)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:meeting|session|summit|conference|assembly|forum|congress|plenary|r[ée]union|s[ée]ance|sommet|conf[ée]rence|assembl[ée]e|congr[èe]s|rencontre)(?!\p{L})/iu

/**
 * Whether a sentence is about another meeting than the text's, named by its word after `next`, `last`, `prochaine` … .
 * @param sentence a sentence of the text
 * @returns whether it names such a meeting
 */
export function namesAnotherMeeting(sentence: string): boolean {
  return ANOTHER_MEETING_NAMED.test(sentence.slice(0, 600))
}
/** How far before the participle its meeting's word may stand (the body's name comes between). */
const NOUN_REACH = 180
/** How much of the text after the participle is read for the place and the dates. */
const CLAUSE_CHARS = 220

/** The place and the dates of the meeting a text's participle clause names, each when the clause gives it. */
export interface HeldMeeting {
  place?: string
  dates?: MeetingDates
}

/**
 * The place and dates a sentence gives the meeting it names with a participle after it (`the 45th annual meeting of the Commission …,
 * held in Hobart, Australia, from 19 to 30 October 2026`, `… meeting held at the Agricultural Training Centre, Embu, on the 13th and 14th May, 2026`,
 * `… tenue à Kribi les 9 et 10 juin 2026`): the meeting's own, where a statement, a gazette or a note verbale is dated days later.
 * A meeting that is next, earlier or still to be held is another one.
 * @param texts the first paragraphs of text
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @param placeAfter how the dateline reads a place after its verb (a venue gives the city named after it)
 * @returns the first such clause's place and dates, or `undefined` when no paragraph has one that gives either
 */
export function heldMeeting(texts: string[], year: number | undefined, reading: Reading, placeAfter: (after: string) => string | undefined): HeldMeeting | undefined {
  for (const raw of texts) {
    const text = normaliseSpace(raw).slice(0, 2000)
    HELD_PARTICIPLE.lastIndex = 0
    for (const held of text.matchAll(HELD_PARTICIPLE)) {
      const before = text.slice(Math.max(0, held.index - NOUN_REACH), held.index)
      // (the meeting's word in the same sentence, the last one before the participle)
      const sentence = before.split(/[.;!?](?:\s|$)/u).at(-1) ?? ''
      const nouns = [...sentence.matchAll(MEETING_WORD)]
      const noun = nouns.at(-1)
      if (!noun) continue
      if (OTHER_MEETING.test(sentence.slice(Math.max(0, noun.index - 40)))) continue
      const clause = text.slice(held.index + held[0].length, held.index + held[0].length + CLAUSE_CHARS).split(/[.;!?](?:\s|$)/u)[0]
      const dates = findDates(clause, year, reading.calendar)?.dates
      const place = placeAfter(clause.replace(/^,\s*/u, ' '))
      if (dates || place) return {place, dates}
    }
  }
  return undefined
}
