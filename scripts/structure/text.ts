/** Small text helpers shared by the recognisers. */
import {ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS} from './english.js'

/** Collapse runs of whitespace (tabs, non-breaking spaces) to one space and trim. */
export function normaliseSpace(text: string): string {
  // Most text has single spaces only: skip the replace, which builds a new string piece by piece (slow on 2 MB of `a b c`).
  if (!/[^\S ]| {2}|\u200B/.test(text)) return text.trim()
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ').trim()
}

/** A span of a paragraph: its text and where it starts in the paragraph. */
export interface Span {
  text: string
  start: number
}

/**
 * Split a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing
 * quote or bracket) followed by a space and a word that can start a sentence. Abbreviations
 * (`Dr.`, `e.g.`, `approx.`), initials (`J. R. Smith`), decimals and ellipses do not end one;
 * `D.C.`, `U.S.`, `etc.` end one only when a sentence plainly starts after them (`… in
 * Washington, D.C. The ministers …`). Every test looks at a few characters around the mark, so
 * the time is linear in the length of the paragraph.
 * @param paragraph the text
 * @returns the sentences with their start offsets (the text keeps its final punctuation)
 */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = []
  // a closing guillemet after its space (`privilège. »`) stays with its sentence
  const end = /[.!?…。！？]+(?:["'”’)\]]|[ \u00A0\u202F]?»)*(?=\s|$)/g
  const firstWord = paragraph.search(/\S/)
  let start = 0
  let match
  while ((match = end.exec(paragraph))) {
    const stop = match.index + match[0].length
    if (!endsSentence(paragraph, match.index, match[0], stop, firstWord)) continue
    const candidate = paragraph.slice(start, stop)
    if (candidate.trim()) spans.push({text: candidate.trim(), start: start + candidate.length - candidate.trimStart().length})
    start = stop
  }
  const rest = paragraph.slice(start)
  if (rest.trim()) spans.push({text: rest.trim(), start: start + rest.length - rest.trimStart().length})
  return spans
}

const NEXT_WORD = /\s+["'“‘(\[]*([^\s"'“”‘’()[\]]*)/y
const OPENING = new Set(['"', "'", '“', '‘', '(', '['])

/** Whether the mark at `at` ends a sentence, judged from the word before it and the word after. */
function endsSentence(text: string, at: number, mark: string, stop: number, firstWord: number): boolean {
  if (stop >= text.length) return true
  NEXT_WORD.lastIndex = stop
  const next = NEXT_WORD.exec(text)?.[1]
  if (next === undefined) return true
  if (!next || /^[\p{Ll}\d,;:]/u.test(next)) return false
  if (mark.charAt(0) === '…' || mark.startsWith('...')) return /^\p{Lu}/u.test(next) && SENTENCE_STARTERS.has(next.toLowerCase())
  if (mark.charAt(0) !== '.') return true
  let from = at
  while (from > 0 && at - from < 24 && text.charCodeAt(from - 1) > 32 && text.charCodeAt(from - 1) !== 0xa0) from--
  while (from < at && OPENING.has(text.charAt(from))) from++
  const word = text.slice(from, at)
  // a paragraph's own number (`1. Ministers …`, `iv. …`) is a marker, not a sentence
  if (from === firstWord && /^(?:\d{1,3}|[ivxlc]{1,6}|[a-z])$/i.test(word)) return false
  // One letter before the mark: an initial (`J. R. Smith`, `Plan B.`), a sentence end only before a plain sentence start.
  if (word.length === 1) return /\p{Lu}/u.test(word) ? SENTENCE_STARTERS.has(next.toLowerCase()) : true
  const lower = word.toLowerCase()
  const starts = SENTENCE_STARTERS.has(next.toLowerCase())
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return starts
  if (ABBREVIATIONS.has(lower)) return false
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length > 1 || /^\p{Lu}$/u.test(word))) return starts
  return true
}

/**
 * Drop a trailing comma, semicolon or full stop from a name, but not the period of an
 * abbreviation: `Paris,` gives `Paris`, `Washington, D.C.` stays whole.
 * @param text a place, a name
 * @returns the text without its trailing punctuation
 */
export function trimTrailingPunctuation(text: string): string {
  const trimmed = text.replace(/[,;:]+$/, '')
  if (!trimmed.endsWith('.')) return trimmed
  const word = /(\S+)\.$/.exec(trimmed)?.[1] ?? ''
  const kept = ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)
  return kept ? trimmed : trimmed.slice(0, -1)
}

/** Join names as a reader writes them: `A`, `A and B`, `A, B and C`. */
export function joinNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Split `A, B and C` (or `A, B, and C`, `A & B`) into names. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/)
    .map((name) => name.trim())
    .filter(Boolean)
}

/** One emoji with its variation selector, skin tone or joined parts (`👋`, `👍🏽`, `🧑‍🔬`), as a pattern's source. */
export const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*`
/** Up to three emoji opening a text before its words (`🧵 Ministers …`), with the space after them. */
export const LEADING_EMOJI = new RegExp(`^(?:${EMOJI}[ \\t\\u00A0]*){1,3}[ \\t\\u00A0](?=\\S)`, 'u')
/** Up to three emoji closing a text after its words (`… for hosting! 👋`), with the space before them. */
export const TRAILING_EMOJI = new RegExp(`(?<=\\S)[ \\t\\u00A0]+(?:${EMOJI}[ \\t\\u00A0]*){1,3}$`, 'u')
