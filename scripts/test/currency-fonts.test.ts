// Every currency sign printed in an embedded font (fonts39): `₪40 million` came out in DejaVu Sans and
// `฿300 million` in DejaVu Serif, system fonts, and tofu on a host without them. The texts are written for these tests.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {printBrief} from '../../brief/print-brief.js'
import {renderBriefHtml} from '../../brief/template.js'
import {makeSlides} from '../../slides/make-slides.js'
import {printDeck} from '../../slides/print-deck.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import {BrowserSession} from '../browser.js'
import {CURRENCY_SIGNS} from '../theme/currency-font.js'
import {siteCss} from '../site/site-style.js'
import {fontFaceCss} from '../theme/fonts.js'
import {readoutWith} from './helpers.js'
import {readPdf, type PdfFacts} from './pdf.js'

const session = new BrowserSession()
afterAll(() => session.close())

async function read(pdf: Uint8Array): Promise<PdfFacts> {
  const folder = mkdtempSync(path.join(tmpdir(), 'fonts39-'))
  try {
    writeFileSync(path.join(folder, 'out.pdf'), pdf)
    return await readPdf(path.join(folder, 'out.pdf'))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/** Signs of the Currency Symbols block (U+20A0–U+20C0) and of other scripts, all of them in use or once in use. */
const SIGNS = ['₠', '₡', '₢', '₣', '₤', '₥', '₦', '₧', '₨', '₩', '₪', '₫', '€', '₭', '₮', '₯', '₰', '₱', '₲', '₳', '₴', '₵', '₶', '₷', '₸', '₹', '₺', '₻', '₼', '₽', '₾', '₿', '⃀', '฿', '؋', '﷼', '៛', '৲', '৳', '৻', '¢', '£', '¥']

/** The PostScript names of the embedded fonts (Source Sans 3 / Serif 4, and the Noto faces of the signs they lack); none is installed on the system. */
const EMBEDDED = /^(?:[A-Z]{6}\+)?(?:SourceSans3|SourceSerif4|NotoSans(?:Thai|Arabic|Khmer|Bengali)?-|NotoSerif-)/

describe('currency signs in the embedded fonts (fonts39: `₪` in DejaVu Sans, `฿` in DejaVu Serif)', () => {
  it('prints every sign in the deck and the brief, and no font but the embedded ones', async () => {
    const body = (signs: string[]) => `Members pledged ${signs.map((sign, index) => `${sign}${index + 1}`).join(', ')}.`
    const readout = readoutWith({
      title: 'Jerusalem and Bangkok Ministerial Meeting on Ports',
      source: 'test.txt',
      place: 'Bangkok',
      pillars: [
        // (the deck shows a point's first 14 items)
        {title: 'Shore power', body: body(SIGNS.slice(0, 11))},
        {title: 'Safety drills', body: body(SIGNS.slice(11, 22))},
        {title: 'Dredging', body: body(SIGNS.slice(22, 33))},
        {title: 'Pilotage', body: body(SIGNS.slice(33))},
      ],
      figures: [
        {value: '₪40 million', label: 'pledged by Israel', sentence: 'Israel pledged ₪40 million.'},
        {value: '฿300 million', label: 'pledged by Thailand', sentence: 'Thailand pledged ฿300 million.'},
        {value: '₾12 million', label: 'pledged by Georgia', sentence: 'Georgia pledged ₾12 million.'},
      ],
    })
    const {markdown} = makeSlides(readout)
    const deck = await read((await printDeck(await session.browser(), await renderPresentableHtml(markdown))).pdf!)
    const brief = await read((await printBrief(await session.browser(), renderBriefHtml(readout))).pdf!)
    for (const [name, pdf] of Object.entries({deck, brief})) {
      for (const sign of SIGNS) expect(pdf.text, `${name}: ${sign}`).toContain(sign)
      expect(pdf.text, name).toContain('₪40')
      expect(pdf.text, name).toContain('฿300')
      for (const font of pdf.fonts) {
        expect(font.name, name).toMatch(EMBEDDED)
        expect(font.embedded, `${name}: ${font.name}`).toBe(true)
      }
    }
  }, 120_000)

  it('inlines a sign’s face only for a text that holds it, cut to its signs: a seed text gets none', () => {
    const faces = (css: string) => css.match(/@font-face[^}]*format\('truetype'\)[^}]*\}/g) ?? []
    expect(faces(fontFaceCss(['sans', 'serif'], 'Paris, 24–25 June 2019 — ₩6 billion, ₦5 billion, ₹3 billion, €20'))).toEqual([])
    const shekel = faces(fontFaceCss(['sans', 'serif'], 'Israel pledged ₪40 million.'))
    // one face per weight file of Source Sans 3 (4) and Source Serif 4 (3), under their family names
    expect(shekel).toHaveLength(7)
    for (const face of shekel) expect(face).toMatch(/font-family: 'Source (?:Sans 3|Serif 4)';[\s\S]*unicode-range: U\+20AA;/)
    expect(shekel.join('').length).toBeLessThan(16_000)
    expect(faces(fontFaceCss(['sans'])).length).toBeGreaterThan(0)
    expect(CURRENCY_SIGNS).toContain(0x0e3f)
  })

  it('gives the site’s stylesheet a sign’s face only when a pack’s page shows the sign, so a seed site is not 56 KB larger nor slower to write', () => {
    const faces = (css: string) => css.match(/@font-face[^}]*format\('truetype'\)[^}]*\}/g) ?? []
    const seedPacks = JSON.stringify([{title: 'Paris Roadmap', figures: ['€20 million']}])
    expect(faces(siteCss({shown: seedPacks}))).toEqual([])
    const baht = faces(siteCss({shown: JSON.stringify([{title: 'Mekong ministers', figures: ['฿300 million']}])}))
    expect(baht).toHaveLength(4)
    for (const face of baht) expect(face).toMatch(/unicode-range: U\+0E3F;/)
    // the stylesheet on its own (no pages given) still carries every sign
    expect(faces(siteCss()).length).toBeGreaterThan(4)
  })
})
