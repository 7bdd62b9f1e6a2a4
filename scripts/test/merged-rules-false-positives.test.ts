import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Sentences that the rules merged on 30 November should not fire on (review35). Every sentence here is written for the test.

const communique = (after: string) => `Coastal Fisheries Council Communiqué\nLisbon, 4 March 2026\n\n1. Ministers agreed to close the cod fishery for two years.\n\n2. Ministers agreed to fund 12 patrol boats.\n\n3. Ministers agreed to share catch data each month.\n\n${after}\n`

describe('what the body that met, its staff or its chair say they will do is a step ahead, not one member\'s own plan', () => {
  for (const sentence of [
    'The Council confirmed that it will review the closure of the fishery in 2027.',
    'The Secretariat said it will circulate a draft of the monitoring plan by June 2026.',
    'The Chair announced that it will convene the working group on quotas before the summer.',
  ]) {
    it(sentence, async () => {
      const {result} = await structureText(communique(sentence))
      expect(result!.readout.outlook).toEqual([sentence])
    })
  }
  it('what one member says of its own plan stays context', async () => {
    const {result} = await structureText(communique('Portugal confirmed that it will buy two of the patrol boats with its own funds by 2027.'))
    expect(result!.readout.outlook).toEqual([])
  })
})

describe('a lead-in under which what follows was only put forward is no list of decisions', () => {
  const minutes = (leadIn: string, language: 'en' | 'fr') => language === 'en'
    ? `Rivers Council meeting\nAccra, 9 March 2026\n\nBackground\n\n${leadIn}\n\n- Build three new dams on the upper river.\n- Raise water tariffs by half.\n- Sell the water utility.\n\nDecisions\n\nMinisters agreed to open a sediment laboratory in Kumasi.\n`
    : `Conseil des fleuves\nAccra, le 9 mars 2026\n\nContexte\n\n${leadIn}\n\n- Construire trois barrages sur le haut du fleuve.\n- Relever de moitié le prix de l'eau.\n- Vendre la société des eaux.\n\nDécisions\n\nLes ministres ont décidé d'ouvrir un laboratoire des sédiments à Kumasi.\n`
  for (const [leadIn, language] of [
    ['The consultants\' report made the following recommendations:', 'en'],
    ['Experts from the two universities presented the following measures.', 'en'],
    ['Le rapport des consultants formule les recommandations suivantes :', 'fr'],
    ['Les experts ont présenté les mesures suivantes.', 'fr'],
  ] as const) {
    it(leadIn, async () => {
      const {result} = await structureText(minutes(leadIn, language))
      expect(result!.readout.pillars.map((p) => p.body)).toHaveLength(1)
      expect(result!.readout.pillars[0].body).toMatch(/Kumasi/)
    })
  }
})

describe('a first line that opens with a greeting\'s word but names something is no greeting', () => {
  const text = (first: string) => `${first}\nParis, 4 March 2026\n\nThe ministers of the Innovation Council met in Paris on 4 March 2026.\n\n- Ministers agreed to fund 12 start-up hubs.\n- Ministers agreed to open a shared laboratory.\n- Ministers agreed to publish a yearly report.\n`
  it('keeps `Hello Tomorrow Summit` as the title', async () => {
    const {result} = await structureText(text('Hello Tomorrow Summit'))
    expect(result!.readout.title).toBe('Hello Tomorrow Summit')
  })
  it('still drops a greeting with names and its comma (`Dear Ana and Tomás,`)', async () => {
    const {result} = await structureText(`Dear Ana and Tomás,\n\n${text('Innovation Council ministerial')}`)
    expect(result!.readout.title).not.toMatch(/Dear/)
  })
})

describe('a meeting to come, named in passing, says nothing of where this one was', () => {
  const items = '- Members agreed to fund six boreholes.\n- Members agreed to publish the audit.\n- Members agreed to hire a hydrologist.\n'
  it('English: `The next meeting of the Kalahari Water Fund in Windhoek …`', async () => {
    const {result} = await structureText(`Hi all,\n\nShort notes from today. The next meeting of the Kalahari Water Fund in Windhoek is set for June.\n\n${items}`)
    expect(result!.readout.place).not.toBe('Windhoek')
  })
  it('French: `La prochaine réunion du Conseil du Fonds de l\'eau à Windhoek …`', async () => {
    const {result} = await structureText(`Bonjour à tous,\n\nQuelques notes du jour. La prochaine réunion du Conseil du Fonds de l'eau à Windhoek aura lieu en juin.\n\n- Les membres ont décidé de financer six forages.\n- Les membres ont décidé de publier l'audit.\n- Les membres ont décidé de recruter un hydrologue.\n`)
    expect(result!.readout.place).not.toBe('Windhoek')
  })
})
