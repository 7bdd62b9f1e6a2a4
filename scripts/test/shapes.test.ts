import {describe, expect, it} from 'vitest'
import {findDates} from '../structure/parse-dates.js'
import {structureText} from './helpers.js'

// The shapes of issue 11, one behaviour each, through the real structure stage. The fixtures
// (scripts/test/fixtures/) hold whole readouts of each shape.

describe('shapes a readout comes in', () => {
  it('reads a bullet without a colon as a point titled by a noun phrase of its own words', async () => {
    const {result, messages} = await structureText('The Coalition’s ministers met in Rome on 2 April 2024.\n“We stand together.” Said everyone.\n- Ministers endorsed a stockpile of 150 million vaccine doses for the region.\n- Partners agreed to establish a regional fund for coastal resilience.\n')
    expect(messages.filter((line) => line.includes(' error '))).toEqual([])
    expect(result!.readout.pillars).toEqual([
      {title: 'Vaccine stockpile', body: 'Ministers endorsed a stockpile of 150 million vaccine doses for the region.'},
      // (the fitted title scorer leaves out a modifier such as `regional`, `common`, as the corpus's editors often did)
      {title: 'Fund for coastal resilience', body: 'Partners agreed to establish a regional fund for coastal resilience.'},
    ])
  })

  it('reads lines that start with en or em dashes as bullets when two or more follow each other, and a lone dash line as text', async () => {
    const {result, messages} = await structureText([
      'Les ministres de l’Union des ports atlantiques se sont réunis à Brest le 6 mars 2024.',
      'Les ministres sont convenus des mesures suivantes :',
      '– Les ministres ont adopté un plan commun de dragage des chenaux d’accès.',
      '',
      '– Les ministres ont créé un fonds de 40 millions d’euros pour l’électrification des quais.',
      '– Les ministres ont lancé un registre partagé des navires en escale.',
    ].join('\n'))
    expect(messages.filter((line) => line.includes(' error '))).toEqual([])
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Les ministres ont adopté un plan commun de dragage des chenaux d’accès.',
      'Les ministres ont créé un fonds de 40 millions d’euros pour l’électrification des quais.',
      'Les ministres ont lancé un registre partagé des navires en escale.',
    ])
    const english = await structureText([
      'Ministers of the Harbour Forum met in Cork on 2 May 2023.',
      '— Ministers agreed a common plan for dredging access channels.',
      '— Ministers launched a shared register of visiting ships.',
      'The chair closed the meeting with a short address.',
      '— The Chair, speaking for all members',
    ].join('\n'))
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed a common plan for dredging access channels.', 'Ministers launched a shared register of visiting ships.'])
    expect(JSON.stringify(english.result!.readout)).toContain('— The Chair, speaking for all members')
  })

  it('keeps a numbered dateline and opening as context and the next meeting as outlook', async () => {
    const {result} = await structureText([
      '1. Ministers of the Lake Forum met in Kampala on 3 May 2022.',
      '2. Ministers thanked Uganda for hosting the meeting.',
      '3. Ministers adopted a plan to restock the lake with native fish.',
      '4) Ministers agreed to ban nets with a mesh under 5 centimetres.',
      '(5) The next ministerial meeting will take place in Kisumu in 2023.',
    ].join('\n'))
    const readout = result!.readout
    expect(readout.dateline).toBe('Ministers of the Lake Forum met in Kampala on 3 May 2022.')
    expect(readout.context).toEqual(['Ministers thanked Uganda for hosting the meeting.'])
    expect(readout.pillars.map((p) => p.body)).toEqual(['Ministers adopted a plan to restock the lake with native fish.', 'Ministers agreed to ban nets with a mesh under 5 centimetres.'])
    expect(readout.outlook).toEqual(['The next ministerial meeting will take place in Kisumu in 2023.'])
    expect(readout.kind).toBe('communiqué')
    expect(result!.markdown).toContain('\nkind: communiqué\n')
  })

  it('keeps the adoption of the plan as such as context, names the roadmap after it, and reads a quote cut by a long attribution', async () => {
    const {result} = await structureText([
      'Ministers of the Reef Forum met in Suva on 9 May 2024. "Reefs feed whole villages, not only fish," the Chair of the Forum, Dr. Vunibola, said.',
      '1. We recall the Suva Declaration of 2015.',
      '2. Ministers adopted the Pacific Reef Action Plan, set out below, for the period until our next conference.',
      '3. Ministers agreed to map every reef by 2026.',
      '4. Ministers endorsed the Coral Nursery Framework, under which each member will grow corals in two nurseries.',
      '5. Ministers did not agree on a ban on sand mining.',
    ].join('\n'))
    const readout = result!.readout
    expect(readout.keyMessage).toBe('Reefs feed whole villages, not only fish.')
    expect(readout.roadmap).toBe('Pacific Reef Action Plan')
    // (what ministers did not agree is no point: context, as round 32's writer and roles42's guards read it; roles43)
    expect(readout.context.slice(1)).toEqual(['We recall the Suva Declaration of 2015.', 'Ministers adopted the Pacific Reef Action Plan, set out below, for the period until our next conference.', 'Ministers did not agree on a ban on sand mining.'])
    expect(readout.outlook).toEqual([])
    expect(readout.pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to map every reef by 2026.',
      'Ministers endorsed the Coral Nursery Framework, under which each member will grow corals in two nurseries.',
    ])
    expect(readout.pillars[1].title).toBe('Growing corals')
  })

  it('reads a communiqué title block whose kind line ends in an accent, and a body named on its own line', async () => {
    const {result} = await structureText('Communiqué\nMinisterial Meeting of the Nourish Early Partnership\nHanoi, 19–20 October 2023\n\nMinisters met in Hanoi.\n- Ministers agreed to fund 20 clinics.\n')
    expect(result!.readout.title).toBe('Ministerial Meeting of the Nourish Early Partnership')
    expect(result!.readout.kind).toBe('communiqué')
    const named = await structureText('Media Note\nPacific Disaster Response Network\nSuva\n\nThe ministers met in Suva on Thursday 4 June 2020.\n- Members will stock food.\n')
    expect(named.result!.readout.title).toBe('Pacific Disaster Response Network')
  })

  it('makes a pillar of each short heading line, its body the paragraphs under it', async () => {
    const {result} = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2022.\nEmergency assistance\nPartners will deliver food to 40 villages.\nBoats will carry it.\nClean water\nEvery village will have a well by 2025.\nNext steps\nMinisters will meet again in 2023.\n')
    expect(result!.readout.pillars).toEqual([
      {title: 'Emergency assistance', body: 'Partners will deliver food to 40 villages. Boats will carry it.'},
      {title: 'Clean water', body: 'Every village will have a well by 2025.'},
    ])
    expect(result!.readout.outlook).toEqual(['Ministers will meet again in 2023.'])
  })

  it('reads a title block: title, kind, place and date on lines of their own', async () => {
    const {result, messages} = await structureText('Joint Statement on Fisheries Enforcement\nWASHINGTON, 2 February 2016 –\nSenior officials of the Pacific Fisheries Partnership met today.\n- Partners will share vessel-tracking data.\n')
    const readout = result!.readout
    expect([readout.title, readout.kind, readout.place, readout.dates?.start, readout.organisation]).toEqual(['Joint Statement on Fisheries Enforcement', 'joint statement', 'Washington', '2016-02-02', 'Pacific Fisheries Partnership'])
    expect(messages.filter((line) => line.includes('dateline'))).toEqual([])
  })

  it('takes the year of a weekday date from the title block', async () => {
    const {result} = await structureText('Chair’s Summary\nAmman, June 2026\nMinisters of the Levant Coalition met in Amman on Thursday 4 June.\n- Partners agreed to fund learning spaces.\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-06-04', end: '2026-06-04'})
    expect(result!.readout.kind).toBe("chair's summary")
  })

  it('reads US dates and ranges across months', () => {
    expect(findDates('on March 9, 2023')?.dates).toMatchObject({start: '2023-03-09', end: '2023-03-09'})
    expect(findDates('from September 30 to October 2, 2024')?.dates).toMatchObject({start: '2024-09-30', end: '2024-10-02'})
    expect(findDates('on 30 June – 1 July 2019')?.dates).toMatchObject({start: '2019-06-30', end: '2019-07-01'})
    expect(findDates('on Thursday 4 June')).toBeUndefined()
    expect(findDates('on Thursday 4 June', 2026)?.dates.start).toBe('2026-06-04')
  })

  it('takes the decisions of a prose readout as its points, and reads prose that decides nothing with a warning', async () => {
    const head = 'Ministers of the Lake Forum met in Kampala on 3 May 2022.\n'
    const {result} = await structureText(`${head}Ministers heard that catches fell by a third.\nMinisters agreed to ban nets with a fine mesh.\nMinisters will meet again in 2023.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.'])
    expect(result!.readout.context).toEqual(['Ministers heard that catches fell by a third.'])
    const weak = await structureText(`${head}Ministers heard that catches fell by a third.\n`)
    expect(weak.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers heard that catches fell by a third.'])
    expect(weak.messages.join('\n')).toMatch(/warning {2}Unexpected readout without a decision/)
  })

  it('does not take a negated decision in prose as a point (“No new funding was announced”, “did not agree”)', async () => {
    const head = 'Ministers of the Lake Forum met in Kampala on 3 May 2022.\n'
    const {result} = await structureText(`${head}No new funding was announced at the meeting.\nMinisters did not agree on a fishing ban.\nMinisters agreed to ban nets with a fine mesh, though nothing was decided on quotas.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh, though nothing was decided on quotas.'])
    expect(result!.readout.context).toEqual(['No new funding was announced at the meeting.', 'Ministers did not agree on a fishing ban.'])
  })

  it('writes kind to roadmap.md and reads it back from a Markdown source', async () => {
    const {result} = await structureText('Media Note\nGeneva, 1 May 2024\nOfficials of the Health Forum met in Geneva.\n- Officials agreed a common vaccine register.\n')
    // a kind alone is not a title: the title is made from who met and where (corpus README)
    expect(result!.markdown).toMatch(/^---\ntitle: Health Forum in Geneva\nkind: media note\n/)
    const again = await structureText(result!.markdown, 'roadmap.md')
    expect(again.result!.readout.kind).toBe('media note')
    expect(again.result!.markdown).toBe(result!.markdown)
  })
})
