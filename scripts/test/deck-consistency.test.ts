import {describe, expect, it} from 'vitest'
import {renderBriefHtml} from '../../brief/template.js'
import {makeSlides} from '../../slides/make-slides.js'
import {manifestOf} from '../site/manifest.js'
import {indexPage, packPage} from '../site/site-pages.js'
import {siteCss} from '../site/site-style.js'
import type {Readout} from '../structure/readout.js'

/** Five pillars, one title long enough to split the overview and set its cards smaller, written for this test. */
const readout: Readout = {
  title: 'Lake Shipping Programme',
  organisation: 'Lake Shipping Council',
  participants: 'Transport ministers of the member states of the Council',
  place: 'Kampala',
  pillars: [
    {title: 'Inspection of every passenger boat on the lake before the rains', body: 'Members will inspect every passenger boat.'},
    {title: 'Ports', body: 'Members will rebuild three ports.'},
    {title: 'Charts', body: 'The Council will publish new charts.'},
    {title: 'Radio', body: 'Every boat will carry a radio.'},
    {title: 'Training', body: 'Crews will be trained each year.'},
  ],
  figures: [],
  context: [],
  outlook: ['Ministers will meet again in Mwanza.'],
  source: 'lake.txt',
}

/** The visible text of an HTML page: styles, scripts and tags dropped (the one-line running header is CSS). */
const visible = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<script>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '')

const classOf = (markdown: string) => /<!-- _class: ([^>]*) -->/.exec(markdown)?.[1].split(' ') ?? []

describe('the citation of the meeting', () => {
  it('ends with one full stop after a place that ends in an abbreviation (was "Washington, D.C..")', () => {
    const dc: Readout = {...readout, place: 'Washington, D.C.', dates: {start: '2023-03-09', end: '2023-03-09', display: '9 March 2023'}}
    const brief = visible(renderBriefHtml(dc))
    const page = visible(packPage(manifestOf('dc', dc)))
    for (const [name, text] of Object.entries({brief, page})) {
      expect(text, name).toContain('Readout of the meeting of 9\u00a0March 2023, Washington, D.C.')
      expect(text, name).not.toContain('D.C..')
    }
  })
})

describe('the site’s meeting line', () => {
  it('keeps the dates on one line (was "Libreville · 4– / 5 juin 2025" on a phone)', () => {
    const dated: Readout = {...readout, dates: {start: '2025-06-04', end: '2025-06-05', display: '4–5 June 2025'}}
    const manifest = manifestOf('lake', dated)
    for (const html of [indexPage([manifest]), packPage(manifest)]) expect(html).toContain('<span class="dates">4–5\u00a0June 2025</span>')
    expect(siteCss()).toMatch(/\.dates(?:, \.[\w-]+)* \{ white-space: nowrap; \}/)
  })
})

describe('one look across the pages of a list and the lines of a meeting', () => {
  it('sets every overview page at one size (was a page of short titles large beside a page of small cards)', () => {
    const overview = makeSlides(readout).slides.filter((slide) => slide.kind === 'overview')
    expect(overview.length).toBeGreaterThan(1)
    const steps = overview.map((slide) => classOf(slide.markdown).filter((name) => /^size-/.test(name)).join(' '))
    expect(new Set(steps).size, steps.join(' / ')).toBe(1)
  })

  it('keeps the separator dot with the item before it, so a wrapped line never starts with `·`', () => {
    const deck = makeSlides(readout)
    const title = deck.slides[0].content.lines!.join('\n')
    const closing = deck.slides.at(-1)!.content.signOff!
    const brief = visible(renderBriefHtml(readout))
    const site = visible(indexPage([manifestOf('lake', readout)]))
    for (const [name, text] of Object.entries({title, closing, brief, site})) {
      expect(text, name).toContain('Lake Shipping Council\u00a0· ')
      expect(text, name).not.toMatch(/ · /)
    }
  })
})
