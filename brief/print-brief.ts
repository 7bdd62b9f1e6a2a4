import type {Browser, Page} from 'puppeteer-core'
import {captureInTurn, setPageContent, withOfflinePage} from '../scripts/browser.js'
import {withinBudget} from '../scripts/render-budget.js'
import {BuildError, EXIT} from '../scripts/errors.js'
import {type ClosingLayout, fillAbove, LAST_PILLAR_ON_NEXT_PAGE, MIN_PAGE_FILL, opensLastPage, pageCount, pillarOnNextPage, pillarToFillLastPage} from './closing-page.js'
import {TIGHTER_PRINT, worthFewerPages} from './fewer-pages.js'
import {mmToPixels, mmToPoints, PAGE_MARGIN_MM} from './page-margins.js'
import createDebug from 'debug'
import {collectIfDueWhileBrowserWorks} from '../scripts/collect-garbage.js'

const debug = createDebug('briefing-pack:brief')

/**
 * Print the brief with the shared browser: A4 or Letter from the CSS `@page` rules (margins,
 * running header, "Page X of Y"), backgrounds printed, tagged, with an outline from its headings.
 * @param browser the shared browser
 * @param html the brief's HTML
 * @param options `paper`: the sheet the thumbnail shows (the PDF follows the CSS); `pdf`: whether to print the PDF (default true); `timeoutMs`: how long printing, and then the capture, may take (see `renderBudgetMs`)
 * @returns the PDF bytes (when asked for), the text of its headings in document order (the
 *   outline's titles) and a thumbnail of page 1
 */
export async function printBrief(browser: Browser, html: string, options: {paper?: 'a4' | 'letter'; pdf?: boolean; timeoutMs?: number} = {}): Promise<{pdf?: Uint8Array; headings: string[]; thumbnail: Uint8Array}> {
  const timeoutMs = options.timeoutMs ?? 60_000
  return withOfflinePage(browser, async (page, blocked) => {
    const started = performance.now()
    debug('page ready')
    const pdf = await withinBudget('printing the brief to PDF', timeoutMs, async () => {
      // In watch mode a page keeps the last brief's document, and only its text is swapped (`setPageContent`).
      const loading = setPageContent(page, html, timeoutMs)
      // The browser lays the brief out now: a build's collection, when due, is made here (before the deck is handed over).
      collectIfDueWhileBrowserWorks()
      const reused = await loading
      debug('content set in %d ms%s', Math.round(performance.now() - started), reused ? ' (the document kept, its text swapped)' : '')
      // Load every face: a weight used only in the page margin boxes (header, "Page X of Y") is not
      // loaded by layout, and Chromium then paints no header or footer at all.
      await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())).then(() => undefined))
      debug('fonts loaded at %d ms', Math.round(performance.now() - started))
      if (options.pdf === false) return undefined
      // Laid out for print once before printing: short paragraphs marked to move whole, and the text's height kept for the rule below.
      const textHeight = await keepShortParagraphsWhole(page, PAPER[options.paper ?? 'a4'].width)
      const print = () => page.pdf({printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, displayHeaderFooter: false, timeout: timeoutMs})
      const sheet = PAPER[options.paper ?? 'a4']
      let first = await print()
      // A last page of a few lines (the outlook alone, a pillar's last lines and the citation): printed again a little
      // tighter, and kept when that saves the page; the rules below then look at the print kept.
      const pages = await pageCount(first)
      const area = sheet.height * 0.75 - mmToPoints(PAGE_MARGIN_MM.top + PAGE_MARGIN_MM.bottom)
      const height = pages > 1 ? textHeight : 0
      debug('%d pages, the text as one page %d%% of a page', pages, Math.round((height / area) * 100))
      if (worthFewerPages(height, pages, area)) {
        const tighter = await page.addStyleTag({content: TIGHTER_PRINT})
        const again = await print()
        if ((await pageCount(again)) < pages) {
          debug('printed tighter on %d pages instead of %d at %d ms', pages - 1, pages, Math.round(performance.now() - started))
          first = again
        } else {
          debug('printed tighter, still %d pages', pages)
          await tighter.evaluate((element) => element.remove())
        }
      }
      // A short closing (outlook, next steps, citation) that opens the last page alone: printed again with the last pillar on that page
      // when the page before stays at least 90% filled; below that, only when the last page is under a quarter filled (next rule).
      const [outlook, lastPillar, anyOutlook] = await page.evaluate(() => {
        const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        const find = (selector: string) => headings.indexOf(document.querySelector(selector)!)
        return [find('.closing.short > .outlook > h2'), find('.pillars > .pillar:last-child:not(:first-child) > h3'), find('.closing > .outlook > h2')]
      })
      if (outlook >= 0 && lastPillar >= 0 && (await opensLastPage(first, outlook))) {
        const kept = await fillAbove(first, lastPillar)
        if (kept !== undefined && kept >= MIN_PAGE_FILL) {
          debug('the outlook opens the last page alone: printed again at %d ms', Math.round(performance.now() - started))
          await page.addStyleTag({content: LAST_PILLAR_ON_NEXT_PAGE})
          return print()
        }
        debug('the outlook opens the last page alone; the last pillar stays, as moving it would leave its page %d%% filled', Math.round((kept ?? 0) * 100))
      }
      // A last page under a quarter filled (the closing, perhaps the last lines of a pillar): printed again with the
      // pillars that bring it to a quarter, when the page they leave stays filled enough (see pillarToFillLastPage).
      const moved = await pillarToFillLastPage(first, anyOutlook, () => closingLayout(page, sheet.width))
      if (moved === undefined) return first
      debug('the last page is under a quarter filled: printed again from pillar %d at %d ms', moved + 1, Math.round(performance.now() - started))
      await page.addStyleTag({content: pillarOnNextPage(moved)})
      const again = await print()
      return (await pageCount(again)) === (await pageCount(first)) ? again : first
    })
    debug('pdf at %d ms', Math.round(performance.now() - started))
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()))
    const thumbnail = await pageOneThumbnail(page, PAPER[options.paper ?? 'a4'], timeoutMs)
    debug('thumbnail at %d ms', Math.round(performance.now() - started))
    if (blocked.length) throw new BuildError(`the brief tried to load ${blocked[0]}; nothing may be fetched from outside`, EXIT.renderFailed)
    return {pdf, headings, thumbnail}
  }, html)
}

/** Both side margins (`page-margins.ts`), in CSS pixels: the text is laid out between them. */
const SIDE_MARGINS = 2 * mmToPixels(PAGE_MARGIN_MM.side)

/**
 * Measure the brief as laid out for print at the width of the page's text, as one long page.
 * @param page the page holding the brief
 * @param sheetWidth the paper's width, in CSS pixels
 * @param measure what to read, in the page
 */
async function inPrintLayout<T>(page: Page, sheetWidth: number, measure: () => T): Promise<T> {
  await page.emulateMediaType('print')
  await page.setViewport({width: Math.round(sheetWidth - SIDE_MARGINS), height: 1000})
  try {
    return await page.evaluate(measure)
  } finally {
    await page.emulateMediaType()
  }
}

/**
 * Mark each paragraph of fewer lines than its orphans and widows together (six: 3 and 3) as one
 * that moves whole (`.whole` in brief.css). Chromium breaks such a paragraph after its orphans
 * whatever its widows say, so a pillar of four lines left its last line alone at the top of the next
 * page; the spec would move it whole, and so does this. Lines are counted in the print layout, which
 * also gives the text's height as one long page (marking a paragraph does not change it).
 * @param page the page holding the brief
 * @param sheetWidth the paper's width, in CSS pixels
 * @returns the height of the brief's text laid out for print at the width of the page's text, as one long page, in points
 */
async function keepShortParagraphsWhole(page: Page, sheetWidth: number): Promise<number> {
  const started = performance.now()
  const {marked, height} = await inPrintLayout(page, sheetWidth, () => {
    let count = 0
    for (const paragraph of document.querySelectorAll('p')) {
      const style = getComputedStyle(paragraph)
      const lines = Math.round(paragraph.getBoundingClientRect().height / parseFloat(style.lineHeight))
      if (lines > 1 && lines < Number(style.orphans) + Number(style.widows)) {
        paragraph.classList.add('whole')
        count++
      }
    }
    return {marked: count, height: document.body.getBoundingClientRect().height * 0.75}
  })
  debug('%d short paragraphs kept whole (%d ms)', marked, Math.round(performance.now() - started))
  return height
}

/**
 * The closing and the pillars as laid out for print at the width of the page's text, in points (see ClosingLayout).
 * @param page the page holding the brief
 * @param sheetWidth the paper's width, in CSS pixels
 */
function closingLayout(page: Page, sheetWidth: number): Promise<ClosingLayout> {
  return inPrintLayout(page, sheetWidth, () => {
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    const outlook = document.querySelector('.closing > .outlook > h2')
    const end = document.querySelector('.closing')!.getBoundingClientRect().bottom
    const points = (px: number) => px * 0.75
    return {
      belowOutlook: outlook ? points(end - outlook.getBoundingClientRect().top) : 0,
      pillars: [...document.querySelectorAll('.pillars > .pillar')].map((pillar) => ({heading: headings.indexOf(pillar.querySelector('h3')!), toEnd: points(end - pillar.getBoundingClientRect().top)})),
    }
  })
}

/** A4 and US Letter at 96 dpi, in CSS pixels. */
export const PAPER = {a4: {width: 794, height: 1123}, letter: {width: 816, height: 1056}}

/** Width of the page-1 thumbnail, in pixels; its height follows the paper. */
export const BRIEF_THUMBNAIL_WIDTH = 248

/**
 * Page 1 of the brief as a small PNG: the print layout on its sheet with its margins, captured by
 * the same browser (the running header and footer live outside the page box and are not shown).
 */
async function pageOneThumbnail(page: Page, sheet: {width: number; height: number}, timeoutMs: number): Promise<Uint8Array> {
  await page.emulateMediaType('print')
  await page.setViewport({width: sheet.width, height: sheet.height})
  await page.addStyleTag({content: `@media print { html { background: #fff; } body { padding: ${PAGE_MARGIN_MM.top}mm ${PAGE_MARGIN_MM.side}mm 0; } }`})
  return captureInTurn(page, () => page.screenshot({type: 'png', clip: {x: 0, y: 0, width: sheet.width, height: sheet.height, scale: BRIEF_THUMBNAIL_WIDTH / sheet.width}}), timeoutMs, 'capturing page 1 of the brief')
}
