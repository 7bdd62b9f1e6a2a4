import {ENGLISH_PASTED} from './english.js'
import {FRENCH_PASTED} from './french.js'

/**
 * A readout pasted as an e-mail (mail46): what the mail put around it is set aside before the text is read, so the
 * document read is the one that was sent on, and its own header (title line, `READOUT`, dateline) reads as usual:
 * - header blocks (`From:` / `Sent:` / `To:` / `Subject:`, `De :` / `Envoyé :` / `À :` / `Objet :`, `Attachments:`,
 *   `Pièces jointes :`), forward markers (`---------- Forwarded message ---------`, `-----Original Message-----`) and a
 *   reply's attribution (`On Tue, 10 Nov 2026, Ana wrote:`, `Le 10 nov. 2026 à 17:02, Ana a écrit :`) part the text into
 *   messages; the one with the most words is the document, every other message (a covering note above it, the request it
 *   answers below it) goes;
 * - its quote marks (`> `, `>> `, at any depth) are no part of its lines;
 * - a covering note at its top goes: a greeting and the paragraphs up to the one that points at the document (`Please find
 *   below …`, `Veuillez trouver ci-dessous …`), or everything up to a sign-off and its short signature when the document
 *   follows them;
 * - a notice about the document's versions (`CORRECTED VERSION – please use this release`, `Rectificatif`, `Editor's
 *   note: This release replaces …`) goes, wherever the text came from.
 * A text with none of these marks is left as it is (its lines' quote marks too: a list typed with `>` is a list). Lines are
 * dropped, never rewritten, so every position the parser records still points into the source.
 */

/** A reply's quote marks before a line: `> `, `>> `, `> > ` (a blank line of the quote keeps only its `>`). */
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/u

/** An e-mail's header field, in either language; `Attachments:` and `Pièces jointes :` too. */
const HEADER_FIELD = /^(?:from|sent|to|cc|bcc|subject|date|reply-to|importance|attachments?|de|envoy[ée]|[àa]|cci|objet|pi[èe]ces?\s+jointes?)[ \t\u00A0]*:/iu
/** A field that only a mail's header has (who sent it, when it was sent, what it is about): two fields make a block only with one of these. */
const SENDER_FIELD = /^(?:from|sent|subject|de|envoy[ée]|objet)[ \t\u00A0]*:/iu
/**
 * What only a mail's header shows, not a memorandum's (`From: Secretariat` / `To: Delegations` / `Subject: …`, `Objet : …`
 * / `Date : 13 mars 2026`): an address (`<office@forum.example>`), the time it was sent (`10:04`, `9 h 12`), a `Sent:` field.
 */
const MAIL_EVIDENCE = /[\w.+-]@[\w-]+(?:\.[\w-]+)+|(?:^|\s)\d{1,2}(?::|\s?h\s?)\d{2}(?!\d)/u
const SENT_ONLY = /^(?:sent|envoy[ée])[ \t\u00A0]*:/iu
/** The field of the date a mail was sent. */
const SENT_FIELD = /^(?:sent|date|envoy[ée])[ \t\u00A0]*:/iu
/** The `Subject:` field. */
const SUBJECT_FIELD = /^(?:subject|objet)[ \t\u00A0]*:/iu
/** A forward's or a reply's marker, the two languages' (`ENGLISH_PASTED.forwarded`), and Outlook's rule over the quoted message's header. */
const isMarker = (text: string) => text.length <= 80 && (ENGLISH_PASTED.forwarded.test(text) || FRENCH_PASTED.forwarded.test(text) || /^_{10,}$/u.test(text))
/** A reply's attribution line: `On Tue, 10 Nov 2026 at 17:02, Ana <a@x.example> wrote:`, `Le mar. 10 nov. 2026 à 17:02, Ana a écrit :`. */
const ATTRIBUTION = /^(?:on\s.{4,200}?\swrote|le\s.{4,200}?\sa\s+[ée]crit)[ \t\u00A0]*:$/iu
/** A line that only names an attached file or shows where a picture was (`[image: logo]`, `<image001.png>`, `report.pdf (212 KB)`). */
const ATTACHED_FILE = /^(?:\[(?:image|cid)[^\]]{0,80}\]|<[^<>\s]{1,80}\.(?:png|jpe?g|gif)>|[\w.-]{1,80}\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|zip)(?:\s*\([\d.,]+\s*[kKmM]o?[bB]?\))?)$/u

/** A greeting opening a covering note: the patterns the pasted-text reader knows (`Dear colleagues,`, `Madame, Monsieur,`). */
const isGreeting = (text: string) => ENGLISH_PASTED.greeting.test(text) || FRENCH_PASTED.greeting.test(text)
/** A sign-off (`Kind regards,`, `Bien cordialement,`). */
const isSignOff = (text: string) => ENGLISH_PASTED.signOff.test(text) || FRENCH_PASTED.signOff.test(text)
/**
 * A covering note's sentence that points at the document it carries (`Please find below the readout …`, `see the release
 * attached`, `FYI – readout below`, `Veuillez trouver ci-dessous notre communiqué`, `Je vous transmets ci-joint …`).
 */
const POINTS_AT_DOCUMENT = /\b(?:(?:find|see|read|is|are|copied|pasted|forward(?:ed|ing)?|sharing|share)\s+(?:\S+\s+){0,6}?(?:below|attached|enclosed|herewith)|(?:below|attached|enclosed)\s+(?:is|are|please\s+find)|fyi\b)|ci-(?:dessous|joint|jointe|apr[èe]s)|en\s+pi[èe]ce\s+jointe|vous\s+trouverez|veuillez\s+trouver|je\s+vous\s+(?:transmets|fais\s+suivre)/iu
/** A meeting named in a covering note or a document (`notes from yesterday's meeting of …`, `met in`, `la réunion d'hier`). */
const NAMES_MEETING = /\b(?:met|meets?|meeting|gathered|gathering|assembly|session|conference|summit|r[ée]union|r[ée]unie?s?|assembl[ée]e|s[ée]ance|conf[ée]rence|sommet|s['’]est\s+tenue?)\b/iu
/** A mail app's own line under a message (`Sent from my phone`, `Envoyé de mon iPhone`, `Get Outlook for Android`). */
const SENT_FROM = /^(?:sent\s+from\s+my\s|envoy[ée]\s+(?:de|depuis)\s+mon\s|get\s+outlook\s+for\s|t[ée]l[ée]chargez\s+outlook\s)[^.!?]{0,40}$/iu
/** Most paragraphs of a covering note under its greeting. */
const NOTE_PARAGRAPHS = 3
/** Most lines of a signature under a covering note's sign-off. */
const SIGNATURE_LINES = 4

/**
 * A line that marks a corrected or updated version of the document, at its top (`CORRECTED VERSION – please use this
 * release`, `CORRECTION`, `UPDATED VERSION`, `Rectificatif`, `Version corrigée – merci d'utiliser ce communiqué`).
 */
const VERSION_MARK = /^(?:corrected(?:\s+(?:version|release|text|copy))?|correction|corrigendum|erratum|updated\s+(?:version|release|text)|revised\s+(?:version|release)|rectificatif|version\s+(?:corrig[ée]e|rectifi[ée]e|mise\s+[àa]\s+jour)|correctif)(?![\p{L}])(?:\s*[-–—:|(]\s*[^.!?]{0,80}\)?)?\s*[.!]?$/iu
/** `UPDATED` alone, or with what changed after it (`UPDATED – adds the list of members`); not a page's `Updated: 18 March 2026`, its date. */
const UPDATED_MARK = /^(?:updated|mis\s+[àa]\s+jour)(?:\s*[-–—:]\s*[^\d.!?]{1,80})?\s*$/iu
/**
 * A note about the document itself, its label first (`Editor's note: This release replaces …`, `Note de la rédaction :
 * …`, `NDLR : …`); a note to editors (`Note to editors:`, `Note aux rédactions :`) only when it speaks of the document's
 * versions: else its facts are the release's tail.
 */
const EDITOR_NOTE = /^(?:editor['’]?s['’]?\s+note|note\s+(?:de\s+la\s+)?r[ée]daction|n\.?\s?d\.?\s?l\.?\s?r\.?)\s*[:.–—-]/iu
const NOTE_TO_EDITORS = /^(?:notes?\s+to\s+editors|notes?\s+aux\s+r[ée]dactions)\s*[:.–—-]\s*\S/iu
/** What a note about a document's versions says (`replaces the version sent …`, `an earlier version gave …`, `annule et remplace`). */
const ABOUT_VERSIONS = /\b(?:replaces?|supersedes?|corrects?|earlier\s+version|previous\s+version|version\s+(?:sent|issued|released)|remplace|corrige|version\s+(?:pr[ée]c[ée]dente|envoy[ée]e|diffus[ée]e))\b/iu

/** How a pasted e-mail is read (`unwrapMail`). */
export interface MailShape {
  /** Per line, the width of the quote marks it is read without. */
  quote: number[]
  /** The lines that are the mail's, not the document's. */
  drop: Set<number>
  /** The header fields of the document's message that are read as its title block's lines (its subject, the date it was sent). */
  keep: Set<number>
  /** Of those, the line that says when the message was sent (`Date: …`, `Envoyé : …`): the day the text's `yesterday` is counted back from, never the meeting's. */
  sent: Set<number>
}

/**
 * What of a pasted text is the mail around the document, and the quote marks its lines are read without.
 * @param source the document's lines
 * @returns per line its quote marks' width, and the lines to set aside
 */
export function unwrapMail(source: string[]): MailShape {
  const widths = source.map((line) => QUOTE_MARKS.exec(line)?.[0].length ?? 0)
  const texts = source.map((line, at) => line.slice(widths[at]).trim())
  const drop = new Set<number>()
  const filled = texts.flatMap((text, at) => (text ? [at] : []))
  // the messages' bounds: a marker, an attribution or a header block (two fields or more, one only a mail's header has)
  const bounds: Array<{from: number; body: number}> = []
  // per line with text (by its position among them): where the run of header fields from it ends, and the first field of that
  // run at or after it that only a mail's header has, and the first with a mail's evidence (the run's length when none), each
  // found once: each line read the run under it again, so 100 kB of `To: Bo` lines (no block without a sender) took 5 s
  const fieldRunEnd = new Array<number>(filled.length + 1).fill(filled.length)
  const nextSender = new Array<number>(filled.length + 1).fill(filled.length)
  const nextEvidence = new Array<number>(filled.length + 1).fill(filled.length)
  for (let k = filled.length - 1; k >= 0; k--) {
    const text = texts[filled[k]]
    if (!HEADER_FIELD.test(text)) {
      fieldRunEnd[k] = nextSender[k] = nextEvidence[k] = k
      continue
    }
    fieldRunEnd[k] = fieldRunEnd[k + 1]
    nextSender[k] = SENDER_FIELD.test(text) ? k : nextSender[k + 1]
    nextEvidence[k] = SENT_ONLY.test(text) || MAIL_EVIDENCE.test(text) ? k : nextEvidence[k + 1]
  }
  for (let k = 0; k < filled.length; k++) {
    const at = filled[k]
    const start = k
    // (an attribution too long for one line is wrapped before its address's end: `On Tue, …, Forum Secretariat <` / `office@forum.example> wrote:`)
    const twoLines = k + 1 < filled.length && filled[k + 1] === at + 1 && texts[at].length <= 200 && ATTRIBUTION.test(`${texts[at]} ${texts[at + 1]}`)
    const marker = isMarker(texts[at]) || ATTRIBUTION.test(texts[at]) || twoLines
    if (twoLines) k++
    const first = marker ? k + 1 : k
    const next = fieldRunEnd[first]
    const block = next - first >= 2 && nextSender[first] < next && nextEvidence[first] < next
    if (!marker && !block) continue
    bounds.push({from: start, body: next})
    k = Math.max(k, next - 1)
  }
  const notices = versionNotices(texts, filled)
  if (bounds.length === 0) {
    // the body of an e-mail pasted without its header, opening on a greeting: its covering note goes too
    if (filled.length > 0 && isGreeting(texts[filled[0]])) for (const at of coveringNote(texts, filled)) notices.add(at)
    return {quote: quoteWhole(source, widths), drop: notices, keep: new Set(), sent: new Set()}
  }
  for (const at of notices) drop.add(at)
  // the messages, each from its body's first line of text to the next bound (positions among the lines with text); the
  // document is the one with the most words, the inner one of two as long
  const messages = bounds.map((bound, k) => ({from: bound.from, body: bound.body, end: k + 1 < bounds.length ? bounds[k + 1].from : filled.length}))
  if (bounds[0].from > 0) messages.unshift({from: 0, body: 0, end: bounds[0].from})
  const words = [0]
  for (const at of filled) words.push(words.at(-1)! + (texts[at].match(/\p{L}+/gu)?.length ?? 0))
  const wordsIn = (message: {body: number; end: number}) => words[Math.max(message.body, message.end)] - words[message.body]
  let chosen = messages[0]
  for (const message of messages.slice(1)) if (wordsIn(message) >= wordsIn(chosen)) chosen = message
  const body = filled.slice(chosen.body, Math.max(chosen.body, chosen.end))
  // the document's own subject and the date it was sent stay, as lines of its title block: its title when the body has no
  // title line (a subject the body gives again as its title goes), and the day a `met on Monday` is counted back from
  const keep = new Set<number>()
  const lineSet = new Set(body.map((at) => texts[at].toLowerCase()))
  for (const at of filled.slice(chosen.from, chosen.body)) {
    const subject = SUBJECT_FIELD.exec(texts[at])
    if (SENT_FIELD.test(texts[at]) || (subject && !restatedTitle(texts[at].slice(subject[0].length).trim().toLowerCase(), lineSet))) keep.add(at)
  }
  for (const at of filled) if ((at < (body[0] ?? Infinity) || at > (body.at(-1) ?? -1)) && !keep.has(at)) drop.add(at)
  for (const at of body) if (ATTACHED_FILE.test(texts[at])) drop.add(at)
  // a reply written under the lines it quotes (`On …, Colin wrote:` / `> Could someone post what was decided …?` / `Colin and all, …`):
  // the quoted lines are the earlier message's words, when the reply's own lines say more than they do (numbered52)
  const quotedWords = body.reduce((sum, at) => sum + (widths[at] > 0 ? (texts[at].match(/\p{L}+/gu)?.length ?? 0) : 0), 0)
  const ownWords = body.reduce((sum, at) => sum + (widths[at] === 0 ? (texts[at].match(/\p{L}+/gu)?.length ?? 0) : 0), 0)
  if (quotedWords > 0 && ownWords > 2 * quotedWords) for (const at of body) if (widths[at] > 0) drop.add(at)
  // a covering note at the top of the document's message, a signature and a disclaimer after it
  const rest = body.filter((at) => !drop.has(at))
  for (const at of coveringNote(texts, rest)) drop.add(at)
  for (const at of closingLines(texts, rest)) drop.add(at)
  return {quote: widths, drop, keep, sent: new Set([...keep].filter((at) => SENT_FIELD.test(texts[at])))}
}

/** A subject's prefixes that say what the mail is, not what the document is called (`Fwd:`, `RE:`, `TR :`, `CP –`, `PR:`). */
const SUBJECT_PREFIX = /^(?:(?:fwd?|re|tr|r[ée]f|cp|pr|press\s+release|communiqu[ée](?:\s+de\s+presse)?)\s*[:–—-]\s*)+/iu

/**
 * Whether a mail's subject only gives again a line of the body (its prefixes aside): `CP – Boulangeries rurales : …` over
 * the release whose title line is `Boulangeries rurales : …`.
 * @param subject the subject, in lower case
 * @param lines the body's lines, in lower case
 */
function restatedTitle(subject: string, lines: Set<string>): boolean {
  return lines.has(subject) || lines.has(subject.replace(SUBJECT_PREFIX, ''))
}

/**
 * The quote marks of a text quoted whole in a reply, with no header nor marker left (`> Ministers agreed …` on every line,
 * `>` on the blank ones): none when a line of text has none (a list typed with `>` under a title is a list).
 */
function quoteWhole(lines: string[], widths: number[]): number[] {
  const quoted = lines.every((line, at) => widths[at] > 0 || line.trim() === '') && widths.filter((width) => width > 0).length >= 2
  return quoted ? widths : widths.map(() => 0)
}

/**
 * The paragraphs of the text's lines: runs of lines with text, parted by blank lines.
 * @param body the lines with text, in order
 */
function paragraphsOf(body: number[]): number[][] {
  const paragraphs: number[][] = []
  for (const at of body) {
    const last = paragraphs.at(-1)
    if (last && last.at(-1) === at - 1) last.push(at)
    else paragraphs.push([at])
  }
  return paragraphs
}

/**
 * A covering note at the top of the message that carries the document: a greeting and the paragraphs under it up to the
 * one that points at the document (`Dear colleagues,` / `Please find below the readout …`); else a short note closed by
 * a sign-off and a signature (`Madame, Monsieur,` / `Veuillez trouver …` / `Bien cordialement,` / `Le service
 * communication`), when the document under it is longer than the note.
 * @param texts the lines, without quote marks, trimmed
 * @param body the message's lines with text
 */
function coveringNote(texts: string[], body: number[]): number[] {
  const paragraphs = paragraphsOf(body)
  const words = (ats: number[]) => ats.reduce((sum, at) => sum + (texts[at].match(/\p{L}+/gu)?.length ?? 0), 0)
  // a sign-off near the top, a signature of a few short lines under it, and more text under them than over them
  const signOff = body.slice(0, 12).findIndex((at) => isSignOff(texts[at]))
  if (signOff > 0) {
    let end = signOff + 1
    while (end < body.length && end - signOff <= SIGNATURE_LINES && body[end] === body[end - 1] + 1 && texts[body[end]].length <= 60 && !/[.!?]$/u.test(texts[body[end]])) end++
    if (words(body.slice(end)) > 2 * words(body.slice(0, end))) return body.slice(0, end)
  }
  // a greeting and the paragraphs under it up to the one that points at the document
  if (paragraphs.length < 3 || !isGreeting(texts[paragraphs[0][0]])) return []
  const first = paragraphs[0].length === 1 ? 1 : 0
  const pointing = paragraphs.slice(first, first + NOTE_PARAGRAPHS).findIndex((paragraph) => POINTS_AT_DOCUMENT.test(paragraph.map((at) => texts[at]).join(' ')))
  if (pointing === -1) return []
  // the paragraph that points at the document stays when it alone names the meeting (`Below are my notes from yesterday's
  // meeting of the Guild`, and no paragraph under it says who met, when or where), so the readers find the day and the body
  const textOfParagraphs = (list: number[][]) => list.flat().map((at) => texts[at]).join(' ')
  const keep = NAMES_MEETING.test(textOfParagraphs([paragraphs[first + pointing]])) && !NAMES_MEETING.test(textOfParagraphs(paragraphs.slice(first + pointing + 1)))
  return paragraphs.slice(0, first + pointing + (keep ? 0 : 1)).flat()
}

/**
 * The lines that close the message after the document: a disclaimer (`This e-mail and any attachments are …`, `Ce message
 * est confidentiel …`), a mail app's line (`Sent from my iPhone`) and a sign-off with the signature under it, when no sentence but a disclaimer follows the sign-off.
 * @param texts the lines, without quote marks, trimmed
 * @param body the message's lines with text
 */
function closingLines(texts: string[], body: number[]): number[] {
  const disclaimer = (at: number) => ENGLISH_PASTED.disclaimer.test(texts[at]) || FRENCH_PASTED.disclaimer.test(texts[at]) || SENT_FROM.test(texts[at])
  const closing = body.filter(disclaimer)
  const last = body.slice(-15)
  const signOff = last.findIndex((at, k) => isSignOff(texts[at]) && last.slice(k + 1).every((after) => disclaimer(after) || !/[.!?]$/u.test(texts[after])))
  return signOff === -1 ? closing : [...closing, ...last.slice(signOff)]
}

/**
 * The notices about the document's versions: a mark of a corrected or updated version among its first lines (`CORRECTED
 * VERSION – please use this release`), and a note about the document itself wherever it stands (`Editor's note: This
 * release replaces …`), with the lines of its paragraph.
 * @param texts the lines, without quote marks, trimmed
 * @param filled the lines with text
 */
function versionNotices(texts: string[], filled: number[]): Set<number> {
  const notices = new Set<number>()
  for (const at of filled.slice(0, 3)) if (texts[at].length <= 100 && (VERSION_MARK.test(texts[at]) || UPDATED_MARK.test(texts[at]))) notices.add(at)
  for (const paragraph of paragraphsOf(filled)) {
    const text = paragraph.map((at) => texts[at]).join(' ')
    if (text.length > 1200) continue
    if (EDITOR_NOTE.test(text) || (NOTE_TO_EDITORS.test(text) && ABOUT_VERSIONS.test(text))) for (const at of paragraph) notices.add(at)
  }
  return notices
}
