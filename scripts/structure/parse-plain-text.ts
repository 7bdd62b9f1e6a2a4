import type {Paragraph, Root, Text} from 'mdast'
import type {Plugin} from 'unified'

/** What the plain-text parser records on a paragraph that was a bullet line. */
export interface BulletData {
  /** The bullet as written: `-`, `•`, `1.`, `2)`, … */
  marker: string
  /**
   * Where, in the paragraph's text, the colon that announces its joined sub-items stands
   * (`3. Ministers agreed to: (a) … (b) …`): not a `Title:` colon (see `join-sub-items.ts`).
   */
  listColon?: number
}

declare module 'mdast' {
  interface ParagraphData {
    bullet?: BulletData
  }
}

/**
 * Bullet markers: dashes and symbols that word processors and web pages use, and numbers or
 * letters followed by `.` or `)`. En and em dashes count before a `Title:` colon, or when the
 * line before or after (blank lines aside) starts with the same dash (a list, as French texts
 * write them): a single line that starts with a dash is otherwise often an attribution (`— Minister`).
 */
const bulletLine = /^([ \t\u00A0]*)([-*+•·▪◦‣●○■□►➢➤✓✔]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|[A-Z]\)|[–—])[ \t\u00A0]+(?=\S)/
const lonelyBullet = /^[ \t\u00A0]*([-*+•·▪◦‣●○■□►➢➤✓✔]|\d{1,3}[.)]|\(\d{1,3}\))[ \t\u00A0]*$/
/** A line of only dashes, stars, underscores or equals signs: a separator pasted from a page, pure noise. */
const separatorLine = /^[ \t\u00A0]*(?:[-*_=~#•·–—]\s*){3,}$/
/** A line of only hashes (`###`, `# # #`): a press release's end marker, kept for `set-aside-tail.ts` to read (what follows it is background). */
const endMarkerLine = /^[ \t\u00A0]*(?:#[ \t\u00A0]*){3,}$/
const titleColon = /^[^:]*\S[^:]*:(?:\s|$)/

/**
 * Whether the nearest non-blank line before or after line `index` also starts with `dash` and a space.
 * @param lines the document's lines
 * @param index the line that starts with the dash
 * @param dash `–` or `—`
 */
function dashListAround(lines: string[], index: number, dash: string): boolean {
  const startsWithDash = (line: string | undefined) => line !== undefined && new RegExp(`^[ \\t\u00A0]*${dash}[ \\t\u00A0]+\\S`).test(line)
  const nearest = (step: number) => {
    let at = index + step
    while (lines[at] !== undefined && lines[at].trim() === '') at += step
    return lines[at]
  }
  return startsWithDash(nearest(-1)) || startsWithDash(nearest(1))
}

/**
 * Unified parser for plain-text readouts: every non-blank line (but separator lines such as `---`) is a paragraph (a line break
 * ends a paragraph, so nothing is glued on as a lazy continuation), a bullet line is a paragraph
 * with `data.bullet`, and nothing in the text is read as Markdown or HTML. Positions point into
 * the source exactly.
 */
const remarkPlainText: Plugin<[], string, Root> = function () {
  this.parser = parsePlainText
}
export default remarkPlainText

/**
 * Parse plain text into a flat mdast root of paragraphs.
 * @param document the normalised text (`\n` line endings)
 * @returns the tree
 */
export function parsePlainText(document: string): Root {
  const children: Paragraph[] = []
  const lines = document.split('\n')
  let offset = 0
  let pendingMarker: string | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const lineOffset = offset
    offset += line.length + 1
    if (line.trim() === '' || (separatorLine.test(line) && !endMarkerLine.test(line))) continue
    const lonely = lonelyBullet.exec(line)
    if (lonely) {
      // A bullet alone on its line (pasted from Word): it belongs to the next line.
      pendingMarker = lonely[1]
      continue
    }
    let marker = pendingMarker
    pendingMarker = undefined
    let contentStart = line.length - line.trimStart().length
    const bullet = bulletLine.exec(line)
    if (bullet && (!/^[–—]$/.test(bullet[2]) || titleColon.test(line.slice(bullet[0].length)) || dashListAround(lines, index, bullet[2]))) {
      marker = bullet[2]
      contentStart = bullet[0].length
    }
    const content = line.slice(contentStart).trimEnd()
    const start = {line: index + 1, column: contentStart + 1, offset: lineOffset + contentStart}
    const end = {line: index + 1, column: contentStart + content.length + 1, offset: lineOffset + contentStart + content.length}
    const text: Text = {type: 'text', value: content, position: {start, end}}
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [text],
      position: {start: {line: index + 1, column: 1, offset: lineOffset}, end},
    }
    if (marker !== undefined) paragraph.data = {bullet: {marker}}
    children.push(paragraph)
  }
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: {line: lines.length, column: lines[lines.length - 1].length + 1, offset: document.length}}}
}
