// A sentence split into two slide points never leaves a pronoun in one half that stands for a noun of
// the other (issue 11, item 4): the half takes that noun phrase when it is sure, else the sentence is
// not split. Every sentence here is written for this test.
import {describe, expect, it} from 'vitest'
import {standingAlone, twoDecisions} from '../../slides/condense.js'
import {pointFaults} from '../reader/slide-points.js'

describe('a split half that leans on the other half for a pronoun', () => {
  it('takes the earlier clause’s subject for `them` when nothing else there is plural', () => {
    expect(twoDecisions('Landing fees have already fallen by a quarter since 2019, and the board wants them cut again by 2028 through shared harbour services.')).toEqual([
      'Landing fees have already fallen by a quarter since 2019.',
      'The board wants landing fees cut again by 2028 through shared harbour services.',
    ])
  })

  it('is not split when `it` stands for an object of the first half', () => {
    expect(twoDecisions('They agreed to draft shared rules for building on soft coastal ground, drawing on the work of three port cities, and to have it adopted by the end of 2027.')).toEqual([])
  })

  it('is not split when `this` stands for the whole first clause', () => {
    expect(standingAlone(['The river authority will close the old weir in March.', 'This will let fish reach the upper basin again.'])).toEqual([])
  })

  it('is not split in French when the second infinitive has an object pronoun before it', () => {
    expect(twoDecisions('Les ministres ont décidé de créer un fonds régional pour les digues et de le doter de 12 millions d’euros dès 2027.', 'fr')).toEqual([])
  })
})

describe('the slide-points report', () => {
  it('counts a later half that keeps a pronoun for what the earlier half names, not the same words as their own sentence', () => {
    const body = 'Landing fees have already fallen by a quarter since 2019, and the board wants them cut again by 2028. Harbour dues stay as they are.'
    expect(pointFaults('The board wants them cut again by 2028.', body)).toContain('leans on the other half')
    expect(pointFaults('The board wants them cut again by 2028.', 'The board wants them cut again by 2028.')).not.toContain('leans on the other half')
    expect(pointFaults('The board wants landing fees cut again by 2028.', body)).not.toContain('leans on the other half')
  })
})
