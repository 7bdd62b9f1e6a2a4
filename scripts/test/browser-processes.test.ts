import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {browserCandidates, installHint, isHeadlessShell} from '../find-browser.js'
import {processesMentioning} from './processes.js'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'bp-procs-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('browser discovery', () => {
  it('looks on Linux for the headless shell first (the real binary before Debian’s wrapper), then Chromium, Chrome and Edge', () => {
    const linux = browserCandidates('linux')
    expect(linux[0]).toBe('/usr/lib/chromium/chromium-headless-shell')
    expect(linux.indexOf('/usr/lib/chromium/chromium-headless-shell')).toBeLessThan(linux.indexOf('/usr/bin/chromium-headless-shell'))
    expect(linux.indexOf('/usr/bin/chromium-headless-shell')).toBeLessThan(linux.indexOf('/usr/bin/chromium'))
    for (const expected of ['/usr/bin/google-chrome', '/usr/bin/microsoft-edge', '/snap/bin/chromium']) expect(linux).toContain(expected)
    expect(installHint('linux')).toMatch(/apt-get install chromium-headless-shell/)
  })

  it('looks on macOS in /Applications and ~/Applications for Chrome, Chromium and Edge', () => {
    const mac = browserCandidates('darwin', {HOME: '/Users/ana'})
    expect(mac[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
    expect(mac).toContain('/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
    expect(mac).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')
    expect(mac).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium')
    expect(installHint('darwin')).toMatch(/brew install --cask google-chrome/)
  })

  it('looks on Windows in the program folders for Chrome and Edge', () => {
    const windows = browserCandidates('win32', {PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local'})
    expect(windows[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')
    expect(windows).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe')
    expect(windows).toContain('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe')
    expect(installHint('win32')).toMatch(/winget install Google\.Chrome/)
  })

  it('knows the headless shell by its name', () => {
    expect(isHeadlessShell('/usr/lib/chromium/chromium-headless-shell')).toBe(true)
    expect(isHeadlessShell('/opt/chrome-headless-shell/linux-131/chrome-headless-shell-linux64/chrome-headless-shell')).toBe(true)
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false)
  })
})

describe('browser processes', () => {
  it.each([['the headless shell', '/usr/lib/chromium/chromium-headless-shell'], ['full Chromium', '/usr/lib/chromium/chromium']])('leave nothing running when the build exits (%s)', async (_name, browser) => {
    // Each run gets its own temporary folder: Chromium's profile is made there, so every process
    // of this run's browser names it on its command line.
    const temporary = mkdtempSync(path.join(work, 'tmp-'))
    const out = path.join(work, `out-${path.basename(temporary)}`)
    const child = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build', path.join(root, 'source/paris-roadmap-2019.txt'), '--out', out, '--quiet'], {env: {...process.env, TMPDIR: temporary, CHROME_PATH: browser}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // Listed the moment the command has exited, before anything else can run.
    const {code, left} = await new Promise<{code: number | null; left: string[]}>((resolve) => child.on('exit', (exitCode) => resolve({code: exitCode, left: processesMentioning(temporary)})))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(left).toEqual([])
  })
})
