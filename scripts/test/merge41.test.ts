// The lead's mends when this session's branches met (docs/reading.md, lead 41): a foot note is a sentence of its own,
// and a signature's `Fait à …` is no dateline standing alone.
import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

describe('notes at a text\'s foot, against the items of a list', () => {
  it('keeps `(1) to …` items under a lead-in as points', async () => {
    const {result} = await structureText('ORCHARD GROWERS BOARD\nAnnual meeting\nHobart, 9 May 2026\n\nThe Board, having heard the growers, resolved:\n\n(1) to open a shared cold store in the Huon Valley;\n\n(2) to pay 40 apprentices a first-year wage;\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['to open a shared cold store in the Huon Valley;', 'to pay 40 apprentices a first-year wage;'])
  })

  it('keeps numbered items that end as a list\'s items do, even with no lead-in', async () => {
    const {result} = await structureText('DECLARATION OF TROMSØ ON COLD-WATER REEFS\n\nWe, the fisheries ministers of the Northern Reef Forum, meeting in Tromsø on 2 June 2026,\n\nMindful that trawling has damaged half of the known reefs,\n\n(1) Commit to map every cold-water reef in our waters by 2029;\n\n(2) Close the mapped reefs to bottom trawling;\n\n(3) Train 60 inspectors to board trawlers at sea;\n')
    expect(result!.readout.pillars.map((p) => p.body)).toHaveLength(3)
  })

  it('still sets aside real notes: whole sentences marked `(1)` under the text', async () => {
    const {result} = await structureText('Reef Forum: ministers close mapped reefs to trawling\n\nTromsø, 2 June 2026 – The fisheries ministers of the Northern Reef Forum met in Tromsø on 2 June 2026.\n\n- Maps: Every reef will be mapped by 2029.\n- Closures: Mapped reefs will be closed to bottom trawling.\n\n(1) The Forum counts eight member states and two observers.\n')
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('eight member states')
  })
})

describe('a signature line is not a dateline standing alone', () => {
  it('reads the place after `Fait à` and `Done at`, not with them', async () => {
    const fr = await structureText('Déclaration sur les vergers\n\nLes ministres de l\'Agriculture du Conseil des vergers alpins,\n\nConscients du recul des vergers,\n\nSont convenus de ce qui suit :\n\nLes États membres replanteront 900 hectares d\'ici à 2030.\n\nLes pépinières recevront une aide commune.\n\nFait à Annecy (Haute-Savoie), le 12 mai 2026.\n')
    expect(fr.result!.readout.place).toBe('Annecy')
    const en = await structureText('Declaration on Orchards\n\nThe agriculture ministers of the Alpine Orchard Council,\n\nConcerned by the loss of orchards,\n\nHave agreed as follows:\n\nMember states will replant 900 hectares by 2030.\n\nNurseries will receive common support.\n\nDone at Bolzano, Italy, on 12 May 2026.\n')
    expect(en.result!.readout.place).toBe('Bolzano')
  })
})
