import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 16 (issue 11) showed the reader missing in point bodies and the outlook (the
// newsletter's arrows, a chair's statement, a sponsor's thanks), stated as rules an editor would
// give. Every sentence here is written for the test.
const NEWSLETTER = 'Coastal fisheries: what ministers settled in Suva\nBy the Policy Desk | 4 min read\nPublished Monday, 9 February 2026\n\nFisheries ministers of the Blue Reef Forum met in Suva on 2 and 3 February 2026.\n\nCatches of reef fish have fallen by a third in ten years.\n\n'

describe('a newsletter that lists its takeaways with arrows', () => {
  it('reads each `→` line as a point of its own, and `What happens next` as the outlook', async () => {
    const {result} = await structureText(`${NEWSLETTER}Main outcomes\n→ Ministers agreed to close the spawning grounds to all fishing from November to January\n→ Every member will publish its catch figures each quarter, starting with the 2026 season\n→ A fund of US$20 million will pay for patrol boats in the smallest island states\n\nWhat happens next\nOfficials will draft the rules for the closed season by June. Ministers will meet again in Apia in March 2027.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to close the spawning grounds to all fishing from November to January',
      'Every member will publish its catch figures each quarter, starting with the 2026 season',
      'A fund of US$20 million will pay for patrol boats in the smallest island states',
    ])
    expect(outlook).toEqual(['Officials will draft the rules for the closed season by June. Ministers will meet again in Apia in March 2027.'])
  })

  it('reads `⇒` and `➔` as bullets too, but keeps an arrow inside a line as text', async () => {
    const {result} = await structureText(`${NEWSLETTER}⇒ Ministers agreed to ban drift nets in the lagoons\n➔ Ministers set up a register of licensed boats, Suva → Apia routes first\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to ban drift nets in the lagoons',
      'Ministers set up a register of licensed boats, Suva → Apia routes first',
    ])
  })
})

const CHAIR = "Lima Ministerial Meeting of the Andean Glacier Alliance\nChair's Statement\nLima, Peru\nThursday, April 16, 2026\n\nThe Chair welcomed water and environment ministers from nine countries to the second meeting of the Alliance.\n\nThe Chair noted that the glaciers of the tropical Andes have lost about 40 percent of their area since 1975.\n\n"

describe("a chair's statement that records what ministers decided through what the Chair welcomed", () => {
  it('reads a decision the Chair welcomed, underlined or noted with appreciation, named as a noun, as a point; what the Chair only noted stays context', async () => {
    const {result} = await structureText(`${CHAIR}The Chair welcomed the decision of ministers to install automatic gauges on the twenty largest glaciers by 2029.\n\nThe Chair underlined the agreement reached to share glacier data in one open archive.\n\nThe Chair noted with appreciation the launch of a fund of US$60 million for mountain water storage.\n\nThe Chair noted with appreciation the work of the technical secretariat.\n\nThe Chair thanked the people of Peru for their warm welcome.\n`)
    const {pillars, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'The Chair welcomed the decision of ministers to install automatic gauges on the twenty largest glaciers by 2029.',
      'The Chair underlined the agreement reached to share glacier data in one open archive.',
      'The Chair noted with appreciation the launch of a fund of US$60 million for mountain water storage.',
    ])
    expect(context.join(' ')).toContain('the work of the technical secretariat')
    expect(context.join(' ')).toContain('glaciers of the tropical Andes')
  })

  it('reads an announcement that a government offered to host the next meeting as the outlook, not a point', async () => {
    const {result} = await structureText(`${CHAIR}The Chair welcomed the decision of ministers to install automatic gauges on the twenty largest glaciers by 2029.\n\nThe Chair announced that the Government of Bolivia had offered to host the next ministerial meeting in La Paz in 2028.\n\nMinisters accepted the offer of Ecuador to host the next meeting of senior officials.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['The Chair welcomed the decision of ministers to install automatic gauges on the twenty largest glaciers by 2029.'])
    expect(outlook).toEqual([
      'The Chair announced that the Government of Bolivia had offered to host the next ministerial meeting in La Paz in 2028.',
      'Ministers accepted the offer of Ecuador to host the next meeting of senior officials.',
    ])
  })

  it('does the same in French: `a annoncé que … avait proposé d\'accueillir la prochaine réunion` is the outlook', async () => {
    const {result} = await structureText("Réunion ministérielle de l'Alliance des glaciers andins\nLima, le 16 avril 2026\n\nLes ministres de l'Alliance des glaciers andins se sont réunis à Lima le 16 avril 2026.\n\nLes ministres ont décidé d'installer des jauges automatiques sur les vingt plus grands glaciers d'ici 2029.\n\nLa présidence a annoncé que le Gouvernement de la Bolivie avait proposé d'accueillir la prochaine réunion ministérielle à La Paz en 2028.\n")
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(["Les ministres ont décidé d'installer des jauges automatiques sur les vingt plus grands glaciers d'ici 2029."])
    expect(outlook).toEqual(["La présidence a annoncé que le Gouvernement de la Bolivie avait proposé d'accueillir la prochaine réunion ministérielle à La Paz en 2028."])
  })
})
