import {describe, expect, it} from 'vitest'
import {LIMITS} from '../../slides/condense.js'
import {makeSlides} from '../../slides/make-slides.js'
import type {KeyFigure, Readout} from '../structure/readout.js'
import {fitLabel} from '../theme/figure-label.js'
import {typeset} from '../theme/typography.js'

/** Figures with long labels, each read from a sentence of its own, written for this test. */
const FIGURES: KeyFigure[] = [
  {value: '$14.2 billion', label: 'pledged for the reconstruction of schools, clinics and roads across the region by 2030', sentence: 'Donors pledged $14.2 billion for the reconstruction of schools, clinics and roads across the region by 2030.'},
  {value: '1,250,000', label: 'children to receive school meals every day in the countries of the pilot', sentence: 'Some 1,250,000 children will receive school meals every day in the countries of the pilot.'},
  {value: '45%', label: 'share of renewable electricity in the grid of the member states by 2030', sentence: 'Renewables will make up 45% of the electricity in the grid of the member states by 2030.'},
  {value: '€2.4 billion', label: 'budget for joint exercises, training and shared equipment over five years', sentence: 'A budget of €2.4 billion will fund joint exercises, training and shared equipment over five years.'},
  {value: '3,000', label: 'schools to be rebuilt in the border districts by the end of the programme', sentence: 'Some 3,000 schools will be rebuilt in the border districts by the end of the programme.'},
]

const readout: Readout = {
  title: 'Vienna Agenda for Water Security',
  place: 'Vienna',
  pillars: [{title: 'Water', body: 'Ministers adopted a common plan for the next five years.'}],
  figures: FIGURES,
  context: [],
  outlook: [],
  source: 'synthetic.txt',
}

describe('key figures on two slides', () => {
  it('gives each slide the notes of its own figures (both slides repeated every sentence)', () => {
    const slides = makeSlides(readout).slides.filter((slide) => slide.kind === 'figures')
    expect(slides).toHaveLength(2)
    const [first, second] = slides
    // (a slide shows a label cut to what its box holds, the notes the whole sentence)
    const onSecond = FIGURES.filter((figure) => second.markdown.includes(`${fitLabel(figure.label, LIMITS.figureLabelChars)}\n`))
    expect(onSecond).toHaveLength(2)
    for (const figure of FIGURES) {
      const shownSecond = onSecond.includes(figure)
      // the notes show the sentence as the deck sets it (`$14.2\u00a0billion`)
      expect(second.notes.includes(typeset(figure.sentence))).toBe(shownSecond)
      expect(first.notes.includes(typeset(figure.sentence))).toBe(!shownSecond)
    }
  })
})
