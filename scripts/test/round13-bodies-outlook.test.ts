import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 13 (issue 11) showed the reader missing in point bodies and the outlook, stated as
// rules an editor would give. Every sentence here is written for the test.
const HEAD = 'Summary of the River Ports Network\nMonday, May 4, 2026\n\nPort directors of the River Ports Network met today in Kisumu and agreed on a plan for safer river transport.\n\n'

describe('headings run into their paragraph after a dash', () => {
  it('reads `Safer landings — …` as the heading `Safer landings` over its paragraph only', async () => {
    const {result} = await structureText(`${HEAD}Under the plan, member ports commit to the following:\n\nSafer landings — Every port will light its landing stage at night by 2028.\n\nTraining pilots — The Network will train 300 boat pilots over three years.\n\nThe Network expects the plan to halve accidents on the river by 2030.\n`)
    const pillars = result!.readout.pillars
    expect(pillars.map((p) => p.body)).toEqual(['Every port will light its landing stage at night by 2028.', 'The Network will train 300 boat pilots over three years.'])
    expect(pillars.map((p) => p.title)).toEqual(['Safer landings', 'Training pilots'])
    expect(pillars[1].body).not.toContain('halve accidents')
  })

  it('leaves the rows of a table parted by dashes alone', async () => {
    const {result} = await structureText(`${HEAD}Ministers agreed to share one register of river pilots.\n\nPledges made at the meeting (donor – amount – purpose)\n\nKenya – KES 40 million – new landing stages\nUganda – UGX 900 million – pilot training\nRwanda – RWF 300 million – life jackets\nBurundi – BIF 1 billion – radios for boats\nTanzania – TZS 2 billion – rescue boats\n\nThe Chair will report on the pledges to the next meeting in Jinja.\n`)
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toMatch(/KES|UGX|TZS/)
  })

  it('needs the layout twice: a lone `Kisumu — …` stays in its paragraph', async () => {
    const {result} = await structureText(`${HEAD}Ministers agreed to share one register of river pilots.\n\nKisumu — The next meeting will take place in Jinja in 2027.\n`)
    expect(result!.readout.pillars.map((p) => p.title)).not.toContain('Kisumu')
  })
})
