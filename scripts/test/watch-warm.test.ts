import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BrowserSession, IDLE_PAGES, keepPagesWarm, keptDocumentsReused, PAGE_USES, splitDocument, swapWornPages, withOfflinePage} from '../browser.js'
import {rehearse} from '../dev/rehearse.js'
import {printBrief} from '../../brief/print-brief.js'
import {renderBriefHtml} from '../../brief/template.js'
import {DEFAULT_SETTINGS} from '../config/settings.js'
import {structureText} from './helpers.js'

const root = path.resolve(import.meta.dirname, '../..')
const seed = readFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), 'utf8')

describe('watch mode keeps its pages warm', () => {
  it('a page serves past its uses without a new page on the path of a use, and is swapped only by swapWornPages', async () => {
    const uses = 3
    keepPagesWarm(uses)
    const session = new BrowserSession()
    try {
      const browser = await session.browser()
      // More uses than PAGE_USES and than `uses`: the same page every time, and no other page opened.
      const used = []
      for (let use = 0; use < Math.max(PAGE_USES, uses) + 2; use++) {
        used.push(await withOfflinePage(browser, async (page) => page))
        expect(await browser.pages()).toHaveLength(1)
      }
      expect(new Set(used).size).toBe(1)
      // After a save: the worn page is replaced and the pool topped up to IDLE_PAGES open pages.
      await swapWornPages(browser)
      for (let waited = 0; waited < 5_000 && !used[0].isClosed(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
      expect(used[0].isClosed()).toBe(true)
      expect(await browser.pages()).toHaveLength(IDLE_PAGES)
      const next = await withOfflinePage(browser, async (page) => ({page, text: await page.evaluate(() => document.body?.textContent ?? '')}))
      expect(next.page).not.toBe(used[0])
      expect(next.text).toBe('')
      // Nothing worn: a swap opens nothing more.
      await swapWornPages(browser)
      expect(await browser.pages()).toHaveLength(IDLE_PAGES)
    } finally {
      await session.close()
    }
  }, 60_000)
})

describe('watch mode keeps the brief document and swaps its text', () => {
  // Chromium writes the time of the print into the PDF; finishPdf sets it from the build's date.
  const undated = (pdf?: Uint8Array) => Buffer.from(pdf!).toString('latin1').replace(/\/(?:CreationDate|ModDate) \(D:[^)]*\)/g, '')

  it('splits a brief into the styles kept, the title and meta of its head, and the body; a document with a script is loaded whole', async () => {
    const {result} = await structureText(seed, 'paris.txt')
    const html = renderBriefHtml(result!.readout)
    const parts = splitDocument(html)!
    expect(parts.key).toContain('@font-face')
    expect(parts.head).toContain('<title>')
    expect(parts.head).not.toContain('<style')
    expect(parts.body).toContain('<main>')
    expect(parts.key).not.toContain('<main>')
    expect(splitDocument(html.replace('</main>', '</main><script>1</script>'))).toBeUndefined()
  })

  it('a second brief with the same styles is printed from the kept document, to the same PDF bytes, headings and thumbnail as from a loaded one', async () => {
    keepPagesWarm()
    const {result} = await structureText(seed, 'paris.txt')
    const readout = result!.readout
    const first = renderBriefHtml(readout)
    // A save: another figure in a pillar's text, and another key message (the head's description meta).
    const edited = {...readout, keyMessage: `${readout.keyMessage ?? ''} Again.`, pillars: readout.pillars.map((pillar, at) => (at === 1 ? {...pillar, body: `${pillar.body} It adds 81 international partners.`} : pillar))}
    const second = renderBriefHtml(edited)
    expect(splitDocument(second)!.key).toBe(splitDocument(first)!.key)
    // Other styles (a marking adds its sheet): loaded whole.
    const marked = renderBriefHtml(edited, {...DEFAULT_SETTINGS, marking: 'RESTRICTED'})
    expect(splitDocument(marked)!.key).not.toBe(splitDocument(first)!.key)

    const warm = new BrowserSession()
    try {
      const browser = await warm.browser()
      await printBrief(browser, first)
      const reused = keptDocumentsReused()
      const kept = await printBrief(browser, second)
      // Undo the kept document and this fails: the second brief was loaded whole.
      expect(keptDocumentsReused()).toBe(reused + 1)
      const keptMarked = await printBrief(browser, marked)
      expect(keptDocumentsReused()).toBe(reused + 1)
      // The page now holds the marked brief: the next is loaded whole, and the one after it kept again.
      await printBrief(browser, first)
      expect(keptDocumentsReused()).toBe(reused + 1)
      const keptAgain = await printBrief(browser, second)
      expect(keptDocumentsReused()).toBe(reused + 2)
      // The same briefs, each on a new browser's first page: loaded.
      for (const [html, printed] of [[second, kept], [marked, keptMarked], [second, keptAgain]] as const) {
        const cold = new BrowserSession()
        const loaded = await printBrief(await cold.browser(), html).finally(() => cold.close())
        expect(undated(printed.pdf)).toBe(undated(loaded.pdf))
        expect(printed.headings).toEqual(loaded.headings)
        expect(Buffer.from(printed.thumbnail).equals(Buffer.from(loaded.thumbnail))).toBe(true)
      }
    } finally {
      await warm.close()
    }
  }, 120_000)
})

describe('watch mode rehearses the text stages at start', () => {
  it('runs structure, slides, brief and the Office files on a source and writes nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-rehearse-'))
    const source = path.join(folder, 'paris.txt')
    writeFileSync(source, seed)
    expect(await rehearse(source)).toEqual(['structure', 'slides', 'brief', 'office'])
    expect(readdirSync(folder)).toEqual(['paris.txt'])
  })

  it('ends at the next stage once a save is waiting, so that the save does not wait for the whole rehearsal', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-rehearse-'))
    const source = path.join(folder, 'paris.txt')
    writeFileSync(source, seed)
    // A save arrives while the structure stage runs: the slides, the brief and the Office files are not rehearsed.
    let asked = 0
    expect(await rehearse(source, {}, undefined, () => ++asked > 2)).toEqual(['structure'])
    expect(await rehearse(source, {}, undefined, () => true)).toEqual([])
  })

  it('stops quietly at a source with a problem', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-rehearse-'))
    const source = path.join(folder, 'bad.txt')
    writeFileSync(source, `${seed}\n- : a pillar without a title\n`)
    expect(await rehearse(source)).toEqual([])
  })
})
