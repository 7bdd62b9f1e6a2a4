import {describe, expect, it} from 'vitest'
import {enumeratedLines} from '../structure/enumerations.js'
import {FRENCH, FRENCH_CALENDAR} from '../structure/french.js'
import {findDates} from '../structure/parse-dates.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {structureText} from './helpers.js'

// French minutes (procès-verbal, compte rendu) as round 25 wrote them: numbered `1-Le Conseil …`,
// headings lettered `A/ …`, a date written in words, the meeting held set after its verb.

describe('numbering a French procès-verbal writes', () => {
  it('reads a dash set tight between the number and the capital of the first word (`1-Les …`)', () => {
    const lines = ['1-Les communes ouvriront trois refuges pour chats errants.', '', '2-Un vétérinaire de garde sera désigné chaque week-end.', '', '3-La fourrière sera rénovée en 2028.']
    expect([...enumeratedLines(lines).keys()]).toEqual([0, 2, 4])
    expect(enumeratedLines(lines).get(2)?.start).toBe(2)
  })

  it('reads a slash after a letter or a number (`A/ Refuges`) and leaves a fraction or a tight dash before a small letter alone', () => {
    const headings = ['A/ Refuges', '', 'Texte.', '', 'B/ Fourrière', '', 'Texte.', '', 'C/ Vétérinaires']
    const found = enumeratedLines(headings)
    expect([...found.keys()]).toEqual([0, 4, 8])
    expect(found.get(0)?.heading).toBe(true)
    expect(enumeratedLines(['1/2 des refuges sont pleins.', '2/3 des chats sont stérilisés.']).size).toBe(0)
    expect(enumeratedLines(['1-an de garantie.', '2-ans de garantie.']).size).toBe(0)
  })
})

describe('dates written in words', () => {
  it('reads the year before the days, as a procès-verbal opens', () => {
    expect(findDates("L'an deux mille vingt-huit, les trois et quatre février, s'est réunie à Lomé la commission.", undefined, FRENCH_CALENDAR)?.dates).toMatchObject({start: '2028-02-03', end: '2028-02-04'})
    expect(findDates("L'an deux mille trente et le premier juillet, le conseil s'est réuni.", undefined, FRENCH_CALENDAR)?.dates).toMatchObject({start: '2030-07-01', end: '2030-07-01'})
  })

  it('reads the year after the month, as a procès-verbal closes', () => {
    expect(findDates('La séance a été levée le vingt et un mai deux mille vingt-sept à midi.', undefined, FRENCH_CALENDAR)?.dates).toMatchObject({start: '2027-05-21', end: '2027-05-21'})
  })

  it('leaves words that are no date alone', () => {
    expect(findDates('Les deux mille vingt-six membres ont voté.', undefined, FRENCH_CALENDAR)).toBeUndefined()
  })
})

describe('a meeting held set after its verb', () => {
  it('reads the place and the meeting that follows the verb', () => {
    const read = readDateline("Les 3 et 4 février 2028, s'est tenue à Lomé, dans la salle des fêtes de la mairie, la première session de la Commission des refuges animaliers, sous la présidence du maire.", undefined, FRENCH)
    expect(read?.place).toBe('Lomé')
    expect(read?.dates?.start).toBe('2028-02-03')
  })
})

describe('the kind of a procès-verbal', () => {
  it('is a readout, whatever shape its decisions take', async () => {
    const text = "COMMISSION DES REFUGES ANIMALIERS\n\nPROCÈS-VERBAL DE LA PREMIÈRE SESSION\n\nLes 3 et 4 février 2028, s'est tenue à Lomé la première session de la Commission des refuges animaliers.\n\nLa Commission a retenu ce qui suit :\n\n1-Les communes ouvriront trois refuges pour chats errants.\n\n2-Un vétérinaire de garde sera désigné chaque week-end.\n"
    const {result} = await structureText(text)
    expect(result?.readout.kind).toBe('readout')
    expect(result?.readout.pillars.map((p) => p.body)).toEqual(['Les communes ouvriront trois refuges pour chats errants.', 'Un vétérinaire de garde sera désigné chaque week-end.'])
  })
})

describe("a town council's compte rendu", () => {
  const text = [
    'SYNDICAT DES EAUX DU CAUSSE NOIR',
    '',
    'Compte rendu du comité syndical du 03/02/2028',
    'Salle polyvalente – Mairie de Saint-Affrique',
    '',
    "Le président ouvre la séance à 18 h. Il rappelle que les fuites représentent 22 % de l'eau produite.",
    '',
    'A/ Compteurs connectés',
    '',
    'Le comité approuve la pose de 4 000 compteurs connectés en 2028.',
    '',
    'B/ Tarif de l’eau',
    '',
    'Le comité fixe le prix du mètre cube à 2,10 € pour 2028.',
    '',
    'C/ Questions diverses',
    '',
    'Un délégué signale une fuite rue des Tanneurs.',
    '',
    'Agenda',
    '',
    'Prochain comité syndical : mardi 4 avril 2028 à 18 h, salle polyvalente.',
    '',
    'La séance est levée à 19 h 40.',
  ].join('\n')

  it('takes the date its title closes on and the town its town hall names', async () => {
    const {result} = await structureText(text)
    expect(result?.readout.dates?.start).toBe('2028-02-03')
    expect(result?.readout.place).toBe('Saint-Affrique')
  })

  it('reads headings lettered with a slash without their letter, and the next meeting under any heading as outlook, not the line that closes the sitting', async () => {
    const {result} = await structureText(text)
    expect(result?.readout.pillars.map((p) => p.title)).toEqual(['Compteurs connectés', 'Tarif de l’eau'])
    expect(result?.readout.outlook).toEqual(['Prochain comité syndical : mardi 4 avril 2028 à 18 h, salle polyvalente.'])
  })
})

describe('the line that closes the sitting', () => {
  it('is recognised in French and English, and a step ahead is not', async () => {
    const {FRENCH_SITTING_CLOSED} = await import('../structure/french.js')
    const {SITTING_CLOSED} = await import('../structure/english.js')
    for (const line of ['La séance est levée à 19 h 40.', "L'ordre du jour étant épuisé, la séance a été levée à 17 h.", 'La présidente lève la séance à midi.']) expect(FRENCH_SITTING_CLOSED.test(line), line).toBe(true)
    for (const line of ['The meeting was closed at 6 p.m.', 'There being no further business, the Chair adjourned the meeting at 17:40.']) expect(SITTING_CLOSED.test(line), line).toBe(true)
    expect(FRENCH_SITTING_CLOSED.test('La séance sera levée après le vote du budget.')).toBe(false)
    expect(SITTING_CLOSED.test('The meeting will close with a vote on the budget.')).toBe(false)
  })
})

describe("a release's plan and its page's closing block", () => {
  const release = (sentence: string, tail = '') => `Bibliothèques : les cantons veulent des horaires élargis\n\nFribourg, 04.03.2027 - ${sentence}\n\n« Une bibliothèque ouverte le soir est une école de plus », a déclaré la présidente de la Conférence.\n\nLes cantons s'engagent d'abord à ouvrir les bibliothèques scolaires jusqu'à 20 heures.\n\nLa Conférence a également décidé de numériser les fonds anciens d'ici à 2030.\n${tail}`

  it('reads a plan named in guillemets after a qualified kind, with its years', async () => {
    const {result} = await structureText(release("La Conférence intercantonale des bibliothèques, réunie ce jeudi à Fribourg, a adopté le Programme cantonal « Lire partout » 2027-2031."))
    expect(result?.readout.roadmap).toBe('Programme cantonal « Lire partout » 2027-2031')
  })

  it("reads a plan adopted whose name goes on after its years with its purpose", async () => {
    const {result} = await structureText(release("La Conférence intercantonale des bibliothèques, réunie ce jeudi à Fribourg, a adopté le Programme 2027-2031 pour des bibliothèques ouvertes, qui prévoit 4 millions de francs."))
    expect(result?.readout.roadmap).toBe('Programme 2027-2031 pour des bibliothèques ouvertes')
  })

  it("sets aside the labels of the page's closing block and the document it links to", async () => {
    const tail = "\nAdresse pour l'envoi de questions\n\nService de presse de la CIB, tél. +41 26 555 00 00, presse@cib.example\n\nAuteur\n\nConférence intercantonale des bibliothèques\nhttps://www.cib.example\n\nDocuments\n\nProgramme cantonal « Lire partout » 2027-2031 (PDF)\n"
    const {result} = await structureText(release("La Conférence intercantonale des bibliothèques, réunie ce jeudi à Fribourg, a adopté le Programme cantonal « Lire partout » 2027-2031.", tail))
    expect(result?.readout.pillars).toHaveLength(2)
  })
})

describe('the plan a meeting carries out', () => {
  const minutes = (review: string, decision: string) => `COMITÉ DE SUIVI DES PHARES\n\nPROCÈS-VERBAL DE LA DEUXIÈME SESSION\n\nLes 3 et 4 février 2028, s'est tenue à Brest la deuxième session du Comité de suivi des phares.\n\n${review}\n\nLe Comité a retenu ce qui suit :\n\n1-${decision}\n\n2-Les gardiens seront formés à la maintenance des lentilles.\n`

  it('is the roadmap when the meeting adopted none', async () => {
    const {result} = await structureText(minutes('Le secrétariat a présenté le bilan de la mise en œuvre du Programme national de sauvegarde des phares 2024-2030.', 'Trois phares seront rénovés en 2028.'))
    expect(result?.readout.roadmap).toBe('Programme national de sauvegarde des phares 2024-2030')
  })

  it('gives way to a plan the meeting adopted', async () => {
    const {result} = await structureText(minutes('Le secrétariat a présenté le bilan de la mise en œuvre du Programme national de sauvegarde des phares 2024-2030.', "Le Comité adopte le Plan d'action pour les phares habités 2028-2032."))
    expect(result?.readout.roadmap).toBe("Plan d'action pour les phares habités 2028-2032")
  })
})

describe('French counts of members and of votes', () => {
  const figures = async (sentence: string) => (await structureText(`Compte rendu de la conférence\n\nLa conférence s'est tenue à Neuchâtel le 3 mars 2027.\n\n${sentence}\n`)).result!.readout.figures.map((figure) => figure.value)

  it('reads the cantons or communes a body counts as members, in words', async () => {
    expect(await figures('Les directeurs des six cantons membres veulent fermer les décharges sauvages.')).toContain('6')
    expect(await figures('Les maires des neuf communes membres ont signé la charte des rivières.')).toContain('9')
  })

  it("leaves a vote's tally out", async () => {
    expect(await figures('Le comité approuve la rénovation de 40 fontaines. Adopté (4 abstentions).')).toEqual(['40'])
    expect(await figures('Le comité approuve la rénovation de 40 fontaines. Adopté (3 voix contre).')).toEqual(['40'])
  })
})

describe('a Québec table and a speaker’s image', () => {
  it('reads a `Table …` as the body that met', async () => {
    const {result} = await structureText("Vergers : un plan pour les pommiers anciens\n\nRIMOUSKI, QC, le 3 mars 2027 /CNW/ - Réunis aujourd'hui à Rimouski, les membres de la Table régionale des vergers patrimoniaux ont adopté un plan de sauvegarde des pommiers anciens.\n\nLes membres ont convenu de greffer 500 arbres d'ici 2028.\n")
    expect(result?.readout.organisation).toBe('Table régionale des vergers patrimoniaux')
  })

  it('reads no count in words inside a quotation', async () => {
    const {result} = await structureText("Compte rendu de la conférence\n\nLa conférence s'est tenue à Neuchâtel le 3 mars 2027.\n\n« Un verger entretenu vaut mieux que quatre vergers replantés », a déclaré la présidente. Le comité approuve la plantation de 40 pommiers.\n")
    expect(result?.readout.figures.map((figure) => figure.value)).toEqual(['40'])
  })
})
