import type {PDFArray, PDFDict} from 'pdf-lib'
import {loadPdfLib} from '../scripts/finish-pdf.js'

/**
 * The rule printed a second time when the closing opens the last page alone: the last pillar moves
 * to that page, so the outlook follows the section before it. CSS `break-*` alone cannot say "keep
 * the outlook with what comes before" in Chromium (four variants tried), so the brief is printed,
 * read, and printed again only when needed.
 */
export const LAST_PILLAR_ON_NEXT_PAGE = '@media print { .pillars > .pillar:last-child:not(:first-child) { break-before: page; } }'

/** How far below the top of the page's text a heading may start and still open the page, in points (about two lines). */
const OPENS_PAGE = 36

/** The top margin of the brief's pages (`brief/brief.css`), in points. */
const TOP_MARGIN = (22 * 72) / 25.4

/**
 * Whether a heading opens the last page of a printed brief (the first thing under its running
 * header), read from the outline Chromium writes: each entry's destination names its page and height.
 * @param pdf the printed brief
 * @param heading the heading's place among the document's headings (depth first, as the outline)
 * @returns true when that heading is at the top of the last page, and the document has more than one
 */
export async function opensLastPage(pdf: Uint8Array, heading: number): Promise<boolean> {
  const {PDFDocument, PDFDict: Dict, PDFName, PDFArray: List, PDFNumber, PDFRef} = await loadPdfLib()
  const doc = await PDFDocument.load(pdf, {updateMetadata: false})
  const pages = doc.getPages()
  if (pages.length < 2) return false
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
  if (!dest) return false
  const [pageRef, , , top] = (dest as PDFArray).asArray()
  const last = pages[pages.length - 1]
  if (!(pageRef instanceof PDFRef) || pageRef !== last.ref) return false
  const y = top instanceof PDFNumber ? top.asNumber() : undefined
  return y !== undefined && y >= last.getHeight() - TOP_MARGIN - OPENS_PAGE
}
