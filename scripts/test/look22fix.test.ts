// Display defects seen on round 22's packs (look22), each fixed in the writer that showed it, and
// checked as LibreOffice draws the file. The deck's long hero number is tested in slide-fit.test.ts,
// a title's spaced dash in brief-layout.test.ts.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import type {KeyFigure} from '../structure/readout.js'
import {readoutOf} from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')

/** The words of page `page` of a PDF, with their boxes, as `pdftotext -bbox` reads them. */
function wordsOf(pdf: string, page: number): Array<{x: number; y: number; end: number; text: string}> {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {encoding: 'utf8'})
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({x: Number(m[1]), y: Math.round(Number(m[2])), end: Number(m[3]), text: m[4]}))
}

/** Convert an Office file to PDF with LibreOffice in a folder of its own; returns the PDF's path. */
function toPdf(folder: string, name: string, bytes: Uint8Array): string {
  writeFileSync(path.join(folder, name), bytes)
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, path.join(folder, name)], {stdio: 'pipe', timeout: 110_000})
  return path.join(folder, name.replace(/\.\w+$/, '.pdf'))
}

describe('the PowerPoint key figures (look22: a hero `€380,` / `000` broken at its comma)', () => {
  it('keeps a long hero number on one line, as LibreOffice draws it in its fallback font', async () => {
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const figures: KeyFigure[] = [
      {value: '€450,000', label: 'grant for joint training', sentence: ''},
      {value: '17', label: 'countries taking part', sentence: ''},
      {value: '286,000', label: 'requests in 2025', sentence: ''},
      {value: '12%', label: 'rise on the year', sentence: ''},
      {value: '36', label: 'inspectors to be trained between partner agencies in 2027', sentence: ''},
    ]
    const {slides} = makeSlides({...seed, figures})
    const folder = mkdtempSync(path.join(tmpdir(), 'look22-pptx-'))
    try {
      const pdf = toPdf(folder, 'slides.pptx', await makePptx({slides, title: seed.title}))
      const page = slides.findIndex((slide) => slide.kind === 'figures') + 1
      const words = wordsOf(pdf, page)
      expect(words.filter((word) => word.text.includes('450')).map((word) => word.text)).toEqual(['€450,000'])
      expect(words.filter((word) => word.text.includes('286')).map((word) => word.text)).toEqual(['286,000'])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})

describe('the Word brief of ten pillars or more (look22: `10.Reporting of catch data`, the number against its title)', () => {
  it('sets every pillar heading clear of its number, all at one indent, as LibreOffice draws it', async () => {
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const titles = ['Slope sensors', 'Early warnings', 'Road safety', 'School safety', 'Hazard maps', 'Relocation', 'Joint courses', 'Data on lakes', 'Shared inventory', 'Reporting of catch data', 'Volunteers', 'Mines and hydropower']
    const readout = {...seed, pillars: titles.map((title) => ({title, body: 'Ministers agreed on a plan for the next five years.'}))}
    const folder = mkdtempSync(path.join(tmpdir(), 'look22-docx-'))
    try {
      const pdf = toPdf(folder, 'brief.docx', await makeDocx(readout, {title: readout.title}))
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))![1])
      const words = Array.from({length: pages}, (_, i) => wordsOf(pdf, i + 1).map((word) => ({...word, y: word.y + i * 10_000}))).flat()
      // each heading's line: its number at the margin, then the first word of its title
      const margin = Math.min(...words.map((word) => word.x))
      const items = words.filter((word) => /^\d+\./.test(word.text) && word.x < margin + 3).map((number) => ({number, title: words.filter((word) => word.y === number.y && word.x > number.x).sort((a, b) => a.x - b.x)[0]}))
      expect(items.map(({number}) => number.text)).toEqual(titles.map((_, i) => `${i + 1}.`))
      for (const {number, title} of items) expect(title.x - number.end, `${number.text} ${title.text}`).toBeGreaterThan(4)
      expect(new Set(items.map(({title}) => Math.round(title.x))).size).toBe(1)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})
