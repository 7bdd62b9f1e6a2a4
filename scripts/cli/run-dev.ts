import {sourceDateEpoch} from '../build-date.js'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {BrowserSession, keepPagesWarm, swapWornPages} from '../browser.js'
import {BuildError, EXIT} from '../errors.js'
import {cleanText, formatMessages} from '../format-messages.js'
import {isLoopback} from '../dev/server.js'
import {checkOutputFolder} from '../output-folder.js'
import {planSources} from '../plan-sources.js'
import {CONFIG_FILE, loadSettings} from '../config/settings.js'
import {BRAND_FILE, findBrand} from '../config/brand.js'
import {checkRunInputs, setRunInputs, toolChanged, watchingTool} from '../pack-inputs.js'
import {PROJECT_ROOT} from '../project-root.js'
import {nameProblem, sourceName} from '../source-name.js'
import {stopOnSignals} from '../stop-on-signals.js'
import createDebug from 'debug'

const debug = createDebug('briefing-pack:dev')

/** Exit code that asks `scripts/run.mjs` to rebuild the bundle and start watch mode again. */
export const RESTART = 75

/** How to run watch mode, as the command line gives it. */
export interface DevOptions {
  /** Folder of the sources, as the user named it (default: `source`). */
  sourceDir?: string
  /** Output folder (default: `dist`). */
  outDir?: string
  /** First port to try; 0 takes any free port (default: 8040). */
  port?: number
  /** Address to listen on (default: `127.0.0.1`, this machine only); checked by `readHost`. */
  host?: string
  /** Print only problems. */
  quiet?: boolean
  /**
   * Exit with `RESTART` when a TypeScript file of the project changes, for `scripts/run.mjs` to
   * bundle the code again and start over; off for the installed command, which runs compiled code.
   */
  restartOnCodeChange?: boolean
  /** `--config FILE`: the project's settings file (default: `briefing-pack.yml` when there is one); read at start and again on every save of it. */
  config?: string
  /** `--brand FILE`; without it `_brand.yml` in the working folder, when there is one (read at start and again on every save of it). */
  brand?: string
}

/**
 * Build every source, serve the output folder with live reload and rebuild what changed on every
 * save, until stopped (Ctrl-C, SIGTERM) or, with `restartOnCodeChange`, until the code changes.
 * @param options the folders, the port and how much to print
 * @returns the exit code (one of `EXIT`, or `RESTART`)
 */
export async function runDev(options: DevOptions): Promise<number> {
  const args = {out: options.outDir, source: options.sourceDir, quiet: options.quiet}
  const outDir = args.out ?? 'dist'
  const sourceDir = path.resolve(args.source ?? 'source')
  const port = options.port ?? 8040
  // Checked before Chromium starts: a usage mistake never leaves a browser behind.
  sourceDateEpoch()
  if (!(await stat(sourceDir).then((info) => info.isDirectory(), () => false))) {
    throw new BuildError(`${args.source ?? 'source'}/: cannot find the source folder; create it or name another with --source`, EXIT.usage)
  }
  // The settings are read before Chromium starts: a bad file is one line and no browser. A save
  // of either file reads them again and rebuilds every pack (see `reloadSettings`).
  let settings = await loadSettings({config: options.config})
  let brand = await findBrand(options.brand)
  // As `build` does: the packs record the files named by --config/--brand, so a build with the same options finds them up to date.
  setRunInputs({files: [options.config, options.brand].filter((file): file is string => Boolean(file)), extra: JSON.stringify({only: settings.only})})
  // A file the config names that is too large to hash is one line before any work.
  await checkRunInputs()
  const configFiles = [path.resolve(options.config ?? CONFIG_FILE), path.resolve(options.brand ?? BRAND_FILE)]
  // The watcher below sees the theme files change: the tool's fingerprint is not checked against its files on every save.
  watchingTool()
  const log = (line: string) => args.quiet || process.stdout.write(`${cleanText(line, true)}\n`)
  // A save's two pages stay open across saves, and are swapped after a save, never on its path.
  keepPagesWarm()
  const session = new BrowserSession()
  // Ctrl-C or SIGTERM at any time, startup included: close the browser, exit 130/143.
  stopOnSignals(session)
  session.warm()
  try {
    return await serve(session)
  } finally {
    await session.close()
  }

  /** Build, serve and watch until stopped; returns the exit code. */
  async function serve(session: BrowserSession): Promise<number> {
  const [{buildPack}, {writeSite}, {removeGonePacks}, {replaceInPack}, {startDevServer}, {watchProject}, {readSource}, {isUpToDate, packInputs}, {rehearse}] = await Promise.all([
    import('../pipeline.js'),
    import('../site/write-site.js'),
    import('../site/tidy-output.js'),
    import('../write-pack.js'),
    import('../dev/server.js'),
    import('../dev/watch.js'),
    import('../structure/read-source.js'),
    import('../pack-inputs.js'),
    import('../dev/rehearse.js'),
  ])
  const failed = new Set<string>()
  let server: Awaited<ReturnType<typeof startDevServer>> | undefined
  // One rebuild at a time; changes that arrive meanwhile are gathered into the next one.
  const pending = new Set<string>()
  let everything = false
  let reread = false
  const saveWaiting = () => everything || reread || pending.size > 0
  let rehearsal: Promise<void> | undefined

  /**
   * Run the text stages twice more on the first source, off any save's path, so that the first
   * saves do not pay for V8 compiling and optimising them (they were ~100–250 ms slower; once was
   * not enough for Marp's render on the first save). Started as soon as the first build's deck is
   * out, while Chromium prints its PDFs (started after the build, it had not ended when a save
   * came 1 s later); a save that arrives meanwhile ends it at the next stage.
   */
  async function rehearseFirst(): Promise<void> {
    // The source folder may be gone by now: the rehearsal is only a warm-up, and must never stop the saves after it.
    const [first] = planSources(await allSources().catch(() => [])).build
    if (!first) return
    const started = performance.now()
    const ran: string[] = []
    for (let round = 0; round < 2 && !saveWaiting(); round++) ran.push((await rehearse(first, settings, brand, saveWaiting).catch(() => [])).join(' ') || 'nothing')
    debug('rehearsed %s (%s)%s in %d ms', sourceName(first), ran.join('; '), saveWaiting() ? ', cut short by a save,' : '', Math.round(performance.now() - started))
  }

  /** Build some sources; a bad edit prints its problems and leaves the last good outputs. */
  async function build(changed: string[]): Promise<void> {
    // Each pack name from one source only: `x.md` beside `x.txt` wins, other clashes are refused.
    const plan = planSources(await allSources())
    for (const line of plan.lines) process.stderr.write(`${cleanText(line, true)}\n`)
    for (const name of plan.refused) failed.add(name)
    const sources = changed.filter((source) => plan.build.includes(source))
    for (const source of sources) {
      const started = performance.now()
      const name = sourceName(source)
      // A save that changed nothing the pack is made from (same text, settings, theme) rebuilds nothing.
      if (await upToDate(source, name)) {
        failed.delete(name)
        log(`${path.relative(process.cwd(), source)} -> ${path.relative(process.cwd(), path.join(outDir, name))}/ up to date`)
        continue
      }
      const result = await buildPack(source, {
        outDir,
        session,
        settings,
        brand,
        onStep: (step, ms) => debug('%s %s %d ms (at %d ms)', name, step, Math.round(ms), Math.round(performance.now() - started)),
        onEarlyFile: async (pack, file) => {
          await replaceInPack(outDir, pack, file)
          debug('%s early %s at %d ms', pack, file.path, Math.round(performance.now() - started))
          server?.reload()
          // The first build's deck is out and its prints are Chromium's work now: rehearse beside them.
          rehearsal ??= rehearseFirst()
        },
      })
      for (const line of formatMessages(result.file)) process.stderr.write(`${line}\n`)
      if (result.folder) {
        failed.delete(name)
        log(`${path.relative(process.cwd(), source)} -> ${path.relative(process.cwd(), result.folder)}/ in ${Math.round(performance.now() - started)} ms`)
      } else {
        failed.add(name)
        log(`${path.relative(process.cwd(), source)}: not rebuilt; the last good outputs stay`)
      }
    }
    // The source folder is watched whole: a pack whose source was deleted or renamed goes, as in a build.
    const keep = new Set((await allSources()).filter((source) => !nameProblem(source)).map(sourceName))
    for (const name of await removeGonePacks(outDir, keep)) log(`${path.join(outDir, name)}/: removed, its source is gone`)
    await writeSite(outDir, failed, brand)
    server?.reload()
  }

  /** Whether a source's pack was made from what it would be made from now (as `build` checks it). */
  async function upToDate(source: string, name: string): Promise<boolean> {
    const file = await readSource(source)
    return file.messages.length === 0 && (await isUpToDate(path.join(outDir, name), await packInputs(file)))
  }

  /**
   * Read the settings and brand files again after a save of one of them; on success every pack is
   * rebuilt with them, on a mistake its one line is printed and the last good settings and outputs stay.
   * @returns whether they were read
   */
  async function reloadSettings(): Promise<boolean> {
    try {
      const [nextSettings, nextBrand] = await Promise.all([loadSettings({config: options.config}), findBrand(options.brand)])
      settings = nextSettings
      brand = nextBrand
      return true
    } catch (error) {
      process.stderr.write(`briefing-pack: ${cleanText((error as Error).message, true)}; the last good settings and outputs stay\n`)
      return false
    }
  }

  const allSources = async () => (await readdir(sourceDir)).filter((n) => /\.(txt|md)$/i.test(n) && !n.startsWith('.')).sort().map((n) => path.join(sourceDir, n))

  await checkOutputFolder(outDir, await allSources(), planSources(await allSources()).build.map(sourceName))
  await build(await allSources())
  const host = options.host ?? '127.0.0.1'
  server = await startDevServer(path.resolve(outDir), port, host)
  if (port !== 0 && server.port !== port) log(`Port ${port} is in use: using ${server.port} instead.`)
  if (!isLoopback(host)) process.stderr.write(`briefing-pack: listening on ${host}: anyone who can reach this machine on port ${server.port} can read ${outDir}/\n`)

  // Saves wait for the rehearsal, which ends at its next stage once one is waiting (it held the
  // first save up to 2 s under load before, measured); started here when the first build showed no deck.
  let running: Promise<void> = (rehearsal ??= rehearseFirst())
  // The page swap after a save (`swapWornPages`), awaited before the browser closes.
  let swapping: Promise<void> = Promise.resolve()
  const schedule = () => {
    running = running.then(async () => {
      if (reread) {
        reread = false
        // A file with a mistake rebuilds nothing more than the sources saved meanwhile.
        if (await reloadSettings()) everything = true
      }
      if (!everything && pending.size === 0) return
      const sources = everything ? await allSources() : [...pending]
      everything = false
      pending.clear()
      await build(sources).catch((error: unknown) => process.stderr.write(`briefing-pack: ${cleanText((error as Error).message, true)}\n`))
      if (!session.lost) swapping = session.browser().then(swapWornPages, () => undefined)
    })
  }

  return new Promise<number>((resolve) => {
    let stopping = false
    const stop = async (code: number) => {
      if (stopping) return
      stopping = true
      unwatch()
      await running.catch(() => undefined)
      await swapping.catch(() => undefined)
      await server?.close()
      await session.close()
      resolve(code)
    }
    const unwatch = watchProject(PROJECT_ROOT, sourceDir, (change) => {
      debug('change %s %s', change.kind, change.file)
      // The installed command runs compiled code: a TypeScript file changing there is no news.
      if (change.kind === 'code' && !options.restartOnCodeChange) return
      if (change.kind === 'code') {
        log(`${path.relative(PROJECT_ROOT, change.file)} changed: restarting watch mode`)
        void stop(RESTART)
        return
      }
      if (change.kind === 'look') {
        toolChanged()
        everything = true
      }
      else if (change.kind === 'config') reread = true
      else pending.add(change.file)
      schedule()
    }, undefined, configFiles)
    // Said once the watchers run: a save from now on is seen.
    log(`Serving ${outDir}/ at ${server!.url} (live reload); watching source/, slides/, brief/ and the settings files. Ctrl-C to stop.`)
  })
}
}
