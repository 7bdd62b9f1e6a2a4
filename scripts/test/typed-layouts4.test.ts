import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts of published meeting texts that neither the corpus nor the first three red teams had (issue 11,
// round 4): each was refused or misread before its rule. Every sentence here is written for the test.

const titles = (result: Awaited<ReturnType<typeof structureText>>['result']) => result!.readout.pillars.map((p) => p.title)
const bodies = (result: Awaited<ReturnType<typeof structureText>>['result']) => result!.readout.pillars.map((p) => p.body)

describe('a record of decisions numbered `Décision n° 1 :`', () => {
  it('reads each numbered decision run into its line as a point, titled from its text', async () => {
    const {result} = await structureText('Relevé de décisions\nComité de suivi du Plan des ponts ruraux\nParakou, 9 février 2026\n\nLe comité de suivi du Plan des ponts ruraux s\'est réuni à Parakou le 9 février 2026.\n\nDécision n° 1 : Le comité approuve la construction de 14 ponts en béton sur les pistes agricoles du nord.\n\nDécision n° 2 : Une brigade d\'entretien sera créée dans chaque commune traversée par une piste.\n\nDécision n° 3 : Le secrétariat publiera chaque trimestre l\'état des travaux.\n')
    expect(result).toBeDefined()
    expect(bodies(result)).toEqual([
      'Le comité approuve la construction de 14 ponts en béton sur les pistes agricoles du nord.',
      'Une brigade d\'entretien sera créée dans chaque commune traversée par une piste.',
      'Le secrétariat publiera chaque trimestre l\'état des travaux.',
    ])
    expect(titles(result).some((title) => /^D[ée]cision/iu.test(title))).toBe(false)
  })

  it('reads `Recommendation 2` over its paragraph as a number, the title made from the text', async () => {
    const {result} = await structureText('Standing Committee on Coastal Ferries\nReport on ferry fares\n\nThe Standing Committee on Coastal Ferries met in Hobart on 4 May 2026 to hear from island communities.\n\nRecommendation 1\nThe Government should cap return fares for island residents at the price of a bus ticket of the same length.\n\nRecommendation 2\nThe ferry operator should publish its timetable for the whole year by each October.\n')
    expect(titles(result).some((title) => /^Recommendation/u.test(title))).toBe(false)
    expect(bodies(result)).toHaveLength(2)
  })
})

describe('a statement quoted over several paragraphs', () => {
  it('reads the paragraphs without the marks that open each and close the last', async () => {
    const {result} = await structureText('Press Statement on River Navigation\n\nThe following statement was issued today by the Chair of the Basin Commission:\n\n"The members of the Basin Commission met in Vientiane on 2 March 2026 to review navigation on the upper river.\n\n"The members of the Commission agreed to dredge the channel between the two lower ports before the dry season.\n\n"The members of the Commission asked the secretariat to publish river levels every day during the dry season.\n\n"The members of the Commission thanked the host country for its welcome."\n')
    expect(result!.readout.participants ?? '').not.toMatch(/"/)
    expect(result!.readout.keyMessage).toBeUndefined()
    expect(bodies(result)).toContain('The members of the Commission agreed to dredge the channel between the two lower ports before the dry season.')
    expect(bodies(result)).toContain('The members of the Commission asked the secretariat to publish river levels every day during the dry season.')
    expect(result!.markdown).not.toMatch(/^"/mu)
  })

  it('keeps a quotation that closes inside its paragraph, said by someone', async () => {
    const {result} = await structureText('The Basin Commission met in Vientiane on 2 March 2026.\n\n"A river that is dredged is a river that works," the Chair said.\n\n- Dredging: The Commission agreed to dredge the channel before the dry season.\n- Levels: The secretariat will publish river levels every day.\n')
    expect(result!.readout.keyMessage).toBe('A river that is dredged is a river that works.')
  })
})

describe('a date with a day\'s name after it', () => {
  it('does not take the name of the day after the date\'s comma for the city', async () => {
    const {result} = await structureText('Chair\'s Summary\nHigh-Level Meeting on Safe Cycling\nGeneva, 3 June 2026\n\nMinisters and mayors from thirty countries met at the Palais des Nations on 3 June 2026, World Bicycle Day.\n\n- Lanes: Participants agreed to double the length of protected cycle lanes in their capitals by 2030.\n- Schools: Mayors committed to teach every ten-year-old to ride in traffic.\n')
    expect(result!.readout.place).toBe('Geneva')
  })
})

describe('a declaration signed at its end', () => {
  it('takes the date of its `Fait à …, le …` line when the preamble names the place and no date', async () => {
    const {result} = await structureText('Déclaration de Bamako sur les forages ruraux\n\nNous, ministres de l\'Hydraulique des pays du fleuve Niger, réunis à Bamako, affirmons que chaque village doit avoir un point d\'eau.\n\nNous nous engageons à :\n\n– forer 3 000 puits dans les villages qui n\'en ont aucun d\'ici à 2030 ;\n\n– former un artisan réparateur dans chaque commune.\n\nFait à Bamako, le 12 octobre 2026.\n')
    expect(result!.readout.place).toBe('Bamako')
    expect(result!.readout.dates?.start).toBe('2026-10-12')
  })
})
