import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts a communications team types or pastes that no corpus case had (issue 11): each was refused
// or misread before its rule. Every sentence here is written for the test.

describe('a list typed at the margin with `o` or `>`', () => {
  it('reads lines opening on `o ` as a list\'s items', async () => {
    const {result} = await structureText('Joint Statement of the Harbour Cities Network\nRotterdam, 2 June 2026\n\nPort ministers of the Harbour Cities Network met in Rotterdam on 2 June 2026. They agreed:\no to electrify all container berths by 2030;\no to share one booking system for tugboats;\no to report on emissions every spring.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'to electrify all container berths by 2030;',
      'to share one booking system for tugboats;',
      'to report on emissions every spring.',
    ])
  })

  it('reads lines opening on `> ` as a list\'s items', async () => {
    const {result} = await structureText('Readout of the Highland Schools Meeting\nInverness, 4 May 2026\n\nEducation ministers met in Inverness on 4 May 2026. Outcomes:\n> A bus pass for every pupil living more than three miles from school.\n> Forty new teaching posts in the islands from August.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'A bus pass for every pupil living more than three miles from school.',
      'Forty new teaching posts in the islands from August.',
    ])
  })

  it('needs two such lines: a lone `> ` line stays text', async () => {
    const {result} = await structureText('Readout of the Highland Schools Meeting\nInverness, 4 May 2026\n\nEducation ministers met in Inverness on 4 May 2026.\n> Ministers agreed to fund forty new teaching posts in the islands.\n- Ministers also agreed to a bus pass for every pupil.\n- They asked councils to report in the autumn.\n')
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('forty new teaching posts')
  })
})

describe('a readout whose only decisions are in the sentence that says who met', () => {
  it('reads a one-sentence readout as its one point, titled from what was decided', async () => {
    const {result, messages} = await structureText('Readout: Coastal Rowing Ministers\nGalway, 9 May 2026\n\nSports ministers of the Atlantic coast met in Galway on 9 May 2026 and agreed to open twelve public rowing clubs on the islands by 2028.\n')
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Sports ministers of the Atlantic coast met in Galway on 9 May 2026 and agreed to open twelve public rowing clubs on the islands by 2028.'])
    expect(result!.readout.pillars[0].title.toLowerCase()).toMatch(/rowing clubs/)
  })

  it('reads a French readout all in one paragraph rather than refusing it', async () => {
    const {result} = await structureText('Communiqué final\nConférence des ministres de la Jeunesse\nLomé, le 3 juin 2026\n\nLes ministres de la Jeunesse, réunis à Lomé le 3 juin 2026, ont décidé de créer un service civique régional ouvert à 10 000 volontaires et de reconnaître les diplômes d\'animateur délivrés par chaque État membre.\n')
    expect(result!.readout.pillars).toHaveLength(1)
    expect(result!.readout.pillars[0].body).toContain('service civique régional')
  })

  it('keeps the dateline out of the points when another paragraph decides', async () => {
    const {result} = await structureText('Readout: Coastal Rowing Ministers\nGalway, 9 May 2026\n\nSports ministers of the Atlantic coast met in Galway on 9 May 2026 and agreed on a common plan.\n\nThey decided to open twelve public rowing clubs on the islands by 2028.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['They decided to open twelve public rowing clubs on the islands by 2028.'])
  })
})

describe('a readout signed off with a postscript under the signature', () => {
  it('sets the signature and its `P.S.` aside, the decisions above them kept as points', async () => {
    const {result} = await structureText('Readout of the Alpine Huts Meeting\nBolzano, 6 March 2026\n\nMountain ministers met in Bolzano on 6 March 2026.\n\nMinisters agreed to keep all high huts open until the end of October from next year.\n\nThey also decided to share one booking website for the huts of the four countries.\n\nKind regards,\nLukas Brunner\nPress Officer\nAlpine Huts Secretariat\nP.S. A recording of the press conference is online.\n')
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toEqual([
      'Ministers agreed to keep all high huts open until the end of October from next year.',
      'They also decided to share one booking website for the huts of the four countries.',
    ])
    expect([...bodies, ...result!.readout.context].join(' ')).not.toMatch(/Brunner|recording/)
  })

  it('reads the French `P.-S.` the same way', async () => {
    const {result} = await structureText('Compte rendu de la réunion des ministres du Tourisme\nAnnecy, le 6 mars 2026\n\nLes ministres du Tourisme se sont réunis à Annecy le 6 mars 2026.\n\nLes ministres ont décidé de créer un label commun pour les refuges de montagne.\n\nBien cordialement,\nClaire Martin\nChargée de communication\nP.-S. Les photos de la réunion sont disponibles sur demande.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé de créer un label commun pour les refuges de montagne.'])
  })
})

describe('a sentence pasted twice in a row', () => {
  it('reads it once, not as two points', async () => {
    const {result} = await structureText('Statement of the Volta Basin Ministers\nAccra, 2 April 2026\n\nWater ministers of the Volta basin met in Accra on 2 April 2026.\n\nMinisters agreed to share the daily readings of every gauge on the river.\nMinisters agreed to share the daily readings of every gauge on the river.\n\nThey also decided to dredge the lower channel before the rains.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to share the daily readings of every gauge on the river.',
      'They also decided to dredge the lower channel before the rains.',
    ])
  })
})

describe('a chair\'s summary in days of the meeting', () => {
  const SUMMARY = 'Chair\'s Summary\nSahel Grazing Dialogue\nAgadez, 3-4 March 2026\nDay 1\nMinisters mapped the cattle routes that cross the borders and agreed to mark them with stone posts by 2028.\nDay 2\nMinisters decided to open twelve water points along the routes, paid for by a common fund.\n'

  it('reads the first day as a section, not as a line of the title block', async () => {
    const {result} = await structureText(SUMMARY)
    expect(result!.readout.pillars.map((p) => p.body)).toHaveLength(2)
    expect(result!.readout.pillars[0].body).toContain('stone posts')
  })

  it('titles each day from what was decided, never `Day 2`', async () => {
    const {result} = await structureText(SUMMARY)
    expect(result!.readout.pillars.map((p) => p.title)).not.toContain('Day 2')
  })
})

describe('a table of contents over the sections it lists', () => {
  it('reads `Contents` and its list as context, each section once', async () => {
    const {result} = await structureText('Chair\'s Summary of the Moorland Ministers\nYork, 5 May 2026\nContents\n1. Peat restoration\n2. Grouse moors\n1. Peat restoration\nMinisters agreed to rewet 20,000 hectares of drained peat by 2030.\n2. Grouse moors\nMinisters decided to end heather burning on deep peat from next spring.\n')
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toHaveLength(2)
    expect(bodies.join(' ')).toContain('rewet 20,000 hectares')
  })

  it('reads the French `Sommaire` the same way', async () => {
    const {result} = await structureText('Relevé de conclusions du Comité des forêts\nÉpinal, le 5 mai 2026\nSommaire\n1. Incendies\n2. Scieries\n1. Incendies\nLe comité a décidé de former 300 pompiers forestiers d\'ici 2028.\n2. Scieries\nLe comité a adopté un passeport numérique pour les grumes exportées.\n')
    expect(result!.readout.pillars).toHaveLength(2)
  })
})

describe('a body that only gives money, named in the sentence that says who met', () => {
  it('is not the body that met (`a grant of … from the …`)', async () => {
    const {result} = await structureText('Readout of the Highland Rail Ministers\' Meeting\nPerth, 9 June 2026\n\nRail ministers of the highland regions met in Perth on 9 June 2026 and agreed to reopen two branch lines, welcoming a grant of GBP 8 million from the Northern Infrastructure Bank.\n')
    expect(result!.readout.organisation).toBeUndefined()
  })

  it('is not the body that met (`financé … par la …`)', async () => {
    const {result} = await structureText('Communiqué final\nRéunion des ministres des Transports du Sahel\nNiamey, le 9 juin 2026\n\nLes ministres des Transports du Sahel, réunis à Niamey le 9 juin 2026, ont décidé de bitumer la route de Tahoua, un chantier financé à hauteur de 40 millions d\'euros par la Banque sahélienne d\'investissement.\n')
    expect(result!.readout.organisation).toBeUndefined()
  })
})

describe('a reporter\'s quoted question in the middle of a readout', () => {
  const RELEASE = 'Press Release\nRiver Ferry Ministers Agree on Night Crossings\nKochi, 4 August 2026\n\nTransport ministers of the southern states met in Kochi on 4 August 2026 and agreed to run ferries across the backwaters until midnight from October.\n\nAsked by a reporter: "Will fares go up for the late crossings?"\n\nThe chair replied: "Fares will stay the same at every hour of the day."\n\nMinisters also decided to fit every ferry with life jackets for children.\n'

  it('takes the question for no key message', async () => {
    const {result} = await structureText(RELEASE)
    expect(result!.readout.keyMessage).not.toMatch(/\?$/)
  })

  it('takes the question for no point', async () => {
    const {result} = await structureText(RELEASE)
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('Asked by a reporter')
  })
})

describe('a label over the title block that only names what the text lists', () => {
  it('is never the title (`Key Outcomes` / who met / place and date)', async () => {
    const {result} = await structureText('Key Outcomes\nAlpine Snow Safety Ministers\nDavos, 3 February 2026\nAvalanche warnings\n- Publish one shared avalanche bulletin each morning.\n- Close the same passes at the same danger level.\nRescue\n- Share rescue helicopters across borders.\n')
    expect(result!.readout.title).toBe('Alpine Snow Safety Ministers')
  })

  it('is never the title in French (`Principaux résultats`)', async () => {
    const {result} = await structureText('Principaux résultats\nConférence des ministres de la Montagne\nChambéry, le 3 février 2026\n\nLes ministres ont décidé de publier chaque matin un bulletin commun d\'avalanches.\n')
    expect(result!.readout.title).toBe('Conférence des ministres de la Montagne')
  })
})
