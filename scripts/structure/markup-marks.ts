/**
 * The marks a line keeps when a readout is pasted from a Markdown editor or a web page's source:
 * a heading's hashes (`# Chair's Summary`, `## Next steps ##`) and emphasis around the whole line
 * (`**Conférence ministérielle …**`, `__Budget__`, `*Posted on 3 May 2026*`). The source is plain
 * text (nothing else in it is read as Markdown), but such a mark around a whole line is no part of
 * what the line says. The one place that knows these marks: the parser drops them from heading
 * lines, the title block from its title line, the pasted-text rules from a web page's date line.
 */

/** The markup that opens a heading line: its indent, then one to six hashes and a space, or bold's opening (`**`, `__`); or, at the margin, AsciiDoc's equals signs and a space (`= Title`, `== Section`). */
const HEADING_START = /^(?:[ \t\u00A0]*(?:#{1,6}[ \t\u00A0]+|\*\*(?=\S)|__(?=\S))|={1,6}[ \t\u00A0]+(?=\S))/
/** Emphasis that wraps a whole line: `**…**`, `__…__`, `*…*`, `_…_` (the same mark at both ends, none inside). */
const WRAPPING_EMPHASIS = /^(\*\*|__|\*|_)(?![\s*_])([^*_]*[^\s*_])\1$/u
/** The spaces a heading's closing hashes follow. */
const SPACE = /[ \t\u00A0]/

/**
 * Where the words of a heading marked up as Markdown stand in its line (`## Diaspora bonds`,
 * `**Accès au crédit**`).
 * @param line one line of the source, as pasted
 * @returns their start and end, or undefined for a line that is no such heading (`**Note:** the fund …`,
 *   bold only in part, is text; `#1 priority`, no space after the hash, is text; `# # #`, no words, is an end marker)
 */
export function headingMarks(line: string): [number, number] | undefined {
  const opening = HEADING_START.exec(line)
  if (!opening) return undefined
  const start = opening[0].length
  let end = line.trimEnd().length
  const level = /[#=]/.exec(opening[0])?.[0]
  if (level) {
    // closing hashes after a space are markup too (`## Next steps ##`, AsciiDoc's `== Tickets ==`); read back from the end, as a
    // pattern unanchored at its start would try every space of a long run again (quadratic time)
    let hashes = end
    while (hashes > start && line[hashes - 1] === level) hashes--
    if (hashes < end && hashes > start && SPACE.test(line[hashes - 1])) {
      end = hashes
      while (SPACE.test(line[end - 1])) end--
    }
  } else {
    // bold must close at the line's end and hold no other bold (`**Note:** the fund …` is text)
    const mark = opening[0].trimStart()
    if (end - start < 3 || !line.endsWith(mark, end) || /\*\*|__/.test(line.slice(start, end - 2))) return undefined
    end -= 2
  }
  const words = line.slice(start, end)
  // `# # #` is a release's end marker, no heading: a heading has words
  return /[\p{L}\p{N}]/u.test(words) && words.trim() === words ? [start, end] : undefined
}

/** A heading as a newsletter's plain-text version writes it (Mailchimp's, Sendinblue's): `**`, a space, the words, no closing mark. */
const OPEN_STARS = /^([ \t\u00A0]*\*\*[ \t\u00A0]+)(?=[^\s*])[^*\n]{1,200}$/u
/** A rule drawn under such a heading: dashes or equals signs, ten or more. */
const UNDER_RULE = /^[ \t]*(?:-{10,}|={10,})[ \t]*$/u

/**
 * Where the words of a heading a newsletter's plain-text version marks with an opening `**` only and a rule under it stand in its line
 * (`** Dates for your diary` / `-----…`, `** ÀGENDA` / `=====…`; pages50): the marks are the export's, no word of the heading (a line `** …`
 * without the rule under it, a nested list's item in a wiki's markup, is no heading).
 * @param line one line of the source, as pasted
 * @param next the line right under it
 * @returns the words' start and end, or undefined
 */
export function ruledStarHeading(line: string, next: string | undefined): [number, number] | undefined {
  const found = next !== undefined && UNDER_RULE.test(next) ? OPEN_STARS.exec(line) : null
  return found ? [found[1].length, line.trimEnd().length] : undefined
}

/**
 * A line without the emphasis that wraps the whole of it.
 * @param line one line of the source, trimmed
 * @returns the words inside (`*Posted on 3 May 2026*` → `Posted on 3 May 2026`); a line with no such mark is returned as is
 */
export function withoutEmphasis(line: string): string {
  return line.replace(WRAPPING_EMPHASIS, '$2')
}

/**
 * A line without the Markdown marks that wrap or open the whole of it.
 * @param line one line of the source, its spaces normalised
 * @returns the line as its words say it: `# Chair's Summary` → `Chair's Summary`, `*Title*` → `Title`; a line with no such mark is returned as is
 */
export function withoutLineMarks(line: string): string {
  const heading = headingMarks(line)
  return withoutEmphasis(heading ? line.slice(...heading) : line)
}
