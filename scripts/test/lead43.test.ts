import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// The merge of session 13: the one town of a first paragraph, read when nothing else names the place (placedate43), is not
// taken from a sentence about another meeting, and a sentence that only looks ahead still gives it.
describe('the one town of the first paragraph, at merge (lead, session 13)', () => {
  const items = '- Members agreed to fund six boreholes.\n- Members agreed to publish the audit.\n- Members agreed to hire a hydrologist.\n'
  it('is still read from a sentence that looks ahead without naming another meeting', async () => {
    const {result} = await structureText(`Hi all,\n\nTwo days in Maun will be remembered as the week the Fund grew up.\n\n${items}`)
    expect(result!.readout.place).toBe('Maun')
  })
  it('is not read from a sentence about the last or the previous meeting, in English or French', async () => {
    for (const text of [`Hi all,\n\nShort notes from today. The last plenary session in Windhoek set the rules.\n\n${items}`, `Bonjour à tous,\n\nQuelques notes. La précédente séance plénière à Windhoek avait fixé les règles.\n\n- Les membres ont décidé de financer six forages.\n- Les membres ont décidé de publier l'audit.\n- Les membres ont décidé de recruter un hydrologue.\n`]) {
      const {result} = await structureText(text)
      expect(result!.readout.place, text).not.toBe('Windhoek')
    }
  })
})
