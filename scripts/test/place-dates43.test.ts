import {describe, expect, it} from 'vitest'
import {DAYS_ENDED} from '../structure/english.js'
import {factsOfFieldLayout} from '../structure/fact-headings.js'
import {FRENCH, FRENCH_DAYS_ENDED} from '../structure/french.js'
import {heldMeeting} from '../structure/held-meeting.js'
import {ENGLISH} from '../structure/language.js'
import {pageStamp, pinnedPlace, readDateline, townNamedAlone} from '../structure/recognise-dateline.js'
import {readPlaceAndDate} from '../structure/recognise-header.js'
import {readoutOf} from './helpers.js'
import type {Paragraph} from 'mdast'

// Place and dates, cause family B of rounds 31 and 32 (branch placedate43). Every sentence here is written for the test.

const when = (found: {dates?: {start: string; end: string}} | undefined) => found?.dates && [found.dates.start, found.dates.end]
const POINTS = '\n\nThe members agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThey will meet again next spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de remplacer la chaudière de toutes les vedettes à vapeur du lac d'ici 2029.\n\nIls se retrouveront au printemps.\n"
const paragraphs = (...texts: string[]) => texts.map((text) => ({type: 'paragraph', children: [{type: 'text', value: text}]}) as Paragraph)

describe('B2: a wire dateline in brackets is the release’s date; the meeting clause gives the meeting’s', () => {
  it('reads square brackets, parentheses, a country and a dash before the date, in both languages', () => {
    expect(when(readDateline('[KESWICK, England – 9 March 2026] Fell runners from nine clubs, meeting in Keswick on 6 and 7 March, agreed to share a rescue fund.', undefined, ENGLISH))).toEqual(['2026-03-06', '2026-03-07'])
    expect(when(readDateline('(TROMSØ, Norway — 12 May 2026) Reindeer herders, who gathered in Tromsø from 8 to 10 May, adopted a grazing plan.', undefined, ENGLISH))).toEqual(['2026-05-08', '2026-05-10'])
    expect(readDateline('[ANNECY – 4 juin 2026] Les gardiens de refuge, réunis à Annecy les 2 et 3 juin, ont adopté une charte.', undefined, FRENCH)).toMatchObject({place: 'Annecy', dates: {start: '2026-06-02', end: '2026-06-03'}})
  })
  it('leaves brackets that hold no dateline as they are', () => {
    expect(readDateline('[Updated] The Lake Launch Society met in Bowness on 3 March 2026.', undefined, ENGLISH)).toMatchObject({place: 'Bowness', dates: {start: '2026-03-03'}})
  })
})

describe('B2: the meeting’s own clause of being held beats a page’s or a gazette’s date', () => {
  const read = (text: string, reading = ENGLISH) => heldMeeting([text], 2026, reading, (after) => readDateline(`${reading === FRENCH ? 'Le comité s’est réuni' : 'The Board met'}${after}`, 2026, reading)?.place)
  it('reads `held`, `convened`, `tenue` after the meeting’s name, the place before or after the date, a venue before the town', () => {
    expect(read('The Society welcomes the outcome of the 12th annual meeting of the Lake Launch Society, held in Bowness, England, from 3 to 5 March 2026, which brought together 40 owners.')).toEqual({place: 'Bowness', dates: expect.objectContaining({start: '2026-03-03', end: '2026-03-05'})})
    expect(read('Notice is given that the Society, at its spring meeting convened at the Corn Exchange, Kendal, on the 3rd and 4th March, 2026, resolved as follows.')).toEqual({place: 'Kendal', dates: expect.objectContaining({start: '2026-03-03', end: '2026-03-04'})})
    expect(read('A copy of the minutes of the 4th meeting of the Boat Committee held on 5th March, 2026 at the Marine Institute, Galway, is forwarded herewith.')).toEqual({place: 'Galway', dates: expect.objectContaining({start: '2026-03-05'})})
    expect(read("Le Ministère transmet les conclusions de la troisième session de la Commission mixte des lacs, tenue à Annecy les 2 et 3 juin 2026.", FRENCH)).toEqual({place: 'Annecy', dates: expect.objectContaining({start: '2026-06-02', end: '2026-06-03'})})
  })
  it('never reads a next, previous or future meeting', () => {
    expect(read('The next meeting, to be held in Oslo on 4 May 2027, will review the plan.')).toBeUndefined()
    expect(read('The previous meeting held in Oslo on 4 May 2025 had asked for the plan.')).toBeUndefined()
    expect(read('La prochaine session, tenue à Oslo le 4 mai 2027, fera le point.', FRENCH)).toBeUndefined()
  })
  it('gives a statement dated days later the meeting’s place and dates, and a gazette under its masthead', async () => {
    const statement = 'Statement | 9 March 2026 | Brussels\n\nThe Union welcomes the outcome of the 12th annual meeting of the Lake Launch Commission, held in Bowness, England, from 3 to 5 March 2026, which brought together delegations from 14 members.\n\nThe meeting took place against a background of rising fuel costs.' + POINTS
    expect(await readoutOf(statement)).toMatchObject({place: 'Bowness', dates: {start: '2026-03-03', end: '2026-03-05'}})
  })
})

describe('B2/B4: a weekday named alone is counted back from the page’s stamp', () => {
  it('reads the publication stamp among the first lines, after a byline or not, an update’s only when no publication is given', () => {
    expect(pageStamp('Titre\n\nPublié le 03/11/2026 à 06h00 · Mis à jour le 04/11/2026 à 08h12\n\nTexte.', FRENCH)?.start).toBe('2026-11-03')
    expect(pageStamp('Headline\nBy Ana Ruiz | Published 3 May 2026\n\nText.', ENGLISH)?.start).toBe('2026-05-03')
    expect(pageStamp('Titre\nMis à jour le 4 mai 2026\n\nTexte.', FRENCH)?.start).toBe('2026-05-04')
    expect(pageStamp('Headline\n\nThe Board met on 4 May 2026.', ENGLISH)).toBeUndefined()
  })
  it('counts `samedi`, `ce mardi`, `on Tuesday` back from the stamp (French and English)', async () => {
    const french = "Les vedettes du lac veulent un plan\n\nPar Claire Martin\nPublié le 03/11/2026 à 06h00 · Mis à jour le 03/11/2026 à 08h12\n\nL'Association des vedettes du Léman, qui tenait samedi son assemblée générale à Évian, a décidé de changer d'échelle." + POINTS_FR
    expect(await readoutOf(french)).toMatchObject({place: 'Évian', dates: {start: '2026-10-31', end: '2026-10-31'}})
    const live = "DIRECT. Le lac sous surveillance\n\nPublié le 24/03/2026 à 09h15 · Mis à jour le 24/03/2026 à 18h47\n\nLe comité du lac, réuni ce mardi à Annecy sous la présidence du préfet, a débloqué un fonds d'urgence." + POINTS_FR
    expect(await readoutOf(live)).toMatchObject({place: 'Annecy', dates: {start: '2026-03-24'}})
    const english = 'Steam launches to get new boilers\n\nBy Ana Ruiz\nPublished 5 March 2026 at 07:45 · Updated 5 March 2026 at 10:02\n\nThe Lake Launch Society, which was holding its annual meeting on Tuesday in Bowness, has agreed a plan.' + POINTS
    expect(await readoutOf(english)).toMatchObject({place: 'Bowness', dates: {start: '2026-03-03'}})
  })
})

describe('B4: verbs of meeting in the imperfect, `siéger`, a weekday or a venue before the town', () => {
  it('reads `tenait samedi son assemblée`, `ont siégé`, `se retrouvaient mardi soir`, `held on Saturday its`', () => {
    expect(readDateline("L'Union des bateliers, qui tenait samedi son assemblée générale à Dole, a décidé d'agir.", 2026, FRENCH)).toMatchObject({organisation: 'Union des bateliers', place: 'Dole', weekdays: [6, 6]})
    expect(readDateline("Les délégués de neuf fédérations ont siégé à Albi du 3 au 5 mars 2026.", 2026, FRENCH)).toMatchObject({place: 'Albi', dates: {start: '2026-03-03', end: '2026-03-05'}})
    expect(readDateline("Les membres du Cercle des bateliers, qui se retrouvaient mardi soir à Dole, ont voté un plan.", 2026, FRENCH)).toMatchObject({place: 'Dole', weekdays: [2, 2]})
    expect(readDateline('The Lake Launch Society held on Saturday its annual general meeting in Bowness.', 2026, ENGLISH)).toMatchObject({place: 'Bowness', weekdays: [6, 6]})
  })
  it('reads the town after a weekday (`ce mardi à`, `jeudi soir à`, `on Tuesday evening in`), not a building after `at`', () => {
    expect(readDateline('Le comité du lac, réuni ce mardi à Annecy, a décidé.', 2026, FRENCH)?.place).toBe('Annecy')
    expect(readDateline('Le comité du lac, réuni jeudi soir en séance plénière à Annecy, a décidé.', 2026, FRENCH)?.place).toBe('Annecy')
    expect(readDateline('The Lake Launch Board met on Tuesday evening in Bowness to agree a plan.', 2026, ENGLISH)?.place).toBe('Bowness')
    expect(readDateline('The Lake Launch Board, meeting on Tuesday and Wednesday at Bryn Hall, agreed a plan.', 2026, ENGLISH)?.place).toBeUndefined()
  })
  it('reads the town after a building named with its article (`à l’Espace …, à …`, `at the … Baths, in …`)', () => {
    expect(readDateline("📍 Réunis jeudi soir à l'Espace Mistral, à Dole, les 30 élus du conseil ont voté un plan.", 2026, FRENCH)?.place).toBe('Dole')
    expect(readDateline("Réunis à la Maison du lac, à Annecy, les gardiens ont voté une charte.", 2026, FRENCH)?.place).toBe('Annecy')
    expect(readDateline('The Forum met on Tuesday at the Kalma Baths, in Tallinn, to agree a charter.', 2026, ENGLISH)?.place).toBe('Tallinn')
  })
  it('reads the town a relative `where` / `où` hangs on', () => {
    expect(readDateline('Back from Bowness, where the Lake Launch Society held its annual meeting on 3 March 2026 at the boathouse.', 2026, ENGLISH)).toMatchObject({organisation: 'Lake Launch Society', place: 'Bowness'})
    expect(readDateline('Greetings from Keswick, where the Fell Runners’ Association held its annual meeting on 3 May 2026.', 2026, ENGLISH)?.place).toBe('Keswick')
    expect(readDateline("De retour de Dole, où l'Union des bateliers a tenu son assemblée générale le 7 mars 2026 à la salle des fêtes.", 2026, FRENCH)?.place).toBe('Dole')
  })
})

describe('B4: days of work closed on a weekday, the place between the verb and the count', () => {
  it('reads the count in French and English whatever stands between', () => {
    expect(FRENCH_DAYS_ENDED.exec('La Plateforme a clôturé mercredi à Morondava deux jours de travaux consacrés à la campagne.')?.[1]).toBe('deux')
    expect(FRENCH_DAYS_ENDED.exec('Les membres ont achevé, jeudi soir, à Saint-Malo, trois jours de réunion.')?.[1]).toBe('trois')
    expect(FRENCH_DAYS_ENDED.exec('Le comité a conclu hier à Dole deux jours de débats.')?.[1]).toBe('deux')
    expect(DAYS_ENDED.exec('Ministers wrapped up on Wednesday in Suva two days of talks on tuna.')?.[1]).toBe('two')
    expect(DAYS_ENDED.exec('Delegates concluded in Port Vila three days of negotiations.')?.[1]).toBe('three')
  })
})

describe('B4: a sitting line with its town after a dash', () => {
  it('reads the town after the sitting’s name and date, its département dropped', () => {
    expect(readPlaceAndDate('Séance plénière du jeudi 08.10.2026 – Le Puy-en-Velay (43)', FRENCH)).toMatchObject({place: 'Le Puy-en-Velay', dates: {start: '2026-10-08'}})
    expect(readPlaceAndDate('Assemblée générale du samedi 7 mars 2026 – Saint-Malo', FRENCH)).toMatchObject({place: 'Saint-Malo', dates: {start: '2026-03-07'}})
    expect(readPlaceAndDate('Plenary session, Tuesday 3 March 2026 – Kendal', ENGLISH)).toMatchObject({place: 'Kendal', dates: {start: '2026-03-03'}})
    // (a building then its town after the dash still gives the town)
    expect(readPlaceAndDate('Séance du samedi 21.11.2026 – Salle Jean-Moulin, Lens', FRENCH)).toMatchObject({place: 'Lens'})
  })
})

describe('B3: a meeting’s facts laid out as fields', () => {
  it('reads a label alone on its line over its value, and fields side by side', () => {
    expect(factsOfFieldLayout(paragraphs('Date', '16 Apr 2026 – 17 Apr 2026, Pavillon de Breteuil, Sèvres (hybrid)'), undefined, ENGLISH)).toMatchObject({place: 'Sèvres', dates: {start: '2026-04-16', end: '2026-04-17'}})
    expect(factsOfFieldLayout(paragraphs('When', 'Tuesday 24 November 2026', 'Location', 'Harbour Room, Town Quay, Padstow'), undefined, ENGLISH)).toMatchObject({place: 'Padstow', dates: {start: '2026-11-24'}})
    expect(factsOfFieldLayout(paragraphs('Date :', 'mardi 12 janvier 2027', 'Lieu', 'Salle des fêtes, Yvetot'), undefined, FRENCH)).toMatchObject({place: 'Yvetot', dates: {start: '2027-01-12'}})
    expect(factsOfFieldLayout(paragraphs('Date: 5th March, 2026          Venue: Marine Institute, Galway          Chair: Secretary'), undefined, ENGLISH)).toMatchObject({place: 'Galway', dates: {start: '2026-03-05'}})
  })
  it('takes no field heading for a place line', async () => {
    const page = 'Launch Society / Meetings / Board\n\nBoard – spring meeting\n\nDate\n\nTuesday 3 March 2026\n\nLocation\n\nBoathouse, Lake Road, Bowness\n\nThe board agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThe board will meet again in May.\n'
    expect((await readoutOf(page)).place).not.toBe('Date')
  })
})

describe('B3/B4: a pinned place, a town closing a title block, the one town of a first paragraph', () => {
  it('reads a pin’s town alone, its département or country dropped', () => {
    expect(pinnedPlace(['Titre', '📍 Trélazé (Maine-et-Loire)'])).toBe('Trélazé')
    expect(pinnedPlace(['📌 Tromsø, Norway'])).toBe('Tromsø')
    expect(pinnedPlace(['📍 Lieu : Châteaulin'])).toBe('Châteaulin')
    expect(pinnedPlace(['📍 Salle des fêtes'])).toBeUndefined()
  })
  it('reads a town of several words alone on the last line of a block with a kind', async () => {
    const block = 'Lakeland Launch Association\nRECORD OF CONCLUSIONS\nSpring Forum on Steam Launches\nStratford upon Avon\n\nThe Forum met from Monday 2 March through Wednesday 4 March 2026, hosted by the boatyards of the county.' + POINTS
    expect(await readoutOf(block)).toMatchObject({place: 'Stratford upon Avon', dates: {start: '2026-03-02', end: '2026-03-04'}})
  })
  it('reads the one town a first paragraph is set in, and none when it names two', () => {
    expect(townNamedAlone('Three days in Bowness last week convinced me that the steam launch has a future. I opened our meeting there with a warning.', ENGLISH)).toBe('Bowness')
    expect(townNamedAlone("Trois jours à Annecy ont suffi à convaincre les bateliers. J'y ai ouvert notre assemblée en mars.", FRENCH)).toBe('Annecy')
    expect(townNamedAlone('We met in Bowness in March, after a first round in Kendal.', ENGLISH)).toBeUndefined()
  })
})
