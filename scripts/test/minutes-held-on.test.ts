import {describe, expect, it} from 'vitest'
import {readPlaceAndDate} from '../structure/recognise-header.js'
import {structureText} from './helpers.js'

// Minutes of a club's committee read by cause (branch pending39): the line that says when the meeting was
// held before where (`held on … at 7pm at …, City`) and the `DONM:` line (date of next meeting) that closes
// them. Every sentence here is written for the test.
const minutes = `RIVERSIDE CROQUET CLUB

Minutes of the meeting of the Lawns Committee of the Riverside Croquet Club held on Wednesday 8th April 2026 at 6.30pm at the Pavilion, Henley

Present: Anne Lowe (Chair), Ben Carr, Priya Shah

4/01 Lawn repairs
The Groundsman reported that two lawns had been damaged by moles over the winter.
RESOLVED: that £3,500 be spent on relaying the worst lawn.

4/02 Any other business
None.

DONM: Wednesday 10th June 2026, 6.30pm, the Pavilion
`

describe('minutes held on a date, at an hour, at a venue in a city', () => {
  it('takes the city after the venue, and the date before the hour', () => {
    expect(readPlaceAndDate('Minutes of the meeting of the Lawns Committee held on Wednesday 8th April 2026 at 6.30pm at the Pavilion, Henley')).toMatchObject({place: 'Henley', dates: {start: '2026-04-08', end: '2026-04-08'}})
    expect(readPlaceAndDate('Notes of the meeting held on 2 May 2026 at the Town Hall, Ludlow')).toMatchObject({place: 'Ludlow', dates: {start: '2026-05-02', end: '2026-05-02'}})
  })

  it('reads no place from a line that does not say the meeting was held', () => {
    expect(readPlaceAndDate('Report published on 2 May 2026 at noon by the Lawns Committee of the Riverside Croquet Club')?.place).toBeUndefined()
  })

  it('gives the header the place and date of such a line', async () => {
    const {result} = await structureText(minutes)
    expect(result!.readout.place).toBe('Henley')
    expect(result!.readout.dates).toMatchObject({start: '2026-04-08', end: '2026-04-08'})
  })

  it('reads the `DONM:` line as outlook', async () => {
    const {result} = await structureText(minutes)
    expect(result!.readout.outlook).toContain('DONM: Wednesday 10th June 2026, 6.30pm, the Pavilion')
  })
})
