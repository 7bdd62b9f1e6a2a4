import {describe, expect, it} from 'vitest'
import {ENGLISH, readingFor} from '../structure/language.js'
import {hasFigure, isOpeningParagraph, thanksTheHost} from '../structure/opening-paragraph.js'
import {structureText} from './helpers.js'

// Which numbered paragraphs are context, points and outlook is decided by what they say (issue 11):
// a long communiqué opens with the sitting and with what ministers only acknowledged, which an
// editor keeps as context; its points are the decisions; the next meeting is outlook.

const FRENCH = readingFor('fr')

describe('opening paragraphs of a communiqué', () => {
  it('reads the sitting and a bare acknowledgement as opening, in English', () => {
    for (const text of [
      'The session was opened by the Vice-President of Tanzania and chaired by the Minister of Water.',
      'Delegations from eleven member states attended, together with observers from two banks.',
      'Ministers took note of the report of the Executive Secretary on the work of the Commission since the last session.',
      'Ministers welcomed the presence of the Director General and paid tribute to the outgoing Chair.',
      'Ministers expressed their solidarity with the farmers hit by the drought and affirmed that members will remain reliable suppliers.',
      'Ministers noted with appreciation the work of the technical committees.',
    ]) expect(isOpeningParagraph(text, ENGLISH), text).toBe(true)
  })

  it('keeps as points a decision, an acknowledgement that reports a figure and a new member, in English', () => {
    for (const text of [
      'Ministers agreed to open a joint customs desk at the border.',
      'Ministers welcomed the report and asked the Secretariat to publish it.',
      'Ministers noted with concern that rents rose by 34 percent between 2019 and 2024.',
      'Ministers noted that nine member states have now ratified the protocol.',
      'Ministers welcomed Kenya and Chile as new members of the Partnership.',
      'Ministers welcomed pledges from donors for the new fund.',
      'Ministers called for the early entry into force of the agreement.',
    ]) expect(isOpeningParagraph(text, ENGLISH), text).toBe(false)
  })

  it('does the same in French', () => {
    for (const text of [
      "La cérémonie d'ouverture a été présidée par le Premier ministre, qui a prononcé le discours d'ouverture.",
      "Ont pris part aux travaux les ministres de sept États membres ainsi que des observateurs.",
      'Les ministres se sont félicités de la bonne tenue de la session.',
      "Les ministres ont salué la présence des partenaires techniques et financiers de l'Agence.",
      "Les ministres ont pris note du rapport d'activités du Directeur général pour l'exercice écoulé.",
      'Les ministres ont rendu hommage au Président sortant du Conseil.',
    ]) expect(isOpeningParagraph(text, FRENCH), text).toBe(true)
    for (const text of [
      'Les ministres ont décidé de créer un laboratoire régional de contrôle de la qualité.',
      "Les ministres ont salué la vaccination de 2,3 millions de bovins en 2025 et décidé de créer des points d'eau.",
      'Les ministres ont pris acte du recul de la production, passée de 9,2 millions de tonnes en 2020 à 8,1 millions en 2024.',
      "Les ministres ont salué l'adhésion du Cameroun et de Madagascar au Réseau.",
    ]) expect(isOpeningParagraph(text, FRENCH), text).toBe(false)
  })

  it('counts as a figure a number that is not a year, a date, an ordinal or a document number', () => {
    const words = ENGLISH.openingParagraph!.countWords
    expect(hasFigure('Ministers met on 16 and 17 October 2025 for their 9th session and recalled Resolution No. 14 of 2021/22.', words)).toBe(false)
    expect(hasFigure('Ministers noted that 2,000 people were displaced.', words)).toBe(true)
    expect(hasFigure('Ministers noted that thirty countries took part.', words)).toBe(true)
  })
})

const ENGLISH_COMMUNIQUE = `Final Communiqué of the Fifth Session of the Lake Basin Water Commission

1. The water ministers of the Lake Basin Water Commission met in Mwanza on 3 and 4 March 2025 for the Fifth Session of the Commission.
2. The session was opened by the Vice-President of Tanzania, who spoke of the lake as the region's shared well.
3. Delegations from six member states attended, with observers from the river basin authority.
4. Ministers took note of the report of the Executive Secretary on the work of the Commission since the last session.
5. Ministers welcomed the presence of the development partners and paid tribute to the outgoing Chair.
6. Ministers agreed to share water level readings every day through a common platform.
7. Ministers welcomed the study of the fishing villages' water supply and asked the Secretariat to publish it.
8. Ministers decided to set up a fund for village wells. The Executive Secretary will report on the first wells at the next ordinary session.
9. Uganda will host the Sixth Session in Entebbe in 2027.
`

const FRENCH_COMMUNIQUE = `Communiqué final

Cinquième session de la Commission de l'eau du bassin du lac

1. Les ministres chargés de l'eau de la Commission de l'eau du bassin du lac se sont réunis à Mwanza les 3 et 4 mars 2025.
2. La cérémonie d'ouverture a été présidée par le Vice-président de la Tanzanie.
3. Ont pris part aux travaux les ministres de six États membres ainsi que des observateurs.
4. Les ministres se sont félicités de la bonne tenue de la session.
5. Les ministres ont pris note du rapport d'activités du Secrétaire exécutif.
6. Les ministres ont décidé de partager chaque jour les relevés du niveau du lac.
7. Les ministres ont salué l'étude sur l'eau des villages de pêcheurs et ont demandé au Secrétariat de la publier.
8. Les ministres ont décidé de créer un fonds pour les puits villageois. Le Secrétaire exécutif fera le point sur les premiers puits.
9. L'Ouganda accueillera la sixième session de la Commission à Entebbe en 2027.
`

describe('a long numbered communiqué', () => {
  it('keeps the opening as context, the decisions as points and the next session as outlook, in English', async () => {
    const readout = (await structureText(ENGLISH_COMMUNIQUE)).result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to share water level readings every day through a common platform.',
      "Ministers welcomed the study of the fishing villages' water supply and asked the Secretariat to publish it.",
      'Ministers decided to set up a fund for village wells.',
    ])
    expect(readout.context).toHaveLength(4)
    expect(readout.outlook).toEqual(['The Executive Secretary will report on the first wells at the next ordinary session.', 'Uganda will host the Sixth Session in Entebbe in 2027.'])
  })

  it('does the same in French', async () => {
    const readout = (await structureText(FRENCH_COMMUNIQUE)).result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual([
      'Les ministres ont décidé de partager chaque jour les relevés du niveau du lac.',
      "Les ministres ont salué l'étude sur l'eau des villages de pêcheurs et ont demandé au Secrétariat de la publier.",
      'Les ministres ont décidé de créer un fonds pour les puits villageois.',
    ])
    expect(readout.context).toHaveLength(4)
    expect(readout.outlook).toEqual(['Le Secrétaire exécutif fera le point sur les premiers puits.', "L'Ouganda accueillera la sixième session de la Commission à Entebbe en 2027."])
  })

  it('reads an acknowledgement after the first decision as a point, as editors do', async () => {
    const readout = (await structureText(`${ENGLISH_COMMUNIQUE.split('\n6.')[0]}\n6. Ministers agreed to share water level readings every day.\n7. Ministers took note of the report of the lake fisheries survey.\n`)).result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to share water level readings every day.', 'Ministers took note of the report of the lake fisheries survey.'])
  })
})

describe('thanks to the host in other words than thanked', () => {
  it('are context wherever they stand, unless the paragraph also decides something', async () => {
    expect(thanksTheHost('Ministers adopted a vote of thanks to the President and people of Ghana for the hospitality shown to the delegations.', ENGLISH)).toBe(true)
    expect(thanksTheHost('Ministers expressed their deep gratitude to the Government of Ghana for its warm hospitality.', ENGLISH)).toBe(true)
    expect(thanksTheHost("Les ministres ont adopté une motion de remerciements à l'endroit du Président de la République et du peuple ghanéen.", FRENCH)).toBe(true)
    expect(thanksTheHost('Ministers agreed to set up a fund and expressed their gratitude to the Government of Ghana for its hospitality.', ENGLISH)).toBe(false)
    expect(thanksTheHost('Ministers agreed to train hospitality workers in every member state.', ENGLISH)).toBe(false)
    expect(thanksTheHost('Hotel and hospitality workers will be trained in every member state.', ENGLISH)).toBe(false)
    const readout = (await structureText(`${ENGLISH_COMMUNIQUE.split('\n6.')[0]}\n6. Ministers agreed to share water level readings every day.\n7. Ministers adopted a vote of thanks to the Government and people of Tanzania for their hospitality.\n`)).result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to share water level readings every day.'])
    expect(readout.context.at(-1)).toBe('Ministers adopted a vote of thanks to the Government and people of Tanzania for their hospitality.')
  })
})

describe('sentences about the next meeting', () => {
  it('knows the next session by its kind and the host of a numbered session, in both languages', async () => {
    const {isNextMeetingIn} = await import('../structure/extract-pillars.js')
    for (const text of ['The Secretariat will report at the next ordinary session.', 'Officials will report when ministers next meet.', 'The Council will take it up at its next annual meeting.']) expect(isNextMeetingIn(text, ENGLISH), text).toBe(true)
    for (const text of ['Le Sénégal accueillera la quinzième session ordinaire du Conseil à Dakar.', 'Le Conseil tiendra sa douzième session à Lomé en 2026.', 'Le Comité fera le bilan de ces mesures en 2026.']) expect(isNextMeetingIn(text, FRENCH), text).toBe(true)
    // a meeting of something else, or one held now, is not the next meeting
    for (const text of ['Le Secrétariat organisera la conférence des bailleurs en 2026.', 'Le Mali a accueilli la session avec chaleur.']) expect(isNextMeetingIn(text, FRENCH), text).toBe(false)
    expect(isNextMeetingIn('Ministers agreed to fund the next three years of the programme.', ENGLISH)).toBe(false)
  })
})

describe('a portfolio is no task given (issue 11, round 7)', () => {
  it('reads a French sitting that names who attended by their portfolio as opening, and a task given as a decision', () => {
    expect(isOpeningParagraph("Le Comité a tenu sa onzième session à Niamey. Ont pris part aux travaux les ministres en charge de l'hydraulique des États membres.", FRENCH)).toBe(true)
    expect(isOpeningParagraph("La session s'est tenue sous la présidence du ministre chargé de l'eau du Niger.", FRENCH)).toBe(true)
    // a task the meeting gives is a decision, so a point
    expect(isOpeningParagraph("Le Comité a chargé le Secrétariat de préparer un atlas des nappes.", FRENCH)).toBe(false)
  })
})

describe('a French paragraph that adopts the plan by its name (issue 11, round 7)', () => {
  it('is context, as in English, and the plan is still read; a decision about the plan’s content stays a point', async () => {
    const text = [
      'Les ministres du Forum des lagunes se sont réunis à Cotonou le 3 mai 2026.',
      '1. Le Conseil a décidé de créer un observatoire des lagunes.',
      '2. Le Conseil a adopté la Stratégie de Cotonou pour les lagunes 2027-2031, qui fixe les orientations du Forum.',
      '3. Le Conseil a décidé d’interdire la pêche à la senne dans les chenaux.',
    ].join('\n')
    const readout = (await structureText(text)).result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual(['Le Conseil a décidé de créer un observatoire des lagunes.', 'Le Conseil a décidé d’interdire la pêche à la senne dans les chenaux.'])
    expect(readout.roadmap).toBe('Stratégie de Cotonou pour les lagunes 2027-2031')
  })
})
