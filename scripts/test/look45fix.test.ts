// Output faults of long figure labels and of the packs of rounds 35 and 36's shapes (look45), each checked
// on what the deck, the brief or the Office files make. The texts here are written for these tests.
import {afterAll, describe, expect, it} from 'vitest'
import {LIMITS} from '../../slides/condense.js'
import {makeSlides} from '../../slides/make-slides.js'
import {showPrintView} from '../../slides/print-deck.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import type {SlideShape} from '../../slides/slide-size.js'
import {renderBriefHtml} from '../../brief/template.js'
import {BrowserSession, withOfflinePage} from '../browser.js'
import {manifestOf} from '../site/manifest.js'
import {packPage} from '../site/site-pages.js'
import {siteCss} from '../site/site-style.js'
import type {KeyFigure} from '../structure/readout.js'
import {fitLabel} from '../theme/figure-label.js'
import {readoutWith} from './helpers.js'
import {slideOverflows} from './overflow.js'

const session = new BrowserSession()
afterAll(() => session.close())

/** Labels of 113 to 143 characters, as a reader makes of a figure whose sentence runs on. */
const LONG = {
  en: [
    'pledged by the founding members for the repair of mountain huts, footpaths and footbridges damaged in the spring floods of the northern valleys',
    'volunteer wardens trained in first aid and in the upkeep of the huts of the northern valleys and their footpaths',
    'share of the footpaths of the northern valleys that the wardens will have walked and mapped before the end of the season',
  ],
  fr: [
    'engagés par les membres fondateurs pour la remise en état des refuges, des sentiers et des passerelles endommagés par les crues de printemps',
    'gardiens bénévoles formés aux premiers secours et à l’entretien des refuges des vallées du nord et de leurs sentiers',
    'part des sentiers des vallées du nord que les gardiens auront parcourus et cartographiés avant la fin de la saison',
  ],
}
const figuresOf = (lang: 'en' | 'fr', hero: string): KeyFigure[] => [
  {value: hero, label: LONG[lang][0], sentence: ''},
  {value: '12', label: lang === 'fr' ? 'refuges rouverts avant l’été' : 'huts reopened before the summer', sentence: ''},
  {value: '80', label: LONG[lang][1], sentence: ''},
  {value: '45%', label: LONG[lang][2], sentence: ''},
  {value: '3,000', label: lang === 'fr' ? 'randonneurs par jour' : 'walkers a day', sentence: ''},
]

const deckOf = (figures: KeyFigure[], lang: 'en' | 'fr' = 'en') =>
  readoutWith({title: 'Alpine Huts Forum', source: 'test.txt', lang, place: 'Chamonix', keyMessage: 'Huts are shelter.', pillars: [{title: 'Repairs', body: 'Members will repair every damaged hut. Wardens will walk every footpath.'}, {title: 'Wardens', body: 'Every hut will have a trained warden.'}], figures})

describe('a long figure label', () => {
  it('is cut at the end of a phrase, never on a function word or a comma, within the limit', () => {
    expect(fitLabel(LONG.en[0], LIMITS.figureLabelChars, 'en')).toBe('pledged by the founding members for the repair of mountain huts')
    expect(fitLabel(LONG.en[1], LIMITS.figureLabelChars, 'en')).toBe('volunteer wardens trained in first aid and in the upkeep')
    // (never `… valleys that the wardens`: a relative without its verb)
    expect(fitLabel(LONG.en[2], LIMITS.figureLabelChars, 'en')).toBe('share of the footpaths of the northern valleys')
    expect(fitLabel(LONG.fr[1], LIMITS.figureLabelChars, 'fr')).toBe('gardiens bénévoles formés aux premiers secours')
    for (const label of [...LONG.en, ...LONG.fr]) {
      const cut = fitLabel(label, LIMITS.figureLabelChars, LONG.fr.includes(label) ? 'fr' : 'en')
      expect(cut.length).toBeLessThanOrEqual(LIMITS.figureLabelChars)
      expect(label.startsWith(cut)).toBe(true)
      expect(cut).not.toMatch(/(?:\b(?:and|of|the|that|to|for|et|de|des|du|la|les|que|à)|[,;:])$/u)
    }
    expect(fitLabel('members today', LIMITS.figureLabelChars)).toBe('members today')
  })

  const cases: Array<[string, KeyFigure[], SlideShape, 'en' | 'fr']> = []
  for (const lang of ['en', 'fr'] as const) {
    for (const shape of ['16:9', '4:3'] as const) {
      for (const hero of ['$14.2 billion', '€380,000', '$900']) for (let n = 1; n <= 5; n++) cases.push([`${lang} ${n} figures, hero ${hero}, ${shape}`, figuresOf(lang, hero).slice(0, n), shape, lang])
    }
  }
  it.each(cases)('keeps the key-figures slide clear of the footer: %s', async (_, figures, shape, lang) => {
    const deck = makeSlides(deckOf(figures, lang), {slides: shape})
    const html = await renderPresentableHtml(deck.markdown, {shape, lang})
    expect(await slideOverflows(await session.browser(), html, shape)).toEqual([])
  })

  it('stays whole in the notes', () => {
    const figures = figuresOf('en', '$14.2 billion').map((figure) => ({...figure, sentence: `Members announced the sum: ${figure.value} ${figure.label}.`}))
    const deck = makeSlides(deckOf(figures))
    const slide = deck.slides.find((s) => s.kind === 'figures')!
    const shown = slide.markdown.split('\n').filter((line) => line.startsWith('- ')).join('\n')
    expect(shown).toMatch(/mountain huts$/m)
    expect(shown).not.toContain(LONG.en[0])
    expect(slide.notes).toContain(LONG.en[0])
  })
})

describe('the citation under a pack’s page and the brief', () => {
  // (the site's page of a French pack, on a phone, broke `Compte rendu de la réunion des 8–` / `9 septembre 2026`)
  const readout = readoutWith({title: 'Assemblée des cueilleurs de noix', kind: 'minutes', place: 'Grenoble', dates: {start: '2026-09-08', end: '2026-09-09', display: '8–9 septembre 2026'}, lang: 'fr', source: 'noix.txt', pillars: [{title: 'Séchoir commun', body: 'Le comité ouvrira un séchoir commun à Vinay.'}]})
  const lines = async (html: string, selector: string) =>
    withOfflinePage(await session.browser(), async (page) => {
      await page.setViewport({width: 390, height: 844, deviceScaleFactor: 1})
      await page.setContent(html, {waitUntil: 'load'})
      return page.evaluate((selector) => {
        const line = document.querySelector(selector)!
        const text = line.textContent!
        const at = text.indexOf('8–9')
        const range = document.createRange()
        const node = [...line.childNodes].flatMap((n) => (n.nodeType === 3 ? [n] : [...n.childNodes])).find((n) => n.textContent!.includes('8–9'))!
        const start = node.textContent!.indexOf('8–9')
        range.setStart(node, start)
        range.setEnd(node, start + 3)
        return {found: at >= 0, rects: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size}
      }, selector)
    })

  it('keeps the dates on one line on a phone (site)', async () => {
    const html = packPage(manifestOf('noix', readout)).replace(/<link rel="stylesheet" href="[^"]*">/, `<style>${siteCss()}</style>`)
    expect(html).toMatch(/<p class="meta">[^<]*<span class="nowrap">8–9\u00a0?\s?septembre/u)
    expect(await lines(html, 'p.meta')).toEqual({found: true, rects: 1})
  })

  it('keeps the dates on one line on a phone (brief)', async () => {
    const html = renderBriefHtml(readout)
    expect(html).toMatch(/<footer class="source-line">\n<p>[^<]*<span class="nowrap">8–9/u)
    expect(await lines(html, 'footer.source-line p')).toEqual({found: true, rects: 1})
  })
})

describe('the title slide’s meeting line', () => {
  // (a wire's deck set `Dublin Group on Youth Vaping · Health` / `ministers from nine European countries`)
  const readout = readoutWith({title: 'Nine Ministers Agree Joint Curbs on Youth Vaping', organisation: 'Dublin Group on Youth Vaping', participants: 'Health ministers from nine European countries', place: 'Dublin', dates: {start: '2026-05-11', end: '2026-05-12', display: '11–12 May 2026'}, source: 'vaping.txt', pillars: [{title: 'Single-use vapes', body: 'Ministers agreed to ban single-use vapes.'}]})
  it.each(['16:9', '4:3'] as const)('breaks at its separator, never inside a part (%s)', async (shape) => {
    const html = await renderPresentableHtml(makeSlides(readout, {slides: shape}).markdown, {shape, lang: 'en'})
    const lines = await withOfflinePage(await session.browser(), async (page) => {
      await showPrintView(page, html, shape)
      return page.evaluate(() => {
        const line = document.querySelector('section.title p')!
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
        const tops = (part: string) => {
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(part)
            if (at < 0) continue
            const range = document.createRange()
            range.setStart(node, at)
            range.setEnd(node, at + part.length)
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
          }
          return 0
        }
        return {line: Math.round(line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight)), part: tops('Health ministers from nine European countries')}
      })
    })
    expect(lines.part).toBe(1)
    expect(await slideOverflows(await session.browser(), html, shape)).toEqual([])
  })
})
