import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A prose readout may say who met and where in its first sentence and when in a later one
// (`The meeting took place on …`): the date is the meeting's. Every sentence is written for the test.
const body = '\n\nMinisters agreed to open the new border crossing to freight trains in September.\n\nOfficials will meet in Lagos in May to settle the timetable.\n'

describe('a dateline without a date and a later sentence that says when the meeting was held', () => {
  it('takes the date of `The meeting took place on …` in the next paragraph', async () => {
    const {result, messages} = await structureText(`Transport ministers of the Gulf of Guinea Rail Forum gathered at the Palais des Congrès in Cotonou for their yearly meeting.\n\nThe meeting took place on Wednesday, 4 March 2026, a year after the first freight train crossed the border. Railway unions joined the ministers in the afternoon.${body}`)
    expect(result!.readout.dates).toMatchObject({start: '2026-03-04', end: '2026-03-04'})
    expect(messages.some((line) => line.includes('dateline-date'))).toBe(false)
  })

  it('takes it in the dateline\'s own paragraph, over two days too, and in French', async () => {
    const same = await structureText(`Transport ministers of the Gulf of Guinea Rail Forum came together in Cotonou. The two-day session was held on 4 and 5 March 2026.${body}`)
    expect(same.result!.readout.dates).toMatchObject({start: '2026-03-04', end: '2026-03-05'})
    const french = await structureText('Les ministres des Transports du Forum ferroviaire du golfe de Guinée se sont réunis à Cotonou pour leur rencontre annuelle.\n\nLa réunion s\'est tenue le mercredi 4 mars 2026, un an après le premier train de fret.\n\nLes ministres ont décidé d\'ouvrir le nouveau poste frontière aux trains de fret en septembre.\n')
    expect(french.result!.readout.dates).toMatchObject({start: '2026-03-04', end: '2026-03-04'})
  })

  it('takes no date from a sentence about another meeting or another event', async () => {
    const {result} = await structureText(`Transport ministers of the Gulf of Guinea Rail Forum gathered in Cotonou for their yearly meeting.\n\nThe first freight train crossed the border on 4 March 2025, and the Forum opened its office on 1 June 2025.${body}`)
    expect(result!.readout.dates).toBeUndefined()
  })
})
