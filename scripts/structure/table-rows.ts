import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {normaliseSpace} from './text.js'
import {paragraphsOf, textOf} from './state.js'
import {DECISION_TABLE_COLUMN, OTHER_TABLE_COLUMN} from './english.js'
import {FRENCH_DECISION_TABLE_COLUMN, FRENCH_OTHER_TABLE_COLUMN} from './french.js'

/** Where a row of a table typed as text parts its cells: a spaced en or em dash, a bar or a tab. */
const CELL_BREAK = /[ \u00A0]+[–—|][ \u00A0]+|\t+/
/** Fewest cells of a row (two are a name and its gloss, `Chair – Kenya`, as often as a table). */
const FEWEST_CELLS = 3
/** Fewest rows of a table. */
const FEWEST_ROWS = 3
/** Most words of a cell: a longer one is a sentence's aside between dashes, not a cell (a row between bars or parted by tabs has cells of any length). */
const MOST_CELL_WORDS = 12
/** The first column's names of a table of decisions, in every language the reader knows. */
const DECISION_COLUMNS = [DECISION_TABLE_COLUMN, FRENCH_DECISION_TABLE_COLUMN]
/** The names of a table's other columns, in every language the reader knows. */
const OTHER_COLUMNS = [OTHER_TABLE_COLUMN, FRENCH_OTHER_TABLE_COLUMN]

/**
 * Keep as context the rows of a table typed as text, one per line with its cells parted by a
 * spaced dash, a bar or a tab (`Norway – NOK 150 million – surveys to release land`): at least
 * three lines in a row with the same number of cells (three or more), none a bullet. A table lists
 * what was pledged or who does what; it is no heading, point nor outlook, and its line of column
 * names (`Pledges (donor – amount – purpose)`) goes with it when it has as many cells. But a table whose
 * first column is named for what was decided (`Action | Owner | Due`, `Décision | Responsable | Échéance`)
 * lists the meeting's decisions: each row is a point, read as its decision (`decisionTable`).
 */
const tableRows: Plugin<[], Root> = function () {
  return function (tree) {
    cellsOnLines(tree)
    const paragraphs = paragraphsOf(tree)
    numberedTables(paragraphs)
    titledTables(paragraphs)
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

/**
 * Read a table of decisions pasted one cell a line, its columns interleaved (`Action` / `Responsible` /
 * `Share gauge readings daily` / `Water agencies` / …, as copying a two-column table out of a page or a PDF
 * gives): its line of column names first, what was decided then the others' names (`OTHER_COLUMNS`), and rows
 * that fill every column. Each row becomes a bullet read as its first cell, as `decisionTable` reads a row; the
 * names and the other cells are the table's, not the point's words.
 * @param tree the plain-text tree
 */
function cellsOnLines(tree: Root): void {
  const paragraphs = paragraphsOf(tree)
  const plain = paragraphs.map((paragraph) => !paragraph.data?.role && !paragraph.data?.bullet && !paragraph.data?.joined && !textOf(paragraph).includes('\n'))
  // (where the run of plain lines, one a line, that holds each line ends, and the first line from each on that is too long
  // for a cell: found once from the end, so that a run of many `Action` lines is not read again from each)
  const runEnd = new Array<number>(paragraphs.length)
  const longFrom = new Array<number>(paragraphs.length)
  for (let at = paragraphs.length - 1; at >= 0; at--) {
    const goesOn = at + 1 < paragraphs.length && plain[at] && plain[at + 1] && lineOf(paragraphs[at + 1]) === lineOf(paragraphs[at]) + 1
    runEnd[at] = goesOn ? runEnd[at + 1] : at + 1
    longFrom[at] = plain[at] && cellOf(paragraphs[at]).split(' ').length > MOST_ROW_CELL_WORDS ? at : (longFrom[at + 1] ?? paragraphs.length)
  }
  const dropped = new Set<Paragraph>()
  for (let start = 0; start < paragraphs.length; start++) {
    if (!plain[start] || !DECISION_COLUMNS.some((pattern) => pattern.test(cellOf(paragraphs[start])))) continue
    // The lines right under it, one a line with no blank line between.
    const end = runEnd[start]
    let columns = 1
    while (start + columns < end && OTHER_COLUMNS.some((pattern) => pattern.test(cellOf(paragraphs[start + columns])))) columns++
    const count = end - start - columns
    const rows = Math.floor(count / columns)
    if (columns < 2 || rows < FEWEST_ROWS - 1 || count % columns !== 0 || longFrom[start + columns] < end) continue
    const cells = paragraphs.slice(start + columns, end)
    for (const name of paragraphs.slice(start, start + columns)) name.data = {...name.data, role: 'context'}
    for (let row = 0; row < rows; row++) {
      const [first, ...rest] = cells.slice(row * columns, (row + 1) * columns)
      if (!readAsDecision(first, cellOf(first))) continue
      for (const cell of rest) dropped.add(cell)
    }
    start = end - 1
  }
  // (the other cells leave the tree at once, not one by one: each removal would move all the lines after it)
  if (dropped.size > 0) tree.children = tree.children.filter((node) => node.type !== 'paragraph' || !dropped.has(node))
}

/** Most words of a cell of a table pasted one cell a line (a decision's cell may be a short sentence). */
const MOST_ROW_CELL_WORDS = 25

/** A paragraph's one line, its spaces made single. */
const cellOf = (paragraph: Paragraph): string => normaliseSpace(textOf(paragraph))

/** The line a paragraph starts on in the source. */
const lineOf = (paragraph: Paragraph): number => paragraph.position?.start.line ?? -1

/** A column's name that only says its cells number the rows (`#`, `No.`, `N°`, `Nº`, `n°`). */
const NUMBER_COLUMN = /^(?:#|no\.?|n[°º]|nr\.?)$/iu

/**
 * Read a numbered table of decisions as a numbered list (`| # | Commitment |`, then `| 1 | Ministers
 * agreed … |`, `| 2 | … |`): under a line of column names whose first is a number sign and whose second
 * is named for what was decided, two rows or more whose first cells count 1, 2, … are points, each its
 * number dropped and read as `decisionTable` reads a row (its decision cell alone); the line of names is context.
 * Its rows may be long sentences, which `cellCount` does not take for a table's cells.
 * @param paragraphs the document's paragraphs, in order
 */
function numberedTables(paragraphs: Paragraph[]): void {
  paragraphs.forEach((head, index) => {
    if (head.data?.role || head.data?.bullet) return
    const names = textOf(head).split('|').map(normaliseSpace)
    if (names.length < 2 || !NUMBER_COLUMN.test(names[0]) || !DECISION_COLUMNS.some((pattern) => pattern.test(names[1]))) return
    const rows: Paragraph[] = []
    for (const row of paragraphs.slice(index + 1)) {
      const cells = textOf(row).split('|').map(normaliseSpace)
      if (row.data?.role || row.data?.bullet || cells.length !== names.length || cells[0].replace(/[.)]$/, '') !== String(rows.length + 1)) break
      rows.push(row)
    }
    if (rows.length < 2) return
    head.data = {...head.data, role: 'context'}
    rows.forEach((row) => {
      const [, decision] = textOf(row).split('|').map(normaliseSpace)
      if (row.children.length === 1) readAsDecision(row, decision)
    })
  })
}

/** How many cells a line has as a table's row (0 when it is not one: a bullet, a line with a role, a long aside). */
function cellCount(paragraph: Paragraph): number {
  if (paragraph.data?.role || paragraph.data?.bullet || paragraph.data?.joined) return 0
  const parts = textOf(paragraph).slice(0, 600).trim().split(CELL_BREAK).map(normaliseSpace)
  // (a row between bars or parted by tabs is a table's for sure: no sentence has those, so its cells may be long)
  const sure = paragraph.data?.markdownRow || /\t/.test(textOf(paragraph))
  const fits = (part: string) => Boolean(part) && (sure || part.split(' ').length <= MOST_CELL_WORDS)
  return parts.every(fits) ? parts.length : 0
}

/**
 * Read a table of decisions as a list: when the first row names its first column for what was decided
 * (`Action | Owner | Due`), or its second after a column of references (`Ref | Decision | Lead | Due`, `N° | Décision | Pilote`), that row is context and every other row a bullet read as its first cell, the decision
 * word for word as the text gives it (`Map villages …`); who leads it and by when are the table's, not the point's words.
 * @param rows the table's rows, its line of column names first
 * @returns whether the table was one of decisions
 */
function decisionTable(rows: Paragraph[]): boolean {
  const names = cellsOf(rows[0])
  // (the column of what was decided is the first, or the second after one that only numbers or refers to the rows: `Ref | Decision | Lead`)
  // (and only when those references count its own rows from one, `D1`, `D2`, …: a recap whose cells name the items of the minutes above it,
  // `Item | Action | Owner` / `12 | …` / `14 | …`, restates what the text decided, and stays context)
  const countsRows = rows.slice(1).every((row, at) => new RegExp(`^\\D{0,4}0*${at + 1}[.)]?$`, 'u').test(cellsOf(row)[0] ?? ''))
  const column = [0, 1].find((at) => DECISION_COLUMNS.some((pattern) => pattern.test(names[at] ?? '')) && (at === 0 || (REFERENCE_COLUMN.test(names[0]) && countsRows)))
  if (column === undefined) return false
  rows[0].data = {...rows[0].data, role: 'context'}
  for (const row of rows.slice(1)) readAsDecision(row, cellsOf(row)[column])
  return true
}

/** A column's name that only numbers the rows or gives each its reference (`#`, `No.`, `Ref`, `Item`, `ID`, `Réf.`, `N°`): what was decided may come after it. */
const REFERENCE_COLUMN = /^(?:#|no\.?|n[°º]|nr\.?|refs?\.?|references?|r[ée]f[ée]rences?|r[ée]f\.?|ids?|items?|items?\s+no\.?|num[ée]ros?|points?)$/iu

/**
 * Read a table's row as a point: its text becomes the decision cell alone, word for word (who leads it and by
 * when are the table's, not the point's words), and it is marked as a table's bullet.
 * @param row the row's paragraph
 * @param decision the text of its decision cell
 * @returns whether the row could be read so (its first child is text)
 */
function readAsDecision(row: Paragraph, decision: string): boolean {
  const text = row.children[0]
  if (text?.type !== 'text') return false
  text.value = decision
  row.data = {...row.data, bullet: {marker: '|'}}
  return true
}

/** A row's cells, each with its spaces made single. */
function cellsOf(paragraph: Paragraph): string[] {
  return textOf(paragraph).trim().split(CELL_BREAK).map(normaliseSpace)
}

/** Fewest words of a table's cell that is a sentence (`Sponges may only be cut by hand.`): what the row says was decided. */
const SENTENCE_CELL_WORDS = 5
/** Most words of a cell that names its row's topic (`Harvest rules`, `Suivi sanitaire`): a longer one is no title. */
const MOST_TITLE_CELL_WORDS = 8
/** A cell that is a sentence: enough words, and a stop at its end. */
const isSentenceCell = (cell: string) => cell.split(' ').length >= SENTENCE_CELL_WORDS && /[.!?…]["”’»)]*$/u.test(cell)
/** A cell that names a topic: a few words opening on a letter, no stop at their end, no sentence inside. */
const isTitleCell = (cell: string) => /^["“«‘(]?\p{L}/u.test(cell) && cell.split(' ').length <= MOST_TITLE_CELL_WORDS && !/[.!?;:,]$/u.test(cell)

/**
 * A row's cells where its line is surely a table's: between bars (`| Harvest rules | Sponges may … |`, read without the outer bars) or
 * parted by tabs; a spaced dash inside a cell (`2026 – 2030`) parts nothing there. Else none.
 */
function sureCells(paragraph: Paragraph): string[] | undefined {
  if (paragraph.data?.role || paragraph.data?.bullet || paragraph.data?.joined || paragraph.children.length !== 1) return undefined
  const text = textOf(paragraph)
  const cells = paragraph.data?.markdownRow ? text.split('|') : /\t/.test(text.trim()) ? text.trim().split(/\t+/) : undefined
  return cells?.map(normaliseSpace)
}

/**
 * Read a table whose rows each give a topic and what was decided about it as a list of titled points (`| Area of work | Decision |` /
 * `| Harvest rules | Sponges may only be cut by hand, … |`, between bars or parted by tabs, two columns or more): two rows or more
 * with as many cells, one column whose cells are sentences (all but one row's), and a first column before it of short names. Each row
 * becomes a bullet `Title: body`, the topic its title and the sentence its body (the other columns, who leads it and by when, are the
 * table's); the line of column names over them (no sentence in that column) is context. A table of figures or of names, with no
 * column of sentences, is left to `tableRows`.
 * @param paragraphs the document's paragraphs, in order
 */
function titledTables(paragraphs: Paragraph[]): void {
  for (let start = 0; start < paragraphs.length; ) {
    const first = sureCells(paragraphs[start])
    let end = start + 1
    while (first && first.length >= 2 && end < paragraphs.length && sureCells(paragraphs[end])?.length === first.length) end++
    if (!first || end - start < 2) {
      start++
      continue
    }
    const rows = paragraphs.slice(start, end).map((row) => ({row, cells: sureCells(row)!}))
    // (the line of column names: the first row when its cells are all short names, over rows that hold sentences)
    const names = rows[0].cells.every(isTitleCell) ? rows[0] : undefined
    const body = names ? rows.slice(1) : rows
    const column = first.findIndex((_, at) => at > 0 && body.filter(({cells}) => isSentenceCell(cells[at])).length >= Math.max(2, body.length - 1))
    if (column !== -1 && body.length >= 2 && body.every(({cells}) => isTitleCell(cells[0]))) {
      if (names) names.row.data = {...names.row.data, role: 'context'}
      for (const {row, cells} of body) readAsDecision(row, `${cells[0]}: ${cells[column]}`)
    }
    start = end
  }
}
