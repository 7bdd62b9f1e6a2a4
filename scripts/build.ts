#!/usr/bin/env node
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BuildError, EXIT} from './errors.js'
import {formatMessages} from './format-messages.js'
import {BrowserSession} from './browser.js'
import {createProgress} from './progress.js'
import createDebug from 'debug'

const debug = createDebug('briefing-pack:build')
import {sourceName} from './source-name.js'
import {checkOutputFolder, settlePending} from './write-pack.js'

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

/**
 * Sources built at once, sharing the browser: while one waits for Chromium, the other uses this
 * process (on 2 cores, 10 sources took 8.3 s instead of 9.7 s one after another).
 */
const PARALLEL_SOURCES = 2

/**
 * Run `work` on every item, at most `limit` at a time, in order of the list. The first failure
 * stops new work and is thrown once the running ones have ended.
 */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: unknown
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      const item = items[next++]
      await work(item).catch((error: unknown) => {
        failure ??= error
      })
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
  if (failure !== undefined) throw failure
}

/**
 * An error from the browser while a source was rendered (it crashed, was killed or stopped
 * answering) becomes one line and the render-failure exit code. Nothing was written for the source.
 */
function browserFailure(error: unknown, session: BrowserSession, source: string): unknown {
  if (error instanceof BuildError) return error
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  if (session.lost || /Target closed|Session closed|Connection closed|Protocol error|browser has disconnected|Navigating frame was detached|TimeoutError/i.test(message)) {
    return new BuildError(`${source}: the browser stopped while rendering (${message}); nothing was written for this source, its previous outputs are as they were`, EXIT.renderFailed)
  }
  return error
}

/**
 * On Ctrl-C or SIGTERM: let folder swaps under way finish, remove temporary files, close the
 * browser, and exit with 130 (SIGINT) or 143 (SIGTERM). The output folder holds only complete packs.
 */
function stopOnSignals(session: BrowserSession): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    process.stderr.write(`briefing-pack: stopped by ${signal}; outputs are complete or as they were before\n`)
    void Promise.allSettled([settlePending(), session.close()]).finally(() => process.exit(signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
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
  const sources = args.sources.length ? args.sources : await sourcesIn('source')
  await checkOutputFolder(args.outDir)
  let exitCode: number = EXIT.ok
  const progress = createProgress(process.stdout, args.quiet)
  const session = new BrowserSession()
  stopOnSignals(session)
  // Chromium starts first; the pipeline's modules load while it does.
  session.warm()
  const [{buildPack}, {writeSite}] = await Promise.all([import('./pipeline.js'), import('./site/write-site.js')])
  debug('pipeline loaded')
  const failed = new Set<string>()
  let finished = false
  try {
    const buildOne = async (source: string) => {
      const started = performance.now()
      const name = sourceName(source)
      const result = await buildPack(source, {outDir: args.outDir, session, onStep: (step, ms) => progress.step(name, step, ms)}).catch((error: unknown) => {
        throw browserFailure(error, session, source)
      })
      for (const line of formatMessages(result.file)) process.stderr.write(`${line}\n`)
      if (!result.folder) {
        exitCode = EXIT.sourceErrors
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

// A promise that fails with nobody waiting would otherwise print a stack trace and exit.
process.on('unhandledRejection', (error) => {
  process.stderr.write(`briefing-pack: unexpected failure: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (run with DEBUG=briefing-pack:* for details)\n`)
  process.exit(70)
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof BuildError) {
      process.stderr.write(`briefing-pack: ${error.message}\n`)
      process.exitCode = error.exitCode
    } else {
      process.stderr.write(`briefing-pack: unexpected failure: ${error instanceof Error ? error.message : String(error)} (run with DEBUG=briefing-pack:* for details)\n`)
      if (process.env.DEBUG) console.error(error)
      process.exitCode = 70
    }
  },
)
