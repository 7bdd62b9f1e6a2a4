import type {Browser} from 'puppeteer'
import {finishPdf, type PdfMetadata} from '../scripts/finish-pdf.js'
import {renderBudgetMs} from '../scripts/render-budget.js'
import {timedSteps, type Step} from '../scripts/steps.js'
import type {Readout} from '../scripts/structure/readout.js'
import type {OutputFile} from '../scripts/write-pack.js'
import {makePptx} from './make-pptx.js'
import {makeSlides, meetingBy, placeAndDate, type Deck} from './make-slides.js'
import {printDeck} from './print-deck.js'
import {renderPresentableHtml} from './render-deck.js'

/** The deck's outputs, and the deck they were made from. */
export interface BuiltDeck {
  deck: Deck
  files: OutputFile[]
}

/**
 * The slide stage: Marp Markdown, the HTML deck to present (rendered by Marp once), and, from
 * that same page printed by the shared browser, the PDF (a page and a bookmark per slide,
 * metadata); the PPTX is written from the slide model (editable text, notes).
 * @param readout the structured readout
 * @param browser the browser the run shares
 * @param step runs and times the steps (`slides`, `PDF`, `PPTX`)
 * @param onPresentable called with the HTML deck as soon as it is ready (watch mode shows it early)
 * @returns the files `slides.md`, `slides.html`, `slides.pdf`, `slides.pptx` and the title-slide thumbnail
 */
export async function buildDeck(readout: Readout, browser: Promise<Browser>, step: Step = timedSteps(), onPresentable?: (html: string) => Promise<void>): Promise<BuiltDeck> {
  const deck = makeSlides(readout)
  const html = await step('slides', () => renderPresentableHtml(deck.markdown))
  // Watch mode shows the HTML deck at once; the browser is warm there.
  await onPresentable?.(html)
  const metadata = deckMetadata(readout)
  // The PowerPoint deck is written from the slide model while the browser prints the PDF.
  const footer = [readout.title, placeAndDate(readout)].filter(Boolean).join(' · ')
  const pptxing = step('PPTX', () => makePptx({slides: deck.slides, title: readout.title, author: metadata.author, subject: metadata.subject, footer}))
  const [printed, pptx] = await Promise.all([
    step('PDF', async () => {
      const printed = await printDeck(await browser, html, renderBudgetMs(readout))
      const pdf = await finishPdf(printed.pdf, metadata, {bookmarks: deck.slides.map((slide, page) => ({title: slide.title, page}))})
      return {...printed, pdf}
    }),
    pptxing,
  ])
  return {
    deck,
    files: [
      {path: 'slides.md', content: deck.markdown},
      {path: 'slides.html', content: html},
      {path: 'slides.pdf', content: printed.pdf},
      {path: 'slides.pptx', content: pptx},
      {path: 'thumb-slides.png', content: printed.thumbnail},
    ],
  }
}

/** Title, author (the organisation), subject and keywords shared by the deck and the brief. */
export function deckMetadata(readout: Readout): PdfMetadata {
  const subject = [readout.roadmap ?? readout.title, readout.dateline ?? [readout.place, readout.dates?.display].filter(Boolean).join(', ')].filter(Boolean).join(' — ')
  return {
    title: readout.title,
    author: meetingBy(readout),
    subject,
    keywords: [readout.roadmap, readout.organisation, readout.place, ...readout.pillars.map((p) => p.title)].filter((k): k is string => Boolean(k)),
    language: 'en',
  }
}
