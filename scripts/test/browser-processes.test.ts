import {spawn} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
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
    // Nor anything in the temporary folder: the profile, and chromium's single-instance folder.
    expect(readdirSync(temporary)).toEqual([])
  })

  it.each([['the headless shell', '/usr/lib/chromium/chromium-headless-shell'], ['full Chromium', '/usr/lib/chromium/chromium']])('are killed, not closed, when a build is done with them: nothing of the group left, the profile removed (%s)', async (_name, browser) => {
    const {BrowserSession, withOfflinePage} = await import('../browser.js')
    // Its own temporary folder: the profile is made there, and every process of the browser names it.
    const temporary = mkdtempSync(path.join(work, 'kill-'))
    const before = {TMPDIR: process.env.TMPDIR, CHROME_PATH: process.env.CHROME_PATH}
    Object.assign(process.env, {TMPDIR: temporary, CHROME_PATH: browser})
    const session = new BrowserSession()
    try {
      const launched = await session.browser()
      const pdf = await withOfflinePage(launched, async (page) => {
        await page.setContent('<p>printed</p>')
        return page.pdf()
      })
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-')
      expect(processesMentioning(temporary)).not.toEqual([])
      // A graceful close is never asked for (Chromium would save a profile that is thrown away).
      let askedToClose = false
      launched.close = async () => void (askedToClose = true)
      await session.close({kill: true})
      expect(askedToClose).toBe(false)
      expect(processesMentioning(temporary)).toEqual([])
      // Chromium's single-instance folder (`org.chromium.Chromium.*`) too, which only a graceful close removes.
      expect(readdirSync(temporary)).toEqual([])
    } finally {
      for (const [name, value] of Object.entries(before)) value === undefined ? delete process.env[name] : (process.env[name] = value)
      await session.close()
    }
  }, 60_000)
})

describe('Chromium’s pipes', () => {
  it('fail quietly once Puppeteer has let them go: a read that fails as Chromium is killed (ECONNRESET) does not end the build', async () => {
    const {launchBrowser} = await import('../browser.js')
    const launched = await launchBrowser()
    // Puppeteer's transport removes its own listeners when it is closed.
    await launched.browser.disconnect()
    const exited = new Promise((resolve) => launched.process.once('exit', resolve))
    // Its whole process group, as a build ends it.
    process.kill(-launched.process.pid!, 'SIGKILL')
    await exited
    for (const stream of launched.process.stdio.filter(Boolean)) expect(() => stream!.emit('error', Object.assign(new Error('read ECONNRESET'), {code: 'ECONNRESET'}))).not.toThrow()
    rmSync(launched.profile, {recursive: true, force: true})
  }, 60_000)
})

describe('the browser’s memory flags (LOW_MEMORY_ARGS)', () => {
  it.each([['the headless shell', '/usr/lib/chromium/chromium-headless-shell'], ['full Chromium', '/usr/lib/chromium/chromium']])('print and capture with no GPU process and one zygote: compositing in the browser process, no unsandboxed zygote (%s)', async (_name, browser) => {
    const {launchBrowser} = await import('../browser.js')
    const before = process.env.CHROME_PATH
    process.env.CHROME_PATH = browser
    const launched = await launchBrowser().finally(() => (before === undefined ? delete process.env.CHROME_PATH : (process.env.CHROME_PATH = before)))
    try {
      const page = await launched.browser.newPage()
      await page.setContent('<p>printed</p>')
      expect(Buffer.from(await page.pdf()).subarray(0, 5).toString()).toBe('%PDF-')
      expect((await page.screenshot()).length).toBeGreaterThan(0)
      // The browser's process group (it is started in one of its own): each process's command
      // line (Chromium rewrites its processes' titles: the arguments are joined by spaces).
      const commands = readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .map((entry) => {
          try {
            const group = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[2])
            return group === launched.process.pid ? `${readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')} ` : ''
          } catch {
            return ''
          }
        })
        .filter(Boolean)
      expect(commands.some((command) => / --type=renderer /.test(command))).toBe(true)
      // Undo `--in-process-gpu` and a GPU process (~25 MiB) comes back; undo `--no-unsandboxed-zygote`
      // and a second zygote (`--no-zygote-sandbox`, ~14 MiB) does (docs/speed.md).
      expect(commands.filter((command) => / --type=gpu-process /.test(command))).toEqual([])
      expect(commands.filter((command) => / --type=zygote /.test(command))).toHaveLength(1)
      expect(commands.filter((command) => / --no-zygote-sandbox /.test(command))).toEqual([])
    } finally {
      await launched.browser.close()
      if (launched.process.exitCode === null && launched.process.signalCode === null) await new Promise((resolve) => launched.process.once('exit', resolve))
      rmSync(launched.profile, {recursive: true, force: true})
    }
  }, 60_000)
})

describe('the Office writers’ thread', () => {
  it('ends once a build’s Office files are written, which are whole for every pack', async () => {
    const sources = path.join(work, 'office-sources')
    mkdirSync(sources)
    for (const name of ['first', 'second']) copyFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), path.join(sources, `${name}.txt`))
    const out = path.join(work, 'office-out')
    const child = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build', sources, '--out', out, '--quiet'], {env: {...process.env, DEBUG: 'briefing-pack:office'}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0)
    // Its heap is given back while the browser prints, not when the command exits.
    expect(stderr).toMatch(/briefing-pack:office retired the Office writer: (?:every file written|idle)/)
    for (const name of ['first', 'second']) {
      const pptx = await JSZip.loadAsync(readFileSync(path.join(out, name, 'slides.pptx')))
      const docx = await JSZip.loadAsync(readFileSync(path.join(out, name, 'brief.docx')))
      expect(pptx.file('ppt/presentation.xml')).not.toBeNull()
      expect(docx.file('word/document.xml')).not.toBeNull()
    }
  }, 120_000)

  it('ends as soon as a one-source build’s two files are written, not after an idle pause', async () => {
    const out = path.join(work, 'office-one-out')
    const child = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build', path.join(root, 'source/paris-roadmap-2019.txt'), '--out', out, '--quiet', '--force'], {env: {...process.env, DEBUG: 'briefing-pack:office'}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0)
    // Every pack has handed over its files once its slides are made: the thread's heap and its
    // arena's use end before the browser prints, not 200 ms later (README, Speed: memory).
    expect(stderr.match(/retired the Office writer: .*/g)).toEqual(['retired the Office writer: every file written'])
    expect(readFileSync(path.join(out, 'paris-roadmap-2019', 'slides.pptx')).length).toBeGreaterThan(0)
    expect(readFileSync(path.join(out, 'paris-roadmap-2019', 'brief.docx')).length).toBeGreaterThan(0)
  }, 120_000)
})

describe('pooled browser pages', () => {
  it('retires a page after PAGE_USES uses and keeps at most IDLE_PAGES idle', async () => {
    const {BrowserSession, IDLE_PAGES, PAGE_USES, withOfflinePage} = await import('../browser.js')
    const session = new BrowserSession()
    try {
      const browser = await session.browser()
      // Chromium's own first tab serves the first use: no second renderer process for it.
      const [firstTab] = await browser.pages()
      // One page at a time: the same page serves PAGE_USES uses, then a new one.
      const used = []
      for (let use = 0; use < PAGE_USES + 1; use++) {
        used.push(await withOfflinePage(browser, async (page) => page))
        if (use === 0) expect(await browser.pages()).toEqual([firstTab])
      }
      expect(used[0]).toBe(firstTab)
      const tabs = 0
      expect(new Set(used.slice(0, PAGE_USES)).size).toBe(1)
      expect(used[PAGE_USES]).not.toBe(used[0])
      expect(used[0].isClosed()).toBe(true)
      // Five at once: five pages open, then no more than IDLE_PAGES left (the retired ones close by themselves).
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      let started = 0
      const uses = Array.from({length: 5}, () => withOfflinePage(browser, () => (started++, held)))
      const pages = async (count: number) => {
        for (let waited = 0; waited < 10_000 && (started < 5 || (await browser.pages()).length - tabs !== count); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
        return (await browser.pages()).length - tabs
      }
      expect(await pages(5)).toBe(5)
      release()
      await Promise.all(uses)
      expect(await pages(IDLE_PAGES)).toBe(IDLE_PAGES)
    } finally {
      await session.close()
    }
  }, 60_000)

  it('closes the idle pages no print still to come can use (closeSparePages), so that a renderer does not sit idle while the last print runs', async () => {
    const {BrowserSession, closeSparePages, withOfflinePage} = await import('../browser.js')
    const session = new BrowserSession()
    try {
      const browser = await session.browser()
      // Two prints at once (a pack's deck and brief), the first done while the second still runs.
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      let second!: Promise<void>
      const first = await withOfflinePage(browser, async (page) => {
        second = withOfflinePage(browser, () => held)
        return page
      })
      // Two prints left (the one under way and one to come): the idle page is kept for the one to come.
      expect(closeSparePages(browser, 2)).toBe(0)
      expect(first.isClosed()).toBe(false)
      // One print left, under way: the idle page has no use left, and closes with its renderer.
      expect(closeSparePages(browser, 1)).toBe(1)
      for (let waited = 0; waited < 10_000 && !first.isClosed(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
      expect(first.isClosed()).toBe(true)
      release()
      await second
      expect(await browser.pages()).toHaveLength(1)
      // The print under way kept its page, which is idle now and serves the next use.
      const [kept] = await browser.pages()
      expect(await withOfflinePage(browser, async (page) => page)).toBe(kept)
    } finally {
      await session.close()
    }
  }, 60_000)

  it('gives a use its result before the page is reset, and the next use the same page once it is blank', async () => {
    const {BrowserSession, withOfflinePage} = await import('../browser.js')
    const session = new BrowserSession()
    try {
      const browser = await session.browser()
      const order: string[] = []
      const used = await withOfflinePage(browser, async (page) => {
        await page.setContent('<p>printed</p>')
        await page.emulateMediaType('print')
        page.on('framenavigated', (frame) => frame.url() === 'about:blank' && order.push('reset'))
        return page
      })
      order.push('result')
      const next = await withOfflinePage(browser, async (page) => ({page, text: await page.evaluate(() => document.body?.textContent ?? ''), print: await page.evaluate(() => matchMedia('print').matches)}))
      // The reset (~80 ms) is not on the path of the use that printed: the next use waits for it.
      expect(order).toEqual(['result', 'reset'])
      expect(next).toEqual({page: used, text: '', print: false})
    } finally {
      await session.close()
    }
  }, 60_000)
})
