import {bylineStamp, isPageFurniture} from './pasted-text.js'
import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {LANGUAGES, readingFor, readingOf, type Reading} from './language.js'
import {RECORD_HEADER, STATEMENT_SECTION, ISSUED_LINE, NEWSWIRE_CREDIT, PRESS_KINDS, REMOTE_LINE, SESSION_FOLLOWED, STAMP_LINE, CABINET_ITEM, DISTRIBUTION_LINE, DOCUMENT_KINDS, FACT_LABEL, KIND_LABEL, ORGANISER_LABEL, MARKING_LINE, MEETING_DAY, MINOR_WORDS, ORGANISATION_HEADS, OUTCOMES_LABEL, PREAMBLE_OPENING, RECORD_NAME, SIGNATORIES_HEADING, STATE_LETTERHEAD, SUMMARY_LEAD, METADATA_LABEL, PUBLICATION_LABEL} from './english.js'
import {ENGLISH_PASTED} from './english.js'
import {FRENCH_PASTED} from './french.js'
import {FRENCH_RECORD_HEADER, FRENCH_STATEMENT_SECTION, FRENCH_ISSUED_LINE, FRENCH_REMOTE_LINE, FRENCH_SESSION_FOLLOWED, FRENCH_STAMP_LINE, FRENCH_CALENDAR, FRENCH_CABINET_ITEM, FRENCH_DISTRIBUTION_LINE, FRENCH_DOCUMENT_KINDS, FRENCH_FACT_LABEL, FRENCH_MARKING_LINE, FRENCH_MEETING_DAY, FRENCH_MOTTO_WORD, FRENCH_ORGANISER_LABEL, FRENCH_OUTCOMES_LABEL, FRENCH_PREAMBLE_OPENING, FRENCH_SIGNATORIES_HEADING, FRENCH_STATE_LETTERHEAD, FRENCH_SUMMARY_LEAD, FRENCH_METADATA_LABEL, FRENCH_PUBLICATION_LABEL} from './french.js'
import {ENGLISH_CALENDAR, findDates} from './parse-dates.js'
import {fullOrganisationName} from './organisation-name.js'
import {COUNTRY_AFTER_CITY, SENT_LABEL, SUBJECT_LABEL, VENUE} from './recognise-dateline.js'
import {withoutLineMarks} from './markup-marks.js'
import type {MeetingDates} from './readout.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'
import {LEADING_EMOJI, normaliseSpace} from './text.js'
import {isSummaryHeading} from './summary-box.js'
import {isContactLine, isNameLine} from './set-aside-tail.js'
import {isBreadcrumb, isIssueLine, isIssueRunOn, isPublicationStamp, isSiteFurniture, isSittingLine, isSocialPostMeta, kindOfName, timeStampDate} from './site-furniture.js'
import {isPostCountsLine} from './post-counts-line.js'
import {isMastheadOverByline} from './masthead.js'
import {overruledTitle, type HeadWeights} from './head-lines.js'
import HEAD_WEIGHTS from './head-line-weights.json' with {type: 'json'}

/** What the title block at the top of a source says, kept for the dateline recogniser. */
export interface Header {
  title?: string
  kind?: string
  place?: string
  dates?: MeetingDates
  /** The year of the first date near the top, for dates written without one. */
  year?: number
  /** Whether the title is one part of a line cut by bars (`MEDIA READOUT | date | … Council`), where a body's name is who issues the text. */
  titleIsPart?: boolean
  /** Where and when a text that closes on its signature was done (`Done at Jinja, Uganda, on 4 June 2026.`, `Fait à Lomé, le …`). */
  signed?: {place?: string; dates: MeetingDates}
  /** The body a fact box's line names as who convened the meeting (`Organiser: Marches Guild of …`). */
  organiser?: string
  /** The date of the page's own stamp (`Publié le 03/11/2026 à 06h00`, `Tue 23 Jun 2026 06.00 BST`): never the meeting's, but the day a weekday the text names alone is counted back from. */
  published?: MeetingDates
}

declare module 'vfile' {
  interface DataMap {
    header: Header
  }
}

declare module 'mdast' {
  interface ParagraphData {
    /** A line of a list of signatories above the text (`Signatories:` / `Republic of Botswana`): context, never the dateline. */
    signatory?: boolean
    /** A line of a legislature's record masthead (`NORTHERN IRELAND ASSEMBLY` over `Official Report (Hansard)`): the house, never the body whose meeting a minister reports on (header46). */
    recordMasthead?: boolean
  }
}

/** Most lines a title block has ("Media Note / Office of … / Place / Date / Title"). */
const MAX_LINES = 6
/** Most words of a title-block line (a session's formal title may hold a French body's long name: 27 words); a longer line is a paragraph of text. */
const MAX_WORDS = 40
/** Fewest words of a line ending in a comma that opens the text's first sentence rather than the title block. */
const PREAMBLE_WORDS = 15
/** What a French dateline puts between its place and its date, closing a title line before the date (`…, le vendredi` in `… – Rouen, le vendredi 6 mars 2026`). */
const PLACE_DATE_BEFORE = new RegExp(`,\\s*(?:le|les|du)(?:\\s+(?:${FRENCH_CALENDAR.weekdays!.join('|')}))?\\s*$`, 'iu')
/** Emoji after a line's last word (`… thread. 🧵`, `… hosting! 👋`). */
const TRAILING_EMOJI = /(?:\s?[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200D\uFE0F]){1,8}$/u
/** A post's number in a thread (`1/`, `2/10`): the text of a post, never a title-block line. */
const THREAD_NUMBER = /^\d{1,2}\/(?:\d{1,2})?\s/u
/** A line that ends like a sentence (a title-block line does not, but may end in a dash). */
/** A closing bracket's aside, whose full stop is an abbreviation's (`(Coord.)`, `(Registered as a Newspaper at the G.P.O.)`): no sentence's end (header43). */
const BRACKETED_ASIDE = /\s*\([^()]{1,60}\)$/u
const SENTENCE_END = /[.!?…]["'”’)\]]?$/
/** `Place, date` or `PLACE, date –` at the start of a line (the place is at most five words; a country after it is dropped: `Geneva, Switzerland,`, also a state's long name: `Kigali, Republic of Rwanda,`). */
const PLACE_COMMA = /^((?:[\p{Lu}][\p{L}\p{M}'’.-]*)(?: [\p{L}][\p{L}\p{M}'’.-]*){0,4}(?:, ?(?:D\.C\.|DC|[\p{Lu}]{2}))?)(?:, ?[\p{Lu}][\p{L}\p{M}'’.-]+(?: (?:of (?:the )?|and )?[\p{Lu}][\p{L}\p{M}'’.-]+){0,3})?,\s?/u
/** A place closed by a dash before its date (`Riga –`, `Constanța, Romania —`): a city of one or two words, a country after its comma (a longer name before a dash is a site's section: `Flyway Partnership News –`). */
const PLACE_DASH = /^((?:[\p{L}\p{M}'’.-]+)(?: [\p{L}\p{M}'’.-]+)?(?:, [^,]+)?)\s+[–—-]$/u
/** What may stand between a place and its date, or before the place: `Paris, le 14 mars`, `Fait à Niamey, le …`, `Done at Geneva on …`. */
const BEFORE_DATE = /(?:^|\s+)(?:le|les|du|on|this|from)$/iu
/** A weekday before a date in figures (`Tozeur, mardi 14.10.2025`, `Oslo, Tuesday 14/10/2025`): a date in words holds its weekday, one in figures leaves it before. */
const WEEKDAY_BEFORE = new RegExp(`(?<=^|[\\s,])(?:${[...ENGLISH_CALENDAR.weekdays!, ...FRENCH_CALENDAR.weekdays!].join('|')}),?$`, 'iu')
/** A meeting named after a title line's dash, before its date (`… – réunion du jeudi 12 mars 2026`, `… – séance du`, `… – meeting of Tuesday 7 April 2026`). */
/** What a record's title says just before the date of the sitting it records: `… du`, `… of`, with a weekday (`du mardi`). */
const DATED_RECORD = new RegExp(`\\s(?:du|of)(?:\\s+(?:${[...ENGLISH_CALENDAR.weekdays!, ...FRENCH_CALENDAR.weekdays!].join('|')}),?)?\\s*$`, 'iu')
const MEETING_OF_DATE = new RegExp(`\\s[–—-]\\s+(?:r[ée]union|s[ée]ance|session|rencontre|meeting)\\s+(?:du|de|of|on)(?:\\s+(?:${[...ENGLISH_CALENDAR.weekdays!, ...FRENCH_CALENDAR.weekdays!].join('|')}),?)?\\s*$`, 'iu')
/** A sitting named before its date (`Séance du`, `Meeting of`, once its `du`/`of` is cut): what follows the date is where it sat. */
const SITTING = /^(?:s[ée]ance|r[ée]union|session|sitting|meeting|assembl[ée]e\s+g[ée]n[ée]rale|general\s+meeting)(?:\s+of)?$/iu
/** A room or a hall named in common words, in lower case (`salle des fêtes`, `la mairie`, `village hall`, `council chamber`): a venue, never the town. */
const COMMON_ROOM = /^(?:(?:la|le|l['’]|the)\s*)?(?:salle|mairie|maison|foyer|espace|gymnase|halle|h[ôo]tel\s+de\s+ville|village\s+hall|town\s+hall|council\s+chamber|community\s+(?:hall|centre|center))(?!\p{L})/iu
/** A sitting's name (`Session d'automne`, `Séance ordinaire`, `Spring meeting`, `Plenary session`), a dash, then what names its town, up to the date: group 1. */
const SITTING_THEN_TOWN = /^(?:(?:\p{L}+\s+){0,2}(?:s[ée]ance|r[ée]union|session|sitting|meeting|assembl[ée]e|pl[ée]ni[èe]re|plenary)(?:\s+(?:d['’]|de\s+|du\s+|of\s+)?\p{L}+){0,2})\s+[–—-]\s+([^–—]{1,60})$/iu
/** The word that says a report's date is when it was issued: `Published`, `Issued on`, `Publié le`. */
const PUBLISHED = /^(?:published|issued|released|posted|publi[ée]e?|diffus[ée]e?)(?:\s+on)?\s*:?$/iu
/** What a press bureau's stamp writes after its date (`Posted On: 12 MAR 2026 5:40PM by PIB Delhi`): the hour, and who posted it. */
const STAMP_TAIL = /^(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:IST|GMT|UTC|CET|CEST|BST))?)?(?:\s*by\s+\S.{0,80})?$/iu
const DONE_AT = /^(?:fait|done|issued|given|adopted|adopt[ée])\s+(?:[àa]|at|in)\s+/iu
/**
 * A reference number, not a title or a date: `Réf. : CM/2024/12`, `Our ref. PR-45`, a bare code
 * `SC/15432`, a newsletter's issue (`No. 42`, `Vol. 3, No. 12`, `Numéro 7`); and one after a kind
 * (`Press release No. 45/2024`, `Communiqué n° 12`), dropped. So is a file's number with its office's code after a slash and
 * a section's abbreviation in brackets (`F. No. 14-2/2026-SC (Coord.)`, `N° 0217/AMB/GAB/YDE/2026`); a bare code holds a figure
 * (`PROCÈS-VERBAL`, `COMPTE-RENDU` are words joined by a hyphen; header43).
 */
const REFERENCE_LINE = /^(?:(?:(?:r[ée]f(?:[ée]rence)?s?|our\s+ref|your\s+ref|doc(?:ument)?|cote|file|f|dossier)\.?\s*(?:no\.?|n[o°º]\.?)?\s*:?\s*[\p{L}\d/.()-]*\d[\p{L}\d/.()-]*|(?:(?:vol(?:ume)?\.?|tome)\s*\d+,?\s*)?(?:no\.?|n[o°º]\.?|issue|num[ée]ro)\s*\d+(?:[/-][\p{L}\d.()-]{1,12}){0,6}|(?=[\p{Lu}/-]*\d)[\p{Lu}\d]{1,8}(?:[/-][\p{Lu}\d]{1,8}){1,4})(?:\s+\([\p{L}.\s]{1,20}\))?)$/iu
const REFERENCE_TAIL = /[\s,–—-]+(?:no\.?|n[o°º]\.?|nr\.?|#|ref\.?|r[ée]f\.?)\s*:?\s*[\p{L}\d]*\d[\p{L}\d/.-]*$/iu
/** A title line continued on the next (`Joint Communiqué of the Ministerial Meeting` / `of the Lake Basin Commission`, `… de concurrence` / `d'Afrique centrale`): it starts with a small word in lower case, or the line before ends with one. */
const CONTINUES = /^(?:(?:of|for|on|and|in|to|at|with|against|between|de|du|des|pour|sur|et|en|contre|à|au|aux|entre)(?!\p{L})|d['’](?=\p{L}))/u
const ENDS_OPEN = /(?:\s(?:of|for|on|and|in|to|the|at|with|de|du|des|la|le|les|pour|sur|et|en|contre|à|au|aux)|,|\sd['’])$/iu
const DASH_END = /\s*[–—-]+$/
/** A bar or a dot between the parts of a title block written on one line (`MEDIA READOUT | date | body`, a newsletter's `… Bulletin · No. 42 · date`, a post's `Name @handle · date`). */
const BAR = /(?<!\s)\s+[|·•]\s+/u
/** A line that opens on an issue's number (`Issue 4 · Final`, `No. 12 | June 2026`, `N° 58 · Édition spéciale`, `Vol. 3 | Spring`). */
const ISSUE_OPENING = /^(?:issue|no\.|n[°º]|number|num[ée]ro|vol(?:ume)?\.?)\s*\d{1,4}(?!\p{L})/iu
/** A post's author as a social network shows it, by name and handle (`Tidal Forum @TidalForum`): who posted it, never its title. */
const SOCIAL_AUTHOR = /(?:^|\s)@[\p{L}\d_]{2,30}$/u
const YEAR = /\b((?:19|20)\d{2})\b/

/**
 * Recognise the title block: the short lines at the top before the first sentence — a title line
 * ("Joint Statement by …", "Chair's Summary: …"), the document's kind, an issuing office, a place and
 * a date, on one line (`Ottawa, 14 March 2023`, `WASHINGTON, 2 February 2016 –`) or on lines of
 * their own. Each becomes a `header` paragraph; what they say is kept in `file.data.header`.
 */
/**
 * Whether a summary box's heading stands over a line of the meeting's facts (`Key facts` / `Dates: 3-4 March 2026`,
 * `L'essentiel` / `Lieu : Dakar`): the box is then part of the title block.
 * @param text the heading's text
 * @param next the paragraph under it
 */
function headsFactLines(text: string, next: Paragraph | undefined): boolean {
  if (!next || !isSummaryHeading(text)) return false
  const line = normaliseSpace(textOf(next))
  return FACT_LABEL.test(line) || FRENCH_FACT_LABEL.test(line)
}

/** What a marking line adds after a dash on how to handle the text (`DIFFUSION RESTREINTE – NE PAS TRANSMETTRE À LA PRESSE`, `Internal – do not forward`; header43). */
const MARKING_INSTRUCTION = /\s+[–—-]\s+(?:(?:merci\s+de\s+|priè?re\s+de\s+)?ne\s+pas|please\s+do\s+not|do\s+not|not\s+for)\s[^–—]{1,80}$/iu

/** An exported deck's slide marker (`Slide 1`, `SLIDE 2 of 9`, `Diapositive 3 / 12`, `Slide #4`), also as an export writes it in a comment (`<!-- Slide number: 1 -->`, `<!-- Diapositive n° 2 -->`; header44). */
const SLIDE_MARKER = /^(?:<!--\s*)?(?:slide|diapositive|diapo)(?:\s+(?:number|no\.?|n[o°º]\.?|num[ée]ro))?\s*:?\s*#?\s*\d{1,3}(?:\s*(?:\/|of|sur)\s*\d{1,3})?\s*:?(?:\s*-->)?$/iu

/** A sitting named alone under a record header (`Afternoon Sitting`, `Morning sitting`, `Séance de l'après-midi`, `Séance du matin`). */
const RECORD_SITTING = /^(?:(?:morning|afternoon|evening|late|first|second)\s+sitting|s[ée]ance\s+(?:du\s+matin|de\s+l['’]apr[èe]s-midi|du\s+soir))$/iu

/** A page's section under its bar of links: a word or two, the first with a capital, no digit (`Governance`, `Vie associative`). */
const RUBRIC = /^\p{Lu}[\p{L}\p{M}'’&-]*(?:\s[\p{L}\p{M}'’&-]+)?$/u

/** A contact block's label line, as a release sets it above its title (`Contact:`, `Media contact: Ana Ruiz`, `Contact presse :`). */
const CONTACT_LABEL = /^(?:(?:media|press)\s+)?contacts?(?:\s+(?:presse|m[ée]dias?))?\s*:/iu

const recogniseHeader: Plugin<[], Root> = function () {
  return function (tree, file) {
    const header: Header = {}
    file.data.header = header
    const reading = readingOf(file)
    const paragraphs = paragraphsOf(tree)
    const lines: Array<{paragraph: Paragraph; text: string; part?: boolean; poster?: boolean}> = []
    let headerParagraphs = 0
    // A line of the block set aside from its title (a distribution box, signatories, a motto, a marking, a summary above it): given its role and counted as the header's.
    const setAside = (paragraph: Paragraph, data: Paragraph['data']) => {
      paragraph.data = {...paragraph.data, ...data}
      headerParagraphs++
    }
    // `Signatories:` and the names under it, above the text: context, and the title block goes on under them.
    const signatories = signatoriesAtTop(paragraphs)
    // `A/CONF.12/4` / `Distr.: General` / `16 May 2026` / `Original: English`: an intergovernmental document's distribution box, set aside; the block reaches as many lines further.
    const box = distributionBox(paragraphs, reading)
    // The lines above the block that say how the text is handled or greet its reader, set aside: the block reaches as many lines further.
    let marks = 0
    // Whether a legislature's record header stood in the block, and the kind its section of statements gives (header44).
    let record = false
    let recordKind: string | undefined
    // The line right over a site's bar of links, the block's first (header45).
    let siteName: (typeof lines)[number] | undefined
    // How many lines the block held when a publication's name with its issue's number was set aside (header46).
    let issueAt: number | undefined
    const pinnedAt = paragraphs.findIndex((paragraph) => paragraph.data?.chatPinned)
    for (let at = 0; at < paragraphs.length && at < MAX_LINES + signatories.size + box.size + marks; at++) {
      const paragraph = paragraphs[at]
      if (box.has(paragraph)) {
        setAside(paragraph, {role: 'header'})
        continue
      }
      // a chat's message is text, never a title block's line: the export's own lines above it were set aside (see `chat-export.ts`)
      // (but a message pinned as the chat's record, `📌 SUMMARY OF DECISIONS – committee meeting, Ingleton, …`, opens on its title line: the
      // conversation above it is passed over and the block is read from it)
      if (paragraph.data?.chatAside && pinnedAt > at) {
        marks++
        continue
      }
      if ((paragraph.data?.chatSent !== undefined && !paragraph.data.chatPinned) || paragraph.data?.chatAside || (at > pinnedAt && pinnedAt >= 0 && paragraph.data?.chatSent !== undefined)) break
      if (signatories.has(paragraph)) {
        setAside(paragraph, {role: 'context', signatory: true})
        continue
      }
      if (paragraph.data?.bullet) break
      // `# Chair's Summary – …`, `**Conférence ministérielle …**`: a title pasted with its Markdown marks.
      // (a post's or a channel's emoji before a line, `📢 COMMUNIQUÉ DE PRESSE`, `🧱 Tuile canal : …`, mark it as the Markdown marks do; apppage48)
      // (`Date⇥28 May 2026`: a page-properties table's row reads as its field, `Date: 28 May 2026`; app49)
      const text = withoutLineMarks(normaliseSpace(propertyRow(textOf(paragraph)) ?? textOf(paragraph))).replace(LEADING_EMOJI, '')
      // `Liberté` / `Égalité` / `Fraternité` under a préfecture's letterhead: the state's motto, set aside wherever it stands in the block, which reaches as many lines further.
      if (isMottoLine(paragraphs, at)) {
        setAside(paragraph, {role: 'header'})
        marks++
        continue
      }
      // `Slide 1`, `Diapositive 1 / 12` over an exported deck's first slide: its marker, set aside; the next slide's marker ends the block (header43).
      if (SLIDE_MARKER.test(text)) {
        if (lines.length > 0) break
        setAside(paragraph, {role: 'header'})
        marks++
        continue
      }
      // `UNCLASSIFIED`, `Check against delivery`, `Dear colleagues,` in the title block: how the text is handled or whom it greets, never its title nor a line the title goes on from.
      if (reading.markingLine?.test(text.replace(MARKING_INSTRUCTION, ''))) {
        setAside(paragraph, {role: 'header'})
        // (one above the block only: under it, the block ends where it would have)
        if (lines.length === 0) marks++
        continue
      }
      // `Contact:` / `Wanjiru Kamau, Communications Officer` / `+254 20 … | media@…` above a release's title: whom to call, never the title;
      // set aside with the name and contact lines right under it (no blank line between), and the block reaches as many lines further.
      if (CONTACT_LABEL.test(text) && isContactLine(text)) {
        setAside(paragraph, {role: 'header'})
        marks++
        while (at + 1 < paragraphs.length && paragraphs[at + 1].position?.start.line === (paragraphs[at].position?.end.line ?? -2) + 1) {
          const next = normaliseSpace(textOf(paragraphs[at + 1]))
          if (!isContactLine(next) && !(isNameLine(next) && !isHeadline(next))) break
          at++
          setAside(paragraphs[at], {role: 'header'})
          marks++
        }
        continue
      }
      // `Document status: FINAL | Classification: PUBLIC | Version 1.2 – …`, `Prepared by: Secretariat, …`, `Thèmes : Santé · Urgences`: the page's
      // or the document's own metadata, never a title line (nor its version's date the meeting's); the block reaches as many lines further.
      if (isMetadataLine(text)) {
        setAside(paragraph, {role: 'header'})
        marks++
        continue
      }
      // `Private Bag 13359 · Windhoek · Tel: +264 … · www.….na` under a ministry's letterhead: its address and numbers, never a title line.
      // (`Press information`, `Media information` alone name the kind, as a kind's line: not a contact block's label)
      if (isContactLine(text) && !isFurniture(text, reading)) {
        setAside(paragraph, {role: 'header'})
        marks++
        continue
      }
      // `HANSARD`, `Official Report of Debates (Hansard)`, `Compte rendu intégral`, `Journal des débats`: a legislature's record header, set aside,
      // and the lines of the block above it (`Yukon Legislative Assembly`) are the record's masthead, never the title (header44).
      if (RECORD_HEADER.test(text) || FRENCH_RECORD_HEADER.test(text)) {
        setAside(paragraph, {role: 'header'})
        marks++
        record = true
        // (a sitting's date above the record header, `PARLIAMENT OF …` / `HOUSE OF ASSEMBLY` / `Thursday 29 October 2026` / `REVISED EDITION`, stays the block's date; header45)
        for (const line of lines) if (!isDateLine(line.text, reading)) {
          line.poster = true
          line.paragraph.data = {...line.paragraph.data, recordMasthead: true}
        }
        continue
      }
      // `Ministerial statements`, `Statements by Ministers`, `Déclarations ministérielles` under a record header: the record's section makes the text a statement
      // (`Ministerial Statement` in a body's title block is the kind's line);
      // `Afternoon Sitting`, `Séance de l'après-midi` under a record header say which sitting it is; neither is the title (header44).
      if (record && (STATEMENT_SECTION.test(text) || FRENCH_STATEMENT_SECTION.test(text) || RECORD_SITTING.test(text))) {
        setAside(paragraph, {role: 'header'})
        marks++
        if (!RECORD_SITTING.test(text)) recordKind = 'statement'
        continue
      }
      // `Home   About us   Projects   News   Contact`, `Newsroom › Press releases`, `RECAP`, `Business | Agriculture`, `By Ingrid Haugland`:
      // the page's navigation, rubrics and byline, never a title line; the block reaches as many lines further (header42).
      // (not a numbered section's heading, `I. HEALTH`, nor a rubric's word set right over a paragraph of text, as a section's heading is)
      if (!paragraph.data?.numberedHeading && isSiteFurniture(textOf(paragraph), namesBodyInAny) && !(text.split(' ').length <= 2 && headsParagraph(paragraphs, at))) {
        setAside(paragraph, {role: 'header'})
        marks++
        // (the one line above a bar of links, the block's first: the site's name; header45)
        // (also when that line is cut by a dot into the site's name and what it is, `Montluçon Communauté · L'appli`, `Harbour Trust · Members' area`; apppage48)
        if (lines.length >= 1 && lines.every((line) => line.paragraph === lines[0].paragraph) && (lines.length === 1 || lines.length === 2) && isBarOfLinks(textOf(paragraph).trim()) && lineOf(paragraph) === endLineOf(lines[0].paragraph) + 1) siteName = lines[0]
        // `Working Dogs Journal` / `Sheepdog handlers agree …` / `By Morag Lindsay`: the masthead over the headline over its byline names who publishes the page (pending43).
        if (lines.length === 2 && !lines[0].part && !lines[1].part && isMastheadOverByline(lines[0].text, lines[1].text, text)) lines[0].poster = true
        // `THE RIDGE ROLL` / `Vol. 3, No. 12 · Spring 2026`, `LA LETTRE DES BEFFROIS` / `n° 58 — novembre 2026`: the name right over an issue line is the
        // publication's masthead, never the title (header44).
        // `RÉSEAU DES HARAS …` / `DE NORMANDIE …` / `La Lettre du réseau – n° 27 – jeudi 15 octobre 2026`: a publication's name with its issue's number
        // names the page's masthead; the lines above it are who publishes it, never the title when a headline stands under it (header46).
        // (its date is the issue's, not the meeting's: kept as the page's, a weekday the text names alone counted back from it)
        if (isIssueRunOn(text)) {
          issueAt ??= lines.length
          const issued = findDates(text, undefined, reading.calendar)
          if (issued) header.published ??= issued.dates
        }
        const above = lines.at(-1)
        // (`Issue 41 · Monday 14 September 2026`: the issue's day is the page's, the day a weekday the text names alone is counted back from; placedate46)
        const issued = isIssueLine(text) ? findDates(text, undefined, reading.calendar) : undefined
        if (issued && issued.dates.start === issued.dates.end) header.published ??= issued.dates
        if (above && !above.part && isIssueLine(text) && above.paragraph === paragraphs[at - 1] && lineOf(paragraph) === endLineOf(above.paragraph) + 1 && !reading.documentKinds.some(([pattern]) => pattern.test(above.text))) above.poster = true
        // `Home   Federation   Tournaments   Contact` / `Governance`: a label of a word or two right under a bar of links is the page's
        // section, set aside with it (not a kind's line, nor one over a paragraph of text; header43).
        const next = paragraphs[at + 1]
        const label = next && withoutLineMarks(normaliseSpace(textOf(next)))
        if (label && lineOf(next) === endLineOf(paragraph) + 1 && RUBRIC.test(label) && !reading.documentKinds.some(([pattern]) => pattern.test(label)) && !headsParagraph(paragraphs, at + 1)) {
          at++
          setAside(next, {role: 'header'})
          marks++
        }
        continue
      }
      // `2,184 followers` / `4d • Edited • 🌐` under a post's author: the network's header, and the author's line above it names who posted, not the title.
      if (isSocialPostMeta(text) || isPostCountsLine(text)) {
        setAside(paragraph, {role: 'header'})
        marks++
        const author = lines.at(-1)
        if (author && author.paragraph === paragraphs[at - 1 - (paragraphs[at - 1]?.data?.role === 'header' && !lines.some((l) => l.paragraph === paragraphs[at - 1]) ? 1 : 0)]) {
          author.poster = true
          // `Aino Virtanen` / `Secretary-General at … Alliance | Bathhouse heritage` / `3,912 followers`: the author's headline, cut by bars, is all of
          // it who posted, and so is the name right above it (header43).
          for (const line of lines) if (line.paragraph === author.paragraph) line.poster = true
          const above = lines.filter((line) => !line.poster).at(-1)
          if (above && !above.part && lineOf(author.paragraph) === endLineOf(above.paragraph) + 1 && BYLINE_NAME.test(above.text)) above.poster = true
        }
        continue
      }
      // `Secretariat · Tallinn`, `Siège social, 12 rue des Alpes, 74000 Annecy` under a body's name: the letterhead's address, never a
      // title line (its town is the body's seat, not where it met: not read as the place).
      if (isAddressLine(text, reading)) {
        setAside(paragraph, {role: 'header'})
        marks++
        continue
      }
      // `TL;DR: Ministers agreed …`, `En bref : …` above everything: a summary, context; the title block starts under it.
      if (at === 0 && (SUMMARY_LEAD.test(text) || FRENCH_SUMMARY_LEAD.test(text))) {
        setAside(paragraph, {role: 'context'})
        continue
      }
      // A long line, or one that ends like a sentence, is where the text begins.
      // A sentence may end in a post's emoji (`… in one thread. 🧵`); a post numbered in its thread (`1/ Ministers …`) is text.
      if (text.split(' ').length > MAX_WORDS || SENTENCE_END.test(text.replace(TRAILING_EMOJI, '').replace(BRACKETED_ASIDE, '').replace(/\bD\.C\.$/, 'DC').replace(/\b([ap])\.m\.$/iu, '$1m')) || THREAD_NUMBER.test(text)) break
      // `We, the ministers of …, meeting in Lima …,`: a declaration's preamble, though its line ends in a comma.
      if (PREAMBLE_OPENING.test(text) || FRENCH_PREAMBLE_OPENING.test(text)) break
      // `The … Council of the African Union (AU), at its 1214th meeting held on 6 May 2026, in Addis Ababa, …,`: a long line that
      // ends in a comma is an operative text's subject, its verb on the next line (`Adopts the following decision:`), not a title.
      if (text.endsWith(',') && text.split(' ').length >= PREAMBLE_WORDS) break
      // `Context`, `Opening of the meeting`, `Follow-up`: the heading of the text's first section, where the title block has ended;
      // never on the text's first line, which opens the title block (the block is then read as before the rule).
      // So is a numbered section's heading (`Item 1 – Measles outbreak`, `I. AU TITRE DES MESURES NORMATIVES`), its number dropped by the parser.
      // But a box's heading over a fact line (`Key facts` / `Dates: 3-4 March 2026`) goes on with the block: its lines say when and where.
      if (lines.length > 0 && (isSectionHeading(text, reading) || paragraph.data?.numberedHeading) && !headsFactLines(text, paragraphs[at + 1])) break
      // `Compte rendu du Conseil des ministres` / `du mardi 3 juin 2025` / `` / `Projet de loi relatif à …` / `La ministre a présenté …`:
      // after a blank line, a line set right over a paragraph of text, as the text's other sections are, heads the first of them.
      if (lines.length > 1 && headsSectionLikeOthers(paragraphs, at)) break
      // `MEDIA READOUT | Friday, November 6, 2026 | Pacific … Council`: a line cut by bars holds several lines of the block.
      const parts = text.split(BAR)
      // `Bujumbura, 12 March 2026 / Bujumbura, le 12 mars 2026`: a bilingual text's place and date in both languages, read once.
      const bilingual = parts.length === 1 ? text.split(/\s+\/\s+/u) : []
      const firstHalf = bilingual.length === 2 ? readPlaceAndDate(bilingual[0], reading) : undefined
      if (firstHalf?.place && bilingual[1].startsWith(firstHalf.place) && bilingual[1].includes(firstHalf.dates.start.slice(0, 4))) parts.splice(0, 1, bilingual[0])
      for (const part of parts) lines.push({paragraph, text: part, part: parts.length > 1})
      // `Cabinet du préfet` / `Direction départementale des territoires` under a letterhead: the issuing office's lines, as many as it has, leave the block its own.
      if (reading.officeLine?.test(text)) marks++
      headerParagraphs++
    }
    // A lone short line before the text is a title only if something else marks it as the top.
    if (headerParagraphs === paragraphs.length) lines.length = 0
    let kindLine: string | undefined
    let otherTitle: string | undefined
    // `Fisheries Council, 14-15 October 2026` at the top of a page: the body and the meeting's dates, the title when no other line is
    let datedBody: string | undefined
    // The kind an issuer's line names, when no title line names one.
    let issuedKind: string | undefined
    // The title line the previous line was, so that a line continuing it joins it.
    let last: 'kind' | 'other' | undefined
    // Whether the title line was a part of a line cut by bars.
    let otherIsPart = false
    // Whether the other title line came before the kind's line.
    let otherFirst = false
    // The line under one that only names the body that issues the text.
    let belowBody: string | undefined
    // Where the other title line is among the block's lines.
    let otherAt = -1
    // The date an issuer's line gives the release (`FOR RELEASE: February 19, 2026`).
    let releasedOn: MeetingDates | undefined
    // Where the kind's line is among the block's lines, and the line under it when a letterhead stands over both.
    let kindAt = -1
    // Where a meeting named without its body joined the body's line above it (`Danube … Partnership` / `Second Ministerial Conference`).
    let meetingUnder = -1
    let underKind: string | undefined
    // Where the last issuer's line is among the block's lines.
    let issuerAt = -2
    // `LE PETIT ÉCLUSIER` / `n° 112 — juin 2026`: an issue line the block kept (read as a date's line) is no title line, nor the masthead right over it (header44).
    // (so is a masthead over an issue line the page's furniture already dropped: the source's line right under it)
    const sourceLines = String(file.value).split('\n')
    for (const line of lines) {
      const under = sourceLines[endLineOf(line.paragraph)]
      if (!line.part && under !== undefined && isIssueLine(normaliseSpace(under)) && !reading.documentKinds.some(([pattern]) => pattern.test(line.text))) line.poster = true
    }
    for (const [index, line] of lines.entries()) {
      if (line.part || !isIssueLine(line.text)) continue
      line.poster = true
      const above = lines[index - 1]
      if (above && !above.part && lineOf(line.paragraph) === endLineOf(above.paragraph) + 1 && !reading.documentKinds.some(([pattern]) => pattern.test(above.text))) above.poster = true
    }
    // `Festival Circuit News` / `Posted Friday 24 April 2026 · Events · Asia` / `` / `Kite organisers agree …`, `Vie du comité · Le billet du président` /
    // `Publié le mardi 24 novembre 2026` / `` / `Falaises : …`: a page's publication stamp, its rubrics and byline behind dots, and, when a headline
    // stands under it, the masthead and rubric lines above it are the page's furniture, never the title (header45).
    for (const [index, line] of lines.entries()) {
      if (lines[index - 1]?.paragraph === line.paragraph || !isPublicationStamp(withoutLineMarks(normaliseSpace(textOf(line.paragraph))), reading)) continue
      for (const other of lines) if (other.paragraph === line.paragraph && other !== line) other.poster = true
      if (headlineBelow(lines, index, reading)) for (const above of lines.slice(0, index)) if (isFurnitureAbove(above.text, reading)) above.poster = true
    }
    // (so when the page's furniture already dropped the stamp: the source's line right under a line of the block)
    for (const [index, line] of lines.entries()) {
      const under = sourceLines[endLineOf(line.paragraph)]
      if (under === undefined || lines.some((other) => lineOf(other.paragraph) === endLineOf(line.paragraph) + 1) || !isPublicationStamp(normaliseSpace(under), reading)) continue
      if (headlineBelow(lines, index, reading)) for (const above of lines.slice(0, index + 1)) if (isFurnitureAbove(above.text, reading)) above.poster = true
    }
    // `THE HUT LINE` / `Newsletter of the … Owners' Association · Spring 2026`, `LE FIL DES ÉCLUSES` / `Bulletin de la Société des … – n° 12`: the line that says
    // whose publication the page is names the body who publishes it, never the title, and so does the masthead right over it (header45).
    for (const [index, line] of lines.entries()) {
      if (lines[index - 1]?.paragraph === line.paragraph) continue
      const publisher = publisherOf(withoutLineMarks(normaliseSpace(textOf(line.paragraph))))
      if (!publisher || !headlineBelow(lines, index, reading)) continue
      for (const other of lines) if (other.paragraph === line.paragraph) other.poster = true
      const above = lines[index - 1]
      if (above && !above.part && lineOf(line.paragraph) === endLineOf(above.paragraph) + 1 && isFurnitureAbove(above.text, reading)) above.poster = true
      header.organiser ??= publisher
    }
    // `Hot Springs Association` / `About us | Our pools | News | Contact` / … / `Bathing site owners back …`: the name right over the site's bar of links
    // is the site's, never the title, when a headline stands under the bar (header45).
    if (siteName && headlineBelow(lines, lines.indexOf(siteName), reading) && isFurnitureAbove(siteName.text, reading)) for (const line of lines) if (line.paragraph === siteName.paragraph) line.poster = true
    // `Ministère chargé de l'Industrie` / `Accueil > Espace presse > Communiqués de presse` / … / headline: the block's first line right over the
    // page's breadcrumb (dropped by the page's furniture or set aside here) is the site's name, never the title, when a headline stands in the
    // block under it (pages50)
    const top = lines[0]
    const crumb = top && !top.part ? sourceLines[endLineOf(top.paragraph)] : undefined
    const headlineUnder = lines.some((line) => line.paragraph !== top?.paragraph && !line.part && !line.poster && line.text.split(' ').length >= HEADLINE_WORDS && !findDates(line.text, undefined, reading.calendar) && !reading.documentKinds.some(([pattern]) => pattern.test(line.text)))
    if (crumb !== undefined && isBreadcrumb(normaliseSpace(crumb)) && headlineUnder && isFurnitureAbove(top.text, reading)) top.poster = true
    if (issueAt && headlineBelow(lines, issueAt - 1, reading)) for (const above of lines.slice(0, issueAt)) if (!above.part && isFurnitureAbove(above.text, reading)) above.poster = true
    for (const [index, {paragraph, text, part, poster}] of lines.entries()) {
      paragraph.data = {...paragraph.data, role: 'header'}
      if (poster) {
        // `Issue 41 · Monday 14 September 2026`, `n° 58 — mardi 17 novembre 2026`, a record's `Thursday 10 December 2026` under its masthead: the issue's day is the
        // page's, never the meeting's, but the day a weekday or `yesterday` the text names alone is counted back from (placedate46).
        const issued = findDates(text, undefined, reading.calendar)
        if (issued && issued.dates.start === issued.dates.end) header.published ??= issued.dates
        last = undefined
        continue
      }
      let line = text.replace(DASH_END, '').replace(REFERENCE_TAIL, '').replace(SUBJECT_LABEL, '')
      // `Readout – Regional Ferry Safety Panel, Split meeting`: the newsroom's label names the kind, the rest is the title.
      const label = KIND_LABEL.exec(line)
      if (label) {
        issuedKind ??= reading.documentKinds.find(([pattern]) => pattern.test(label[0]))?.[1]
        line = line.slice(label[0].length)
      }
      // (`18/02/2026` alone is a date, not a code)
      if ((REFERENCE_LINE.test(line) && !isDateLine(line, reading)) || isMarkingOrState(line)) {
        last = undefined
        continue
      }
      // (`Date : 14.10.2026 | Langue : FR | Catégorie : Territoire`: a metadata field beside the date is no title line either)
      if (isMetadataField(line)) {
        last = undefined
        continue
      }
      // `AMBASSADE DE LA RÉPUBLIQUE GABONAISE` / `AU CAMEROUN`, `Embassy of the Republic of …` / `to the Kingdom of …`: an issuer's line that
      // goes on on the next is all the issuer's (header43).
      if (issuerAt === index - 1 && CONTINUES.test(isCapitals(line) ? line.toLowerCase() : line)) {
        issuerAt = index
        continue
      }
      const previous = last === 'kind' ? kindLine : last === 'other' ? otherTitle : undefined
      last = undefined
      // Two lines in capitals (`DÉCLARATION CONJOINTE DES MINISTRES` / `DE L'ESPACE …`) continue the same way.
      const inCapitals = isCapitals(previous ?? '') && isCapitals(line)
      // `INTERGOVERNMENTAL FORUM ON …` / `Fourth Ministerial Conference`: a meeting named without its body continues the line that names the body.
      const meetingOfAbove = previous === otherTitle && reading.meetingAlone?.test(line) === true && namesBody(previous ?? '', reading)
      const continues = CONTINUES.test(inCapitals ? line.toLowerCase() : line) || ENDS_OPEN.test(previous ?? '') || meetingOfAbove
      // (`BALTIC ENERGY FORUM` / `FOR IMMEDIATE RELEASE`: a newsroom's line under a masthead starts on `for` but continues nothing)
      if (previous && continues && !findDates(line, header.year, reading.calendar) && !reading.issuerLine.test(line) && !reading.officeLine?.test(line)) {
        const joined = meetingOfAbove && !inCapitals ? `${restoreCase(previous, String(file.value), reading)} ${line}` : `${previous} ${line}`
        if (kindLine === previous) kindLine = joined
        else otherTitle = joined
        if (meetingOfAbove) meetingUnder = index
        last = kindLine === joined ? 'kind' : 'other'
        continue
      }
      // `At a glance` / `Date: 9-11 March 2026` / `Venue: Palais des Congrès, Libreville, Gabon`: a fact box's lines give the meeting's dates and city.
      // `Organiser: Marches Guild of Church Bell Ringers`, `Organisateur : …`: the fact box's line that names who convened the meeting (its acronym dropped).
      const organiser = ORGANISER_LABEL.exec(line) ?? FRENCH_ORGANISER_LABEL.exec(line)
      // (`Host: Estonia`, `Hosted by: Bergen`: a country or a town of a word or two that hosts is where it met, not who convened it; review40)
      const hosted = organiser && /^(?:host|hosted|h[ôo]te)\b/iu.test(organiser[0]) ? line.slice(organiser[0].length).replace(/[.;,]$/u, '').trim() : undefined
      const hostPlace = hosted !== undefined && hosted.split(/\s+/u).length <= 2 && isPlaceLine(hosted)
      if (organiser && !hostPlace) {
        // (`Organiser: Katarzyna Nowak`, `Organisateur : M. Paul Girard`: a person who sent the invitation, never the body that met; header44)
        const who = line.slice(organiser[0].length).replace(ACRONYM_TAIL, '').replace(/^the\s+/iu, '').replace(/[.;,]$/u, '').trim()
        // (a host line, `Hosted by: Estonian Maritime Administration`, names who received the meeting: kept as before)
        if (who && (hosted !== undefined || namesBodyInAny(who) || ACRONYM_ALONE.test(who))) header.organiser ??= who
        continue
      }
      // `Date: Wed, 11 Mar 2026 at 08:15`, `Envoyé : jeudi 12 mars 2026 09:30`: an e-mail's sent line (kept by unwrap-mail as the
      // document's own date) is when the message went, the day `yesterday's meeting` is counted back from, never the meeting's.
      const sent = paragraph.data?.mailSent ? SENT_LABEL.exec(line) : null
      const sentOn = sent ? findDates(line.slice(sent[0].length, 200), undefined, reading.calendar) : undefined
      if (sentOn && sentOn.dates.start === sentOn.dates.end) {
        header.year ??= Number(sentOn.dates.start.slice(0, 4))
        header.published ??= sentOn.dates
        last = undefined
        continue
      }
      // `Updated: Mar 18, 2026 19:42 IST`, `Mis à jour le 9 février 2026`, `Version 3 – 12 May 2026`: when the page or the document was
      // changed, not when the meeting was; its date stands only when no other line gives one (as a release's date does).
      // `March 25, 2026 08:00 AM Western European Time`, `Tue 23 Jun 2026 06.00 BST`: a page's stamp with its hour and time zone (header42).
      const timeStamp = timeStampDate(line, reading)
      // (its date is the page's: only its year is kept, for dates written without one)
      if (timeStamp) {
        header.year ??= Number(timeStamp.dates.start.slice(0, 4))
        header.published ??= timeStamp.dates
        last = undefined
        continue
      }
      const stamp = STAMP_LINE.exec(line) ?? FRENCH_STAMP_LINE.exec(line)
      const stamped = stamp ? findDates(line.slice(stamp[0].length), header.year, reading.calendar) : undefined
      if (stamped?.index === 0) {
        releasedOn ??= stamped.dates
        header.year ??= Number(stamped.dates.start.slice(0, 4))
        continue
      }
      // `Microsoft Teams meeting`, `Zoom`, `Réunion en visioconférence` alone on a line of the block: the meeting was held online.
      if (REMOTE_LINE.test(line.replace(/[\s.]+$/u, '')) || FRENCH_REMOTE_LINE.test(line.replace(/[\s.]+$/u, ''))) {
        header.place ??= 'Online'
        last = undefined
        continue
      }
      // `Regular Meeting of Thursday, May 21, 2026, 9:00 a.m.`, `Séance ordinaire du jeudi 21 mai 2026, 18 h`: the sitting's own line, its date and hour, gives the
      // meeting's date and is never the title (placedate46).
      // (a sitting's line that closes on its venue after a dash, whose place the dateline reader reads, `Séance du … – Salle Jean-Moulin, Lens`, is read below; fields52)
      const sitting = sittingOfDate(line, header.year, reading)
      if (sitting && (!sitting.venue || !readPlaceAndDate(line, reading)?.place)) {
        header.dates ??= sitting.dates
        // (the town the venue after the dash names, when it names one; a town's own hall is read after, from the head: fields52)
        if (sitting.venue) header.place ??= cityOfPlaceLine(sitting.venue) ?? cityAfterVenues(sitting.venue, reading)
        last = undefined
        continue
      }
      const fact = readFactLine(line, header.year, reading)
      if (fact) {
        if (fact.dates) header.dates ??= fact.dates
        if (fact.place) header.place ??= fact.place
        continue
      }
      let kind = reading.documentKinds.find(([pattern]) => pattern.test(line))?.[1]
      const dated = readPlaceAndDate(line, reading)
      // `Relevé de conclusions de la réunion tenue à Dakar le 4 mars 2026`: a kind's line that says where and when its meeting was held gives both, and names the kind alone.
      if (kind && dated?.place && HELD_TAIL.test(line)) {
        header.place ??= dated.place
        header.dates ??= dated.dates
        // (`Minutes of the Regional Committee meeting held at …`: a meeting named by the body's organ keeps it, and the line is the record's title; header46)
        const tail = HELD_TAIL.exec(line)!
        const verb = HELD_VERB.exec(tail[0])
        const meeting = verb ? tail[0].slice(0, verb.index) : ''
        line = verb && /\s\p{Lu}/u.test(meeting.replace(/^\s+\S+/u, '')) ? line.slice(0, tail.index + verb.index) : line.replace(HELD_TAIL, '')
      } else if (kind && dated?.place && HELD_ON_TAIL.test(line)) {
        // `Minutes of the meeting of the … Committee held on Thursday 5th November 2026 at 7pm at the Old School Hall, Bristol`:
        // the same when the line says when before where; the title keeps the body that met.
        header.place ??= dated.place
        header.dates ??= dated.dates
        line = line.replace(HELD_ON_TAIL, '')
      }
      // `Joint Statement of the 12th Ministerial Meeting, 4 June 2024`: the date closing a title line is the header's;
      // so on a kind's line that reads as a place and a date (`Readout of the Cusco Forum, 14-15 May 2026`): a kind's line is no place.
      const closing = dated && !kind ? undefined : findDates(line, header.year, reading.calendar)
      // (`Cellule nationale de crise viticole – réunion du jeudi 12 mars 2026`: the meeting of that date, named after the dash, goes with it)
      const meetingOfDate = closing ? MEETING_OF_DATE.exec(line.slice(0, closing.index)) : null
      // `Compte rendu du comité syndical du 29/09/2026`, `Minutes of the meeting of 4 June 2026`: a record's line that closes on the date of the sitting gives it (the title keeps it).
      if (kind && closing && closing.index + closing.length >= line.length - 1 && DATED_RECORD.test(line.slice(0, closing.index))) header.dates ??= closing.dates
      // (`Communiqué de presse – Rouen, le vendredi 6 mars 2026`: a place and its date, as a dateline writes them, close the kind's line too)
      const datedAfter = closing && !meetingOfDate ? PLACE_DATE_BEFORE.exec(line.slice(0, closing.index)) : null
      if (closing && closing.index + closing.length >= line.length - 1 && (/[,–—-]\s*$/u.test(line.slice(0, closing.index)) || meetingOfDate || datedAfter)) {
        header.dates ??= closing.dates
        line = line.slice(0, meetingOfDate?.index ?? datedAfter?.index ?? closing.index).replace(/[\s,–—-]+$/u, '')
        // `Andean Fisheries Council – ministerial meeting, Jinja, Thursday, May 7th, 2026`: the city before the date, which the text says the meeting was in, is the place.
        const city = CLOSING_CITY.exec(line)
        // (`Board of the Kalahari Water Fund, Gaborone, 14 April 2026`: so is the city between a body's name and the date)
        if (city && TWO_WORDS.test(line.slice(0, city.index)) && isPlaceLine(city[1]) && (metIn(city[1], String(file.value)) || endsOnBody(line.slice(0, city.index), reading))) {
          header.place ??= city[1]
          line = line.slice(0, city.index)
        }
        kind = reading.documentKinds.find(([pattern]) => pattern.test(line))?.[1]
      }
      // `Flyway Partnership News – Monday, …`, `Actualités`: the section of a site the page was posted under, not its title (its date is kept).
      if (!kind && (reading.sectionLine?.test(line) || reading.newsroomSection?.test(line))) continue
      // An issuer's line that names a kind (`FOR IMMEDIATE RELEASE`, `Embargoed until 4 June`, `Ministry of … – Press release`) says what the text is, never its title.
      if (kind && reading.issuerLine.test(line)) {
        issuedKind ??= kind
        // (`FOR RELEASE: February 19, 2026`: the day the release went out, the header's date when no other line of the block gives one)
        releasedOn ??= findDates(line, header.year, reading.calendar)?.dates
        continue
      }
      // `Trustees' meeting, 9 September 2026`, `Réunion du bureau, 9 septembre 2026`: a meeting's name before its date is the title with its date, no place (header45).
      // (the dated line's reading may already have set the meeting's name aside as no place: then its words before a comma; not a record's `Séance du mardi 21 avril 2026`)
      if (dated && !kind && MEETING_BEFORE_DATE.test((dated.place ?? (/,\s/u.test(line) ? line.split(/,\s/u)[0] : '')).trim())) {
        header.dates ??= dated.dates
        if (!otherTitle) {
          otherTitle = line
          otherAt = index
          otherFirst = !kindLine
        }
        last = undefined
        continue
      }
      if (dated && !kind) {
        header.place ??= dated.place
        header.dates ??= dated.dates
        if (!dated.place && index === 0) datedBody = bodyBeforeDate(line, reading)
        // `WASHINGTON, 2 February 2016 –` on its own line: a newswire's dateline.
        if (dated.place && (DASH_END.test(text) || /^\p{Lu}{2,}[\p{Lu} ]*,/u.test(line))) file.data.wire = true
        continue
      }
      if (!kind && (reading.issuerLine.test(line) || reading.officeLine?.test(line))) {
        issuerAt = index
        continue
      }
      // `Tidal Forum @TidalForum` above a post: who posted it (the body's name stays in the block for the dateline).
      if (!kind && SOCIAL_AUTHOR.test(line)) continue
      // `Key Outcomes` / `Central Asian Energy Ministers`: a label over the block that only names what the text lists is never its title.
      if (!kind && (OUTCOMES_LABEL.test(line) || FRENCH_OUTCOMES_LABEL.test(line))) continue
      // A quotation set in the title block (`“Healthy oceans make healthy people”`) is a motto, not the title.
      if (/^[“"«‘]/u.test(line) && /[”"»’]$/u.test(line)) continue
      // `Council Chamber, City Hall, Halifax`: a venue's line in the block, its city after the rooms and buildings, gives the place.
      const venueCity = kind ? undefined : cityAfterVenues(line, reading)
      if (venueCity) {
        header.place ??= venueCity
        continue
      }
      // `Date de publication : 20-11-2026`, `Last updated: …` (also in a date the calendar does not read): when the page went out, never its title.
      if (!kind && (PUBLICATION_LABEL.test(line) || FRENCH_PUBLICATION_LABEL.test(line))) {
        releasedOn ??= findDates(line, header.year, reading.calendar)?.dates
        continue
      }
      if (kind && !kindLine) {
        header.kind = kind
        kindLine = line
        kindAt = index
        last = 'kind'
      } else if (!kind && bylineOverStamp(line, lines[index + 1]?.text, reading)) {
        // `Helena Vasconcelos` / `Tue 23 Jun 2026 06.00 BST`: an author's name over the hour the page went out is its byline, no place.
        continue
      } else if (!kind && part && ISSUE_OPENING.test(withoutLineMarks(normaliseSpace(textOf(paragraph))))) {
        // `Issue 4 · Final`, `N° 58 | Édition spéciale`: the fields of an issue's line (its number, its edition) are the masthead's, never a place nor the title.
        last = undefined
      } else if (!kind && part && cityOfPlaceLine(line) && [lines[index - 1], lines[index + 1]].some((beside) => beside?.paragraph === paragraph && isDateLine(beside.text, reading))) {
        // `Friday 6 November 2026 · Punta Arenas`, `Tournai | dimanche 15 novembre 2026`: a town beside a date on a line cut by bars is where it met.
        header.place ??= cityOfPlaceLine(line)
      } else if (!kind && cityOfPlaceLine(line) && (kindLine || otherTitle) && (!otherTitle || isDateLine(lines[index + 1]?.text, reading) || (kindLine !== undefined && index === lines.length - 1 && (index > 1 || index === kindAt + 1 || (underKind !== undefined && lines[index - 1]?.text === underKind))))) {
        // (`… Association` / `RECORD OF CONCLUSIONS` / `Twelfth Annual Forum …` / `Andorra la Vella`: a town alone closing a block that has its kind's line is where it met)
        // (`Conférence des fédérations …` / `DÉCLARATION FINALE` / `Biarritz`: so is a town closing the block right under the kind's line, or under the meeting joined to it; header43)
        // A place on its own line under the title: also after a title line when a date line follows it (`Gaborone` / `21–22 May 2025`).
        header.place ??= cityOfPlaceLine(line)
      } else if (!kind && (isSittingLine(line) || isSittingLine(text))) {
        // `Séance du lundi 19 janvier 2026 – Périgueux, …`, `Session d'automne – Mirecourt (88), …`: when and where the body sat, never the title (header42).
        last = undefined
      } else if (!otherTitle) {
        otherTitle = line
        otherAt = index
        otherIsPart = Boolean(part)
        otherFirst = !kindLine
        last = 'other'
      } else if (
        !underKind &&
        !part &&
        otherAt >= 0 &&
        kindAt > otherAt &&
        isBareKind(lines[kindAt].text.replace(REFERENCE_TAIL, '')) &&
        (!FIELD_LABEL.test(line) || isLabelledHeadline(line)) &&
        isBodyName(otherTitle ?? '', reading) &&
        lines.slice(otherAt + 1, kindAt).every((between) => isFurniture(between.text, reading) || isDateLine(between.text, reading) || isOrganLine(between.text, reading))
      ) {
        // `Baltic Glassmakers' Association` / `PRESS RELEASE` / `Northern Heritage Fund to back …`: under a letterhead that only names the
        // body and a line that only names the kind (as written, not a record's line cut of where it was held), the next line is the
        // headline, the title, whatever body it names (or `Joint Communiqué of …`); never a field's line (`Present: …`).
        underKind = line
      } else if (!kind && !belowBody && !part && !cityOfPlaceLine(line) && (!kindLine || isBareKind(kindLine)) && lines.slice(otherAt + 1, index).every((between) => isFurniture(between.text, reading)) && isLetterhead(otherTitle, line, reading)) {
        // `COASTAL FISHERIES FORUM` / `Ref: CFF/2026/4` / `Outcome of the Fourth Ministerial Meeting …`, `PIEC` / `Meeting of the …`: a letterhead
        // that only names the body (by its name, its name and acronym, or its acronym alone) stands over the title, however many
        // references or a bare kind (`Joint Statement`) stand between them.
        belowBody = line
      } else if (!kindLine && !belowBody && !part && previous === otherTitle && ORGAN_RECORD.test(line) && (isBodyAlone(otherTitle, reading) || (isCapitals(otherTitle) && namesBodyInAny(otherTitle)))) {
        // `PACIFIC … SAFETY COMPACT` / `Board of Directors – Action Summary`, `CHAMBRE DES … DU QUERCY` / `Bureau – Relevé de décisions`: under the body's
        // letterhead, its organ's record is the title, the letterhead who met (header46).
        belowBody = line
      } else if (!kindLine && !belowBody && !part && previous === otherTitle && !namesBodyInAny(line) && isBodyAlone(otherTitle, reading)) {
        // `Justice and Home Affairs Committee` / `Overcrowding in remand prisons: …`: right under a line that only names the body, a line that names none (not `Executive Board, 57th session`) is the title.
        belowBody = line
      }
    }
    // `NOTE` / `From: …` / `To: Delegations` / `Subject: Outcome of the … Conference (Vilnius, 4–5 June 2026)`: a note's subject names the
    // meeting it reports on, with its place and dates; the block's own place and date are the note's, issued days later.
    const subject = memoSubject(paragraphs, reading)
    if (subject?.place) {
      header.place = subject.place
      header.dates = subject.dates
    }
    // “Media Note” alone names the kind; a fuller line below it is the title.
    // A kind alone (“Press Release”) is not a title: the title is then made from who met and where.
    if (kindLine && RECORD_NAME.test(kindLine) && otherTitle && otherFirst && lines.some(({text}) => text !== kindLine && namesBody(text, reading))) {
      // `Halifax Regional Municipality` / `… Standing Committee` / `Summary of Outcomes`: under lines that name the body, the record's name is the title;
      // of the numbered meeting named right under it (`Summary of Decisions` / `Fourteenth Annual Congress`; header43).
      const source = String(file.value)
      const [kindName, meeting] = [restoreCase(kindLine, source, reading), underKind && restoreCase(underKind, source, reading)]
      header.title = meeting && MEETING_NAME.test(meeting) ? (reading.code === 'en' ? `${kindName}: ${meeting}` : kindOfName(kindName, meeting, reading)) : kindLine
    } else if (kindLine && otherTitle && isRecordUnderLetterhead(lines[kindAt].text, header.kind, lines[otherAt].text, otherFirst && (kindAt === otherAt + 1 || (meetingUnder > otherAt && kindAt === meetingUnder + 1)), underKind, reading)) {
      // `COMITÉ DE PILOTAGE …` / `RELEVÉ DE DÉCISIONS`, `BALTIC … CONFERENCE` / `Ministerial Declaration`, `… NETWORK` / `Final Communiqué` /
      // `Fifth Meeting of the Range States`: a record's kind under the body's letterhead is the record's name, of the meeting named under
      // it without its body when there is one (`Final Communiqué of the Fifth Meeting of the Range States`); the letterhead is who met (header42).
      // The kind alone when it stands under the letterhead (as a record's own name does, `Summary of Outcomes`); joined to a meeting named under it.
      const source = String(file.value)
      header.title = underKind ? kindOfName(restoreCase(kindLine, source, reading), restoreCase(underKind, source, reading), reading) : kindLine
    } else if (kindLine && isBareKind(kindLine)) {
      header.title = underKind ?? belowBody ?? otherTitle
      // `OUTCOME STATEMENT` / `Third Meeting of the Tri-Basin Beaver Restoration Group`: a record's own name (a statement, a summary, a record
      // of conclusions; not a communiqué, titled by its meeting) over the numbered meeting it is of, in English, is `Kind: Meeting` (header43).
      // (in French, `RELEVÉ DE DÉCISIONS` / `Quarantième congrès annuel` → `Relevé de décisions du quarantième congrès annuel`, when the meeting names no body)
      if (!underKind && !belowBody && otherTitle && !otherFirst && otherAt === kindAt + 1 && MEETING_NAME.test(otherTitle) && !/communiqu/iu.test(kindLine)) {
        const [kindName, meeting] = [restoreCase(kindLine, String(file.value), reading), restoreCase(otherTitle, String(file.value), reading)]
        if (reading.code === 'en') header.title = `${kindName}: ${meeting}`
        else if (!namesBodyInAny(otherTitle.replace(MEETING_NAME, ' '))) header.title = kindOfName(kindName, meeting, reading)
      }
      // `Press release` above `Joint Statement of …`: the title names what the document is.
      const named = underKind ?? otherTitle
      const titleKind = named && reading.documentKinds.find(([pattern]) => pattern.test(named))?.[1]
      if (titleKind) header.kind = titleKind
    } else if (kindLine && otherTitle && otherFirst && reading.headlineLine?.test(otherTitle)) {
      // `Ministers of the Americas Commit to …` above `Joint Statement of the … Initiative`: the headline is the title, the line below it names the kind.
      header.title = otherTitle
    } else header.title = kindLine ?? belowBody ?? otherTitle ?? datedBody
    if (subject) header.title = subject.title
    if (subject?.kind) header.kind = subject.kind
    if (header.title && header.title === otherTitle && otherIsPart) header.titleIsPart = true
    // `South Sound Water Utilities — Slack` / `#hydrant-program` / …, `Red Rose Archery Online` / `Home » Clubs » …` / `AGM 2026: your questions answered`:
    // a channel's, a site's or a publisher's line on top that the furniture rules did not know. The learned chooser (`head-lines.ts`) has the last
    // word over the rules' title when they took the first line and it doubts that line and is sure of another, or of none (headlines47).
    const chosen = overruledTitle(String(file.value), header.title, reading.code, headWeights())
    if (chosen !== undefined) {
      header.title = chosen ?? undefined
      header.titleIsPart = undefined
    }
    header.kind ??= recordKind
    header.kind ??= issuedKind
    // `LISBON, Portugal--(BUSINESS WIRE)--The …`, `/PRNewswire/`, `(GLOBE NEWSWIRE)`: a release a wire distributes (header42).
    if (!header.kind && paragraphs.slice(0, MAX_LINES + headerParagraphs + 2).some((paragraph) => NEWSWIRE_CREDIT.test(textOf(paragraph).slice(0, 300)))) header.kind = PRESS_RELEASE
    header.dates ??= releasedOn
    // A mail's subject cut short over the document it carries (`Subject: Towpath partners agree £6 million upgrade` / … / `Towpath partners
    // agree £6 million upgrade for Black Country canals`): the document's own headline, the subject's words and more, is the title (pages52).
    // A cover sheet's fields over the paper it covers (`Report to: Trust Board` / `Date of meeting: …` / `Report title: Outcome of the …
    // Committee` / `Author: …`): the field that names the title is the title, never the first field's value (pages52).
    const titled = coverSheetTitle(paragraphs.slice(0, COVER_SHEET_LINES).map((paragraph) => normaliseSpace(textOf(paragraph))))
    if (titled !== undefined) header.title = titled
    // A circular's or a letter's subject in capitals under its greeting (`UNION – BRANCH` / `To: all members` / `Dear Colleague,` / `REPORT OF
    // THE QUARTERLY MEETING, 5 NOVEMBER 2026`): the letter's own title, never the letterhead on its first line (pages52).
    const greeted = subjectUnderGreeting(String(file.value))
    if (greeted !== undefined && (header.title === undefined || firstFilledLine(String(file.value)) === header.title)) header.title = greeted
    if (header.title) header.title = fullerThanSubject(header.title, paragraphs.slice(0, MAX_LINES * 3).map((paragraph) => normaliseSpace(textOf(paragraph))), reading)
    // A title in capitals (`JOINT STATEMENT OF THE …`) is written back in the case the text gives its words.
    if (header.title) header.title = restoreCase(header.title, String(file.value), reading)
    // (`By Morag Lindsay` / `Published 19 October 2026 14:20 GMT`, set aside as the page's furniture: its year is the one the text's dates leave out, before any later deadline's)
    header.year = header.dates ? Number(header.dates.start.slice(0, 4)) : (stampYear(String(file.value), reading) ?? yearNear(paragraphs.slice(0, MAX_LINES + 3), reading, String(file.value)))
    const signed = signedAt(paragraphs, reading)
    if (signed) header.signed = signed
    applyHeader(file, header)
  }
}
export default recogniseHeader

/** Among how many lines with text from the top a letter's greeting stands. */
const GREETING_LINES = 12
/** Most words of a letter's subject line. */
const SUBJECT_WORDS = 16

/** The text's first line with text, trimmed, its spaces made one. */
function firstFilledLine(source: string): string | undefined {
  const line = source.slice(0, 2000).split('\n').find((text) => text.trim() !== '')
  return line === undefined ? undefined : normaliseSpace(line)
}

/**
 * The subject line in capitals right under a letter's greeting near the top (`Dear Colleague,` / `REPORT OF THE QUARTERLY BRANCH MEETING`,
 * `Chers adhérents,` / `COMPTE RENDU DE L'ASSEMBLÉE GÉNÉRALE`): a heading, no sentence (no stop at its end), of a few words.
 * @param source the whole text
 * @returns the subject line, or `undefined`
 */
function subjectUnderGreeting(source: string): string | undefined {
  const lines = source.slice(0, 6000).split('\n').map((line) => normaliseSpace(line)).filter((line) => line !== '').slice(0, GREETING_LINES + 1)
  const greeting = lines.findIndex((line) => line.length <= 80 && (ENGLISH_PASTED.greeting.test(line) || FRENCH_PASTED.greeting.test(line)) && /[,:!]$/u.test(line))
  if (greeting === -1 || greeting >= GREETING_LINES) return undefined
  const subject = lines[greeting + 1]
  if (subject === undefined || subject.length > 200 || !isCapitals(subject) || /[.!?;:]$/u.test(subject) || subject.split(' ').length > SUBJECT_WORDS) return undefined
  return subject
}

/** Among how many paragraphs from the top a cover sheet's fields stand. */
const COVER_SHEET_LINES = 14
/** A cover sheet's field, its label (up to four words) then a colon and its value. */
const COVER_FIELD = /^[\p{L}][\p{L}'’ -]{1,40}?[ \u00A0]?:[ \t\u00A0]+\S/u
/** A cover sheet's field that names the paper's title (`Report title:`, `Title of paper:`, `Paper title:`, `Titre du rapport :`, `Intitulé :`). */
const TITLE_FIELD = /^(?:(?:report|paper|document|item|agenda\s+item)\s+title|title\s+of\s+(?:the\s+)?(?:report|paper|document|item)|(?:titre|intitul[ée])(?:\s+(?:du|de\s+la)\s+(?:rapport|document|note|point|d[ée]lib[ée]ration))?)[ \u00A0]?:[ \t\u00A0]+(.{3,200})$/iu
/** Fewest other fields beside the title's that make a cover sheet. */
const FEWEST_COVER_FIELDS = 3

/**
 * A cover sheet's title field among its other fields at the top (`Report title: …` beside `Report to:`, `Author:`, `Purpose:`).
 * @param texts the paragraphs near the top
 * @returns the title field's value, or `undefined` when the top is no cover sheet or names no title
 */
function coverSheetTitle(texts: string[]): string | undefined {
  const at = texts.findIndex((text) => TITLE_FIELD.test(text))
  if (at === -1) return undefined
  const fields = texts.filter((text, k) => k !== at && text.length <= 300 && COVER_FIELD.test(text)).length
  return fields >= FEWEST_COVER_FIELDS ? TITLE_FIELD.exec(texts[at])![1].trim() : undefined
}

/** Most words a headline adds to a mail's subject that it carries on (`… upgrade` → `… upgrade for Black Country canals`). */
const MOST_ADDED_WORDS = 8

/**
 * The document's own headline when the title is a mail's subject cut short: a line of its own below the `Subject:` line that opens with
 * the subject's words and goes on for a few more (at most `MOST_ADDED_WORDS`), no sentence (no stop at its end), no date in what it adds.
 * @param title the title the header found
 * @param texts the paragraphs near the top
 * @param reading the text's language
 * @returns the headline, or the title as it was
 */
function fullerThanSubject(title: string, texts: string[], reading: Reading): string {
  const subject = texts.findIndex((text) => SUBJECT_LABEL.test(text) && text.replace(SUBJECT_LABEL, '').trim() === title)
  if (subject === -1) return title
  const lower = `${title.toLowerCase()} `
  for (const text of texts.slice(subject + 1)) {
    if (!text.toLowerCase().startsWith(lower) || text.length > 300 || /[.!?:;,]$/u.test(text)) continue
    const added = text.slice(lower.length)
    const words = added.split(' ').length
    if (words <= MOST_ADDED_WORDS && /^\p{L}/u.test(added) && findDates(added, undefined, reading.calendar) === undefined) return text
  }
  return title
}

// (weights set for a measure, `fit-heads`: every later read uses them instead of the committed ones)
let measuredHeads: HeadWeights | undefined
/** Read with other weights of the head-line chooser than the committed ones (undefined: the committed ones again). */
export function useHeadWeights(weights: HeadWeights | undefined): void {
  measuredHeads = weights
}
function headWeights(): HeadWeights {
  return measuredHeads ?? (HEAD_WEIGHTS as HeadWeights)
}

/** Most paragraphs from the top a note's `From:` / `To:` / `Subject:` lines stand among (reference numbers and codes come first). */
const MEMO_FROM_TOP = 12
/** A place and dates in brackets at the end of a note's subject (`… Conference (Vilnius, 4–5 June 2026)`). */
/** A note's sender or addressee field (`From: General Secretariat`, `To: Delegations`, `De :`, `À :`). */
const MEMO_FIELD = /^(?:from|to|de|[àa])[ \u00A0]?:\s*\S/iu
const BRACKETED_END = /\s*\(([^()]{3,80})\)\s*$/u
/** A memorandum's kind line above its subject (`OFFICE MEMORANDUM`, `Memorandum`, `Note de service`, `Bordereau d'envoi`): the subject is its title. */
const MEMO_KIND = /^(?:(?:office|internal|inter-office)\s+)?memorandum$|^(?:note\s+de\s+(?:service|transmission)|bordereau\s+d['’]envoi|note\s+verbale|circular)$/iu
/** A memorandum's `regarding` closing its subject (`… held on 5th March, 2026 at Mysuru – reg.`, `– regarding`): no part of the title. */
const REGARDING_TAIL = /\s*[–—-]\s*(?:reg(?:arding)?|reg\.|re)\.?\s*$/iu

/**
 * The meeting a note's subject line names with its place and dates in brackets, under the note's other header fields
 * (`From: General Secretariat` / `To: Delegations` / `Subject: Outcome of the Ministerial Conference on … (Vilnius, 4–5 June 2026)`).
 * @param paragraphs the document's paragraphs
 * @param reading the patterns of the source's language
 * @returns the subject without its brackets, the place and the dates, or `undefined` when the top has no such note
 */
function memoSubject(paragraphs: Paragraph[], reading: Reading): {title: string; place?: string; dates?: MeetingDates; kind?: string} | undefined {
  const lines = paragraphs.slice(0, MEMO_FROM_TOP).flatMap((paragraph) => textOf(paragraph).split('\n').map((line) => normaliseSpace(line)))
  const at = lines.findIndex((line) => SUBJECT_LABEL.test(line))
  // (with a `From:` or `To:` line: one `Subject:` line alone may be the text's own)
  if (at === -1 || !lines.some((line) => MEMO_FIELD.test(line)) && !lines.slice(0, at).some((line) => MEMO_KIND.test(line))) return undefined
  const subject = lines[at].replace(SUBJECT_LABEL, '').replace(REGARDING_TAIL, '')
  const bracketed = BRACKETED_END.exec(subject)
  // `OFFICE MEMORANDUM` / `Subject: Minutes of the 9th meeting of the … Committee held on 5th March, 2026 at Mysuru – reg.`: a memorandum
  // that forwards a record names it in its subject, the title, and the record's kind is the text's (header43).
  const kind = reading.documentKinds.find(([pattern]) => pattern.test(subject))?.[1]
  if (!bracketed) return kind ? {title: subject, kind} : undefined
  const dated = readPlaceAndDate(bracketed[1], reading)
  if (!dated?.place) return undefined
  const title = subject.slice(0, bracketed.index).trim()
  return title ? {title, place: dated.place, dates: dated.dates} : undefined
}

/** Most names a list of signatories above the text holds. */
const MAX_SIGNATORIES = 30
/** Most words of a signatory's line (`Ministry of Water and Sanitation of the Republic of …`). */
const SIGNATORY_WORDS = 14

/**
 * A list of who signs a text set among the title block's lines (`Signatories:` / `Kingdom of Lesotho` /
 * `Republic of Botswana`, or `Signatories: Lesotho, Botswana` on one line): its heading and the short lines right
 * under it, with no blank line between them.
 * @param paragraphs the document's paragraphs
 * @returns the list's paragraphs (empty when the top has none)
 */
function signatoriesAtTop(paragraphs: Paragraph[]): Set<Paragraph> {
  const found = new Set<Paragraph>()
  const heading = paragraphs.slice(0, MAX_LINES).findIndex((paragraph) => {
    const text = withoutLineMarks(normaliseSpace(textOf(paragraph)))
    return SIGNATORIES_HEADING.test(text) || FRENCH_SIGNATORIES_HEADING.test(text)
  })
  if (heading === -1) return found
  found.add(paragraphs[heading])
  for (const paragraph of paragraphs.slice(heading + 1, heading + 1 + MAX_SIGNATORIES)) {
    const text = normaliseSpace(textOf(paragraph))
    if (lineOf(paragraph) !== endLineOf([...found].at(-1)!) + 1 || text.split(' ').length > SIGNATORY_WORDS || SENTENCE_END.test(text)) break
    found.add(paragraph)
  }
  return found
}

/** Most lines an intergovernmental document's distribution box has (its symbol, `Distr.: General`, the issue date, `Original: English`, a sales number). */
const MAX_BOX_LINES = 6

/**
 * The distribution box at the top of an intergovernmental document: the lines from the first one down, with no blank
 * line between them (but one before a distribution line, `Original: English` set apart under the rest), that are a distribution line (`Distr.: General`, `Original: English`, `Distr. : générale`), the
 * document's symbol (`GZACC/21/15`, `A/CONF.12/4`) or a date alone (the date the document was issued, not the
 * meeting's), when one of them at least is a distribution line.
 * @param paragraphs the document's paragraphs
 * @param reading the patterns of the source's language
 * @returns the box's paragraphs (empty when the top has none)
 */
function distributionBox(paragraphs: Paragraph[], reading: Reading): Set<Paragraph> {
  const found = new Set<Paragraph>()
  let distribution = false
  for (const paragraph of paragraphs.slice(0, MAX_BOX_LINES)) {
    const text = normaliseSpace(textOf(paragraph))
    const previous = [...found].at(-1)
    const isDistribution = DISTRIBUTION_LINE.test(text) || FRENCH_DISTRIBUTION_LINE.test(text)
    // (a distribution line may stand one blank line under the rest, as a document exported to text sets `Original: English` apart)
    if (previous && lineOf(paragraph) !== endLineOf(previous) + 1 && !(isDistribution && lineOf(paragraph) === endLineOf(previous) + 2)) break
    if (!isDistribution && !REFERENCE_LINE.test(text) && !/^[\p{Lu}\d]{1,8}(?:[/.-][\p{Lu}\d]{1,10}){1,5}$/u.test(text) && !isDateLine(text, reading)) break
    distribution ||= isDistribution
    found.add(paragraph)
  }
  return distribution ? found : new Set()
}

/** The line a paragraph ends on in the source. */
const endLineOf = (paragraph: Paragraph): number => paragraph.position?.end.line ?? -1

/** Copy what the title block says onto the readout. */
function applyHeader(file: VFile, header: Header): void {
  const readout = readoutOf(file)
  if (header.kind) readout.kind = header.kind
}

/**
 * Read a line that is only a place and a date, or only a date.
 * @param line a title-block line
 * @param reading the patterns of the source's language (English by default)
 * @returns the place (when there is one) and the dates, or `undefined`
 */
export function readPlaceAndDate(line: string, reading?: Reading): {place?: string; dates: MeetingDates} | undefined {
  // `Par Claire Martin - Publié le 14/10/2026 …`: a byline's stamp gives the date; its author is no place.
  line = bylineStamp(line) ?? line
  const dates = findDates(line, undefined, reading?.calendar)
  if (!dates) return undefined
  // `Ljubljana (Slovenia), 14 March`: the country in brackets is not part of the place.
  const cut = line.slice(0, dates.index).trim().replace(WEEKDAY_BEFORE, '').trim().replace(BEFORE_DATE, '').replace(DONE_AT, '').replace(/\s*\([^()]{1,40}\)(?=,?$)/u, '')
  // `Riga – Friday, November 20, 2026`, `Constanța, Romania — 5 May 2026`: a place set off from its date by a dash, when what stands before it is a place alone.
  const dashed = PLACE_DASH.exec(cut)
  const before = dashed && isPlaceLine(dashed[1]) ? `${dashed[1]},` : cut
  // `…, 14:00–16:30`, `…, from 2 p.m. to 4.30 p.m.`, `…, de 9 h à 12 h`: the hours of the meeting are not a place (also set off by a
  // calendar's dot or bar, `Thursday, 19 March 2026 ⋅ 10:30 – 13:00`, `jeudi 19 mars 2026 · 10:30 – 13:00`)
  // (`Mardi 17 mars 2026, 18 h, salle polyvalente`, `Tuesday 3 March 2026, 7 pm, Parish Room`: the hours before the room go too; fields51)
  const after = line.slice(dates.index + dates.length).replace(/^[\s,.–—⋅·•|-]+/u, '').replace(HOURS, '').replace(HOURS_BEFORE_PLACE, '')
  const heldOn = heldOnMeeting(line.slice(0, dates.index), after, dates.dates)
  if (heldOn) return heldOn
  // `Séance plénière du jeudi 08.10.2026 – Le Puy-en-Velay (43)`, `Plenary sitting, Tuesday 3 March 2026 – Kendal`: a sitting's name and date, then its town after a dash alone.
  const townAfterDate = /^\s*[–—-]\s/u.test(line.slice(dates.index + dates.length)) && !after.includes(",") && isSittingLine(line) ? cityOfPlaceLine(after.replace(/[\s.]+$/u, '')) : undefined
  if (townAfterDate) return {place: townAfterDate, dates: dates.dates}
  // `Held online, Thursday 14 May 2026`, `Réunion en visioconférence – 3 juin 2026`, `14 May 2026 | Virtual meeting`: a meeting held online.
  const remote = (part: string) => REMOTE_LINE.test(part) || FRENCH_REMOTE_LINE.test(part)
  if (remote(before.replace(/[\s,|–—-]+$/u, '')) || (!before && remote(after.replace(/^[\s,|–—-]+|[\s.]+$/gu, '')))) return {place: 'Online', dates: dates.dates}
  // `Posted On: 12 MAR 2026 5:40PM by PIB Delhi`: the date the release was posted, its hour and who posted it after.
  if (PUBLISHED.test(before) && STAMP_TAIL.test(after)) return {dates: dates.dates}
  // `Séance du mardi 17 mars 2026 – Digne-les-Bains, Maison de l'agriculture`, `Sitting of 4 May 2026 – Kendal, Town Hall`: a sitting's
  // date, then its town and the building it sat in.
  // (`Réunion du samedi 14 novembre 2026 à Yvetot, salle des fêtes`: the town after `à`, the room in common words)
  const townThenVenue = /^(?:(?:[àa]|in|at)\s+)?([^,]{1,60}),\s*([^,]{1,80})$/u.exec(after)
  const isVenue = (part: string) => VENUE.test(part) || reading?.dateline?.venue?.test(part) === true || COMMON_ROOM.test(part)
  // (`Vendredi 27.11.26 – Cognac (16), Maison de la tonnellerie`: a département or county in brackets after the town is where it lies, no part of its name)
  const townBeforeVenue = townThenVenue?.[1].replace(/\s*\([^()]{1,40}\)\s*$/u, '')
  if (townThenVenue && townBeforeVenue && (!before || SITTING.test(before)) && isVenue(townThenVenue[2]) && isPlaceLine(townBeforeVenue)) {
    return {place: placeName(townBeforeVenue), dates: dates.dates}
  }
  // `Séance du samedi 21.11.2026 – Salle Jean-Moulin, Lens`, `Sitting of 4 May 2026 – Guildhall, Kendal`: the building, then its town (a département's number after it dropped).
  const town = townThenVenue ? cityOfPlaceLine(townThenVenue[2].replace(/[\s.]+$/u, '')) : undefined
  if (townThenVenue && town && (!before || SITTING.test(before)) && isVenue(townThenVenue[1])) return {place: town, dates: dates.dates}
  if (after.split(' ').length > 3) return undefined
  // `14 March 2025, Ljubljana`: the place after the date.
  if (!before) return after && isPlaceLine(after) ? {place: placeName(after), dates: dates.dates} : {dates: dates.dates}
  // `Published 9 September 2026`, `Publié le 9 septembre 2026`: the date a report was issued, with no place.
  if (PUBLISHED.test(before)) return {dates: dates.dates}
  // `Held at the Pavilion Rooms, Harrogate, on Wednesday 9 September 2026`: where it was held opens the line, the town after the building.
  if (/^(?:held|convened|hosted|tenue?|r[ée]unie?)\s/iu.test(before)) {
    const held = heldAtMeeting(line.slice(0, dates.index), dates.dates)
    if (held) return held
  }
  // `Session d'automne – Mirecourt (88), les 5, 6 et 7 octobre 2026`, `Spring session – Kendal, 4 May 2026`: a sitting's name, then its town after a dash.
  const sittingTown = SITTING_THEN_TOWN.exec(before.replace(/,$/u, ''))
  const townAfterSitting = sittingTown ? cityOfPlaceLine(sittingTown[1]) : undefined
  if (townAfterSitting) return {place: townAfterSitting, dates: dates.dates}
  // `Trustees' meeting, 9 September 2026`, `Board call, 3 March 2026`, `Réunion du bureau, 9 septembre 2026`: the meeting's own name before the date is what met, never where.
  // (not `Cellule de crise de l'élevage – réunion du jeudi 12 mars 2026`: a body's name, a dash, then its meeting is read below)
  if (MEETING_BEFORE_DATE.test(before.replace(/[\s,]+$/u, '')) && !/\s[–—-]\s/u.test(before)) return {dates: dates.dates}
  const place = PLACE_COMMA.exec(`${before} `)
  // `Agriculture and Fisheries Council, 14 May 2026`: a body's name before the date is who met, not where.
  if (place && place[0].trim().length >= before.length - 1 && ORGANISATION_HEADS.test(place[1])) return {dates: dates.dates}
  if (!place || place[0].trim().length < before.length - 1) return adoptedAtMeeting(line.slice(0, dates.index), dates.dates) ?? heldAtMeeting(line.slice(0, dates.index), dates.dates)
  return {place: placeName(place[1]), dates: dates.dates}
}

/**
 * A meeting named before a line's date, or read where a dateline's place stands: its last word a meeting's, a sitting's or a
 * call's (`Trustees' meeting`, `Board call`, `Annual General Meeting`, `Séance plénière`), or a meeting's name opening on it
 * (`Meeting of the Board`, `Réunion du bureau`, `Séance de …`, `Assemblée générale`). (header45 and placedate45 wrote it apart.)
 */
const MEETING_BEFORE_DATE = /(?:^|\s)(?:meeting|call|sitting|session|AGM|r[ée]union|s[ée]ance|assembl[ée]e\s+g[ée]n[ée]rale)$|^(?:meeting\s+(?:of|du|de|des|d['’])|(?:r[ée]union|s[ée]ance|session|assembl[ée]e)\s)/iu

/**
 * A first line that is only a body's name and a date (`Fisheries Council, 14-15 October 2026`), as a council's page is headed: the line, else `undefined`.
 * @param line a title-block line that reads as a date without a place
 * @param reading the patterns of the source's language
 */
function bodyBeforeDate(line: string, reading: Reading): string | undefined {
  const dates = findDates(line, undefined, reading.calendar)
  if (!dates || dates.index + dates.length < line.replace(/[.\s]+$/u, '').length) return undefined
  const before = line.slice(0, dates.index).replace(/[\s,–—-]+$/u, '')
  return before && ORGANISATION_HEADS.test(before) && !PUBLISHED.test(before) ? line : undefined
}

/** Most paragraphs from the end a text's signature stands among (an annex of participants may follow it). */
const SIGNATURE_FROM_END = 8

/**
 * Where and when a text was done, from its signature near the end (`Done at San José, Costa Rica, on
 * 16 October 2026.`, `Fait à Lomé, le 3 mars 2026.`): a declaration whose dates and place are in no
 * line at the top gives them there.
 * @param paragraphs the document's paragraphs
 * @param reading the patterns of the source's language
 * @returns the place (when the line names one) and the dates, or `undefined`
 */
function signedAt(paragraphs: Paragraph[], reading: Reading): {place?: string; dates: MeetingDates} | undefined {
  for (const paragraph of paragraphs.slice(-SIGNATURE_FROM_END).reverse()) {
    const line = normaliseSpace(textOf(paragraph)).replace(/\.$/u, '')
    if (line.length > 200) continue
    const issued = ISSUED_FOOTER.test(line)
    if (!issued && !DONE_AT.test(line)) continue
    const read = followedSession(line, reading) ?? readPlaceAndDate(line, reading) ?? (issued ? issuedAt(line, reading) : undefined)
    if (read) return read
  }
  return undefined
}

/** A footer that says who issued or published a text, in either language (`Issued by the Secretariat, …`, `Publié par …`). */
const ISSUED_FOOTER = new RegExp(`${ISSUED_LINE.source}|${FRENCH_ISSUED_LINE.source}`, 'iu')
/** Where a footer names the meeting it follows, in either language, the first one said. */
const FOLLOWING_SESSION = new RegExp(`${SESSION_FOLLOWED.source}|${FRENCH_SESSION_FOLLOWED.source}`, 'iu')

/**
 * The place and the meeting's own date of a footer that says which meeting it follows (`Issued by the
 * Secretariat, Maseru, 9 March 2026, following the session held on 8 March 2026`): the date in that clause.
 * @param line the footer, without its stop
 * @param reading the patterns of the source's language
 */
function followedSession(line: string, reading: Reading): {place?: string; dates: MeetingDates} | undefined {
  const clause = FOLLOWING_SESSION.exec(line)
  const dates = clause && findDates(clause[0], undefined, reading.calendar)
  if (!clause || !dates) return undefined
  const before = line.slice(0, clause.index)
  const issuedDate = findDates(before, undefined, reading.calendar)
  return {place: placeBeforeDate(issuedDate ? before.slice(0, issuedDate.index) : before), dates: dates.dates}
}

/**
 * The place and date of a footer that says who issued a text, then where and when (`Issued by the
 * Secretariat, Maseru, 9 March 2026`): the text's own date, the only one a text that gives no other has.
 * @param line the footer, without its stop
 * @param reading the patterns of the source's language
 */
function issuedAt(line: string, reading: Reading): {place?: string; dates: MeetingDates} | undefined {
  const dates = findDates(line, undefined, reading.calendar)
  return dates ? {place: placeBeforeDate(line.slice(0, dates.index)), dates: dates.dates} : undefined
}

/** The place a footer names last before its date (`Issued by the Secretariat, Maseru,` → Maseru), if the part after the last comma is one. */
function placeBeforeDate(before: string): string | undefined {
  const parts = before.replace(/[\s,]+$/u, '').replace(BEFORE_DATE, '').replace(/[\s,]+$/u, '').split(',')
  const last = parts.at(-1)!.trim()
  return parts.length > 1 && last && isPlaceLine(last) && /^\p{Lu}/u.test(last) ? placeName(last) : undefined
}

/**
 * The place of a line that says at which meeting a text was adopted, then where and when (`Adopted at
 * the 41st meeting of the Council, Valletta, 12 March 2026`): the last part before the date.
 * @param before the line before its date
 * @param dates the line's dates
 */
function adoptedAtMeeting(before: string, dates: MeetingDates): {place?: string; dates: MeetingDates} | undefined {
  if (!DONE_AT.test(before.trim())) return undefined
  const last = before.replace(/[\s,]+$/u, '').split(',').at(-1)!.trim()
  return isPlaceLine(last) && /^\p{Lu}/u.test(last) ? {place: placeName(last), dates} : undefined
}

/** A time of day: `14:00`, `4.30 p.m.`, `9 h`, `9 h 30`. */
const TIME = String.raw`\d{1,2}(?:[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?|\s?h(?:\s?\d{2})?)`
/** The hours of a meeting after its date: a time or a span of times, `from … to …`, `de … à …`. */
const HOURS = new RegExp(String.raw`^(?:(?:from|de)\s+)?${TIME}(?:\s*(?:[–—-]|to|until|à|jusqu['’]à)\s*${TIME})?\s*$`, 'iu')
/** The hours of a meeting before its place, behind a comma (`18 h, salle polyvalente`, `7 pm – 9 pm, Parish Room`; fields51). */
const HOURS_BEFORE_PLACE = new RegExp(String.raw`^(?:(?:from|de)\s+)?${TIME}(?:\s*(?:[–—-]|to|until|à|jusqu['’]à)\s*${TIME})?\s*,\s*(?=\S)`, 'iu')
/** Where a minutes' or a record's line says the meeting was held (`Minutes of the meeting held at …`, `Relevé de la réunion tenue à …`). */
const HELD_AT = /(?<!\p{L})(?:held|convened|hosted)\s+(?:at|in)\s+|(?<!\p{L})(?:tenue?s?|r[ée]unie?s?)\s+(?:[àa]|au)\s+/iu
/** The words of a kind's line from `of the meeting held …` (`de la réunion tenue …`) to its end. */
/** An organ's record on its own line: the organ, a dash or a colon, and the record's name (`Board of Directors – Action Summary`, `Executive Committee: Record of Decisions`, `Bureau – Relevé de décisions`; header46). */
const ORGAN_RECORD = /^(?:(?:executive|management|steering|standing|governing|general)\s+)?(?:board|council|committee|commission|bureau|conseil|comit[ée])(?:\s+(?:of\s+(?:directors|trustees|governors|management)|d['’]administration|directeur|ex[ée]cutif|de\s+direction))?\s*(?:[–—:-]|\s[–—-])\s*(?:(?:action|decisions?|meeting|key)\s+)?(?:summary|minutes|record(?:\s+of\s+(?:actions|decisions))?|notes|highlights|report|compte[- ]rendu|relev[ée]\s+de\s+(?:d[ée]cisions|conclusions)|proc[èe]s[- ]verbal|synth[èe]se(?:\s+des\s+d[ée]cisions)?)$/iu
/** The participle of a meeting held, inside `HELD_TAIL`'s match. */
const HELD_VERB = /\s+(?:held|convened|hosted|tenue?|r[ée]unie?)\s/iu
const HELD_TAIL = /\s+(?:of\s+(?:the|a|its)|de\s+la|du|de\s+l['’]|d['’]une?)\s*(?:\p{L}+\s+){0,2}?(?:meeting|session|réunion|séance|session)\s+(?:\p{L}+\s+){0,2}?(?:held|convened|hosted|tenue?|réunie?)\s.*$/iu
/** The words of a minutes' line from `held on <date>` to its end, after the body that met (`Minutes of the meeting of the … Committee held on …`). */
const HELD_ON_TAIL = /(?<=\S)\s+(?:held|convened|hosted)\s+on\s.*$/iu
/** What stands between a meeting's place and its date: `, on Monday`, `, le mardi`. */
const BEFORE_WEEKDAY_DATE = /(?:[\s,]+(?:on|le|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))+[\s,]*$/iu

/** A minutes' line that says when its meeting was held before where (`… held on Thursday 5th November 2026`), up to its date. */
const HELD_ON = /(?<!\p{L})(?:held|convened|hosted)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/iu
/** The hour a minutes' line gives between its date and its place (`at 7pm`, `at 7.30 p.m.,`, `from 6 to 8pm`). */
const HELD_HOUR = new RegExp(String.raw`^(?:(?:at|from)\s+)?${TIME}(?:\s*(?:[–—-]|to|until)\s*${TIME})?[\s,]*`, 'iu')

/**
 * The place of a line of minutes that says when its meeting was held, then at what hour and where
 * (`Minutes of the meeting … held on Thursday 5th November 2026 at 7pm at the Old School Hall, Bristol`):
 * the city after the building's name, the last part of the line.
 * @param before the line before its date
 * @param after the line after its date
 * @param dates the line's dates
 * @returns the place and the dates, or `undefined` when the line is not such a line
 */
function heldOnMeeting(before: string, after: string, dates: MeetingDates): {place?: string; dates: MeetingDates} | undefined {
  if (!HELD_ON.test(before)) return undefined
  const where = after.replace(HELD_HOUR, '').replace(/^(?:at|in)\s+/iu, '').replace(/[\s.,]+$/u, '')
  if (!where) return undefined
  const last = townAfterVenues(where)
  return isPlaceLine(last) && /^\p{Lu}/u.test(last) ? {place: placeName(last), dates} : undefined
}

/**
 * The town of a held meeting's place, buildings first (`Exhibition Hall, Stoneleigh Park, Warwickshire` → Stoneleigh Park,
 * `salle des fêtes, Quimperlé, Finistère` → Quimperlé): the first part after the buildings, a county, a region or a country after it
 * dropped; else the last part (`Marine House, Plymouth`).
 * @param where the place as the line writes it, its parts parted by commas
 * @returns the part that names the town
 */
function townAfterVenues(where: string): string {
  const parts = where.split(',').map((part) => part.trim())
  const first = parts.findIndex((part) => !VENUE.test(part) && !COMMON_ROOM.test(part) && !isLowerCaseVenue(part))
  // (`…, Stoneleigh Park, Warwickshire`: after a building, a town then one more name; the name after the town is where it lies)
  return first > 0 && parts.length - first === 2 && isPlaceLine(parts[first]) ? parts[first] : parts.at(-1)!
}

/**
 * The place of a line of minutes or of a record that says where its meeting was held, then when
 * (`Minutes of the meeting held at Marine House, Plymouth, on Tuesday 3 March 2026, 14:00–16:30`,
 * `Relevé de conclusions de la réunion tenue à Dakar le 4 mars 2026`): the last part before the date,
 * the city after a building's name.
 * @param before the line before its date
 * @param dates the line's dates
 */
function heldAtMeeting(before: string, dates: MeetingDates): {place?: string; dates: MeetingDates} | undefined {
  const held = HELD_AT.exec(before)
  if (!held) return undefined
  const where = before.slice(held.index + held[0].length).replace(BEFORE_WEEKDAY_DATE, '').replace(/[\s,]+$/u, '')
  const last = townAfterVenues(where)
  return last && isPlaceLine(last) && /^\p{Lu}/u.test(last) ? {place: placeName(last), dates} : undefined
}

/**
 * Write a title set in capitals in the case its words have elsewhere in the text (`NORDIC-BALTIC`
 * → `Nordic-Baltic`, an acronym the text writes in capitals stays so), else in title case
 * (English) or sentence case (French), the small words in lower case.
 * @param title the title line
 * @param text the whole source
 * @param reading the source's language
 * @returns the title, unchanged unless it is all in capitals
 */
export function restoreCase(title: string, text: string, reading: Reading): string {
  if (!isCapitals(title)) return title
  // How the text writes each word outside lines in capitals.
  const seen = new Map<string, string>()
  for (const line of text.split(/\r\n?|\n/)) {
    const lineLetters = line.replace(/[^\p{L}]/gu, '')
    if (!lineLetters || lineLetters === lineLetters.toUpperCase()) continue
    for (const word of line.match(CASE_WORD) ?? []) {
      const key = word.toLowerCase()
      // A word seen at a sentence's start may be capitalised only for that: prefer how it stands inside one.
      if (!seen.has(key) || /^\p{Lu}/u.test(seen.get(key)!)) seen.set(key, word)
    }
  }
  const english = reading.code === 'en'
  return title.replace(CASE_WORD, (word, offset: number) => {
    const known = seen.get(word.toLowerCase())
    if (known && /^\p{Lu}/u.test(known)) return known
    const lower = word.toLowerCase()
    if (offset === 0) return lower.replace(/^\p{L}/u, (c) => c.toUpperCase())
    if (!english || MINOR_WORDS.has(lower)) return lower
    return lower.replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, c: string) => mark + c.toUpperCase())
  })
}

/** How and to whom a statement was made, beside its kind (`Written … to Parliament`, `Oral … to the House of Commons`). */
const KIND_MANNER = /\b(?:written|oral|ministerial)\b|\b(?:to|before)\s+(?:the\s+)?(?:parliament|house(?:\s+of\s+(?:commons|lords|representatives|assembly))?|national\s+assembly|assembly|senate|legislature)\b/giu

/**
 * Whether a title-block line only names the kind of document (`Media Note`, `Communiqué final`),
 * in one language or two (`Communiqué conjoint / Joint Communiqué`): at most three words, or at
 * most one word once the kinds of every language the reader knows are taken out.
 */
function isBareKind(line: string): boolean {
  if (line.split(' ').length <= 3) return true
  let rest = line
  for (const [pattern] of [...DOCUMENT_KINDS, ...FRENCH_DOCUMENT_KINDS]) rest = rest.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), ' ')
  // (`Written statement to Parliament`, `Oral statement to the House`: how a statement was made and to whom names no meeting either)
  rest = rest.replace(KIND_MANNER, ' ')
  return rest.replace(/[/|–—,:-]/g, ' ').trim().split(/\s+/).filter(Boolean).length <= 1
}

/** A word whose case is restored; an elision (`L'ESPACE`) is two words. */
const CASE_WORD = /[\p{L}\p{M}\d]+(?:[.-][\p{L}\p{M}\d]+)*/gu

/** Whether a line is written in capitals (at least four letters, none in lower case). */
function isCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '')
  return letters.length >= 4 && letters === letters.toUpperCase()
}

/** Whether a line heads a section of context or outlook (`Context`, `Opening of the meeting`, `Next steps`), in the source's language (its colon left out). */
function isSectionHeading(line: string, reading: Reading): boolean {
  const heading = line.replace(/\s*:$/, '')
  return reading.contextHeadings.test(heading) || reading.outlookHeadings.test(heading) || Boolean(reading.sittingHeadings?.test(heading)) || MEETING_DAY.test(heading) || FRENCH_MEETING_DAY.test(heading) || CABINET_ITEM.test(heading) || FRENCH_CABINET_ITEM.test(heading)
}

/** A city closing a title line after a comma (`…, Jinja`), once its date is cut off; two words at least must stand before the comma (`TWO_WORDS`). */
const CLOSING_CITY = /(?:,|\s[–—])\s*(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){0,2})$/u
/** Two words in a row: tested apart, as a look-behind with `.*` in it rescans the line from each comma (a 40 kB line took 3 s). */
const TWO_WORDS = /\S\s+\S/u

/**
 * Whether the text says something happened in a city (`met today in Jinja`, `réunis à Lomé`).
 * @param city the city's name
 * @param text the whole source
 */
function metIn(city: string, text: string): boolean {
  const escaped = city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<!\\p{L})(?:in|at|à)\\s+${escaped}(?!\\p{L})`, 'u').test(text)
}

/** The line a paragraph starts on in the source. */
const lineOf = (paragraph: Paragraph | undefined): number => paragraph?.position?.start.line ?? -1

/**
 * Whether a short line heads a section: a blank line above it, a paragraph of text (a sentence) on the very next line, and
 * at least one more line of the text set so (a blank line, a short line, its paragraph right under it).
 * @param paragraphs the text's paragraphs
 * @param at the index of the line
 */
function headsSectionLikeOthers(paragraphs: Paragraph[], at: number): boolean {
  const headsText = (index: number): boolean => {
    const [line, next, before] = [paragraphs[index], paragraphs[index + 1], paragraphs[index - 1]]
    if (!line || !next || !before || line.data?.bullet || next.data?.bullet) return false
    const text = normaliseSpace(textOf(line))
    const body = normaliseSpace(textOf(next))
    return lineOf(next) === (line.position?.end.line ?? -2) + 1 && lineOf(line) > (before.position?.end.line ?? 0) + 1 && text.split(' ').length <= 12 && !SENTENCE_END.test(text) && SENTENCE_END.test(body) && body.split(' ').length > 12
  }
  if (!headsText(at)) return false
  for (let index = at + 2; index < paragraphs.length - 1; index++) if (headsText(index)) return true
  return false
}

/** Whether a line stands right over a paragraph of text, with no blank line between (as a section's heading does). */
function headsParagraph(paragraphs: Paragraph[], at: number): boolean {
  const next = paragraphs[at + 1]
  return next !== undefined && lineOf(next) === endLineOf(paragraphs[at]) + 1 && SENTENCE_END.test(normaliseSpace(textOf(next)))
}

/** The kind a newswire's credit gives a text. */
const PRESS_RELEASE = 'press release'
/**
 * A meeting numbered in a series, named without its body (`Fifth Meeting of the Range States`, `12th Session of the Parties`,
 * `Deuxième réunion des États riverains`): one occasion, that the record's kind names with it; a meeting named for its topic
 * (`Summit on Grain Reserves`) is a title of its own.
 */
const MEETING_NAME = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth|(?:twenty|thirty|forty|fifty)-\p{L}+|\d{1,3}(?:st|nd|rd|th|e|re|er)|premi[eè]re?|\p{L}+i[èe]me)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|session|conference|assembly|summit|sitting|forum|congress|convention|r[ée]union|s[ée]ance|conf[ée]rence|assembl[ée]e|sommet|congr[èe]s)(?:\s|$)/iu
/** A line that opens on a meeting's word, with at most two words before it (`Meeting of Australian … Ministers`, `Annual sitting of …`, `Réunion des ministres …`, `Session d'automne du …`): a meeting named, not a body. */
const MEETING_OPENING = /^(?:[\p{L}-]+\s+){0,2}?(?:meeting|sitting|session|r[ée]union|s[ée]ance)(?:\s+(?:of|on|du|de|des|d['’])|\s*$)/iu
/** Heads of a gathering's name that make it an occasion, not a body a record is of (`Assises des villes …`, `Rencontres …`). */
const OCCASION_HEAD = /^(?:assises|rencontres|journ[ée]es|[ée]tats\s+g[ée]n[ée]raux|entretiens)\b/iu

/**
 * Whether a title block is a record's kind on its own line right under the body's letterhead (`COMITÉ DE PILOTAGE …` / `RELEVÉ DE
 * DÉCISIONS`, `… NETWORK` / `Final Communiqué`), with no headline under them but at most a meeting named without its body (`Fifth
 * Meeting of the Range States`): a newsroom's kind (`Press release`, `Media note`, `Readout`) heads a headline instead.
 * @param kindLine the kind's line as written (a line cut of a date or a place, `Minutes of the meeting held at …`, is no kind's line alone)
 * @param kind the kind it names
 * @param top the line above it as written (one cut of its date, `Comité de suivi … – réunion du mardi 7 avril 2026`, names a meeting) (a body's name, or a name in capitals: a letterhead, `BALTIC AND NORTH SEA PILOTAGE CONFERENCE`)
 * @param adjacent whether the letterhead is the line right above the kind's
 * @param under the line under the kind's, when it was taken as the title
 * @param reading the patterns of the source's language
 */
function isRecordUnderLetterhead(kindLine: string, kind: string | undefined, top: string, adjacent: boolean, under: string | undefined, reading: Reading): boolean {
  if (!adjacent || /\d/u.test(kindLine) || /\d/u.test(top) || !isBareKind(kindLine) || (kind && PRESS_KINDS.has(kind)) || /^read-?outs?$/iu.test(kindLine.trim())) return false
  // (`MEETING OF AUSTRALIAN MARINE SAFETY MINISTERS` / `COMMUNIQUE`: a meeting's name over the kind is no body's letterhead, and the title; header44)
  if (MEETING_OPENING.test(top) || OCCASION_HEAD.test(top) || ACRONYM_ALONE.test(top) || !(isBodyName(top, reading) || (isCapitals(top) && !/\d/u.test(top) && top.split(/\s+/u).length <= 14))) return false
  // (`Twelfth Annual Forum on Snow and Water`: the meeting's own word may be a body's head, `Forum`; the words after it name no body; header43)
  return under === undefined || (MEETING_NAME.test(under) && !namesBodyInAny(under.replace(MEETING_NAME, ' ')))
}

/** Whether a title-block line is a body's name and nothing else (`Justice and Home Affairs Committee`, `EASTERN AFRICAN PATENT ORGANISATION`). */
function isBodyAlone(line: string, reading: Reading): boolean {
  const name = fullOrganisationName(undefined, [line], reading.organisationNames)
  return name !== undefined && name.replace(/^the\s+/iu, '') === line.replace(/^the\s+/iu, '')
}

/** Whether a title line's words before a city end on a body's name (`Board of the Kalahari Water Fund`; in French, name one: `Commission de la pêche`). */
function endsOnBody(line: string, reading: Reading): boolean {
  const {heads, headFirst} = reading.organisationNames
  const last = line.trim().split(/\s+/).at(-1) ?? ''
  return /^\p{Lu}/u.test(last) && (heads.has(last.toLowerCase()) || (headFirst && namesBody(line, reading)))
}

/** What parts a motto's words on one line (`Un Peuple – Un But – Une Foi`, `Liberté, Égalité, Fraternité`). */
const MOTTO_SEPARATOR = /\s*[,·•]\s*|\s+[–—-]\s+/u

/** The words of a line, when each is a motto's (`Travail – Liberté – Patrie`); none otherwise. */
function mottoWords(paragraph: Paragraph | undefined): number {
  if (!paragraph) return 0
  const words = withoutLineMarks(normaliseSpace(textOf(paragraph))).replace(/[.!]$/u, '').split(MOTTO_SEPARATOR)
  return words.every((word) => FRENCH_MOTTO_WORD.test(word)) ? words.length : 0
}

/**
 * Whether a title-block line is a state's motto under its letterhead: two or three of its words on one line, or one
 * a line beside another (`Liberté` / `Égalité` / `Fraternité`); a lone `Justice` is a section's heading.
 * @param paragraphs the document's paragraphs
 * @param at the line's index
 */
function isMottoLine(paragraphs: Paragraph[], at: number): boolean {
  const words = mottoWords(paragraphs[at])
  return words >= 2 || (words === 1 && (mottoWords(paragraphs[at - 1]) === 1 || mottoWords(paragraphs[at + 1]) === 1))
}

/** Whether a title-block line only says who may read the text (`RESTRICTED`, `Diffusion restreinte`) or names the state that issues it (`REPUBLIC OF KENYA`, `République du Niger`). */
function isMarkingOrState(line: string): boolean {
  return MARKING_LINE.test(line) || FRENCH_MARKING_LINE.test(line) || STATE_LETTERHEAD.test(line) || FRENCH_STATE_LETTERHEAD.test(line)
}

/** Whether a title-block line is what may stand between a letterhead and the title: a reference, a marking, a state's name or a bare kind (`Joint Statement`). */
function isFurniture(text: string, reading: Reading): boolean {
  const line = text.replace(DASH_END, '')
  if ((REFERENCE_LINE.test(line) && !isDateLine(line, reading)) || isMarkingOrState(line)) return true
  return reading.documentKinds.some(([pattern]) => pattern.test(line)) && isBareKind(line)
}

/** An acronym alone (`PIEC`, `CSRP`, `AU-IBAR`). */
const ACRONYM_ALONE = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\d&-]{2,12}$/u
/** An acronym in brackets closing a body's name (`Asia-Pacific Road Safety Network (APRSN)`). */
const ACRONYM_TAIL = /\s*\((?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\d&-]{2,12}\)$/u

/**
 * Whether a title-block line is a letterhead over the line below it: it only names a body (also with its acronym in
 * brackets), or is an acronym alone, and the line below names no other body (`Meeting of the Asia-Pacific Road Safety
 * Network` under the Network's letterhead repeats its name; under an acronym, any line).
 * @param top the first title-block line that is no kind, place or date
 * @param line a later title-block line
 * @param reading the patterns of the source's language
 */
function isLetterhead(top: string, line: string, reading: Reading): boolean {
  if (ACRONYM_ALONE.test(top)) return true
  const name = top.replace(ACRONYM_TAIL, '')
  if (!isBodyName(top, reading)) return false
  // (`Conférence régionale sur l'eau potable` / `Regional Conference on Drinking Water`: a body named under a name, in either language, is a translation or a part of the body)
  // (`Nordic Sled Dog Racing Council` / `Autumn Council Meeting — Outcomes`: the body's own head before a meeting's word names its meeting, no other body; header44)
  const head = name.trim().split(/\s+/u).at(-1) ?? ''
  const ownMeeting = head && OWN_MEETING.exec(line)
  const rest = ownMeeting && ownMeeting[1].toLowerCase() === head.toLowerCase() ? line.slice(0, ownMeeting.index) + line.slice(ownMeeting.index + ownMeeting[0].length) : line
  return !namesBodyInAny(rest) || line.toLowerCase().includes(name.toLowerCase().replace(/^the\s+/u, ''))
}

/** A body's head noun right before a meeting's word (`Council Meeting`, `Board session`, `Committee sitting`): group 1 the head. */
const OWN_MEETING = /(?<!\p{L})(\p{L}+)\s+(?:meeting|session|sitting)(?!\p{L})/iu

/** Whether a title-block line only names a body: its name (in capitals too), its name and acronym in brackets, or an acronym alone (`PIEC`). */
function isBodyName(line: string, reading: Reading): boolean {
  if (ACRONYM_ALONE.test(line)) return true
  const name = line.replace(ACRONYM_TAIL, '')
  return isBodyAlone(name, reading) || (isCapitals(name) && isBodyAlone(titleCase(name), reading))
}

/** Whether a line (or a part of one cut by bars) opens on a label of the page's own metadata (`Classification: PUBLIC`, `Thèmes : …`). */
function isMetadataField(text: string): boolean {
  return METADATA_LABEL.test(text) || FRENCH_METADATA_LABEL.test(text)
}

/**
 * Whether a title-block line is the page's or the document's metadata: it opens on a metadata label (`Prepared by: …`,
 * `Mots-clés : …`), or two of its parts cut by bars or dots are `Label: value` fields and none gives the meeting's
 * date, place or organiser (`Document status: FINAL | Classification: PUBLIC | Version 1.2 – 19 Nov 2026`).
 * @param text the line, its spaces normalised
 * @returns whether it is set aside as metadata
 */
function isMetadataLine(text: string): boolean {
  const parts = text.split(BAR)
  if (isMetadataField(parts[0])) return true
  if (parts.length < 2) return false
  const fact = (part: string) => FACT_LABEL.test(part) || FRENCH_FACT_LABEL.test(part) || ORGANISER_LABEL.test(part) || FRENCH_ORGANISER_LABEL.test(part)
  return parts.filter((part) => FIELD_LABEL.test(part)).length >= 2 && !parts.some(fact)
}

/** Most words of a line under a letterhead that names one of the body's organs. */
const ORGAN_WORDS = 4

/**
 * Whether a line under a letterhead names the office of the body that issues the text (`Secrétariat exécutif`, `Office of the Chair`,
 * `Executive Secretariat`, `Cabinet du président`): a few words with a body's head noun or an office's, no date (header45).
 * @param text the line
 * @param reading the patterns of the source's language
 */
function isOrganLine(text: string, reading: Reading): boolean {
  if (reading.officeLine?.test(text) || reading.issuerLine.test(text)) return true
  return text.split(' ').length <= ORGAN_WORDS && (namesBodyInAny(text) || /^(?:office|cabinet|bureau|direction)\s/iu.test(text)) && !findDates(text, undefined, reading.calendar) && !reading.documentKinds.some(([pattern]) => pattern.test(text))
}

/**
 * Whether a line that opens like a field (`Trafic de pangolins : huit pays … unissent leurs forces`, `Sluice gates: keepers agree to reline two`) is a
 * headline with its topic before the colon: what follows is a clause of four words or more, two in lower case, with no comma nor figure,
 * where a field's value is a list of names, a date or a word or two (`Present: Ana Ruiz, Tom Hale`, `Lieu : Niort`; header45).
 * @param line a title-block line
 */
function isLabelledHeadline(line: string): boolean {
  const after = line.slice(line.indexOf(':') + 1).trim()
  const words = after.split(/\s+/u)
  return words.length >= 4 && words.filter((word) => /^\p{Ll}/u.test(word)).length >= 2 && !/[,;\d]/u.test(after)
}


/** A field's label opening a line (`Present: …`, `Lieu :`): a field of the block, never a headline. */
const FIELD_LABEL = /^[\p{L}][\p{L} ]{0,24}\s?:\s/u

/** The parts of a letterhead's address line: behind a bar, a middle dot, a comma or a dash. */
const ADDRESS_PART = /\s+[|·•]\s+|,\s*|\s+[–—]\s+/u
/** A street, a post box or a postcode with its town (`4 Harbour Road`, `P.O. Box 1120`, `BP 231`, `74000 Annecy`). */
const STREET = /^(?:\d{1,5}(?:\s?[a-z])?,?\s+\p{L}|(?:P\.?\s?O\.?\s+Box|Private\s+Bag|B\.?P\.?|Bo[iî]te\s+postale)\s*\d)/iu

/**
 * Whether a title-block line is a letterhead's address: it opens on the body's office (`Secretariat`, `Siège social`) and
 * only a town, a street, a post box or contact details follow (`Secretariat · Tallinn`, `Headquarters, 4 Harbour Road, Mombasa`).
 * @param text the line
 * @param reading the patterns of the source's language
 */
function isAddressLine(text: string, reading: Reading): boolean {
  if (!reading.addressOffice || text.length > 200) return false
  const [office, ...rest] = text.split(ADDRESS_PART).map((part) => part.trim())
  if (rest.length === 0 || !reading.addressOffice.test(office)) return false
  // (`Secretariat, Tallinn, 12 March 2026`: a part that is a date makes the line a dateline, whose date is the text's, not an address; review40)
  if (rest.some((part) => findDates(part, undefined, reading.calendar))) return false
  return rest.every((part) => STREET.test(part) || isPlaceLine(part) || isContactLine(part))
}

/** A line in capitals written with a capital at each word (`COASTAL FISHERIES FORUM` → `Coastal Fisheries Forum`), to read it as a name. */
const titleCase = (line: string): string => line.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())

/** Whether a title-block line holds a body's head noun in any language the reader knows (a bilingual title's other half names its body in the other). */
function namesBodyInAny(line: string): boolean {
  return LANGUAGES.some((code) => namesBody(line.replace(/[,;:]/g, ' '), readingFor(code)))
}

/** Whether a title-block line holds a body's head noun (`… Forum on Pesticide Safety`, `… COUNCIL`). */
function namesBody(line: string, reading: Reading): boolean {
  return line.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && reading.organisationNames.heads.has(word.toLowerCase()))
}

/** Whether a title-block line is a date alone (`21–22 May 2025`, `le 4 juin 2026`). */
function isDateLine(line: string | undefined, reading: Reading): boolean {
  if (!line) return false
  const dated = readPlaceAndDate(normaliseSpace(line).replace(DASH_END, ''), reading)
  return Boolean(dated && !dated.place)
}

/**
 * Whether a line of the block under the one at `index`, of another paragraph, reads as a headline: no date, no kind, no bar (header45).
 * @param lines the block's lines
 * @param index where the stamp or the site's name is among them
 * @param reading the patterns of the source's language
 */
function headlineBelow(lines: Array<{paragraph: Paragraph; text: string; part?: boolean; poster?: boolean}>, index: number, reading: Reading): boolean {
  const below = lines.slice(index + 1).find((line) => line.paragraph !== lines[index].paragraph && !line.poster)
  return below !== undefined && !below.part && below.text.split(' ').length >= HEADLINE_WORDS && !findDates(below.text, undefined, reading.calendar) && !reading.documentKinds.some(([pattern]) => pattern.test(below.text))
}
/** A publication named as a body's (`Newsletter of the … Association`, `The quarterly bulletin of …`, `Lettre d'information de la Fédération …`, `Bulletin des adhérents du Comité …`): group 1 is the body. */
const PUBLICATION_OF = /^(?:the\s+|la\s+|le\s+)?(?:(?:monthly|quarterly|weekly|annual|members['’]?|official)\s+)?(?:e-?newsletter|newsletter|bulletin|magazine|journal|gazette|news\s?letter|lettre|infolettre|revue)(?:\s+(?:mensuelle|trimestrielle|annuelle|officielle|d['’]information|d['’]infos?|des\s+(?:adh[ée]rents|membres)))?\s+(?:of|from|for|de|du|des|d['’])\s*((?:the\s+|la\s+|l['’]|le\s+|les\s+)?\p{Lu}[^·|•–—]{2,100}?)(?:\s+[·|•–—-]\s+[^·|•–—]{1,40}){0,3}$/iu

/**
 * The body a publication line names as its publisher (`Newsletter of the Felixstowe … Association · Spring 2026` → `Felixstowe … Association`).
 * @param line a title-block line, its spaces normalised
 * @returns the body's name without its article, or none when the line is no publication's or names no body
 */
function publisherOf(line: string): string | undefined {
  const found = PUBLICATION_OF.exec(line)
  if (!found) return undefined
  const body = found[1].replace(/^(?:the|la|le|les)\s+|^l['’]/iu, '').replace(ACRONYM_TAIL, '').trim()
  return namesBodyInAny(body) && !SENTENCE_END.test(body) ? body.charAt(0).toUpperCase() + body.slice(1) : undefined
}

/** Fewest words of a headline under a page's furniture. */
const HEADLINE_WORDS = 4

/** Whether a line above a page's stamp or bar of links may be its furniture: no kind's line, no date, no sentence (header45). */
function isFurnitureAbove(text: string, reading: Reading): boolean {
  return !reading.documentKinds.some(([pattern]) => pattern.test(text)) && !findDates(text, undefined, reading.calendar) && !SENTENCE_END.test(text) && text.split(' ').length <= 10
}

/** Whether a furniture line is a bar of links (three labels or more behind bars, dots or runs of spaces), not a byline nor a breadcrumb. */
function isBarOfLinks(text: string): boolean {
  // (read as written: a run of spaces parts its links, `Home   Find a café   Volunteer   News`; header46)
  return !isBreadcrumb(normaliseSpace(text)) && text.split(/\s+[|·•]\s+|\s{2,}|\t+/u).length >= 3
}

/** A person's name as a byline writes it, two to four capitalised words (`Helena Vasconcelos`, `Jean-Marc Le Goff`, `By Ana Ruiz`, `Par Claire Martin`). */
const BYLINE_NAME = /^(?:(?:by|par)\s+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:\s+(?:(?:de|du|da|van|von|le|la)\s+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,3}$/u

/**
 * Whether a title-block line is an author's byline over the page's publication stamp: a person's name alone, and under it a date
 * with the hour it went out (`Helena Vasconcelos` / `Tue 23 Jun 2026 06.00 BST`, `Par Claire Martin` / `Publié le 14/10/2026 à 18h05`).
 * @param line the line
 * @param next the line under it, if any
 * @param reading the patterns of the source's language
 */
function bylineOverStamp(line: string, next: string | undefined, reading: Reading): boolean {
  if (!next || !BYLINE_NAME.test(line) || ORGANISATION_HEADS.test(line)) return false
  // (the stamp is read as the title block reads it, `timeStampDate`: one reader of a page's stamp, where placedate42 and header42 had two; review42)
  return timeStampDate(normaliseSpace(next), reading) !== undefined
}

/** A line that is a place name alone (“Washington, DC”, “Geneva”). */
/** A record's or a publication's name, or its version's, alone on a line (`HANSARD`, `Official Report`, `Minutes`, `Final`, `Draft`, `Compte rendu`, `Procès-verbal`): no place. */
const RECORD_WORD = /^(?:hansard|official\s+report|minutes|journal|gazette|bulletin|newsletter|recap|summary|transcript|proceedings|debates|final|draft|agenda|notes|highlights|compte[- ]rendu|proc[èe]s[- ]verbal|ordre\s+du\s+jour|d[ée]bats|projet|brouillon|version\s+finale|synth[èe]se)$/iu

function isPlaceLine(line: string): boolean {
  // (`Date`, `Location`, `Lieu` alone: a wiki page's field heading over its value, no place)
  // (`Andorra la Vella`, `Stratford upon Avon`, `Rio de Janeiro`: a small word between a town's capitalised words)
  // (`HANSARD`, `Final`, `Minutes`, `Compte rendu` alone: the name of a record or of its version, no place)
  return line.split(' ').length <= 4 && !ORGANISATION_HEADS.test(line) && !FIELD_HEADING.test(line) && !RECORD_WORD.test(line) && /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:,? (?:(?:la|le|les|de|del|della|do|da|dos|das|du|des|upon|sur|am|an|im) )?[\p{Lu}][\p{L}\p{M}'’.-]*)*$/u.test(line)
}

/**
 * The city a title-block line names when the line is a place alone: a country after it, behind a
 * comma or in brackets, is dropped as in a dateline (`Nairobi, Kenya`, `Dakar (Sénégal)` → the
 * city); a state's abbreviation stays (`Washington, DC`).
 * @param line a title-block line
 * @returns the city, or `undefined` when the line is not a place
 */
function cityOfPlaceLine(line: string): string | undefined {
  const bare = line.replace(/\s*\([^()]{1,40}\)$/u, '')
  // (`CONSEIL D'ADMINISTRATION`, `Board of Trustees`, `Comité directeur`: a line naming one of a body's organs by its head noun, in either language, is no town)
  if (!isPlaceLine(bare) || namesBodyInAny(bare)) return undefined
  const city = placeName(bare).replace(COUNTRY_AFTER_CITY, '')
  // (`Reading Room, Market Place`: a street is where a building stands in its town, never the town; fields50)
  return STREET_NAME.test(city) ? undefined : city
}

/**
 * What a fact box's labelled line says of the meeting, as its label names it: its dates (`Date: 9-11 March 2026`),
 * its city (`Venue: Caudan Conference Centre, Port Louis, Mauritius` → Port Louis: the venue and the country are
 * dropped) or both (`Date and venue: 3-4 March 2026, Port Louis`).
 * @param line a title-block line
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the dates and the place found, or `undefined` when the line is no fact box's line or gives neither
 */
/** A venue's word in lower case after a name (`MaltaPost headquarters`, `Grand hotel`, `the council offices`): a building, no town (made on first use: `VENUE` comes from a module that imports this one). */
let lowerCaseVenue: RegExp | undefined
const isLowerCaseVenue = (part: string) => (lowerCaseVenue ??= new RegExp(VENUE.source.toLowerCase(), 'u')).test(part)

/** A street's name (`Mill Lane`, `Market Place`, `High Street`, `Rue des Tanneurs`, `Place du Marché`): where a building stands in its town, never the town (fields50). */
const STREET_NAME = /^(?:Rue|Avenue|Boulevard|Quai|Chemin|All[ée]e|Impasse|Route)\s|^Place\s+(?:de|du|des|d['’])\s|\s(?:Lane|Road|Street|Place|Square|Avenue|Row|Terrace|Crescent|Close|Drive|Parade)$/u

/** A field list's name between colons, as reStructuredText or a wiki writes a page's fields (`:Date: 2026-05-09`, `:Lieu: Vannes`): group 1 the name. */
const FIELD_LIST_NAME = /^:(\p{L}[\p{L}\p{M}]{0,20}(?: (?:and|et|&) \p{L}[\p{L}\p{M}]{0,20})?):(?=\s)/u

/** A town with its postcode, British after it (`Falmouth TR11 3JT`) or French before it (`79000 Niort`, `74000 Annecy Cedex`): group 1 or 2 the town. */
const POSTAL_TOWN = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|^\d{5}\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}?)(?:\s+(?:CEDEX|Cedex|cedex)(?:\s+\d{1,2})?)?$/u

/** A place's value that names its town first, then the building after a dash (`Lincoln – Cathedral Works Yard, Minster Yard`): group 1 the town. */
const TOWN_THEN_VENUE = /^\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s+[–—-]\s+\S/u

export function readFactLine(line: string, year: number | undefined, reading: Reading): {dates?: MeetingDates; place?: string} | undefined {
  // `:Date: 2026-05-09` / `:Location: Chester, …`: a field list's name reads as a fact box's label.
  line = line.replace(FIELD_LIST_NAME, '$1:')
  const label = FACT_LABEL.exec(line) ?? FRENCH_FACT_LABEL.exec(line)
  if (!label) return undefined
  const value = line.slice(label[0].length)
  const found = label[1] || label[3] ? findDates(value, year, reading.calendar) : undefined
  const rest = found ? `${value.slice(0, found.index)}, ${value.slice(found.index + found.length)}` : value
  const venue = reading.dateline?.venue ?? VENUE
  // (parted at a comma or a dash and trimmed after: spaces on both sides of the mark in the pattern were read from every space of a run)
  // (`Location: MaltaPost headquarters, Marsa`: a venue's word in lower case after a name makes a building too)
  // (`Lieu : Lyon, Hôtel de Ville, salon Justin-Godart`: a part that opens in lower case, a common word, names a room or a street, never a town; placedate46)
  // (`Location: HQ hut, Mill Lane`, `Where: Reading Room, Market Place`, `Lieu : Méréville, salle des fêtes, 14 h – 17 h 30`: a street and an hour are no town; fields50)
  const parts = rest.split(/[,–—]|\s-\s/u).map((part) => part.trim()).filter((part) => part && !venue.test(part) && !isLowerCaseVenue(part) && !/^\p{Ll}/u.test(part) && !STREET_NAME.test(part) && !/^\d/u.test(part))
  // (`Location: Lincoln – Cathedral Works Yard, Minster Yard`, `Lieu : Niort – salle des fêtes`: the town first, the building after a dash; app49)
  const townFirst = TOWN_THEN_VENUE.exec(value)
  // (`Where: The Net Loft, Custom House Quay, Falmouth TR11 3JT`, `Lieu : Maison des associations, 12 rue Haute, 79000 Niort`: the town its postcode
  // stands beside is the address's, whatever building comes before it; app49)
  const postal = rest.split(',').map((part) => POSTAL_TOWN.exec(part.trim())).find(Boolean)
  const place = label[2] || label[4] ? (postal ? cityOfPlaceLine(postal[1] ?? postal[2]) : undefined) ?? (townFirst && !venue.test(townFirst[1]) ? cityOfPlaceLine(townFirst[1]) : undefined) ?? cityOfPlaceLine(parts.join(', ')) : undefined
  return found || place ? {dates: found?.dates, place} : undefined
}

/** A field's label alone on its line, its value on the next (`Date`, `When`, `Location`, `Date and venue`, `Lieu`, `Quand`), as a wiki page or a form lays out a meeting's facts. */
export const FIELD_HEADING = /^(?:dates?|when|time|venue|place|location|where|lieu|quand|o[ùu]|heure)(?:\s+(?:and|&|et)\s+(?:dates?|time|venue|place|location|lieu|heure))?\s*:?$/iu

/**
 * A row of a page-properties table up to its value: a label of one to four words (`FIELD_HEADING`), then a tab or two spaces
 * or more; group 1 the label. The value is cut off after it: one pattern with four runs of spaces in a row read each run
 * every way, so a line of `Date` and 280 spaces took 0.65 s.
 */
const PROPERTY_LABEL = /^[ \t\u00A0]*(\p{L}[\p{L}&]*(?: [\p{L}&]+){0,3})(?:[ \u00A0]*\t|[ \u00A0]{2})/u

/**
 * A page-properties table's row as a field (`Date⇥28 May 2026` → `Date: 28 May 2026`, `Location    Lincoln – Cathedral Works Yard` → `Location: …`,
 * `Lieu⇥Salle des fêtes, Niort`): Confluence, Notion, SharePoint or a form lay out a page's fields as a table of two columns, pasted with a
 * tab (or spaces) between the label and its value. Only a label that names when or where (`FIELD_HEADING`) makes a row a field.
 * @param line one line of the source, its tabs kept
 * @returns the row written as a field, or `undefined` when the line is no such row
 */
export function propertyRow(line: string): string | undefined {
  if (line.length > 300 || line.includes('\n')) return undefined
  const label = PROPERTY_LABEL.exec(line)
  if (!label || !FIELD_HEADING.test(label[1])) return undefined
  // the value, without the spaces around it; a second tab makes a row of three columns, no field
  const value = line.slice(label[0].length).replace(/^[ \t\u00A0]+/u, '').trimEnd()
  return value && !value.includes('\t') ? `${label[1]}: ${value}` : undefined
}

/** A town hall or a prefecture named after its town (`Mairie de Gramat`, `Hôtel de ville de Cahors`, `Préfecture du Lot` is no town): group 1 the town. */
const TOWN_HALL_OF = /^(?:[Ll]a\s+)?(?:[Mm]airie|[Hh][ôo]tel\s+de\s+[Vv]ille|(?:[Ss]ous-)?[Pp]r[ée]fecture)\s+(?:de\s+|d['’])(\p{Lu}[\p{L}\p{M}'’.]*(?:[\s-](?:(?:de|du|des|sur|en|le|la|les|d['’])[\s-]?)?\p{Lu}[\p{L}\p{M}'’.]*){0,4})$/u
/** A meeting named by its kind and whose or what it is (`Conference of European Prison Ministers`, `Convention on …`), never a venue. */
const MEETING_OF = /\b(?:Conference|Convention)\s+(?:of|on)\s/u

/**
 * The city of a title-block line that names where in it the meeting sat: rooms or buildings, then the city
 * (`Council Chamber, City Hall, Halifax`, `Committee Room 2, Town Hall, Riverbend`); a country after it is dropped.
 * @param line a title-block line
 * @param reading the patterns of the source's language
 * @returns the city, or `undefined` when the line does not open on a venue or names no city after it
 */
function cityAfterVenues(line: string, reading: Reading): string | undefined {
  const venue = reading.dateline?.venue ?? VENUE
  const parts = line.split(/,|\s[–—]\s/u).map((part) => part.trim())
  // (`Outcome of the Conference of European Prison Ministers, Tallinn`: a conference of someone, or on something, is a meeting, not a venue)
  if (parts.length < 2 || !venue.test(parts[0]) || MEETING_OF.test(parts[0])) return undefined
  // `Salle du conseil – Mairie de Gramat`: a town hall, last after the rooms, names its town.
  const townHall = TOWN_HALL_OF.exec(parts[parts.length - 1])
  if (townHall && parts.slice(0, -1).every((part) => venue.test(part))) return townHall[1]
  const rest = parts.slice(1).filter((part) => !venue.test(part))
  if (rest.length === 0 || rest.length > 2 || parts.slice(1, parts.length - rest.length).some((part) => !venue.test(part))) return undefined
  return cityOfPlaceLine(rest.join(', '))
}

/** The days of the week in both languages, as a sitting's line may name one before its date. */
const WEEKDAY_NAMES: readonly string[] = [...ENGLISH_CALENDAR.weekdays!, ...FRENCH_CALENDAR.weekdays!]
/** A sitting's words opening a title-block line, before its date (`Regular Meeting of`, `Special meeting held on`, `Séance ordinaire du`, `Réunion du`). */
const SITTING_OF = /^(?:(?:regular|special|ordinary|extraordinary|annual|monthly|general|emergency|adjourned)\s+)?(?:meeting|session|sitting|r[ée]union|s[ée]ance)(?:\s+(?:ordinaire|extraordinaire|mensuelle|annuelle|pl[ée]ni[èe]re))?\s+(?:of|on|held\s+on|du|le)\s+/iu
/** An hour, or hours, closing a sitting's line after its date (`, 9:00 a.m.`, `at 7 p.m.`, `, 14 h – 16 h 30`, `à 18h`). */
const HOUR_TAIL = /^\s*(?:,|at|[àa]|[–—-])?\s*\d{1,2}(?:[:.]\d{2}|\s?h(?:\s?\d{2})?)?\s*(?:[ap]\.?m\.?)?(?:\s*[–—-]\s*\d{1,2}(?:[:.]\d{2}|\s?h(?:\s?\d{2})?)?\s*(?:[ap]\.?m\.?)?)?\s*\.?$/iu

/**
 * The date of a title-block line that names a sitting and its date, perhaps its hour (`Regular Meeting of Thursday, May 21, 2026, 9:00 a.m.`,
 * `Séance ordinaire du jeudi 21 mai 2026, 18 h`), and nothing else.
 * @param line a title-block line
 * @param year the year of dates written without one, if known
 * @param reading the patterns of the source's language
 * @returns the sitting's date, or `undefined`
 */
function sittingOfDate(line: string, year: number | undefined, reading: Reading): {dates: MeetingDates; venue?: string} | undefined {
  const sitting = SITTING_OF.exec(line)
  if (!sitting) return undefined
  const rest = line.slice(sitting[0].length)
  const found = findDates(rest, year, reading.calendar)
  // (only a weekday before the date: `Réunion du bureau, 14 avril 2026` names a meeting, the title's)
  const before = rest.slice(0, found?.index ?? 0).replace(/^(?:the|le)\s+/iu, '').replace(/[\s,]+$/u, '').toLowerCase()
  if (!found || (before && !WEEKDAY_NAMES.includes(before))) return undefined
  const after = rest.slice(found.index + found.length)
  if (!after.trim() || HOUR_TAIL.test(after)) return {dates: found.dates}
  // (`Séance du jeudi 8 octobre 2026 à 18 h 30 – Salle des fêtes de Darney`, `Meeting of Tuesday 3 March 2026, 7 pm – Reeth Memorial Hall`:
  // the sitting's line, its hour perhaps, then where it sat after a dash; fields52)
  const venue = VENUE_AFTER_HOUR.exec(after)
  return venue ? {dates: found.dates, venue: after.slice(venue[0].length).replace(/[\s.]+$/u, '')} : undefined
}

/** An hour perhaps, then a dash before the place a sitting's line closes on (` à 18 h 30 – `, `, 7 pm — `, ` – `; fields52). */
const VENUE_AFTER_HOUR = /^\s*(?:(?:,|at|[àa])?\s*\d{1,2}(?:[:.]\d{2}|\s?h(?:\s?\d{2})?)?\s*(?:[ap]\.?m\.?)?\s*)?[–—]\s+(?=\p{Lu})/iu

/** A place as a reader writes it: `WASHINGTON` becomes `Washington`. */
export function placeName(text: string): string {
  const name = text.trim().replace(/,$/, '')
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()).replace(/\bD\.c\.|\bDc\b/, (m) => m.toUpperCase())
}

/** Among how many first lines of the source a page's date line set aside as furniture is looked for. */
const STAMP_LINES = 10

/**
 * The year of a page's date line that the parser set aside as furniture among the source's first lines (`Published 19 October 2026 14:20 GMT`,
 * `Publié le 20.11.2026 à 9h15`): when the page went out, the year of the text's dates written without one.
 * @param source the whole source
 * @param reading the patterns of the source's language
 * @returns the year, or `undefined` when no such line stands at the top
 */
function stampYear(source: string, reading: Reading): number | undefined {
  const lines = source.split('\n', 4 * STAMP_LINES).map((line) => line.trim()).filter(Boolean).slice(0, STAMP_LINES)
  for (const line of lines) {
    if (!isPageFurniture(line)) continue
    const dated = findDates(normaliseSpace(line), undefined, reading.calendar)
    if (dated) return Number(dated.dates.start.slice(0, 4))
  }
  return undefined
}

/**
 * What stands before a year a sentence compares with or counts from (`down from 3,600 in 2016`, `since 2019`, `contre 29 en 2023`,
 * `d'ici 2030`): another time than the text's (fields51).
 */
const OTHER_TIME_BEFORE = /(?<![\p{L}])(?:from|since|than|against|compared\s+(?:with|to)|versus|vs\.?|by|until|till|before|after|contre|depuis|d['’]ici|jusqu['’](?:en|à)|avant|après|par\s+rapport\s+à)\s+(?:[^\s.;:!?]{1,12}\s+){0,3}?(?:in\s+|en\s+)?$/iu
/** A copyright line's year (`© 2026 Countryside Wire`, `Copyright 2026`): the year the text was put out. */
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*((?:19|20)\d{2})(?!\d)/iu

/**
 * The first year written near the top, for dates given without one: a year the text compares with (`down from 3,600 in 2016`) only when
 * neither a year of its own nor a copyright line's year is written (fields51).
 */
function yearNear(paragraphs: Paragraph[], reading: Reading, source: string): number | undefined {
  for (const paragraph of paragraphs) {
    const text = normaliseSpace(textOf(paragraph))
    const dated = findDates(text, undefined, reading.calendar)
    if (dated) return Number(dated.dates.start.slice(0, 4))
  }
  let other: number | undefined
  for (const paragraph of paragraphs) {
    const text = textOf(paragraph)
    for (const year of text.matchAll(new RegExp(YEAR.source, 'gu'))) {
      if (!OTHER_TIME_BEFORE.test(text.slice(Math.max(0, year.index - 40), year.index))) return Number(year[1])
      other ??= Number(year[1])
    }
  }
  const copyright = other === undefined ? undefined : COPYRIGHT_YEAR.exec(source)
  return copyright ? Number(copyright[1]) : other
}

/**
 * Whether a short line in capitals under a contact line is a headline, not a person's name or a body's
 * (`Fisheries Ministers Agree Shared Patrols`, not `Ana Ruiz` nor `Biscay Fisheries Council Press Office`):
 * more than three words, no comma before a role, no honorific and no body's head word.
 * @param text the line
 * @returns whether it is a headline
 */
function isHeadline(text: string): boolean {
  if (text.includes(',') || text.split(/\s+/).length <= 3) return false
  if (/^(?:Hon|Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Mme|Mlle|M|Me|Pr)\.?\s/u.test(text)) return false
  return !ORGANISATION_HEADS.test(text) && !/\b(?:Press|Media|Communications?|Minist[èe]re|Service|Bureau|Direction|Cabinet)\b/u.test(text)
}
