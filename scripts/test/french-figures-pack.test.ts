import {readFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TestBuild} from './pack.js'
import {readPdf} from './pdf.js'

/** A value still in the reader's English form: a decimal point, a comma between thousands, `45%`, a sign or code before the number, `billion`, `million` after two or more. */
const ENGLISH_FORMS = [/\d\.\d/, /\d,\d{3}(?!\d)/, /\d%/, /[$€£]\s?\d/, /\b(?:FCFA|CHF|USD|EUR)\s\d/, /\bbillion\b/, /(?<![\d,])(?:[2-9]|\d{2,})(?:,\d+)? million(?!s)/, /\bthousand\b/]
const englishIn = (text: string) => ENGLISH_FORMS.filter((form) => form.test(text)).map(String)
/** Text with its no-break and narrow no-break spaces as plain ones, whitespace collapsed. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ')
/** The text runs of an Office part's XML, one space between runs. */
const runs = (xml: string, tag: 'a:t' | 'w:t') => plain([...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&')).join(' '))

/** The XML of a Word file's body. */
async function docx(folder: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path.join(folder, 'brief.docx')))).file('word/document.xml')!.async('string')
}

describe('a French pack shows every figure in French form, in every output (real pipeline, Chromium)', () => {
  const build = new TestBuild()
  /** Each output's whole text, and the part that shows the key figures. */
  const text: Record<string, string> = {}
  const shown: Record<string, string> = {}
  let figuresSlideXml = ''

  beforeAll(async () => {
    const {folder} = await build.file(path.join(import.meta.dirname, 'fixtures/fr-figures/input.txt'))
    const deck = await readPdf(path.join(folder, 'slides.pdf'))
    text.deck = plain(deck.text)
    shown.deck = plain(deck.pageLines.find((lines) => lines[0] === 'Chiffres clés')?.join(' ') ?? '')
    const brief = await readPdf(path.join(folder, 'brief.pdf'))
    text.brief = plain(brief.text)
    // The brief's "at a glance" box: its lines from its heading to the context's
    const first = brief.pageLines[0]
    shown.brief = first.slice(first.findIndex((line) => /^en bref$/i.test(line)), first.indexOf('Contexte')).join(' ')
    const pptx = await JSZip.loadAsync(readFileSync(path.join(folder, 'slides.pptx')))
    const slides = await Promise.all(Object.keys(pptx.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => pptx.file(name)!.async('string')))
    text.pptx = slides.map((xml) => runs(xml, 'a:t')).join(' ')
    figuresSlideXml = slides.find((xml) => xml.includes('Chiffres clés')) ?? ''
    shown.pptx = runs(figuresSlideXml, 'a:t')
    const document = await docx(folder)
    text.docx = runs(document, 'w:t')
    // The first cell of each row of the Word brief's table of figures
    shown.docx = [...document.matchAll(/<w:tr[ >].*?<w:tc>(.*?)<\/w:tc>/g)].map((m) => runs(m[1], 'w:t')).join(' | ')
    const roadmap = readFileSync(path.join(folder, 'roadmap.md'), 'utf8')
    text.roadmap = plain(roadmap)
    // roadmap.md keeps typed characters: `d'euros`
    shown.roadmap = plain([...roadmap.matchAll(/^- \*\*(.*?)\*\*/gm)].map((m) => m[1]).join(' | ')).replace(/'/g, '’')
  }, 180_000)
  afterAll(() => build.close())

  it('writes a CFA-franc sum, a euro sum, thousands and a percentage the French way in the deck, the brief and the Office files', () => {
    for (const output of ['deck', 'brief', 'pptx', 'docx', 'roadmap']) {
      expect(shown[output], output).toContain('2,7 milliards de francs CFA')
      expect(shown[output], output).toContain('6,5 millions d’euros')
      expect(shown[output], output).toContain('48 000')
      expect(shown[output], output).toContain('35 %')
      expect(englishIn(shown[output]), output).toEqual([])
    }
    // The brief's glance and the Word table show more figures than the deck
    for (const output of ['brief', 'docx', 'roadmap']) expect(shown[output], output).toContain('1,4 million')
    for (const output of ['docx', 'roadmap']) expect(shown[output], output).toContain('210 000 FCFA')
  })

  it('sets a long value’s unit words on a smaller line of their own in the PowerPoint, as on the HTML deck', () => {
    const size = (text: string) => new RegExp(`<a:rPr [^>]*sz="(\\d+)"(?:(?!</a:r>).)*<a:t>${text}</a:t>`).exec(figuresSlideXml)?.[1]
    // at a cell's sizes (32 pt / 18 pt) or, the first figure being the hero in its own tall column, the hero's
    // (54 pt / 24 pt, look20fix); or all set smaller together when a long label would not fit its cell (look16)
    const [number, unit] = [Number(size('2,7')), Number(size('milliards de francs CFA'))]
    expect(unit).toBeGreaterThan(0)
    const [full, ratio] = number > 3200 || number / unit > 2 ? [5400, 54 / 24] : [3200, 32 / 18]
    expect(number).toBeLessThanOrEqual(full)
    expect(number / unit).toBeCloseTo(ratio, 1)
  })

  it('shows no value in the reader’s English form anywhere', () => {
    for (const output of ['deck', 'brief', 'pptx', 'docx', 'roadmap']) expect(englishIn(text[output]), output).toEqual([])
  })
})
