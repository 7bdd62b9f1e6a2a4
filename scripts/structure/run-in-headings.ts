import type {Paragraph, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {paragraphsOf, textOf} from './state.js'

/**
 * A heading in capitals run into its paragraph: `FINANCE: Ministers set up …`, `NEXT MEETING: …`,
 * `FINANCEMENT : Les ministres …`. One to six words of capitals (digits, `&`, `/`, hyphens and
 * apostrophes between them), a colon, then a sentence that starts with a capital, a digit or a quote.
 */
const RUN_IN_HEADING = /^(\p{Lu}[\p{Lu}\p{N}&/'’ -]*?\p{Lu})[ \u00A0]?:[ \t\u00A0]+(?=[\p{Lu}\p{N}"“«‘])/u
/** Most words of a run-in heading. */
const MOST_WORDS = 6
/** A text that runs its headings in uses the layout for several paragraphs, never for a lone `NOTE: …`. */
const FEWEST = 2

/**
 * Split each paragraph that opens with a heading in capitals and a colon (`ROAD TRAFFIC: Ministers
 * agreed …`) into the heading line and the paragraph under it, as if the heading stood on a line
 * of its own, when the text does so at least twice: the points are then read as under headings
 * (`Road traffic` / `Ministers agreed …`), and `NEXT MEETING:` heads the outlook. Bullets, the
 * title block, the dateline and the tail keep their lines; positions still point into the source.
 */
const runInHeadings: Plugin<[], Root> = function () {
  return function (tree) {
    const found = new Map<Paragraph, number>()
    for (const paragraph of paragraphsOf(tree)) {
      if (paragraph.data?.role || paragraph.data?.bullet || paragraph.data?.footnote) continue
      const match = RUN_IN_HEADING.exec(textOf(paragraph))
      // (a text that ends on a colon leads in to a list: `DECISIONS: Ministers agreed to:` stays one line)
      if (match && match[1].split(/\s+/).length <= MOST_WORDS && /\p{Lu}{3}/u.test(match[1]) && !/:\s*$/.test(textOf(paragraph))) found.set(paragraph, match[0].length)
    }
    if (found.size < FEWEST) return
    tree.children = tree.children.flatMap((node) => {
      const cut = node.type === 'paragraph' ? found.get(node) : undefined
      return cut === undefined ? [node] : splitAt(node as Paragraph, cut)
    })
  }
}
export default runInHeadings

/**
 * A paragraph cut in two: the heading before its colon, and the text from `cut` on.
 * @param paragraph a paragraph of the plain-text tree
 * @param cut where, in its text, the text under the heading starts
 * @returns the heading's paragraph and the text's
 */
function splitAt(paragraph: Paragraph, cut: number): [Paragraph, Paragraph] {
  const text = paragraph.children[0] as Text
  const value = text.value
  const headingText = value.slice(0, value.lastIndexOf(':', cut)).trimEnd()
  const start = text.position!.start
  const at = (index: number) => ({line: start.line, column: start.column + index, offset: start.offset! + index})
  const heading: Paragraph = {
    type: 'paragraph',
    children: [{type: 'text', value: headingText, position: {start, end: at(headingText.length)}}],
    position: {start: paragraph.position!.start, end: at(headingText.length)},
  }
  const bodyText: Text = {type: 'text', value: value.slice(cut), position: {start: at(cut), end: text.position!.end}}
  const body: Paragraph = {type: 'paragraph', children: [bodyText], position: {start: at(cut), end: paragraph.position!.end}}
  // The lines wrapped onto the paragraph (text pasted from a PDF) now start `cut` characters earlier in its text.
  const joined = paragraph.data?.joined?.map((line) => ({...line, at: line.at - cut}))
  if (joined) body.data = {joined}
  return [heading, body]
}
