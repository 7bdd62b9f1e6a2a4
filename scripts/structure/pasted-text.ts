import {ENGLISH_PASTED} from './english.js'
import {FRENCH_PASTED} from './french.js'

/**
 * What pasting brings along with a readout, and how the plain-text parser undoes it: text copied
 * from a PDF (lines wrapped mid-sentence, words hyphenated across lines, page numbers, running
 * headers and footers, footnote markers), from Word or Outlook (invisible characters, a forwarded
 * message's headers, a sign-off, a disclaimer) and from a web page (buttons, breadcrumbs, a date
 * line, related links). Lines are dropped or joined, never rewritten, so every position the parser
 * records still points into the source as the user pasted it.
 */

/** The patterns of every language the reader knows: a page in one language often carries chrome in another. */
const PASTED = [ENGLISH_PASTED, FRENCH_PASTED]
const matches = (key: keyof typeof ENGLISH_PASTED, text: string) => text.length <= 300 && PASTED.some((words) => words[key].test(text))

/**
 * Word joiners, soft hyphens and a BOM inside the text: invisible, never meant. A zero-width space is
 * read as a space (`normaliseSpace`), and zero-width joiners stay: emoji are made with them.
 */
const INVISIBLE = /[\u2060\u00AD\uFEFF]/g
/** A footnote marker after a word or a sentence: `regime.¹`, `2026.[2]`, `partners²`. */
const FOOTNOTE_MARKER = /(?<=[\p{L}\p{N}.,;:!?)”"»’'])(?:[¹²³⁴-⁹⁰]+|\[\d{1,2}\])(?=[\s.,;:!?)”"»]|$)/gu
/** A footnote at the foot of the text: `¹ The regime …`, `[2] The four centres …`. */
const FOOTNOTE_LINE = /^\s*(?:[¹²³⁴-⁹⁰]+|\[\d{1,2}\])\s*\S/u
/** A page number alone on its line: `Page 2 of 5`, `Page 2/5`, `Page 2 sur 5`, `p. 3`, `- 3 -`, `— 3 —`, `3/5`, `12`. */
const PAGE_NUMBER = /^\s*(?:(?:page|p\.|pg\.?)\s*\d{1,3}(?:\s*(?:of|sur|de|\/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3})\s*$/iu
/** A running footer or header that ends on its page number after a wide gap: `Council – Summary      Page 1/2`. */
const RUNNING_WITH_PAGE = /\S(?:\s{3,}|\t+)(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*(?:of|sur|de|\/)\s*\d{1,3})?\s*$/iu
/** A breadcrumb trail: `Home > News > Press releases`, `Accueil / Actualités / Communiqués`, `Home › News`. */
const BREADCRUMB = /^\s*[^\s>›»/|.!?][^>›»/|.!?]{0,40}(?:\s[>›»/|]\s[^>›»/|.!?]{1,40}){2,6}\s*$/u
/** The end of a sentence, a list's lead-in or a clause: a line ending so is not wrapped mid-sentence. */
const LINE_END = /[.!?:;…]["'”’»)\]]*$|[”»]$/u

/**
 * A line with what is invisible and the footnote markers taken out.
 * @param line one line of the source
 * @returns the line as a reader should see it
 */
export function cleanPastedLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(FOOTNOTE_MARKER, '')
}

/**
 * Whether a line is a footnote at the foot of the text (`¹ The regime replaces …`, `[2] …`).
 * @param line one line of the source
 */
export function isFootnoteLine(line: string): boolean {
  return FOOTNOTE_LINE.test(line)
}

/**
 * Whether a line is only a page's furniture: a page number, a running footer ending on one, a web
 * page's buttons, breadcrumbs or date line.
 * @param line one line of the source
 */
export function isPageFurniture(line: string): boolean {
  const text = line.replace(INVISIBLE, '').trim()
  if (text === '') return false
  return PAGE_NUMBER.test(text) || RUNNING_WITH_PAGE.test(line.trimEnd()) || BREADCRUMB.test(text) || matches('chrome', text) || matches('dateLine', text)
}

/**
 * Which lines of a pasted text are not the readout: page furniture (see `isPageFurniture`), a
 * running header (a line of the title block repeated further down), a forwarded e-mail's marker
 * and header fields, a disclaimer, and everything after a sign-off (`Kind regards,`) or a list of
 * related pages (`Related content`) near the end.
 * @param lines the document's lines
 * @returns the indexes of the lines to drop
 */
export function pastedNoise(lines: string[]): Set<number> {
  const drop = new Set<number>()
  const texts = lines.map((line) => line.replace(INVISIBLE, '').trim())
  const filled = texts.flatMap((text, at) => (text ? [at] : []))
  // A forwarded message's marker and the header fields under it; header fields opening the text.
  for (let k = 0; k < filled.length; k++) {
    const at = filled[k]
    const opensHeaders = matches('forwarded', texts[at]) || (k === 0 && matches('mailHeader', texts[at]))
    if (!opensHeaders) continue
    if (matches('forwarded', texts[at])) drop.add(at)
    for (let next = matches('forwarded', texts[at]) ? k + 1 : k; next < filled.length && matches('mailHeader', texts[filled[next]]); next++) drop.add(filled[next])
  }
  for (const at of filled) if (isPageFurniture(lines[at]) || matches('disclaimer', texts[at])) drop.add(at)
  // A running header: one of the first three lines of text, met again after the text has begun.
  const top = filled.filter((at) => !drop.has(at)).slice(0, 3)
  for (const at of filled) {
    if (at <= top[top.length - 1] || drop.has(at)) continue
    if (top.some((first) => texts[first] === texts[at] && texts[at].length >= 12)) drop.add(at)
  }
  // Everything after a sign-off or a related-pages heading in the last lines.
  const last = filled.slice(-15)
  const cut = last.find((at) => matches('signOff', texts[at]) || matches('related', texts[at]))
  if (cut !== undefined) for (const at of filled) if (at >= cut) drop.add(at)
  return drop
}

/**
 * Whether a line carries on the sentence of the line before it, as text copied from a PDF does
 * when its lines were wrapped: the line before does not end a sentence, a clause or a list's
 * lead-in, and this one starts with a small letter, or the one before ends on a word no sentence
 * ends on (`… the` / `Chair said.`, `… de` / `Libreville`).
 * @param previous the line before, as the reader sees it
 * @param line this line, without any bullet (a bullet line never carries on)
 */
export function carriesOn(previous: string, line: string): boolean {
  const before = previous.trimEnd()
  const text = line.trimStart()
  if (before === '' || text === '' || LINE_END.test(before)) return false
  return /^\p{Ll}/u.test(text) || (/^[\p{L}\p{N}“"«‘€$£]/u.test(text) && matches('openEnd', before.slice(-12)))
}

/**
 * Two wrapped lines as one: a word split by a hyphen at the line's end is whole again
 * (`imple-` / `mentation` → `implementation`), other lines are joined by a space. A hyphen the word
 * has of its own stays (`long-` / `term` → `long-term`): the document says which, by writing the word
 * elsewhere with its hyphen or without it, or else by writing both parts as words of their own.
 * @param previous the text so far
 * @param line the line that carries it on
 * @param document the whole text, where the word is looked for (none: the hyphen goes)
 * @returns the joined text
 */
export function joinWrapped(previous: string, line: string, document = ''): string {
  const before = previous.trimEnd()
  const text = line.trim()
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(text)) {
    return ownHyphen(before.match(/[\p{L}\p{M}]+-$/u)![0].slice(0, -1), text.match(/^[\p{L}\p{M}]+/u)![0], document) ? before + text : before.slice(0, -1) + text
  }
  return `${before} ${text}`
}

/** Whether the document writes `first-second` with its hyphen, rather than as one word split at a line's end. */
function ownHyphen(first: string, second: string, document: string): boolean {
  if (!document) return false
  const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [])
  const words = wordsOf(document)
  const a = first.toLowerCase()
  const b = second.toLowerCase()
  if (words.has(`${a}-${b}`)) return true
  if (words.has(a + b)) return false
  // both halves are words the text uses on their own (`long`, `term`); `imple` and `mentation` are not.
  // A half counts only where no line split puts it: not before a hyphen that ends a line, not opening a line.
  return wordsOf(document.replace(/[\p{L}\p{M}]+-[ \t]*$/gmu, ' ')).has(a) && wordsOf(document.replace(/^[ \t]*[\p{L}\p{M}]+/gmu, ' ')).has(b)
}

/** A word, with the apostrophes and hyphens inside it. */
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu

/**
 * A heading typed in capitals (`EARLY WARNING`, as Word documents set them) written in sentence
 * case: each word as the text writes it elsewhere, in lower case when it is ever written so (a name
 * the text only capitalises keeps its capital, an acronym the text also writes in capitals stays),
 * the first word capitalised. A heading with small letters is returned as it is.
 * @param heading the heading line's text
 * @param text the whole document
 * @returns the heading as a title
 */
export function headingCase(heading: string, text: string): string {
  const letters = heading.replace(/[^\p{L}]/gu, '')
  if (letters.length < 4 || letters !== letters.toUpperCase()) return heading
  const seen = new Map<string, Set<string>>()
  for (const line of text.split('\n')) {
    const lineLetters = line.replace(/[^\p{L}]/gu, '')
    if (!lineLetters || lineLetters === lineLetters.toUpperCase()) continue
    for (const word of line.match(WORD) ?? []) {
      const key = word.toLowerCase()
      if (!seen.has(key)) seen.set(key, new Set())
      seen.get(key)!.add(word)
    }
  }
  return heading.replace(WORD, (word, offset: number) => {
    const forms = seen.get(word.toLowerCase())
    const lower = word.toLowerCase()
    let written = lower
    if (forms && !forms.has(lower)) written = forms.has(word) ? word : [...forms][0]
    return offset === 0 ? written.replace(/^\p{L}/u, (c) => c.toUpperCase()) : written
  })
}
