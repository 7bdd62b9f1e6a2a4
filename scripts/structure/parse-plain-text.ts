import type {Paragraph, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {unwrapMail} from './unwrap-mail.js'
import {feedItem} from './feed-item.js'
import {inviteShape} from './invite-furniture.js'
import {markupFields} from './markup-fields.js'
import {decodeEntities, escapedAsMarkup} from './html-entities.js'
import {actionRuns, inCallout, carriesOn, carriesOnWrap, cleanPastedLine, isActionLine, isAdmonition, isFootnoteLine, joinWrapped, listNumbers, pastedNoise, hardWrap, continuedQuotation, guillemetContinuations} from './pasted-text.js'
import {AGENDA_ITEM} from './english.js'
import {FRENCH_AGENDA_ITEM} from './french.js'
import {headingMarks, ruledStarHeading} from './markup-marks.js'
import {beforeClosingNumber, socialBullets, threadNumbers} from './social-bullets.js'
import {statusLines} from './status-lines.js'
import {chatPrefixes} from './chat-lines.js'
import {chatExport} from './chat-export.js'
import {speakerTurnLines} from './speaker-turn-lines.js'
import {enumeratedLines} from './enumerations.js'
import {bareListLines} from './bare-list-lines.js'
import {glyphBullets} from './glyph-bullets.js'
import {clauseItems} from './clause-items.js'
import {decisionNumbers} from './decision-numbers.js'

/** What the plain-text parser records on a paragraph that was a bullet line. */
export interface BulletData {
  /** The bullet as written: `-`, `•`, `1.`, `2)`, … */
  marker: string
  /**
   * Where, in the paragraph's text, the colon that announces its joined sub-items stands
   * (`3. Ministers agreed to: (a) … (b) …`): not a `Title:` colon (see `join-sub-items.ts`).
   */
  listColon?: number
  /** The paragraph only leads in to the whole sentences bulleted under it, each read on its own (`7. … adopted the following measures:` / `• A closed season …`): context (see `join-sub-items.ts`). */
  leadsList?: boolean
}

/** Where a line joined to a paragraph starts: its index in the paragraph's text and its point in the source. */
export interface JoinedLine {
  at: number
  line: number
  column: number
  offset: number
}

declare module 'mdast' {
  interface ParagraphData {
    bullet?: BulletData
    /** The lines after the first of a paragraph wrapped over several lines (text copied from a PDF). */
    joined?: JoinedLine[]
    /** A footnote at the foot of the text (`¹ …`, `[2] …`): background, never a point. */
    footnote?: boolean
    /** A bullet that indented `o` sub-items go on (`• Ministers agreed to …` / `  o starting with …;`). */
    subItems?: boolean
    /** The marker of those sub-items when it is not `o` (`▪`, `◦`, `-`). */
    subMarker?: string
    /** A row of a Markdown table, read without the bars around it (`| Map villages … | Estonia | May 2026 |`): its cells are plain, however long. */
    markdownRow?: boolean
    /** A heading whose number, letter or agenda item was dropped (`II. FUNDING`, `Item 1 – Measles`): a section's heading, never a title block's line. */
    numberedHeading?: boolean
    /** The first paragraph of a transcript's turn, under its time code and speaker (`[18:42:05] PRÉSENTATRICE`): what someone said, never a heading. */
    speakerTurn?: boolean
    /** An e-mail's sent line kept over the document it carries (`Date: Wed, 11 Mar 2026 at 08:15`; see `unwrap-mail.ts`): when the message went, not the meeting. */
    mailSent?: boolean
    /** A message of a chat that is conversation around the readout it carries (another's remark, an answer to a question; see `chat-export.ts`): background, never a point. */
    chatAside?: boolean
    /** On a chat's readout's first paragraph, the date its message was sent as the export gives it (`24/03/2026`): the day `tonight` and `yesterday` count from. */
    chatSent?: string
    /** On the first line of a chat's message pinned as its record (`📌 SUMMARY OF DECISIONS – …`; see `chat-export.ts`): a title block's line, as a document's first line is. */
    chatPinned?: boolean
    /** A paragraph read as context because it only says what the meeting heard or noted (`onlyHearsFinding`): a point again when nothing else in the text decides. */
    finding?: boolean
    /** A line of a run of action lines (`ACTION: Secretary to write …` / `ACTION: Treasurer to open …`; see `actionRuns`): a step ahead of its own, after the decisions. */
    actionItem?: boolean
    /** An admonition (`NOTE: …`, `TIP: …`, `REMARQUE : …`; see `isAdmonition`): an aside, never a heading run in nor a point unless it decides. */
    admonition?: boolean
  }
}

/**
 * The symbols word processors, web pages and e-mails put before a list's items (`•`, `▪`, `✓`, `◆`; an
 * arrow, `→ Ministers agreed …`, as a newsletter lists its takeaways), as a regular expression's
 * character class; the en and em dashes are added where a rule allows them.
 */
export const BULLET_SYMBOLS = '-*+•·▪◦‣●○■□►➢➤✓✔→⇒➔➜➙➡▸▶◆◇♦❖◾◼▫◻»›'

/**
 * Bullet markers: dashes and symbols that word processors and web pages use, and numbers or
 * letters followed by `.` or `)` or in brackets (`(a)`, `(iv)`, as Word numbers a list's items; small Roman numerals too, `ii.`, `iv)`). En and em dashes count before a `Title:` colon, or when the
 * line before or after (blank lines aside) starts with the same dash (a list, as French texts
 * write them): a single line that starts with a dash is otherwise often an attribution (`— Minister`).
 */
const bulletLine = new RegExp(`^([ \\t\u00A0]*)([${BULLET_SYMBOLS}]|\\d{1,3}[.)]|\\(\\d{1,3}\\)|\\([a-z]\\)|\\([ivx]{1,4}\\)|[ivx]{1,4}[.)]|[a-z][.)]|[A-Z]\\)|[–—])[ \\t\u00A0]+(?=\\S)`, 'u')
const lonelyBullet = new RegExp(`^[ \\t\u00A0]*([${BULLET_SYMBOLS}]|\\d{1,3}[.)]|\\(\\d{1,3}\\))[ \\t\u00A0]*$`, 'u')
/** A line of only dashes, stars, underscores or equals signs: a separator pasted from a page, pure noise. */
const separatorLine = /^[ \t\u00A0]*(?:[-*_=~#•·–—]\s*){3,}$/
/** The rule under a Markdown table's column names (`|---|:---:|`, `--- | ---`; between bars, one dash a cell is enough: `|:--|--:|`) or a grid table's border (`+------+----+`, `+====+`): pure noise, as a separator is. */
const tableRuleLine = /^[ \t\u00A0]*\+(?:[-=:]{3,}\+)+[ \t\u00A0]*$|^[ \t\u00A0]*\|(?:[ \t\u00A0]*:?-+:?[ \t\u00A0]*\|)+[ \t\u00A0]*$|^[ \t\u00A0]*\|?(?:[ \t\u00A0]*:?-{3,}:?[ \t\u00A0]*\|)+(?:[ \t\u00A0]*:?-{3,}:?[ \t\u00A0]*)?$|^[ \t\u00A0]*:?-{3,}:?(?:[ \t\u00A0]*\|[ \t\u00A0]*:?-{3,}:?)+[ \t\u00A0]*\|?[ \t\u00A0]*$/
/** A row of a Markdown table, its cells between bars (`| Map villages … | Estonia | May 2026 |`): groups 1 and 2, the bars that open and close it. */
const markdownRow = /^([ \t\u00A0]*\|[ \t\u00A0]*)\S.*?\S([ \t\u00A0]*\|[ \t\u00A0]*)$/
/**
 * A line of only hashes (`###`, `# # #`), or a star, three stars and a star apart (`*   ***   *`, as a newsroom of meetings coverage ends its
 * releases): a press release's end marker, kept for `set-aside-tail.ts` to read (what follows it is background). A plain row of stars (`***`, `* * *`) is a separator.
 */
const endMarkerLine = /^[ \t\u00A0]*(?:(?:#[ \t\u00A0]*){3,}|\*[ \t\u00A0]+\*{3}[ \t\u00A0]+\*[ \t\u00A0]*)$/
/** The star form of `endMarkerLine` (`*   ***   *`). */
const starMarkerLine = /^[ \t\u00A0]*\*[ \t\u00A0]+\*{3}[ \t\u00A0]+\*[ \t\u00A0]*$/
/** Most words of a line under a `*   ***   *` end marker (`For information media. Not an official record.`); a longer one is text, and the stars a separator. */
const STAR_MARKER_TAIL_WORDS = 12

/**
 * The lines that are a `*   ***   *` end marker: those under which no line is longer than `STAR_MARKER_TAIL_WORDS` (a newsroom's stamp); over
 * a paragraph of text the stars part two sections (review40). One pass from the end.
 */
function starEndMarkers(lines: string[]): Set<number> {
  const markers = new Set<number>()
  let longBelow = false
  for (let at = lines.length - 1; at >= 0; at--) {
    if (starMarkerLine.test(lines[at])) {
      if (!longBelow) markers.add(at)
    } else if (lines[at].split(/\s+/u).filter(Boolean).length > STAR_MARKER_TAIL_WORDS) longBelow = true
  }
  return markers
}
const titleColon = /^[^:]*\S[^:]*:(?:\s|$)/
/** A part numbered in Roman numerals, as Word numbers them: `II. TREE PLANTING`, `IV. Next meeting`. */
const romanPart = /^([ \t\u00A0]*)([IVX]{1,5})\.[ \t\u00A0]+(?=\S)/
/** A part lettered as Word letters them: `B. PHASING OUT THE MOST HAZARDOUS PRODUCTS`, `G. Follow-up` (only a short title, never `J. Smith said …`), or as French minutes do, with a slash (`B/ Rénovation des luminaires`). */
const letterPart = /^([ \t\u00A0]*)([A-Z])[./][ \t\u00A0]+(?=\p{Lu}\p{L})/u
/** The number of an agenda item before its title, in every language the reader knows (`Item 2: …`, `Agenda item 3 – …`, `Point 4 de l'ordre du jour : …`). */
/**
 * A heading's number written as no list numbers its items, in any language: after a hash (`#1 Night transport`, `# 2 – Safer
 * streets`), after a numero sign (`N°3 : Qualité de l'eau`, `nº 4 Transport`) or as a section's whole number in decimals (`2.0 Newborn
 * Screening`, `3.0. Financement`), before a title in capitals. Like an agenda item's, it is dropped from a short title that ends like
 * no sentence (`agendaItemAt`): the title is the heading's, and the number never a figure.
 */
const HEADING_NUMBER = /^(?:#[ \u00A0]?\d{1,2}|n[°º][ \u00A0]?\d{1,2}|\d{1,2}\.0\.?)(?:[ \t\u00A0]*(?:[:.|·•∙⋅]|[ \t\u00A0][–—\/\-›»→⟶➔⇒])[ \t\u00A0]+|[ \t\u00A0]+)(?=\p{Lu})/iu
const AGENDA_ITEMS = [AGENDA_ITEM, FRENCH_AGENDA_ITEM, HEADING_NUMBER]
/** A section's number at the start of a Markdown heading's words (`1. `, `2) `, `3.1 `, `4 – `): see `headingMarks`. */
const HEADING_OWN_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,2}(?:[.)][ \t\u00A0]*(?:[–—-][ \t\u00A0]+)?|[ \t\u00A0]*[–—:][ \t\u00A0]*|(?<=\.\d{1,2})[ \t\u00A0])[ \t\u00A0]*(?=[\p{Lu}"“«])/u
/** What a Markdown quote (`> `) holds when it quotes someone rather than lists: a quotation's opening mark, or a dash before who said it. */
const CALLOUT_QUOTE = /^[ \t\u00A0]*["“«„‘—–]/u
/** A Word bullet typed as the letter `o` (its second level) followed by a tab. */
const letterBullet = /^([ \t\u00A0]*)(o)\t+(?=\S)/
/**
 * A list typed by hand at the margin with the letter `o` or a `>` and a space (`o build two grid hubs …`,
 * `> A regional ban …`, as an e-mail writes bullets): a bullet only when the line next to it is one
 * too, so that a lone quoted line stays text.
 */
const typedBullet = /^()([o>])[ \u00A0]+(?=\S)/
/**
 * A task list's box at a line's start, as a Markdown editor, a to-do app or a form writes one, ticked
 * or not, alone or after a bullet: `[x] Train 1,500 cooks …`, `- [ ] Set up …`, `☑ …` (group 1: the indent).
 */
const taskBox = new RegExp(`^([ \\t\u00A0]*)(?:[-*+•][ \\t\u00A0]+)?(?:\\[[ xX✓✔]?\\]|[☐☑☒])[ \\t\u00A0]+(?=\\S)`, 'u')
/** The marker every task box is read as: ticked or not, the items are one list. */
const TASK_MARKER = '☐'
/** A sub-item typed as an indented `o` and spaces under a bullet (`  o starting with …;`): it goes on with its bullet, as written. */
const indentedSubItem = /^[ \t\u00A0]+o[ \u00A0]+\p{L}/u
/**
 * A paragraph numbered in decimals under its part, as minutes number them: `2.1 The Forum agreed …`, `3.2. Members …`, and under a
 * lettered or Roman-numbered part, as statements do (`B.1 The Ministers agreed …`, `II.3 Les ministres …`; structure44). Groups 2 and
 * 3: the part and the paragraph. The number may stand in brackets, as some minutes write it (`(2.1) The Council …`, `[3.2] …`; structure45).
 * A report numbers them a level deeper under its sub-sections (`3.1 Training` / `3.1.1 The Committee decided …`): the part is then `3.1`,
 * and the sub-section's own line, a short title over such paragraphs, is its heading (records49).
 */
const decimalParagraph = /^([ \t\u00A0]*)[(\[]?(\d{1,2}(?:\.\d{1,2})?|[A-Z]|[IVX]{2,4})\.(\d{1,2})[.)\]]?[ \t\u00A0]+(?=[\p{Lu}“"«])/u
/**
 * A recommendation or item numbered after a letter, as a committee's report lists them: `R1.`, `R2:`,
 * `REC3)`, and a minute's action points after a dash, `AP1 – Secretariat to …`; or after a hyphen, as a consent agenda numbers its items (`C-1 Minutes of …`,
 * `CA-2 Contrat de …`) (group 2: the marker, 3: its letters); a marker only where `labelledLists` finds its list.
 */
const labelledNumber = /^([ \t\u00A0]*)(([A-Z]{1,3})-?\d{1,2})(?:[.):]|[ \t\u00A0]+[–—-]|(?<=-\d|-\d\d)(?=[ \t\u00A0]))[ \t\u00A0]+(?=\S)/
/**
 * A paragraph numbered after a section sign or an abbreviated `Para`, as some communiqués and minutes number
 * them (`§ 4 Les ministres ont décidé …`, `§12.`, `Para 3. The Council agreed …`): group 2 the number, read as `4.` is.
 */
const paragraphMark = /^([ \t\u00A0]*)(?:§[ \u00A0]*|para\.?[ \u00A0]+)(\d{1,3})[.):]?[ \t\u00A0]+(?=[\p{Lu}"“«‘(])/iu
/** A number in bold or italic marks before its item, as a page or a chat app writes one (`**1.** Members will …`, `__2)__ …`): group 2 the number, read as `1.` is. */
const markedNumber = /^([ \t\u00A0]*)(?:\*\*|__|\*|_)(\d{1,3}[.)])(?:\*\*|__|\*|_)[ \t\u00A0]+(?=\S)/u
/** A line numbered `1.` or `1)` (group 2: the number). */
const numberedLine = /^([ \t\u00A0]*)(\d{1,2})[.)][ \t\u00A0]+(?=\S)/
/** A minute's reference before its item's heading, the year's or the meeting's number and the item's (`26/41 Apologies`, `2026/7 Finance`). */
const minuteReference = /^([ \t\u00A0]*)(\d{1,4}\/\d{1,3})[ \t\u00A0]+(?=\p{Lu})/u
/** A numbered part's heading line (`2. FOODBORNE ILLNESS`, also without the stop, `2 What the Panel heard`): a heading when its paragraphs are numbered `2.1`, `2.2`. */
const numberedPartHeading = /^([ \t\u00A0]*)(\d{1,2})(?:\.[ \t\u00A0]+|[ \t\u00A0]+)(?=\S)/
/** A bullet indented under another, as Word indents a list's second level (`\t▪\tat least 3 percent …`, Word's `\to\tun joueur …`): group 1 its indent, 2 its marker. */
const indentedBullet = new RegExp(`^([ \\t\u00A0]+)([${BULLET_SYMBOLS}–—]|o(?=\\t))[ \\t\u00A0]+(?=\\S)`, 'u')
/** A marker that is a symbol or a dash, or the letter `o` Word types as a bullet (not a number or a letter that counts). */
const SYMBOL_MARKER = new RegExp(`^(?:[${BULLET_SYMBOLS}–—]|o)$`, 'u')
/** A marker that numbers its item as the reader knows (`1.`, `(2)`, `b)`, `iv.`) or a symbol: a line's other markers (`I)`, `P1`) are read as their sequence counts them, if it does. */
const KNOWN_NUMBER = /^\(?(?:\d|[a-z][.)]|[ivxl]+[.)])|^[^\p{L}\p{N}]/u
/** A footnote's own marker at the start of its line. */
const footnoteMarker = /^[ \t\u00A0]*(?:[¹²³⁴-⁹⁰]+|\[\d{1,2}\]|\[\^[\p{L}\p{N}_-]{1,20}\]:)[ \t\u00A0]*/u
/** A paragraph's number in square brackets at the start of its line (`[3] The ministers agreed …`): group 1 the indent, 2 the number. */
const bracketNumber = /^([ \t\u00A0]*)\[(\d{1,2})\][ \t\u00A0]+(?=\S)/u
/** A footnote's marker inside a line, after a word or a sentence (`Coverage[2],`, `2026.[3]`): what a note at the foot answers. */
const inlineBracketMarker = /[\p{L}\p{N}.,;:!?)”"»’'](?:\[\d{1,2}\]|[¹²³⁴-⁹⁰]+)(?=[\s.,;:!?)”"»]|$)/u

/**
 * Whether the nearest line before or after line `index` as far indented, blank lines, the sub-items
 * indented under it and the lines wrapped from an item (opening on a small letter) aside, also starts with `dash` and a space.
 * @param lines the document's lines
 * @param index the line that starts with the dash
 * @param dash `–` or `—`, or a typed `o` or `>`
 */
function dashListAround(lines: string[], index: number, dash: string): boolean {
  const startsWithDash = (line: string | undefined) => line !== undefined && new RegExp(`^[ \\t\u00A0]*${dash}[ \\t\u00A0]+\\S`).test(line)
  const indent = (line: string) => line.length - line.replace(/^[ \t\u00A0]+/, '').length
  const own = indent(lines[index].replace(/\t/g, '    '))
  const nearest = (step: number) => {
    let at = index + step
    // a line that carries on an item wrapped at the margin (`– A common alert for the` / `rivers.`) is no neighbour either
    while (lines[at] !== undefined && (lines[at].trim() === '' || indent(lines[at].replace(/\t/g, '    ')) > own || (!startsWithDash(lines[at]) && /^\p{Ll}/u.test(lines[at].trim())))) at += step
    return lines[at]
  }
  return startsWithDash(nearest(-1)) || startsWithDash(nearest(1))
}

/**
 * Unified parser for plain-text readouts: every non-blank line (but separator lines such as `---`) is a paragraph (a line break
 * ends a paragraph, so nothing is glued on as a lazy continuation), a bullet line is a paragraph
 * with `data.bullet`, and nothing in the text is read as Markdown or HTML. Positions point into
 * the source exactly.
 */
const remarkPlainText: Plugin<[], string, Root> = function () {
  this.parser = parsePlainText
}
export default remarkPlainText

/**
 * Parse plain text into a flat mdast root of paragraphs.
 * @param document the normalised text (`\n` line endings)
 * @returns the tree
 */
export function parsePlainText(document: string): Root {
  const children: Paragraph[] = []
  const source = document.split('\n')
  // a text quoted in a reply is read without its quote marks, and what an e-mail put around the document (its headers,
  // a covering note, the other messages, a notice of a corrected version) is read as blank lines (see `unwrap-mail.ts`),
  // every position still in the source
  const mail = unwrapMail(source)
  // (and so is what a news feed put around an item pasted from it: its fields but the title's, read without their label, see `feed-item.ts`)
  const feed = feedItem(source)
  // (and so is a reST or AsciiDoc source's markup: its directives dropped, its field lines read without their first colon, see `markup-fields.ts`)
  const markup = markupFields(source)
  const quote = mail.quote.map((width, at) => width + (feed.label.get(at) ?? 0) + (markup.label.get(at) ?? 0))
  // a chat's export is read as the readout its poster wrote: the app's lines, the messages' headers and the chatter around
  // it as blank lines, the conversation about it as background (see `chat-export.ts`)
  const unwrapped = source.map((line, at) => (mail.drop.has(at) || feed.drop.has(at) || markup.drop.has(at) ? '' : line.slice(quote[at], line.length - (feed.trail.get(at) ?? 0))))
  const chatShape = chatExport(unwrapped)
  const lines = unwrapped.map((line, at) => (chatShape.drop.has(at) ? '' : line))
  const noise = pastedNoise(lines)
  // a text exported from markup is read with its character references as the characters they stand for (`&#8217;` → `’`, see `html-entities.ts`)
  const escaped = escapedAsMarkup(document)
  for (const at of mail.keep) noise.delete(at)
  // (an invite to the next meeting over the record of the last: when it is for is kept as a mail's sent line is, the day the record's
  // `Wednesday 15 April` takes its year from, never its date; see `invite-furniture.ts`)
  const trimmed = lines.map((line) => line.trim())
  const inviteWhen = new Set(inviteShape(trimmed, trimmed.flatMap((text, at) => (text ? [at] : []))).when)
  for (const at of inviteWhen) noise.delete(at)
  const numbers = listNumbers(lines)
  const parts = decimalParts(lines)
  const labelled = labelledLists(lines)
  const numberedHeadingLines = numberedHeadings(lines)
  const minuteHeadingLines = numberedHeadings(lines, minuteReference)
  // (`§ 1 Junior rating pool` / `The Council agreed …`: a section sign numbers headings as `1.` does)
  const sectionHeadingLines = numberedHeadings(lines, paragraphMark)
  const social = socialBullets(lines)
  const glyphs = glyphBullets(lines)
  const symbolHeadingLines = symbolHeadings(lines, [social, glyphs])
  const wrap = hardWrap(lines)
  const statuses = statusLines(lines)
  const chat = chatShape.prefix.size > 0 ? chatShape.prefix : chatPrefixes(lines)
  // (a thread's post numbers after a first post that closes on its own, `… 👇 1/8` / `2/8 First, …`: the app's, read as a chat's prefix; app49)
  const thread = chat.size === 0 ? threadNumbers(lines) : {prefix: new Map<number, number>()}
  for (const [index, width] of thread.prefix) chat.set(index, width)
  const turns = speakerTurnLines(lines)
  const recording = recordingUnderSummary(lines, turns)
  if (recording) noise.add(recording.heading)
  // (and so does its `Summary` heading: the record it wrote is under it, read as the text it is, never as a summary box's context; threads50)
  if (recording?.summary !== undefined) noise.add(recording.summary)
  // (an AI note-taker's notes with no transcript, told by its own lines, `Notes by Minutely`, `Was this summary helpful?`: the same heading
  // goes, and so do those lines asking for a rating; threads51)
  for (const at of aiNotesLines(lines)) noise.add(at)
  const enumerated = enumeratedLines(lines)
  const quotation = continuedQuotation(lines)
  const guillemets = guillemetContinuations(lines)
  const bracketed = bracketNumbered(lines)
  const starEnds = starEndMarkers(lines)
  const bare = bareListLines(lines)
  const clauses = clauseItems(lines)
  const decisions = decisionNumbers(lines)
  const actionList = actionRuns(lines)
  let offset = 0
  let pendingMarker: string | undefined
  // The paragraph a wrapped line may carry on: only the one just before, with no blank line between
  // them unless a page's furniture was dropped there too (a page break in a PDF).
  let open: Paragraph | undefined
  // The lines of each paragraph wrapped over several, joined once at the end (joining them one by one
  // made a long wrapped paragraph quadratic: each line copied the text before it).
  const wrapped = new Map<Paragraph, WrappedText>()
  let blank = false
  let pageBreak = false
  // whether the next paragraph opens a transcript's turn (see `speakerTurnLines`)
  let turnOpens = false
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]
    const lineOffset = offset
    const shift = quote[index]
    offset += source[index].length + 1
    if (noise.has(index)) {
      pageBreak = true
      continue
    }
    if (turns.has(index)) {
      // a transcript's time code and speaker (`[18:42:05] PRÉSENTATRICE`): furniture, and the turn under it a paragraph of its own
      blank = true
      open = undefined
      turnOpens = true
      continue
    }
    const line = escaped ? decodeEntities(cleanPastedLine(raw)) : cleanPastedLine(raw)
    if (line.trim() === '' || (separatorLine.test(line) && !(endMarkerLine.test(line) && (starEnds.has(index) || !starMarkerLine.test(line)))) || tableRuleLine.test(line)) {
      blank = true
      continue
    }
    const lonely = lonelyBullet.exec(line)
    if (lonely || numbers.has(index)) {
      // A bullet or a list's number alone on its line (pasted from Word): it belongs to the next line.
      pendingMarker = lonely ? lonely[1] : line.trim()
      continue
    }
    // a line of a list whose glyphs were lost in copying is the item it was, never the line above it wrapped (see `bareListLines`)
    // (and so is a clause of a list whose only marker is its semicolon, `That the levy be …;`, see `clauseItems`)
    let marker = pendingMarker ?? (bare.has(index) || clauses.has(index) ? '-' : undefined)
    pendingMarker = undefined
    let contentStart = line.length - line.trimStart().length
    let contentEnd = index === thread.closing ? beforeClosingNumber(line) : line.trimEnd().length
    // a chat's message is read without the time it was sent and who sent it (`[09:04] Chair: …`)
    if (chat.has(index)) contentStart = chat.get(index)!
    // a statement quoted over several paragraphs is read without the marks that open each and close the last
    const last = quotation.get(index)
    if (last !== undefined) [contentStart, contentEnd] = [contentStart + 1, last ? contentEnd - 1 : contentEnd]
    // `» Ce plan …` inside a French quotation still open goes on the quotation: its mark is no bullet (the paragraph is read as written)
    const continuing = guillemets.get(index)
    const heading = chat.has(index) ? null : headingMarks(line) ?? ruledStarHeading(line, lines[index + 1])
    if (heading) [contentStart, contentEnd] = heading
    // a Markdown heading's own number (`## 1. Redevance d'occupation`, `### 2) Safer streets`, `**3.1 Funding**`) numbers the section, as a bare
    // line's does: over a short title it is dropped (the section's title is its words, the number never a figure)
    const headingNumber = heading ? HEADING_OWN_NUMBER.exec(line.slice(heading[0], heading[1])) : null
    const numberedMarkdownHeading = headingNumber !== null && isShortTitle(line.slice(heading![0] + headingNumber[0].length, heading![1]))
    if (numberedMarkdownHeading) contentStart += headingNumber![0].length
    // a Markdown table's row is read without the bars around it, its cells parted by the bars between (see `table-rows.ts`)
    const row = heading ? null : markdownRow.exec(line)
    if (row) [contentStart, contentEnd] = [row[1].length, line.length - row[2].length]
    const decimal = decimalParagraph.exec(line)
    // a decision's number with its prefix (`58-1 · `, `MOP6/1 — `, `Chantier n°1 | `) is dropped: over a short label the line is its
    // heading, over a paragraph (`58-2 · Aide : Le Conseil …`) the paragraph is numbered as `2.` is (see `decision-numbers.ts`)
    // (an agenda item's own reading comes first: `Délibération n° 2026-11 – Objet : Budget`, its label goes with the number)
    const decision = heading || decimal || agendaItemAt(line) > 0 ? undefined : decisions.get(index)
    const decisionHeading = decision !== undefined && isShortTitle(line.slice(decision.start))
    // (a sub-section's line over paragraphs numbered a level deeper, `3.1 Training and apprenticeships` / `3.1.1 The Committee …`, is its heading)
    const decimalHeading = decimal !== null && parts.has(`${decimal[2]}.${decimal[3]}`) && isShortTitle(line.slice(decimal[0].length))
    const numberedPart = heading ? null : decimalHeading ? decimal[0].length : decimal ? null : decisionHeading ? decision.start : decision ? null : numberedHeadingLines.get(index) ?? minuteHeadingLines.get(index) ?? sectionHeadingLines.get(index) ?? symbolHeadingLines.get(index) ?? partHeading(line, parts)
    if (numberedPart !== null) contentStart = numberedPart
    // a heading's numeral, letter or agenda item is read inside its marks (`**II. FERTILISER THAT FITS THE SOIL**`), as on a bare line
    const words = heading ? ' '.repeat(heading[0]) + line.slice(heading[0], heading[1]) : line
    const known = heading || numberedPart !== null ? null : decision ? [line.slice(0, decision.start), '', decision.marker] : decimal && parts.has(decimal[2]) ? [decimal[0], decimal[1], `${decimal[2]}.${decimal[3]}`] : taskBoxMarker(line) ?? bracketed.get(index) ?? paragraphMarker(line) ?? markedNumber.exec(line) ?? bulletLine.exec(line) ?? letterBullet.exec(line) ?? typedBullet.exec(line) ?? labelledMarker(line, labelled) ?? social.get(index) ?? statuses.get(index) ?? glyphs.get(index) ?? null
    // a paragraph numbered in a way no rule above knows, read by its sequence (`Para 2.`, `Item 3:`, `4°`, `(B)`, `Second –`; see `enumerations.ts`)
    const counted = heading || numberedPart !== null || decimal || decision ? undefined : enumerated.get(index)
    const bullet = counted && (known === null || !KNOWN_NUMBER.test(known[2])) && !counted.heading && agendaItemAt(words) === 0 ? [line.slice(0, counted.start), '', counted.marker] : known
    const roman = romanPart.exec(words)
    const letter = letterPart.exec(words)
    // a Markdown quote's `>` before a quotation or its signature (`> « … »` / `> — the Chair`, a notes app's callout) marks no list's item
    const calloutQuote = bullet?.[2] === '>' && (CALLOUT_QUOTE.test(line.slice(bullet[0].length)) || inCallout(lines, index))
    if (calloutQuote) contentStart = bullet![0].length
    else if (bullet && continuing === undefined && (!/^[–—o>]$/.test(bullet[2]) || (bullet[2] === 'o' && bullet[0].endsWith('\t')) || (/^[–—]$/.test(bullet[2]) && titleColon.test(line.slice(bullet[0].length))) || dashListAround(lines, index, bullet[2]))) {
      marker = bullet[2]
      contentStart = bullet[0].length
    } else if (roman) {
      // A short part title is a heading (its numeral dropped); a long numbered part is a numbered paragraph.
      contentStart = roman[0].length
      const rest = words.slice(contentStart).trim()
      if (rest.split(/\s+/).length > 10 || /[.!?]$/.test(rest)) marker = `${roman[2]}.`
    } else if (letter && words.slice(letter[0].length).trim().split(/\s+/).length <= 10 && !/[.!?,;:]$/.test(words.trim())) {
      // A short part title lettered `A.`–`Z.` is a heading, its letter dropped as a numeral's is.
      contentStart = letter[0].length
    }
    const item = marker === undefined ? agendaItemAt(words) : 0
    if (item) contentStart = item
    // the bracket that closes an agenda item's title in brackets is not the title's (`… (Approval of the accounts)`)
    if (item && line[item - 1] === '(' && line.slice(0, contentEnd).endsWith(')')) contentEnd--
    const numberedHeading = marker === undefined && (numberedMarkdownHeading || numberedPart !== null || Boolean(roman) || item > 0 || contentStart === letter?.[0].length)
    const footnote = marker === undefined && isFootnoteLine(line)
    if (footnote) contentStart = footnoteMarker.exec(line)![0].length
    // A sub-item and an action line go on with the paragraph above them also after a blank line, which a
    // paste puts between any two lines (`• Ministers agreed …` / `` / `  o starting with …`; `` / `Action: …`).
    const secondLevel = open !== undefined ? subBulletMarker(open, line, lines) : undefined
    if (secondLevel !== undefined) marker = undefined
    const subItem = open?.data?.bullet !== undefined && marker === undefined && (indentedSubItem.test(line) || secondLevel !== undefined)
    if (subItem) open!.data = {...open!.data, subItems: true, ...(secondLevel ? {subMarker: secondLevel} : {})}
    // `Action: Secretariat to circulate …` right under a paragraph of a minute is that paragraph's; the sentence that gives the
    // vote on a resolution right under it (`Cette résolution est adoptée à l'unanimité.`) is not: a vote's record is the sitting's
    // procedure, kept out of the decision's body as every vote line is (the corpus's convention, motions52)
    const action = marker === undefined && isActionLine(line) && !actionList.has(index)
    // (a field of a feed's item or of a reST or AsciiDoc source is a line of its own, never one wrapped from the line above it)
    const continues = open !== undefined && !heading && marker === undefined && !footnote && !markup.label.has(index) && !feed.label.has(index) && (subItem || action || ((!blank || pageBreak) && (carriesOn(lastLineOf(open, wrapped), line) || hangsUnder(open, line, lines))) || (!blank && !pageBreak && carriesOnWrap(lines, index, wrap, hangingIndent(open, line, quote))))
    blank = false
    pageBreak = false
    if (continues) {
      joinLine(open!, line.trim(), {line: index + 1, column: shift + contentStart + 1, offset: lineOffset + shift + contentStart}, document, wrapped)
      continue
    }
    const content = line.slice(contentStart, contentEnd).trimEnd()
    const start = {line: index + 1, column: shift + contentStart + 1, offset: lineOffset + shift + contentStart}
    const end = {line: index + 1, column: shift + contentStart + content.length + 1, offset: lineOffset + shift + contentStart + content.length}
    const text: Text = {type: 'text', value: content, position: {start, end}}
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [text],
      position: {start: {line: index + 1, column: 1, offset: lineOffset}, end},
    }
    if (marker !== undefined) paragraph.data = {bullet: {marker}}
    if (footnote) paragraph.data = {footnote: true}
    if (numberedHeading) paragraph.data = {...paragraph.data, numberedHeading}
    if (row) paragraph.data = {...paragraph.data, markdownRow: true}
    if (turnOpens) paragraph.data = {...paragraph.data, speakerTurn: true}
    if (mail.sent.has(index) || inviteWhen.has(index)) paragraph.data = {...paragraph.data, mailSent: true}
    if (chatShape.aside.has(index) || (recording && index > recording.heading)) paragraph.data = {...paragraph.data, chatAside: true}
    if (chatShape.sent?.line === index) paragraph.data = {...paragraph.data, chatSent: chatShape.sent.date}
    if (chatShape.pinned === index) paragraph.data = {...paragraph.data, chatPinned: true}
    if (actionList.has(index) && marker === undefined) paragraph.data = {...paragraph.data, actionItem: true}
    if (marker === undefined && isAdmonition(line)) paragraph.data = {...paragraph.data, admonition: true}
    turnOpens = false
    children.push(paragraph)
    // nothing wraps from a heading marked as one (`## Diaspora bonds` / `Countries that …`)
    open = heading ? undefined : paragraph
  }
  for (const [paragraph, text] of wrapped) (paragraph.children[0] as Text).value = text.pieces.join('')
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: {line: source.length, column: source[source.length - 1].length + 1, offset: document.length}}}
}

/**
 * A line's marker when it opens with a task list's box (`[x] …`, `- [ ] …`, `☑ …`).
 * @param line one line of the source
 * @returns the match as `bulletLine` gives it (group 2 the marker, `☐` for every box), else null
 */
function taskBoxMarker(line: string): [string, string, string] | null {
  const found = taskBox.exec(line)
  return found ? [found[0], found[1], TASK_MARKER] : null
}

/**
 * The lines numbered in square brackets that are the text's paragraphs, not its footnotes: a run of two or
 * more `[1]`, `[2]`, … counting up by one from one, in a text where no word carries a footnote's marker
 * (`Coverage[2]`, `partners²`) that a note at the foot would answer. Notes keep their brackets' reading
 * (`isFootnoteLine`): background, never a point.
 * @param lines the document's lines
 * @returns each such line's match as `bulletLine` gives it (group 2 the marker, written `3.` as a numbered paragraph's), by line
 */
function bracketNumbered(lines: string[]): Map<number, [string, string, string]> {
  const found = new Map<number, [string, string, string]>()
  let next = 1
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]
    const number = bracketNumber.exec(line)
    if (!number) {
      if (inlineBracketMarker.test(line)) return new Map()
      continue
    }
    if (inlineBracketMarker.test(line.slice(number[0].length))) return new Map()
    // a list that counts from one again (a second sequence) starts over; a number out of sequence is none of it
    const value = Number(number[2])
    if (value === 1) next = 1
    if (value !== next) continue
    found.set(at, [number[0], number[1], `${value}.`])
    next++
  }
  return [...found.values()].filter((match) => match[2] === '2.').length > 0 ? found : new Map()
}

/**
 * A line's marker when it opens with a paragraph's number after `§` or `Para` (`§ 4 …`, `Para 3. …`).
 * @param line one line of the source
 * @returns the match as `bulletLine` gives it (group 2 the marker, written `4.` as a numbered paragraph's), else null
 */
function paragraphMarker(line: string): [string, string, string] | null {
  const found = paragraphMark.exec(line)
  return found ? [found[0], found[1], `${found[2]}.`] : null
}

/**
 * Where the title of an agenda item starts on its line (`Agenda item 2 – Airspace for drones`), when the
 * title is short and ends like no sentence: it is then a heading, its number dropped as a numeral's is. A title
 * in brackets (`PREMIÈRE RÉSOLUTION (Approbation des comptes)`) starts after its bracket and ends the line.
 * @param line the line
 * @returns the index its title starts at, else 0
 */
function agendaItemAt(line: string): number {
  const indent = line.length - line.trimStart().length
  const rest = line.slice(indent)
  for (const pattern of AGENDA_ITEMS) {
    const found = pattern.exec(rest)
    if (!found) continue
    // a title in brackets (`FIRST RESOLUTION (Approval of the accounts)`) is one only when its bracket closes the line
    const bracketed = found[0].endsWith('(')
    const title = rest.slice(found[0].length).trim()
    if (bracketed && !/^[^()]+\)$/u.test(title)) return 0
    return title.split(/\s+/).length <= 10 && !/[.!?,;:]$/.test(title) ? indent + found[0].length : 0
  }
  return 0
}

/**
 * The marker of a bullet indented under a bullet of another marker (`• support for households` /
 * `\t▪\tfree energy audits …`): a sub-item that goes on with that bullet, as written. Undefined for
 * any other line (a bullet with the same marker, or as far in, is the list's next item).
 * @param open the paragraph the line would go on
 * @param line the line
 * @param lines the document's lines, where the open bullet's own indent is read
 */
function subBulletMarker(open: Paragraph, line: string, lines: string[]): string | undefined {
  const parent = open.data?.bullet?.marker
  const found = indentedBullet.exec(line)
  if (!found || parent === undefined || !SYMBOL_MARKER.test(parent) || found[2] === parent) return undefined
  const own = lines[open.position!.start.line - 1]
  const indent = (text: string) => text.replace(/\t/g, '    ').length
  return indent(found[1]) > indent(own.slice(0, own.length - own.trimStart().length)) ? found[2] : undefined
}

/**
 * The parts of a text whose paragraphs are numbered in decimals (`2.1 …`, `2.2 …`): those with a
 * paragraph numbered `.1`, so that a sentence opening on a decimal figure (`2.5 Million people …`) is no such paragraph.
 * @param lines the document's lines
 * @returns the parts' numbers as written (`2`)
 */
function decimalParts(lines: string[]): Set<string> {
  const parts = new Set<string>()
  for (const line of lines) {
    const found = decimalParagraph.exec(line)
    if (found && Number(found[3]) === 1) parts.add(found[2])
  }
  return parts
}

/** Most words of a numbered heading (`3. Impression locale`, `2. Funding for the new plants`). */
const NUMBERED_HEADING_WORDS = 8
/** Most words of a numbered heading's own title, as long as an agenda item's (`2. Minutes of the meeting held on 10 June 2026`). */
const NUMBERED_HEADING_TITLE_WORDS = 10

/**
 * The numbered lines that are headings over paragraphs (`1. Distribution gratuite` / `Le comité a
 * décidé …`): in a text where every line numbered `1.` or `1)` is short, ends with no punctuation and
 * has an unnumbered paragraph under it (of more than eight words, or a sentence), two at least; a list of short items, or any numbered
 * sentence, leaves them all as numbered paragraphs.
 * @param lines the document's lines
 * @param numbering how such a line is numbered (`1.`, `1)` by default; a minute's reference, `26/41`, see `minuteReference`)
 * @returns the index of each such line and where its words start
 */
function numberedHeadings(lines: string[], numbering: RegExp = numberedLine): Map<number, number> {
  const found = new Map<number, number>()
  for (let index = 0; index < lines.length; index++) {
    const numbered = numbering.exec(lines[index])
    if (!numbered) continue
    const rest = lines[index].slice(numbered[0].length).trim()
    let next = index + 1
    while (next < lines.length && lines[next].trim() === '') next++
    const under = lines[next]
    const short = rest.split(/\s+/).length <= NUMBERED_HEADING_TITLE_WORDS && !/[.!?,;:…]$/.test(rest) && /^\p{Lu}/u.test(rest)
    // (a short line under it is a paragraph when it is a sentence, `Several towns lack shelters.`; a short line without a full stop may be a list's next item)
    if (!short || under === undefined || bulletLine.test(under) || (under.trim().split(/\s+/).length <= NUMBERED_HEADING_WORDS && !/\p{Ll}[.!?]$/u.test(under.trim()))) return new Map()
    found.set(index, numbered[0].length)
  }
  return found.size >= 2 ? found : new Map()
}

/** A line that opens with a symbol bullet (`► Urgences`, `• Funding`): group 1 the symbol. */
const symbolLine = new RegExp(`^[ \\t\u00A0]*([${BULLET_SYMBOLS}])[ \\t\u00A0]+(?=\\S)`, 'u')

/**
 * The lines that a symbol marks as headings over paragraphs (`► Urgences` / `Les 14 services d'urgence
 * seront …`, `1️⃣ Une déchetterie neuve` / `Le conseil a validé …`, `➊ Une carte unique` / `Dès le 1er janvier …`), as a press office
 * or a newsletter sets off its sections: in a text where every line opened by that symbol
 * is short, starts with a capital, ends with no punctuation and has a paragraph under it that is no
 * bullet (of more than eight words, or a sentence), two at least. A list of short items, or any item
 * that is a sentence, leaves the symbol's lines as bullets. The symbol is one the reader knows (`•`, `►`), an emoji or a keycap a
 * post opens its lines with, or any glyph the text uses as a bullet (`glyphBullets`); keycaps (`1️⃣`, `2️⃣`) and circled digits (`➊`, `②`) count as one.
 * @param lines the document's lines
 * @param marked the lines other readers found a marker on (`[whole, indent, marker]`), by line
 * @returns the index of each such line and where its words start
 */
function symbolHeadings(lines: string[], marked: Array<Map<number, [string, string, string]>> = []): Map<number, number> {
  const bySymbol = new Map<string, Map<number, number> | null>()
  for (let index = 0; index < lines.length; index++) {
    const symbol = symbolLine.exec(lines[index])
    const other = symbol ? undefined : marked.map((found) => found.get(index)).find((found) => found !== undefined)
    const start = symbol?.[0].length ?? other?.[0].length
    if (start === undefined) continue
    const key = symbol ? symbol[1] : /\u20E3|^[\u2460-\u24FF\u2776-\u2793]/u.test(other![2]) ? '①' : other![2]
    if (bySymbol.get(key) === null) continue
    const rest = lines[index].slice(start).trim()
    let next = index + 1
    while (next < lines.length && lines[next].trim() === '') next++
    const under = lines[next]
    const short = rest.split(/\s+/).length <= NUMBERED_HEADING_WORDS && !/[.!?,;:…]$/.test(rest) && /^\p{Lu}/u.test(rest)
    const paragraph = under !== undefined && !bulletLine.test(under) && !numberedLine.test(under) && !marked.some((found) => found.has(next)) && (under.trim().split(/\s+/).length > NUMBERED_HEADING_WORDS || /\p{Ll}[.!?]$/u.test(under.trim()))
    if (!short || !paragraph) bySymbol.set(key, null)
    else bySymbol.set(key, (bySymbol.get(key) ?? new Map()).set(index, start))
  }
  const found = new Map<number, number>()
  for (const headings of bySymbol.values()) if (headings && headings.size >= 2) for (const [index, start] of headings) found.set(index, start)
  return found
}

/**
 * The letters of the lists numbered after a letter (`R1.` … `R6.`): those with an item numbered 1 and
 * one numbered 2, so that a line opening on a name such as `G7.` or `A4:` is no such item.
 * @param lines the document's lines
 * @returns the letters as written (`R`)
 */
function labelledLists(lines: string[]): Set<string> {
  const numbers = new Map<string, Set<string>>()
  for (const line of lines) {
    const found = labelledNumber.exec(line)
    if (found) numbers.set(found[3], (numbers.get(found[3]) ?? new Set()).add(found[2].slice(found[3].length).replace('-', '')))
  }
  return new Set([...numbers].filter(([, seen]) => seen.has('1') && seen.has('2')).map(([letters]) => letters))
}

/**
 * A line's marker when it opens an item of a list numbered after a letter (`R3. The Ministry should …`).
 * @param line one line of the source
 * @param lists the letters of such lists (`labelledLists`)
 * @returns the match as `bulletLine` gives it (group 2 the marker), else null
 */
function labelledMarker(line: string, lists: Set<string>): RegExpExecArray | null {
  const found = labelledNumber.exec(line)
  return found && lists.has(found[3]) ? found : null
}

/** Whether a heading's words after its number are a short title: ten words at most, ending like no sentence or clause. */
function isShortTitle(rest: string): boolean {
  const words = rest.trim()
  return words.split(/\s+/).length <= 10 && !/[.!?,;:]$/.test(words)
}

/**
 * Where the words of a numbered part's heading start (`2. FOODBORNE ILLNESS`, `7. Next meeting`): a short line
 * without a sentence's end whose part has paragraphs numbered in decimals; null for any other line.
 * @param line one line of the source
 * @param parts the parts whose paragraphs are numbered in decimals
 */
function partHeading(line: string, parts: Set<string>): number | null {
  const found = numberedPartHeading.exec(line)
  if (!found || !parts.has(found[2])) return null
  const rest = line.slice(found[0].length).trim()
  return rest.split(/\s+/).length <= 10 && !/[.!?,;:]$/.test(rest) ? found[0].length : null
}

/** Whether a line is indented as far as the text of the list item it stands under (`- Tackle networks:` / `  We have …`), as a mail client wraps an item. */
function hangingIndent(item: Paragraph, line: string, quote: number[]): boolean {
  const indent = line.length - line.trimStart().length
  const {line: at, column} = item.children[0].position!.start
  return item.data?.bullet !== undefined && indent > 0 && indent === column - 1 - quote[at - 1]
}

/** The tab stops a pasted text may have been laid out at: a word processor's and a terminal's. */
const TAB_STOPS = [8, 4]

/** The column a run of spaces and tabs ends at, each tab moving on to the next stop (`1\t` and `\t` both end at 8). */
function columnAfter(prefix: string, stop: number): number {
  let column = 0
  for (const char of prefix) column = char === '\t' ? (Math.floor(column / stop) + 1) * stop : column + 1
  return column
}

/**
 * Whether a line hangs under a numbered paragraph or a bullet copied from a PDF or a word processor: the item's
 * marker at the margin and a tab or spaces after it (`5\tThe Conference agreed …`, `12.  The Council …`), each of
 * its next lines indented as far as its text (`\tState after a language test …`, `\t2027–2032 at EUR …`). Such a
 * line is the item's, whatever it opens on (a capital, a number): the indent says so, not the words. Tabs are
 * read at a word processor's stops and at a terminal's (`10\t` and `\t` end at the same column).
 * @param item the paragraph the line would go on
 * @param line the line
 * @param lines the document's lines (without a reply's quote marks)
 */
function hangsUnder(item: Paragraph, line: string, lines: string[]): boolean {
  if (item.data?.bullet === undefined) return false
  const indent = line.slice(0, line.length - line.trimStart().length)
  if (indent === '' || line.trim() === '') return false
  const own = lines[item.children[0].position!.start.line - 1]
  // where the item's text starts on its line as written (two spaces after `1.` are made one in the text read: `1.  The` is read `1. The`)
  const first = /^\S{1,40}/u.exec((item.children[0] as Text).value)?.[0]
  const textStart = first === undefined ? -1 : own.indexOf(first)
  // (the item's own line opens at the margin: an indented sub-item's lines are read as before)
  if (textStart <= 0 || /^[ \t\u00A0]/u.test(own)) return false
  return TAB_STOPS.some((stop) => columnAfter(own.slice(0, textStart), stop) === columnAfter(indent, stop))
}

/** A paragraph's text while lines are still joined to it: its pieces and their length in all. */
interface WrappedText {
  pieces: string[]
  length: number
}

/** The last line of a paragraph as parsed so far (all a wrapped line's test needs of it). */
function lastLineOf(paragraph: Paragraph, wrapped: Map<Paragraph, WrappedText>): string {
  const text = wrapped.get(paragraph)
  return text ? text.pieces[text.pieces.length - 1] : (paragraph.children[0] as Text).value
}

/**
 * Carry a paragraph on with a line wrapped from it: the text joined as `joinWrapped` does (to its
 * last line, so that the work does not grow with the paragraph), the paragraph's end moved to the
 * line's, and where the line starts recorded for `pointIn`.
 * @param paragraph the paragraph to carry on
 * @param content the line's text
 * @param start the line's start in the source
 * @param document the whole source, where a word split at a hyphen is looked for
 * @param wrapped the pieces of the paragraphs joined so far, made whole when the parse ends
 */
function joinLine(paragraph: Paragraph, content: string, start: {line: number; column: number; offset: number}, document: string, wrapped: Map<Paragraph, WrappedText>): void {
  const text = paragraph.children[0] as Text
  let pieces = wrapped.get(paragraph)
  if (!pieces) {
    pieces = {pieces: [text.value], length: text.value.length}
    wrapped.set(paragraph, pieces)
  }
  const last = pieces.pieces[pieces.pieces.length - 1]
  const joined = joinWrapped(last, content, document)
  const lastNow = joined.slice(0, joined.length - content.length)
  pieces.pieces[pieces.pieces.length - 1] = lastNow
  pieces.length += lastNow.length - last.length
  const at = pieces.length
  pieces.pieces.push(content)
  pieces.length += content.length
  const end = {line: start.line, column: start.column + content.length, offset: start.offset + content.length}
  text.position!.end = end
  paragraph.position!.end = end
  const lines = paragraph.data?.joined ?? []
  if (!paragraph.data?.joined) paragraph.data = {...paragraph.data, joined: lines}
  lines.push({at, ...start})
}

/** A transcript's heading as a recording app exports it under its summary (`Transcript`, `Full transcript`, `Transcription`, `Verbatim`). */
const TRANSCRIPT_HEADING = /^(?:(?:full\s+|meeting\s+|call\s+)?transcript|transcription(?:\s+(?:compl[èe]te|int[ée]grale))?|verbatim|(?:le\s+)?verbatim\s+de\s+la\s+r[ée]union)\s*:?$/iu
/** Fewest lines of text above the transcript's heading that make the app's summary of it. */
const SUMMARY_LINES = 3

/**
 * A recording app's export (Otter, Zoom, Fireflies, Teams, in English or French): its summary, outline and action items first, then a
 * `Transcript` heading over the recording's timed turns (`speakerTurnLines`). The summary is the readout; the transcript under it is the
 * conversation it sums up: background (its figures count), never a point, and its heading goes (app49).
 * @param lines the document's lines
 * @param turns the lines of the transcript's turns
 * @returns the heading's line, when the text is such an export
 */
function recordingUnderSummary(lines: string[], turns: Set<number>): {heading: number; summary?: number} | undefined {
  if (turns.size === 0) return undefined
  // (the smallest by a loop: spreading a long transcript's turns as arguments overflows the stack)
  let first = Infinity
  for (const turn of turns) first = Math.min(first, turn)
  let heading = first - 1
  while (heading >= 0 && lines[heading].trim() === '') heading--
  if (heading < 0 || !TRANSCRIPT_HEADING.test(lines[heading].trim())) return undefined
  if (lines.slice(0, heading).filter((line) => line.trim() !== '').length < SUMMARY_LINES) return undefined
  // (the export's `Summary` heading heads the record itself, the decisions in its prose, never a summary box the sections after it restate: it goes; threads50)
  const summary = lines.slice(0, heading).findIndex((line) => RECORDING_SUMMARY_HEADING.test(line.trim()))
  return {heading, ...(summary >= 0 ? {summary} : {})}
}

/**
 * An AI note-taker's own line: who wrote the notes (`Notes by Minutely`, `Notes taken by Otter`, `Notes générées par …`, a meta line
 * ending so, `Thu 22 Oct 2026 · Online · 58 min · Notes by X`), a request for a rating (`Was this summary helpful?`, `Ce résumé vous
 * a-t-il été utile ?`), a warning (`AI-generated content may be inaccurate`, `Contenu généré par l'IA`).
 */
const AI_NOTES_MARK = /(?:^|[·•|]\s*)(?:(?:notes|summary|minutes)\s+(?:taken\s+|written\s+|generated\s+)?by\s+[\p{L}\d.' -]{1,40}|notes\s+(?:g[ée]n[ée]r[ée]es|prises|r[ée]dig[ée]es)\s+par\s+[\p{L}\d.' -]{1,40}|r[ée]sum[ée]\s+g[ée]n[ée]r[ée]\s+par\s+[\p{L}\d.' -]{1,40})$|^(?:was\s+this\s+(?:summary|recap|note)\s+(?:helpful|useful)\s*\?|ce\s+r[ée]sum[ée]\s+(?:vous\s+)?a-t-il\s+[ée]t[ée]\s+utile\s*\?|ai-generated\s+content\s+may\s+be\s+inaccurate|contenu\s+g[ée]n[ée]r[ée]\s+par\s+l['’]ia)/iu
/** The rating request's line alone, its thumbs after it or not. */
const RATING_LINE = /^(?:was\s+this\s+(?:summary|recap|note)\s+(?:helpful|useful)\s*\?|ce\s+r[ée]sum[ée]\s+(?:vous\s+)?a-t-il\s+[ée]t[ée]\s+utile\s*\?)[\s\p{Extended_Pictographic}\uFE0F]{0,20}$/iu

/**
 * An AI note-taker's notes pasted without a transcript (threads51): when one of its own lines shows (`AI_NOTES_MARK`), its `Summary`
 * heading goes as a recording's does (the record is under it, never a summary box's context), and so does its rating request.
 * @param lines the document's lines
 * @returns the lines to read as blank
 */
function aiNotesLines(lines: string[]): number[] {
  const texts = lines.map((line) => line.trim())
  if (!texts.some((text) => text.length <= 200 && AI_NOTES_MARK.test(text))) return []
  const summary = texts.findIndex((text) => RECORDING_SUMMARY_HEADING.test(text))
  return [...(summary >= 0 ? [summary] : []), ...texts.flatMap((text, at) => (text.length <= 200 && RATING_LINE.test(text) ? [at] : []))]
}

/** A recording app's heading over the summary it wrote (`Summary`, `Meeting summary`, `AI summary`, `Overview`, `Résumé`, `Synthèse`, `Résumé de la réunion`). */
const RECORDING_SUMMARY_HEADING = /^(?:(?:ai\s+|meeting\s+)?(?:summary|overview|notes)|r[ée]sum[ée](?:\s+de\s+la\s+r[ée]union)?|synth[èe]se|aper[çc]u)\s*:?$/iu
