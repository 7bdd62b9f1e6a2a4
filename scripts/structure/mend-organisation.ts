import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {BODY_HELD_ITS, BODY_WHICH_GATHERS, NEWSWIRE_CREDIT, OCCASION_OF_BODY, PRONOUN_ALONE} from './english.js'
import {FRENCH_BODY_MET, FRENCH_OCCASION_OF_BODY} from './french.js'
import {readingOf, type Reading} from './language.js'
import {fullOrganisationName, namedBodiesIn, type OrganisationNames} from './organisation-name.js'
import {restoreCase} from './recognise-header.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'
import {normaliseSpace} from './text.js'
import {findDates} from './parse-dates.js'
import {isBreadcrumb} from './site-furniture.js'
import {townOfPlace} from './town-of-place.js'

/** How many paragraphs under the title block a lead that names the body is looked for in (a written answer's opens after the question). */
const LEAD_PARAGRAPHS = 6
/** How much of a lead paragraph is read (the body is named in its first sentence or two; this keeps it linear). */
const LEAD_CHARS = 600

/** Whether a name holds a body's head noun (`… Council`, `Comité …`), its first word in French. */
function hasHead(name: string, names: OrganisationNames): boolean {
  const words = name.split(/\s+/u).map((word) => word.replace(/^(?:l|d)['’]/iu, '').replace(/['’]s$/u, '').toLowerCase())
  return names.headFirst ? names.heads.has(words[0]) : words.some((word) => names.heads.has(word))
}

/**
 * The body a meeting's name is an occasion of (`Night Economy Summit of the Global Night Mayors Network` → the Network,
 * `Sommet … du Réseau des villes …` → the Réseau): the body, not its meeting.
 * @param organisation the organisation as read
 * @param reading the patterns of the source's language
 */
export function bodyOfOccasion(organisation: string, reading: Reading): string | undefined {
  const of = (reading.code === 'fr' ? FRENCH_OCCASION_OF_BODY : OCCASION_OF_BODY).exec(organisation)
  return of && hasHead(of[1], reading.organisationNames) ? of[1].trim() : undefined
}

/** Most characters a French body's name runs back from its participle. */
const NAME_CHARS = 200
/** Where a French name may start: its article, at the start or after a space or a bracket. */
const ARTICLE = /(?:^|[\s(])(?:le|la|l['’])\s*(?=\p{Lu})/giu

/**
 * The French body named right before a participle of meeting (`… que le Comité national … (CNGRA), réuni le …`): the first name
 * back from it, after its article, that opens on a body's head and holds no comma.
 * @param lead the lead paragraph's start
 * @param names the language's name patterns
 */
function bodyBeforeParticiple(lead: string, names: OrganisationNames): string | undefined {
  if (!names.headFirst) return undefined
  for (const participle of lead.matchAll(FRENCH_BODY_MET)) {
    const before = lead.slice(Math.max(0, participle.index - NAME_CHARS), participle.index)
    for (const article of before.matchAll(ARTICLE)) {
      const name = before.slice(article.index + article[0].length).trim()
      if (!/[,;:]/u.test(name) && hasHead(name, names)) return name
    }
  }
  return undefined
}

/**
 * The body a lead names, when the dateline named none: in a clause saying whom it brings together (`… the first ministerial meeting
 * of the Mediterranean Cork Oak Alliance, which brings together …`), as the subject of a French lead with its participle of meeting
 * (`Le Comité national … (CNGRA), réuni le …`), or right after a newswire's credit (`LISBON, Portugal--(BUSINESS WIRE)--The European
 * Forum of … (EFTR) agreed …`).
 * @param lead the lead paragraph's start, its spaces normalised
 * @param reading the patterns of the source's language
 */
export function bodyInLead(lead: string, reading: Reading): string | undefined {
  const names = reading.organisationNames
  const gathers = BODY_WHICH_GATHERS.exec(lead)
  if (gathers && hasHead(gathers[1], names)) return gathers[1].replace(/^the\s+/iu, '')
  const held = BODY_HELD_ITS.exec(lead)
  if (held && hasHead(held[1], names)) return held[1]
  const met = bodyBeforeParticiple(lead, names)
  if (met) return met
  // `Réuni le mercredi à Aubagne, le conseil d'administration de la Fédération des santonniers de Provence a pris …`: the body whose organ met (header44).
  const organ = ORGAN_IN_LEAD.exec(lead)
  const ofOrgan = organ?.[1].split(NAME_END)[0].trim()
  if (ofOrgan && hasHead(ofOrgan, names)) return ofOrgan
  // `I wish to make a statement on the meeting of the Cross-Border Winter Roads Group, which I attended …`, `rendre compte de la réunion du Conseil
  // des gardes …, à laquelle j'ai participé`: a minister who reports to the house names the body whose meeting it was (header46).
  const reported = (reading.code === 'fr' ? FRENCH_MEETING_OF_BODY : MEETING_OF_BODY).exec(lead)
  const ofMeeting = reported?.[1].split(NAME_END)[0].trim()
  const reportedBody = ofMeeting ? namedBodiesIn(ofMeeting, names)[0] : undefined
  if (reportedBody && ofMeeting!.replace(/^the\s+/iu, '').startsWith(reportedBody.replace(/^the\s+/iu, ''))) return reportedBody.replace(/^the\s+/iu, '')
  const credit = NEWSWIRE_CREDIT.exec(lead)
  if (credit) {
    const after = lead.slice(credit.index + credit[0].length).replace(/^[\s–—-]+/u, '')
    const first = namedBodiesIn(after.slice(0, 240), names)[0]
    // (the body opens the sentence after the credit, as its subject)
    if (first && after.slice(0, 80).replace(/^(?:the|le|la|les|l['’])\s*/iu, '').startsWith(first)) return first
  }
  return undefined
}

/** A meeting a speaker reports on, of a body named after it (`a statement on the meeting of the … Group`, `report on the recent session of the … Council`): group 1 what follows (header46). */
const MEETING_OF_BODY = /(?:statement|report|update|account|readout|briefing)\s+(?:to\s+(?:the|this)\s+\p{L}+\s+)?(?:on|of|about)\s+(?:the|last\s+week['’]s|this\s+week['’]s|yesterday['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|session|sitting|talks)\s+of\s+the\s+(\p{Lu}[^,;:()]{2,160})/u
/** The same in French (`rendre compte de la réunion du Conseil …`, `rendre compte à l'Assemblée de la réunion du …`, `une déclaration sur la session de l'Alliance …`). */
const FRENCH_MEETING_OF_BODY = /(?:compte|d[ée]claration|point|communication)\s+(?:[àa]\s+(?:l['’]\s*|la\s+|le\s+)?\p{L}+\s+)?(?:de|sur|à\s+propos\s+de)\s+la\s+(?:[\p{L}-]+\s+){0,2}?(?:r[ée]union|session|s[ée]ance|rencontre)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(\p{Lu}[^,;:()]{2,160})/u
/** The kind of an organ of a body, with no proper name (`Conseil communautaire`, `conseil d'administration`, `Conseil de gestion`, `Board of Directors`, `comité syndical`, `Town council`). */
const ORGAN = String.raw`(?:(?:conseil|comit[ée]|bureau)(?:\s+(?:communautaire|municipal|syndical|d[ée]partemental|r[ée]gional|d['’]administration|de\s+gestion|d['’]orientation|de\s+surveillance|scientifique|directeur|ex[ée]cutif|permanent|d['’][ée]cole|d['’][ée]tablissement|de\s+quartier))?|(?:board|council|committee)(?:\s+of\s+(?:directors|trustees|governors|management))?|(?:executive|governing|management|general)\s+(?:board|council|committee)|(?:town|city|parish|district|county)\s+council)`
/**
 * What names the body or the place an organ is of, after it in a lead: `de la`, `de l'`, `du`, `des`, `of the` and a name, `de`/`of` and a
 * capitalised name (`de Quimperlé`, `of Halton`), or a school or a commune in common words before its name (`de l'école élémentaire
 * Jules-Ferry`, `du collège Jean-Moulin`): group 1 the name (fields51).
 */
const ORGAN_COMPLEMENT = /^\s+(?:de\s+la|de\s+l['’]|du|des|of\s+the|de(?=\s+\p{Lu})|of(?=\s+\p{Lu}))\s*((?:\p{Lu}|(?:[ée]cole|coll[èe]ge|lyc[ée]e|commune|ville|school|academy)\s).*)$/u
/** A name in capitals, its letters all upper case (`CONSEIL MUNICIPAL`). */
const isCapitals = (name: string) => /\p{L}/u.test(name) && name === name.toUpperCase()
/** An organ named by its kind alone, with no proper name (`Conseil communautaire`, `Conseil de gestion`, `Town council`, `Board`). */
const GENERIC_ORGAN = new RegExp(`^${ORGAN}$`, 'iu')
/** An organ named with the body it is of (`conseil d'administration de l'Interprofession de la cerise de France`, `Board of Trustees of the … Fund`): group 1 the body (header44). */
const ORGAN_OF_BODY = new RegExp(String.raw`^${ORGAN}\s+(?:de\s+la|de\s+l['’]|du|des|of\s+the)\s*(\p{Lu}.*)$`, 'u')
/**
 * An organ of two words or more, capitalised as a title writes it (`Conseil d'administration`, `Board of Trustees`), before the body it is of: group 1 the body; one word alone (`Council of the European Union`) is the body's own name.
 * (An English organ named with capitals and its own head, `Executive Committee of the … Association`, is the body that met with its parent's name: fields50, as round 46 reads it.)
 */
const NAMED_ORGAN_OF_BODY = /^(?:conseil\s+(?:d['’]administration|de\s+gestion|d['’]orientation|de\s+surveillance|scientifique)|comit[ée]\s+(?:directeur|ex[ée]cutif|syndical|permanent)|board\s+of\s+(?:directors|trustees|governors|management))\s+(?:de\s+la|de\s+l['’]|du|des|of\s+the)\s*(\p{Lu}.*)$/iu
/** An organ in a lead's running text, in lower case (`le conseil d'administration de la Fédération …`, `the council of the Master Thatchers' Guild …`): group 1 what follows its link (header44). */
const ORGAN_IN_LEAD = new RegExp(String.raw`(?:^|\s)(?:le|la|l['’]|the)\s*${ORGAN}\s+(?:de\s+la|de\s+l['’]|du|des|of\s+the)\s*(\p{Lu}[^,;:()]{2,160})`, 'u')
/** An organ named by its kind alone in a lead's running text, after its article (`by the executive committee,`, `le bureau exécutif, réuni`), group 1 the organ, group 2 the link to a name of its own when one follows (`le comité national de …`; fields49). */
const ORGAN_NAMED_IN_LEAD = new RegExp(String.raw`(?:^|\s)(?:the|le|la|l['’]|du|au)\s*(${ORGAN}(?:\s+(?:ex[ée]cutif|directeur|national|r[ée]gional))?)(?![\p{L}'’])(\s+(?:de|du|des|d['’]|of|for|pour|on|sur)(?!\p{L}))?`, 'iu')
/** Where a name in running text ends: a verb or a relative after it. */
const NAME_END = /\s(?:ont|a|sont|est|se|qui|avaient|avait|have|has|had|met|was|were|which|who|agreed|decided)\s|\ss['’](?=\p{L})/u
/** A host named before the body it acted for (`Zanzibar Maritime Heritage Trust for the Western Indian Ocean Dhow Builders' Network`): groups 1 the host, 2 the body (header44). */
const HOST_FOR_BODY = /^(.+?)\s+(?:for|on\s+behalf\s+of|pour\s+le|pour\s+la|pour\s+l['’]|au\s+nom\s+d[eu]\s+(?:la\s+|l['’])?)\s*(?:the\s+)?(\p{Lu}.*)$/u
/** A finite verb the name ran on into (`Syndicat des cressiculteurs de l'Essonne sont`, `… Council has`): never a name's last word (header44). */
const TRAILING_VERB = /\s+(?:sont|est|a|ont|avait|avaient|[ée]tait|[ée]taient|se|s['’]est|is|are|was|were|has|have|had|met|will|agreed)$/u
/** A sitting of the body after its name (`lors de sa séance …`, `au cours de sa réunion …`, `during its spring sitting`, `at its meeting of …`; fields50). */
const SITTING_TAIL = /\s+(?:lors\s+de\s+(?:sa|la|leur)|au\s+cours\s+de\s+(?:sa|la|leur)|during\s+(?:its|the|their)|at\s+(?:its|their))\s+(?:[\p{L}-]+\s+){0,3}?(?:s[ée]ance|r[ée]union|session|assembl[ée]e|meeting|sitting|session|assembly)(?!\p{L}).*$/u

/**
 * A body's name without the sitting it ran on into (`conseil municipal de Val-d'Ormes lors de sa séance ordinaire du …` → `conseil municipal de
 * Val-d'Ormes`, `Kelso Harbour Users' Forum at its spring meeting of …` → the Forum; fields50).
 * @param name an organisation as read
 */
export function withoutSittingTail(name: string): string {
  return name.replace(SITTING_TAIL, '')
}

/** Most words of a name the lead gives an organ's body when the reader knows no head of it (`Parc marin des Calanques de Cassis`). */
const MAX_NAMED_WORDS = 8

/** An ISO date opening a page's title before the body's name (`2026-04-16 Working Group on …`). */
const DATE_PREFIX = /^(?:19|20)\d\d-\d\d-\d\d\s+(?=\p{Lu})/u

/**
 * A body's name without the date of its sitting around it (`Conseil des ministres du mercredi 4 novembre 2026` → `Conseil des ministres`,
 * `Council meeting of 4 May 2026` stays, `2026-04-16 Working Group on UTC Continuity` → `Working Group on UTC Continuity`).
 * @param organisation the organisation as read
 * @param reading the patterns of the source's language
 */
export function withoutSittingDate(organisation: string, reading: Reading): string {
  const name = organisation.replace(DATE_PREFIX, '')
  const found = findDates(name, undefined, reading.calendar)
  if (!found || found.index + found.length < name.length - 1) return name
  const before = name.slice(0, found.index).replace(SITTING_DATE_LINK, '').trim()
  return before && hasHead(before, reading.organisationNames) ? before : name
}

/** What links a sitting's date to the body's name (`du mercredi`, `of Monday`, `–`). */
const SITTING_DATE_LINK = /\s*(?:[,–—-]|\s(?:du|of|on|le))(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?,?\s*$/iu

/**
 * The body an organ named with it is of (`conseil d'administration de l'Interprofession de la cerise de France` → the Interprofession,
 * `Board of Trustees of the Lakeland Heritage Fund` → the Fund); any other name as it is (header44).
 * @param name an organisation as read
 */
export function withoutOrgan(name: string): string {
  return (ORGAN_OF_BODY.exec(name) ?? NAMED_ORGAN_OF_BODY.exec(name))?.[1].trim() ?? name
}

/** Whether a line is a body's name and nothing else, as the language's name patterns read it. */
function isBodyAlone(line: string, reading: Reading): boolean {
  const name = fullOrganisationName(undefined, [line], reading.organisationNames)
  return name !== undefined && name.replace(/^the\s+/iu, '') === line.replace(/^the\s+/iu, '')
}

/** An organ named by its kind and a word of its rank or reach, with no proper name (`Regional Committee`, `Standing Committee`, `Executive Council`, `Comité régional`, `Bureau national`; header46). */
const QUALIFIED_ORGAN = /^(?:(?:the\s+)?(?:regional|national|local|standing|executive|steering|general|central|management|finance|advisory|joint|district|area|branch|county|annual)\s+(?:committee|board|council|commission|panel|group|meeting)|(?:le\s+|la\s+)?(?:comit[ée]|conseil|bureau|commission)\s+(?:r[ée]gional|national|local|permanent|ex[ée]cutif|directeur|consultatif|g[ée]n[ée]ral|f[ée]d[ée]ral|d[ée]partemental))$/iu
/** A short name after a dash that says which part of the body the letterhead is (`– Northern Region`, `– Section du Quercy`). */
const BRANCH_TAIL = /^\s+[–—-]\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,3}$/u

/**
 * The body a letterhead at the top names, alone or with its branch after a dash (`National Federation of … – Northern Region`), when it is
 * another name than the organ's (header46).
 * @param lines the title block's first lines, in the case the text writes their words
 * @param organ the organ as read
 * @param reading the patterns of the source's language
 */
function bodyOfLetterhead(lines: string[], organ: string, reading: Reading): string | undefined {
  for (const line of lines) {
    if (/\d/u.test(line)) continue
    const name = fullOrganisationName(undefined, [line], reading.organisationNames)?.replace(/^the\s+/iu, '')
    if (!name || name.toLowerCase() === organ.toLowerCase() || !line.replace(/^the\s+/iu, '').startsWith(name)) continue
    const rest = line.replace(/^the\s+/iu, '').slice(name.length)
    if (!rest) return name
    if (BRANCH_TAIL.test(rest)) return `${name}${rest}`
  }
  return undefined
}

/** What parts a page's title or a letterhead's line into its names (`Minutes – Northern … Association | Official Site`, `Maison des sports · Lyon`). */
const LINE_PART = /\s+[–—|·•]\s+|\s+-\s+/u
/** A mail's sender field before the name (`De :`, `From:`, `Expéditeur :`). */
const SENDER_FIELD = /^(?:de|from|exp[ée]diteur|sender|sent\s+by|envoy[ée]\s+par)\s*:\s*/iu
/** An address or a link in a line (`<secretariat@…>`, `(https://…)`). */
const ADDRESS = /[<(\[]?\s*(?:\S+@\S+|https?:\/\/\S+)\s*[>)\]]?/gu
/** How many lines at each end of the source the body an organ is of is looked for in (a page's title or a sender at the top, a signature at the foot). */
const END_LINES = 8

/**
 * The body an organ alone (`Executive Committee`, `comité directeur`) is of, named alone as one part of a line at either end of the source:
 * a page's title (`Executive Committee minutes – Northern … Association | Site`), a mail's sender (`De : Comité départemental … <…@…>`),
 * a signature's line; the first from the top, else from the foot; none when no part is a body's name other than an organ's (fields49).
 * @param source the whole source
 * @param organ the organ as read
 * @param reading the patterns of the source's language
 */
export function bodyAtEnds(source: string, organ: string, reading: Reading): string | undefined {
  const lines = source.split('\n').map((line) => normaliseSpace(line)).filter(Boolean)
  const ends = [...lines.slice(0, END_LINES), ...lines.slice(Math.max(END_LINES, lines.length - END_LINES)).reverse()]
  for (const line of ends) {
    if (line.length > 200) continue
    for (const raw of line.replace(SENDER_FIELD, '').replace(ADDRESS, ' ').split(LINE_PART)) {
      const part = normaliseSpace(raw).replace(/[.,;:]+$/u, '')
      if (!part || /\d/u.test(part) || part.toLowerCase() === organ.toLowerCase() || GENERIC_ORGAN.test(part) || QUALIFIED_ORGAN.test(part)) continue
      const name = restoreCase(part, source, reading)
      if (isBodyAlone(name, reading)) return withoutOrgan(name.replace(/^the\s+/iu, ''))
    }
  }
  return undefined
}

/** What parts a breadcrumb's steps (as `isBreadcrumb` reads them). */
const CRUMB_SEPARATOR = /\s+[/›>»|]\s+/u

/**
 * The body a breadcrumb among the title block's lines names in one of its steps (`Home > News > Scottish Repair Café Network > …`,
 * `Accueil / Nos réseaux / Réseau des ressourceries du Gers / Actualités`), when the lead takes its head noun up (`the network's …`,
 * `les adhérents du réseau`): the step's name, else none (header46).
 * @param header the source's lines above the lead (a breadcrumb the page's furniture set aside among them), their spaces normalised
 * @param lead the lead paragraphs' starts
 * @param reading the patterns of the source's language
 */
function bodyInBreadcrumb(header: string[], lead: string, reading: Reading): string | undefined {
  const words = new Set(lead.toLowerCase().split(/[^\p{L}\p{M}-]+/u))
  for (const line of header) {
    if (!isBreadcrumb(line)) continue
    for (const step of line.split(CRUMB_SEPARATOR).map((part) => part.trim())) {
      if (!isBodyAlone(step, reading)) continue
      const heads = step.split(/\s+/u).map((word) => word.replace(/^(?:l|d)['’]/iu, '').toLowerCase()).filter((word) => reading.organisationNames.heads.has(word))
      if (heads.some((head) => words.has(head))) return step.replace(/^the\s+/iu, '')
    }
  }
  return undefined
}

/**
 * Mend the organisation the dateline read: a pronoun is never one (`It meets once a year`: the body then comes from the title
 * block), a meeting's name gives the body it is of, and a lead names the body where the dateline named none (header42).
 */
const mendOrganisation: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const reading = readingOf(file)
    const paragraphs = paragraphsOf(tree)
    const header = paragraphs.filter((paragraph) => paragraph.data?.role === 'header' && !paragraph.data.recordMasthead).map((paragraph) => normaliseSpace(textOf(paragraph)))
    // `meeting at Ashton Court` under `📍 The Mansion, Ashton Court Estate, Bristol BS41 9JN`, `à Gerland` after `de Lyon` over `69007 Lyon`: a part of
    // a town the text's postal address gives is in that town (fields49).
    if (readout.place) readout.place = townOfPlace(readout.place, String(file.value)) ?? readout.place
    if (readout.organisation && PRONOUN_ALONE.test(readout.organisation.trim())) {
      readout.organisation = fullOrganisationName(undefined, header, reading.organisationNames)
    }
    // `Syndicat des cressiculteurs de l'Essonne sont`: a verb the name ran on into is no part of it (header44).
    if (readout.organisation) readout.organisation = readout.organisation.replace(TRAILING_VERB, '')
    // `conseil municipal de Val-des-Érables lors de sa séance ordinaire du lundi 12 janvier 2026`, `… Board during its spring sitting`: the sitting the
    // name ran on into is no part of it (fields50).
    if (readout.organisation) readout.organisation = withoutSittingTail(readout.organisation)
    // `conseil d'administration de l'Interprofession de la cerise de France`, `Board of Trustees of the … Fund`: the body whose organ met (header44).
    if (readout.organisation) readout.organisation = withoutOrgan(readout.organisation)
    // `Zanzibar Maritime Heritage Trust for the Western Indian Ocean Dhow Builders' Network`: a host that acted for a body names the body that met (header44).
    const hostFor = readout.organisation ? HOST_FOR_BODY.exec(readout.organisation) : null
    if (hostFor && hasHead(hostFor[1], reading.organisationNames) && hasHead(hostFor[2], reading.organisationNames)) readout.organisation = hostFor[2].trim()
    if (readout.organisation) readout.organisation = bodyOfOccasion(readout.organisation, reading) ?? readout.organisation
    // `Conseil des ministres du mercredi 4 novembre 2026`, `2026-04-16 Working Group on UTC Continuity`: a sitting's date before or after the
    // body's name is no part of it (header43).
    if (readout.organisation) readout.organisation = withoutSittingDate(readout.organisation, reading)
    // `The Forum met …` under `Pyrenees Ski Resorts Association` / `RECORD OF CONCLUSIONS`: a head noun alone is the body the letterhead names (header43).
    if (readout.organisation && !/\s/u.test(readout.organisation.trim())) {
      const letterhead = header.slice(0, 2).map((line) => restoreCase(line, String(file.value), reading)).find((line) => !/\d/u.test(line) && isBodyAlone(line, reading))
      if (letterhead) readout.organisation = letterhead.replace(/^the\s+/iu, '')
    }
    // `Conseil communautaire` (its sitting's date dropped) is the organ of the body the lead names after it (`… du conseil communautaire de la
    // Communauté de communes du Val d'Aulne`, `the town council of the Borough of …`): that body (header43).
    if (readout.organisation && GENERIC_ORGAN.test(readout.organisation)) {
      const organ = readout.organisation
      const lead = paragraphs.filter((paragraph) => paragraph.data?.role !== 'header').slice(0, LEAD_PARAGRAPHS).map((paragraph) => normaliseSpace(textOf(paragraph).slice(0, LEAD_CHARS))).join(' ')
      const at = lead.toLowerCase().indexOf(organ.toLowerCase())
      // (`CONSEIL MUNICIPAL` over `le conseil municipal de Quimperlé a …`, `COMPTE RENDU DU CONSEIL D'ÉCOLE` over `le conseil d'école de l'école élémentaire
      // … s'est réuni`: a town after `de`/`of`, a school or a commune in common words before its name, as the lead writes them; fields51)
      const after = at === -1 ? undefined : ORGAN_COMPLEMENT.exec(lead.slice(at + organ.length))
      const cut = after?.[1].split(/[,;:(]/u)[0].split(NAME_END)[0].trim()
      // (after a bare `de` or `of`, a town's name: its capitalised words only, `of Kendal spent the evening …` → Kendal)
      const named = after && /^\s+(?:de|of)\s+\p{Lu}/u.test(after[0]) ? cut?.split(/\s+(?=\p{Ll})/u)[0] : cut
      const body = named && namedBodiesIn(named, reading.organisationNames)[0]
      if (body && named.startsWith(body)) readout.organisation = body
      // (`le conseil de gestion du Parc marin des Calanques de Cassis s'est réuni`: a name the reader knows no head of is the organ's, with it; header44)
      else if (named && after && !body && named.split(/\s+/u).length <= MAX_NAMED_WORDS) {
        const link = lead.slice(at + organ.length).trim()
        const words = link.slice(0, link.length - after[1].length).trim()
        readout.organisation = `${isCapitals(organ) ? lead.slice(at, at + organ.length) : organ} ${words}${/['’]$/u.test(words) ? '' : ' '}${named}`
      }
    }
    // `NATIONAL FEDERATION OF … – NORTHERN REGION` / `Minutes of the Regional Committee meeting held at …`, `CHAMBRE DES … DU QUERCY` / `Compte rendu
    // du bureau régional`: an organ named by its kind alone, or with a word of its rank or reach, is the organ of the body its letterhead names: that body (header46).
    if (readout.organisation && (GENERIC_ORGAN.test(readout.organisation) || QUALIFIED_ORGAN.test(readout.organisation))) {
      const letterhead = bodyOfLetterhead(header.slice(0, 2).map((line) => restoreCase(line, String(file.value), reading)), readout.organisation, reading)
      // (`Executive Committee minutes – Northern … Association | Site`, `De : Comité départemental … <…>`: the body a page's title, a sender or a signature names; fields49)
      readout.organisation = letterhead ?? bodyAtEnds(String(file.value), readout.organisation, reading) ?? readout.organisation
    }
    if (readout.organisation) return
    const leads = paragraphs.filter((paragraph) => paragraph.data?.role !== 'header').slice(0, LEAD_PARAGRAPHS)
    for (const paragraph of leads) {
      const body = bodyInLead(normaliseSpace(textOf(paragraph).slice(0, LEAD_CHARS)), reading)
      if (body) {
        const named = withoutOrgan(withoutSittingTail(body))
        // (`les décisions prises par le comité directeur, réuni …` under `De : Comité départemental … <…>`: the organ's body, named at an end; fields49)
        readout.organisation = (GENERIC_ORGAN.test(named) || QUALIFIED_ORGAN.test(named) ? bodyAtEnds(String(file.value), named, reading) : undefined) ?? named
        return
      }
    }
    // `Subject: Minutes of the 9th meeting of the National Sericulture Coordination Committee held on …`: a memorandum's subject, read as
    // the title from under the title block, names the body whose meeting it forwards (header43).
    const title = file.data.header?.title
    const ofBody = title ? fullOrganisationName(undefined, [title], reading.organisationNames) : undefined
    if (ofBody && title !== undefined && !header.some((line) => line.includes(title))) {
      readout.organisation = withoutSittingDate(ofBody.replace(/^the\s+/iu, ''), reading)
      return
    }
    // `Home > News > Scottish Repair Café Network > Autumn meeting` over a lead that says `the network's meeting`: a breadcrumb's step that
    // names a body alone, whose head noun the lead takes up, is who met (header46).
    const top = String(file.value).split('\n', leads[0]?.position?.start.line ?? 0).map(normaliseSpace)
    const crumb = bodyInBreadcrumb(top, leads.map((paragraph) => normaliseSpace(textOf(paragraph).slice(0, LEAD_CHARS))).join(' '), reading)
    if (crumb) {
      readout.organisation = crumb
      return
    }
    // `Here is what the executive committee agreed …` over a signature's `Cumbria … Association`, `… prises par le bureau exécutif` under `De : Ligue … <…>`:
    // a lead that names an organ by its kind alone, and no body, is of the body an end of the text names (fields49).
    const organInLead = ORGAN_NAMED_IN_LEAD.exec(leads.map((paragraph) => normaliseSpace(textOf(paragraph).slice(0, LEAD_CHARS))).join(' '))
    // (an organ of a kind that always sits within a body, `executive committee`, `comité directeur`, `board of trustees`; a bare `le conseil`
    // or `the committee` may be a body of its own, and the line at an end may then be the office that issued the text: review of fields49)
    const ofOrgan = organInLead && !organInLead[2] && /\s/u.test(organInLead[1].trim()) ? bodyAtEnds(String(file.value), organInLead[1], reading) : undefined
    if (ofOrgan) {
      readout.organisation = ofOrgan
      return
    }
    // `BALTIC AND NORTH SEA PILOTAGE CONFERENCE` over the kind's line: a letterhead in capitals that the text names again in its own words.
    const source = String(file.value)
    for (const line of header.slice(0, 2)) {
      const name = restoreCase(line, source, reading)
      if (name === line || /\d/u.test(line) || !hasHead(name, reading.organisationNames) && !/\s(?:Conference|Conférence)$/u.test(name)) continue
      if (leads.some((paragraph) => textOf(paragraph).includes(name))) {
        readout.organisation = name
        return
      }
    }
  }
}
export default mendOrganisation
