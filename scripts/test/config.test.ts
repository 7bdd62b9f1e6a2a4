import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {withOfflinePage} from '../browser.js'
import {cli} from './cli.js'
import {longReadout} from './helpers.js'
import {slideOverflows} from './overflow.js'
import {TestBuild} from './pack.js'
import {readPdf} from './pdf.js'

const root = path.resolve(import.meta.dirname, '../..')
const fixtures = path.join(import.meta.dirname, 'fixtures')
const seed = path.join(root, 'source/paris-roadmap-2019.txt')
const MARKING = 'OFFICIAL-SENSITIVE'
const CONFIG = `# The ministry's settings
marking: ${MARKING}
paper: letter
slides: "4:3"
issued: 2019-06-26
reference: GC/2019/041
`
const folders: string[] = []

/** A project folder: `source/` with the seed, and a `briefing-pack.yml` when given. */
function project(config?: string, sources: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bp-config-'))
  folders.push(folder)
  mkdirSync(path.join(folder, 'source'))
  if (Object.keys(sources).length === 0) cpSync(seed, path.join(folder, 'source/paris-roadmap-2019.txt'))
  for (const [name, text] of Object.entries(sources)) writeFileSync(path.join(folder, 'source', name), text)
  if (config !== undefined) writeFileSync(path.join(folder, 'briefing-pack.yml'), config)
  return folder
}

const build = new TestBuild()
afterAll(async () => {
  await build.close()
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

describe('a project with briefing-pack.yml (marking, letter, 4:3)', () => {
  let pack: string
  beforeAll(async () => {
    const folder = project(CONFIG)
    const {code, stderr} = await cli([], folder)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    pack = path.join(folder, 'dist/paris-roadmap-2019')
  }, 120_000)

  it('marks every page of the brief, top and bottom, on Letter pages', async () => {
    const pdf = await readPdf(path.join(pack, 'brief.pdf'))
    expect(pdf.size).toEqual([612, 792])
    expect(pdf.pages).toBeGreaterThan(1)
    for (const [page, text] of pdf.pageText.entries()) expect(text.split(MARKING).length - 1, `page ${page + 1}`).toBe(2)
    expect(pdf.info.Subject).toContain(MARKING)
    expect(pdf.info.Keywords).toContain(MARKING)
  })

  it('marks every slide of the PDF deck, top and bottom, on 4:3 pages', async () => {
    const pdf = await readPdf(path.join(pack, 'slides.pdf'))
    expect(pdf.size).toEqual([720, 540])
    for (const [page, text] of pdf.pageText.entries()) expect(text.split(MARKING).length - 1, `slide ${page + 1}`).toBe(2)
    expect(pdf.info.Subject).toContain(MARKING)
    expect(pdf.info.Keywords).toContain(MARKING)
  })

  it('marks every slide of slides.html top and bottom centre, and its title; no slide overflows at 4:3', async () => {
    const html = readFileSync(path.join(pack, 'slides.html'), 'utf8')
    const browser = await build.session.browser()
    const slides = await withOfflinePage(browser, async (page) => {
      await page.setViewport({width: 960, height: 720})
      await page.goto(`file://${path.join(pack, 'slides.html')}`, {waitUntil: 'load'})
      return page.evaluate(() => ({
        title: document.title,
        slides: [...document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section')].map((section) => ({
          viewBox: section.closest('svg')!.getAttribute('viewBox'),
          marks: [...section.querySelectorAll(':scope > .bp-marking')].map((mark) => mark.textContent),
        })),
      }))
    })
    expect(slides.title).toContain(MARKING)
    expect(slides.slides.length).toBeGreaterThan(5)
    for (const slide of slides.slides) {
      expect(slide.viewBox).toBe('0 0 960 720')
      expect(slide.marks).toEqual([MARKING, MARKING])
    }
    expect(await slideOverflows(browser, html, '4:3')).toEqual([])
  })

  it('puts the marking, date of issue and reference in the brief, the Office files and the site', async () => {
    const brief = readFileSync(path.join(pack, 'brief.html'), 'utf8')
    expect(brief).toMatch(new RegExp(`<title>${MARKING} — Paris Roadmap</title>`))
    const pdf = await readPdf(path.join(pack, 'brief.pdf'))
    expect(pdf.pageText[0]).toContain('Issued 26 June 2019')
    expect(pdf.pageText[0]).toContain('Reference GC/2019/041')
    const docx = await JSZip.loadAsync(readFileSync(path.join(pack, 'brief.docx')))
    const document = await docx.file('word/document.xml')!.async('string')
    expect(document).toContain('<w:pgSz w:w="12240" w:h="15840"')
    expect(document).toContain('Issued 26 June 2019 · Reference GC/2019/041')
    const headers = await Promise.all(Object.keys(docx.files).filter((f) => /^word\/(header|footer)\d+\.xml$/.test(f)).map((f) => docx.file(f)!.async('string')))
    expect(headers.filter((xml) => xml.includes(MARKING)).length).toBeGreaterThanOrEqual(3)
    const pptx = await JSZip.loadAsync(readFileSync(path.join(pack, 'slides.pptx')))
    const presentation = await pptx.file('ppt/presentation.xml')!.async('string')
    expect(presentation).toMatch(/<p:sldSz cx="9144000" cy="6858000"/)
    const masters = await Promise.all(Object.keys(pptx.files).filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$|^ppt\/slideMasters\/slideMaster\d+\.xml$|^ppt\/slides\/slide\d+\.xml$/.test(f)).map((f) => pptx.file(f)!.async('string')))
    expect(masters.join('')).toContain(MARKING)
    const site = readFileSync(path.join(pack, 'index.html'), 'utf8')
    expect(site).toContain(`<title>${MARKING} — Paris Roadmap</title>`)
    expect(site).toContain(`<p class="marking">${MARKING}</p>`)
    expect(readFileSync(path.join(pack, '../index.html'), 'utf8')).toContain(`<p class="marking">${MARKING}</p>`)
    const thumbnail = readFileSync(path.join(pack, 'thumb-slides.png'))
    expect([thumbnail.readUInt32BE(16), thumbnail.readUInt32BE(20)]).toEqual([480, 360])
  })
})

describe('no slide overflows at 4:3 with a marking', () => {
  it.each([
    ['five', () => readFileSync(path.join(fixtures, 'five-pillars-bullets/input.txt'), 'utf8')],
    ['numbered', () => readFileSync(path.join(fixtures, 'numbered-straight-quotes/input.txt'), 'utf8')],
    ['twelve-long', () => longReadout(12)],
    ['thirteen', () => readFileSync(path.join(import.meta.dirname, 'corpus/trade-numbered-1/input.txt'), 'utf8')],
  ])('%s', async (name, text) => {
    const {folder} = await build.text(`${name}.txt`, text(), {slides: '4:3', marking: MARKING, outputs: ['slides.html']})
    expect(await slideOverflows(await build.session.browser(), readFileSync(path.join(folder, 'slides.html'), 'utf8'), '4:3')).toEqual([])
  }, 60_000)
})

describe('outputs and --only', () => {
  it('builds exactly the outputs the config names, and the site links only those', async () => {
    const folder = project('outputs: [slides.html, brief.pdf]\n')
    const {code} = await cli([], folder)
    expect(code).toBe(0)
    const pack = path.join(folder, 'dist/paris-roadmap-2019')
    expect(readdirSync(pack).sort()).toEqual(['brief.pdf', 'index.html', 'pack.json', 'roadmap.md', 'slides.html', 'thumb-brief.png', 'thumb-slides.png'])
    const links = [...readFileSync(path.join(pack, 'index.html'), 'utf8').matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((href) => !href.startsWith('..') && !href.startsWith('#'))
    expect(new Set(links)).toEqual(new Set(['slides.html', 'brief.pdf', 'roadmap.md']))
    const index = readFileSync(path.join(folder, 'dist/index.html'), 'utf8')
    expect(index).not.toContain('slides.pptx')
    expect(index).not.toContain('brief.docx')
  }, 60_000)

  it('--only overrides the config: Office files alone, without a browser', async () => {
    const folder = project('outputs: [slides.html]\n')
    const {code} = await cli(['--only', 'slides.pptx,brief.docx'], folder, {CHROME_PATH: '/nonexistent/chromium', PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium'})
    expect(code).toBe(0)
    expect(readdirSync(path.join(folder, 'dist/paris-roadmap-2019')).sort()).toEqual(['brief.docx', 'index.html', 'pack.json', 'roadmap.md', 'slides.pptx'])
  }, 60_000)

  it('a source’s front matter chooses its own outputs and marking', async () => {
    const markdown = readFileSync(path.join(fixtures, 'markdown-source/input.md'), 'utf8').replace('---\n', `---\nmarking: RESTRICTED\noutputs: [brief.pdf]\n`)
    const {folder} = await build.text('geneva.md', markdown)
    expect(readdirSync(folder).sort()).toEqual(['brief.pdf', 'index.html', 'pack.json', 'roadmap.md', 'thumb-brief.png'])
    const pdf = await readPdf(path.join(folder, 'brief.pdf'))
    for (const text of pdf.pageText) expect(text).toContain('RESTRICTED')
  }, 60_000)
})

describe('an invalid config: one line, its exit code, nothing written', () => {
  it.each([
    ['a wrong paper', 'paper: a5\n', [], 1, /^briefing-pack: briefing-pack\.yml:1:8: paper: not allowed; allowed: "a4", "letter"$/],
    ['an unknown key', 'marking: OFFICIAL\nlogo: emblem.png\n', [], 1, /^briefing-pack: briefing-pack\.yml:2:1: logo: unknown key \(allowed: marking, lang, paper, slides, outputs, issued, reference\)$/],
    ['a bad --only', 'marking: OFFICIAL\n', ['--only', 'slides.pdf,brief.odt'], 2, /^briefing-pack: --only: unknown output `brief\.odt` \(allowed: .*\)$/],
    ['a missing --config file', undefined, ['--config', 'ministry.yml'], 2, /^briefing-pack: ministry\.yml: cannot find the config file named by --config$/],
    ['marking: required and a source without one', 'marking: required\n', [], 1, /^source\/paris-roadmap-2019\.txt:1:1 +error +Unexpected source without its own protective marking.*marking-required$/],
  ])('%s', async (_, config, args, exitCode, line) => {
    const folder = project(config)
    const {code, stderr} = await cli(args as string[], folder)
    expect(code).toBe(exitCode)
    const lines = stderr.split('\n').filter(Boolean)
    expect(lines[0]).toMatch(line)
    expect(lines).toHaveLength(1)
    expect(existsSync(path.join(folder, 'dist/paris-roadmap-2019'))).toBe(false)
    if (exitCode === 2 || !config?.includes('required')) expect(existsSync(path.join(folder, 'dist'))).toBe(false)
  }, 60_000)

  it('names a wrong setting in a source’s front matter at its line and column', async () => {
    const markdown = readFileSync(path.join(fixtures, 'markdown-source/input.md'), 'utf8').replace('---\n', '---\nslides: "16:10"\n')
    const folder = project(undefined, {'geneva.md': markdown})
    const {code, stderr} = await cli([], folder)
    expect(code).toBe(1)
    expect(stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^source\/geneva\.md:2:9 +error +Unexpected front matter setting `slides`: not allowed; allowed: "16:9", "4:3" +front-matter-setting$/)])
    expect(existsSync(path.join(folder, 'dist/geneva'))).toBe(false)
  }, 60_000)
})
