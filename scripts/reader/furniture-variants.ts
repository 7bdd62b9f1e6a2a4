/**
 * The same readout in other clothes: what a published text wraps around its content and a person
 * reads past without noticing. The meeting's date written another way (`3 June 2025`, `June 3,
 * 2025`, `Tuesday, 3 June 2025`, `03.06.2025`, `3 and 4 June`, `du 3 au 4 juin`), a page's furniture
 * added (a masthead, `For immediate release`, `Page 1 of 2`, `ENDS`, a media contact, an `About the …`
 * paragraph, `Share this page`, a classification line, a distribution list), the header rearranged
 * (title and dateline swapped, a `Subject:` line, an e-mail's greeting and sign-off) and sections a
 * person reads the same (numbered paragraphs as `•` items, a heading over the points, `Background`
 * over the context). None changes an expected field, so each should leave what the reader
 * understands as it was (`npm run eval -- --furniture`, measured as `--invariance` measures a
 * paste's changes, `invariance.ts`). A change applies only where it can: a text without a dateline
 * has none to swap, and is left as it is.
 */

import {DECIMAL_PARAGRAPH, isFrench, isItem, NUMBER_ITEM, type PasteVariant} from './paste-variants.js'

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const FRENCH_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']

const EN_MONTH = `(${ENGLISH_MONTHS.join('|')})`
const FR_MONTH = `(${FRENCH_MONTHS.join('|')}|fevrier|aout|decembre)`
const YEAR = '((?:19|20)\\d{2})'
const DAY = '(\\d{1,2})'

/** A date as the text writes it: where it stands, its day (and last day, for a range), month (0–11) and year if written. */
interface WrittenDate {
  at: number
  length: number
  day: number
  lastDay: number
  month: number
  year?: number
  /** French only: the word before the date that belongs to its form (`les`, `du`), rewritten with it; '' for none. */
  article: string
}

/** The forms of a date the measure rewrites, English and French, ranges first; each match read into a date. */
const ENGLISH_FORMS: Array<{pattern: RegExp; read: (m: RegExpExecArray) => [number, number, string, string | undefined]}> = [
  // 3–4 June 2025, 3 and 4 June 2025
  {pattern: new RegExp(`(?<![\\d\\p{L}])${DAY}\\s*(?:[–-]|and)\\s*${DAY} ${EN_MONTH}(?:,? ${YEAR})?(?![\\d\\p{L}])`, 'u'), read: (m) => [+m[1], +m[2], m[3], m[4]]},
  // June 3–4, 2025
  {pattern: new RegExp(`(?<![\\d\\p{L}])${EN_MONTH} ${DAY}\\s*[–-]\\s*${DAY}(?:,? ${YEAR})?(?![\\d\\p{L}])`, 'u'), read: (m) => [+m[2], +m[3], m[1], m[4]]},
  // 3 June 2025, 3rd June 2025
  {pattern: new RegExp(`(?<![\\d\\p{L}])${DAY}(?:st|nd|rd|th)? ${EN_MONTH}(?:,? ${YEAR})?(?![\\d\\p{L}])`, 'u'), read: (m) => [+m[1], +m[1], m[2], m[3]]},
  // June 3, 2025
  {pattern: new RegExp(`(?<![\\d\\p{L}])${EN_MONTH} ${DAY}(?:st|nd|rd|th)?(?:,? ${YEAR})?(?![\\d\\p{L}])`, 'u'), read: (m) => [+m[2], +m[2], m[1], m[3]]},
]
const FRENCH_FORMS: Array<{pattern: RegExp; read: (m: RegExpExecArray) => [number, number, string, string | undefined]}> = [
  // les 3 et 4 juin 2025, du 3 au 4 juin 2025, 3-4 juin 2025
  {pattern: new RegExp(`(?<![\\d\\p{L}])(?:(?:les|du) )?${DAY}(?:er)?\\s*(?:[–-]|et|au)\\s*${DAY} ${FR_MONTH}(?: ${YEAR})?(?![\\d\\p{L}])`, 'iu'), read: (m) => [+m[1], +m[2], m[3], m[4]]},
  // 3 juin 2025, 1er juin 2025
  {pattern: new RegExp(`(?<![\\d\\p{L}])${DAY}(?:er)? ${FR_MONTH}(?: ${YEAR})?(?![\\d\\p{L}])`, 'iu'), read: (m) => [+m[1], +m[1], m[2], m[3]]},
]

const monthOf = (name: string) => {
  const key = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  const english = ENGLISH_MONTHS.findIndex((month) => month.toLowerCase() === key)
  return english !== -1 ? english : FRENCH_MONTHS.findIndex((month) => month.normalize('NFD').replace(/[\u0300-\u036f]/g, '') === key)
}

/** How far into a text its header and first paragraphs run: past the third blank line, or 800 characters (where the meeting's date stands). */
function headerEnd(text: string): number {
  let at = 0
  for (let blanks = 0; blanks < 3; blanks++) {
    const next = text.indexOf('\n\n', at)
    if (next === -1) return Math.min(text.length, 800)
    at = next + 2
  }
  return Math.min(at, 800)
}

/** The first date of the text's header and first paragraphs (the meeting's), or undefined when it writes none the measure knows. */
function firstDate(text: string, french: boolean): WrittenDate | undefined {
  const head = text.slice(0, headerEnd(text))
  let best: WrittenDate | undefined
  for (const form of french ? FRENCH_FORMS : ENGLISH_FORMS) {
    const found = form.pattern.exec(head)
    if (!found || (best && found.index >= best.at)) continue
    const [day, lastDay, month, year] = form.read(found)
    const article = french ? (/^(?:les|du) /i.exec(found[0])?.[0] ?? '') : ''
    best = {at: found.index, length: found[0].length, day, lastDay, month: monthOf(month), year: year ? +year : undefined, article}
  }
  return best && best.month !== -1 && best.day <= 31 && best.lastDay >= best.day ? best : undefined
}

/** A date that is one end of a range across months or years (`30 September – 2 October`, `du 30 novembre au 2 décembre`): rewriting it alone would break the range. */
const RANGE_AFTER = /^,?\s*(?:[–—-]|to|and|until|through|au|et)\s/iu
const RANGE_BEFORE = /(?:[–—-]|\bto|\band|\buntil|\bthrough|\bau|\bet)\s*$/iu
/** A weekday written just before the date (`Tuesday, 3 June`, `mardi 3 juin`). */
const WEEKDAY_BEFORE = new RegExp(`(?:${[...ENGLISH_WEEKDAYS, ...FRENCH_WEEKDAYS].join('|')}),?\\s*$`, 'iu')

/** A written form of a date, or undefined where the form does not fit it (a weekday needs a year, a range a range). */
type Render = (date: WrittenDate, french: boolean) => string | undefined

/** The text with its meeting's date written by `render`; left as it is when it has none, or the form does not fit. */
function redate(render: Render): (text: string) => string {
  return (text) => {
    const french = isFrench(text)
    const date = firstDate(text, french)
    const written = date && render(date, french)
    if (!date || written === undefined || RANGE_AFTER.test(text.slice(date.at + date.length)) || RANGE_BEFORE.test(text.slice(0, date.at))) return text
    // a weekday already written is not written twice
    if (/^\p{L}+,? /u.test(written) && WEEKDAY_BEFORE.test(text.slice(0, date.at))) return text
    return text.slice(0, date.at) + written + text.slice(date.at + date.length)
  }
}

const year = (date: WrittenDate, before = ' ') => (date.year ? `${before}${date.year}` : '')
const weekday = (date: WrittenDate, names: string[]) => names[new Date(Date.UTC(date.year!, date.month, date.day)).getUTCDay()]
const pad = (n: number) => String(n).padStart(2, '0')
const single = (date: WrittenDate) => date.day === date.lastDay
/** A French single date keeps the article its sentence gave it; a range's article is its form's. */
const frenchDay = (day: number) => (day === 1 ? '1er' : `${day}`)

/** Every rewriting of the date the measure applies, each alone. */
const DATE_VARIANTS: PasteVariant[] = [
  {name: 'date: 3 June 2025', apply: redate((date, french) => (single(date) ? (french ? `${frenchDay(date.day)} ${FRENCH_MONTHS[date.month]}${year(date)}` : `${date.day} ${ENGLISH_MONTHS[date.month]}${year(date)}`) : undefined))},
  {name: 'date: June 3, 2025', apply: redate((date, french) => (single(date) && !french ? `${ENGLISH_MONTHS[date.month]} ${date.day}${year(date, ', ')}` : undefined))},
  {name: 'date: 3rd June 2025', apply: redate((date, french) => (single(date) && !french ? `${date.day}${[, 'st', 'nd', 'rd'][date.day % 10 > 3 || Math.floor(date.day / 10) === 1 ? 0 : date.day % 10] ?? 'th'} ${ENGLISH_MONTHS[date.month]}${year(date)}` : undefined))},
  {name: 'date: Tuesday, 3 June 2025 (mardi 3 juin 2025)', apply: redate((date, french) => (single(date) && date.year ? (french ? `${weekday(date, FRENCH_WEEKDAYS)} ${frenchDay(date.day)} ${FRENCH_MONTHS[date.month]} ${date.year}` : `${weekday(date, ENGLISH_WEEKDAYS)}, ${date.day} ${ENGLISH_MONTHS[date.month]} ${date.year}`) : undefined))},
  {name: 'date: 03.06.2025 (French)', apply: redate((date, french) => (single(date) && date.year && french ? `${pad(date.day)}.${pad(date.month + 1)}.${date.year}` : undefined))},
  {name: 'date: 3/6/2025 (French)', apply: redate((date, french) => (single(date) && date.year && french ? `${date.day}/${date.month + 1}/${date.year}` : undefined))},
  {name: 'range: 3–4 June (3-4 juin)', apply: redate((date, french) => (single(date) ? undefined : french ? `${date.article ? 'les ' : ''}${date.day}-${date.lastDay} ${FRENCH_MONTHS[date.month]}${year(date)}` : `${date.day}–${date.lastDay} ${ENGLISH_MONTHS[date.month]}${year(date)}`))},
  {name: 'range: 3 and 4 June (les 3 et 4 juin)', apply: redate((date, french) => (single(date) ? undefined : french ? `les ${date.day} et ${date.lastDay} ${FRENCH_MONTHS[date.month]}${year(date)}` : `${date.day} and ${date.lastDay} ${ENGLISH_MONTHS[date.month]}${year(date)}`))},
  {name: 'range: June 3-4 (du 3 au 4 juin)', apply: redate((date, french) => (single(date) ? undefined : french ? `du ${date.day} au ${date.lastDay} ${FRENCH_MONTHS[date.month]}${year(date)}` : `${ENGLISH_MONTHS[date.month]} ${date.day}-${date.lastDay}${year(date, ', ')}`))},
]

/** The text with `lines` above it, then a blank line. */
const above = (lines: (french: boolean) => string) => (text: string) => `${lines(isFrench(text))}\n\n${text.replace(/^\n+/, '')}`
/** A newsroom's line above a text that says it is a press release already: on another kind of text, the line would rightly make it one. */
const aboveRelease = (lines: (french: boolean) => string) => (text: string) => (/press release|communiqué de presse/iu.test(text) ? above(lines)(text) : text)
/** The text with `lines` under it, after a blank line. */
const under = (lines: (french: boolean) => string) => (text: string) => `${text.replace(/\s+$/, '')}\n\n${lines(isFrench(text))}\n`

/** A page's footer and the next page's header, between the two paragraphs nearest the text's middle (a blank line between them). */
function pageBreak(text: string): string {
  const breaks = [...text.matchAll(/\n[ \t]*\n/g)].map((found) => found.index)
  if (breaks.length < 2) return text
  const middle = breaks.reduce((best, at) => (Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best))
  return `${text.slice(0, middle)}\n\nPage 1 of 2\n\n${text.slice(middle).replace(/^\n[ \t]*\n/, '')}`
}

/** Every piece of furniture the measure adds, each alone. */
const ADDED_VARIANTS: PasteVariant[] = [
  {name: 'masthead (PRESS OFFICE / SERVICE DE PRESSE)', apply: above((french) => (french ? 'SERVICE DE PRESSE' : 'PRESS OFFICE'))},
  {name: 'For immediate release (Pour diffusion immédiate)', apply: aboveRelease((french) => (french ? 'Pour diffusion immédiate' : 'For immediate release'))},
  {name: 'Page 1 of 2 between paragraphs', apply: pageBreak},
  {name: 'ENDS at the end', apply: under((french) => (french ? '- FIN -' : 'ENDS'))},
  {name: '### at the end', apply: under(() => '###')},
  {name: '-30- at the end', apply: under(() => '-30-')},
  {name: 'media contact at the end', apply: under((french) => (french ? 'Contact presse : Claire Martin, +33 1 40 00 00 00, claire.martin@example.org' : 'Media contact: Claire Martin, +33 1 40 00 00 00, claire.martin@example.org'))},
  {name: 'About the … paragraph at the end', apply: under((french) => (french ? '###\n\nÀ propos du Secrétariat\nLe Secrétariat prépare les réunions des membres et suit la mise en œuvre de leurs décisions depuis son siège.' : '###\n\nAbout the Secretariat\nThe Secretariat prepares the meetings of the members and follows up on their decisions from its headquarters.'))},
  {name: 'Share this page / Print at the end', apply: under((french) => (french ? 'Partager cette page\nImprimer' : 'Share this page\nPrint'))},
  {name: 'UNCLASSIFIED (NON CLASSIFIÉ) above', apply: above((french) => (french ? 'NON CLASSIFIÉ' : 'UNCLASSIFIED'))},
  {name: 'Embargoed until 00:01 CET above', apply: aboveRelease((french) => (french ? 'Sous embargo jusqu’à 00h01 HEC' : 'Embargoed until 00:01 CET'))},
  {name: 'Check against delivery above', apply: above((french) => (french ? 'Seul le prononcé fait foi' : 'Check against delivery'))},
  {name: 'To: / Cc: above', apply: above((french) => (french ? 'À : Toutes les délégations\nCc : Secrétariat' : 'To: All delegations\nCc: Secretariat'))},
]

/** A line that is a dateline alone: a place, a comma and a date (`Tallinn, 15 May 2024`, `Paris, le 3 juin 2025`), perhaps a dash after it. */
function datelineParts(line: string): {place: string; date: string} | undefined {
  const found = /^[ \t]*([\p{Lu}][\p{L}.'’ -]{1,40}),[ \t]+((?:le[ \t]+)?[^,]{0,12}\d[^–—]{2,30}?)[ \t]*(?:[–—-][ \t]*)?$/u.exec(line)
  if (!found || !/(?:19|20)\d{2}/.test(found[2]) || !firstDate(found[2], false) && !firstDate(found[2], true)) return undefined
  return {place: found[1].trim(), date: found[2].trim()}
}

/** The index of the first line of text, and of the next line of text after it (-1 for none). */
function firstTwo(lines: string[]): [number, number] {
  const first = lines.findIndex((line) => line.trim() !== '')
  const second = first === -1 ? -1 : lines.findIndex((line, index) => index > first && line.trim() !== '')
  return [first, second]
}

/** A title line: short, no sentence's end, not a dateline. */
const isTitle = (line: string) => line.trim().split(/\s+/).length <= 20 && !/[.!?:;,]["”»)]*$/.test(line.trim()) && !datelineParts(line)

/** The title line and the dateline under it swapped. */
function swapTitleAndDateline(text: string): string {
  const lines = text.split('\n')
  const [first, second] = firstTwo(lines)
  if (second === -1 || !isTitle(lines[first]) || !datelineParts(lines[second])) return text
  ;[lines[first], lines[second]] = [lines[second], lines[first]]
  return lines.join('\n')
}

/** A dateline alone among the first lines written as its place over its date. */
function placeOverDate(text: string): string {
  const lines = text.split('\n')
  const at = lines.slice(0, 6).findIndex((line) => datelineParts(line))
  if (at === -1) return text
  const {place, date} = datelineParts(lines[at])!
  lines.splice(at, 1, place, date)
  return lines.join('\n')
}

/** The meeting's date, as the text first writes it, on a line of its own above the title (as a web page prints it). */
function dateAboveTitle(text: string): string {
  const french = isFrench(text)
  const date = firstDate(text, french)
  const lines = text.split('\n')
  const [first] = firstTwo(lines)
  if (!date || first === -1 || !isTitle(lines[first]) || !date.year) return text
  const written = text.slice(date.at, date.at + date.length).replace(/^(?:les|du) /i, '')
  return `${written}\n\n${text.replace(/^\n+/, '')}`
}

/** The title line given as an e-mail's subject. */
function subjectLine(text: string): string {
  const lines = text.split('\n')
  const [first] = firstTwo(lines)
  if (first === -1 || !isTitle(lines[first]) || /^\s*(?:subject|objet)\s*:/i.test(lines[first])) return text
  lines[first] = `${isFrench(text) ? 'Objet : ' : 'Subject: '}${lines[first].trim()}`
  return lines.join('\n')
}

/** The text sent as an e-mail: a greeting above it, a sign-off and a signature under it. */
const emailWrapper = (text: string) => {
  const french = isFrench(text)
  return `${french ? 'Chers collègues,' : 'Dear colleagues,'}\n\n${text.replace(/^\n+/, '').replace(/\s+$/, '')}\n\n${french ? 'Bien cordialement,\nClaire Martin\nChargée de presse' : 'Best regards,\nClaire Martin\nPress Officer'}\n`
}

const HEADER_VARIANTS: PasteVariant[] = [
  {name: 'title and dateline swapped', apply: swapTitleAndDateline},
  {name: 'place and date on two lines', apply: placeOverDate},
  {name: 'date line above the title', apply: dateAboveTitle},
  {name: 'Subject: line for the title', apply: subjectLine},
  {name: 'e-mail wrapper (Dear colleagues, … Best regards)', apply: emailWrapper},
]


/** Numbered paragraphs (counting 1, 2, …) as `•` items; a text numbered in decimals is left as it is. */
function numbersAsBullets(text: string): string {
  const lines = text.split('\n')
  const numbers = lines.flatMap((line) => {
    const found = NUMBER_ITEM.exec(line)
    return found ? [Number(found[2] ?? found[4])] : []
  })
  if (DECIMAL_PARAGRAPH.test(text) || !numbers.includes(1) || !numbers.includes(2)) return text
  return lines.map((line) => line.replace(NUMBER_ITEM, '$1• ')).join('\n')
}

/** The text with a short heading over its first list (two items at least, after a blank line under a sentence): where a list stood under no heading. */
function headingOverList(english: string, french: string): (text: string) => string {
  return (text) => {
    const lines = text.split('\n')
    const item = (line: string | undefined) => line !== undefined && isItem(line)
    const at = lines.findIndex((line, index) => item(line) && item(lines.slice(index + 1).find((next) => next.trim() !== '')) && index >= 2 && lines[index - 1].trim() === '')
    if (at === -1) return text
    const before = lines.slice(0, at).reverse().find((line) => line.trim() !== '')
    if (!before || !/[.!?]["”»)]*\s*$/.test(before)) return text
    lines.splice(at, 0, isFrench(text) ? french : english)
    return lines.join('\n')
  }
}

/** `Background` (`Contexte`) over the first paragraph of the body, under a title and its header: where the context stands. */
function backgroundHeading(text: string): string {
  const lines = text.split('\n')
  const [first] = firstTwo(lines)
  if (first === -1 || !isTitle(lines[first])) return text
  const blank = lines.findIndex((line, index) => index > first && line.trim() === '')
  const at = blank === -1 ? -1 : lines.findIndex((line, index) => index > blank && line.trim() !== '')
  if (at === -1 || lines[at].trim().split(/\s+/).length < 12 || !/[.!?]["”»)]*\s*$/.test(lines[at]) || isItem(lines[at])) return text
  lines.splice(at, 0, isFrench(text) ? 'Contexte' : 'Background')
  return lines.join('\n')
}

const SECTION_VARIANTS: PasteVariant[] = [
  {name: 'numbered paragraphs as • items', apply: numbersAsBullets},
  {name: 'Outcomes (Décisions) over the list', apply: headingOverList('Outcomes', 'Décisions')},
  {name: 'Decisions (Décisions) over the list', apply: headingOverList('Decisions', 'Décisions')},
  {name: 'Key commitments (Engagements) over the list', apply: headingOverList('Key commitments', 'Principaux engagements')},
  {name: 'Background (Contexte) over the context', apply: backgroundHeading},
]

/** Every change of furniture the measure applies, each alone. */
export const FURNITURE_VARIANTS: PasteVariant[] = [...DATE_VARIANTS, ...ADDED_VARIANTS, ...HEADER_VARIANTS, ...SECTION_VARIANTS]
