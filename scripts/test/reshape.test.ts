import {describe, expect, it} from 'vitest'
import {reshape, SHAPES} from '../reader/reshape.js'

// `npm run eval -- --reshape` (issue 11): the points of a case written again in each shape a readout
// uses, the rest of its text as it was. The text below was written for this test.

const TEXT = `Readout: Meeting of the Lake Forum
Kisumu, 3 May 2026

Ministers of the three lake states met in Kisumu to agree how the lake's fish will be protected.

1. Ministers agreed to close the breeding grounds to nets from March to June each year.

2. The Forum will pay for 40 patrol boats, shared among the three states.

The Forum will meet again in Jinja in 2027.
`
const EXPECTED = {
  lang: 'en',
  points: [
    {title: ['Closed breeding grounds', 'Breeding grounds'], body: 'Ministers agreed to close the breeding grounds to nets from March to June each year.'},
    {title: 'Patrol boats', body: 'The Forum will pay for 40 patrol boats, shared among the three states.'},
  ],
}
const shape = (name: string) => SHAPES.find((item) => item.name === name)!

describe('reshape', () => {
  it('writes the points as titled bullets, the header, context and outlook left as they are', () => {
    const {text, bodies} = reshape(TEXT, EXPECTED, shape('- Title: body'))!
    expect(text).toBe(`Readout: Meeting of the Lake Forum
Kisumu, 3 May 2026

Ministers of the three lake states met in Kisumu to agree how the lake's fish will be protected.

- Closed breeding grounds: Ministers agreed to close the breeding grounds to nets from March to June each year.
- Patrol boats: The Forum will pay for 40 patrol boats, shared among the three states.

The Forum will meet again in Jinja in 2027.
`)
    expect(bodies).toEqual(EXPECTED.points.map((point) => point.body))
  })

  it('writes ordinal openers into the bodies, the last one `Finally` only from the third point', () => {
    const {text, bodies} = reshape(TEXT, EXPECTED, shape('First, … Finally,'))!
    expect(bodies).toEqual(['First, ministers agreed to close the breeding grounds to nets from March to June each year.', 'Second, the Forum will pay for 40 patrol boats, shared among the three states.'])
    expect(text).toContain(`\n\n${bodies[0]}\n\n${bodies[1]}\n\n`)
  })

  it('writes a numbered table and a lead-in over items', () => {
    expect(reshape(TEXT, EXPECTED, shape('table # Commitment'))!.text).toContain('| # | Commitment |\n|---|---|\n| 1 | Ministers agreed')
    expect(reshape(TEXT, {...EXPECTED, lang: 'fr'}, shape('lead-in and items'))!.text).toContain('Les ministres sont convenus de :\n\n- Ministers agreed')
  })

  it('leaves out a case whose points are not whole paragraphs, or have other text between them', () => {
    expect(reshape(TEXT, {points: [{title: 'A', body: 'Ministers agreed to close the breeding grounds'}, EXPECTED.points[1]]}, shape('• bullets'))).toBeUndefined()
    const between = TEXT.replace('\n2. ', '\nThe lake has lost half its fish since 2000, ministers were told.\n\n2. ')
    expect(reshape(between, EXPECTED, shape('• bullets'))).toBeUndefined()
  })

  it('drops the heading over each point with the point', () => {
    const headed = TEXT.replace('1. Ministers', 'Breeding grounds\nMinisters').replace('2. The Forum', 'Patrol boats\n\nThe Forum')
    expect(reshape(headed, EXPECTED, shape('plain paragraphs'))!.text).toContain('protected.\n\nMinisters agreed to close the breeding grounds to nets from March to June each year.\n\nThe Forum will pay')
  })
})
