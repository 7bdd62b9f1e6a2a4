import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {buildSync} from 'esbuild'
import {afterAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'bp-unsettled-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Run `runMain` (scripts/errors.ts) with a given main, as the command does, in a process of its own. */
function runMainWith(main: string): {status: number | null; stderr: string} {
  const entry = path.join(work, `entry-${Math.random().toString(36).slice(2)}.ts`)
  writeFileSync(entry, `import {runMain} from ${JSON.stringify(path.join(root, 'scripts/errors.ts'))}\nrunMain(${main})\n`)
  const bundle = entry.replace(/\.ts$/, '.mjs')
  buildSync({entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error', packages: 'external'})
  const {status, stderr} = spawnSync(process.execPath, [bundle], {encoding: 'utf8', cwd: root})
  return {status, stderr}
}

describe('a command whose work can never finish', () => {
  // Seen when Chromium was killed while Puppeteer connected: a wait that is never settled, nothing
  // else pending, and Node ended the process with exit 0 and the outputs missing.
  it('ends with one line and exit 70, not a silent exit 0', () => {
    const {status, stderr} = runMainWith('() => new Promise(() => {})')
    expect(status).toBe(70)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^briefing-pack: the command stopped before it had finished, with nothing left to wait for; this is a bug/)])
  })

  it('a command that finishes keeps its own exit code and says nothing more', () => {
    expect(runMainWith('async () => 0')).toEqual({status: 0, stderr: ''})
    expect(runMainWith('async () => 1')).toEqual({status: 1, stderr: ''})
  })
})
