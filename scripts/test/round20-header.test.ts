import {describe, expect, it} from 'vitest'
import {findDates} from '../structure/parse-dates.js'
import {FRENCH_CALENDAR} from '../structure/french.js'
import {structureText} from './helpers.js'

// What round 20 (issue 11) showed the reader missing in the title, the organisation, the place and the
// dates, stated as general rules. Every sentence here is written for the test.

const start = (text: string, calendar = undefined as typeof FRENCH_CALENDAR | undefined) => findDates(text, undefined, calendar)?.dates.start

describe('a date written in figures', () => {
  it('reads `dd.mm.yyyy` with the day first, in English as in French', () => {
    expect(start('Call of 07.03.2026')).toBe('2026-03-07')
    expect(start('Appel du 07.03.2026', FRENCH_CALENDAR)).toBe('2026-03-07')
  })
  it('reads `dd/mm/yyyy` with the day first in French', () => {
    expect(start('Réunion du 04/11/2025', FRENCH_CALENDAR)).toBe('2025-11-04')
  })
  it('reads an English `/` date only when one number cannot be a month', () => {
    expect(start('Meeting of 24/06/2025')).toBe('2025-06-24')
    expect(start('Meeting of 06/24/2025')).toBe('2025-06-24')
    expect(start('Meeting of 04/11/2025')).toBeUndefined()
  })
  it('leaves a version number or a longer figure alone', () => {
    expect(start('Release 1.2.2025.4 of the tool')).toBeUndefined()
    expect(start('Code 112.06.2025')).toBeUndefined()
  })
  it('reads a call readout dated in figures under its title, and a call by telephone as held online', async () => {
    const {result} = await structureText('Readout of the call between Minister Ruiz and Minister Okafor\n18.02.2026\n\nMinister Ruiz and Minister Okafor spoke by telephone today about the rail link between their two countries.\n\nThe ministers agreed to open the new border crossing to freight trains in September.\n\nOfficials will meet in Lagos in May to settle the timetable.\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-02-18', end: '2026-02-18'})
    expect(result!.readout.place).toBe('Online')
  })
  it('reads a French call `se sont entretenus par téléphone` as held online', async () => {
    const {result} = await structureText("Compte rendu de l'entretien entre la ministre Diallo et le ministre Haddad\n18/02/2026\n\nLa ministre Diallo et le ministre Haddad se sont entretenus par téléphone de la liaison ferroviaire entre leurs deux pays.\n\nLes ministres ont décidé d'ouvrir le nouveau poste frontière aux trains de marchandises en septembre.\n\nLes experts se réuniront à Tunis en mai pour arrêter les horaires.\n")
    expect(result!.readout.dates).toMatchObject({start: '2026-02-18'})
    expect(result!.readout.place).toBe('Online')
  })
})

describe('a day of the week cut short before a date', () => {
  it('reads `Mon 17 – Tue 18 Nov. 2025`, `Thu. 5 Mar 2026` and `Sat 3 Sept 2025`', () => {
    expect(findDates('Mon 17 – Tue 18 Nov. 2025')?.dates).toMatchObject({start: '2025-11-17', end: '2025-11-18'})
    expect(start('Thu. 5 Mar 2026')).toBe('2026-03-05')
    expect(start('Sat 3 Sept 2025')).toBe('2025-09-03')
  })
  it('reads a notes page `Place, State, Wed 4 – Thu 5 Mar. 2026` under `… Taskforce – meeting notes`', async () => {
    const {result} = await structureText('Coastal Erosion Taskforce – meeting notes\nHobart, Tas., Wed 4 – Thu 5 Mar. 2026\n\nOfficials from the coastal councils met in Hobart to agree how to protect the eastern beaches.\n\nWhat was agreed\n* Sand will be pumped back onto the worst beaches every winter\n* Sea walls will be checked after every storm\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-04', end: '2026-03-05'})
    expect(result!.readout.organisation).toBe('Coastal Erosion Taskforce')
  })
})

describe('a date line under the title that opens on a small word', () => {
  it('keeps `du jeudi 5 mars 2026` out of the title and the body and reads it as the date', async () => {
    const {result} = await structureText("Compte rendu du Conseil des ministres\ndu jeudi 5 mars 2026\n\nProjet de loi relatif aux forêts\nLe ministre de l'Agriculture a présenté un projet de loi qui protège les forêts anciennes et double les moyens de la lutte contre les incendies d'ici 2028.\n\nDécret relatif aux cantines\nLa ministre de l'Éducation a présenté un décret qui impose des produits locaux dans toutes les cantines scolaires à partir de la rentrée prochaine.\n")
    expect(result!.readout.title).toBe('Compte rendu du Conseil des ministres')
    expect(result!.readout.organisation).toBe('Conseil des ministres')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-05'})
    // the first heading under the title block heads a section, as the others do
    expect(result!.readout.pillars.map((p) => p.body.slice(0, 30))).toEqual(["Le ministre de l'Agriculture a", 'La ministre de l\'Éducation a p'])
  })
})
