import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts new to the corpus (issue 11), stated as rules an editor would give. Every sentence here
// is written for the test.

describe('a briefing transcript with speakers in capitals', () => {
  const TRANSCRIPT = 'Daily press briefing\nNairobi, 3 March 2026\n\nMODERATOR: Welcome. The spokesperson will open with the outcome of this morning\'s meeting of the Lake Basin Commission.\n\nSPOKESPERSON: The Commission agreed to ban fishing nets with a mesh under five centimetres from July.\n\nSPOKESPERSON: It also decided to fund 40 patrol boats for the lake, shared among the member states.\n\nQUESTION (Radio Lakeside): Will the ban apply to the rivers that feed the lake?\n\nSPOKESPERSON: Not at first; the Commission will look at the rivers at its next meeting in Kampala in October.\n'

  it('drops the speakers\' labels and reads their turns as the paragraphs they are', async () => {
    const {result} = await structureText(TRANSCRIPT)
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toContain('The Commission agreed to ban fishing nets with a mesh under five centimetres from July.')
    expect(bodies.join(' ')).not.toMatch(/SPOKESPERSON|MODERATOR|QUESTION/)
    expect(result!.readout.pillars.map((p) => p.title)).not.toContain('SPOKESPERSON')
  })

  it('keeps a journalist\'s question out of the points and the outlook', async () => {
    const {result} = await structureText(TRANSCRIPT)
    const all = [...result!.readout.pillars.map((p) => p.body), ...result!.readout.outlook].join(' ')
    expect(all).not.toContain('Will the ban apply')
    expect(result!.readout.outlook.join(' ')).toContain('next meeting in Kampala')
  })

  it('needs one speaker twice: a lone label in capitals stays in its paragraph', async () => {
    const {result} = await structureText('Readout of the Lake Basin Commission\nNairobi, 3 March 2026\n\nFISHING: The Commission agreed to ban fishing nets with a mesh under five centimetres from July.\n\nPATROLS: It also decided to fund 40 patrol boats for the lake.\n\nRIVERS: The Commission will look at the rivers at its next meeting in Kampala in October.\n')
    expect(result!.readout.pillars.map((p) => p.title.toLowerCase())).toContain('fishing')
  })
})
