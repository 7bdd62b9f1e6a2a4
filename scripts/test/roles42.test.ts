import {describe, expect, it} from 'vitest'
import type {Paragraph} from 'mdast'
import {structureText} from './helpers.js'
import {holdsBackLearnedOutlook, holdsBackLearnedPoint} from '../structure/learned-guards.js'
import {readingFor} from '../structure/language.js'

// Branch roles42 (cause family E): guards on the paragraph-role model's sure guesses, and outlook lists. Every sentence here
// was written for these tests.

const reading = (lang: 'en' | 'fr') => readingFor(lang)
const plain = {type: 'paragraph', children: []} as unknown as Paragraph
const bullet = (marker: string) => ({type: 'paragraph', children: [], data: {bullet: {marker}}}) as unknown as Paragraph

describe('what the role model takes for a point but an editor never does', () => {
  it('holds back a paragraph whose first sentence is negated (English and French)', () => {
    for (const text of [
      'Members did not agree on a levy on cruise ships.',
      'No agreement was reached on the sharing of the ferry subsidy.',
      'The Board could not agree on the route of the new cycle lane.',
      "The Assembly failed to adopt the statute of the lighthouse keepers' fund.",
      'There was no consensus on opening the quarry to visitors.',
      "Les membres ne sont pas parvenus à s'accorder sur une taxe sur les croisières.",
      "Le comité n'a pas retenu la proposition d'ouvrir la carrière au public.",
      "Aucun accord n'a été trouvé sur le partage de la subvention des bacs.",
      "Il n'y a pas eu de consensus sur le tracé de la piste cyclable.",
    ]) expect(holdsBackLearnedPoint(plain, text, new Set(), reading(/[àéèç]|Les |Le |Il |Aucun/.test(text) ? 'fr' : 'en')), text).toBe(true)
    for (const text of ['Members agreed on a levy on cruise ships of €2 per passenger.', 'Le comité a retenu la proposition d’ouvrir la carrière au public.', 'Not later than 2028, every ferry will carry a defibrillator.'.replace('Not later than', 'By')]) {
      expect(holdsBackLearnedPoint(plain, text, new Set(), reading(/Le comité/.test(text) ? 'fr' : 'en')), text).toBe(false)
    }
  })

  it('holds back a paragraph that names a standing problem', () => {
    for (const [text, lang] of [
      ['Illegal dumping remains the main threat to the dunes. Wardens found 340 sacks of rubble last winter.', 'en'],
      ['Bycatch is still the biggest risk for the porpoises of the bay.', 'en'],
      ['Invasive mussels continue to be one of the greatest challenges for the lock keepers.', 'en'],
      ["Le dépôt sauvage reste la principale menace pour les dunes. Les gardes ont trouvé 340 sacs de gravats l'hiver dernier.", 'fr'],
      ['La sécheresse demeure le premier risque pour les vergers de la vallée.', 'fr'],
    ] as const) expect(holdsBackLearnedPoint(plain, text, new Set(), reading(lang)), text).toBe(true)
  })

  it('holds back an aside under a glyph or emoji that no point carries, not an item of the points\' own list', () => {
    const text = 'The harbour handles 3 million passengers a year.'
    expect(holdsBackLearnedPoint(bullet('📌'), text, new Set(['✅']), reading('en'))).toBe(true)
    expect(holdsBackLearnedPoint(bullet('–'), text, new Set(['•']), reading('en'))).toBe(true)
    expect(holdsBackLearnedPoint(bullet('▸'), text, new Set(['✓']), reading('en'))).toBe(true)
    expect(holdsBackLearnedPoint(bullet('•'), text, new Set(['•']), reading('en'))).toBe(false)
    expect(holdsBackLearnedPoint(bullet('4.'), text, new Set(['1.', '2.', '3.']), reading('en'))).toBe(false)
    expect(holdsBackLearnedPoint(bullet('4/'), text, new Set(['1/', '2/']), reading('en'))).toBe(false)
  })

  it('holds back a paragraph that only names the next meeting as where an item goes (English and French)', () => {
    for (const [text, lang] of [
      ['The Board discussed the state of the pier, and asked that costed options for its repair be put to the next meeting.', 'en'],
      ['Members deferred the item on parking charges to their next meeting.', 'en'],
      ['The Council referred the question of night buses to the next session.', 'en'],
      ["Le comité a débattu de l'état de la jetée et a demandé que des options chiffrées soient présentées à la prochaine réunion.", 'fr'],
      ["Les membres ont reporté l'examen des tarifs de stationnement à la prochaine séance.", 'fr'],
    ] as const) {
      expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(true)
      expect(holdsBackLearnedPoint(plain, text, new Set(), reading(lang)), text).toBe(true)
    }
    for (const [text, lang] of [
      ['The next meeting will be held in Tromsø in March 2027.', 'en'],
      ['Members asked the secretariat to draft the rules, and will adopt them at the next meeting.', 'en'],
      ['La prochaine réunion se tiendra à Brest en mars 2027.', 'fr'],
    ] as const) expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(false)
  })

  it('holds back one member\'s own plan as a step ahead (English and French)', () => {
    for (const [text, lang] of [
      ['Iceland confirmed that it will fund two of the weather buoys from its own budget.', 'en'],
      ['Chile announced it will open a second ranger station by 2027.', 'en'],
      ["L'Islande a confirmé qu'elle financera deux des bouées météorologiques sur son propre budget.", 'fr'],
      ["Le Chili a annoncé qu'il ouvrira une seconde station de gardes d'ici à 2027.", 'fr'],
    ] as const) expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(true)
    for (const [text, lang] of [
      ['The Council confirmed that it will review the buoy network in 2027.', 'en'],
      ["Le Conseil a confirmé qu'il réexaminera le réseau de bouées en 2027.", 'fr'],
    ] as const) expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(false)
  })

  it('reads a French member\'s own plan as context, not outlook', async () => {
    const {result} = await structureText("Communiqué du Conseil des pêches côtières\nBrest, le 4 mars 2026\n\n1. Les ministres ont décidé de fermer la pêcherie de cabillaud pendant deux ans.\n\n2. Les ministres ont décidé de financer 12 patrouilleurs.\n\n3. Les ministres ont décidé de partager chaque mois les données de capture.\n\nLe Portugal a confirmé qu'il achètera deux des patrouilleurs sur ses propres fonds d'ici à 2027.\n")
    expect(result!.readout.outlook).toEqual([])
  })
})

describe('a list of meetings ahead, each entry a name line over field lines', () => {
  const decisions = 'Harbour Pilots Forum\nBergen, 2 October 2026\n\nThe Harbour Pilots Forum met in Bergen on 2 October 2026.\n\nPilot ladders\n\nMembers agreed to inspect every pilot ladder before boarding from January 2027.\n\nNight transfers\n\nMembers agreed to stop night transfers by launch when waves exceed three metres.\n\n'
  for (const [heading, entries, expected] of [
    ['Upcoming', 'Ladder safety workshop\nDates: 12-13 January 2027\nLocation: Stavanger\n\nAnnual Forum\nDates: 4-5 October 2027\nLocation: Aberdeen, Scotland', ['Ladder safety workshop Dates: 12-13 January 2027 Location: Stavanger', 'Annual Forum Dates: 4-5 October 2027 Location: Aberdeen, Scotland']],
    ['Coming up', 'Spring technical meeting\nWhen: Tuesday 16 March 2027\nWhere: Esbjerg harbour office', ['Spring technical meeting When: Tuesday 16 March 2027 Where: Esbjerg harbour office']],
    ['Dates for your diary', 'Simulator open day\nVenue: Gdynia Maritime University\nDate: 8 May 2027\n\nAnnual Forum\n- Venue: Aberdeen\n- Dates: 4 and 5 October 2027', ['Simulator open day Venue: Gdynia Maritime University Date: 8 May 2027', 'Annual Forum Venue: Aberdeen Dates: 4 and 5 October 2027']],
  ] as const) {
    it(`reads \`${heading}\` entries as outlook items, no point`, async () => {
      const {result} = await structureText(`${decisions}${heading}\n\n${entries}\n`)
      expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Pilot ladders', 'Night transfers'])
      expect(result!.readout.outlook).toEqual(expected)
    })
  }
  const décisions = 'Conseil des pilotes de port\nBrest, le 2 octobre 2026\n\nLe Conseil des pilotes de port s\'est réuni à Brest le 2 octobre 2026.\n\nÉchelles de pilote\n\nLe Conseil a décidé de contrôler chaque échelle de pilote avant l\'embarquement à partir de janvier 2027.\n\nTransferts de nuit\n\nLe Conseil a décidé d\'arrêter les transferts de nuit par vedette quand la houle dépasse trois mètres.\n\n'
  for (const [heading, entries, expected] of [
    ['Prochaines réunions', 'Atelier sur la sécurité des échelles\nDates : 12 et 13 janvier 2027\nLieu : Saint-Nazaire\n\nSession annuelle\nDates : du 4 au 6 octobre 2027\nLieu : Le Havre, maison de la mer', ['Atelier sur la sécurité des échelles Dates : 12 et 13 janvier 2027 Lieu : Saint-Nazaire', 'Session annuelle Dates : du 4 au 6 octobre 2027 Lieu : Le Havre, maison de la mer']],
    ['À venir', 'Journée portes ouvertes du simulateur\nLieu : école de la marine marchande de Marseille\nDate : 8 mai 2027', ['Journée portes ouvertes du simulateur Lieu : école de la marine marchande de Marseille Date : 8 mai 2027']],
    ['Calendrier', 'Réunion technique de printemps\nQuand : mardi 16 mars 2027\nOù : capitainerie de Lorient', ['Réunion technique de printemps Quand : mardi 16 mars 2027 Où : capitainerie de Lorient']],
  ] as const) {
    it(`lit les entrées de \`${heading}\` comme des perspectives, aucun point`, async () => {
      const {result} = await structureText(`${décisions}${heading}\n\n${entries}\n`)
      expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Échelles de pilote', 'Transferts de nuit'])
      expect(result!.readout.outlook).toEqual(expected)
    })
  }
  it('leaves a single field line and the title block\'s own fields as they were', async () => {
    const {result} = await structureText('Harbour Pilots Forum\nDate: 2 October 2026\nVenue: Bergen\n\nPilot ladders\n\nMembers agreed to inspect every pilot ladder before boarding from January 2027.\n\nNight transfers\n\nMembers agreed to stop night transfers by launch when waves exceed three metres.\n\nNext meeting\n\nDate: 4 October 2027\n')
    expect(result!.readout.place).toBe('Bergen')
    expect(result!.readout.outlook.join(' ')).not.toMatch(/Venue: Bergen/)
  })
})

describe('a next meeting item numbered by a paper or document reference', () => {
  for (const [item, date, lang] of [
    ['Paper BD-26-36: Date of next meeting', 'Saturday 16 January 2027, 10:00, by video conference.', 'en'],
    ['Doc. EB/2026/14 – Date of next meeting', 'Monday 8 March 2027 at the club house.', 'en'],
    ['Document n° CA-2026-12 : Date de la prochaine réunion', 'Samedi 16 janvier 2027 à 10 h, en visioconférence.', 'fr'],
  ] as const) {
    it(item, async () => {
      const text = lang === 'en'
        ? `Minutes of the Board of the Fell Running Association\nheld on Saturday 14 November 2026 at Keswick\n\nPaper BD-26-30: Race insurance\nThe Board agreed to renew the race insurance with a higher cover for marshals.\n\nPaper BD-26-31: Junior races\nThe Board agreed to cap junior race distances at eight kilometres.\n\n${item}\n${date}\n`
        : `Compte rendu du conseil d'administration de la Fédération de course en montagne\nréuni le samedi 14 novembre 2026 à Chamonix\n\nDocument n° CA-2026-10 : Assurance des courses\nLe conseil décide de renouveler l'assurance des courses avec une meilleure couverture des signaleurs.\n\nDocument n° CA-2026-11 : Courses des jeunes\nLe conseil décide de limiter à huit kilomètres les courses des jeunes.\n\n${item}\n${date}\n`
      const {result} = await structureText(text)
      expect(result!.readout.outlook).toEqual([date])
      expect(result!.readout.pillars).toHaveLength(2)
    })
  }
  it('reads the welcome and the opening joined, and a tally parted by dots, as procedure', async () => {
    const {result} = await structureText('Minutes of the Board of the Fell Running Association\nheld on Saturday 14 November 2026 at Keswick\n\nItem 1: Welcome and opening\nThe Chair opened the meeting at 10:00.\n\nItem 2: Race insurance\nThe Board agreed to renew the race insurance with a higher cover for marshals.\nFor 7 · Against 1 · Abstained 0 — carried.\n\nItem 3: Junior races\nThe Board agreed to cap junior race distances at eight kilometres.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The Board agreed to renew the race insurance with a higher cover for marshals.', 'The Board agreed to cap junior race distances at eight kilometres.'])
  })
})

describe('an aim, a later review and a last paragraph of dated steps are outlook', () => {
  const numbered = (last: string, lang: 'en' | 'fr') => lang === 'en'
    ? `Communiqué of the Council of Alpine Hut Keepers\nInnsbruck, 9 October 2026\n\n1. The Council agreed to fit every hut above 2,500 metres with a solar water heater by 2028.\n\n2. The Council agreed to set a common price for half board in member huts.\n\n3. ${last}\n`
    : `Communiqué du Conseil des gardiens de refuge des Alpes\nChamonix, le 9 octobre 2026\n\n1. Le Conseil a décidé d'équiper chaque refuge situé au-dessus de 2 500 mètres d'un chauffe-eau solaire d'ici à 2028.\n\n2. Le Conseil a décidé de fixer un prix commun pour la demi-pension dans les refuges membres.\n\n3. ${last}\n`
  for (const [last, lang] of [
    ['The objective of the plan is to halve the diesel burnt in member huts by 2030. The Council will meet again in Chamonix in October 2027.', 'en'],
    ['The target of the strategy is that every hut sorts its waste by 2029.', 'en'],
    ["L'objectif du plan est de réduire de moitié le gazole brûlé dans les refuges d'ici à 2030. Le Conseil se réunira de nouveau en octobre 2027.", 'fr'],
    ["Le plan vise à équiper tous les refuges d'un tri des déchets d'ici 2029.", 'fr'],
    ["Notre ambition est que chaque refuge produise son électricité d'ici 2032.", 'fr'],
  ] as const) {
    it(last, async () => {
      const {result} = await structureText(numbered(last, lang))
      expect(result!.readout.outlook).toEqual([last])
      expect(result!.readout.pillars).toHaveLength(2)
    })
  }
  for (const [last, lang] of [
    ['The Council instructed its working groups on energy, water and waste to report on the implementation of the plan to the meeting of hut wardens in 2027, and agreed to review the plan as a whole in 2029.', 'en'],
    ['The Council asked the expert panel to report on progress under the plan at its next meeting.', 'en'],
    ['The Council decided to evaluate the programme at mid-term, in 2028.', 'en'],
    ["Le Conseil charge le bureau de présenter un premier bilan du plan en septembre 2027 et convient de réexaminer l'ensemble du dispositif en 2029.", 'fr'],
    ['Le Conseil demande au secrétariat de rendre compte de la mise en œuvre du plan à la prochaine session.', 'fr'],
  ] as const) {
    it(last, async () => {
      const {result} = await structureText(numbered(last, lang))
      expect(result!.readout.outlook).toEqual([last])
      expect(result!.readout.pillars).toHaveLength(2)
    })
  }
  it('keeps a decision to assess something, and a decision whose later sentence looks ahead, as points', async () => {
    const assess = await structureText(numbered('The Council agreed to assess the safety of all footbridges on hut paths by the end of 2027.', 'en'))
    expect(assess.result!.readout.pillars).toHaveLength(3)
    const later = await structureText(numbered('The Council agreed to open a common booking page for all huts. Keepers will keep their own prices for drinks.', 'en'))
    expect(later.result!.readout.pillars).toHaveLength(3)
  })
  const wire = (last: string, lang: 'en' | 'fr') => lang === 'en'
    ? `Hut keepers agree on solar heating\n\nINNSBRUCK, Austria, 9 October 2026 – The Council of Alpine Hut Keepers agreed on Thursday to fit every hut above 2,500 metres with a solar water heater.\n\nThe Council agreed to fit every hut above 2,500 metres with a solar water heater by 2028.\n\nThe Council also agreed to set a common price for half board in member huts.\n\n${last}\n\nPress contact: press@huts.example\n`
    : `Les gardiens de refuge s'accordent sur le chauffage solaire\n\nCHAMONIX, 9 octobre 2026 – Le Conseil des gardiens de refuge des Alpes a décidé jeudi d'équiper ses refuges de chauffe-eau solaires.\n\nLe Conseil a décidé d'équiper chaque refuge situé au-dessus de 2 500 mètres d'un chauffe-eau solaire d'ici à 2028.\n\nLe Conseil a également décidé de fixer un prix commun pour la demi-pension dans les refuges membres.\n\n${last}\n\nContact presse : presse@refuges.example\n`
  for (const [last, lang] of [
    ['The first heaters will be fitted at the Franz-Senn hut on 1 June 2027, and the Council will publish the fuel savings in October 2027.', 'en'],
    ['Booking for the summer season opens on 15 March 2027 and will close on 30 April.', 'en'],
    ['Le premier chauffe-eau sera posé au refuge du Goûter le 1er juin 2027. Le bureau fera un premier bilan des économies en octobre 2027.', 'fr'],
  ] as const) {
    it(last, async () => {
      const {result} = await structureText(wire(last, lang))
      expect(result!.readout.outlook).toContain(last)
      expect(result!.readout.pillars.map((p) => p.body)).not.toContain(last)
    })
  }
})
