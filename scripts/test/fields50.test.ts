import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {readoutOf} from './helpers.js'

// Organisation, place and dates, the causes of rounds 45 and 46 (branch fields50). Every sentence here is written for the test.

const POINTS = '\n\nThe members agreed to repaint every bench on the promenade by 2028.\n\nThey will meet again in the spring.\n'

describe('an organ of a body, named by its own capitals and head, is the body that met, with its parent', () => {
  it('keeps the organ and its parent in a dateline, whatever the head and the words around it', () => {
    const cases: Array<[string, string]> = [
      ['The Heritage Grants Panel of the Lowland Canals Trust met in Falkirk on 3 March 2026 to share out this year’s fund.', 'Heritage Grants Panel of the Lowland Canals Trust'],
      ['On 12 May 2026 the Youth Section Committee of the Severn Rowing Federation met in Worcester.', 'Youth Section Committee of the Severn Rowing Federation'],
      ['The Finance and Audit Group of the Coastal Ferries Forum, meeting in Oban on 9 June 2026, agreed its accounts.', 'Finance and Audit Group of the Coastal Ferries Forum'],
    ]
    for (const [sentence, organisation] of cases) expect(readDateline(sentence, undefined, ENGLISH)?.organisation, sentence).toBe(organisation)
  })
  it('keeps the body alone when its organ is a head alone or an organ of people', () => {
    expect(readDateline('The Council of the Lowland Canals Trust met in Falkirk on 3 March 2026.', undefined, ENGLISH)?.organisation).toBe('Lowland Canals Trust')
    expect(readDateline('The Council of Ministers of the Coastal Ferries Forum met in Oban on 9 June 2026.', undefined, ENGLISH)?.organisation).toBe('Coastal Ferries Forum')
  })
  it('reads a French organ with its parent, as its head opens the name', () => {
    expect(readDateline("La Commission des jeunes de la Fédération des clubs d'aviron de Loire s'est réunie à Nantes le 4 mai 2026.", undefined, FRENCH)?.organisation).toBe("Commission des jeunes de la Fédération des clubs d'aviron de Loire")
  })
  it('does not strip a named executive organ from its parent when the readout is mended', async () => {
    const english = await readoutOf(`Autumn meeting\n\nThe Executive Committee of the Fenside Bowls Association met in Spalding on 14 October 2026.${POINTS}`)
    expect(english.organisation).toBe('Executive Committee of the Fenside Bowls Association')
    const lower = await readoutOf(`Autumn meeting\n\nIn Spalding on 14 October 2026, the Management Board of the Fenside Bowls Association met for its autumn sitting.${POINTS}`)
    expect(lower.organisation).toBe('Management Board of the Fenside Bowls Association')
  })
})
