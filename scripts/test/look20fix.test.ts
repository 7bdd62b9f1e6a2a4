// Display defects seen on round 20's packs (look20), each fixed in the writer that showed it: the
// Word figures table, the brief's running header, the overview cards and the PowerPoint slides.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {renderBriefHtml} from '../../brief/template.js'
import {makeSlides} from '../../slides/make-slides.js'
import {showPrintView} from '../../slides/print-deck.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import type {SlideShape} from '../../slides/slide-size.js'
import {BrowserSession, withOfflinePage} from '../browser.js'
import type {Readout} from '../structure/readout.js'
import {structureText} from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')

async function readoutOf(text: string, name = 'test.txt'): Promise<Readout> {
  const {result, messages} = await structureText(text, name)
  if (!result) throw new Error(messages.join('\n'))
  return result.readout
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string')
}

describe('brief.docx key figures (look20: one source sentence three times over)', () => {
  it('shows a sentence that gives three figures once, its cell spanning their three rows', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const shared = 'The pumps will be upgraded over five years at a cost of A$310m, and the 18 schemes now remove half a million tonnes of salt.'
    const figures = [
      {value: 'A$310 million', label: 'cost', sentence: shared},
      {value: '18', label: 'schemes', sentence: shared},
      {value: '500,000', label: 'tonnes of salt', sentence: shared},
      {value: '2,400', label: 'farms', sentence: 'Some 2,400 farms can apply in the first round.'},
    ]
    const xml = await part(await makeDocx({...readout, figures}, {title: readout.title}), 'word/document.xml')
    expect(xml.split('half a million tonnes of salt').length - 1).toBe(1)
    expect(xml).toContain('<w:vMerge w:val="restart"/>')
    expect(xml.split('Some 2,400 farms').length - 1).toBe(1)
  })
})

describe('brief running header (look20: a long title cut with “…”)', () => {
  const header = (r: Readout) => /@top-left \{ content: "([^"]*)"; \}/.exec(renderBriefHtml(r))![1]
  it('sets a title a little too long for the line a size smaller, whole', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const title = 'Range states agree to double ranger patrols and share their horn stock data'
    const html = renderBriefHtml({...readout, title})
    expect(header({...readout, title})).toBe(title)
    expect(html).toMatch(/@top-left \{ font-size: 7\.5pt; \}/)
  })
  it('names who met, a shorter form, for a title far too long for the line', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const organisation = 'Organisation ouest-africaine de métrologie'
    const title = `Communiqué final de la troisième Conférence ministérielle de l’${organisation}`
    expect(header({...readout, title, organisation, participants: undefined})).toBe(organisation)
  })
})

describe('overview cards (look20: a short title at the foot of its card, the badge at the top, the card hollow between)', () => {
  const session = new BrowserSession()
  afterAll(() => session.close())
  const decks: Array<[string, string[], SlideShape]> = [
    ['four short titles', ['New rangers', 'Rhino horn', 'Rhino Protection Fund', 'Black rhinos'], '16:9'],
    ['four short titles 4:3', ['New rangers', 'Rhino horn', 'Rhino Protection Fund', 'Black rhinos'], '4:3'],
    ['three titles of two lines', ['Decree on leave for family carers', 'Statement on the plan for the first thousand days', 'Individual measures'], '16:9'],
  ]
  it.each(decks)('%s: no empty band between the badge and the title', async (_, titles, shape) => {
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const deck = {...seed, pillars: titles.map((title) => ({title, body: 'Ministers agreed on a plan for the next five years.'}))}
    const html = await renderPresentableHtml(makeSlides(deck, {slides: shape}).markdown, {shape, lang: 'en'})
    const gaps = await withOfflinePage(await session.browser(), async (page) => {
      await showPrintView(page, html, shape)
      return page.evaluate(() =>
        [...document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section.overview ol > li')].map((li) => {
          const card = li.getBoundingClientRect()
          const style = getComputedStyle(li)
          const badge = parseFloat(getComputedStyle(li, '::before').height)
          const range = document.createRange()
          range.selectNodeContents(li)
          const text = [...range.getClientRects()].filter((r) => r.width > 0)
          const titleTop = Math.min(...text.map((r) => r.top))
          const titleBottom = Math.max(...text.map((r) => r.bottom))
          const contentBottom = card.bottom - parseFloat(style.paddingBottom)
          // badge beside the title: the empty band between them is none
          if (style.flexDirection === 'row') return 0
          // badge over the title: the card's room left over, less what stays under the title (as much again stays over the badge
          // when the two are one block in the middle of the card; at the top and the foot of the card, all of it was between)
          const free = contentBottom - (card.top + parseFloat(style.paddingTop)) - badge - parseFloat(style.rowGap) - (titleBottom - titleTop)
          return Math.round(free - 2 * (contentBottom - titleBottom))
        }),
      )
    })
    expect(gaps.length).toBe(titles.length)
    // a hollow card had 60px and more between its badge and its title, over the 22px it asks for
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(4)
  })
})
