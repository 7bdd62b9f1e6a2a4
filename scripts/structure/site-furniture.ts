import {BYLINE, DOCUMENT_KINDS, KICKER_LINE, NAVIGATION_WORD, SITTING_LINE, SOCIAL_POST_META, TIME_ZONE} from './english.js'
import {FRENCH_BYLINE, FRENCH_DOCUMENT_KINDS, FRENCH_FEMININE_HEADS, FRENCH_KICKER_LINE, FRENCH_NAVIGATION_WORD, FRENCH_PLURAL_HEADS, FRENCH_SITTING_LINE, FRENCH_SOCIAL_POST_META} from './french.js'
import {findDates} from './parse-dates.js'
import type {Reading} from './language.js'

/** What parts a site's bar of links or labels: a bar, a chevron, a slash, a middle dot or a bullet between spaces, a tab, or a run of spaces. */
const BAR_PART = /\s+[|›>»/·•]\s+|\t+|\s{2,}/u
/** One label of such a bar: one to three words, the first with a capital (or a small prefix before one: `eNews`, `e-Edition`), no digit (`About us`, `Press releases`, `Qui sommes-nous ?`, `À propos`). */
const BAR_LABEL = /^(?:\p{Lu}|\p{Ll}{1,2}-?\p{Lu})[\p{L}\p{M}'’&-]*(?:\s+[\p{L}\p{M}'’&-]+){0,2}(?:\s?\?)?$/u
/** What parts a breadcrumb's steps: a slash, a chevron, a guillemet or a bar between spaces (`Teamspace / Committees / …`, `Accueil › Actualités`, `Home » News`, `Home | News | …`). */
const CRUMB_PART = /\s+[/›>»|]\s+/u
/** One step of a breadcrumb: a page's name of one to six words, the first with a capital, no sentence's end, no digit but a year's (`Stamp Issuing Advisory Committee`, `Vie de la fédération`, `Meetings 2026`), or a year's folder alone (`2026`, `2025-26`; pages51). */
const CRUMB_STEP = /^(?:(?:\p{Lu}|\p{Ll}{1,2}-?\p{Lu})[\p{L}\p{M}'’&-]*(?:\s+(?:[\p{L}\p{M}'’&-]+|(?:19|20)\d\d(?!\d))){0,5}|(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)$/u
/** The last step of a breadcrumb, the page's own title repeated (`… / Street food ministers' meeting: questions and answers`): up to twenty words, a capital first, no sentence's end (header46). */
const LAST_CRUMB = /^\p{Lu}[^.!?;]{0,160}$/u
/** Most words of a breadcrumb's last step. */
const LAST_CRUMB_WORDS = 20
/** Fewest steps of a breadcrumb whose steps may name a body (a title block on one line has two parts, `Communiqué conjoint / Joint Communiqué`). */
const MIN_CRUMBS = 3

/**
 * Whether a line is a page's breadcrumb: three steps or more (`Teamspace / Committees / Stamp Issuing Advisory Committee / Meeting notes`,
 * `Members' wiki / Committee / Meetings 2026`), the last of which may be the page's own title, however long (`Home / Newsroom / Meetings / … :
 * questions and answers`), or two under a chevron from a navigation word (`Accueil › Vie de la fédération`), whatever body a step names:
 * where the page sits, never its title (header44, header46). Steps parted by bars (`Home | News | …`) open on a navigation word, as a
 * title block on one line (`MEDIA READOUT | date | … Council`) does not.
 * @param line the line, its spaces normalised
 */
export function isBreadcrumb(line: string): boolean {
  const steps = line.split(CRUMB_PART).map((step) => step.trim())
  if (steps.length < 2 || !steps.slice(0, -1).every((step) => CRUMB_STEP.test(step))) return false
  if (line.includes('|') && (!isNavigation(steps[0]) || /\s[/›>»]\s/u.test(line))) return false
  const last = steps.at(-1)!
  if (!CRUMB_STEP.test(last) && !(steps.length >= MIN_CRUMBS && LAST_CRUMB.test(last) && last.split(/\s+/u).length <= LAST_CRUMB_WORDS)) return false
  // (two steps under a chevron from a navigation word, `Accueil › Vie de la fédération`, or to one: the site's name, then its section,
  // `Fog Signal Heritage Group › News`, `Fédération des … › Actualités`; pages50)
  // (two steps under a chevron `›`, whatever they name, `VIE MUNICIPALE › CONSEIL MUNICIPAL`, `Board › Meetings`: no prose writes one; pages51)
  return steps.length >= MIN_CRUMBS || (!line.includes('/') && !line.includes('|') && (isNavigation(steps[0]) || isNavigation(last) || (line.includes('›') && CRUMB_STEP.test(last))))
}

/** A volume's number (`Vol. 3`, `Volume 84`, `Tome 2`), then an issue's (`No. 12`, `n° 58`, `Issue 4`, `Number 214`, `Numéro 7`, `#31`), either or both. */
const ISSUE_NUMBER = /^(?:(?:vol(?:ume)?\.?|tome)\s*\d{1,4}(?!\d)(?:\s*,?\s*(?:no\.?|n[o°º]\.?|nr\.?|#|issue|number|num[ée]ro)\s*\d{1,5}(?!\d))?|(?:no\.?|n[o°º]\.?|nr\.?|#|issue|number|num[ée]ro)\s*\d{1,5}(?!\d))/iu
/** An edition named by its date or its kind (`Édition du vendredi 4 décembre 2026`, `Edition of 4 May 2026`, `Special edition`, `Édition spéciale`). */
const EDITION_LINE = /^(?:(?:[ée]dition|issue)\s+(?:du|of|de)\s+\S|(?:special|weekend|morning|evening|daily|final)\s+edition$|[ée]dition\s+(?:sp[ée]ciale|du\s+(?:matin|soir|week-end))$)/iu
/** The separator after an issue's number, before what the line adds (a dash, a dot, a bar, a comma). */
const AFTER_NUMBER = /^\s*[–—·•|,-]\s*/u
/** What parts an issue line's parts: a dash, a dot or a bar between spaces, or a comma. */
const ISSUE_SEPARATOR = /\s+[–—·•|-]\s+|,\s+/u
/** Most words of a part of an issue line (`Publiée le mardi 17 novembre 2026`). */
const ISSUE_PART_WORDS = 7
/** Most characters of an issue line. */
const MAX_ISSUE = 120

/**
 * Whether a line is a publication's issue line (`Vol. 3, No. 12 · Spring 2026`, `n° 58 — novembre 2026 — Publiée le mardi 17 novembre 2026`,
 * `Issue 4 · Final`, `Number 214 – 1st Session – 35th Legislature`, `Édition du vendredi 4 décembre 2026`): which issue the page is, never its
 * title, its place, nor who met; a part that names a kind (`N° 12 – Communiqué de presse`) keeps the line a title's (header44).
 * @param line the line, its spaces normalised
 */
export function isIssueLine(line: string): boolean {
  if (line.length > MAX_ISSUE) return false
  if (EDITION_LINE.test(line)) return true
  const number = ISSUE_NUMBER.exec(line)
  if (!number) return false
  const rest = line.slice(number[0].length)
  if (!rest.trim()) return true
  const separator = AFTER_NUMBER.exec(rest)
  if (!separator) return false
  const parts = rest.slice(separator[0].length).split(ISSUE_SEPARATOR).map((part) => part.trim())
  return parts.every((part) => part && !/[.!?:;]$/u.test(part) && part.split(/\s+/u).length <= ISSUE_PART_WORDS && !isKind(part))
}
/** Fewest labels of a bar in which a body's head noun alone is a link (`Federation`, `Association`), not the body named on a title block's line. */
const MIN_LINKS = 4
/** A masthead in capitals (no digit) with an issue's number run on after it (`LA LETTRE DES BEFFROIS n° 58 …`). */
const MASTHEAD_RUN_ON = /^\p{Lu}[\p{Lu}\p{M}'’&-]*(?:\s+[\p{Lu}\p{M}'’&-]+){0,6}\s+(?=(?:n[o°º]|no\.|nr\.|vol|issue|num|#)\s*\.?\s*\d)/u
/** A publication's name in any case, then a dash, a dot, a bar or a comma before its issue's number (`La Lettre du réseau – n° 27 – jeudi 15 octobre 2026`, `Members' Bulletin · Issue 3`, `Field Notes, Vol. 2, No. 4`; header46). */
const MASTHEAD_BEFORE_ISSUE = /^\p{L}[\p{L}\p{M}'’&.-]*(?:\s+[\p{L}\p{M}'’&.-]+){0,7}\s*[–—·•|,-]\s*(?=(?:n[o°º]|no\.|nr\.|vol|issue|num|number|#)\s*\.?\s*\d)/iu
/** Most characters a bar line holds (a longer line is text). */
const MAX_BAR = 160

/**
 * Whether a line is a publication's name with its issue line run on after it, in capitals (`LE PETIT ÉCLUSIER n° 112 — juin 2026`) or in any case
 * behind a dash, a dot, a bar or a comma (`La Lettre du réseau – n° 27 – jeudi 15 octobre 2026`, `Members' Bulletin · Issue 3`): the page's
 * masthead, never its title (header44, header46); a kind before the number (`Press release – No. 45`) keeps the line a title's.
 * @param line the line, its spaces normalised
 */
export function isIssueRunOn(line: string): boolean {
  if (line.length > MAX_BAR) return false
  const masthead = MASTHEAD_RUN_ON.exec(line) ?? MASTHEAD_BEFORE_ISSUE.exec(line)
  return masthead !== null && !isKind(masthead[0].replace(/[\s–—·•|,-]+$/u, '')) && isIssueLine(line.slice(masthead[0].length))
}

/** Whether a label is a document's kind in a language the reader knows (`Joint Communiqué`, `Communiqué conjoint`). */
const isKind = (label: string): boolean => [...DOCUMENT_KINDS, ...FRENCH_DOCUMENT_KINDS].some(([pattern]) => pattern.test(label))

/**
 * Whether a title-block line is the furniture of the page it was copied from, never its title: a site's navigation bar
 * (`Home   About us   Projects   News   Contact`, `Accueil · L'association · Actualités`), a breadcrumb (`Newsroom › Press releases`),
 * a newsroom's rubric or a bar of them (`RECAP`, `Business | Agriculture`, `Opinion | Forests`, `Économie`) or a byline
 * (`By Ingrid Haugland`, `Par Claire Martin`).
 * @param raw the line as written (its runs of spaces kept: they part a navigation bar's links)
 * @param namesBody whether a text names a body in a language the reader knows (a bar that does is a title block on one line)
 * @returns whether the line is set aside
 */
export function isSiteFurniture(raw: string, namesBody: (text: string) => boolean): boolean {
  const line = raw.trim()
  if (!line || line.length > MAX_BAR) return false
  const single = line.replace(/\s+/gu, ' ')
  if (KICKER_LINE.test(single) || FRENCH_KICKER_LINE.test(single) || BYLINE.test(single) || FRENCH_BYLINE.test(single)) return true
  if (isBreadcrumb(single) || isIssueLine(single)) return true
  // (`LE PETIT ÉCLUSIER n° 112 — juin 2026`: a masthead in capitals with its issue line run on after it, as a wrapped line is joined)
  if (isIssueRunOn(single)) return true
  const parts = line.split(BAR_PART).map((part) => part.trim()).filter(Boolean)
  if (parts.length < 2 || !parts.every((part) => BAR_LABEL.test(part) || isNavigation(part))) return false
  // (`Communiqué conjoint / Joint Communiqué`: a kind in two languages; a bar that names a body, `Press Release | Kenya Ports Authority`, is a block on one line)
  // (but a body's head noun alone among four links or more, `Home   Federation   Tournaments   Contact`, links to the body's own page; header43)
  if (parts.every(isKind) || parts.some((part) => !isNavigation(part) && namesBody(part) && (/\s/u.test(part) || parts.length < MIN_LINKS))) return false
  // (`Press release · Tromsø`, `Communiqué | Nantes`: a kind first, then where or by whom, and no link after it, is the text's kind line)
  if (isKind(parts[0]) && !parts.slice(1).some(isNavigation)) return false
  return true
}

/** Whether a bar's label is a navigation link (`Home`, `Contact us`, `Accueil`). */
const isNavigation = (label: string): boolean => NAVIGATION_WORD.test(label) || FRENCH_NAVIGATION_WORD.test(label)

/**
 * Whether a title-block line is a social network's post header under its author's name (`2,184 followers`, `4d • Edited • 🌐`,
 * `1 254 abonnés`, `2 j • Modifié`): the line above it names who posted, neither the title.
 * @param line a title-block line, its spaces normalised
 */
export function isSocialPostMeta(line: string): boolean {
  const text = line.trim()
  return text.length <= 60 && (SOCIAL_POST_META.test(text) || FRENCH_SOCIAL_POST_META.test(text))
}

/** An hour after a stamp's date (`08:00 AM`, `06.00`, `15:40`, `10 h 30`, `9h05`), then what may follow it. */
const STAMP_HOUR = /^[\s,–—-]*(?:at\s+|[àa]\s+)?\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{0,2})(?:\s?[ap]\.?m\.?)?(?:\s+|$)/iu
/** A weekday or a publication word before a stamp's date (`Tue`, `Thursday,`, `Published`, `Publié le`). */
const BEFORE_STAMP = /^(?:(?:published|posted|(?:last\s+)?updated|released|issued|sent|publi[ée]e?|mis\s+[àa]\s+jour|diffus[ée]e?|mise?\s+en\s+ligne|envoy[ée]e?)(?:\s+(?:on|le))?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?,?)?\s*$/iu

/**
 * Whether a title-block line is a page's date stamp with its hour and time zone (`March 25, 2026 08:00 AM Western European Time`,
 * `Tue 23 Jun 2026 06.00 BST`, `Published 12 Nov 2026, 10:30 CET`, `jeudi 24 septembre 2026 à 15 h 40`; a release's `Released 02/10/2026 16:05 WEST`, `Issued …`,
 * `Diffusé le …`, header43): when the page went out,
 * never the title, nor a meeting's date unless nothing else gives one.
 * @param line a title-block line, its spaces normalised
 * @param reading the patterns of the source's language
 * @returns the stamp's date, or `undefined` when the line is no stamp
 */
export function timeStampDate(line: string, reading: Reading): ReturnType<typeof findDates> | undefined {
  const found = findDates(line, undefined, reading.calendar) ?? numericDate(line)
  if (!found || !BEFORE_STAMP.test(line.slice(0, found.index))) return undefined
  const after = line.slice(found.index + found.length)
  const hour = STAMP_HOUR.exec(after)
  if (!hour) return undefined
  // (`Posted 9 March 2026, 18:40 CET · Reading time 4 min`: what follows the zone behind a dot or a bar is more of the page's furniture)
  const zone = after.slice(hour[0].length).split(/\s+[|·•]\s+/u)[0].trim().replace(/^\(|\)$/gu, '')
  return !zone || TIME_ZONE.test(zone) ? found : undefined
}

/** The word a page's stamp opens on to say when it went out (`Published`, `Posted on`, `Publié le`, `Mis en ligne le`, `Updated:`). */
const STAMP_WORD = /^(?:published|posted|(?:last\s+)?updated|publi[ée]e?|mis(?:e)?\s+(?:[àa]\s+jour|en\s+ligne))(?:\s+(?:on|le))?\s*:?\s*/iu
/** The fields a stamp's line adds behind a dot or a bar (`· Events · Asia`, `· By Ana Ruiz · 4 min read`, `| Vie du club`). */
const STAMP_FIELD = /\s+[|·•]\s+/u
/** Most words of one such field. */
const STAMP_FIELD_WORDS = 6

/**
 * Whether a title-block line is a page's publication stamp, with or without fields behind dots or bars (`Posted Friday 24 April 2026 · Events · Asia`,
 * `Publié le mardi 24 novembre 2026`, `Published 12 November 2026 · By Ana Ruiz · 4 min read`): when the page went out, and under which rubric or by whom;
 * its fields are never the title nor the place (header45).
 * @param line a title-block line, its spaces normalised
 * @param reading the patterns of the source's language
 */
export function isPublicationStamp(line: string, reading: Reading): boolean {
  const [first, ...fields] = line.split(STAMP_FIELD).map((part) => part.trim())
  const word = STAMP_WORD.exec(first)
  if (!word) return false
  const found = findDates(first, undefined, reading.calendar) ?? numericDate(first)
  if (!found || !BEFORE_STAMP.test(first.slice(0, found.index))) return false
  return fields.every((field) => field.split(/\s+/u).length <= STAMP_FIELD_WORDS && !/[.!?;]$/u.test(field))
}

/** A date in figures that the calendar leaves unread, day and month in either order (`02/10/2026`). */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/u

/**
 * A stamp's date in figures whose day and month may be in either order (`Released 02/10/2026 16:05 WEST`): read day first, as only its
 * year is kept (the stamp is when the page went out, never the meeting's date).
 * @param line a title-block line
 */
function numericDate(line: string): ReturnType<typeof findDates> | undefined {
  const date = NUMERIC_DATE.exec(line)
  if (!date) return undefined
  const [day, month] = Number(date[2]) > 12 ? [date[2], date[1]] : [date[1], date[2]]
  if (Number(month) > 12 || Number(day) > 31) return undefined
  const start = `${date[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return {dates: {start, end: start, display: date[0]}, index: date.index, length: date[0].length}
}

/** What follows a sitting's words: a dash or a comma before its place, or its date (`du lundi 19 janvier`, `of 4 May`, `, Tuesday 3 March`). */
const SITTING_TAIL = /^[\s,]*(?:[–—-]|\p{Ll}*\s*\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:lun|mar|mercre|jeu|vendre|same|diman)(?:di|che))/iu

/**
 * Whether a title-block line names a sitting of the body with its date or its place (`Séance du lundi 19 janvier 2026 – Périgueux, …`,
 * `Session d'automne – Mirecourt (88), …`, `Plenary session, Tuesday 3 March 2026 – Kendal`): never the record's title.
 * @param line a title-block line, its spaces normalised
 */
export function isSittingLine(line: string): boolean {
  // (the sitting's words, then its date or its place after a dash or a comma: `Meeting of the Parties` alone is a meeting's name)
  return [SITTING_LINE, FRENCH_SITTING_LINE].some((pattern) => {
    const sitting = pattern.exec(line)
    return sitting !== null && SITTING_TAIL.test(line.slice(sitting[0].length))
  })
}

/** A French ordinal opening a meeting's name (`Cinquième`, `Première`, `1re`, `12e`). */
const FRENCH_ORDINAL = /^(?:premi[eè]re?|\p{L}+i[èe]me|\d{1,3}(?:e|re|er|[èe]me))$/iu
/** A French meeting's word opening its name (`Réunion`, `Session`), written in lower case after the article. */
const FRENCH_MEETING_HEAD = /^(?:r[ée]union|session|s[ée]ance|conf[ée]rence|assembl[ée]e)$/iu

/**
 * The title of a record whose kind stands on its own line under a body's letterhead, or over a meeting named without its body:
 * the kind joined to the name it is of (`Final Communiqué` / `Fifth Meeting of the Range States` → `Final Communiqué of the Fifth
 * Meeting of the Range States`; `COMITÉ DE PILOTAGE …` / `RELEVÉ DE DÉCISIONS` → `Relevé de décisions du Comité de pilotage …`).
 * @param kind the kind's line, as written back in its case
 * @param name the body's or the meeting's name, as written back in its case
 * @param reading the source's language
 */
export function kindOfName(kind: string, name: string, reading: Reading): string {
  let bare = name.replace(/^(?:the|le|la|les|l['’])\s*/iu, '')
  if (reading.code !== 'fr') return `${kind} of the ${bare}`
  // (`Cinquième réunion des …` → `de la cinquième réunion des …`: the article agrees with the noun after the ordinal, written in lower case)
  const words = bare.split(/\s+/u)
  const ordinal = FRENCH_ORDINAL.test(words[0]) && words.length > 1
  if (ordinal || FRENCH_MEETING_HEAD.test(words[0])) bare = bare.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())
  const head = (ordinal ? words[1] : words[0]).toLowerCase()
  const two = words.slice(ordinal ? 1 : 0, ordinal ? 3 : 2).join(' ').toLowerCase()
  if (ordinal) return FRENCH_FEMININE_HEADS.has(head) || FRENCH_FEMININE_HEADS.has(two) ? `${kind} de la ${bare}` : `${kind} du ${bare}`
  if (FRENCH_PLURAL_HEADS.has(head)) return `${kind} des ${bare}`
  if (/^[aeiouyàâéèêëîïôûœh]/iu.test(head) && !/^haut/iu.test(head)) return `${kind} de l'${bare}`
  return FRENCH_FEMININE_HEADS.has(head) || FRENCH_FEMININE_HEADS.has(two) ? `${kind} de la ${bare}` : `${kind} du ${bare}`
}
