import {describe, expect, it} from 'vitest'
import {findDates} from '../structure/parse-dates.js'

// Dates as round 25's minutes and seed readout write them (branch r25en); the sentences are written for the test.
describe('dates written out as minutes and deeds write them', () => {
  it.each([
    ['on the eleventh and twelfth days of May of the year two thousand and twenty-seven, the delegates met', '2027-05-11', '2027-05-12'],
    ['closed at noon on the thirtieth of April of the year two thousand and twenty-six.', '2026-04-30', '2026-04-30'],
    ['on the twenty-first day of March, in the year two thousand twenty-five', '2025-03-21', '2025-03-21'],
  ])('reads `%s`', (text, start, end) => {
    expect(findDates(text)?.dates).toMatchObject({start, end})
  })

  it('reads a range of ordinal days with `the` before the second (`from the 7th to the 9th of May 2026`)', () => {
    expect(findDates('The board met in Tromsø from the 7th to the 9th of May 2026 to count lichen.')?.dates).toMatchObject({start: '2026-05-07', end: '2026-05-09'})
  })

  it('reads no date where the words make none (`the first days of the year`)', () => {
    expect(findDates('in the first days of the year two thousand')).toBeUndefined()
  })
})
