#!/usr/bin/env node
// Run one of the project's TypeScript commands (build, dev, bench) fast: from an esbuild bundle of
// our code and its dependencies in .cache/ (loading them file by file from node_modules cost
// ~0.3 s a run), rebuilt only when a source file, the lock file or this runner changed. Safe to start many times at once (see ensureBundle).
// Starting through tsx costs ~0.6 s more per run.
import {createHash, randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

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
  const bundle = path.join(outdir, 'main.mjs')
  if (existsSync(bundle)) return bundle
  mkdirSync(cache, {recursive: true})
  tidyCache(name)
  const {build} = await import('esbuild')
  const temporary = `${outdir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    // Split at dynamic imports, so that the command starts the browser before it loads the rest.
    await build({
      // The Office writers' worker thread runs a script of its own (see scripts/office-worker.ts).
      entryPoints: {main: path.join(root, entries[command]), 'office-worker': path.join(root, 'scripts/office-worker.ts')},
      outdir: temporary,
      outExtension: {'.js': '.mjs'},
      splitting: true,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Left to node_modules: sharp (native code) and marp-cli (one prebuilt file that reads its
      // templates and bespoke.js next to itself, by __dirname). pdf-lib is imported by a path
      // computed at run time (scripts/finish-pdf.ts), so it stays there too. The language model is
      // JSON: Node's JSON.parse reads it ~40 ms faster than the 3.9 MB object literal a bundle makes.
      // marp-core's full engine (the one marp-cli uses, slides/bespoke-html.ts) loads its math and
      // highlighting modules by require() calls a bundle cannot follow.
      external: ['sharp', '@marp-team/marp-cli', '@marp-team/marp-core', 'wink-eng-lite-web-model'],
      // CommonJS dependencies call require() for Node's modules; the bundle is an ES module.
      banner: {js: "import {createRequire as __bpCreateRequire} from 'node:module'; const require = __bpCreateRequire(import.meta.url);"},
      logLevel: 'warning',
      plugins: [puppeteerDebug],
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

let bundle = await ensureBundle().catch((error) => {
  process.stderr.write(`briefing-pack: cannot bundle the TypeScript sources: ${String(error.message).split('\n')[0]}\n`)
  process.exit(70)
})
if (command === 'dev') {
  // Watch mode runs as a child that exits with 75 when our own code changed: rebuild, start again.
  const {spawn} = await import('node:child_process')
  for (;;) {
    // With this process's Node flags (package.json's `dev` script: a small young generation).
    const child = spawn(process.execPath, [...process.execArgv, bundle, ...process.argv.slice(3)], {stdio: 'inherit'})
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
await import(pathToFileURL(bundle).href)
