// Faults seen on the pages of round 28's new shapes (pages41), each fixed in the output that showed it.
import {Marp} from '@marp-team/marp-core'
import {describe, expect, it} from 'vitest'
import {makeSlides} from '../../slides/make-slides.js'
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
