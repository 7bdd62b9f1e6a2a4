import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const run = (...args: string[]) => promisify(execFile)(process.execPath, [path.join(root, 'scripts/run.mjs'), 'fit-titles', ...args], {cwd: root}).catch((error) => error)

// `npm run fit-titles` fits on the tuning cases and the held-out rounds already read, and checks on
// rounds kept unseen: a round cannot be both, and a list that is not round numbers is refused, one line each.
describe('npm run fit-titles', () => {
  it('refuses to check the fit on a round it is fitted on', async () => {
    const failed = await run('--dry-run', '--with-rounds', '1,4', '--check-rounds', '4,5')
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: --check-rounds: a round fitted on (--with-rounds) cannot check the fit'])
  }, 60_000)

  it('refuses a list of rounds that is not round numbers', async () => {
    const failed = await run('--dry-run', '--with-rounds', 'one')
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: --with-rounds: expected round numbers separated by commas, e.g. 1,2,3 (got `one`)'])
  }, 60_000)

  it('refuses rounds to fit on given both ways', async () => {
    const failed = await run('--dry-run', '--with-rounds', '1,2', '--except-rounds', '4,5')
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: --with-rounds and --except-rounds: give one of them'])
  }, 60_000)

  it('refuses a list of rounds to leave out that is not round numbers', async () => {
    const failed = await run('--dry-run', '--except-rounds', '4,five')
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: --except-rounds: expected round numbers separated by commas, e.g. 1,2,3 (got `4,five`)'])
  }, 60_000)

  it('lists the options in its help', async () => {
    const {stdout} = await run('--help')
    expect(stdout).toMatch(/--with-rounds N,M/)
    expect(stdout).toMatch(/--check-rounds N,M/)
    expect(stdout).toMatch(/--except-rounds N,M/)
    expect(stdout).toMatch(/--by-round/)
    expect(stdout).toMatch(/--all-features/)
  }, 60_000)
})
