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
