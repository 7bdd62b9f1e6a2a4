import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {buildSync} from 'esbuild'
import {afterAll, describe, expect, it} from 'vitest'
import {recoverOutputFolder} from '../write-pack.js'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'bp-interrupted-removal-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Files in the pack set aside: enough that removing them takes a while, so the kill lands during it. */
const FILES = 4000

// A build ends by removing its temporary folder, which then holds the pack it replaced (`old/`).
// Killed during that removal, it must leave the folder marked as ours, or the next run cannot tell
// it from a folder of the user's and leaves it for good (the SIGKILL test of publish.test.ts found
// `.paris.tmp-446-…` so, holding only `old/`, after recovery).
describe('a run killed while it removes its temporary folder', () => {
  it('leaves the folder marked, and the next run removes it', async () => {
    const out = path.join(work, 'out')
    // The new pack is in place: what is left to remove is the old one.
    mkdirSync(path.join(out, 'paris'), {recursive: true})
    writeFileSync(path.join(out, 'paris', 'pack.json'), '{"generator": "briefing-pack"}')
    const entry = path.join(work, 'remover.ts')
    writeFileSync(
      entry,
      `import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {makeTemporaryFolder, removeTemporaryFolder} from ${JSON.stringify(path.join(root, 'scripts/write-pack.ts'))}
const folder = await makeTemporaryFolder(${JSON.stringify(out)}, 'paris')
writeFileSync(path.join(folder, '.briefing-pack-target'), 'paris')
mkdirSync(path.join(folder, 'old'))
for (let i = 0; i < ${FILES}; i++) writeFileSync(path.join(folder, 'old', 'file-' + i), 'old pack')
console.log(folder)
process.stdin.once('data', () => void removeTemporaryFolder(folder))
`,
    )
    const bundle = path.join(work, 'remover.mjs')
    buildSync({entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error', packages: 'external'})
    const child = spawn(process.execPath, [bundle], {stdio: ['pipe', 'pipe', 'inherit']})
    const exited = new Promise((resolve) => child.once('exit', resolve))
    const [folder] = (await once(createInterface({input: child.stdout}), 'line')) as [string]
    const old = path.join(folder, 'old')
    child.stdin.write('go\n')
    // Kill it once the removal has begun on the set-aside pack, and before it is done.
    while (existsSync(old) && readdirSync(old).length === FILES) await new Promise((resolve) => setImmediate(resolve))
    child.kill('SIGKILL')
    await exited
    expect(existsSync(old) && readdirSync(old).length, 'the kill landed before the removal had ended').toBeGreaterThan(0)
    expect(await recoverOutputFolder(out)).toEqual([])
    expect(readdirSync(out)).toEqual(['paris'])
  })
})
