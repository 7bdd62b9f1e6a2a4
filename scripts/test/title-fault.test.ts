import {describe, expect, it} from 'vitest'
import {readingFor} from '../structure/language.js'
import {titleFault} from '../structure/title-fault.js'

// A made point title a staffer would fix by hand because it shows cut from its sentence (issue 11,
// `npm run eval -- --weak-titles`). Every title and sentence here is written for the test.
const en = readingFor('en')
const fr = readingFor('fr')

describe('a made point title cut from its sentence', () => {
  it('opens on a verb: a French infinitive or verb in the present plural, an English one where the sentence has it as a verb', () => {
    for (const title of ['Recruter 300 gardes', 'Doter au port', 'Approuvent', 'Conviennent de', 'S’engagent', 'Reconnaître les diplômes', 'Produire']) expect(titleFault(title, fr), title).toBe('verb first')
    expect(titleFault('Hire 300 rangers', en, 'Ministers agreed to hire 300 rangers for the parks.')).toBe('verb first')
    expect(titleFault('Expand school meals', en, '- expand school meals to every district by 2029;')).toBe('verb first')
  })

  it('does not open on a verb when its first word is a noun with a verb’s ending, or a verb of the sentence serves as a noun', () => {
    for (const title of ['Centre de formation', 'Calendrier des semis', 'Avenir des ports', 'Financement du plan', 'Président du comité', 'Ordre du jour', 'Accident industriel']) expect(titleFault(title, fr), title).toBeUndefined()
    expect(titleFault('Help desk for exporters', en, 'Ministers decided to open a help desk for exporters.')).toBeUndefined()
    expect(titleFault('Power lines', en, 'Storms are a threat to power lines in the hills.')).toBeUndefined()
    expect(titleFault('Training of rangers', en, 'Ministers agreed to fund the training of rangers.')).toBeUndefined()
  })

  it('ends on a word that waits for what was cut', () => {
    expect(titleFault('Éleveurs titulaires', fr)).toBe('open end')
    expect(titleFault('Pertes dues', fr)).toBe('open end')
    expect(titleFault('Farmers eligible', en)).toBe('open end')
    expect(titleFault('Budget for', en)).toBe('open end')
  })

  it('is one word, not an acronym', () => {
    expect(titleFault('Argent', fr)).toBe('one word')
    expect(titleFault('Fund', en)).toBe('one word')
    expect(titleFault('UNESCO', en)).toBeUndefined()
  })

  it('opens on the stray word of a cut', () => {
    expect(titleFault('Ici 2031', fr)).toBe('cut start')
    expect(titleFault('Dont la moitié', fr)).toBe('cut start')
    expect(titleFault('Which farmers', en)).toBe('cut start')
  })
})
