/** Small text helpers shared by the recognisers. */

/** Collapse runs of whitespace (tabs, non-breaking spaces) to one space and trim. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ').trim()
}

/** A span of a paragraph: its text and where it starts in the paragraph. */
export interface Span {
  text: string
  start: number
}

const abbreviation = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|vs|etc|e\.g|i\.e|approx|Gen|Col|Lt|Sgt|Rev|Hon|Amb)|\b[A-Z](?:\.[A-Z])*)\.$/

/**
 * Split a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing
 * quote or bracket) followed by a space; common abbreviations and initials do not end one.
 * @param paragraph the text
 * @returns the sentences with their start offsets
 */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = []
  const end = /[.!?…。！？]["'”’)\]]*(?=\s+|$)/g
  let start = 0
  let match
  while ((match = end.exec(paragraph))) {
    const stop = match.index + match[0].length
    const candidate = paragraph.slice(start, stop)
    if (match[0].startsWith('.') && abbreviation.test(paragraph.slice(start, match.index + 1))) continue
    if (candidate.trim()) spans.push({text: candidate.trim(), start: start + candidate.length - candidate.trimStart().length})
    start = stop
  }
  const rest = paragraph.slice(start)
  if (rest.trim()) spans.push({text: rest.trim(), start: start + rest.length - rest.trimStart().length})
  return spans
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
