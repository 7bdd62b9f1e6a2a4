import {describe, expect, it} from 'vitest'
import {chatExport} from '../structure/chat-export.js'
import {isKnownTown} from '../structure/known-towns.js'
import {cleanPastedLine} from '../structure/pasted-text.js'
import {readoutOf} from './helpers.js'

// The final review of session 20's merged branches: each finding mended, with a test that fails without the mend. Every text is
// written for the test.

/** CPU milliseconds a call takes. */
function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

describe('lines built to make a pattern backtrack are read in linear time', () => {
  const chat = (line: string) => ['[10/05/2026 18:02] Ana: We met at the club tonight.', '[10/05/2026 18:03] Tom: Agreed on the new kit.', line, '[10/05/2026 18:05] Ana: Thanks all.']
  it('a subject of thirty stacked `Fw:` prefixes with no list tag', () => {
    expect(cpuMs(() => chatExport(chat(`${'Fw: '.repeat(30)}notes`)))).toBeLessThan(1000)
  })
  it('a row of emoji parted by wide gaps that ends on a word', () => {
    expect(cpuMs(() => chatExport(chat(`${'👍        '.repeat(12)}ok`)))).toBeLessThan(1000)
  })
  it('an issue-opened line with dot-parted segments of spaced words that ends on a mark', () => {
    expect(cpuMs(() => chatExport(['Minutes of the tooling call', `mdevries opened this issue on Feb 23, 2026${' ·  a   '.repeat(25)}!`, 'We agreed to pin the versions.']))).toBeLessThan(1000)
  })
})

describe('the place from the towns of the world', () => {
  it('takes no numbered room or common noun for a town', async () => {
    for (const noun of ['Court', 'Council', 'Progress', 'Union', 'Hall']) expect(isKnownTown(noun), noun).toBe(false)
    const room = await readoutOf("Notes of the residents' forum\n\nThe forum met on Tuesday 5 May 2026 in Room 4 of the Guild Hall, with Paris on the line.\n\n- The forum backed the new crossing.\n- A survey of parking will follow.\n")
    expect(room.place).not.toBe('Paris')
  })
  it('reads a French meeting line whose last word has an accent (`assemblée`)', async () => {
    const readout = await readoutOf("Relevé\n\nÀ Vierzon, ce samedi 7 mars 2026, s'est réunie l'assemblée\n\n- Les membres ont voté le budget.\n- Un nouveau local a été choisi.\n")
    expect(readout.place).toBe('Vierzon')
  })
})

describe('a converter’s escaped edit link', () => {
  it('is dropped like the plain one', () => {
    expect(cleanPastedLine('Background\\[edit\\]')).toBe('Background')
    expect(cleanPastedLine('Historique\\[modifier\\]')).toBe('Historique')
  })
})
