// Output faults seen on the packs of rounds 33 and 34's new shapes (look44: a ministerial statement, a
// conference daily, a joint communiqué, a slide-deck export, a French live blog, a social post), each fixed
// where the deck or the brief makes it and checked on what it makes. The texts here are written for these tests.
import {describe, expect, it} from 'vitest'
import {Marp} from '@marp-team/marp-core'
import {condenseSentence, pointsFrom} from '../../slides/condense.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {deckThemeCss, MARP_OPTIONS} from '../../slides/marp-engine.js'
import {readoutWith, zipParts} from './helpers.js'

describe('a decision with a purpose clause after it', () => {
  it('never takes the verb of its `so that` clause for its own', () => {
    // (the slide showed `Open a shared wool-washing station have to wash fleece in the river.`)
    const point = pointsFrom('open a shared wool-washing station in Tüp, so that makers no longer have to wash fleece in the river')
    expect(point).toHaveLength(1)
    expect(point[0]).not.toMatch(/station have/)
    expect(point[0]).toMatch(/^Open a shared wool-washing station/)
    expect(condenseSentence('Repair the old ferry landing at Skagen harbour, in order that fishermen can again land their catch there in winter.', 110)).not.toMatch(/harbour can/)
  })

  it('still joins a long subject to its own verb after an aside', () => {
    const long = 'The work being done behind the scenes in capitals around the world just like Paris, and on the ground in Syria and Iraq, will have a long legacy.'
    expect(condenseSentence(long, 110)).toBe('The work being done behind the scenes will have a long legacy.')
  })
})

describe('the running footer', () => {
  const marp = new Marp(MARP_OPTIONS)
  marp.themeSet.default = marp.themeSet.add(deckThemeCss())
  const footerOf = (title: string) => {
    const readout = readoutWith({title, place: 'Tromsø', source: 'test.txt', pillars: [{title: 'Dog welfare checks', body: 'Every dog will be examined by a race veterinarian.'}]})
    const {html} = marp.render(makeSlides(readout).markdown)
    const footers = [...html.matchAll(/<footer>([\s\S]*?)<\/footer>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''))
    return footers[0]
  }

  it('shows a title as its text says, never as Markdown or HTML', () => {
    // (a slide export's first line, `<!-- Slide number: 1 -->`, read as the title: the footer showed `· Tromsø, 3–4 October 2026`)
    expect(footerOf('<!-- Slide number: 1 -->')).toMatch(/^&lt;!-- Slide number: 1 --&gt; · Tromsø/)
    expect(footerOf('Fees *and* levies of the_council')).toMatch(/^Fees \*and\* levies of the_council · /)
  })
})

describe('a French quotation that closes after its full stop', () => {
  it('ends its point with one full stop, never `plus..`', () => {
    // (the live blog's slide showed `Le cresson de la Juine a un prix, et il ne descendra plus..`)
    const points = pointsFrom('La présidente du syndicat, Claire Rousseau, résume la journée : « Nous avons arrêté de nous faire concurrence entre voisins. Le cresson de la Juine a un prix, et il ne descendra plus. »', 'fr')
    expect(points.at(-1)).toBe('Le cresson de la Juine a un prix, et il ne descendra plus.')
    for (const space of [' ', '\u00a0', '\u202f']) {
      const [point] = pointsFrom(`Le président a conclu : « Nous sommes prêts pour la saison.${space}»`, 'fr')
      expect(point).not.toMatch(/\.\s*»?\s*\.$/)
      expect(point).toMatch(/saison\.$/)
    }
  })
})

describe('a pillar of one long sentence', () => {
  it('shows the sentence without its asides when that fits three lines, not a cut before what a verb lets someone do', () => {
    // (the joint communiqué's slide showed `… un dispositif commun d’apprentissage transfrontalier permettant à un jeune.`)
    const [point] = pointsFrom('La Commission a chargé un groupe de travail de proposer, d’ici à l’été 2027, un dispositif commun d’apprentissage transfrontalier permettant à un jeune de suivre sa formation dans une entreprise d’un pays et sa scolarité dans l’autre.', 'fr')
    expect(point).not.toMatch(/un jeune\.$/)
    expect(point).toMatch(/de suivre sa formation/)
    expect(point.length).toBeLessThanOrEqual(220)
  })
})

describe('the PowerPoint file of a French deck', () => {
  it('marks the key message with `«`, as the HTML deck does, not the English `“`', async () => {
    const readout = readoutWith({title: 'Assemblée du syndicat', lang: 'fr', keyMessage: 'Nous avons arrêté de nous faire concurrence entre voisins.', source: 'test.txt', pillars: [{title: 'Prix plancher', body: 'Les adhérents ne vendront plus en dessous de 1,20 euro la botte.'}]})
    const marks = async (lang: string) => {
      const parts = await zipParts(await makePptx({slides: makeSlides(readout).slides, title: readout.title, lang}))
      return [...parts].filter(([name]) => /slide(?:Master|Layout)\d+\.xml$/.test(name)).map(([, xml]) => xml).join('')
    }
    const french = await marks('fr-FR')
    expect(french).toContain('<a:t>«</a:t>')
    expect(french).not.toContain('<a:t>\u201C</a:t>')
    expect(await marks('en-GB')).toContain('<a:t>\u201C</a:t>')
  })
})
