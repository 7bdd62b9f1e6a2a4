import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 12 (issue 11) showed the reader missing in the title, the place, the dates and the
// organisation, stated as rules an editor would give. Every sentence here is written for the test.

describe('a French title block whose date line runs from one weekday to another', () => {
  const source = 'Sixième réunion du Conseil régional des forêts du bassin de la Volta\nCommuniqué final\nOuagadougou\nDu lundi 28 septembre au jeudi 1er octobre 2026\n\nLes ministres chargés des forêts ont tenu la sixième réunion du Conseil régional des forêts du bassin de la Volta à Ouagadougou.\n\nLes ministres ont décidé de planter deux mille hectares de forêt d\'ici à 2028.\n'
  it('reads the range across two months and the place on the line above it', async () => {
    const {result} = await structureText(source)
    expect(result!.readout.dates).toMatchObject({start: '2026-09-28', end: '2026-10-01'})
    expect(result!.readout.place).toBe('Ouagadougou')
  })
  it('leaves the city the body met in out of its name', async () => {
    const {result} = await structureText(source)
    expect(result!.readout.organisation).toBe('Conseil régional des forêts du bassin de la Volta')
  })
})
