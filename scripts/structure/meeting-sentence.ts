import type {Reading} from './language.js'
import {findDates} from './parse-dates.js'
import type {MeetingDates} from './readout.js'
import {dayBefore, daysBefore, VENUE, weekdaysIn} from './recognise-dateline.js'
import {normaliseSpace, splitSentences} from './text.js'

/** How many characters of each paragraph near the top a meeting's sentence is looked for in. */
const SENTENCE_SEARCH_CHARS = 1500

/** A meeting named in common words (`the fifth meeting of`, `our winter meeting`, `la réunion annuelle de`, `l'assemblée`). */
const MEETING_WORD = /(?<!\p{L})(?:meeting|session|sitting|summit|conference|assembly|congress|plenary|gathering|r[ée]union|s[ée]ance|sommet|conf[ée]rence|assembl[ée]e|congr[èe]s|rencontre)(?!\p{L})/iu

/** A sentence that speaks of another meeting than the one the text reports: one ahead, an earlier one, or its minutes. */
const OTHER_MEETING = /(?<!\p{L})(?:will|shall|next|previous|prochaine?s?|pr[ée]c[ée]dente?s?|derni[èe]re\s+(?:r[ée]union|s[ée]ance|session)|minutes|proc[èe]s-verbal|compte\s+rendu|se\s+r[ée]unira|se\s+r[ée]uniront|aura\s+lieu|would|last\s+(?:year|month)|ago)(?!\p{L})/iu

/** The words before a date that make it the day a meeting began (`that began on Monday 2 November`, `ouverte le lundi 2 novembre`). */
const BEGAN_ON = /(?<!\p{L})(?:began|begun|opened|started|since|depuis|commenc[ée]e?s?|ouverte?s?)(?:\s+(?:on|le|the))?(?:\s+\p{L}+)?\s*$/iu

/** A day named relative to the text's own date (`yesterday`, `hier`). */
const YESTERDAY_WORD = /(?<!\p{L})(?:yesterday|hier)(?!\p{L})/iu

/** A weekday named alone, no date after it (`on Monday`, `last Tuesday and Wednesday`, `lundi dernier`). */
const WEEKDAY_WORD = /(?<!\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L})(?![\s,]{1,3}(?:the\s+)?\d)/iu

/** A town after `in`, `at` or `à` (bounded, so linear): group 1 the town. */
const IN_TOWN = /(?<!\p{L})(?:in|at|[àa])\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -](?:(?:la|le|de|du|sur|en|upon)[ -])?\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?![\p{L}\p{M}'’-])/gu

/**
 * A building named after its town (`the Robinvale Community Hall`, `the Choiseul Arts and Craft Centre`): group 1 the name's first word,
 * then up to four more words of the name before the building's word (bounded, so linear).
 */
const TOWN_NAMED_VENUE = /(?<!\p{L})the\s+(\p{Lu}[\p{L}\p{M}'’-]*)((?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|and|&)){1,4})(?![\p{L}\p{M}'’-])/gu

/** French: a building, then the town it is named after (`la salle des fêtes de Plouha`, `au centre culturel de Choiseul`): group 1 the town. */
const VENUE_OF_TOWN = /(?<!\p{L})(?:salle|maison|centre|espace|halle|foyer|palais)(?:\s+\p{Ll}[\p{L}'’-]*){0,3}\s+(?:de\s+|d['’])(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}'’-])/gu

/** The months and weekdays in both languages: after `in`, no town. */
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Janvier|F[ée]vrier|Mars|Avril|Mai|Juin|Juillet|Ao[ûu]t|Septembre|Octobre|Novembre|D[ée]cembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)$/u

/**
 * Whether the text names a word as a town elsewhere, alone after `in`, `at`, `of`, `à` or `de` (`the mayor of Choiseul`, `a shed at Robinvale`).
 * @param word the word
 * @param text the whole text
 */
function namedAsTown(word: string, text: string): boolean {
  let from = 0
  for (;;) {
    const at = text.indexOf(word, from)
    if (at === -1) return false
    from = at + word.length
    const before = text.slice(Math.max(0, at - 4), at)
    const after = text.slice(from, from + 2)
    if (/(?:\sin|\sat|\sof|\s[àa]|\sde)\s$/u.test(before) && !/^[\p{L}\p{M}'’-]|^\s\p{Lu}/u.test(after)) return true
  }
}

/**
 * The town a meeting's sentence names: after `in`, `at`, `à` (`hier, à Brest, j'ai présidé la réunion`), else the town a building there is named after
 * (`filled the Robinvale Community Hall`), when the text names that word as a town elsewhere too.
 * @param sentence the sentence
 * @param text the whole text
 * @returns the town, or `undefined`
 */
function townOfSentence(sentence: string, text: string): string | undefined {
  for (const found of sentence.matchAll(IN_TOWN)) {
    if (MONTH_OR_DAY.test(found[1]) || VENUE.test(found[1])) continue
    // (`at the …`, `à la …` are buildings; a town is named bare)
    if (/^(?:The|La|Le|Les|L['’])$/u.test(found[1])) continue
    // (a name that runs on in capitals after it is a body's or a building's: `in Murray Valley Walnut …`)
    if (/^\s+\p{Lu}/u.test(sentence.slice(found.index + found[0].length, found.index + found[0].length + 3))) continue
    return found[1]
  }
  for (const found of [...sentence.matchAll(TOWN_NAMED_VENUE), ...sentence.matchAll(VENUE_OF_TOWN)]) {
    const named = found[2] === undefined ? true : VENUE.test(found[2].trim().split(/\s+/u).at(-1)!)
    if (named && namedAsTown(found[1], text)) return found[1]
  }
  return undefined
}

/**
 * The days and the place a sentence near the top gives the meeting it names in common words, when no sentence there says who met
 * (`Thank you all for making the journey to Gaborone on 27 and 28 October for the fifth meeting of the Forum` under a letter's
 * `4 November 2026`; `Growers … filled the Robinvale Community Hall on Monday for the winter meeting of the Council` under
 * `Posted Thursday 11 June 2026`; `Madame la sénatrice, hier, à Brest, j'ai présidé la réunion annuelle de la Commission` in the record
 * of a sitting of 18 November). Its dates are its own when it writes them (on or before the text's date: a letter, a record or a page
 * dates itself after the meeting it reports); days named relatively (`on Monday`, `last Tuesday and Wednesday`, `yesterday`, `hier`)
 * are counted back from the date of the document that says them.
 * @param texts the paragraphs near the top, in order
 * @param own the text's own date (its title block's, its sitting's, its page's or its issue's)
 * @param dateline whether the title block names a place with that date (then it is the meeting's own dateline)
 * @param year the year of dates written without one, if known
 * @param reading the source's language
 * @param whole the whole text (where a building's first word is checked as a town)
 * @returns the meeting's dates and town, each when the sentence gives it, or `undefined`
 */
export function meetingSentence(texts: string[], own: MeetingDates | undefined, dateline: boolean, year: number | undefined, reading: Reading, whole: string): {dates?: MeetingDates; place?: string} | undefined {
  for (const raw of texts) {
    const text = normaliseSpace(raw).slice(0, SENTENCE_SEARCH_CHARS)
    for (const {text: sentence} of splitSentences(text)) {
      if (!MEETING_WORD.test(sentence) || OTHER_MEETING.test(sentence) || reading.nextMeeting.test(sentence)) continue
      let dates: MeetingDates | undefined
      const yearOf = year ?? (own ? Number(own.start.slice(0, 4)) : undefined)
      // (`Issued …, Maseru, 9 March 2026, following the session held on 8 March 2026.`: a date after the meeting's word is the meeting's, one before it the issue's)
      const from = MEETING_WORD.exec(sentence)!.index
      const after = findDates(sentence.slice(from), yearOf, reading.calendar)
      const written = after ? {...after, index: after.index + from} : findDates(sentence, yearOf, reading.calendar)
      if (written && /\d/u.test(sentence.slice(written.index, written.index + written.length)) && /\D\d{1,2}\D|^\d{1,2}\D/u.test(` ${sentence.slice(written.index, written.index + written.length)} `)) {
        // (`… a week of negotiations that began on Monday 2 November`: the day it began, not its days; after the text's own date, another meeting)
        if ((own && written.dates.end > own.end) || BEGAN_ON.test(sentence.slice(Math.max(0, written.index - 60), written.index))) continue
        dates = written.dates
      }
      // (`Alpine Tunnel Safety Conference` / `Bern` / `Thursday 16 October 2025` over `When we opened this conference yesterday`: a title block
      // that names a place and a date is the meeting's own dateline, and days named relatively are not counted back from it)
      else if (!own || dateline) continue
      else if (YESTERDAY_WORD.test(sentence)) dates = dayBefore(own, reading)
      else {
        const weekday = WEEKDAY_WORD.exec(sentence)
        const days = weekday ? weekdaysIn(sentence.slice(weekday.index), reading.calendar) : undefined
        if (days) dates = daysBefore(own, days, reading.calendar)
      }
      if (!dates) continue
      return {dates, place: townOfSentence(sentence, whole)}
    }
  }
  return undefined
}
