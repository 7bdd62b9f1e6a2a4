import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A network's statement says it `held its annual assembly at <a venue> in <a city>` and closes on a report
// due `at the <city> assembly`. Every sentence is written for the test.
const text = (held: string, last: string) => `Baltic Consumer Councils Network
Annual Assembly 2026 – Outcome Statement

The Baltic Consumer Councils Network ${held} on 8 and 9 May, hosted by the Consumer Council of Latvia.

Online shopping
The assembly agreed a common form for complaints about parcels that never arrive.

Energy bills
Members agreed to publish a joint guide to reading an energy bill.

${last}
`

describe('an assembly held at a venue in a city', () => {
  it('reads the city of `held its annual assembly at the … in Riga`', async () => {
    const {result} = await structureText(text('held its annual assembly at the National Library in Riga', 'The next assembly will take place in Vilnius in May 2027.'))
    expect(result!.readout.place).toBe('Riga')
    expect(result!.readout.dates).toMatchObject({start: '2026-05-08', end: '2026-05-09'})
  })

  it('reads a congress and a plenary so too', async () => {
    for (const held of ['held its yearly congress in Riga', 'held its plenary at the Small Guild Hall in Riga']) {
      const {result} = await structureText(text(held, 'The next assembly will take place in Vilnius in May 2027.'))
      expect(result!.readout.place, held).toBe('Riga')
    }
  })
})

describe('a report due at a later assembly named by its city', () => {
  it('is outlook, not the last section\'s body', async () => {
    const {result} = await structureText(text('held its annual assembly in Riga', 'Members will report on the complaint form and on the energy guide at the Vilnius assembly.'))
    expect(result!.readout.outlook).toEqual(['Members will report on the complaint form and on the energy guide at the Vilnius assembly.'])
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'The assembly agreed a common form for complaints about parcels that never arrive.',
      'Members agreed to publish a joint guide to reading an energy bill.',
    ])
  })

  it('is outlook at a congress too, and a point when no later meeting is named', async () => {
    const congress = await structureText(text('held its annual assembly in Riga', 'The Secretariat will present the first results at the Tallinn congress.'))
    expect(congress.result!.readout.outlook).toEqual(['The Secretariat will present the first results at the Tallinn congress.'])
    const plain = await structureText(text('held its annual assembly in Riga', 'Members will report on the complaint form to their national parliaments.'))
    expect(plain.result!.readout.pillars.at(-1)!.body).toContain('Members will report on the complaint form to their national parliaments.')
  })
})
