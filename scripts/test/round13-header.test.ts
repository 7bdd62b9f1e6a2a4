import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 13 (issue 11) showed the reader missing in the title, the place, the organisation and
// the plan's name, stated as rules an editor would give. Every sentence here is written for the test.

describe('a quotation followed by a possessive', () => {
  it("does not read the closing mark and the next name's apostrophe as a quoted title", async () => {
    const {result} = await structureText('Water ministers of the Danube Rivers Council met in Linz, Austria, on 4 May 2026.\n"Clean rivers are a promise we make to our grandchildren." The Council\'s chair, Dr. Eva Berger, opened the meeting with these words.\n- Sewage: Members will treat all city sewage by 2032.\n- Dams: Members will open fish passes on twenty dams by 2030.\n')
    expect(result!.readout.roadmap).toBeUndefined()
    expect(result!.readout.title).toBe('Danube Rivers Council in Linz')
  })
})

describe('a plan named in full in a point written `Title: body`', () => {
  it('is the plan, though a later paragraph names it by its short form', async () => {
    const {result} = await structureText('Ministers of the Volta Water Council met in Accra on 3 March 2026.\n- Rivers: Ministers adopted the Accra Roadmap on Clean Rivers and Lakes, which sets targets for every basin.\n- Wells: Members will drill 400 wells by 2029.\n\nMinisters will review the Accra Roadmap at their next meeting in 2028.\n')
    expect(result!.readout.roadmap).toBe('Accra Roadmap on Clean Rivers and Lakes')
  })
})

describe('a meeting date whose year a comma closes, before the place', () => {
  it('reads the place after the comma (`met on Friday, March 6, 2026, in Tbilisi`)', async () => {
    const {result} = await structureText('Ministers of the Caucasus Orchards Network met on Friday, March 6, 2026, in Tbilisi, Georgia, for their first meeting.\n\nMinisters agreed to plant 2,000 hectares of new orchards by 2030.\n')
    expect(result!.readout.place).toBe('Tbilisi')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-06', end: '2026-03-06'})
  })
})

describe('a body named after the date of the meeting', () => {
  it('leaves the month of `on 8 and 9 May at the … Forum` out of the name', async () => {
    const {result} = await structureText('HONIARA, 10 May 2026 – Forestry ministers from nine island countries, meeting in Honiara on 8 and 9 May at the Island Timber Forum, agreed to certify all timber exports by 2029.\n\nThe ministers agreed to train 300 forest rangers.\n')
    expect(result!.readout.organisation).toBe('Island Timber Forum')
  })
  it('leaves the weekday of `on Monday at the … Council` out of the name', async () => {
    const {result} = await structureText('Forestry ministers from nine island countries met on Monday at the Island Timber Council in Honiara, 4 May 2026.\n\nThe ministers agreed to train 300 forest rangers.\n')
    expect(result!.readout.organisation).toBe('Island Timber Council')
  })
})

describe("a title block whose meeting line does not name the body", () => {
  it('joins `Third Ministerial Meeting` to the line above that names the body, under a bare kind', async () => {
    const {result} = await structureText('ANDEAN GLACIER MONITORING COUNCIL\nThird Ministerial Meeting\nLa Paz, 3–4 March 2026\n\nFINAL COMMUNIQUÉ\n\n1. We, the ministers of the member states of the Andean Glacier Monitoring Council, met in La Paz on 3 and 4 March 2026.\n\n2. We agree to install 40 new glacier stations by 2029.\n\n3. We agree to publish a yearly report on glacier loss.\n')
    expect(result!.readout.title).toBe('Andean Glacier Monitoring Council Third Ministerial Meeting')
    expect(result!.readout.organisation).toBe('Andean Glacier Monitoring Council')
    expect(result!.readout.place).toBe('La Paz')
  })
})
