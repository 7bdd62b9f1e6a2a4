import {describe, expect, it} from 'vitest'
import {FRENCH, FRENCH_CALENDAR} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {findDates} from '../structure/parse-dates.js'
import {readPlaceAndDate} from '../structure/recognise-header.js'
import {readoutOf} from './helpers.js'

// Place and dates as published texts write them (branch placedate, cause family B). Every sentence here is written for the test.

const dates = (text: string, year?: number, calendar = undefined as typeof FRENCH_CALENDAR | undefined) => {
  const found = findDates(text, year, calendar)?.dates
  return found && [found.start, found.end]
}
const POINTS = '\n\nThe members agreed to fit new bell ropes in every tower of the diocese by 2028.\n\nThey will meet again next spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de remplacer les cordes de toutes les cloches du diocèse d'ici 2028.\n\nIls se retrouveront au printemps.\n"

describe('a list of days: the first to the last', () => {
  it('reads English lists with commas and `and`, with or without weekdays, in both orders', () => {
    expect(dates('met on 9, 10 and 11 September 2026 in Oulu')).toEqual(['2026-09-09', '2026-09-11'])
    expect(dates('Tuesday 8, Wednesday 9 and Thursday 10 September 2026')).toEqual(['2026-09-08', '2026-09-10'])
    expect(dates('held on September 8, 9, and 10, 2026')).toEqual(['2026-09-08', '2026-09-10'])
    expect(dates('met on 7, 8, 9 and 10 July', 2026)).toEqual(['2026-07-07', '2026-07-10'])
  })
  it('reads French lists with commas and `et`', () => {
    expect(dates('réunis les 3, 4 et 5 février 2026 à Rodez', undefined, FRENCH_CALENDAR)).toEqual(['2026-02-03', '2026-02-05'])
    expect(dates('les lundi 2, mardi 3 et mercredi 4 mars 2026', undefined, FRENCH_CALENDAR)).toEqual(['2026-03-02', '2026-03-04'])
    expect(dates('les 1er, 2, 3, et 4 juillet', 2026, FRENCH_CALENDAR)).toEqual(['2026-07-01', '2026-07-04'])
  })
})

describe('AP dates: a range of two weekday dates joined by `, and`', () => {
  it('reads both days, with the year or without it', () => {
    expect(dates('on Thu., Oct. 8, and Fri., Oct. 9, 2026')).toEqual(['2026-10-08', '2026-10-09'])
    expect(dates('met on Mon., Sept. 7, and Tue., Sept. 8, for the annual session', 2026)).toEqual(['2026-09-07', '2026-09-08'])
    expect(dates('on 8, and 9 October 2026')).toEqual(['2026-10-08', '2026-10-09'])
  })
  it('keeps the place clear of an AP weekday or month after it', async () => {
    expect((await readoutOf(`Ringers from eleven parishes met in Duluth on Tue., Sept. 8, and Wed., Sept. 9, 2026, for the Bell Ringers' Guild's annual session.${POINTS}`)).place).toBe('Duluth')
    expect((await readoutOf(`Ringers from eleven parishes met in Duluth on Thu., Oct. 8, 2026.${POINTS}`)).place).toBe('Duluth')
    expect((await readoutOf(`Ringers from eleven parishes met in Duluth on Sept. 8, 2026.${POINTS}`)).place).toBe('Duluth')
  })
})

describe("a wire's city with its state or country in square brackets, and an agency's credit closed by a colon", () => {
  it('drops the qualifier and reads the date under the year of the block', async () => {
    const wire = (opening: string) => `Bell ringers agree national rope standard\n12 May 2026\n\n${opening} Bell ringers from nine dioceses agreed on Tuesday to adopt a national rope standard.${POINTS}`
    expect((await readoutOf(wire('Pokhara [Nepal], May 12 (PTI):'))).place).toBe('Pokhara')
    expect((await readoutOf(wire('Dodoma [Tanzania], 12 May 2026 –'))).place).toBe('Dodoma')
    expect((await readoutOf(wire('Bendigo (Victoria), May 12 (AAP) –'))).place).toBe('Bendigo')
  })
})

describe('a title-block line that says the meeting was held online', () => {
  it('gives the place `Online`, in English and in French', () => {
    expect(readPlaceAndDate('Held online, Thursday 14 May 2026', ENGLISH)).toMatchObject({place: 'Online'})
    expect(readPlaceAndDate('Virtual meeting – 3 June 2026', ENGLISH)).toMatchObject({place: 'Online'})
    expect(readPlaceAndDate('3 June 2026, by video link', ENGLISH)).toMatchObject({place: 'Online'})
    expect(readPlaceAndDate('Réunion en visioconférence – 3 juin 2026', FRENCH)).toMatchObject({place: 'Online'})
    expect(readPlaceAndDate('En ligne, le 3 juin 2026', FRENCH)).toMatchObject({place: 'Online'})
  })
})

describe("a stamp's date in the title block is not the meeting's", () => {
  it('takes the date line under an update, version or print stamp', async () => {
    const block = (stamp: string) => `Bell Ringers' Guild: rope standard\n${stamp}\nLincoln, 17 March 2026${POINTS}`
    expect((await readoutOf(block('Revision 2, 21 March 2026'))).dates).toMatchObject({start: '2026-03-17'})
    expect((await readoutOf(block('Version 1.3, 21 March 2026'))).dates).toMatchObject({start: '2026-03-17'})
    expect((await readoutOf(block('Version 3 – 21 March 2026'))).dates).toMatchObject({start: '2026-03-17'})
    expect((await readoutOf(block('Printed on 22 March 2026'))).dates).toMatchObject({start: '2026-03-17'})
  })
  it('does so in French', async () => {
    const block = (stamp: string) => `Guilde des sonneurs : norme des cordes\n${stamp}\nLangres, le 17 mars 2026${POINTS_FR}`
    expect((await readoutOf(block('Version 2, 21 mars 2026'))).dates).toMatchObject({start: '2026-03-17'})
    expect((await readoutOf(block('Révisé, 21 mars 2026'))).dates).toMatchObject({start: '2026-03-17'})
    expect((await readoutOf(block('Mis à jour le 20 mars 2026'))).dates).toMatchObject({start: '2026-03-17'})
  })
  it('still counts weekdays from a stamp when the text gives no other date', async () => {
    // (an `Updated:` line alone is a web page's chrome, set aside before the title block is read; a version's line stays)
    const readout = await readoutOf(`Bell ringers agree rope standard\nVersion 2 – Thu., Mar. 19, 2026\n\nBell ringers met in Lincoln on Tuesday and Wednesday and agreed to adopt a national rope standard.${POINTS}`)
    expect(readout.dates).toMatchObject({start: '2026-03-17', end: '2026-03-18'})
  })
})

describe("a sitting's date line, then its town and the building it sat in", () => {
  it('takes the town, not the building', () => {
    expect(readPlaceAndDate("Séance du jeudi 5 mars 2026 – Langres, Maison des associations", FRENCH)).toMatchObject({place: 'Langres'})
    expect(readPlaceAndDate('Sitting of 4 May 2026 – Kendal, Town Hall', ENGLISH)).toMatchObject({place: 'Kendal'})
    expect(readPlaceAndDate('4 May 2026, Kendal, Parish Hall', ENGLISH)).toMatchObject({place: 'Kendal'})
  })
})

describe('a dateline sentence of its own, then who met on which weekdays', () => {
  it('counts the weekdays back from its date, in French', async () => {
    const readout = await readoutOf(`Les sonneurs adoptent une norme des cordes\n\nVannes, jeudi 5 mars 2026. Réunis en assemblée générale mercredi et jeudi à Vannes, les membres de la Guilde des sonneurs de Bretagne ont adopté une norme des cordes.${POINTS_FR}`)
    expect(readout.place).toBe('Vannes')
    expect(readout.dates).toMatchObject({start: '2026-03-04', end: '2026-03-05'})
  })
  it('and in English', async () => {
    const readout = await readoutOf(`Ringers adopt a rope standard\n\nHalifax, Thursday, 5 March 2026. Meeting in plenary session on Wednesday and Thursday in Halifax, the members of the Maritime Bell Ringers' Guild agreed a rope standard.${POINTS}`)
    expect(readout.place).toBe('Halifax')
    expect(readout.dates).toMatchObject({start: '2026-03-04', end: '2026-03-05'})
  })
  it('reads the days of a lead that says how the body sat, with a date in it', async () => {
    const readout = await readoutOf(`Les sonneurs adoptent une norme des cordes\n\nRéunie en session plénière à Quimper le 5 mars 2026, la Guilde des sonneurs de Bretagne a adopté une norme des cordes.${POINTS_FR}`)
    expect(readout.place).toBe('Quimper')
  })
})

describe('a meeting of so many days said to conclude, the weekday named apart', () => {
  it('runs back from the wire date, in English', async () => {
    const wire = (sentence: string) => `Bell ringers agree rope standard\n\nPOKHARA, May 6, 2026 – ${sentence}${POINTS}`
    expect((await readoutOf(wire("Ringers agreed on Wednesday to adopt a national rope standard, as a three-day meeting of the Himalayan Bell Ringers' Guild concluded here."))).dates).toMatchObject({start: '2026-05-04', end: '2026-05-06'})
    expect((await readoutOf(wire("Ringers agreed on Wednesday to adopt a national rope standard at the close of a two-day meeting of the Himalayan Bell Ringers' Guild."))).dates).toMatchObject({start: '2026-05-05', end: '2026-05-06'})
    expect((await readoutOf(wire("Ringers adopted a rope standard on Wednesday when the two-day congress of the Himalayan Bell Ringers' Guild came to a close."))).dates).toMatchObject({start: '2026-05-05', end: '2026-05-06'})
  })
  it('and in French', async () => {
    const wire = (sentence: string) => `Les sonneurs adoptent une norme\n\nAJACCIO, 12 mars 2026 – ${sentence}${POINTS_FR}`
    expect((await readoutOf(wire("Les membres de la Guilde des sonneurs de Corse ont adopté jeudi une norme des cordes, au terme d'une réunion de deux jours."))).dates).toMatchObject({start: '2026-03-11', end: '2026-03-12'})
    expect((await readoutOf(wire("Les membres de la Guilde des sonneurs de Corse ont adopté jeudi une norme des cordes, lors d'une session de trois jours qui s'est achevée à Ajaccio."))).dates).toMatchObject({start: '2026-03-10', end: '2026-03-12'})
  })
})

describe('a country after the city that holds an abbreviation', () => {
  it('drops `Lao PDR`, `Hong Kong SAR`, keeps `Washington, DC`', async () => {
    const held = (place: string) => `The Ninth Meeting of the Regional Bell Ringers' Partnership was held on 14 October 2026 in ${place}.${POINTS}`
    expect((await readoutOf(held('Vientiane, Lao PDR'))).place).toBe('Vientiane')
    expect((await readoutOf(held('Kowloon, Hong Kong SAR'))).place).toBe('Kowloon')
    expect((await readoutOf(held('Washington, DC'))).place).toBe('Washington, DC')
  })
})
