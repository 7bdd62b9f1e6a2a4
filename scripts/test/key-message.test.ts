import {describe, expect, it} from 'vitest'
import {findKeyMessage} from '../structure/recognise-key-message.js'

// The key message is the first whole quoted sentence (corpus README); these are the shapes quotes take.
describe('findKeyMessage', () => {
  it('reads a single-quoted message that holds apostrophes', () => {
    expect(findKeyMessage('The Chair said: ‘We don’t leave anyone behind.’ Ministers agreed.')).toBe('We don’t leave anyone behind.')
  })

  it('ends a message cut by a long attribution, or by one after a dash, with a full stop', () => {
    expect(findKeyMessage('“Goods should not wait at borders,” the Chair of the Forum, Dr. Rahman, told the closing session.')).toBe('Goods should not wait at borders.')
    expect(findKeyMessage('“Every link we build makes us safer” – said the Secretary-General.')).toBe('Every link we build makes us safer.')
  })

  it('does not take a short quoted name or a quote with no sentence', () => {
    expect(findKeyMessage('Ministers adopted the ‘Lima Agenda’ today.')).toBeUndefined()
    expect(findKeyMessage('The so-called "green lanes" will open soon.')).toBeUndefined()
  })
})
