import {describe, expect, it} from 'vitest'
import {townOfBody} from '../structure/place-from-towns.js'
import {structureText} from './helpers.js'

// The review of session 21's merged branches: a sender whose name opens like a weekday, a sentence that only
// mentions what someone loved, and a long hyphenated name of a town's council.
describe('review51: chats', () => {
  it('keeps a sender whose first name opens like a weekday (`Sam`, `Sun`, `Mar`) as a sender', async () => {
    const chat = ['Sam Jones  8:02 AM', 'Evening all, quick notes from tonight.', 'Mar Vidal  8:05 AM', 'We agreed to repaint the hall in May.', 'Sam Jones  8:07 AM', 'And to buy two new tables for £300.', 'Sun Li  8:09 AM', 'Next committee is on 12 January.', 'Sam Jones  8:10 AM', 'Thanks all.'].join('\n')
    const {result} = await structureText(`The Hall Committee met in Leyburn on 10 November 2026.\n\n${chat}\n`)
    const text = JSON.stringify(result!.readout)
    expect(text).not.toMatch(/Sam Jones\s+8:02|Mar Vidal\s+8:05|Sun Li\s+8:09/)
  })
  it('keeps a message sentence that says someone loved or questioned something in quotes, and drops a reaction line', async () => {
    const chat = ['Ana Ruiz  8:02 AM', 'Everyone loved “the new logo”, so it stays.', 'Ben Ode  8:05 AM', 'Residents questioned "the cost" of the scheme, and we agreed to fund it.', 'Ana Ruiz  8:07 AM', 'Loved “Residents questioned the cost”', 'Ben Ode  8:09 AM', 'Next meeting is on 12 January.'].join('\n')
    const {result} = await structureText(`The Logo Group met in Leeds on 10 November 2026.\n\n${chat}\n`)
    const text = JSON.stringify(result!.readout)
    expect(text).toContain('so it stays')
    expect(text).toContain('of the scheme')
    expect(text).not.toContain('Loved “Residents')
  })
})

describe('review51: a town council named with a long run of hyphens is read at once', () => {
  it('reads the town of a hyphenated council, and a 2,000-character name in well under a second (it took 10 s at 800)', async () => {
    expect(townOfBody('Stratford-upon-Avon Town Council')).toBe('Stratford-upon-Avon')
    expect(townOfBody('conseil municipal de Villeneuve-sur-Lot')).toBe('Villeneuve-sur-Lot')
    const start = process.cpuUsage()
    expect(townOfBody('A-'.repeat(1_000) + 'A Town Council')).toBeUndefined()
    expect(townOfBody('conseil municipal de ' + 'A-'.repeat(50) + '!')).toBeUndefined()
    const used = process.cpuUsage(start)
    expect((used.user + used.system) / 1e6).toBeLessThan(0.5)
  })
})
