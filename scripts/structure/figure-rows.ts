/**
 * Figures laid out as rows rather than written as sentences: a table pasted from a spreadsheet (cells parted by
 * tabs, by runs of spaces that align the columns, or by bars) whose one column holds a value on every row
 * (`Cattle deaths<TAB>61,000<TAB>up 9% on 2024`), and a short list of `label: value` lines
 * (`Nuitées vendues : 186 000 (contre 171 000 en 2025)`). Each row is one figure: its value the value cell, its label
 * the row's name, with the change the row gives after it (`cattle deaths, up 9% on 2024`). Read as sentences, such
 * rows run together and their numbers lose what they count.
 */

import {readWrittenValue} from './figure-value.js'

/** Where a row of a pasted table parts its cells: tabs, a bar, or a run of two spaces or more (columns aligned by spaces). */
/** Leader dots between a row's name and its value (`Member Nations ........ 34`, `Sites …… 12`), which part them too. */
const LEADERS = /\.{4,}|…{2,}|(?:\. ){3,}/
const CELL_BREAK = /\t+|[ \u00A0]*\|[ \u00A0]*|[ \u00A0]*(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)[ \u00A0]*| {2,}|\u00A0{2,}/
/** A cell that is a value: a currency sign or code, a number, then at most a scale, a percent sign or a unit of a word or two. */
const VALUE_CELL = /^(?:(?:[A-Z]{1,3}\$|[\p{Sc}]|[A-Z]{3}|FCFA)\s?)?[+−-]?\d[\d\s\u00A0\u202F,.]*(?:\s?(?:%|‰)|\s?(?:[\p{L}²³/$€£]+\.?)(?:\s+(?:d['’]|de\s)?[\p{L}²³/$€£]+){0,2})?$/u
/** A cell that states a change or a comparison (`up 9% on 2024`, `down from 386`, `+6%`, `contre 171 000`, `en baisse de 8 %`). */
const CHANGE_CELL = /^(?:up|down|from|rise|rising|fall|falling|increase|decrease|compared|against|vs\.?|versus|contre|en\s+(?:hausse|baisse|progression|recul)|hausse|baisse|[+−–-]\s?\d|\()/iu
/** A year alone, as a column's name (`2025`, `2025-26`). */
const YEAR = /^(?:19|20)\d\d(?:[–/-]\d{2,4})?$/
/** Fewest rows of a table with a value on each (its line of column names aside). */
const FEWEST_TABLE_ROWS = 2
/** Fewest lines of a list of `label: value` lines. */
const FEWEST_LIST_LINES = 2
/** Most words of a row's name: a longer one is a sentence, not a table's or a list's label. */
const MOST_LABEL_WORDS = 12
/** Most characters of a line read as a row. */
const MOST_ROW_CHARACTERS = 300
/** A line of a list of figures: a short name, a colon, a value cell, then nothing or a change (`, en baisse de 8 %`, `(contre 5,2 tonnes …)`). */
const LIST_LINE = /^([^:\d]{2,100}?)[ \u00A0]*:[ \u00A0]*((?:[^,;()]|(?<=\d),(?=\d)){1,40}?)[ \u00A0]*(?:[,;](?!\d)[ \u00A0]*([^,;()]{2,80})|\(([^()]{2,80})\))?[.]?$/u
/** Bullet markers a list's lines may open with. */
const BULLET = /^[ \t]*(?:[-–—•*▪▸►○◦·]|\d{1,2}[.)])[ \t]+/u

/** One figure read from a row: the value cell as written, the row's name and the change the row gives. */
export interface FigureRow {
  /** The value cell, as the text writes it (`61,000`, `7,8 tonnes`, `US$310 million`). */
  cell: string
  /** The row's name (`Cattle deaths from trypanosomiasis`), or the line's words before its colon. */
  name: string
  /** The change or comparison the row gives after the value (`up 9% on 2024`), if any. */
  change?: string
  /**
   * The name of the value's column, when its head names what the values are and the row's name alone does not say it: a
   * table with two columns of values or more (`Hop growers`, `Share of relief fund`), or a column whose head gives the
   * values' currency (`Grant (US$)`). The head's currency is then part of the cell.
   */
  column?: string
  /** The year of the value's column, when the table gives the same measure in columns of years (`2025/26`). */
  year?: string
  /** The value of the year before, its comparison (`3,412` in `2024/25`). */
  earlier?: {cell: string; year: string}
}

/** A line's cells as a pasted table's row, each trimmed, the empty ones left out (a row between bars has some at its ends). */
function cellsOf(line: string): string[] {
  return line.split(CELL_BREAK).map((cell) => cell.trim()).filter(Boolean)
}

/**
 * The rows of figures among a document's lines (each a paragraph of one line): the rows of a pasted table with a
 * column of values, and the lines of a short `label: value` list. A table is two rows or more with as many cells
 * (two or more), its first cells names and one of its other columns a value on every row; a line of column names
 * may head it. A list is two lines or more in a row of a short name, a colon and a value.
 * @param lines the paragraphs' texts, in order
 * @returns the figures of the rows found (one a column of values), by the index of their line
 */
export function figureRowsOf(lines: readonly string[]): Map<number, FigureRow[]> {
  const rows = new Map<number, FigureRow[]>()
  tableRows(lines, rows)
  listRows(lines, rows)
  return rows
}

/** A table's rows (see `figureRowsOf`). */
function tableRows(lines: readonly string[], rows: Map<number, FigureRow[]>): void {
  const cells = lines.map((line) => (line.length <= MOST_ROW_CHARACTERS && !line.includes('\n') ? cellsOf(line.replace(BULLET, '')) : []))
  for (let start = 0; start < lines.length; ) {
    let end = start
    while (end < lines.length && cells[end].length >= 2 && cells[end].length === cells[start].length) end++
    // (a table of contents, `Decisions ........ 4`, is no table of figures)
    const contents = lines.slice(start, end).every((line) => LEADERS.test(line)) && arePageNumbers(cells.slice(start, end).map((row) => row.at(-1)!))
    if (end - start >= FEWEST_TABLE_ROWS && !contents) readTable(cells.slice(start, end), start, rows)
    start = Math.max(end, start + 1)
  }
}

/** Read one block of lines with as many cells: find its columns of values, then each row's figures. */
function readTable(block: string[][], first: number, rows: Map<number, FigureRow[]>): void {
  const width = block[0].length
  // (a line of column names heads the table when it has no value where the rows have theirs)
  for (const head of [0, 1]) {
    const data = block.slice(head)
    if (data.length < FEWEST_TABLE_ROWS) continue
    const columns = [...Array(width).keys()].slice(1).filter((index) => data.every((row) => VALUE_CELL.test(row[index])) && !CHANGE_CELL.test(data[0][index]))
    const column = columns[0]
    if (column === undefined || !data.every((row) => isName(row[0]))) continue
    // (`Measure | 2025 | Change`: a year alone over the column of values names it; the line is the table's head)
    if (head === 0 && YEAR.test(data[0][column]) && !data.slice(1).every((row) => YEAR.test(row[column]))) continue
    // (`State | Hop growers | Share of relief fund`: each column of values under a head of words is a figure of the row; years
    // over the columns, `2024 | 2025`, give the same thing in two years, read as one figure a row as before)
    const named = head === 1 ? columns.filter((index) => !YEAR.test(block[0][index]) && /\p{L}/u.test(block[0][index])) : []
    // (`Key numbers | 2024/25 | 2025/26`: the same measure in two years or more is one figure, the latest year's, with the
    // year before it as its comparison, `cremations in 2025/26, up from 3,412 in 2024/25`, as a change in running text is read)
    const years = head === 1 && named.length < 2 ? columns.filter((index) => YEAR.test(block[0][index])).sort((one, other) => block[0][one].localeCompare(block[0][other])) : []
    if (years.length >= 2) {
      const [before, latest] = years.slice(-2)
      data.forEach((row, index) => {
        rows.set(first + head + index, [{cell: row[latest], name: row[0], year: block[0][latest], earlier: {cell: row[before], year: block[0][before]}}])
      })
      return
    }
    const read = named.length >= 2 ? named : [column]
    data.forEach((row, index) => {
      rows.set(first + head + index, read.map((at) => {
        const next = read.find((other) => other > at) ?? width
        const change = row.find((cell, other) => other > at && other < next && CHANGE_CELL.test(cell) && !read.includes(other))
        const money = head === 1 ? headMoney(block[0][at]) : undefined
        const cell = money ? withHeadMoney(row[at], money) : row[at]
        const column = read.length >= 2 || money ? block[0][at].replace(/\s*\([^()]*\)$/u, '').trim() : undefined
        return {cell, name: row[0], change: change?.replace(/^\((.*)\)$/u, '$1'), ...(column ? {column} : {})}
      }))
    })
    return
  }
}

/** A column head's currency, and its scale, in brackets or after `in`/`en` (`Grant (US$)`, `Budget (SEK)`, `Montant (en euros)`, `Cost (€m)`, `Aide (M€)`). */
const HEAD_MONEY = /(?:\(\s*|,\s*|\s)(?:in\s+|en\s+)?(?:(US\$|[A-Z]{1,2}\$|[$€£¥₹₩]|[A-Z]{3}|FCFA|euros?|dollars?)\s*(m|mn|million|millions|bn|billion|milliards?|k|'000)?|(M|k|Md)\s?(€|\$))\s*\)?$/u

/** The currency and scale a column's head gives its values, if any. */
function headMoney(head: string): {sign: string; scale: string} | undefined {
  const match = HEAD_MONEY.exec(head)
  if (!match) return undefined
  const sign = match[1] ?? match[4]
  const scale = (match[2] ?? match[3] ?? '').toLowerCase()
  // (`Country | Share (%)`, `Cases (No.)` give no money)
  const word = /^euros?$/iu.test(sign) ? '€' : /^dollars?$/iu.test(sign) ? '$' : sign
  return {sign: word, scale: /^(?:m|mn|millions?)$/.test(scale) ? 'million' : /^(?:bn|billion|milliards?|md)$/.test(scale) ? 'billion' : /^(?:k|'000)$/.test(scale) ? 'thousand' : ''}
}

/** A value cell with the currency and scale of its column's head, unless it gives its own (`1,400,000` under `Grant (US$)` is `US$ 1,400,000`). */
function withHeadMoney(cell: string, money: {sign: string; scale: string}): string {
  if (/[\p{Sc}]|^[A-Z]{3}\s|%|\p{L}/u.test(cell)) return cell
  return `${money.sign} ${cell}${money.scale ? ` ${money.scale}` : ''}`
}

/**
 * Whether the last cells of rows with leader dots are the page numbers of a table of contents (`Editorial ...... 2`,
 * `Decisions ...... 4`): small whole numbers that never go down. A table's values are of other sizes and in no such order.
 */
function arePageNumbers(cells: readonly string[]): boolean {
  const numbers = cells.map((cell) => (/^\d{1,3}$/.test(cell) ? Number(cell) : Number.NaN))
  return numbers.every((number, at) => !Number.isNaN(number) && (at === 0 || number >= numbers[at - 1]))
}

/** Whether a cell names a row: words, not a number, and short. */
function isName(cell: string): boolean {
  return /^\p{L}/u.test(cell) && cell.split(/\s+/).length <= MOST_LABEL_WORDS && !/[.!?]$/u.test(cell)
}

/** A list's lines (see `figureRowsOf`). */
function listRows(lines: readonly string[], rows: Map<number, FigureRow[]>): void {
  const read = lines.map((line): FigureRow | undefined => {
    if (line.length > MOST_ROW_CHARACTERS || line.includes('\n')) return undefined
    const match = LIST_LINE.exec(line.replace(BULLET, '').trim())
    if (!match || !VALUE_CELL.test(match[2]) || !isName(match[1].trim())) return undefined
    const change = match[3] ?? match[4]
    if (change && !CHANGE_CELL.test(change) && !match[4]) return undefined
    return {cell: match[2], name: match[1].trim(), change: change?.trim()}
  })
  for (let start = 0; start < lines.length; ) {
    let end = start
    while (end < lines.length && read[end] && !rows.has(end)) end++
    if (end - start >= FEWEST_LIST_LINES) for (let at = start; at < end; at++) rows.set(at, [read[at]!])
    start = Math.max(end, start + 1)
  }
}

/**
 * A row's figure in the reader's normal form (`US$310 million`, `€820`, `14,500`, `9%`), with its label: the row's name
 * (its first letter made small unless it opens an acronym, a parenthesis at its end such as `(km²)` dropped), after a
 * unit the value cell gives (`tonnes de truffes noires …`), and the row's change after a comma.
 * @param row the row read by `figureRowsOf`
 * @param french whether the text is French (`7,8` is then 7.8, and `186 000` one number either way)
 * @returns the value and label, or undefined when the value cell is no number the reader can write
 */
export function rowFigure(row: FigureRow, french: boolean): {value: string; label: string} | undefined {
  const read = readWrittenValue(row.cell, french)
  if (!read) return undefined
  const {value, unit} = read
  let name = row.name.replace(/\s*\([^()]*\)$/u, '').trim()
  if (/^\p{Lu}\p{Ll}/u.test(name)) name = name[0].toLowerCase() + name.slice(1)
  // (`hop growers in Washington`, `grant for Valparaíso`: the column's head says what, the row's name whose; a name keeps its capital)
  if (row.column) {
    const column = /^\p{Lu}\p{Ll}/u.test(row.column) ? row.column[0].toLowerCase() + row.column.slice(1) : row.column
    const whose = row.name.replace(/\s*\([^()]*\)$/u, '').trim()
    const money = /^[^\d]*[\p{Sc}]|^[A-Z]{3}\s/u.test(value)
    name = `${column} ${french ? (money ? 'pour' : ':') : money ? 'for' : 'in'} ${whose}`.replace(' : ', ', ')
  }
  if (unit.length > 0) {
    const of = french ? (/^[aeiouyéèêh]/iu.test(name) ? "d'" : 'de ') : 'of '
    name = `${unit.join(' ')} ${of}${name}`
  }
  if (row.year && row.earlier) return {value, label: `${name} ${french ? 'en' : 'in'} ${row.year}, ${comparison(value, row.earlier, french)}`}
  return {value, label: row.change ? `${name}, ${row.change}` : name}
}

/**
 * How a year's value compares with the year before's, as a label writes it: `up from 3,412 in 2024/25` (`down from`,
 * `unchanged from`), in French `contre 3 412 en 2024/25` with the cell as written.
 */
function comparison(value: string, earlier: {cell: string; year: string}, french: boolean): string {
  if (french) return `contre ${earlier.cell} en ${earlier.year}`
  const before = readWrittenValue(earlier.cell, false)?.value ?? earlier.cell
  const size = (written: string) => {
    const number = Number(/[\d,.]+/.exec(written)?.[0].replace(/,/g, '') ?? Number.NaN)
    const scale = /billion/.test(written) ? 1e9 : /million/.test(written) ? 1e6 : 1
    return number * scale
  }
  const [now, then] = [size(value), size(before)]
  const way = Number.isNaN(now) || Number.isNaN(then) ? 'against' : now === then ? 'unchanged from' : now > then ? 'up from' : 'down from'
  return `${way} ${before} in ${earlier.year}`
}
