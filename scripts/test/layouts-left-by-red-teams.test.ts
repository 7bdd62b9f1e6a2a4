import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts the red teams found misread and left (issue 11): each text written for the test.

const bodies = (result: Awaited<ReturnType<typeof structureText>>['result']) => result!.readout.pillars.map((p) => p.body)

describe('a cable\'s comment over several paragraphs', () => {
  it('drops every paragraph of a `COMMENT:` up to its `END COMMENT.`', async () => {
    const {result} = await structureText('SUBJECT: READOUT OF THE ORANGE RIVER WATER MINISTERS MEETING, MASERU, 8 MARCH 2026\n\n1. SUMMARY: Water ministers of the Orange River Basin Commission met in Maseru on 8 March 2026 and agreed to share flood data. END SUMMARY.\n\n2. Ministers agreed to share river gauge readings every day from June 2026.\n\n3. Ministers asked the Commission secretariat to set up a flood warning desk.\n\n4. COMMENT: The data deal came after long talks; one delegation wanted a later start.\n\nObservers expect the warning desk to be slow to staff, since the secretariat has few hydrologists.\n\nIt remains to be seen whether the rangers will be funded. END COMMENT.\n\n5. Ministers will meet next in Windhoek in 2027.\n')
    expect(result!.markdown).not.toMatch(/Observers|remains to be seen/)
    expect(result!.readout.outlook).toEqual(['Ministers will meet next in Windhoek in 2027.'])
  })

  it('keeps what follows a comment left open when the next paragraph is numbered', async () => {
    const {result} = await structureText('SUBJECT: READOUT OF THE ORANGE RIVER WATER MINISTERS MEETING, MASERU, 8 MARCH 2026\n\n1. SUMMARY: Water ministers of the Orange River Basin Commission met in Maseru on 8 March 2026 and agreed to share flood data. END SUMMARY.\n\n2. COMMENT: The data deal came after long talks.\n\n3. Ministers agreed to share river gauge readings every day from June 2026.\n\n4. Ministers asked the Commission secretariat to set up a flood warning desk. END COMMENT.\n')
    expect(bodies(result)).toEqual(['Ministers agreed to share river gauge readings every day from June 2026.', 'Ministers asked the Commission secretariat to set up a flood warning desk.'])
  })
})
