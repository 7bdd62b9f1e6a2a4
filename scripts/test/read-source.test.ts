import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {MAX_SOURCE_BYTES, composeMarks, readSource} from '../structure/read-source.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-read-source-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('reading a source (no browser)', () => {
  it('reads many sources at once into blocks of their own size, not of the 2 MB limit each', async () => {
    const files = Array.from({length: 64}, (_, i) => {
      const file = path.join(work, `many-${i}.txt`)
      writeFileSync(file, `Ministers met in Oslo on ${i + 1} May.\n- Trade: tariffs fall by ${i}%.\n`)
      return file
    })
    const before = process.memoryUsage().arrayBuffers
    let peak = 0
    const read = await Promise.all(
      files.map(async (file) => {
        const source = await readSource(file)
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - before)
        return source
      }),
    )
    expect(read.map((source) => source.messages.length)).toEqual(files.map(() => 0))
    expect(String(read[7].value)).toBe('Ministers met in Oslo on 8 May.\n- Trade: tariffs fall by 7%.\n')
    // 64 blocks of the limit were 128 MiB held at once.
    expect(peak).toBeLessThan(16 * 1024 * 1024)
  })

  it('reads a source of exactly the limit whole, refuses one byte more, and reads a file whose size says 0 (a file of /proc)', async () => {
    const line = 'Ministers met.\n'
    const full = line.repeat(Math.floor(MAX_SOURCE_BYTES / line.length)).padEnd(MAX_SOURCE_BYTES, '.')
    writeFileSync(path.join(work, 'limit.txt'), full)
    const atLimit = await readSource(path.join(work, 'limit.txt'))
    expect(atLimit.messages).toEqual([])
    expect(String(atLimit.value).length).toBe(MAX_SOURCE_BYTES)
    writeFileSync(path.join(work, 'over.txt'), `${full}.`)
    const over = await readSource(path.join(work, 'over.txt'))
    expect(over.messages.map((message) => message.ruleId)).toEqual(['source-too-large'])
    const proc = await readSource('/proc/self/status')
    expect(proc.messages).toEqual([])
    expect(String(proc.value)).toMatch(/^Name:/)
  })
})

describe('accents typed as a letter and a combining mark', () => {
  it('are composed, and nothing else is changed (a CJK compatibility ideograph stays itself)', () => {
    expect(composeMarks('Cre\u0301ation du re\u0301seau')).toBe('Création du réseau')
    const ideograph = String.fromCodePoint(0x2f800)
    expect(composeMarks(`${ideograph} partners`)).toBe(`${ideograph} partners`)
    expect(composeMarks('A\u0300 Dakar')).toBe('À Dakar')
  })
})
