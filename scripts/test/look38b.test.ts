// Design faults left by look38 on round 25's packs (look38b), each fixed in the writer that showed it and checked
// on the real renderer: the PowerPoint end card in LibreOffice, the closing slide and the stray dash in what
// Chromium prints. The texts here are written for these tests, in the shape of round 25's minutes.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {printBrief} from '../../brief/print-brief.js'
import {renderBriefHtml} from '../../brief/template.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {printDeck} from '../../slides/print-deck.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import {withoutListDash} from '../theme/vocabulary.js'
import {BrowserSession} from '../browser.js'
import {readoutWith} from './helpers.js'
import {flat, readPdf} from './pdf.js'

const session = new BrowserSession()
afterAll(() => session.close())

/** The words of one page of a PDF with their boxes (`pdftotext -bbox`), in points. */
function wordsOf(file: string, page: number): Array<{text: string; yMin: number; yMax: number}> {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {encoding: 'utf8'})
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({text: m[3], yMin: Number(m[1]), yMax: Number(m[2])}))
}

/** A PDF's page text, read from a temporary file. */
async function pagesOf(pdf: Uint8Array): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'look38b-'))
  try {
    writeFileSync(path.join(folder, 'out.pdf'), pdf)
    return (await readPdf(path.join(folder, 'out.pdf'))).pageText.map(flat)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

const PILLARS = [
  {title: 'Emergency fund', body: '- To create a Regional Emergency Fund for Plant Health, financed by a levy on each box exported.'},
  {title: 'Budget for 2027', body: '- To approve the Council’s budget for 2027 in the amount of US$1,850,000.'},
]
const OUTLOOK = '- To hold the Twelfth Ordinary Meeting of the Council in Santo Domingo, Dominican Republic, in October 2027, on a date to be set by the Executive Secretariat.'

describe('the PowerPoint end card (look38: the title at the top of the dark layout, the rest of the slide empty)', () => {
  it('sets the title in the middle of the slide, as the deck’s end card and the title slide do, as LibreOffice draws it', async () => {
    const readout = readoutWith({title: 'Minutes of the Eleventh Ordinary Meeting', source: 'test.txt', place: 'Guayaquil', organisation: 'Regional Banana Council', pillars: PILLARS.map((p) => ({...p, body: p.body.slice(2)}))})
    const {slides} = makeSlides(readout)
    const closing = slides.findIndex((slide) => slide.kind === 'closing')
    expect(slides[closing].content.heading).toBe('Minutes of the Eleventh Ordinary Meeting')
    const folder = mkdtempSync(path.join(tmpdir(), 'look38b-pptx-'))
    try {
      writeFileSync(path.join(folder, 'slides.pptx'), await makePptx({slides, title: readout.title}))
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, path.join(folder, 'slides.pptx')], {stdio: 'pipe', timeout: 110_000})
      const pdf = path.join(folder, 'slides.pdf')
      // a 16:9 slide of 10 × 5.625 in: 405 pt high
      const title = wordsOf(pdf, closing + 1).filter((word) => ['Minutes', 'Meeting'].includes(word.text))
      expect(title).toHaveLength(2)
      const middle = (Math.min(...title.map((w) => w.yMin)) + Math.max(...title.map((w) => w.yMax))) / 2
      // the title's block in the middle band of the slide (it stood at 45–100 pt, the top of the slide)
      expect(middle).toBeGreaterThan(405 * 0.3)
      expect(middle).toBeLessThan(405 * 0.6)
      // …at the size the title slide sets it
      const first = wordsOf(pdf, 1).find((word) => word.text === 'Minutes')!
      const last = title.find((word) => word.text === 'Minutes')!
      expect(last.yMax - last.yMin).toBeCloseTo(first.yMax - first.yMin, 0)
      // and the sign-off still on its line at the foot
      expect(wordsOf(pdf, closing + 1).find((word) => word.text === 'Guayaquil')!.yMin).toBeGreaterThan(405 * 0.85)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})

describe('an outlook that opens on a list’s dash (look38: `- To hold the Twelfth Ordinary Meeting …` in the brief, not on the deck)', () => {
  it('is on the printed closing slide, as the brief shows it, not the end card', async () => {
    const readout = readoutWith({title: 'Minutes of the Eleventh Ordinary Meeting', source: 'test.txt', place: 'Guayaquil', pillars: PILLARS, outlook: [OUTLOOK]})
    const {markdown, slides} = makeSlides(readout)
    const closing = slides.findIndex((slide) => slide.kind === 'closing')
    const pages = await pagesOf((await printDeck(await session.browser(), await renderPresentableHtml(markdown))).pdf!)
    expect(pages[closing]).toMatch(/^Looking ahead/)
    expect(pages[closing]).toMatch(/To hold the Twelfth Ordinary Meeting of the Council in Santo Domingo, Dominican Republic, in October 2027/)
    const brief = (await pagesOf((await printBrief(await session.browser(), renderBriefHtml(readout))).pdf!)).join(' ')
    expect(brief).toMatch(/Outlook To hold the Twelfth Ordinary Meeting/)
  }, 60_000)

  it('keeps a resolution’s `To hold …,` as the head of its point, not the fragment after its first comma', () => {
    const readout = readoutWith({title: 'Minutes', source: 'test.txt', pillars: PILLARS, outlook: [OUTLOOK.slice(2)]})
    const closing = makeSlides(readout).slides.find((slide) => slide.kind === 'closing')!
    expect(closing.content.points?.[0]).toMatch(/^To hold the Twelfth/)
    expect(closing.content.points?.join(' ')).not.toMatch(/^Dominican Republic/)
  })
})

describe('a body after a marker’s dash (look38: `■ - To create …` on the deck, `- To approve …` in the brief)', () => {
  it('shows no stray dash before a point in the printed deck and brief, nor in the points the PowerPoint is made from', async () => {
    const readout = readoutWith({title: 'Minutes of the Eleventh Ordinary Meeting', source: 'test.txt', place: 'Guayaquil', pillars: PILLARS, outlook: [OUTLOOK]})
    const {markdown, slides} = makeSlides(readout)
    const deck = await pagesOf((await printDeck(await session.browser(), await renderPresentableHtml(markdown))).pdf!)
    const brief = (await pagesOf((await printBrief(await session.browser(), renderBriefHtml(readout))).pdf!)).join(' ')
    for (const text of [...deck, brief]) expect(text).not.toMatch(/(?:^|\s)[-–—] To (?:create|approve|hold)/)
    expect(deck.join(' ')).toMatch(/To create a Regional Emergency Fund/)
    expect(brief).toMatch(/To create a Regional Emergency Fund/)
    for (const slide of slides) for (const point of slide.content.points ?? []) expect(point).not.toMatch(/^[-–—]\s/)
  }, 60_000)

  it('takes only a leading dash followed by a space', () => {
    expect(withoutListDash('- To approve the budget.')).toBe('To approve the budget.')
    expect(withoutListDash('– To hold the meeting.')).toBe('To hold the meeting.')
    expect(withoutListDash('-5 % on exports, a fall of 2020 - 2021.')).toBe('-5 % on exports, a fall of 2020 - 2021.')
  })
})
