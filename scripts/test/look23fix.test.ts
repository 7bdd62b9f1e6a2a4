// Display defects seen on packs made from texts the design was not tuned on (look23: round 23, a
// long French communiqué and a French wire), each fixed in the writer that showed it and checked
// in what Chromium prints. The texts here are written for these tests.
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
import {readoutOf} from './helpers.js'
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
