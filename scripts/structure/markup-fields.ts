/**
 * A document written in reStructuredText or AsciiDoc and pasted as its source: its field list or attributes (`:Date: 2026-05-09`,
 * `:Location: Chester`, AsciiDoc's `:revdate: 9 May 2026`) are read as a fact box's lines without the colon that opens them (`Date:
 * 2026-05-09`), and its directives (`.. contents:: On this page`, `.. note::`, `.. epigraph::`, with their options under them,
 * `   :local:`), its link targets (`.. _Dee: https://…`) and its comments (`.. a comment`, AsciiDoc's `// …`) are the markup's, not the
 * document's words: those lines are dropped (what a directive holds, indented under it, is read as text). Read only in a text that
 * shows the markup: two field lines in a row, or a directive. Lines are dropped, never rewritten: every position still points into
 * the source.
 */

/** A field of a field list or an attribute: a colon, its name, a colon, its value (`:Date: 2026-05-09`, `:revdate: …`). */
const FIELD_LINE = /^:([\p{L}][\p{L}\p{N} _-]{0,30}):[ \t]+(?=\S)/u
/** An option of the directive above it, indented (`   :local:`, `   :depth: 1`). */
const OPTION_LINE = /^[ \t]+:[\p{L}][\p{L}\p{N}_-]{0,30}:(?:[ \t]+\S.*)?$/u
/** A directive (`.. note::`, `.. contents:: On this page`, `.. image:: map.png`), a link target (`.. _Dee: https://…`, `__ https://…`) or a substitution. */
const DIRECTIVE = /^\.\.[ \t]+(?:[\p{L}][\p{L}\p{N}_:-]{0,30}::(?:[ \t].*)?|_[^:\n]{1,80}:[ \t]*\S*|\|[^|\n]{1,40}\|[ \t]+[\p{L}-]{1,30}::.*)$|^__[ \t]+\S+$/u
/** A comment: reST's `..` and words that are no directive, AsciiDoc's `//` (not `///`); read only where the markup shows. */
const COMMENT = /^(?:\.\.(?:[ \t]+(?![\p{L}][\p{L}\p{N}_-]*::)(?!_)\S.*)?|\/\/(?!\/)(?:[ \t].*)?)$/u

/** How a reST or AsciiDoc source is read (`markupFields`). */
export interface MarkupFields {
  /** The markup's lines: directives, their options, link targets, comments. */
  drop: Set<number>
  /** The field lines, each with the width of the colon read away (1). */
  label: Map<number, number>
}

/**
 * The lines of a reST or AsciiDoc source that are its markup, and its field lines.
 * @param lines the document's lines
 * @returns the lines to set aside and the field lines
 */
export function markupFields(lines: string[]): MarkupFields {
  const drop = new Set<number>()
  const label = new Map<number, number>()
  const fields = lines.flatMap((line, at) => (line.length <= 500 && FIELD_LINE.test(line) ? [at] : []))
  const isField = new Set(fields)
  const paired = fields.filter((at) => isField.has(at - 1) || isField.has(at + 1))
  const directives = lines.flatMap((line, at) => (line.length <= 500 && DIRECTIVE.test(line) ? [at] : []))
  if (paired.length === 0 && directives.length === 0) return {drop, label}
  for (const at of paired) label.set(at, 1)
  for (const at of directives) {
    drop.add(at)
    for (let next = at + 1; next < lines.length && OPTION_LINE.test(lines[next]); next++) drop.add(next)
  }
  lines.forEach((line, at) => {
    if (line.length <= 500 && COMMENT.test(line)) drop.add(at)
  })
  return {drop, label}
}
