// Display defects seen on packs made from texts the design was not tuned on (look23: round 23, a
// long French communiqué and a French wire), each fixed in the writer that showed it and checked
// in what Chromium prints. The texts here are written for these tests.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {printBrief} from '../../brief/print-brief.js'
import {renderBriefHtml} from '../../brief/template.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {printDeck} from '../../slides/print-deck.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import {BrowserSession} from '../browser.js'
import {readoutOf, readoutWith, syntheticReadout} from './helpers.js'
import {flat, readPdf} from './pdf.js'

const session = new BrowserSession()
afterAll(() => session.close())

/** A French wire: a quote of two sentences whose first is the key message, an outlook that opens on `La prochaine réunion`. */
const WIRE = `Communiqué de presse

Pêche : les ministres de l'Alliance des ports de l'Atlantique adoptent un plan pour la sécurité des marins

Lisbonne, le 4 février 2026

Réunis à Lisbonne les 2 et 3 février 2026, les ministres de la Mer des neuf pays membres de l'Alliance des ports de l'Atlantique ont adopté le Plan « Marins sûrs 2030 ».

« Aucun marin ne doit partir sans gilet de sauvetage. Nous ne l'accepterons plus. », a déclaré le président de la réunion, M. Rui Costa, ministre portugais de la Mer.

Le plan prévoit l'équipement de 12 000 navires de balises de détresse, financé par un fonds de 80 millions d'euros. Les ministres ont également décidé de former 5 000 marins aux premiers secours d'ici 2028.

Les ministres ont convenu de créer un registre commun des accidents en mer, qui publiera chaque année un rapport sur les naufrages.

Les exportations de poisson des pays membres ont atteint 4 milliards d'euros en 2025.

La vingt-deuxième session ordinaire du Conseil se tiendra à Brest (France) en mars 2027, à une date qui sera fixée par le Secrétariat après consultation des États membres.
`

/** The text of a printed PDF, whitespace collapsed. */
async function printedText(pdf: Uint8Array): Promise<{text: string; pageText: string[]}> {
  const folder = mkdtempSync(path.join(tmpdir(), 'look23-'))
  try {
    writeFileSync(path.join(folder, 'out.pdf'), pdf)
    const {text, pageText} = await readPdf(path.join(folder, 'out.pdf'))
    return {text, pageText}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

describe('the brief’s context (look23: `Nous ne pouvons plus l’accepter. », a déclaré …`, a quote cut after its first sentence)', () => {
  it('drops a quote whose first sentence is the key message whole, with its attribution, never leaving its tail and a lone closing guillemet', async () => {
    const readout = await readoutOf(WIRE)
    expect(readout.keyMessage).toMatch(/^Aucun marin/)
    const {pdf} = await printBrief(await session.browser(), renderBriefHtml(readout))
    const {text} = await printedText(pdf!)
    expect(text).not.toMatch(/l.accepterons plus/)
    expect(text).not.toMatch(/\.\s*»\s*, a déclaré/)
    // the key message is still the pull quote, and the rest of the context is kept
    expect(text).toMatch(/« Aucun marin ne doit partir sans gilet de sauvetage\. »/)
    expect(text).toMatch(/exportations de poisson/)
  }, 60_000)
})

describe('the closing slide in French (look23: `Perspectives` showing the meeting’s title, its outlook `La vingt-deuxième session …` taken for `Là, …`)', () => {
  it('shows the outlook sentence that opens on the article `La`, not the title', async () => {
    const readout = await readoutOf(WIRE)
    const {markdown, slides} = makeSlides(readout)
    const closing = slides.findIndex((slide) => slide.kind === 'closing')
    const {pdf} = await printDeck(await session.browser(), await renderPresentableHtml(markdown, {lang: 'fr'}))
    const {pageText} = await printedText(pdf!)
    const page = flat(pageText[closing])
    expect(page).toMatch(/^Perspectives/)
    expect(page).toMatch(/La vingt-deuxième session ordinaire du Conseil se tiendra à Brest en mars 2027\./)
    expect(page).not.toMatch(/adoptent un plan/)
  }, 60_000)
})

/** A French wire with a next step the closing slide's panel shows, written for this test. */
const WIRE_NEXT = WIRE.replace(/La vingt-deuxième session[^\n]*\n$/, 'La prochaine réunion se tiendra à Brest en mars 2027.\n')

describe('the next steps’ label (look23: `À suivre` / `Next` on the deck, `Prochaines étapes` / `Next steps` in the brief)', () => {
  it.each([
    ['fr', WIRE_NEXT, 'PROCHAINES ÉTAPES'],
    ['en', 'Joint Statement of the Baltic Ferry Ministers\nTallinn, 3 March 2026\n\nFerry ministers of the Baltic states met in Tallinn.\n\n- Safety drills: Operators will hold a joint safety drill every spring.\n- Shore power: Ports will offer shore power at every ferry berth by 2030.\n\nThe next meeting will be held in Riga in 2027.\n', 'NEXT STEPS'],
  ])('names them alike in the printed deck and the printed brief (%s)', async (lang, text, label) => {
    const readout = await readoutOf(text)
    const {markdown, slides} = makeSlides(readout)
    const closing = slides.findIndex((slide) => slide.kind === 'closing')
    expect(slides[closing].content.next?.length).toBeGreaterThan(0)
    const deck = await printDeck(await session.browser(), await renderPresentableHtml(markdown, {lang}))
    const brief = await printBrief(await session.browser(), renderBriefHtml(readout))
    // (the label is letter-spaced: pdftotext may read a space between its letters)
    const letters = (text: string) => text.replace(/\s+/g, '')
    expect(letters((await printedText(deck.pdf!)).pageText[closing])).toContain(letters(label))
    expect(letters((await printedText(brief.pdf!)).text)).toContain(letters(label))
  }, 60_000)
})

describe('the overview cards (look23: `Study low-` / `cost designs`, a short compound broken at its hyphen in a card of a row of three)', () => {
  it('keeps a hyphenated compound on one line of its card, as Chromium prints the deck', async () => {
    const titles = ['Study low-cost designs', 'Taxi and ride-hailing licences', 'Ticket sites and trip-planning apps', 'Second progress report', 'Passenger ferries', 'Road safety']
    const readout = readoutWith({title: 'Third Ministerial Conference on Accessible Transport', source: 'test.txt', pillars: titles.map((title) => ({title, body: 'Ministers agreed on a plan for the next five years.'}))})
    const {markdown, slides} = makeSlides(readout)
    const overview = slides.findIndex((slide) => slide.kind === 'overview') + 1
    const {pdf} = await printDeck(await session.browser(), await renderPresentableHtml(markdown))
    const folder = mkdtempSync(path.join(tmpdir(), 'look23-cards-'))
    try {
      writeFileSync(path.join(folder, 'slides.pdf'), pdf!)
      const xml = execFileSync('pdftotext', ['-bbox', '-f', String(overview), '-l', String(overview), path.join(folder, 'slides.pdf'), '-'], {encoding: 'utf8'})
      const words = [...xml.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => m[1])
      expect(words, words.join(' ')).toEqual(expect.arrayContaining(['low-cost', 'ride-hailing', 'trip-planning']))
      expect(words.filter((word) => /-$/.test(word))).toEqual([])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 60_000)
})

describe('the brief’s running header (look23: `Vingt et unième session ordinaire du Conseil des ministres de la…`)', () => {
  it('cuts a long title after a word that names something, never after `de la`, as Chromium prints page 2', async () => {
    const readout = {...(await readoutOf(syntheticReadout(8))), organisation: undefined, participants: undefined, lang: 'fr' as const, title: 'Vingt et unième session ordinaire du Conseil des ministres de la Commission interétatique de lutte contre la désertification et de gestion durable des terres de l’Afrique de l’Ouest'}
    const {pdf} = await printBrief(await session.browser(), renderBriefHtml(readout))
    const {pageText} = await printedText(pdf!)
    expect(pageText.length).toBeGreaterThan(1)
    expect(pageText[1]).toMatch(/^Vingt et unième session ordinaire du Conseil des ministres…/)
  }, 60_000)
})

describe('the PowerPoint closing slide’s sign-off (look23: a long organisation’s name left `2026` alone on a second line)', () => {
  it('holds one line as LibreOffice draws it in its fallback font', async () => {
    const readout = await readoutOf('Summit of Mayors on Ending Street Homelessness\nRotterdam, 30 September – 2 October 2026\n\nMayors from 48 cities of the Network of European Cities against Homelessness met in Rotterdam.\n\n- Housing First: Cities will make Housing First the main response to rough sleeping.\n- Prevention: Every city will set up a team to stop evictions into homelessness.\n\nThe mayors will meet again in Lisbon in the autumn of 2027.\n')
    const {slides} = makeSlides(readout)
    const closing = slides.findIndex((slide) => slide.kind === 'closing')
    expect(slides[closing].content.signOff?.replace(/\s/g, ' ')).toBe('Network of European Cities against Homelessness · Rotterdam, 30 September – 2 October 2026')
    const folder = mkdtempSync(path.join(tmpdir(), 'look23-pptx-'))
    try {
      writeFileSync(path.join(folder, 'slides.pptx'), await makePptx({slides, title: readout.title}))
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, path.join(folder, 'slides.pptx')], {stdio: 'pipe', timeout: 110_000})
      const xml = execFileSync('pdftotext', ['-bbox', '-f', String(closing + 1), '-l', String(closing + 1), path.join(folder, 'slides.pdf'), '-'], {encoding: 'utf8'})
      const words = [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({y: Math.round(Number(m[1])), text: m[2]}))
      const line = (text: string) => words.find((word) => word.text === text)!.y
      expect(line('2026')).toBe(line('Network'))
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})
