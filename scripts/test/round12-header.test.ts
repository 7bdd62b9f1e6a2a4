import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 12 (issue 11) showed the reader missing in the title, the place, the dates and the
// organisation, stated as rules an editor would give. Every sentence here is written for the test.

describe('a French title block whose date line runs from one weekday to another', () => {
  const source = 'Sixième réunion du Conseil régional des forêts du bassin de la Volta\nCommuniqué final\nOuagadougou\nDu lundi 28 septembre au jeudi 1er octobre 2026\n\nLes ministres chargés des forêts ont tenu la sixième réunion du Conseil régional des forêts du bassin de la Volta à Ouagadougou.\n\nLes ministres ont décidé de planter deux mille hectares de forêt d\'ici à 2028.\n'
  it('reads the range across two months and the place on the line above it', async () => {
    const {result} = await structureText(source)
    expect(result!.readout.dates).toMatchObject({start: '2026-09-28', end: '2026-10-01'})
    expect(result!.readout.place).toBe('Ouagadougou')
  })
  it('leaves the city the body met in out of its name', async () => {
    const {result} = await structureText(source)
    expect(result!.readout.organisation).toBe('Conseil régional des forêts du bassin de la Volta')
  })
})

describe('a wire whose meeting clause is a participle after a comma', () => {
  it('takes the place the ministers were meeting in over the city the release was written in', async () => {
    const {result} = await structureText('FOR IMMEDIATE RELEASE\n\nHill farmers to share one seed bank\n\nBERN, 9 May 2026 – Agriculture ministers of the Alpine Seed Alliance, meeting on May 6–7 in Davos, agreed to keep one seed bank for mountain crops.\n\nMinisters agreed to store 4,000 seed varieties by 2028.\n')
    expect(result!.readout.place).toBe('Davos')
    expect(result!.readout.dates).toMatchObject({start: '2026-05-06', end: '2026-05-07'})
  })
})

describe("a declaration's preamble that opens with who speaks", () => {
  it('reads the place and dates from its line, though the line ends in a comma', async () => {
    const {result} = await structureText('OSLO DECLARATION ON COASTAL FERRIES\nOutcome of the Second Conference of the Nordic Ferry Council\n\nWe, the ministers of transport of the member States of the Nordic Ferry Council, meeting in Oslo from October 30 to November 1, 2026,\n\nMindful that ferries link many small islands to the mainland,\n\n(1) Decide to replace twenty diesel ferries with electric ones by 2030;\n\n(2) Decide to hold our third conference in Tromsø in 2028.\n')
    expect(result!.readout.place).toBe('Oslo')
    expect(result!.readout.dates).toMatchObject({start: '2026-10-30', end: '2026-11-01'})
  })
})

describe('a title block written on one line, its parts cut by bars', () => {
  const source = 'PRESS READOUT | Tuesday, March 10, 2026 | Baltic Ice Patrol Council\n\nMinisters of the Baltic Ice Patrol Council met today in Riga, Latvia, to plan the next winter season.\n\nMinisters agreed to add two icebreakers to the shared fleet by 2028.\n'
  it('reads the date from its part', async () => {
    const {result} = await structureText(source)
    expect(result!.readout.dates).toMatchObject({start: '2026-03-10', end: '2026-03-10'})
  })
  it('makes the title from the body and the place when the only other part names the body', async () => {
    const {result} = await structureText(source)
    expect(result!.readout.organisation).toBe('Baltic Ice Patrol Council')
    expect(result!.readout.title).toBe('Baltic Ice Patrol Council in Riga')
  })
})

describe('a readout forwarded by e-mail with a note above it', () => {
  const note = 'From: Jonas Berg <j.berg@ferry-council.example>\nSent: Tuesday, April 21, 2026 10:05 AM\nTo: Delegations\nSubject: FW: Readout of the Council meeting in Oslo\n\nHello all, the readout below is final. Thanks, Jonas\n\n-----Original Message-----\n\n'
  it('reads neither the date it was sent on nor the note as the readout', async () => {
    const {result} = await structureText(`${note}Ministers of the Nordic Ferry Council met in Oslo on 14–15 April 2026. The meeting ended with the adoption of the Oslo Ferry Compact, a plan to cut the fleet's emissions.\n\n- Electric ferries: Members will replace twenty diesel ferries by 2030.\n- Ports: Ten ports will get chargers by 2028.\n`)
    expect(result!.readout.title).toBe('Oslo Ferry Compact')
    expect(result!.readout.dates).toMatchObject({start: '2026-04-14', end: '2026-04-15'})
    expect(result!.readout.context.join(' ')).not.toContain('Hello all')
  })
})

describe('a country written after the city with an abbreviated word', () => {
  it('drops `St. Kitts and Nevis` after the city as it drops any country', async () => {
    const {result} = await structureText('Ministers of the Eastern Caribbean Reef Forum met in Basseterre, St. Kitts and Nevis, on 3 May 2026 to plan the care of the reefs.\n\n- Reefs: Members will map every reef by 2028.\n')
    expect(result!.readout.place).toBe('Basseterre')
  })
})

describe('a dateline that opens with where and when, then two ministers named with their portfolios', () => {
  it('finds no body in a portfolio or a person, and still finds one with a head noun', async () => {
    const two = await structureText('Joint Statement by the Ministers of Environment of Romania and Moldova on the Danube Delta\n\nMeeting in Tulcea on Monday, 9 March 2026, Romania\'s Minister of Environment, Mr. Ion Popa, and Moldova\'s Minister of Agriculture, Ms. Ana Rusu, agreed to protect the wetlands of the delta.\n\nThe two ministers agreed to restore 3,000 hectares of wetland by 2029.\n')
    expect(two.result!.readout.organisation).toBeUndefined()
    expect(two.result!.readout.place).toBe('Tulcea')
    const body = await structureText('Meeting in Vientiane on 6 April 2026, ministers of the Mekong Fisheries Commission agreed to share catch data.\n\nMinisters agreed to open 12 fish passes by 2028.\n')
    expect(body.result!.readout.organisation).toBe('Mekong Fisheries Commission')
  })
})

describe('a body named for what it is about after its head', () => {
  it('keeps `on …` after the head in the name, but not a day after it', async () => {
    const about = await structureText('Ministers and officials from nine governments met today in Manila for the third session of the Pacific Rim Ministerial Forum on Fisheries Crime.\n\nMinisters agreed to train 400 inspectors by 2028.\n')
    expect(about.result!.readout.organisation).toBe('Pacific Rim Ministerial Forum on Fisheries Crime')
    const day = await structureText('FOR IMMEDIATE RELEASE\n\nSUVA, 5 June 2026 – The Pacific Reef Alliance on Thursday adopted a plan to map every reef.\n\nMembers will map 1,200 reefs by 2028.\n')
    expect(day.result!.readout.organisation).toBe('Pacific Reef Alliance')
  })
})
