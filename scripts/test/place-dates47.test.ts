import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {readFactLine, readPlaceAndDate} from '../structure/recognise-header.js'
import {readoutOf} from './helpers.js'

// Place and dates, cause family B of rounds 39 and 40 (branch placedate47). Every sentence here is written for the test.

const when = (found: {dates?: {start: string; end: string}} | undefined) => found?.dates && [found.dates.start, found.dates.end]
const POINTS = '\n\nThe members agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThey will meet again next spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de remplacer la chaudière de toutes les vedettes à vapeur du lac d'ici 2029.\n\nIls se retrouveront au printemps.\n"

describe('B1: a letter’s or a record’s own date is not its meeting’s; the days written with the meeting win', () => {
  it('reads the days a letter’s thanks give the meeting, under the letter’s later date, in English and French', async () => {
    const english = await readoutOf(`OFFICE OF THE HARBOUR COMMISSIONER\nKirkwall\n\n19 March 2026\n\nDear members of the Northern Ferries Board,\n\nMany thanks for coming to Kirkwall from 9 to 11 March for our spring meeting of the Board, which I was glad to chair.${POINTS}`)
    expect(when(english)).toEqual(['2026-03-09', '2026-03-11'])
    const french = await readoutOf(`CABINET DE LA PRÉSIDENTE\nÉpinal\n\nle 20 mai 2026\n\nMesdames et Messieurs les membres du Conseil des forêts vosgiennes,\n\nJe vous remercie d'être venus à Épinal les 12 et 13 mai pour la troisième réunion de notre conseil.${POINTS_FR}`)
    expect(when(french)).toEqual(['2026-05-12', '2026-05-13'])
  })
  it('keeps the letter’s date when the meeting’s days come after it or name another meeting', async () => {
    const later = await readoutOf(`OFFICE OF THE HARBOUR COMMISSIONER\nKirkwall\n\n19 March 2026\n\nDear members of the Northern Ferries Board,\n\nI write to confirm the arrangements for our meeting in Kirkwall on 9 April 2026.${POINTS}`)
    expect(when(later)).toEqual(['2026-03-19', '2026-03-19'])
  })
})

describe('B2: days named relatively are counted back from the date of the document that says them', () => {
  it('counts `yesterday`, `hier` back from a sitting’s date, the town after `in`, `à` in that sentence', async () => {
    const french = await readoutOf(`ASSEMBLÉE NATIONALE\nCompte rendu intégral\nSéance du jeudi 8 octobre 2026\n\nQuestions au Gouvernement\n\nM. le président. La parole est à M. Paul Riou.\n\nM. Paul Riou. Madame la ministre, où en est le plan pour les canaux bretons ?\n\nMme la ministre. Monsieur le député, j'ai ouvert hier à Redon la réunion du Comité des voies d'eau de l'Ouest, qui rassemble l'État et les départements.${POINTS_FR}`)
    expect(french).toMatchObject({place: 'Redon', dates: {start: '2026-10-07', end: '2026-10-07'}})
    const english = await readoutOf(`LEGISLATIVE COUNCIL\nHansard\nTuesday 13 October 2026\n\nQuestions without notice\n\nThe PRESIDENT: I call the Hon. Sarah Quill.\n\nThe Hon. SARAH QUILL: Minister, what came of the canal talks?\n\nThe Hon. MARK DOYLE (Minister): Yesterday in Ballarat I chaired the annual meeting of the Inland Waterways Council, with every shire represented.${POINTS}`)
    expect(english).toMatchObject({place: 'Ballarat', dates: {start: '2026-10-12', end: '2026-10-12'}})
  })
  it('counts weekdays back from a page’s or an issue’s stamp, the town a building is named after when the text names it as a town', async () => {
    const english = await readoutOf(`THE VALLEY VOICE · Farming\n\nCider makers agree a shared press\n\nPublished Friday 16 October 2026, 7:00 a.m.\n\nCider makers from the whole county spent Monday and Tuesday in the Ledbury Market Hall for the autumn meeting of the Three Counties Cider Guild.\n\nThe mayor of Ledbury welcomed them.${POINTS}`)
    expect(english).toMatchObject({place: 'Ledbury', dates: {start: '2026-10-12', end: '2026-10-13'}})
    const french = await readoutOf(`LE COURRIER DU BOCAGE · Agriculture\n\nLes cidriers s'accordent sur un pressoir commun\n\nPublié le vendredi 16 octobre 2026 à 7 h\n\nLes cidriers du département ont passé mardi à la salle des fêtes de Gavray pour l'assemblée d'automne de leur syndicat.\n\nLe maire de Gavray les a accueillis.${POINTS_FR}`)
    expect(french).toMatchObject({place: 'Gavray', dates: {start: '2026-10-13', end: '2026-10-13'}})
  })
  it('never takes the first word of a building the text does not name as a town', async () => {
    const readout = await readoutOf(`THE VALLEY VOICE · Farming\n\nCider makers agree a shared press\n\nPublished Friday 16 October 2026, 7:00 a.m.\n\nCider makers from the whole county spent Monday in the Royal Exchange Hall for the autumn meeting of the Three Counties Cider Guild.${POINTS}`)
    expect(readout.place).not.toBe('Royal')
  })
  it('counts `yesterday` in a wire’s lead back from the wire’s own date, with or without a town after it', () => {
    expect(when(readDateline('HULL, 21 May 2026 – Inshore fishing crews from five ports approved yesterday in Grimsby a shared plan for safety drills.', undefined, ENGLISH))).toEqual(['2026-05-20', '2026-05-20'])
    expect(when(readDateline('HULL, 21 May 2026 – The Inshore Fishing Council yesterday adopted a shared plan for safety drills.', undefined, ENGLISH))).toEqual(['2026-05-20', '2026-05-20'])
    expect(readDateline('BREST, 12 mars 2026 – Les pêcheurs de cinq ports ont adopté hier à Morlaix un plan commun pour les exercices de sécurité.', undefined, FRENCH)).toMatchObject({place: 'Morlaix', dates: {start: '2026-03-11', end: '2026-03-11'}})
  })
})

describe('B3: a county or a region after a held meeting’s town is where the town lies, not the place', () => {
  it('takes the town after the building, a county after it dropped, in English and French', () => {
    expect(readPlaceAndDate('Held on Tuesday 3 March 2026 at the Assembly Rooms, Ludlow, Shropshire', ENGLISH)?.place).toBe('Ludlow')
    expect(readPlaceAndDate('Minutes of the meeting held at Marine House, Padstow, Cornwall, on 4 May 2026', ENGLISH)?.place).toBe('Padstow')
    expect(readPlaceAndDate('Tenue à la Maison des associations, Quimperlé, Finistère, le 5 juin 2026', FRENCH)?.place).toBe('Quimperlé')
  })
  it('keeps the town last after buildings alone', () => {
    expect(readPlaceAndDate('Held on Tuesday 3 March 2026 at the Assembly Rooms, Ludlow', ENGLISH)?.place).toBe('Ludlow')
    expect(readPlaceAndDate('Minutes of the meeting held at Marine House, Plymouth, on 4 May 2026', ENGLISH)?.place).toBe('Plymouth')
  })
})

describe('B4: a field list’s names between colons are read as a fact box’s labels', () => {
  it('reads `:Date:`, `:Location:`, `:Lieu:`', () => {
    expect(readFactLine(':Date: 2026-05-09', undefined, ENGLISH)?.dates?.start).toBe('2026-05-09')
    expect(readFactLine(':Location: Chester, Grosvenor Boathouse', undefined, ENGLISH)?.place).toBe('Chester')
    expect(readFactLine(':Lieu: Vannes', undefined, FRENCH)?.place).toBe('Vannes')
    expect(readFactLine(':Status: Approved', undefined, ENGLISH)).toBeUndefined()
  })
  it('gives a page’s place and date from its field list under the title', async () => {
    const readout = await readoutOf(`Lakeland Launch Society: Spring Meeting Notes\n==============================================\n\n:Date: 2026-04-18\n:Venue: Windermere, Steamboat Museum\n:Author: Secretary\n\n.. contents:: On this page\n\nOverview\n========\n\nOwners of the steam launches met on Saturday for the spring meeting.${POINTS}`)
    expect(readout).toMatchObject({place: 'Windermere', dates: {start: '2026-04-18', end: '2026-04-18'}})
  })
})
