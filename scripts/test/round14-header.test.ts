import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 14 (issue 11) showed the reader missing in the title, the end date, the key message and
// the plan's name, stated as rules an editor would give. Every sentence here is written for the test.

describe('a plan whose name holds a small word before its kind', () => {
  it('reads `the Niamey Light for Schools Initiative` whole, not `Schools Initiative`', async () => {
    const {result} = await structureText('NIAMEY, 5 May 2026 – Energy ministers of the Sahel Power Forum, meeting in Niamey on 4 and 5 May, today launched the Niamey Light for Schools Initiative to connect 3,000 rural schools to solar power.\n\nMinisters agreed to train 800 solar technicians by 2028.\n')
    expect(result!.readout.roadmap).toBe('Niamey Light for Schools Initiative')
  })
})

describe('a plan named as commitments', () => {
  it('reads `the Apia Reef Commitments` as the plan, and as the title when no title block gives one', async () => {
    const {result} = await structureText('Fisheries ministers of the Pacific Reef Council met in Apia, Samoa, on 9 March 2026.\n"A reef we do not measure is a reef we will lose." The Samoan minister opened the meeting with these words.\nMinisters agreed on the Apia Reef Commitments, which set out two priorities.\n- Monitoring: Members will survey every reef once a year from 2027.\n- Fishing: Members will close ten reefs to fishing for five years.\n')
    expect(result!.readout.roadmap).toBe('Apia Reef Commitments')
    expect(result!.readout.title).toBe('Apia Reef Commitments')
  })
  it('reads a title line `… Commitment on Eye Care` as the plan', async () => {
    const {result} = await structureText('Andean Commitment on Eye Care\nJoint Statement\nLima, Peru\nMonday, March 2, 2026\n\nThe health ministers of four Andean states, meeting in Lima as the Andean Eye Care Network, adopt this statement.\n\nSome 90,000 people in our countries have lost their sight to cataracts. "Nobody should go blind while waiting for a short operation," the Chair said.\n\nWe agree to offer free cataract surgery in every public hospital by 2028, and to double the number of operations each year. Patients will not pay for their lenses.\n\nWe agree to screen every child for vision problems at school entry and at age ten. Children who need glasses will receive them free of charge.\n\nWe agree to train 30 eye surgeons in the region over five years. Each of them will serve three years in a public hospital.\n\nWe will meet again in Quito in March 2027.\n')
    expect(result!.readout.roadmap).toBe('Andean Commitment on Eye Care')
  })
})
