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

describe("a council's conclusions under the council's own line", () => {
  const conclusions = (body: string, title: string) => `${body}\n${title}\nLisbon, 12–13 Feb. 2026\n\nThe Council\n\n1. THANKS the Portuguese Presidency for hosting the meeting of energy ministers in Lisbon.\n\n2. RECALLS the aim of its members to link their power grids, an aim first set in 2015 and not yet met.\n\n3. AGREES to build two new power lines across the border by 2030.\n\n4. AGREES to share the cost of the lines in proportion to the power each member draws.\n`
  it('reads `Council of the … Union` as who speaks and the line under it as the title', async () => {
    const {result} = await structureText(conclusions('Council of the Atlantic Energy Union', 'Conclusions on linking power grids'))
    expect(result!.readout.title).toBe('Conclusions on linking power grids')
    expect(result!.readout.organisation).toBe('Council of the Atlantic Energy Union')
    expect(result!.readout.place).toBe('Lisbon')
    expect(result!.readout.dates).toMatchObject({start: '2026-02-12', end: '2026-02-13'})
  })
  it('reads a `Board of the … Fund` the same way', async () => {
    const {result} = await structureText(conclusions('Board of the Western Grid Fund', 'Decisions on cross-border lines'))
    expect(result!.readout.title).toBe('Decisions on cross-border lines')
    expect(result!.readout.organisation).toBe('Board of the Western Grid Fund')
  })
  it('takes no aim `not yet met` for a meeting', async () => {
    const {result} = await structureText('Grid conclusions\nLisbon, 12 February 2026\n\n1. RECALLS the shared aim of the Union\'s members to link their grids, an aim first set in 2015 and not yet met.\n\n2. AGREES to build two new power lines across the border by 2030.\n\n3. AGREES to share the cost of the lines.\n\n4. AGREES to meet again in 2027.\n')
    expect(result!.readout.organisation).toBeUndefined()
  })
})

describe('a city between the title and the date that closes its line', () => {
  it('reads `…, Jinja, Thursday, May 7th, 2026` as the city and the date, the title without them', async () => {
    const {result} = await structureText('Lake Victoria Water Council – ministerial meeting, Mwanza, Monday, March 2nd, 2026\n\nWater ministers of the Lake Victoria Water Council met today in Mwanza to agree how to keep the lake clean.\n\n- Sewage: Every town on the shore will treat its sewage by 2030.\n- Fishing nets: Ministers agreed to ban the finest nets from next year.\n')
    expect(result!.readout.title).toBe('Lake Victoria Water Council – ministerial meeting')
    expect(result!.readout.place).toBe('Mwanza')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-02'})
  })
  it('keeps a last part of the title that the text never names as where anything happened', async () => {
    const {result} = await structureText('Joint Statement on Forests, Wetlands, Monday, March 2nd, 2026\n\nEnvironment ministers of the Lake Victoria Water Council met today in Mwanza to agree how to protect the forests.\n\n- Forests: Every member will plant trees along its rivers by 2030.\n- Wetlands: Ministers agreed to map the wetlands of the basin next year.\n')
    expect(result!.readout.title).toBe('Joint Statement on Forests, Wetlands')
  })
})

describe('a plan named in the sentence after the body that agreed it', () => {
  it('passes over the body (`… Dairy Compact`) for the plan it agreed (`agreed a … Plan`)', async () => {
    const {result} = await structureText('Northern Orchards Compact: Summary of the Winter Ministerial\n\nOlympia, Wash., January 12-13, 2026\n\nAgriculture secretaries from the members of the Northern Orchards Compact met in Olympia to respond to a late frost. They agreed an Orchard Frost Recovery Plan with two parts, set out below.\n\nFrost insurance\nMembers will pay half the cost of frost insurance for small orchards from next season.\n\nReplanting\nMembers will give growers young trees to replace those the frost killed.\n')
    expect(result!.readout.organisation).toBe('Northern Orchards Compact')
    expect(result!.readout.roadmap).toBe('Orchard Frost Recovery Plan')
  })
})

describe("a speech's title line", () => {
  const speech = (title: string) => `${title}\nNairobi\nThursday 5 March 2026\n\nCheck against delivery\n\nColleagues,\n\nLet me set out what we have agreed.\n\nFirst, every school will have clean water by 2028.\n\nSecond, we will meet again in Kampala next year.\n`
  it('reads `Closing remarks by …`, `Keynote address by …` and `Discours de clôture de …` as a statement, the line staying the title', async () => {
    for (const title of ['Closing remarks by the Chair', 'Keynote address by the Minister of Water']) {
      const {result} = await structureText(speech(title))
      expect(result!.readout.kind, title).toBe('statement')
      expect(result!.readout.title).toBe(title)
    }
    const {result} = await structureText("Discours de clôture de la présidente\nNairobi\njeudi 5 mars 2026\n\nSeul le prononcé fait foi\n\nChers collègues,\n\nLes ministres ont décidé ce qui suit :\n\n- Eau : chaque école aura de l'eau potable d'ici 2028.\n- Cantines : chaque école servira un repas chaud par jour d'ici 2029.\n\nNous nous retrouverons à Kampala l'an prochain.\n")
    expect(result!.readout.kind).toBe('statement')
    expect(result!.readout.title).toBe('Discours de clôture de la présidente')
  })
  it('leaves a headline that only uses the word (`Ministers agree to address water shortages`) a readout', async () => {
    const {result} = await structureText(speech('Ministers agree to address water shortages'))
    expect(result!.readout.kind).not.toBe('statement')
  })
})
