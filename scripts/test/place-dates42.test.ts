import {describe, expect, it} from 'vitest'
import {FRENCH, FRENCH_CALENDAR} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {findDates} from '../structure/parse-dates.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {readPlaceAndDate} from '../structure/recognise-header.js'
import {readoutOf} from './helpers.js'

// Place and dates, cause family B of rounds 29 and 30 (branch placedate42). Every sentence here is written for the test.

const dates = (text: string, year?: number, calendar = undefined as typeof FRENCH_CALENDAR | undefined) => {
  const found = findDates(text, year, calendar)?.dates
  return found && [found.start, found.end]
}
const POINTS = '\n\nThe members agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThey will meet again next spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de remplacer la chaudière de toutes les vedettes à vapeur du lac d'ici 2029.\n\nIls se retrouveront au printemps.\n"

describe('B2: a range joined by through, until or jusqu’au, with weekdays', () => {
  it('reads English ranges with `through`, `thru` and `till`', () => {
    expect(dates('met from Tuesday 3 March through Thursday 5 March 2026 in Keswick')).toEqual(['2026-03-03', '2026-03-05'])
    expect(dates('sat from March 3 thru March 5, 2026')).toEqual(['2026-03-03', '2026-03-05'])
    expect(dates('from 3 till 5 March', 2026)).toEqual(['2026-03-03', '2026-03-05'])
    expect(dates('from Monday, March 30 through Wednesday, April 1, 2026')).toEqual(['2026-03-30', '2026-04-01'])
    expect(dates('from Monday, June 8, through Wednesday, June 10, 2026')).toEqual(['2026-06-08', '2026-06-10'])
  })
  it('reads French ranges with `jusqu’au`', () => {
    expect(dates('du mardi 3 mars jusqu’au jeudi 5 mars 2026', undefined, FRENCH_CALENDAR)).toEqual(['2026-03-03', '2026-03-05'])
    expect(dates("du 30 mars jusqu'au 1er avril 2026", undefined, FRENCH_CALENDAR)).toEqual(['2026-03-30', '2026-04-01'])
    expect(dates("du 3 jusqu'au 5 mars", 2026, FRENCH_CALENDAR)).toEqual(['2026-03-03', '2026-03-05'])
  })
})

describe('B4: dates in figures with dots or slashes, and their ranges', () => {
  it('reads two days of one month, the first with or without its dot', () => {
    expect(dates('Annecy, 3.–5.3.2026')).toEqual(['2026-03-03', '2026-03-05'])
    expect(dates('Annecy, 3.-5.3.2026')).toEqual(['2026-03-03', '2026-03-05'])
    expect(dates('les 3-5.03.2026', undefined, FRENCH_CALENDAR)).toEqual(['2026-03-03', '2026-03-05'])
    expect(dates('réunis les 3–5/03/2026 à Annecy', undefined, FRENCH_CALENDAR)).toEqual(['2026-03-03', '2026-03-05'])
  })
  it('reads a range across two months, with or without the first year', () => {
    expect(dates('30.03.–01.04.2026')).toEqual(['2026-03-30', '2026-04-01'])
    expect(dates('30.03.2026 – 01.04.2026')).toEqual(['2026-03-30', '2026-04-01'])
    expect(dates('du 30/03 au 01/04/2026', undefined, FRENCH_CALENDAR)).toEqual(['2026-03-30', '2026-04-01'])
  })
  it('reads an English slashed range only when its last day cannot be a month', () => {
    expect(dates('held 14-15/10/2026')).toEqual(['2026-10-14', '2026-10-15'])
    expect(dates('held 3-5/10/2026')).toBeUndefined()
  })
  it('reads a weekday before a dotted date, and the place before a dotted range', () => {
    expect(dates('samedi 7.3.2026', undefined, FRENCH_CALENDAR)).toEqual(['2026-03-07', '2026-03-07'])
    expect(readPlaceAndDate('Annecy, 3.–5.3.2026', FRENCH)).toMatchObject({place: 'Annecy', dates: {start: '2026-03-03', end: '2026-03-05'}})
    expect(readPlaceAndDate('Tromsø, 3.–5.3.2026', ENGLISH)).toMatchObject({place: 'Tromsø', dates: {start: '2026-03-03', end: '2026-03-05'}})
  })
})

describe("B5: a sitting's line, its town after a dash, a département or a building", () => {
  it('takes the town after a sitting’s name and a dash, its département dropped', () => {
    expect(readPlaceAndDate("Session de printemps – Annecy (74), les 3 et 4 mars 2026", FRENCH)).toMatchObject({place: 'Annecy'})
    expect(readPlaceAndDate('Séance plénière – Gap (Hautes-Alpes), le 3 mars 2026', FRENCH)).toMatchObject({place: 'Gap'})
    expect(readPlaceAndDate('Spring meeting – Keswick, 3 March 2026', ENGLISH)).toMatchObject({place: 'Keswick'})
  })
  it('takes the town after the building, not the building', () => {
    expect(readPlaceAndDate('Séance du samedi 7.3.2026 – Salle des Tilleuls, Annecy', FRENCH)).toMatchObject({place: 'Annecy', dates: {start: '2026-03-07'}})
    expect(readPlaceAndDate('Sitting of 7 March 2026 – Assembly Rooms, Keswick', ENGLISH)).toMatchObject({place: 'Keswick'})
    expect(readPlaceAndDate('Held at the Boathouse Rooms, Keswick, on Saturday 7 March 2026', ENGLISH)).toMatchObject({place: 'Keswick'})
  })
  it('takes the town before a room named in common words', () => {
    expect(readPlaceAndDate('Réunion du samedi 7 mars 2026 à Annecy, salle des fêtes', FRENCH)).toMatchObject({place: 'Annecy'})
    expect(readPlaceAndDate('Meeting of 7 March 2026 in Keswick, village hall', ENGLISH)).toMatchObject({place: 'Keswick'})
    expect(readPlaceAndDate('Séance du 7 mars 2026 à Gap, la mairie', FRENCH)).toMatchObject({place: 'Gap'})
  })
})

describe('B5: a meeting of so many days, the verb first, ended on a weekday under a later wire date', () => {
  it('counts back from the weekday, in English', async () => {
    const wire = (sentence: string) => `Launch owners agree boiler rules\n\nKESWICK, March 6, 2026 – ${sentence}${POINTS}`
    expect((await readoutOf(wire('Members of the Lakeland Steam Launch Society wrapped up a two-day meeting in this lakeside town on Wednesday with new boiler rules.'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(wire('Members of the Lakeland Steam Launch Society concluded their three-day congress on Thursday with new boiler rules.'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-05'})
    expect((await readoutOf(wire('Members of the Lakeland Steam Launch Society on Wednesday ended two days of talks on boiler rules.'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
  })
  it('and in French', async () => {
    const wire = (sentence: string) => `Les propriétaires de vedettes adoptent des règles\n\nANNECY, 6 mars 2026 – ${sentence}${POINTS_FR}`
    expect((await readoutOf(wire("Les membres de l'Association des vedettes à vapeur du Léman ont clôturé mercredi une réunion de deux jours consacrée aux chaudières."))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(wire("Les membres de l'Association des vedettes à vapeur du Léman ont achevé jeudi trois jours de travaux sur les chaudières."))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-05'})
  })
})

describe("a newswire's credit between double hyphens, with no date", () => {
  it('gives the wire’s city', () => {
    const read = (opening: string) => readDateline(`${opening}The Lakeland Steam Launch Society agreed on 3 and 4 March to adopt new boiler rules.`, 2026, ENGLISH)?.place
    expect(read('KESWICK, England--(BUSINESS WIRE)--')).toBe('Keswick')
    expect(read('KESWICK--(BUSINESS WIRE)--')).toBe('Keswick')
    expect(read('KESWICK, England -- (Marine Wire) -- ')).toBe('Keswick')
  })
})

describe('a body that held a roundtable, a workshop or a forum in a town', () => {
  it('reads the town after the meeting’s word', () => {
    const read = (sentence: string) => readDateline(sentence, 2026, ENGLISH)?.place
    expect(read('The Lakeland Steam Launch Society held its second ministerial roundtable in Keswick, England, on 3 and 4 March 2026.')).toBe('Keswick')
    expect(read('The Lakeland Steam Launch Society held a technical workshop in Bowness on 3 March 2026.')).toBe('Bowness')
    expect(read('The Lakeland Steam Launch Society held its annual forum in Ambleside on 3 March 2026.')).toBe('Ambleside')
  })
})

describe("B1: a byline and the page's stamp are not the meeting", () => {
  it('reads no place from an author’s name over a stamp with its hour', async () => {
    const page = (byline: string, stamp: string) => `Comment | Lakes\n\nOur steam launches need new boilers\n\nLast month the owners of forty launches agreed on safer boilers. Here is what it means for the lake\n\n${byline}\n${stamp}\n\nThe owners of forty launches gathered for the spring meeting of the Lakeland Steam Launch Council and agreed new boiler rules.${POINTS}`
    expect((await readoutOf(page('Eleanor Thwaite', 'Fri 6 Mar 2026 07.30 GMT'))).place).toBeUndefined()
    expect((await readoutOf(page('Jean-Baptiste Morel', '6 March 2026 09:15'))).place).toBeUndefined()
    expect((await readoutOf(page('Eleanor Thwaite', 'Published 6 March 2026, 9.15 a.m.'))).place).toBeUndefined()
    // (a town over a date line with no hour stays the place)
    expect((await readoutOf(page('Bowness', '6 March 2026'))).place).toBe('Bowness')
  })
  it('takes the date the sentence after the dateline opens on, not the page’s', async () => {
    const page = (text: string, points = POINTS) => `Boilers on the lake\n\nSteam launch owners agree new rules\n\nEleanor Thwaite\nFri 13 Mar 2026 07.30 GMT\n\n${text}${points}`
    expect((await readoutOf(page('Last week I chaired, in Bowness, the spring meeting of the Lakeland Steam Launch Council. Over two days, on 3 and 4 March, we agreed new boiler rules.'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(page('Owners of forty launches gathered in Bowness for the spring meeting of the Lakeland Steam Launch Society. On 3 and 4 March they agreed new boiler rules.'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(page('Owners of forty launches gathered in Bowness for the spring meeting of the Lakeland Steam Launch Society. For three days, from 2 to 4 March, they argued over boilers.'))).dates).toMatchObject({start: '2026-03-02', end: '2026-03-04'})
  })
  it('reads a French op-ed whose writer chaired the meeting', async () => {
    const page = `Sauver nos vedettes à vapeur\n\nÉlise Barraud\nPublié le 23/06/2026 à 06h00\n\nLa semaine dernière, j'ai présidé à Annecy la première réunion ministérielle de l'Alliance des lacs alpins. Pendant deux jours, les 15 et 16 juin, nous avons décidé d'agir ensemble.${POINTS_FR}`
    const readout = await readoutOf(page)
    expect(readout.place).toBe('Annecy')
    expect(readout.dates).toMatchObject({start: '2026-06-15', end: '2026-06-16'})
    expect(readDateline("Hier, nous avons présidé, à Chambéry, la session annuelle de l'Alliance des lacs alpins.", 2026, FRENCH)?.place).toBe('Chambéry')
  })
  it('reads a town a dateline describes after a time phrase', () => {
    expect(readDateline('The Lakeland Steam Launch Council met last week in the lakeside town of Bowness on 3 March 2026.', 2026, ENGLISH)?.place).toBe('Bowness')
    expect(readDateline('The Lakeland Steam Launch Council met yesterday in the market town of Kendal.', 2026, ENGLISH)?.place).toBe('Kendal')
  })
  it('does so in French', async () => {
    const page = `Les chaudières du lac\n\nLes propriétaires de vedettes adoptent des règles\n\nÉlise Barraud\nven. 13 mars 2026 à 07h30\n\nLes propriétaires de quarante vedettes se sont réunis à Annecy pour l'assemblée de printemps de l'Association des vedettes à vapeur du Léman. Pendant deux jours, les 3 et 4 mars, ils ont débattu des chaudières.${POINTS_FR}`
    expect((await readoutOf(page)).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
  })
  it('reads the place set off inside a verb of chairing, and names no participant `I`', () => {
    const found = readDateline('Last week I chaired, in Bowness, the spring meeting of the Lakeland Steam Launch Council, which brings together owners from four lakes.', 2026, ENGLISH)
    expect(found).toMatchObject({place: 'Bowness', organisation: 'Lakeland Steam Launch Council'})
    expect(found?.participants).toBeUndefined()
    expect(readDateline('Yesterday I presided over, in Bowness, the annual meeting of the Lakeland Steam Launch Council.', 2026, ENGLISH)?.place).toBe('Bowness')
    expect(readDateline('I chaired in Bowness the annual meeting of the Lakeland Steam Launch Council.', 2026, ENGLISH)?.place).toBe('Bowness')
  })
  it("takes the year of yearless dates from the page's stamp, not from a later deadline", async () => {
    const readout = await readoutOf(`Boilers on the lake\n\nSteam launch owners agree new rules\n\nBy Eleanor Thwaite\nPublished 6 March 2026 09:15 GMT\n\nOwners of forty launches gathered in Bowness for the spring meeting of the Lakeland Steam Launch Society. Over two days, on 3 and 4 March, they agreed that every boiler will be tested by January 2027.${POINTS}`)
    expect(readout.dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
  })
  it('takes where and when the body met from a later paragraph, when the top names no place (an answer under a question)', async () => {
    const answer = `Chaudières des vedettes à vapeur\n\nQuestion écrite n° 1204 de Mme Élise Barraud\npubliée dans le JO du 12/01/2026\n\nMme Élise Barraud interroge le ministre sur la sécurité des chaudières des vedettes à vapeur.\n\nTransmise au ministère des transports\n\nRéponse du ministère des transports\npubliée dans le JO du 05/05/2026\n\nLa Commission nationale des bateaux à vapeur, réunie le 3 mars 2026 à Annecy, a examiné ce dossier.${POINTS_FR}`
    const readout = await readoutOf(answer)
    expect(readout.place).toBe('Annecy')
    expect(readout.dates).toMatchObject({start: '2026-03-03'})
    const reply = `Steam launch boilers\n\nQuestion 1204 from Ms Eleanor Thwaite\nPublished in the Journal on 12/01/2026\n\nMs Eleanor Thwaite asked the Minister about boiler safety on steam launches.\n\nReferred to the Department for Transport\n\nAnswer of the Department for Transport\nPublished in the Journal on 05/05/2026\n\nThe National Steam Boat Commission met in Bowness on 3 March 2026 and reviewed the matter.${POINTS}`
    expect((await readoutOf(reply)).place).toBe('Bowness')
  })
})

describe('B3: day headings without a year date the meeting', () => {
  const account = (first: string, second: string, title = 'Steam Launch Rally 2026: what was agreed') =>
    `${title}\n\nOwners of forty launches gathered in Bowness for the rally of the Lakeland Steam Launch Society.\n\n${first}\n\nThe rally opened with a parade of launches.\n\n${second}\n\nThe members agreed to replace every boiler by 2029.\n\nThey will meet again next spring.\n`
  it('reads English headings in their several shapes', async () => {
    expect((await readoutOf(account('Day 1 — Tuesday 3 March', 'Day 2 — Wednesday 4 March'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(account('DAY ONE: 3 March', 'DAY TWO: 4 March'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(account('First day – Tuesday, March 3', 'Second day – Wednesday, March 4'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(account('Tuesday 3 March — Day 1', 'Wednesday 4 March — Day 2'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(account('DAY 1 · 3 March', 'DAY 2 · 4 March'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
  })
  it('reads French headings', async () => {
    const fr = (first: string, second: string) =>
      `Rassemblement des vedettes 2026 : ce qui a été décidé\n\nLes propriétaires de quarante vedettes se sont retrouvés à Annecy pour le rassemblement de l'Association des vedettes à vapeur du Léman.\n\n${first}\n\nLe rassemblement s'est ouvert par un défilé.\n\n${second}\n\nLes membres ont décidé de remplacer toutes les chaudières d'ici 2029.\n\nIls se retrouveront au printemps.\n`
    expect((await readoutOf(fr('Jour 1 – mardi 3 mars', 'Jour 2 – mercredi 4 mars'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(fr('Première journée : 3 mars', 'Deuxième journée : 4 mars'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(fr('Journée 1 (mardi 3 mars)', 'Journée 2 (mercredi 4 mars)'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(fr('JOUR 1 · mardi 3 mars', 'JOUR 2 · mercredi 4 mars'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
    expect((await readoutOf(fr('mardi 3 mars – Jour 1', 'mercredi 4 mars – Jour 2'))).dates).toMatchObject({start: '2026-03-03', end: '2026-03-04'})
  })
})
