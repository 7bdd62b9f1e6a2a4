import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 23's English cases showed the reader missing, stated as rules an editor would give.
// Every sentence here is written for the test.

describe('paragraphs numbered in square brackets', () => {
  const HEAD = 'Alpine Council of Forestry Ministers\nConclusions on bark beetles\nIssued on Friday 6 March 2026\n\n'

  it('reads `[1]` … `[n]` counting up from one as numbered paragraphs, not footnotes: points, figures and outlook', async () => {
    const {result} = await structureText(`${HEAD}[1] The forestry ministers of the six Alpine countries met today in Bolzano to discuss bark beetle outbreaks.\n\n[2] The ministers agreed to fell and remove infested spruce within 30 days of a find.\n\n[3] The ministers agreed to fund 200 new forest wardens with EUR 12 million over four years.\n\n[4] The ministers will return to the subject in Innsbruck in the autumn of 2027.\n`)
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual(['The ministers agreed to fell and remove infested spruce within 30 days of a find.', 'The ministers agreed to fund 200 new forest wardens with EUR 12 million over four years.'])
    expect(readout.figures.map((f) => f.value)).toContain('EUR 12 million')
    expect(readout.outlook).toEqual(['The ministers will return to the subject in Innsbruck in the autumn of 2027.'])
  })

  it('keeps `[1]` … lines as footnotes when a word in the text carries their marker', async () => {
    const {result} = await structureText(`${HEAD}The forestry ministers of the six Alpine countries met today in Bolzano.\n\nThe ministers agreed to fell infested spruce within 30 days of a find[1].\n\nThe ministers agreed to fund 200 new forest wardens[2].\n\n[1] The rule already applies in two countries, where 40% of finds are felled in time.\n\n[2] Wardens are paid from national forest budgets.\n`)
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.body).join(' ')).not.toContain('40%')
    expect(readout.figures.map((f) => f.value)).not.toContain('40%')
  })
})

describe('the next meeting, said in other words', () => {
  const PROSE = 'Fisheries ministers of the Coral Triangle Forum gathered in Dili on the 3rd and 4th of June 2026 to discuss reef fishing.\n\nMinisters agreed to close four spawning grounds to all boats from March to May.\n\nMinisters also decided to fund 30 patrol boats with US$9 million.\n\n'

  it('reads `when they meet in <place> next <season>` as the next meeting: outlook, not a point', async () => {
    const {result} = await structureText(`${PROSE}Ministers will take up the licence fees again when they meet in Honiara next summer.\n`)
    const readout = result!.readout
    expect(readout.pillars).toHaveLength(2)
    expect(readout.outlook).toEqual(['Ministers will take up the licence fees again when they meet in Honiara next summer.'])
  })

  it('reads a review promised for a meeting named by its ordinal, and a return to the subject at a meeting, as outlook', async () => {
    const numbered = 'Communiqué of the Coral Triangle Forum\nDili, 4 June 2026\n\n1. Fisheries ministers of the Coral Triangle Forum met in Dili on 4 June 2026.\n\n2. Ministers agreed to close four spawning grounds to all boats from March to May.\n\n3. Ministers agreed to fund 30 patrol boats with US$9 million.\n\n'
    for (const last of ['Ministers will review the first results of the closures and the patrols at their sixth conference, on the basis of a report from the secretariat.', 'The ministers will return to the subject at their meeting in Honiara in May 2027, where they will hear the first patrol reports.']) {
      const {result} = await structureText(`${numbered}4. ${last}\n`)
      const readout = result!.readout
      expect(readout.pillars).toHaveLength(2)
      expect(readout.outlook).toEqual([last])
    }
  })

  it('reads `a plan to …` as a noun, not a step ahead: a proposal set aside after the points is context', async () => {
    const {result} = await structureText(`${PROSE}Not every idea was taken up. A plan to license fish traders across the region was set aside after two delegations objected.\n\nMinisters will meet again in Honiara in May 2027.\n`)
    const readout = result!.readout
    expect(readout.outlook).toEqual(['Ministers will meet again in Honiara in May 2027.'])
    expect(readout.context.join(' ')).toContain('A plan to license fish traders')
  })
})

describe('the opening paragraphs of a numbered outcome statement', () => {
  const HEAD = 'Outcome Statement of the Island Water Ministers\nApia, 2 April 2026\n\n1. Water ministers of the nine island states of the Pacific Water Compact met in Apia on 2 April 2026.\n\n'
  const POINTS = '3. Ministers agreed to fit rain tanks to 5,000 village schools by 2030.\n\n4. Ministers agreed to share one laboratory for testing drinking water.\n'

  it('reads a plan adopted `and … the measures below` as the lead-in of the points, not one of them', async () => {
    const {result} = await structureText(`${HEAD}2. Ministers adopted the Apia Water Security Plan, which sets the Compact's priorities for five years, and agreed to the measures below.\n\n${POINTS}`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to fit rain tanks to 5,000 village schools by 2030.', 'Ministers agreed to share one laboratory for testing drinking water.'])
  })

  it('reads a report noted with what it found as context, its figures too', async () => {
    const {result} = await structureText(`${HEAD}2. Ministers took note of the Compact's first water census, which found that 42% of rural households store rain water in open drums.\n\n${POINTS}`)
    const readout = result!.readout
    expect(readout.pillars).toHaveLength(2)
    expect(readout.context.join(' ')).toContain('which found that 42% of rural households')
  })
})

describe('new money welcomed in a prose statement', () => {
  const HEAD = 'Joint Press Statement\nRegional Roundtable on Road Dust\nLusaka, Zambia | Monday 9 March 2026\n\nMinisters of transport and health of the Copperbelt Clean Air Partnership met today in Lusaka.\n\nMinisters agreed to pave 800 kilometres of unsealed roads near schools by 2030.\n\n'

  it('reads `welcomed new funding of …` and `welcomed the offer of … to lend …` as points', async () => {
    const funding = 'Ministers welcomed new funding of US$7 million from the Partnership\'s donors for dust monitors, and a further €1m from Finland for clinics.'
    const loan = 'Ministers welcomed the offer of the Southern Africa Bank to lend up to US$40 million to member states for sealing mine haul roads.'
    const {result} = await structureText(`${HEAD}${funding}\n\n${loan}\n\nMinisters will meet again in Ndola in 2027.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to pave 800 kilometres of unsealed roads near schools by 2030.', funding, loan])
  })

  it('still reads an offer to host the next meeting as no point', async () => {
    const {result} = await structureText(`${HEAD}Ministers welcomed the offer of Malawi to host the next Roundtable in Lilongwe in 2027.\n`)
    expect(result!.readout.pillars).toHaveLength(1)
  })
})

describe('a plan a wire names as the body calls it', () => {
  const WIRE = (adoption: string) => `Ministers back plan for quieter ports\nPublished Monday, May 4, 2026, 9:10 a.m. EET\n\nPIRAEUS, Greece, May 4 (Harbour Wire) — Port ministers from six countries agreed on Monday to cut night-time noise in their harbours.\n\n${adoption}\n\nMinisters agreed that the first €80 million would go to shore power for ferries.\n\nThey also agreed to ban engine tests in port after 10 p.m.\n`

  it('reads `Meeting in <place>, the <body> adopted what it calls the … Programme` as the roadmap and as context', async () => {
    const adoption = 'Meeting in Piraeus, the Council of Ministers for the Ports of the Eastern Mediterranean adopted what it calls the Silent Harbours Programme, which covers 40 ports.'
    const {result} = await structureText(WIRE(adoption))
    const readout = result!.readout
    expect(readout.roadmap).toBe('Silent Harbours Programme')
    expect(readout.pillars.map((p) => p.body)).not.toContain(adoption)
    expect(readout.pillars).toHaveLength(2)
  })
})

describe('a council of ministers as a letterhead', () => {
  it('reads `<region> Council of <field> Ministers` over a `Conclusions on …` line as the body, and that line as the title', async () => {
    for (const body of ['Andean Council of Mining Ministers', 'Andean Council of Ministers for Mining and Energy']) {
      const {result} = await structureText(`${body}\nConclusions on tailings dams\nIssued on Tuesday 3 March 2026\n\n1. The mining ministers of the four Andean countries met today in Lima.\n\n2. The ministers agreed to inspect every tailings dam within two years.\n\n3. The ministers agreed to publish a register of dams by 2027.\n`)
      const readout = result!.readout
      expect(readout.organisation).toBe(body)
      expect(readout.title).toBe('Conclusions on tailings dams')
    }
  })
})
