import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A numbered paragraph that adopts the plan by its name is context when it says nothing of the plan
// (`We adopt the … Plan, set out below`); when the lines under its colon give the plan's aims, the
// paragraph says what the plan does and is a point, as every numbered paragraph with lines under its
// colon is (issue 11, round 19: the point was lost and every later body moved up one).
const HEAD = 'Third Ministerial Meeting of the Sahel Rangelands Council\nCommuniqué\nNiamey – Wednesday, 4 November 2026\n\n1. Ministers of the Sahel Rangelands Council met today in Niamey at the invitation of the Government of Niger.\n\n2. Ministers welcomed Chad as a new member of the Council.\n\n'

describe('an adoption of the plan with its aims listed under it', () => {
  it('is a point, its lines joined, and the plan is still the roadmap', async () => {
    const {result} = await structureText(`${HEAD}3. Ministers endorsed the Niamey Pastoral Strategy, which guides the Council's work until 2032 through three aims:\n- a marked corridor for every herd route that crosses a border;\n- a water point every twenty kilometres along the main corridors;\n- a vaccination card for every herd that crosses a border.\n\n4. Ministers agreed to mark 4,000 kilometres of herd routes by 2029.\n\n5. Ministers asked the Secretariat to build 300 new water points along the corridors.\n`)
    const readout = result!.readout
    expect(readout.roadmap).toBe('Niamey Pastoral Strategy')
    expect(readout.pillars.map((p) => p.body)).toEqual([
      'Ministers welcomed Chad as a new member of the Council.',
      "Ministers endorsed the Niamey Pastoral Strategy, which guides the Council's work until 2032 through three aims: a marked corridor for every herd route that crosses a border; a water point every twenty kilometres along the main corridors; a vaccination card for every herd that crosses a border.",
      'Ministers agreed to mark 4,000 kilometres of herd routes by 2029.',
      'Ministers asked the Secretariat to build 300 new water points along the corridors.',
    ])
  })

  it('stays context when the aims are only named in its sentence and later paragraphs carry them', async () => {
    const {result} = await structureText(`${HEAD}3. Ministers endorsed the Niamey Pastoral Strategy, which sets out three aims for the next six years: herd routes, water and animal health.\n\n4. Ministers agreed to mark 4,000 kilometres of herd routes by 2029.\n\n5. Ministers asked the Secretariat to build 300 new water points along the corridors.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ministers welcomed Chad as a new member of the Council.',
      'Ministers agreed to mark 4,000 kilometres of herd routes by 2029.',
      'Ministers asked the Secretariat to build 300 new water points along the corridors.',
    ])
  })
})
