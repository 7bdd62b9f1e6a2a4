#!/usr/bin/env node
// Run one of the project's TypeScript commands (build, dev, bench) fast: from an esbuild bundle of
// our code and its dependencies in .cache/ (loading them file by file from node_modules cost
// ~0.3 s a run), rebuilt only when a source file, the lock file or this runner changed. Safe to start many times at once (see ensureBundle).
// Starting through tsx costs ~0.6 s more per run.
import {createHash, randomBytes} from 'node:crypto'
import {closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import Module, {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Script} from 'node:vm'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const command = process.argv[2]
const entries = {build: 'scripts/build.ts', dev: 'scripts/dev.ts', bench: 'scripts/bench.ts', eval: 'scripts/eval.ts', 'fit-labels': 'scripts/reader/fit-labels.ts', check: 'scripts/check.ts', site: 'scripts/site.ts', 'fit-titles': 'scripts/reader/fit-title-scorer.ts', 'fit-roles': 'scripts/reader/paragraph-roles.ts', 'fit-heads': 'scripts/reader/fit-head-lines.ts'}
if (!entries[command]) {
  process.stderr.write(`briefing-pack: unknown command \`${command ?? ''}\`, expected one of ${Object.keys(entries).join(', ')}\n`)
  process.exit(2)
}
const cache = path.join(root, '.cache')

/**
 * A key of the sources the bundle is made from (path, size and modification time of every `.ts`
 * file and every `.json` one a module imports, such as the role model's weights, the lock file and this runner): the bundle of one state of the code has its own folder.
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
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) add(file)
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

/** A folder this runner makes in .cache: a bundle (`build-<key>`), one being built (`<name>.tmp-<pid>-<hex>`), or a bundle of the runner before keys (`build`). */
const OWN_FOLDER = new RegExp(`^(?:${Object.keys(entries).join('|')})(?:-([0-9a-f]{16}))?(?:\\.tmp-(\\d+)-[0-9a-f]{8})?$`)
/** A file this runner writes in a bundle's folder: the bundle and its chunks, the Office worker's script, the code caches (and their temporary files), the marks of the runs using it. */
const OWN_FILE = /^(?:main\.[cm]js|office-worker\.[cm]js|[\w-]+-[A-Z2-7]{8}\.mjs|code(?:-[0-9a-f]{12})?\.v8cache(?:\.tmp-(\d+)-[0-9a-f]{8})?|\.in-use-(\d+))$/

/**
 * Delete the files this runner wrote in a folder of .cache (`OWN_FILE`), then the folder if that
 * left it empty: a file someone else put there, and its folder, stay.
 * @param folder a folder of .cache named as `OWN_FOLDER`
 */
function removeOwn(folder) {
  for (const name of readdirSync(folder)) {
    const mark = /^\.in-use-(\d+)$/.exec(name)
    if (OWN_FILE.test(name) && !(mark && alive(Number(mark[1])))) rmSync(path.join(folder, name), {force: true})
  }
  try {
    rmdirSync(folder)
  } catch {}
}

/** Whether a run still uses the bundle in `folder` (its `.in-use-<pid>` mark names a live process). */
function inUse(folder) {
  return readdirSync(folder).some((name) => {
    const mark = /^\.in-use-(\d+)$/.exec(name)
    return mark && alive(Number(mark[1]))
  })
}

/**
 * Mark the bundle in `folder` as used by this process until it exits (`tidyCache` keeps it meanwhile:
 * watch mode and the Office worker load files from it long after the start).
 * @param folder the bundle's folder
 * @returns a function that removes the mark
 */
function markInUse(folder) {
  const mark = path.join(folder, `.in-use-${process.pid}`)
  try {
    writeFileSync(mark, '')
  } catch {
    return () => undefined
  }
  const unmark = () => rmSync(mark, {force: true})
  process.once('exit', unmark)
  return () => {
    process.off('exit', unmark)
    unmark()
  }
}

/**
 * Keep in .cache only what the code as it is now uses: the bundles of other states of the code
 * (each edit of a source makes one, ~10–20 MB with its code caches) go, unless a live run still
 * uses one (`markInUse`), and so do unfinished bundles of processes that are gone. Only what this
 * runner wrote is deleted (`removeOwn`); anything else in .cache stays.
 * @param currentKey the key of the code as it is now (`sourcesKey`)
 */
function tidyCache(currentKey) {
  for (const name of readdirSync(cache)) {
    const own = OWN_FOLDER.exec(name)
    const folder = path.join(cache, name)
    try {
      if (!own || !statSync(folder).isDirectory()) continue
      const [, key, builder] = own
      if (builder) {
        if (!alive(Number(builder))) removeOwn(folder)
      } else if (key !== currentKey && !inUse(folder)) {
        // Set aside first, then look again: a run that marked the bundle between the look and the
        // move keeps it (moved back), and one that finds it gone bundles again (see the start below).
        const aside = `${folder}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
        renameSync(folder, aside)
        if (!inUse(aside)) removeOwn(aside)
        // What is left (a bundle in use, or a file someone else put there) goes back under its name.
        if (existsSync(aside)) renameSync(aside, folder)
      }
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
 * Left out of the main bundle, to node_modules, what only another thread or a rare path loads, by a
 * dynamic import or a lazy require that this thread never reaches on a build: the Office writers'
 * libraries (run by the Office worker, whose own bundle has them), Puppeteer's WebDriver BiDi
 * mapper (we speak CDP) and the proxy agents of its browser download (with the PAC resolver's
 * JavaScript engine, quickjs-emscripten, and esprima). V8 keeps a script's whole source while the
 * process lives: they were ~3 MB of the ~8.8 MB bundle. Should one be loaded after all, Node
 * finds it in node_modules as it would without a bundle.
 */
const notOnThisThread = {
  name: 'not-on-this-thread',
  setup(build) {
    const lazy = /^(?:docx|pptxgenjs|chromium-bidi|pac-proxy-agent|socks-proxy-agent|https?-proxy-agent)(?:\/|$)/
    build.onResolve({filter: lazy}, (args) => ({path: args.path, external: true}))
  },
}

/**
 * The bundle of the code as it is now, built if missing. Each state of the code has its own
 * folder (\`.cache/<command>-<key>/\`), built in a folder of this process and renamed into place
 * complete; runners started at once each build one, the first rename wins and the others use it.
 * @returns the path of the bundle's entry
 */
async function ensureBundle() {
  const key = sourcesKey()
  const name = `${command}-${key}`
  const outdir = path.join(cache, name)
  const built = () => ['main.cjs', 'main.mjs'].map((file) => path.join(outdir, file)).find((file) => existsSync(file))
  if (built()) return built()
  mkdirSync(cache, {recursive: true})
  tidyCache(key)
  const {build, formatMessagesSync} = await import('esbuild')
  const temporary = `${outdir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    // One CommonJS file (see runBundle: V8 keeps a code cache of it); what a dynamic import loads
    // is only run (its modules' top-level code) when imported, so that the command starts the
    // browser before it runs the rest.
    // What the command's bundle and the Office worker's have in common: one CommonJS file each.
    const commonJs = {
      outdir: temporary,
      outExtension: {'.js': '.cjs'},
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // import() becomes require(): code compiled by vm.Script can import only with a flag
      // (--experimental-vm-modules) or an experimental option that prints a warning.
      supported: {'dynamic-import': false},
      // Our modules find files beside themselves (and the Office worker's script) by import.meta.url.
      define: {'import.meta.url': '__bpImportMetaUrl'},
      banner: {js: "var __bpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
    }
    const main = {
      ...commonJs,
      entryPoints: {main: path.join(root, entries[command])},
      // Left to node_modules: sharp (native code) and marp-cli (one prebuilt file that reads its
      // templates and bespoke.js next to itself, by __dirname). The language model is JSON:
      // Node's JSON.parse reads it ~40 ms faster than the 3.9 MB object literal a bundle makes.
      // marp-core's full engine (the one marp-cli uses, slides/bespoke-html.ts) loads its math and
      // highlighting modules by require() calls a bundle cannot follow.
      external: ['sharp', '@marp-team/marp-cli', '@marp-team/marp-core', 'wink-eng-lite-web-model'],
      plugins: [puppeteerDebug, notOnThisThread],
    }
    await build({...main, logLevel: 'silent'}).catch(async (error) => {
      // A command with top-level await (bench, the fitting scripts) cannot be CommonJS: it is an ES
      // module bundle split at dynamic imports, as before, loaded without the code cache.
      if (!error.errors?.length || !error.errors.every((message) => /top-level await/i.test(message.text))) {
        for (const line of formatMessagesSync(error.errors ?? [], {kind: 'error'})) process.stderr.write(line)
        throw error
      }
      await build({...main, format: 'esm', splitting: true, outExtension: {'.js': '.mjs'}, supported: {}, define: {}, banner: {js: "import {createRequire as __bpCreateRequire} from 'node:module'; const require = __bpCreateRequire(import.meta.url);"}, logLevel: 'warning'})
    })
    // The Office writers' worker thread runs a script of its own (see scripts/office-worker.ts):
    // CommonJS, which the worker reads and runs itself (`startFromBundle`), not Node's ES module
    // loader, whose one block of the script's size raised glibc's thresholds for the whole run.
    await build({...commonJs, entryPoints: {'office-worker': path.join(root, 'scripts/office-worker.ts')}, logLevel: 'warning'})
    for (const file of readdirSync(temporary)) if (/\.[cm]js$/.test(file)) oneByteSource(path.join(temporary, file))
    // In use from the moment it is in place (markInUse writes the same mark once it is there).
    writeFileSync(path.join(temporary, `.in-use-${process.pid}`), '')
    renameSync(temporary, outdir)
  } catch (error) {
    // Another runner put the same bundle in place first: use it.
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || !built()) throw error
  } finally {
    rmSync(temporary, {recursive: true, force: true})
  }
  return built()
}

/**
 * Escape, as `\uXXXX`, every character of a bundle beyond Latin-1. esbuild escapes them in
 * strings but leaves them in comments and regular expressions (`’`, `…`, `€`), and a single one
 * makes V8 hold the whole source (which it keeps while the process lives) as two bytes a
 * character: 16.5 MiB instead of 8.2 for the build's bundle. In a regular expression the escape
 * means the same character (with the `u` flag too, where a surrogate pair's two escapes are one
 * code point); one written `\’` (an identity escape) loses its backslash.
 * @param file a bundle just written
 */
function oneByteSource(file) {
  const source = readFileSync(file, 'utf8')
  // Without the `u` flag the pattern matches UTF-16 code units: a surrogate pair is escaped unit by unit.
  const escaped = source.replace(/(\\*)([^\0-\xff])/g, (_, slashes, unit) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (escaped !== source) writeFileSync(file, escaped)
}

/**
 * V8's code cache of the scripts this process compiles, kept in one file (`code.v8cache` beside
 * the bundle): Node 20 keeps no cache of compiled code (22 has `module.enableCompileCache`), and
 * compiling our bundle and the dependencies left in node_modules cost ~0.5 s of CPU a run.
 * Each script is found by its path, size and modification time (V8 itself checks only the
 * source's length). A script compiled without a usable cache (none yet, or refused by V8: another
 * Node, other flags) is added at the exit of a run that ends well, so that the cache holds every
 * function that run compiled, not only the top level. The file is written to a temporary name and
 * renamed, so runners started at once never read half of one.
 * @param file where the cache is kept
 * @returns `compile(source, filename)`: a `vm.Script` compiled with the cache when there is one
 */
function codeCache(file) {
  // Only the index is read now; each script's data is read when it is compiled, and not kept
  // (held for the whole run, the file's ~5 MB stayed in memory while Chromium printed).
  const known = new Map()
  let fd
  try {
    fd = openSync(file, 'r')
    const head = Buffer.alloc(4)
    readSync(fd, head, 0, 4, 0)
    const index = Buffer.alloc(head.readUInt32LE(0))
    readSync(fd, index, 0, index.length, 4)
    let offset = 4 + index.length
    for (const [key, length] of JSON.parse(index.toString('utf8'))) {
      known.set(key, {offset, length})
      offset += length
    }
  } catch {
    known.clear()
  }
  const dataOf = (key) => {
    const place = known.get(key)
    if (!place) return undefined
    const data = Buffer.allocUnsafeSlow(place.length)
    try {
      return readSync(fd, data, 0, place.length, place.offset) === place.length ? data : undefined
    } catch {
      return undefined
    }
  }
  const fresh = new Map()
  process.once('exit', (code) => {
    if (code !== 0 || fresh.size === 0) return
    // The open file is still the one read at the start, even if another run has replaced it since.
    const entries = new Map([...known.keys()].map((key) => [key, dataOf(key)]).filter(([, data]) => data))
    for (const [key, script] of fresh) entries.set(key, script.createCachedData())
    const index = Buffer.from(JSON.stringify([...entries].map(([key, data]) => [key, data.length])))
    const head = Buffer.alloc(4)
    head.writeUInt32LE(index.length)
    const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
    try {
      writeFileSync(temporary, Buffer.concat([head, index, ...entries.values()]))
      renameSync(temporary, file)
    } catch {
      rmSync(temporary, {force: true})
    }
    tidyCodeCaches(path.dirname(file), path.basename(file))
  })
  return (source, filename) => {
    const info = statSync(filename)
    const key = `${filename}\0${info.size}\0${info.mtimeMs}`
    const cachedData = dataOf(key)
    // Node's own wrapper of a CommonJS module; a first line `#!…` becomes a comment (line numbers stay).
    const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source.replace(/^#!/, '//')}\n})`, {filename, cachedData})
    if (!cachedData || script.cachedDataRejected) fresh.set(key, script)
    return script
  }
}

/**
 * Have Node compile the CommonJS files it loads from node_modules (marp-core, markdown-it,
 * postcss, sharp's JavaScript…) with the code cache, as the v8-compile-cache package does; a file
 * the cache cannot compile (ES module syntax) goes to Node's own loader.
 * @param compile what `codeCache` returns
 */
function cacheDependencies(compile) {
  const own = Module.prototype._compile
  Module.prototype._compile = function (content, filename, ...rest) {
    // Node 20.19+ passes a format too: an ES module loaded by require() is left to Node.
    if (!filename.includes(`${path.sep}node_modules${path.sep}`) || (rest[0] && rest[0] !== 'commonjs')) return own.call(this, content, filename, ...rest)
    let script
    try {
      script = compile(content, filename)
    } catch {
      return own.call(this, content, filename, ...rest)
    }
    const require = (id) => this.require(id)
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options)
    require.resolve.paths = (request) => Module._resolveLookupPaths(request, this)
    require.main = process.mainModule
    require.extensions = Module._extensions
    require.cache = Module._cache
    return script.runInThisContext({displayErrors: true}).call(this.exports, this.exports, require, this, filename, path.dirname(filename))
  }
}

/**
 * The code cache's file name for a set of Node flags: V8 refuses a cache made under other
 * flags (`--expose-gc` in `npm run build`, none in `node scripts/run.mjs build`), and a run that
 * finds its cache refused compiles everything and writes the cache again, so runs with two sets
 * of flags took turns throwing each other's cache away. Each set of flags keeps its own file.
 * @param flags the Node flags and NODE_OPTIONS (default: this process's)
 * @returns `code.v8cache` without flags, `code-<hash of the flags>.v8cache` with them
 */
function codeCacheName(flags = [...process.execArgv, process.env.NODE_OPTIONS ?? '']) {
  const joined = flags.join('\0')
  return joined === '' ? 'code.v8cache' : `code-${createHash('sha256').update(joined).digest('hex').slice(0, 12)}.v8cache`
}

/**
 * After a run wrote its code cache: delete the bundle's other code caches but those of the flags
 * package.json's scripts start Node with (`npm run build`, `npm run dev`…), of no flags, and the
 * one just written, so that a run with other flags (NODE_OPTIONS, a profiler) leaves no ~5 MB
 * file behind for good. A cache file being written by another run (`.tmp-<pid>-…`) stays while
 * that run lives.
 * @param folder the bundle's folder
 * @param written the name of the cache file this run wrote
 */
function tidyCodeCaches(folder, written) {
  const kept = new Set(['code.v8cache', written])
  try {
    for (const script of Object.values(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts ?? {})) {
      const flags = /^node((?:\s+--\S+)*)\s+scripts\/run\.mjs\b/.exec(script)?.[1].trim().split(/\s+/).filter(Boolean)
      if (flags) kept.add(codeCacheName([...flags, '']))
    }
    for (const name of readdirSync(folder)) {
      const cacheFile = /^code(?:-[0-9a-f]{12})?\.v8cache(?:\.tmp-(\d+)-[0-9a-f]{8})?$/.exec(name)
      if (cacheFile && (cacheFile[1] ? !alive(Number(cacheFile[1])) : !kept.has(name))) rmSync(path.join(folder, name), {force: true})
    }
  } catch {}
}

/**
 * A UTF-8 text file of up to 32 MiB read into one block over 32 MiB and decoded from there (as
 * `scripts/read-text-file.ts`, which this runner cannot import: it runs before any bundle).
 * Node 20's `readFileSync(file, 'utf8')` doubles its buffer as it reads (1, 2, 4, 8, 16 MiB for the
 * 8.6 MB bundle), and glibc, given back a block that large, raises its mmap threshold to that size
 * and its trim threshold to twice it for the rest of the run; a block over 32 MiB changes neither.
 * @param file the file
 * @returns its text
 */
function readTextFile(file) {
  const above = 32 * 1024 * 1024 + 4096
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size >= above) return readFileSync(fd, 'utf8')
    const block = Buffer.allocUnsafeSlow(above)
    let length = 0
    for (let read; length < block.length && (read = readSync(fd, block, length, block.length - length, null)) > 0; ) length += read
    return block.toString('utf8', 0, length)
  } finally {
    closeSync(fd)
  }
}

/**
 * Run the bundle as Node runs a CommonJS file, compiled with V8's code cache (`codeCache`), as
 * are the dependencies it loads from node_modules (an ES module bundle, `main.mjs`, is imported).
 * @param bundle the path of the bundle's `main.cjs` or `main.mjs`
 */
async function runBundle(bundle) {
  if (bundle.endsWith('.mjs')) return import(pathToFileURL(bundle).href)
  const compile = codeCache(path.join(path.dirname(bundle), codeCacheName()))
  cacheDependencies(compile)
  const module = {exports: {}, id: bundle, filename: bundle, loaded: false}
  compile(readTextFile(bundle), bundle).runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle))
}

let bundle = await ensureBundle().catch((error) => {
  process.stderr.write(`briefing-pack: cannot bundle the TypeScript sources: ${String(error.message).split('\n')[0]}\n`)
  process.exit(70)
})
// Kept in .cache while this run lives, whatever other runs bundle meanwhile (see tidyCache). A run
// tidying .cache at this very moment may have set the bundle aside before the mark was written:
// then bundle again.
let unmark = markInUse(path.dirname(bundle))
for (let tries = 0; !existsSync(bundle) && tries < 3; tries++) {
  unmark()
  bundle = await ensureBundle().catch((error) => {
    process.stderr.write(`briefing-pack: cannot bundle the TypeScript sources: ${String(error.message).split('\n')[0]}\n`)
    process.exit(70)
  })
  unmark = markInUse(path.dirname(bundle))
}
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
    const next = await ensureBundle().catch((error) => {
      process.stderr.write(`briefing-pack: ${error.message}\n`)
      return bundle
    })
    if (next !== bundle) {
      unmark()
      unmark = markInUse(path.dirname(next))
      bundle = next
    }
  }
}
// The command's own arguments follow, as if it had been started directly.
process.argv.splice(2, 1)
await runBundle(bundle)
