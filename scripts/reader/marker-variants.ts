/**
 * Ways a writer numbers the same paragraphs: `1.` rewritten as `Para 1.`, `Item 1:`, `Point 1 –`,
 * `Article 1 —`, `1°`, `(A)`, `No. 1`, `1<tab>`, `First:` … None changes what the text says, so each
 * should leave what the reader understands as it was (`npm run eval -- --markers`, measured as
 * `--invariance` measures a paste's changes, `invariance.ts`).
 */

import type {PasteVariant} from './paste-variants.js'

/** A line numbered `1.`, `1)` or `(1)` and a space or a tab (groups 1: the indent, 2 or 3: the number). */
const NUMBER_ITEM = /^([ \t]*)(?:(\d{1,2})[.)]|\((\d{1,2})\))[ \t]+(?=\S)/u
/** A paragraph numbered in decimals (`2.1 …`): such a text is numbered by its parts, left as it is. */
const DECIMAL_PARAGRAPH = /^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]/mu

const ORDINALS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth']
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']

/**
 * Each numbered line of a text whose numbers count 1, 2, … renumbered by `mark` (undefined: the text
 * is left as it is, as when a number has no such marker).
 */
function renumber(mark: (n: number) => string | undefined): (text: string) => string {
  return (text) => {
    const lines = text.split('\n')
    const numbers = lines.flatMap((line) => {
      const found = NUMBER_ITEM.exec(line)
      return found ? [Number(found[2] ?? found[3])] : []
    })
    if (DECIMAL_PARAGRAPH.test(text) || !numbers.includes(1) || !numbers.includes(2) || numbers.some((n) => mark(n) === undefined)) return text
    return lines
      .map((line) => {
        const found = NUMBER_ITEM.exec(line)
        return found ? found[1] + mark(Number(found[2] ?? found[3]))! + line.slice(found[0].length) : line
      })
      .join('\n')
  }
}

/** Every marker scheme the measure applies, each alone. */
export const MARKER_VARIANTS: PasteVariant[] = [
  {name: 'Para 1.', apply: renumber((n) => `Para ${n}. `)},
  {name: 'Item 1:', apply: renumber((n) => `Item ${n}: `)},
  {name: 'Point 1 –', apply: renumber((n) => `Point ${n} – `)},
  {name: 'Article 1 —', apply: renumber((n) => `Article ${n} — `)},
  {name: 'No. 1', apply: renumber((n) => `No. ${n} `)},
  {name: '§ 1', apply: renumber((n) => `§ ${n} `)},
  {name: '1°', apply: renumber((n) => `${n}° `)},
  {name: '1 –', apply: renumber((n) => `${n} – `)},
  {name: '1<tab>', apply: renumber((n) => `${n}\t`)},
  {name: '(A)', apply: renumber((n) => (n <= 20 ? `(${String.fromCharCode(64 + n)}) ` : undefined))},
  {name: 'A.', apply: renumber((n) => (n <= 20 ? `${String.fromCharCode(64 + n)}. ` : undefined))},
  {name: 'I)', apply: renumber((n) => (ROMAN[n] ? `${ROMAN[n]}) ` : undefined))},
  {name: 'First:', apply: renumber((n) => (ORDINALS[n] ? `${ORDINALS[n]}: ` : undefined))},
  {name: 'P1.', apply: renumber((n) => `P${n}. `)},
  {name: 'ARTICLE 1er –', apply: renumber((n) => `ARTICLE ${n}${n === 1 ? 'er' : ''} – `)},
  {name: 'Section 1)', apply: renumber((n) => `Section ${n}) `)},
]
