/**
 * The Markdown marks a run-in title keeps when a readout is exported from a notes app or a Markdown editor (Notion,
 * Obsidian, Google Docs' Markdown): a bold run that opens the line, after a bullet or a number if any, and ends the title
 * (`* **Water quality:** Federations …`, `- __Financement :__ Les ministres …`, `**Budget**: …`; AsciiDoc's and Textile's bold
 * and Markdown's emphasis with one mark, `* *Budget*: …`, `- _Financement_ : …`). They are markup, no part
 * of what the line says: the line is read with the words inside them (`Water quality: Federations …`, a run-in title as
 * any other). Every other `*`, `_`, `[…](…)` in a line stays a literal character, as the README promises (a source is
 * plain text, not Markdown); emphasis that wraps the whole line (`**Accès au crédit**`) is left to `markup-marks.ts`,
 * which reads such a line as a heading.
 */

/**
 * A bold run that opens a line (after its bullet or number) and ends a run-in title: the marks, `**` or `__` (group 2),
 * around words on one line (group 3), then a colon inside or right after them and more text. A single `*` or `_` is the same
 * mark in other lightweight markups (AsciiDoc's and Textile's bold `*Budget*:`, Markdown's and reST's emphasis `_Budget_:`).
 */
const RUN_IN_STRONG = /^([ \t]*(?:[-*+•▪–][ \t]+|\(?\d{1,3}[.)][ \t]+)?)(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]{1,160}?[^\s*_\\])\2(?=[ \t\u00A0]*[:：]?[ \t\u00A0]+\S)/u

/**
 * A line without the bold marks of the run-in title it opens on.
 * @param line one line of the source
 * @returns the line as its words say it; any other mark stays, and a line that one mark wraps whole (`**Budget**`, a heading) keeps it
 */
export function withoutInlineMarkup(line: string): string {
  if (!line.includes('*') && !line.includes('_')) return line
  const found = RUN_IN_STRONG.exec(line)
  // (a run-in title: a colon ends the words inside the marks, or follows them)
  if (!found || !(/[:：]$/u.test(found[3]) || /^[ \t\u00A0]*[:：]/u.test(line.slice(found[0].length)))) return line
  return found[1] + found[3] + line.slice(found[0].length)
}
