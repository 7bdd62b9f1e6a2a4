import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'

// Round 26's English cases read by general cause (branch r26en): the texts below were written for these tests.

describe('a heading that labels the whole text', () => {
  it('reads the paragraphs under the only heading as prose, each that decides a point of its own', async () => {
    const readout = await readoutOf(`Report of the fourth meeting of the Urban Orchards Working Group
Leuven, Belgium
3–4 February 2026

© Urban Orchards Working Group 2026

All rights reserved. No part of this report may be copied without permission.

Executive summary

The Urban Orchards Working Group met in Leuven with 26 gardeners and planners from nine cities.

Fruit trees in public parks have fallen by a third since 2010, as old trees were felled and not replaced.

The Group recommended that every city plant at least one public orchard in each district by 2030.

The Group agreed that fallen fruit be collected by volunteers and given to food banks.

The Group called for a shared register of old fruit varieties kept in city nurseries.

The Group will meet again in Utrecht in 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Group recommended that every city plant at least one public orchard in each district by 2030.',
      'The Group agreed that fallen fruit be collected by volunteers and given to food banks.',
      'The Group called for a shared register of old fruit varieties kept in city nurseries.',
    ])
    expect(readout.outlook).toEqual(['The Group will meet again in Utrecht in 2027.'])
  })

  it('keeps a heading over its paragraphs when another heading follows it', async () => {
    const readout = await readoutOf(`Report of the fourth meeting of the Urban Orchards Working Group
Leuven, Belgium
3–4 February 2026

The Urban Orchards Working Group met in Leuven with 26 gardeners and planners from nine cities.

Public orchards

The Group recommended that every city plant at least one public orchard in each district by 2030.

The Group agreed that new orchards use local varieties only.

Cities will share their planting plans on a common map.

The Group agreed that each orchard have a volunteer keeper.

Fallen fruit

The Group agreed that fallen fruit be collected by volunteers and given to food banks.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Group recommended that every city plant at least one public orchard in each district by 2030. The Group agreed that new orchards use local varieties only. Cities will share their planting plans on a common map. The Group agreed that each orchard have a volunteer keeper.',
      'The Group agreed that fallen fruit be collected by volunteers and given to food banks.',
    ])
  })
})

describe('guillemets and single angle quotes as bullet glyphs', () => {
  it('reads `» Title: body` and `› Title: body` lines as a list of titled points', async () => {
    const readout = await readoutOf(`Water ministers of the Sava Basin Commission met in Zagreb, Croatia, on 9 June 2026.
Ministers adopted the Zagreb Flood Plan and agreed on three measures.
» Warnings: A shared flood warning service will send alerts to every town on the river from 2027.
» Wetlands: Ministers agreed to restore 4,000 hectares of floodplain wetland by 2032.
› Dykes: The Commission will inspect every dyke older than fifty years before the end of 2027.
Ministers will meet again in Belgrade in June 2027.
`)
    expect(readout.pillars.map((pillar) => [pillar.title, pillar.body])).toEqual([
      ['Warnings', 'A shared flood warning service will send alerts to every town on the river from 2027.'],
      ['Wetlands', 'Ministers agreed to restore 4,000 hectares of floodplain wetland by 2032.'],
      ['Dykes', 'The Commission will inspect every dyke older than fifty years before the end of 2027.'],
    ])
  })
})

describe("a council's cover note", () => {
  const NOTE = `COUNCIL OF THE NORTH SEA PORTS UNION

Rotterdam, 2 October 2026

NOTE
From: Secretariat of the Council
To: Delegations
Subject: Outcome of the Ministerial Meeting on Shore Power (Esbjerg, 24–25 September 2026)

Delegations will find below the outcome of the above-mentioned Meeting, as drawn up by the Chair.

Transport ministers of the Union's 6 member states met in Esbjerg to discuss electric power for ships at berth.

Ministers agreed that every container terminal should offer shore power to ships at berth by 2030.

Ministers agreed to share the cost of grid connections between port authorities and national grid companies.

Ministers asked the Secretariat to draw up a common tariff for shore power by mid-2027.

The Chair will report on the follow-up to the Meeting to the Council at its meeting of 14 December 2026.
`
  it('reads `Delegations will find below …` as the note\'s lead-in, no point', async () => {
    const readout = await readoutOf(NOTE)
    expect(readout.pillars.map((pillar) => pillar.body)).not.toContain('Delegations will find below the outcome of the above-mentioned Meeting, as drawn up by the Chair.')
    expect(readout.pillars).toHaveLength(3)
  })

  it('reads a report promised to a later meeting named by its date (`at its meeting of 14 December 2026`) as outlook', async () => {
    const readout = await readoutOf(NOTE)
    expect(readout.outlook).toEqual(['The Chair will report on the follow-up to the Meeting to the Council at its meeting of 14 December 2026.'])
  })
})

describe("a note's subject line", () => {
  it('takes the title, place and dates of the meeting from `Subject: … (Place, dates)` under `From:` / `To:`, not the note\'s own date line', async () => {
    const readout = await readoutOf(`COUNCIL OF THE NORTH SEA PORTS UNION

Rotterdam, 2 October 2026

4471/26

NOTE
From: Secretariat of the Council
To: Delegations
Subject: Outcome of the Ministerial Meeting on Shore Power (Esbjerg, 24–25 September 2026)

Transport ministers of the Union's 6 member states met to discuss electric power for ships at berth.

Ministers agreed that every container terminal should offer shore power to ships at berth by 2030.

Ministers agreed to share the cost of grid connections between port authorities and national grid companies.
`)
    expect(readout.title).toBe('Outcome of the Ministerial Meeting on Shore Power')
    expect(readout.place).toBe('Esbjerg')
    expect(readout.dates).toMatchObject({start: '2026-09-24', end: '2026-09-25'})
  })
})

describe('a numbered statement\'s last paragraphs', () => {
  const STATEMENT = `JOINT PRESS STATEMENT OF THE SECOND MINISTERIAL MEETING ON SEED BANKS

1. The Second Ministerial Meeting of the Andean Seed Bank Network was held on 8 May 2026 in Cusco, Peru.

2. The Meeting agreed to duplicate the collections of every national seed bank in a second member country by 2029.

3. The Meeting agreed to train 60 seed technicians a year in the drying and storage of native seeds.

4. The Meeting agreed to convene the Third Ministerial Meeting in La Paz, Bolivia, in May 2027.

LIST OF MINISTERS

H.E. Rosa Quispe, Minister of Agrarian Development and Irrigation, Peru
H.E. Jorge Arce, Minister of Environment, Bolivia
H.E. Dr. Camila Restrepo Ortega, Minister of Agriculture and Rural Development, Colombia
H.E. Luis Andrade, Minister of Agriculture, Ecuador
`
  it('reads a meeting convened by its number (`agreed to convene the Third Ministerial Meeting in …`) as outlook', async () => {
    const readout = await readoutOf(STATEMENT)
    expect(readout.outlook).toEqual(['The Meeting agreed to convene the Third Ministerial Meeting in La Paz, Bolivia, in May 2027.'])
  })

  it('reads the lines of a list of ministers, short and long, as no points', async () => {
    const readout = await readoutOf(STATEMENT)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Meeting agreed to duplicate the collections of every national seed bank in a second member country by 2029.',
      'The Meeting agreed to train 60 seed technicians a year in the drying and storage of native seeds.',
    ])
  })
})

describe("a committee's minutes numbered by reference", () => {
  const MINUTES = `RIVERSIDE ROWING CLUB

Minutes of the meeting of the Club Committee

Present: Ann Holt (Chair), Raj Patel, Tess Moore

12/7 Apologies
Apologies were received from Ben Carter.

12/8 Declarations of interest
None.

12/9 Boathouse roof
The Captain reported that the boathouse roof had leaked all winter and that two boats had been damaged.
RESOLVED: that the roof be replaced before the spring regatta.
• Raj Patel to obtain three quotes by 30th March
• Tess Moore to move the boats to the old shed

12/10 Junior squad
The Coach reported that the junior squad had grown to 40 rowers.
RESOLVED: that a second coach be recruited for the summer.

12/11 Any other business
There was no other business.
`
  it('drops the reference from each item\'s heading and reads apologies, declarations and other business as no points', async () => {
    const readout = await readoutOf(MINUTES)
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Boathouse roof', 'Junior squad'])
  })

  it('keeps `RESOLVED:` and the actions under it in the item\'s body', async () => {
    const readout = await readoutOf(MINUTES)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Captain reported that the boathouse roof had leaked all winter and that two boats had been damaged. RESOLVED: that the roof be replaced before the spring regatta. Raj Patel to obtain three quotes by 30th March Tess Moore to move the boats to the old shed',
      'The Coach reported that the junior squad had grown to 40 rowers. RESOLVED: that a second coach be recruited for the summer.',
    ])
  })
})
