import {accessSync, constants} from 'node:fs'
import createDebug from 'debug'
import puppeteer, {type Browser, type Page} from 'puppeteer'
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

/** Chromium flags: quiet (no background network), and no sandbox when running as root. */
export function browserArgs(): string[] {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none', '--disable-extensions', '--mute-audio']
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return args
}

/**
 * Launch the browser the whole run shares.
 * @returns a connected browser
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser()
  debug('launching %s', executablePath)
  try {
    return await puppeteer.launch({executablePath, headless: true, args: browserArgs(), protocolTimeout: 60_000})
  } catch (error) {
    throw new BuildError(`${executablePath} failed to start (${(error as Error).message.split('\n')[0]}); ${NO_BROWSER_HINT}`, EXIT.noBrowser)
  }
}

/**
 * One browser for a whole run, launched on first use (so the launch overlaps with the Markdown
 * work) and closed by the owner in `finally`.
 */
export class BrowserSession {
  #launching: Promise<Browser> | undefined

  /** Start launching now, without waiting. Errors surface on `browser()`. */
  warm(): void {
    this.#launching ??= launchBrowser()
    this.#launching.catch(() => undefined)
  }

  /** The browser, launched once. */
  async browser(): Promise<Browser> {
    this.warm()
    return this.#launching!
  }

  /** Close the browser if it was launched; never throws. */
  async close(): Promise<void> {
    const launching = this.#launching
    this.#launching = undefined
    if (!launching) return
    const browser = await launching.catch(() => undefined)
    if (!browser) return
    const process = browser.process()
    await browser.close().catch(() => process?.kill('SIGKILL'))
  }
}

/** Every request the page tried that left `file:`, `data:` or `about:`. */
export type BlockedRequests = string[]

/**
 * Open a page that can reach nothing outside `file:`, `data:`, `blob:` and `about:` URLs: other
 * requests are aborted and recorded. The page is closed by `use`'s caller through `finally`.
 * @param browser the shared browser
 * @param use what to do with the page
 * @returns what `use` returns
 */
export async function withOfflinePage<T>(browser: Browser, use: (page: Page, blocked: BlockedRequests) => Promise<T>): Promise<T> {
  const page = await browser.newPage()
  const blocked: BlockedRequests = []
  try {
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return
      const url = request.url()
      if (/^(?:file|data|blob|about):/.test(url)) void request.continue()
      else {
        blocked.push(url)
        void request.abort('blockedbyclient')
      }
    })
    return await use(page, blocked)
  } finally {
    await page.close().catch(() => undefined)
  }
}
