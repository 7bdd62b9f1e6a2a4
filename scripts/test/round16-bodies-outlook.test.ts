import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 16 (issue 11) showed the reader missing in point bodies and the outlook of outcome
// documents, summary records and committee communiqués, stated as rules an editor would give.
// Every sentence here is written for the test.

const OUTCOME = 'Outcome Document of the Second Ministerial Meeting on Coastal Fisheries\nSuva, 3–4 March 2026\n\n'

describe('an outcome document whose sections are headed', () => {
  it('reads a `Context` heading right under the title block as a heading: its numbered paragraphs are context, even those with figures', async () => {
    const {result} = await structureText(`${OUTCOME}Context\n\n1. We, ministers responsible for fisheries from twelve island states, met in Suva on 3 and 4 March 2026.\n\n2. We note with concern that reef fish catches have fallen by 30 percent in ten years.\n\n3. We welcome the pledges made at the Meeting, which total US$80 million over four years.\n\nCommitments\n\n4. We will close a fifth of our inshore waters to fishing by 2030.\n\n5. We will share catch data through a common register from 2027.\n`)
    const {title, pillars, context} = result!.readout
    expect(title).toBe('Outcome Document of the Second Ministerial Meeting on Coastal Fisheries')
    expect(pillars.map((p) => p.body)).toEqual(['We will close a fifth of our inshore waters to fishing by 2030.', 'We will share catch data through a common register from 2027.'])
    expect(context.join(' ')).toContain('reef fish catches have fallen by 30 percent')
  })
})

describe('what follows a follow-up list of numbered paragraphs', () => {
  const BODY = `${OUTCOME}1. We will close a fifth of our inshore waters to fishing by 2030.\n\n2. We will share catch data through a common register from 2027.\n\n3. We will train two thousand fisheries officers by 2029.\n\nFollow-up\n\n4. We will review progress at our third meeting, which Fiji has offered to host in 2028.\n\n`

  it('reads an `Annex – …` heading and the text under it as context, not outlook, though no signature came before it', async () => {
    const {result} = await structureText(`${BODY}Annex – Suva Reef Charter\n\nThe Charter is made of the commitments in paragraphs 1 to 3. Each state will name a focal point for it within three months.\n`)
    const {outlook, context} = result!.readout
    expect(outlook).toEqual(['We will review progress at our third meeting, which Fiji has offered to host in 2028.'])
    expect(context.join(' ')).toContain('Each state will name a focal point')
  })

  it('reads an `Observers:` line after the list as context, not outlook', async () => {
    const {result} = await structureText(`${BODY}Observers: the Pacific Community, the Forum Fisheries Agency and two regional fishers' unions.\n\nAdopted in Suva on 4 March 2026.\n`)
    expect(result!.readout.outlook).toEqual(['We will review progress at our third meeting, which Fiji has offered to host in 2028.'])
  })
})
