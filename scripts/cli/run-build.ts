import {existsSync} from 'node:fs'
import path from 'node:path'
import createDebug from 'debug'
import {asRenderFailure, BrowserSession} from '../browser.js'
import {BuildError, EXIT, isStopping, unexpectedLine} from '../errors.js'
import {cleanText, formatMessages} from '../format-messages.js'
import {inParallel, packsAtOnce} from '../in-parallel.js'
import {createProgress} from '../progress.js'
import {sourceName} from '../source-name.js'
import {stopOnSignals} from '../stop-on-signals.js'
import {checkOutputFolder} from '../output-folder.js'
import {planSources} from '../plan-sources.js'

const debug = createDebug('briefing-pack:build')

/** What to build, as the command line gives it. */
export interface BuildOptions {
  /** Source files to build (folders already replaced by their files). */
  sources: string[]
  /** Output folder; each source goes to `outDir/<name>/`. */
  outDir: string
  /** Print only problems. */
  quiet?: boolean
  /** Build every source, even those whose pack is up to date. */
  force?: boolean
}

/**
 * Build each source into its pack and write the site index, sharing one browser; print progress
 * and one line per problem.
 * @param options what to build and where
 * @returns the exit code (one of `EXIT`)
 */
export async function runBuild(options: BuildOptions): Promise<number> {
  const plan = planSources(options.sources)
  const sources = plan.build
  await checkOutputFolder(options.outDir, [...sources, ...options.sources], sources.map(sourceName))
  for (const line of plan.lines) process.stderr.write(`${cleanText(line, true)}\n`)
  let exitCode: number = plan.failed ? EXIT.sourceErrors : EXIT.ok
  const progress = createProgress(process.stdout, Boolean(options.quiet))
  const session = new BrowserSession()
  stopOnSignals(session)
  // Chromium starts first, when every pack is to be built; the pipeline's modules load while it does.
  if (options.force || sources.every((source) => !existsSync(path.join(options.outDir, sourceName(source))))) session.warm()
  // Otherwise the packs made from what they would be made from now are left as they are.
  const outdated = options.force ? sources : await sourcesToBuild(sources, options.outDir, (source, folder) => progress.upToDate(source, path.relative(process.cwd(), folder) || '.'))
  if (outdated.length > 0) session.warm()
  // The language model loads while Chromium starts, not after the pipeline's modules.
  const nlp = outdated.length > 0 ? import('../structure/nlp.js').then((module) => module.loadNlp()) : undefined
  // Nothing to build: neither the pipeline (Marp, Puppeteer…) nor the browser is loaded.
  const pipeline = outdated.length > 0 ? import('../pipeline.js') : undefined
  const [{writeSite}] = await Promise.all([import('../site/write-site.js'), pipeline, nlp])
  debug('pipeline loaded')
  const failed = new Set<string>(plan.refused)
  let finished = false
  try {
    const buildOne = async (source: string) => {
      const started = performance.now()
      const name = sourceName(source)
      let result
      try {
        const {buildPack} = await pipeline!
        result = await buildPack(source, {outDir: options.outDir, session, onStep: (step, ms) => progress.step(name, step, ms)})
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
    await inParallel(outdated, packsAtOnce(), buildOne)
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

/**
 * The sources whose pack is missing or was made from something else (another text, configuration,
 * theme or version of the tool); a source that cannot be read is built, to report its problem.
 * @param sources the sources of the run
 * @param outDir the output folder
 * @param onUpToDate called, in order, for each source whose pack is up to date
 * @returns the sources to build, in order
 */
async function sourcesToBuild(sources: string[], outDir: string, onUpToDate: (source: string, folder: string) => void): Promise<string[]> {
  const [{readSource}, {isUpToDate, packInputs}] = await Promise.all([import('../structure/read-source.js'), import('../pack-inputs.js')])
  const current = await Promise.all(
    sources.map(async (source) => {
      const folder = path.join(outDir, sourceName(source))
      if (!existsSync(folder)) return false
      const file = await readSource(source)
      return file.messages.length === 0 && (await isUpToDate(folder, await packInputs(file)))
    }),
  )
  sources.forEach((source, i) => current[i] && onUpToDate(source, path.join(outDir, sourceName(source))))
  return sources.filter((_, i) => !current[i])
}
