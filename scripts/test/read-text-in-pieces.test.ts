import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readTextInPieces} from '../read-text-in-pieces.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-pieces-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('a text file read in 64 KiB pieces', () => {
  it('is the text `readFileSync` reads, characters of two, three and four bytes split across pieces included', () => {
    // 64 KiB minus one byte of ASCII, then multi-byte characters: each boundary falls inside one of them.
    const text = `${'a'.repeat(64 * 1024 - 1)}é€😀${'«Bonjour» ’ ü '.repeat(20_000)}end`
    const file = path.join(work, 'text.txt')
    writeFileSync(file, text)
    expect(readTextInPieces(file)).toBe(readFileSync(file, 'utf8'))
    expect(readTextInPieces(file)).toBe(text)
  })

  it('reads an empty file as an empty text', () => {
    const file = path.join(work, 'empty.txt')
    writeFileSync(file, '')
    expect(readTextInPieces(file)).toBe('')
  })
})
