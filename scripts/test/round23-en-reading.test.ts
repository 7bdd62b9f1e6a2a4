import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 23's English cases showed the reader missing, stated as rules an editor would give.
// Every sentence here is written for the test.

describe('paragraphs numbered in square brackets', () => {
  const HEAD = 'Alpine Council of Forestry Ministers\nConclusions on bark beetles\nIssued on Friday 6 March 2026\n\n'

  it('reads `[1]` … `[n]` counting up from one as numbered paragraphs, not footnotes: points, figures and outlook', async () => {
    const {result} = await structureText(`${HEAD}[1] The forestry ministers of the six Alpine countries met today in Bolzano to discuss bark beetle outbreaks.\n\n[2] The ministers agreed to fell and remove infested spruce within 30 days of a find.\n\n[3] The ministers agreed to fund 200 new forest wardens with EUR 12 million over four years.\n\n[4] The ministers will return to the subject in Innsbruck in the autumn of 2027.\n`)
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual(['The ministers agreed to fell and remove infested spruce within 30 days of a find.', 'The ministers agreed to fund 200 new forest wardens with EUR 12 million over four years.'])
    expect(readout.figures.map((f) => f.value)).toContain('EUR 12 million')
    expect(readout.outlook).toEqual(['The ministers will return to the subject in Innsbruck in the autumn of 2027.'])
  })

  it('keeps `[1]` … lines as footnotes when a word in the text carries their marker', async () => {
    const {result} = await structureText(`${HEAD}The forestry ministers of the six Alpine countries met today in Bolzano.\n\nThe ministers agreed to fell infested spruce within 30 days of a find[1].\n\nThe ministers agreed to fund 200 new forest wardens[2].\n\n[1] The rule already applies in two countries, where 40% of finds are felled in time.\n\n[2] Wardens are paid from national forest budgets.\n`)
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.body).join(' ')).not.toContain('40%')
    expect(readout.figures.map((f) => f.value)).not.toContain('40%')
  })
})
