import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** The faces used, by family: `@fontsource` package and the weight files (`400`, `400-italic`, …). */
const FACES = {
  sans: {pkg: '@fontsource/source-sans-3', files: ['400', '400-italic', '600', '700']},
  serif: {pkg: '@fontsource/source-serif-4', files: ['400', '400-italic', '600']},
} as const

/** Scripts embedded; others fall back to system fonts (Noto, DejaVu) through the font stacks. */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic']

/** One `@font-face` rule with its font inlined, and the characters it covers. */
interface Face {
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
 * @returns CSS text
 */
export function fontFaceCss(families: Array<keyof typeof FACES>, text?: string): string {
  const codes = text === undefined ? undefined : new Set([...text].map((c) => c.codePointAt(0)!))
  const needed = (face: Face) => !codes || face.ranges.some(([from, to]) => from === 0 || [...codes].some((code) => code >= from && code <= to))
  return families
    .flatMap((family) => facesOf(family))
    .filter(needed)
    .map((face) => face.css)
    .join('\n')
}

function facesOf(family: keyof typeof FACES): Face[] {
  const cached = cache.get(family)
  if (cached) return cached
  const {pkg, files} = FACES[family]
  const folder = path.dirname(require.resolve(`${pkg}/package.json`))
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
  cache.set(family, faces)
  return faces
}
