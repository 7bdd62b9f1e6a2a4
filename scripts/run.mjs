#!/usr/bin/env node
// Run one of the project's TypeScript commands (build, dev, bench) fast: from an esbuild bundle of
// our code and its dependencies in .cache/ (loading them file by file from node_modules cost
// ~0.3 s a run), rebuilt only when a source file, the lock file or this runner changed. Safe to start many times at once (see ensureBundle).
// Starting through tsx costs ~0.6 s more per run.
import {createHash, randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const command = process.argv[2]
const entries = {build: 'scripts/build.ts', dev: 'scripts/dev.ts', bench: 'scripts/bench.ts', eval: 'scripts/eval.ts', 'fit-labels': 'scripts/reader/fit-labels.ts', check: 'scripts/check.ts', site: 'scripts/site.ts', 'fit-titles': 'scripts/reader/fit-title-scorer.ts'}
if (!entries[command]) {
  process.stderr.write(`briefing-pack: unknown command \`${command ?? ''}\`, expected one of ${Object.keys(entries).join(', ')}\n`)
  process.exit(2)
}
const cache = path.join(root, '.cache')

/**
 * A key of the sources the bundle is made from (path, size and modification time of every `.ts`
 * file, the lock file and this runner): the bundle of one state of the code has its own folder.
 */
function sourcesKey() {
  const hash = createHash('sha256')
  const add = (file) => {
    const info = statSync(file)
    hash.update(`${path.relative(root, file)}\0${info.size}\0${info.mtimeMs}\n`)
  }
  add(fileURLToPath(import.meta.url))
  add(path.join(root, 'package-lock.json'))
  const walk = (folder) => {
    for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'test' || entry.name === 'node_modules') continue
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (entry.name.endsWith('.ts')) add(file)
    }
  }
  for (const folder of ['scripts', 'slides', 'brief']) walk(path.join(root, folder))
  return hash.digest('hex').slice(0, 16)
}

/** Whether process `pid` still runs. */
function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

/**
 * Remove what earlier runs left in .cache: unfinished bundles of processes that are gone, and
 * bundles of older code not used for a day (a watch-mode process may still load chunks of its own).
 */
function tidyCache(current) {
  const day = Date.now() - 24 * 3600 * 1000
  for (const name of readdirSync(cache)) {
    const folder = path.join(cache, name)
    const unfinished = /\.tmp-(\d+)-[0-9a-f]+$/.exec(name)
    try {
      if (unfinished ? !alive(Number(unfinished[1])) : name !== current && name.startsWith(`${command}`) && statSync(folder).mtimeMs < day) rmSync(folder, {recursive: true, force: true})
    } catch {}
  }
}

/**
 * Puppeteer's `import('debug')` gets `scripts/puppeteer-debug.ts`: the same loggers, made once per
 * namespace instead of once per protocol message.
 */
const puppeteerDebug = {
  name: 'puppeteer-debug',
  setup(build) {
    build.onResolve({filter: /^debug$/}, (args) => (/[\\/]puppeteer-core[\\/]/.test(args.importer) ? {path: path.join(root, 'scripts/puppeteer-debug.ts')} : undefined))
  },
}

/**
 * The bundle of the code as it is now, built if missing. Each state of the code has its own
 * folder (\`.cache/<command>-<key>/\`), built in a folder of this process and renamed into place
 * complete; runners started at once each build one, the first rename wins and the others use it.
 * @returns the path of the bundle's entry
 */
async function ensureBundle() {
  const name = `${command}-${sourcesKey()}`
  const outdir = path.join(cache, name)
  const bundle = path.join(outdir, 'main.cjs')
  if (existsSync(bundle)) return bundle
  mkdirSync(cache, {recursive: true})
  tidyCache(name)
  const {build} = await import('esbuild')
  const temporary = `${outdir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    // One CommonJS file (see runBundle: V8 keeps a code cache of it); what a dynamic import loads
    // is only run (its modules' top-level code) when imported, so that the command starts the
    // browser before it runs the rest.
    await build({
      entryPoints: {main: path.join(root, entries[command])},
      outdir: temporary,
      outExtension: {'.js': '.cjs'},
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // import() becomes require(): code compiled by vm.Script can import only with a flag
      // (--experimental-vm-modules) or an experimental option that prints a warning.
      supported: {'dynamic-import': false},
      // Left to node_modules: sharp (native code) and marp-cli (one prebuilt file that reads its
      // templates and bespoke.js next to itself, by __dirname). The language model is JSON:
      // Node's JSON.parse reads it ~40 ms faster than the 3.9 MB object literal a bundle makes.
      // marp-core's full engine (the one marp-cli uses, slides/bespoke-html.ts) loads its math and
      // highlighting modules by require() calls a bundle cannot follow.
      external: ['sharp', '@marp-team/marp-cli', '@marp-team/marp-core', 'wink-eng-lite-web-model'],
      // Our modules find files beside themselves (and the Office worker's script) by import.meta.url.
      define: {'import.meta.url': '__bpImportMetaUrl'},
      banner: {js: "var __bpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
      logLevel: 'warning',
      plugins: [puppeteerDebug],
    })
    // The Office writers' worker thread runs a script of its own (see scripts/office-worker.ts).
    await build({
      entryPoints: {'office-worker': path.join(root, 'scripts/office-worker.ts')},
      outdir: temporary,
      outExtension: {'.js': '.mjs'},
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // CommonJS dependencies call require() for Node's modules; the bundle is an ES module.
      banner: {js: "import {createRequire as __bpCreateRequire} from 'node:module'; const require = __bpCreateRequire(import.meta.url);"},
      logLevel: 'warning',
    })
    renameSync(temporary, outdir)
  } catch (error) {
    // Another runner put the same bundle in place first: use it.
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || !existsSync(bundle)) throw error
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
  return bundle
}

/**
 * Run the bundle as Node runs a CommonJS file, but compiled with V8's code cache of it
 * (`main.cjs.v8cache` beside it): Node 20 keeps no cache of compiled code (22 has
 * `module.enableCompileCache`), and compiling our code and its dependencies cost ~0.5 s of CPU
 * a run. The cache is made at the exit of the first run that ends well without one (or whose cache
 * V8 refused: another Node, other flags), so that it holds every function that run compiled, not
 * only the top level; written to a temporary file and renamed, so runners at once never read half
 * of one.
 * @param bundle the path of the bundle's `main.cjs`
 */
function runBundle(bundle) {
  const source = readFileSync(bundle, 'utf8')
  const cacheFile = `${bundle}.v8cache`
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {}
  // Node's own wrapper of a CommonJS module; a first line `#!…` becomes a comment (line numbers stay).
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!/, '//')}\n})`
  const script = new Script(wrapper, {filename: bundle, cachedData})
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', (code) => {
      if (code !== 0) return
      const temporary = `${cacheFile}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
      try {
        writeFileSync(temporary, script.createCachedData())
        renameSync(temporary, cacheFile)
      } catch {
        rmSync(temporary, {force: true})
      }
    })
  }
  const module = {exports: {}, id: bundle, filename: bundle, loaded: false}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle))
}

let bundle = await ensureBundle().catch((error) => {
  process.stderr.write(`briefing-pack: cannot bundle the TypeScript sources: ${String(error.message).split('\n')[0]}\n`)
  process.exit(70)
})
if (command === 'dev') {
  // Watch mode runs as a child that exits with 75 when our own code changed: rebuild, start again.
  const {spawn} = await import('node:child_process')
  for (;;) {
    const child = spawn(process.execPath, [bundle, ...process.argv.slice(3)], {stdio: 'inherit'})
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
    process.off('SIGINT', forward)
    process.off('SIGTERM', forward)
    if (code !== 75) process.exit(code)
    bundle = await ensureBundle().catch((error) => {
      process.stderr.write(`briefing-pack: ${error.message}\n`)
      return bundle
    })
  }
}
// The command's own arguments follow, as if it had been started directly.
process.argv.splice(2, 1)
runBundle(bundle)
