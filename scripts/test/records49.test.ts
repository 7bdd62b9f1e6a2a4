import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {onlyNarrates, RECORD_TITLE} from '../structure/no-decision.js'
import {adoptsThePlan} from '../structure/extract-pillars.js'
import {DISTRIBUTION_LINE, NOT_TOPICS, SITTING_CLOSED} from '../structure/english.js'
import {cleanPastedLine} from '../structure/pasted-text.js'
import {FRENCH_SITTING_CLOSED} from '../structure/french.js'

// Branch records49 (rounds 43 and 44: numbered reports, minutes and records, points against context). Every sentence here was
// written for these tests, in other words, bodies and places than the corpus's texts.

const en = readingFor('en')
const fr = readingFor('fr')
const bodiesOf = async (text: string) => (await structureText(text)).result!.readout.pillars.map((pillar) => pillar.body)

describe('a record narrates what someone reported or said, and what members discussed', () => {
  it('reads any speaker, an aside between commas and a discussion as narration, in English', () => {
    for (const text of [
      'The district highways engineer reported that 62 potholes had been filled since January. He warned that the spring budget was already spent.',
      'The youth officer, in a note read by the Clerk, said that the skate park had been used every evening in the summer. She asked that the lights be kept on until nine.',
      'Councillors discussed the state of the bus shelters at some length; one councillor asked whether the county would pay for the glass.',
      'In the exchange that followed, several trustees expressed concern about the cost of the roof.',
      'The harbour master gave a short update on the dredging of the inner basin.',
    ]) expect(onlyNarrates(text, en), text).toBe(true)
    for (const text of [
      'The district highways engineer reported that 62 potholes had been filled. The Council agreed to fund a second crew.',
      'Members discussed the proposal and resolved to buy a new defibrillator.',
      'The Council decided to close the car park on market days.',
    ]) expect(onlyNarrates(text, en), text).toBe(false)
  })

  it('reads the same narration in French', () => {
    for (const text of [
      'Le technicien de rivière indique que les berges ont reculé de deux mètres depuis 2024.',
      "La chargée de mission, dans une note lue par le secrétaire, a expliqué que l'étude serait rendue en juin.",
      'Les délégués communautaires ont longuement débattu du tracé de la voie verte.',
    ]) expect(onlyNarrates(text, fr), text).toBe(true)
    for (const text of ["Le technicien de rivière indique que les berges ont reculé. Le conseil décide d'engager les travaux.", "Le conseil communautaire décide de créer une aire de covoiturage."]) expect(onlyNarrates(text, fr), text).toBe(false)
  })

  it("leaves the narration of a parish council's minutes in the context and keeps its decisions", async () => {
    const bodies = await bodiesOf(
      [
        'LITTLE ASHBY PARISH COUNCIL',
        '',
        'Minutes of the meeting held in the Village Hall, Little Ashby, on Tuesday 3 February 2026 at 7.30pm',
        '',
        '1. Apologies for absence were received from Cllr Moss.',
        '',
        '2. The tree warden reported that three of the limes on the green were diseased and that the county had offered to inspect them in March.',
        '',
        '3. Councillors discussed the state of the play area at length, and several residents described broken fencing near the pond.',
        '',
        '4. The Council agreed to replace the fencing around the play area before Easter, at a cost of about £3,200.',
        '',
        '5. The Council resolved to buy two new benches for the churchyard.',
        '',
        '6. The next meeting will be held on 3 March 2026.',
      ].join('\n'),
    )
    expect(bodies.some((body) => /tree warden/u.test(body))).toBe(false)
    expect(bodies.some((body) => /discussed/u.test(body))).toBe(false)
    expect(bodies.some((body) => /replace the fencing/u.test(body))).toBe(true)
    expect(bodies.some((body) => /benches/u.test(body))).toBe(true)
  })

  it('calls a report named after its session a record of the sitting', () => {
    for (const line of ['Report of the Third Session of the Joint Committee on Upland Grazing', 'Report on the 5th Meeting of the Advisory Board on Coastal Paths', 'Rapport de la deuxième session du Comité mixte des bergers transfrontaliers'])
      expect(RECORD_TITLE.test(line), line).toBe(true)
    expect(RECORD_TITLE.test('Report of the working group on grazing fees')).toBe(false)
  })
})

describe('the adoption of the plan as such', () => {
  it('reads an adoption with a possessive and a relative clause that only points to its work as context', () => {
    expect(adoptsThePlan('The Trust adopted its Clean Rivers Plan for 2027 to 2030, which sets out the work below and will be reviewed at each annual meeting.', en)).toBe(true)
    expect(adoptsThePlan('The Board adopted its Access Strategy, which sets the priorities for the next three years.', en)).toBe(true)
    expect(adoptsThePlan('The Board adopted its Access Strategy, which sets a target of 40 new stiles a year.', en)).toBe(false)
  })

  it('reads a plan named in quotes or capitals after a lower-case noun as the plan, in French', () => {
    expect(adoptsThePlan('Le bureau adopte le plan « Rivières vivantes », qui fixe les grandes orientations des cinq prochaines années.', fr)).toBe(true)
    expect(adoptsThePlan("L'assemblée a adopté la stratégie « Cap 2030 ».", fr)).toBe(true)
    expect(adoptsThePlan('Le conseil adopte le plan de financement des travaux de la salle des fêtes.', fr)).toBe(false)
  })
})

describe('who carries the decisions out, after a list', () => {
  it('keeps the closing formula out of the points, in French and English', async () => {
    const french = await bodiesOf(
      [
        'Objet : Décisions du bureau de la ligue du 4 mars',
        '',
        'Voici les décisions prises par le bureau de la ligue de voile, réuni à Brest le 4 mars 2026.',
        '',
        '– Le bureau a adopté le calendrier des régates de la saison.',
        '– Une aide de 1 200 euros est attribuée au club de Camaret pour la réfection de sa cale.',
        '– Les tarifs des stages d\'été sont maintenus.',
        '',
        'Le secrétaire général est chargé de l\'exécution de ces décisions, qui seront affichées dans chaque club.',
      ].join('\n'),
    )
    expect(french.some((body) => /exécution/u.test(body))).toBe(false)
    expect(en.formalClause!.test('The Secretary is responsible for implementing these decisions, which will be posted on the club notice board.')).toBe(true)
    expect(en.formalClause!.test('The Clerk is charged with the execution of the decisions set out above.')).toBe(true)
    expect(en.formalClause!.test('The Clerk is responsible for the execution of the new parking scheme.')).toBe(false)
    expect(fr.formalClause!.test('La trésorière est chargée de l\'application des présentes délibérations.')).toBe(true)
  })
})

describe('a printed table of contents and sub-sections numbered a level deeper', () => {
  it('drops the contents with leader dots and reads the sub-sections as headings over their paragraphs', async () => {
    const bodies = await bodiesOf(
      [
        'Report of the Fourth Session of the Joint Board on Moorland Fires',
        'Hexham, 12 May 2026',
        '',
        'Table of contents',
        '1. Opening ..................... 1',
        '2. Decisions ................... 2',
        '   2.1 Equipment ............... 2',
        '   2.2 Training ................ 3',
        '3. Next session ................ 4',
        '',
        '1. Opening',
        '',
        '1.1 The Board adopted its agenda and approved the record of its third session.',
        '',
        '2. Decisions',
        '',
        '2.1 Equipment',
        '',
        '2.1.1 The Board decided to buy four leaf blowers for each estate team.',
        '',
        '2.1.2 The Board agreed to share one fire trailer between the northern estates.',
        '',
        '2.2 Training',
        '',
        '2.2.1 The Board decided to run a day of burn training each October for new keepers.',
        '',
        '3. Next session',
        '',
        '3.1 The Board will meet again in Alnwick in May 2027.',
      ].join('\n'),
    )
    expect(bodies.filter((body) => /decided|agreed/u.test(body))).toEqual([
      'The Board decided to buy four leaf blowers for each estate team.',
      'The Board agreed to share one fire trailer between the northern estates.',
      'The Board decided to run a day of burn training each October for new keepers.',
    ])
    expect(bodies.some((body) => /\.{4}|^(?:Equipment|Training|Decisions|Opening)$/u.test(body))).toBe(false)
  })

  it('drops a French table of contents with spaced leaders', async () => {
    const bodies = await bodiesOf(
      [
        'Rapport de la troisième session du Comité des refuges de montagne',
        'Chambéry, le 8 juin 2026',
        '',
        'Sommaire',
        'Ouverture . . . . . . . . 1',
        'Décisions . . . . . . . . 2',
        'Prochaine session . . . . 3',
        '',
        '1. Le comité adopte son ordre du jour.',
        '',
        '2. Le comité décide de rénover les couchettes du refuge du Col Blanc avant l\'été.',
        '',
        '3. Le comité décide de créer un tarif réduit pour les moins de 18 ans.',
      ].join('\n'),
    )
    expect(bodies.some((body) => /\. \. \./u.test(body) || /^(?:Ouverture|Décisions|Prochaine)/u.test(body))).toBe(false)
    expect(bodies.filter((body) => /décide/u.test(body))).toHaveLength(2)
  })
})

describe("the record's furniture", () => {
  it('reads the chair closing the sitting with a date or thanks as procedure', () => {
    expect(SITTING_CLOSED.test('The President closed the meeting on 4 June 2026 at 6 p.m.')).toBe(true)
    expect(SITTING_CLOSED.test('The Chair closed the session, after thanking the hosts and the interpreters.')).toBe(true)
    expect(SITTING_CLOSED.test('The Chair closed the consultation on the new fees.')).toBe(false)
    expect(FRENCH_SITTING_CLOSED.test('La présidente a levé la séance à 18 h 10.')).toBe(true)
    expect(FRENCH_SITTING_CLOSED.test('Le président clôt la séance après avoir remercié les services.')).toBe(true)
  })

  it('reads a distribution line naming its readers as no title', () => {
    expect(DISTRIBUTION_LINE.test('Distr.: Members of the Board')).toBe(true)
    expect(DISTRIBUTION_LINE.test('Distr.: General')).toBe(true)
    expect(DISTRIBUTION_LINE.test('District heating: a new network')).toBe(false)
  })
})

describe("a sitting's verbatim record: speakers' turns and the room's stage directions", () => {
  it("reads a speaker named before a full stop as no heading, and keeps only the answer's decisions as points, in French", async () => {
    const bodies = await bodiesOf(
      [
        'SÉNAT',
        'Compte rendu intégral',
        'Séance du jeudi 5 novembre 2026',
        '',
        'Questions d\'actualité au Gouvernement',
        '',
        'FERMETURE DES REFUGES',
        '',
        'M. le président. La parole est à M. Marc Delorme.',
        '',
        'M. Marc Delorme. Monsieur le ministre, douze refuges de haute montagne ont fermé cet été faute de gardiens. Que comptez-vous faire ? (Applaudissements sur les travées du groupe UC.)',
        '',
        'M. le président. La parole est à M. le ministre.',
        '',
        'M. Hugo Lambert, ministre délégué chargé du tourisme. Monsieur le sénateur, je vous remercie de cette question. Mardi, à Chamonix, j\'ai réuni le comité des refuges avec les clubs alpins et les communes.',
        '',
        'D\'abord, le comité a décidé de porter à 2 000 euros la prime d\'installation des nouveaux gardiens.',
        '',
        'Ensuite, l\'État financera la rénovation de vingt refuges d\'ici à 2028.',
        '',
        'M. le président. La parole est à M. Marc Delorme.',
        '',
        'M. Marc Delorme. Je vous remercie, monsieur le ministre. Les gardiens y seront attentifs. (Applaudissements.)',
      ].join('\n'),
    )
    expect(bodies.some((body) => /Que comptez-vous|Je vous remercie|je vous remercie/u.test(body))).toBe(false)
    expect(bodies.some((body) => /prime d'installation/u.test(body))).toBe(true)
    expect(bodies.some((body) => /Applaudissements/u.test(body))).toBe(false)
  })

  it("reads an English question time the same way: the member's question is no point titled by the member", async () => {
    const text = [
      'HOUSE OF KEYS',
      'Official Report',
      'Tuesday 10 November 2026',
      '',
      'Questions to the Minister for Infrastructure',
      '',
      'Mr Owen Price. Will the Minister tell the House what is being done about the closed ferry slipways? (Applause.)',
      '',
      'Ms Ruth Kane. I thank the Member for his question. On Monday in Douglas I chaired the harbours board with the port users.',
      '',
      'The board agreed to rebuild the two southern slipways before the summer timetable begins.',
      '',
      'The board also decided to waive mooring fees for lifeboat crews from January.',
      '',
      'Mr Owen Price. I thank the Minister for her answer.',
    ].join('\n')
    const {result} = await structureText(text)
    const pillars = result!.readout.pillars
    expect(pillars.some((pillar) => /Owen Price|Ruth Kane/u.test(pillar.title))).toBe(false)
    expect(pillars.some((pillar) => /slipways? before/u.test(pillar.body))).toBe(true)
  })

  it("drops the room's reaction after a sentence, in English and French", () => {
    expect(cleanPastedLine('We will open a clinic in every valley. (Applause.)')).toBe('We will open a clinic in every valley.')
    expect(cleanPastedLine('The fund opens in March. (Laughter)')).toBe('The fund opens in March.')
    expect(cleanPastedLine('Nous tiendrons parole. (Vifs applaudissements sur les bancs du groupe SOC.)')).toBe('Nous tiendrons parole.')
    expect(cleanPastedLine('The grant (applause for the volunteers) was doubled.')).toBe('The grant (applause for the volunteers) was doubled.')
  })

  it('reads who moved a decision as no subject of its title', () => {
    for (const topic of ['a proposal from Councillor Ann Hughes', 'the advice of the county archaeologist', 'a motion by the Treasurer']) expect(NOT_TOPICS.test(topic), topic).toBe(true)
    expect(NOT_TOPICS.test('coastal erosion')).toBe(false)
  })
})
