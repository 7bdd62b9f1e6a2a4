import {spawn, type ChildProcess} from 'node:child_process'
import {accessSync, constants} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import createDebug from 'debug'
import type {Browser, Page} from 'puppeteer'
import {BuildError, EXIT} from './errors.js'

const debug = createDebug('briefing-pack:browser')

/** Where Chromium or Chrome is usually installed, after the environment variables. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']

/** The one line a user sees when no browser can be found. */
export const NO_BROWSER_HINT = 'no Chromium or Chrome found to print with; install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable'

/**
 * Find the browser executable: `CHROME_PATH`, then `PUPPETEER_EXECUTABLE_PATH`, then the usual
 * system locations. Puppeteer never downloads a browser here.
 * @returns the path of an executable
 */
export function findBrowser(): string {
  for (const variable of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const value = process.env[variable]
    if (value) {
      if (isExecutable(value)) return value
      throw new BuildError(`${variable}=${value} is not an executable browser; ${NO_BROWSER_HINT}`, EXIT.noBrowser)
    }
  }
  const found = CANDIDATES.find(isExecutable)
  if (!found) throw new BuildError(NO_BROWSER_HINT, EXIT.noBrowser)
  return found
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Chromium flags, as Puppeteer would pass them, plus quiet ones: no background network, no sandbox as root. */
export function browserArgs(): string[] {
  const args = [
    '--headless=new',
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

/** A running browser: the connection, its process and its throw-away profile folder. */
export interface LaunchedBrowser {
  browser: Browser
  process: ChildProcess
  profile: string
}

/**
 * Launch the browser the whole run shares. Chromium is started directly and Puppeteer connects
 * once it listens, so that the (slow) start of Chromium overlaps with loading Puppeteer.
 * @param timeoutMs how long Chromium may take to start
 * @returns the running browser
 */
export async function launchBrowser(timeoutMs = 30_000): Promise<LaunchedBrowser> {
  const executablePath = findBrowser()
  debug('launching %s', executablePath)
  const profile = await mkdtemp(path.join(tmpdir(), 'briefing-pack-chromium-'))
  const child = spawn(executablePath, [...browserArgs(), `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {stdio: ['ignore', 'ignore', 'pipe']})
  const loading = import('puppeteer')
  try {
    const endpoint = await devtoolsEndpoint(child, timeoutMs)
    debug('listening')
    const {default: puppeteer} = await loading
    debug('puppeteer loaded')
    const browser = await puppeteer.connect({browserWSEndpoint: endpoint, protocolTimeout: 60_000, defaultViewport: null})
    // If Chromium dies, fail every pending call now: the WebSocket may not tell for a long time.
    child.once('exit', () => void browser.disconnect().catch(() => undefined))
    debug('launched')
    return {browser, process: child, profile}
  } catch (error) {
    child.kill('SIGKILL')
    await rm(profile, {recursive: true, force: true}).catch(() => undefined)
    const reason = error instanceof BuildError ? error.message : (error as Error).message.split('\n')[0]
    throw new BuildError(`${executablePath} failed to start (${reason}); ${NO_BROWSER_HINT}`, EXIT.noBrowser)
  }
}

/** Wait for Chromium to print `DevTools listening on ws://…`. */
function devtoolsEndpoint(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output)
      if (match) finish(undefined, match[1])
    }
    const onExit = (code: number | null, signal: string | null) => finish(new Error(`it exited (${signal ?? `code ${code}`}): ${output.trim().split('\n').pop() ?? ''}`))
    const onError = (error: Error) => finish(error)
    function finish(error?: Error, endpoint?: string) {
      clearTimeout(timer)
      child.stderr?.off('data', onData)
      child.off('exit', onExit)
      child.off('error', onError)
      // Keep reading so that Chromium never blocks on a full pipe.
      child.stderr?.resume()
      if (error) reject(error)
      else resolve(endpoint!)
    }
    child.stderr?.on('data', onData)
    child.on('exit', onExit)
    child.on('error', onError)
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
    this.#launching = launchBrowser()
    this.#launching.then(
      ({browser}) => browser.once('disconnected', () => (this.#lost = true)),
      () => undefined,
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

  /** Close the browser if it was launched and remove its profile; never throws. */
  async close(): Promise<void> {
    const launching = this.#launching
    this.#launching = undefined
    this.#lost = false
    const launched = await launching?.catch(() => undefined)
    if (!launched) return
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
    await rm(launched.profile, {recursive: true, force: true}).catch(() => undefined)
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

/** Every request the page tried that left `file:`, `data:` or `about:`. */
export type BlockedRequests = string[]

/** A page kept open for reuse, and where its blocked requests go while it is in use. */
interface PooledPage {
  page: Page
  blocked: BlockedRequests
}

/** Idle pages of each browser: opening one costs ~80 ms, and watch mode opens two per save. */
const idlePages = new WeakMap<Browser, PooledPage[]>()

/** Open a page that aborts and records every request outside `file:`, `data:`, `blob:`, `about:`. */
async function openOfflinePage(browser: Browser): Promise<PooledPage> {
  const page = await browser.newPage()
  const pooled: PooledPage = {page, blocked: []}
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
 * reset (screen media, blank document) and kept for the next one; after a failure it is closed.
 * @param browser the shared browser
 * @param use what to do with the page
 * @returns what `use` returns
 */
export async function withOfflinePage<T>(browser: Browser, use: (page: Page, blocked: BlockedRequests) => Promise<T>): Promise<T> {
  const idle = idlePages.get(browser) ?? []
  idlePages.set(browser, idle)
  const pooled = idle.pop() ?? (await openOfflinePage(browser))
  pooled.blocked = []
  let reusable = false
  try {
    const result = await use(pooled.page, pooled.blocked)
    reusable = true
    return result
  } finally {
    if (reusable && browser.connected) {
      try {
        await pooled.page.emulateMediaType(undefined)
        await pooled.page.goto('about:blank')
        idle.push(pooled)
      } catch {
        reusable = false
      }
    }
    if (!reusable) await pooled.page.close().catch(() => undefined)
  }
}

let captureQueue: Promise<unknown> = Promise.resolve()

/**
 * Run a screen capture alone: captures of two pages at once can wait forever for a frame of a
 * page that is not in front, so captures take turns, each with its page brought to front and a
 * timeout. Printing to PDF needs no such turn.
 * @param page the page to capture
 * @param capture the capture to run
 * @param timeoutMs how long it may take
 * @returns what `capture` returns
 */
export function captureInTurn<T>(page: Page, capture: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const run = captureQueue.then(async () => {
    await page.bringToFront()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new BuildError(`a screen capture took longer than ${timeoutMs / 1000} s; the browser may be stuck`, EXIT.renderFailed)), timeoutMs)
    })
    try {
      return await Promise.race([capture(), timeout])
    } finally {
      clearTimeout(timer)
    }
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
  if (error instanceof BuildError) return error
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  if (session.lost || /Target closed|Session closed|Connection closed|Protocol error|browser has disconnected|Navigating frame was detached|TimeoutError/i.test(message)) {
    return new BuildError(`${source}: the browser stopped while rendering (${message}); nothing was written for this source, its previous outputs are as they were`, EXIT.renderFailed)
  }
  return error
}
