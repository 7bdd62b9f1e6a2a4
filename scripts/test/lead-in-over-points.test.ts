import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A lead-in whose list became the points (`The Group agreed on the following:` over bulleted
// decisions) is not left alone in the Context of `roadmap.md`: the points it announces follow under
// Roadmap, as the brief, the deck and the Word file already show it. Every sentence here is written for the test.

const text = (leadIn: string) => `Subject: Readout - Coastal Ferries Forum, Bergen meeting

Dear colleagues,

The Coastal Ferries Forum met in Bergen on 3-4 March 2026, hosted by the
Norwegian Ministry of Transport. Twelve delegations attended.

${leadIn}

  - a common safety checklist for small ferries, to be used by
    every member from June 2027
  - a fund of €40m to convert old ferries to electric power
  - a training course for 600 deck officers over two years

The next meeting will be held in Tallinn in October 2026.
`

describe('a lead-in whose list became the points', () => {
  it('is not kept in the context, whatever its words', async () => {
    for (const leadIn of ['The Group agreed on the following:', 'Members decided as follows:', 'The Forum agreed to:']) {
      const {result} = await structureText(text(leadIn))
      expect(result!.readout.pillars).toHaveLength(3)
      expect(result!.readout.context).toEqual(['The Coastal Ferries Forum met in Bergen on 3-4 March 2026, hosted by the Norwegian Ministry of Transport. Twelve delegations attended.'])
      expect(result!.markdown).not.toContain(leadIn)
    }
  })

  it('a paragraph ending on a colon over a list that is no points stays (`Participants included:`)', async () => {
    const {result} = await structureText(text('The Forum agreed on three steps, set out below.').replace('The next meeting', 'Participants included:\n\n  - the Norwegian Coastal Administration\n  - the Danish Maritime Authority\n\nThe next meeting'))
    expect(result!.readout.context.join(' ')).toContain('Participants included:')
  })
})
