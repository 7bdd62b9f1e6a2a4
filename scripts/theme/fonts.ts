import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {escapeCssString} from '../html.js'
import {currencyFaces} from './currency-font.js'

const require = createRequire(import.meta.url)

/** The faces used, by family: `@fontsource` package and the weight files (`400`, `400-italic`, …). */
const FACES = {
  sans: {pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', files: ['400', '400-italic', '600', '700']},
  serif: {pkg: '@fontsource/source-serif-4', family: 'Source Serif 4', files: ['400', '400-italic', '600']},
} as const

/** Scripts embedded; others fall back to system fonts (Noto, DejaVu) through the font stacks. */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic']

/** One `@font-face` rule with its font inlined, and the characters it covers. */
export interface Face {
  css: string
  ranges: Array<[number, number]>
}

const cache = new Map<string, Face[]>()

/**
 * `@font-face` rules for the families, with the font files inlined as data URLs, so that HTML
 * and PDF output never fetch a font and Chromium embeds them in every PDF.
 * @param families which families to include
 * @param text when given, only the script subsets this text needs (Latin always): the seed's
 *   pages then carry a third of the font data
 * @param faces a brand's faces for a family, used instead of the seed's
 * @param signsIn where no text is given (every script subset kept), the text whose currency signs get a face (the site's stylesheet)
 * @returns CSS text; after each family's faces, the seed family's faces for the currency signs it lacks that
 *   the text (or `signsIn`) holds (`currency-font.ts`), every one when neither is given: they also serve a brand's family,
 *   whose stack goes on with the seed's
 */
export function fontFaceCss(families: Array<keyof typeof FACES>, text?: string, faces: Partial<Record<keyof typeof FACES, Face[]>> = {}, signsIn?: string): string {
  const codes = text === undefined ? undefined : new Set([...text].map((c) => c.codePointAt(0)!))
  const signs = codes ?? (signsIn === undefined ? undefined : new Set([...signsIn].map((c) => c.codePointAt(0)!)))
  const needed = (face: Face) => !codes || face.ranges.some(([from, to]) => from === 0 || [...codes].some((code) => code >= from && code <= to))
  return families
    .flatMap((family) => [...(faces[family] ?? facesOf(family)).filter(needed), ...currencyFaces(family, FACES[family].family, FACES[family].files, signs)])
    .map((face) => face.css)
    .join('\n')
}

function facesOf(family: keyof typeof FACES): Face[] {
  const cached = cache.get(family)
  if (cached) return cached
  const {pkg, files} = FACES[family]
  const faces = fontsourceFaces(path.dirname(require.resolve(`${pkg}/package.json`)), files)
  cache.set(family, faces)
  return faces
}

/**
 * The faces of an installed `@fontsource/*` package, fonts inlined, for the weight files named.
 * @param folder the package's folder
 * @param files weight files without `.css`: `400`, `400-italic`, `700`
 * @returns one face per weight file and script subset
 */
export function fontsourceFaces(folder: string, files: readonly string[]): Face[] {
  const faces: Face[] = []
  for (const name of files) {
    const css = readFileSync(path.join(folder, `${name}.css`), 'utf8')
    for (const block of css.split(/(?=\/\* )/)) {
      const subset = SUBSETS.find((s) => block.includes(`-${s}-${name.replace('-italic', '')}-`))
      if (!subset || !block.includes('@font-face')) continue
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1]
      if (!file) continue
      const data = readFileSync(path.join(folder, 'files', file)).toString('base64')
      const ranges = (/unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? 'U+0-10FFFF').split(',').map((range): [number, number] => {
        const [from, to] = range.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(from, 16), parseInt(to ?? from, 16)]
      })
      const css = block.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`).replace(/font-display:[^;]+;/, 'font-display: block;').trim()
      faces.push({css, ranges})
    }
  }
  return faces
}

/**
 * One face from a local font file, inlined; it covers every character (no subsets).
 * @param family the family name
 * @param data the font file's bytes
 * @param format `woff2`, `woff`, `truetype` or `opentype`
 * @param weight CSS font-weight (`400`, or a range `100 900` for a variable font)
 * @param style `normal` or `italic`
 * @returns the face
 */
export function fileFace(family: string, data: Uint8Array, format: string, weight: string, style: string): Face {
  const mime = {woff2: 'font/woff2', woff: 'font/woff', truetype: 'font/ttf', opentype: 'font/otf'}[format] ?? 'application/octet-stream'
  const css = `@font-face {\n  font-family: ${familyString(family)};\n  font-style: ${style};\n  font-display: block;\n  font-weight: ${weight};\n  src: url(data:${mime};base64,${Buffer.from(data).toString('base64')}) format('${format}');\n}`
  return {css, ranges: [[0, 0x10ffff]]}
}

/**
 * A font family's name as a CSS string in single quotes, safe inside an HTML `<style>` element
 * (`escapeCssString`, and `'`): a `</style>` in a name ended the brief's style element.
 * @param family the family's name
 * @returns the CSS string, quotes included
 */
export function familyString(family: string): string {
  return `'${escapeCssString(family).replace(/'/g, "\\'")}'`
}
