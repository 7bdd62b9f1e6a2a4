import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What blind round 9 (issue 11) showed the reader missing, stated as rules an editor would give.

describe('bullets that open with a verb after a lead-in line', () => {
  it('keeps as a point a first bullet whose `thanks to` means “because of”', async () => {
    const text = [
      'Chair’s Summary',
      'Third Meeting of the Alpine Glacier Monitoring Network',
      'Innsbruck, Austria, 12 May 2026',
      '',
      'The third meeting of the Alpine Glacier Monitoring Network was held in Innsbruck on 12 May 2026.',
      '',
      'The meeting:',
      '',
      '- Noted that 84 glaciers are now measured every summer, up from 60 in 2020, thanks mainly to volunteers from mountain clubs.',
      '- Agreed to publish the measurements of every member in one open database.',
      '- Asked the secretariat to prepare a common training course for field teams.',
    ].join('\n')
    const {result} = await structureText(text)
    expect(result?.readout.pillars.map((p) => p.body.split(' ')[0])).toEqual(['Noted', 'Agreed', 'Asked'])
  })
})
