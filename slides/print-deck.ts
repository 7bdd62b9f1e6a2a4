import {createHash} from 'node:crypto'
import type {Browser, Page} from 'puppeteer-core'
import {captureInTurn, withOfflinePage} from '../scripts/browser.js'
import {withinBudget} from '../scripts/render-budget.js'
import {BuildError, EXIT} from '../scripts/errors.js'
import createDebug from 'debug'
import {collectWhileBrowserWorks} from '../scripts/collect-garbage.js'
import {slideSize, type SlideShape} from './slide-size.js'

const debug = createDebug('briefing-pack:deck')

/** The printed deck: a PDF with a page per slide (when asked for), and a small image of the title slide. */
export interface PrintedDeck {
  pdf?: Uint8Array
  /** The title slide at half size (640×360 for 16:9, 480×360 for 4:3), for the site. */
  thumbnail: Uint8Array
}

/** Print rules added to the HTML deck: a slide per page, no on-screen controls. */
function printCss(size: {width: number; height: number}): string {
  return `@page { size: ${size.width}px ${size.height}px; margin: 0; } @media print { .bespoke-marp-osc, .bespoke-progress-parent { display: none !important; } }`
}

/**
 * Lay the HTML deck out as it prints: each slide at its size (1280×720, or 960×720 for 4:3), one
 * under the other, fonts loaded. Printing and the overflow test both use this view.
 * @param page an open page
 * @param html the HTML deck (`slides.html`)
 * @param shape the deck's shape
 * @param timeoutMs how long loading it may take
 */
export async function showPrintView(page: Page, html: string, shape: SlideShape = '16:9', timeoutMs = 30_000): Promise<void> {
  const size = slideSize(shape)
  await page.setViewport({width: size.width, height: size.height, deviceScaleFactor: 1})
  const loading = page.setContent(html, {waitUntil: 'load', timeout: timeoutMs})
  // The browser lays the deck out now, and this thread only waits: a build collects its garbage here
  // (every eighth deck, or when the brief's print has not already made the collection that was due).
  collectWhileBrowserWorks()
  await loading
  await page.addStyleTag({content: printCss(size)})
  await page.emulateMediaType('print')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** The last title slide each browser captured: its key (`titleSlideKey`) and the thumbnail made of it. */
const lastTitleSlides = new WeakMap<Browser, {key: string; thumbnail: Uint8Array}>()

/**
 * What the title slide's thumbnail is made from: the deck's shape and its page up to the end of the
 * first slide (the head with every style and font, and the slide's markup, its page number and
 * total included). Watch mode saves mostly change later slides: the same key gives the same image.
 * @param html the HTML deck
 * @param shape the deck's shape
 * @returns a hash, or nothing when the first slide's end is not found
 */
export function titleSlideKey(html: string, shape: SlideShape = '16:9'): string | undefined {
  const end = /<\/section>\s*<\/foreignObject>\s*<\/svg>/.exec(html)?.index ?? -1
  return end === -1 ? undefined : createHash('sha256').update(`${shape}\0`).update(html.slice(0, end)).digest('hex')
}

/**
 * Print the deck with the shared browser: the PDF (one page per slide, tagged; only when `pdf` is
 * asked for) and the title slide's thumbnail, from the very HTML deck that is presented.
 * @param browser the shared browser
 * @param html the HTML deck (`slides.html`)
 * @param options `shape`: `16:9` or `4:3`; `pdf`: whether to print the PDF (default true); `timeoutMs`: how long printing, and then the capture, may take (see `renderBudgetMs`)
 * @returns PDF bytes and the thumbnail
 */
export async function printDeck(browser: Browser, html: string, options: {shape?: SlideShape; pdf?: boolean; timeoutMs?: number} = {}): Promise<PrintedDeck> {
  const size = slideSize(options.shape)
  const timeoutMs = options.timeoutMs ?? 60_000
  return withOfflinePage(browser, async (page, blocked) => {
    const started = performance.now()
    debug('page ready')
    const pdf = await withinBudget('printing the deck to PDF', timeoutMs, async () => {
      await showPrintView(page, html, options.shape, timeoutMs)
      debug('print view in %d ms', Math.round(performance.now() - started))
      return options.pdf === false ? undefined : page.pdf({printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: timeoutMs})
    })
    debug('pdf at %d ms', Math.round(performance.now() - started))
    // Only the title slide is captured: the site shows it; the PowerPoint deck is made from text.
    // Captured at half size by Chromium itself: a quarter of the pixels to encode, nothing to resize
    // here (a full-size capture made smaller with sharp took ~100 ms of a watch-mode save). A title
    // slide made of the same page head and markup as the last one captured is not captured again.
    const key = titleSlideKey(html, options.shape)
    const last = lastTitleSlides.get(browser)
    const thumbnail =
      key !== undefined && last?.key === key
        ? last.thumbnail
        : await captureInTurn(page, () => page.screenshot({type: 'png', clip: {x: 0, y: 0, width: size.width, height: size.height, scale: 0.5}, optimizeForSpeed: true}), timeoutMs, 'capturing the title slide')
    if (key !== undefined) lastTitleSlides.set(browser, {key, thumbnail})
    debug('thumbnail at %d ms', Math.round(performance.now() - started))
    if (blocked.length) throw new BuildError(`the deck tried to load ${blocked[0]}; nothing may be fetched from outside`, EXIT.renderFailed)
    return {pdf, thumbnail}
  })
}
