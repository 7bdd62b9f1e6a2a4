import {execFile, spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Run the real `npm run check` command line; resolve with its exit code and output. */
async function check(args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/run.mjs'), 'check', ...args], {cwd, env: {...process.env, NO_COLOR: '1'}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

describe('npm run check', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'briefing-check-'))
  beforeAll(() => {
    const folder = path.join(work, 'source')
    mkdirSync(folder)
    writeFileSync(path.join(folder, 'good.txt'), 'Joint Statement on River Health\nVienna, 14 March 2024\nMinisters of the Danube Forum met today in Vienna.\n“Rivers connect us.” Said all.\n1. Ministers agreed to restore 80,000 hectares of floodplain wetlands by 2030.\n2. Ministers launched a joint programme for the monitoring of microplastics.\n')
    writeFileSync(path.join(folder, 'no-quote.txt'), 'Ministers of the Danube Forum met in Vienna on 14 March 2024.\n- Ministers agreed a common flood forecasting system.\n')
    // a title alone is nothing to read: refused
    writeFileSync(path.join(work, 'refused.txt'), 'Readout of the Danube Forum\n')
    // a text in which nothing reads as a decision is read, its paragraphs of text as points, with a warning
    writeFileSync(path.join(work, 'weak.txt'), 'Ministers of the Danube Forum met in Vienna on 14 March 2024.\nThe weather in Vienna was cold.\n')
  })

  it('prints what was understood of every source in source/, and its warnings, without failing', async () => {
    const {code, stdout} = await check([], work)
    expect(stdout).toContain('source/good.txt\n  title        Joint Statement on River Health\n  kind         joint statement\n  language     en\n  date         14 March 2024\n  place        Vienna\n')
    expect(stdout).toContain('  points (2)\n    1. Floodplain wetlands\n    2. Joint programme for the monitoring of microplastics\n')
    expect(stdout).toMatch(/^ {4}80,000 {2}hectares/m)
    expect(stdout).toMatch(/^source\/no-quote\.txt:1:1 {2}warning {2}Unexpected readout without a key message/m)
    expect(stdout).toMatch(/^2 source\(s\): 0 error\(s\), 1 warning\(s\)$/m)
    expect(code).toBe(0)
  }, 60_000)

  it('piped into a reader that stops early (`| head -1`): no stack trace, the exit code of the check (was an EPIPE stack trace)', async () => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'check', 'source'], {cwd: work, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // The reader takes the first line, then goes away, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m)
    expect(code).toBe(0)
  })

  it('--frail turns warnings into errors', async () => {
    const {code, stdout} = await check(['--frail', 'source/no-quote.txt'], work)
    expect(stdout).toMatch(/1 warning\(s\) \(--frail: warnings count as errors\)/)
    expect(code).toBe(1)
  }, 60_000)

  it('reads a text without a decision with a warning, which --frail makes an error', async () => {
    const weak = await check(['weak.txt', '--quiet'], work)
    expect(weak.stdout).toMatch(/^weak\.txt:2:1 {2}warning {2}Unexpected readout without a decision, .*its paragraph of text was read as a point {2}pillars$/m)
    expect(weak.code).toBe(0)
    expect((await check(['--frail', 'weak.txt', '--quiet'], work)).code).toBe(1)
  }, 60_000)

  it('exits 1 with one line per problem for a source it refuses, and 2 for a usage mistake', async () => {
    const refused = await check(['refused.txt', '--quiet'], work)
    expect(refused.stdout.split('\n')[0]).toMatch(/^refused\.txt:1:1 {2}error {2}Unexpected readout without pillars/)
    expect(refused.code).toBe(1)
    const usage = await check(['--nope'], work)
    expect(usage.stderr).toMatch(/^briefing-pack: unknown option '--nope'.*\(see --help\)\n$/)
    expect(usage.code).toBe(2)
  }, 60_000)
})
