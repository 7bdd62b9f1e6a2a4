import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {normaliseSpace} from './text.js'
import {paragraphsOf, textOf} from './state.js'

/** Where a row of a table typed as text parts its cells: a spaced en or em dash, a bar or a tab. */
const CELL_BREAK = /[ \u00A0]+[–—|][ \u00A0]+|\t+/
/** Fewest cells of a row (two are a name and its gloss, `Chair – Kenya`, as often as a table). */
const FEWEST_CELLS = 3
/** Fewest rows of a table. */
const FEWEST_ROWS = 3
/** Most words of a cell: a longer one is a sentence's aside between dashes, not a cell. */
const MOST_CELL_WORDS = 12

/**
 * Keep as context the rows of a table typed as text, one per line with its cells parted by a
 * spaced dash, a bar or a tab (`Norway – NOK 150 million – surveys to release land`): at least
 * three lines in a row with the same number of cells (three or more), none a bullet. A table lists
 * what was pledged or who does what; it is no heading, point nor outlook, and its line of column
 * names (`Pledges (donor – amount – purpose)`) goes with it when it has as many cells.
 */
const tableRows: Plugin<[], Root> = function () {
  return function (tree) {
    const paragraphs = paragraphsOf(tree)
    const cells = paragraphs.map(cellCount)
    for (let start = 0; start < paragraphs.length; ) {
      let end = start
      while (end < paragraphs.length && cells[end] >= FEWEST_CELLS && cells[end] === cells[start]) end++
      if (end - start >= FEWEST_ROWS) for (const row of paragraphs.slice(start, end)) row.data = {...row.data, role: 'context'}
      start = Math.max(end, start + 1)
    }
  }
}
export default tableRows

/** How many cells a line has as a table's row (0 when it is not one: a bullet, a line with a role, a long aside). */
function cellCount(paragraph: Paragraph): number {
  if (paragraph.data?.role || paragraph.data?.bullet || paragraph.data?.joined) return 0
  const parts = textOf(paragraph).slice(0, 600).trim().split(CELL_BREAK).map(normaliseSpace)
  return parts.every((part) => part && part.split(' ').length <= MOST_CELL_WORDS) ? parts.length : 0
}
