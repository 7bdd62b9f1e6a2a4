import type {Reading} from './language.js'
import {displayDates, findDates} from './parse-dates.js'
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
/**
 * What makes the meeting another than the text's: a next, last, earlier or numbered-before one, or one still to be held (`to be held`, `qui se tiendra`).
 * (The meeting's words are `MEETING_WORD`'s, one list for the three patterns.)
 */
const OTHER_MEETING = new RegExp(String.raw`(?<!\p{L})(?:next|upcoming|forthcoming|following|previous|preceding|prior|earlier|last(?!\s+(?:week|weekend|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter))|derni[èe]re?\s+${MEETING_WORD.source}|pr[ée]c[ée]dente?|prochaine?|ant[ée]rieure|to\s+be|will\s+be|shall\s+be|sera|seront|doit\s+[êe]tre|devant\s+[êe]tre)(?!\p{L})`, 'iu')
/** A sentence about another meeting than the text's: a next, last or earlier one named by one of `MEETING_WORD`'s words (`The next meeting of the … Fund in Windhoek`, `La prochaine réunion du Conseil à …`). */
const ANOTHER_MEETING_NAMED = new RegExp(String.raw`(?<!\p{L})(?:next|upcoming|forthcoming|previous|preceding|prior|earlier|last|prochaine?|pr[ée]c[ée]dente?|derni[èe]re?)\s+(?:[\p{L}'’-]+\s+){0,2}?${MEETING_WORD.source}`, 'iu')
/**
 * The record of a meeting that a sentence approves (`The minutes of the 6th meeting, held on 11th March, 2026, were confirmed`, `Le procès-verbal de la 57e session,
 * tenue à Beaune le 22 mai 2026, est approuvé`, `the record of the spring session … was adopted`): the minutes are a previous meeting's, so its clause of being held is another meeting's.
 * Group 1 is the record's word; the verb of approving is looked for in the rest of the sentence (`APPROVED`).
 */
const MINUTES_OF = /(?<!\p{L})(minutes|record|report|proc[èe]s[- ]verba(?:l|ux)|comptes?[- ]rendus?|relev[ée]s?\s+(?:de\s+)?(?:d[ée]cisions|conclusions))\s+(?:of|de|du|des)(?!\p{L})/iu
/** A verb of approving minutes, in English or French (`were confirmed`, `was adopted`, `approved`, `est approuvé`, `a été adopté`, `validé`). */
const APPROVED = /(?<!\p{L})(?:approved|confirmed|adopted|accepted|signed|agreed|approuv[ée]e?s?|adopt[ée]e?s?|valid[ée]e?s?|approuve|adopte|valide|sign[ée]e?s?)(?!\p{L})/iu

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
      // (`The minutes of the 6th meeting, held on 11th March, were confirmed`: a record approved is a previous meeting's)
      const clauseEnd = text.slice(held.index).search(/[.;!?](?:\s|$)/u)
      const minutes = MINUTES_OF.exec(sentence)
      if (minutes && APPROVED.test(sentence.slice(minutes.index) + text.slice(held.index, clauseEnd === -1 ? undefined : held.index + clauseEnd))) continue
      const clause = text.slice(held.index + held[0].length, held.index + held[0].length + CLAUSE_CHARS).split(/[.;!?](?:\s|$)/u)[0]
      const dates = findDates(clause, year, reading.calendar)?.dates
      const place = placeAfter(clause.replace(/^,\s*/u, ' '))
      if (dates || place) return {place, dates}
    }
  }
  return undefined
}

/**
 * A verb that says when the meeting's work began, before its date (`a week of negotiations that began on Monday 2 November 2026`, `talks which opened on
 * 3 March`, `the session, which started on the 2nd`, `la session, ouverte le lundi 2 novembre`, `des travaux entamés le 3 mars`, `commencée le …`).
 */
const BEGAN = /(?<!\p{L})(?:began|begun|started|opened|commenced|got\s+under\s+way|ouverte?s?|entam[ée]e?s?|commenc[ée]e?s?|d[ée]but[ée]e?s?|lanc[ée]e?s?|since|depuis)(?:\s+(?:on|le|the))*\s+(?=\S)/giu
/** What began is the meeting's own work: a word of a meeting, its days or its talks, in the words just before the verb. */
const MEETING_WORK = new RegExp(String.raw`${MEETING_WORD.source}|(?<!\p{L})(?:negotiations|talks|deliberations|week|days|discussions|travaux|n[ée]gociations|semaine|journ[ée]es|discussions|d[ée]bats|pourparlers)(?!\p{L})`, 'iu')
/** The day before, right after a verb of beginning: `yesterday`, `the day before`, `the previous day`, `la veille`, `hier`. */
const YESTERDAY_WORD = /^(?:yesterday|(?:the\s+)?(?:day\s+before|previous\s+day)|la\s+veille|hier)(?!\p{L})/iu
/** A verb of opening a meeting, the meeting, then `yesterday` (`opened this conference yesterday`), or `hier` before it (`ouvert hier cette session`). */
const OPENED_YESTERDAY = new RegExp(String.raw`(?<!\p{L})(?:(?:opened|began|started)\s+(?:this|the|our|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${MEETING_WORD.source})\s+yesterday|(?:ouvert|entam[ée]|commenc[ée])e?s?\s+hier\s+(?:ce|cette|cet|notre|nos|la|le|les|l['’])\s*(?:[\p{L}-]+\s+){0,2}?(?:${MEETING_WORD.source}))(?!\p{L})`, 'iu')
/** How many days before the page's date a meeting's first day may be. */
const BEGAN_REACH_DAYS = 14

/**
 * The meeting's days when a sentence says its work began on a date (`… closed in Punta Arenas this afternoon, at the end of a week of negotiations that began
 * on Monday 2 November 2026`, `… a clôturé ce vendredi ses travaux, ouverts le lundi 2 novembre`) and the text is dated on its last day: from that date
 * to the text's. A date after the text's, or more than two weeks before it, is no such day; a meeting that is another (`next`, `previous`) is left.
 * @param texts the first paragraphs of text
 * @param dates the dates read so far (the page's, one day)
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the meeting's dates, or `undefined` when no sentence says when it began
 */
export function daysSinceBegan(texts: string[], dates: MeetingDates, year: number | undefined, reading: Reading): MeetingDates | undefined {
  if (dates.start !== dates.end) return undefined
  const dayBefore = () => {
    const start = new Date(Date.parse(`${dates.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    return {start, end: dates.end, display: displayDates(start, dates.end, reading.calendar.locale)}
  }
  for (const raw of texts) {
    const text = normaliseSpace(raw).slice(0, 2000)
    // `When we opened this conference yesterday morning, …`, `Nous avons ouvert hier cette session …`: the meeting began the day before the text's date.
    const opened = OPENED_YESTERDAY.exec(text)
    if (opened && !OTHER_MEETING.test(opened[0]) && !namesAnotherMeeting(opened[0])) return dayBefore()
    BEGAN.lastIndex = 0
    for (const began of text.matchAll(BEGAN)) {
      const sentence = text.slice(Math.max(0, began.index - NOUN_REACH), began.index).split(/[.;!?](?:\s|$)/u).at(-1) ?? ''
      if (!MEETING_WORK.test(sentence.slice(-80)) || OTHER_MEETING.test(sentence) || namesAnotherMeeting(sentence)) continue
      const after = text.slice(began.index + began[0].length, began.index + began[0].length + 80)
      // (`sa deuxième réunion, ouverte la veille`, `the session, which opened the day before`: the day before the text's date)
      if (YESTERDAY_WORD.test(after)) return dayBefore()
      const found = findDates(after, year ?? Number(dates.start.slice(0, 4)), reading.calendar)
      if (found?.index !== 0 || found.dates.start >= dates.start) continue
      const days = (Date.parse(dates.start) - Date.parse(found.dates.start)) / 86_400_000
      if (days > BEGAN_REACH_DAYS) continue
      return {start: found.dates.start, end: dates.end, display: displayDates(found.dates.start, dates.end, reading.calendar.locale)}
    }
  }
  return undefined
}
