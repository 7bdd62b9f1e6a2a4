import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {NEWSROOM_SECTION} from '../structure/english.js'

// Layouts the waiting tuning cases of round 27 showed the reader missing, each stated as a general form.
// Every sentence here is written for this test, on other subjects than the corpus cases.

const read = async (text: string) => (await structureText(text)).result!.readout

const HEAD = 'Readout of the Coastal Towns Ferry Council Meeting\n\nMarch 3, 2026\n\nToday, the ferry ministers of six coastal regions met in Brest for the spring meeting of the Coastal Towns Ferry Council.\n\nThe ministers adopted the Brest Crossing Plan and committed to:\n\n'
const BULLETS = '• Replace the oldest diesel ferries on the island routes by 2030;\n• Sell one ticket for the ferry and the bus that meets it;\n• Keep every winter crossing open on days of light wind.\n\n'

describe("a newsroom's section line of updates (`UPDATES AND ANNOUNCEMENTS`)", () => {
  it('is where the page is filed, never a place', () => {
    for (const line of ['UPDATES AND ANNOUNCEMENTS', 'Announcements and Updates', 'Updates']) expect(NEWSROOM_SECTION.test(line)).toBe(true)
    expect(NEWSROOM_SECTION.test('Updates to the Fisheries Act')).toBe(false)
  })

  it('is not read as the place under a title block', async () => {
    const readout = await read(`NEWS FROM THE PORT AUTHORITY\n\nReadout of the Coastal Towns Ferry Council Meeting\n\nUPDATES AND ANNOUNCEMENTS\n\n${HEAD.split('\n\n').slice(1).join('\n\n')}${BULLETS}`)
    expect(readout.place).toBe('Brest')
  })
})

const COMMUNIQUE = (middle: string, last = 6) => `Baltic Harbour Seal Partnership\nFourth Ministerial Meeting\nJoint Communiqué\nKlaipėda, 5–6 May 2026\n\n1\n\nWe, the ministers of the seven member states of the Baltic Harbour Seal Partnership, met in Klaipėda on 5 and 6 May 2026.\n\n${middle}\n\n${last}\n\nWe will meet again in Gdańsk in 2028.\n`
const decisions = (first: number) => `${first}\n\nWe agree to close the haul-out sandbanks to boats from May to August.\n\n${first + 1}\n\nWe decide to fund a shared rescue centre for stranded pups.`
const DECISIONS = decisions(4)

describe('a first-person finding in a numbered communiqué (`We note with concern that …`)', () => {
  it('is context, and so is `We further note that …` right after it', async () => {
    const readout = await read(COMMUNIQUE(`2\n\nWe note with concern that the spring count found 2,100 seals on the southern sandbanks, a fifth fewer than in 2020.\n\n3\n\nWe further note that fishing nets drown young seals every summer.\n\n${DECISIONS}`))
    expect(readout.pillars.map((point) => point.body.slice(0, 18))).toEqual(['We agree to close ', 'We decide to fund '])
  })

  it('leaves a plain `We further note that …` a point when no finding comes before it, and a finding that also decides', async () => {
    const readout = await read(COMMUNIQUE(`2\n\nWe further note that the rescue teams of the three southern states now share one radio channel, and we agree to extend it to all members.\n\n3\n\nWe note with concern that nets drown young seals. We agree to test seal-safe nets with two fishing cooperatives.\n\n${DECISIONS}`))
    expect(readout.pillars).toHaveLength(4)
  })
})

describe('a goal the speakers set themselves (`We set ourselves the target of restoring 200 hectares by 2035`)', () => {
  it('is outlook, whatever it counts', async () => {
    const readout = await read(COMMUNIQUE(`${decisions(2)}\n\n4\n\nWe set ourselves the target of restoring 300 hectares of sandbanks by 2032.`, 5))
    expect(readout.pillars).toHaveLength(2)
    expect(readout.outlook.some((line) => line.startsWith('We set ourselves the target'))).toBe(true)
  })

  it('leaves a target set for a number as the meeting decides it a point', async () => {
    const readout = await read(COMMUNIQUE(`${decisions(2)}\n\n4\n\nWe set a target of training 400 volunteer seal wardens by 2028.`, 5))
    expect(readout.pillars).toHaveLength(3)
  })
})
