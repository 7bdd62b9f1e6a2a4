import type {MeetingDates} from './readout.js'

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '((?:19|20)\\d{2})'
/** Between the two ends of a range: a dash, `to`, `until`, `through` (`thru`, `till`), `and` or an ampersand (`Mon 27 & Tue 28 April`), a comma before any of them (`from Monday 8 June through Wednesday 10 June`, `Monday, June 8, through Wednesday, June 10`). */
const TO = '\\s*(?:,\\s*)?(?:-|–|—|to|until|through|thru|till|and|&)\\s*'
/** Days of a list before its last (`9, 10` in `9, 10 and 11 September`): at most five more, each after a comma (bounded, so linear). */
const MORE_DAYS = '(?:\\s*,\\s*' + '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?' + '\\d{1,2}(?:st|nd|rd|th)?){1,5}'
/** The word before a list's last day: `and` or an ampersand, after a comma or not (`9, 10, and 11`, `9, 10 & 11`). */
const LAST_DAY = '\\s*(?:,\\s*)?(?:and|&)\\s+'
/** A day of the week before a date, in full or cut short as notes and tables write it (`Mon 17`, `Tue. 18`, `Thurs 5`). */
const WEEKDAY = '(?:\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?),?\\s+(?:the\\s+)?)?'

/** A date form: a pattern, and how its groups give day/month/year of start and end (a year of `0` is the known year). */
export interface DateForm {
  pattern: RegExp
  read: (m: RegExpExecArray) => [number, string, number, number, string, number]
  /** Whether a match is no date after all, judged by the text after it (a year in words that a count goes on). */
  rejects?: (m: RegExpExecArray) => boolean
}

/** Small words ending in -s or -x that may follow a date (`… deux mille vingt-six dans la salle`, `… twenty-six was signed`): no plural noun. */
const NOT_PLURAL_NOUNS = new Set(['dans', 'sous', 'sans', 'vers', 'chez', 'puis', 'alors', 'plus', 'après', 'apres', 'depuis', 'lors', 'tous', 'toutes', 'moins', 'parfois', 'toujours', 'ainsi', 'aussi', 'hors', 'très', 'tres', 'aux', 'des', 'les', 'ses', 'nos', 'vos', 'leurs', 'mais', 'was', 'has', 'this', 'thus', 'its', 'across', 'towards', 'always', 'whereas', 'afterwards', 'besides', 'unless', 'perhaps', 'his', 'hers', 'ours', 'yours', 'theirs', 'does', 'is', 'as', 'us'])

/**
 * Whether a year written in words is in truth the start of a count: a number word (`deux mille trois cents élèves`,
 * `two thousand and five hundred farmers`) or a plural noun (`deux mille exploitations`) goes on after it.
 * @param m the date's match; the text after it is read from its input
 * @param numberWords a number word of the language that goes on a count (`hundred`, `cents`), as a pattern
 * @returns whether the year is a count's
 */
export function yearInWordsCounts(m: RegExpExecArray, numberWords: RegExp): boolean {
  const next = /^[\s-]+(\p{L}+)/u.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1]
  if (!next) return false
  if (numberWords.test(next)) return true
  return /^\p{Ll}{2,}[sx]$/u.test(next) && !NOT_PLURAL_NOUNS.has(next)
}
/** English number words that go on a count. */
const ENGLISH_COUNT_WORDS = /^(?:hundreds?|thousands?|millions?|billions?|one|two|three|four|five|six|seven|eight|nine|ten)$/iu

/** A language's dates: its forms with a year and without one, its month names, its locale for display. */
export interface Calendar {
  forms: DateForm[]
  yearlessForms: DateForm[]
  /** The month (0–11) a name or short form stands for, or -1. */
  monthIndex: (name: string) => number
  /** The locale dates are written in (`Intl.DateTimeFormat`), e.g. `en-GB`, `fr-FR`. */
  locale: string
  /** The names of the days of the week, Sunday first, in lower case (`on Tuesday and Wednesday` under a dated release). */
  weekdays?: readonly string[]
}

/** A day, a month (1–12) and a year as a form's reading, the month in figures (`monthIndex` reads it; out of range, no date). */
function numericDate(day: number, month: number, year: number): [number, string, number, number, string, number] {
  return [day, String(month), year, day, String(month), year]
}

/**
 * The month (0–11) a month written in figures stands for (`6` → 5), -1 when it is out of range, `undefined` when the name is no figure.
 * @param name a month as a date form read it
 */
export function monthInFigures(name: string): number | undefined {
  if (!/^\d{1,2}$/.test(name)) return undefined
  return +name >= 1 && +name <= 12 ? +name - 1 : -1
}

/** `24.06.2019`: a date written in figures with dots puts the day first, in English as in French. */
export const DOTTED_DATE: DateForm = {pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d|\d)/, read: (m) => numericDate(+m[1], +m[2], +m[3])}

/** `24/06/2019`: a date in figures with slashes, the day first (French; English reads it only when the order is plain). */
export const SLASHED_DAY_FIRST: DateForm = {pattern: /(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/, read: (m) => numericDate(+m[1], +m[2], +m[3])}

/** A day of the week in either language, in full or cut short, before a date in figures (`Vendredi`, `Fri.`, `ven.`). */
const ANY_WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lun|mar|mer|jeu|ven|sam|dim)\.?)`
/**
 * `Vendredi 27.11.26`, `Fri 27/11/26`, `le 27.11.26`: a date in figures whose year has two digits, read only after a day of the week or `le`
 * (alone, `27.11.26` may be a version or a reference), day first; the century is this one.
 */
export const SHORT_YEAR_DATE: DateForm = {pattern: new RegExp(String.raw`(?<!\p{L})(?:${ANY_WEEKDAY},?\s+(?:the\s+|le\s+)?|le\s+)(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./]*\d)`, 'iu'), read: (m) => numericDate(+m[1], +m[3], 2000 + +m[4])}
/** The same in English: dots put the day first; slashes only when one number cannot be a month (`Fri 11/27/26` is November 27). */
const ENGLISH_SHORT_YEAR_DATE: DateForm = {pattern: SHORT_YEAR_DATE.pattern, read: (m) => (m[2] === '.' || +m[1] > 12 ? numericDate(+m[1], +m[3], 2000 + +m[4]) : +m[3] > 12 ? numericDate(+m[3], +m[1], 2000 + +m[4]) : numericDate(0, 0, 0))}

/** What joins the two ends of a range of dates in figures: a dash (`14.–15.10.2026`, `14-15/10/2026`), or a word of either language (`30.09. to 2.10.2026`, `du 30.09 au 02.10.2026`). */
const FIGURES_TO = String.raw`\s*(?:[–—-]|to|until|through|au|jusqu['’]au)\s*`

/**
 * `14.–15.10.2026`, `14.-15.10.2026`, `14-15.10.2026`: two days of one month in figures with dots, the second day carrying the month
 * and year (the first day's dot, as German and Nordic texts write it, may stand or not); day first, in English as in French.
 */
export const DOTTED_DAYS: DateForm = {pattern: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.?${FIGURES_TO}(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d|\d)`, 'iu'), read: (m) => [+m[1], m[3], +m[4], +m[2], m[3], +m[4]]}
/** `30.09.–02.10.2026`, `30.09.2026 – 02.10.2026`: two dotted dates of a range, the first one's year left out or not. */
export const DOTTED_RANGE: DateForm = {pattern: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.?(?:((?:19|20)\d{2}))?${FIGURES_TO}(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d|\d)`, 'iu'), read: (m) => [+m[1], m[2], +(m[3] ?? m[6]), +m[4], m[5], +m[6]]}
/** `14-15/10/2026`, `14 – 15/10/2026`: two days of one month with slashes, day first (French; English reads it only when a day cannot be a month). */
export const SLASHED_DAYS: DateForm = {pattern: new RegExp(String.raw`(?<![\d./])(\d{1,2})${FIGURES_TO}(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])`, 'iu'), read: (m) => [+m[1], m[3], +m[4], +m[2], m[3], +m[4]]}
/** `30/09 – 02/10/2026`, `du 30/09/2026 au 02/10/2026`: two slashed dates of a range, day first (French). */
export const SLASHED_RANGE: DateForm = {pattern: new RegExp(String.raw`(?<![\d./])(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)\d{2}))?${FIGURES_TO}(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])`, 'iu'), read: (m) => [+m[1], m[2], +(m[3] ?? m[6]), +m[4], m[5], +m[6]]}
/** The ranges in figures English reads: dotted ones always (day first), slashed ones only when the last day cannot be a month. */
const ENGLISH_FIGURE_RANGES: DateForm[] = [
  DOTTED_RANGE,
  DOTTED_DAYS,
  {pattern: SLASHED_RANGE.pattern, read: (m) => (+m[4] > 12 || +m[1] > 12 ? SLASHED_RANGE.read(m) : [0, '0', 0, 0, '0', 0])},
  {pattern: SLASHED_DAYS.pattern, read: (m) => (+m[2] > 12 ? SLASHED_DAYS.read(m) : [0, '0', 0, 0, '0', 0])},
]
/** The ranges in figures French reads (day first). */
export const FIGURE_RANGES: DateForm[] = [DOTTED_RANGE, DOTTED_DAYS, SLASHED_RANGE, SLASHED_DAYS]

/** A day's ordinal in words (`first` … `thirty-first`), as minutes and deeds write a date out in full. */
const DAY_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
const UNIT_ORDINALS = DAY_ORDINALS.slice(0, 9)
const DAY_WORDS = `((?:twenty|thirty)[- ](?:${UNIT_ORDINALS.join('|')})|${DAY_ORDINALS.join('|')}|thirtieth)`
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS: Record<string, number> = {twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90}
/** A year of this century in words (`two thousand and twenty-six`, `two thousand twenty-six`). */
const YEAR_WORDS = `two\\s+thousand(?:\\s+and)?\\s+((?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`

/** The day a day's ordinal in words stands for (`fourteenth` → 14, `twenty-first` → 21). */
function dayOfWords(words: string): number {
  const [first, second] = words.toLowerCase().split(/[- ]/)
  if (second) return (first === 'thirty' ? 30 : 20) + UNIT_ORDINALS.indexOf(second) + 1
  return first === 'thirtieth' ? 30 : DAY_ORDINALS.indexOf(first) + 1
}

/** The year a year of this century in words stands for (`twenty-six` after `two thousand and` → 2026). */
function yearOfWords(words: string): number {
  const [first, second] = words.toLowerCase().split(/[- ]/)
  if (first in TENS) return 2000 + TENS[first] + (second ? UNITS.indexOf(second) + 1 : 0)
  return 2000 + (TEENS.includes(first) ? TEENS.indexOf(first) + 10 : UNITS.indexOf(first) + 1)
}

/** Date forms, most specific first. Each maps its groups to day/month/year of start and end. */
const forms: DateForm[] = [
  // 30 December 2024 – 2 January 2025 (a range across years: each date has its own)
  {pattern: new RegExp(`${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}${TO}${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'i'), read: (m) => [+m[1], m[2], +m[3], +m[4], m[5], +m[6]]},
  // December 30, 2024 – January 2, 2025
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${TO}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i'), read: (m) => [+m[2], m[1], +m[3], +m[5], m[4], +m[6]]},
  // 30 June – 1 July 2019
  {pattern: new RegExp(`${WEEKDAY}${DAY}\\s+${MONTH}${TO}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i'), read: (m) => [+m[1], m[2], +m[5], +m[3], m[4], +m[5]]},
  // 9, 10 and 11 September 2026; Tuesday 9, Wednesday 10 and Thursday 11 September 2026 (a list of days: the first to the last)
  {pattern: new RegExp(`${WEEKDAY}${DAY}${MORE_DAYS}${LAST_DAY}${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'i'), read: (m) => [+m[1], m[3], +m[4], +m[2], m[3], +m[4]]},
  // September 9, 10 and 11, 2026; Sept. 9, 10, and 11, 2026
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}${MORE_DAYS}${LAST_DAY}${DAY},?\\s+${YEAR}`, 'i'), read: (m) => [+m[2], m[1], +m[4], +m[3], m[1], +m[4]]},
  // 24-25 June 2019; from the 20th to the 22nd of January 2026; 14/15 May 2026 (two days parted by a slash, the month in words)
  {pattern: new RegExp(`${WEEKDAY}${DAY}(?:${TO}|/)${WEEKDAY}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'i'), read: (m) => [+m[1], m[3], +m[4], +m[2], m[3], +m[4]]},
  // the fourteenth and fifteenth days of October of the year two thousand and twenty-six (as minutes write a date out in full)
  {pattern: new RegExp(`\\b${DAY_WORDS}(?:${TO}(?:the\\s+)?${DAY_WORDS})?\\s+(?:days?\\s+)?of\\s+${MONTH}(?:,?\\s+of)?(?:,?\\s+(?:in\\s+)?the\\s+year)?,?\\s+${YEAR_WORDS}\\b`, 'i'), read: (m) => [dayOfWords(m[1]), m[3], yearOfWords(m[4]), dayOfWords(m[2] ?? m[1]), m[3], yearOfWords(m[4])], rejects: (m) => yearInWordsCounts(m, ENGLISH_COUNT_WORDS)},
  // 24 June 2019
  {pattern: new RegExp(`${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'i'), read: (m) => [+m[1], m[2], +m[3], +m[1], m[2], +m[3]]},
  // June 30 – July 1, 2019; Monday, September 29 to Wednesday, October 1, 2025
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}${TO}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i'), read: (m) => [+m[2], m[1], +m[5], +m[4], m[3], +m[5]]},
  // June 24-25, 2019
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}${TO}${DAY},?\\s+${YEAR}`, 'i'), read: (m) => [+m[2], m[1], +m[4], +m[3], m[1], +m[4]]},
  // June 24, 2019
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i'), read: (m) => [+m[2], m[1], +m[3], +m[2], m[1], +m[3]]},
  // 14.–15.10.2026, 30.09.–02.10.2026, 14-15/10/2026 (ranges in figures)
  ...ENGLISH_FIGURE_RANGES,
  // 2019-06-24
  {pattern: /((?:19|20)\d{2})-(\d{2})-(\d{2})/, read: (m) => [+m[3], months[+m[2] - 1] ?? '', +m[1], +m[3], months[+m[2] - 1] ?? '', +m[1]]},
  DOTTED_DATE,
  ENGLISH_SHORT_YEAR_DATE,
  // 24/06/2019 or 06/24/2019: English writes both orders, so only a date one of whose numbers cannot be a month is read
  {pattern: SLASHED_DAY_FIRST.pattern, read: (m) => (+m[2] > 12 ? numericDate(+m[2], +m[1], +m[3]) : numericDate(+m[1], +m[1] > 12 ? +m[2] : 0, +m[3]))},
]

/**
 * Date forms without a year ("on Thursday 4 June", "4-5 June", "June 30 – July 1"), read only when
 * the year is known from elsewhere (the title block, or another date near the top). `0` stands for
 * that year.
 */
const yearlessForms: DateForm[] = [
  {pattern: new RegExp(`${WEEKDAY}${DAY}${MORE_DAYS}${LAST_DAY}${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, 'i'), read: (m) => [+m[1], m[3], 0, +m[2], m[3], 0]},
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}${MORE_DAYS}${LAST_DAY}${DAY}\\b(?!,?\\s*\\d)`, 'i'), read: (m) => [+m[2], m[1], 0, +m[3], m[1], 0]},
  {pattern: new RegExp(`${WEEKDAY}${DAY}\\s+${MONTH}${TO}${WEEKDAY}${DAY}\\s+${MONTH}\\b`, 'i'), read: (m) => [+m[1], m[2], 0, +m[3], m[4], 0]},
  {pattern: new RegExp(`${WEEKDAY}${DAY}(?:${TO}|/)${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, 'i'), read: (m) => [+m[1], m[3], 0, +m[2], m[3], 0]},
  {pattern: new RegExp(`${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, 'i'), read: (m) => [+m[1], m[2], 0, +m[1], m[2], 0]},
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}${TO}${WEEKDAY}${MONTH}\\s+${DAY}\\b`, 'i'), read: (m) => [+m[2], m[1], 0, +m[4], m[3], 0]},
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}${TO}${DAY}\\b`, 'i'), read: (m) => [+m[2], m[1], 0, +m[3], m[1], 0]},
  {pattern: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d)`, 'i'), read: (m) => [+m[2], m[1], 0, +m[2], m[1], 0]},
]

/** A date expression found in a text. */
export interface FoundDates {
  dates: MeetingDates
  index: number
  length: number
}

/** A month's name in either language, whole or cut short (`May`, `Sept.`, `mai`, `févr.`), as a scanned date sets it beside its day. */
const ANY_MONTH = String.raw`(?:jan(?:uary|vier)?|feb(?:ruary)?|f[ée]v(?:rier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[ûu]t|sept?(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?)\.?`
/** A day or a year that text recognition wrote with a letter for a digit (`l2`, `I9`, `O3`, `2O26`, `2Ol6`): digits and `l`, `I`, `O` only, one digit at least. */
const SLIPPED = String.raw`(?=[lIO]*\d)(?=\d*[lIO])[\dlIO]{2,4}`
/** Such a number next to a month's name, before it (`l2 May`, `O3 mai`) or after it (`May l2`, `May 12, 2O26`, `12 May 2O26`). */
const OCR_DATE_SLIP = new RegExp(String.raw`(?<![\p{L}\p{N}])${SLIPPED}(?=\s+${ANY_MONTH}(?![\p{L}]))|(?<=(?<![\p{L}])${ANY_MONTH}[ \t\u00A0]{1,3}(?:\d{1,2},?[ \t\u00A0]{1,3})?)${SLIPPED}(?![\p{L}\p{N}])`, 'giu')

/**
 * A text with the digits text recognition misread as letters mended where a date is clearly meant (`NOTTINGHAM, l2 May 2026` → `12 May
 * 2026`, `le O3 mai 2O26`): only a number of digits and `l`, `I`, `O` right beside a month's name, each letter read as the digit it
 * looks like. The text keeps its length, so what is found in it points into the source.
 * @param text a sentence
 */
export function withoutOcrSlips(text: string): string {
  if (!/\d[lIO]|[lIO]\d/u.test(text)) return text
  // (the month's name is read in either case; the slip's letters are only these three capitals and `l`)
  return text.replace(OCR_DATE_SLIP, (slip) => (/^[\dlIO]+$/u.test(slip) ? slip.replace(/[lI]/gu, '1').replace(/O/gu, '0') : slip))
}

/**
 * Find the first meeting date (or date range) in a text.
 * @param text a sentence (with its spaces normalised)
 * @param year the year of dates written without one, when it is known from elsewhere
 * @returns the dates with where they were found, or `undefined`
 */
export function findDates(source: string, year?: number, calendar: Calendar = ENGLISH_CALENDAR): FoundDates | undefined {
  const text = withoutOcrSlips(source)
  let best: FoundDates | undefined
  for (const {pattern, read, rejects} of year ? [...calendar.forms, ...calendar.yearlessForms] : calendar.forms) {
    const match = pattern.exec(text)
    if (!match || (best && best.index <= match.index) || rejects?.(match)) continue
    const [d1, m1, y1, d2, m2, y2] = read(match)
    const month1 = calendar.monthIndex(m1)
    const month2 = calendar.monthIndex(m2)
    // One year written for a range that runs into the next (`30 December – 2 January 2025`): the start is in the year before.
    const startYear = (y1 || year!) - (y1 === y2 && month1 > month2 ? 1 : 0)
    const start = isoDate(startYear, month1, d1)
    const end = isoDate(y2 || year!, month2, d2)
    if (!start || !end || end < start) continue
    best = {dates: {start, end, display: displayDates(start, end, calendar.locale)}, index: match.index, length: match[0].length}
  }
  return best
}

function monthIndex(name: string): number {
  const figures = monthInFigures(name)
  if (figures !== undefined) return figures
  const key = name.toLowerCase().slice(0, 3)
  return months.findIndex((month) => month.startsWith(key))
}

/** English dates: `24-25 June 2019`, `June 30 – July 1, 2022`, `2019-06-24`. */
export const ENGLISH_CALENDAR: Calendar = {forms, yearlessForms, monthIndex, locale: 'en-GB', weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 0 || day < 1) return undefined
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCMonth() !== month) return undefined
  return date.toISOString().slice(0, 10)
}

/**
 * Write a date range as a reader of the language expects, with `Intl.DateTimeFormat`:
 * `24–25 June 2019`, `30 June – 1 July 2019`, `24 June 2019`; `15–16 avril 2021`,
 * `30 novembre – 1er décembre 2022`.
 * @param start ISO start date
 * @param end ISO end date
 * @param locale the locale (`en-GB` by default)
 * @returns the display text
 */
export function displayDates(start: string, end: string, locale = 'en-GB'): string {
  const format = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`)
  const text = start === end ? format.format(date(start)) : format.formatRange(date(start), date(end))
  // One dash between two days (`24–25`), a spaced dash between two dates (`30 June – 1 July`), plain spaces.
  let tidy = text.replace(/^(\d{1,2})\s*[–-]\s*(?=\d{1,2}\s)/, '$1–').replace(/\s+[–-]\s+/g, ' – ').replace(/[\u00A0\u2009\u202F]/g, ' ')
  // French writes the first day of a month as an ordinal: `1er juillet`, `1er–2 juillet`.
  if (/^fr\b/.test(locale)) tidy = tidy.replace(/(^|[\s–])1(?= \p{L}|–\d)/gu, '$11er')
  return tidy
}
