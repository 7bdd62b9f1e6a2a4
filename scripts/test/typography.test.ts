import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {renderBriefHtml} from '../../brief/template.js'
import {makeSlides} from '../../slides/make-slides.js'
import {manifestOf} from '../site/manifest.js'
import {indexPage, packPage} from '../site/site-pages.js'
import {readoutToMarkdown} from '../structure/readout-to-markdown.js'
import type {Readout} from '../structure/readout.js'
import {keepTogether, typeset, typographicQuotes} from '../theme/typography.js'
import {structureText} from './helpers.js'

/** A readout written for this test, typed with straight quotes and plain spaces. */
const READOUT = `Statement of the Lake Shipping Council
Kampala, 30 June – 1 July 2026
Transport ministers of the Lake Shipping Council met in Kampala on 30 June – 1 July 2026.
"We don't build ports for ourselves, we build them for the lake's people." The Chair's words opened two days of talks on the "Blue Lake" plan.
- Safer boats: Members will inspect every passenger boat by 1 July 2027. The Council's inspectors start in Entebbe.
- Cheaper freight: Members will invest $40 billion in lake ports and cut freight costs by 30 % by 2030.
Ministers will meet again in Mwanza on 14 May 2027.
`

/** The same shapes in French, typed with straight quotes and plain spaces. */
const READOUT_FR = `Déclaration du Conseil de la navigation lacustre
Bujumbura, 1er juillet 2026
Les ministres des Transports du Conseil de la navigation lacustre se sont réunis à Bujumbura le 1er juillet 2026.
"Le lac n'attend pas." C'est sur ces mots que la présidente a ouvert les travaux.
- Bateaux plus sûrs : Les membres inspecteront 12 000 bateaux d'ici le 1er juillet 2027.
- Fret moins cher : Les membres investiront 40 milliards d'euros dans les ports du lac.
Les ministres se réuniront de nouveau à Goma le 14 mai 2027.
`

async function read(text: string): Promise<Readout> {
  const {result, messages} = await structureText(text)
  if (!result) throw new Error(messages.join('\n'))
  return result.readout
}

/** What a deck shows: its slides' Markdown without their directives, its footer and its notes. */
function deckText(readout: Readout): string {
  const deck = makeSlides(readout)
  const front = parseYaml(deck.markdown.split('\n---\n')[0].replace(/^---\n/, '')) as {footer: string; title: string}
  return [front.title, front.footer, ...deck.slides.map((slide) => slide.markdown.replace(/<!-- _\w+: [^\n]*-->/g, ''))].join('\n')
}

/** The visible text of an HTML page, tags dropped and entities left as they are. */
const visible = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<script>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')

describe('typography of the shown text', () => {
  it('keeps a day with its month and a number with its unit', () => {
    expect(keepTogether('on 1 July 2026, on July 1, 2026 and on 30 June – 1 July')).toBe('on 1\u00a0July 2026, on July\u00a01, 2026 and on 30\u00a0June\u00a0– 1\u00a0July')
    // a scale written short stays with its number (`$4.5 | bln` was a title's line break)
    expect(keepTogether('pledge $4.5 bln and 30 mln or 2 tn')).toBe('pledge $4.5\u00a0bln and 30\u00a0mln or 2\u00a0tn')
    expect(keepTogether('$20 billion, 15 percent, 30 %, 400 km, US$ 310, Decision No. 4')).toBe('$20\u00a0billion, 15\u00a0percent, 30\u00a0%, 400\u00a0km, US$\u00a0310, Decision No.\u00a04')
    expect(keepTogether('le 1er juillet, 12 000 bateaux, 40 milliards d’euros, 30 %', 'fr')).toBe('le 1er\u00a0juillet, 12\u202f000 bateaux, 40\u00a0milliards d’euros, 30\u202f%')
    expect(keepTogether('and Dr. Okafor of St. John’s met Ms Ruiz; M. Diallo', 'fr')).toBe('and Dr.\u00a0Okafor of St.\u00a0John’s met Ms\u00a0Ruiz; M.\u00a0Diallo')
    // a year and a count that are not a unit's stay apart: `in 2019 members`, `may 12 members`
    expect(keepTogether('in 2019 members of May said 12 members may 12 times')).toBe('in 2019 members of May said 12 members may 12 times')
  })

  it('keeps a spaced dash with the word before it, so no line opens on a dash', () => {
    expect(keepTogether('Annual Assembly 2026 – Outcome Statement')).toBe('Annual Assembly 2026\u00a0– Outcome Statement')
    expect(keepTogether('Cellule de crise — réunion du 12 mars - compte rendu', 'fr')).toBe('Cellule de crise\u00a0— réunion du 12\u00a0mars\u00a0- compte rendu')
    // a dash that joins words or numbers is no spaced dash: `2026–2027`, `well-being`, `3 - 4`… stay as typed
    expect(keepTogether('in 2026–2027, well-being and Asia-Pacific')).toBe('in 2026–2027, well-being and Asia-Pacific')
  })

  it('makes straight quotes and apostrophes typographic, in the language’s marks', () => {
    expect(typographicQuotes(`"We don't," the Chair's note said of the 'Blue Lake' plan and members' ports.`)).toBe('“We don’t,” the Chair’s note said of the ‘Blue Lake’ plan and members’ ports.')
    // markup and code typed in the text keep their quotes as typed: the text shows what was typed
    expect(typographicQuotes('They said <iframe src="https://x.example/f"></iframe>, `a="b"` and "hi".')).toBe('They said <iframe src="https://x.example/f"></iframe>, `a="b"` and “hi”.')
    expect(typeset(`Le plan "Lac bleu" n'attend pas : voir https://exemple.org/?a='b'`, 'fr')).toBe('Le plan «\u00a0Lac bleu\u00a0» n’attend pas\u00a0: voir https://exemple.org/?a=\'b\'')
  })

  it('sets the deck, the brief and the site that way, and leaves roadmap.md as typed', async () => {
    const readout = await read(READOUT)
    const deck = deckText(readout)
    const brief = visible(renderBriefHtml(readout))
    const manifest = manifestOf('lake', readout)
    const site = visible(indexPage([manifest])) + visible(packPage(manifest))
    for (const [name, text] of Object.entries({deck, brief, site})) {
      expect(text, name).toContain('1\u00a0July 2026')
      expect(text, name).not.toMatch(/\d July/)
      expect(text, name).not.toMatch(/["']/)
      expect(text, name).toMatch(/don’t/)
    }
    for (const [name, text] of Object.entries({deck, brief})) {
      expect(text, name).toContain('$40\u00a0billion')
      expect(text, name).toContain('30\u00a0%')
      expect(text, name).toContain('Council’s inspectors')
    }
    const markdown = readoutToMarkdown(readout)
    expect(markdown).toContain('1 July 2027')
    expect(markdown).toContain("don't")
    expect(markdown).not.toMatch(/[\u00a0\u202f’“”]/)
  })

  it('sets French text with « », its own apostrophe and spaced numbers, and leaves roadmap.md as typed', async () => {
    const readout = await read(READOUT_FR)
    const deck = deckText(readout)
    // (`1er` has its letters raised by markup, `1<sup class="ordinal">er</sup>`: look38fix checks them in print)
    const brief = visible(renderBriefHtml(readout).replace(/<sup class="ordinal">(\p{L}+)<\/sup>/gu, '$1'))
    for (const [name, text] of Object.entries({deck, brief})) {
      expect(text, name).toContain('1er\u00a0juillet 2027')
      expect(text, name).toContain('12\u202f000')
      expect(text, name).toContain('n’attend')
      expect(text, name).not.toMatch(/["']/)
    }
    const markdown = readoutToMarkdown(readout)
    expect(markdown).toContain("n'attend")
    expect(markdown).not.toMatch(/[’\u202f]/)
  })
})
