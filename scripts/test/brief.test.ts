import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Readout} from '../structure/readout.js'
import {splitSentences} from '../structure/text.js'
import {longReadout} from './helpers.js'
import {TestBuild} from './pack.js'
import {flat, readPdf, type PdfFacts} from './pdf.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const build = new TestBuild()
const packs: Record<string, {readout: Readout; pdf: PdfFacts}> = {}

beforeAll(async () => {
  const sources: Record<string, () => ReturnType<TestBuild['file']>> = {
    seed: () => build.file(path.join(fixtures, 'seed/input.txt')),
    five: () => build.text('five.txt', readFileSync(path.join(fixtures, 'five-pillars-bullets/input.txt'), 'utf8')),
    noMessage: () => build.text('no-message.txt', readFileSync(path.join(fixtures, 'no-key-message/input.txt'), 'utf8')),
    long: () => build.text('twelve-long.txt', longReadout(12)),
    // a numbered communiqué of the tuning corpus whose thirteen points fill page 2 to its foot
    colombo: () => build.file(path.join(import.meta.dirname, 'corpus/trade-numbered-1/input.txt')),
  }
  for (const [name, make] of Object.entries(sources)) {
    const result = await make()
    packs[name] = {readout: result.readout!, pdf: await readPdf(path.join(result.folder, 'brief.pdf'))}
  }
}, 120_000)
afterAll(() => build.close())

/**
 * The text of the brief in reading order without the running header and page numbers, so that
 * a pillar that runs on to the next page reads as one text.
 */
function bodyText({readout, pdf}: {readout: Readout; pdf: PdfFacts}): string {
  const running = (line: string, page: number) => /^Page \d+ of \d+$/.test(line) || (page > 0 && (line.startsWith(readout.title.slice(0, 30)) || line === [readout.place, readout.dates?.display].filter(Boolean).join(', ')))
  return flat(pdf.pageLines.flatMap((lines, page) => lines.filter((line) => !running(line, page))).join(' '))
}

describe.each(['seed', 'five', 'noMessage', 'long'])('brief of %s', (name) => {
  it('has every pillar title and every sentence of every pillar body as text', () => {
    const {readout} = packs[name]
    const text = bodyText(packs[name])
    for (const pillar of readout.pillars) {
      expect(text).toContain(pillar.title)
      for (const sentence of splitSentences(pillar.body)) expect(text).toContain(sentence.text)
    }
  })

  it('is A4, tagged, with metadata, an outline and every font embedded', () => {
    const {readout, pdf} = packs[name]
    expect(pdf.size).toEqual([595, 842])
    expect(pdf.tagged).toBe(true)
    expect(pdf.info.Title).toBe(readout.title)
    expect(pdf.info.Author).toBe(readout.organisation ?? readout.participants)
    expect(pdf.info.Subject).toMatch(/^Policy brief: /)
    expect(pdf.info.Keywords).toContain(readout.pillars[0].title)
    expect(pdf.info.Language).toBe('en')
    for (const pillar of readout.pillars) expect(pdf.outline).toContain(pillar.title)
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(3)
    expect(pdf.fonts.filter((font) => !font.embedded)).toEqual([])
  })

  it('numbers every page "Page X of Y" under a running header with the title', () => {
    const {readout, pdf} = packs[name]
    pdf.pageText.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pdf.pages}`)
      expect(text).toContain(readout.title.slice(0, 40))
    })
  })

  it('never leaves a heading alone at the bottom of a page', () => {
    const {readout, pdf} = packs[name]
    const headings = new Set([...readout.pillars.map((p) => p.title), 'Context', 'Outlook', 'At a glance'])
    pdf.pageLines.slice(0, -1).forEach((lines) => {
      const body = lines.filter((line) => !/^Page \d+ of \d+$/.test(line))
      expect(headings.has(body[body.length - 1])).toBe(false)
    })
  })
})

describe('pillars and pages', () => {
  // A long pillar may run on to the next page (orphans and widows of 3) rather than leave a
  // mostly empty page; its title is never split, and never left without its text.
  it('keeps every pillar title whole on one page, with the start of its text (12 long pillars)', () => {
    const {readout, pdf} = packs.long
    const pages = pdf.pageLines.map((lines) => flat(lines.join(' ')))
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text))
    for (const pillar of readout.pillars) {
      const first = splitSentences(pillar.body)[0].text
      expect(pageOf(pillar.title), pillar.title).toBeGreaterThanOrEqual(0)
      expect(pages[pageOf(pillar.title)], pillar.title).toContain(first.split(' ').slice(0, 8).join(' '))
    }
  })
})

describe('the last page', () => {
  it('never holds the source line alone (was page 3 of the Colombo communiqué: the citation and nothing else)', () => {
    const {readout, pdf} = packs.colombo
    const last = pdf.pageLines.at(-1)!.filter((line) => !/^Page \d+ of \d+$/.test(line) && !line.startsWith(readout.title) && !/^Colombo, /.test(line))
    expect(last.join(' ')).toContain('Communiqué of the meeting')
    // the outlook, with the source line under it
    expect(last, last.join(' | ')).toContain('Outlook')
    expect(last.length, last.join(' | ')).toBeGreaterThan(2)
  })
})

describe('page counts', () => {
  it('fits the seed on at most two A4 pages', () => {
    expect(packs.seed.pdf.pages).toBeLessThanOrEqual(2)
  })

  it('flows a 12-pillar readout onto more pages', () => {
    expect(packs.long.pdf.pages).toBeGreaterThan(2)
  })
})
