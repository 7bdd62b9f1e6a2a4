import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 18 (issue 11) showed the reader missing in the point bodies and the outlook of English
// texts laid out as a thread, a newsletter, a council's statement, a speech and a communiqué, stated
// as rules an editor would give. Every sentence here is written for the test.

describe('a thread of numbered posts', () => {
  const THREAD = `Lake Ferries Council @LakeFerries · May 3, 2026

1/ Transport ministers of the Lake Ferries Council ended their spring meeting in Kisumu today. Here is what they decided, in a short thread. 🧵

2/ "A ferry that sinks takes a village with it." – Chair Amina Otieno, Minister of Transport

3/ Ministers agreed to inspect every passenger ferry on the lake twice a year from 2027.

4/ A shared register of crews will let any port check a captain's licence in minutes.

5/ On safety: members put $12 million into life jackets and radios for small boats.

6/ Small operators will get a grace period: every boat must carry a radio by the end of 2027.

7/ Next stop: ministers meet again in Mwanza in March 2027. Thanks to Kisumu for the welcome! 👋
`

  it('reads the posts `1/`, `2/` … as numbered items: the decisions are points, the opening and the pull quote context, the next stop outlook', async () => {
    const {result} = await structureText(THREAD)
    const {pillars, outlook, context, kind, organisation} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to inspect every passenger ferry on the lake twice a year from 2027.',
      "A shared register of crews will let any port check a captain's licence in minutes.",
      'On safety: members put $12 million into life jackets and radios for small boats.',
      'Small operators will get a grace period: every boat must carry a radio by the end of 2027.',
    ])
    expect(outlook).toEqual(['Next stop: ministers meet again in Mwanza in March 2027. Thanks to Kisumu for the welcome!'])
    expect(context.join(' ')).toContain('Here is what they decided')
    // a thread is no communiqué, and its byline's handle is no part of who posts it
    expect(kind).toBeUndefined()
    expect(organisation).toBe('Lake Ferries Council')
  })

  it('takes `1/` for a post only in a thread counted from 1: a fraction opening a line stays text', async () => {
    const {result} = await structureText(`Lake Ferries Council\nKisumu, 3 May 2026\n\nThe Lake Ferries Council met in Kisumu on 3 May 2026.\n\n- Ministers agreed to inspect every ferry twice a year.\n\n1/3 of the ferries on the lake have no radio today.\n`)
    expect(result!.readout.context.join(' ')).toContain('1/3 of the ferries')
  })
})

describe('a newsletter with emoji bullets', () => {
  const BULLETIN = `Harbour Towns Letter · No. 7 · Monday, March 2, 2026

Harbour towns agree on cleaner quays

Mayors from 21 harbour towns of the Clean Quays Network met in Gdańsk from 26 to 27 February 2026.

This is what the mayors agreed:

🔹 Every member town will ban open burning of nets on its quays from 2027
🔹 Towns will buy shore power units together to cut their price
🔹 A common map of quay pollution will be published every spring

💡 The towns handle about 40 million tonnes of cargo a year, and half of their quays have no shore power today.

💡 The meeting also heard that two regional banks are ready to lend to towns for new cranes.

💡 The next meeting will be held in Klaipėda in February 2027.
`

  it('reads a line opened by the same emoji as a list item, and a list of asides beside the list of decisions as text', async () => {
    const {result} = await structureText(BULLETIN)
    const {pillars, outlook, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'Every member town will ban open burning of nets on its quays from 2027',
      'Towns will buy shore power units together to cut their price',
      'A common map of quay pollution will be published every spring',
    ])
    expect(outlook).toEqual(['The next meeting will be held in Klaipėda in February 2027.'])
    expect(context.join(' ')).toContain('two regional banks are ready to lend')
  })
})

describe('rules the thread showed, each in a text of another layout', () => {
  const HEAD = 'Joint Statement of the Lake Ferries Council\nKisumu, 3 May 2026\n\nThe Lake Ferries Council met in Kisumu on 3 May 2026.\n\n'

  it('reads a quotation signed after a dash, with no verb of saying, as context', async () => {
    const {result} = await structureText(`${HEAD}- Ministers agreed to inspect every ferry twice a year.\n- "Safety is not a cost, it is the fare." – Minister Juma Ouko, Tanzania\n- Ministers agreed to train 300 crew in rescue.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to inspect every ferry twice a year.', 'Ministers agreed to train 300 crew in rescue.'])
  })

  it('reads a paragraph whose last sentence announces the decisions after it as context', async () => {
    const {result} = await structureText(`Closing statement by the Chair of the Lake Ferries Council\nKisumu, 3 May 2026\n\nDear colleagues,\n\nTwo days ago I asked you for results, not speeches. Here is what we agreed.\n\nFirst, we agreed to inspect every ferry twice a year.\n\nSecond, we agreed to train 300 crew in rescue.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['First, we agreed to inspect every ferry twice a year.', 'Second, we agreed to train 300 crew in rescue.'])
  })

  it('keeps a bullet whole when what stands before its colon is a clause with a modal verb or a topic opened by `On`', async () => {
    const {result} = await structureText(`${HEAD}- Small operators will get more time: each boat must carry a radio by 2028.\n- On money: the members put $4 million into radios.\n- Ministers agreed to train 300 crew in rescue.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Small operators will get more time: each boat must carry a radio by 2028.', 'On money: the members put $4 million into radios.', 'Ministers agreed to train 300 crew in rescue.'])
  })

  it('reads a next meeting said in the present (`ministers meet again in …`) as outlook', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to inspect every ferry twice a year.\n\n2. Ministers agreed to train 300 crew in rescue.\n\n3. Ministers meet again in Mwanza in March 2027.\n`)
    expect(result!.readout.outlook).toEqual(['Ministers meet again in Mwanza in March 2027.'])
  })
})

describe('what a paragraph does beyond its first verb', () => {
  const STATEMENT = 'Press Statement on Fishing in the Western Lakes\n\nGeneva, Tuesday, March 3, 2026\n\nThe following press statement was issued today by the chair of the Lakes Board:\n\n'

  it('reads a paragraph whose later verb, joined to the first, asks or calls for something as a point', async () => {
    const {result} = await structureText(`${STATEMENT}The members of the Lakes Board deplored the loss of three fishing boats in the storms of February.\n\nThe members of the Lakes Board welcomed the plan of the riparian States to open two rescue stations, and encouraged donors to fund their radios.\n\nThe members of the Lakes Board mourned the fishers who died and called for a common storm warning on every lake.\n\nThe members of the Lakes Board requested the secretariat to map the safe harbours within a year.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'The members of the Lakes Board welcomed the plan of the riparian States to open two rescue stations, and encouraged donors to fund their radios.',
      'The members of the Lakes Board mourned the fishers who died and called for a common storm warning on every lake.',
      'The members of the Lakes Board requested the secretariat to map the safe harbours within a year.',
    ])
  })

  it('reads a closing paragraph that only reaffirms and keeps the matter (`will remain seized of the matter`) as context, not a point nor outlook', async () => {
    const {result} = await structureText(`${STATEMENT}The members of the Lakes Board requested the secretariat to map the safe harbours within a year.\n\nThe members of the Lakes Board called on the riparian States to share storm forecasts.\n\nThe members of the Lakes Board reaffirmed their support for the fishing communities of the lakes, and underlined that they will remain seized of the matter.\n`)
    const {pillars, outlook, context} = result!.readout
    expect(pillars).toHaveLength(2)
    expect(outlook).toEqual([])
    expect(context.join(' ')).toContain('remain seized of the matter')
  })

  it('reads a numbered paragraph that states an aim for a year ahead as outlook, and a target set at the meeting as a point', async () => {
    const {result} = await structureText(`Lakes Board Communiqué\nKampala, 4 March 2026\n\n1. Ministers agreed to open two rescue stations on each lake.\n\n2. Ministers set a target of 500 trained rescuers by 2029.\n\n3. By 2032, the Board aims to have no fisher more than an hour from a rescue boat, and every boat to have adopted a radio.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['Ministers agreed to open two rescue stations on each lake.', 'Ministers set a target of 500 trained rescuers by 2029.'])
    expect(outlook).toEqual(['By 2032, the Board aims to have no fisher more than an hour from a rescue boat, and every boat to have adopted a radio.'])
  })

  it('reads an item of a list that a decision announces with its lead-in: one that names the next meeting after its own task is a point', async () => {
    const {result} = await structureText(`Lakes Board Communiqué\nKampala, 4 March 2026\n\nBackground\n\nFisheries ministers of the Lakes Board met in Kampala on 4 March 2026.\n\nDecisions\n\nMinisters decided to:\n\na. open two rescue stations on each lake;\n\nb. ask the boat builders to fit radios to every new hull, and consider their answer at the next meeting;\n\nc. review progress at the next meeting.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['open two rescue stations on each lake;', 'ask the boat builders to fit radios to every new hull, and consider their answer at the next meeting;'])
    expect(outlook).toEqual(['review progress at the next meeting.'])
  })
})
