import {spawn, type ChildProcess} from 'node:child_process'
import type {Readable, Writable} from 'node:stream'
import {accessSync, constants, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statfsSync} from 'node:fs'
import {rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import createDebug from 'debug'
import type {Browser, Page} from 'puppeteer-core'
import {BuildError, EXIT} from './errors.js'
import {findBrowser, NO_BROWSER_HINT} from './find-browser.js'
import {MALLOC_SETTINGS} from './node-flags.js'
import {withinBudget} from './render-budget.js'

export {findBrowser, NO_BROWSER_HINT} from './find-browser.js'

const debug = createDebug('briefing-pack:browser')

/**
 * Puppeteer's own limit for one call, only a last resort: each stage has its own time, which
 * grows with the readout (`renderBudgetMs`) and fails with our own line first.
 */
const PROTOCOL_TIMEOUT_MS = 20 * 60_000

/**
 * Flags that lower Chromium's memory and change nothing it prints, each measured on the seed (PSS
 * of the whole process tree, sampled per process, headless shell): the network service runs in
 * the browser process rather than in a process of its own (~25 MiB for that process, ~20 MiB less
 * in all; every page's requests are still intercepted and refused, see the safety tests); no
 * software rasteriser (SwiftShader) in the GPU process, which `--disable-gpu` still starts for
 * compositing: with it the GPU process peaks at 41–46 MiB, without it at 29–31, ~15 MiB less in
 * all (3 alternating pairs; the PDFs' text and pages and the thumbnails are the same bytes: pages
 * are rasterised by the renderers' CPU raster either way). The GPU process's compositing runs in
 * the browser process (`--in-process-gpu`), and no second, unsandboxed zygote is started
 * (`--no-unsandboxed-zygote`: it is there only to fork the GPU process and unsandboxed utility
 * processes, which would now be started directly): the tree is the browser, one zygote and the
 * renderers, and its peak −7 to −23 MiB median paired (three series of 10–12 alternating pairs at
 * load 9–22, 31 of 32 pairs lower; every output the same bytes, wall time no longer; docs/speed.md;
 * `--in-process-gpu` alone had shown no clear gain: the unsandboxed zygote stayed). Tried and not kept, for want of a
 * clear gain on a busy 2-core machine: `--disable-gpu-compositing`
 * (no change), `--renderer-process-limit=1` (~8–15 MiB less, but the brief and the deck then lay
 * out on one renderer's thread, one after the other), `--no-zygote` (~12 MiB more),
 * `--js-flags=--max-semi-space-size=1` for the renderers (no change), `--single-process
 * --no-zygote` (~41 MiB less, but not a supported mode: the brief's thumbnail changes where a
 * fallback font draws, both pages lay out on one thread, and the renderer runs unsandboxed).
 */
export const LOW_MEMORY_ARGS = ['--enable-features=NetworkServiceInProcess2', '--disable-software-rasterizer', '--in-process-gpu', '--no-unsandboxed-zygote']

/**
 * Chromium flags, as Puppeteer would pass them, plus quiet ones: no background network, no sandbox as root.
 * @param shell whether the executable is Chromium's headless shell (which has only the old headless mode)
 * @returns the flags
 */
export function browserArgs(shell = false): string[] {
  const args = [
    shell ? '--headless' : '--headless=new',
    '--allow-pre-commit-input',
    '--disable-background-networking',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-breakpad',
    '--disable-client-side-phishing-detection',
    '--disable-component-extensions-with-background-pages',
    '--disable-component-update',
    '--disable-crash-reporter',
    '--disable-default-apps',
    '--disable-dev-shm-usage',
    '--disable-extensions',
    '--disable-gpu',
    '--disable-hang-monitor',
    '--disable-ipc-flooding-protection',
    '--disable-popup-blocking',
    '--disable-prompt-on-repost',
    '--disable-renderer-backgrounding',
    '--disable-search-engine-choice-screen',
    '--disable-sync',
    '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
    '--enable-automation',
    ...LOW_MEMORY_ARGS,
    '--export-tagged-pdf',
    '--font-render-hinting=none',
    '--force-color-profile=srgb',
    '--generate-pdf-document-outline',
    '--hide-scrollbars',
    '--metrics-recording-only',
    '--mute-audio',
    '--no-default-browser-check',
    '--no-first-run',
    '--password-store=basic',
    '--use-mock-keychain',
  ]
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return args
}

/** The browser started, then stopped before Puppeteer was connected to it. */
export class BrowserLostError extends Error {}

/** A running browser: the connection, its process and its throw-away profile folder. */
export interface LaunchedBrowser {
  browser: Browser
  process: ChildProcess
  profile: string
}

/**
 * Launch the browser the whole run shares. Chromium is started directly, talking over
 * `--remote-debugging-pipe` (no port to read from its output, no HTTP and WebSocket handshake), and
 * Puppeteer's first command is written to the pipe as soon as Puppeteer is loaded: Chromium reads
 * it once it is up, so the (slow) start of Chromium overlaps with loading Puppeteer and the pipeline.
 * @param timeoutMs how long Chromium may take to start
 * @returns the running browser
 */
export async function launchBrowser(timeoutMs = 30_000): Promise<LaunchedBrowser> {
  const {path: executablePath, shell} = findBrowser()
  debug('launching %s', executablePath)
  // Made synchronously, so that Chromium is spawned within this call: an `await` here would let the
  // caller go on with the (synchronous) loading of the pipeline and the language model, and
  // Chromium would start only after them (~0.3–1.5 s later, measured).
  const temporary = profileRoot()
  const profile = mkdtempSync(path.join(temporary, 'briefing-pack-chromium-'))
  roomForProfile(profile)
  // A process group of its own: closing waits for every process of it (renderers, zygote), and a
  // Ctrl-C in the terminal reaches only this process, which then closes the browser in order.
  const detached = process.platform !== 'win32'
  const child = spawn(executablePath, [...browserArgs(shell), `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached, env: chromiumEnvironment(process.env, temporary)})
  if (detached && child.pid) killGroupOnExit(child.pid)
  // Chromium killed with commands still unread in its pipe makes reading our end fail (ECONNRESET)
  // after Puppeteer has let the pipe go: without a listener that ended the build (2 runs of 8 at load ~12).
  for (const stream of child.stdio) stream?.on('error', (error) => debug('Chromium pipe: %s', error.message))
  const lastLine = lastLineOf(child)
  const loading = import('./puppeteer-connect.js')
  let listening = false
  try {
    const {connectBrowser, pipeTransport} = await loading
    debug('puppeteer loaded')
    const [toBrowser, fromBrowser] = [child.stdio[3] as Writable, child.stdio[4] as Readable]
    const transport = pipeTransport(toBrowser, fromBrowser)
    // Chromium writes to the pipe only to answer: its first answer says it is up.
    fromBrowser.once('data', () => {
      listening = true
      debug('listening')
    })
    // Puppeteer's connect waits for the browser's first targets, and that wait is never settled
    // when Chromium dies meanwhile: its exit ends the wait.
    const browser = await Promise.race([connectBrowser({transport, protocolTimeout: PROTOCOL_TIMEOUT_MS, defaultViewport: null}), exitOf(child, lastLine), noAnswerWithin(timeoutMs, () => listening)])
    // If Chromium dies, fail every pending call now.
    child.once('exit', () => void browser.disconnect().catch(() => undefined))
    debug('launched')
    return {browser, process: child, profile}
  } catch (error) {
    child.kill('SIGKILL')
    if (detached && child.pid) await endGroup(child.pid)
    await rm(profile, {recursive: true, force: true}).catch(() => undefined)
    const reason = error instanceof BuildError ? error.message : (error as Error).message.split('\n')[0]
    // A browser that started and then went away (killed, or it crashed while Puppeteer connected)
    // is usable: the source being rendered failed, and the next one starts another browser.
    if (listening || ['SIGKILL', 'SIGTERM', 'SIGINT'].includes(child.signalCode ?? '')) throw new BrowserLostError(`Connection closed: ${reason}`)
    throw new BuildError(`${executablePath} failed to start (${reason}); ${NO_BROWSER_HINT}`, EXIT.noBrowser)
  }
}

/** Free space the temporary folder needs for Chromium's profile and the PDFs it prints. */
export const PROFILE_ROOM_BYTES = 16 * 1024 * 1024

/** The shared-memory folder of Linux, a file system in memory (tmpfs) on most systems. */
export const SHARED_MEMORY_FOLDER = '/dev/shm'

/**
 * The environment Chromium is started with: this process's, without the glibc allocator settings
 * the installed command gives Node (`MALLOC_SETTINGS`; Chromium, with allocators of its own, was
 * slower with them and no smaller), and with `TMPDIR` set to where its profile is when that is not
 * the system's temporary folder.
 * @param environment this process's environment
 * @param temporary the folder of Chromium's profile (`profileRoot`)
 * @returns the environment for Chromium
 */
export function chromiumEnvironment(environment: NodeJS.ProcessEnv, temporary: string): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(environment).filter(([name]) => !(name in MALLOC_SETTINGS)))
  return temporary === tmpdir() ? kept : {...kept, TMPDIR: temporary}
}

/**
 * Where Chromium's throw-away profile (and its own temporary files: shared memory, the PDFs it
 * prints) goes: the shared-memory folder when it is a writable tmpfs with room and the user named
 * no temporary folder (TMPDIR), else the temporary folder. Chromium syncs its profile's files to
 * disk as it starts (~170 `fdatasync` calls, 1.5 s of them in all with the profile on this
 * machine's disk, 0.03 s on tmpfs, traced with strace), and its start is on a build's path.
 * @returns the folder
 */
export function profileRoot(): string {
  if (process.platform !== 'linux' || process.env.TMPDIR) return tmpdir()
  try {
    const stats = statfsSync(SHARED_MEMORY_FOLDER)
    accessSync(SHARED_MEMORY_FOLDER, constants.W_OK)
    // TMPFS_MAGIC; room for several builds' profiles at once.
    if (stats.type === 0x01021994 && stats.bavail * stats.bsize >= 8 * PROFILE_ROOM_BYTES) return SHARED_MEMORY_FOLDER
  } catch {}
  return tmpdir()
}

/**
 * Chromium keeps its profile and the PDFs it prints in the temporary folder. When that is all but
 * full it fails late and vaguely (`IO.read: Read failed`), so a full one is said now, as the
 * full disk it is (exit 5, with the hint to set TMPDIR), and the profile folder is removed.
 * @param profile the profile folder just made
 */
function roomForProfile(profile: string): void {
  let stats
  try {
    stats = statfsSync(profile)
  } catch {
    return
  }
  if (stats.bavail * stats.bsize >= PROFILE_ROOM_BYTES) return
  try {
    rmSync(profile, {recursive: true, force: true})
  } catch {}
  throw Object.assign(new Error(`ENOSPC: no space left on device, ${path.dirname(profile)}`), {code: 'ENOSPC', path: path.dirname(profile)})
}

/**
 * Rejects when the browser process exits (or has exited already), with the last line it printed.
 * @param child the browser process
 * @param lastLine the last line of its error output so far
 */
function exitOf(child: ChildProcess, lastLine: () => string): Promise<never> {
  return new Promise((_, reject) => {
    const exited = () => reject(new Error(`it exited (${child.signalCode ?? `code ${child.exitCode}`})${lastLine() ? `: ${lastLine()}` : ' while Puppeteer connected'}`))
    if (child.exitCode !== null || child.signalCode !== null) exited()
    else child.once('exit', exited)
  })
}

/**
 * Keep reading Chromium's error output (so that it never blocks on a full pipe), remembering its
 * last line for the message when it fails to start.
 * @param child the browser process
 * @returns the last non-empty line read so far
 */
function lastLineOf(child: ChildProcess): () => string {
  let tail = ''
  child.stderr?.on('data', (chunk: Buffer) => void (tail = `${tail}${chunk.toString()}`.slice(-2_000)))
  return () => tail.trim().split('\n').pop() ?? ''
}

/**
 * Rejects when Chromium has not answered within the time it may take to start; once it has
 * answered, the connection's own waits (and `whileConnected`) take over.
 * @param timeoutMs how long Chromium may take to start
 * @param answered whether Chromium has answered
 */
function noAnswerWithin(timeoutMs: number, answered: () => boolean): Promise<never> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => answered() || reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)
    timer.unref()
  })
}

/**
 * One browser for a whole run, launched on first use (or earlier with `warm`, so the launch
 * overlaps with the Markdown work) and closed by the owner in `finally`.
 */
export class BrowserSession {
  #launching: Promise<LaunchedBrowser> | undefined
  #lost = false

  /** Start launching now, without waiting. Errors surface on `browser()`. */
  warm(): void {
    if (this.#launching) return
    const launching = launchBrowser()
    this.#launching = launching
    this.#launching.then(
      // A browser this session closed (`close`, the build's early close) is not lost.
      ({browser}) => browser.once('disconnected', () => (this.#lost ||= this.#launching === launching)),
      (error) => void (error instanceof BrowserLostError && (this.#lost = true)),
    )
  }

  /** Whether a launched browser went away (crashed or was killed) before `close`. */
  get lost(): boolean {
    return this.#lost
  }

  /** The browser, launched once. */
  async browser(): Promise<Browser> {
    this.warm()
    return (await this.#launching!).browser
  }

  /**
   * A build's prints still to come, told after each print: idle pages beyond what they can use
   * are closed now (see `closeSparePages`). Nothing is launched for it.
   * @param printsLeft the prints (a deck's or a brief's page) not yet done in the whole run, those under way included
   */
  printsLeft(printsLeft: number): void {
    void this.#launching?.then(({browser}) => closeSparePages(browser, printsLeft), () => undefined)
  }

  /**
   * Close the browser if it was launched and remove its profile; never throws.
   * @param options `kill`: end it at once (see `killBrowser`) rather than ask it to close, for a
   *   run that needs nothing more of it (a build once every pack is printed, or one that failed);
   *   watch mode and a shared session close it gracefully
   */
  async close(options: {kill?: boolean} = {}): Promise<void> {
    const launching = this.#launching
    this.#launching = undefined
    this.#lost = false
    const launched = await launching?.catch(() => undefined)
    if (!launched) return
    if (options.kill && process.platform !== 'win32' && launched.process.pid) return killBrowser(launched)
    debug('closing')
    const exited = new Promise<void>((resolve) => {
      if (launched.process.exitCode !== null || launched.process.signalCode !== null) resolve()
      else launched.process.once('exit', () => resolve())
    })
    await Promise.race([launched.browser.close().catch(() => undefined), delay(5_000)])
    const killed = await Promise.race([exited.then(() => true), delay(3_000).then(() => false)])
    if (!killed) {
      launched.process.kill('SIGKILL')
      await exited
    }
    // The browser process exits before its renderers and zygote: wait for all of them.
    if (process.platform !== 'win32' && launched.process.pid) await endGroup(launched.process.pid)
    await rm(launched.profile, {recursive: true, force: true}).catch(() => undefined)
    debug('closed')
  }
}

/**
 * End a browser at once: SIGKILL to its whole process group (it was spawned in one of its own),
 * then wait for its main process's exit and for no live process of the group to be left, and
 * remove its profile. Its profile is a throw-away folder, so a graceful `Browser.close` (Chromium
 * saving its state and ending its renderers one by one: 0.2–0.5 s with chromium, ~0.1 s with the
 * headless shell, measured) buys nothing once every PDF and capture has been read.
 * @param launched the running browser
 */
async function killBrowser(launched: LaunchedBrowser): Promise<void> {
  debug('killing')
  const pid = launched.process.pid!
  const exited = new Promise<void>((resolve) => {
    if (launched.process.exitCode !== null || launched.process.signalCode !== null) resolve()
    else launched.process.once('exit', () => resolve())
  })
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group is gone already (or was never made): end the main process alone.
    launched.process.kill('SIGKILL')
  }
  // No process of the group runs another instruction: its profile is removed while the kernel ends
  // them (each took 0.1–0.6 s at load 14 with chromium), and again after, should a file have come late.
  const leftovers = [launched.profile, ...singletonFolder(launched.profile)]
  const removeAll = () => Promise.all(leftovers.map((folder) => rm(folder, {recursive: true, force: true}).catch(() => undefined)))
  const removing = removeAll()
  await exited
  await endGroup(pid)
  await removing
  await removeAll()
  debug('killed')
}

/**
 * The folder Chromium (not its headless shell) makes beside the profile for its single-instance
 * socket (`org.chromium.Chromium.XXXXXX`, named by the profile's `SingletonSocket` link) and
 * removes only when it closes gracefully.
 * @param profile the browser's profile folder
 * @returns that folder, when there is one in the same temporary folder as the profile
 */
function singletonFolder(profile: string): string[] {
  try {
    const folder = path.dirname(readlinkSync(path.join(profile, 'SingletonSocket')))
    return path.dirname(folder) === path.dirname(profile) ? [folder] : []
  } catch {
    return []
  }
}

/** Process groups of browsers still running: killed at once if this process exits without closing them. */
const liveGroups = new Set<number>()

function killGroupOnExit(group: number): void {
  if (liveGroups.size === 0) {
    process.on('exit', () => {
      for (const pgid of liveGroups) {
        try {
          process.kill(-pgid, 'SIGKILL')
        } catch {}
      }
    })
  }
  liveGroups.add(group)
}

/**
 * Wait until no live process of a browser's process group is left: up to 2 s for them to end by
 * themselves, then kill the group and wait again. Zombies (state Z) do not count: they hold
 * nothing, and a container's init may never reap them.
 * @param group the process group (the browser's pid)
 */
async function endGroup(group: number): Promise<void> {
  for (let waited = 0; groupAlive(group); waited += 20) {
    if (waited === 2_000) {
      try {
        process.kill(-group, 'SIGKILL')
      } catch {}
    }
    if (waited > 4_000) break
    // A timer that keeps the process alive (unlike `delay`): the command must not end before the browser has.
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  liveGroups.delete(group)
}

/** Whether a process group has a live (not zombie) member. Reads /proc on Linux, asks the kernel elsewhere. */
function groupAlive(group: number): boolean {
  if (process.platform !== 'linux') {
    try {
      process.kill(-group, 0)
      return true
    } catch {
      return false
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Fields after the command name: state, ppid, pgrp, …
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
      if (Number(fields[2]) === group && fields[0] !== 'Z') return true
    } catch {}
  }
  return false
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

/** Every request the page tried that left `file:`, `data:` or `about:`. */
export type BlockedRequests = string[]

/** A page kept open for reuse, where its blocked requests go while it is in use, and how often it was used. */
interface PooledPage {
  page: Page
  blocked: BlockedRequests
  uses: number
  /** Settles when the page is reset after its last use: true when it may serve again. */
  ready: Promise<boolean>
}

/**
 * The document a page kept for reuse still holds in watch mode (`setPageContent`): the key of its
 * kept part (`splitDocument`) and how many head elements it had once loaded.
 */
interface KeptDocument {
  key: string
  /** How many `<style>` elements its head had once loaded: those stay, and any added later (`addStyleTag`) go. */
  styles: number
}

/** Pages holding a kept document (watch mode only), with what they hold. */
const keptDocuments = new WeakMap<Page, KeptDocument>()

/** Idle pages of each browser: opening one costs ~80 ms, and watch mode opens two per save. */
const idlePages = new WeakMap<Browser, PooledPage[]>()

/** Uses of each browser's pages under way (`withOfflinePage`), each holding a page or taking one. */
const usesUnderWay = new WeakMap<Browser, number>()

/**
 * Close the idle pages no print still to come can use: the prints left less those under way (each
 * holds its page already) are the most that may yet take an idle page. Each page is a renderer
 * process of its own, and a kept one keeps the memory its last document grew it to (~60 MiB for
 * the seed's deck or brief) until it ends: a one-source build's first page to finish printing sat
 * idle while the other one printed and was captured, where the build's memory peaks (docs/speed.md).
 * @param browser the shared browser
 * @param printsLeft the prints of the run not yet done, those under way included
 * @returns how many pages were closed
 */
export function closeSparePages(browser: Browser, printsLeft: number): number {
  const idle = idlePages.get(browser) ?? []
  const usable = Math.max(0, printsLeft - (usesUnderWay.get(browser) ?? 0))
  const spare = idle.splice(0, Math.max(0, idle.length - usable))
  // A page whose reset is under way closes at once: the reset fails and is let go (`resetForReuse`).
  for (const pooled of spare) void pooled.page.close().catch(() => undefined)
  if (spare.length) debug('closed %d spare %s, %d %s left', spare.length, spare.length === 1 ? 'page' : 'pages', printsLeft, printsLeft === 1 ? 'print' : 'prints')
  return spare.length
}

/**
 * How many uses a page serves before it is closed rather than kept: each page has a renderer
 * process of its own whose memory grows as it is used (caches, its heap) and is given back only
 * when it ends. Measured over 45 readouts, 3 at once: pages kept for the whole run took the
 * renderers from 335 to 406 MiB. A new page costs ~80 ms, once every so many packs.
 */
export const PAGE_USES = 6

/** Idle pages kept per browser: a build of one pack at a time uses two (deck and brief) at once. */
export const IDLE_PAGES = 2

/**
 * How many uses a page serves in watch mode (`keepPagesWarm`) before it is swapped for a new one:
 * a save uses each of its two pages once, and the same text laid out again grows a renderer's
 * memory far less than a run of different packs does.
 */
export const WATCH_PAGE_USES = 100

/** The uses a page serves; `PAGE_USES`, or what `keepPagesWarm` set. */
let pageUses = PAGE_USES
/** Whether a worn page keeps serving until `swapWornPages` replaces it (watch mode), rather than being closed after its last use. */
let swapLater = false

/**
 * Watch mode: a page serves `uses` uses, and one that has served them is not closed after its use
 * (a new page then costs the next save ~80–250 ms, measured) but kept until `swapWornPages`, called
 * once a save is written, opens its replacement.
 * @param uses how many uses a page serves (default `WATCH_PAGE_USES`)
 */
export function keepPagesWarm(uses = WATCH_PAGE_USES): void {
  pageUses = uses
  swapLater = true
  keepDocuments = true
}

/** Swaps under way, per browser: one at a time. */
const swapping = new WeakMap<Browser, Promise<void>>()

/**
 * Off a save's path (after it is written): replace each idle page that has served its uses with a
 * new one, and open new pages up to `IDLE_PAGES` where one was closed (after a failed use), so that
 * the next save finds its pages open. A page a save took meanwhile is left to it.
 * @param browser the shared browser
 */
export function swapWornPages(browser: Browser): Promise<void> {
  const under = swapping.get(browser)
  if (under) return under
  const swap = (async () => {
    const idle = idlePages.get(browser) ?? []
    idlePages.set(browser, idle)
    for (const worn of idle.filter((pooled) => pooled.uses >= pageUses)) {
      if (!browser.connected) return
      const fresh = await whileConnected(browser, openOfflinePage(browser)).catch(() => undefined)
      if (!fresh) return
      const at = idle.indexOf(worn)
      if (at !== -1) {
        idle[at] = fresh
        debug('swapped a page after %d uses', worn.uses)
        void worn.ready.then(() => worn.page.close()).catch(() => undefined)
      } else if (idle.length < IDLE_PAGES) idle.push(fresh)
      else void fresh.page.close().catch(() => undefined)
    }
    while (browser.connected && idle.length < IDLE_PAGES) {
      const fresh = await whileConnected(browser, openOfflinePage(browser)).catch(() => undefined)
      if (!fresh) return
      debug('opened a spare page')
      idle.push(fresh)
    }
  })().finally(() => swapping.delete(browser))
  swapping.set(browser, swap)
  return swap
}

/** Browsers whose first tab was already taken (or looked for) by `firstTab`. */
const firstTabTaken = new WeakSet<Browser>()

/**
 * Chromium's own first tab (the `about:blank` it opens when it starts), for the first page asked
 * of a browser: it has a renderer process of its own (~25 MiB) that a new page would add to.
 * @param browser the shared browser
 * @returns the tab, or nothing when it was taken already or is gone
 */
async function firstTab(browser: Browser): Promise<Page | undefined> {
  if (firstTabTaken.has(browser)) return undefined
  firstTabTaken.add(browser)
  const target = browser.targets().find((candidate) => candidate.type() === 'page' && candidate.url() === 'about:blank')
  return (await target?.page().catch(() => null)) ?? undefined
}

/** Open a page (the browser's first tab when it is free) that aborts and records every request outside `file:`, `data:`, `blob:`, `about:`. */
async function openOfflinePage(browser: Browser): Promise<PooledPage> {
  const page = (await firstTab(browser)) ?? (await browser.newPage())
  const pooled: PooledPage = {page, blocked: [], uses: 0, ready: Promise.resolve(true)}
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return
    const url = request.url()
    if (/^(?:file|data|blob|about):/.test(url)) void request.continue()
    else {
      pooled.blocked.push(url)
      void request.abort('blockedbyclient')
    }
  })
  return pooled
}

/**
 * Use a page that can reach nothing outside `file:`, `data:`, `blob:` and `about:` URLs: other
 * requests are aborted and recorded. Pages are reused: after a use that succeeded the page is
 * kept for the next one, up to `IDLE_PAGES` idle pages and `PAGE_USES` uses each (in watch mode
 * until `swapWornPages` replaces it, see `keepPagesWarm`), and reset
 * (screen media, blank document) once the caller has its result, so that the reset (~80 ms) is
 * not waited for by this use (watch mode's save) but by the next use of the page, if it comes
 * first; after a failure, or beyond those limits, it is closed.
 * @param browser the shared browser
 * @param use what to do with the page
 * @returns what `use` returns
 */
export async function withOfflinePage<T>(browser: Browser, use: (page: Page, blocked: BlockedRequests) => Promise<T>, html?: string): Promise<T> {
  const idle = idlePages.get(browser) ?? []
  idlePages.set(browser, idle)
  // Counted from here: an idle page is taken (popped) before the first wait.
  usesUnderWay.set(browser, (usesUnderWay.get(browser) ?? 0) + 1)
  let succeeded = false
  let reusable = false
  let pooled: PooledPage | undefined
  try {
    const key = html === undefined || !keepDocuments ? undefined : splitDocument(html)?.key
    pooled = (await takeIdle(idle, key)) ?? (await whileConnected(browser, openOfflinePage(browser)))
    // A page holding a kept document that this use will not reuse starts from a blank one, as every page does outside watch mode.
    const kept = keptDocuments.get(pooled.page)
    if (kept && kept.key !== key) {
      keptDocuments.delete(pooled.page)
      await whileConnected(browser, pooled.page.goto('about:blank'))
    }
    pooled.blocked = []
    pooled.uses++
    const result = await whileConnected(browser, use(pooled.page, pooled.blocked))
    succeeded = true
    reusable = (pooled.uses < pageUses || swapLater) && idle.length < IDLE_PAGES && browser.connected
    return result
  } finally {
    usesUnderWay.set(browser, (usesUnderWay.get(browser) ?? 1) - 1)
    if (!pooled) {
      // No page was had (the browser went away while one was opened): nothing to keep or close.
    } else if (reusable) {
      idle.push(pooled)
      pooled.ready = resetForReuse(browser, pooled, idle)
    } else {
      const closing = pooled.page.close().catch(() => undefined)
      // A page retired after a use that went well closes while the pack goes on.
      if (!succeeded) await whileConnected(browser, closing).catch(() => undefined)
    }
  }
}

/**
 * An idle page whose reset went well (waiting for a reset under way): the one holding the kept
 * document of `key` when there is one, else one holding none, else the last; or nothing.
 */
async function takeIdle(idle: PooledPage[], key?: string): Promise<PooledPage | undefined> {
  const rank = (pooled: PooledPage) => {
    const kept = keptDocuments.get(pooled.page)
    return kept === undefined ? 1 : key !== undefined && kept.key === key ? 2 : 0
  }
  while (idle.length) {
    let best = idle.length - 1
    for (let at = idle.length - 2; at >= 0; at--) if (rank(idle[at]) > rank(idle[best])) best = at
    const [pooled] = idle.splice(best, 1)
    if (await pooled.ready) return pooled
  }
  return undefined
}

/**
 * Bring a page kept for reuse back to screen media and a blank document; a page whose reset fails
 * leaves the idle pages and is closed.
 * @returns whether the page may serve again
 */
async function resetForReuse(browser: Browser, pooled: PooledPage, idle: PooledPage[]): Promise<boolean> {
  try {
    await whileConnected(browser, pooled.page.emulateMediaType(undefined))
    // A kept document stays (watch mode): its next use swaps its text in (`setPageContent`).
    if (!keptDocuments.has(pooled.page)) await whileConnected(browser, pooled.page.goto('about:blank'))
    return true
  } catch {
    if (idle.includes(pooled)) idle.splice(idle.indexOf(pooled), 1)
    void pooled.page.close().catch(() => undefined)
    return false
  }
}

/** Whether pages keep their document across uses (watch mode, `keepPagesWarm`). */
let keepDocuments = false

/** How many times `setPageContent` swapped a document's text into the one its page kept, rather than loading it. */
let documentsReused = 0

/** How many times a page's kept document was reused (`setPageContent`), for the tests. */
export function keptDocumentsReused(): number {
  return documentsReused
}

/**
 * A document as `setPageContent` reuses it: what must be the same (everything but the head's
 * elements other than `<style>` and the body's content: the styles with their fonts, ~180 KB for
 * the brief), the head's other elements (title, meta) and the body's content; nothing when the
 * document is not of that plain shape (a script anywhere, a style among the other head elements).
 * @param html the document
 * @returns its parts, or nothing
 */
export function splitDocument(html: string): {key: string; head: string; body: string} | undefined {
  if (html === lastSplit?.html) return lastSplit.parts
  const parts = splitPlainDocument(html)
  lastSplit = {html, parts}
  return parts
}

/** The last document split: a brief is split once for `withOfflinePage`, once for `setPageContent`. */
let lastSplit: {html: string; parts: ReturnType<typeof splitPlainDocument>} | undefined

/** `splitDocument`'s work, by finding the tags (a regular expression over the ~180 KB head took ~6 ms a save). */
function splitPlainDocument(html: string): {key: string; head: string; body: string} | undefined {
  const headOpen = html.indexOf('<head>')
  const headClose = html.indexOf('</head>', headOpen)
  const bodyOpen = html.indexOf('<body', headClose)
  const bodyOpenEnd = html.indexOf('>', bodyOpen) + 1
  const bodyClose = html.lastIndexOf('</body>')
  const htmlClose = html.lastIndexOf('</html>')
  if (headOpen === -1 || headClose === -1 || bodyOpen === -1 || bodyClose < bodyOpenEnd || htmlClose < bodyClose) return undefined
  if (html.slice(headClose + '</head>'.length, bodyOpen).trim() !== '' || !/^<body[\s>]/.test(html.slice(bodyOpen, bodyOpenEnd))) return undefined
  const afterBody = html.slice(bodyClose + '</body>'.length, htmlClose)
  const afterHtml = html.slice(htmlClose + '</html>'.length)
  if (afterBody.trim() !== '' || afterHtml.trim() !== '' || /<script/i.test(html)) return undefined
  const inHead = html.slice(headOpen + '<head>'.length, headClose)
  // The styles close the head: one `<style>` after another, only whitespace between and after them.
  const firstStyle = inHead.indexOf('<style')
  for (let at = firstStyle; at !== -1 && at < inHead.length; ) {
    if (!/^<style[\s>]/.test(inHead.slice(at, at + 7))) return undefined
    const close = inHead.indexOf('</style>', at)
    if (close === -1) return undefined
    at = close + '</style>'.length
    while (at < inHead.length && /\s/.test(inHead[at])) at++
  }
  const head = firstStyle === -1 ? inHead : inHead.slice(0, firstStyle)
  const styles = firstStyle === -1 ? '' : inHead.slice(firstStyle)
  // The whitespace after `</body>` and `</html>` is the body's last text, as the parser puts it.
  return {key: `${html.slice(0, headOpen + '<head>'.length)}\0${styles}\0${html.slice(headClose, bodyOpenEnd)}`, head, body: `${html.slice(bodyOpenEnd, bodyClose)}${afterBody}${afterHtml}`}
}

/**
 * Set a page's document, as Puppeteer's `setContent` with `waitUntil: 'load'` does. In watch mode
 * (`keepPagesWarm`) the page keeps its document across uses, and when the next document has the
 * same styles (`splitDocument`), only the head's title and meta and the body are swapped: the
 * styles and their fonts (the brief's ~180 KB of CSS, its faces inline) are not parsed and decoded
 * again (~100 → ~20 ms a save, measured), and what an earlier use added to the head (`addStyleTag`)
 * is removed. The printed PDF is the same bytes as from a loaded document (`watch-warm.test.ts`).
 * @param page a page of `withOfflinePage`, given the same `html`
 * @param html the document
 * @param timeoutMs how long loading it may take
 * @returns whether the page's document was reused
 */
export async function setPageContent(page: Page, html: string, timeoutMs = 30_000): Promise<boolean> {
  const parts = keepDocuments ? splitDocument(html) : undefined
  const kept = keptDocuments.get(page)
  keptDocuments.delete(page)
  if (parts && kept?.key === parts.key) {
    await page.evaluate(
      async (head, body, kept) => {
        // The styles the document was loaded with stay; everything else in the head goes (its title
        // and meta, and what a use added), and the new title and meta go before the styles.
        const styles = [...document.head.querySelectorAll(':scope > style')].slice(0, kept)
        for (const node of [...document.head.childNodes]) if (!styles.includes(node as Element)) node.remove()
        const fresh = document.createElement('template')
        fresh.innerHTML = head
        document.head.insertBefore(fresh.content, styles[0] ?? null)
        document.body.innerHTML = body
        // As the load event does: every image of the new text loaded (or failed).
        const loaded = (image: HTMLImageElement) =>
          new Promise((done) => {
            image.addEventListener('load', done)
            image.addEventListener('error', done)
          })
        await Promise.all([...document.images].filter((image) => !image.complete).map(loaded))
      },
      parts.head,
      parts.body,
      kept.styles,
    )
    keptDocuments.set(page, kept)
    documentsReused++
    return true
  }
  await page.setContent(html, {waitUntil: 'load', timeout: timeoutMs})
  if (parts) keptDocuments.set(page, {key: parts.key, styles: await page.evaluate(() => document.head.querySelectorAll(':scope > style').length)})
  return false
}

/**
 * Work with the browser that fails as soon as the browser goes away. Some of Puppeteer's waits
 * (a new page's target, a frame's lifecycle) are never settled when the browser is killed at the
 * wrong moment, and with nothing else pending the process would end as if the build had finished.
 * @param browser the shared browser
 * @param work what is done with it
 * @returns what `work` returns, or a rejection ("browser has disconnected") when the browser is lost first
 */
export function whileConnected<T>(browser: Browser, work: Promise<T>): Promise<T> {
  let onLost = () => {}
  const lost = new Promise<never>((_, reject) => {
    onLost = () => reject(new Error('the browser has disconnected'))
    // \`on\`, not \`once\`: Puppeteer's \`once\` registers a wrapper that \`off(onLost)\` does not find,
    // so each use left a listener on the browser holding its work's result (pages, PDF bytes): a
    // long run grew by ~0.2 MiB a pack (README, Speed: throughput).
    if (browser.connected) browser.on('disconnected', onLost)
    else onLost()
  })
  return Promise.race([work, lost]).finally(() => browser.off('disconnected', onLost))
}

let captureQueue: Promise<unknown> = Promise.resolve()

/**
 * Run a screen capture alone: captures of two pages at once can wait forever for a frame of a
 * page that is not in front, so captures take turns, each with its page brought to front and a
 * timeout. Printing to PDF needs no such turn.
 * @param page the page to capture
 * @param capture the capture to run
 * @param timeoutMs how long it may take (see `renderBudgetMs`)
 * @param stage what is captured, for the line that says it took too long
 * @returns what `capture` returns
 */
export function captureInTurn<T>(page: Page, capture: () => Promise<T>, timeoutMs = 30_000, stage = 'a screen capture'): Promise<T> {
  const run = captureQueue.then(async () => {
    await page.bringToFront()
    return withinBudget(stage, timeoutMs, capture)
  })
  captureQueue = run.catch(() => undefined)
  return run
}

/**
 * An error from the browser while a source was rendered (it crashed, was killed or stopped
 * answering) as one line with the render-failure exit code; other errors as they are.
 * @param error what was thrown
 * @param session the run's browser
 * @param source the source being built
 * @returns the error to throw
 */
export function asRenderFailure(error: unknown, session: BrowserSession, source: string): unknown {
  // A stage that took too long (or the page tried to load something) names the source too.
  if (error instanceof BuildError) return error.exitCode === EXIT.renderFailed && !error.message.startsWith(`${source}: `) ? new BuildError(`${source}: ${error.message}`, error.exitCode) : error
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  if (session.lost || /Target closed|Session closed|Connection closed|Protocol error|browser has disconnected|Navigating frame was detached|TimeoutError/i.test(message)) {
    return new BuildError(`${source}: the browser stopped while rendering (${message}); nothing was written for this source, its previous outputs are as they were`, EXIT.renderFailed)
  }
  return error
}
