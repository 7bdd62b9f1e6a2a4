import {execFileSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadBrand} from '../config/brand.js'
import {fileFace} from '../theme/fonts.js'
import {contrast, TEXT_PAIRS, tokens} from '../theme/tokens.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-brand-'))
const serifFolder = path.dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/package.json'))

/** A complete brand: a PNG logo, a palette, a local font file and a fontsource family. */
export const BRAND_YML = `meta:
  name: Ministry of Examples
  link: https://example.org
logo:
  small: crest.png
  medium:
    path: crest.png
    alt: Crest of the Ministry of Examples
color:
  palette:
    claret: "#7a1f3d"
    gold: "#f2c14e"
  primary: claret
  secondary: gold
typography:
  fonts:
    - family: Brand Serif
      source: file
      files:
        - path: fonts/BrandSerif.woff2
          weight: 400
    - family: Source Serif 4
      source: fontsource
      weight: [400, 700]
  base: Brand Serif
  headings:
    family: Source Serif 4
    weight: bold
`

beforeAll(async () => {
  await sharp({create: {width: 300, height: 120, channels: 4, background: '#7a1f3d'}}).png().toFile(path.join(work, 'crest.png'))
  await import('node:fs').then((fs) => fs.mkdirSync(path.join(work, 'fonts')))
  copyFileSync(path.join(serifFolder, 'files/source-serif-4-latin-400-normal.woff2'), path.join(work, 'fonts/BrandSerif.woff2'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Write a brand file in the work folder; returns its path. */
function brandFile(text: string, name = '_brand.yml'): string {
  const file = path.join(work, name)
  writeFileSync(file, text)
  return file
}

/** The one line a bad brand gives. */
async function problem(text: string): Promise<string> {
  const error = await loadBrand(brandFile(text, 'bad.yml')).then(
    () => undefined,
    (e: unknown) => e as {message: string; exitCode: number},
  )
  expect(error, 'the brand should be refused').toBeDefined()
  expect(error!.exitCode).toBe(1)
  expect(error!.message).not.toContain('\n')
  return error!.message.replace(work + path.sep, '')
}

describe('_brand.yml', () => {
  it('reads a complete brand: organisation, logo with alt text, palette colours, embedded fonts', async () => {
    const brand = await loadBrand(brandFile(BRAND_YML))
    expect(brand.name).toBe('Ministry of Examples')
    expect(brand.color.navy).toBe('#7a1f3d')
    expect(brand.color.accent).toBe('#f2c14e')
    expect(brand.logo?.medium.alt).toBe('Crest of the Ministry of Examples')
    // A logo given as a bare path takes the organisation's name as alt text.
    expect(brand.logo?.small.alt).toBe('Ministry of Examples logo')
    expect(brand.logo?.large).toBe(brand.logo?.medium)
    expect(brand.logo?.medium.type).toBe('png')
    expect((await sharp(brand.logo!.medium.png).metadata()).height).toBe(192)
    expect(brand.font.sans.startsWith("'Source Serif 4', ")).toBe(true)
    expect(brand.font.serif.startsWith("'Brand Serif', ")).toBe(true)
    expect(brand.faces.serif?.[0].css).toMatch(/font-family: 'Brand Serif';[\s\S]*src: url\(data:font\/woff2;base64,/)
    expect(brand.faces.sans?.some((face) => /font-weight: 700/.test(face.css))).toBe(true)
    expect(brand.weight).toEqual({base: undefined, heading: 700})
    // Every shade made from the brand still reads at 4.5:1.
    for (const [, text, ground] of TEXT_PAIRS) expect(contrast(brand.color[text], brand.color[ground])).toBeGreaterThanOrEqual(4.5)
  })

  it('leaves the seed colours when the brand names none', async () => {
    const brand = await loadBrand(brandFile('meta:\n  name: Only a name\n'))
    expect(brand.color.navy).toBe(tokens.color.navy)
    expect(brand.color.ink).toBe(tokens.color.ink)
    expect(brand.logo).toBeUndefined()
    expect(brand.font).toEqual(tokens.font)
  })

  it.each([
    ['a missing logo file', 'logo:\n  medium:\n    path: nowhere.png\n', 'bad.yml:3:11: logo.medium.path: cannot find the logo file `nowhere.png`'],
    ['a logo given as a bare path that is missing', 'logo: gone.svg\n', 'bad.yml:1:7: logo: cannot find the logo file `gone.svg`'],
    ['a logo that is not PNG or SVG', 'logo: fonts/BrandSerif.woff2\n', 'bad.yml:1:7: logo: `fonts/BrandSerif.woff2` is not a PNG or SVG file'],
    ['an unknown key', 'meta:\n  name: X\ncolour:\n  primary: "#000000"\n', 'bad.yml:3:1: colour: unknown key (allowed: meta, logo, color, typography)'],
    ['an unknown key inside color', 'color:\n  primary: "#0b2545"\n  accent: "#d9a521"\n', 'bad.yml:3:3: color.accent: unknown key'],
    ['a colour that is neither hex nor in the palette', 'color:\n  palette:\n    blue: "#1f4e79"\n  primary: navy\n', 'bad.yml:4:12: color.primary: `navy` is neither a hex colour (#0b2545) nor a name in color.palette (blue)'],
    ['a palette entry that is not a colour', 'color:\n  palette:\n    blue: bleu\n', 'bad.yml:3:11: color.palette.blue: `bleu` is not a colour'],
    ['pale text on white', 'color:\n  foreground: "#999999"\n', 'bad.yml:2:15: color.foreground: body text on boxes: #999999 on #eef0f2 has a contrast of 2.49:1, at least 4.5:1 is needed'],
    ['a light primary behind white text', 'color:\n  palette:\n    sky: "#8ecae6"\n  primary: sky\n', 'bad.yml:4:12: color.primary: headings on the message slide: #8ecae6 on #f7fbfd has a contrast of 1.72:1'],
    ['the seed accent on a dark-red primary', 'color:\n  primary: "#5c1a1b"\n  secondary: "#8a2b2b"\n', 'bad.yml:3:14: color.secondary: quote mark and "Next" label on navy: #8a2b2b on #5c1a1b'],
    ['a font file that does not exist', 'typography:\n  fonts:\n    - family: Gone Sans\n      source: file\n      files:\n        - path: fonts/Gone.woff2\n  base: Gone Sans\n', 'bad.yml:6:17: typography.fonts.0.files.0.path: cannot find the font file `fonts/Gone.woff2`'],
    ['a family not declared in fonts', 'typography:\n  base: Helvetica Neue\n', 'bad.yml:2:9: typography.base: `Helvetica Neue` is not in typography.fonts'],
    ['a fontsource package that is not installed', 'typography:\n  fonts:\n    - family: Nonexistent Grotesk\n      source: fontsource\n', 'bad.yml:3:15: typography.fonts.0.family: the package `@fontsource/nonexistent-grotesk` is not installed'],
    ['a weight that is not one', 'typography:\n  headings:\n    weight: heavy-ish\n', 'bad.yml:3:13: typography.headings.weight: expected number'],
    ['YAML that does not parse', 'color: [\n', 'bad.yml:2:1: not valid YAML'],
  ])('refuses %s with one line naming file:line:col and the key', async (_case, text, expected) => {
    expect(await problem(text)).toContain(expected)
  })
})

describe('files a brand names that are not logos or fonts to read', () => {
  beforeAll(() => {
    // Sparse files: their size is what is checked, before a byte is read.
    const sized = (name: string, bytes: number) => {
      writeFileSync(path.join(work, name), '\x89PNG')
      truncateSync(path.join(work, name), bytes)
    }
    sized('poster.png', 6 * 1024 * 1024)
    sized('disk.png', 3 * 1024 * 1024 * 1024)
    sized('fonts/Huge.ttf', 40 * 1024 * 1024)
    mkdirSync(path.join(work, 'folder.png'))
    symlinkSync('/dev/zero', path.join(work, 'zero.png'))
    execFileSync('mkfifo', [path.join(work, 'pipe.png')])
  })

  it.each([
    ['a logo over 5 MB', 'logo: poster.png\n', 'bad.yml:1:7: logo: `poster.png` is 6 MB, expected a logo under 5 MB (it is embedded in every page)'],
    ['a logo over 2 GB (Node cannot read it whole)', 'logo:\n  large: disk.png\n', 'bad.yml:2:10: logo.large: `disk.png` is 3,072 MB, expected a logo under 5 MB'],
    ['a font file over 32 MB', 'typography:\n  fonts:\n    - family: Huge\n      source: file\n      files: [fonts/Huge.ttf]\n', 'bad.yml:5:15: typography.fonts.0.files.0: `fonts/Huge.ttf` is 40 MB, expected a font file under 32 MB'],
    ['a logo that is a folder', 'logo: folder.png\n', 'bad.yml:1:7: logo: `folder.png` is not a regular file, expected a PNG or SVG file'],
    ['a logo that links to /dev/zero', 'logo: zero.png\n', 'bad.yml:1:7: logo: `zero.png` is not a regular file'],
    ['a logo that is a FIFO (never opened: it would block)', 'logo: pipe.png\n', 'bad.yml:1:7: logo: `pipe.png` is not a regular file'],
  ])('refuses %s in one line, before reading it', async (_case, text, expected) => {
    const started = performance.now()
    expect(await problem(text)).toContain(expected)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('brand text in the CSS of the pages and the PowerPoint XML', () => {
  // `</style><script>…` in a family ended the brief's <style> element (its script ran when the brief
  // was opened) and went raw into the PPTX's XML (PowerPoint could not open it).
  it.each([
    ['a family with markup', "typography:\n  fonts:\n    - family: \"X</style><script>alert(1)</script>\"\n      source: file\n      files: [fonts/BrandSerif.woff2]\n", 'bad.yml:3:15: typography.fonts.0.family: expected a font family name: letters, digits, spaces, `.`, `_` or `-`'],
    ['a base family with a quote', "typography:\n  base: \"Serif'; }\"\n", "bad.yml:2:3: typography.base.family: expected a font family name"],
  ])('refuses %s in one line', async (_case, text, expected) => {
    expect(await problem(text)).toContain(expected)
  })

  it('accepts the names fonts have: digits, dots, accents, CJK', async () => {
    for (const family of ['Source Serif 4', 'M PLUS 1p', 'Gill Sans MT', 'Noto Sans CJK SC', 'Fira_Code', 'Libre-Baskerville', 'Hélvética Neue', '游ゴシック']) {
      const brand = await loadBrand(brandFile(`typography:\n  fonts:\n    - family: ${JSON.stringify(family)}\n      source: file\n      files: [fonts/BrandSerif.woff2]\n  base: ${JSON.stringify(family)}\n`))
      expect(brand.faces.serif![0].css).toContain(`font-family: '${family}';`)
    }
  })

  it('a face written with any name cannot leave its CSS string (escaped, not stripped)', () => {
    const css = fileFace(`X'"\\</style><script>`, new Uint8Array([0x77, 0x4f, 0x46, 0x32]), 'woff2', '400', 'normal').css
    expect(css).toContain(`font-family: 'X\\'\\"\\\\\\3C /style>\\3C script>';`)
    expect(css).not.toMatch(/</)
  })
})
