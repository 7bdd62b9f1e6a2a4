import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {NAME_LINK_WORDS} from './english.js'
import {FRENCH_NAME_LINK_WORDS} from './french.js'
import {BULLET_SYMBOLS} from './parse-plain-text.js'
import {paragraphsOf, textOf} from './state.js'

/**
 * A sub-item of a numbered paragraph or a bullet, as communiqués write them: a letter or a roman
 * numeral in brackets or before `)` or `.` (`(a)`, `b)`, `c.`, `(iv)`, `ii)`), or a dash or a
 * bullet symbol under a numbered paragraph.
 */
const LETTER = '(?:[a-z]|[ivx]{1,4})'
/** A sub-item's marker as written: `(a)`, `b)`, `c.`, `(iv)`. */
const SUB_MARKER = `(?:\\(${LETTER}\\)|${LETTER}[.)])`
const LETTERED = new RegExp(`^${SUB_MARKER}\\s+\\S`)
/** A lettered marker the parser took as a bullet's (`b)`, `c.`, `(iv)`). */
const LETTER_BULLET = new RegExp(`^${SUB_MARKER}$`)
/** A symbol's marker, a dash's, or the letter `o` that Word types for a list's second level (`o` and a tab). */
const SYMBOL = new RegExp(`^(?:[${BULLET_SYMBOLS}–—]|o)$`, 'u')
/** The paragraph ends on a colon that announces a list (`Ministers agreed to:`, `ont décidé :`). */
const ANNOUNCES_LIST = /:\s*$/

/**
 * Join the sub-items of a list paragraph to it: a numbered paragraph or a bullet whose text ends
 * on a colon (“3. Ministers agreed to:”) and the lettered lines under it (“(a) dredge …;”,
 * “(b) publish …;”) are one paragraph, as the numbered paragraph is the unit of a communiqué.
 * Without this, the lines would be a `Title:` with nothing after its colon, and the lettered
 * lines text of their own. Only a paragraph that ends on its colon is joined, so a text that was
 * read before reads the same.
 */
const joinSubItems: Plugin<[], Root> = function () {
  return function (tree) {
    const paragraphs = paragraphsOf(tree)
    const joined = new Set<Paragraph>()
    for (let index = 0; index < paragraphs.length; index++) {
      const head = paragraphs[index]
      const marker = head.data?.bullet?.marker
      if (marker === undefined || !ANNOUNCES_LIST.test(textOf(head))) continue
      const items: Paragraph[] = []
      for (let next = index + 1; next < paragraphs.length && isSubItem(paragraphs[next], marker); next++) items.push(paragraphs[next])
      if (items.length === 0) continue
      if (listsWholeSentences(textOf(head), items)) {
        // (its colon is no `Title:` colon; the lead-in is context, each item read on its own)
        head.data = {...head.data, bullet: {marker, listColon: textOf(head).trimEnd().length - 1, leadsList: true}}
        index += items.length
        continue
      }
      const text = head.children[0]
      if (text?.type !== 'text') continue
      const intro = text.value.trimEnd()
      head.data = {...head.data, bullet: {marker, listColon: intro.length - 1}}
      text.value = [intro, ...items.map(wholeLine)].join(' ')
      const end = items[items.length - 1].position!.end
      text.position = {start: text.position!.start, end}
      head.position = {start: head.position!.start, end}
      for (const item of items) joined.add(item)
      index += items.length
    }
    // a text that parts every paragraph from the next by blank lines parts a list's lines so too: `apart`, the fewest lines from one paragraph's end to the next one's start
    const apart = paragraphs.slice(1).reduce((fewest, paragraph, k) => Math.max(1, Math.min(fewest, paragraph.position!.start.line - paragraphs[k].position!.end.line)), Infinity)
    for (let index = 0; index < paragraphs.length; index++) {
      const head = paragraphs[index]
      if (joined.has(head) || head.data?.bullet || !ANNOUNCES_LIST.test(textOf(head))) continue
      const items: Paragraph[] = []
      // (the first may stand a blank line under the lead-in, whose colon announces it)
      for (let next = index + 1; next < paragraphs.length && isNamedLine(paragraphs[next], items.at(-1) ?? head, items.length === 0 ? Math.max(apart, 2) : apart); next++) items.push(paragraphs[next])
      if (items.length < 2) continue
      joinLines(head, items)
      for (const item of items) joined.add(item)
      index += items.length
    }
    if (joined.size > 0) tree.children = tree.children.filter((node) => !joined.has(node as Paragraph))
  }
}
export default joinSubItems

/** A line of a list typed without markers that opens on a name and a colon (`Canada: C$40 million for …`, `Japon : 3 milliards de yens`). */
const NAMED_LINE = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:${[...NAME_LINK_WORDS, ...FRENCH_NAME_LINK_WORDS].join('|')}|\\p{Lu}[\\p{L}'’.-]*)){0,4}\\s?:\\s+\\S`, 'u')

/**
 * Whether a paragraph is a line of a list typed without markers right under the line before it
 * (no blank line between; as many as the text puts between any two of its paragraphs) that opens on a name and
 * a colon, as pledges are listed by country (`Members announced the following contributions:` / `Canada: …` / `Japan: …`).
 */
function isNamedLine(paragraph: Paragraph, before: Paragraph, apart: number): boolean {
  return !paragraph.data?.bullet && !paragraph.data?.role && paragraph.position!.start.line - before.position!.end.line <= apart && NAMED_LINE.test(textOf(paragraph))
}

/** Join lines to the paragraph that announces them, each as written. */
function joinLines(head: Paragraph, items: Paragraph[]): void {
  const text = head.children[0]
  if (text?.type !== 'text') return
  text.value = [text.value.trimEnd(), ...items.map((item) => textOf(item).trim())].join(' ')
  const end = items[items.length - 1].position!.end
  text.position = {start: text.position!.start, end}
  head.position = {start: head.position!.start, end}
}

/** A lead-in that announces the list under it (`… adopted the following measures, which …:`, `… as follows:`, `… les mesures suivantes :`). */
const ANNOUNCED = /\b(?:the\s+following|as\s+follows)\b|(?<!\p{L})(?:suivant(?:e|es|s)|ci-apr[èe]s|comme\s+suit)(?!\p{L})/iu
/** A bulleted item that is a whole sentence of its own: a capital first, a full stop last (`• A closed season of …, each year.`). */
const WHOLE_SENTENCE = /^[\p{Lu}\p{N}].*[.!?]["”»]?$/su

/**
 * Whether a numbered paragraph's bulleted items are each a decision of its own, not the end of its sentence:
 * its lead-in announces them (`7. The Commission adopted the following measures:`) and every item (two or more,
 * bulleted with a symbol) is a whole sentence (`• A closed season of seventy-two days ….`). Such items are read
 * one by one, as a list under a lead-in is (`- coverage of …;` / `- …;` stays joined: its items end the lead-in's sentence).
 */
function listsWholeSentences(leadIn: string, items: Paragraph[]): boolean {
  return items.length >= 2 && ANNOUNCED.test(leadIn) && items.every((item) => SYMBOL.test(item.data?.bullet?.marker ?? '') && WHOLE_SENTENCE.test(textOf(item).trim()))
}

/** Whether a paragraph is a sub-item under a list paragraph whose own marker is `marker`. */
function isSubItem(paragraph: Paragraph, marker: string): boolean {
  const own = paragraph.data?.bullet?.marker
  if (own === undefined) return LETTERED.test(textOf(paragraph))
  if (LETTER_BULLET.test(own)) return !LETTER_BULLET.test(marker)
  // a dash or a symbol under a numbered paragraph (not under another dash: that is the next bullet)
  return SYMBOL.test(own) && /^\(?\d/.test(marker)
}

/** A sub-item's line as written, with its letter (`(a) dredge …`, `b) publish …`). */
function wholeLine(paragraph: Paragraph): string {
  const marker = paragraph.data?.bullet?.marker
  const text = textOf(paragraph).trim()
  return marker === undefined || SYMBOL.test(marker) ? text : `${marker} ${text}`
}

/**
 * The words a list paragraph's title is made from: its lead-in and its first sub-item read as one
 * sentence (“Ministers agreed to dredge the shallow sections …”), as the lead-in alone
 * (“Ministers agreed to”) names nothing. Undefined for a paragraph that joined no sub-items.
 */
export function titleWordsOf(paragraph: Paragraph, text: string): string | undefined {
  const colon = paragraph.data?.bullet?.listColon
  if (colon === undefined || text[colon] !== ':') return undefined
  const first = text.slice(colon + 1).trim().replace(new RegExp(`^${SUB_MARKER}\\s+`), '')
  // the first item ends at its `;` or where the next marker stands (`(b)`, `b)`; not `b.`, which ends a sentence)
  const item = first.split(new RegExp(`\\s*;\\s|\\s+(?:\\(${LETTER}\\)|${LETTER}\\))\\s`))[0].replace(/[\s;.,]+$/, '')
  return `${text.slice(0, colon).trimEnd()} ${item}.`
}
