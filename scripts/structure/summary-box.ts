import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {SUMMARY_BOX_HEADING} from './english.js'
import {FRENCH_SUMMARY_BOX_HEADING} from './french.js'
import {paragraphsOf, textOf} from './state.js'
import {normaliseSpace} from './text.js'

/** A summary box is set aside only when at least this many paragraphs follow it (the sections it sums up). */
const LEAST_AFTER = 3

/**
 * Set aside a summary box at the top (`Key messages` / `Messages clés` over a few bullets) when the
 * text goes on after it: its bullets restate what the sections say, so they are context, never
 * points of their own next to those sections. A box that is the whole text stays as it is.
 */
const summaryBox: Plugin<[], Root> = function () {
  return function (tree) {
    // the heading may close the title block (`Niamey, 25 November 2026` / `KEY MESSAGES`): it keeps that role
    const paragraphs = paragraphsOf(tree).filter((p) => !p.data?.role || p.data.role === 'header')
    const at = paragraphs.findIndex((p) => !p.data?.bullet && isSummaryHeading(textOf(p)))
    if (at === -1) return
    let end = at + 1
    while (end < paragraphs.length && paragraphs[end].data?.bullet && !paragraphs[end].data?.role) end++
    if (end === at + 1 || paragraphs.length - end < LEAST_AFTER) return
    for (const paragraph of paragraphs.slice(at, end)) if (!paragraph.data?.role) paragraph.data = {...paragraph.data, role: 'context'}
  }
}
export default summaryBox

/** Whether a line is the heading of a summary box, in English or French. */
export function isSummaryHeading(text: string): boolean {
  const line = normaliseSpace(text)
  return SUMMARY_BOX_HEADING.test(line) || FRENCH_SUMMARY_BOX_HEADING.test(line)
}
