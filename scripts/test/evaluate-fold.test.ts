import {describe, expect, it} from 'vitest'
import {fold} from '../reader/evaluate.js'

// The evaluator compares texts after folding what a reader of the pack cannot see or what the reader
// drops on purpose; these are its rules, each with a text that differs only in that respect.
describe('the evaluator’s fold', () => {
  it('ignores the dash or bullet of a list item joined into a body after `:` or `;`', () => {
    const asWritten = 'Ministers set three aims: - a marked corridor for every herd route; - a water point every twenty kilometres; • a card for every herd.'
    const asJoined = 'Ministers set three aims: a marked corridor for every herd route; a water point every twenty kilometres; a card for every herd.'
    expect(fold(asWritten)).toBe(fold(asJoined))
    expect(fold('Les mesures suivantes : – un guichet unique ; – un calendrier commun.')).toBe(fold('Les mesures suivantes : un guichet unique ; un calendrier commun.'))
  })

  it('keeps a dash that is part of the sentence, and letters of items', () => {
    expect(fold('Costs fell – by a third – in 2025.')).not.toBe(fold('Costs fell by a third in 2025.'))
    expect(fold('They decided: a) to build; b) to train.')).not.toBe(fold('They decided: to build; to train.'))
  })

  it('ignores curly quotes, runs of spaces and case', () => {
    expect(fold('“Water  is life,” she said.')).toBe(fold('"water is life," she said.'))
  })
})
