import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Sentences that the rules merged on 30 November should not fire on (review35). Every sentence here is written for the test.

const communique = (after: string) => `Coastal Fisheries Council Communiqué\nLisbon, 4 March 2026\n\n1. Ministers agreed to close the cod fishery for two years.\n\n2. Ministers agreed to fund 12 patrol boats.\n\n3. Ministers agreed to share catch data each month.\n\n${after}\n`

describe('what the body that met, its staff or its chair say they will do is a step ahead, not one member\'s own plan', () => {
  for (const sentence of [
    'The Council confirmed that it will review the closure of the fishery in 2027.',
    'The Secretariat said it will circulate a draft of the monitoring plan by June 2026.',
    'The Chair announced that it will convene the working group on quotas before the summer.',
  ]) {
    it(sentence, async () => {
      const {result} = await structureText(communique(sentence))
      expect(result!.readout.outlook).toEqual([sentence])
    })
  }
  it('what one member says of its own plan stays context', async () => {
    const {result} = await structureText(communique('Portugal confirmed that it will buy two of the patrol boats with its own funds by 2027.'))
    expect(result!.readout.outlook).toEqual([])
  })
})
