import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 10 (issue 11) showed the reader missing in point bodies and the outlook, stated as
// rules an editor would give. Every sentence here is written for the test.
const HEAD = 'Ministers of the Coastal Ferry Council met in Split on 3 May 2026.\n'

describe('a colon inside a numbered paragraph’s first sentence', () => {
  it('keeps the clause before the colon when it opens with a subject pronoun and its verb', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to open a shared booking system for all routes.\n2. We welcome the progress made since the Council first met: the number of ferry routes run with electric boats has grown from 4 to 19. We note that island routes are still behind.\n`)
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies[1]).toMatch(/^We welcome the progress made since the Council first met: the number/)
    expect(bodies).toHaveLength(2)
  })

  it('does the same in French, and still reads a short noun phrase before a colon as the title', async () => {
    const french = await structureText('Les ministres du Conseil des traversiers côtiers se sont réunis à Split le 3 mai 2026.\n1. Les ministres ont décidé d’ouvrir un système commun de réservation.\n2. Nous saluons les progrès accomplis depuis la première réunion : le nombre de lignes desservies par des bateaux électriques est passé de 4 à 19.\n')
    expect(french.result!.readout.pillars[1].body).toMatch(/^Nous saluons les progrès accomplis depuis la première réunion : le nombre/)
    const titled = await structureText(`${HEAD}- Electric ferries: the number of routes run with electric boats will double by 2030.\n- Shared booking: a single booking system will serve all routes.\n`)
    expect(titled.result!.readout.pillars.map((p) => p.title)).toEqual(['Electric ferries', 'Shared booking'])
  })
})

describe('the outlook: reviews and meetings set for later', () => {
  it('sends to the outlook a decision to review how the plan is carried out, in English and French', async () => {
    const english = await structureText(`${HEAD}1. Ministers agreed to open a shared booking system for all routes.\n2. We decide to review the implementation of the Ferry Plan at a mid-term review in 2029, on the basis of a report by the secretariat.\n`)
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to open a shared booking system for all routes.'])
    expect(english.result!.readout.outlook).toEqual(['We decide to review the implementation of the Ferry Plan at a mid-term review in 2029, on the basis of a report by the secretariat.'])
    const french = await structureText('Les ministres du Conseil des traversiers côtiers se sont réunis à Split le 3 mai 2026.\n1. Les ministres ont décidé d’ouvrir un système commun de réservation.\n2. Les ministres examineront les progrès du Plan lors d’une revue à mi-parcours en 2029, sur la base d’un rapport du secrétariat.\n')
    expect(french.result!.readout.pillars).toHaveLength(1)
    expect(french.result!.readout.outlook).toHaveLength(1)
  })

  it('sends to the outlook a review asked for a later meeting and a meeting set with its place and date', async () => {
    const numbered = await structureText(`${HEAD}(1) Ministers agreed to open a shared booking system for all routes.\n(2) Ministers asked the chair to prepare, with the secretariat, a review of the Council's work for the Ports Summit in Genoa in 2027, and agreed to meet again in Zadar on 9 March 2027.\n`)
    expect(numbered.result!.readout.pillars).toHaveLength(1)
    expect(numbered.result!.readout.outlook).toHaveLength(1)
    const prose = await structureText(`${HEAD}\nMinisters agreed to open a shared booking system for all routes.\n\nThe secretariat will publish a timetable guide in the spring, and ministers will meet in person in Zadar on March 9–10, 2027, before the summer season.\n`)
    expect(prose.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to open a shared booking system for all routes.'])
    expect(prose.result!.readout.outlook).toEqual(['The secretariat will publish a timetable guide in the spring, and ministers will meet in person in Zadar on March 9–10, 2027, before the summer season.'])
  })
})

describe('a costing after the points', () => {
  it('keeps in the context a paragraph that opens with what the plan costs, though it says who will pay', async () => {
    const english = await structureText(`${HEAD}- Electric ferries: Ministers agreed to replace twelve diesel ferries by 2030.\n- Shared booking: A single booking system will serve all routes.\n\nThe Ferry Plan is estimated at €640 million over six years. The European Investment Bank has offered €200 million, and member states will cover the rest.\n\nMinisters will meet again in Zadar in March 2027.\n`)
    expect(english.result!.readout.outlook).toEqual(['Ministers will meet again in Zadar in March 2027.'])
    expect(english.result!.readout.context.join(' ')).toContain('The Ferry Plan is estimated at €640 million')
    // (the words between `cost` and its verb may be written with any letters)
    const accented = await structureText(`${HEAD}- Electric ferries: Ministers agreed to replace twelve diesel ferries by 2030.\n- Shared booking: A single booking system will serve all routes.\n\nThe cost of the Curaçao–Bonaire link was put at €90 million. Member states will cover the rest.\n\nMinisters will meet again in Zadar in March 2027.\n`)
    expect(accented.result!.readout.outlook).toEqual(['Ministers will meet again in Zadar in March 2027.'])
    const french = await structureText('Les ministres du Conseil des traversiers côtiers se sont réunis à Split le 3 mai 2026.\n- Bateaux électriques : Les ministres ont décidé de remplacer douze traversiers diesel d’ici 2030.\n- Réservation : Un système commun de réservation desservira toutes les lignes.\nLe coût du Plan a été estimé à 640 millions d’euros sur six ans. Les États membres couvriront 60 % de ce montant.\nLes ministres se retrouveront à Zadar en mars 2027.\n')
    expect(french.result!.readout.outlook).toEqual(['Les ministres se retrouveront à Zadar en mars 2027.'])
  })
})

describe('decisions in prose that name no verb of deciding', () => {
  it('reads as a point the welcome of a new programme and what it does', async () => {
    const {result} = await structureText(`${HEAD}\nMinisters agreed to open a shared booking system for all routes.\n\nMinisters welcomed a programme to train 300 young deckhands in safety at sea, paid for by the host with €4 million.\n\nMinisters will meet again in Zadar in March 2027.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to open a shared booking system for all routes.', 'Ministers welcomed a programme to train 300 young deckhands in safety at sea, paid for by the host with €4 million.'])
  })

  it('reads as points, in French, a thing that will be created and what a plan provides for', async () => {
    const {result} = await structureText('SPLIT, 4 mai 2026 – Les ministres du Conseil des traversiers côtiers, réunis à Split le 3 mai, ont adopté un plan pour les lignes des îles.\n\nLe plan prévoit la construction de six nouveaux quais flottants dans les îles, pour un coût de 90 millions d’euros.\n\nLes ministres ont décidé d’ouvrir un système commun de réservation.\n\nUn label « Traversée verte » sera créé pour les compagnies qui naviguent à l’électricité.\n\nLes ministres se retrouveront à Zadar en mars 2027.\n')
    expect(result!.readout.pillars.map((p) => p.body.split(' ').slice(0, 2).join(' '))).toEqual(['Le plan', 'Les ministres', 'Un label'])
  })
})

describe('a title that opens with a pronoun’s word', () => {
  it('keeps as the title a name in capitals before the colon (`We Mean Business`, `Nous Autres`): only a pronoun and a verb in lower case open a clause', async () => {
    const {result} = await structureText(`${HEAD}- We Mean Business: the coalition of firms will help the Council buy electric boats.\n- Shared booking: a single booking system will serve all routes.\n`)
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['We Mean Business', 'Shared booking'])
    const french = await structureText('Les ministres du Conseil des traversiers côtiers se sont réunis à Split le 3 mai 2026.\n- Nous Autres : le réseau des associations d’îliens sera consulté sur les horaires.\n- Réservation : un système commun de réservation desservira toutes les lignes.\n')
    expect(french.result!.readout.pillars.map((p) => p.title)).toEqual(['Nous Autres', 'Réservation'])
  })
})
