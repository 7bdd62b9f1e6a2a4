import {execFile} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
// A copy of the project with a .cache of its own, so that the bundle of the real tree is left alone.
const copy = mkdtempSync(path.join(tmpdir(), 'bp-runner-key-'))
afterAll(() => rmSync(copy, {recursive: true, force: true}))

/** Run `check` on the copy's source folder through the copy's runner; resolve with the bundles left in its .cache. */
async function checkAndList(): Promise<string[]> {
  await promisify(execFile)(process.execPath, [path.join(copy, 'scripts/run.mjs'), 'check', 'source'], {cwd: copy, env: {...process.env, NO_COLOR: '1'}})
  return readdirSync(path.join(copy, '.cache')).filter((name) => /^check-[0-9a-f]{16}$/.test(name))
}

describe('the runner\'s bundle key (scripts/run.mjs)', () => {
  it('makes a new bundle when only a JSON file a module imports changes (the role weights once ran from a stale bundle)', async () => {
    for (const item of ['scripts', 'slides', 'brief', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(path.join(root, item), path.join(copy, item), {recursive: true, filter: (file) => !file.includes(`${path.sep}test${path.sep}`)})
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'))
    mkdirSync(path.join(copy, 'source'))
    writeFileSync(path.join(copy, 'source/kiln.txt'), 'Readout of the Kiln Makers Guild\nLeeds, 3 May 2025\nThe guild agreed to share two electric kilns between its twelve workshops.\n')
    const [before] = await checkAndList()
    expect(before).toBeDefined()
    // The same weights written again with one more line at the end: another size, no other .ts file touched.
    const weights = path.join(copy, 'scripts/structure/paragraph-role-weights.json')
    writeFileSync(weights, `${readFileSync(weights, 'utf8')}\n`)
    const after = await checkAndList()
    expect(after).toHaveLength(1)
    expect(after[0]).not.toBe(before)
  }, 120_000)
})
