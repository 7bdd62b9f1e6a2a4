import {existsSync} from 'node:fs'
import path from 'node:path'
import createDebug from 'debug'
import {asRenderFailure, BrowserSession} from '../browser.js'
import {asEnvironmentFailure, BuildError, EXIT, isStopping, unexpectedLine} from '../errors.js'
import {cleanText, formatMessages} from '../format-messages.js'
import {inParallel, packsAtOnce} from '../in-parallel.js'
import {createProgress} from '../progress.js'
import {nameProblem, sourceName} from '../source-name.js'
import {stopOnSignals} from '../stop-on-signals.js'
import {checkOutputFolder, FOLDERS_AT_ONCE, packJsonReads, type ReadPackJson} from '../output-folder.js'
import {planSources} from '../plan-sources.js'
import {cleanOutputFolder, removeGonePacks} from '../site/tidy-output.js'
import {sourcesOfShard, type Shard} from './shard.js'
import {loadSettings, needsBrowser, OUTPUT_NAMES, parseOnly, type ProjectSettings} from '../config/settings.js'
import {findBrand} from '../config/brand.js'
import {checkRunInputs, holdRunInputs, setRunInputs} from '../pack-inputs.js'
import {sourceDateEpoch} from '../build-date.js'
import {noMoreOfficeFiles, retireOfficeWritersWhenIdle} from '../office-worker.js'
import {collectAtNextPrint, collectAtPrints} from '../collect-garbage.js'

const debug = createDebug('briefing-pack:build')

/** What to build, as the command line gives it. */
export interface BuildOptions {
  /** Source files to build (folders already replaced by their files). */
  sources: string[]
  /** Output folder; each source goes to `outDir/<name>/`. */
  outDir: string
  /** Print only problems. */
  quiet?: boolean
  /**
   * The sources are whole folders (none named one by one): packs whose source is no longer there
   * are removed from the output folder (only folders briefing-pack wrote).
   */
  wholeFolders?: boolean
  /** Remove everything briefing-pack wrote in the output folder first (`--clean`). */
  clean?: boolean
  /** Build only this share of the sources, and write no site index (`--shard i/n`). */
  shard?: Shard
  /** `--config FILE`: the project's settings file (default: `briefing-pack.yml` when there is one). */
  config?: string
  /** `--only a,b`: the outputs to build, over the config's `outputs`. */
  only?: string
  /** `--brand FILE`; without it `_brand.yml` in the working folder, when there is one. */
  brand?: string
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
  // What every pack of the run is made from (the tool, the configuration) is fingerprinted once.
  const release = holdRunInputs()
  try {
    return await buildSources(options)
  } finally {
    release()
  }
}

/** `runBuild`'s work, while the run's inputs are held. */
async function buildSources(options: BuildOptions): Promise<number> {
  // A bad SOURCE_DATE_EPOCH is a usage mistake, found before any work.
  sourceDateEpoch()
  // Settings first: a bad --only or config file ends the run before anything is read or written.
  const only = options.only === undefined ? undefined : parseOnly(options.only)
  const settings: ProjectSettings = {...(await loadSettings({config: options.config})), ...(only ? {only} : {})}
  // A bad brand is one line and exit 1 before a browser starts or anything is written.
  const brand = await findBrand(options.brand)
  setRunInputs({files: [options.config, options.brand].filter((file): file is string => Boolean(file)), extra: JSON.stringify({only: settings.only})})
  // A file the config names that is too large to hash is one line before any work.
  await checkRunInputs()
  const plan = planSources(sourcesOfShard(options.sources, options.shard))
  const sources = plan.build
  // Each pack's pack.json is read once for the checks below and the site (those built are read again).
  let packJson = packJsonReads()
  await checkOutputFolder(options.outDir, [...sources, ...options.sources], sources.map(sourceName), packJson.read)
  debug('output folder checked')
  const say = (line: string) => options.quiet || process.stdout.write(`${cleanText(line, true)}\n`)
  if (options.clean) {
    const removed = await cleanOutputFolder(options.outDir)
    packJson = packJsonReads()
    say(`${options.outDir}: --clean removed ${removed} ${removed === 1 ? 'pack' : 'packs'} and the site files`)
  }
  for (const line of plan.lines) process.stderr.write(`${cleanText(line, true)}\n`)
  let exitCode: number = plan.failed ? EXIT.sourceErrors : EXIT.ok
  const progress = createProgress(process.stdout, Boolean(options.quiet))
  const session = new BrowserSession()
  stopOnSignals(session)
  // Chromium starts first, when the outputs need it and every pack is to be built; the pipeline's modules load while it does.
  const browserNeeded = needsBrowser(settings.only ?? settings.outputs ?? OUTPUT_NAMES)
  if (browserNeeded && (options.force || sources.every((source) => !existsSync(path.join(options.outDir, sourceName(source)))))) session.warm()
  // Otherwise the packs made from what they would be made from now are left as they are.
  // Among packs already built, Chromium starts at the first source found out of date, while the others are checked.
  const outdated = options.force
    ? sources
    : await sourcesToBuild(sources, options.outDir, packJson.read, (source, folder) => progress.upToDate(source, path.relative(process.cwd(), folder) || '.'), () => browserNeeded && session.warm())
  for (const source of outdated) packJson.forget(path.join(options.outDir, sourceName(source)))
  debug('%d of %d sources to build', outdated.length, sources.length)
  if (browserNeeded && outdated.length > 0) session.warm()
  // The language model loads while Chromium starts, not after the pipeline's modules (this promise
  // does not hold the model: it is let go once every pack has made its slides, see `doneWithModel`).
  const nlp = outdated.length > 0 ? import('../structure/nlp.js').then((module) => module.loadNlp().then(() => undefined)) : undefined
  // Nothing to build: neither the pipeline (Marp, Puppeteer…) nor the browser is loaded.
  const pipeline = outdated.length > 0 ? import('../pipeline.js') : undefined
  // A build writes its Office files well before its PDFs are done: their thread ends when idle.
  retireOfficeWritersWhenIdle()
  const [{writeSite, markStale, readPacks}] = await Promise.all([import('../site/write-site.js'), pipeline, nlp])
  debug('pipeline loaded')
  const failed = new Set<string>(plan.refused)
  let finished = false
  // The browser is ended as soon as no pack needs it any more: while the last PDFs are finished and
  // the packs and the site index written, not after. It is killed, not closed: its profile is
  // thrown away, and a graceful close took 0.1–0.5 s of both cores (README, Speed).
  let closing: Promise<void> | undefined
  let printing = outdated.length
  const closeWhenPrinted = () => {
    if (--printing === 0) closing ??= session.close({kill: true})
  }
  // A page that has printed is kept for the next print only while one may still take it: once the
  // prints left are all under way (the last pack's second page, in a one-source build), an idle page
  // is closed and its renderer's memory given back while the other page prints (docs/speed.md).
  let printsLeft = 2 * outdated.length
  // (With none left, the browser is ended instead.)
  const pagePrinted = () => void (--printsLeft > 0 && session.printsLeft(printsLeft))
  // The language model reads a pack's text up to its slides (the slide stage's step ends after
  // them): once every pack is past that, its ~12 MiB are let go while Chromium prints, and the
  // garbage is collected while the browser lays the next deck out (and at every eighth deck before:
  // README, Speed: memory).
  let readingPacks = outdated.length
  // Each pack has handed the Office thread both of its files by then too (the PPTX before Marp's
  // render, the DOCX right after it): the thread ends once it has written them.
  collectAtPrints()
  const doneWithModel = () => {
    if (--readingPacks > 0) return
    void import('../structure/nlp.js').then((module) => module.releaseNlp())
    collectAtNextPrint()
    noMoreOfficeFiles()
  }
  try {
    const buildOne = async (source: string) => {
      const started = performance.now()
      const name = sourceName(source)
      let result
      let printed = false
      const onPrinted = () => {
        if (printed) return
        printed = true
        closeWhenPrinted()
      }
      // Both of its prints counted as done by the end, for a pack that failed or stopped before them too.
      let pagesPrinted = 0
      const onPagePrinted = () => void (pagesPrinted < 2 && (pagesPrinted++, pagePrinted()))
      let read = false
      const onRead = () => {
        if (read) return
        read = true
        doneWithModel()
      }
      try {
        const {buildPack} = await pipeline!
        result = await buildPack(source, {outDir: options.outDir, session, settings, brand, onStep: (step, ms) => {
            if (step === 'slides') onRead()
            progress.step(name, step, ms)
          }, onPrinted, onPagePrinted})
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
        if (session.lost) await session.close({kill: true})
        return
      } finally {
        onRead()
        while (pagesPrinted < 2) onPagePrinted()
        onPrinted()
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
    debug('packs built')
    finished = true
  } finally {
    // The browser ends while the site index is written (if it was not ended already), on an error too.
    closing ??= session.close({kill: true})
    try {
      // Stopping on a signal: a build cut short returned quietly, but no index is written now
      // (its temporary file would race the clean-up before the exit).
      if (finished && !isStopping() && options.shard) {
        // One share of many: its failed packs are marked, the site is written once all are gathered.
        await markStale(options.outDir, await readPacks(options.outDir, packJson.read), failed, brand)
        say(`shard ${options.shard.index}/${options.shard.count}: ${sources.length} of ${options.sources.length} sources; no site index (run \`briefing-pack site --out ${options.outDir}\` once every shard is in one folder)`)
      } else if (finished && !isStopping()) {
        if (options.wholeFolders) {
          // A pack is kept while any source gives its name, even one that failed or was skipped.
          const keep = new Set(options.sources.filter((source) => !nameProblem(source)).map(sourceName))
          for (const name of await removeGonePacks(options.outDir, keep, packJson.read)) say(`${path.join(options.outDir, name)}/: removed, its source is gone`)
        }
        const listed = await writeSite(options.outDir, failed, brand, packJson.read)
        debug('site written')
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
 * Sources are checked a few at a time (`FOLDERS_AT_ONCE`): all at once, 200 sources held 200 files
 * open and their texts in memory together.
 * @param sources the sources of the run
 * @param outDir the output folder
 * @param read how a pack's `pack.json` is read
 * @param onUpToDate called, in order, for each source whose pack is up to date
 * @param onOutdated called as soon as a source is found to need building (before the others are checked)
 * @returns the sources to build, in order
 */
async function sourcesToBuild(sources: string[], outDir: string, read: ReadPackJson, onUpToDate: (source: string, folder: string) => void, onOutdated: () => void): Promise<string[]> {
  const [{readSource}, {isUpToDate, packInputs}] = await Promise.all([import('../structure/read-source.js'), import('../pack-inputs.js')])
  const current: boolean[] = []
  await inParallel([...sources.keys()], FOLDERS_AT_ONCE, async (i) => {
    const folder = path.join(outDir, sourceName(sources[i]))
    // No pack.json: nothing to compare, the source is not read now.
    const file = (await read(folder)) === undefined ? undefined : await readSource(sources[i])
    current[i] = file !== undefined && file.messages.length === 0 && (await isUpToDate(folder, await packInputs(file), read))
    if (!current[i]) onOutdated()
  })
  sources.forEach((source, i) => current[i] && onUpToDate(source, path.join(outDir, sourceName(source))))
  return sources.filter((_, i) => !current[i])
}
