import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts of round 25 read by cause (branch r25en): minutes whose agreements are numbered with ordinal
// words and a stop and a dash (`FIRST.-`), the city named before who met, a seed readout whose items
// open with a diamond glyph. Every sentence here is written for the test.
const minutes = `NORDIC LICHEN BOARD
MINUTES OF THE SECOND ORDINARY MEETING

In the city of Tromsø, Kingdom of Norway, on 5 and 6 May 2026, the ministers and heads of delegation of the member states of the Nordic Lichen Board met at the Polar Museum, under the chairmanship of the Minister of Climate of Norway, with the Board's secretary acting as secretary of the meeting.

Having verified the quorum, the Board ADOPTED THE FOLLOWING AGREEMENTS:

FIRST.- To start a shared count of lichen on reindeer pastures, repeated every two summers.

SECOND.- To ask the universities of the member states to open their lichen collections to visiting students.

THIRD.- To hold the Third Ordinary Meeting of the Board in Oulu, Finland, in May 2027.
`

describe('minutes numbered with ordinal words and a stop and a dash', () => {
  it('reads `FIRST.-`, `SECOND.-` as the numbers of the agreements, not as part of their words', async () => {
    const {result} = await structureText(minutes)
    const bodies = result!.readout.pillars.map((pillar) => pillar.body)
    expect(bodies).toContain('To ask the universities of the member states to open their lichen collections to visiting students.')
    expect(bodies.some((body) => /^[-–]\s/.test(body))).toBe(false)
    expect(result!.readout.outlook).toContain('To hold the Third Ordinary Meeting of the Board in Oulu, Finland, in May 2027.')
  })

  it('takes the city minutes name before who met, not the venue after the verb, and calls minutes a readout', async () => {
    const {result} = await structureText(minutes)
    expect(result!.readout.place).toBe('Tromsø')
    expect(result!.readout.kind ?? 'readout').toBe('readout')
  })
})

describe('kinds of document', () => {
  it('calls a `Joint Ministerial Statement` a joint statement', async () => {
    const {result} = await structureText(`JOINT MINISTERIAL STATEMENT
Fourth Meeting of the Lichen Ministers

1. We, the ministers of the Nordic Lichen Board, met in Umeå on 2 June 2026.
2. We agreed to count lichen on reindeer pastures every two summers.
3. We asked the universities to open their lichen collections to students.
`)
    expect(result!.readout.kind).toBe('joint statement')
  })
})

describe('items that open with a diamond glyph', () => {
  it('reads `◆ Title: body` as a point with its title, the glyph and title out of its body', async () => {
    const {result} = await structureText(`Ministers of the Nordic Lichen Board met in Umeå on 2 and 3 June 2026 to agree how to protect winter pastures.
◆ Counting: The Board will count lichen on reindeer pastures every two summers, starting in 2027.
◆ Research: The universities will open their lichen collections to visiting students from every member state.
Ministers will meet again in Oulu in June 2027.
`)
    const pillars = result!.readout.pillars
    expect(pillars.map((pillar) => pillar.title)).toEqual(['Counting', 'Research'])
    expect(pillars[0].body).toBe('The Board will count lichen on reindeer pastures every two summers, starting in 2027.')
  })
})

describe('durations', () => {
  it('does not make a figure of a number of seasons (`over three seasons`)', async () => {
    const {result} = await structureText(`Ministers of the Nordic Lichen Board met in Umeå on 2 June 2026.

Trials
The institutes will test, over three seasons, grazing rotations on 450 hectares of pasture.

Collections
The universities will open their lichen collections to visiting students.
`)
    const values = result!.readout.figures.map((figure) => figure.value)
    expect(values).toContain('450')
    expect(values).not.toContain('3')
  })
})
