import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {readoutOf} from './helpers.js'

// Place and dates, cause family B of rounds 37 and 38 (branch placedate46). Every sentence here is written for the test.

const when = (found: {dates?: {start: string; end: string}} | undefined) => found?.dates && [found.dates.start, found.dates.end]
const POINTS = '\n\nThe members agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThey will meet again next spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de remplacer la chaudière de toutes les vedettes à vapeur du lac d'ici 2029.\n\nIls se retrouveront au printemps.\n"

describe('B1: days named only relative to the text are counted back from its own date (an issue, a record, a message)', () => {
  it('counts weekdays back from an issue line’s date under a masthead, in English and French', async () => {
    // (7 March 2026 is a Saturday; 12 March 2026 a Thursday)
    const english = await readoutOf(`THE WEIR KEEPER\nBulletin of the Severn Anglers' Federation\nNo. 12 · Saturday 7 March 2026\n\nAnglers agree on a close season for grayling\n\nAnglers from twenty clubs came together in Worcester on Tuesday and Wednesday for the spring council of the federation.${POINTS}`)
    expect(english.place).toBe('Worcester')
    expect(when(english)).toEqual(['2026-03-03', '2026-03-04'])
    const french = await readoutOf(`LA GAZETTE DES MOULINS\nBulletin de la Fédération des meuniers de l'Ouest\nn° 58 — jeudi 12 mars 2026\n\nLes meuniers s'accordent sur un prix du blé\n\nLes meuniers de quarante moulins se sont réunis lundi et mardi à Vitré pour l'assemblée de printemps de la fédération.${POINTS_FR}`)
    expect(french.place).toBe('Vitré')
    expect(when(french)).toEqual(['2026-03-09', '2026-03-10'])
  })
  it('counts back from a record’s date the days a minister’s statement says the meeting was held, with no sentence saying who met', async () => {
    // (11 March 2026 is a Wednesday)
    const english = await readoutOf(`SCOTTISH CROFTING ASSEMBLY\nOfficial Report\nWednesday 11 March 2026\n\nMinisterial Statement\n\nCommon Grazings: Fencing and Deer\n\nThe Cabinet Secretary for Rural Affairs (Ms Munro): Presiding Officer, I rise to report on the talks of the Highland Grazings Panel, which were held in Portree on Monday, with the landowners' federation. The panel brings together the grazing committees of the islands.\n\nThe panel agreed to share the cost of deer fencing on every common grazing by 2028.\n\nIt will meet again in the autumn.\n`)
    expect(when(english)).toEqual(['2026-03-09', '2026-03-09'])
  })
  it('counts back from a message’s own date: the last of a forwarded chain’s, `Date:` or `Envoyé :`', async () => {
    // (11 March 2026 is a Wednesday)
    const english = await readoutOf(`Date: Wed, 11 Mar 2026 at 08:15\nSubject: Notes from the Guild's spring meeting\n\nHi all,\n\nBelow are my notes from yesterday's meeting of the Marches Thatchers' Guild, as promised.\n\nThe Guild agreed to buy water reed in bulk for all its members from next year.\n\nIt also agreed to train four apprentices a year.\n`)
    expect(when(english)).toEqual(['2026-03-10', '2026-03-10'])
    const french = await readoutOf(`Envoyé : jeudi 12 mars 2026 09:30\nObjet : Notes de la réunion des vanniers\n\nBonjour à tous,\n\nVoici mes notes de la réunion d'hier de la Fédération des vanniers de Touraine.\n\nLa Fédération a décidé d'acheter l'osier en commun pour tous ses membres dès l'an prochain.\n\nElle formera aussi quatre apprentis par an.\n`)
    expect(when(french)).toEqual(['2026-03-11', '2026-03-11'])
  })
})

describe('B2: a wire whose lead names no day leaves the meeting to its next sentences; its town after the verb of deciding beats the wire’s city', () => {
  it('reads the town after the lead’s verb of deciding, in English and French', () => {
    expect(readDateline('EDINBURGH, 13 March 2026 – Lighthouse keepers adopted earlier this week in Oban a common rota for the northern lights.', undefined, ENGLISH)?.place).toBe('Oban')
    expect(readDateline('NANTES, 13 mars 2026 (Agence) – Les ostréiculteurs ont adopté cette semaine à Vannes un plan commun contre les huîtres creuses.', undefined, FRENCH)?.place).toBe('Vannes')
    // (a town after a verb of deciding and other words is not where it was decided)
    expect(readDateline('EDINBURGH, 13 March 2026 – Lighthouse keepers agreed to invest in Oban a share of their fund.', undefined, ENGLISH)?.place).toBe('Edinburgh')
  })
  it('counts the days a later sentence says the body met on back from the release’s date', async () => {
    // (13 March 2026 is a Friday)
    const english = await readoutOf(`Lighthouse keepers agree a common rota\n\nEDINBURGH, 13 March 2026 – Lighthouse keepers adopted earlier this week in Oban a common rota for the northern lights.\n\nTheir council, which sat on Tuesday and Wednesday at the Corran Halls, groups the keepers of some thirty lights.${POINTS}`)
    expect(english.place).toBe('Oban')
    expect(when(english)).toEqual(['2026-03-10', '2026-03-11'])
    const french = await readoutOf(`Les ostréiculteurs adoptent un plan commun\n\nNANTES, 13 mars 2026 (Agence) – Les ostréiculteurs ont adopté cette semaine à Vannes un plan commun contre la mortalité des huîtres. Leur comité régional, qui s'est réuni mercredi et jeudi au palais des congrès, rassemble quelque 300 exploitations.${POINTS_FR}`)
    expect(french.place).toBe('Vannes')
    expect(when(french)).toEqual(['2026-03-11', '2026-03-12'])
  })
})

describe('B3: a town after a building is read whole, with the article `au` holds', () => {
  it('reads a hyphenated town after `au`, `aux`, `à` and `in` following the building', () => {
    expect(readDateline('Les délégués se sont réunis samedi au moulin de la Vallée, au Mesnil-sur-Oger, pour leur assemblée.', 2026, FRENCH)?.place).toBe('Le Mesnil-sur-Oger')
    expect(readDateline("Les sauveteurs se sont réunis le 4 mars 2026 à l'Espace Prévert, aux Sables-d'Olonne, pour leur congrès.", 2026, FRENCH)?.place).toBe("Les Sables-d'Olonne")
    expect(readDateline('Les pêcheurs se sont réunis mardi à la halle aux poissons, à Saint-Jean-de-Luz, pour leur assemblée.', 2026, FRENCH)?.place).toBe('Saint-Jean-de-Luz')
    expect(readDateline('The players met on Monday at the Swan Theatre, in Stratford-upon-Avon, for their annual meeting.', 2026, ENGLISH)?.place).toBe('Stratford-upon-Avon')
  })
})

describe('B4: a title block’s line of the sitting and its date, its hour after it, gives the meeting’s date; a venue line under it its town', () => {
  it('reads the sitting’s line in English and French, whatever its hour', async () => {
    const english = await readoutOf(`MARCHES THATCHERS' GUILD\nCouncil – Summary of Decisions\nSpecial Meeting held on Tuesday 3 March 2026 at 7 p.m.\nRiverside Inn, Ludlow, Shropshire\n\nMembers present: Hale (Chair), Moss, Pryce.\n\nItem 1 — Water reed\nThe Council approved the bulk purchase of water reed for all members from 2027.\n\nItem 2 — Apprentices\nThe Council agreed to train four apprentices a year.\n`)
    expect(english.place).toBe('Ludlow')
    expect(when(english)).toEqual(['2026-03-03', '2026-03-03'])
    const french = await readoutOf(`SYNDICAT DES VANNIERS DE TOURAINE\nConseil d'administration – Relevé de décisions\nSéance ordinaire du jeudi 12 mars 2026, 18 h 30\n\nPrésents : M. Girard (président), Mme Roux, M. Petit.\n\nPoint 1 — Osier\nLe conseil a décidé d'acheter l'osier en commun dès 2027.\n\nPoint 2 — Apprentis\nLe conseil formera quatre apprentis par an.\n`)
    expect(when(french)).toEqual(['2026-03-12', '2026-03-12'])
  })
})

describe('B5: a place field that names the town first, then its buildings and rooms', () => {
  it('reads the town, never a room in common words', async () => {
    const french = await readoutOf(`Compte rendu – Comité des marchés couverts\n\nDate : mardi 10 mars 2026, 9 h – 11 h\nLieu : Annecy, Hôtel de Ville, salon Berthollet\n\nLe comité a décidé de rénover les halles d'ici 2028.\n\nIl formera quatre placiers par an.\n`)
    expect(french.place).toBe('Annecy')
    const english = await readoutOf(`Notes – Covered Markets Committee\n\nDate: Tuesday 10 March 2026, 9–11 a.m.\nVenue: Kendal, Town Hall, council chamber\n\nThe committee agreed to restore the market halls by 2028.\n\nIt will train four market officers a year.\n`)
    expect(english.place).toBe('Kendal')
  })
})
