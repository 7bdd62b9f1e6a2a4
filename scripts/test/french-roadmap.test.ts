import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {formatFrenchFigure, frenchRoadmapFigure, readFrenchFigure} from '../structure/french-figures.js'
import {markdownToReadout} from '../structure/markdown-to-readout.js'
import {structureText} from './helpers.js'

const here = import.meta.dirname
/** The values of `roadmap.md`'s `## Key figures`, as written. */
const writtenValues = (markdown: string) => [...markdown.slice(markdown.indexOf('## Key figures')).matchAll(/^- \*\*(.*?)\*\*/gm)].map((m) => m[1])
/** A value still in the reader's English normal form: `2.3 million`, `126,000`, `45%`, `FCFA 1.5 billion`. */
const ENGLISH_FORM = /\d\.\d|\d,\d{3}(?!\d)|\d%|\b(?:billion|thousand)\b|^[$€£]|^[A-Z]{3,4} \d/

/** Structure a French source, read its `roadmap.md` back, and return both readouts' figures and the written values. */
async function roundTrip(text: string, name: string) {
  const {result} = await structureText(text, name)
  expect(result, name).toBeDefined()
  const file = new VFile({path: 'roadmap.md', value: result!.markdown})
  const reread = markdownToReadout(file)
  expect(file.messages.filter((m) => m.fatal), name).toEqual([])
  return {readout: result!.readout, reread, written: writtenValues(result!.markdown)}
}

describe('a French roadmap.md writes its figures the French way and reads them back to the same readout', () => {
  it('writes each value of a French readout in French form, and reading it back gives the readout’s values', async () => {
    const {readout, reread, written} = await roundTrip(readFileSync(path.join(here, 'fixtures/fr-figures/input.txt'), 'utf8'), 'riziculture.txt')
    expect(readout.lang).toBe('fr')
    // with the characters a keyboard types, as the rest of roadmap.md
    expect(written).toEqual(['48 000', '2,7 milliards de francs CFA', '35 %', "6,5 millions d'euros", '320', '210 000 FCFA', '12,5 %', '1,4 million'])
    expect(reread.figures).toEqual(readout.figures)
    expect(reread.figures.map((f) => f.value)).toEqual(['48,000', 'FCFA 2.7 billion', '35%', '€6.5 million', '320', 'FCFA 210,000', '12.5%', '1.4 million'])
  })

  it('round-trips every French case of the development corpus (held-out rounds are not read)', async () => {
    const root = path.join(here, 'corpus')
    let french = 0
    for (const name of readdirSync(root).filter((n) => !n.startsWith('heldout-') && existsSync(path.join(root, n, 'input.txt')))) {
      const text = readFileSync(path.join(root, name, 'input.txt'), 'utf8')
      if (!/^lang: fr$/m.test(readFileSync(path.join(root, name, 'expected.yml'), 'utf8'))) continue
      french++
      const {readout, reread, written} = await roundTrip(text, `${name}.txt`)
      expect(reread.figures, name).toEqual(readout.figures)
      expect(written.filter((value) => ENGLISH_FORM.test(value)), name).toEqual([])
      // roadmap.md keeps typed characters: no no-break space nor typographic apostrophe in a value
      expect(written.filter((value) => /[\u00A0\u202F’]/.test(value)), name).toEqual([])
    }
    expect(french).toBeGreaterThan(20)
  }, 60_000)

  it('reads a French roadmap.md whose values are still in the normal form (one written before) as it is', () => {
    const markdown = ['---', 'title: Réunion', 'lang: fr', 'date_start: 2026-03-14', '---', '', '# Réunion', '', '## Roadmap', '', '### Eau', '', 'Des forages.', '', '## Key figures', '', '- **2.3 million** bovins', '', '- **126,000** points d’eau', '', '- **FCFA 1.5 billion** enveloppe', ''].join('\n')
    expect(markdownToReadout(new VFile({path: 'roadmap.md', value: markdown})).figures.map((f) => f.value)).toEqual(['2.3 million', '126,000', 'FCFA 1.5 billion'])
  })

  it('reads back what formatFrenchFigure writes, for every shape, and keeps the normal form where French would not read back', () => {
    for (const value of ['7', '1,100', '3.75', '1 million', '1.9 million', '2 million', '7.6 billion', '1.2 trillion', '37%', '0.8%', '15–25%', '+6%', '+14', 'FCFA 1.5 billion', 'FCFA 2,300', '€800 million', '€65,000', '$72', 'US$3.3 billion', 'US$640', 'C$4.5 million', 'CHF 6.5 million', 'NOK 30 million', '£2 billion', '¥1.4 billion', '€3–5 million', 'PEN 12 million', '340 km', '18,000 hectares', '1.6 million tonnes', '3x']) {
      expect(frenchRoadmapFigure(value), value).toBe(formatFrenchFigure(value).replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'"))
      expect(readFrenchFigure(frenchRoadmapFigure(value)), value).toBe(value)
    }
    // `12k` is written `12 000`, which reads back as `12,000`: the roadmap keeps `12k`; so `x3` and `EUR 40 million`
    for (const value of ['12k', 'x3', 'EUR 40 million', '1100']) expect(frenchRoadmapFigure(value), value).toBe(value)
    // What the formatter cannot have written stays as written
    for (const shown of ['environ 2 millions', 'deux tiers', 'n.d.', 'T1 2026']) expect(readFrenchFigure(shown), shown).toBe(shown)
  })
})
