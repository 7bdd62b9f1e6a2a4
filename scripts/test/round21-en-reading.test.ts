import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Causes of round 21's English misses (issue 11), each in neighbouring forms published texts use.
// Every sentence here is written for the test.

describe('a declaration\'s preambular paragraphs', () => {
  const declaration = (preamble: string[]) => `Ministerial Declaration on Safe Rivers\nMinisterial Meeting of the River Basins Council\nAccra, 9 March 2026\n\nPP1 We, the Ministers of Water of the River Basins Council, meeting in Accra,\n\n${preamble.map((line, index) => `PP${index + 2} ${line}`).join('\n\n')}\n\nOP1 Commit to publish the water quality of every river basin each month.\n\nOP2 Decide to open a laboratory for river sediment in Kumasi in 2027.\n\nOP3 Call on industry to stop discharging untreated water by 2030.\n`

  it('keeps as context paragraphs that open with a participle or an adjective of mind and end in a comma', async () => {
    const preamble = [
      'Recognising that rivers supply drinking water to 60 million people in our countries,',
      'Deeply concerned by the spread of illegal gold mining along the banks of our rivers,',
      'Welcoming the work of the fishers\' associations that clean the river mouths each spring,',
      'Having considered the report of the Council\'s working group on river health,',
      'Alarmed that mercury levels in fish have doubled since 2015,',
    ]
    const {result} = await structureText(declaration(preamble))
    const {pillars, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'Commit to publish the water quality of every river basin each month.',
      'Decide to open a laboratory for river sediment in Kumasi in 2027.',
      'Call on industry to stop discharging untreated water by 2030.',
    ])
    expect(context.join(' ')).toContain('Deeply concerned by the spread')
  })

  it('reads as a point a paragraph that opens so but ends as a decision', async () => {
    const {result} = await structureText(declaration(['Noting that the rivers cross borders, decide to share our river gauges\' readings every day.']))
    expect(result!.readout.pillars.map((p) => p.body)).toContain('Noting that the rivers cross borders, decide to share our river gauges\' readings every day.')
  })
})

describe('a goal set as an outcome for a year ahead', () => {
  it('reads `set the goal of …ing` and `set themselves the target of no …` as outlook, a target of a number as a point', async () => {
    const {result} = await structureText('Forest Fire Board Communiqué\nSantiago, 4 March 2026\n\n1. Ministers agreed to station two water bombers in each southern region.\n\n2. Ministers set a target of 900 trained fire fighters by 2029.\n\n3. Ministers set the goal of ending deaths from forest fires in member countries by 2032.\n\n4. Ministers set themselves the target of no village without an evacuation plan by 2030.\n')
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['Ministers agreed to station two water bombers in each southern region.', 'Ministers set a target of 900 trained fire fighters by 2029.'])
    expect(outlook).toEqual(['Ministers set the goal of ending deaths from forest fires in member countries by 2032.', 'Ministers set themselves the target of no village without an evacuation plan by 2030.'])
  })
})

describe('a request to report on progress', () => {
  const communique = (last: string) => `Forest Fire Board Communiqué\nSantiago, 4 March 2026\n\n1. Ministers agreed to station two water bombers in each southern region.\n\n2. Ministers agreed to train 900 fire fighters by 2029.\n\n3. ${last}\n`

  it('reads a paragraph that only asks for reports on progress as outlook, in other verbs too', async () => {
    for (const last of ['Ministers asked the Board\'s secretariat to report to them each year on progress in carrying out these decisions.', 'The Board instructed the Secretariat to report annually on implementation.']) {
      const {result} = await structureText(communique(last))
      expect(result!.readout.pillars).toHaveLength(2)
      expect(result!.readout.outlook).toEqual([last])
    }
  })

  it('keeps as a point a paragraph that decides something more after the request', async () => {
    const last = 'Ministers asked the secretariat to report on progress every year. They also agreed to double the Board\'s fund for fire towers.'
    const {result} = await structureText(communique(last))
    expect(result!.readout.pillars.map((p) => p.body)).toContain(last)
  })
})

describe('a table of commitments whose cells are sentences, with prose under it', () => {
  const readout = (table: string[], after = '') => `Readout of the Ministerial Meeting of the Andean Water Council\nQuito, 6 May 2026\n\nWater ministers of the Andean Water Council met in Quito today.\n\nMinisters agreed on the following commitments:\n\n${table.join('\n')}\n${after}`
  const bodies = [
    'Install flow meters on every glacier-fed river that supplies a city of more than 100,000 people, and share their readings each hour',
    'Publish a joint drought warning each month during the dry season, in Spanish and in Quechua',
    'Train 300 technicians to repair small rural water systems, with a fund of USD 9 million',
  ]

  it('reads each row of a Markdown table as a point, however long its first cell', async () => {
    const {result} = await structureText(readout(['| Commitment | Lead | Deadline |', '|---|---|---|', `| ${bodies[0]} | Peru | 2027 |`, `| ${bodies[1]} | Ecuador | June 2026 |`, `| ${bodies[2]} | Bolivia | 2028 |`]))
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(bodies)
  })

  it('reads a grid table with `+---+` borders and a tab-separated table the same way', async () => {
    const grid = ['+------------+------+----------+', '| Commitment | Lead | Deadline |', '+============+======+==========+', `| ${bodies[0]} | Peru | 2027 |`, '+------------+------+----------+', `| ${bodies[1]} | Ecuador | June 2026 |`, '+------------+------+----------+', `| ${bodies[2]} | Bolivia | 2028 |`, '+------------+------+----------+']
    const tabs = ['Commitment\tLead\tDeadline', `${bodies[0]}\tPeru\t2027`, `${bodies[1]}\tEcuador\tJune 2026`, `${bodies[2]}\tBolivia\t2028`]
    for (const table of [grid, tabs]) {
      const {result} = await structureText(readout(table))
      expect(result!.readout.pillars.map((p) => p.body)).toEqual(bodies)
    }
  })

  it('reads a decision in prose under the table as a point, and a member\'s own plan as context, not outlook', async () => {
    const after = '\nChile also set out its national plans. Chile said it would line two more canals by 2029.\n\nMinisters discussed the cost of pumping water to highland towns and asked the Council\'s engineers to propose a common tariff.\n'
    const {result} = await structureText(readout(['| Commitment | Lead | Deadline |', '|---|---|---|', `| ${bodies[0]} | Peru | 2027 |`, `| ${bodies[1]} | Ecuador | June 2026 |`, `| ${bodies[2]} | Bolivia | 2028 |`], after))
    const {pillars, outlook, context} = result!.readout
    expect(pillars.at(-1)!.body).toBe('Ministers discussed the cost of pumping water to highland towns and asked the Council\'s engineers to propose a common tariff.')
    expect(outlook).toEqual([])
    expect(context.join(' ')).toContain('Chile said it would line two more canals by 2029.')
  })
})

describe('a statement written as one paragraph', () => {
  const statement = (body: string) => `Leaders' Statement on Clean Shipping\nStatement\nOffice of the Prime Minister\nValletta, Malta\nFriday, 5th June 2026\n\n${body}\n`
  const opening = 'We, the leaders of the six member states of the Mediterranean Shipping Compact, meeting in Valletta today, believe that clean ports can be built within a decade. Ships calling at our ports burn about 4 million tonnes of fuel a year.'

  it('reads each sentence that decides in the first person as a point, what comes before as context and the next meeting as outlook', async () => {
    const decisions = ['We agree to offer shore power at every container berth by 2030.', 'We shall charge lower port fees to ships that burn clean fuel, starting in 2027.', 'We also commit to train 500 engineers for the new fuel terminals. The first course opens in Genoa in the autumn.', 'We will publish the emissions of every port each year.']
    const {result} = await structureText(statement(`${opening} ${decisions.join(' ')} We ask our ministers to report to us when we next meet, in Piraeus in 2027.`))
    const {pillars, context, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(decisions)
    expect(context.join(' ')).toContain('Ships calling at our ports burn about 4 million tonnes of fuel a year.')
    expect(outlook).toEqual(['We ask our ministers to report to us when we next meet, in Piraeus in 2027.'])
  })

  it('keeps a paragraph with only two such sentences as one point', async () => {
    const body = `${opening} We agree to offer shore power at every container berth by 2030. We will publish the emissions of every port each year.`
    const {result} = await structureText(statement(body))
    expect(result!.readout.pillars).toHaveLength(1)
  })
})
