import type {Browser, Page} from 'puppeteer'
import {captureInTurn, withOfflinePage} from '../scripts/browser.js'
import {BuildError, EXIT} from '../scripts/errors.js'
import createDebug from 'debug'

const debug = createDebug('briefing-pack:deck')

/** The printed deck: a PDF with a page per slide, a PNG image of each slide, a small one of the first. */
export interface PrintedDeck {
  pdf: Uint8Array
  images: Uint8Array[]
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
 */
export async function showPrintView(page: Page, html: string): Promise<void> {
  await page.setViewport({width: 1280, height: 720, deviceScaleFactor: 1})
  await page.setContent(html, {waitUntil: 'load'})
  await page.addStyleTag({content: PRINT_CSS})
  await page.emulateMediaType('print')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/**
 * Print the deck with the shared browser: the PDF (one 1280×720 page per slide, tagged) and an
 * image of every slide, from the very HTML deck that is presented.
 * @param browser the shared browser
 * @param html the HTML deck (`slides.html`)
 * @returns PDF bytes and slide images
 */
export async function printDeck(browser: Browser, html: string): Promise<PrintedDeck> {
  return withOfflinePage(browser, async (page, blocked) => {
    const started = performance.now()
    await showPrintView(page, html)
    debug('print view in %d ms', Math.round(performance.now() - started))
    const pdf = await page.pdf({printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 60_000})
    // Few captures, cut into slides here: a capture costs ~55 ms whatever its size, but Chromium
    // refuses one taller than its largest texture, so a long deck is captured in chunks.
    debug('pdf at %d ms', Math.round(performance.now() - started))
    const count = await page.$$eval('svg[data-marpit-svg]', (slides) => slides.length)
    const images: Uint8Array[] = []
    for (let first = 0; first < count; first += SLIDES_PER_CAPTURE) {
      const slides = Math.min(SLIDES_PER_CAPTURE, count - first)
      const clip = {x: 0, y: first * 720, width: 1280, height: slides * 720}
      const capture = await captureInTurn(page, () => page.screenshot({type: 'png', clip, captureBeyondViewport: true, optimizeForSpeed: true}))
      images.push(...(await sliceSlides(capture, slides)))
    }
    debug('captured and sliced at %d ms', Math.round(performance.now() - started))
    const thumbnail = await makeThumbnail(images[0])
    if (blocked.length) throw new BuildError(`the deck tried to load ${blocked[0]}; nothing may be fetched from outside`, EXIT.renderFailed)
    return {pdf, images, thumbnail}
  })
}

/** Slides per capture: 12 × 720 px stays well under Chromium's largest capture. */
const SLIDES_PER_CAPTURE = 12

/** Cut a capture of stacked 1280×720 slides into one PNG per slide. */
async function sliceSlides(capture: Uint8Array, count: number): Promise<Uint8Array[]> {
  const {default: sharp} = await import('sharp')
  const {data, info} = await sharp(capture).raw().toBuffer({resolveWithObject: true})
  const raw = {raw: {width: info.width, height: info.height, channels: info.channels}}
  return Promise.all(Array.from({length: count}, (_, index) => sharp(data, raw).extract({left: 0, top: index * 720, width: 1280, height: 720}).png({compressionLevel: 6}).toBuffer()))
}

/** The title slide at 640×360, for the site. */
async function makeThumbnail(slide: Uint8Array): Promise<Uint8Array> {
  const {default: sharp} = await import('sharp')
  return sharp(slide).resize(640, 360).png().toBuffer()
}
