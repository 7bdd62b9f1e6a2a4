import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {readFactLine} from '../structure/recognise-header.js'
import {withoutSittingTail} from '../structure/mend-organisation.js'
import {readoutOf} from './helpers.js'

// Organisation, place and dates, the causes of rounds 45 and 46 (branch fields50). Every sentence here is written for the test.

const POINTS = '\n\nThe members agreed to repaint every bench on the promenade by 2028.\n\nThey will meet again in the spring.\n'

describe('an organ of a body, named by its own capitals and head, is the body that met, with its parent', () => {
  it('keeps the organ and its parent in a dateline, whatever the head and the words around it', () => {
    const cases: Array<[string, string]> = [
      ['The Heritage Grants Panel of the Lowland Canals Trust met in Falkirk on 3 March 2026 to share out this year’s fund.', 'Heritage Grants Panel of the Lowland Canals Trust'],
      ['On 12 May 2026 the Youth Section Committee of the Severn Rowing Federation met in Worcester.', 'Youth Section Committee of the Severn Rowing Federation'],
      ['The Finance and Audit Group of the Coastal Ferries Forum, meeting in Oban on 9 June 2026, agreed its accounts.', 'Finance and Audit Group of the Coastal Ferries Forum'],
    ]
    for (const [sentence, organisation] of cases) expect(readDateline(sentence, undefined, ENGLISH)?.organisation, sentence).toBe(organisation)
  })
  it('keeps the body alone when its organ is a head alone or an organ of people', () => {
    expect(readDateline('The Council of the Lowland Canals Trust met in Falkirk on 3 March 2026.', undefined, ENGLISH)?.organisation).toBe('Lowland Canals Trust')
    expect(readDateline('The Council of Ministers of the Coastal Ferries Forum met in Oban on 9 June 2026.', undefined, ENGLISH)?.organisation).toBe('Coastal Ferries Forum')
  })
  it('reads a French organ with its parent, as its head opens the name', () => {
    expect(readDateline("La Commission des jeunes de la Fédération des clubs d'aviron de Loire s'est réunie à Nantes le 4 mai 2026.", undefined, FRENCH)?.organisation).toBe("Commission des jeunes de la Fédération des clubs d'aviron de Loire")
  })
  it('does not strip a named executive organ from its parent when the readout is mended', async () => {
    const english = await readoutOf(`Autumn meeting\n\nThe Executive Committee of the Fenside Bowls Association met in Spalding on 14 October 2026.${POINTS}`)
    expect(english.organisation).toBe('Executive Committee of the Fenside Bowls Association')
    const lower = await readoutOf(`Autumn meeting\n\nIn Spalding on 14 October 2026, the Management Board of the Fenside Bowls Association met for its autumn sitting.${POINTS}`)
    expect(lower.organisation).toBe('Management Board of the Fenside Bowls Association')
  })
})

describe('a venue in common words or a named room, then its town, gives the town', () => {
  const place = (sentence: string, reading = ENGLISH) => readDateline(sentence, 2026, reading)?.place
  it('reads the town after a venue in common words, after `at the`, `at its`, `at our`', () => {
    expect(place("The Executive Committee of the Fenside Bowls Association met at the club's pavilion on Station Road in Spalding on 14 October 2026.")).toBe('Spalding')
    expect(place("The Youth Section Committee of the Severn Rowing Federation met on 12 May 2026 at the club's boathouse beside the weir at Bewdley.")).toBe('Bewdley')
    expect(place("On 12 May 2026 the Harbour Users' Forum met at our usual room above the chandlery in Mallaig to agree the fees.")).toBe('Mallaig')
  })
  it('reads the town after a named room and `at`', () => {
    expect(place('The Lowland Canals Trust met on 3 March 2026 in the Great Hall at Linlithgow to share out the fund.')).toBe('Linlithgow')
  })
  it('reads the French town after a room in common words, as before', () => {
    expect(place("Le Comité des fêtes de la Rance s'est réuni le 4 mai 2026 dans la salle paroissiale de Pléneuf pour préparer l'été.", FRENCH)).toBe('Pléneuf')
    expect(place("Le Comité des fêtes de la Rance s'est réuni le 4 mai 2026 au local du club, rue des Tanneurs, à Dinan.", FRENCH)).toBe('Dinan')
  })
  it('gives no town when none follows the venue', () => {
    expect(place("The Harbour Users' Forum met at the club's boathouse on 12 May 2026.")).toBeUndefined()
  })
})

describe('a street or an hour in a fact line is no town', () => {
  const place = (line: string, reading = ENGLISH) => readFactLine(line, 2026, reading)?.place
  it('passes over a street after a building and reads the town when one is given', () => {
    expect(place('Location: Scout hut, Mill Lane')).toBeUndefined()
    expect(place('Venue: Oddfellows Hall, Church Street, Settle')).toBe('Settle')
    expect(place('Where: Long Room, Harbour Road')).toBeUndefined()
  })
  it('passes over a French street and the hours after the town', () => {
    expect(place('Lieu : Méréville, salle des fêtes, 14 h – 17 h 30', FRENCH)).toBe('Méréville')
    expect(place('Lieu : Dinan, 18 h 30, local du club', FRENCH)).toBe('Dinan')
    expect(place('Lieu : Maison des associations, Place du Marché', FRENCH)).toBeUndefined()
  })
  it('reads the meeting’s town from the notes when the invitation’s place is a street', async () => {
    const readout = await readoutOf(`Invitation: Bench Group – June meeting\n\nWhen\nThursday 11 June 2026 ⋅ 19:00 – 21:00\n\nWhere\nParish Room, Chapel Street\n\nNotes of the May meeting\n\nThe Bench Group of the Hawes Civic Society met on Thursday 14 May 2026 in the Parish Room at Hawes to plan the summer's repairs.${POINTS}`)
    expect(readout.place).toBe('Hawes')
  })
})

describe('a date and its hour alone on a line near the top stamp when the text was written', () => {
  const when = (readout: {dates?: {start: string; end: string}}) => readout.dates && [readout.dates.start, readout.dates.end]
  it('counts a weekday back from a message’s stamp', async () => {
    const english = await readoutOf(`Harbour Users\nConversations\n[harbour-talk] Notes from the board meeting\n\nAlan Reid\nMar 3, 2026, 8:15:02 PM\nto harbour-talk\n\nHello all,\n\nHere is what the board of the Tarbert Harbour Users' Trust decided when it met in Tarbert on Saturday, at the lifeboat station.${POINTS}`)
    expect(when(english)).toEqual(['2026-02-28', '2026-02-28'])
    const french = await readoutOf(`Usagers du port\nConversations\n[port] Résumé de la réunion du bureau\n\nAlain Riou\n3 mars 2026 à 20:15\n\nBonjour à tous,\n\nVoici ce que le bureau de l'Association des usagers du port de Loctudy a décidé, réuni samedi à Loctudy, à la capitainerie.\n\nLe bureau a décidé de repeindre les pontons d'ici 2028.\n\nIl se réunira de nouveau au printemps.\n`)
    expect(when(french)).toEqual(['2026-02-28', '2026-02-28'])
  })
  it('dates a record of a meeting that names no date by its own stamp', async () => {
    const french = await readoutOf(`CR réunion du bureau – 12/05\n12 mai 2026 à 21:10 · Carnet : Club\n\nRéunion du Club nautique de Pléneuf\nLieu : Pléneuf, club-house, 19 h – 21 h\n\nLe bureau a décidé de repeindre les pontons d'ici 2028.\n\nIl se réunira de nouveau au printemps.\n`)
    expect(when(french)).toEqual(['2026-05-12', '2026-05-12'])
    const english = await readoutOf(`Notes – committee meeting\n14 May 2026 at 21:40 · Notebook: Club\n\nMeeting of the Mallaig Sailing Club\nLocation: Mallaig, clubhouse, 7 pm – 9 pm\n\nThe committee agreed to repaint every pontoon by 2028.\n\nIt will meet again in the spring.\n`)
    expect(when(english)).toEqual(['2026-05-14', '2026-05-14'])
  })
})

describe('a body’s name ends before the sitting it ran on into', () => {
  it('drops `lors de sa séance …`, `au cours de sa réunion …` after a French lead’s body', async () => {
    const one = await readoutOf(`Ville de Saint-Aurèle\n\nFaits saillants de la séance du conseil\n\nVoici les décisions prises par le conseil municipal de Saint-Aurèle lors de sa séance extraordinaire du mardi 3 février 2026, tenue à l'hôtel de ville.\n\nLe conseil a décidé de repeindre les bancs du parc d'ici 2028.\n\nIl se réunira de nouveau au printemps.\n`)
    expect(one.organisation?.toLowerCase()).toBe('conseil municipal de saint-aurèle')
    const two = await readoutOf(`Ville de Pont-Varenne\n\nFaits saillants\n\nVoici les décisions prises par le conseil municipal de Pont-Varenne au cours de sa réunion du 3 février 2026, tenue à la mairie.\n\nLe conseil a décidé de repeindre les bancs du parc d'ici 2028.\n\nIl se réunira de nouveau au printemps.\n`)
    expect(two.organisation?.toLowerCase()).toBe('conseil municipal de pont-varenne')
  })
  it('drops the sitting after a name in English and in French, and keeps a name with none', () => {
    expect(withoutSittingTail("Kelso Harbour Users' Forum at its spring meeting of Tuesday 3 February 2026")).toBe("Kelso Harbour Users' Forum")
    expect(withoutSittingTail('Fenside Bowls Association during its annual general meeting')).toBe('Fenside Bowls Association')
    expect(withoutSittingTail("comité des fêtes de Pléneuf au cours de sa réunion du 4 mai")).toBe('comité des fêtes de Pléneuf')
    expect(withoutSittingTail('Meeting Point Trust')).toBe('Meeting Point Trust')
  })
})
