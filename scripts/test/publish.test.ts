import {spawn} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromiumChildren, PACK_FILES} from './processes.js'
import {afterAll, describe, expect, it} from 'vitest'
import {makeTemporaryFolder, recoverOutputFolder, removeTemporaryFolder, writePack} from '../write-pack.js'
import {cli} from './cli.js'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'bp-publish-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))



/** The pack folders the site index links to. */
function listed(out: string): string[] {
  const html = readFileSync(path.join(out, 'index.html'), 'utf8')
  return [...new Set([...html.matchAll(/<h3><a href="\.\/([^/"]+)\/index\.html">/g)].map((match) => decodeURIComponent(match[1])))]
}

const complete = (folder: string) => existsSync(folder) && readdirSync(folder).sort().join() === PACK_FILES.join()

describe('publishing a pack', () => {
  it('SIGKILL at random moments: the pack is always the old or the new complete one; the next run restores and tidies', async () => {
    const source = path.join(work, 'paris.txt')
    writeFileSync(source, readFileSync(path.join(root, 'source/paris-roadmap-2019.txt')))
    const out = path.join(work, 'out')
    expect((await cli([source, '--out', out, '--quiet'])).code).toBe(0)
    const started = performance.now()
    // --force: the pack is up to date, and these runs must build it again.
    expect((await cli([source, '--out', out, '--quiet', '--force'])).code).toBe(0)
    // Kill anywhere in a build's life, most often near its end where the pack is written and moved.
    const buildMs = performance.now() - started
    const tally = {killedBeforeEnd: 0, setAside: 0, leftovers: 0}
    for (let run = 0; run < 12; run++) {
      const child = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build', source, '--out', out, '--quiet', '--force'], {stdio: 'ignore'})
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      // Half the runs die at any moment; the other half while the pack is written and moved: a few
      // milliseconds after its temporary folder appears.
      let done = false
      void exited.then(() => (done = true))
      const writing = (): Promise<void> =>
        done || readdirSync(out).some((name) => name.startsWith(`.paris.tmp-${child.pid}-`)) ? new Promise((resolve) => setTimeout(resolve, Math.random() * 30)) : new Promise((resolve) => setTimeout(resolve, 3)).then(writing)
      const moment = run % 2 ? writing() : new Promise((resolve) => setTimeout(resolve, Math.random() * buildMs))
      const ended = await Promise.race([exited.then(() => true), moment.then(() => false)])
      const browsers = chromiumChildren(child.pid!)
      if (!ended) {
        tally.killedBeforeEnd++
        child.kill('SIGKILL')
        await exited
      }
      for (const pid of browsers) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
      // Before any recovery: the pack is there and complete, or (killed between the two renames)
      // set aside whole as `old/` in the marked temporary folder `.paris.tmp-<pid>-*`.
      const hidden = readdirSync(out).filter((name) => name.startsWith('.'))
      tally.leftovers += hidden.length ? 1 : 0
      if (!complete(path.join(out, 'paris'))) {
        const old = hidden.filter((name) => name.startsWith('.paris.tmp-') && existsSync(path.join(out, name, 'old')))
        expect(old, `run ${run}: ${hidden.join(', ')}`).toHaveLength(1)
        expect(complete(path.join(out, old[0], 'old'))).toBe(true)
        tally.setAside++
      }
      // What the next run does first: put a set-aside pack back and remove temporary folders of dead runs.
      await recoverOutputFolder(out)
      expect(readdirSync(out).filter((name) => name.startsWith('.')), `run ${run}`).toEqual([])
      expect(complete(path.join(out, 'paris')), `run ${run}`).toBe(true)
      for (const name of listed(out)) expect(complete(path.join(out, name)), name).toBe(true)
    }
    console.info(`12 runs: ${tally.killedBeforeEnd} killed mid-build, ${tally.leftovers} left temporary folders, ${tally.setAside} between the two renames`)
    expect(tally.killedBeforeEnd).toBeGreaterThan(0)
    expect((await cli([source, '--out', out, '--quiet'])).code).toBe(0)
    expect(listed(out)).toEqual(['paris'])
    // ~12 builds: about a minute on an idle 2-core machine, several under a shared machine's load.
  }, 480_000)

  it('a concurrent run keeps its temporary folder: only folders of dead processes are removed', async () => {
    const out = path.join(work, 'concurrent')
    mkdirSync(out)
    const alive = await makeTemporaryFolder(out, 'paris')
    const dead = path.join(out, '.paris.tmp-999999999-0123abcd')
    cpSync(alive, dead, {recursive: true})
    // A pack set aside by a run killed between its two renames goes back into place.
    const setAside = path.join(out, '.report.tmp-999999999-0123abcd')
    cpSync(alive, setAside, {recursive: true})
    mkdirSync(path.join(setAside, 'old'))
    writeFileSync(path.join(setAside, 'old', 'pack.json'), '{}')
    // Killed between making its folder and writing the mark (empty), or half-way through the mark: nothing to lose.
    mkdirSync(path.join(out, '.empty.tmp-999999999-0123abcd'))
    mkdirSync(path.join(out, '.half.tmp-999999999-0123abcd'))
    writeFileSync(path.join(out, '.half.tmp-999999999-0123abcd', '.briefing-pack-temporary'), 'A temporary')
    expect(await recoverOutputFolder(out)).toEqual([])
    expect(existsSync(alive)).toBe(true)
    expect(existsSync(dead)).toBe(false)
    expect(readdirSync(out).sort()).toEqual([path.basename(alive), 'report'])
    expect(readdirSync(path.join(out, 'report'))).toEqual(['pack.json'])
    await removeTemporaryFolder(alive)
  })

  it("never removes a file or folder of the user's named like a temporary one, nor a link to one of ours: one line names them", async () => {
    const out = path.join(work, 'user-files')
    const folder = path.join(out, '.notes.tmp-999999999-0123abcd')
    mkdirSync(folder, {recursive: true})
    writeFileSync(path.join(folder, 'draft.txt'), 'my draft')
    writeFileSync(path.join(out, '.photo.jpg.tmp-999999999-89abcdef'), 'my photo')
    // A folder whose mark file says something else, or is itself a folder, is not ours either.
    const forged = path.join(out, '.plan.tmp-999999999-00000000')
    mkdirSync(path.join(forged, '.briefing-pack-temporary'), {recursive: true})
    writeFileSync(path.join(forged, 'plan.txt'), 'my plan')
    // A link to a marked folder of ours elsewhere: the link is not a folder of ours.
    const elsewhere = await makeTemporaryFolder(work, 'elsewhere')
    writeFileSync(path.join(elsewhere, 'keep.txt'), 'kept')
    symlinkSync(elsewhere, path.join(out, '.linked.tmp-999999999-11111111'))
    // A mark file holding something else beside a file of the user's.
    const partial = path.join(out, '.sheet.tmp-999999999-44444444')
    mkdirSync(partial)
    writeFileSync(path.join(partial, '.briefing-pack-temporary'), '')
    writeFileSync(path.join(partial, 'sheet.csv'), 'a,b')
    // An older version's names: a folder of the user's, and an empty write probe.
    mkdirSync(path.join(out, '.budget.old-999999999-22222222'))
    writeFileSync(path.join(out, '.budget.old-999999999-22222222', 'sheet.csv'), 'a,b')
    writeFileSync(path.join(out, '.write-test-999999999-33333333'), '')
    const before = readdirSync(out).sort()
    expect(await recoverOutputFolder(out)).toEqual(before)
    expect(readdirSync(out).sort()).toEqual(before)
    expect(readFileSync(path.join(folder, 'draft.txt'), 'utf8')).toBe('my draft')
    expect(readFileSync(path.join(forged, 'plan.txt'), 'utf8')).toBe('my plan')
    expect(readFileSync(path.join(elsewhere, 'keep.txt'), 'utf8')).toBe('kept')
    // A build into that folder says so in one line, and leaves them.
    const source = path.join(work, 'brief.txt')
    writeFileSync(source, readFileSync(path.join(root, 'source/paris-roadmap-2019.txt')))
    const {code, stderr} = await cli([source, '--out', out, '--quiet', '--only', 'slides.md'])
    expect(code).toBe(0)
    expect(stderr.trim().split('\n')).toEqual([`briefing-pack: ${out}: left 7 entries as they are: named like temporary files of briefing-pack but without their mark (${before.slice(0, 3).join(', ')} and 4 more; remove them yourself if they are leftovers)`])
    expect(readdirSync(out).filter((name) => name.startsWith('.')).sort()).toEqual(before)
  })

  it('an older version\'s set-aside pack (`.name.old-*`, our pack.json) still goes back into place', async () => {
    const out = path.join(work, 'older')
    const setAside = path.join(out, '.report.old-999999999-0123abcd')
    mkdirSync(setAside, {recursive: true})
    writeFileSync(path.join(setAside, 'pack.json'), JSON.stringify({generator: 'briefing-pack'}))
    expect(await recoverOutputFolder(out)).toEqual([])
    expect(readdirSync(out)).toEqual(['report'])
  })

  it('a pack name of 240 bytes (80 CJK characters) is written, and put back by its full name after a kill', async () => {
    const out = path.join(work, 'long-names')
    const name = '会'.repeat(80)
    // Before: `.<name>.tmp-<pid>-<hex>` was over the 255 bytes a name may have (ENAMETOOLONG, exit 5).
    await writePack(out, name, [{path: 'pack.json', content: JSON.stringify({generator: 'briefing-pack'})}])
    expect(readdirSync(out)).toEqual([name])
    // A run killed between its two renames: the old pack waits in a temporary folder whose name is cut short.
    const left = path.join(out, `.${'会'.repeat(66)}.tmp-999999999-0123abcd`)
    const marked = await makeTemporaryFolder(work, 'x')
    cpSync(marked, left, {recursive: true})
    await removeTemporaryFolder(marked)
    writeFileSync(path.join(left, '.briefing-pack-target'), name)
    renameSync(path.join(out, name), path.join(left, 'old'))
    expect(await recoverOutputFolder(out)).toEqual([])
    expect(readdirSync(out)).toEqual([name])
    expect(readdirSync(path.join(out, name))).toEqual(['pack.json'])
  })
})
