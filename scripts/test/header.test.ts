import {describe, expect, it} from 'vitest'
import {FRENCH_CALENDAR} from '../structure/french.js'
import {findDates} from '../structure/parse-dates.js'

// The header of texts nobody tuned the reader to (issue 11, items 1–2): dates, places,
// organisations, titles, written the ways published texts write them.
describe('dates across years', () => {
  it('reads a range whose two dates are in different years, each written or one for both', () => {
    for (const text of ['from 30 December 2024 to 2 January 2025', 'from 30 December to 2 January 2025', 'December 30, 2024 – January 2, 2025', 'December 30 – January 2, 2025']) {
      expect(findDates(text)?.dates, text).toMatchObject({start: '2024-12-30', end: '2025-01-02'})
    }
    for (const text of ['du 30 décembre 2024 au 2 janvier 2025', 'du 30 décembre au 2 janvier 2025']) {
      expect(findDates(text, undefined, FRENCH_CALENDAR)?.dates, text).toMatchObject({start: '2024-12-30', end: '2025-01-02'})
    }
    expect(findDates('on 24-25 June 2019')?.dates).toMatchObject({start: '2019-06-24', end: '2019-06-25'})
  })
})
