// Faults seen on the pages of round 28's new shapes (pages41), each fixed in the output that showed it.
import {Marp} from '@marp-team/marp-core'
import {describe, expect, it} from 'vitest'
import {renderBriefHtml} from '../../brief/template.js'
import {makeSlides} from '../../slides/make-slides.js'
import {catalogueOf} from '../theme/catalogue/index.js'
import {readoutWith} from './helpers.js'

const pillars = [
  {title: 'Local produce', body: 'Each market hall will keep a third of its stalls for producers from within 80 kilometres.'},
  {title: 'Longer hours', body: 'Forty pilot halls will open in the evening and on Sunday afternoons from the summer.'},
]

/** The global directives Marp reads from a deck's Markdown (its front matter). */
function rendered(markdown: string): {directives: Record<string, unknown>; html: string} {
  const marp = new Marp()
  marp.themeSet.add('/* @theme briefing */ section { color: black; }')
  const {html} = marp.render(markdown)
  return {directives: (marp as unknown as {lastGlobalDirectives?: Record<string, unknown>}).lastGlobalDirectives ?? {}, html}
}

describe('the deck of a place with a qualifier (`Sète (Hérault)`)', () => {
  it('keeps its theme, size and language: a footer escaped `Sète \\(Hérault\\)` made Marp drop the whole front matter', () => {
    const readout = readoutWith({title: 'Market Halls Charter', source: 'halles.txt', pillars, place: 'Sète (Hérault)', dates: {start: '2026-03-12', end: '2026-03-14', display: '12–14 March 2026'}})
    const {markdown} = makeSlides(readout)
    expect(markdown).toContain('Sète \\(Hérault\\)')
    const {directives, html} = rendered(markdown)
    expect(directives.theme).toBe('briefing')
    expect(directives.size).toBe('16:9')
    expect(directives.lang).toBe('en')
    expect(html).toMatch(/<footer>Market Halls Charter · Sète \(Hérault\), <em>12–14\sMarch\s2026<\/em><\/footer>/)
  })
})

describe('the brief of a place with a qualifier', () => {
  it('keeps the place and its qualifier on one line of the masthead (was `… · Sète` / `(Hérault), 12–14 mars 2026`)', () => {
    const readout = readoutWith({title: 'Charte de Sète pour des halles d’avenir', lang: 'fr', source: 'halles.txt', pillars, organisation: 'Réseau des halles et marchés couverts de France', place: 'Sète (Hérault)', dates: {start: '2026-03-12', end: '2026-03-14', display: '12–14 mars 2026'}})
    const meeting = /<p class="meeting">(.*?)<\/p>/s.exec(renderBriefHtml(readout))?.[1]
    expect(meeting).toMatch(/<span class="nowrap">Sète\s\(Hérault\)<\/span>,\s<span class="dates">/)
  })
})

describe('a citation with no date of a wire’s headline', () => {
  it('gives the title after a colon, not `Readout of the meeting on the Tiger range countries agree …`', () => {
    const readout = readoutWith({title: 'Tiger range countries agree to double anti-poaching patrols, set up joint wildlife crime cell', source: 'tigers.txt', pillars})
    expect(catalogueOf(readout).citation(readout)).toBe('Readout of the meeting: Tiger range countries agree to double anti-poaching patrols, set up joint wildlife crime cell')
  })
})
