#!/usr/bin/env node
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import createDebug from 'debug'
import {asRenderFailure, BrowserSession} from './browser.js'
import {BuildError, EXIT, isStopping, runMain, unexpectedLine} from './errors.js'
import {cleanText, formatMessages} from './format-messages.js'
import {inParallel} from './in-parallel.js'
import {createProgress} from './progress.js'
import {sourceName} from './source-name.js'
import {stopOnSignals} from './stop-on-signals.js'
import {checkOutputFolder} from './output-folder.js'
import {planSources} from './plan-sources.js'

const debug = createDebug('briefing-pack:build')

/**
 * Sources built at once, sharing the browser: while one waits for Chromium, the other uses this
 * process (on 2 cores, 10 sources took 8.3 s instead of 9.7 s one after another).
 */
const PARALLEL_SOURCES = 2

const HELP = `Usage: npm run build -- [source ...] [--out DIR] [--quiet]

Build a briefing pack (structured Markdown, slides, brief) from each plain-text readout.

  source       .txt or .md files to build (default: every .txt and .md in source/)
  --out DIR    output folder (default: dist); each source goes to DIR/<name>/
  --quiet      print only problems
  --help       show this help
`

/** Read the command line; usage mistakes become a BuildError with the usage exit code. */
function readArguments(argv: string[]) {
  try {
    const {values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {out: {type: 'string', short: 'o'}, quiet: {type: 'boolean', short: 'q'}, help: {type: 'boolean', short: 'h'}},
    })
    return {sources: positionals, outDir: values.out ?? 'dist', quiet: Boolean(values.quiet), help: Boolean(values.help)}
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
}

/** Every `.txt` and `.md` file of a folder, sorted by name. */
async function sourcesIn(folder: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    throw new BuildError(`${folder}/: cannot find the source folder; name a file to build or create ${folder}/`, EXIT.usage)
  }
  const sources = names.filter((name) => /\.(txt|md)$/i.test(name) && !name.startsWith('.')).sort()
  if (sources.length === 0) throw new BuildError(`${folder}/: no .txt or .md source to build`, EXIT.usage)
  return sources.map((name) => path.join(folder, name))
}

async function main(argv: string[]): Promise<number> {
  const args = readArguments(argv)
  if (args.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  const plan = planSources(args.sources.length ? args.sources : await sourcesIn('source'))
  const sources = plan.build
  await checkOutputFolder(args.outDir, [...sources, ...args.sources], sources.map(sourceName))
  for (const line of plan.lines) process.stderr.write(`${cleanText(line, true)}\n`)
  let exitCode: number = plan.failed ? EXIT.sourceErrors : EXIT.ok
  const progress = createProgress(process.stdout, args.quiet)
  const session = new BrowserSession()
  stopOnSignals(session)
  // Chromium starts first; the pipeline's modules load while it does.
  session.warm()
  const [{buildPack}, {writeSite}] = await Promise.all([import('./pipeline.js'), import('./site/write-site.js')])
  debug('pipeline loaded')
  const failed = new Set<string>(plan.refused)
  let finished = false
  try {
    const buildOne = async (source: string) => {
      const started = performance.now()
      const name = sourceName(source)
      let result
      try {
        result = await buildPack(source, {outDir: args.outDir, session, onStep: (step, ms) => progress.step(name, step, ms)})
      } catch (error) {
        // Stopping by a signal: the browser was closed under this build on purpose; say nothing more.
        if (isStopping()) return
        const failure = asRenderFailure(error, session, source)
        // No browser at all ends the run; any other failure is this source's alone.
        if (failure instanceof BuildError && failure.exitCode === EXIT.noBrowser) throw failure
        process.stderr.write(`briefing-pack: ${failure instanceof BuildError ? cleanText(failure.message, true) : unexpectedLine(failure, source)}\n`)
        exitCode = Math.max(exitCode, failure instanceof BuildError ? failure.exitCode : EXIT.unexpected)
        failed.add(name)
        // A browser that died is started again for the sources still to build.
        if (session.lost) await session.close()
        return
      }
      for (const line of formatMessages(result.file)) process.stderr.write(`${line}\n`)
      if (!result.folder) {
        exitCode = Math.max(exitCode, EXIT.sourceErrors)
        failed.add(name)
        return
      }
      progress.built(source, path.relative(process.cwd(), result.folder) || '.', result.written.length, performance.now() - started)
    }
    await inParallel(sources, PARALLEL_SOURCES, buildOne)
    finished = true
  } finally {
    // The browser closes while the site index is written.
    const closing = session.close()
    try {
      if (finished) {
        const listed = await writeSite(args.outDir, failed)
        progress.site(path.join(args.outDir, 'index.html'), listed.length)
      }
    } finally {
      await closing
    }
  }
  return exitCode
}

runMain(() => main(process.argv.slice(2)))
