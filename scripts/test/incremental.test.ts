import {spawn} from 'node:child_process'
import {appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {packsAtOnce} from '../in-parallel.js'
import {holdRunInputs, packInputs, setRunInputs} from '../pack-inputs.js'
import {cli} from './cli.js'
import {chromiumChildren, PACK_FILES} from './processes.js'

const root = path.resolve(import.meta.dirname, '../..')
const fixtures = path.join(root, 'scripts/test/fixtures')
const work = mkdtempSync(path.join(tmpdir(), 'bp-incremental-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Each file of a pack with its inode and modification time: equal stamps mean the files were not touched. */
function stamps(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => {
        const info = statSync(path.join(folder, name))
        return [name, `${info.ino}:${info.mtimeMs}`]
      }),
  )
}

/** The pack folders a run's progress says are up to date. */
const upToDate = (stdout: string) => [...stdout.matchAll(/-> .*?([^/\s]+)\/ up to date$/gm)].map((match) => match[1]).sort()

describe('what a pack is made from (no browser)', () => {
  const text = (value: string, name = 'a.txt') => new VFile({path: name, value})

  it('hashes the text and its kind; the same text gives the same hash', async () => {
    const folder = mkdtempSync(path.join(work, 'root-'))
    expect(await packInputs(text('Ministers met.'), folder)).toBe(await packInputs(text('Ministers met.', 'b.txt'), folder))
    expect(await packInputs(text('Ministers met.'), folder)).not.toBe(await packInputs(text('Ministers met!'), folder))
    expect(await packInputs(text('Ministers met.'), folder)).not.toBe(await packInputs(text('Ministers met.', 'a.md'), folder))
  })

  it('hashes the configuration files of the project root, and the files they name (a logo)', async () => {
    const folder = mkdtempSync(path.join(work, 'root-'))
    const hashes = [await packInputs(text('x'), folder)]
    writeFileSync(path.join(folder, 'briefing-pack.yml'), 'paper: a4\n')
    hashes.push(await packInputs(text('x'), folder))
    writeFileSync(path.join(folder, '_brand.yml'), 'logo:\n  image: art/logo.svg\n')
    hashes.push(await packInputs(text('x'), folder))
    mkdirSync(path.join(folder, 'art'))
    writeFileSync(path.join(folder, 'art/logo.svg'), '<svg/>')
    hashes.push(await packInputs(text('x'), folder))
    writeFileSync(path.join(folder, 'art/logo.svg'), '<svg width="2"/>')
    hashes.push(await packInputs(text('x'), folder))
    expect(new Set(hashes).size).toBe(hashes.length)
    // Files outside the root are never read, whatever the configuration says.
    const outsideFile = path.join(work, `outside-${path.basename(folder)}.svg`)
    writeFileSync(outsideFile, '<svg/>')
    writeFileSync(path.join(folder, '_brand.yml'), `logo: ../${path.basename(outsideFile)}\n`)
    const outside = await packInputs(text('x'), folder)
    writeFileSync(outsideFile, '<svg width="2"/>')
    expect(await packInputs(text('x'), folder)).toBe(outside)
  })

  it('hashes the files named by --config and --brand wherever they are, the files they name, and --only', async () => {
    const folder = mkdtempSync(path.join(work, 'root-'))
    // A brand kept outside the project, with its logo beside it.
    const elsewhere = mkdtempSync(path.join(work, 'elsewhere-'))
    const brand = path.join(elsewhere, 'look.yml')
    writeFileSync(brand, 'logo: logo.svg\n')
    writeFileSync(path.join(elsewhere, 'logo.svg'), '<svg/>')
    try {
      const hashes = [await packInputs(text('x'), folder)]
      setRunInputs({files: [brand]})
      hashes.push(await packInputs(text('x'), folder))
      writeFileSync(path.join(elsewhere, 'logo.svg'), '<svg width="2"/>')
      hashes.push(await packInputs(text('x'), folder))
      writeFileSync(brand, 'logo: logo.svg\ncolor:\n  primary: "#1f3d7a"\n')
      hashes.push(await packInputs(text('x'), folder))
      setRunInputs({files: [brand], extra: JSON.stringify({only: ['slides.pdf']})})
      hashes.push(await packInputs(text('x'), folder))
      expect(new Set(hashes).size).toBe(hashes.length)
    } finally {
      setRunInputs({})
    }
  })

  it('hashes SOURCE_DATE_EPOCH, which sets the dates inside the files', async () => {
    const folder = mkdtempSync(path.join(work, 'root-'))
    const before = await packInputs(text('x'), folder)
    process.env.SOURCE_DATE_EPOCH = '1561334400'
    try {
      expect(await packInputs(text('x'), folder)).not.toBe(before)
    } finally {
      delete process.env.SOURCE_DATE_EPOCH
    }
  })

  it('a build fingerprints the tool and the configuration once: a file changed during the run is seen by the next run', async () => {
    const folder = mkdtempSync(path.join(work, 'root-'))
    const release = holdRunInputs()
    let held
    try {
      held = await packInputs(text('x'), folder)
      writeFileSync(path.join(folder, 'briefing-pack.yml'), 'paper: a4\n')
      expect(await packInputs(text('x'), folder)).toBe(held)
    } finally {
      release()
    }
    expect(await packInputs(text('x'), folder)).not.toBe(held)
  })

  it('each build checks the tool anew at its start: a browser changed since a run before it in the same process is seen', async () => {
    const folder = mkdtempSync(path.join(work, 'root-'))
    // the browser that prints the PDFs is part of the tool's fingerprint (its path, size and date)
    const browser = path.join(folder, 'chrome')
    writeFileSync(browser, '#!/bin/sh\n', {mode: 0o755})
    const before = process.env.CHROME_PATH
    process.env.CHROME_PATH = browser
    try {
      let release = holdRunInputs()
      const first = await packInputs(text('x'), folder)
      release()
      writeFileSync(browser, '#!/bin/sh\n# a newer version\n', {mode: 0o755})
      release = holdRunInputs()
      try {
        expect(await packInputs(text('x'), folder)).not.toBe(first)
      } finally {
        release()
      }
    } finally {
      if (before === undefined) delete process.env.CHROME_PATH
      else process.env.CHROME_PATH = before
    }
  })

  it('builds one more source at once than there are cores, as memory allows, and at least one', () => {
    expect(packsAtOnce(2, 16_000)).toBe(3)
    expect(packsAtOnce(8, 16_000)).toBe(9)
    expect(packsAtOnce(8, 1_000)).toBe(4)
    expect(packsAtOnce(2, 300)).toBe(1)
  })

  it('counts the memory left within a cgroup limit, not the limit itself (a container already using most of it)', () => {
    // 600 MiB left: room for one pack beside the browser, whatever the machine's free memory.
    const left = vi.spyOn(process, 'availableMemory').mockReturnValue(600 * 1024 * 1024)
    try {
      expect(packsAtOnce(8)).toBe(1)
    } finally {
      left.mockRestore()
    }
  })
})

describe('the site of packs up to date (real command, slides.md only: no browser)', () => {
  const project = path.join(work, 'site-project')
  const out = path.join(work, 'site-out')
  const build = (...extra: string[]) => cli([path.join(project, 'a.txt'), path.join(project, 'b.txt'), '--out', out, '--only', 'slides.md', ...extra], project)
  /** The inode of each file of the site's root: equal inodes mean the file was not replaced. */
  const siteStamps = () => Object.fromEntries(['index.html', 'feed.xml', 'assets/site.css'].map((name) => [name, statSync(path.join(out, name)).ino]))

  it('leaves index.html, feed.xml and site.css as they are when their text would not change; a new key message replaces the index and the feed', async () => {
    mkdirSync(project)
    copyFileSync(path.join(fixtures, 'seed/input.txt'), path.join(project, 'a.txt'))
    copyFileSync(path.join(fixtures, 'five-pillars-bullets/input.txt'), path.join(project, 'b.txt'))
    expect((await build()).code).toBe(0)
    const first = {stamps: siteStamps(), index: readFileSync(path.join(out, 'index.html'), 'utf8')}
    // Every pack built again, from the same sources: the same site.
    const forced = await build('--force')
    expect(forced.code).toBe(0)
    expect(upToDate(forced.stdout)).toEqual([])
    expect(siteStamps()).toEqual(first.stamps)
    const seed = readFileSync(path.join(project, 'a.txt'), 'utf8')
    expect(seed).toContain('The fight against Daesh is not over.')
    writeFileSync(path.join(project, 'a.txt'), seed.replace('The fight against Daesh is not over.', 'The fight against Daesh goes on.'))
    const edited = await build()
    expect(edited.code).toBe(0)
    expect(upToDate(edited.stdout)).toEqual(['b'])
    const index = readFileSync(path.join(out, 'index.html'), 'utf8')
    expect(index).not.toBe(first.index)
    expect(index).toContain('The fight against Daesh goes on.')
    const after = siteStamps()
    expect(after['index.html']).not.toBe(first.stamps['index.html'])
    expect(after['feed.xml']).not.toBe(first.stamps['feed.xml'])
    expect(after['assets/site.css']).toBe(first.stamps['assets/site.css'])
  }, 120_000)
})

describe('incremental builds (real command, real Chromium)', () => {
  const project = path.join(work, 'project')
  const out = path.join(work, 'out')
  const a = path.join(project, 'a.txt')
  const b = path.join(project, 'b.txt')
  const build = (...extra: string[]) => cli([a, b, '--out', out, ...extra], project)

  beforeAll(async () => {
    mkdirSync(project)
    copyFileSync(path.join(fixtures, 'seed/input.txt'), a)
    copyFileSync(path.join(fixtures, 'five-pillars-bullets/input.txt'), b)
    const first = await build()
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(upToDate(first.stdout)).toEqual([])
  }, 180_000)

  it('an unchanged pack is not built again: "up to date", its files untouched, the site still lists it', async () => {
    const before = {a: stamps(path.join(out, 'a')), b: stamps(path.join(out, 'b'))}
    const again = await build()
    expect(again.code).toBe(0)
    expect(upToDate(again.stdout)).toEqual(['a', 'b'])
    // No step ran: nothing was structured, rendered or printed.
    expect(again.stdout).not.toMatch(/structure|PDF/)
    expect(stamps(path.join(out, 'a'))).toEqual(before.a)
    expect(stamps(path.join(out, 'b'))).toEqual(before.b)
    const index = readFileSync(path.join(out, 'index.html'), 'utf8')
    for (const name of ['a', 'b']) expect(index).toContain(`./${name}/index.html`)
  }, 60_000)

  it('an edited source is built again, and only it', async () => {
    const before = stamps(path.join(out, 'a'))
    appendFileSync(b, 'The partners will meet again in Lisbon next spring to review the plan.\n')
    const run = await build()
    expect(run.code).toBe(0)
    expect(upToDate(run.stdout)).toEqual(['a'])
    expect(stamps(path.join(out, 'a'))).toEqual(before)
    expect(readFileSync(path.join(out, 'b/roadmap.md'), 'utf8')).toContain('meet again in Lisbon next spring')
  }, 120_000)

  it('a changed configuration file in the project root builds every pack again', async () => {
    writeFileSync(path.join(project, 'briefing-pack.yml'), '# settings to come\n')
    expect(upToDate((await build()).stdout)).toEqual([])
    expect(upToDate((await build()).stdout)).toEqual(['a', 'b'])
    writeFileSync(path.join(project, 'briefing-pack.yml'), '# other settings to come\n')
    const run = await build()
    expect(run.code).toBe(0)
    expect(upToDate(run.stdout)).toEqual([])
  }, 240_000)

  it('--force builds packs that are up to date', async () => {
    const before = stamps(path.join(out, 'a'))
    const run = await build('--force')
    expect(run.code).toBe(0)
    expect(upToDate(run.stdout)).toEqual([])
    expect(stamps(path.join(out, 'a'))).not.toEqual(before)
  }, 120_000)

  it('a pack missing one of its files is built again', async () => {
    unlinkSync(path.join(out, 'a/slides.pdf'))
    const run = await build()
    expect(upToDate(run.stdout)).toEqual(['b'])
    expect(readdirSync(path.join(out, 'a')).sort()).toEqual(PACK_FILES)
  }, 120_000)

  it('a failed build never marks a pack up to date: a source with errors, a browser killed mid-build', async () => {
    const good = readFileSync(b)
    // A source with errors: nothing written, and the next run reports it again.
    writeFileSync(b, 'Ministers met.\n- : no title\n')
    for (let run = 0; run < 2; run++) {
      const failed = await build()
      expect(failed.code).toBe(1)
      expect(failed.stderr).toMatch(/b\.txt:\d+:\d+\s+error/)
      expect(upToDate(failed.stdout)).toEqual(['a'])
    }
    // Its last good pack stays listed but is marked stale, so going back to the text it was made
    // from builds it once more (which clears the mark); then it is up to date again.
    expect(JSON.parse(readFileSync(path.join(out, 'b/pack.json'), 'utf8')).stale).toBe(true)
    writeFileSync(b, good)
    expect(upToDate((await build()).stdout)).toEqual(['a'])
    expect(JSON.parse(readFileSync(path.join(out, 'b/pack.json'), 'utf8')).stale).toBeUndefined()
    expect(upToDate((await build()).stdout)).toEqual(['a', 'b'])

    // An edit whose build dies with the browser: the pack keeps its old files and its old hash.
    appendFileSync(a, 'Ministers will review the plan again in December.\n')
    const child = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build', a, b, '--out', out, '--quiet'], {cwd: project, stdio: 'ignore'})
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    let killed = 0
    for (let done = false; !done; ) {
      const browsers = chromiumChildren(child.pid!)
      for (const pid of browsers) {
        try {
          process.kill(pid, 'SIGKILL')
          killed++
        } catch {}
      }
      done = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5))])
    }
    expect(killed).toBeGreaterThan(0)
    expect([3, 4]).toContain(await exited)
    expect(readFileSync(path.join(out, 'a/roadmap.md'), 'utf8')).not.toContain('again in December')
    const next = await build()
    expect(next.code).toBe(0)
    expect(upToDate(next.stdout)).toEqual(['b'])
    expect(readFileSync(path.join(out, 'a/roadmap.md'), 'utf8')).toContain('again in December')
  }, 240_000)
})

describe('incremental builds follow the theme (a copy of the project)', () => {
  it('a changed theme file, or version of the tool, builds the pack again', async () => {
    const copy = mkdtempSync(path.join(work, 'copy-'))
    for (const item of ['scripts', 'slides', 'brief', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(path.join(root, item), path.join(copy, item), {recursive: true, filter: (file) => !file.includes(`${path.sep}test${path.sep}`)})
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'))
    const source = path.join(work, 'theme-seed.txt')
    copyFileSync(path.join(fixtures, 'seed/input.txt'), source)
    const themed = path.join(work, 'themed')
    const run = () => cli([source, '--out', themed], work, {}, path.join(copy, 'scripts/run.mjs'))
    expect((await run()).code).toBe(0)
    expect(upToDate((await run()).stdout)).toEqual(['theme-seed'])
    appendFileSync(path.join(copy, 'slides/theme.css'), '\n/* a later edit */\n')
    const after = await run()
    expect(after.code).toBe(0)
    expect(upToDate(after.stdout)).toEqual([])

    // Watch mode makes the tool's fingerprint once; a save of a theme file makes it anew, so the
    // packs it rebuilds record the new theme and a build finds them up to date.
    const sources = path.join(work, 'watched')
    mkdirSync(sources)
    copyFileSync(source, path.join(sources, 'theme-seed.txt'))
    const dev = spawn(process.execPath, [path.join(copy, 'scripts/run.mjs'), 'dev', '--source', sources, '--out', themed, '--port', '0'], {cwd: work, stdio: ['ignore', 'pipe', 'inherit']})
    let stdout = ''
    dev.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const until = async (check: () => boolean) => {
      for (const deadline = Date.now() + 60_000; !check(); await new Promise((resolve) => setTimeout(resolve, 50))) if (Date.now() > deadline) throw new Error(`timed out: ${stdout}`)
    }
    try {
      await until(() => /Serving /.test(stdout))
      appendFileSync(path.join(copy, 'slides/theme.css'), '\nsection { outline-color: #123456; }\n')
      await until(() => / in \d+ ms/.test(stdout.slice(stdout.indexOf('Serving '))))
      expect(readFileSync(path.join(themed, 'theme-seed/slides.html'), 'utf8')).toContain('#123456')
    } finally {
      dev.kill('SIGTERM')
      await new Promise((resolve) => dev.on('exit', resolve))
    }
    expect(upToDate((await run()).stdout)).toEqual(['theme-seed'])

    // A new version of the tool (package.json's `version`, nothing else changed) builds it again.
    const manifest = path.join(copy, 'package.json')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "([^"]+)"/, '"version": "$1-next"'))
    const released = await run()
    expect(released.code).toBe(0)
    expect(upToDate(released.stdout)).toEqual([])
  }, 240_000)
})
