import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {withOfflinePage} from '../browser.js'
import {HOSTILE_LITERALS, HOSTILE_READOUT} from './hostile.js'
import {TestBuild} from './pack.js'
import {flat, readPdf} from './pdf.js'

const build = new TestBuild()
let folder: string

beforeAll(async () => {
  folder = (await build.text('hostile.txt', HOSTILE_READOUT)).folder
}, 60_000)
afterAll(() => build.close())

/** Open a built HTML file from disk; record dialogs and requests that leave `file:` and `data:`. */
async function open(file: string, inspect: () => unknown) {
  const browser = await build.session.browser()
  return withOfflinePage(browser, async (page, blocked) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`file://${file}`, {waitUntil: 'load'})
    await new Promise((resolve) => setTimeout(resolve, 300))
    return {facts: (await page.evaluate(inspect)) as Record<string, unknown>, dialogs, blocked}
  })
}

describe('source text stays text in the brief', () => {
  it('brief.html: no dialog, no element from the source, no request', async () => {
    const {facts, dialogs, blocked} = await open(path.join(folder, 'brief.html'), () => ({
      injected: [...document.body.querySelectorAll('script, img, iframe, style, a, svg, math, b, code, em, hr, link')].map((e) => e.tagName),
      text: document.body.textContent,
    }))
    expect(dialogs).toEqual([])
    expect(blocked).toEqual([])
    expect(facts.injected).toEqual([])
    const text = flat(String(facts.text))
    for (const literal of HOSTILE_LITERALS) expect(text).toContain(literal)
    expect(text).toContain('<iframe src="https://evil.example/frame"></iframe>')
  })

  it('brief.pdf shows the characters as text', async () => {
    const pdf = await readPdf(path.join(folder, 'brief.pdf'))
    for (const literal of HOSTILE_LITERALS) expect(pdf.text).toContain(literal)
    expect(pdf.text).toContain('<!-- _class: injected -->')
  })

  it('the site pages show the titles as text', async () => {
    const {facts, dialogs, blocked} = await open(path.join(folder, 'index.html'), () => ({
      injected: [...document.querySelectorAll('main script, main img:not(.slide):not(.page), main iframe, main b')].map((e) => e.tagName),
      text: document.body.textContent,
    }))
    expect(dialogs).toEqual([])
    expect(blocked).toEqual([])
    expect(facts.injected).toEqual([])
    expect(flat(String(facts.text))).toContain('<script>alert(3)</script>')
  })
})

describe('source text stays text in the deck', () => {
  it('slides.html: no dialog, no element from the source, no request, the dollars read as text', async () => {
    const browser = await build.session.browser()
    const result = await withOfflinePage(browser, async (page, blocked) => {
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`file://${path.join(folder, 'slides.html')}`, {waitUntil: 'load'})
      await new Promise((resolve) => setTimeout(resolve, 300))
      const facts = await page.evaluate(() => ({
        // The one `em` the deck makes itself: a key figure's unit words right after its number (`**14,2** *milliards*`).
        injected: [...document.querySelectorAll('section')].flatMap((s) => [...s.querySelectorAll('script, img, iframe, style, a, svg, math, .katex, mjx-container, b, code, em:not(section.figures li > strong:first-child + em), hr')].map((e) => e.tagName)),
        classes: [...new Set([...document.querySelectorAll('section')].map((s) => s.className))],
        backgrounds: [...document.querySelectorAll('section')].map((s) => getComputedStyle(s).backgroundImage).filter((b) => b !== 'none'),
        text: [...document.querySelectorAll('section')].map((s) => s.textContent).join(' '),
        sections: document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section').length,
      }))
      return {...facts, dialogs, blocked}
    })
    expect(result.dialogs).toEqual([])
    expect(result.blocked).toEqual([])
    expect(result.injected).toEqual([])
    expect(result.backgrounds).toEqual([])
    expect(result.classes.every((c) => /^(title|message|overview|pillar|figures|closing)\b/.test(c) && !c.includes('injected'))).toBe(true)
    // Title, message, overview, 3 pillars, figures, closing: the `---` lines made no slide.
    expect(result.sections).toBe(8)
    const text = flat(result.text)
    expect(text).toContain('$20 billion for audits and $5 billion for training')
    expect(text).toContain('<script>alert(3)</script>')
    expect(text).toContain('Audit *everything* [now](javascript:alert(1))')
  })

  it('slides.pdf shows the characters as text', async () => {
    const pdf = await readPdf(path.join(folder, 'slides.pdf'))
    for (const literal of HOSTILE_LITERALS) expect(pdf.text).toContain(literal)
  })
})
