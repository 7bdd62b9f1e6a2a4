import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts new to the corpus (issue 11), stated as rules an editor would give. Every sentence here
// is written for the test.

describe('a briefing transcript with speakers in capitals', () => {
  const TRANSCRIPT = 'Daily press briefing\nNairobi, 3 March 2026\n\nMODERATOR: Welcome. The spokesperson will open with the outcome of this morning\'s meeting of the Lake Basin Commission.\n\nSPOKESPERSON: The Commission agreed to ban fishing nets with a mesh under five centimetres from July.\n\nSPOKESPERSON: It also decided to fund 40 patrol boats for the lake, shared among the member states.\n\nQUESTION (Radio Lakeside): Will the ban apply to the rivers that feed the lake?\n\nSPOKESPERSON: Not at first; the Commission will look at the rivers at its next meeting in Kampala in October.\n'

  it('drops the speakers\' labels and reads their turns as the paragraphs they are', async () => {
    const {result} = await structureText(TRANSCRIPT)
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toContain('The Commission agreed to ban fishing nets with a mesh under five centimetres from July.')
    expect(bodies.join(' ')).not.toMatch(/SPOKESPERSON|MODERATOR|QUESTION/)
    expect(result!.readout.pillars.map((p) => p.title)).not.toContain('SPOKESPERSON')
  })

  it('keeps a journalist\'s question out of the points and the outlook', async () => {
    const {result} = await structureText(TRANSCRIPT)
    const all = [...result!.readout.pillars.map((p) => p.body), ...result!.readout.outlook].join(' ')
    expect(all).not.toContain('Will the ban apply')
    expect(result!.readout.outlook.join(' ')).toContain('next meeting in Kampala')
  })

  it('needs one speaker twice: a lone label in capitals stays in its paragraph', async () => {
    const {result} = await structureText('Readout of the Lake Basin Commission\nNairobi, 3 March 2026\n\nFISHING: The Commission agreed to ban fishing nets with a mesh under five centimetres from July.\n\nPATROLS: It also decided to fund 40 patrol boats for the lake.\n\nRIVERS: The Commission will look at the rivers at its next meeting in Kampala in October.\n')
    expect(result!.readout.pillars.map((p) => p.title.toLowerCase())).toContain('fishing')
  })
})

describe('recommendations numbered after a letter, with the answer under some', () => {
  const REPORT = 'Public Accounts Committee\n\nRural bus services: our recommendations and the Department\'s reply\n\nPublished 2 June 2026\n\nWe heard from 14 councils and 6 bus operators.\n\nR1. The Department should publish the number of rural routes withdrawn each year.\nResponse: Accepted. The first figures will appear in the spring.\n\nR2. Councils should be given three-year funding for supported routes.\nGovernment response: Not accepted.\n\nR3. Operators should accept one ticket across all rural routes in a county.\n\nR4. The Committee should return to this subject in eighteen months.\n'

  it('reads each `R1.` as a point, its `Response:` line with it', async () => {
    const {result} = await structureText(REPORT)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'The Department should publish the number of rural routes withdrawn each year. Response: Accepted. The first figures will appear in the spring.',
      'Councils should be given three-year funding for supported routes. Government response: Not accepted.',
      'Operators should accept one ticket across all rural routes in a county.',
    ])
  })

  it('reads a promise to return to the subject after a while as the outlook', async () => {
    const {result} = await structureText(REPORT)
    expect(result!.readout.outlook).toEqual(['The Committee should return to this subject in eighteen months.'])
  })

  it('needs an item 1 and an item 2: a line opening on `G7.` is no item', async () => {
    const {result} = await structureText('Readout of the Finance Track\nRome, 2 June 2026\n\nG7. Finance ministers agreed to publish a common list of tax havens.\n\nMinisters also agreed to share data on cross-border payments.\n')
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).toContain('G7. Finance ministers')
  })
})

describe('a board decision with its items in brackets', () => {
  it('reads a report asked for a later session named by its number as the outlook', async () => {
    const {result} = await structureText('GRAIN STANDARDS AGENCY\nGoverning Board, 12th session\nLusaka, 8 April 2026\n\nThe Board, having considered the report of the Director, decided:\n\n(1) to adopt a common grading scale for white maize;\n\n(2) to train 200 grain inspectors in the member states;\n\n(3) to ask the Director to report on the use of the scale at its 14th session in April 2027.\n')
    expect(result!.readout.outlook).toEqual(['to ask the Director to report on the use of the scale at its 14th session in April 2027.'])
    expect(result!.readout.pillars.map((p) => p.body)).toHaveLength(2)
  })
})

describe('a summary box at the top and numbered headings under it', () => {
  const NOTE = 'Record of the steering group of the Clean Markets programme\nAccra, 14 May 2026\n\nKEY MESSAGES\n- Every market will have running water by 2028.\n- The programme budget rises to $30 million.\n\n1. Water in markets\nThe group decided that every covered market will have running water and toilets by 2028.\n\n2. Budget\nThe group approved a budget of $30 million, up from $22 million, with two new donors.\n\n3. Next steps\nThe group will meet again in Kumasi in November.\n'

  it('reads a short numbered line over a paragraph as a heading, the paragraph its body', async () => {
    const {result} = await structureText(NOTE)
    const pillars = result!.readout.pillars
    expect(pillars.map((p) => p.title)).toEqual(['Water in markets', 'Budget'])
    expect(pillars[1].body).toBe('The group approved a budget of $30 million, up from $22 million, with two new donors.')
    expect(result!.readout.outlook).toEqual(['The group will meet again in Kumasi in November.'])
  })

  it('sets the box\'s bullets aside: the sections after it say the same', async () => {
    const {result} = await structureText(NOTE)
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('Every market will have running water by 2028.')
  })

  it('reads a French box the same way', async () => {
    const {result} = await structureText('Relevé de conclusions du comité de suivi des marchés propres\nLomé, 14 mai 2026\n\nL\'ESSENTIEL\n- Tous les marchés auront l\'eau courante en 2028.\n- Le budget passe à 30 millions d\'euros.\n\n1. Eau dans les marchés\nLe comité a décidé que tous les marchés couverts auront l\'eau courante et des toilettes en 2028.\n\n2. Budget\nLe comité a approuvé un budget de 30 millions d\'euros, contre 22 millions auparavant.\n\n3. Prochaines étapes\nLe comité se réunira de nouveau à Kara en novembre.\n')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Eau dans les marchés', 'Budget'])
  })

  it('keeps a list of short numbered items, and a box that is the whole text, as points', async () => {
    const {result} = await structureText('Readout of the Clean Markets programme\nAccra, 14 May 2026\n\nMinisters agreed on three priorities:\n\n1. Running water\n2. Public toilets\n3. Waste collection\n\nThey asked the secretariat to cost each of them.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(expect.arrayContaining(['Running water', 'Public toilets']))
    const box = await structureText('Readout of the Clean Markets programme\nAccra, 14 May 2026\n\nKey messages\n- Ministers agreed that every market will have running water by 2028.\n- Ministers approved a budget of $30 million.\n')
    expect(box.result!.readout.pillars).toHaveLength(2)
  })
})

describe('council conclusions whose paragraphs open on a verb in capitals', () => {
  it('reads `RECALLS …` / `REAFFIRMS …` before the first decision as context', async () => {
    const {result} = await structureText('Council conclusions on safe playgrounds\nAdopted in Tallinn, 9 October 2026\n\nThe Council:\n\n1. REAFFIRMS the importance it gives to children\'s play in public space.\n\n2. RECALLS the safety guidance it issued to municipalities in 2021.\n\n3. AGREES to set common inspection rules for public playgrounds.\n\n4. INVITES member states to inspect every public playground once a year.\n')
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toEqual(['AGREES to set common inspection rules for public playgrounds.', 'INVITES member states to inspect every public playground once a year.'])
  })
})

describe('a presidency\'s conclusions in French prose', () => {
  it('reads a consensus that emerged and a request in the present as decisions', async () => {
    const {result} = await structureText('Conclusions de la présidence\n\nRéunion des villes thermales du Massif central\nVichy, 5 mars 2026\n\nLes villes thermales du Massif central se sont réunies à Vichy le 5 mars 2026.\n\nLa présidence constate que la fréquentation des cures a baissé depuis 2019.\n\nLa présidence constate qu\'un consensus s\'est dégagé sur une carte commune des sentiers de santé.\n\nLa présidence constate que les villes demandent aux régions de financer des navettes entre les gares et les thermes.\n')
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toEqual([
      'La présidence constate qu\'un consensus s\'est dégagé sur une carte commune des sentiers de santé.',
      'La présidence constate que les villes demandent aux régions de financer des navettes entre les gares et les thermes.',
    ])
  })
})

describe('what conclusions call themselves', () => {
  it('reads `Council conclusions on …` as the title of a communiqué', async () => {
    const {result} = await structureText('Council of the Alpine Water Union\nCouncil conclusions on glacier lakes\n\nBern, 2 June 2026\n\nThe Council:\n\n1. AGREES to map every glacier lake that could burst by 2028.\n\n2. CALLS ON member states to warn the valleys below each lake.\n')
    expect(result!.readout.title).toBe('Council conclusions on glacier lakes')
    expect(result!.readout.kind).toBe('communiqué')
  })

  it('reads `Conclusions de la présidence` as a chair\'s summary', async () => {
    const {result} = await structureText('Conclusions de la présidence\n\nRéunion des villes thermales du Massif central\nVichy, 5 mars 2026\n\nLa présidence constate que les villes sont convenues de créer une carte commune des sentiers de santé.\n')
    expect(result!.readout.kind).toBe("chair's summary")
  })
})

describe('a readout sent as a plain-text e-mail', () => {
  it('reads the title without the `Subject:` label before it', async () => {
    const {result} = await structureText('Subject: Readout of the Hill Farmers\' Forum, 3 March 2026\n\nDear members,\n\nThe Hill Farmers\' Forum met in Kendal on 3 March 2026.\n\nThe Forum agreed to ask the county for a winter road-gritting\nplan for upland farms, starting in November.\n\nMembers also agreed to share one list of snow-plough drivers.\n')
    expect(result!.readout.title).toBe('Readout of the Hill Farmers\' Forum')
  })
})

describe('where a line of the title block says the text was adopted', () => {
  it('reads the place after the meeting that adopted the text', async () => {
    const {result} = await structureText('Council conclusions on glacier lakes\n\nAdopted at the 12th meeting of the Council, Bern, 2 June 2026\n\nThe Council:\n\n1. AGREES to map every glacier lake that could burst by 2028.\n\n2. CALLS ON member states to warn the valleys below each lake.\n')
    expect(result!.readout.place).toBe('Bern')
    expect(result!.readout.dates?.start).toBe('2026-06-02')
  })
})
