import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const run = (...args: string[]) => promisify(execFile)(process.execPath, [path.join(root, 'scripts/run.mjs'), 'fit-labels', ...args], {cwd: root}).catch((error) => error)

// `npm run fit-labels` fits on the tuning cases and the held-out rounds already read: the check set
// (rounds 4 and 5) and the blind round (16) stay unseen, and a list that is not round numbers is refused, one line each.
describe('npm run fit-labels', () => {
  it('refuses to fit on the check set or the blind round', async () => {
    const failed = await run('--with-rounds', '1,4,16')
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: --with-rounds: rounds 4, 16 are kept unseen (the check set 4, 5 and the blind round 16) and never fitted on'])
    const one = await run('--with-rounds', '05')
    expect(one.stderr.trim().split('\n')).toEqual(['briefing-pack: --with-rounds: round 05 is kept unseen (the check set 4, 5 and the blind round 16) and never fitted on'])
  }, 60_000)

  it('refuses a list of rounds that is not round numbers', async () => {
    const failed = await run('--with-rounds', 'six')
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: --with-rounds: expected round numbers separated by commas, e.g. 1,2,3 (got `six`)'])
  }, 60_000)

  it('lists the option in its help', async () => {
    const {stdout} = await run('--help')
    expect(stdout).toMatch(/--with-rounds N,M/)
  }, 60_000)
})
