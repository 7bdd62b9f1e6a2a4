import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {NEWSROOM_SECTION} from '../structure/english.js'

// Layouts the waiting tuning cases of round 27 showed the reader missing, each stated as a general form.
// Every sentence here is written for this test, on other subjects than the corpus cases.

const read = async (text: string) => (await structureText(text)).result!.readout

const HEAD = 'Readout of the Coastal Towns Ferry Council Meeting\n\nMarch 3, 2026\n\nToday, the ferry ministers of six coastal regions met in Brest for the spring meeting of the Coastal Towns Ferry Council.\n\nThe ministers adopted the Brest Crossing Plan and committed to:\n\n'
const BULLETS = '• Replace the oldest diesel ferries on the island routes by 2030;\n• Sell one ticket for the ferry and the bus that meets it;\n• Keep every winter crossing open on days of light wind.\n\n'

describe('a paragraph right after a list of bullets that adds one more decision (`The ministers also agreed to …`)', () => {
  it('is a point of the list, as after numbered paragraphs', async () => {
    const readout = await read(`${HEAD}${BULLETS}The ministers also agreed to publish a yearly report on crossings cancelled for lack of crew.\n\nThe Council will meet again in Cork in March 2027.\n`)
    expect(readout.pillars.map((point) => point.body.slice(0, 24))).toEqual(['Replace the oldest diese', 'Sell one ticket for the ', 'Keep every winter crossi', 'The ministers also agree'])
  })

  it('leaves a paragraph after the list that adds nothing as it was', async () => {
    const readout = await read(`${HEAD}${BULLETS}The ministers thanked the port of Brest for its welcome.\n\nThe Council will meet again in Cork in March 2027.\n`)
    expect(readout.pillars).toHaveLength(3)
  })
})

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
