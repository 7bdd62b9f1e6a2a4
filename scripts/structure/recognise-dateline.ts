import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {readingOf, type Reading} from './language.js'
import {displayDates, ENGLISH_CALENDAR, findDates, type Calendar, type FoundDates} from './parse-dates.js'
import type {MeetingDates} from './readout.js'
import {bodyOfOffice, escapeForPattern, fullOrganisationName, isBodyName, isListOfParties, isPlaceName, isStateName, namedBodiesIn, organisationNamesIn, regionNamedAsBody, splitWhoByHead, type OrganisationNames} from './organisation-name.js'
import {normaliseSpace, splitSentences} from './text.js'
import {CLAUSE_BEFORE_COLON, CLAUSE_OPENING, DATE_OPENING, DAY_COUNTS, DAYS_CONCLUDED, DAYS_ENDED, DAYS_ENDING_ON_WEEKDAY, DAYS_ENDING_TODAY, BODY_MEETING_IN, KIND_LABEL, LEADING_SITTING, LOCAL_BODY_CITY, COMMON_LOCAL_COUNCIL, MEETING_HELD_ON, MEETING_OF_BODY, PREAMBLE_OPENING, REMOTE_LINE, SECOND_PLACE, SINCE_WEEKDAY, SUMMARY_LEAD} from './english.js'
import {FRENCH_CLAUSE_OPENING, FRENCH_DATE_OPENING, FRENCH_DAY_COUNTS, FRENCH_DAYS_CONCLUDED, FRENCH_DAYS_ENDED, FRENCH_DAYS_ENDING_TODAY, FRENCH_LEADING_SITTING, FRENCH_LOCAL_BODY_CITY, FRENCH_COMMON_LOCAL_COUNCIL, FRENCH_MEETING_HELD_ON, FRENCH_MEETING_OF_BODY, FRENCH_PREAMBLE_OPENING, FRENCH_REMOTE_LINE, FRENCH_SECOND_PLACE, FRENCH_SINCE_WEEKDAY, FRENCH_SUMMARY_LEAD} from './french.js'
import {paragraphsOf, pointIn, readoutOf, textOf} from './state.js'
import {bylineStamp, isDateAlone} from './pasted-text.js'
import {bodyHoldingAssembly} from './assembly-body.js'
import {datesOfDayHeadings} from './day-headings.js'
import {withoutSittingForm} from './sitting-form.js'
import {daysSinceBegan, heldMeeting, namesAnotherMeeting} from './held-meeting.js'
import {factsOfFieldLayout} from './fact-headings.js'
import {meetingSentence} from './meeting-sentence.js'

/** A verb of meeting in the future or the infinitive (`will meet`, `to meet again`, `se réuniront`), dropped before asking whether a sentence says who met. */
const FUTURE_MEETING = /(?<!\p{L})(?:(?:will|shall|would|to)\s+(?:meet|reconvene|convene|gather)|se\s+r[ée]uniront|se\s+retrouveront|se\s+r[ée]unir)(?!\p{L})/giu
/** A time ahead: `next year`, `next spring`, `later this year`, `l'an prochain`, `l'automne prochain`, `le mois prochain`. */
const NEXT_TIME = /(?<!\p{L})(?:next\s+(?:year|month|week|spring|summer|autumn|fall|winter|season)|later\s+this\s+(?:year|month)|(?:l['’]\s?an|l['’]\s?ann[ée]e|le\s+mois|la\s+semaine|l['’]\s?(?:automne|[ée]t[ée]|hiver)|le\s+printemps|la\s+saison)\s+prochaine?)(?!\p{L})/iu
/** A verb of chairing a meeting (`chaired the fourth meeting of …`, `presided over …`): its subject is who chaired, never the body that met. */
const PRESIDED = /^(?:(?:co-)?chaired|presided over)[\s,]/u
/** A writer who says `I` or `we` as who met or chaired, after a time phrase (`Last week I`, `Hier, nous`). */
const FIRST_PERSON = /^(?:(?:(?:last|this|earlier\s+this)\s+(?:week|month)|yesterday|today|la\s+semaine\s+derni[èe]re|hier|aujourd['’]hui),?\s+)?(?:I|we|je|j['’]|nous)$/iu
/** A place set off inside a verb of chairing, before its object (`chaired, in Évora, the first meeting`, `presided over in Tartu the …`, `j'ai présidé à Évora la première réunion`): group 1. */
const PLACE_INSIDE_VERB = /^(?:(?:co-)?chaired|presided over|(?:ai|a|avons|ont)\s+pr[ée]sid[ée]),?\s+(?:in|[àa])\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*)?)/u
/** A verb of meeting (`met`, `convened`, …); `met` as a participle says a goal or a need was reached (`not yet met`, `was met`), no meeting. */
const MET = /\b(?:(?<!\b(?:yet|been|be|being|is|are|was|were|not|never|fully|largely|partly)\s)met|meet|meets|convened|gathered|came together|sat down|sat(?=\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)|(?:from|between)\s+\d|(?:in|at)\s+(?:the\s+)?\p{Lu}[^.;]{0,60}?\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)))|brought together|hosted|attended|assembled|(?:was|were) held|took place|(?:held|had) (?:talks|consultations)|(?:wrapped up|concluded|ended|closed) (?:(?:a|an|their|its|two|three|four|five|\d|[\w]+-day) ){1,2}(?:(?:days?|rounds?) of )?(?:talks|consultations|meetings?|summit|conference|session)|(?:held|(?:was|were) holding)(?: (?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening))?)? (?:a|an|the|their|its) (?:[\w-]+ ){0,2}(?:meeting|summit|conference|session|round[- ]?table|workshop|symposium|seminar|forum|dialogue|ministerial|assembly|congress|plenary|retreat)|(?:co-)?chaired(?:,? in \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?,?)? (?:a|an|the|their|its) (?:[\w-]+ ){0,2}(?:meeting|summit|conference|session|assembly|plenary)(?= of (?:the )?\p{Lu})|presided over(?:,? in \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?,?)? (?:a|an|the|their|its) (?:[\w-]+ ){0,2}(?:meeting|summit|conference|session|assembly|plenary)(?= of (?:the )?\p{Lu})|held (?:the|their|its) (?:[\w.-]+ ){1,5}?(?:Dialogue|Forum|Talks|Consultations|Summit|Conference|Meeting|Session|Round))\b|(?<=\smeeting\s)held(?=\s+(?:on\s+[^,.;]{1,40}?(?:,\s*(?:19|20)\d\d)?,?\s+)?(?:in|at)\s+\p{Lu})|(?<=,\s{0,3})meeting(?=\s+(?:(?:on|from)\s+[^,.;]{1,40}?\s+)?(?:in|at)\s+\p{Lu})|\b(?:spoke|talked|conferred)(?=\s+(?:by|via|over)\s+(?:the\s+)?(?:tele)?(?:phone|video))|\b(?:took\s+part|participated)(?=,?\s+in\s+\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*)?,\s+in\s)/u
/**
 * A verb of meeting whose object comes before the place: who took part (`The meeting of the Forum brought together ministers from
 * fourteen economies in Wellington`, `Today, the Secretary hosted ministers from eleven countries in Halifax for …`) or the meeting a
 * delegation's own statement says its minister went to (`The Minister attended the 9th Meeting of the … Council in Suva on …`).
 */
const OBJECT_FIRST = /^(?:brought together|hosted|attended)$/u
/** Such a verb whose object is the meeting itself, not who took part in it. */
const MEETING_OBJECT = /^attended$/u
/**
 * What such a verb's object must name for the sentence to be a dateline (review40): for `hosted`, people who meet or a meeting
 * (`hosted rail ministers from six states in Duluth`, the meeting `hosted by Norway in Bergen`; not `the town hosted 40,000 visitors in Whitby`, `hosted forty cruise ships`);
 * for `attended`, a meeting (`attended the 4th Meeting of the … Forum in Apia`; not `attended to the backlog in Lisbon`).
 */
const MEETING_NOUNS = String.raw`meetings?|summits?|conferences?|sessions?|forums?|councils?|talks|dialogues?|consultations|rounds?|assembl(?:y|ies)|plenar(?:y|ies)|retreats?|workshops?|congress(?:es)?|ministerials?|committees?|gatherings?`
const OBJECT_NAMES: Readonly<Record<string, RegExp>> = {
  hosted: new RegExp(String.raw`^\s*by\s|\b(?:(?:prime\s+)?ministers?|delegat(?:es|ions?)|leaders|counterparts|officials|envoys|representatives|heads|members|partners|secretaries|governors|mayors|chairs|presidents|ambassadors|commissioners|${MEETING_NOUNS})\b`, 'iu'),
  attended: new RegExp(String.raw`^(?!\s*to\b)[^]*\b(?:${MEETING_NOUNS})\b`, 'iu'),
}
/** Who took part, after such a verb: up to where the place is named. */
const OBJECT_BEFORE_PLACE = /^\s*([^.;]*?)(?=\s(?:in|at)\s+\p{Lu})/u
/** A dateline that opens with where and when (`Meeting in Tunis on 6 April 2022, ministers of … agreed`); who met comes after the comma. */
const LEAD = /^(?:Meeting|Gathered|Convened|Assembled|Met)(?=\s+(?:in|at|on|online|virtually|by|yesterday)\b)/u
/** An e-mail's subject label before a title-block line (`Subject: Readout of …`, `Objet : Relevé de …`, also under a préfecture's letterhead), with the reply's or forward's marks after it (`Subject: FW: …`, `Objet : TR : …`; mail46): the title is what follows it. */
export const SUBJECT_LABEL = /^(?:subject|objet)[ \u00A0]?:[ \t\u00A0]+(?:(?:re|fwd?|tr)[ \u00A0]?:[ \t\u00A0]*)*(?=\S)/iu

/** Where the subject that follows such an opening ends: its verb. */
const SUBJECT_END = /\s(?:have|has|had|were|are|was|is|will|shall|can|\p{Ll}{3,}ed)\b/u
/** A meeting held without a place: `online`, `by videoconference`; a call, `by telephone`, `over the phone`. */
const REMOTE = /^\s*(?:virtually|online|remotely|by video(?:conference| link| call)?|via video(?:conference| link| call)?|(?:by|over) (?:the )?(?:tele)?phone)\b/i
const PLACE = /^\s*(?:again\s+|today\s+|yesterday\s+|this week\s+|last week\s+|here,?\s+|over\s+here\s+)?(?:in|at)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]{0,30})(?:[ -](?:(?:de|da|do|la|le|el|al|of|the|upon|am|an|on|sur)[ -])?[\p{Lu}][\p{L}\p{M}'’.-]{0,30})*(?:,\s{0,3}(?:[\p{Lu}][\p{L}\p{M}'’.-]{0,30})(?:\s{1,3}[\p{Lu}][\p{L}\p{M}'’.-]{0,30})*(?=\s{0,3},?\s{0,3}(?:on|from|this|last|in|for|to|and|under|\.|$)))?)/u
/** A weekday or month caught after a place (“Accra on Tuesday”, “Milwaukee on Thu., Oct”, “Perth on Sept.”): not part of the name, in full or cut short as the AP writes them, nor what the name's pattern read after it. */
const WHEN_AFTER_PLACE = /\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?!\p{L})[^]{0,60}$/u
/** Who a dateline's subject starts with when it names people, not a body (`Ministers of …`). */
const PEOPLE = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ministers?|leaders?|delegates?|delegations?|representatives?|heads?|officials?|envoys?|directors?|co-leads?|chairs?|co-chairs?|members?|participants?|secretaries|governors)\b/iu
/** A dateline whose verb says a meeting was held (`took place`, `s'est tenue`, `… meeting held in Leeds`), not that people met. */
const HELD = /^(?:(?:(?:was|were)\s+)?held|took\s+place|s['’]est\s+(?:tenue?|d[ée]roul[ée]e?)|se\s+sont\s+(?:tenue?s|d[ée]roul[ée]e?s)|a\s+eu\s+lieu)$/iu
/** The subject of such a verb: a meeting (`The fourth ministerial meeting of …`, `La réunion ministérielle de …`). */
const MEETING_SUBJECT = /(?<!\p{L})(?:meeting|session|summit|conference|ministerial|consultations?|gathering|plenary|assembly|congress|r[ée]union|sommet|conf[ée]rence|rencontre|concertation|dialogue|forum|talks|assembl[ée]e|congr[èe]s)(?!\p{L})/iu
/** The meeting a sentence holds after its verb of being held, set off by a comma (`…, s'est tenue à Niamey, …, la troisième session ordinaire du Comité …`): an article, a few words, a word of a meeting, up to the next comma or stop (bounded, so linear). */
const HELD_AFTER_VERB = /,\s*((?:la|le|les|l['’]|the)\s*[^,;.]{0,60}?(?<!\p{L})(?:session|r[ée]union|sommet|conf[ée]rence|rencontre|concertation|assembl[ée]e|meeting|session|summit|conference)(?!\p{L})[^,;]{0,200}?)(?=\s*[,;]|\.(?:\s|$)|$)/iu
/** Who met named only by what they are (`Ministers`, `The Co-chairs`). */
const PEOPLE_ONLY = /^(?:the\s+)?\p{L}+s?$/iu
/** A qualifier in brackets after a wire's city (`Kathmandu [Nepal]`, `Sète (Hérault)`, `Mazatlán (Sinaloa, Mexico)`): where the city is, no part of its name. */
const CITY_QUALIFIER = String.raw`(?:\s*(?:\([^()\[\]]{1,40}\)|\[[^()\[\]]{1,40}\]))?`
const WIRE = new RegExp(String.raw`^([\p{Lu}][\p{Lu}\p{M} .'’-]+)${CITY_QUALIFIER},\s+`, 'u')
/**
 * A newswire's dateline with its city in ordinary case (`Genève, le 21 juin 2025 – …`, `Geneva,
 * 20 June 2025 — …`): a wire's only when a dash follows the date, as wires write it.
 */
const WIRE_MIXED_CASE = new RegExp(String.raw`^([\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{L}][\p{L}\p{M}'’.-]*){0,3})${CITY_QUALIFIER},\s+(?:le\s+|on\s+)?`, 'u')
/** The dash after a wire's date. */
const WIRE_DASH = /^\s*[–—-]\s/u
/**
 * An agency's credit after a wire's date, in brackets or slashes, then a colon, a dash or the text's first capital
 * (`(ANI):`, `(Reuters) -`, `(AP) —`, `/PRNewswire/ --`, `(Belga) Les ministres …`): the date is a wire's as surely as with a dash.
 */
const AGENCY_CREDIT = /^\s*(?:\([^()]{1,40}\)|\/[^/]{1,40}\/)(?:\s*(?:[:–—]|-{1,2})\s|\s+(?=\p{Lu}))/u
/** What may stand between a wire's date and its text: the agency or issuer in brackets or slashes (`(Agence)`, `/PRNewswire/`), a dash. */
const WIRE_LEAD = /^\s*(?:\([^()]{1,40}\)|\/[^/]{1,40}\/)?\s*[,:–—-]*-*\s*/u
/** A wire's city, in capitals or in ordinary case (one to four words), at the start of its text. */
const WIRE_CITY = /^([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ -][\p{Lu}][\p{L}\p{M}'’.-]*){0,3})/u
/** A country or a state after a wire's city (`, Kenya`, ` (Senegal)`, ` [Nepal]`): dropped; an abbreviation (`, D.C.`) stays with the city. */
const WIRE_COUNTRY = /^(?:,\s*([\p{Lu}][\p{L}\p{M}'’.-]*(?: (?:and |et )?[\p{Lu}][\p{L}\p{M}'’.-]*){0,2})|\s*\(([\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{L}][\p{L}\p{M}'’.-]*){0,2})\)|\s*\[([\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{L}][\p{L}\p{M}'’.-]*){0,2})\])/u
/** A country after a wire's state (`, CANADA` after `HALIFAX, NOVA SCOTIA`): one to three capitalised words after a comma. */
const WIRE_SECOND_COUNTRY = /^,\s*[\p{Lu}][\p{L}\p{M}'’.-]*(?: (?:and |et )?[\p{Lu}][\p{L}\p{M}'’.-]*){0,2}(?=,)/u
/**
 * A town set off by a comma at the very end of the meeting's sentence, after what comes between (`… s'est réuni ce mercredi sous la
 * présidence du Chef de l'État, au Palais de la Marina, à Cotonou.`, `… met on Tuesday under the chair of the minister, at the Harbour Hall, in Suva.`):
 * where it met, when no place follows the verb; a month or a season is when (`…, in March.`), no town.
 */
const TOWN_CLOSING = /,\s+(?:[àa]|in)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter|Janvier|F[ée]vrier|Mars|Avril|Mai|Juin|Juillet|Ao[ûu]t|Septembre|Octobre|Novembre|D[ée]cembre)(?![\p{L}\p{M}'’-]))(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,2})\s*\.?$/u
/** How much of a sentence's end `TOWN_CLOSING` reads (a closing town is short; this keeps the search linear). */
const TOWN_CLOSING_CHARS = 80
/** The words that open a sentence rather than name a wire's city (`The Council – which …`, `Ministers – and …`). */
const NOT_A_CITY = /^(?:the|a|an|le|la|les|l['’]|un|une|des|this|these|ce|cette|ces)\b|^(?:[\p{L}-]+\s+){0,2}(?:ministers?|ministres?|leaders?|delegates?|officials?|members?|participants?|partners?|governments?)$/iu

/**
 * A newswire's opening in the shapes other than `PARIS, 25 June 2019 –`: a country after the city
 * (`NAIROBI, Kenya, 14 May 2025 –`, `Dakar (Sénégal), le 14 mai 2025 –`), the date in brackets
 * (`GENEVA (4 June 2025) –`), or no date at all, the city alone before a dash (`NAIROBI –`,
 * `Dakar – Les ministres …`), as wires write it when the date stands above. A city in ordinary case
 * is a wire's only with the dash after it.
 * @param text the first sentence
 * @param year the year of dates written without one
 * @param calendar the language's dates
 * @returns the city and where the opening ends, or `undefined`
 */
export function wireOpening(text: string, year: number | undefined, calendar: Calendar | undefined): {place: string; end: number} | undefined {
  const city = WIRE_CITY.exec(text)
  if (!city || NOT_A_CITY.test(city[1]) || findDates(city[1], year, calendar)) return undefined
  const capitals = city[1] === city[1].toUpperCase() && /\p{Lu}{2}/u.test(city[1])
  // (`KESWICK--(BUSINESS WIRE)--`: the hyphens after the city open the wire's credit)
  let name = city[1].replace(/-+$/u, '')
  let at = name.length
  const country = WIRE_COUNTRY.exec(text.slice(at))
  if (country && !findDates(country[0], year, calendar)) {
    if (/^(?:D\.C\.|DC)$/u.test(country[1] ?? '')) name += `, ${country[1]}`
    at += country[0].length
    // (`HALIFAX, NOVA SCOTIA, CANADA, May 14, 2026`: a state, then its country, before the date; `GENEVA, Switzerland, June 4, 2026`: the month is the date's)
    const second = country[1] ? WIRE_SECOND_COUNTRY.exec(text.slice(at)) : null
    const tail = text.slice(at).replace(/^,\s*/u, '')
    if (second && findDates(tail, year ?? 2000, calendar)?.index !== 0) at += second[0].length
  }
  const rest = text.slice(at)
  // (`LISBON, Portugal--(BUSINESS WIRE)--The Forum …`: a newswire's credit between double hyphens stands where the dash would, with no date)
  const dash = /^\s*-{0,2}\s*\([^()]{1,40}\)\s*-{1,2}\s*|^\s*[–—]\s+|^\s+-{1,2}\s+/u.exec(rest)
  // (`SUVA, Fiji – 14 August 2026 – …`, as a bracketed dateline reads once its brackets are dropped: a dash, then the wire's date)
  const dashedDate = dash ? findDates(rest.slice(dash[0].length), year, calendar) : undefined
  if (dash && dashedDate?.index === 0) {
    const end = at + dash[0].length + dashedDate.length
    const lead = /^\s*(?:[:–—]|-{1,2})\s+/u.exec(text.slice(end))
    return lead || capitals ? {place: capitals ? titleCase(name) : name, end: end + (lead?.[0].length ?? 0)} : undefined
  }
  if (dash) {
    // No date: `NAIROBI – Energy ministers …`; the text after the dash starts with a capital.
    if (!/^\p{Lu}/u.test(rest.slice(dash[0].length))) return undefined
    return {place: capitals ? titleCase(name) : name, end: at + dash[0].length}
  }
  // A date after a comma (`, 14 May 2025`, `, le 14 mai`) or in brackets (`(4 June 2025)`), then the agency and the dash.
  const before = /^(?:,\s*(?:le\s+|on\s+)?|\s*\(\s*)/iu.exec(rest)
  if (!before) return undefined
  const date = findDates(rest.slice(before[0].length), year, calendar)
  if (date?.index !== 0) return undefined
  let end = at + before[0].length + date.length
  if (/\($/u.test(before[0])) {
    const close = /^\s*\)/u.exec(text.slice(end))
    if (!close) return undefined
    end += close[0].length
  }
  // (`(ANI):`, `(Reuters) -`: the agency's credit closed by a colon or a dash)
  const lead = /^\s*(?:(?:\([^()]{1,40}\)|\/[^/]{1,40}\/)\s*(?::|[–—]|-{1,2})|[–—]|-{1,2})\s+/u.exec(text.slice(end)) ?? AGENCY_CREDIT.exec(text.slice(end))
  if (!lead && !capitals) return undefined
  return {place: capitals ? titleCase(name) : name, end: end + (lead?.[0].length ?? 0)}
}
/**
 * A venue, not a city: a building, hall or centre (`the Palais des Nations`, `Lancaster House`,
 * `the Willard Hotel`). The meeting's place is the city it stands in, never the venue.
 */
export const VENUE = /\b(?:Palais|Palace|Palazzo|Centre|Center|Hall|House|Building|Hotel|Inn|Resort|Headquarters|HQ|Castle|Ch[âa]teau|Villa|Rooms?|Auditorium|Campus|Complex|Museum|Library|Theatre|Theater|Opera|Abbey|Chamber|Pavilion|Convention|Conference|Gardens|Stadium|Arena|Residence|Manor|Lodge|University|College|Institute|Quay|Wharf|Pier|Embassy|Parliament|Plaza|Tower|Offices?|Premises|Secretariat)\b/u
/** A venue's head word that a body's name may also open on (`Espace …`, `Centre …`, `Maison …`, `Hall …`, `Palais …`): after `at the`, `à l'`, a building (header46). */
const VENUE_HEAD = /^(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}?(?:espace|centre|center|maison|hall|halle|palais|salle|auditorium|pavilion|pavillon|house|h[ôo]tel)(?!\p{L})/iu
/** A preposition of place right before a name (`à l'`, `au`, `at the`, `in the`). */
const AT_BEFORE = /(?:^|\s)(?:[àa]\s+l['’]\s*|[àa]\s+la\s+|au\s+|at\s+the\s+|at\s+|in\s+the\s+|dans\s+l['’]\s*|dans\s+la\s+)$/iu

/**
 * Whether a name found after the verb is a venue where the meeting was held, not the body that met: a building's head word, right after a
 * preposition of place (`à l'Espace Mendès-France`, `at the Brenner Centre`, `au Centre Jean-Moulin`; header46).
 * @param name the name found
 * @param text the text it was found in
 */
function isVenueAfterAt(name: string, text: string): boolean {
  const at = text.indexOf(name)
  return at !== -1 && VENUE_HEAD.test(name) && AT_BEFORE.test(text.slice(Math.max(0, at - 20), at))
}
/** Who reports that a meeting was held, before the clause that says so (`The Press Office … announced that`, `Le Secrétariat annonce que`). */
const REPORTED_THAT = /^.*?\b(?:reports?|reported|announce[sd]?|said|says|states?|stated|informs?|informed|confirms?|confirmed|annonce|a\s+annonc[ée]|informe|a\s+inform[ée]|indique|a\s+indiqu[ée]|rapporte)\s+(?:today\s+|aujourd['’]hui\s+)?(?:that\s+|que\s+|qu['’]\s*)/iu
/** The verb of saying that ends who reports (`… announced today that`). */
const REPORTING_VERB = /\s+(?:reports?|reported|announce[sd]?|said|says|states?|stated|informs?|informed|confirms?|confirmed|annonce|a\s+annonc[ée]|informe|a\s+inform[ée]|indique|a\s+indiqu[ée]|rapporte)\s+(?:today\s+|aujourd['’]hui\s+)?(?:that|que|qu['’])\s*$/iu
/** An office that publishes for a body (`Office of the Spokesperson of the`, `Press Office of the`, `Service de presse de la`): not the body. */
const OFFICE_OF = /^(?:(?:office\s+of\s+the\s+)?spokesperson(?:['’]s\s+office)?|(?:press|media|information|communications?|public\s+affairs)(?:\s+and\s+\w+)?\s+(?:office|service|unit|section|division)|office\s+of\s+the\s+spokesperson|service\s+de\s+presse|bureau\s+du\s+porte-parole)\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|du\s+|des\s+)/iu
/** A phrase of circumstance that opens a sentence, set off by a comma before its subject (`Under the chairmanship of …, `, `At the invitation of …, `, `Sous la présidence de …, `). */
const OPENING_PHRASE = /^(?:under|at|upon|on|following|with|in\s+response\s+to|sous|à|a|sur|suite|en)\s+(?:the\s+|la\s+|l['’]|le\s+)?(?:chair(?:man|woman|person)?ship|presidency|invitation|initiative|auspices|call|request|présidence|invitation|initiative|égide|demande)\b[^,]{0,120},\s*/iu
/** The city that minutes name before who met (`In the city of Oruro, Plurinational State of Bolivia, on 3 March 2026, the Ministers … met …`): group 1. */
const CITY_FIRST = /^in\s+the\s+(?:city|town|municipality|(capital))\s+of\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s*,\s*(?:(?=(?:where|which|whose|that|in\s+which)\b)|(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s*,)?/iu
/** A meeting held the day before the release's date: `met yesterday in Paris`. */
const YESTERDAY = /^[^.;]*?\byesterday\b/i
/** A meeting of two days that ends on the release's date: `met yesterday and today in Paris`. */
const YESTERDAY_AND_TODAY = /^[^.;]*?\byesterday\s+and\s+today\b/i
/** A venue's word after a name: `at UNESCO headquarters`, `au siège de l'UNESCO` is caught by the French venue words. */
const VENUE_AFTER = /^\s+(?:headquarters|offices?|premises|secretariat|building|campus|residence|embassy|mission)\b/u
/**
 * A country written after a city (`, Iceland`, `, Trinidad and Tobago`, `, St. Lucia`, `, Lao PDR`, `, Hong Kong SAR`); an abbreviation
 * alone (`D.C.`, `TX`) is part of the place.
 */
export const COUNTRY_AFTER_CITY = /,\s*\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*\.?(?:\s+(?:and\s+|et\s+)?(?:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}{2,4}(?!\p{L}))){0,3}$/u
/** A US state's abbreviation in dotted capitals after a city (`Rapid City, S.D.`, `Albany, N.Y.`), dropped as a state's name is (`Fresno, Calif.`); the capital's `D.C.` stays. */
const DOTTED_STATE = /,\s*(?!D\.\s?C(?!\p{L}))\p{Lu}\.(?:\s?\p{Lu}\.?){1,2}$/u
/** Where a city is named after a venue: `… Hotel in Washington`, `… Centre, Nairobi`. */
const CITY_AFTER_VENUE = /(?:\s(?:in|at)\s+|,\s*)(?=\p{Lu})/gu
/** A venue in common words after `at the` (`at the district's headquarters hut on Mill Lane`, `at our clubhouse`), then `in` or `at` and its town, in one clause (bounded, so linear; fields50). */
const COMMON_VENUE_THEN_TOWN = /^\s*at\s+(?:the|its|their|our|his|her)\s+\p{Ll}[^,.;:!?()]{0,80}?\s(?:in|at)\s+(?=\p{Lu})/u

/** A title-block line that continues the one before: it starts with a small word in lower case (`for the Bay of …`, `d'Afrique centrale`). */
const CONTINUED_LINE = /^(?:(?:of|for|on|and|in|to|at|with|between|de|du|des|pour|sur|et|en|contre|à|au|aux|entre)(?=\s)|d['’](?=\p{L}))/u

/** A byline alone (`Par Hélène Marchetti`, `By Dana Whitfield and Luis Ortega`) or a picture's caption or credit (`Photo : …`, `Image: …`, `Crédit photo : …`). */
const BYLINE_OR_CAPTION = /^(?:(?:par|by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|et|and|de|van|von|da)){0,5}|(?:photos?|cr[ée]dits?(?:\s+photos?)?|credits?|images?|illustration|l[ée]gende|caption|pictured?)\s*:\s[^]{0,280})$/iu

/** How many paragraphs from the top may hold the dateline. */
const SEARCH_PARAGRAPHS = 3
/** How many characters of such a paragraph may hold it. */
const DATELINE_SEARCH_CHARS = 2000

declare module 'vfile' {
  interface DataMap {
    /** Whether the dateline is a newswire's (`PARIS, 25 June 2019 – …`). */
    wire: boolean
  }
}

/**
 * Recognise the dateline (who met, where, when), e.g. “The Global Coalition’s Co-leads and
 * Political Directors met in Paris on 24-25 June 2019.” Sets organisation, participants, place
 * and dates; warns when no dateline or no date is found.
 */
const recogniseDateline: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const header = {...(file.data.header ?? {})}
    const reading = readingOf(file)
    // `Par Claire Martin - Publié le 14/10/2026 …` under a page's standfirst: the stamp dates the page, as a title block's date would.
    // (an e-mail's sent line, `Date: Wed, 11 Mar 2026 at 08:15`, kept by unwrap-mail, dates the message, not the meeting: the page's own date below)
    header.dates ??= stampedDate(paragraphsOf(tree).slice(0, SEARCH_PARAGRAPHS).filter((p) => !p.data?.mailSent), reading)
    // `Publié le 03/11/2026 à 06h00 · Mis à jour …` (set aside as the page's furniture): the day a weekday named alone is counted back from.
    // a chat's readout (see `chat-export.ts`): the day its first message was sent is the day `tonight`, `last night` count from;
    // its first messages' own days (`write-up of last night's meeting`, `résumé du comité de ce soir`) are the meeting's
    const chatSent = chatSentDate(paragraphsOf(tree), reading)
    if (chatSent) {
      header.published ??= chatSent
      header.year ??= Number(chatSent.start.slice(0, 4))
    }
    const chatFirst = paragraphsOf(tree).findIndex((p) => p.data?.chatSent)
    const chatDays = chatSent ? relativeMeetingDays(paragraphsOf(tree).slice(chatFirst, chatFirst + SEARCH_PARAGRAPHS).map((p) => textOf(p)).join('\n\n'), chatSent, reading) : undefined
    header.published ??= pageStamp(String(file.value), reading)
    // `📍 Trélazé (Maine-et-Loire)`, `📌 Tromsø, Norway` on a line of its own near the top: a post's pin says where.
    header.place ??= pinnedPlace(paragraphsOf(tree).slice(0, PIN_PARAGRAPHS).map((p) => normaliseSpace(textOf(p))))
    // `🗓 9–10 October 2026`, `📅 Samedi 14 mars 2026` on a line of its own near the top: a post's calendar pin says when.
    header.dates ??= pinnedDates(paragraphsOf(tree).slice(0, PIN_PARAGRAPHS).map((p) => normaliseSpace(textOf(p))), header.year, reading)
    // The first paragraphs of text after the title block; a numbered paragraph or a bullet without
    // a `Title:` may be the dateline too (it then stays context).
    const candidates = paragraphsOf(tree)
      .filter((p) => p.data?.role !== 'header' && !p.data?.signatory)
      // (an e-mail's sent line kept over the document, `Date: Wed, 11 Mar 2026 at 08:15`, dates the message: the day counted back from, never the dateline)
      .filter((p) => !p.data?.mailSent)
      // (`Par Hélène Marchetti`, `Photo : la tribune de l'orgue …` over the lead: a byline and a picture's caption are the page's, never its dateline)
      .filter((p) => !BYLINE_OR_CAPTION.test(normaliseSpace(textOf(p)).slice(0, 300)))
      .slice(0, SEARCH_PARAGRAPHS)
      .filter((p) => !p.data?.bullet || !hasTitleColon(textOf(p)))
    // The title block's lines (not the issuer's): where a body called “the Partnership” below is named in full.
    const headerLines = paragraphsOf(tree)
      // (never a legislature's record masthead, `NORTHERN IRELAND ASSEMBLY` / `Official Report`: the house, not the body a minister reports on; header46)
      .filter((p) => p.data?.role === 'header' && !p.data.recordMasthead)
      .map((p) => normaliseSpace(textOf(p)))
      .filter((line) => !reading.issuerLine.test(line) && !reading.officeLine?.test(line))
      // `Subject: Harbour Safety Taskforce – meeting notes`: the name is in what the e-mail's label heads.
      .map((line) => line.replace(SUBJECT_LABEL, ''))
      // `Coral Reef Alliance News – <date>`: a site's section line names its owner, not a body called `… News`.
      .map((line) => sectionOwner(line, reading) ?? line)
      // `Atlantic Tidal Energy Forum @TidalForumAtl · Jun 17, 2026`: a post's handle and date are no part of its owner's name.
      .map((line) => line.replace(ACCOUNT_HANDLE, ''))
      // `Readout: Board of the … Fund, Gaborone, 14 April 2026`: the newsroom's label is no part of a name.
      .map((line) => line.replace(KIND_LABEL, ''))
      .filter(Boolean)
      // A name over two lines (`… Regional Weather Council` / `for the Bay of Bengal and the Arabian Sea`) is read whole.
      .reduce<string[]>((joined, line) => {
        // (but not a date line under it: `Compte rendu du Conseil des ministres` / `du mardi 3 juin 2025`)
        // (so is a letterhead in capitals over two lines or more, `RÉSEAU DES HARAS ET DES ÉTALONNIERS` / `DE NORMANDIE ET DU PERCHE`; header46)
        const capitals = joined.length > 0 && !/\p{Ll}/u.test(joined[joined.length - 1]) && !/\p{Ll}/u.test(line)
        if (joined.length && CONTINUED_LINE.test(capitals ? line.toLowerCase() : line) && !isDateAlone(line)) joined[joined.length - 1] += ` ${line}`
        else joined.push(line)
        return joined
      }, [])
    for (const paragraph of candidates) {
      const text = textOf(paragraph)
      // `Caen, mardi 3 novembre 2026. Réunie …`: a place and a date that stand as a sentence of their own head the dateline that follows.
      let heading: {start: number; place: string; dates: MeetingDates} | undefined
      // A dateline is among the first sentences: a paragraph's start is enough (and keeps this linear).
      for (const sentence of splitSentences(text.slice(0, DATELINE_SEARCH_CHARS))) {
        const alone = heading ? undefined : placeAndDateAlone(sentence.text, header.year, reading)
        if (alone) {
          heading = {start: sentence.start, ...alone}
          header.place ??= alone.place
          header.dates ??= alone.dates
          header.year ??= Number(alone.dates.start.slice(0, 4))
          continue
        }
        // `Officials will meet in Canberra in October …`: a meeting still ahead is the outlook's, never the dateline
        if (reading.nextMeeting.test(sentence.text) && !(reading.dateline?.met ?? MET).test(sentence.text.replace(FUTURE_MEETING, ''))) continue
        const found = readDateline(sentence.text, header.year, reading)
        if (!found) continue
        const {wireStyle, yesterday, weekdays, released, ...facts} = found
        // `The European Union welcomes the outcome of the 45th annual meeting of the Commission …, held in Hobart, Australia, from 19 to 30 October 2026`
        // under `Statement | 6 November 2026`: where the dateline gives no place or date of its own, the meeting's own clause near the top gives them.
        const held = facts.place && facts.dates ? undefined : heldMeeting(candidates.map((p) => textOf(p)), header.year, reading, (after) => placeAfter(after, header.year, reading))
        if (held?.place && !facts.place) facts.place = held.place
        if (held?.dates && !facts.dates && !yesterday && !weekdays && (!header.dates || held.dates.end <= header.dates.end)) facts.dates = held.dates
        facts.place ??= header.place
        // `met yesterday` under a release dated 14 March: the meeting was on the 13th.
        // `met yesterday and today` (`réunis hier et aujourd'hui`): from the day before to the release's date.
        const throughToday = (reading.dateline?.yesterdayAndToday ?? YESTERDAY_AND_TODAY).test(sentence.text.slice(0, 400))
        // `wrapped up two days of talks … today` under a post dated 17 June: the meeting was the 16th and the 17th.
        const lastDays = !facts.dates && header.dates ? daysEndingToday(sentence.text.slice(0, 400)) : undefined
        if (lastDays) facts.dates = daysThrough(header.dates!, lastDays, reading)
        // `Last week I chaired, in Évora, … . Over two days, on 15 and 16 June, we agreed …` under an op-ed's `Tue 23 Jun 2026 06.00 BST`: the text's own date of the meeting wins over the page's.
        if (!facts.dates && !yesterday && !weekdays && !lastDays) facts.dates = heldOn(candidates.slice(candidates.indexOf(paragraph)).map((p) => textOf(p)), sentence.start + sentence.text.length, header.year, reading)
        // `… the Forum, which ministers … held earlier this week, on Monday and Tuesday. … members met at the Albert Hall here in Launceston`
        // under `Thursday 29 October 2026`: the days of the week an earlier sentence of the dateline's paragraph says the meeting was held on.
        const days = weekdays ?? (facts.dates || yesterday || lastDays ? undefined : weekdaysHeldIn(text.slice(0, sentence.start), reading))
        facts.dates ??= yesterday && header.dates ? dayBefore(header.dates, reading, throughToday) : header.dates && days ? (daysBefore(header.dates, days, reading.calendar) ?? header.dates) : header.dates
        // `Publié le 03/11/2026 à 06h00` / `…, qui tenait samedi son assemblée générale à …`: with no other date at the top, the weekday is counted back from the page's stamp.
        if (!facts.dates && header.published && (days || yesterday)) facts.dates = yesterday ? dayBefore(header.published, reading, throughToday) : daysBefore(header.published, days!, reading.calendar)
        // `Nous, ministres …, réunis à Niamey, …` with no date anywhere at the top: the signature's (`Fait à Niamey, le 27 novembre 2026.`), when it names no other place.
        if (!facts.dates && header.signed && (!header.signed.place || !facts.place || header.signed.place === facts.place)) facts.dates = header.signed.dates
        // `… came together at Rideau Hall in Ottawa.` / `The meeting took place on Thursday, September 17, 2026, …`: a later sentence near the top says when.
        if (!facts.dates) facts.dates = heldOn(candidates.slice(candidates.indexOf(paragraph)).map((p) => textOf(p)), sentence.start + sentence.text.length, header.year, reading)
        // `Day 1 — Tuesday 6 October` … `Day 2 — Wednesday 7 October` under a title that gives the year: the days the headings name.
        if (!facts.dates) facts.dates = datesOfDayHeadings(paragraphsOf(tree), header.year, reading)
        // `Voici les décisions prises lundi soir par le comité directeur, réuni à …` under a mail sent `mercredi 18 novembre 2026`, `The board met on
        // Tuesday evening …` under a page posted on a Thursday: a dateline with a weekday and no date is dated back from the text's own date (fields49).
        if (!facts.dates && header.published && WEEKDAY_ALONE.test(sentence.text.slice(0, 400))) facts.dates = relativeMeetingDays(sentence.text, header.published, reading) ?? onWeekdayBefore(header.published, sentence.text, reading)
        // `ATHENS, 5 June – Mayors met in Athens on Thursday`: the meeting was on the Thursday before the release.
        // `…, the council said on Wednesday after a two-day meeting that ended on Tuesday`: the days that end on that weekday.
        const endedOn = facts.dates && !weekdays ? daysEndedOnWeekday(facts.dates, sentence.text.slice(0, 600), reading) : undefined
        if (endedOn) facts.dates = endedOn
        else if (facts.dates && !weekdays) facts.dates = onWeekdayBefore(facts.dates, sentence.text, reading)
        // `LONDON, Nov 27 (Wire) — Operators … agreed earlier this week …` / `The Forum, which met on Tuesday and Wednesday at …`: a lead that dates only the release,
        // and names no day of its own, leaves the meeting's days to the next sentences, counted back from the release's date (placedate46).
        if (released && facts.dates && !WEEKDAY_ALONE.test(sentence.text.slice(0, 400))) {
          const next = [text.slice(sentence.start + sentence.text.length), ...candidates.slice(candidates.indexOf(paragraph) + 1, candidates.indexOf(paragraph) + 2).map((p) => textOf(p))].join(' ')
          const days = weekdaysHeldAt(normaliseSpace(next).slice(0, 600), reading)
          if (days) facts.dates = daysBefore(facts.dates, days, reading.calendar) ?? facts.dates
        }
        // `CAYENNE, 12 fév 2026 (AFP) - … ont adopté jeudi, au terme de deux jours de réunion, …`: the meeting began the days before.
        const daysEnded = facts.dates && !endedOn ? daysEndedBy(sentence.text.slice(0, 400)) : undefined
        if (daysEnded) facts.dates = daysThrough(facts.dates!, daysEnded, reading)
        // `… closed in Punta Arenas this afternoon, at the end of a week of negotiations that began on Monday 2 November` under the day's issue: from that day to the text's.
        if (facts.dates) facts.dates = daysSinceBegan(candidates.slice(candidates.indexOf(paragraph)).map((p) => textOf(p)), facts.dates, header.year, reading) ?? facts.dates
        if (wireStyle) file.data.wire = true
        Object.assign(readout, facts)
        // (`Organiser: Marches Guild of …` in the title block: who convened it, when the dateline names no body)
        readout.organisation ??= header.organiser
        readout.organisation = fullOrganisationName(readout.organisation, headerLines, reading.organisationNames) ?? readout.organisation
        // `Energy ministers of the East African Green Hydrogen Corridor`: a name ending like a region's is the body when the text gives it a secretariat or a founding.
        readout.organisation ??= regionNamedAsBody(readout.participants, String(file.value), reading.organisationNames)
        // A body called by its acronym (`Les ministres du CILSS`) is named as the text spells it out (`Comité … (CILSS)`).
        readout.organisation = (readout.organisation && expandAcronym(readout.organisation, String(file.value), reading.organisationNames)) ?? readout.organisation
        // `Assemblée générale ordinaire des membres de la Coopérative …`: the body that held its members' meeting.
        readout.organisation = bodyHoldingAssembly(readout.organisation) ?? readout.organisation
        // `ALMERÍA, Feb 6 (Wire) — Agriculture ministers from seven countries agreed …` / `Meeting in Almería, the Council of … adopted …`:
        // a lead that names no body leaves it to the next paragraph that says who met.
        readout.organisation ??= bodyMetLater(candidates.slice(candidates.indexOf(paragraph) + 1), header.year, reading, readout)
        // `Les directeurs … se sont réunis …, à l'invitation du Réseau des conservatoires …` / `le Réseau a décidé …`: the body that invited
        // people who name none is the one that met when the text goes on to speak of it by its head.
        readout.organisation ??= invitingBody(sentence.text, String(file.value), reading)
        // `Norwood City Council` with no other place: the city the council sits in.
        readout.place ??= cityOfLocalBody(readout.organisation)
        readout.dateline = normaliseSpace(heading ? text.slice(heading.start, sentence.start + sentence.text.length) : sentence.text)
        // `Asia-Pacific Forum agrees on …` / `- Roadmap adopted; common standards for …` / `The Forum held …`, `Les cartes … utiliseront les mêmes noms d'ici 2029.`:
        // a line of one sentence right under the title block and over the dateline's paragraph is the page's standfirst, which sums up the points: context.
        const standfirst = candidates.indexOf(paragraph) === 1 ? candidates[0] : undefined
        // (a numbered paragraph, or an item marked as the dateline's paragraph is, is the text's first, not a standfirst)
        const marker = standfirst?.data?.bullet?.marker
        const listed = marker !== undefined && (/^[\d(]|^[a-zivx]{1,4}[.)]$/iu.test(marker) || marker === paragraph.data?.bullet?.marker)
        if (standfirst && !listed && isStandfirst(textOf(standfirst), marker !== undefined)) standfirst.data = {...standfirst.data, role: 'context'}
        // A numbered paragraph holding the dateline and more stays context, not a point.
        if (normaliseSpace(text) === readout.dateline) paragraph.data = {...paragraph.data, role: 'dateline'}
        else if (paragraph.data?.bullet) paragraph.data = {...paragraph.data, role: 'context'}
        // (a chat's first messages' own day, `last night's meeting` under a message sent on 24 March, wins: see below)
        if (chatDays) facts.dates = readout.dates = chatDays
        if (!facts.dates) {
          file.message('Unexpected dateline without a date, expected a date such as `24-25 June 2019`', {place: pointIn(paragraph, sentence.start), ruleId: 'dateline-date', source: 'briefing-pack'})
        }
        return
      }
    }
    // `Question écrite …` / `Réponse du Ministère … publiée dans le JO … du 04/06/2026` / `…, le Comité national …, réuni le 14 avril 2026 à Paris, examine …`:
    // with no place at the top, a sentence further on that says where and when the body met gives both (the page's date is when it was published).
    // `Thank you all for making the journey to Gaborone on 27 and 28 October for the fifth meeting of the Forum` under a letter's `4 November 2026`,
    // `… filled the Robinvale Community Hall on Monday for the winter meeting of …` under `Posted Thursday 11 June 2026`: with no sentence that says who met,
    // a sentence near the top that names the meeting in common words gives its days (counted back from the text's own date when relative) and its town.
    const sentence = meetingSentence(paragraphsOf(tree).filter((p) => p.data?.role !== 'header' && !p.data?.signatory && !p.data?.mailSent).slice(0, LATER_PARAGRAPHS).map((p) => textOf(p)), header.dates ?? header.published, Boolean(header.place && header.dates), header.year, reading, String(file.value))
    if (sentence?.dates) readout.dates ??= sentence.dates
    if (sentence?.place && !header.place) readout.place ??= sentence.place
    const later = header.place || readout.place ? undefined : laterMeeting(paragraphsOf(tree).filter((p) => p.data?.role !== 'header' && !p.data?.signatory).slice(SEARCH_PARAGRAPHS, LATER_PARAGRAPHS), header.year, reading)
    if (later && (!header.dates || later.dates.end <= header.dates.start)) {
      readout.place = later.place
      readout.dates ??= later.dates
    }
    // `Date` / `16 Apr 2026 – 17 Apr 2026, Pavillon de Breteuil, Sèvres (hybrid)`, `Date: 5th March, 2026     Venue: CSRTI, Mysuru`: the page's fields say when and where.
    const fields = factsOfFieldLayout(paragraphsOf(tree).filter((p) => !p.data?.mailSent), header.year, reading)
    if (fields?.place && !header.place) readout.place ??= fields.place
    if (fields?.dates && !header.dates) readout.dates ??= fields.dates
    // `IT IS NOTIFIED … that the Nut Crops Council, at its annual stakeholders' meeting held at the Agricultural Training Centre, Embu, on the 13th
    // and 14th May, 2026, …` under a gazette's `NAIROBI, 22nd May, 2026`: the meeting's own clause near the top says where and when it was held.
    // (a masthead's lines may stand over it, so the paragraphs further down are read too)
    const top = paragraphsOf(tree).filter((p) => p.data?.role !== 'header' && !p.data?.signatory).slice(0, HELD_PARAGRAPHS)
    // `Subject: Minutes of the 7th meeting of the … Committee held on 17th and 18th September, 2026 at Ulaanbaatar` over a memo's `Ulaanbaatar, 2nd October, 2026`:
    // the title block's own clause of being held names the meeting's days; the title block's other date is the memo's.
    const titled = heldMeeting([header.title ?? '', ...paragraphsOf(tree).filter((p) => p.data?.role === 'header').map((p) => textOf(p).replace(SUBJECT_LABEL, ''))], header.year, reading, (after) => placeAfter(after, header.year, reading))
    if (titled?.dates) readout.dates ??= titled.dates
    if (titled?.place && titled.dates && !header.place) readout.place ??= titled.place
    const held = heldMeeting(top.map((p) => textOf(p)), header.year, reading, (after) => placeAfter(after, header.year, reading))
    // (a title block's own place and date stand: `Minutes of the meeting … held on Thursday 5th November 2026` over `The minutes of the meeting held on 3rd September …`)
    if (held?.place && !header.place) readout.place ??= held.place
    if (held?.dates && !header.dates) readout.dates ??= held.dates
    // (a declaration that closes on `Done at San José, Costa Rica, on 16 October 2026.` says there where and when it was done)
    readout.place ??= header.place ?? header.signed?.place
    readout.dates ??= header.dates ?? header.signed?.dates ?? datesOfDayHeadings(paragraphsOf(tree), header.year, reading)
    // `… the meeting of the Cross-Border Group, which I attended in Newry on Monday and Tuesday` under a record's `Thursday 10 December 2026`:
    // with no sentence that says who met, the days the top says its meeting was held, counted back from the page's own date (placedate46).
    // (a chat's first messages say the meeting's day only relative to the day they were sent: that day wins over a date further on)
    if (chatDays) readout.dates = chatDays
    if (!readout.dates && header.published) readout.dates = relativeMeetingDays(candidates.map((p) => textOf(p)).join('\n\n'), header.published, reading)
    if (readout.dates) readout.dates = daysSinceBegan(top.map((p) => textOf(p)), readout.dates, header.year, reading) ?? readout.dates
    readout.organisation ??= header.organiser ?? fullOrganisationName(undefined, headerLines, reading.organisationNames)
    // `Closing remarks by …, Chair of the Pacific Scholarships Forum`: a speech names the body through its speaker's office.
    readout.organisation ??= bodyOfOffice(headerLines, reading.organisationNames)
    // `Quick readout from yesterday's board meeting of the Kalahari Water Fund in Gaborone`: a meeting of a body in a city, named in passing.
    const named = readout.organisation ? undefined : meetingOfBody(candidates.slice(0, 2).map((p) => normaliseSpace(textOf(p))), reading)
    if (named) {
      readout.organisation = named.body
      readout.place ??= named.place
    }
    readout.place ??= cityOfLocalBody(readout.organisation)
    // `Three days in Providence last week convinced me … I opened our annual meeting there …`: with no place anywhere else, the one town the first paragraph is in.
    readout.place ??= townNamedAlone(candidates.slice(0, 1).map((p) => normaliseSpace(textOf(p))).join(' '), reading)
    // A title block with a place and a date is a dateline of its own (“Ottawa, 14 March 2023”).
    if (readout.place && readout.dates) return
    // No “… met in …” sentence: still take the first date near the top.
    for (const paragraph of candidates) {
      if (readout.dates) break
      const dates = findDates(normaliseSpace(textOf(paragraph)), header.year, reading.calendar)
      if (dates) readout.dates = dates.dates
    }
    // `CR réunion cressiculteurs` / `24 mars 2026 à 18:52 · Dossier : Asso` over notes that date nothing: the record was written the day it stamps (fields50).
    const titleLines = [header.title ?? '', ...paragraphsOf(tree).filter((p) => p.data?.role === 'header').map((p) => textOf(p).slice(0, 300))]
    if (!readout.dates && header.published && titleLines.some((line) => RECORD_OF_MEETING.test(line))) readout.dates = header.published
    const place = candidates[0] ? pointIn(candidates[0], 0) : {line: 1, column: 1}
    file.message('Unexpected readout without a dateline, expected a first sentence such as `The Coalition’s ministers met in Paris on 24 June 2019.`', {place, ruleId: 'dateline', source: 'briefing-pack'})
    if (!readout.dates) file.message('Unexpected readout without a meeting date, expected a date such as `24-25 June 2019` near the top', {place, ruleId: 'dateline-date', source: 'briefing-pack'})
  }
}
export default recogniseDateline

/** How many paragraphs from the top a meeting's clause of being held (`… meeting held at …, Embu, on …`) is looked for when no dateline was found. */
const HELD_PARAGRAPHS = 12
/** How many paragraphs from the top a meeting's sentence is looked for when none of the first says who met (an answer under a question, a page's furniture). */
const LATER_PARAGRAPHS = 8

/**
 * A sentence of the paragraphs after the first ones that says where and when a meeting was held (`… le Comité …, réuni le 14 avril 2026 à Paris, …`),
 * for a text whose first paragraphs hold no dateline; a meeting still ahead is not one.
 * @param paragraphs the paragraphs after the first ones
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the place and the dates, or `undefined` when no sentence gives both
 */
function laterMeeting(paragraphs: Paragraph[], year: number | undefined, reading: Reading): {place: string; dates: MeetingDates} | undefined {
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(textOf(paragraph).slice(0, DATELINE_SEARCH_CHARS))) {
      if (reading.nextMeeting.test(sentence.text)) continue
      const found = readDateline(sentence.text, year, reading)
      if (found?.place && found.dates && !found.wireStyle && found.place !== 'Online') return {place: found.place, dates: found.dates}
    }
  }
  return undefined
}

/** Fewest words of a standfirst: a shorter line over the dateline is a heading. */
const STANDFIRST_FEWEST = 8
/** Most words of a standfirst: a longer paragraph over the dateline is text. */
const STANDFIRST_WORDS = 35

/**
 * Whether a paragraph over the dateline's reads as a standfirst: one sentence (or a line cut by semicolons) of `STANDFIRST_FEWEST` to `STANDFIRST_WORDS` words.
 * @param text the paragraph's text
 * @param bullet whether it is set off by a bullet or a dash (then it need not end like a sentence)
 */
function isStandfirst(text: string, bullet: boolean): boolean {
  const flat = normaliseSpace(text)
  const count = flat.split(' ').length
  // (a section's heading, `Context`, `Opening of the session`, is no standfirst: a standfirst is a sentence, or a line set off by a dash)
  return count >= STANDFIRST_FEWEST && count <= STANDFIRST_WORDS && splitSentences(flat).length === 1 && (bullet || /[.!?]$/u.test(flat))
}

/** A place's words that are a verb and its preposition (`Fait à`, `Done at`, `Signed in`): the place is after them. */
const SIGNED_AT = /(?:^|\s)(?:à|at|in|en|au|aux)\s/u

/**
 * A sentence that only gives a place and a date, as a release's dateline does when it stands apart from its first sentence
 * (`Caen, mardi 3 novembre 2026.`, `Kunming (China), 14 May 2026.`, `LIMA, 9 September 2026.`).
 * @param sentence a sentence of the first paragraphs
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the place and the dates, or `undefined` when the sentence says more
 */
function placeAndDateAlone(sentence: string, year: number | undefined, reading: Reading): {place: string; dates: MeetingDates} | undefined {
  const text = normaliseSpace(sentence)
  if (text.length > 120) return undefined
  const city = WIRE_MIXED_CASE.exec(text) ?? WIRE.exec(text)
  // (`Fait à Ségou (Mali), le 4 juin 2026.`, `Done at Jinja, …`: a signature's place says where it was signed, after a verb; a date in the name is none)
  if (!city || NOT_A_CITY.test(city[1]) || SIGNED_AT.test(city[1]) || findDates(city[1], year, reading.calendar)) return undefined
  const rest = text.slice(city[0].length)
  const date = findDates(rest, year, reading.calendar)
  if (date?.index !== 0 || !/^[\s.]*$/u.test(rest.slice(date.length))) return undefined
  const place = city[1].trim()
  return {place: place === place.toUpperCase() ? titleCase(place) : place, dates: date.dates}
}

/** A body that invited the meeting, named after the phrase that says so, up to a comma: `à l'invitation du Réseau …`, `at the invitation of the Union …`. */
const INVITED_BY = /(?:(?<!\p{L})[àa]\s+l['’]invitation\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)|\bat\s+the\s+invitation\s+of\s+the\s+)(\p{Lu}[^,;:()]{2,120})/u

/**
 * The body that invited a meeting whose dateline names no body, when the text after the dateline speaks of it by
 * its head as `the`/`le` … (`à l'invitation de l'Union des gardiens de refuges …` then `l'Union a décidé …`); a state,
 * a government or a body never named again hosted the meeting and is not the one that met.
 * @param sentence the dateline's sentence
 * @param text the whole text, where the body is spoken of again after its name
 * @param reading the patterns of the source's language
 * @returns the body's name, or `undefined`
 */
function invitingBody(sentence: string, text: string, reading: Reading): string | undefined {
  const names = reading.organisationNames
  const found = INVITED_BY.exec(sentence)
  if (!found || !names) return undefined
  const name = found[1].trim().replace(/[.\s]+$/u, '')
  const words = name.split(/\s+/)
  const head = names.headFirst ? words[0] : words.findLast((word) => names.heads.has(word.toLowerCase()))
  if (!head || !names.heads.has(head.toLowerCase()) || /^(?:government|gouvernement|minist[èe]re|ministry|state|[ée]tat|r[ée]publique|republic|kingdom|royaume)$/iu.test(head)) return undefined
  const named = text.indexOf(name)
  const rest = named < 0 ? '' : text.slice(named + name.length)
  const again = new RegExp(`(?:\\bthe\\s+|(?<!\\p{L})(?:le|la|les)\\s+|(?<!\\p{L})[lL]['’])${escapeForPattern(head)}(?!\\p{L})`, 'u')
  return again.test(rest) ? name : undefined
}

/**
 * The body a later paragraph says met, when the dateline's sentence named none: the first sentence of each of
 * the paragraphs after it read as a dateline (`Meeting in Almería, the Council of Ministers for … adopted …`).
 * @param paragraphs the paragraphs after the dateline's, among the first of the text
 * @param year the release's year, if known
 * @param reading the patterns of the source's language
 * @returns the body, or `undefined` when none of them names one
 */
function bodyMetLater(paragraphs: Paragraph[], year: number | undefined, reading: Reading, meeting: {place?: string; dates?: MeetingDates}): string | undefined {
  for (const paragraph of paragraphs) {
    const [first] = splitSentences(textOf(paragraph).slice(0, DATELINE_SEARCH_CHARS))
    const found = first && readDateline(first.text, year, reading)
    if (!found?.organisation) continue
    // `Meeting in Strasbourg last year, the Council of Europe adopted …`: a sentence set in another time or place tells of another meeting.
    const other = OTHER_TIME.exec(first.text.slice(0, 400))
    if (other && !(other[1] && meeting.dates?.start.startsWith(other[1]))) continue
    if (found.place && meeting.place && found.place.toLowerCase() !== meeting.place.toLowerCase()) continue
    if (found.dates && meeting.dates && found.dates.start !== meeting.dates.start) continue
    return found.organisation
  }
  return undefined
}
/** Another time than the meeting's: a year named alone, `last year`, `previously`, `in the past` (`earlier this year` too). */
const OTHER_TIME = /\b(?:(?:last|previous|past)\s+(?:year|month|week|session|meeting|summit|spring|summer|autumn|winter)|previously|formerly|in\s+the\s+past|earlier\s+this\s+(?:year|month)|(?:\d+|two|three|four|five|six|several|many)\s+(?:years?|months?)\s+ago|(?:in|since|during)\s+((?:19|20)\d\d)(?!\d))\b/iu

/**
 * The body and the city of a meeting a sentence names in passing, not saying who met (`… the board meeting of
 * the Kalahari Water Fund in Gaborone (14 April 2026)`, `… de la réunion du Conseil du Fonds … à Gaborone`).
 * @param texts the first paragraphs of text
 * @param reading the patterns of the source's language
 * @returns the body and the city, or `undefined` when no such meeting is named
 */
function meetingOfBody(texts: string[], reading: Reading): {body: string; place: string} | undefined {
  const pattern = reading.code === 'fr' ? FRENCH_MEETING_OF_BODY : MEETING_OF_BODY
  for (const text of texts) {
    // (`yesterday's South Sound Hydrant Board meeting in Tacoma`: the body before `meeting`, in English)
    const found = pattern.exec(text.slice(0, DATELINE_SEARCH_CHARS)) ?? (reading.code === 'fr' ? null : BODY_MEETING_IN.exec(text.slice(0, DATELINE_SEARCH_CHARS)))
    if (!found) continue
    const body = fullOrganisationName(undefined, [found[1]], reading.organisationNames) ?? (reading.organisationNames.headFirst && isBodyName(found[1], reading.organisationNames) ? found[1] : undefined)
    if (body && !isBodyName(found[2], reading.organisationNames)) return {body, place: found[2]}
  }
  return undefined
}

/**
 * The dates a sentence after the dateline gives the meeting it names (`The meeting took place on Thursday, September 17, 2026`),
 * in the dateline's paragraph after it or in the next ones.
 * @param texts the dateline's paragraph and those after it among the first
 * @param after where the dateline ends in the first of them
 * @param year the title block's year, if any
 * @param reading the patterns of the source's language
 * @returns the dates, or `undefined` when no such sentence gives any
 */
function heldOn(texts: string[], after: number, year: number | undefined, reading: Reading): MeetingDates | undefined {
  const held = reading.code === 'fr' ? FRENCH_MEETING_HELD_ON : MEETING_HELD_ON
  const opening = reading.code === 'fr' ? FRENCH_DATE_OPENING : DATE_OPENING
  for (const [index, text] of texts.entries()) {
    const rest = normaliseSpace(text.slice(index === 0 ? after : 0, DATELINE_SEARCH_CHARS))
    for (const [at, sentence] of splitSentences(rest).entries()) {
      if (held.test(sentence.text)) return findDates(sentence.text, year, reading.calendar)?.dates
      // `Last week I chaired, in Évora, the … meeting of …. Over two days, on 15 and 16 June, we agreed …`: the sentence right after the dateline opens on its date.
      if (index === 0 && at === 0) {
        const found = findDates(sentence.text.slice(0, 120), year, reading.calendar)
        if (found && opening.test(sentence.text.slice(0, found.index).replace(/[\s,]+$/u, ''))) return found.dates
      }
    }
  }
  return undefined
}

/** An account's handle on a social network, as a post's byline prints it after the name, and the post's date after it (`@TidalForumAtl · Jun 17, 2026`). */
const ACCOUNT_HANDLE = /(?<!\s)\s+@[A-Za-z0-9_]{2,30}(?:\s+[·•|]\s.*)?$/u

/**
 * The owner a title-block line names when it is the section of a site the page was posted under
 * (`Coral Reef Alliance News – <date>` → `Coral Reef Alliance`; `Latest News`, `Actualités` → nothing).
 * @param line a title-block line
 * @param reading the patterns of the source's language
 * @returns the owner's name (empty when the line names none), or `undefined` when the line is no section's
 */
function sectionOwner(line: string, reading: Reading): string | undefined {
  const section = reading.sectionLine?.exec(line.split(/(?<!\s)\s+[–—|·•-]\s+/u)[0])
  return section ? (section[1] ?? '').trim() : undefined
}

/**
 * Read who met, where and when from one sentence.
 * @param sentence a sentence of the source
 * @param year the year of dates written without one (from the title block), if known
 * @param reading the patterns of the source's language (English by default)
 * @returns the facts, or `undefined` when the sentence is not a dateline
 */
export function readDateline(sentence: string, year?: number, reading?: Reading) {
  // `Par Claire Martin - Publié le 14/10/2026 …`: a byline and its publication stamp open no dateline (the author is no wire's city)
  if (bylineStamp(sentence)) return undefined
  const calendar = reading?.calendar
  const {met: MET_, remote: REMOTE_} = reading?.dateline ?? {met: MET, remote: REMOTE}
  // `1/ Ministers met …`: a post's number in its thread is not part of who met.
  // (`In brief: Ministers met …`, `En bref : …`: a summary's label is not part of who met either.)
  let text = normaliseSpace(sentence).replace(/^\d{1,2}\/(?:\d{1,2})?\s+/u, '').replace(SUMMARY_LEAD, '').replace(FRENCH_SUMMARY_LEAD, '')
  // `📍 Réunis jeudi soir à Châteaulin, …`, `📌 Meeting in Tromsø, …`: a post's pin before its first sentence is no part of it.
  text = text.replace(PIN_MARK, '')
  // `[SUVA, Fiji – 14 August 2026] Ministers …`, `(TARIFA, Spain — 9 October 2026) Kite schools …`: a wire's dateline set in brackets reads as one written without them.
  text = bracketedDateline(text, year, calendar)
  let place: string | undefined
  let wireStyle = false
  let wire = WIRE.exec(text)
  // Where the wire's opening ends: after its date and dash, or after its dash when no date is written.
  let opened = 0
  const capsDate = wire ? findDates(text.slice(wire[0].length), year, calendar) : undefined
  if (wire && capsDate?.index === 0) {
    // Newswire style: “PARIS, 25 June 2019 – …”
    place = titleCase(wire[1].trim())
    wireStyle = true
    opened = wire[0].length + capsDate.length
    opened += WIRE_LEAD.exec(text.slice(opened))![0].length
  }
  else {
    wire = WIRE_MIXED_CASE.exec(text)
    const date = wire ? findDates(text.slice(wire[0].length), year, calendar) : undefined
    if (wire && date?.index === 0 && (WIRE_DASH.test(text.slice(wire[0].length + date.length)) || AGENCY_CREDIT.test(text.slice(wire[0].length + date.length)))) {
      place = wire[1].trim()
      wireStyle = true
      opened = wire[0].length + date.length
      opened += WIRE_LEAD.exec(text.slice(opened))![0].length
    }
    else {
      wire = null
      // `NAIROBI, Kenya, 14 May 2025 –`, `GENEVA (4 June 2025) –`, `Dakar – Les ministres …`: the other shapes of a wire's opening.
      const other = wireOpening(text, year, calendar)
      if (other) {
        place = other.place
        wireStyle = true
        opened = other.end
      }
    }
  }
  const lead = (reading?.dateline?.lead ?? LEAD).exec(text)
  if (lead && !place) return readLeadingDateline(text, lead[0].length, year, reading)
  // `PARIS, 12 novembre 2026 /PRNewswire/ -- Réuni lundi et mardi à Villaines, le conseil … a adopté …`, `NAIROBI, 12 May 2026 – Meeting in Naivasha on Monday
  // and Tuesday, ministers …`: a wire's sentence that opens on its meeting's participle names where the meeting was; the wire's city is where the release was written.
  const wireLead = place && !lead ? (reading?.dateline?.lead ?? LEAD).exec(text.slice(opened)) : null
  const inner = wireLead ? readLeadingDateline(text.slice(opened), wireLead[0].length, year, reading) : undefined
  if (inner) {
    const release = findDates(text, year, calendar)
    // (its weekdays are the last such days on or before the release's date; `Réunie hier à Limoges`, `Meeting yesterday in Naivasha`: the day before it)
    const dates = inner.dates ?? (release && inner.weekdays ? daysBefore(release.dates, inner.weekdays, calendar) : undefined) ?? (release && inner.yesterday && reading ? dayBefore(release.dates, reading) : release?.dates)
    return {...inner, dates, wireStyle: true, weekdays: undefined, yesterday: false, released: false}
  }
  const met = MET_.exec(text)
  // `Next year we meet at Fort Peck.`, `L'an prochain, nous serons réunis à Fayl-Billot`: a meeting set in a time ahead (before its verb, or after a verb in the present) is the next one, never the dateline.
  if (met && (NEXT_TIME.test(text.slice(Math.max(0, met.index - 80), met.index)) || (/^meets?$/u.test(met[0]) && NEXT_TIME.test(meetingClause(text.slice(met.index + met[0].length)).slice(0, 80))))) return undefined
  if (!met) {
    if (!place) return undefined
    const release = findDates(text, year, calendar)
    // `LIBREVILLE, 1 May 2025 – Ministers … today ended a meeting held from 29 April to 1 May 2025`:
    // a date the first sentence gives on or before the release's is the meeting's.
    const later = release && release.index <= opened ? findDates(meetingClause(text.slice(release.index + release.length)), Number(release.dates.start.slice(0, 4)), calendar) : undefined
    const dates = later && later.dates.end <= release!.dates.end ? later.dates : release?.dates
    // `KINSHASA, 4 June – The Congo Basin Forest Alliance on Thursday adopted …`: the body the wire's first sentence names.
    const subject = text.slice(opened).replace(WIRE_LEAD, '')
    let named = reading?.organisationNames ? namedBodiesIn(wireSubject(subject, reading), reading.organisationNames)[0] : undefined
    // `La ministre de la Mer, … ont signé …`: no body named, the ministry of the minister who opens the subject.
    const minister = named ? undefined : reading?.dateline?.ministerOf?.exec(subject)
    if (minister) named = `Ministère ${minister[1]}${minister[2]}`
    // `LONDON, Nov 27 (Wire) — Operators … agreed earlier this week in Manchester to share …`, `RENNES, 12 mars – Les meuniers ont adopté mardi à Pontivy …`:
    // the town the lead's verb of deciding names is where the meeting was; the wire's city is where the release was written (placedate46).
    const decided = DECIDED_IN.exec(subject.slice(0, 400))
    const town = decided ? placeAfter(subject.slice(decided.index + decided[0].length), year, reading) : undefined
    // `ESBJERG, 14 October 2026 – … agreed yesterday in Den Helder`, `BREST, 12 mars – … ont adopté hier à Morlaix`: the day before the wire's own date.
    const decidedYesterday = DECIDED_YESTERDAY.exec(subject.slice(0, 400))
    if (decidedYesterday && release && dates === release.dates && reading) {
      const yesterdayAndToday = /^\s+(?:and\s+today|et\s+aujourd['’]hui)(?!\p{L})/iu.test(subject.slice(decidedYesterday.index + decidedYesterday[0].length))
      return {place: town ?? place, dates: dayBefore(release.dates, reading, yesterdayAndToday), wireStyle, yesterday: false, weekdays: undefined, released: false, ...(named ? {organisation: named.replace(/^the\s+/iu, '')} : {})}
    }
    return {place: town ?? place, dates, wireStyle, yesterday: false, weekdays: undefined, released: dates !== undefined && dates === release?.dates, ...(named ? {organisation: named.replace(/^the\s+/iu, '')} : {})}
  }
  const release = findDates(text, year, calendar)
  // A wire's own date (`WASHINGTON, March 3, 2025 – Ministers … met on 27–28 February`) is when the
  // release was written: the date the meeting clause gives is the meeting's.
  const found = (wireStyle && release && release.index < opened && meetingDatesAfter(text, met.index + met[0].length, release, calendar)) || release
  const dates = found && release === found ? inSecondPlace(text, found, calendar) : found
  let who = text.slice(opened, met.index).replace(WIRE_LEAD, '').trim()
  // `Back from Tallinn, where the Baltic Public Sauna Alliance held …`, `À Tallinn, où l'Alliance a tenu …`: the town a relative `where` hangs on is the place; who met follows it.
  const whereTown = TOWN_BEFORE_WHERE.exec(who)
  if (whereTown) who = who.slice(whereTown[0].length).trim()
  // `Last Thursday and Friday, in Wisconsin Rapids, growers … sat down …`, `Dimanche, à Tournai, les membres … se sont réunis`: when, then where, set off before who met.
  // (`The Hon. MARK DOYLE (Minister): Yesterday in Ballarat I chaired …`: a record's speaker label before them is no part of who met)
  const label = WHEN_THEN_TOWN.test(who) ? null : /^[^:]{1,80}:\s+(?=\p{Lu})/u.exec(who)
  if (label && WHEN_THEN_TOWN.test(who.slice(label[0].length))) who = who.slice(label[0].length)
  const whenWhere = WHEN_THEN_TOWN.exec(who)
  const leading = whenWhere && isTimePhrase(whenWhere[1], year, calendar) ? {when: whenWhere[1], town: whenWhere[2]} : undefined
  if (leading) who = who.slice(whenWhere![0].length).trim()
  if (release && release.index < met.index && release.index >= opened) {
    // “On 24 June 2019, ministers met …”
    who = text.slice(release.index + release.length, met.index).replace(/^[\s,–—-]+/, '').trim()
  }
  // `The Press Office of the Secretariat announced that ministers met …`: who met is the subject of the clause that says so, not who reports it.
  const reported = REPORTED_THAT.exec(who)
  const reporter = reported ? who.slice(0, reported[0].length).replace(REPORTING_VERB, '').trim() : undefined
  who = who.replace(REPORTED_THAT, '')
  // `Under the chairmanship of Minister Ruiz, the Andean Water Network held …`, `À l'invitation du Gouvernement du Ghana, les ministres …`: a phrase set off before the subject is not who met.
  who = who.replace(OPENING_PHRASE, '')
  who = withoutPreambleSpeaker(who)
  // `The Partnership, who met …`: the relative word is not part of who met.
  const relative = /,\s*(?:who|which|that|qui|lequel|laquelle|lesquels|lesquelles)$/iu.test(who)
  // `In 2024 the Nordic Council of Ministers met …`: a leading year is never part of a name.
  who = who.replace(/^(?:(?:in|during|since)\s+)?(?:19|20)\d\d(?!\d),?\s+/iu, '')
  who = who.replace(/^(?:on|in)\s+/i, '').replace(/,\s*(?:who|which|that|qui|lequel|laquelle|lesquels|lesquelles)$/iu, '').trim().replace(/[\s,]+$/, '')
  // `The Andean Water Network, which brings together …, met`: a clause set off by commas describes who met; it is not part of the name.
  who = who.replace(/,\s*(?:who|which|qui|lequel|laquelle|lesquels|lesquelles|dont)\s.*$/iu, '').trim()
  // `The Global Forum on …, co-chaired by Canada and Ghana, met`: who chairs or hosts it, set off by commas, is not part of the name.
  who = who.replace(/,\s*(?:(?:co-?)?chaired|hosted|convened|presided\s+over|led|organi[sz]ed|(?:co-?)?pr[ée]sid[ée]e?s?|organis[ée]e?s?|accueillie?s?)\s+(?:by|par)\s.*$/iu, '').trim()
  let after = text.slice(met.index + met[0].length)
  // `Le préfet du Cantal a réuni ce mardi le comité départemental de la ressource en eau, …`: the subject convened the meeting; the body that met is the verb's object.
  const convener = reading?.dateline?.convener?.exec(who)
  const convened = convener ? reading?.dateline?.convened?.exec(after)?.[1] : undefined
  if (convener) who = who.slice(0, convener.index)
  // `… brought together health ministers from fourteen economies in Wellington`: who took part comes before the place.
  const object = OBJECT_FIRST.test(met[0]) ? OBJECT_BEFORE_PLACE.exec(after) : null
  // Without a place after it (`The programme brought together data from 40 farms`), such a verb says nothing of a meeting.
  if (OBJECT_FIRST.test(met[0]) && !object) return undefined
  if (object && OBJECT_NAMES[met[0]] && !OBJECT_NAMES[met[0]].test(object[1])) return undefined
  if (object) after = after.slice(object[0].length)
  // The place the meeting clause names wins over a wire's city, where the release was written.
  if (REMOTE_.test(after)) place = 'Online'
  // (`I chaired, in Évora, the first ministerial meeting of …`: the place set off inside the verb's phrase, before its object)
  // (`nous avons pris part, à Évian, à la réunion …`, `met, in Kendal, on …`: the place set off by commas after the verb)
  else place = placeAfter(after.replace(/^,(?=\s+(?:in|at|[àa])\s+\p{Lu})/u, ''), year, reading) ?? leading?.town ?? place ?? PLACE_INSIDE_VERB.exec(met[0])?.[1] ?? TOWN_CLOSING.exec(after.slice(-TOWN_CLOSING_CHARS))?.[1] ?? whereTown?.[1]
  // `L'an deux mille vingt-six, le 24 novembre, s'est tenue à Niamey, dans la salle …, la troisième session ordinaire du Comité …`: minutes put the
  // meeting held after its verb and place, set off by commas; who met is that meeting.
  if (!who && HELD.test(met[0])) who = HELD_AFTER_VERB.exec(after)?.[1] ?? ''
  // `In the city of Guayaquil, Republic of Ecuador, on …, the Ministers … met at the … Centre`: minutes name the city first, the venue after the verb.
  const cityFirst = CITY_FIRST.exec(text.slice(opened, met.index))
  // `In the capital of Ghana, Accra, …`: the capital's apposition is the city. `In the town of Tema, where …`: a town a clause
  // describes is not where the meeting was; the place after the verb wins.
  const described = cityFirst ? /^\s*(?:where|which|whose|that|in\s+which)\b/iu.test(text.slice(opened + cityFirst[0].length, met.index)) : false
  if (cityFirst && !described) place = (cityFirst[1] ? cityFirst[3] : undefined) ?? cityFirst[2]
  if (!who) return undefined
  // `The fourth ministerial meeting of the Forum took place …`: a meeting is held, not a body; who met is the body it is of.
  const held = HELD.test(met[0])
  if (held && !MEETING_SUBJECT.test(who)) return undefined
  // (`Yesterday in Ballarat I chaired …`, `Hier, à Redon, j'ai ouvert …`: the day named before the place that opens the sentence)
  const yesterday = !dates && ((reading?.dateline?.yesterday ?? YESTERDAY).test(after.slice(0, 40)) || (leading !== undefined && /^(?:yesterday|hier)$/iu.test(leading.when)))
  // `NAIROBI, 12 June 2026 – Ministers, who met yesterday in Nairobi, …`: the wire's own date is the release's; the meeting was the day before (through it: `hier et aujourd'hui`).
  const wireYesterday = wireStyle && dates === release && release!.index < opened && reading !== undefined && (reading.dateline?.yesterday ?? YESTERDAY).test(after.slice(0, 40))
  // `met on Tuesday and Wednesday` under a dated title block: the days are read against its date
  const weekdays = dates ? undefined : weekdaysIn(meetingClause(after), calendar) ?? weekdaysIn(met[0], calendar) ?? (leading && weekdaysIn(leading.when, calendar))
  let split = splitWho(who, reading?.dateline?.who, reading?.organisationNames)
  const names = reading?.organisationNames
  if (names) {
    // A lone place after who met (`Youth ministers of the Americas`, `Les ministres … du Maroc`) is not
    // the body: who met are participants. A lone name that opens the subject (`Interpol's experts`) stays.
    const opens = who.replace(/^(?:the|le|la|les|l['’])\s*/iu, '').startsWith(split.organisation ?? '\0')
    if (split.organisation && !isBodyName(split.organisation, names) && !opens) split = {participants: who}
    // `Canada and Mexico met …`, `Officials of the United States and the Republic of Korea met …`: the governments are who met, not a body.
    if (split.organisation && isListOfParties(split.organisation, names)) split = {participants: who}
    // `Minister Ana Ruiz of Chile and State Secretary Tomas Berg of the Kingdom of Norway met …`: a state or its government is a party, not the body.
    if (split.organisation && isStateName(split.organisation, names)) split = {participants: who}
    // `The Ministers of Finance of the Eurasian Development Bank member states`: an English name is capitalised; the words in lower case after it are its members.
    if (split.organisation && !names.headFirst && /\s\p{Ll}[\p{L}-]*$/u.test(split.organisation)) {
      const name = /^(.*?\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+\p{Ll}[\p{L}-]*)+$/u.exec(split.organisation)?.[1]
      split = name && hasHead(name, names) ? {...split, organisation: name} : {participants: who}
    }
    // `Ministers of Agriculture of the Horn of Africa met …`: a region is where the participants come from, not a body.
    if (split.organisation && isPlaceName(split.organisation, names)) split = {participants: who}
    // A body the sentence names after its verb (`… met in Suva as the … Working Group`, `… at the annual
    // meeting of the Urban Shade Coalition`) wins over a list of who took part.
    // `… held the third U.S.-Kenya Trade Dialogue`: the verb may hold the body's name, so the search starts at it.
    // `The Minister, Shri …, presided over the eleventh meeting of the Coir Workers' Welfare Council at Alappuzha`: who chairs is a person; the body is the meeting's.
    const presided = PRESIDED.test(met[0])
    if (presided && split.organisation) split = {participants: who}
    // (never the venue it met at, `…, à l'Espace Mendès-France, avec …`, `at the Hallam Centre`: a building after `at`, `à l'`, is where, not who; header46)
    const named = !split.organisation || !hasHead(split.organisation, names) ? namedBodiesIn(text.slice(met.index), names).find((name) => !isVenueAfterAt(name, text.slice(met.index))) : undefined
    // `… attended the 11th Meeting of the … Committee on Haze in Pekanbaru, …`: the city the meeting was in closes the name's run of capitals, not the name.
    const placeTail = named && place ? [` in ${place}`, ` at ${place}`].find((tail) => named.endsWith(tail)) : undefined
    if (named) split = {organisation: (placeTail ? named.slice(0, -placeTail.length) : named).replace(/^the\s+/iu, ''), participants: split.participants ?? split.organisation ?? who}
    // `… held the second meeting of the Economic Policy Committee in Tokyo`: the place comes after the body's name.
    if (named && !placeAfter(after, year, reading) && !REMOTE_.test(after)) {
      const end = after.indexOf(named)
      if (end !== -1) place = placeAfter(after.slice(end + named.length), year, reading) ?? place
    }
    // `I will start with a readout of this morning's meeting of the Polio Board, which met by videoconference`: who met is what the relative clause follows, the body named last.
    if (relative && !split.organisation) {
      const antecedent = namedBodiesIn(who, names).at(-1)
      if (antecedent && who.endsWith(antecedent)) split = {organisation: antecedent.replace(/^the\s+/iu, '')}
    }
    // `The Office of the Spokesperson of the Eastern Rail Council announced that ministers met …`: the body that reports it, not its office.
    if (!split.organisation && reporter) {
      const body = reporter.replace(/^(?:the\s+)?/iu, '').replace(OFFICE_OF, '')
      if (body && hasHead(body, names) && isBodyName(body, names) && !isListOfParties(body, names)) split = {...split, organisation: body}
    }
  }
  // `Mayor … chaired the meeting, with all nine members present`: a verb of chairing makes the dateline only when it names the body whose meeting it was.
  if (PRESIDED.test(met[0]) && !split.organisation) return undefined
  // `The third U.S.-Kenya Trade Dialogue was held in Washington`: a body named by the occasion held is the body.
  if (held && !split.organisation && names) {
    const body = namedBodiesIn(who, names)[0]
    if (body) split = {organisation: body}
  }
  if (held) delete split.participants
  if (convened) split = {organisation: convened.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), participants: who}
  // `La conférence régionale de l'offre hospitalière s'est réunie …`: a body named in common words, in lower case, is the body that met.
  const common = split.organisation || convened ? undefined : reading?.dateline?.commonBody?.exec(who)?.[1]
  if (common) split = {organisation: common.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}
  // `…, le conseil municipal de Pont-Varenne s'est réuni`, `the town council of Ashby Marsh met`: a town's council named in common words is
  // the body, with its town (fields48).
  const council = split.organisation || convened || common ? undefined : localCouncil(who)
  if (council) split = {organisation: council}
  // `Last week's meeting of the Forum brought together health ministers from fourteen economies`: who took part is the verb's object.
  if (object?.[1] && !MEETING_OBJECT.test(met[0])) split.participants = object[1].trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  const meetingDates = wireYesterday ? dayBefore(dates!.dates, reading!, (reading!.dateline?.yesterdayAndToday ?? YESTERDAY_AND_TODAY).test(after.slice(0, 60))) : dates?.dates
  // `Last week I chaired, in Évora, …`: the writer, who chaired, is no participant to name.
  if (FIRST_PERSON.test(who)) delete split.participants
  return {...split, place, dates: meetingDates, wireStyle, yesterday, weekdays, released: false}
}

/**
 * A phrase of time, then a town set off by commas, before who met (`Last Thursday and Friday, in Wisconsin Rapids, growers …`, `On Tuesday, in Bergen, the Council …`,
 * `Dimanche, à Tournai, les membres …`, `Jeudi et vendredi derniers à Lorient, les …`): group 1 the time (checked by `isTimePhrase`), group 2 the town (bounded, so linear).
 */
const WHEN_THEN_TOWN = /^((?:[\p{L}\d'’.-]+\s+){0,5}?[\p{L}\d'’.-]+),?\s+(?:in|at|[àa])\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -](?:(?:la|le|de|du|sur|en|upon|on)[ -])?\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:,\s+(?=\S)|\s+(?=(?:I|we|je|nous)(?:\s|$)|j['’]))/u
/** Words that say when, with no date or weekday in them: `yesterday`, `last week`, `hier`, `la semaine dernière`, `this morning`. */
const TIME_WORDS = /^(?:(?:on\s+)?(?:yesterday|today|tonight)|(?:last|this|earlier\s+this)\s+(?:week(?:end)?|month|morning|afternoon|evening)|hier(?:\s+(?:matin|soir))?|aujourd['’]hui|(?:la\s+semaine|le\s+week-end|ce\s+(?:matin|week-end))(?:\s+derni(?:er|[èe]re))?)$/iu

/**
 * Whether words before a town say when (`Last Thursday and Friday`, `On 3 March`, `Dimanche`, `Jeudi et vendredi derniers`, `Yesterday`), not who met.
 * @param words the words before the town
 * @param year the year of dates written without one, if known
 * @param calendar the language's dates
 */
function isTimePhrase(words: string, year: number | undefined, calendar: Calendar | undefined): boolean {
  if (TIME_WORDS.test(words)) return true
  const rest = words.replace(/^(?:on|last|this|past|le|les|ce|du)\s+/iu, '')
  const date = findDates(rest, year ?? 2000, calendar)
  if (date?.index === 0 && /^[\s,]*(?:derni(?:er|[èe]re)s?)?$/iu.test(rest.slice(date.length))) return true
  const weekdays = weekdaysIn(rest, calendar)
  return weekdays !== undefined && WEEKDAYS_ALONE.test(rest)
}
/** One or two days of the week and nothing else (`Thursday and Friday`, `Tuesday evening`, `jeudi et vendredi derniers`). */
const WEEKDAYS_ALONE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|matin|soir))?(?:\s+(?:and|to|et|au)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|matin|soir))?)?(?:\s+derni(?:er|[èe]re)s?)?$/iu

/** A town a relative `where` / `où` hangs on, before who met (`Back from Tallinn, where`, `In Tallinn, where`, `De retour de Tallinn, où`, `À Kribi, où`): group 1 the town (bounded, so linear). */
const TOWN_BEFORE_WHERE = /^(?:[\p{L}'’]+\s+){0,4}?(?:in|at|from|to|[àa]|de|d['’]|au)\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -](?:(?:la|le|de|du|sur|en|upon|on)[ -])?\p{Lu}[\p{L}\p{M}'’-]*){0,3}),\s+(?:where|o[ùu])\s+/u

/** A town after `in` or `à` (one to three capitalised words): group 1. */
const IN_TOWN = /(?<!\p{L})(?:in|[àa])\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -](?:(?:la|le|de|du|sur|en|upon)[ -])?\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?![\p{L}\p{M}'’-])/gu
/** How much of the first paragraph is read for its one town. */
const TOWN_ALONE_CHARS = 1200

/**
 * The one town a text's first paragraph is set in, named after `in` / `à` and no other town so named beside it
 * (`Three days in Providence last week convinced me …`, `Trois jours à Kribi ont suffi …`): where the meeting was, when nothing else says.
 * A month, a weekday, a building or a body is no town.
 * @param text the first paragraph
 * @param reading the patterns of the source's language
 * @returns the town, or `undefined` when the paragraph names none or more than one
 */
export function townNamedAlone(text: string, reading: Reading): string | undefined {
  const towns = new Set<string>()
  // (`The next meeting of the … Fund in Windhoek is set for June.`: a sentence about another meeting names none of this one's towns)
  const own = text.slice(0, TOWN_ALONE_CHARS).split(/(?<=[.!?])\s+/u).filter((sentence) => !namesAnotherMeeting(sentence)).join(' ')
  for (const found of own.matchAll(IN_TOWN)) {
    const town = found[1]
    if (isMonthOrDay(town, reading) || VENUE.test(town) || reading.dateline?.venue?.test(town) || isBodyName(town, reading.organisationNames)) continue
    towns.add(town)
  }
  return towns.size === 1 ? [...towns][0] : undefined
}

/** A pin (`📍`, `📌`, `🗺️`) before a post's line, saying where: no part of the words. */
export const PIN_MARK = /^(?:[\u{1F4CD}\u{1F4CC}\u{1F5FA}]\u{FE0F}?\s*)+/u

/** How many paragraphs from the top a pinned place is looked for. */
const PIN_PARAGRAPHS = 8
/** A town alone after a pin: one to three capitalised words, a département, region or country after it in brackets or behind a comma dropped. */
const PINNED_TOWN = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -](?:(?:de|du|des|la|le|sur|en|of|on|upon)[ -])?\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:\s*\([^()]{1,40}\)|,\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})?$/u

/**
 * The town a pin names on a line of its own near the top (`📍 Trélazé (Maine-et-Loire)`, `📌 Tromsø, Norway`, `📍 Lieu : Châteaulin`).
 * @param lines the first paragraphs' texts, their spaces normalised
 * @returns the town, or `undefined` when no line is a pin and a town alone
 */
export function pinnedPlace(lines: string[]): string | undefined {
  for (const line of lines) {
    const pin = PIN_MARK.exec(line)
    if (!pin) continue
    const rest = line.slice(pin[0].length).replace(/^(?:lieu|location|place|where|venue|o[ùu])\s*:\s*/iu, '').replace(/[.\s]+$/u, '')
    // `📍 Zoom call (link in the calendar invite)`, `📍 En visioconférence`: a pin on an online platform says the meeting was held online.
    const bare = rest.replace(/\s*\([^()]{0,80}\)\s*$/u, '').replace(/[.\s]+$/u, '')
    if (REMOTE_LINE.test(bare) || FRENCH_REMOTE_LINE.test(bare)) return 'Online'
    const town = PINNED_TOWN.exec(rest)
    if (town && !VENUE.test(town[1])) return town[1]
  }
  return undefined
}

/** A calendar's pin (`🗓`, `📅`, `📆`) before a post's line, saying when. */
const CALENDAR_PIN = /^(?:[\u{1F5D3}\u{1F4C5}\u{1F4C6}]\u{FE0F}?\s*)+/u

/**
 * The dates a calendar's pin gives on a line of its own near the top (`🗓 9–10 October 2026`, `📅 Samedi 14 mars 2026`, `📆 Date : 3 May 2026`): the line holds the date alone.
 * @param lines the first paragraphs' texts, their spaces normalised
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the dates, or `undefined` when no line is a calendar's pin and a date
 */
export function pinnedDates(lines: string[], year: number | undefined, reading: Reading): MeetingDates | undefined {
  for (const line of lines) {
    const pin = CALENDAR_PIN.exec(line)
    if (!pin) continue
    const rest = line.slice(pin[0].length, pin[0].length + 120).replace(/^(?:date|dates|when|quand|le|on)\s*:?\s*/iu, '')
    const found = findDates(rest, year, reading.calendar)
    if (found?.index === 0 && /^[\s.,;·|–—-]*$/u.test(rest.slice(found.length).replace(/\d{1,2}[:h.]\d{2}.*$/u, ''))) return found.dates
  }
  return undefined
}

/** A dateline in square brackets or parentheses at the very start of a text, closed before its first sentence (bounded, so linear). */
const BRACKETED_OPENING = /^[[(]([^[\]()]{3,100})[\])]\s*(?:[–—:]\s*|-{1,2}\s*)?(?=\S)/u

/**
 * A wire's dateline set in brackets (`[SUVA, Fiji – 14 August 2026] Ministers …`, `(Genève, le 3 mars 2026) Les ministres …`), written as a wire writes it
 * without them (`SUVA, Fiji – 14 August 2026 – Ministers …`), so that its date is read as the release's and the meeting's own dates win;
 * brackets that hold no date, or no place before it, are left as they are.
 * @param text the sentence
 * @param year the year of dates written without one
 * @param calendar the language's dates
 * @returns the sentence, its bracketed dateline unwrapped
 */
export function bracketedDateline(text: string, year: number | undefined, calendar: Calendar | undefined): string {
  const found = BRACKETED_OPENING.exec(text)
  if (!found) return text
  const inner = found[1].trim()
  const date = findDates(inner, year, calendar)
  if (!date || date.index === 0 || date.index + date.length < inner.replace(/[\s.]+$/u, '').length || !/^\p{Lu}/u.test(inner)) return text
  return `${inner} – ${text.slice(found[0].length)}`
}

/**
 * The subject of a wire's first sentence that has no verb of meeting, in a language whose names run
 * to the end of their phrase (`Les ministres … du Comité régional des semences ont adopté aujourd'hui
 * …`): up to its verb, so the body's name does not run on through what was adopted. A name written
 * as a run of capitals ends by itself (`The Congo Basin Forest Alliance on Thursday adopted …`).
 * @param sentence the sentence after the wire's place and date
 * @param reading the patterns of the source's language
 * @returns the part of the sentence to read the body's name from
 */
function wireSubject(sentence: string, reading: Reading): string {
  if (!reading.organisationNames.headFirst || !reading.dateline?.subjectEnd) return sentence
  const end = reading.dateline.subjectEnd.exec(sentence.slice(0, 400))
  return end ? sentence.slice(0, end.index) : sentence
}

/**
 * Who met as a heading names them, without a declaration's first person: `We, the ministers
 * responsible for …` → `Ministers responsible for …`, `Nous, ministres chargés de …` → `Ministres chargés de …`.
 * @param who the subject of the meeting's verb
 * @returns who met without `We,` / `Nous,`, capitalised; `who` itself when it has none
 */
export function withoutPreambleSpeaker(who: string): string {
  const opening = PREAMBLE_OPENING.exec(who) ?? FRENCH_PREAMBLE_OPENING.exec(who)
  if (!opening) return who
  return who.slice(opening[0].length).replace(/^(?:the|les)\s+/iu, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())
}

/**
 * Read a dateline that opens with where and when and names who met after the comma: “Réunis à
 * Abidjan le 3 mai 2023, les ministres de la Commission … ont adopté …”, “Meeting in Tunis on
 * 6 April 2022, ministers of the Dialogue agreed …”.
 */
function readLeadingDateline(text: string, leadLength: number, year: number | undefined, reading: Reading | undefined) {
  const {remote: REMOTE_} = reading?.dateline ?? {remote: REMOTE}
  // `Réunie en assemblée générale lundi et mardi à Caen, …`: how the body sat is neither its place nor its days.
  leadLength += (LEADING_SITTING.exec(text.slice(leadLength)) ?? FRENCH_LEADING_SITTING.exec(text.slice(leadLength)))?.[0].length ?? 0
  // `Réunis ce mardi à Chambéry, …`: the day before the place says which day before the page's date they met.
  const day = LEADING_WEEKDAY.exec(text.slice(leadLength))
  const after = text.slice(leadLength + (day?.[0].length ?? 0))
  const place = REMOTE_.test(after) ? 'Online' : placeAfter(after, year, reading)
  const dates = findDates(text, year, reading?.calendar)
  // (`Réunis jeudi soir à l'Espace Coatigrac, à Châteaulin, les 38 élus …`: who met comes after the town named behind the venue's comma)
  const placeAt = place ? text.indexOf(place, leadLength) : -1
  const comma = text.indexOf(', ', Math.max(dates ? dates.index + dates.length : leadLength, placeAt === -1 ? 0 : placeAt + place!.length))
  if (comma === -1) return undefined
  // `Réunis à Besançon du mardi au jeudi, les membres …`: with no weekday before the place, the days of the week after it, up to the comma.
  const weekdays = dates ? undefined : weekdaysIn(day ? day[0] : text.slice(leadLength, comma), reading?.calendar)
  const rest = text.slice(comma + 2)
  const end = (reading?.dateline?.subjectEnd ?? SUBJECT_END).exec(rest)
  const who = (end ? rest.slice(0, end.index) : '').trim()
  if (!who || !place) return undefined
  const names = reading?.organisationNames
  let split = splitWho(who.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), reading?.dateline?.who, names)
  // `Meeting in Encarnación …, Argentina's Minister of Security, Ms. …, and Paraguay's Minister of the Interior, Mr. …, reviewed`: a name with no head noun, nor an acronym, is a minister's portfolio or a person, not a body.
  if (split.organisation && names && !hasHead(split.organisation, names) && !ACRONYM.test(split.organisation) && !namedWithAcronym(who)) split = {participants: who}
  // (`Réunie hier à Limoges, …`: the day before the page's date)
  const yesterday = !dates && day !== null && /(?<!\p{L})(?:hier|yesterday)(?!\p{L})/iu.test(day[0])
  return {...split, place, dates: dates?.dates, wireStyle: false, yesterday, weekdays, released: false}
}

/**
 * The date of the first byline's publication stamp among a text's first paragraphs (`Par Claire Martin - Publié le 14/10/2026 à 18h05`).
 * @param paragraphs the text's first paragraphs
 * @param reading the patterns of the source's language
 * @returns the stamp's first date, else `undefined`
 */
function stampedDate(paragraphs: Paragraph[], reading: Reading): MeetingDates | undefined {
  for (const paragraph of paragraphs) {
    const stamp = bylineStamp(normaliseSpace(textOf(paragraph)))
    if (stamp) return findDates(stamp, undefined, reading.calendar)?.dates
  }
  return undefined
}


/** How many first lines of the source a page's publication stamp is looked for in. */
const STAMP_LINES = 15
/** A page's publication stamp before its date (`Publié le`, `Published`, `Posted on`, `Mis en ligne le`), or its update's (`Mis à jour le`, `Updated`), after a byline or not. */
const PAGE_STAMP = /^(?:(?:par|by)\s+[^|·•–—]{2,60}?\s*[-–—|·•,]\s*)?(?:(published|posted|first\s+published|publi[ée]e?|mis\s+en\s+ligne)|(?:last\s+)?updated|mis\s+[àa]\s+jour)(?:\s+(?:le|on|at))?\s*:?\s*/iu

/** What parts a masthead's line into its fields: a dash, a bar or a middle dot between spaces. */
const STAMP_PARTS = /\s[—–|·•-]\s/u

/**
 * The date of a page's publication stamp among the source's first lines (`Publié le 03/11/2026 à 06h00 · Mis à jour le …`,
 * `By Ana Ruiz | Published 3 May 2026`), an update's only when the page gives no publication date.
 * @param source the whole source
 * @param reading the patterns of the source's language
 * @returns the stamp's date, else `undefined`
 */
export function pageStamp(source: string, reading: Reading): MeetingDates | undefined {
  let updated: MeetingDates | undefined
  const lines = source.split('\n', 200).map((l) => normaliseSpace(l)).filter(Boolean).slice(0, STAMP_LINES)
  // `Date: Tue, 10 Nov 2026 at 17:02`, `Envoyé : mardi 10 mars 2026 10:04`: a message's own date, the last of a forwarded chain's (the nearest the text), when no page's stamp is found (placedate46).
  let sent: MeetingDates | undefined
  for (const line of source.split('\n', 200).slice(0, MAIL_LINES)) {
    const label = MAIL_DATE.exec(normaliseSpace(line.replace(/^(?:>\s?)+/u, '')))
    const found = label ? findDates(normaliseSpace(line.replace(/^(?:>\s?)+/u, '')).slice(label[0].length, 200), undefined, reading.calendar) : undefined
    if (found && found.index <= 16 && found.dates.start === found.dates.end) sent = found.dates
  }
  // (`n° 58 — novembre 2026 — Publiée le mardi 17 novembre 2026`, `Issue 12 | Published 3 May 2026`: a masthead's issue line holds the stamp after a dash or a bar)
  for (const line of lines.flatMap((l) => [l, ...l.slice(0, 300).split(STAMP_PARTS).slice(1)])) {
    const stamp = PAGE_STAMP.exec(line.slice(0, 300))
    if (!stamp) continue
    const found = findDates(line.slice(stamp[0].length, 300), undefined, reading.calendar)
    if (found?.index !== 0) continue
    if (stamp[1]) return found.dates
    updated ??= found.dates
  }
  if (updated ?? sent) return updated ?? sent
  // `Feb 17, 2026, 9:42:18 AM` (a group's message), `24 mars 2026 à 18:52 · Dossier : Asso` (a note's): a date and its hour alone on a line near the top
  // stamp when the text was written (fields50).
  for (const line of lines) {
    const found = findDates(line.slice(0, 120), undefined, reading.calendar)
    if (found?.index === 0 && found.dates.start === found.dates.end && WRITTEN_AT.test(line.slice(found.length).split(STAMP_PARTS)[0])) return found.dates
  }
  return undefined
}

/** A title that names the record of a meeting (`CR réunion …`, `Notes of the committee meeting`, `Compte rendu de la réunion`, `Minutes`; fields50). */
const RECORD_OF_MEETING = /\b(?:CR|compte[- ]rendu|notes?|minutes|record|relev[ée])\b.{0,60}\b(?:r[ée]union|meeting|s[ée]ance|session|comit[ée]|committee|board|bureau|conseil)\b|\b(?:r[ée]union|meeting)\b.{0,40}\b(?:notes?|minutes|compte[- ]rendu)\b/iu

/** An hour alone after a date, as a message or a note stamps when it was written (`, 9:42:18 AM`, ` à 18:52`, ` at 10:04`, ` 18h52`; fields50). */
const WRITTEN_AT = /^,?\s*(?:[àa]|at)?\s*\d{1,2}(?::\d\d(?::\d\d)?|h\d\d)\s*(?:[AP]\.?M\.?)?\s*$/iu

/** How many first lines of the source a message's `Date:` header is looked for in (a forwarded chain's headers stand deeper). */
const MAIL_LINES = 60
/** A message's header label for when it was sent (`Date:`, `Sent:`, `Envoyé :`), its weekday after it (`Tue, 10 Nov 2026`). */
export const MAIL_DATE = /^(?:date|sent|envoy[ée]e?)\s?:\s*/iu
/** The same, or none: a calendar invite's `When` value kept as a sent line is (`Wednesday 20 May 2026 ⋅ 10:00 – 12:00`; see `invite-furniture.ts`). */
export const SENT_LABEL = /^(?:(?:date|sent|envoy[ée]e?)\s?:\s*)?/iu

/** A day named right after a dateline's opening participle, before its place (` ce mardi`, ` ce jeudi matin`, ` on Tuesday`). */
const LEADING_WEEKDAY = /^\s+(?:(?:ce|cet|cette|on|du|from)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday)(?:\s+(?:matin|soir|apr[èe]s-midi|morning|afternoon|evening))?(?:\s+(?:et|au|and|to)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?(?=\s)/iu

/**
 * The place a dateline names after its verb: `in Paris`, also after the date (`met on 27–28
 * February in Baltimore`); a venue (`at the Palais des Nations`, `au Palais des congrès de
 * Yaoundé`) gives the city named after it (`… in Geneva`), or none, so the title block's place
 * stands.
 * @param after the text after the dateline's verb
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the city, or `undefined`
 */
function placeAfter(after: string, year: number | undefined, reading: Reading | undefined): string | undefined {
  const {place: PLACE_} = reading?.dateline ?? {place: PLACE}
  const venue = reading?.dateline?.venue ?? VENUE
  // An abbreviation keeps its last stop (`Washington, D.C.`) even where it also ends the sentence.
  // … and a country after the city is dropped (`Reykjavik, Iceland` → Reykjavik; `Washington, D.C.` stays).
  const read = (text: string) => PLACE_.exec(text)?.[1]?.replace(/(?<!\b\p{Lu}\.\p{Lu})[.,]$/u, '').replace(WHEN_AFTER_PLACE, '').replace(/\b\p{Lu}\.\p{Lu}$/u, '$&.')
  const city = (name: string | undefined) => name?.replace(COUNTRY_AFTER_CITY, '').replace(DOTTED_STATE, '')
  // `in the Ghanaian capital, Accra`: the city named after the words that describe it.
  const described = CITY_DESCRIBED.exec(after)
  if (described) return described[1].replace(/\.$/u, '')
  // `met on the margins of the Africa Energy Summit in Accra`, `en marge du Sommet … à Dakar`: the occasion first, then the place.
  const occasion = OCCASION_FIRST.exec(after)
  if (occasion) after = after.slice(occasion[0].length)
  // `met in plenary session in Bergen`, `se sont réunis en assemblée générale à Quimperlé`: how the body sat, then where (pending43).
  after = withoutSittingForm(after)
  // `à l'Espace Coatigrac, à Châteaulin`, `at the Kalma Baths, in Tallinn`: a building named with its article, then its town after a comma.
  const townAfterVenue = townAfterBuilding(after)
  if (townAfterVenue) return townAfterVenue
  // `réuni ce mardi à Brest`, `se retrouvaient mardi soir en assemblée générale à …`, `met on Tuesday evening in Hobart`: the day and how the body sat stand before the place.
  if (!PLACE_.test(after)) {
    const day = LEADING_WEEKDAY.exec(` ${after.trimStart()}`)
    const rest = day ? ` ${after.trimStart()}`.slice(day[0].length) : after
    const sitting = LEADING_SITTING.exec(rest) ?? FRENCH_LEADING_SITTING.exec(rest)
    const skipped = sitting ? rest.slice(sitting[0].length) : rest
    const venueThenTown = day || sitting ? townAfterBuilding(skipped) : undefined
    if (venueThenTown) return venueThenTown
    // (`meeting on Tuesday and Wednesday at Nagar Bhaban`: after a day, `at` names a building more often than a town; the title block's place stands)
    if ((day || sitting) && !/^\s*at\s/u.test(skipped)) after = skipped
  }
  let found = PLACE_.exec(after)
  // `met on 27–28 February in Baltimore`: the date first, then the place; a date whose year a comma closes (`met on Wednesday, June 17, 2026, in Ulaanbaatar`) too.
  if (!found) {
    const date = findDates(after, year, reading?.calendar)
    // `s'est réuni ce mercredi 7 octobre 2026 au Palais …`: `ce`, `this` and a weekday may stand before the date; `the` before an ordinal (`held on the 28th and 29th July, 2026 at Nungwi`).
    if (date && /^\s*(?:on|from|between|le|les|du|ce|this)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?,?\s*(?:the\s+)?$/iu.test(after.slice(0, date.index))) {
      after = after.slice(date.index + date.length).replace(/^\s*,(?=\s)/u, '')
      const describedAfterDate = CITY_DESCRIBED.exec(after)
      if (describedAfterDate) return describedAfterDate[1].replace(/\.$/u, '')
      // (`le 4 mars 2026 à l'Espace Prévert, aux Sables-d'Olonne,`: a building, then its town, after the date too; placedate46)
      const townAfterDate = townAfterBuilding(after)
      if (townAfterDate) return townAfterDate
      found = PLACE_.exec(after)
    }
  }
  // `… le samedi 21 mars à la salle des fêtes de Batz-sur-Mer`: a venue in common words gives the city after it
  // (not a building named in it or after it: `à la salle du conseil de l'Hôtel de Région`, `… du Palais des Congrès`)
  const common = found ? null : reading?.dateline?.commonVenue?.exec(after)
  if (common) {
    const named = after.slice(common.index + common[0].length)
    const name = named.split(/[,.;:!?(]/u)[0]
    if (venue.test(common[0]) || venue.test(name)) return undefined
    // `à la maison de Victor Hugo, à Besançon`: the town named after the venue's name is where it stands;
    // a person the venue is named after is no town (`à la maison de Victor Hugo` gives none, so the title block's place stands).
    const townAfter = TOWN_AFTER_NAME.exec(named.slice(name.length))
    if (townAfter) return city(read(named.slice(name.length + townAfter[0].length)))
    return PERSON_NAME.test(name.trim()) ? undefined : city(read(`${reading?.code === 'fr' ? 'à' : 'in'} ${named}`))
  }
  // `met at the district's headquarters hut on Mill Lane in Garstang`, `at our usual room above the library in Kelso`: a venue in common words, then its town (fields50).
  const commonThenTown = found || reading?.dateline?.commonVenue ? null : COMMON_VENUE_THEN_TOWN.exec(after)
  if (commonThenTown) {
    const town = read(`in ${after.slice(commonThenTown[0].length)}`)
    return town && !venue.test(town) && !isMonthOrDay(town, reading) ? city(town) : undefined
  }
  if (!found) return undefined
  const place = read(after)
  // `at the …` is a building, not a city; so is a name holding a venue's word, or one a venue's word follows (`at UNESCO headquarters`).
  const venueAfter = VENUE_AFTER.test(after.slice(found.index + found[0].length))
  if (!place || !(venue.test(place) || venueAfter || /^\s*at\s+the\s/u.test(after))) return city(place)
  // `Lancaster House, London`: the city after the venue's comma.
  const parts = place.split(/,\s*/)
  if (parts.length > 1 && !venue.test(parts[parts.length - 1]) && !isMonthOrDay(parts[parts.length - 1], reading)) return parts.slice(1).find((part) => !venue.test(part))
  const rest = after.slice(found.index + found[0].length, found.index + found[0].length + 160).split(/[.;!?](?:\s|$)/u)[0]
  for (const intro of rest.matchAll(reading?.dateline?.cityAfterVenue ?? CITY_AFTER_VENUE)) {
    // (`… Headquarters on 25 July 2026, World Oceans Day`: a comma after a date's year names the day, not a city)
    if (intro[0].trimStart().startsWith(',') && YEAR_BEFORE.test(rest.slice(0, intro.index))) continue
    const named = read(`${reading?.code === 'fr' ? 'à' : 'in'} ${rest.slice(intro.index + intro[0].length)}`)
    if (named && !venue.test(named) && !isMonthOrDay(named, reading)) return city(named)
  }
  return undefined
}

/**
 * A building named with its article (`à l'Espace Coatigrac`, `at the Kalma Baths`, `à la halle aux poissons`) or in common words after `au` (`au haras national du Pin`), then its town
 * after a comma (`, à Châteaulin`, `, in Tallinn`, `, au Pin-au-Haras`): group 1 the `au`/`aux` before the town, group 2 the town (bounded, so linear).
 */
const VENUE_THEN_TOWN = /^\s*(?:(?:[àa]|au|at|in)\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)\p{L}|aux?\s+\p{Ll})[^,.;]{0,60},\s*(?:[àa]|in|(aux?))\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?=\s*[,.;]|\s*$)/u
/**
 * The town named after a building (`VENUE_THEN_TOWN`); after `au`, with the article `au` holds (`au Pin-au-Haras` → `Le Pin-au-Haras`; placedate46).
 * @param text the text after the verb (or after its day)
 * @returns the town, or `undefined`
 */
function townAfterBuilding(text: string): string | undefined {
  const found = VENUE_THEN_TOWN.exec(text)
  if (!found) return undefined
  const article = found[1] === undefined ? '' : found[1].toLowerCase() === 'aux' ? 'Les ' : 'Le '
  return `${article}${found[2]}`
}
/** A town named after a venue's name, set off by a comma: `…, à Besançon`, `…, in Bremen`. */
const TOWN_AFTER_NAME = /^,\s*(?=(?:à|au|in)\s+\p{Lu})/u
/**
 * A person's name, not a town's: a given name and a surname, capitalised words parted by spaces (`Victor Hugo`, `Jeanne Le Goff`,
 * `Marie de Gournay`); a French town of several words joins them with hyphens (`Batz-sur-Mer`) or opens on an article (`Le Havre`),
 * and one named after a saint or a landform opens on its word (`Saint Malo`, `Mont Dore`).
 */
const PERSON_NAME = /^(?!(?:Le|La|Les|L['’]|Saint|Sainte|St|Ste|Mont|Port|Fort|Pont|Val|Bourg|Villa|Villeneuve|Château|Notre|Nouvelle|New|San|Santa|Santo|São|Buenos|Abu|Addis|Hong|Kuala|Porto|Puerto|Rio|Ciudad|Dar|Las|Los|El|Al|Ouagadougou)(?!\p{L}))\p{Lu}\p{Ll}+(?:\s+(?:(?:de|du|van|von)\s+|d['’])?\p{Lu}[\p{Ll}\p{M}'’]*){1,3}$/u
/** A date's year closing the text before a comma. */
const YEAR_BEFORE = /(?<!\d)\d{4}\s*$/u
/** A city after the words that describe it: `in the Ghanaian capital, Accra`, `in the port city of Mombasa` (a capital's `of` names its country), `dans la capitale ghanéenne, Accra`. */
const CITY_DESCRIBED = /^\s*(?:(?:again|today|yesterday|this\s+week|last\s+week)\s+)?(?:in|dans)\s+(?:the|la|le)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:port\s+)?(?:city|port|town|ville)\s+(?:of|de)\s+|(?:capital|city|port|town|capitale|ville)(?:\s+city)?(?:\s+(?:of|de)\s+[\p{Lu}][\p{L}\p{M}'’-]*|\s+[\p{Ll}-]+)?,\s+)(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})/u
/** An occasion named before the place (`on the margins of the Africa Energy Summit`, `en marge du Sommet …`), up to the place's `in`/`à`. */
const OCCASION_FIRST = /^\s*(?:(?:on|at)\s+the\s+(?:margins?|sidelines?)\s+of|en\s+marge\s+(?:de|du|des))\s+[^,.;]{1,120}?(?=\s(?:in|[àa])\s+\p{Lu})/u

/** Whether a capitalised word after a venue is a month or a weekday (`…, Monday`), not a city. */
function isMonthOrDay(word: string, reading: Reading | undefined): boolean {
  const first = word.split(/\s/)[0]
  return (reading?.calendar ?? ENGLISH_CALENDAR).monthIndex(first) !== -1 || /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu.test(first)
}

/**
 * The dates a dateline's meeting clause gives after its verb (`met on 27–28 February`), read with
 * the release's year; a date written without a year that would fall after the release is in the
 * year before (a release reports a meeting that has taken place).
 * @param text the sentence
 * @param from where the clause after the verb starts
 * @param release the release's own date at the start of the sentence
 * @param calendar the language's dates
 * @returns the meeting's dates, or `undefined` when the clause gives none
 */
function meetingDatesAfter(text: string, from: number, release: FoundDates, calendar: Calendar | undefined): FoundDates | undefined {
  const year = Number(release.dates.start.slice(0, 4))
  const clause = meetingClause(text.slice(from))
  const found = findDates(clause, year, calendar)
  if (!found) {
    // `met on Tuesday and Wednesday` under a release dated Friday 14 November: the 11th and 12th
    const days = weekdaysIn(clause, calendar)
    const dates = days && daysBefore(release.dates, days, calendar)
    return dates && {dates, index: release.index, length: release.length}
  }
  if (found.dates.start > release.dates.start && !/(?:19|20)\d{2}/.test(clause.slice(found.index, found.index + found.length))) {
    return findDates(clause, year - 1, calendar)
  }
  return found
}

/**
 * A meeting held in two places, one after the other (`met in Bratislava on 16 March and in Vienna on 17 March 2026`,
 * `à Lille le 15 octobre puis à Tournai le 16 octobre`): its dates run from the first day to the second place's.
 * @param text the sentence
 * @param first the first date the sentence gives
 * @param calendar the language's dates
 * @returns the dates through the second place's, or the first date's when no second place follows it
 */
function inSecondPlace(text: string, first: FoundDates, calendar: Calendar | undefined): FoundDates {
  const after = text.slice(first.index + first.length)
  const link = SECOND_PLACE.exec(after) ?? FRENCH_SECOND_PLACE.exec(after)
  const second = link && findDates(after.slice(link[0].length), Number(first.dates.start.slice(0, 4)), calendar)
  if (!second || second.index !== 0) return first
  // (`16 March` read before its year: the year the second date gives)
  const year = second.dates.end.slice(0, 4)
  const start = /(?:19|20)\d{2}/u.test(text.slice(first.index, first.index + first.length)) ? first.dates.start : `${year}${first.dates.start.slice(4)}`
  if (start > second.dates.end) return first
  return {...first, dates: {start, end: second.dates.end, display: displayDates(start, second.dates.end, (calendar ?? ENGLISH_CALENDAR).locale)}}
}

/** A weekday named alone (`on Thursday`, `jeudi`), with no day of the month after it. */
const WEEKDAY_ALONE = /(?<!\p{L})(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L})(?![\s,]{1,3}(?:\d|(?:the\s+)?\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/iu
const WEEKDAY_INDEX: Record<string, number> = {sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6}

/**
 * The date of a weekday a dateline names alone (`met in Athens on Thursday`) under a one-day date
 * that is not that weekday (the release's, written after the meeting): the last such weekday
 * before it, at most six days earlier.
 * @param dates the dates read so far (the release's or the title block's)
 * @param sentence the dateline
 * @param reading the source's language
 * @returns the meeting's date, or the dates unchanged
 */
export function onWeekdayBefore(dates: MeetingDates, sentence: string, reading: Reading): MeetingDates {
  const named = WEEKDAY_ALONE.exec(sentence.slice(0, 400))
  if (!named) return dates
  const day = WEEKDAY_INDEX[named[1].toLowerCase()]
  // the same weekday as the date: the meeting is that day
  if (new Date(`${dates.start}T00:00:00Z`).getUTCDay() === day) return dates
  // `agreed on Monday and Tuesday …`, `Réuni lundi et mardi à …`, `du jeudi au samedi`: a pair or a range of weekdays, its last day the last on or before the date.
  const pair = weekdaysIn(sentence.slice(named.index, named.index + 200), reading.calendar)
  const end = pair && pair[0] === day ? pair[1] : day
  // `meeting since Tuesday in Lusaka`: from that day through the date.
  return daysBefore(dates, [day, end, end === day && sinceWeekday(sentence.slice(0, named.index))], reading.calendar) ?? dates
}

/**
 * A lead's verb of deciding, then only words that say when (`agreed earlier this week`, `adopted on Tuesday`, `ont adopté mardi`, `a décidé hier`), right before
 * `in`/`à` and a capital: where the deciding was done follows (bounded, so linear).
 */
const DECIDED_IN = /(?<!\p{L})(?:agreed|adopted|decided|approved|endorsed|voted|signed|resolved|(?:ont|a)\s+(?:adopt[ée]e?s?|d[ée]cid[ée]e?s?|approuv[ée]e?s?|vot[ée]e?s?|sign[ée]e?s?|convenu|arr[êe]t[ée]e?s?))(?:\s+(?:earlier|later|this|last|past|week|weekend|month|morning|afternoon|evening|yesterday|today|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day|hier|aujourd['’]hui|ce|cette|semaine|derni[èe]re?|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|et|and)(?!\p{L})){0,5}(?=\s+(?:in|[àa])\s+\p{Lu})/iu

/**
 * A wire's verb of deciding with `yesterday` next to it (`agreed yesterday`, `yesterday adopted`, `ont adopté hier`, `a décidé hier`):
 * the meeting was the day before the wire's own date (bounded, so linear).
 */
const DECIDED_YESTERDAY = /(?<!\p{L})(?:yesterday\s+(?:agreed|adopted|decided|approved|endorsed|voted|signed|resolved)|(?:agreed|adopted|decided|approved|endorsed|voted|signed|resolved|(?:ont|a)\s+(?:adopt|d[ée]cid|approuv|vot|sign|arr[êe]t)\p{L}{0,4}|(?:ont|a)\s+convenu)\s+(?:(?:on|late|earlier)\s+)?(?:yesterday|hier))(?!\p{L})/iu
/** A verb of a meeting held, then up to six words (`earlier this week,`, `à huis clos`) before a weekday named alone: where the weekdays start (group 1). */
const HELD_ON_WEEKDAY = /(?<!\p{L})(?:held|met|sat|gathered|convened|attended|took\s+place|came\s+together|tenue?s?|r[ée]unie?s?|si[ée]g[ée]|retrouv[ée]e?s?|d[ée]roul[ée]e?s?)(?!\p{L})(?:[\s,]+(?:on|le|les|ce|this|[\p{Ll}'’-]+)){0,6}?[\s,]+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L}))/iu

/**
 * A verb of deciding or of coming to the meeting, then up to three words, before a weekday named alone (`the decisions the council took on Wednesday`,
 * `les décisions prises lundi soir`, `venus jeudi soir à la salle des fêtes`, `agreed on Tuesday`): where the weekdays start (group 1; fields49).
 */
const DECIDED_ON_WEEKDAY = /(?<!\p{L})(?:agreed|adopted|decided|approved|took|voted|resolved|came|prises?|pris|d[ée]cid[ée]e?s?|adopt[ée]e?s?|arr[êe]t[ée]e?s?|vot[ée]e?s?|approuv[ée]e?s?|venue?s)(?!\p{L})(?:[\s,]+(?:on|le|ce|this|[\p{Ll}'’-]+)){0,3}?[\s,]+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L}))/iu

/**
 * The days of the week a sentence before the dateline, in its paragraph, says the meeting was held on (`…, which ministers held earlier this week,
 * on Monday and Tuesday.`, `…, qui s'est tenu cette semaine, lundi et mardi.`), with no date after them.
 * @param before the paragraph up to the dateline's sentence
 * @param reading the source's language
 * @returns the first and last day, or `undefined`
 */
function weekdaysHeldIn(before: string, reading: Reading): Weekdays | undefined {
  return weekdaysHeldAt(before.slice(-600), reading)
}

/** The days of the week the first clause of a text that says a meeting was held (`held`, `met`, `attended`, `réunis` and up to six words) names alone. */
function weekdaysHeldAt(text: string, reading: Reading, pattern = HELD_ON_WEEKDAY): Weekdays | undefined {
  const held = pattern.exec(text)
  if (!held) return undefined
  const from = held.index + held[0].length - held[1].length
  if (WEEKDAY_ALONE.exec(text.slice(from, from + 40))?.index !== 0) return undefined
  return weekdaysIn(text.slice(from), reading.calendar)
}

/**
 * The day a chat's readout was sent, as its export stamped its first message (`24/03/2026`, `11.06.26`) or its digest's line
 * (`Thursday, April 16, 2026`), a day first before a month in a stamp of figures unless its first figure cannot be a day.
 * @param paragraphs the paragraphs
 * @param reading the source's language
 */
function chatSentDate(paragraphs: Paragraph[], reading: Reading): MeetingDates | undefined {
  const date = paragraphs.find((paragraph) => paragraph.data?.chatSent)?.data?.chatSent
  if (!date) return undefined
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/u.exec(date)
  if (numeric) {
    // (a chat app stamps the day first, unless the second figure cannot be a month: `4/15/26`, as an American phone writes it)
    const [first, second] = [Number(numeric[1]), Number(numeric[2])]
    const [day, month] = second > 12 ? [second, first] : [first, second]
    const year = numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3])
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    return {start: iso, end: iso, display: displayDates(iso, iso)}
  }
  return findDates(date, undefined, reading.calendar)?.dates
}

/** How many characters of the top a meeting's days are looked for in when no sentence says who met. */
const RELATIVE_DAYS_CHARS = 1500
/** A meeting said to be the day before the text (`yesterday's meeting`, `the meeting held yesterday`, `la réunion d'hier`, `réunis hier`, `l'assemblée tenue hier`). */
const YESTERDAYS_MEETING = /(?<!\p{L})(?:(?:yesterday|last\s+night)['’]s\s+(?:[\p{L}'’-]+\s+){0,5}?(?:meeting|session|sitting|talks|summit|assembly|conference|gathering|committee|board|council)|(?:met|held|gathered|sat|convened)\s+(?:here\s+)?yesterday|(?:r[ée]union|s[ée]ance|session|assembl[ée]e|rencontre|conf[ée]rence)(?:\s+[\p{L}-]+){0,2}?\s+d['’]hier|(?:r[ée]unie?s?|tenue?s?|rassembl[ée]e?s?|retrouv[ée]e?s?)\s+hier)(?!\p{L})/iu

/**
 * A meeting said to be the day of the text (a chat's message, a post): `tonight's meeting`, `this evening's Board meeting`, `the
 * meeting just finished`, `met today`, `le comité directeur de ce soir`, `la réunion d'aujourd'hui`, `réunis ce matin`; a body's decision
 * that evening, `the Federation tonight adopted …`, `ont ce soir adopté` (pages52: `today adopted` stays a release's day, not surely a meeting's).
 */
const TODAYS_MEETING = /(?<!\p{L})(?:(?:tonight|today|this\s+(?:evening|morning|afternoon))['’]s\s+(?:[\p{L}'’-]+\s+){0,5}?(?:meeting|session|sitting|talks|summit|assembly|conference|gathering|AGM|committee|board|council)|(?:meeting|session|sitting|assembly|AGM)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:just\s+)?(?:finished|ended|wrapped\s+up|closed)(?:\s+(?:here\s+)?(?:just\s+now|tonight|today|this\s+(?:evening|afternoon)))?|(?:met|held|gathered|sat)\s+(?:here\s+)?(?:tonight|today|this\s+(?:evening|morning|afternoon))|(?:tonight|this\s+evening)\s+(?:unanimously\s+)?(?:adopted|agreed|approved|voted|decided|elected|endorsed|passed|ratified)|(?:ont|a)\s+(?:ce\s+soir|cette\s+nuit)\s+(?:adopt[ée]|approuv[ée]|d[ée]cid[ée]|vot[ée]|[ée]lu)|(?:r[ée]union|s[ée]ance|session|assembl[ée]e|comit[ée]|conseil|bureau|rencontre)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:de\s+ce\s+(?:soir|matin)|de\s+cet\s+apr[èe]s-midi|d['’]aujourd['’]hui)|(?:r[ée]unie?s?|tenue?s?|rassembl[ée]e?s?)\s+(?:ce\s+(?:soir|matin)|cet\s+apr[èe]s-midi|aujourd['’]hui))(?!\p{L})/iu

/**
 * The days of a meeting a text's top names only relative to its own date, when no sentence there says who met (`… the meeting of the Group, which I
 * attended in Newry on Monday and Tuesday` under a record's `Thursday 10 December 2026`; `the readout of yesterday's meeting` under a message's
 * `Date: Tue, 10 Nov 2026`; `réunis hier à Tours`), counted back from the page's or the message's date (placedate46).
 * @param text the top of the text
 * @param published the date of the page, the issue or the message
 * @param reading the source's language
 * @returns the meeting's dates, or `undefined` when the top names no such days
 */
function relativeMeetingDays(text: string, published: MeetingDates, reading: Reading): MeetingDates | undefined {
  const top = normaliseSpace(text.slice(0, RELATIVE_DAYS_CHARS))
  const days = weekdaysHeldAt(top, reading) ?? weekdaysHeldAt(top, reading, DECIDED_ON_WEEKDAY)
  if (days) return daysBefore(published, days, reading.calendar)
  if (YESTERDAYS_MEETING.test(top)) return dayBefore(published, reading)
  if (TODAYS_MEETING.test(top)) return published
  return undefined
}

/** The meeting clause after a dateline's verb: up to the end of its sentence or clause. */
function meetingClause(after: string): string {
  return after.split(/[.;!?](?:\s|$)/u)[0]
}

/**
 * `since`, `depuis` just before a weekday: the meeting began that day and is still sitting; and so
 * did work that opened or began that day (`talks that opened on Monday`, `trois jours de travaux ouverts lundi`).
 * The words are each language's (`SINCE_WEEKDAY`, `FRENCH_SINCE_WEEKDAY`); a clause is read in both, as its weekdays are.
 * @param before the clause up to the weekday
 * @returns whether the meeting or the work began that day
 */
function sinceWeekday(before: string): boolean {
  return SINCE_WEEKDAY.test(before) || FRENCH_SINCE_WEEKDAY.test(before)
}

/** Days of the week a meeting clause names, as numbers (Sunday 0): `on Tuesday and Wednesday` → [2, 3]; a meeting under way since a day (`since Monday`, `depuis lundi`) runs through the release's date. */
export type Weekdays = readonly [start: number, end: number, throughRelease?: boolean]

/**
 * The days of the week a meeting clause gives in place of a date: `on Tuesday`, `on Tuesday and
 * Wednesday`, `from Monday to Wednesday`, `les mardi et mercredi`, `du lundi au mercredi`.
 * @param clause the clause after the dateline's verb
 * @param calendar the language's dates (its weekday names)
 * @returns the first and last day, or `undefined` when the clause names none
 */
export function weekdaysIn(clause: string, calendar: Calendar | undefined): Weekdays | undefined {
  const names = (calendar ?? ENGLISH_CALENDAR).weekdays
  if (!names) return undefined
  const day = `(${names.join('|')})`
  // (`Monday, Tuesday and Wednesday`, `lundi, mardi et mercredi`: a list of days runs from its first to its last; `thru`, `&`, `jusqu'au` join two as `and`, `to` do)
  const found = new RegExp(`(?<!\\p{L})${day}(?:(?:\\s*,\\s*(?:le\\s+)?(?:${names.join('|')})){0,4}\\s*(?:and|to|through|thru|till|until|–|—|-|&|et|au|à|jusqu['’]au)\\s*(?:le\\s+|on\\s+)?${day})?(?!\\p{L})`, 'iu').exec(clause.slice(0, 200))
  if (!found) return undefined
  const start = names.indexOf(found[1].toLowerCase())
  // `réunis depuis lundi à Kinshasa`, `meeting since Monday in Kinshasa`: from that day through the release's.
  if (!found[2] && sinceWeekday(clause.slice(0, found.index))) return [start, start, true]
  return [start, found[2] ? names.indexOf(found[2].toLowerCase()) : start]
}

/**
 * The dates of the days of the week a meeting clause names, the last of them on or before a
 * release's (single) date: a release reports a meeting that has taken place, within the week before.
 * @param release the release's date
 * @param days the first and last day of the week
 * @param calendar the language's dates (its locale)
 * @returns the meeting's dates, or `undefined` when the release's date is a range
 */
export function daysBefore(release: MeetingDates, days: Weekdays, calendar: Calendar | undefined): MeetingDates | undefined {
  if (release.start !== release.end) return undefined
  const day = 86_400_000
  const released = Date.parse(`${release.start}T00:00:00Z`)
  const releaseDay = new Date(released).getUTCDay()
  // A meeting under way since a day ends on the release's date.
  const last = days[2] ? releaseDay : days[1]
  const back = (releaseDay - last + 7) % 7
  const length = (last - days[0] + 7) % 7
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10)
  const start = iso(released - (back + length) * day)
  const end = iso(released - back * day)
  return {start, end, display: displayDates(start, end, (calendar ?? ENGLISH_CALENDAR).locale)}
}

/**
 * How many days a meeting that ends on the text's own date lasted (`wrapped up two days of talks
 * today`, `ont achevé aujourd'hui deux jours de travaux`), in either language.
 * @param sentence the dateline
 * @returns the number of days, or `undefined` when the sentence says none
 */
function daysEndingToday(sentence: string): number | undefined {
  const found = DAYS_ENDING_TODAY.exec(sentence) ?? FRENCH_DAYS_ENDING_TODAY.exec(sentence)
  return found ? dayCount(found[1] ?? found[2]) : undefined
}

/** A count of days as a sentence writes it, in words of either language or in figures (`two`, `deux`, `2`). */
function dayCount(word: string): number {
  const count = word.toLowerCase()
  return DAY_COUNTS[count] ?? FRENCH_DAY_COUNTS[count] ?? Number(count)
}

/** The number of days of a meeting that a sentence says ended with its decision (`au terme de deux jours de réunion`, `after three days of talks`). */
function daysEndedBy(sentence: string): number | undefined {
  // (`as a two-day meeting … concluded here`, `au terme d'une réunion de deux jours`: a meeting of so many days said to end)
  const concluded = DAYS_CONCLUDED.exec(sentence) ?? FRENCH_DAYS_CONCLUDED.exec(sentence)
  const count = (DAYS_ENDED.exec(sentence) ?? FRENCH_DAYS_ENDED.exec(sentence))?.[1] ?? concluded?.[1] ?? concluded?.[2] ?? concluded?.[3]
  return count ? dayCount(count) : undefined
}

/**
 * The days of a meeting that a dateline says ended on a weekday (`after a two-day meeting … that ended on Tuesday`),
 * the last of them that weekday on or before a one-day date (the release's).
 * @param dates the dates read so far
 * @param sentence the dateline
 * @param reading the source's language
 * @returns the meeting's dates, or `undefined` when the sentence says no such thing or the dates are a range
 */
function daysEndedOnWeekday(dates: MeetingDates, sentence: string, reading: Reading): MeetingDates | undefined {
  const found = DAYS_ENDING_ON_WEEKDAY.exec(sentence)
  if (!found) return undefined
  const count = dayCount(found[1])
  const day = WEEKDAY_INDEX[found[2].toLowerCase()]
  const last = daysBefore(dates, [day, day], reading.calendar)
  return last && daysThrough(last, count, reading)
}

/** The `days` days that end on a one-day date (a post dated the last day of the meeting). */
function daysThrough(dates: MeetingDates, days: number, reading: Reading): MeetingDates {
  if (dates.start !== dates.end) return dates
  const start = new Date(Date.parse(`${dates.start}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10)
  return {start, end: dates.end, display: displayDates(start, dates.end, reading.calendar.locale)}
}

/** The day before a one-day date (a release that reports a meeting held the day before). */
export function dayBefore(dates: MeetingDates, reading: Reading, throughToday = false): MeetingDates {
  if (dates.start !== dates.end) return dates
  const day = new Date(Date.parse(`${dates.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  const end = throughToday ? dates.end : day
  return {start: day, end, display: displayDates(day, end, reading.calendar.locale)}
}

/**
 * The council of a town that closes who met, named in common words (`le conseil municipal de Pont-Varenne` → `Conseil municipal de
 * Pont-Varenne`, `the town council of Ashby Marsh` → `Ashby Marsh Town Council`), whatever stands before it (an hour, a day).
 * @param who who met, as the dateline reads it
 * @returns the council's name, or `undefined` when who met is no such council
 */
function localCouncil(who: string): string | undefined {
  const trimmed = who.replace(/[\s,]+$/u, '')
  const french = FRENCH_COMMON_LOCAL_COUNCIL.exec(trimmed)
  if (french) return `${french[1].replace(/^c/u, 'C').replace(/\s+/gu, ' ')} ${french[2].replace(/\s+$/u, ' ')}${french[3]}`
  const english = COMMON_LOCAL_COUNCIL.exec(trimmed)
  return english ? `${english[2]} ${english[1].replace(/^\p{Ll}/u, (c) => c.toUpperCase())} Council` : undefined
}

/** Split “The Coalition’s Co-leads” or “Ministers of the Alliance” into organisation and participants. */
function splitWho(who: string, pattern?: RegExp, names?: OrganisationNames): {organisation?: string; participants?: string} {
  // `The Nordic Water Council (NWC) met`: the acronym after who met is the same body.
  const split = splitWhoWithAcronym(who.replace(ACRONYM_AFTER, ''), pattern, names)
  // A name ends before its acronym in brackets (`Intergovernmental Authority on Development (IGAD)`).
  if (split.organisation) split.organisation = split.organisation.replace(ACRONYM_AFTER, '')
  // `l'Interprofession des appellations cidricoles (IDAC)`, `the Tidewater Oyster Growers (TOG)`: a name the text gives its own acronym
  // (of its first letter) is a body's, though its head is no word the reader knows as one.
  const named = split.organisation ? undefined : namedWithAcronym(who)
  return named ? {organisation: named} : split
}

/**
 * The body who met names with its own acronym in brackets, of its first letter (`l'Interprofession des appellations cidricoles (IDAC)`,
 * `the Tidewater Oyster Growers (TOG)`), though its head is no word the reader knows as a body's.
 * @param who who met
 * @returns the name without its article and acronym, or `undefined`
 */
function namedWithAcronym(who: string): string | undefined {
  const acronym = ACRONYM_AFTER.exec(who)
  if (!acronym) return undefined
  const name = who.slice(0, acronym.index).replace(/^(?:the\s+|l['’]|le\s+|la\s+|les\s+)/iu, '').trim()
  const letters = acronym[0].replace(/[^\p{Lu}]/gu, '')
  return letters.length >= 2 && /^\p{Lu}/u.test(name) && letters[0] === name[0] && name.split(/\s+/u).length >= 2 && !PEOPLE.test(name) ? name : undefined
}

/** An acronym in brackets after a name. */
const ACRONYM_AFTER = /\s*\(\s*[\p{Lu}\d][\p{Lu}\p{Ll}\d&.-]{1,11}\s*\)\s*$/u
/** An organ made of people (`Council of Ministers`, `Conference of Heads of State`, `Board of Governors`): it is how a body meets, not the body. */
const ORGAN_OF_PEOPLE = /^(?:the\s+)?(?:council|conference|committee|assembly|board|meeting)\s+of\s+(?:the\s+)?(?:ministers|heads\s+of\s+(?:state|government)|senior\s+officials|governors|officials|parliamentarians)\b/iu
/** Who met written as a body's name then its organ of people (`The IGAD Council of Ministers`). */
const ORGAN_AFTER = /^(?:the\s+)?(.+?)\s+((?:council|conference|committee|assembly|board)\s+of\s+(?:ministers|heads\s+of\s+(?:state|government)|senior\s+officials|governors))$/iu
/** A body's name that is an acronym (`CILSS`, `G5`, `SADC`). */
const ACRONYM = /^(?:the\s+|l['’]|le\s+|la\s+)?([\p{Lu}][\p{Lu}\d&-]{1,9})$/u

/**
 * The name an acronym stands for where the text spells it out before it in brackets
 * (`… du Comité permanent inter-États de lutte contre la sécheresse dans le Sahel (CILSS)`).
 * @param organisation the organisation read so far
 * @param text the whole source
 * @param names the language's name patterns
 * @returns the full name, or `undefined` when it is not an acronym or the text does not spell it out
 */
export function expandAcronym(organisation: string, text: string, names: OrganisationNames): string | undefined {
  const acronym = ACRONYM.exec(organisation)?.[1]
  if (!acronym) return undefined
  const at = text.indexOf(`(${acronym})`)
  if (at === -1) return undefined
  // The phrase just before the brackets: back to the last clause mark.
  const before = text.slice(Math.max(0, at - 300), at).trimEnd()
  const phrase = before.slice(Math.max(...[...'.;:,«»“”\n'].map((mark) => before.lastIndexOf(mark))) + 1)
  const found = organisationNamesIn(phrase, names)
  const last = found[found.length - 1]
  return last && last.index + last.name.length >= phrase.trimEnd().length - 1 ? last.name : undefined
}

function splitWhoWithAcronym(who: string, pattern?: RegExp, names?: OrganisationNames): {organisation?: string; participants?: string} {
  // Where names start with their head (French), the first head starts the body's name, whatever
  // capitalised place follows inside it (`Commission des pêches du golfe de Guinée`).
  const byHead = names?.headFirst ? splitWhoByHead(who, names) : undefined
  if (byHead) return byHead
  // A language's own shape of who met (`Les ministres de l'Éducation du Réseau …`).
  const own = pattern?.exec(who)
  if (own) return {organisation: own[2].trim(), participants: own[1].replace(/^\p{Ll}/u, (c) => c.toUpperCase())}
  // `The Council of the Baltic Sea States' foreign ministers`: a body's name that holds `of the`, then its people.
  const owner = /^((?:the\s+)?\p{Lu}.+?)[’']s?\s+(\p{Ll}.+)$/u.exec(who)
  if (owner && !PEOPLE.test(owner[1]) && /\s(?:of|for|on)\s/.test(owner[1])) return {organisation: owner[1], participants: owner[2]}
  // `The IGAD Council of Ministers`, `The Intergovernmental Authority on Development (IGAD) Council of Ministers`: the organ of people is the body's meeting.
  const organ = ORGAN_AFTER.exec(who)
  if (organ && /^\p{Lu}/u.test(organ[1])) return {organisation: organ[1], participants: organ[2]}
  const of = /^(.+?)\s+(?:of|from|in)\s+(the\s+\p{Lu}.+)$/u.exec(who)
  if (of) {
    const organisation = of[2].replace(/^the\s+/i, '')
    // `The Council of Agriculture and Soil Ministers of the Danube-Carpathian Region`: a proper name that opens
    // with a body's head runs on through `of the` to a place (no head after it): the whole is the body's name.
    const opening = of[1].replace(/^the\s+/i, '')
    if (names && !hasHead(organisation, names) && isProperNameFromHead(opening, names)) return {organisation: who.replace(/^the\s+/i, '')}
    // `The Street Performance Panel of the … Partnership met`, `The Executive Committee of the … Association met`: an organ of a body,
    // named by its own capitals and head, is the body that met, with its parent (fields50).
    if (names && /^(?:the|la)\s/iu.test(who) && hasHead(organisation, names) && isOrganName(opening, names)) return {organisation: who.replace(/^the\s+/i, '')}
    // `The Ministers of the Interior of the … Council`: a portfolio (no head noun) before the body is the people's, not the body's.
    const portfolio = /^(.+?)\s+of\s+the\s+(\p{Lu}.+)$/u.exec(organisation)
    if (names && portfolio && (!hasHead(portfolio[1], names) || ORGAN_OF_PEOPLE.test(portfolio[1])) && hasHead(portfolio[2], names) && !isListOfParties(portfolio[2], names)) {
      return {organisation: portfolio[2], participants: who.slice(0, who.lastIndexOf(portfolio[2])).replace(/\s+of\s+the\s*$/u, '').replace(/^the\s+(\p{L})/iu, (_, letter: string) => letter.toUpperCase())}
    }
    return {organisation, participants: of[1].replace(/^the\s+(\p{L})/iu, (_, letter: string) => letter.toUpperCase())}
  }
  const possessive = /^(.+?)[’']s?\s+(.+)$/.exec(who)
  // `The Alpine Health Ministers' Conference on Noise`: a plural's possessive before a capitalised word is inside one name (`Producers' Council`), not an owner and its people.
  const insideName = possessive !== null && /s[’']$/u.test(who.slice(0, possessive[1].length + 1)) && /^\p{Lu}/u.test(possessive[2])
  if (possessive && !insideName && /^\p{Lu}/u.test(possessive[1])) return {organisation: possessive[1], participants: possessive[2]}
  // A proper name (“The Small States Forum”) is an organisation; “Trade ministers”, “Ministers” are participants.
  if (PEOPLE.test(who) && PEOPLE_ONLY.test(who)) return {participants: who}
  const proper = who.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|for|and|the|on|in|de|du|des|la|le)$/.test(word))
  return proper ? {organisation: who.replace(/^the\s+/i, '')} : {participants: who}
}

/** Whether a bullet's text starts with a `Title:` (a short title before a colon). */
export function hasTitleColon(text: string): boolean {
  return titleColonAt(text) !== -1
}

/** Most words of a bullet's own title before its colon; a longer run is a sentence leading to what follows. */
const TITLE_COLON_WORDS = 12

/**
 * Where the colon after a bullet's own title is: the first colon followed by a space (so `10:30`
 * is not one), unless the text before it holds the end of a sentence, is longer than a title
 * and goes on in lower case or with a quotation after the colon (`We recall the purpose we set when …: to …`), opens with a
 * subject pronoun and its verb (`We welcome the progress …: the share …`, `Nous saluons …`), or opens a quotation the colon is inside
 * (`« La route tue : c'est une urgence », a dit …`).
 * @param text the bullet's text
 * @returns the colon's index, or -1
 */
export function titleColonAt(text: string): number {
  const colon = /:(?=\s|$)/.exec(text)
  if (!colon) return -1
  const before = text.slice(0, colon.index)
  if (/[.!?;]\s/.test(before)) return -1
  // a subject pronoun and its verb (`We welcome the progress made since …: the share …`) open a clause, not a title
  if (CLAUSE_OPENING.test(before) || FRENCH_CLAUSE_OPENING.test(before)) return -1
  // a long run before the colon whose continuation goes on in lower case (`We recall the purpose we
  // set when …: to …`) is a sentence leading to what follows; a long title is followed by its body's
  // first sentence, in capitals (`Strengthen … across all member states: Delegations agreed …`)
  // (and so is one that announces a quotation, `… opened our work with the words: "No harvest is worth …"`)
  const continues = /^\s*(?:[«“"‘]|[«“"‘]?\p{Ll})/u.test(text.slice(colon.index + 1))
  if ((continues && before.trim().split(/\s+/).length > TITLE_COLON_WORDS) || insideQuotation(before)) return -1
  // a verb after a modal, or a topic run in after a preposition (`On money: members …`), makes no title
  if (/^\s*\p{Ll}/u.test(text.slice(colon.index + 1)) && CLAUSE_BEFORE_COLON.test(before)) return -1
  return colon.index
}

/** Whether a text ends inside a quotation: a quote mark opened and not closed. */
function insideQuotation(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length
  return count(/“/g) > count(/”/g) || count(/«/g) > count(/»/g) || count(/"/g) % 2 === 1
}

/**
 * Whether words are a proper name that holds a body's head noun (`Council of Agriculture and
 * Soil Ministers`, `Standing Committee on Fisheries`): only capitalised words and the small words a
 * name holds. `Ministers`, `Youth ministers` are people, not a body's name; a secretariat is an office.
 */
function isProperNameFromHead(words: string, names: OrganisationNames): boolean {
  const list = words.split(/\s+/)
  if (!/^\p{Lu}/u.test(list[0]) || names.particles.has(list[0].toLowerCase())) return false
  // A secretariat serves the body it is of (`The Secretariat of the Alpine Convention`): it is an office, not the body.
  const head = list.findIndex((word) => /^\p{Lu}/u.test(word) && names.heads.has(word.toLowerCase()))
  if (head === -1 || list[head].toLowerCase() === 'secretariat') return false
  return list.every((word) => /^[\p{Lu}\d]/u.test(word) || names.particles.has(word.toLowerCase()))
}

/** A word that names the level or kind of a body's sitting, not an organ of it (`Ministerial`, `Plenary`, `Extraordinary`, `Annual`). */
const SITTING_LEVEL = /^(?:ministerial|plenary|extraordinary|annual|special|leaders['’]?|summit)$/iu

/**
 * Whether words name an organ of a body (`Street Performance Panel`, `Executive Committee`, `Foreshore, Piers and Harbours Committee`):
 * two capitalised words or more, maybe joined by `and` or a comma, that end in a body's head; not an organ of people (`Council of Ministers`, no `of` here),
 * a meeting's word (`Annual Conference`) nor an office (`Secretariat`).
 */
function isOrganName(words: string, names: OrganisationNames): boolean {
  const list = words.replace(/,/gu, ' ').split(/\s+/u).filter(Boolean)
  // (`The Council of the … Society met`: a head alone is how the body itself sits; its name is the body's, as round 41 reads it)
  if (list.length < 2) return false
  const last = list.at(-1)?.toLowerCase() ?? ''
  if (!names.heads.has(last) || names.events.has(last) || last === 'secretariat') return false
  // (`The Ministerial Council of the … Community met`, `Plenary Assembly of …`: a sitting of the body at a level, not an organ of its own;
  // the body is who met, as round 15 reads it)
  if (SITTING_LEVEL.test(list[0])) return false
  return list.every((word, i) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word) || (i > 0 && (word === 'and' || word === '&')))
}

/** Whether a name holds a head noun of a body (`… Council`, `Réseau …`). */
function hasHead(name: string, names: OrganisationNames): boolean {
  return name.split(/\s+/).some((word) => names.heads.has(word.replace(/^[ldLD]['’]/u, '').toLowerCase()))
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
}

/**
 * The city or town a local council is named after (`Norwood City Council`, `Council of the City of Ashford`,
 * `Conseil municipal de Vannes`): where it sits, when the text names no other place.
 * @param organisation the body that met, if known
 * @returns the city, or `undefined` when the body is no town's council
 */
function cityOfLocalBody(organisation: string | undefined): string | undefined {
  if (!organisation) return undefined
  const found = LOCAL_BODY_CITY.exec(organisation) ?? FRENCH_LOCAL_BODY_CITY.exec(organisation)
  return found ? (found[1] ?? found[2]) : undefined
}
