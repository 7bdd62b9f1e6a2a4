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

const cache = new Map<string, string>()

/**
 * `@font-face` rules for the families, with the font files inlined as data URLs, so that HTML
 * and PDF output never fetch a font and Chromium embeds them in every PDF.
 * @param families which families to include
 * @returns CSS text
 */
export function fontFaceCss(families: Array<keyof typeof FACES>): string {
  return families.map((family) => familyCss(family)).join('\n')
}

function familyCss(family: keyof typeof FACES): string {
  const cached = cache.get(family)
  if (cached) return cached
  const {pkg, files} = FACES[family]
  const folder = path.dirname(require.resolve(`${pkg}/package.json`))
  const rules: string[] = []
  for (const name of files) {
    const css = readFileSync(path.join(folder, `${name}.css`), 'utf8')
    for (const block of css.split(/(?=\/\* )/)) {
      const subset = SUBSETS.find((s) => block.includes(`-${s}-${name.replace('-italic', '')}-`))
      if (!subset || !block.includes('@font-face')) continue
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1]
      if (!file) continue
      const data = readFileSync(path.join(folder, 'files', file)).toString('base64')
      rules.push(block.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`).replace(/font-display:[^;]+;/, 'font-display: block;').trim())
    }
  }
  const result = rules.join('\n')
  cache.set(family, result)
  return result
}
