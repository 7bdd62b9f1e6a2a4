/**
 * The marks a line keeps when a readout is pasted from a Markdown editor or a web page's source:
 * a heading's hashes (`# Chair's Summary`, `## Next steps`) and emphasis around the whole line
 * (`**Conférence ministérielle …**`, `__Title__`, `*Title*`). The source is plain text (nothing
 * in it is read as Markdown), but such a mark around a whole line is no part of what the line says.
 */

/** A heading's hashes at the start of a line, one to six, and a space: `# Title`, `### Part`. */
const HEADING_HASHES = /^#{1,6}[ \t\u00A0]+(?=\S)/u
/** Emphasis that wraps a whole line: `**…**`, `__…__`, `*…*`, `_…_` (the same mark at both ends, none inside). */
const WRAPPING_EMPHASIS = /^(\*\*|__|\*|_)(?![\s*_])([^*_]*[^\s*_])\1$/u

/**
 * A line without the Markdown marks that wrap or open the whole of it.
 * @param line one line of the source, its spaces normalised
 * @returns the line as its words say it: `# Chair's Summary` → `Chair's Summary`; a line with no such mark is returned as is
 */
export function withoutLineMarks(line: string): string {
  const unheaded = line.replace(HEADING_HASHES, '')
  return unheaded.replace(WRAPPING_EMPHASIS, '$2')
}
