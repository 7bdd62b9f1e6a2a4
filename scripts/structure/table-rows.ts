import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {normaliseSpace} from './text.js'
import {paragraphsOf, textOf} from './state.js'
import {DECISION_TABLE_COLUMN} from './english.js'
import {FRENCH_DECISION_TABLE_COLUMN} from './french.js'

/** Where a row of a table typed as text parts its cells: a spaced en or em dash, a bar or a tab. */
const CELL_BREAK = /[ \u00A0]+[–—|][ \u00A0]+|\t+/
/** Fewest cells of a row (two are a name and its gloss, `Chair – Kenya`, as often as a table). */
const FEWEST_CELLS = 3
/** Fewest rows of a table. */
const FEWEST_ROWS = 3
/** Most words of a cell: a longer one is a sentence's aside between dashes, not a cell. */
const MOST_CELL_WORDS = 12
/** The first column's names of a table of decisions, in every language the reader knows. */
const DECISION_COLUMNS = [DECISION_TABLE_COLUMN, FRENCH_DECISION_TABLE_COLUMN]

/**
 * Keep as context the rows of a table typed as text, one per line with its cells parted by a
 * spaced dash, a bar or a tab (`Norway – NOK 150 million – surveys to release land`): at least
 * three lines in a row with the same number of cells (three or more), none a bullet. A table lists
 * what was pledged or who does what; it is no heading, point nor outlook, and its line of column
 * names (`Pledges (donor – amount – purpose)`) goes with it when it has as many cells. But a table whose
 * first column is named for what was decided (`Action | Owner | Due`, `Décision | Responsable | Échéance`)
 * lists the meeting's decisions: each row is a point, read as a sentence (`decisionTable`).
 */
const tableRows: Plugin<[], Root> = function () {
  return function (tree) {
    const paragraphs = paragraphsOf(tree)
    numberedTables(paragraphs)
    const cells = paragraphs.map(cellCount)
    for (let start = 0; start < paragraphs.length; ) {
      let end = start
      while (end < paragraphs.length && cells[end] >= FEWEST_CELLS && cells[end] === cells[start]) end++
      if (end - start >= FEWEST_ROWS) {
        const rows = paragraphs.slice(start, end)
        if (!decisionTable(rows)) for (const row of rows) row.data = {...row.data, role: 'context'}
      }
      start = Math.max(end, start + 1)
    }
  }
}
export default tableRows

/** A column's name that only says its cells number the rows (`#`, `No.`, `N°`, `Nº`, `n°`). */
const NUMBER_COLUMN = /^(?:#|no\.?|n[°º]|nr\.?)$/iu
/** Where a Markdown table's row parts its cells: a bar between spaces (its outer bars are gone). */
const BAR = /[ \u00A0]*\|[ \u00A0]*/

/**
 * Read a numbered table of decisions as a numbered list (`| # | Commitment |`, then `| 1 | Ministers
 * agreed … |`, `| 2 | … |`): under a line of column names whose first is a number sign and whose second
 * is named for what was decided, two rows or more whose first cells count 1, 2, … are points, each its
 * number dropped and its other cells read as `decisionTable` reads them; the line of names is context.
 * Its rows may be long sentences, which `cellCount` does not take for a table's cells.
 * @param paragraphs the document's paragraphs, in order
 */
function numberedTables(paragraphs: Paragraph[]): void {
  paragraphs.forEach((head, index) => {
    if (head.data?.role || head.data?.bullet) return
    const names = textOf(head).trim().split(BAR).map(normaliseSpace)
    if (names.length < 2 || !NUMBER_COLUMN.test(names[0]) || !DECISION_COLUMNS.some((pattern) => pattern.test(names[1]))) return
    const rows: Paragraph[] = []
    for (const row of paragraphs.slice(index + 1)) {
      const cells = textOf(row).trim().split(BAR).map(normaliseSpace)
      if (row.data?.role || row.data?.bullet || cells.length !== names.length || cells[0].replace(/[.)]$/, '') !== String(rows.length + 1)) break
      rows.push(row)
    }
    if (rows.length < 2) return
    head.data = {...head.data, role: 'context'}
    rows.forEach((row) => {
      const [, decision, ...rest] = textOf(row).trim().split(BAR).map(normaliseSpace)
      const text = row.children[0]
      if (text?.type !== 'text' || row.children.length !== 1) return
      const glosses = rest.map((cell, at) => `${lowerFirst(names[at + 2])} ${cell}`)
      text.value = glosses.length > 0 ? `${decision.replace(/[.;]$/, '')} (${glosses.join('; ')})` : decision
      row.data = {...row.data, bullet: {marker: '|'}}
    })
  })
}

/** How many cells a line has as a table's row (0 when it is not one: a bullet, a line with a role, a long aside). */
function cellCount(paragraph: Paragraph): number {
  if (paragraph.data?.role || paragraph.data?.bullet || paragraph.data?.joined) return 0
  const parts = textOf(paragraph).slice(0, 600).trim().split(CELL_BREAK).map(normaliseSpace)
  return parts.every((part) => part && part.split(' ').length <= MOST_CELL_WORDS) ? parts.length : 0
}

/**
 * Read a table of decisions as a list: when the first row names its first column for what was decided
 * (`Action | Owner | Due`), that row is context and every other row a bullet, its first cell the decision
 * and the others after it in brackets, each after its column's name (`Map villages … (owner Estonia; due May 2026)`).
 * @param rows the table's rows, its line of column names first
 * @returns whether the table was one of decisions
 */
function decisionTable(rows: Paragraph[]): boolean {
  const names = cellsOf(rows[0])
  if (!DECISION_COLUMNS.some((pattern) => pattern.test(names[0]))) return false
  rows[0].data = {...rows[0].data, role: 'context'}
  for (const row of rows.slice(1)) {
    const [decision, ...rest] = cellsOf(row)
    const text = row.children[0]
    if (text?.type !== 'text') continue
    const glosses = rest.map((cell, index) => `${lowerFirst(names[index + 1])} ${cell}`)
    text.value = glosses.length > 0 ? `${decision.replace(/[.;]$/, '')} (${glosses.join('; ')})` : decision
    row.data = {...row.data, bullet: {marker: '|'}}
  }
  return true
}

/** A row's cells, each with its spaces made single. */
function cellsOf(paragraph: Paragraph): string[] {
  return textOf(paragraph).trim().split(CELL_BREAK).map(normaliseSpace)
}

/** A column's name as a gloss inside a sentence: its first letter in lower case unless the word is an acronym (`Owner` → `owner`, `UN lead` stays). */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0].toLowerCase() + name.slice(1) : name
}
