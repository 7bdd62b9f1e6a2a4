import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readTextFile} from '../read-text-file.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-read-text-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('a text file read in one block over 32 MiB (readTextFile)', () => {
  it('is the text `readFileSync` reads, characters of two, three and four bytes included', () => {
    // Multi-byte characters of two, three and four bytes, at 64 KiB (where the pieces of an earlier version were cut) and throughout.
    const text = `${'a'.repeat(64 * 1024 - 1)}é€😀${'«Bonjour» ’ ü '.repeat(20_000)}end`
    const file = path.join(work, 'text.txt')
    writeFileSync(file, text)
    expect(readTextFile(file)).toBe(readFileSync(file, 'utf8'))
    expect(readTextFile(file)).toBe(text)
  })

  it('reads a file over 32 MiB as `readFileSync` does', () => {
    const file = path.join(work, 'large.txt')
    writeFileSync(file, `${'b'.repeat(33 * 1024 * 1024)}é`)
    expect(readTextFile(file)).toBe(readFileSync(file, 'utf8'))
  })

  it('reads an empty file as an empty text', () => {
    const file = path.join(work, 'empty.txt')
    writeFileSync(file, '')
    expect(readTextFile(file)).toBe('')
  })
})
