import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 12 (issue 11) showed the reader missing in point bodies and the outlook, stated as
// rules an editor would give. Every sentence here is written for the test.
const HEAD = 'Statement of the Lakeland Ferry Council\nKampala, 3 March 2026\n\nMinisters of the Lakeland Ferry Council met in Kampala on 3 March 2026 to improve safety on the lake.\n\n'

describe('headings in capitals run into their paragraph', () => {
  it('reads `SAFETY: …` as the heading `Safety` over its text, and `NEXT MEETING: …` as the outlook', async () => {
    const {result} = await structureText(`${HEAD}SAFETY: Ministers agreed that every ferry will carry a life jacket for each passenger.\n\nPORTS AND PIERS: The Council will rebuild the piers of Entebbe and Jinja by 2028.\n\nNEXT MEETING: Ministers will meet again in Mwanza in October 2027.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed that every ferry will carry a life jacket for each passenger.', 'The Council will rebuild the piers of Entebbe and Jinja by 2028.'])
    expect(result!.readout.pillars[0].title).toBe('Safety')
    expect(result!.readout.outlook).toEqual(['Ministers will meet again in Mwanza in October 2027.'])
  })

  it('reads them in French too, with the space before the colon', async () => {
    const {result} = await structureText('Déclaration du Conseil des bacs du lac Kivu\nGoma, le 3 mars 2026\n\nLes ministres du Conseil des bacs du lac Kivu se sont réunis à Goma le 3 mars 2026.\n\nSÉCURITÉ : Les ministres ont décidé que chaque bac portera un gilet par passager.\n\nPORTS : Le Conseil reconstruira les embarcadères de Goma et de Bukavu.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé que chaque bac portera un gilet par passager.', 'Le Conseil reconstruira les embarcadères de Goma et de Bukavu.'])
  })

  it('leaves in its line a heading whose text leads in to a list', async () => {
    const {result} = await structureText(`${HEAD}DECISIONS: On the safety of passengers on the lake and its rivers, Ministers agreed to:\n\n- fit a radio on every passenger ferry by 2028\n- train all ferry crews in first aid\n\nFUNDING: Ministers agreed to:\n\n- share the cost of the radios equally\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['fit a radio on every passenger ferry by 2028', 'train all ferry crews in first aid', 'share the cost of the radios equally'])
  })

  it('leaves a lone capital word before a colon in its paragraph', async () => {
    const {result} = await structureText(`${HEAD}Ministers agreed that every ferry will carry a life jacket for each passenger.\n\nNOTE: The figures above come from the harbour masters of the five member states.\n`)
    expect(result!.readout.context.join(' ')).toContain('NOTE: The figures above come from the harbour masters')
  })
})

describe('a table typed as text, one row per line', () => {
  const LIST = '- the repair of the old landing stages on the northern shore\n- a radio network that links every ferry to the harbour masters\n\n'
  it('keeps rows of `Donor – amount – purpose` in the context, and reads the paragraph after them whole', async () => {
    const {result} = await structureText(`${HEAD}Ministers agreed to fund\n\n${LIST}Contributions made at the meeting (donor – amount – purpose)\n\nSweden – SEK 20 million – radios for every ferry\nIreland – €3m – training of crews\nAustralia – A$5 million – new landing stages\n\nThe Chair will report on the contributions to the donors' meeting in Nairobi in May 2026. The Council will meet again in Kigali in 2027.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['the repair of the old landing stages on the northern shore', 'a radio network that links every ferry to the harbour masters'])
    expect(result!.readout.outlook).toEqual(["The Chair will report on the contributions to the donors' meeting in Nairobi in May 2026. The Council will meet again in Kigali in 2027."])
    expect(result!.readout.context.join(' ')).toContain('Ireland – €3m – training of crews')
  })

  it('reads cells parted by tabs as a table too', async () => {
    const {result} = await structureText(`${HEAD}Ministers agreed to fund\n\n${LIST}Sweden\tSEK 20 million\tradios for every ferry\nIreland\t€3m\ttraining of crews\nAustralia\tA$5 million\tnew landing stages\n\nThe Chair will report on the contributions to the donors' meeting in Nairobi in May 2026. The Council will meet again in Kigali in 2027.\n`)
    expect(result!.readout.pillars).toHaveLength(2)
    expect(result!.readout.outlook).toHaveLength(1)
  })
})

describe('operative paragraphs that start with their verb', () => {
  it('keeps in the context the one that adopts a named plan, and reads the others as points', async () => {
    const {result} = await structureText('DECLARATION OF MOMBASA ON LAKE FERRIES\n\nWe, the ministers of transport of the Lakeland Ferry Council, meeting in Mombasa on 3 March 2026,\n\nAware that most lake crossings are made on boats with no radio,\n\n(1) Adopt the Mombasa Plan of Action on Safe Crossings, annexed to this Declaration, for the years 2026 to 2030;\n\n(2) Commit to fit a radio on every passenger ferry by 2028;\n\n(3) Adopt common rules for the training of ferry crews;\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Commit to fit a radio on every passenger ferry by 2028;', 'Adopt common rules for the training of ferry crews;'])
    expect(result!.readout.context.join(' ')).toContain('Adopt the Mombasa Plan of Action on Safe Crossings')
  })
})
