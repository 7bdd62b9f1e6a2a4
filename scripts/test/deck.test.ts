import {readFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {makeSlides, overviewPages} from '../../slides/make-slides.js'
import type {Readout} from '../structure/readout.js'
import {typeset} from '../theme/typography.js'
import {withOfflinePage} from '../browser.js'
import {printDeck, titleSlideKey} from '../../slides/print-deck.js'
import {longReadout} from './helpers.js'
import {slideOverflows} from './overflow.js'
import {TestBuild} from './pack.js'
import {flat, readPdf} from './pdf.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const build = new TestBuild()
const packs: Record<string, {folder: string; readout: Readout}> = {}

beforeAll(async () => {
  packs.seed = (await build.file(path.join(fixtures, 'seed/input.txt'))) as never
  packs.five = (await build.text('five.txt', readFileSync(path.join(fixtures, 'five-pillars-bullets/input.txt'), 'utf8'))) as never
  packs.numbered = (await build.text('numbered.txt', readFileSync(path.join(fixtures, 'numbered-straight-quotes/input.txt'), 'utf8'))) as never
  packs.noMessage = (await build.text('no-message.txt', readFileSync(path.join(fixtures, 'no-key-message/input.txt'), 'utf8'))) as never
  packs.long = (await build.text('twelve-long.txt', longReadout(12))) as never
  // The same with a clause that goes on after its colon: no `Title:`, so the reader makes the titles (two-line headings over four two-line points).
  packs.longMade = (await build.text('twelve-long-made.txt', longReadout(12).replace(/partners: Delegations/g, 'partners: delegations'))) as never
  // Thirteen numbered paragraphs whose titles are made by the reader, some of them two lines long on a card.
  packs.thirteen = (await build.text('thirteen.txt', readFileSync(path.join(import.meta.dirname, 'corpus/trade-numbered-1/input.txt'), 'utf8'))) as never
}, 180_000)
afterAll(() => build.close())

/** Slides the deck should have: title, key message, overview pages, a slide per pillar, figures (one or two), closing. */
function expectedSlides(readout: Readout): number {
  const figures = makeSlides(readout).slides.filter((slide) => slide.kind === 'figures').length
  return 1 + (readout.keyMessage ? 1 : 0) + overviewPages(readout.pillars.map((p) => p.title)).length + readout.pillars.length + figures + 1
}

/** Open a built `slides.html` from disk and read what a test needs. */
async function inspectHtmlDeck(folder: string) {
  const browser = await build.session.browser()
  return withOfflinePage(browser, async (page, blocked) => {
    await page.goto(`file://${path.join(folder, 'slides.html')}`, {waitUntil: 'load'})
    const facts = await page.evaluate(() => ({
      sections: document.querySelectorAll('div.bespoke-marp-parent section, svg[data-marpit-svg] > foreignObject > section').length,
      pillarHeadings: [...document.querySelectorAll('section.pillar')].map((s) => [...s.querySelectorAll('h1, h2')].map((h) => h.textContent)),
      notes: [...document.querySelectorAll('.bespoke-marp-note')].map((n) => n.textContent ?? ''),
    }))
    return {...facts, blocked}
  })
}

describe.each(['seed', 'five', 'numbered', 'noMessage', 'long', 'longMade', 'thirteen'])('deck of %s', (name) => {
  it('has the framing slides plus one slide per pillar, in HTML and PDF', async () => {
    const {folder, readout} = packs[name]
    const html = await inspectHtmlDeck(folder)
    expect(html.sections).toBe(expectedSlides(readout))
    const pdf = await readPdf(path.join(folder, 'slides.pdf'))
    expect(pdf.pages).toBe(expectedSlides(readout))
    expect(html.blocked).toEqual([])
  })

  it('gives each pillar exactly one section.pillar with its title as heading, in source order', async () => {
    const {folder, readout} = packs[name]
    const {pillarHeadings} = await inspectHtmlDeck(folder)
    expect(pillarHeadings).toHaveLength(readout.pillars.length)
    pillarHeadings.forEach((headings, i) => {
      expect(headings).toHaveLength(1)
      const title = readout.pillars[i].title
      expect(title.length > 110 ? title.startsWith(headings[0]!.replace(/…$/, '')) : headings[0] === title).toBe(true)
    })
  })

  it('puts every pillar body, word for word, in the speaker notes of the HTML deck and the PPTX', async () => {
    const {folder, readout} = packs[name]
    const {notes} = await inspectHtmlDeck(folder)
    const zip = await JSZip.loadAsync(readFileSync(path.join(folder, 'slides.pptx')))
    const notesXml = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => zip.files[f].async('string')))
    const pptxText = flat(notesXml.map((xml) => xml.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")).join(' '))
    for (const pillar of readout.pillars) {
      // as the deck sets it: typographic quotes, no-break spaces in dates and amounts
      const body = flat(typeset(pillar.body, readout.lang))
      expect(notes.some((note) => flat(note).includes(body))).toBe(true)
      expect(pptxText).toContain(body)
    }
  })

  it('prints a PDF with every pillar title, an outline and metadata', async () => {
    const {folder, readout} = packs[name]
    const pdf = await readPdf(path.join(folder, 'slides.pdf'))
    // Read in reading order (not the page layout): a title set in a column beside the numeral wraps within its column.
    const readingOrder = pdf.pageLines.flat().join(' ').replace(/\s+/g, ' ')
    for (const pillar of readout.pillars) {
      if (pillar.title.length <= 110) expect(readingOrder).toContain(pillar.title)
      expect(pdf.outline).toContain(pillar.title)
    }
    expect(pdf.size).toEqual([960, 540])
    expect(pdf.info.Title).toBe(readout.title)
    expect(pdf.info.Author).toBe(readout.organisation ?? readout.participants)
    expect(pdf.info.Subject).toBeTruthy()
    expect(pdf.info.Keywords).toContain(readout.pillars[0].title)
    expect(pdf.fonts.length).toBeGreaterThan(0)
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true)
  })

  it('fits every slide inside its box (Chromium layout)', async () => {
    const {folder} = packs[name]
    // The built slides.html, laid out as it is printed and captured: every slide visible.
    const html = readFileSync(path.join(folder, 'slides.html'), 'utf8')
    const overflows = await slideOverflows(await build.session.browser(), html)
    expect(overflows).toEqual([])
  })
})

describe('the title slide thumbnail', () => {
  it('is captured again only when the page head or the title slide changed, and the image kept is the one a capture gives', async () => {
    const browser = await build.session.browser()
    const seed = readFileSync(path.join(packs.seed.folder, 'slides.html'), 'utf8')
    const laterSlide = seed.replace('<h2', '<h2 data-edited="1"')
    const otherTitle = seed.replace('</h1>', ' (edited)</h1>')
    expect(laterSlide).not.toBe(seed)
    expect(titleSlideKey(laterSlide)).toBe(titleSlideKey(seed))
    const first = await printDeck(browser, seed, {pdf: false})
    // A save that changed a later slide: the same image, not captured again.
    expect((await printDeck(browser, laterSlide, {pdf: false})).thumbnail).toBe(first.thumbnail)
    // Another title: captured.
    const other = await printDeck(browser, otherTitle, {pdf: false})
    expect(Buffer.from(other.thumbnail).equals(Buffer.from(first.thumbnail))).toBe(false)
    // Captured anew, the edited deck gives the image that was kept for it.
    const again = await printDeck(browser, laterSlide, {pdf: false})
    expect(again.thumbnail).not.toBe(first.thumbnail)
    expect(Buffer.from(again.thumbnail).equals(Buffer.from(first.thumbnail))).toBe(true)
  }, 60_000)
})
