// Checks the reading corpus (scripts/test/corpus) mechanically: every case has an input.txt and an
// expected.yml that follows the contract in scripts/test/corpus/README.md. It reads only the
// corpus files; it never runs the reader.
import {describe, expect, it} from 'vitest'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), 'corpus')
const cases = readdirSync(root, {withFileTypes: true})
  .filter(d => d.isDirectory() && existsSync(join(root, d.name, 'expected.yml')))
  .map(d => d.name)
  .sort()

const SHAPES = ['seed', 'numbered', 'no-colon-bullets', 'headings', 'title-block', 'wire', 'mixed', 'prose']
const KINDS = ['readout', 'communiqué', 'joint statement', 'statement', "chair's summary", 'press release', 'media note', 'declaration']
const KEYS = ['shape', 'area', 'lang', 'kind', 'title', 'organisation', 'place', 'date_start', 'date_end',
  'key_message', 'roadmap', 'points', 'figures', 'outlook']
// `<area>-<shape>-<n>`, or `-<helper>` for a case a reader helper wrote (`fr-transport-wire-values`, `forestry-numbered-en22a`)
const NAME = /^(heldout-)?(fr-)?([a-z]+)-([a-z-]+)-(\d+|[a-z]+\d*[a-z]?)$/

/** The eval's folding: spaces (incl. non-breaking, tabs, line ends) to one space, curly quotes to straight. */
const fold = (s: string) => s
  .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
  .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
  .replace(/\s+/g, ' ')
  .trim()
  .toLowerCase()

const words = (s: string) => s.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length

type Alt = string | string[]
const alts = (v: Alt): string[] => (Array.isArray(v) ? v : [v])
const isAlt = (v: unknown): v is Alt =>
  (typeof v === 'string' && v.trim() !== '') ||
  (Array.isArray(v) && v.length > 0 && v.every(x => typeof x === 'string' && x.trim() !== ''))
const isAltOrNull = (v: unknown) => v === null || isAlt(v)

function isoDate(v: unknown): string | null {
  if (v === null) return null
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v)
  expect(s, `date ${s}`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  const d = new Date(`${s}T00:00:00Z`)
  expect(Number.isNaN(d.getTime()), `date ${s}`).toBe(false)
  expect(d.toISOString().slice(0, 10), `date ${s} exists`).toBe(s)
  return s
}

describe('reading corpus', () => {
  const meta = cases.map(name => ({name, exp: parse(readFileSync(join(root, name, 'expected.yml'), 'utf8'))}))

  it('has enough cases, spread over shapes, areas, languages and the held-out set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(32)
    const count = (f: (e: any, n: string) => boolean) => meta.filter(m => f(m.exp, m.name)).length
    for (const shape of SHAPES.slice(0, 6)) expect(count(e => e.shape === shape), shape).toBeGreaterThanOrEqual(4)
    for (const shape of ['mixed', 'prose']) expect(count(e => e.shape === shape), shape).toBeGreaterThanOrEqual(2)
    for (const area of ['security', 'health', 'climate', 'trade', 'education', 'development'])
      expect(count(e => e.area === area), area).toBeGreaterThanOrEqual(4)
    expect(count(e => e.lang === 'fr')).toBeGreaterThanOrEqual(6)
    const held = meta.filter(m => m.name.startsWith('heldout-'))
    expect(held.length).toBeGreaterThanOrEqual(8)
    expect(held.filter(m => m.exp.lang === 'fr').length).toBeGreaterThanOrEqual(1)
    expect(new Set(held.map(m => m.exp.shape)).size).toBeGreaterThanOrEqual(6)
    expect(new Set(held.map(m => m.exp.area)).size).toBeGreaterThanOrEqual(5)
  })

  describe.each(cases)('%s', name => {
    const dir = join(root, name)
    const exp = parse(readFileSync(join(dir, 'expected.yml'), 'utf8'))
    const raw = readFileSync(join(dir, 'input.txt'))
    const input = raw.toString('utf8')
    const text = fold(input)
    // a text pasted from a PDF repeats its running header and a page number inside a paragraph: a body is
    // taken word for word from the text without those lines (`Page 1 of 2`, a line met twice or more)
    const lines = input.split(/\r?\n/)
    const repeated = new Set(lines.filter((line, i) => line.trim() && lines.indexOf(line) !== i))
    const bare = fold(lines.filter((line) => !/^\s*(?:Page\s+)?\d+(?:\s+(?:of|sur|\/)\s+\d+)?\s*$/i.test(line) && !repeated.has(line)).join('\n'))
    // a point's sub-bullets may be joined to it without their markers (`o`, `▪`, `+` at the start of a line)
    const unmarked = fold(input.replace(/^[ \t]*(?:[o▪▫◦•·*+§–-])[ \t]+/gmu, ''))
    // a forwarded e-mail quotes the readout with `> ` at the start of each wrapped line: a body is taken without those marks
    const unquoted = fold(input.replace(/^[ \t]*(?:>[ \t]?)+/gmu, ''))
    const has = (s: string) => text.includes(fold(s)) || bare.includes(fold(s)) || unmarked.includes(fold(s)) || unquoted.includes(fold(s))

    it('is a readable UTF-8 text of readout length', () => {
      expect(Buffer.from(input, 'utf8').equals(raw), 'valid UTF-8').toBe(true)
      expect(input.includes('\uFFFD')).toBe(false)
      const n = words(input)
      expect(n).toBeGreaterThanOrEqual(150)
      // a numbered communiqué of 15+ paragraphs runs to 1,500+ words, as published ones do
      expect(n).toBeLessThanOrEqual(exp.shape === 'numbered' ? 2000 : exp.shape === 'mixed' ? 1100 : 650)
    })

    it('has every key, with the right types', () => {
      expect(Object.keys(exp).sort()).toEqual([...KEYS].sort())
      expect(SHAPES).toContain(exp.shape)
      expect(['en', 'fr']).toContain(exp.lang)
      // a kind the vocabulary names in two ways (a chair's statement) lists both, as other fields list alternatives
      for (const kind of [exp.kind].flat()) expect(KINDS).toContain(kind)
      expect(typeof exp.area).toBe('string')
      for (const k of ['title', 'place']) expect(isAlt(exp[k]) || (k === 'place' && exp[k] === null), k).toBe(true)
      for (const k of ['organisation', 'key_message', 'roadmap']) expect(isAltOrNull(exp[k]), k).toBe(true)
      expect(Array.isArray(exp.points) && exp.points.length > 0, 'points').toBe(true)
      expect(Array.isArray(exp.figures), 'figures').toBe(true)
      expect(Array.isArray(exp.outlook), 'outlook').toBe(true)
    })

    it('is named after its shape, area and language', () => {
      const m = NAME.exec(name)
      expect(m, 'folder name <area>-<shape>-<n>').not.toBeNull()
      expect(m![3]).toBe(exp.area)
      expect(m![4]).toBe(exp.shape)
      expect(Boolean(m![2])).toBe(exp.lang === 'fr')
    })

    it('has valid ISO dates, start before end', () => {
      const start = isoDate(exp.date_start)
      const end = isoDate(exp.date_end)
      expect(start === null, 'date_start and date_end both set or both null').toBe(end === null)
      if (start && end) expect(start <= end).toBe(true)
    })

    it('takes bodies, outlook, quotes and names word for word from the input', () => {
      for (const p of exp.points) {
        expect(Object.keys(p).sort()).toEqual(['body', 'title'])
        expect(isAlt(p.title), 'point title').toBe(true)
        for (const t of alts(p.title)) {
          // (a name from the input is kept whole, up to twelve words: `Charte de Port-Louis pour la protection du patrimoine maritime`)
          expect(t.split(/\s+/).length, `title "${t}" at most 7 words`).toBeLessThanOrEqual(/^\p{Lu}/u.test(t) && has(t) ? 12 : 7)
          expect(t, `title "${t}" has no final full stop`).not.toMatch(/\.$/)
        }
        expect(typeof p.body).toBe('string')
        expect(has(p.body), `body in input: ${p.body.slice(0, 60)}`).toBe(true)
      }
      for (const o of exp.outlook) {
        expect(typeof o).toBe('string')
        expect(has(o), `outlook in input: ${o.slice(0, 60)}`).toBe(true)
      }
      if (exp.key_message !== null)
        expect(alts(exp.key_message).some(k => has(k) || has(k.replace(/[.!?]$/, ''))), 'key message in input').toBe(true)
      if (exp.roadmap !== null) expect(alts(exp.roadmap).some(has), 'roadmap name in input').toBe(true)
      if (exp.place !== null && exp.place !== 'Online') expect(alts(exp.place).some(has), 'place in input').toBe(true)
      if (exp.organisation !== null) expect(alts(exp.organisation).some(has), 'organisation in input').toBe(true)
      // A point body and an outlook paragraph never overlap, and no two points share a body.
      const bodies = exp.points.map((p: any) => fold(p.body))
      expect(new Set(bodies).size).toBe(bodies.length)
      for (const o of exp.outlook) expect(bodies).not.toContain(fold(o))
    })

    it('writes figures in the normalised form, with labels', () => {
      for (const f of exp.figures) {
        expect(Object.keys(f).sort()).toEqual(['label', 'value'])
        expect(typeof f.value, `value ${f.value} is a quoted string`).toBe('string')
        // digits, optional currency before (a sign, or a currency's code: `CHF `, `NOK `, or letters a country writes: `Rs `, `Tk `, `Ksh `), optional scale word or % after; never a year
        // or a price in pence or cents as written (`45p`)
        if (!/^\d{1,2}p$/.test(f.value)) expect(f.value).toMatch(/^(US\$|[A-Z]{1,2}\$|\$|\p{Sc}|FCFA |[A-Z]{3} |Rs |Tk |Ksh |R(?=\d))?\d{1,3}(,\d{3})*(\.\d+)?(–\d{1,3}(,\d{3})*(\.\d+)?)?( (million|billion|trillion|lakh|crore))?%?$/u)
        expect(f.value).not.toMatch(/^(19|20)\d\d$/)
        expect(isAlt(f.label), 'label').toBe(true)
        for (const l of alts(f.label)) expect(l, `label "${l}"`).not.toMatch(/(,|\band)$/)
      }
      const values = exp.figures.map((f: any) => `${f.value}|${alts(f.label)[0]}`)
      expect(new Set(values).size, 'the same fact never twice').toBe(values.length)
    })
  })
})
