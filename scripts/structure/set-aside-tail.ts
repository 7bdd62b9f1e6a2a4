import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {ENGLISH_TAIL} from './english.js'
import {FRENCH_TAIL} from './french.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'
import {LEADING_EMOJI, normaliseSpace, TRAILING_EMOJI} from './text.js'

/** What the tail of a document held, set aside before the points are read. */
export interface Tail {
  /** The paragraphs of notes to editors (background) and footnotes: context at most, never a point. */
  notes: string[]
  /**
   * Those of them that are notes to editors or `About …` boilerplate, not footnotes: their figures
   * are key figures (`The Forum now has 21 members and 35 private partners`), read after the text's own.
   */
  editorNotes: string[]
  /** Lines dropped: end markers, contacts, signatures, the notes' heading. */
  dropped: string[]
}

declare module 'vfile' {
  interface DataMap {
    tail: Tail
  }
}

/**
 * The patterns of a document's closing lines, of every language the reader knows: a release in one
 * language often closes with lines in another (`Contact: …` under a French text), and none of these
 * patterns reads a line of text as a closing line in the other language.
 */
const TAILS = [ENGLISH_TAIL, FRENCH_TAIL]
/**
 * A telephone number in international form (`+41 22 555 01 40`, `+1 (202) 555-0100`), an e-mail
 * address or a web address; a bare run of digits is not one (`1 200 000` is a French number), nor an amount with its currency (`+12 500 000 €`),
 * but a French national number alone on its line, ten digits in pairs from a `0` (`01 40 81 21 22`).
 */
const CONTACT_DETAIL = /\+\d{1,3}[\s.]?(?:\(\d{1,4}\)\s?)?\d{1,4}(?:[\s.-]\d{2,4}){1,5}(?![\d\s.,]*(?:[€$£¥₦₹%]|(?:EUR|USD|GBP|CHF|XOF|XAF|FCFA|CFA|euros?|dollars?|francs?|pounds?)\b))|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|^0\d(?:[\s.]\d\d){4}$/u
/** Most words of a closing line: one longer is text. */
const CLOSING_WORDS = 30
/** Most words of a line that only names someone (`Kouassi Yao`, `Lea Marchetti, Communications Officer`). */
const NAME_WORDS = 8

/** Most characters of a closing line: a longer one is text, and is never searched (this keeps the work linear). */
const CLOSING_CHARS = 400

const matches = (key: keyof typeof ENGLISH_TAIL, text: string) => text.length <= CLOSING_CHARS && TAILS.some((tail) => tail[key].test(text))
const words = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Whether a line ends the text: `###`, `-30-`, `ENDS`, `- FIN -`. */
export function isEndMarker(text: string): boolean {
  return /^(?:[#*]\s?){3,}$/.test(text) || matches('endMarker', text)
}

/**
 * Whether a line only gives contacts: it opens like one (`Media contact:`, `Contact presse :`, `For
 * more information:`) or, short, holds a telephone number, an e-mail or a web address and no sentence.
 */
export function isContactLine(text: string): boolean {
  if (text.length > CLOSING_CHARS || words(text) > CLOSING_WORDS) return false
  // `Enquiries, complaints and appeals will be handled …`: a label set off by a comma or a dash opens a contact line only when a telephone or an address follows.
  const label = text.length <= CLOSING_CHARS ? TAILS.map((tail) => tail.contact.exec(text)).find(Boolean) : undefined
  if (label && (label[0].trimEnd().endsWith(':') || CONTACT_DETAIL.test(text))) return true
  // `Contacts presse` alone on its line heads the contact block under it, as with its colon
  if (words(text) <= 4 && TAILS.some((tail) => tail.contact.exec(`${text}:`)?.[0].length === text.length + 1)) return true
  return CONTACT_DETAIL.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && !/\b(?:will|agreed|decided|adopted|ont|a|sont|est)\b/u.test(text)
}

/** Whether a line signs the document: `Done at Nairobi, 12 March 2025.`, `Fait à Abidjan, le 12 mars 2025`, `Pour le Conseil, le Président`. */
export function isSignatureLine(text: string): boolean {
  return words(text) <= CLOSING_WORDS && matches('signature', text)
}

/** Whether a line is the heading of notes to editors (`Notes to editors`, `Note aux rédactions`). */
export function isNotesHeading(text: string): boolean {
  return matches('notes', text)
}

/**
 * Whether a short line only names someone, as under a signature or a contact (`Kouassi Yao`, `Hon. Grace
 * Akello, Chair`), or names a signatory with a title and an office, however long the office
 * (`Hon. Dr. Ama Mensah, Minister of Health and Social Welfare, Ghana (Chair)`).
 */
export function isNameLine(text: string): boolean {
  if (/[.!?]$/.test(text.replace(/\b(?:Hon|Dr|Mr|Mrs|Ms|Prof|Jr|Sr|Me|Mme|M)\.$/u, ''))) return false
  return (words(text) <= NAME_WORDS && /^\p{Lu}/u.test(text)) || (words(text) <= CLOSING_WORDS && matches('signatory', text))
}

/** A line of hashtags and nothing else (`#TidalEnergy #OceanPower`), as a post closes: tags, never text. */
const HASHTAGS = /^#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*$/u

/** Whether a line only tags a post (`#TidalEnergy #OceanPower`) or only links to the full story (`Read more: https://…`, `En savoir plus : …`). */
export function isSocialLine(text: string): boolean {
  return HASHTAGS.test(text) || matches('moreLink', text)
}

/** A social network's button under a post or a comment, in English or French. */
const POST_BUTTON = String.raw`(?:like|comment|share|reply|repost|send|boost|favou?rite|bookmark|save|retweet|j['’]aime|commenter|partager|r[ée]pondre|republier|envoyer|enregistrer|booster|ajouter\s+aux\s+favoris)`
/**
 * A row of two such buttons or more, parted by spaces, dots or bars, with a comment's age among them (`12 h`, `3d`, `2 sem.`).
 * The parting is a mark with its spaces or spaces alone, never an optional mark between two optional runs of spaces: that
 * read each one-space gap two ways, so a failing row of 25 ages (`like 1h 1h … x`, 80 characters) took seconds.
 */
const POST_BUTTON_ROW = new RegExp(String.raw`^${POST_BUTTON}(?:(?:\s*[·•|]\s*|\s+)(?:${POST_BUTTON}|\d{1,3}\s?(?:h|min|d|j|w|sem\.?|mo|y|an)))+$`, 'iu')
const POST_BUTTONS = new RegExp(POST_BUTTON, 'giu')

/** Whether a line is a post's row of buttons (`Like Comment Share`, `J'aime Commenter Partager`): the post's text ends above it. */
export function isPostButtonRow(text: string): boolean {
  return text.length <= 80 && POST_BUTTON_ROW.test(text) && (text.match(POST_BUTTONS)?.length ?? 0) >= 2
}

/** Drop a lone emoji opening or closing a paragraph from its first and last words, where they are plain text. */
function dropLoneEmoji(paragraph: Paragraph): void {
  const first = paragraph.children[0]
  if (first?.type === 'text') first.value = first.value.replace(LEADING_EMOJI, '')
  const last = paragraph.children.at(-1)
  if (last?.type === 'text') last.value = last.value.replace(TRAILING_EMOJI, '')
}

/** Whether a line closes the document: an end marker, a contact line, a signature, a post's tags, a link to the full story, or a label of a press page's closing block (`Address for enquiries`, `Auteur`, `Documents`) or a document it links to (`… (PDF)`). */
function isClosingLine(text: string): boolean {
  return isEndMarker(text) || isContactLine(text) || isSignatureLine(text) || isSocialLine(text) || matches('pageFooter', text)
}

/** Most words of a sentence that may open a page's block of facts (`Meeting held in Graz.`); a longer one is a section of the text. */
const FACT_OPENING_WORDS = 6

/** Most words of a line of a page's block of facts about the meeting (`Meeting n°412`, `Outcome of the meeting (PDF, 212 KB)`, a contact line). */
const FACT_WORDS = 40

/** Most paragraphs of an `About …` section that closes a text (boilerplate is a paragraph or two). */
const ABOUT_PARAGRAPHS = 3

/**
 * Whether an `About the X` / `À propos de X` heading closes the text, as a release's boilerplate does
 * before its contact lines: one to three paragraphs follow it, then only closing lines (or nothing),
 * or another such heading. A heading followed by more is a section of the text.
 * @param texts the paragraphs' texts, in order
 * @param at where the heading is
 */
function closesTheText(texts: string[], at: number): boolean {
  let paragraphs = 0
  for (let next = at + 1; next < texts.length; next++) {
    const text = texts[next]
    if (isClosingLine(text) || matches('about', text) || isNotesHeading(text)) return paragraphs > 0
    if (++paragraphs > ABOUT_PARAGRAPHS) return false
  }
  return paragraphs > 0
}

/**
 * Where a document's tail starts, and where its notes to editors are: the tail is a run of closing
 * lines at the end (end markers, contacts, signatures, and the names under them), and everything
 * after an end marker or a notes heading (`Notes to editors`, `Note aux rédactions`; `About the X`
 * after an end marker or a contact line, or closing the text before them: see `closesTheText`). Lines the title block or the dateline holds are never tail.
 * @param texts the paragraphs' texts, in order
 * @param fixed whether each paragraph already has a role (title block, dateline)
 * @returns for each paragraph: `drop` (a closing line or the notes' heading), `notes`, or undefined (text)
 */
export function tailRoles(texts: string[], fixed: boolean[] = []): Array<'drop' | 'notes' | undefined> {
  const roles: Array<'drop' | 'notes' | undefined> = texts.map(() => undefined)
  // Nothing in the first two paragraphs is tail: a text must have begun.
  const first = Math.min(2, texts.length)
  let notesFrom = texts.length
  let closed = false
  for (let at = first; at < texts.length; at++) {
    if (fixed[at]) continue
    const text = texts[at]
    if (isEndMarker(text) || isNotesHeading(text) || (matches('about', text) && (closed || closesTheText(texts, at)))) {
      notesFrom = Math.min(notesFrom, at)
      roles[at] = 'drop'
      closed = true
    }
    else if (isContactLine(text) && at >= texts.length - 6) closed = true
    // a post's tags or a link to the full story: set aside wherever it stands
    else if (isSocialLine(text)) roles[at] = 'drop'
  }
  // A post's row of buttons under its text (`Like  Comment  Share`, `J'aime  Commenter  Partager`, `Reply · Boost · Favourite`): the post
  // ends there, and what follows is readers' comments (a name, a remark, `J'aime · Répondre · 12 h`), never the text (layouts49)
  const bar = texts.findIndex((text, at) => at >= first && !fixed[at] && isPostButtonRow(text))
  if (bar !== -1) for (let at = bar; at < texts.length; at++) if (!fixed[at]) roles[at] = 'drop'
  // `Meeting information` over the meeting's number, place, dates and documents, as a council's web page closes: that block and
  // all below it go (short lines only, no sentences: a heading over text is a section of it)
  const facts = texts.findIndex((text, at) => at >= first && !fixed[at] && matches('factsBlock', text))
  // (and the line under the heading is a fact, no sentence of the text: `Meeting details` over `- The Board agreed to raise fees by 3%.`
  // is a section of decisions, whose lines are not dropped; review40)
  const underFacts = facts === -1 ? undefined : texts[facts + 1]
  if (facts !== -1 && !(underFacts !== undefined && /[.!?]$/u.test(underFacts) && words(underFacts) > FACT_OPENING_WORDS) && texts.slice(facts + 1).every((text) => words(text) <= FACT_WORDS && !/[.!?]\s+\p{Lu}/u.test(text))) {
    for (let at = facts; at < texts.length; at++) if (!fixed[at]) roles[at] = 'drop'
    notesFrom = Math.min(notesFrom, facts)
  }
  // After an end marker or a notes heading: closing lines go, the rest is notes.
  for (let at = notesFrom + 1; at < texts.length; at++) {
    if (fixed[at] || roles[at]) continue
    roles[at] = isClosingLine(texts[at]) || (roles[at - 1] === 'drop' && isNameLine(texts[at]) && !isNotesHeading(texts[at - 1]) && !isEndMarker(texts[at - 1])) ? 'drop' : 'notes'
  }
  // A run of closing lines at the end of the text (before any notes), with the names under them.
  let end = notesFrom
  while (end > first && fixed[end - 1]) end--
  let start = end
  for (let at = end - 1; at >= first && !fixed[at]; at--) {
    const text = texts[at]
    if (isClosingLine(text)) start = at
    else if (!isNameLine(text)) break
  }
  for (let at = start; at < end; at++) if (!fixed[at]) roles[at] = 'drop'
  return roles
}

/**
 * Set a document's tail aside before its points are read: end markers (`###`, `-30-`, `- FIN -`),
 * contact lines (`Media contact: …`, `Contact presse : …`, a line of telephone numbers and
 * addresses), signatures (`Done at …`, `Fait à …, le …`, `Pour le Conseil, le Président` and the name
 * under it) are dropped; notes to editors are kept in `file.data.tail.notes`, which
 * `notesToContext` adds to the context: background, never a point or the outlook. Their figures
 * (and those of `About …` boilerplate, not of footnotes) are key figures: `extractFigures` reads
 * `file.data.tail.editorNotes` after the text.
 */
const setAsideTail: Plugin<[], Root> = function () {
  return function (tree, file) {
    const paragraphs = paragraphsOf(tree)
    paragraphs.forEach(dropLoneEmoji)
    const texts = paragraphs.map((paragraph) => normaliseSpace(textOf(paragraph)))
    const fixed = paragraphs.map((paragraph) => paragraph.data?.role === 'header' || paragraph.data?.role === 'dateline')
    const roles = tailRoles(texts, fixed)
    // A footnote (`¹ …`, `[2] …`, at the foot of a pasted page) is background, wherever it stands.
    paragraphs.forEach((paragraph, at) => {
      if (paragraph.data?.footnote && !fixed[at]) roles[at] = 'notes'
      // a chat's conversation around the readout it carries (see `chat-export.ts`) is background too, its figures key figures
      if (paragraph.data?.chatAside && !fixed[at]) roles[at] = 'notes'
    })
    // `--` / `Harriet Lomax` / `Secretary, …` / an address: a mail's signature under its delimiter closes the text (numbered52)
    for (const at of signatureBlock(paragraphs.map((paragraph) => textOf(paragraph)), texts)) if (!fixed[at]) roles[at] = 'drop'
    // `(1) Le répertoire ne concerne pas …`, `* Figures for 2025 are provisional.`, `※ A hallmark is …` closing the text: notes marked as a page marks them, background.
    for (const at of footNotes(paragraphs, texts, roles)) if (!fixed[at]) roles[at] = 'notes'
    const tail: Tail = {notes: [], editorNotes: [], dropped: []}
    const aside = new Set<Paragraph>()
    paragraphs.forEach((paragraph, at) => {
      if (!roles[at]) return
      ;(roles[at] === 'notes' ? tail.notes : tail.dropped).push(texts[at])
      if (roles[at] === 'notes' && !paragraph.data?.footnote) tail.editorNotes.push(texts[at])
      aside.add(paragraph)
    })
    file.data.tail = tail
    if (aside.size) tree.children = tree.children.filter((node) => node.type !== 'paragraph' || !aside.has(node))
  }
}
export default setAsideTail

/** A mail's signature delimiter on a line of its own (`-- `, as RFC 3676 writes it, or `--`). */
const SIGNATURE_DELIMITER = /^--[ \t\u00A0]?$/u
/** Most lines of a signature under its delimiter (a name, a role, a body, an address, a telephone, a link). */
const SIGNATURE_LINES = 8
/** Most characters of a line of a signature. */
const SIGNATURE_LINE_CHARS = 90

/**
 * The paragraphs of a mail's signature: from the paragraph whose first line is the delimiter (`--`) to the end, when it is in the last
 * paragraphs and what stands under it is a few short lines with no sentence (`Harriet Lomax` / `Secretary, Avon Mill Weirs Trust` /
 * `14 Station Road, …`), with the sender's name signed alone on the line over it (`Harriet`). A `--` over a sentence is no signature.
 * @param raws the paragraphs' texts as written (their lines)
 * @param texts the same, spaces normalised
 */
export function signatureBlock(raws: string[], texts: string[]): number[] {
  const at = raws.findLastIndex((raw) => SIGNATURE_DELIMITER.test(raw.split('\n', 1)[0].trim()))
  if (at < 2) return []
  const lines = raws.slice(at).flatMap((raw) => raw.split('\n')).map((line) => line.trim()).filter(Boolean).slice(1)
  if (lines.length > SIGNATURE_LINES || lines.some((line) => line.length > SIGNATURE_LINE_CHARS || /[.!?]\s+\p{Lu}/u.test(line))) return []
  const block = raws.map((_, index) => index).slice(at)
  // (the name signed over the delimiter, `Harriet`: one or two words, no sentence)
  if (words(texts[at - 1]) <= 2 && isNameLine(texts[at - 1])) block.unshift(at - 1)
  return block
}

/** Most notes marked at a text's foot. */
const MAX_FOOT_NOTES = 3
/** A note's mark that opens its line: a reference mark (`※`, `†`, `‡`), a number or a star in brackets (`(1)`, `(*)`); a plain star is a list's bullet. */
const NOTE_MARK = /^(?:[※†‡]|\((?:\d{1,2}|\*{1,3})\))$/u
/** The same mark left in a paragraph's text (`※ A hallmark is …`, a line the parser read as no bullet). */
const NOTE_OPENING = /^(?:[※†‡]|\((?:\d{1,2}|\*{1,3})\))\s*\S/u

/**
 * The notes at the foot of a text, marked as a page marks them (`(1) …`, `* …`, `※ …`, `† …`): from the last paragraph up, each one
 * opens on a note's mark, below the text's last paragraph that is not one; a star or a number in brackets marks a note only
 * when the paragraph above the run is no item of a list marked the same way (then it is that list's last item).
 * @param paragraphs the paragraphs
 * @param texts their texts, spaces normalised
 * @param roles the tail's roles already found (lines dropped or notes are passed over)
 * @returns the indexes of the notes
 */
function footNotes(paragraphs: Paragraph[], texts: string[], roles: Array<'drop' | 'notes' | undefined>): number[] {
  const marked = (at: number) => {
    const marker = paragraphs[at].data?.bullet?.marker
    return marker === undefined ? NOTE_OPENING.test(texts[at]) : NOTE_MARK.test(marker)
  }
  const found: number[] = []
  let at = paragraphs.length - 1
  for (; at >= 2; at--) {
    if (roles[at]) continue
    if (!marked(at)) break
    found.push(at)
  }
  if (!found.length) return found
  // (`(3) …` under `(1) …` and `(2) …` items, `* …` under `* …` bullets: the last items of a list, not notes)
  const above = paragraphs[at]?.data?.bullet?.marker
  const kind = (marker: string | undefined) => marker === undefined ? undefined : /^\(\d/u.test(marker) ? 'number' : /^\*|^\(\*/u.test(marker) ? 'star' : marker
  const lowest = paragraphs[found.at(-1)!].data?.bullet?.marker
  if (above !== undefined && lowest !== undefined && kind(above) === kind(lowest) && !/^[※†‡]$/u.test(lowest)) return []
  // (`decided:` over `(1) to adopt …`, `(2) to train …`: a lead-in's items, and a note is a sentence of its own, never one that goes on in lower case)
  if (/:\s*$/u.test(texts[at] ?? '')) return []
  // (nor one that ends as a list's item does, `(2) Commit to fit a radio on every ferry by 2028;`)
  if (found.some((index) => /^\p{Ll}/u.test(texts[index].replace(/^(?:[※†‡]|\((?:\d{1,2}|\*{1,3})\))\s*/u, '')) || /[;,]\s*$/u.test(texts[index]))) return []
  // (a page's notes are few, and numbered from the first: `(4) …` to `(9) …` closing a text numbered so are its paragraphs)
  const numbered = found.map((index) => paragraphs[index].data?.bullet?.marker ?? /^\(\d{1,2}\)/u.exec(texts[index])?.[0]).filter((marker) => marker && /^\(\d/u.test(marker))
  if (found.length > MAX_FOOT_NOTES || (numbered.length && numbered.at(-1) !== '(1)')) return []
  return found
}

/** Add the notes to editors set aside by `setAsideTail` to the end of the context. */
export const notesToContext: Plugin<[], Root> = function () {
  return function (_tree, file) {
    const notes = file.data.tail?.notes ?? []
    if (notes.length) readoutOf(file).context.push(...notes)
  }
}
