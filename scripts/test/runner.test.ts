import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PACK_FILES} from './processes.js'
import {nodeFlagsOf} from '../node-flags.js'
import {afterAll, describe, expect, it} from 'vitest'
import {cli} from './cli.js'

const root = path.resolve(import.meta.dirname, '../..')
// A copy of the project with a cold .cache of its own, so that other tests keep their bundle.
const copy = mkdtempSync(path.join(tmpdir(), 'bp-runner-'))
afterAll(() => rmSync(copy, {recursive: true, force: true}))


describe('the build runner (scripts/run.mjs)', () => {
  it('four builds started at once on a cold .cache all finish with complete packs', async () => {
    for (const item of ['scripts', 'slides', 'brief', 'source', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(path.join(root, item), path.join(copy, item), {recursive: true, filter: (file) => !file.includes(`${path.sep}test${path.sep}`)})
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'))
    const started = performance.now()
    const runner = path.join(copy, 'scripts/run.mjs')
    const runs = await Promise.all([1, 2, 3, 4].map((n) => cli(['--out', path.join(copy, `out-${n}`), '--quiet'], copy, {}, runner)))
    const seconds = (performance.now() - started) / 1000
    for (const run of runs) {
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
    }
    for (const n of [1, 2, 3, 4]) expect(readdirSync(path.join(copy, `out-${n}`, 'paris-roadmap-2019')).sort()).toEqual(PACK_FILES)
    // One complete bundle, no unfinished one left.
    expect(readdirSync(path.join(copy, '.cache'))).toEqual([expect.stringMatching(/^build-[0-9a-f]{16}$/)])
    expect(seconds).toBeLessThan(150)
    // The dependencies are in the bundle (loaded as a few files, not resolved one by one from
    // node_modules), and Puppeteer's package entry, with its config loader, is not.
    const bundle = path.join(copy, '.cache', readdirSync(path.join(copy, '.cache'))[0])
    const bundled = readdirSync(bundle).map((file) => readFileSync(path.join(bundle, file), 'utf8')).join('\n')
    // esbuild names each bundled file in a comment, by its path from where it ran.
    const from = (dependency: string) => new RegExp(`^// \\S*node_modules/${dependency}/`, 'm')
    for (const dependency of ['puppeteer-core', 'unified', 'wink-nlp', 'zod']) expect(bundled).toMatch(from(dependency))
    for (const dependency of ['cosmiconfig', 'puppeteer']) expect(bundled).not.toMatch(from(dependency))
    // What only the Office worker or a rare path loads is not in the main thread's bundle (V8 keeps
    // a script's whole source while the process lives); the worker's own bundle has the writers.
    const main = readFileSync(path.join(bundle, 'main.cjs'), 'utf8')
    for (const dependency of ['docx', 'pptxgenjs', 'chromium-bidi', 'pac-proxy-agent', '@tootallnate/quickjs-emscripten', 'esprima']) expect(main).not.toMatch(from(dependency))
    const worker = readFileSync(path.join(bundle, 'office-worker.cjs'), 'utf8')
    for (const dependency of ['docx', 'pptxgenjs']) expect(worker).toMatch(from(dependency))
  }, 200_000)

  it('keeps V8 code cache of the bundle and of node_modules files, which the next run uses as it is', async () => {
    const folder = path.join(copy, '.cache', readdirSync(path.join(copy, '.cache'))[0])
    const cache = path.join(folder, 'code.v8cache')
    // The builds above wrote it at their exit: an index of [path, size, mtime] keys, then the data.
    const data = readFileSync(cache)
    const scripts = (JSON.parse(data.subarray(4, 4 + data.readUInt32LE(0)).toString('utf8')) as [string, number][]).map(([key]) => key.split('\0')[0])
    expect(scripts).toContain(path.join(folder, 'main.cjs'))
    for (const dependency of ['@marp-team/marp-core', 'markdown-it', 'postcss']) expect(scripts.some((file) => file.includes(`${path.sep}node_modules${path.sep}${dependency}${path.sep}`))).toBe(true)
    // A run that V8 refused the cache to, or that compiled a script the cache lacks, writes it again.
    const written = statSync(cache).mtimeMs
    const run = await cli(['--out', path.join(copy, 'out-again'), '--quiet'], copy, {}, path.join(copy, 'scripts/run.mjs'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(statSync(cache).mtimeMs).toBe(written)
    // Other Node flags (`npm run build` adds --expose-gc) keep a cache file of their own: V8 refuses
    // a cache made under other flags, and the two would otherwise throw each other's away.
    const flagged = {NODE_OPTIONS: '--expose-gc'}
    for (const round of [1, 2]) {
      const again = await cli(['--out', path.join(copy, `out-flags-${round}`), '--quiet'], copy, flagged, path.join(copy, 'scripts/run.mjs'))
      expect(again.code).toBe(0)
    }
    const other = readdirSync(folder).filter((file) => /^code-[0-9a-f]{12}\.v8cache$/.test(file))
    expect(other).toHaveLength(1)
    const otherWritten = statSync(path.join(folder, other[0])).mtimeMs
    expect(statSync(cache).mtimeMs).toBe(written)
    await cli(['--out', path.join(copy, 'out-flags-3'), '--quiet'], copy, {}, path.join(copy, 'scripts/run.mjs'))
    await cli(['--out', path.join(copy, 'out-flags-4'), '--quiet'], copy, flagged, path.join(copy, 'scripts/run.mjs'))
    expect(statSync(cache).mtimeMs).toBe(written)
    expect(statSync(path.join(folder, other[0])).mtimeMs).toBe(otherWritten)
  }, 150_000)

  it('writes bundles with no character beyond Latin-1, so that V8 keeps their source at one byte a character', () => {
    const folder = path.join(copy, '.cache', readdirSync(path.join(copy, '.cache'))[0])
    for (const file of ['main.cjs', 'office-worker.cjs']) {
      const source = readFileSync(path.join(folder, file), 'utf8')
      // Our own patterns with curly quotes and dashes are there, escaped.
      expect(source.length).toBeGreaterThan(100_000)
      expect(source.match(/[^\0-\xff]/g) ?? []).toEqual([])
    }
    expect(readFileSync(path.join(folder, 'main.cjs'), 'utf8')).toContain('\\u2019')
  })

  it('keeps in .cache only what the code as it is now uses, and deletes only files it wrote there', async () => {
    const cache = path.join(copy, '.cache')
    const [current] = readdirSync(cache)
    const put = (file: string, content = 'x') => {
      mkdirSync(path.dirname(path.join(cache, file)), {recursive: true})
      writeFileSync(path.join(cache, file), content)
    }
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    // Bundles of older code, one with a file of someone else's; one still used by a live run; an unfinished one of a run that is gone; the runner's before keys.
    for (const file of ['main.cjs', 'office-worker.cjs', 'office-worker.mjs', 'code.v8cache', 'code-0123456789ab.v8cache', 'chunk-ABCDEFGH.mjs']) put(`build-00000000000000aa/${file}`)
    put('build-00000000000000aa/notes.txt', 'mine')
    for (const file of ['main.cjs', 'code.v8cache']) put(`eval-00000000000000bb/${file}`)
    put('dev-00000000000000cc/main.cjs')
    put(`dev-00000000000000cc/.in-use-${process.pid}`, '')
    put(`build-00000000000000dd.tmp-${dead}-0a1b2c3d/main.cjs`)
    put('build/main.mjs')
    put('mine/main.cjs', 'mine')
    put('readme.txt', 'mine')
    // The code changes: the next run makes a new bundle and tidies .cache.
    const now = new Date()
    utimesSync(path.join(copy, 'scripts/build.ts'), now, now)
    const run = await cli(['--out', path.join(copy, 'out-tidy'), '--quiet'], copy, {}, path.join(copy, 'scripts/run.mjs'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const [next] = readdirSync(cache).filter((name) => /^build-[0-9a-f]{16}$/.test(name) && name !== current && name !== 'build-00000000000000aa')
    expect(readdirSync(cache).sort()).toEqual(['build-00000000000000aa', 'dev-00000000000000cc', 'mine', next, 'readme.txt'].sort())
    expect(readdirSync(path.join(cache, 'build-00000000000000aa'))).toEqual(['notes.txt'])
    expect(readFileSync(path.join(cache, 'mine/main.cjs'), 'utf8')).toBe('mine')
    expect(existsSync(path.join(cache, 'dev-00000000000000cc/main.cjs'))).toBe(true)

    // Code caches: those of package.json's flags and of no flags stay; another set's goes when a run with yet other flags writes its own.
    const folder = path.join(cache, next)
    const named = (flags: string[]) => `code-${createHash('sha256').update([...flags, ''].join('\0')).digest('hex').slice(0, 12)}.v8cache`
    put(`${next}/${named(nodeFlagsOf('build'))}`)
    put(`${next}/code-aaaaaaaaaaaa.v8cache`)
    put(`${next}/code.v8cache.tmp-${dead}-0a1b2c3d`)
    expect((await cli(['--out', path.join(copy, 'out-tidy-2'), '--quiet'], copy, {NODE_OPTIONS: '--max-semi-space-size=4'}, path.join(copy, 'scripts/run.mjs'))).code).toBe(0)
    const caches = readdirSync(folder).filter((name) => name.startsWith('code'))
    expect(caches.sort()).toEqual(['code.v8cache', named(nodeFlagsOf('build')), `code-${createHash('sha256').update('--max-semi-space-size=4').digest('hex').slice(0, 12)}.v8cache`].sort())
  }, 150_000)
})
