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
 * Speaker notes as a Marp comment. The note opens with a bracketed line, so Marpit's YAML reading
 * of comments fails and no note can ever be taken as a directive (`_class: x`), and `-->` in the
 * text cannot close the comment early.
 * @param label first line, e.g. `Pillar 1 of 3`
 * @param paragraphs the text of the notes, word for word
 * @returns the comment
 */
export function speakerNotes(label: string, paragraphs: string[]): string {
  const safe = (text: string) => text.replace(/--(?=!?>)/g, '-\u2060-').replace(/\n/g, ' ')
  return `<!--\n[${safe(label).replace(/[[\]]/g, '')}]\n\n${paragraphs.map(safe).join('\n\n')}\n-->`
}
