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

describe("a sponsor's acknowledgement", () => {
  const PROSE = 'Wader Partnership News – Tuesday, June 9, 2026\n\nMinisters of the Wadden Wader Partnership met today in Esbjerg to agree how to protect the birds of the tidal flats.\n\nMinisters agreed to close the main roosting sites to boats during the spring migration.\n\n'
  it('keeps `The meeting was supported by …, which announced …` as context, not a point, in prose', async () => {
    const {result} = await structureText(`${PROSE}The meeting was supported by the Government of Denmark, which announced a grant of €3 million for wardens, and by two bird charities.\n\nDelegations decided to count the birds on the same weekend every year.\n`)
    const {pillars, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to close the main roosting sites to boats during the spring migration.',
      'Delegations decided to count the birds on the same weekend every year.',
    ])
    expect(context.join(' ')).toContain('The meeting was supported by the Government of Denmark')
  })

  it('reads a paragraph that credits the host and then records a decision as a point', async () => {
    const {result} = await structureText(`${PROSE}The meeting was hosted by the Government of Denmark. Ministers agreed there to ban night flights of drones over the flats.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toContain('The meeting was hosted by the Government of Denmark. Ministers agreed there to ban night flights of drones over the flats.')
  })

  it('does the same for a numbered paragraph, and for a sponsor named first (`Germany generously funded the meeting`)', async () => {
    const {result} = await structureText('Wadden Wader Partnership\nCommuniqué\nEsbjerg, 9 June 2026\n\n1. Ministers agreed to close the main roosting sites to boats during the spring migration.\n2. The Government of Germany generously funded the meeting and pledged €2 million to the monitoring fund.\n3. Ministers decided to count the birds on the same weekend every year.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to close the main roosting sites to boats during the spring migration.',
      'Ministers decided to count the birds on the same weekend every year.',
    ])
  })

  it('does the same in French: `La réunion a bénéficié du soutien de …` is context', async () => {
    const {result} = await structureText("Réunion du Partenariat des limicoles\nDakar, le 9 juin 2026\n\nLes ministres du Partenariat des limicoles se sont réunis à Dakar le 9 juin 2026.\n\nLes ministres ont décidé de fermer les reposoirs aux bateaux pendant la migration.\n\nLa réunion a bénéficié du soutien du Gouvernement de la Mauritanie, qui a annoncé une contribution de 2 millions d'euros.\n")
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé de fermer les reposoirs aux bateaux pendant la migration.'])
  })
})
