import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A short heading line over a list of numbered paragraphs names a part of the text: it says nothing
// itself, so it is never a line of the context (a brief's Context listed `FOODBORNE ILLNESS IN THE
// REGION`, `BUDGET`, … one under another). Every sentence here is written for the test.
const TEXT = `Lake Fisheries Council – Sixth Meeting
Kisumu, 12 May 2026

The fisheries ministers of the Lake Fisheries Council met in Kisumu on 12 May 2026.

FISH STOCKS

1. The Council noted that catches of tilapia fell by a fifth in two years.

2. The Council agreed to close the spawning grounds for three months a year.

PATROLS ON THE LAKE

3. The Council agreed to run joint patrols with twelve new boats from 2027.
`

describe('a heading over a list of numbered paragraphs', () => {
  it('ends the section before it and is no line of the context', async () => {
    const {result} = await structureText(TEXT)
    const {context, pillars} = result!.readout
    expect(pillars.length).toBeGreaterThanOrEqual(2)
    expect(context.join('\n')).not.toMatch(/FISH STOCKS|PATROLS ON THE LAKE/)
    expect(context).toEqual(['The Council noted that catches of tilapia fell by a fifth in two years.'])
  })
})
