import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'

// Organisation, place and dates, the causes of rounds 47 and 48 (branch fields51). Every sentence here is written for the test.

const POINTS = '\n\nThe members agreed to repaint every bench on the promenade by 2028.\n\nThey will meet again in the spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de repeindre tous les bancs de la promenade d'ici 2028.\n\nIls se réuniront de nouveau au printemps.\n"

describe('a venue, then its address, then a known town: the town', () => {
  it('reads the town that closes a venue’s address in a meeting’s sentence', async () => {
    const english = await readoutOf(`Spring meeting\n\nThe Ferry Users' Panel met on 4 May 2026 at the Assembly Rooms, 12 Quay Street, Falmouth, with nine of its members present.${POINTS}`)
    expect(english.place).toBe('Falmouth')
    const french = await readoutOf(`Réunion de printemps\n\nLe comité des usagers du bac s'est réuni le 4 mai 2026 à la Maison des associations, 3 rue Haute, Niort, en présence de neuf membres.${POINTS_FR}`)
    expect(french.place).toBe('Niort')
  })
  it('reads the town that closes a place field’s address, a colon or a tab after the label', async () => {
    const colon = await readoutOf(`Spring meeting of the Ferry Users' Panel\n\nDate: 4 May 2026\nVenue: The Drill Hall, Castle Street, Kendal\n${POINTS}`)
    expect(colon.place).toBe('Kendal')
    const tab = await readoutOf(`Spring meeting of the Ferry Users' Panel\n\nDate\t4 May 2026\nLocation\tLakeland Arts Pavilion, Kendal\n${POINTS}`)
    expect(tab.place).toBe('Kendal')
  })
  it('reads the town that closes an address line opening on a building’s word', async () => {
    const french = await readoutOf(`COMMISSION DES MARCHÉS\n\nCompte rendu de la séance du lundi 9 novembre 2026\nSalle du conseil, hôtel de ville, 1 place de la République, Vannes\n${POINTS_FR}`)
    expect(french.place).toBe('Vannes')
    const english = await readoutOf(`MARKETS COMMITTEE\n\nRecord of the sitting of Monday 9 November 2026\nCouncil Chamber, Civic Offices, Market Street, Kendal\n${POINTS}`)
    expect(english.place).toBe('Kendal')
  })
  it('keeps a town a country or a region follows', async () => {
    const readout = await readoutOf(`Spring meeting\n\nThe Ferry Users' Panel met in Port Louis, Mauritius, on 4 May 2026.${POINTS}`)
    expect(readout.place).toBe('Port Louis')
  })
})

describe('a building’s name a known town opens gives the town', () => {
  it('reads the town of `Kendal Town Hall`, `Keswick Moot Hall`', async () => {
    const field = await readoutOf(`Spring meeting of the Ferry Users' Panel\n\nDate\t4 May 2026\nVenue\tKendal Town Hall\n${POINTS}`)
    expect(field.place).toBe('Kendal')
    const sentence = await readoutOf(`Spring meeting\n\nThe Ferry Users' Panel met at Keswick Moot Hall on 4 May 2026, with nine of its members present.${POINTS}`)
    expect(sentence.place).toBe('Keswick')
  })
  it('gives no town for a county’s building', async () => {
    const readout = await readoutOf(`Spring meeting of the Ferry Users' Panel\n\nDate\t4 May 2026\nVenue\tEssex County Courthouse\n${POINTS}`)
    expect(readout.place).not.toBe('Essex')
  })
})

describe('a town’s own body, or a letterhead’s postal town, where no place is named', () => {
  it('reads the town of a municipal council that met in its town hall', async () => {
    const french = await readoutOf(`LA LETTRE DE VANNES\nLe journal de la ville · n° 12 · mars 2026\n\nVIE MUNICIPALE › CONSEIL MUNICIPAL\n\nMarché couvert : la ville le rénove\n\nRéuni en séance publique le jeudi 5 février à l'hôtel de ville, le conseil municipal de Vannes a voté la rénovation du marché couvert.${POINTS_FR}`)
    expect(french.place).toBe('Vannes')
  })
  it('reads the postal town of a letterhead', async () => {
    const french = await readoutOf(`Collège Jean-Moulin\n4, rue des Écoles – 56000 Vannes\n\nCOMPTE RENDU DU CONSEIL D'ADMINISTRATION\nMardi 3 mars 2026, 18 h, salle B\n${POINTS_FR}`)
    expect(french.place).toBe('Vannes')
    const english = await readoutOf(`Ashby Primary School\n2 Church Lane, Kendal LA9 4PQ\n\nMINUTES OF THE GOVERNORS' MEETING\nTuesday 3 March 2026, 7 pm, Room 4\n${POINTS}`)
    expect(english.place).toBe('Kendal')
  })
})

describe('the hours before a room on a title block’s date line', () => {
  it('reads the date of `Mardi 17 mars 2026, 18 h, salle polyvalente` and `Tuesday 3 March 2026, 7 pm, Parish Room`', async () => {
    const french = await readoutOf(`COMPTE RENDU DU CONSEIL\nMardi 17 mars 2026, 18 h, salle polyvalente${POINTS_FR}`)
    expect(french.dates?.start).toBe('2026-03-17')
    const english = await readoutOf(`MINUTES OF THE COMMITTEE\nTuesday 3 March 2026, 7.30 pm, Parish Room${POINTS}`)
    expect(english.dates?.start).toBe('2026-03-03')
  })
})

describe('a year the text compares with is not the year of its dates', () => {
  it('takes a copyright line’s year over a year of comparison', async () => {
    const english = await readoutOf(`FELL WIRE\n\nWalkers agree path repairs\n\nKENDAL, England, July 3 (Fell Wire) - Members of the Lakeland Paths Partnership agreed on Thursday to repair 40 stiles, down from 55 repaired in 2018.\n\nThe partnership agreed to pay £200 a stile.\n\nIt will meet again in the autumn.\n\n© 2026 Fell Wire. All rights reserved.\n`)
    expect(english.dates?.start).toBe('2026-07-02')
    const since = await readoutOf(`FELL WIRE\n\nWalkers agree path repairs\n\nKENDAL, England, July 3 (Fell Wire) - Members of the Lakeland Paths Partnership agreed on Thursday to repair 40 stiles, the most since 2019.\n\nThe partnership agreed to pay £200 a stile.\n\nIt will meet again in the autumn.\n\nCopyright 2026 Fell Wire.\n`)
    expect(since.dates?.start).toBe('2026-07-02')
  })
})

describe('a post’s stamp with its sender after a hyphen is the day `yesterday` counts back from', () => {
  it('dates the meeting the day before the post', async () => {
    const english = await readoutOf(`Subject: [harbour-talk] Board readout\n\nMon 9 Nov 2026, 08:12 - Ann Lee to harbour-talk\n\nMorning all,\n\nThe board of the Tarbert Harbour Users' Trust met yesterday at the lifeboat station, Tarbert, with seven members present.${POINTS}`)
    expect(english.dates?.start).toBe('2026-11-08')
    const wednesday = await readoutOf(`Subject: [harbour-talk] Board readout\n\nWed 11 Nov 2026, 21:40 - Ann Lee to harbour-talk\n\nEvening all,\n\nThe board of the Tarbert Harbour Users' Trust met yesterday in Tarbert, with seven members present.${POINTS}`)
    expect(wednesday.dates?.start).toBe('2026-11-10')
  })
})

describe('an organ in capitals takes its complement from the lead', () => {
  it('reads `conseil municipal de …` and `conseil d’école de l’école …`', async () => {
    const town = await readoutOf(`LA LETTRE DE VANNES\nLe journal de la ville · n° 12 · mars 2026\n\nVIE MUNICIPALE › CONSEIL MUNICIPAL\n\nBancs : la ville repeint ses bancs\n\nRéuni en séance publique le jeudi 5 février à la mairie, le conseil municipal de Vannes a consacré sa soirée aux bancs.${POINTS_FR}`)
    expect(town.organisation?.toLowerCase()).toBe('conseil municipal de vannes')
    const school = await readoutOf(`COMPTE RENDU DU CONSEIL D'ÉCOLE\nMardi 17 mars 2026\n\nLe conseil d'école de l'école maternelle Pasteur s'est réuni pour la deuxième fois de l'année.${POINTS_FR}`)
    expect(school.organisation?.toLowerCase()).toBe("conseil d'école de l'école maternelle pasteur")
    const english = await readoutOf(`TOWN COUNCIL\n\nBenches: the town repaints its benches\n\nMeeting in public on Thursday 5 February at the town hall, the town council of Kendal spent the evening on benches.${POINTS}`)
    expect(english.organisation?.toLowerCase()).toBe('town council of kendal')
    expect(english.place).toBe('Kendal')
  })
})

describe('a season’s sitting of a body is the body', () => {
  it('reads the body after `Spring Assembly of the`, `Assemblée de printemps de la`', async () => {
    const english = await readoutOf(`Decisions\n\nThe Spring Assembly of the Lakeland Rowing Federation met in Kendal on 3 May 2026.${POINTS}`)
    expect(english.organisation).toBe('Lakeland Rowing Federation')
    const french = await readoutOf(`Décisions\n\nL'Assemblée de printemps de la Fédération des clubs de voile du Morbihan s'est réunie à Vannes le 3 mai 2026.${POINTS_FR}`)
    expect(french.organisation).toBe('Fédération des clubs de voile du Morbihan')
  })
})
