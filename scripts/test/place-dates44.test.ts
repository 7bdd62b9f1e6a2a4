import {describe, expect, it} from 'vitest'
import {REMOTE_LINE} from '../structure/english.js'
import {FRENCH, FRENCH_CALENDAR, FRENCH_REMOTE_LINE} from '../structure/french.js'
import {daysSinceBegan, heldMeeting, namesAnotherMeeting} from '../structure/held-meeting.js'
import {ENGLISH} from '../structure/language.js'
import {findDates} from '../structure/parse-dates.js'
import {pageStamp, pinnedDates, readDateline} from '../structure/recognise-dateline.js'
import {readFactLine, readPlaceAndDate} from '../structure/recognise-header.js'
import {readoutOf} from './helpers.js'

// Place and dates, cause family B of rounds 33 and 34 (branch placedate44). Every sentence here is written for the test.

const when = (found: {dates?: {start: string; end: string}} | undefined) => found?.dates && [found.dates.start, found.dates.end]
const POINTS = '\n\nThe members agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThey will meet again next spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de remplacer la chaudière de toutes les vedettes à vapeur du lac d'ici 2029.\n\nIls se retrouveront au printemps.\n"
const day = (start: string) => ({start, end: start, display: start})

describe('B1: an ampersand joins two days as `and` does', () => {
  it('reads `&` between days, in a list and in French', () => {
    expect(when(findDates('met in Kendal on Tue 3 & Wed 4 March 2026'))).toEqual(['2026-03-03', '2026-03-04'])
    expect(when(findDates('on March 3 & 4, 2026'))).toEqual(['2026-03-03', '2026-03-04'])
    expect(when(findDates('on 9, 10 & 11 September 2026'))).toEqual(['2026-09-09', '2026-09-11'])
    expect(when(findDates('réunis à Annecy les 3 & 4 mars 2026', undefined, FRENCH_CALENDAR))).toEqual(['2026-03-03', '2026-03-04'])
  })
})

describe('B1: a date in figures with a two-digit year after a day of the week', () => {
  it('reads it day first after a weekday or `le`, in both languages', () => {
    expect(when(findDates('Vendredi 27.11.26 – Annecy', undefined, FRENCH_CALENDAR))).toEqual(['2026-11-27', '2026-11-27'])
    expect(when(findDates('Séance du le 03/02/26', undefined, FRENCH_CALENDAR))).toEqual(['2026-02-03', '2026-02-03'])
    expect(when(findDates('Fri. 27.11.26, Kendal'))).toEqual(['2026-11-27', '2026-11-27'])
    expect(when(findDates('Fri 11/27/26, Kendal'))).toEqual(['2026-11-27', '2026-11-27'])
  })
  it('leaves figures with no weekday alone (a version, a reference), and an English slashed date that could be either way', () => {
    expect(findDates('Version 27.11.26 of the plan', undefined, FRENCH_CALENDAR)).toBeUndefined()
    expect(findDates('Fri 03/04/26')).toBeUndefined()
  })
  it('reads a sitting line whose town has its département in brackets before the building', () => {
    expect(readPlaceAndDate('Vendredi 27.11.26 – Annecy (74), Maison du lac', FRENCH)).toMatchObject({place: 'Annecy', dates: {start: '2026-11-27'}})
    expect(readPlaceAndDate('Samedi 14 mars 2026 – Évian (Haute-Savoie), Palais Lumière', FRENCH)).toMatchObject({place: 'Évian', dates: {start: '2026-03-14'}})
    expect(readPlaceAndDate('Friday 6 March 2026 – Kendal (Cumbria), Town Hall', ENGLISH)).toMatchObject({place: 'Kendal', dates: {start: '2026-03-06'}})
  })
})

describe('B2: an approved record is a previous meeting’s; its clause of being held never gives this one’s place or date', () => {
  const read = (text: string, reading = ENGLISH) => heldMeeting([text], 2026, reading, () => 'Town')
  it('skips minutes, a record, a procès-verbal or a compte rendu approved, confirmed or adopted', () => {
    expect(read('The minutes of the 4th meeting, held on 2nd February, 2026 at Kendal, were confirmed.')).toBeUndefined()
    expect(read('The record of the spring session, held in Bowness on 3 March 2026, was adopted without change.')).toBeUndefined()
    expect(read('Le procès-verbal de la 12e séance, tenue à Annecy le 4 mai 2026, est approuvé sans observation.', FRENCH)).toBeUndefined()
    expect(read('Le compte rendu de la réunion tenue à Évian le 2 mars 2026 a été adopté à l’unanimité.', FRENCH)).toBeUndefined()
  })
  it('still reads the text’s own minutes, which nobody approves in its title', () => {
    expect(read('Minutes of the 5th meeting of the Launch Board held on 3rd and 4th March, 2026 at Kendal')).toMatchObject({dates: {start: '2026-03-03', end: '2026-03-04'}})
  })
  it('builds the patterns of another meeting from the one list of meeting words (a next workshop, a last gathering, la dernière assemblée)', () => {
    expect(namesAnotherMeeting('The next workshop of the Guild in Oslo is set for June.')).toBe(true)
    expect(namesAnotherMeeting('The next meeting of the Fund in Windhoek is set for June.')).toBe(true)
    expect(namesAnotherMeeting('La prochaine réunion du Conseil à Annecy aura lieu en juin.')).toBe(true)
    expect(namesAnotherMeeting('The Guild met in Oslo on 3 June.')).toBe(false)
    expect(read('The next gathering, to be held in Oslo on 4 May 2027, will review the plan.')).toBeUndefined()
    expect(read('La dernière assemblée, tenue à Oslo le 4 mai 2025, avait demandé le plan.', FRENCH)).toBeUndefined()
  })
  it('gives a memo the meeting days of its subject line, not the memo’s own date', async () => {
    const memo = 'LAKES BOARD\nRef. LB/2026/14          Kendal, 20th March, 2026\n\nOFFICE MEMORANDUM\n\nSubject: Minutes of the 5th meeting of the Launch Safety Committee held on 3rd and 4th March, 2026 at Kendal – regarding.\n\nI am directed to enclose the minutes of the 5th meeting for information.' + POINTS
    expect(await readoutOf(memo)).toMatchObject({dates: {start: '2026-03-03', end: '2026-03-04'}})
  })
})

describe('B2: a meeting held on a date whose year a comma sets off, then its town', () => {
  it('reads the town after `held on the 3rd and 4th March, 2026 at …`', () => {
    expect(readDateline('A two-day meeting held on the 3rd and 4th March, 2026 at Bowness, hosted by the Lakes Trust, brought together boat owners from six villages in Cumbria.', undefined, ENGLISH)).toMatchObject({place: 'Bowness', dates: {start: '2026-03-03', end: '2026-03-04'}})
    expect(readDateline('The annual meeting held on 5 March, 2026 in Kendal adopted a plan.', undefined, ENGLISH)).toMatchObject({place: 'Kendal'})
    expect(readDateline('The spring meeting held on 3rd March, 2026, at Ambleside agreed a fund.', undefined, ENGLISH)).toMatchObject({place: 'Ambleside'})
  })
})

describe('B2: a meeting held online, said on a line of the title block', () => {
  it('reads the platforms and the French words', () => {
    for (const line of ['Microsoft Teams meeting', 'Zoom', 'Zoom call', 'Google Meet', 'Webex meeting', 'Held via Teams']) expect(REMOTE_LINE.test(line), line).toBe(true)
    for (const line of ['Réunion Teams', 'Réunion sur Zoom', 'Visioconférence']) expect(FRENCH_REMOTE_LINE.test(line), line).toBe(true)
    expect(REMOTE_LINE.test('Zoological Society')).toBe(false)
  })
  it('gives the place `Online`', async () => {
    const text = 'Launch Safety Group – 6th meeting\nTuesday, 3 March 2026 · 10:00–11:30 (GMT)\nZoom meeting\n\nNotes\n\nThe chair opened the meeting of the Launch Safety Group.' + POINTS
    expect((await readoutOf(text)).place).toBe('Online')
  })
})

describe('B1: a page’s stamp behind an issue line’s other fields', () => {
  it('reads the stamp after a dash, a bar or a middle dot', () => {
    expect(pageStamp('LA LETTRE DU LAC\nN° 12 — mars 2026 — Publiée le mardi 17 mars 2026\n\nTexte.', FRENCH)?.start).toBe('2026-03-17')
    expect(pageStamp('LAKE NEWS\nIssue 4 | Published 3 May 2026\n\nText.', ENGLISH)?.start).toBe('2026-05-03')
    expect(pageStamp('LAKE NEWS\nVol. 2 · Spring · Posted on 5 June 2026\n\nText.', ENGLISH)?.start).toBe('2026-06-05')
  })
})

describe('B1/B2: when, then where, set off before who met, counted back from the page’s stamp', () => {
  it('reads the weekdays and the town (English and French), `sat down` as a verb of meeting', async () => {
    const english = 'Launch owners agree a boiler fund\n\nBy Ann Lee\nPublished Mon. 16 Mar. 2026\n\nLast Thursday and Friday, in Bowness, owners from six villages sat down for the first joint meeting of the Lakes Launch Society.' + POINTS
    expect(await readoutOf(english)).toMatchObject({place: 'Bowness', dates: {start: '2026-03-12', end: '2026-03-13'}})
    const sunday = 'Launch owners agree a boiler fund\n\nPublished Tuesday 17 March 2026\n\nOn Sunday, at Ambleside, the Lakes Launch Society met for its spring meeting.' + POINTS
    expect(await readoutOf(sunday)).toMatchObject({place: 'Ambleside', dates: {start: '2026-03-15'}})
    const french = 'Les vedettes du lac veulent un fonds\n\nPublié le mardi 17 mars 2026\n\nDimanche, à Annecy, les membres de l’Association des vedettes du lac se sont réunis en assemblée générale.' + POINTS_FR
    expect(await readoutOf(french)).toMatchObject({place: 'Annecy', dates: {start: '2026-03-15'}})
    const derniers = 'Les vedettes du lac veulent un fonds\n\nPublié le lundi 16 mars 2026\n\nJeudi et vendredi derniers, à Évian, les membres de l’Association des vedettes du lac se sont retrouvés pour leur congrès.' + POINTS_FR
    expect(await readoutOf(derniers)).toMatchObject({place: 'Évian', dates: {start: '2026-03-12', end: '2026-03-13'}})
  })
  it('leaves words before a town that say who, not when', () => {
    expect(readDateline('The owners of six villages, in Bowness, met on 3 March 2026.', undefined, ENGLISH)?.place).not.toBe('Bowness')
  })
})

describe('B2: `here in` a town, and a calendar’s pin', () => {
  it('reads the town after `here in`, `here, in`, `ici, à`', () => {
    expect(readDateline('Yesterday and today the Lakes Launch Society held its spring meeting here in Bowness, with owners from every village.', undefined, ENGLISH)?.place).toBe('Bowness')
    expect(readDateline('The Lakes Launch Society met here, in Kendal, on 3 March 2026.', undefined, ENGLISH)?.place).toBe('Kendal')
    expect(readDateline("Les membres de l'Association se sont réunis ici, à Annecy, le 3 mars 2026.", undefined, FRENCH)?.place).toBe('Annecy')
  })
  it('reads the date a calendar’s pin gives on its own line', () => {
    expect(pinnedDates(['📌 Lakeside Hall', '🗓 9–10 October 2026'], undefined, ENGLISH)).toMatchObject({start: '2026-10-09', end: '2026-10-10'})
    expect(pinnedDates(['📅 Samedi 14 mars 2026'], undefined, FRENCH)).toMatchObject({start: '2026-03-14'})
    expect(pinnedDates(['📆 Date: 3 May 2026 · 10:00'], undefined, ENGLISH)).toMatchObject({start: '2026-05-03'})
    expect(pinnedDates(['🗓 Agenda for the spring, 3 May 2026'], undefined, ENGLISH)).toBeUndefined()
  })
})

describe('B1: a wire’s state then its country before the date', () => {
  it('reads the wire’s date as the release’s, the meeting clause’s days as the meeting’s', () => {
    expect(readDateline('KENDAL, CUMBRIA, UNITED KINGDOM, March 9, 2026 /EINPresswire.com/ -- The Lakes Launch Society agreed on a boiler fund at its spring meeting in Kendal on March 5 and 6.', undefined, ENGLISH)).toMatchObject({place: 'Kendal', dates: {start: '2026-03-05', end: '2026-03-06'}})
    expect(readDateline('PORTLAND, Maine, USA, May 14, 2026 -- The Harbor Council agreed a plan at its meeting in Portland on May 12.', undefined, ENGLISH)).toMatchObject({place: 'Portland', dates: {start: '2026-05-12'}})
    expect(readDateline('GENEVA, Switzerland, June 4, 2026 -- The Lake Council agreed a plan at its meeting in Geneva on June 2.', undefined, ENGLISH)).toMatchObject({place: 'Geneva', dates: {start: '2026-06-02'}})
  })
})

describe('B1: the day the meeting’s work began, under the day’s issue', () => {
  it('runs from the day it began to the text’s date (English and French)', () => {
    expect(daysSinceBegan(['The Congress closed in Bowness this afternoon, at the end of a week of talks that began on Monday 2 March 2026.'], day('2026-03-06'), 2026, ENGLISH)).toMatchObject({start: '2026-03-02', end: '2026-03-06'})
    expect(daysSinceBegan(['The session, which opened on 4 March, ended with the adoption of a plan.'], day('2026-03-06'), 2026, ENGLISH)).toMatchObject({start: '2026-03-04', end: '2026-03-06'})
    expect(daysSinceBegan(['Le congrès a clos ce vendredi ses travaux, entamés le lundi 2 mars 2026 à Annecy.'], day('2026-03-06'), 2026, FRENCH)).toMatchObject({start: '2026-03-02', end: '2026-03-06'})
  })
  it('leaves work that is no meeting’s, another meeting, and a start weeks before', () => {
    expect(daysSinceBegan(['The campaign that began on 2 March 2026 has reached 40 towns.'], day('2026-03-06'), 2026, ENGLISH)).toBeUndefined()
    expect(daysSinceBegan(['The previous session, which opened on 2 March 2026, had asked for a plan.'], day('2026-03-06'), 2026, ENGLISH)).toBeUndefined()
    expect(daysSinceBegan(['The talks began on 2 January 2026.'], day('2026-03-06'), 2026, ENGLISH)).toBeUndefined()
  })
})

describe('B2: furniture of the title block is never the place', () => {
  it('reads the town beside a date on an issue’s line, not the issue’s fields nor a record’s name', async () => {
    const daily = 'CONGRESS DAILY\nTwelfth Congress of the Lakes Launch Society\nIssue 4 · Final\nFriday 6 March 2026 · Bowness\n\nOwners close the congress with a boiler fund\n\nThe Twelfth Congress of the Lakes Launch Society closed in Bowness this afternoon.' + POINTS
    expect((await readoutOf(daily)).place).toBe('Bowness')
    const record = 'Lakes Assembly\nHANSARD\nMonday, March 9, 2026\n\nMinisterial statements\n\nHon. Ms. Lee: Mr. Speaker, I rise to report on the meeting of the Lakes Launch Council, which I had the honour to host in Kendal last week.' + POINTS
    expect((await readoutOf(record)).place).not.toBe('Hansard')
  })
  it('drops a building named with a venue’s word in lower case from a field', () => {
    expect(readFactLine('Location: Lakes Trust headquarters, Bowness', 2026, ENGLISH)?.place).toBe('Bowness')
    expect(readFactLine('Venue: Old Mill hotel, Kendal', 2026, ENGLISH)?.place).toBe('Kendal')
    expect(readFactLine('Location: Bowness', 2026, ENGLISH)?.place).toBe('Bowness')
  })
})

describe('B2: the writer took part in the meeting in a town', () => {
  it('reads the town after `j’ai participé à`, `nous avons pris part, à`, `I took part, in`', () => {
    expect(readDateline("Le 3 mars dernier, j'ai participé à Annecy, aux côtés des maires, au conseil du Syndicat des eaux du lac.", 2026, FRENCH)).toMatchObject({place: 'Annecy', dates: {start: '2026-03-03'}})
    expect(readDateline('Mardi, nous avons pris part, à Évian, à la réunion du Syndicat des eaux du lac.', 2026, FRENCH)?.place).toBe('Évian')
    expect(readDateline('On 3 March 2026 I took part, in Kendal, in the spring meeting of the Lakes Launch Society.', undefined, ENGLISH)?.place).toBe('Kendal')
  })
})
