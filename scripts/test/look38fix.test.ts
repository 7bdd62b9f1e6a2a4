// Design faults left by look23 and seen on the packs of round 25 (look38), each fixed in the writer that
// showed it and checked in what Chromium prints or shows. The texts here are written for these tests.
import {execFileSync} from 'node:child_process'
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
import {manifestOf} from '../site/manifest.js'
import {indexPage} from '../site/site-pages.js'
import {siteCss} from '../site/site-style.js'
import {readoutWith} from './helpers.js'
import {flat, readPdf, type PdfFacts} from './pdf.js'

const session = new BrowserSession()
afterAll(() => session.close())

/** Read a printed PDF (and its words with their boxes, `pdftotext -bbox`) from a temporary file. */
async function printed(pdf: Uint8Array): Promise<PdfFacts & {words: Array<{text: string; page: number; yMin: number; yMax: number}>}> {
  const folder = mkdtempSync(path.join(tmpdir(), 'look38-'))
  try {
    const file = path.join(folder, 'out.pdf')
    writeFileSync(file, pdf)
    const facts = await readPdf(file)
    const xml = execFileSync('pdftotext', ['-bbox', file, '-'], {encoding: 'utf8'})
    const words = xml.split('<page ').slice(1).flatMap((page, index) => [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({text: m[3], page: index + 1, yMin: Number(m[1]), yMax: Number(m[2])})))
    return {...facts, words}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

const PILLARS = [
  {title: 'Shore power', body: 'Ports will offer shore power at every ferry berth by 2030.'},
  {title: 'Safety drills', body: 'Operators will hold a joint safety drill every spring.'},
]

describe('the closing slide with no outlook (look23: `Looking ahead` over the meeting’s title, nothing ahead on it)', () => {
  it('is the deck’s end card: the meeting’s title over the sign-off, no `Looking ahead` heading', async () => {
    const readout = readoutWith({title: 'Baltic Ferry Ministers’ Meeting', source: 'test.txt', place: 'Tallinn', organisation: 'Baltic Ferry Council', pillars: PILLARS})
    const {markdown, slides} = makeSlides(readout)
    const closing = slides.findIndex((slide) => slide.kind === 'closing')
    expect(slides[closing].content.heading).toBe('Baltic Ferry Ministers’ Meeting')
    const {pageText} = await printed((await printDeck(await session.browser(), await renderPresentableHtml(markdown))).pdf!)
    const page = flat(pageText[closing])
    expect(page).not.toMatch(/Looking ahead/)
    expect(page).toMatch(/^Baltic Ferry Ministers’ Meeting/)
    expect(page).toMatch(/Tallinn/)
  }, 60_000)

  it('keeps `Looking ahead` over an outlook', () => {
    const readout = readoutWith({title: 'Baltic Ferry Ministers’ Meeting', source: 'test.txt', pillars: PILLARS, outlook: ['Ministers will meet again in Riga in 2027 to review progress.']})
    const closing = makeSlides(readout).slides.find((slide) => slide.kind === 'closing')!
    expect(closing.content.heading).toBe('Looking ahead')
  })
})

/** A French readout whose dates and text hold `1er`. */
const FRENCH = readoutWith({
  title: 'Réunion du 1er juillet du Conseil de la navigation lacustre',
  source: 'test.txt',
  lang: 'fr',
  place: 'Bujumbura',
  dates: {start: '2026-07-01', end: '2026-07-01', display: '1er juillet 2026'},
  pillars: [
    {title: 'Bateaux plus sûrs', body: 'Les membres inspecteront 12 000 bateaux d’ici le 1er juillet 2027.'},
    {title: 'Ports', body: 'Les ports seront équipés de bornes avant la 1re saison des pluies.'},
  ],
} as never)

describe('French `1er` (look23: `1er juillet` set on the line, where typographic French raises `er`)', () => {
  it('raises the letters of `1er` and `1re` in the printed deck and brief, each printed smaller and above its `1`', async () => {
    const {markdown} = makeSlides(FRENCH)
    const deck = await printed((await printDeck(await session.browser(), await renderPresentableHtml(markdown, {lang: 'fr'}))).pdf!)
    const brief = await printed((await printBrief(await session.browser(), renderBriefHtml(FRENCH))).pdf!)
    for (const [name, pdf] of Object.entries({deck, brief})) {
      // `er` and `re` printed apart from their `1`, their foot above the line's (pdftotext still joins some to their `1`)
      const raised = pdf.words.filter((word) => /^(?:er|re)$/.test(word.text))
      expect(raised.length, name).toBeGreaterThanOrEqual(2)
      for (const word of raised) {
        // the nearest `1` on its page is lower
        const one = pdf.words.filter((w) => w.page === word.page && /1$/.test(w.text)).sort((a, b) => Math.abs(a.yMax - word.yMax) - Math.abs(b.yMax - word.yMax))[0]
        expect(one, `${name}: ${word.text}`).toBeDefined()
        expect(word.yMax, name).toBeLessThan(one.yMax - 1)
      }
    }
  }, 90_000)

  it('raises them in the site’s shown text, never in an attribute or the page’s title', () => {
    const html = indexPage([manifestOf('lac', FRENCH)])
    expect(html).toMatch(/1<sup class="ordinal">er<\/sup>/)
    expect(html).not.toMatch(/<title>[^<]*<sup/)
    expect(html).not.toMatch(/="[^"]*<sup/)
  })

  it('leaves an English deck’s text as it is', () => {
    const readout = readoutWith({title: 'Meeting of 1 July', source: 'test.txt', pillars: [{title: 'Ports', body: 'Code 1er is kept.'}]})
    expect(renderBriefHtml(readout)).not.toMatch(/<sup/)
  })
})

describe('the site’s index over packs in two languages (look23: an English header over French packs)', () => {
  const english = manifestOf('ferries', readoutWith({title: 'Baltic Ferry Ministers’ Meeting', source: 'a.txt', pillars: PILLARS}))
  const french = (name: string) => manifestOf(name, {...FRENCH, title: `${FRENCH.title} ${name}`})

  it('says its furniture in both languages, the most used first, each marked with its `lang`', async () => {
    const html = indexPage([english, french('a'), french('b')])
    expect(html).toMatch(/<html lang="fr">/)
    const page = await (await session.browser()).newPage()
    try {
      await page.setViewport({width: 1280, height: 900})
      await page.setContent(html.replace('<link rel="stylesheet" href="assets/site.css">', `<style>${siteCss()}</style>`), {waitUntil: 'load'})
      const shown = await page.evaluate(() => ({
        h1: document.querySelector('h1')!.innerText,
        english: [...document.querySelectorAll('header [lang="en"], footer [lang="en"]')].map((node) => (node as HTMLElement).innerText),
        title: document.title,
      }))
      expect(shown.h1).toMatch(/^Dossiers d’information\s+Briefing packs$/)
      expect(shown.title).toBe('Dossiers d’information / Briefing packs')
      expect(shown.english.join(' | ')).toMatch(/3 readouts, newest meeting first/)
      expect(shown.english.join(' | ')).toMatch(/Works offline/)
    } finally {
      await page.close()
    }
  }, 60_000)

  it('says it once over packs of one language', () => {
    const html = indexPage([french('a'), french('b')])
    expect(html).not.toMatch(/Briefing packs|lang="en"/)
    expect(indexPage([english])).not.toMatch(/Dossiers|lang="fr"/)
  })
})

describe('the won sign (look23: `₩` feared to fall to a fallback font)', () => {
  it('prints `₩`, `₦`, `₹` in the embedded family in the deck and the brief: no DejaVu in the PDF', async () => {
    const readout = readoutWith({title: 'Seoul Ministerial Meeting on Ports', source: 'test.txt', place: 'Seoul', pillars: [{title: 'Shore power', body: 'Korea gives ₩6 billion, Nigeria ₦5 billion and India ₹3 billion for shore power.'}], figures: [{value: '₩6 billion', label: 'pledged by the Republic of Korea', sentence: 'Korea pledged ₩6 billion.'}, {value: '12', label: 'member ports', sentence: 'There are 12 member ports.'}]})
    const {markdown} = makeSlides(readout)
    const deck = await printed((await printDeck(await session.browser(), await renderPresentableHtml(markdown))).pdf!)
    const brief = await printed((await printBrief(await session.browser(), renderBriefHtml(readout))).pdf!)
    for (const [name, pdf] of Object.entries({deck, brief})) {
      expect(pdf.text, name).toContain('₩6')
      expect(pdf.fonts.map((font) => font.name).join(' '), name).not.toMatch(/DejaVu|Noto/)
    }
  }, 90_000)
})

describe('one form of a currency on the figures slide (look23: `9 milliards de francs CFA` over `1,5 Md FCFA`)', () => {
  it('writes the hero short when a sum in its currency beside it is, as Chromium prints the deck', async () => {
    const figure = (value: string, label: string) => ({value, label, sentence: `${label} ${value}.`})
    const readout = readoutWith({
      title: 'Troisième session du Comité régional du bois-énergie',
      source: 'test.txt',
      lang: 'fr',
      pillars: PILLARS,
      figures: [figure('FCFA 9 billion', 'fonds régional'), figure('FCFA 1.5 billion', 'pour les foyers améliorés'), figure('214', 'marchés ruraux de bois'), figure('80%', 'des besoins')],
    } as never)
    const {markdown, slides} = makeSlides(readout)
    const figures = slides.findIndex((slide) => slide.kind === 'figures')
    const {pageText} = await printed((await printDeck(await session.browser(), await renderPresentableHtml(markdown, {lang: 'fr'}))).pdf!)
    const page = flat(pageText[figures])
    // (pdftotext may read a value's number and its unit line apart)
    expect(page.match(/Md\s*FCFA/g)).toHaveLength(2)
    expect(page).not.toMatch(/francs CFA|milliards?/)
  }, 60_000)
})
