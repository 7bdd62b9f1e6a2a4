/** Writing source text into Marp Markdown so that it stays text: no HTML, directive, link, math or slide break. */

/**
 * Escape text for use inline in Marp Markdown: every character that could start Markdown,
 * HTML, a comment (Marp directives), math or an entity is backslash-escaped.
 * @param text plain text (one line)
 * @returns Markdown that renders as exactly that text
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#$&~|^=!]/g, '\\$&')
}

/**
 * Escape text that starts a block (a paragraph line): also the line starts that would make a
 * list, quote, heading, rule or table.
 * @param text plain text (one line)
 * @returns Markdown that renders as exactly that text
 */
export function escapeBlock(text: string): string {
  return escapeInline(text).replace(/^([-+>:])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * An invisible last line (a word joiner alone) that no YAML document can end with: Marpit reads
 * every comment as YAML and takes a comment that parses to an object as directives, so with this
 * line a note that reads `_class: x` or `theme: y` stays a note, never a directive.
 */
export const NOTE_GUARD = '\u2060'

/**
 * Speaker notes as a Marp comment: the paragraphs word for word, then `NOTE_GUARD` on a line of
 * its own so the comment never parses as directives, and `-->` in the text cannot close it early.
 * @param paragraphs the text of the notes, word for word
 * @returns the comment
 */
export function speakerNotes(paragraphs: string[]): string {
  const safe = (text: string) => text.replace(/--(?=!?>)/g, '-\u2060-').replace(/\n/g, ' ')
  return `<!--\n${paragraphs.map(safe).join('\n\n')}\n${NOTE_GUARD}\n-->`
}
