import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Header and tail furniture of round 25's layouts, read by cause (branch r25en): a contact block and a
// `FOR RELEASE:` date above a release's headline, a letterhead's address line, an `ISSUED BY:` block,
// a parliamentary statement's kind line. Every sentence here is written for the test.
const release = (top: string) => `PRESS RELEASE

${top}

FOR RELEASE: May 14, 2026

Lichen ministers agree a shared count of winter pastures
Board moves to protect the grazing of reindeer herders

TROMSØ, Norway — Ministers from five Nordic countries agreed on Tuesday to count the lichen on winter pastures every two summers, at the annual meeting of the Nordic Lichen Board.

"A pasture we do not measure is a pasture we will lose," said Norway's Minister of Climate, who chaired the meeting.

The ministers agreed to start a shared count of lichen on reindeer pastures in 2027.

They also agreed to open the lichen collections of their universities to visiting students.

The ministers will meet again in Oulu in May 2027.
`

describe('a release with its contacts above the headline', () => {
  it('sets the contact block aside and takes the headline as the title', async () => {
    const {result} = await structureText(release(`Media contact:
Ingrid Solberg, Press Officer
Nordic Lichen Board
+47 22 555 0101 | press@lichen.example`))
    expect(result!.readout.title).toBe('Lichen ministers agree a shared count of winter pastures')
    expect(result!.readout.pillars.map((pillar) => pillar.body)).toContain('They also agreed to open the lichen collections of their universities to visiting students.')
  })

  it('reads `on Tuesday` against the date of a `FOR RELEASE:` line', async () => {
    const {result} = await structureText(release('Nordic Lichen Board'))
    expect(result!.readout.kind).toBe('press release')
    expect(result!.readout.dates).toMatchObject({start: '2026-05-12', end: '2026-05-12'})
  })
})

describe("a ministry's letterhead and its closing block", () => {
  const text = `KINGDOM OF NORWAY
MINISTRY OF CLIMATE
Postboks 8013 · Oslo · Tel: +47 22 24 90 90 · www.climate.example

MEDIA STATEMENT

NORDIC MINISTERS AGREE TO COUNT LICHEN ON WINTER PASTURES

Ministers of the Nordic Lichen Board met in Oslo on 12 and 13 May 2026 and adopted the Nordic Pasture Plan 2026–2030.

Under the Plan, the Board will count lichen on reindeer pastures every two summers.

Ministers agreed to open the lichen collections of their universities to visiting students.

ISSUED BY:
Office of the Secretary General
Ministry of Climate
Enquiries: Mr. Ola Berg, Media Officer, Tel: +47 22 24 90 91
`
  it('never takes the address and telephone line for the title', async () => {
    const {result} = await structureText(text)
    expect(result!.readout.title).toBe('Nordic Ministers Agree to Count Lichen on Winter Pastures')
  })

  it('sets `ISSUED BY:`, the office under it and an `Enquiries:` line aside as the tail, never a point', async () => {
    const {result} = await structureText(text)
    const pillars = result!.readout.pillars
    expect(pillars.some((pillar) => /Enquiries|Ministry of Climate/.test(`${pillar.title} ${pillar.body}`))).toBe(false)
    expect(pillars.length).toBe(2)
  })
})

describe('a statement made to parliament', () => {
  it('takes the line under `Written statement to Parliament` for the title, the conference named in it being no venue', async () => {
    const {result} = await structureText(`Written statement to Parliament

Outcome of the Conference of Nordic Pasture Ministers, Tromsø

Statement made on 20 May 2026

I attended the Conference of Nordic Pasture Ministers, which took place in Tromsø on 12 and 13 May. Ministers from five countries took part.

Ministers agreed to count lichen on reindeer pastures every two summers.

Ministers agreed to open the lichen collections of their universities to visiting students.
`)
    expect(result!.readout.title).toBe('Outcome of the Conference of Nordic Pasture Ministers, Tromsø')
    expect(result!.readout.kind).toBe('statement')
  })
})
