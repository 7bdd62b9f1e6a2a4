import type {Browser} from 'puppeteer'
import {withOfflinePage} from '../scripts/browser.js'
import {BuildError, EXIT} from '../scripts/errors.js'

/** The printed deck: a PDF with a page per slide and a PNG image of each slide. */
export interface PrintedDeck {
  pdf: Uint8Array
  images: Uint8Array[]
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
    if (blocked.length) throw new BuildError(`the deck tried to load ${blocked[0]}; nothing may be fetched from outside`, EXIT.renderFailed)
    return {pdf, images}
  })
}
