import {describe, expect, it} from 'vitest'
import {ENGLISH} from '../structure/language.js'
import {FRENCH} from '../structure/french.js'
import {cleanPastedLine, MOVER_NOTE, pastedNoise} from '../structure/pasted-text.js'
import {readoutOf} from './helpers.js'

// Records of decisions: motions, resolutions, votes (motions52, session 22). Every text here is written for the test.

const bodies = async (text: string) => (await readoutOf(text)).pillars.map((pillar) => pillar.body)
const dropped = (lines: string[]) => [...pastedNoise(lines)].map((at) => lines[at])

describe('a vote line is the sitting\'s procedure, never a part of the decision\'s body', () => {
  it('drops the result of a vote in English, with its tally in brackets or without', () => {
    const lines = ['CARRIED (unanimous)', 'Carried (14 for, 2 against, 1 abstention)', 'LOST (9 for, 30 against)', 'Defeated (3-8).', 'Carried out a survey of 40 stops.']
    expect(dropped(lines)).toEqual(lines.slice(0, 4))
  })
  it('drops the result of a vote in French, its count or its article in brackets', () => {
    const lines = ['Adopté (2 voix contre).', 'Adoptée (3 abstentions).', 'Adopté.', 'Résolution rejetée.', 'Résolution adoptée à l\'unanimité des présents et représentés (article 24).', 'Adopté le principe d\'une étude.']
    expect(dropped(lines)).toEqual(lines.slice(0, 5))
  })
  it('reads a tally of votes or of tantièmes, and a vote by unanimity, as a line of procedure', () => {
    expect(FRENCH.procedureLine!.test('Votes pour : 6 100 tantièmes ; votes contre : 900 tantièmes. Résolution adoptée (article 24).')).toBe(true)
    expect(FRENCH.procedureLine!.test('Vote : unanimité')).toBe(true)
    expect(FRENCH.procedureLine!.test('Vote : à l\'unanimité des membres présents.')).toBe(true)
    expect(FRENCH.procedureLine!.test('Cette délibération est adoptée à la majorité.')).toBe(true)
    expect(FRENCH.procedureLine!.test('Vote : le conseil reporte sa décision.')).toBe(false)
    expect(ENGLISH.procedureLine!.test('For: 12 – Against: 1')).toBe(true)
  })
  it('reads the line that makes the record stand as approved as the record\'s procedure, never a step ahead', () => {
    expect(FRENCH.procedureLine!.test('Le présent compte rendu vaut approbation des décisions, sauf remarque écrite sous dix jours.')).toBe(true)
    expect(ENGLISH.procedureLine!.test('These minutes will be taken as approved unless members object within ten days.')).toBe(true)
    expect(ENGLISH.procedureLine!.test('This summary stands as agreed.')).toBe(true)
    expect(FRENCH.procedureLine!.test('Le présent plan vaut engagement des communes jusqu\'en 2030.')).toBe(false)
    expect(ENGLISH.procedureLine!.test('These minutes will be published on the website by Friday.')).toBe(false)
  })
  it('keeps a vote line under a resolution out of its body, in English and French', async () => {
    const en = 'RIVERSIDE ALLOTMENT SOCIETY – ANNUAL GENERAL MEETING\n\nThe society met in Shrewsbury on 4 March 2026.\n\nResolution 1 – Water butts\nThat the society buy 40 water butts for the plots on the lower field.\nCARRIED (31 for, 2 against)\n\nResolution 2 – Rents\nThat plot rents be raised by £5 from April 2027.\nThis resolution was adopted unanimously.\n'
    expect(await bodies(en)).toEqual(['That the society buy 40 water butts for the plots on the lower field.', 'That plot rents be raised by £5 from April 2027.'])
    const fr = 'ASSEMBLÉE GÉNÉRALE DE LA RÉSIDENCE DU PARC\n\nLes copropriétaires se sont réunis à Angers le 3 juin 2026.\n\nRésolution n° 1 – Toiture\nL\'assemblée générale décide de refaire la toiture du bâtiment A pour 64 000 euros.\nVotes pour : 6 100 tantièmes ; votes contre : 900 tantièmes. Résolution adoptée (article 24).\n\nRésolution n° 2 – Interphone\nL\'assemblée générale décide de remplacer l\'interphone du hall.\nCette résolution est adoptée à la majorité.\n'
    expect(await bodies(fr)).toEqual(['L\'assemblée générale décide de refaire la toiture du bâtiment A pour 64 000 euros.', 'L\'assemblée générale décide de remplacer l\'interphone du hall.'])
  })
  it('leaves a decision that only names a vote in its own sentence as it was', async () => {
    const text = 'The committee met in Leeds on 3 May 2026.\n\nParking\nThe committee carried out a survey of 200 drivers and decided to open a second car park by 2027.\n\nLighting\nThe committee agreed to light the towpath.\n'
    expect(await bodies(text)).toEqual(['The committee carried out a survey of 200 drivers and decided to open a second car park by 2027.', 'The committee agreed to light the towpath.'])
  })
})

describe('who moved and seconded a motion, in brackets after its heading, is no part of its title', () => {
  it('drops the mover\'s note at the end of the line, in English and French', () => {
    expect(cleanPastedLine('Motion 2 – Night buses (moved Byker garage, seconded Walkergate)')).toBe('Motion 2 – Night buses')
    expect(cleanPastedLine('Motion 3 – Rents (proposed by the Treasurer; seconded by J. Ward)')).toBe('Motion 3 – Rents')
    expect(cleanPastedLine('Motion 4 – Tarifs (proposée par la section de Vire, appuyée par celle de Caen)')).toBe('Motion 4 – Tarifs')
    // (a bracket that names no mover stays, and so does one inside the line)
    expect(cleanPastedLine('Motion 5 – Depots (North and South)')).toBe('Motion 5 – Depots (North and South)')
    expect(cleanPastedLine('The motion (moved by Ann Lee) was put to the vote.')).toBe('The motion (moved by Ann Lee) was put to the vote.')
  })
  it('reads each motion under its own heading', async () => {
    const text = 'RIVERSIDE ALLOTMENT SOCIETY – ANNUAL GENERAL MEETING\n\nThe society met in Shrewsbury on 4 March 2026.\n\nMOTIONS\n\nMotion 1 – Water butts (moved Plot 12, seconded Plot 30)\nThat the society buy 40 water butts for the plots on the lower field.\nCARRIED (31 for, 2 against)\n\nMotion 2 – Rents (moved the Treasurer, seconded Plot 4)\nThat plot rents be raised by £5 from April 2027.\nCARRIED\n'
    expect((await readoutOf(text)).pillars.map((pillar) => `${pillar.title}: ${pillar.body}`)).toEqual(['Water butts: That the society buy 40 water butts for the plots on the lower field.', 'Rents: That plot rents be raised by £5 from April 2027.'])
  })
  it('takes linear time on a long bracket of names', () => {
    const time = (n: number) => {
      const line = `Motion 1 – Rents (moved ${'a '.repeat(n)}`
      const start = performance.now()
      for (let k = 0; k < 20; k++) line.replace(MOVER_NOTE, '')
      return performance.now() - start
    }
    // (the least of three runs each, as the machine is shared)
    const least = (n: number) => Math.min(time(n), time(n), time(n))
    least(2000)
    const short = Math.max(least(5000), 1)
    expect(least(20000)).toBeLessThan(short * 6 + 20)
  })
})
