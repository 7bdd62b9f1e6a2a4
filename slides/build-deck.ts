import type {Browser} from 'puppeteer-core'
import type {Brand} from '../scripts/config/brand.js'
import {finishPdf, type PdfMetadata} from '../scripts/finish-pdf.js'
import {renderBudgetMs} from '../scripts/render-budget.js'
import {timedSteps, type Step} from '../scripts/steps.js'
import type {Readout} from '../scripts/structure/readout.js'
import type {OutputFile} from '../scripts/write-pack.js'
import {makePptx} from '../scripts/office-worker.js'
import type {PptxInput} from './make-pptx.js'
import {makeSlides, meetingBy, type Deck} from './make-slides.js'
import {printDeck} from './print-deck.js'
import {catalogueOf, placeIn} from '../scripts/theme/catalogue/index.js'
import {renderPresentableHtml} from './render-deck.js'
import {slideSize} from './slide-size.js'
import {capitalise} from '../scripts/capitalise.js'
import {DEFAULT_SETTINGS, type OutputName, type PackSettings} from '../scripts/config/settings.js'

/** The deck's outputs, and the deck they were made from. */
export interface BuiltDeck {
  deck: Deck
  files: OutputFile[]
}

/**
 * The slide stage: Marp Markdown, the HTML deck to present (rendered by Marp once), and, from
 * that same page printed by the shared browser, the PDF (a page and a bookmark per slide,
 * metadata); the PPTX is written from the slide model (editable text, notes) on the Office thread,
 * beside the rest. Only the outputs
 * asked for are made: no Marp run without an HTML or PDF deck, no PDF print without `slides.pdf`.
 * @param readout the structured readout
 * @param browser the browser the run shares
 * @param step runs and times the steps (`slides`, `PDF`, `PPTX`)
 * @param onPresentable called with the HTML deck as soon as it is ready (watch mode shows it early)
 * @param settings the pack's settings: shape, marking, outputs
 * @param brand a brand's logo, colours and fonts (the seed's look without it)
 * @param onPrinted called when the browser has printed and captured the deck (before the PDF is finished here), so that it can be closed meanwhile
 * @returns the files asked for among `slides.md`, `slides.html`, `slides.pdf`, `slides.pptx`, and the title-slide thumbnail when the deck was rendered
 */
export async function buildDeck(readout: Readout, browser: Promise<Browser>, step: Step = timedSteps(), onPresentable?: (html: string) => Promise<void>, settings: PackSettings = DEFAULT_SETTINGS, brand?: Brand, onPrinted?: () => void): Promise<BuiltDeck> {
  const wants = (name: OutputName) => settings.outputs.includes(name)
  const deck = makeSlides(readout, {slides: settings.slides, marking: settings.marking, logo: brand?.logo})
  const metadata = markedMetadata(deckMetadata(readout), settings.marking)
  // The PowerPoint deck is written from the slide model on the Office thread, from now on: while
  // Marp renders here and the browser prints.
  // its running footer is the Marp deck's (one line, whole)
  const footer = deck.footer
  const pptxing = wants('slides.pptx')
    ? step('PPTX', (own) => makePptx({slides: deck.slides, title: readout.title, author: metadata.author, subject: metadata.subject, footer, size: slideSize(settings.slides).inches, marking: settings.marking, lang: catalogueOf(readout).locale, ...pptxBrand(brand)}, own))
    : undefined
  pptxing?.catch(() => undefined)
  const rendering = wants('slides.html') || wants('slides.pdf')
  const html = rendering ? await step('slides', () => renderPresentableHtml(deck.markdown, {marking: settings.marking, shape: settings.slides, brand, lang: catalogueOf(readout).lang})) : undefined
  // Watch mode shows the HTML deck at once; the browser is warm there.
  if (html !== undefined && wants('slides.html')) await onPresentable?.(html)
  const [printed, pptx] = await Promise.all([
    html === undefined
      ? undefined
      : step('PDF', async () => {
          const printed = await printDeck(await browser, html, {shape: settings.slides, pdf: wants('slides.pdf'), timeoutMs: renderBudgetMs(readout)})
          onPrinted?.()
          const pdf = printed.pdf && (await finishPdf(printed.pdf, metadata, {bookmarks: deck.slides.map((slide, page) => ({title: slide.title, page}))}))
          return {...printed, pdf}
        }),
    pptxing,
  ])
  const files: OutputFile[] = []
  if (wants('slides.md')) files.push({path: 'slides.md', content: deck.markdown})
  if (html !== undefined && wants('slides.html')) files.push({path: 'slides.html', content: html})
  if (printed?.pdf) files.push({path: 'slides.pdf', content: printed.pdf})
  if (pptx) files.push({path: 'slides.pptx', content: pptx})
  if (printed) files.push({path: 'thumb-slides.png', content: printed.thumbnail})
  return {deck, files}
}

/**
 * The metadata with a protective marking: first among the keywords and at the head of the subject.
 * @param metadata the document's metadata
 * @param marking the marking, if any
 * @returns the metadata to write
 */
export function markedMetadata(metadata: PdfMetadata, marking?: string): PdfMetadata {
  if (!marking) return metadata
  return {...metadata, subject: [marking, metadata.subject].filter(Boolean).join(' — '), keywords: [marking, ...(metadata.keywords ?? [])]}
}

/** What a brand gives the PowerPoint deck: its logo, organisation, colours and font. */
function pptxBrand(brand?: Brand): Partial<PptxInput> {
  if (!brand) return {}
  const logo = brand.logo?.medium
  return {company: brand.name, colors: brand.color, font: brand.font.sans.split(',')[0].replace(/['"]/g, '').trim(), ...(logo ? {logo: {data: logo.png, alt: logo.alt, aspect: logo.aspect}} : {})}
}

/** Title, author (the organisation), subject and keywords shared by the deck and the brief. */
export function deckMetadata(readout: Readout): PdfMetadata {
  const place = placeIn(catalogueOf(readout), readout.place)
  const subject = [capitalise(readout.roadmap ?? readout.title, {keepBeforeCapital: true}), readout.dateline ?? [place, readout.dates?.display].filter(Boolean).join(', ')].filter(Boolean).join(' — ')
  return {
    title: readout.title,
    author: meetingBy(readout),
    subject,
    keywords: [readout.roadmap, readout.organisation, place, ...readout.pillars.map((p) => p.title)].filter((k): k is string => Boolean(k)),
    language: catalogueOf(readout).lang,
  }
}
