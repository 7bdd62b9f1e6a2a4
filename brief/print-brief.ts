import type {Browser} from 'puppeteer'
import {withOfflinePage} from '../scripts/browser.js'
import {BuildError, EXIT} from '../scripts/errors.js'

/**
 * Print the brief with the shared browser: A4 from the CSS `@page` rules (margins, running header,
 * "Page X of Y"), backgrounds printed, tagged, with an outline from its headings.
 * @param browser the shared browser
 * @param html the brief's HTML
 * @returns the PDF bytes and the text of its headings, in document order (the outline's titles)
 */
export async function printBrief(browser: Browser, html: string): Promise<{pdf: Uint8Array; headings: string[]}> {
  return withOfflinePage(browser, async (page, blocked) => {
    await page.setContent(html, {waitUntil: 'load'})
    // Load every face: a weight used only in the page margin boxes (header, "Page X of Y") is not
    // loaded by layout, and Chromium then paints no header or footer at all.
    await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())).then(() => undefined))
    const pdf = await page.pdf({printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, displayHeaderFooter: false, timeout: 60_000})
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()))
    if (blocked.length) throw new BuildError(`the brief tried to load ${blocked[0]}; nothing may be fetched from outside`, EXIT.renderFailed)
    return {pdf, headings}
  })
}
