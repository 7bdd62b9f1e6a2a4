/**
 * The Markdown marks a line keeps inside it when a readout is exported from a notes app or a Markdown editor
 * (Notion, Obsidian, Google Docs' Markdown, a chat app): bold and italic runs (`**Water quality:** Federations …`,
 * `Les membres ont adopté la __charte__`, `*Posted by the secretariat*` inside a line) and links
 * (`[the full statement](https://…)`). They are markup, no part of what the line says: the line is read
 * with the words inside them (`Water quality: Federations …`, a run-in title as any other). Emphasis that wraps
 * the whole line (`**Accès au crédit**`) is left to `markup-marks.ts`, which reads such a line as a heading.
 */

/** A bold run, `**…**` or `__…__`, not inside a word (`snake__case` stays), its words on one line (group 2). */
const STRONG = /(?<![\p{L}\p{N}*_\\])(\*\*|__)(?=[^\s*_])([^*_\n]{0,300}?[^\s*_\\])\1(?![\p{L}\p{N}*_])/gu
/** An italic run, `*…*` or `_…_`, not inside a word nor a bullet's star (`* Item`: a space after it) (group 2). */
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^*_\n]{0,300}?[^\s*_\\])\1(?![\p{L}\p{N}*_])/gu
/** A Markdown link, `[words](address)` (group 1 the words); an address with no brackets nor spaces. */
const LINK = /\[([^[\]\n]{1,300})\]\((?:[a-z][a-z0-9+.-]{0,20}:|\/|#|\.{1,2}\/|www\.)[^\s()]{0,1000}\)/giu

/**
 * A line without the bold, italic and link marks inside it.
 * @param line one line of the source
 * @returns the line as its words say it; a line that one mark wraps whole (`**Budget**`, a heading) keeps it
 */
export function withoutInlineMarkup(line: string): string {
  if (!/[*_\]]/.test(line)) return line
  const trimmed = line.trim()
  const unwrap = (whole: string, _mark: string, words: string) => (whole.length === trimmed.length ? whole : words)
  return line.replace(LINK, '$1').replace(STRONG, unwrap).replace(EMPHASIS, unwrap)
}
