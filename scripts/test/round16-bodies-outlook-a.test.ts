import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 16 (issue 11) showed the reader missing in point bodies and the outlook (the
// newsletter's arrows, a chair's statement, a sponsor's thanks), stated as rules an editor would
// give. Every sentence here is written for the test.
const NEWSLETTER = 'Coastal fisheries: what ministers settled in Suva\nBy the Policy Desk | 4 min read\nPublished Monday, 9 February 2026\n\nFisheries ministers of the Blue Reef Forum met in Suva on 2 and 3 February 2026.\n\nCatches of reef fish have fallen by a third in ten years.\n\n'

describe('a newsletter that lists its takeaways with arrows', () => {
  it('reads each `→` line as a point of its own, and `What happens next` as the outlook', async () => {
    const {result} = await structureText(`${NEWSLETTER}Main outcomes\n→ Ministers agreed to close the spawning grounds to all fishing from November to January\n→ Every member will publish its catch figures each quarter, starting with the 2026 season\n→ A fund of US$20 million will pay for patrol boats in the smallest island states\n\nWhat happens next\nOfficials will draft the rules for the closed season by June. Ministers will meet again in Apia in March 2027.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to close the spawning grounds to all fishing from November to January',
      'Every member will publish its catch figures each quarter, starting with the 2026 season',
      'A fund of US$20 million will pay for patrol boats in the smallest island states',
    ])
    expect(outlook).toEqual(['Officials will draft the rules for the closed season by June. Ministers will meet again in Apia in March 2027.'])
  })

  it('reads `⇒` and `➔` as bullets too, but keeps an arrow inside a line as text', async () => {
    const {result} = await structureText(`${NEWSLETTER}⇒ Ministers agreed to ban drift nets in the lagoons\n➔ Ministers set up a register of licensed boats, Suva → Apia routes first\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to ban drift nets in the lagoons',
      'Ministers set up a register of licensed boats, Suva → Apia routes first',
    ])
  })
})
