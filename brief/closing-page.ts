import type {PDFArray, PDFDict, PDFDocument} from 'pdf-lib'
import {loadPdfLib} from '../scripts/finish-pdf.js'
import {mmToPoints, PAGE_MARGIN_MM} from './page-margins.js'

/**
 * The rule printed a second time when the closing opens the last page alone: the last pillar moves
 * to that page, so the outlook follows the section before it. CSS `break-*` alone cannot say "keep
 * the outlook with what comes before" in Chromium (four variants tried), so the brief is printed,
 * read, and printed again only when needed.
 */
export const LAST_PILLAR_ON_NEXT_PAGE = '@media print { .pillars > .pillar:last-child:not(:first-child) { break-before: page; } }'

/** How far below the top of the page's text a heading may start and still open the page, in points (about two lines). */
const OPENS_PAGE = 36

/** The top and bottom margins of the brief's pages (`page-margins.ts`), in points. */
const TOP_MARGIN = mmToPoints(PAGE_MARGIN_MM.top)
const BOTTOM_MARGIN = mmToPoints(PAGE_MARGIN_MM.bottom)

/** The space between a pillar's heading and the text of the pillar before it (its 3 mm margin and the line's leading), in points. */
const GAP_ABOVE = (4 * 72) / 25.4

/**
 * The share of a page's text area a page other than the last must keep filled: the pages Chromium
 * fills itself end 91 to 99% down; a page left at 82-89% (the last pillar moved off it) reads as a gap.
 */
export const MIN_PAGE_FILL = 0.9

/** Where a heading landed in a printed brief: its page (0-based), the document's page count, its top in points from the page's top, and the page's height. */
export interface HeadingPlace {
  page: number
  pages: number
  top: number
  height: number
}

/** Each printed brief parsed once: the rules ask where several headings landed in the same PDF (only read, never changed). */
const parsedPdfs = new WeakMap<Uint8Array, Promise<PDFDocument>>()

/** A printed brief, parsed (once per PDF). */
function parsed(pdf: Uint8Array): Promise<PDFDocument> {
  let doc = parsedPdfs.get(pdf)
  if (!doc) {
    doc = loadPdfLib().then(({PDFDocument}) => PDFDocument.load(pdf, {updateMetadata: false}))
    parsedPdfs.set(pdf, doc)
  }
  return doc
}

/** The number of pages of a printed brief. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await parsed(pdf)).getPageCount()
}

/**
 * Where a heading landed in a printed brief, read from the outline Chromium writes: each entry's
 * destination names its page and height.
 * @param pdf the printed brief
 * @param heading the heading's place among the document's headings (depth first, as the outline)
 * @returns its page and height on it; undefined when the outline does not have it
 */
export async function headingPlace(pdf: Uint8Array, heading: number): Promise<HeadingPlace | undefined> {
  const {PDFDict: Dict, PDFName, PDFArray: List, PDFNumber, PDFRef} = await loadPdfLib()
  const doc = await parsed(pdf)
  const pages = doc.getPages()
  let index = 0
  let found: PDFDict | undefined
  const walk = (item: PDFDict | undefined) => {
    while (item && !found) {
      if (index++ === heading) found = item
      else walk(item.lookupMaybe(PDFName.of('First'), Dict))
      item = item.lookupMaybe(PDFName.of('Next'), Dict)
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), Dict)?.lookupMaybe(PDFName.of('First'), Dict))
  const dest = found && (found.lookupMaybe(PDFName.of('Dest'), List) ?? found.lookupMaybe(PDFName.of('A'), Dict)?.lookupMaybe(PDFName.of('D'), List))
  if (!dest) return undefined
  const [pageRef, , , y] = (dest as PDFArray).asArray()
  const page = pages.findIndex((p) => p.ref === pageRef)
  if (!(pageRef instanceof PDFRef) || page < 0 || !(y instanceof PDFNumber)) return undefined
  const height = pages[page].getHeight()
  return {page, pages: pages.length, top: height - y.asNumber(), height}
}

/**
 * Whether a heading opens the last page of a printed brief (the first thing under its running header).
 * @param pdf the printed brief
 * @param heading the heading's place among the document's headings (depth first, as the outline)
 * @returns true when that heading is at the top of the last page, and the document has more than one
 */
export async function opensLastPage(pdf: Uint8Array, heading: number): Promise<boolean> {
  const place = await headingPlace(pdf, heading)
  return place !== undefined && place.pages > 1 && place.page === place.pages - 1 && place.top <= TOP_MARGIN + OPENS_PAGE
}

/**
 * How much of its page's text area the text above a heading fills: what the page keeps if that
 * heading and all after it move to the next page.
 * @param pdf the printed brief
 * @param heading the heading's place among the document's headings
 * @returns a share from 0 to 1; undefined when the outline does not have the heading
 */
export async function fillAbove(pdf: Uint8Array, heading: number): Promise<number | undefined> {
  const place = await headingPlace(pdf, heading)
  if (!place) return undefined
  return Math.max(0, Math.min(1, (place.top - GAP_ABOVE - TOP_MARGIN) / (place.height - TOP_MARGIN - BOTTOM_MARGIN)))
}

/** The share of its text area the last page must fill: under a quarter, the closing alone on it reads as a page printed by mistake. */
export const MIN_LAST_PAGE_FILL = 0.25

/**
 * How filled the page before must stay when pillars move to a last page under a quarter filled: a gap
 * under the pillars of up to 15% of the page (about 35 mm) reads better than a last page holding only
 * the outlook and the citation (10 to 18% filled); at 80%, a tuning text lost its last two pillars and kept page 1 82% filled.
 */
export const MIN_FILL_TO_FILL_LAST_PAGE = 0.85

/** The print rule that opens a page with the pillar at `index` (0-based), and so moves it and those after it to the next page. */
export function pillarOnNextPage(index: number): string {
  return `@media print { .pillars > .pillar:nth-child(${index + 1}) { break-before: page; } }`
}

/** How the closing and the pillars stand in the laid-out brief, in points: what moving pillars would bring to the last page. */
export interface ClosingLayout {
  /** from the top of the outlook's heading to the bottom of the closing (outlook, next steps, citation) */
  belowOutlook: number
  /** for each pillar: its heading among the document's headings, and the height from its top to the bottom of the closing */
  pillars: Array<{heading: number; toEnd: number}>
}

/**
 * Which pillar to move to the last page, when that page holds only the close of the brief (and perhaps a pillar's last lines)
 * and is under a quarter filled: the last one, or the one before with those after it, up to the first that brings the last
 * page to a quarter, as long as the page they leave stays at least 85% filled (when none reaches a quarter, the furthest back
 * that keeps 85%: a last page 23% filled reads far better than 10%). Never the first pillar (its section's heading would be
 * left alone), nor more than one page holds.
 * @param pdf the brief printed once
 * @param outlookHeading the outlook's heading among the document's headings (depth first, as the outline), or -1
 * @param measure the closing and the pillars, measured in the laid-out brief (asked only when the outlook is on the last page: it costs a layout)
 * @returns the pillar (0-based) to open the last page with; undefined when the last page is filled enough or no pillar may move
 */
export async function pillarToFillLastPage(pdf: Uint8Array, outlookHeading: number, measure: () => Promise<ClosingLayout>): Promise<number | undefined> {
  if (outlookHeading < 0) return undefined
  const outlook = await headingPlace(pdf, outlookHeading)
  if (!outlook || outlook.pages < 2 || outlook.page !== outlook.pages - 1) return undefined
  const area = outlook.height - TOP_MARGIN - BOTTOM_MARGIN
  if ((outlook.top - TOP_MARGIN) / area >= MIN_LAST_PAGE_FILL) return undefined
  const layout = await measure()
  if ((outlook.top - TOP_MARGIN + layout.belowOutlook) / area >= MIN_LAST_PAGE_FILL) return undefined
  let chosen: number | undefined
  for (let index = layout.pillars.length - 1; index >= 1; index--) {
    const {heading, toEnd} = layout.pillars[index]
    const place = await headingPlace(pdf, heading)
    if (!place || place.page !== outlook.page - 1 || toEnd / area > 1) break
    const kept = await fillAbove(pdf, heading)
    if (kept === undefined || kept < MIN_FILL_TO_FILL_LAST_PAGE) break
    chosen = index
    if (toEnd / area >= MIN_LAST_PAGE_FILL) break
  }
  return chosen
}
