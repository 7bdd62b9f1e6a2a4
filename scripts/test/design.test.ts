import {readFileSync} from 'node:fs'
import path from 'node:path'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import type {Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {showPrintView} from '../../slides/print-deck.js'
import {withOfflinePage} from '../browser.js'
import {writeSite} from '../site/write-site.js'
import type {Readout} from '../structure/readout.js'
import {splitSentences} from '../structure/text.js'
import {longReadout, syntheticReadout} from './helpers.js'
import {TestBuild} from './pack.js'
import {readPdf} from './pdf.js'

/** A readout of another shape: four short pillars, a growth pair, an outlook that is all next steps. */
const VIENNA = `The European Forum on Water Security’s ministers met in Vienna on 3-4 March 2025.
“Clean water is security.” Ministers agreed the ‘Vienna Agenda’ after a day of talks on drought, floods and shared rivers.
The Forum has grown from 9 members in 2015 to 27 members today, and pledged €450 million for river basin work.
1. Share drought data: Members will publish drought indicators every month on a shared platform. Basin agencies will align their warning levels by 2026.
2. Protect shared rivers: Upstream and downstream states will notify each other of works that change river flows. A joint panel will settle disputes within ninety days.
3. Fund resilient infrastructure: Members pledged €450 million for dams, levees and wetlands. The European Investment Bank will match every euro raised by members.
4. Train the next generation: A Forum academy will train 500 water engineers a year. Places will be shared equally between members.
Ministers will meet again in Lisbon in spring 2026 to review progress on the Vienna Agenda. Until then, senior officials will report every six months.
`

/** Notes that read as Marp directives when nothing guards them. */
const DIRECTIVE_NOTES = `The Guarded Group’s ministers met in Oslo on 5 May 2024.
“Notes stay notes.” Ministers said so.
- First pillar: Partners agreed to share data every month and to report progress on all commitments.
- Second pillar: Partners agreed to train staff together and to pool their expertise on audits.
_class: injected
theme: evil
`

const build = new TestBuild()
const packs: Record<string, {folder: string; readout: Readout}> = {}
const names = ['seed', 'vienna', 'synthetic', 'long'] as const

beforeAll(async () => {
  packs.seed = (await build.file(path.join(import.meta.dirname, 'fixtures/seed/input.txt'))) as never
  packs.vienna = (await build.text('vienna.txt', VIENNA)) as never
  packs.synthetic = (await build.text('rome.txt', syntheticReadout(7, 30))) as never
  packs.long = (await build.text('long.txt', longReadout(5))) as never
  packs.guarded = (await build.text('guarded.txt', DIRECTIVE_NOTES)) as never
  await writeSite(build.outDir, new Set())
}, 240_000)
afterAll(() => build.close())

async function onPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  return withOfflinePage(await build.session.browser(), use)
}

/** In the page: elements whose last line holds a single word (of elements with more than one word; a big figure in `strong` is its own line and not counted). */
function oneWordLastLines(selector: string): string[] {
  const found: string[] = []
  for (const element of document.querySelectorAll(selector)) {
    const words: Array<{word: string; top: number}> = []
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('strong')) continue
      for (const match of node.data.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(node, match.index!)
        range.setEnd(node, match.index! + match[0].length)
        const rect = range.getClientRects()[0]
        if (rect && rect.width > 0) words.push({word: match[0], top: Math.round(rect.top + rect.height / 2)})
      }
    }
    if (words.length < 2) continue
    const lastTop = words[words.length - 1].top
    const onLast = words.filter((w) => Math.abs(w.top - lastTop) < 4).length
    if (onLast < 2) found.push(element.textContent!.trim().slice(-60))
  }
  return found
}

async function openDeck(page: Page, folder: string) {
  await showPrintView(page, readFileSync(path.join(folder, 'slides.html'), 'utf8'))
}

describe.each(names)('deck of %s', (name) => {
  it('centres the text block of every pillar slide between 40% and 60% of its height', async () => {
    const centres = await onPage(async (page) => {
      await openDeck(page, packs[name].folder)
      return page.evaluate(() =>
        [...document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section.pillar')].map((section) => {
          const box = section.getBoundingClientRect()
          // The numeral badge sits in its own column, centred by the grid; the text block is measured.
          const parts = [...section.querySelectorAll(':scope > *:not(footer):not(header):not(p:first-child)')].map((e) => e.getBoundingClientRect())
          const top = Math.min(...parts.map((r) => r.top))
          const bottom = Math.max(...parts.map((r) => r.bottom))
          return ((top + bottom) / 2 - box.top) / box.height
        }),
      )
    })
    expect(centres).toHaveLength(packs[name].readout.pillars.length)
    for (const centre of centres) {
      expect(centre).toBeGreaterThanOrEqual(0.4)
      expect(centre).toBeLessThanOrEqual(0.6)
    }
  })

  it('ends no heading and no point with a single word on its last line', async () => {
    const found = await onPage(async (page) => {
      await openDeck(page, packs[name].folder)
      return page.evaluate(oneWordLastLines, 'section h1, section h2, section li, section blockquote p')
    })
    expect(found).toEqual([])
  })

  it('adds no "…" to slide text: headings, cards, points, figures and labels are shown whole', async () => {
    const {folder, readout} = packs[name]
    const texts = await onPage(async (page) => {
      await openDeck(page, folder)
      return page.evaluate(() => [...document.querySelectorAll('section :is(h1, h2, li, p, blockquote)')].map((e) => e.textContent!.trim()))
    })
    const sourceHasEllipsis = JSON.stringify(readout).includes('…')
    const cut = texts.filter((text) => text.includes('…') && !sourceHasEllipsis)
    expect(cut).toEqual([])
  })

  it('writes speaker notes without bracketed tags and with each sentence once', async () => {
    const notes = await onPage(async (page) => {
      await page.goto(`file://${path.join(packs[name].folder, 'slides.html')}`, {waitUntil: 'load'})
      return page.evaluate(() => [...document.querySelectorAll('.bespoke-marp-note')].map((n) => n.textContent ?? ''))
    })
    expect(notes.length).toBeGreaterThan(0)
    for (const note of notes) {
      expect(note).not.toMatch(/^\s*\[[^\]]*\]/m)
      const sentences = note
        .split(/\n\s*\n/)
        .flatMap((paragraph) => splitSentences(paragraph.trim()).map((s) => s.text.toLowerCase().replace(/[“”"‘’']/g, '')))
        .filter(Boolean)
      expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([])
    }
  })
})

describe('presenter view', () => {
  it('sets the notes in the theme font at a readable size', async () => {
    const style = await onPage(async (page) => {
      await page.setViewport({width: 1280, height: 800, deviceScaleFactor: 1})
      await page.goto(`file://${path.join(packs.seed.folder, 'slides.html')}?view=presenter`, {waitUntil: 'load'})
      return page.evaluate(() => {
        const note = document.querySelector('.bespoke-marp-presenter-note-container .bespoke-marp-note')
        return note ? {font: getComputedStyle(note).fontFamily, size: parseFloat(getComputedStyle(note).fontSize)} : undefined
      })
    })
    expect(style?.font).toMatch(/^'?"?Source Sans 3/)
    expect(style?.size).toBeGreaterThanOrEqual(20)
  })
})

describe('speaker notes never become directives', () => {
  it('keeps notes that read `_class: injected` and `theme: evil` as notes', async () => {
    const facts = await onPage(async (page) => {
      await page.goto(`file://${path.join(packs.guarded.folder, 'slides.html')}`, {waitUntil: 'load'})
      return page.evaluate(() => ({
        classes: [...document.querySelectorAll('section')].map((s) => s.className),
        themes: [...new Set([...document.querySelectorAll('section[data-theme]')].map((s) => s.getAttribute('data-theme')))],
        notes: [...document.querySelectorAll('.bespoke-marp-note')].map((n) => n.textContent ?? '').join('\n'),
      }))
    })
    expect(facts.classes.filter((c) => c.includes('injected'))).toEqual([])
    expect(facts.classes.some((c) => c.includes('closing'))).toBe(true)
    expect(facts.themes).toEqual(['briefing'])
    expect(facts.notes).toContain('_class: injected')
    expect(facts.notes).toContain('theme: evil')
  })
})

describe.each(names)('brief of %s', (name) => {
  it('sets body text at a measure of at most 75 characters a line (print layout)', async () => {
    const average = await onPage(async (page) => {
      // The A4 page's text width: 210 mm less margins of 18 mm, in CSS pixels.
      await page.setViewport({width: Math.floor(((210 - 36) * 96) / 25.4), height: 1100, deviceScaleFactor: 1})
      await page.emulateMediaType('print')
      await page.goto(`file://${path.join(packs[name].folder, 'brief.html')}`, {waitUntil: 'load'})
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const result = await page.evaluate(() => {
        let chars = 0
        let lines = 0
        for (const p of document.querySelectorAll('.context p, .pillar p, .outlook .column > p')) {
          const range = document.createRange()
          range.selectNodeContents(p)
          lines += new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size
          chars += p.textContent!.length
        }
        return lines ? chars / lines : 0
      })
      await page.emulateMediaType('screen')
      return result
    })
    expect(average).toBeGreaterThan(40)
    expect(average).toBeLessThanOrEqual(75)
  })

  it('fills every page at least a quarter, unless the brief is one page', async () => {
    const doc = await getDocument({data: new Uint8Array(readFileSync(path.join(packs[name].folder, 'brief.pdf'))), verbosity: 0}).promise
    const fills: number[] = []
    const mm = 72 / 25.4
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const height = page.view[3]
      const [top, bottom] = [height - 22 * mm, 20 * mm]
      const items = (await page.getTextContent()).items as Array<{str: string; transform: number[]}>
      const body = items.filter((item) => item.str.trim() && !/^Page \d+ of \d+$/.test(item.str.trim()) && item.transform[5] < top && item.transform[5] > bottom)
      const lowest = Math.min(...body.map((item) => item.transform[5]))
      fills.push((top - lowest) / (top - bottom))
    }
    await doc.destroy()
    if (fills.length > 1) for (const fill of fills) expect(fill).toBeGreaterThanOrEqual(0.25)
  })

  it('ends no heading with a single word on its last line', async () => {
    const found = await onPage(async (page) => {
      await page.setViewport({width: Math.floor(((210 - 36) * 96) / 25.4), height: 1100, deviceScaleFactor: 1})
      await page.emulateMediaType('print')
      await page.goto(`file://${path.join(packs[name].folder, 'brief.html')}`, {waitUntil: 'load'})
      const result = await page.evaluate(oneWordLastLines, 'h1, h2, h3, blockquote p')
      await page.emulateMediaType('screen')
      return result
    })
    expect(found).toEqual([])
  })
})

describe('say each thing once', () => {
  it.each(names)('brief of %s: the key message once, no running header on page 1, a citation and no file name', async (name) => {
    const {folder, readout} = packs[name]
    const text = await onPage(async (page) => {
      await page.goto(`file://${path.join(folder, 'brief.html')}`, {waitUntil: 'load'})
      return page.evaluate(() => document.body.textContent!.replace(/\s+/g, ' '))
    })
    if (readout.keyMessage) expect(text.split(readout.keyMessage).length - 1).toBe(1)
    if (readout.dateline) expect(text).not.toContain(readout.dateline)
    expect(text).not.toContain(readout.source)
    expect(text).toContain('Readout of the meeting of')
    const pdf = await readPdf(path.join(folder, 'brief.pdf'))
    expect(pdf.pageLines[0][0]).toBe('BRIEFING')
    if (readout.organisation) expect(pdf.pageLines[0].slice(0, 6).join(' ').split(readout.organisation).length - 1).toBeLessThanOrEqual(1)
  })

  it('site: no tool name in the footer; the deck and the brief PDF are the primary actions, the Markdown a quiet link', async () => {
    const facts = await onPage(async (page) => {
      await page.goto(`file://${path.join(build.outDir, 'index.html')}`, {waitUntil: 'load'})
      return page.evaluate(() => ({
        footer: document.querySelector('footer')?.textContent ?? '',
        primary: [...document.querySelectorAll('.card')][0] ? [...document.querySelectorAll('.card')[0].querySelectorAll('a.primary')].map((a) => a.getAttribute('href')!.split('/').pop()) : [],
        markdown: [...document.querySelectorAll('a[href$=".md"]')].map((a) => a.className),
      }))
    })
    expect(facts.footer).not.toMatch(/briefing-pack|made with/i)
    expect(facts.primary).toEqual(['slides.html', 'brief.pdf'])
    expect(new Set(facts.markdown)).toEqual(new Set(['quiet']))
  })
})

describe('on a phone (390 px)', () => {
  const pages = () => [path.join(build.outDir, 'index.html'), ...names.flatMap((name) => [path.join(packs[name].folder, 'index.html'), path.join(packs[name].folder, 'brief.html')])]

  it('scrolls no page sideways, sets long text at 16 px or more and headings larger than body', async () => {
    const problems = await onPage(async (page) => {
      await page.setViewport({width: 390, height: 844, deviceScaleFactor: 1})
      const found: string[] = []
      for (const file of pages()) {
        await page.goto(`file://${file}`, {waitUntil: 'load'})
        const facts = await page.evaluate(() => {
          const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize)
          const texts = [...document.querySelectorAll('p, li')].filter((e) => (e.textContent ?? '').trim().length > 40)
          const body = Math.max(...[...document.querySelectorAll('main p:not(blockquote p)')].map(size))
          return {
            scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            small: texts.filter((e) => size(e) < 16).map((e) => `${size(e)}px: ${e.textContent!.trim().slice(0, 40)}`),
            headings: [...document.querySelectorAll('h1, h2, h3')].filter((h) => size(h) <= body && !h.closest('.at-a-glance, .next-steps')).map((h) => `${size(h)}px <= ${body}px: ${h.textContent}`),
          }
        })
        if (facts.scroll > 0) found.push(`${file}: scrolls ${facts.scroll}px sideways`)
        for (const text of [...facts.small, ...facts.headings]) found.push(`${file}: ${text}`)
      }
      return found
    })
    expect(problems).toEqual([])
  })
})
