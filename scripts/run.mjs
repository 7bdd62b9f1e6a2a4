#!/usr/bin/env node
// Run one of the project's TypeScript commands (build, dev, bench) fast: from an esbuild bundle of
// our own code in .cache/ (dependencies stay in node_modules), rebuilt only when a source file,
// the lock file or this runner changed. Starting through tsx costs ~0.6 s more per run.
import {mkdirSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const command = process.argv[2]
const entries = {build: 'scripts/build.ts', dev: 'scripts/dev.ts', bench: 'scripts/bench.ts', eval: 'scripts/eval.ts', check: 'scripts/check.ts'}
if (!entries[command]) {
  process.stderr.write(`briefing-pack: unknown command \`${command ?? ''}\`, expected one of ${Object.keys(entries).join(', ')}\n`)
  process.exit(2)
}
const outdir = path.join(root, '.cache', command)
const bundle = path.join(outdir, 'main.mjs')

/** Newest modification time of the sources the bundle is made from. */
function newestSource() {
  let newest = Math.max(statSync(fileURLToPath(import.meta.url)).mtimeMs, statSync(path.join(root, 'package-lock.json')).mtimeMs)
  const walk = (folder) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      if (entry.name === 'test' || entry.name === 'node_modules') continue
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs)
    }
  }
  for (const folder of ['scripts', 'slides', 'brief']) walk(path.join(root, folder))
  return newest
}

/** Build the bundle unless it is newer than every source. */
async function ensureBundle() {
  let fresh = false
  try {
    fresh = statSync(bundle).mtimeMs >= newestSource()
  } catch {}
  if (fresh) return
  const {build} = await import('esbuild')
  // Split at dynamic imports, so that the command starts the browser before it loads the rest.
  const temporary = `${outdir}.${process.pid}.tmp`
  mkdirSync(path.dirname(outdir), {recursive: true})
  await build({
    entryPoints: {main: path.join(root, entries[command])},
    outdir: temporary,
    outExtension: {'.js': '.mjs'},
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
  rmSync(outdir, {recursive: true, force: true})
  renameSync(temporary, outdir)
}

await ensureBundle()
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
    await ensureBundle().catch((error) => process.stderr.write(`briefing-pack: ${error.message}\n`))
  }
}
// The command's own arguments follow, as if it had been started directly.
process.argv.splice(2, 1)
await import(pathToFileURL(bundle).href)
