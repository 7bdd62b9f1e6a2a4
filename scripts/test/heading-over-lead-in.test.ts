import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A section of context (`Background`) ends at the next heading, also when that heading stands over a
// list's lead-in (`Decisions` / `Ministers agreed to:` / `a. …`). Body16b's rule that a section
// heading ends the title block made `Background` a heading of its own; the lettered decisions then
// fell into its context and the text was refused (no pillars). Every sentence here is written for the test.

const TEXT = `Communiqué of the Nordic Ferry Safety Council
Bergen, 3 March 2026

Background

The transport ministers of the Nordic Ferry Safety Council met today in Bergen. Six member states took part.

The Council was set up in 2019. Ministers heard that 14 ferries failed inspections in 2025.

Decisions

Ministers agreed to:

a. inspect every ferry older than thirty years each spring;

b. fund new lifeboats with €9 million over two years;

c. train 800 crew members in evacuation drills by 2027.

Next steps

The Council will meet again in Turku in October 2026.
`

describe('a heading over a lead-in and its list', () => {
  it('ends the context section before it: each lettered decision is a point', async () => {
    const {result} = await structureText(TEXT)
    const {pillars, context, outlook} = result!.readout
    expect(pillars).toHaveLength(3)
    expect(pillars[1].body).toContain('fund new lifeboats with €9 million')
    expect(context.join(' ')).toContain('set up in 2019')
    expect(outlook).toEqual(['The Council will meet again in Turku in October 2026.'])
  })
})
