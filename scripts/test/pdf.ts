import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {mmToPoints, PAGE_MARGIN_MM} from '../../brief/page-margins.js'

/** What a test checks of a PDF: its pages, text, outline and metadata, read by poppler and pdfjs. */
export interface PdfFacts {
  pages: number
  /** Text of each page (pdftotext), whitespace collapsed. */
  pageText: string[]
  /** Non-empty lines of each page, in reading order (pdftotext without -layout). */
  pageLines: string[][]
  /** All text, whitespace collapsed. */
  text: string
  outline: string[]
  info: Record<string, unknown>
  tagged: boolean
  /** Page size in points of the first page. */
  size: [number, number]
  /** `pdffonts` rows: name and whether embedded. */
  fonts: Array<{name: string; embedded: boolean}>
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Read the facts of a PDF file. */
export async function readPdf(file: string): Promise<PdfFacts> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0}).promise
  const pageText = execFileSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'}).split('\f').slice(0, doc.numPages).map(flat)
  const pageLines = execFileSync('pdftotext', [file, '-'], {encoding: 'utf8'}).split('\f').slice(0, doc.numPages).map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean))
  const outline: string[] = []
  const walk = (items: Array<{title: string; items: unknown[]}> | null) => items?.forEach((item) => (outline.push(item.title), walk(item.items as never)))
  walk((await doc.getOutline()) as never)
  const {info} = await doc.getMetadata()
  const page = await doc.getPage(1)
  const [, , width, height] = page.view
  const fonts = execFileSync('pdffonts', [file], {encoding: 'utf8'})
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => ({name: row.split(/\s+/)[0], embedded: / yes +(?:yes|no) +(?:yes|no) +\d+ +\d+\s*$/.test(row)}))
  const markInfo = await doc.getMarkInfo()
  await doc.destroy()
  return {pages: pageText.length, pageText, pageLines, text: flat(pageText.join(' ')), outline, info: info as Record<string, unknown>, tagged: Boolean(markInfo?.Marked), size: [Math.round(width), Math.round(height)], fonts}
}

/** Collapse whitespace, for comparing text taken from a PDF or page. */
export {flat}

/**
 * How far down each page's text reaches, as a share of the text area between the brief's margins
 * (`brief/page-margins.ts`): the running header and "Page X of Y" sit in the margins and do not count.
 * @param file a printed brief
 * @returns one share (0 to 1) per page
 */
export function pageFill(file: string): number[] {
  const top = mmToPoints(PAGE_MARGIN_MM.top)
  const bottom = mmToPoints(PAGE_MARGIN_MM.bottom)
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], {encoding: 'utf8'})
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1])
      let lowest = top
      for (const [, yMin, yMax] of page.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)) {
        if (Number(yMin) > top - 2 && Number(yMax) < height - bottom + 2) lowest = Math.max(lowest, Number(yMax))
      }
      return (lowest - top) / (height - top - bottom)
    })
}
