import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {printBrief} from '../../brief/print-brief.js'
import {BrowserSession, chromiumEnvironment} from '../browser.js'
import {collectAtNextPrint, collectAtPrints, collectWhileBrowserWorks, DECKS_PER_COLLECTION} from '../collect-garbage.js'
import {MALLOC_SETTINGS, nodeFlagsOf} from '../node-flags.js'
import {PACK_FILES} from './processes.js'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'bp-memory-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/**
 * A module loaded before the build (`--import`): at exit it prints the largest V8 young generation
 * the main thread had, how many of the language model's files Node's module cache still holds, how
 * many of sharp's files it ever loaded on the main thread, how many full collections were asked
 * for (`gc()`, not V8's own) on the main thread, and how each worker thread was started.
 */
const PROBE = `import v8 from 'node:v8'
import {createRequire} from 'node:module'
import {PerformanceObserver, constants} from 'node:perf_hooks'
let forced = 0
const count = (entries) => entries.forEach((entry) => (forced += entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR && (entry.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) ? 1 : 0))
const collections = new PerformanceObserver((list) => count(list.getEntries()))
collections.observe({entryTypes: ['gc']})
let most = 0
const look = () => (most = Math.max(most, v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size))
setInterval(look, 10).unref()
const model = () => Object.keys(createRequire(import.meta.url).cache).filter((id) => id.includes('wink-eng-lite-web-model')).length
const sharp = () => Object.keys(createRequire(import.meta.url).cache).filter((id) => /node_modules[\\\\/]sharp[\\\\/]/.test(id)).length
const threads = createRequire(import.meta.url)('node:worker_threads')
const started = []
const Worker = threads.Worker
threads.Worker = class extends Worker {
  constructor(script, options) {
    super(script, options)
    started.push('worker: ' + (options?.eval ? 'eval, reading ' + options.workerData?.script?.split(/[\\\\/]/).pop() : String(script).split('/').pop()))
  }
}
process.on('exit', () => (look(), count(collections.takeRecords()), process.stderr.write('young generation: ' + most + '\\nmodel files: ' + model() + '\\nsharp files: ' + sharp() + '\\nforced collections: ' + forced + '\\n' + started.join('\\n') + '\\n')))
`

/**
 * Build `sources` as `npm run build` does, with the probe loaded first.
 * @param sources the sources
 * @param out the output folder
 * @param env the build's environment
 * @returns the exit code and the error output (the probe's lines at its end)
 */
async function probedBuild(sources: string[], out: string, env: NodeJS.ProcessEnv = process.env): Promise<{code: number; stderr: string}> {
  const probe = path.join(work, 'probe.mjs')
  writeFileSync(probe, PROBE)
  const child = spawn(process.execPath, [...nodeFlagsOf('build'), '--import', probe, path.join(root, 'scripts/run.mjs'), 'build', ...sources, '--out', out, '--quiet'], {stdio: ['ignore', 'ignore', 'pipe'], env})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
  return {code, stderr}
}

describe('Node flags of the build (package.json scripts, the installed command)', () => {
  it('a build of the seed started as `npm run build` starts it keeps a young generation of at most 4 MiB, lets the language model go, hands both Office files over before Marp renders, collects its garbage while the brief and the deck print, closes the page that printed first while the other prints, and builds the whole pack', async () => {
    const out = path.join(work, 'out')
    const {code, stderr} = await probedBuild([path.join(root, 'source/paris-roadmap-2019.txt')], out, {...process.env, DEBUG: 'briefing-pack:steps,briefing-pack:browser'})
    expect(code).toBe(0)
    expect(readdirSync(path.join(out, 'paris-roadmap-2019')).sort()).toEqual(PACK_FILES)
    // Both Office files are handed to their thread before Marp renders the deck on this one, so that
    // the thread has written them, and ended, before the browser prints (the tree's peak): the Word
    // file was handed over only once Marp was done, and written while both pages printed.
    const started = (step: string) => stderr.indexOf(`briefing-pack:steps ${step} started`)
    expect(started('slides')).toBeGreaterThan(0)
    expect(started('DOCX')).toBeGreaterThan(0)
    expect(started('DOCX')).toBeLessThan(started('slides'))
    expect(started('PPTX')).toBeLessThan(started('slides'))
    // The page that printed first is closed while the other prints, before the browser is killed: its
    // renderer (~60 MiB) sat idle there, at the tree's peak (docs/speed.md).
    const spare = stderr.indexOf('briefing-pack:browser closed 1 spare page, 1 print left')
    expect(spare).toBeGreaterThan(started('slides'))
    expect(spare).toBeLessThan(stderr.indexOf('briefing-pack:browser killing'))
    const young = Number(/young generation: (\d+)/.exec(stderr)?.[1])
    // Node's default lets it grow to 32 MiB, which a build fills and keeps while Chromium prints
    // (two semi-spaces of 2 MiB: with 4 MiB ones the seed's peak was 9–17 MiB higher).
    expect(young).toBeGreaterThan(0)
    expect(young).toBeLessThanOrEqual(4 * 1024 * 1024)
    // The language model was let go once the slides were made (before the PDFs were printed).
    expect(stderr).toMatch(/model files: 0\n/)
    // sharp (native libvips, ~6 MiB at the peak) is never loaded on this thread for a pack without a brand logo.
    expect(stderr).toMatch(/sharp files: 0\n/)
    // Its garbage (the model's among it) was collected once, while the browser laid the brief out.
    expect(stderr).toMatch(/forced collections: 1\n/)
    // The Office writers' one worker reads its CommonJS bundle itself, in one block over 32 MiB:
    // Node's ES module loader read the ~1.9 MB script into a block of its size, whose release
    // raised glibc's mmap and trim thresholds for the whole run (README, Speed: memory).
    expect(stderr.match(/^worker: .*$/gm)).toEqual(['worker: eval, reading office-worker.cjs'])
  }, 120_000)

  it('a build of four sources collects its garbage once, after the last is read, not at every deck (README, Speed: throughput)', async () => {
    const folder = path.join(work, 'four')
    mkdirSync(folder)
    const seed = readFileSync(path.join(root, 'source/paris-roadmap-2019.txt'))
    const sources = ['one', 'two', 'three', 'four'].map((name) => path.join(folder, `${name}.txt`))
    for (const source of sources) writeFileSync(source, seed)
    const out = path.join(work, 'four-out')
    const {code, stderr} = await probedBuild(sources, out)
    expect(code).toBe(0)
    expect(readdirSync(out).filter((name) => !name.includes('.') && name !== 'assets').sort()).toEqual(['four', 'one', 'three', 'two'])
    // A full collection at each deck's print cost ~90 ms of this thread a pack, which the packs in
    // flight waited on: 50 readouts spent twice the time in the collector (docs/speed.md).
    expect(stderr).toMatch(/forced collections: 1\n/)
  }, 120_000)

  it('a long build collects at every eighth deck and at the first print after every pack is read, never in watch mode', async () => {
    let collected = 0
    const global = globalThis as {gc?: () => void}
    const before = global.gc
    global.gc = () => collected++
    const print = async (times: number) => {
      for (let i = 0; i < times; i++) collectWhileBrowserWorks()
      await new Promise((resolve) => setImmediate(resolve))
    }
    try {
      // Watch mode asks for nothing: no collection however many decks.
      await print(3 * DECKS_PER_COLLECTION)
      expect(collected).toBe(0)
      collectAtPrints()
      await print(2 * DECKS_PER_COLLECTION + 3)
      expect(collected).toBe(2)
      collectAtNextPrint()
      await print(1)
      expect(collected).toBe(3)
      await print(DECKS_PER_COLLECTION - 1)
      expect(collected).toBe(3)
    } finally {
      global.gc = before
    }
  })

  it('the collection due once every pack is read runs at the first print after it, the brief’s too, and once', async () => {
    let collected = 0
    const global = globalThis as {gc?: () => void}
    const before = global.gc
    global.gc = () => collected++
    const session = new BrowserSession()
    const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Brief</title></head><body><h1>Brief</h1><p>Ministers met.</p></body></html>'
    try {
      const browser = await session.browser()
      collectAtPrints()
      collectAtNextPrint()
      // A one-source build hands the brief to the browser as soon as Marp has rendered the deck,
      // before the deck itself: its garbage is collected while the brief is laid out, so that it
      // is gone before both pages print (the tree's peak: docs/speed.md).
      await printBrief(browser, html, {pdf: false})
      expect(collected).toBe(1)
      await printBrief(browser, html, {pdf: false})
      expect(collected).toBe(1)
    } finally {
      global.gc = before
      await session.close()
    }
  }, 60_000)

  it('the installed command and watch mode start Node with the same flags as `npm run build`', () => {
    const flags = nodeFlagsOf('build')
    expect(flags.length).toBeGreaterThan(0)
    expect(nodeFlagsOf('dev')).toEqual(flags)
    // The bin's shebang (tsc keeps it in lib/scripts/cli/main.js); `env -S` splits the flags off.
    // glibc's settings come first (`env -S NAME=value node …`), and stay within the 127 characters
    // older Linux kernels read of a shebang.
    const settings = Object.entries(MALLOC_SETTINGS).map(([name, value]) => `${name}=${value}`)
    expect(settings.length).toBeGreaterThan(0)
    const shebang = readFileSync(path.join(root, 'scripts/cli/main.ts'), 'utf8').split('\n')[0]
    expect(shebang).toBe(`#!/usr/bin/env -S ${settings.join(' ')} node ${flags.join(' ')}`)
    expect(shebang.length).toBeLessThanOrEqual(127)
    // Chromium is started without them, and with the rest of the environment as it is.
    const environment = {...MALLOC_SETTINGS, PATH: '/usr/bin', LANG: 'C'}
    expect(chromiumEnvironment(environment, tmpdir())).toEqual({PATH: '/usr/bin', LANG: 'C'})
    expect(chromiumEnvironment(environment, '/dev/shm')).toEqual({PATH: '/usr/bin', LANG: 'C', TMPDIR: '/dev/shm'})
    // The watch runner starts its child with its own flags.
    expect(readFileSync(path.join(root, 'scripts/run.mjs'), 'utf8')).toContain('[...process.execArgv, bundle')
  })
})
