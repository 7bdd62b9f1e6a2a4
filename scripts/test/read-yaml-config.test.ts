import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {z} from 'zod'
import {readYamlConfig} from '../config/read-yaml-config.js'
import {BuildError, EXIT} from '../errors.js'
import {structureText} from './helpers.js'

const folder = mkdtempSync(path.join(tmpdir(), 'bp-yaml-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const schema = z.strictObject({
  paper: z.enum(['a4', 'letter']).optional(),
  count: z.number().optional(),
  logo: z.strictObject({path: z.string(), alt: z.string().optional()}).optional(),
})

/** Write `text` as a config file, read it with the schema and return the error's line and exit code. */
async function problem(text: string, name = 'config.yml'): Promise<{line: string; code: number}> {
  const file = path.join(folder, name)
  writeFileSync(file, text)
  try {
    await readYamlConfig(file, schema)
  } catch (error) {
    if (!(error instanceof BuildError)) throw error
    return {line: error.message, code: error.exitCode}
  }
  throw new Error('no problem reported')
}

describe('readYamlConfig', () => {
  it('reads a valid file, and an empty one as no settings', async () => {
    const file = path.join(folder, 'valid.yml')
    writeFileSync(file, 'paper: letter\ncount: 3\nlogo:\n  path: logo.png\n')
    expect(await readYamlConfig(file, schema)).toEqual({paper: 'letter', count: 3, logo: {path: 'logo.png'}})
    writeFileSync(file, '# nothing set yet\n')
    expect(await readYamlConfig(file, schema)).toEqual({})
  })

  it('names an unknown key at its place, with the keys allowed', async () => {
    const {line, code} = await problem('paper: a4\npapr: letter\n')
    expect(line).toMatch(/config\.yml:2:1: papr: unknown key \(allowed: paper, count, logo\)$/)
    expect(code).toBe(EXIT.sourceErrors)
  })

  it('names an unknown key inside a map, with that map’s keys', async () => {
    const {line} = await problem('logo:\n  path: a.png\n  size: 3\n')
    expect(line).toMatch(/config\.yml:3:3: logo\.size: unknown key \(allowed: path, alt\)$/)
  })

  it('names a value outside the allowed ones, at the value', async () => {
    const {line, code} = await problem('count: 2\npaper: a5\n')
    expect(line).toMatch(/config\.yml:2:8: paper: not allowed; allowed: "a4", "letter"$/)
    expect(code).toBe(EXIT.sourceErrors)
  })

  it('names a value of the wrong type, at the value', async () => {
    const {line} = await problem('count: many\n')
    expect(line).toMatch(/config\.yml:1:8: count: expected number$/)
  })

  it('names a missing required key at its parent', async () => {
    const {line} = await problem('paper: a4\nlogo:\n  alt: Emblem\n')
    expect(line).toMatch(/config\.yml:2:1: logo\.path: missing; expected string$/)
  })

  it('names YAML that does not parse, at the place of the problem', async () => {
    const {line, code} = await problem('paper: a4\ncount: [1, 2\n')
    expect(line).toMatch(/config\.yml:\d+:\d+: not valid YAML: /)
    expect(line.split('\n')).toHaveLength(1)
    expect(code).toBe(EXIT.sourceErrors)
  })

  it('names a duplicate key at its second place', async () => {
    const {line} = await problem('paper: a4\ncount: 1\npaper: letter\n')
    expect(line).toMatch(/config\.yml:3:1: paper: set twice \(first on line 1\); each key may be set once$/)
    expect((await problem('logo:\n  path: a.png\n  "path": b.png\n')).line).toMatch(/config\.yml:3:3: path: set twice \(first on line 2\); each key may be set once$/)
  })

  it('says a missing file does not exist, in one line', async () => {
    await expect(readYamlConfig(path.join(folder, 'absent.yml'), schema)).rejects.toThrow(/absent\.yml: cannot read the file \(it does not exist\)$/)
  })

  it('refuses a top level that is not a map', async () => {
    const {line} = await problem('- paper\n- a4\n')
    expect(line).toMatch(/config\.yml:1:1: \(top level\): expected object$/)
  })
})

describe('aliases that expand past what the YAML library allows (a "billion laughs")', () => {
  const bomb = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({length: 11}, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n') + '\n'

  it('in a config file: one line naming the file, exit 1 (it was an "unexpected failure", exit 70)', async () => {
    const file = path.join(folder, 'bomb.yml')
    writeFileSync(file, bomb)
    const error = await readYamlConfig(file, schema).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(BuildError)
    expect((error as BuildError).exitCode).toBe(EXIT.sourceErrors)
    expect((error as BuildError).message).toMatch(/bomb\.yml:1:1: not valid YAML: Excessive alias count indicates a resource exhaustion attack$/)
  })

  it('in a Markdown source\'s front matter: its messages, never an exception', async () => {
    const {messages} = await structureText(`---\n${bomb}marking: X\n---\n# Title\n`, 'bomb.md')
    expect(messages.some((line) => line.includes('front matter') && line.includes('Excessive alias count'))).toBe(true)
  })
})
