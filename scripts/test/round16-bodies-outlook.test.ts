import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 16 (issue 11) showed the reader missing in point bodies and the outlook of outcome
// documents, summary records and committee communiqués, stated as rules an editor would give.
// Every sentence here is written for the test.

const OUTCOME = 'Outcome Document of the Second Ministerial Meeting on Coastal Fisheries\nSuva, 3–4 March 2026\n\n'

describe('an outcome document whose sections are headed', () => {
  it('reads a `Context` heading right under the title block as a heading: its numbered paragraphs are context, even those with figures', async () => {
    const {result} = await structureText(`${OUTCOME}Context\n\n1. We, ministers responsible for fisheries from twelve island states, met in Suva on 3 and 4 March 2026.\n\n2. We note with concern that reef fish catches have fallen by 30 percent in ten years.\n\n3. We welcome the pledges made at the Meeting, which total US$80 million over four years.\n\nCommitments\n\n4. We will close a fifth of our inshore waters to fishing by 2030.\n\n5. We will share catch data through a common register from 2027.\n`)
    const {title, pillars, context} = result!.readout
    expect(title).toBe('Outcome Document of the Second Ministerial Meeting on Coastal Fisheries')
    expect(pillars.map((p) => p.body)).toEqual(['We will close a fifth of our inshore waters to fishing by 2030.', 'We will share catch data through a common register from 2027.'])
    expect(context.join(' ')).toContain('reef fish catches have fallen by 30 percent')
  })
  it('does not end the title block on its first line: a text that opens on `Conclusions` still reads its title block and dateline', async () => {
    const {result} = await structureText(`Conclusions\nNorthern Ferry Council\nTromsø, 2 June 2026\n\nThe Northern Ferry Council met in Tromsø on 2 June 2026. Ministers agreed to renew 14 vessels by 2030.\n\n1. Ministers agreed to a common timetable for winter crossings.\n\n2. The Council will set up a fleet fund of €60 million.\n`)
    const {place, organisation} = result!.readout
    expect(place).toBe('Tromsø')
    expect(organisation).toBe('Northern Ferry Council')
  })
})

describe('what follows a follow-up list of numbered paragraphs', () => {
  const BODY = `${OUTCOME}1. We will close a fifth of our inshore waters to fishing by 2030.\n\n2. We will share catch data through a common register from 2027.\n\n3. We will train two thousand fisheries officers by 2029.\n\nFollow-up\n\n4. We will review progress at our third meeting, which Fiji has offered to host in 2028.\n\n`

  it('reads an `Annex – …` heading and the text under it as context, not outlook, though no signature came before it', async () => {
    const {result} = await structureText(`${BODY}Annex – Suva Reef Charter\n\nThe Charter is made of the commitments in paragraphs 1 to 3. Each state will name a focal point for it within three months.\n`)
    const {outlook, context} = result!.readout
    expect(outlook).toEqual(['We will review progress at our third meeting, which Fiji has offered to host in 2028.'])
    expect(context.join(' ')).toContain('Each state will name a focal point')
  })

  it('reads an `Observers:` line after the list as context, not outlook', async () => {
    const {result} = await structureText(`${BODY}Observers: the Pacific Community, the Forum Fisheries Agency and two regional fishers' unions.\n\nAdopted in Suva on 4 March 2026.\n`)
    expect(result!.readout.outlook).toEqual(['We will review progress at our third meeting, which Fiji has offered to host in 2028.'])
  })
})

const RECORD = 'Working Party on Inland Ports\nSummary record of the third meeting\nRotterdam, 9–10 April 2026\n\n'

describe('a summary record of the debate before the conclusions', () => {
  it('reads what each delegation said under `General debate` as context, and the conclusions under their headings as the points', async () => {
    const {result} = await structureText(`${RECORD}Opening of the meeting\nThe Chair opened the meeting and welcomed the delegations.\n\nGeneral debate\nThe representative of Austria said that barge traffic on the Danube had fallen by 12 percent in 2025 because of low water.\nThe delegate for Belgium, speaking also for Luxembourg, stressed that quays needed shore power. She added that three ports had already installed it.\nThe observer for a shippers' association called on members to cut port dues for electric barges.\n\nConclusions\nAt the close of the debate, the Working Party adopted the following conclusions.\n\nShore power\nThe Party agreed to equip every public quay with shore power by 2030.\n\nNext meeting\nThe Working Party will hold its fourth meeting in Basel in April 2027.\n`)
    const {pillars, outlook, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['The Party agreed to equip every public quay with shore power by 2030.'])
    expect(outlook).toEqual(['The Working Party will hold its fourth meeting in Basel in April 2027.'])
    expect(context.join(' ')).toContain('The representative of Austria said')
  })

  it('reads what delegations said under a topic\'s heading as context: the heading\'s point is what the meeting decided', async () => {
    const {result} = await structureText(`${RECORD}Opening of the meeting\nThe Chair opened the meeting and welcomed the delegations.\n\nShore power\nThe representative of Austria said that barge traffic on the Danube had fallen by 12 percent in 2025.\nThe delegate for Belgium, speaking also for Luxembourg, stressed that quays needed shore power. She added that three ports had already installed it.\nThe Working Party agreed to equip every public quay with shore power by 2030.\n\nDredging\nThe observer for a shippers' association called on members to share a dredging fleet.\n`)
    const {pillars, context} = result!.readout
    expect(pillars.map((p) => [p.title, p.body])).toEqual([['Shore power', 'The Working Party agreed to equip every public quay with shore power by 2030.']])
    expect(context.join(' ')).toContain('The observer for a shippers')
  })

  it('reads numbered paragraphs that report a delegation as context, but one where the meeting then decides as a point', async () => {
    const {result} = await structureText(`${RECORD}1. The Working Party agreed to publish a common map of inland berths by 2027.\n\n2. The representative of Serbia said that dredging costs had doubled since 2020.\n\n3. The delegation of Hungary proposed a shared dredging fleet. The Working Party agreed to study it.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'The Working Party agreed to publish a common map of inland berths by 2027.',
      'The delegation of Hungary proposed a shared dredging fleet. The Working Party agreed to study it.',
    ])
  })

  it('keeps a spokesperson\'s account of what the meeting decided as a point: a spokesperson speaks for the meeting, not as one delegation', async () => {
    const {result} = await structureText(`${RECORD}1. The Working Party agreed to publish a common map of inland berths by 2027.\n\n2. The spokesperson for the Working Party said that members had agreed to share a dredging fleet from 2028.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'The Working Party agreed to publish a common map of inland berths by 2027.',
      'The spokesperson for the Working Party said that members had agreed to share a dredging fleet from 2028.',
    ])
  })

  it('reads a French delegation\'s statement as context', async () => {
    const {result} = await structureText('Groupe de travail sur les ports fluviaux\nCompte rendu de la troisième réunion\nStrasbourg, 9 avril 2026\n\nOuverture de la réunion\nLa présidente a ouvert la réunion.\n\nTrafic sur le Rhin\nLe représentant de la Suisse a déclaré que le trafic de barges avait baissé de 12 % en 2025.\nLa délégation du Luxembourg a souligné le besoin de raccorder les quais au réseau électrique.\n\nAlimentation électrique des quais\nLe Groupe a décidé d\'équiper tous les quais publics d\'ici 2030.\n')
    const {pillars, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['Le Groupe a décidé d\'équiper tous les quais publics d\'ici 2030.'])
    expect(context.join(' ')).toContain('Le représentant de la Suisse a déclaré')
  })
})

describe('a `Preamble` heading over numbered paragraphs', () => {
  it('reads them as context, even those that give a figure', async () => {
    const {result} = await structureText(`Declaration of the Coastal Fisheries Ministers\nSuva, 4 March 2026\n\nPreamble\n\n1. We note with concern that reef fish catches have fallen by 30 percent in ten years.\n\n2. We recognise that small boats land most of the region's catch.\n\nOperative part\n\n3. We will close a fifth of our inshore waters to fishing by 2030.\n\n4. We will share catch data through a common register from 2027.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['We will close a fifth of our inshore waters to fishing by 2030.', 'We will share catch data through a common register from 2027.'])
  })
})

describe('a review of the season just past, before the decisions', () => {
  it('reads `The Council reviewed the 2025 season, …` as context, with its figures, and what was noted with a figure still as a point', async () => {
    const {result} = await structureText('Communiqué of the 14th Session of the Locust Control Council\nDakar, 3–5 March 2026\n\n1. The Council held its 14th session in Dakar from 3 to 5 March 2026.\n\n2. The Council reviewed the 2025 season, in which swarms reached 6 countries and damaged 40,000 hectares of crops. Spraying teams treated 310,000 hectares.\n\n3. The Council agreed to set up a reserve of pesticides for 50,000 hectares.\n\n4. Members noted that the cost of spraying had risen by 20 percent in two years.\n')
    const {pillars, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['The Council agreed to set up a reserve of pesticides for 50,000 hectares.', 'Members noted that the cost of spraying had risen by 20 percent in two years.'])
    expect(context.join(' ')).toContain('reviewed the 2025 season')
  })

  it('reads a French `a passé en revue la campagne 2025` the same way', async () => {
    const {result} = await structureText('Communiqué final de la 14e session du Conseil de lutte antiacridienne\nDakar, 5 mars 2026\n\n1. Le Conseil a tenu sa 14e session à Dakar du 3 au 5 mars 2026.\n\n2. Le Conseil a passé en revue la campagne 2025, au cours de laquelle les essaims ont touché 6 pays et 40 000 hectares de cultures.\n\n3. Le Conseil a décidé de constituer une réserve de pesticides pour 50 000 hectares.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Le Conseil a décidé de constituer une réserve de pesticides pour 50 000 hectares.'])
  })
})

describe('a French lead-in under `Conclusions`', () => {
  it('reads `… a adopté les conclusions suivantes.` as context, not outlook', async () => {
    const {result} = await structureText('Groupe de travail sur les ports fluviaux\nCompte rendu de la troisième réunion\nStrasbourg, 9 avril 2026\n\nOuverture de la réunion\nLa présidente a ouvert la réunion.\n\nConclusions\nÀ l\'issue du débat, le Groupe a adopté les conclusions suivantes.\n\nAlimentation électrique des quais\nLe Groupe a décidé d\'équiper tous les quais publics d\'ici 2030.\n\nProchaine réunion\nLa quatrième réunion se tiendra à Bâle en avril 2027.\n')
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['Le Groupe a décidé d\'équiper tous les quais publics d\'ici 2030.'])
    expect(outlook).toEqual(['La quatrième réunion se tiendra à Bâle en avril 2027.'])
  })
})

describe('a paragraph that opens on a quoted motto', () => {
  it('reads a long clause before a colon and a quotation as a sentence, not as `Title: body`', async () => {
    const {result} = await structureText(`${OUTCOME}1. We will close a fifth of our inshore waters to fishing by 2030.\n\n2. The Chair of the meeting, the Minister of Fisheries and Marine Resources of Fiji, closed our work with the words: "A reef is a pantry that refills itself." We agree to set up a fund for reef restoration.\n\n- Motto: "Fish for tomorrow."\n`)
    const {pillars} = result!.readout
    expect(pillars[1].body).toBe('The Chair of the meeting, the Minister of Fisheries and Marine Resources of Fiji, closed our work with the words: "A reef is a pantry that refills itself." We agree to set up a fund for reef restoration.')
    expect(pillars[2].title).toBe('Motto')
  })

  it('reads it as context when the sentence after the quotation announces the sections below', async () => {
    const {result} = await structureText(`${OUTCOME}1. We, ministers responsible for fisheries from twelve island states, met in Suva on 3 and 4 March 2026.\n\n2. The Chair of the meeting, the Minister of Fisheries and Marine Resources of Fiji, opened our work with the words: "A reef is a pantry that refills itself." We make these words ours and adopt the Suva Reef Charter, whose commitments are set out in sections B to D below.\n\nB. CLOSED AREAS\n\n3. We will close a fifth of our inshore waters to fishing by 2030.\n\n4. We will share catch data through a common register from 2027.\n`)
    const {pillars, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['We will close a fifth of our inshore waters to fishing by 2030.', 'We will share catch data through a common register from 2027.'])
    expect(context.join(' ')).toContain('set out in sections B to D below')
  })
})
