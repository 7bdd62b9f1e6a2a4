import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// The header in shapes the reader had not seen (branch header40, from `eval --reshape-header`). Every sentence here is
// written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const BODY = '\n\nThe members met in Kaunas on 12 March 2026 to review the ferry timetable. They agreed to add a winter crossing and to check the piers twice a year.\n\nThey will meet again next spring.\n'
const CORPS = "\n\nRéunis à Dinan le 12 mars 2026, les membres ont examiné les horaires des bacs. Ils ont décidé d'ajouter une traversée d'hiver et de contrôler les cales deux fois par an.\n\nIls se retrouveront au printemps.\n"

describe('a letterhead: the body, its address line, the kind in capitals, then the headline', () => {
  it('takes the headline under the kind for the title, though it names another body', async () => {
    const readout = await read(`Lagoon Ferry Operators' Union\nPRESS RELEASE\n\nCoastal Transport Board to fund a winter crossing\n\n12 March 2026${BODY}`)
    expect(readout.title).toBe('Coastal Transport Board to fund a winter crossing')
    expect(readout.kind).toBe('press release')
    expect(readout.organisation).toBe("Lagoon Ferry Operators' Union")
  })
  it('reads past the address line under the name, and does not take its town for the place', async () => {
    const readout = await read(`Lagoon Ferry Operators' Union\nSecretariat · Klaipėda\nPRESS RELEASE\n\nFerry operators add a winter crossing to the lagoon timetable\n\n12 March 2026${BODY}`)
    expect(readout.title).toBe('Ferry operators add a winter crossing to the lagoon timetable')
    expect(readout.place).toBe('Kaunas')
  })
  it('reads a French letterhead and its address with a street and a postcode', async () => {
    const readout = await read(`Syndicat des passeurs de la Rance\nSiège social, 4 quai de la Cale, 22100 Dinan\nCOMMUNIQUÉ DE PRESSE\n\nLe Conseil départemental finance une traversée d'hiver sur la Rance\n\nle 12 mars 2026${CORPS}`)
    expect(readout.title).toBe("Le Conseil départemental finance une traversée d'hiver sur la Rance")
    expect(readout.organisation).toBe('Syndicat des passeurs de la Rance')
  })
  it('takes a title that names the kind under a letterhead, and its kind', async () => {
    const readout = await read(`Lagoon Ferry Operators' Union\nSecretariat · Klaipėda\nCOMMUNIQUÉ\n\nJoint Communiqué of the Lagoon Ferry Operators' Union\n\n12 March 2026${BODY}`)
    expect(readout.title).toBe("Joint Communiqué of the Lagoon Ferry Operators' Union")
    expect(readout.kind).toBe('communiqué')
  })
  it("never takes a field's line under a record's line that says where it was held for the title", async () => {
    const readout = await read(`Lagoon Ferry Operators' Union\nMinutes of the meeting held at the Harbour Hall, Klaipėda, on Thursday 12 March 2026\n\nPresent: the chair, six operators, the port authority, the Union secretariat\n\nThe members agreed to add a winter crossing and to check the piers twice a year.\n`)
    expect(readout.title).not.toMatch(/^Present/u)
  })
  it('keeps the body for the title when no kind stands between it and the next line', async () => {
    expect((await read(`Media Note\nLagoon Ferry Operators' Union\nKlaipėda${BODY}`)).title).toBe("Lagoon Ferry Operators' Union")
  })
})

describe("a byline's date and the meeting's days by weekday after its place", () => {
  const text = (days: string) => `Les passeurs ajoutent une traversée d'hiver\n\nPublié le 19 mars 2025\n\nRéunis à Dinan ${days}, les membres du Syndicat des passeurs de la Rance ont adopté le texte suivant.\n\nLes membres ont décidé d'ajouter une traversée d'hiver et de contrôler les cales deux fois par an.\n`
  it('reads a range of weekdays after the place as the days up to the byline', async () => {
    expect((await read(text('de lundi à mercredi'))).dates).toMatchObject({start: '2025-03-17', end: '2025-03-19'})
    expect((await read(text('du mardi au mercredi'))).dates).toMatchObject({start: '2025-03-18', end: '2025-03-19'})
    expect((await read(text('lundi et mardi'))).dates).toMatchObject({start: '2025-03-17', end: '2025-03-18'})
  })
  it('reads one weekday after the place as that day, on or before the byline', async () => {
    expect((await read(text('mercredi'))).dates).toMatchObject({start: '2025-03-19', end: '2025-03-19'})
    expect((await read(text('lundi'))).dates).toMatchObject({start: '2025-03-17', end: '2025-03-17'})
  })
})

describe("an organiser's field line in the title block", () => {
  const BODY_ONLY = '\n\nThe operators agreed to add a winter crossing to the timetable and to check the piers twice a year from now on.\n\nThey will meet again next spring.\n'
  it('reads `Organiser:` as the body that met when no sentence names one', async () => {
    const readout = await read(`Ferry operators add a winter crossing\n\nDate: 12 March 2026\nVenue: Kaunas\nOrganiser: Lagoon Ferry Operators' Union (LFOU)${BODY_ONLY}`)
    expect(readout.organisation).toBe("Lagoon Ferry Operators' Union")
    expect(readout.title).toBe('Ferry operators add a winter crossing')
  })
  it('reads `Organisateur :` in French', async () => {
    const readout = await read("Les passeurs ajoutent une traversée d'hiver\n\nDate : 12 mars 2026\nLieu : Dinan\nOrganisateur : Syndicat des passeurs de la Rance\n\nLes passeurs ont décidé d'ajouter une traversée d'hiver et de contrôler les cales deux fois par an.\n")
    expect(readout.organisation).toBe('Syndicat des passeurs de la Rance')
  })
  it('keeps the body a meeting sentence names over the organiser line', async () => {
    const readout = await read(`Ferry operators add a winter crossing\n\nOrganised by: Baltic Ports Secretariat\n\nThe Lagoon Ferry Council met in Kaunas on 12 March 2026. The members agreed to add a winter crossing to the timetable.\n`)
    expect(readout.organisation).toBe('Lagoon Ferry Council')
  })
})
