// Display defects seen on round 20's packs (look20), each fixed in the writer that showed it: the
// Word figures table, the brief's running header, the overview cards and the PowerPoint slides.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {renderBriefHtml} from '../../brief/template.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {showPrintView} from '../../slides/print-deck.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import type {SlideShape} from '../../slides/slide-size.js'
import {BrowserSession, withOfflinePage} from '../browser.js'
import type {Readout} from '../structure/readout.js'
import {readoutOf, zipParts} from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')

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

describe('slides.pptx pillar points (look20: the third point over the footer in LibreOffice with DejaVu Sans)', () => {
  it('fits the points in their box measured at DejaVu Sans’ width (0.58 em), 16:9 and 4:3', async () => {
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const body = [
      'La ministre a présenté un plan de soutien aux familles pendant les mille premiers jours de la vie de l’enfant.',
      'Le plan recevra 50 millions d’euros de plus en 2026 pour porter à trois cents le nombre de maisons des familles.',
      'Le taux de visite à domicile des sages-femmes après la naissance est passé de 18 % en 2019 à 41 % en 2024.',
    ].join(' ')
    const readout = {...seed, lang: 'fr' as const, pillars: [{title: 'Communication relative au plan pour les mille premiers jours', body}, ...seed.pillars.slice(1)]}
    for (const shape of ['16:9', '4:3'] as const) {
      const zip = await JSZip.loadAsync(await makePptx({slides: makeSlides(readout, {slides: shape}).slides, title: readout.title, size: shape === '4:3' ? {width: 10, height: 7.5} : undefined}))
      const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      const name = (await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as const))).find(([, xml]) => xml.includes('sages-femmes'))!
      const [slideName, xml] = name
      const rels = await zip.file(slideName.replace('slides/', 'slides/_rels/') + '.rels')!.async('string')
      const layout = await zip.file(`ppt/slideLayouts/${/slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]}`)!.async('string')
      const box = [...layout.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).find((sp) => /<p:ph type="body"/.test(sp))!
      const [, , cx, cy] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(box)!.slice(1).map(Number)
      const points = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1]).filter((p) => /sages-femmes|ministre a présenté|millions d’euros/.test(p))
      expect(points.length).toBe(3)
      let height = 0
      for (const point of points) {
        const size = Number(/ sz="(\d+)"/.exec(point)![1]) / 100
        const indent = Number(/marL="(\d+)"/.exec(point)?.[1] ?? 0) / 12700
        const after = Number(/<a:spcAft><a:spcPts val="(\d+)"\/>/.exec(point)?.[1] ?? 0) / 100
        const text = [...point.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')
        const perLine = Math.floor((cx / 12700 - indent) / (size * 0.58))
        let lines = 1
        let used = 0
        for (const word of text.split(' ')) {
          if ((used ? used + 1 : 0) + word.length <= perLine) used += (used ? 1 : 0) + word.length
          else [lines, used] = [lines + 1, word.length]
        }
        height += lines * size * 1.2 + after
      }
      expect(height, shape).toBeLessThanOrEqual(cy / 12700)
    }
  })
})

describe('slides.pptx figures slide (look20: no hero figure, as the PDF deck has)', () => {
  it('sets the hero larger than the others, in a column as tall as the grid beside it', async () => {
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const figures = [
      {value: 'A$310 million', label: 'cost', sentence: 'The works cost A$310 million.'},
      {value: '95%', label: 'of days since 2020', sentence: 'Salinity stayed low on 95% of days since 2020.'},
      {value: '18', label: 'schemes', sentence: 'There are 18 schemes.'},
      {value: '500,000', label: 'tonnes of salt a year', sentence: 'They remove 500,000 tonnes of salt a year.'},
      {value: '2,400', label: 'farms', sentence: 'Some 2,400 farms can apply.'},
    ]
    const xmls = [...(await zipParts(await makePptx({slides: makeSlides({...seed, figures}).slides, title: seed.title}))).entries()].filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(([, xml]) => xml)
    const slide = xmls.find((xml) => xml.includes('<a:t>2,400</a:t>'))!
    const boxes = [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).filter((sp) => /<a:t>(A\$310|95%|18|500,000|2,400)<\/a:t>/.test(sp))
    const cell = (sp: string) => {
      const [y, h] = /<a:off x="\d+" y="(\d+)"\/><a:ext cx="\d+" cy="(\d+)"\/>/.exec(sp)!.slice(1).map(Number)
      return {y, h, number: Number(/ sz="(\d+)"/.exec(sp)![1])}
    }
    expect(boxes.length).toBe(5)
    const [hero, ...others] = boxes.map(cell)
    for (const other of others) expect(hero.number).toBeGreaterThanOrEqual(other.number * 1.3)
    // as tall as the two rows beside it
    expect(hero.h).toBeGreaterThanOrEqual(Math.max(...others.map((o) => o.y + o.h)) - hero.y - 12700)
  })

  it('stacks two figures beside the hero one above the other, as the HTML deck does, the hero at full size', async () => {
    // the seed's three figures: with the two others in one row the hero's column was one row tall, and its number
    // was set down to the others' size so that its three-line label fitted
    const seed = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const xmls = [...(await zipParts(await makePptx({slides: makeSlides(seed).slides, title: seed.title}))).entries()].filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(([, xml]) => xml)
    const slide = xmls.find((xml) => xml.includes('<a:t>$20</a:t>'))!
    const boxes = [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).filter((sp) => /<a:t>(\$20|12 → 80|3)<\/a:t>/.test(sp))
    const cell = (sp: string) => {
      const [x, y] = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(sp)!.slice(1).map(Number)
      return {x, y, number: Number(/ sz="(\d+)"/.exec(sp)![1])}
    }
    expect(boxes.length).toBe(3)
    const [hero, first, second] = boxes.map(cell)
    expect(first.x).toBe(second.x)
    expect(second.y).toBeGreaterThan(first.y)
    expect(hero.number).toBe(5400)
  })
})
