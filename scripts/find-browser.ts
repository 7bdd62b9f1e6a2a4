import {accessSync, constants} from 'node:fs'
import path from 'node:path'
import {BuildError, EXIT} from './errors.js'

/** A browser executable the build can print with. */
export interface BrowserExecutable {
  path: string
  /**
   * Chromium's headless shell (its old headless mode as a small binary of its own): it starts in
   * ~0.1 s where full Chromium takes ~0.3 s on a 2-core machine, and prints faster.
   */
  shell: boolean
}

/** The operating systems whose usual install places are known. */
export type Platform = 'linux' | 'darwin' | 'win32'

/**
 * Where Chromium, Chrome or Edge are usually installed on a platform, fastest first: the headless
 * shell, then Chromium, Chrome and Edge. On Linux the real binaries come before Debian's wrapper
 * scripts: `/usr/bin/chromium-headless-shell` is a shell script that does not `exec`, so killing
 * it would leave the browser running.
 * @param platform the operating system (`process.platform`)
 * @param env the environment, for Windows' program folders and the home folder
 * @returns the candidate paths, in order of preference
 */
export function browserCandidates(platform: Platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary']
    const folders = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])]
    return apps.flatMap((app) => folders.map((folder) => path.posix.join(folder, app)))
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', ...(env.LOCALAPPDATA ? [env.LOCALAPPDATA] : [])]
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe']
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)))
  }
  return [
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium-headless-shell',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/microsoft/msedge/msedge',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
  ]
}

/**
 * How to install a browser, for the one-line message when none is found.
 * @param platform the operating system
 * @returns the hint
 */
export function installHint(platform: Platform): string {
  const how =
    platform === 'darwin'
      ? 'install Google Chrome (brew install --cask google-chrome) or Microsoft Edge'
      : platform === 'win32'
        ? 'install Google Chrome (winget install Google.Chrome) or Microsoft Edge'
        : 'install one (Debian/Ubuntu: apt-get install chromium-headless-shell, or apt-get install chromium)'
  return `no Chromium, Chrome or Edge found to print with; ${how}, or set CHROME_PATH to its executable`
}

/** The one line a user sees when no browser can be found on this machine. */
export const NO_BROWSER_HINT = installHint(currentPlatform())

/**
 * Find the browser executable: `CHROME_PATH`, then `PUPPETEER_EXECUTABLE_PATH`, then the usual
 * places of this platform. Puppeteer never downloads a browser here.
 * @returns the executable
 */
export function findBrowser(): BrowserExecutable {
  for (const variable of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const value = process.env[variable]
    if (value) {
      if (isExecutable(value)) return {path: value, shell: isHeadlessShell(value)}
      throw new BuildError(`${variable}=${value} is not an executable browser; ${NO_BROWSER_HINT}`, EXIT.noBrowser)
    }
  }
  const found = browserCandidates(currentPlatform()).find(isExecutable)
  if (!found) throw new BuildError(NO_BROWSER_HINT, EXIT.noBrowser)
  return {path: found, shell: isHeadlessShell(found)}
}

/** Whether an executable is Chromium's headless shell, by its name. */
export function isHeadlessShell(file: string): boolean {
  return /headless[-_]shell/i.test(path.basename(file))
}

function currentPlatform(): Platform {
  return process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}
