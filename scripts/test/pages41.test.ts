// Faults seen on the pages of round 28's new shapes (pages41), each fixed in the output that showed it.
import {Marp} from '@marp-team/marp-core'
import {describe, expect, it} from 'vitest'
import {renderBriefHtml} from '../../brief/template.js'
import {pointsFrom} from '../../slides/condense.js'
import {makeSlides} from '../../slides/make-slides.js'
import {catalogueOf} from '../theme/catalogue/index.js'
import {withoutLeadIns} from '../theme/vocabulary.js'
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

describe('a slide point never cut between a subject and its verb', () => {
  it('leaves out a lead-in cut before its verb (was `The figures, as shared on screen.`)', () => {
    const body = 'The Secretariat presented the regional surveillance data for 2025. Reported cases of sleeping sickness in people continued to fall, while outbreaks of animal trypanosomiasis in cattle remained high in the lowland grazing areas along the borders. The figures, as shared on screen, were:'
    expect(pointsFrom(body)).toEqual(['The Secretariat presented the regional surveillance data for 2025.', 'Reported cases of sleeping sickness in people continued to fall.'])
  })
  it('keeps a clause whose subject is followed by an aside whole (was `… of the Alpine countries after wolves.`)', () => {
    const body = 'The Platform was set up in 2013 as an informal forum of the Alpine countries after wolves, absent from most of the range for a century, began to return from Italy and the Balkans. It meets every two years and works through expert groups on monitoring, damage prevention and public information.'
    const points = pointsFrom(body)
    expect(points.join(' ')).not.toMatch(/after wolves\./)
    expect(points[0]).toBe('The Platform was set up in 2013 as an informal forum of the Alpine countries after wolves, absent from most of the range for a century, began to return from Italy and the Balkans.')
  })
})

describe('a list’s lead-in ended by a dash', () => {
  it('goes from the brief’s context with its list, as one ended by a colon (was `… members resolved to —` left hanging)', () => {
    const context = [
      'Federal data presented to delegates showed that the heaviest rainfall events in the region have grown 35 percent heavier since 1958.',
      'Delegates adopted the Milwaukee Green Infrastructure Pledge and, to put it into practice, members resolved to —',
      'The Compact also agreed to commission an independent study of how stormwater fees are set across the basin.',
    ]
    expect(withoutLeadIns(context)).toEqual([context[0], context[2]])
    expect(withoutLeadIns(['Ministers met in Lyon – a first.', 'They agreed on a date.'])).toHaveLength(2)
  })
})
