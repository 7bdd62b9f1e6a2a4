import {execFileSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import sharp from 'sharp'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BrowserSession} from '../browser.js'
import {cli} from './cli.js'
import {readPdf} from './pdf.js'

// The real pipeline with a `_brand.yml` in the working folder: run under the shared browser lock.
const fixtures = path.join(import.meta.dirname, 'fixtures')
const work = mkdtempSync(path.join(tmpdir(), 'bp-brand-build-'))
const out = path.join(work, 'out')
const pack = path.join(out, 'input')
const session = new BrowserSession()
const serifFolder = path.dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/package.json'))
const PRIMARY = '#7a1f3d'
const ALT = 'Crest of the Ministry of Examples'
let run: Awaited<ReturnType<typeof cli>>

const BRAND = `meta:
  name: Ministry of Examples
logo:
  small: crest.png
  large:
    path: crest.png
    alt: ${ALT}
color:
  palette:
    claret: "${PRIMARY}"
    gold: "#f2c14e"
  primary: claret
  secondary: gold
typography:
  fonts:
    - family: Brand Serif
      source: file
      files:
        - path: fonts/BrandSerif.woff2
  base: Brand Serif
`

beforeAll(async () => {
  mkdirSync(path.join(work, 'fonts'))
  mkdirSync(path.join(work, 'src'))
  // A crest: a shield and a star, drawn as SVG and saved as PNG.
  const crest = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><rect width="240" height="120" fill="#fff"/><path d="M20 10h80v50c0 30-20 45-40 52C40 105 20 90 20 60z" fill="${PRIMARY}"/><circle cx="170" cy="60" r="40" fill="#f2c14e"/></svg>`
  await sharp(Buffer.from(crest)).png().toFile(path.join(work, 'crest.png'))
  copyFileSync(path.join(serifFolder, 'files/source-serif-4-latin-400-normal.woff2'), path.join(work, 'fonts/BrandSerif.woff2'))
  writeFileSync(path.join(work, '_brand.yml'), BRAND)
  copyFileSync(path.join(fixtures, 'seed', 'input.txt'), path.join(work, 'src', 'input.txt'))
  // A readout that names no organisation: the brand's stands in.
  copyFileSync(path.join(fixtures, 'no-key-message', 'input.txt'), path.join(work, 'src', 'trade.txt'))
  run = await cli([path.join('src', 'input.txt'), path.join('src', 'trade.txt'), '--out', out], work)
}, 120_000)
afterAll(async () => {
  await session.close()
  rmSync(work, {recursive: true, force: true})
})

describe('a pack built with _brand.yml', () => {
  it('builds', () => {
    // The second readout has no key message: a warning, nothing else.
    expect(run.stderr.trim().split('\n').filter((line) => !line.includes('warning  Unexpected readout without a key message'))).toEqual([])
    expect(run.code).toBe(0)
  })

  it('shows the logo, with its alt text, on the title slide and in the footer of slides.html', async () => {
    const browser = await session.browser()
    const page = await browser.newPage()
    try {
      await page.goto(`file://${path.join(pack, 'slides.html')}`, {waitUntil: 'load'})
      const logos = await page.evaluate(() =>
        [...document.querySelectorAll('section')].slice(0, 3).map((section) =>
          [...section.querySelectorAll('img')].map((img) => ({alt: img.alt, data: img.src.startsWith('data:image/png;base64,'), loaded: img.complete && img.naturalWidth > 0, height: img.getBoundingClientRect().height, inFooter: Boolean(img.closest('footer'))})),
        ),
      )
      expect(logos[0]).toEqual([expect.objectContaining({alt: ALT, data: true, loaded: true, inFooter: false})])
      expect(logos[0][0].height).toBeGreaterThan(40)
      // The footer of a content slide carries the small logo; it takes the organisation's name as alt text.
      expect(logos[2]).toEqual([expect.objectContaining({alt: 'Ministry of Examples logo', loaded: true, inFooter: true})])
      // With the logo in it, no footer is clipped.
      const clipped = await page.evaluate(() => [...document.querySelectorAll('section footer')].filter((footer) => footer.scrollWidth > footer.clientWidth + 1).length)
      expect(clipped).toBe(0)
    } finally {
      await page.close()
    }
  })

  it('puts the logo on page 1 of the brief PDF as an image', () => {
    const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', path.join(pack, 'brief.pdf')], {encoding: 'utf8'})
    const rows = images.split('\n').slice(2).filter((row) => / image /.test(row))
    expect(rows.length).toBeGreaterThanOrEqual(1)
    expect(readFileSync(path.join(pack, 'brief.html'), 'utf8')).toContain(`alt="${ALT}"`)
  })

  it('sets the primary colour in the deck, the brief and the site, and embeds the brand font', () => {
    const variable = `--bp-navy: ${PRIMARY};`
    const deck = readFileSync(path.join(pack, 'slides.html'), 'utf8')
    const brief = readFileSync(path.join(pack, 'brief.html'), 'utf8')
    const site = readFileSync(path.join(out, 'assets', 'site.css'), 'utf8')
    for (const css of [deck, brief, site]) {
      expect(css).toContain(variable)
      expect(css).not.toContain('--bp-navy: #0b2545;')
    }
    expect(brief).toMatch(/font-family: 'Brand Serif';[^}]*src: url\(data:font\/woff2;base64,/)
    expect(brief).toContain("--bp-font-serif: 'Brand Serif',")
  })

  it('shows the logo in the site header and in the PowerPoint and Word files', async () => {
    for (const page of [path.join(out, 'index.html'), path.join(pack, 'index.html')]) {
      expect(readFileSync(page, 'utf8')).toMatch(/<header class="site-header"><div class="inner"><img class="logo" src="data:image\/png;base64,[^"]+" alt="Ministry of Examples logo">/)
    }
    const pptx = await JSZip.loadAsync(readFileSync(path.join(pack, 'slides.pptx')))
    expect(Object.keys(pptx.files).some((name) => /^ppt\/media\/.+\.png$/.test(name))).toBe(true)
    const layouts = await Promise.all(Object.keys(pptx.files).filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name)).map((name) => pptx.file(name)!.async('string')))
    expect(layouts.join('')).toContain('7A1F3D')
    const docx = await JSZip.loadAsync(readFileSync(path.join(pack, 'brief.docx')))
    expect(Object.keys(docx.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true)
    expect(await docx.file('word/document.xml')!.async('string')).toContain(`descr="${ALT}"`)
  })

  it('keeps roadmap.md as the source says (the brand changes the look only)', () => {
    expect(readFileSync(path.join(pack, 'roadmap.md'), 'utf8')).toBe(readFileSync(path.join(fixtures, 'seed', 'roadmap.md'), 'utf8'))
    expect(readFileSync(path.join(out, 'trade', 'roadmap.md'), 'utf8')).toBe(readFileSync(path.join(fixtures, 'no-key-message', 'roadmap.md'), 'utf8').replace('source: input.txt', 'source: trade.txt'))
  })

  it('names the brand\'s organisation where the readout names none: title slide, PDF metadata', async () => {
    const trade = path.join(out, 'trade')
    expect((await readPdf(path.join(trade, 'slides.pdf'))).pageText[0]).toContain('Ministry of Examples')
    expect((await readPdf(path.join(trade, 'brief.pdf'))).info.Author).toBe('Ministry of Examples')
    // The seed names its own organisation, which stays.
    expect((await readPdf(path.join(pack, 'brief.pdf'))).info.Author).toBe('The Global Coalition')
  })
})

describe('a bad brand', () => {
  it.each([
    ['a missing logo', 'logo:\n  medium: nowhere.png\n', /^briefing-pack: bad\.yml:2:11: logo\.medium: cannot find the logo file `nowhere\.png`/],
    ['an unknown key', 'meta:\n  name: X\nlogos: crest.png\n', /^briefing-pack: bad\.yml:3:1: logos: unknown key \(allowed: meta, logo, color, typography\)$/],
    ['a low-contrast palette', 'color:\n  palette:\n    lemon: "#fff44f"\n  primary: lemon\n', /^briefing-pack: bad\.yml:4:12: color\.primary: .*#fff44f.* has a contrast of \d\.\d\d:1, at least 4\.5:1 is needed$/],
    ['a font file that does not exist', 'typography:\n  fonts:\n    - family: Gone\n      source: file\n      files: [fonts/Gone.ttf]\n  base: Gone\n', /^briefing-pack: bad\.yml:5:15: typography\.fonts\.0\.files\.0: cannot find the font file `fonts\/Gone\.ttf`/],
  ])('%s: one line with file:line:col, exit 1, nothing written', async (_case, text, expected) => {
    writeFileSync(path.join(work, 'bad.yml'), text)
    const target = path.join(work, 'bad-out')
    const result = await cli([path.join('src', 'input.txt'), '--out', target, '--brand', 'bad.yml'], work)
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr.trimEnd()).toMatch(expected)
    expect(existsSync(target)).toBe(false)
  })
})
