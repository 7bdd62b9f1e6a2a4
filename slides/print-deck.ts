import type {Browser, Page} from 'puppeteer'
import {captureInTurn, withOfflinePage} from '../scripts/browser.js'
import {withinBudget} from '../scripts/render-budget.js'
import {BuildError, EXIT} from '../scripts/errors.js'
import createDebug from 'debug'

const debug = createDebug('briefing-pack:deck')

/** The printed deck: a PDF with a page per slide, and a small image of the title slide. */
export interface PrintedDeck {
  pdf: Uint8Array
  /** The title slide at 640×360, for the site. */
  thumbnail: Uint8Array
}

/** Print rules added to the HTML deck: a slide per page, no on-screen controls. */
const PRINT_CSS = '@page { size: 1280px 720px; margin: 0; } @media print { .bespoke-marp-osc, .bespoke-progress-parent { display: none !important; } }'

/**
 * Lay the HTML deck out as it prints: each slide 1280×720, one under the other, fonts loaded.
 * Printing and the overflow test both use this view.
 * @param page an open page
 * @param html the HTML deck (`slides.html`)
 * @param timeoutMs how long loading it may take
 */
export async function showPrintView(page: Page, html: string, timeoutMs = 30_000): Promise<void> {
  await page.setViewport({width: 1280, height: 720, deviceScaleFactor: 1})
  await page.setContent(html, {waitUntil: 'load', timeout: timeoutMs})
  await page.addStyleTag({content: PRINT_CSS})
  await page.emulateMediaType('print')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/**
 * Print the deck with the shared browser: the PDF (one 1280×720 page per slide, tagged) and the
 * title slide's thumbnail, from the very HTML deck that is presented.
 * @param browser the shared browser
 * @param html the HTML deck (`slides.html`)
 * @param timeoutMs how long printing, and then the capture, may take (see `renderBudgetMs`)
 * @returns PDF bytes and the thumbnail
 */
export async function printDeck(browser: Browser, html: string, timeoutMs = 60_000): Promise<PrintedDeck> {
  return withOfflinePage(browser, async (page, blocked) => {
    const started = performance.now()
    const pdf = await withinBudget('printing the deck to PDF', timeoutMs, async () => {
      await showPrintView(page, html, timeoutMs)
      debug('print view in %d ms', Math.round(performance.now() - started))
      return page.pdf({printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: timeoutMs})
    })
    debug('pdf at %d ms', Math.round(performance.now() - started))
    // Only the title slide is captured: the site shows it; the PowerPoint deck is made from text.
    const capture = await captureInTurn(page, () => page.screenshot({type: 'png', clip: {x: 0, y: 0, width: 1280, height: 720}, optimizeForSpeed: true}), timeoutMs, 'capturing the title slide')
    const thumbnail = await makeThumbnail(capture)
    debug('thumbnail at %d ms', Math.round(performance.now() - started))
    if (blocked.length) throw new BuildError(`the deck tried to load ${blocked[0]}; nothing may be fetched from outside`, EXIT.renderFailed)
    return {pdf, thumbnail}
  })
}

/** The title slide at 640×360, for the site. */
async function makeThumbnail(slide: Uint8Array): Promise<Uint8Array> {
  const {default: sharp} = await import('sharp')
  return sharp(slide).resize(640, 360).png().toBuffer()
}
