import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {RECOMMENDATION_LINE, resolvesOnlyToNote} from '../structure/no-decision.js'
import {leadsIn, withoutReference} from '../structure/extract-pillars.js'
import {readingFor} from '../structure/language.js'
import {BYLINE, SITTING_HEADINGS} from '../structure/english.js'
import {FRENCH_BYLINE, FRENCH_SITTING_HEADINGS} from '../structure/french.js'

// Branch records50 (rounds 45 and 46: records of decisions, reports, interviews and speeches). Every sentence here was written
// for these tests, in other words, bodies and places than the corpus's texts.

const readoutOf = async (text: string) => (await structureText(text)).result!.readout

describe("a record of decisions: each item's resolution, not its recommendation nor a resolution that only notes", () => {
  it('reads a resolution that only notes a report, or confirms the minutes, as no decision', () => {
    for (const text of [
      'RESOLVED: That the report be noted.',
      'Resolved, that the update from the Clerk be received and noted.',
      'AGREED: That the Board note the quarterly report.',
      'RESOLVED: That the minutes of the meeting held on 4 May 2026 be confirmed as a correct record.',
      'RÉSOLU : Que le rapport soit reçu.',
      'DÉCIDÉ : De prendre acte du bilan des inscriptions.',
    ]) expect(resolvesOnlyToNote(text), text).toBe(true)
    for (const text of ['RESOLVED: That the report be noted and that £4,000 be set aside for repairs.', 'RESOLVED: That the lease be granted for ten years.', 'RÉSOLU : Que la Ville achète deux chasse-neige.', 'The report was noted.']) expect(resolvesOnlyToNote(text), text).toBe(false)
  })

  it('reads the line of what was recommended before the resolution, in either language', () => {
    for (const text of ["Officer's recommendation: That fees rise by 5%.", 'Recommendation of the Director: approve the plan.', 'Staff proposal: That the pool close in August.', 'Recommandation du service : Que la Ville achète un camion.', 'Proposition du bureau : créer un fonds.']) expect(RECOMMENDATION_LINE.test(text), text).toBe(true)
    for (const text of ['The Committee accepted the recommendation of the auditors.', 'RESOLVED: That fees rise by 4%.']) expect(RECOMMENDATION_LINE.test(text), text).toBe(false)
  })

  it("keeps each item's resolution under its heading, titled by the heading without its paper, in English", async () => {
    const readout = await readoutOf(
      [
        'WESTHOLM DISTRICT COUNCIL',
        'Parks and Open Spaces Panel',
        'Decision Notice',
        'Thursday 5 February 2026, 7.00 pm – Committee Room 2, Civic Centre, Westholm',
        '',
        '1. Minutes',
        'AGREED: That the minutes of the meeting held on 4 December 2025 be approved as a correct record.',
        '',
        '2. Riverside Park – new play area (paper POS/26/02)',
        'Recommendation of the Director: That the Panel approve a new play area at a cost of £140,000.',
        'AGREED: That a new play area be built in Riverside Park at a cost of £120,000, with a wheelchair-accessible roundabout.',
        '',
        '3. Allotment rents (for noting)',
        'The Panel was given a summary of allotment rents collected in 2025.',
        'AGREED: That the summary be noted.',
        '',
        '4. Cemetery opening hours (paper POS/26/04)',
        'AGREED: That the cemetery gates open at 8.00 am all year round from 1 April 2026.',
        '',
        '5. Date of next meeting',
        'The Panel will next meet on Thursday 7 May 2026.',
      ].join('\n'),
    )
    expect(readout.pillars.map((pillar) => [pillar.title, pillar.body])).toEqual([
      ['Riverside Park – new play area', 'That a new play area be built in Riverside Park at a cost of £120,000, with a wheelchair-accessible roundabout.'],
      ['Cemetery opening hours', 'That the cemetery gates open at 8.00 am all year round from 1 April 2026.'],
    ])
  })

  it('does the same for a French record whose items end on their file number', async () => {
    const readout = await readoutOf(
      [
        'MUNICIPALITÉ DE SAINT-ALBERIC',
        'Conseil municipal',
        'Relevé des résolutions',
        'Séance ordinaire du lundi 9 mars 2026, 19 h 30, salle du conseil, Saint-Alberic',
        '',
        '1. Adoption du procès-verbal',
        'RÉSOLU : Que le procès-verbal de la séance du 9 février 2026 soit adopté.',
        '',
        '2. Patinoire du parc Chênevert (dossier 2026-031)',
        'Recommandation du service : Que le conseil accorde le contrat pour 95 000 $.',
        'RÉSOLU : Que le conseil accorde le contrat de réfection de la patinoire du parc Chênevert pour 88 000 $, taxes incluses.',
        '',
        '3. Bilan des inscriptions aux loisirs (pour information)',
        "Le conseil a reçu le bilan des inscriptions de l'automne.",
        'RÉSOLU : De prendre acte du bilan des inscriptions.',
        '',
        '4. Éclairage de la rue des Pins (dossier 2026-034)',
        "RÉSOLU : Que l'éclairage de la rue des Pins soit remplacé par des lampes à DEL avant l'hiver.",
      ].join('\n'),
    )
    expect(readout.pillars.map((pillar) => [pillar.title, pillar.body])).toEqual([
      ['Patinoire du parc Chênevert', 'Que le conseil accorde le contrat de réfection de la patinoire du parc Chênevert pour 88 000 $, taxes incluses.'],
      ['Éclairage de la rue des Pins', "Que l'éclairage de la rue des Pins soit remplacé par des lampes à DEL avant l'hiver."],
    ])
  })

  it("keeps a minute's report and its resolution together, the label as written, where no recommendation stands", async () => {
    const readout = await readoutOf(
      [
        'Minutes of the Trustees of the Eastmoor Rowing Club, held on 12 March 2026',
        '',
        '26/10 Boathouse roof',
        'The Treasurer reported that the roof had leaked all winter.',
        'RESOLVED: That the roof be replaced before the summer regatta.',
        '',
        '26/11 Coaching',
        'The Captain reported that 14 new members had joined.',
        'RESOLVED: That two more coaches be trained.',
      ].join('\n'),
    )
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Treasurer reported that the roof had leaked all winter. RESOLVED: That the roof be replaced before the summer regatta.',
      'The Captain reported that 14 new members had joined. RESOLVED: That two more coaches be trained.',
    ])
  })
})

describe("a heading's document number and a question period", () => {
  it('reads a heading without the number of the act joined after a dash', () => {
    expect(withoutReference('Night parking – By-law 512-2026')).toBe('Night parking')
    expect(withoutReference('Grants to clubs - Decision No. 14')).toBe('Grants to clubs')
    expect(withoutReference('Budget des loisirs — délibération n° 2026-12')).toBe('Budget des loisirs')
    expect(withoutReference('Patinoire — rés. CM-26-118')).toBe('Patinoire')
    // (a dash that joins two words of the heading, or a year that is its subject, stays)
    expect(withoutReference('Harbour – mooring charges 2026/27')).toBe('Harbour – mooring charges 2026/27')
    expect(withoutReference('Plan 2027 – 2030')).toBe('Plan 2027 – 2030')
  })

  it("reads a sitting's question period as its record, in either language", () => {
    for (const heading of ['Public question time', 'Questions from the public', 'Public participation', 'Question period']) expect(SITTING_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Période de questions', 'Période de questions du public', "Questions de l'assistance", 'Parole au public']) expect(FRENCH_SITTING_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Questions for the regulator', 'Questions de sécurité']) expect(SITTING_HEADINGS.test(heading) || FRENCH_SITTING_HEADINGS.test(heading), heading).toBe(false)
  })

  it('leaves what residents asked at the sitting in the context', async () => {
    const readout = await readoutOf(
      [
        'Town of Ashcombe – Council highlights, 3 March 2026',
        '',
        'Ashcombe Town Council met on Tuesday 3 March 2026 at the Guildhall.',
        '',
        'Street trees – Resolution 2026-041',
        'Council approved the planting of 220 street trees along Mill Road this spring.',
        '',
        'Questions from the public',
        'Residents asked about potholes on Ferry Lane. The Mayor said that the town would write to the county about them.',
        '',
        'Library hours – Resolution 2026-044',
        'Council agreed to open the library on Sunday afternoons from April.',
      ].join('\n'),
    )
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Street trees', 'Library hours'])
  })
})

describe("a report's numbered sections: context, decisions and next steps", () => {
  it('reads an introduction and a background section as context and the next steps as outlook, numbered without a stop', async () => {
    const readout = await readoutOf(
      [
        'NORTH DOWNS WATER FORUM',
        'Abstraction Panel – Report of Decisions, Spring 2027',
        '',
        '1  Introduction',
        '',
        'The Abstraction Panel of the North Downs Water Forum met on Thursday 11 March 2027 in Dorking. Nine of its twelve members attended.',
        '',
        '2  Rivers in 2026',
        '',
        'Flows in the chalk streams fell to their lowest level since 1976, and 14 kilometres of the upper Mole ran dry in August. Anglers and parish councils report that the springs are rising later each year.',
        '',
        '3  Decisions',
        '',
        '3.1  Licences',
        '',
        '3.1.1  The Panel agreed to ask the regulator to cap summer abstraction at the three most stressed boreholes.',
        '',
        '3.1.2  The Panel approved a grant of £60,000 for water meters on farms along the upper Mole.',
        '',
        '4  Next steps',
        '',
        '4.1  Officers will report on the first summer under the cap to the Panel in October 2027.',
        '',
        '4.2  The Panel will next meet on 9 September 2027 in Guildford.',
      ].join('\n'),
    )
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Panel agreed to ask the regulator to cap summer abstraction at the three most stressed boreholes.',
      'The Panel approved a grant of £60,000 for water meters on farms along the upper Mole.',
    ])
    expect(readout.outlook).toEqual(['Officers will report on the first summer under the cap to the Panel in October 2027.', 'The Panel will next meet on 9 September 2027 in Guildford.'])
  })

  it('reads the same layout in French, sections numbered with a stop', async () => {
    const readout = await readoutOf(
      [
        'SYNDICAT MIXTE DES ÉTANGS DU BAS-RHÔNE',
        'Comité syndical – Relevé de décisions du 2 juin 2027',
        '',
        '1. Introduction',
        '',
        'Le comité syndical s’est réuni le mercredi 2 juin 2027 à Arles, sous la présidence de Mme Odile Brun. Quinze des dix-huit délégués étaient présents.',
        '',
        '2. Les étangs en 2026',
        '',
        'La salinité des étangs a atteint son plus haut niveau depuis vingt ans, et les pêcheurs signalent que les anguilles se font rares dans les canaux du nord.',
        '',
        '3. Décisions',
        '',
        '3.1 Le comité décide de rouvrir la martelière du Vaccarès deux semaines plus tôt chaque printemps.',
        '',
        '3.2 Le comité attribue 45 000 euros au suivi des anguilles par les pêcheurs professionnels.',
        '',
        '4. Prochaines étapes',
        '',
        '4.1 Le comité se réunira de nouveau le 6 octobre 2027 à Saintes-Maries-de-la-Mer.',
      ].join('\n'),
    )
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['Le comité décide de rouvrir la martelière du Vaccarès deux semaines plus tôt chaque printemps.', 'Le comité attribue 45 000 euros au suivi des anguilles par les pêcheurs professionnels.'])
    expect(readout.outlook).toEqual(['Le comité se réunira de nouveau le 6 octobre 2027 à Saintes-Maries-de-la-Mer.'])
  })
})

describe("an interview's questions and a record's survey and plan", () => {
  it("titles each answer that decides from what it decides, not from the interviewer's question, and leaves explanations and the next step out of the points", async () => {
    const readout = await readoutOf(
      [
        'The Marsh Gazette',
        '',
        '"We will not let the reed beds go"',
        '',
        'Meeting on Saturday 14 March at Ely, the reed cutters of the Fens adopted a plan for their trade. Their chair, Tom Aske, answers our questions.',
        '',
        'Why act now?',
        'Because half the reed sold as Fen thatch last year was cut abroad, and thatchers can no longer tell the difference.',
        '',
        'What did your members agree?',
        'The meeting agreed to create a mark for reed cut in the Fens, checked each winter by an independent inspector.',
        '',
        'And for young cutters?',
        'The association approved a fund of £40,000 to train eight apprentices a year from September.',
        '',
        "What's the next step?",
        'The mark will be launched at the county show in June, and members will meet again in November to review it.',
      ].join('\n'),
    )
    const titles = readout.pillars.map((pillar) => pillar.title)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The meeting agreed to create a mark for reed cut in the Fens, checked each winter by an independent inspector.',
      'The association approved a fund of £40,000 to train eight apprentices a year from September.',
    ])
    for (const title of titles) expect(title).not.toMatch(/\?$/)
    expect(readout.outlook).toEqual(['The mark will be launched at the county show in June, and members will meet again in November to review it.'])
  })

  it('leaves a survey presented and a plan adopted as such in the context of a relevé, in French and English', async () => {
    const fr = await readoutOf(
      [
        'COMITÉ RÉGIONAL DE PELOTE BASQUE',
        '',
        'Relevé de décisions du comité directeur',
        'Séance du samedi 5 juin 2027 à Bayonne',
        '',
        'Étude sur les frontons',
        '',
        "Le trésorier a présenté l'étude menée au printemps auprès des clubs : 96 frontons sont en service, contre 120 en 2012.",
        '',
        'Plan fronton 2028-2031',
        '',
        "Le comité a adopté le plan fronton 2028-2031, qui sera présenté aux clubs en septembre.",
        '',
        'Licences',
        '',
        'Le prix de la licence est fixé à 28 euros pour les adultes.',
      ].join('\n'),
    )
    expect(fr.pillars.map((pillar) => pillar.body)).toEqual(['Le prix de la licence est fixé à 28 euros pour les adultes.'])
    const en = await readoutOf(
      [
        'WESSEX CROQUET ASSOCIATION',
        '',
        'Record of decisions of the Executive, 5 June 2027, Salisbury',
        '',
        'Lawn survey',
        '',
        'The Secretary presented the survey of club lawns carried out in the spring: 41 lawns are in play, against 55 in 2015.',
        '',
        'Development plan 2028–2031',
        '',
        'The Executive approved the development plan 2028–2031, which will go to the annual meeting in October.',
        '',
        'Coaching',
        '',
        'The Executive agreed to pay half the fee of every new coaching course taken by a member.',
      ].join('\n'),
    )
    expect(en.pillars.map((pillar) => pillar.body)).toEqual(['The Executive agreed to pay half the fee of every new coaching course taken by a member.'])
  })
})

describe("a speech's narrative opening that only announces the decisions", () => {
  it('reads a paragraph that ends by saying decisions were taken, without saying which, as a lead-in', () => {
    const en = readingFor('en')
    const fr = readingFor('fr')
    for (const text of ['On Tuesday in Truro I chaired the dairy council with farmers and processors. We took three firm decisions.', 'The board met for a full day in Leeds. Several important decisions were taken.']) expect(leadsIn(text, en), text).toBe(true)
    for (const text of ["Mardi, à Rennes, j'ai réuni le comité du cidre avec les producteurs. Nous avons pris des décisions fortes.", 'Le bureau a siégé toute la journée à Tulle. Plusieurs décisions importantes ont été prises.']) expect(leadsIn(text, fr), text).toBe(true)
    for (const text of ['We took the decision to close the depot in May.', 'The board met in Leeds and agreed to sell the depot.']) expect(leadsIn(text, en), text).toBe(false)
    expect(leadsIn('Nous avons pris la décision de fermer le dépôt en mai.', fr)).toBe(false)
  })
})

describe("an interview's byline and a picture's caption", () => {
  it('reads who conducted the interview as a byline, in either language', () => {
    for (const line of ['Interview by Maya Holt', 'Interviewed by Tom Reeve']) expect(BYLINE.test(line), line).toBe(true)
    for (const line of ['Propos recueillis par Julien Marchal', 'Entretien réalisé par Anne Lefort']) expect(FRENCH_BYLINE.test(line), line).toBe(true)
    expect(BYLINE.test('Interviews by phone were held in May.')).toBe(false)
  })

  it('leaves a caption out of the points, whatever stands above it', async () => {
    const readout = await readoutOf(
      [
        'The Upland Courier',
        '',
        '"Every dry-stone wall tells a story"',
        '',
        'Meeting on Saturday at Hawes, the wallers of the Dales agreed a plan for their craft. Their chair, Ruth Alder, answers our questions.',
        '',
        'Interview by Maya Holt',
        '',
        'Pictured: Ruth Alder at a gap in a wall above Gayle. (Photo: M. H.)',
        '',
        'What did your members decide?',
        'The meeting agreed to train twenty new wallers a year with the national park, starting in April.',
      ].join('\n'),
    )
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['The meeting agreed to train twenty new wallers a year with the national park, starting in April.'])
  })
})
