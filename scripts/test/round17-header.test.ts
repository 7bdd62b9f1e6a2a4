import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 17 (issue 11) showed the reader missing in the title, the place, the dates and the
// roadmap's name, stated as rules an editor would give. Every sentence here is written for the test.

describe('a roadmap whose name ends with its years', () => {
  it('keeps `2027–2031` after an English plan named without quotes', async () => {
    const {result} = await structureText('Meeting of the Ocean Freight Council\nJoint Communiqué\nValletta, 4 May 2026\n\nMinisters of the Ocean Freight Council met in Valletta on 4 May 2026.\n\nWe adopt the Valletta Port Emissions Roadmap 2027–2031, annexed to this text, as our common plan.\n\nPort power\nMinisters agreed to fit shore power at 40 ports by 2030.\n')
    expect(result!.readout.roadmap).toBe('Valletta Port Emissions Roadmap 2027–2031')
  })
  it('keeps the years after the purpose of the plan (`… Plan on Clean Berths 2027–2031`)', async () => {
    const {result} = await structureText('Ministers of the Ocean Freight Council met in Valletta on 4 May 2026 and adopted the Valletta Action Plan on Clean Berths 2027–2031.\n\nPort power\nMinisters agreed to fit shore power at 40 ports by 2030.\n')
    expect(result!.readout.roadmap).toBe('Valletta Action Plan on Clean Berths 2027–2031')
  })
})

describe('a French plan whose name is quoted after its kind', () => {
  it('reads `le Plan « Ports propres 2030 »` as the plan', async () => {
    const {result} = await structureText("Communiqué de presse\n\nRéunis à Tunis le 4 mai 2026, les ministres des Transports de six pays ont adopté la Stratégie « Ports propres 2030 », qui vise à électrifier les quais.\n\nLes ministres ont décidé d'équiper 40 ports d'ici 2030.\n")
    expect(result!.readout.roadmap).toBe('Stratégie « Ports propres 2030 »')
  })
})
