import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {withoutFurniture} from '../structure/paragraph-furniture.js'
import {closesProcedure, recordsProcedure, stillPending} from '../structure/no-decision.js'
import {withoutReference} from '../structure/extract-pillars.js'
import {isSignatureLine} from '../structure/set-aside-tail.js'

// Branch roles45 (cause family E of rounds 35 and 36): task lines in any form, the procedure of any minutes, a next meeting in any
// form and behind any prefix, what is neither point nor outlook (an agenda heading, an endorsement line, a journalist's answer), and a
// measure in `will` with a `no` in its subject. Every sentence here was written for these tests, none is a corpus text.

const en = readingFor('en')
const fr = readingFor('fr')
const readoutOf = async (text: string) => (await structureText(text)).result!.readout

describe('task lines in any form', () => {
  it('reads a mention, a label, an arrow and a name with a deadline as a task, in English', () => {
    for (const line of [
      '@Ines Moreau — book the hall for the open day by 12 March',
      '@tomk: send the insurance quote to the board',
      'Action: Priya Shah — chase the grant office',
      'ACTION – The Clerk to write to the county',
      '→ Dev Patel: draft the newsletter',
      'Sam Okafor – first cut of the budget before the AGM',
      'Lena Wu (by 30 June): circulate the survey',
      'Joe Bloggs to renew the licence',
    ]) expect(en.taskForm!.test(line), line).toBe(true)
    for (const line of [
      'The trustees agreed to buy a new boiler.',
      'Energy and heating',
      'Water quality — all sites will test their water every month.',
    ]) expect(en.taskForm!.test(line), line).toBe(false)
  })

  it('reads the same forms and an infinitive after the name as a task, in French', () => {
    for (const line of [
      '@Julie Roux — préparer le dossier de subvention avant le 15 mars',
      'Action : Mme Perrin — relancer les mairies',
      '→ M. Diallo : réserver la salle des fêtes',
      'Mme Perrin : envoyer le compte rendu aux adhérents',
      'Paul Girard se charge de la commande des affiches',
      'Responsable : Mme Lenoir',
    ]) expect(fr.taskForm!.test(line), line).toBe(true)
    for (const line of ["L'assemblée décide de créer un label.", 'Calendrier des foires', 'Le bureau : une année difficile.']) expect(fr.taskForm!.test(line), line).toBe(false)
  })

  it('reads tasks under an actions heading as outlook, not points, whatever their form', async () => {
    const text = [
      'Harbour Kayak Club — committee notes',
      'Thursday 5 March 2026, Whitstable',
      '',
      'Boat store',
      'The committee agreed to rent a second container for the club boats from April.',
      '',
      'Junior sessions',
      'The committee approved four junior taster sessions on Saturday mornings in May.',
      '',
      'Action points',
      '• @Rosa Tan — get two quotes for the container by 20 March',
      '• Action: Owen Pryce — book the coaches for the taster sessions',
      '• → Mia Holt: update the club website before 1 April',
    ].join('\n')
    const readout = await readoutOf(text)
    expect(readout.outlook).toContain('@Rosa Tan — get two quotes for the container by 20 March')
    expect(readout.outlook).toContain('→ Mia Holt: update the club website before 1 April')
    expect(readout.pillars.map((pillar) => pillar.body).join(' ')).not.toContain('Rosa Tan')
  })
})

describe("the procedure of any minutes", () => {
  it("reads the record approved, the accounts, a discharge, the membership and elections as procedure, in English", () => {
    for (const text of [
      'The record of the Midsummer Chapter, held at Ripon on 2 July, was read and signed.',
      'Minutes. The minutes of the Winter Synod were confirmed without amendment.',
      'The meeting approved without amendment the minutes of the last meeting.',
      'The Bursar presented the accounts for the year; they were received and approved.',
      'The Membership Secretary reported that the guild now had 141 members.',
      'The Treasurer presented the statement of accounts. The meeting granted discharge to the outgoing committee.',
      'Membership stood at 96 households at the year end.',
      'Ms Adeyemi was re-elected Treasurer for a further two years.',
      'The Chair opened the meeting. The agenda was adopted as circulated.',
    ]) expect(recordsProcedure(text, en), text).toBe(true)
  })

  it('reads the same procedure in French, in the present of a relevé too', () => {
    for (const text of [
      "L'assemblée adopte à l'unanimité le procès-verbal de la séance du 4 mars.",
      'Le comité approuve sans modification le compte rendu de la réunion précédente.',
      'La trésorière, Mme Lenoir, présente le bilan de la saison. Le bilan est approuvé et quitus est donné au conseil.',
      "Le greffier rend compte de l'état des adhésions.",
      'Le trésorier présente les comptes de la saison. Quitus est donné au trésorier sortant.',
      "Le nombre d'adhérents s'élève à 214 au 31 décembre.",
      'M. Benali est réélu président à l’unanimité.',
    ]) expect(recordsProcedure(text, fr), text).toBe(true)
  })

  it('leaves a report the meeting then decides on, and a decision of its own', () => {
    expect(recordsProcedure('The Clerk reported a surplus of £3,000; RESOLVED: that it be spent on the roof.', en)).toBe(false)
    expect(recordsProcedure("La trésorière présente les comptes ; l'assemblée décide d'affecter l'excédent au fonds de réserve.", fr)).toBe(false)
    expect(recordsProcedure('The Guild agreed to open a second workshop in Hexham.', en)).toBe(false)
    // (a general meeting's resolution that discharges the directors, put to the vote, is a point: round 26's writer)
    expect(recordsProcedure("L'assemblée générale donne quitus aux administrateurs pour l'exercice 2025. Cette résolution est adoptée à la majorité.", fr)).toBe(false)
    expect(recordsProcedure('The meeting granted discharge to the directors. This resolution was carried by 40 votes to 2.', en)).toBe(false)
  })

  it("tells a procedure carried to its end from an officer's report alone", () => {
    expect(closesProcedure('The Treasurer presented the accounts. The accounts were approved.', en)).toBe(true)
    expect(closesProcedure("L'assemblée approuve sans observation le procès-verbal de la séance du 2 mai.", fr)).toBe(true)
    expect(closesProcedure('The Secretary reported that the waiting list had grown to 80 names.', en)).toBe(false)
  })

  it('reads the procedure of numbered minutes as context, the decisions as points, whatever follows the procedure', async () => {
    const text = [
      'GUILD OF WEAVERS OF THE MARCHES',
      'Minutes of the Annual General Meeting, Ludlow, 7 March 2026',
      '',
      'Item 2026/1 — Minutes',
      'The meeting approved without amendment the minutes of the last annual meeting, held at Leominster.',
      '',
      'Item 2026/2 — Accounts',
      'The Bursar presented the accounts for 2025; they were received and adopted. Discharge was given to the committee.',
      'Item 2026/3 — Dye garden',
      'The meeting agreed to plant a shared dye garden at the Ludlow workshop, with 40 beds of madder, weld and woad.',
      '',
      'Item 2026/4 — Fees',
      'The meeting decided to keep the annual fee at £35 and to create a student rate of £10.',
    ].join('\n')
    const readout = await readoutOf(text)
    const bodies = readout.pillars.map((pillar) => pillar.body).join(' | ')
    expect(bodies).not.toContain('Bursar')
    expect(bodies).not.toContain('without amendment')
    expect(bodies).toContain('dye garden')
    expect(bodies).toContain('student rate')
  })

  it('reads a request its writers still wait on as context', () => {
    expect(stillPending('We also asked the port authority for a second slipway, but we are still waiting for an answer.', en)).toBe(true)
    expect(stillPending('The club wrote to the council about parking and has yet to receive a reply.', en)).toBe(true)
    expect(stillPending('Nous avons sollicité la région pour un minibus ; nous attendons toujours sa réponse.', fr)).toBe(true)
  })
})

describe('a next meeting in any form, behind any prefix', () => {
  it("sets aside a speaker's name before a dash and a number in brackets", () => {
    expect(withoutFurniture('Mr EVANS - The Board will meet again in Swansea next spring.', en)).toBe('The Board will meet again in Swansea next spring.')
    expect(withoutFurniture('Dr Chen – We will report back to members in June.', en)).toBe('We will report back to members in June.')
    expect(withoutFurniture('MS HART — The panel will sit again in May.', en)).toBe('The panel will sit again in May.')
    expect(withoutFurniture('(7.2) The Committee will next meet in Ghent in October 2027.', en)).toBe('The Committee will next meet in Ghent in October 2027.')
    expect(withoutFurniture('[12] Ministers will meet again in Accra in 2028.', en)).toBe('Ministers will meet again in Accra in 2028.')
    expect(withoutFurniture('(3.4) Le conseil se réunira de nouveau à Namur en mai.', fr)).toBe('Le conseil se réunira de nouveau à Namur en mai.')
    expect(withoutFurniture('Mr Evans - the usual suspects.', en)).toBe('Mr Evans - the usual suspects.')
  })

  it('knows a next gathering, assembly or congress that will be held, in English and French', () => {
    for (const sentence of [
      'The 2028 gathering will be hosted by the Cree Nation at Waskaganish.',
      'The next general assembly will be held in Tromsø in June 2027.',
      'The twelfth congress of the Federation will take place in Porto in 2028.',
      'The Autumn Court will be held at Diss on 14 October.',
    ]) expect(en.nextMeeting.test(sentence), sentence).toBe(true)
    for (const sentence of [
      "L'assemblée générale ordinaire de 2028 se tiendra à Nîmes le 4 novembre.",
      "L'assemblée générale constitutive se tiendra à Rodez au printemps.",
      'Le congrès national de 2027 aura lieu à Tours.',
    ]) expect(fr.nextMeeting.test(sentence), sentence).toBe(true)
  })

  it('writes a numbered next meeting and a speaker\'s as outlook without their prefix', async () => {
    const text = [
      'Record of the Upland Shepherds Forum',
      'Hawes, 3 March 2026',
      '',
      'The Forum agreed to set up a shared register of working dogs.',
      '',
      'The Forum approved a grant of £12,000 for dry-stone wall training.',
      '',
      'Mr HOLT - The Forum will meet again in Kendal in March 2027 to review the register.',
    ].join('\n')
    expect((await readoutOf(text)).outlook).toEqual(['The Forum will meet again in Kendal in March 2027 to review the register.'])
  })
})

describe('neither point nor outlook', () => {
  it('reads a heading without its document reference', () => {
    expect(withoutReference('Date and place of the next meeting (MLG 14/8)')).toBe('Date and place of the next meeting')
    expect(withoutReference('Election of officers [Item 9]')).toBe('Election of officers')
    expect(withoutReference('Any other business')).toBe('Any other business')
    expect(withoutReference('(Doc. 12)')).toBe('(Doc. 12)')
    expect(en.outlookHeadings.test(withoutReference('Date and venue of the next session (CL 41/9)'))).toBe(true)
  })

  it('reads a closing endorsement or adoption line as a signature, in English and French', () => {
    for (const line of ['Endorsed by the Dialogue in Apia on 3 May 2026.', 'Adopted by the Council in Valletta on 9 June 2027.', 'Approved in Suva, 12 April 2026.']) expect(isSignatureLine(line), line).toBe(true)
    for (const line of ['Adopté par le Conseil à Lomé le 3 mai 2026.', 'Approuvée à Dakar, le 12 avril 2026.']) expect(isSignatureLine(line), line).toBe(true)
    expect(isSignatureLine('Endorsed by most members, the plan will cost $4 million in 2027.')).toBe(false)
  })

  it('leaves an agenda heading of the next meeting out of the outlook', async () => {
    const text = [
      'Coastal Dunes Working Group',
      'Summary of the ninth meeting, Texel, 4 and 5 May 2026',
      '',
      'Sand fences (CDW 9/3)',
      '',
      'The Group agreed a common design for sand fences on public beaches.',
      '',
      'Marram planting (CDW 9/4)',
      '',
      'The Group agreed to plant marram grass on 12 kilometres of eroded dune.',
      '',
      'Date and venue of the next meeting (CDW 9/7)',
      '',
      'The Group accepted the invitation of Denmark to hold its tenth meeting in Esbjerg on 6 May 2027.',
    ].join('\n')
    const outlook = (await readoutOf(text)).outlook
    expect(outlook.some((item) => /CDW 9\/7/.test(item))).toBe(false)
    expect(outlook.some((item) => /Esbjerg/.test(item))).toBe(true)
  })

  it("reads a minister's answer to a journalist as context, or outlook when it looks ahead", async () => {
    const text = [
      'Transcript — press conference after the Water Ministers Meeting',
      'Perth, 14 May 2026',
      '',
      'MINISTER KAUR: Today ministers agreed to fund 40 new river gauges across the Murray basin.',
      '',
      'REPORTER: Will farmers have to pay for the gauges?',
      '',
      'MINISTER KAUR: No. What ministers agreed is that the Commonwealth covers the cost. Around 9,000 farms draw water from the basin.',
      '',
      'REPORTER: When will the gauges be working?',
      '',
      'MINISTER KAUR: The first gauges will be installed in September, and we will review progress when we meet again in Hobart.',
    ].join('\n')
    const readout = await readoutOf(text)
    const bodies = readout.pillars.map((pillar) => pillar.body).join(' ')
    expect(bodies).toContain('40 new river gauges')
    expect(bodies).not.toContain('What ministers agreed')
    expect(readout.outlook.some((item) => /Hobart/.test(item))).toBe(true)
  })
})

describe("a measure in `will` with a `no` in its subject", () => {
  it('stays a point in a list of decisions without markers', async () => {
    const text = [
      'Mountain Huts Association — news',
      'Published 4 October 2026',
      '',
      'Hut wardens from across the Alps met in Chamonix on 2 October for the Association\'s annual meeting.',
      '',
      'After a long debate, members agreed to the following steps',
      '',
      'every hut will publish its water test results at the door each summer',
      '',
      'huts that have no road access will be offered a shared helicopter supply contract from 2027',
      '',
      'no hut will charge more than 30 euros for a night in a dormitory',
      '',
      'Members will meet again in Zermatt in October 2027.',
    ].join('\n')
    const readout = await readoutOf(text)
    const bodies = readout.pillars.map((pillar) => pillar.body)
    expect(bodies.some((body) => /no road access/.test(body))).toBe(true)
    expect(readout.outlook.some((item) => /no road access/.test(item))).toBe(false)
  })
})
