import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Three shapes of a title block that published readouts use whatever their subject (issue 11, round 19):
// a newsroom's label before the title (`Readout – …`), a kind's line that closes on its dates
// (`Readout of the … Forum, 14-15 May 2026`) and a fact box of labelled lines (`Date: …`, `Venue: …`).

describe('a title block read by its labels', () => {
  it('takes a newsroom label before the title as the kind, and the rest as the title', async () => {
    const text = 'Subject: Readout - Regional Ferry Safety Panel, Split meeting\n\nDear colleagues,\n\nThe Regional Ferry Safety Panel met in Split on 9-10 June 2026.\n\n- Members agreed on a common checklist for lifeboats.\n- Members agreed to train 900 deck officers.\n'
    const {result} = await structureText(text)
    expect([result!.readout.title, result!.readout.kind]).toEqual(['Regional Ferry Safety Panel, Split meeting', 'readout'])
    const colon = await structureText('Media note: Harbour pilots agree on shared night rules\nValletta, 2 March 2026\n\nHarbour pilots of six Mediterranean ports met in Valletta on 2 March 2026 and agreed on shared rules for night pilotage.\nThey also agreed to train forty new pilots.\n')
    expect([colon.result!.readout.title, colon.result!.readout.kind]).toEqual(['Harbour pilots agree on shared night rules', 'media note'])
  })

  it('keeps a document named on its own line as the title: a chair\'s summary is no label', async () => {
    const {result} = await structureText("Chair's Summary: Ministerial Meeting of the Alpine Rail Forum\nInnsbruck, 5 May 2026\n\n1. Ministers of the Alpine Rail Forum met in Innsbruck on 5 May 2026.\n2. Ministers agreed to share timetables.\n3. Ministers agreed to fund night trains.\n")
    expect(result!.readout.title).toBe("Chair's Summary: Ministerial Meeting of the Alpine Rail Forum")
  })

  it('reads the dates closing a kind\'s line, and drops them from the title', async () => {
    const text = 'Annual Forum of the Andean Seed Bank Network\nReadout of the Cusco Forum, 14-15 May 2026\n\nDirectors of national seed banks from nine Andean countries met in Cusco on Thursday and Friday for the fourth forum.\n\nDuplicate storage\nDirectors agreed to send a copy of every sample to a second bank by the end of 2027.\n\nFarmer varieties\nDirectors agreed to collect 600 farmer varieties from highland villages.\n'
    const {result} = await structureText(text)
    expect(result!.readout.title).toBe('Readout of the Cusco Forum')
    expect(result!.readout.dates).toMatchObject({start: '2026-05-14', end: '2026-05-15'})
    expect(result!.readout.place).toBe('Cusco')
  })

  it('reads the dates and the city of a fact box under the headline, never its venue or country', async () => {
    const text = 'Fisheries ministers of the Western Indian Ocean Tuna Dialogue gather in Port Louis\n\nKey facts\nDates: 3-4 March 2026\nLocation: Caudan Waterfront Conference Centre, Port Louis, Mauritius\nParticipants: Fisheries ministers of seven states\n\nFisheries ministers of the Western Indian Ocean Tuna Dialogue spent two days in Port Louis discussing tuna landings, and agreed on a pledge.\n\nUnder the pledge, the seven states will require foreign vessels to land a fifth of their catch in the region by 2028.\n\nA fund of €20 million will help small ports build cold stores.\n'
    const {result} = await structureText(text)
    expect(result!.readout.dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect(result!.readout.place).toBe('Port Louis')
    // the dates and the place on one line, in either order
    for (const line of ['Date and venue: 3-4 March 2026, Port Louis', 'Venue and date: Port Louis, 3-4 March 2026']) {
      const both = await structureText(text.replace(/Dates: .*\nLocation: .*\n/u, `${line}\n`))
      expect([both.result!.readout.place, both.result!.readout.dates?.end], line).toEqual(['Port Louis', '2026-03-04'])
    }
  })
})
