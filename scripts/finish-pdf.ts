import type {PDFArray, PDFDict, PDFDocument, PDFRef} from 'pdf-lib'
import {sourceDateEpoch} from './build-date.js'

// pdf-lib is loaded on first use (see `preloadFinishing`), not when the build starts.
let lib: typeof import('pdf-lib')


/** Document metadata written into a PDF's info dictionary. */
export interface PdfMetadata {
  title: string
  author?: string
  subject?: string
  keywords?: string[]
  /** BCP 47 language, e.g. `en`. */
  language: string
}

/** A bookmark: a title and the page (0-based) it opens. */
export interface Bookmark {
  title: string
  page: number
}

/** What to do with the outline (bookmarks) Chromium made. */
export interface OutlineChange {
  /** Replace it with these bookmarks. */
  bookmarks?: Bookmark[]
  /**
   * Keep it, but set its titles, in order, to these texts: Chromium joins the lines of a wrapped
   * heading without a space (`Working Groupon Long Titles`).
   */
  retitle?: string[]
}

/**
 * Finish a PDF printed by Chromium: set Title, Author, Subject, Keywords and language, replace or
 * mend the outline, and make the bytes reproducible: no creation or modification date unless
 * `SOURCE_DATE_EPOCH` is set, no file identifier, a fixed producer.
 * @param bytes the PDF from `page.pdf()`
 * @param metadata what to write
 * @param outline how to change the outline
 * @returns the new PDF bytes
 */
export async function finishPdf(bytes: Uint8Array, metadata: PdfMetadata, outline: OutlineChange = {}): Promise<Uint8Array> {
  lib ??= await loadPdfLib()
  const {PDFDocument, PDFHexString, PDFName} = lib
  const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
  pdf.setTitle(metadata.title, {showInWindowTitleBar: true})
  if (metadata.author) pdf.setAuthor(metadata.author)
  if (metadata.subject) pdf.setSubject(metadata.subject)
  // pdf-lib joins keywords with spaces; a comma list keeps multi-word keywords apart.
  if (metadata.keywords?.length) infoDict(pdf).set(PDFName.of('Keywords'), PDFHexString.fromText(metadata.keywords.join(', ')))
  pdf.setLanguage(metadata.language)
  pdf.setCreator('briefing-pack')
  pdf.setProducer('briefing-pack with Chromium (Skia/PDF) and pdf-lib')
  const info = infoDict(pdf)
  info.delete(PDFName.of('CreationDate'))
  info.delete(PDFName.of('ModDate'))
  const date = sourceDateEpoch()
  if (date) {
    pdf.setCreationDate(date)
    pdf.setModificationDate(date)
  }
  if (outline.bookmarks) writeOutline(pdf, outline.bookmarks)
  if (outline.retitle) retitleOutline(pdf, outline.retitle)
  pdf.context.trailerInfo.ID = undefined
  return pdf.save({useObjectStreams: false, updateFieldAppearances: false})
}

/** Replace the document outline with a flat list of bookmarks. */
function writeOutline(pdf: PDFDocument, bookmarks: Bookmark[]): void {
  const {PDFHexString, PDFName, PDFNull, PDFNumber} = lib
  const pages = pdf.getPages()
  const entries = bookmarks.filter((b) => pages[b.page])
  if (entries.length === 0) return
  const context = pdf.context
  const rootRef = context.nextRef()
  const refs: PDFRef[] = entries.map(() => context.nextRef())
  entries.forEach((bookmark, i) => {
    const dict: Record<string, unknown> = {
      Title: PDFHexString.fromText(bookmark.title),
      Parent: rootRef,
      Dest: context.obj([pages[bookmark.page].ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]) as PDFArray,
    }
    if (i > 0) dict.Prev = refs[i - 1]
    if (i < entries.length - 1) dict.Next = refs[i + 1]
    context.assign(refs[i], context.obj(dict as never) as unknown as PDFDict)
  })
  context.assign(rootRef, context.obj({Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: PDFNumber.of(entries.length)} as never) as unknown as PDFDict)
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** Set the titles of the existing outline, depth first, to the given texts. */
function retitleOutline(pdf: PDFDocument, titles: string[]): void {
  const {PDFDict, PDFHexString, PDFName} = lib
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  let index = 0
  const walk = (item: PDFDict | undefined) => {
    while (item && index < titles.length) {
      item.set(PDFName.of('Title'), PDFHexString.fromText(titles[index++]))
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
  }
  walk(root?.lookupMaybe(PDFName.of('First'), PDFDict))
}

/** The info dictionary (pdf-lib keeps its accessor private). */
function infoDict(pdf: PDFDocument): PDFDict {
  return (pdf as unknown as {getInfoDict(): PDFDict}).getInfoDict()
}

/**
 * Load pdf-lib, from its one-file ES module build: its package entry is CommonJS spread over some
 * 400 files, which cost ~450 ms of CPU to load against ~120 ms for this one (which the runner's
 * bundle holds, so it is in V8's code cache too). Also called early by `preloadFinishing`.
 * @returns the library
 */
export async function loadPdfLib(): Promise<typeof import('pdf-lib')> {
  const loaded = (await import('pdf-lib/dist/pdf-lib.esm.min.js')) as typeof import('pdf-lib') & {default?: typeof import('pdf-lib')}
  return loaded.PDFDocument ? loaded : loaded.default!
}
