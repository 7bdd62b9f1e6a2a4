import type {Browser} from 'puppeteer'
import {withOfflinePage} from '../scripts/browser.js'
import {BuildError, EXIT} from '../scripts/errors.js'

/** The printed deck: a PDF with a page per slide, a PNG image of each slide, a small one of the first. */
export interface PrintedDeck {
  pdf: Uint8Array
  images: Uint8Array[]
  /** The title slide at 640×360, for the site. */
  thumbnail: Uint8Array
}

/**
 * Print the deck with the shared browser: the PDF (one 1280×720 page per slide, tagged, with
 * an outline from the slide headings) and an image of every slide.
 * @param browser the shared browser
 * @param printableHtml the page from `renderPrintableHtml`
 * @returns PDF bytes and slide images
 */
export async function printDeck(browser: Browser, printableHtml: string): Promise<PrintedDeck> {
  return withOfflinePage(browser, async (page, blocked) => {
    await page.setViewport({width: 1280, height: 720, deviceScaleFactor: 1})
    await page.setContent(printableHtml, {waitUntil: 'load'})
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const pdf = await page.pdf({printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 60_000})
    const slides = await page.$$('div.marpit > svg')
    const images: Uint8Array[] = []
    for (const slide of slides) images.push(await slide.screenshot({type: 'png'}))
    const thumbnail = await page.screenshot({type: 'png', clip: {x: 0, y: 0, width: 1280, height: 720, scale: 0.5}})
    if (blocked.length) throw new BuildError(`the deck tried to load ${blocked[0]}; nothing may be fetched from outside`, EXIT.renderFailed)
    return {pdf, images, thumbnail}
  })
}
