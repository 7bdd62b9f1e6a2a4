// The lead's mends when this session's branches met (docs/reading.md, lead 42): a kind line parted from its place by a
// middle dot or a bar is the text's kind, not a site's rubric bar.
import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

describe('a kind first in a bar of labels', () => {
  it('reads `Press release · Tromsø` and `Communiqué · Nantes` as the kind line', async () => {
    const en = await structureText('2026-09-17\nPress release · Tromsø\n\nCloudberry growers agree shared frost alerts\n\nMembers of the Arctic Cloudberry Council met in Tromsø on 15–16 September and agreed a common frost-warning service.\n\n- Frost alerts: Growers will receive text alerts when night frost is forecast.\n- Shared storage: The Council will rent two cold stores for the harvest.\n')
    expect(en.result!.readout.kind).toBe('press release')
    expect(en.result!.readout.title).toBe('Cloudberry growers agree shared frost alerts')
    const fr = await structureText('Communiqué · Nantes\n\nLes conchyliculteurs s\'accordent sur un suivi commun des eaux\n\nLe Comité régional de la conchyliculture s\'est réuni à Nantes le 4 mars 2026.\n\n- Suivi : Chaque bassin publiera ses analyses chaque semaine.\n- Alertes : Le Comité enverra une alerte dès qu\'une fermeture est décidée.\n')
    expect(fr.result!.readout.title).toBe('Les conchyliculteurs s\'accordent sur un suivi commun des eaux')
  })

  it('still sets aside a bar of links that only begins on a section (`Press releases · Events · Contact`)', async () => {
    const {result} = await structureText('Press releases · Events · Contact\n\nFerry operators agree common winter timetable\n\nThe Nordic Ferry Council met in Oslo on 3 March 2026 and agreed a common winter timetable.\n\n- Timetable: Every operator will publish its winter sailings by 1 October.\n- Tickets: One ticket will be valid on every member\'s ferries.\n')
    expect(result!.readout.title).toBe('Ferry operators agree common winter timetable')
  })
})
