import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A point that opens on who met reporting a view (`Ministers were equally clear that …`) is not
// titled `Ministers`: the title comes from the clause after `that`. Every sentence here is written for the test.

const text = (opening: string) => `Communiqué of the Lakes Fisheries Council
Kisumu, 3 March 2026

The fisheries ministers of the Lakes Fisheries Council met today in Kisumu.

1. Ministers agreed to close the spawning grounds of the lake to all nets from April to June each year.

2. ${opening} A €12 million programme will help about 5,000 of them open small guest houses.

3. Ministers asked the secretariat to publish a yearly report on catches.
`

describe('a title that only names who met', () => {
  it('gives way to the title of the clause they report', async () => {
    const {result} = await structureText(text('Ministers were equally clear that fishing families need something else to live on.'))
    expect(result!.readout.pillars[1].title).toBe('Fishing families')
    const {result: delegates} = await structureText(text('Delegates were firm that lakeside villages need another income.'))
    expect(delegates!.readout.pillars[1].title).toBe('Lakeside villages')
  })
})
