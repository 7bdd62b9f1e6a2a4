import path from 'node:path'
import createDebug from 'debug'
import {asRenderFailure, BrowserSession} from '../browser.js'
import {asEnvironmentFailure, BuildError, EXIT, isStopping, unexpectedLine} from '../errors.js'
import {cleanText, formatMessages} from '../format-messages.js'
import {inParallel} from '../in-parallel.js'
import {createProgress} from '../progress.js'
import {sourceName} from '../source-name.js'
import {stopOnSignals} from '../stop-on-signals.js'
import {checkOutputFolder} from '../output-folder.js'
import {planSources} from '../plan-sources.js'
import {sourceDateEpoch} from '../build-date.js'

const debug = createDebug('briefing-pack:build')

/**
 * Sources built at once, sharing the browser: while one waits for Chromium, the other uses this
 * process (on 2 cores, 10 sources took 8.3 s instead of 9.7 s one after another).
 */
const PARALLEL_SOURCES = 2

/** What to build, as the command line gives it. */
export interface BuildOptions {
  /** Source files to build (folders already replaced by their files). */
  sources: string[]
  /** Output folder; each source goes to `outDir/<name>/`. */
  outDir: string
  /** Print only problems. */
  quiet?: boolean
}

/**
 * Build each source into its pack and write the site index, sharing one browser; print progress
 * and one line per problem.
 * @param options what to build and where
 * @returns the exit code (one of `EXIT`)
 */
export async function runBuild(options: BuildOptions): Promise<number> {
  // A bad SOURCE_DATE_EPOCH is a usage mistake, found before any work.
  sourceDateEpoch()
  const plan = planSources(options.sources)
  const sources = plan.build
  await checkOutputFolder(options.outDir, [...sources, ...options.sources], sources.map(sourceName))
  for (const line of plan.lines) process.stderr.write(`${cleanText(line, true)}\n`)
  let exitCode: number = plan.failed ? EXIT.sourceErrors : EXIT.ok
  const progress = createProgress(process.stdout, Boolean(options.quiet))
  const session = new BrowserSession()
  stopOnSignals(session)
  // Chromium starts first; the pipeline's modules load while it does.
  session.warm()
  // The language model loads while Chromium starts, not after the pipeline's modules.
  const nlp = import('../structure/nlp.js').then((module) => module.loadNlp())
  const [{buildPack}, {writeSite}] = await Promise.all([import('../pipeline.js'), import('../site/write-site.js'), nlp])
  debug('pipeline loaded')
  const failed = new Set<string>(plan.refused)
  let finished = false
  try {
    const buildOne = async (source: string) => {
      const started = performance.now()
      const name = sourceName(source)
      let result
      try {
        result = await buildPack(source, {outDir: options.outDir, session, onStep: (step, ms) => progress.step(name, step, ms)})
      } catch (error) {
        // Stopping by a signal: the browser was closed under this build on purpose; say nothing more.
        if (isStopping()) return
        const failure = asRenderFailure(asEnvironmentFailure(error, source), session, source)
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
      // Stopping on a signal: a build cut short returned quietly, but no index is written now
      // (its temporary file would race the clean-up before the exit).
      if (finished && !isStopping()) {
        const listed = await writeSite(options.outDir, failed)
        progress.site(path.join(options.outDir, 'index.html'), listed.length)
      }
    } finally {
      await closing
    }
  }
  return exitCode
}
