// Display defects seen on round 21's packs (look21), each fixed in the writer that showed it. The brief's
// lone lines at a page's top and its next step set as a list of one are tested in brief-layout.test.ts.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import {readoutOf, zipParts} from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')

describe('a roadmap of one pillar (look21: an overview slide of one card, then the same title again)', () => {
  it('has no overview slide in the HTML deck (Marp) nor in the PowerPoint deck', async () => {
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const readout = {...seed, pillars: seed.pillars.slice(0, 1)}
    const {markdown, slides} = makeSlides(readout)
    const html = await renderPresentableHtml(markdown)
    const classes = [...html.matchAll(/<section\b[^>]*\bclass="([^"]*)"/g)].map((m) => m[1].split(/\s+/)[0])
    expect(classes).toEqual(['title', 'message', 'pillar', ...(readout.figures.length ? classes.filter((name) => name === 'figures') : []), 'closing'])
    const parts = await zipParts(await makePptx({slides, title: readout.title}))
    expect([...parts.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(slides.length)
    expect(slides.map((slide) => slide.kind)).not.toContain('overview')
  })

  it('keeps the overview for two pillars', () => {
    return readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8')).then((seed) => {
      const {slides} = makeSlides({...seed, pillars: seed.pillars.slice(0, 2)})
      expect(slides.filter((slide) => slide.kind === 'overview')).toHaveLength(1)
    })
  })
})

describe('the PowerPoint overview of ten pillars or more (look21: `10.Period of the Roadmap`, the number against its title)', () => {
  it('sets every title of a page at one indent, clear of its number, as LibreOffice draws it', async () => {
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const titles = ['Slope sensors', 'Early warnings', 'Road safety', 'School safety', 'Hazard maps', 'Relocation', 'Period of the Roadmap', 'Joint courses', 'Data on lakes', 'Shared inventory', 'Volunteers', 'Mines and hydropower']
    const readout = {...seed, pillars: titles.map((title) => ({title, body: 'Ministers agreed on a plan for the next five years.'}))}
    const {slides} = makeSlides(readout)
    const folder = mkdtempSync(path.join(tmpdir(), 'look21-pptx-'))
    try {
      writeFileSync(path.join(folder, 'slides.pptx'), await makePptx({slides, title: readout.title}))
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, path.join(folder, 'slides.pptx')], {stdio: 'pipe', timeout: 110_000})
      const overview = slides.flatMap((slide, index) => (slide.kind === 'overview' ? [index + 1] : []))
      expect(overview.length).toBeGreaterThan(0)
      let twoDigits = 0
      for (const page of overview) {
        const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path.join(folder, 'slides.pdf'), '-'], {encoding: 'utf8'})
        const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({x: Number(m[1]), y: Math.round(Number(m[2])), end: Number(m[3]), text: m[4]}))
        // each item's line: its number, then the first word of its title
        const items = words
          .filter((word) => /^\d+\./.test(word.text))
          .map((number) => ({number, title: words.filter((word) => word.y === number.y && word.x > number.x).sort((a, b) => a.x - b.x)[0]}))
        expect(items.map(({number}) => number.text).filter((text) => !/^\d+\.$/.test(text))).toEqual([])
        for (const {number, title} of items) expect(title.x - number.end, `${number.text} ${title.text}`).toBeGreaterThan(4)
        expect(new Set(items.map(({title}) => Math.round(title.x))).size).toBe(1)
        twoDigits += items.filter(({number}) => number.text.length > 2).length
      }
      expect(twoDigits).toBe(3)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})
