import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {execFile} from 'node:child_process'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {cli} from './cli.js'

const root = path.resolve(import.meta.dirname, '../..')
const seed = path.join(root, 'source/paris-roadmap-2019.txt')

describe('command line', () => {
  it('builds the seed into DIR/<name>/roadmap.md with the pillars as headings', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'bp-'))
    const {code} = await cli([seed, '--out', out])
    expect(code).toBe(0)
    const markdown = readFileSync(path.join(out, 'paris-roadmap-2019/roadmap.md'), 'utf8')
    expect(markdown).toContain('### Tackle global networks and propaganda\n')
    expect(markdown).toContain('### Grow our membership\n')
    expect(markdown).toContain('### Prevent resurgence & support stabilisation efforts\n\nWe are not being complacent')
    // The third pillar ends where its line ends: no closing paragraph is glued on.
    const third = markdown.split('### Prevent resurgence & support stabilisation efforts\n\n')[1].split('\n')[0]
    expect(third.endsWith('create opportunities for generations to come.')).toBe(true)
    for (const figure of ['**80** international partners', '**$20 billion**', '**12** members', 'Democratic Republic of Congo', 'Sri Lanka, Mali and Burkina Faso']) {
      expect(markdown).toContain(figure)
    }
  })

  it('writes nothing for a source with errors, prints file:line:col and exits 1', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'bp-'))
    // The source lives outside the output folder: an output folder that holds a source is refused.
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'bp-src-')), 'bad.txt')
    writeFileSync(bad, 'Intro.\n- : no title\n')
    const {code, stderr} = await cli([bad, '--out', out])
    expect(code).toBe(1)
    expect(stderr).toContain(`${bad}:2:3  error  Unexpected empty pillar title`)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(out, 'bad'))).toBe(false)
  })

  it('answers --help and refuses unknown options with the usage code', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: npm run build')
    const wrong = await cli(['--nope'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('builds the .txt and .md files of a folder named on the command line', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'bp-folder-'))
    const folder = path.join(work, 'readouts')
    mkdirSync(folder)
    copyFileSync(seed, path.join(folder, 'paris.txt'))
    writeFileSync(path.join(folder, 'notes.pdf'), 'not a source')
    const out = path.join(work, 'out')
    const {code} = await cli([`${folder}/`, '--out', out, '--quiet'])
    expect(code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['assets', 'feed.xml', 'index.html', 'paris'])
    expect(readFileSync(path.join(out, 'paris/roadmap.md'), 'utf8')).toContain('### Grow our membership\n')
  })

  it('refuses a missing file with one line and the usage code, before building anything', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'bp-')), 'out')
    const missing = path.join(tmpdir(), 'bp-no-such-readout.txt')
    const {code, stdout, stderr} = await cli([seed, missing, '--out', out])
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([`briefing-pack: ${missing}: cannot find this file or folder, expected a .txt or .md source or a folder of them`])
    expect(stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  })

  it('says an unknown option in one line, with a suggestion, and never dumps the usage', async () => {
    const wrong = await cli(['--ot', 'x'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toBe("briefing-pack: unknown option '--ot' (Did you mean --out?) (see --help)\n")
    const noValue = await cli(['--out'])
    expect(noValue.code).toBe(2)
    expect(noValue.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses a bad --shard, --host or site folder with one line and the usage code, before any work', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'bp-')), 'out')
    for (const shard of ['0/2', '3/2', 'a/b']) {
      const {code, stdout, stderr} = await cli([seed, '--shard', shard, '--out', out])
      expect(code, shard).toBe(2)
      expect(stderr).toBe(`briefing-pack: --shard ${shard}: expected i/n with 1 <= i <= n, such as 1/2 (see --help)\n`)
      expect(stdout).toBe('')
    }
    const runner = path.join(root, 'scripts/run.mjs')
    const host = await command(runner, ['dev', '--host', 'evil.example', '--out', out])
    expect(host).toEqual({code: 2, stdout: '', stderr: 'briefing-pack: --host evil.example: expected an IP address of this machine such as 127.0.0.1, ::1 or 0.0.0.0 (every interface) (see --help)\n'})
    const site = await command(runner, ['site', '--out', out])
    expect(site).toEqual({code: 2, stdout: '', stderr: `briefing-pack: ${out}/: cannot find the folder of the packs; build into it first, or name it with --out\n`})
    expect(existsSync(out)).toBe(false)
    expect((await cli(['--help'])).stdout).toMatch(/--clean[\s\S]*--shard <i\/n>/)
  })

  it('npm run bench: --help prints its usage, a wrong option is one line and the usage code, never a stack trace', async () => {
    const runner = path.join(root, 'scripts/run.mjs')
    const help = await command(runner, ['bench', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: npm run bench[\s\S]*--quick[\s\S]*--office/)
    expect(await command(runner, ['bench', '--rounds', 'abc'])).toEqual({code: 2, stdout: '', stderr: 'npm run bench: --rounds takes a whole number from 1 to 9999, not `abc` (see --help)\n'})
    const unknown = await command(runner, ['bench', '--bogus'])
    expect(unknown).toEqual({code: 2, stdout: '', stderr: "npm run bench: Unknown option '--bogus' (see --help)\n"})
  })
})

/** Run a command of the runner (`dev`, `site`); resolve with its exit code and output. */
async function command(runner: string, args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [runner, ...args], {cwd: root, env: {...process.env, NO_COLOR: '1'}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}
