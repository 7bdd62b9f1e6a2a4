import {packsAtOnce} from '../in-parallel.js'
import {spawn} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromiumChildren, PACK_FILES} from './processes.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BrowserSession, withOfflinePage} from '../browser.js'
import {cli} from './cli.js'
import {readPdf} from './pdf.js'

const root = path.resolve(import.meta.dirname, '../..')
const seed = readFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), 'utf8')
const head = 'The Global Coalition’s Co-leads and Political Directors met in Paris on 24-25 June 2019.\n“The fight against Daesh is not over.” Said all.\n'
const work = mkdtempSync(path.join(tmpdir(), 'bp-robust-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const words = 'coalition partners agreed to strengthen coordination share expertise and report progress on commitments made at the meeting'.split(' ')

/** Inputs that must give a correct pack. The title of one pillar is checked in the brief. */
const good: Record<string, {text: string | Buffer; pillar: string}> = {
  'bom-crlf.txt': {text: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${head}- Windows: CRLF line endings.\n`.replace(/\n/g, '\r\n'))]), pillar: 'Windows'},
  'lone-cr.txt': {text: `${head}- Old Mac: Lone CR line endings.\n`.replace(/\n/g, '\r'), pillar: 'Old Mac'},
  // A line of exactly 100,000 characters: the longest a source may have (README, Limits).
  'long-line.txt': {text: `${head}- Long pillar: ${Array.from({length: 16000}, (_, i) => words[i % words.length]).join(' ').slice(0, 100_000 - '- Long pillar: .'.length)}.\nClosing.\n`, pillar: 'Long pillar'},
  'two-hundred.txt': {text: head + Array.from({length: 200}, (_, i) => `- Pillar ${i + 1}: Partners agreed on item ${i + 1}.\n`).join(''), pillar: 'Pillar 200'},
  'one-pillar.txt': {text: `${head}- Only one: The single pillar body.\n`, pillar: 'Only one'},
  'tabs-nbsp.txt': {text: `${head}-\tTabbed\u00a0title:\t\u00a0Body with\ttabs and\u00a0non-breaking spaces.\n`, pillar: 'Tabbed title'},
  'rtl-cjk.txt': {text: `${head}- 加强合作: 各方同意加强协调，分享专业知识。\n- تعزيز التعاون: اتفق الشركاء على تعزيز التنسيق.\n- שיתוף פעולה: גוף הטקסט בעברית.\n`, pillar: '加强合作'},
  'emoji.txt': {text: `${head}- Grow together 🌍: We welcomed 🎉 new partners 👏 and 🇫🇷 France hosted.\n`, pillar: 'Grow together'},
  // The point's title is made from its words (which of them is the title scorer's choice).
  'no-colon.txt': {text: `${head}- Ministers agreed a regional fund for coastal towns, without a colon\n`, pillar: 'for coastal towns'},
  // Prose that decides nothing is read, its paragraph of text the point (with a warning), not refused.
  'no-pillars.txt': {text: `${head}Only prose that decides nothing.\n`, pillar: 'Only prose that decides nothing'},
  'read out ñandú é.txt': {text: `${head}- Spaces in the name: The file name has spaces and non-ASCII letters.\n`, pillar: 'Spaces in the name'},
}

/** Inputs that must be refused: one clear line each (with file:line:col where there is one). */
const bad: Record<string, {text?: string | Buffer; expect: RegExp}> = {
  'empty.txt': {text: '', expect: /empty\.txt {2}error {2}Unexpected empty file/},
  'whitespace.txt': {text: ' \n\t\n', expect: /whitespace\.txt {2}error {2}Unexpected file with only whitespace/},
  'binary.txt': {text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), expect: /binary\.txt:1:5 {2}error {2}Unexpected binary file/},
  'latin1.txt': {text: Buffer.from('Caf\xe9 ministers met.\n- A: b\n', 'latin1'), expect: /latin1\.txt:1:4 {2}error {2}Unexpected byte `0xE9` that is not UTF-8/},
  'five-mb.txt': {text: `${head}${'- Pillar: body text that repeats.\n'.repeat(160_000)}`, expect: /five-mb\.txt {2}error {2}Unexpected source of 5\.\d MB, expected a readout under 2 MB/},
  'duplicates.txt': {text: `${head}- Same: one\n- same: two\n`, expect: /duplicates\.txt:4:3 {2}error {2}Unexpected duplicate pillar title/},
  'no-title.txt': {text: `${head}- : a colon with no title\n`, expect: /no-title\.txt:3:3 {2}error {2}Unexpected empty pillar title/},
  'a-directory.txt': {expect: /a-directory\.txt {2}error {2}Unexpected directory/},
}

describe('bad input catalog', () => {
  const sources = path.join(work, 'catalog')
  const out = path.join(work, 'catalog-out')
  let goodRun: Awaited<ReturnType<typeof cli>>
  let badRun: Awaited<ReturnType<typeof cli>>
  let badSeconds = 0

  beforeAll(async () => {
    mkdirSync(sources, {recursive: true})
    for (const [name, {text}] of Object.entries(good)) writeFileSync(path.join(sources, name), text)
    for (const [name, {text}] of Object.entries(bad)) if (text !== undefined) writeFileSync(path.join(sources, name), text)
    mkdirSync(path.join(sources, 'a-directory.txt'))
    goodRun = await cli([...Object.keys(good).map((name) => path.join(sources, name)), '--out', out, '--quiet'])
    const start = performance.now()
    badRun = await cli([...Object.keys(bad).map((name) => path.join(sources, name)), '--out', out, '--quiet'])
    badSeconds = (performance.now() - start) / 1000
  }, 180_000)

  it('builds every odd but valid input', () => {
    expect(goodRun.stderr.split('\n').filter((line) => line.includes('  error  '))).toEqual([])
    expect(goodRun.code).toBe(0)
  })

  it.each(Object.keys(good))('%s gives a complete pack with its pillar in the brief', async (name) => {
    const folder = path.join(out, name.replace(/\.txt$/, ''))
    expect(readdirSync(folder).sort()).toEqual(PACK_FILES)
    expect((await readPdf(path.join(folder, 'brief.pdf'))).text).toContain(good[name].pillar)
  })

  it.each(Object.keys(bad))('%s is refused with one clear line and leaves no output', (name) => {
    const lines = badRun.stderr.split('\n').filter((line) => line.includes(path.join(sources, name)))
    expect(lines.filter((line) => line.includes('  error  '))).toHaveLength(1)
    expect(lines.find((line) => line.includes('  error  '))).toMatch(bad[name].expect)
    expect(existsSync(path.join(out, name.replace(/\.txt$/, '')))).toBe(false)
  })

  it('exits non-zero for the refused inputs, quickly, with no stack trace and nothing half-written', () => {
    expect(badRun.code).toBe(1)
    expect(badSeconds).toBeLessThan(20)
    expect(badRun.stderr).not.toMatch(/^\s+at /m)
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([])
  })
})

describe('environment faults', () => {
  it('an output folder that cannot be written: one line, exit 5', async () => {
    const file = path.join(work, 'a-file')
    writeFileSync(file, 'not a folder')
    const {code, stderr} = await cli([path.join(root, 'source/paris-roadmap-2019.txt'), '--out', path.join(file, 'out')])
    expect(code).toBe(5)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^briefing-pack: .*a-file\/out: cannot write the output folder \(ENOTDIR\)/)])
  })

  it.each([
    ['missing', '/nonexistent/chromium', /CHROME_PATH=\/nonexistent\/chromium is not an executable browser; .*apt-get install chromium/],
    ['broken', '/bin/false', /\/bin\/false failed to start .*apt-get install chromium/],
  ])('no usable browser (%s): one line with how to install one, exit 3', async (_kind, chrome, expected) => {
    const {code, stderr} = await cli([path.join(root, 'source/paris-roadmap-2019.txt'), '--out', path.join(work, 'no-browser')], root, {CHROME_PATH: chrome})
    expect(code).toBe(3)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(expected)])
  })
})


/** Alive and not a zombie. */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'Z'
  } catch {
    return false
  }
}

/**
 * Build, and interrupt the build once its progress shows `after` (a step's line) and Chromium runs,
 * `delayMs` later.
 */
async function interruptedBuild(source: string | string[], out: string, interrupt: (cliPid: number, browserPids: number[]) => void, env: NodeJS.ProcessEnv = {}, after = 'structure', delayMs = 150) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build', ...[source].flat(), '--out', out, '--force'], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...env}})
  let stdout = ''
  let stderr = ''
  let browsers: number[] = []
  let wait: NodeJS.Timeout | undefined
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (!wait && new RegExp(`^\\s+\\S+\\s+${after}\\s`, 'm').test(stdout)) {
      wait = setInterval(() => {
        browsers = chromiumChildren(child.pid!)
        if (browsers.length) {
          clearInterval(wait)
          setTimeout(() => interrupt(child.pid!, browsers), delayMs)
        }
      }, 20)
    }
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? -1 : null))))
  clearInterval(wait)
  return {code, stderr, browsers}
}

describe('crashes and interruptions', () => {
  const source = path.join(work, 'sixty.txt')
  const out = path.join(work, 'faults')
  let before: Buffer

  beforeAll(async () => {
    writeFileSync(source, head + Array.from({length: 60}, (_, i) => `- Pillar ${i + 1}: Partners agreed on item ${i + 1} and will report on ${i + 2} commitments.\n`).join(''))
    expect((await cli([source, '--out', out, '--quiet'])).code).toBe(0)
    before = readFileSync(path.join(out, 'sixty/slides.pdf'))
  }, 120_000)

  // Killed once Marp has made the deck's HTML: the browser is then printing the brief and the deck.
  it('the browser killed mid-render: one clear line, exit 4, no Chromium left, previous outputs untouched', async () => {
    // On a busy machine the test may read the step line only once the browser is closed: the kill
    // then came too late to test anything, and the build is run again.
    let run = await interruptedBuild(source, out, (_pid, pids) => pids.forEach((pid) => process.kill(pid, 'SIGKILL')), {}, 'slides', 0)
    for (let attempt = 1; attempt < 3 && run.browsers.length === 0; attempt++) run = await interruptedBuild(source, out, (_pid, pids) => pids.forEach((pid) => process.kill(pid, 'SIGKILL')), {}, 'slides', 0)
    const {code, stderr, browsers} = run
    expect(browsers.length).toBeGreaterThan(0)
    expect(code).toBe(4)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/sixty\.txt: the browser stopped while rendering .*previous outputs are as they were/)])
    expect(browsers.filter(running)).toEqual([])
    expect(readFileSync(path.join(out, 'sixty/slides.pdf')).equals(before)).toBe(true)
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([])
  })

  // Killed just after the text is read: most often while Puppeteer is still connecting to it, a
  // moment where Puppeteer's own wait was never settled and the build once ended with exit 0.
  it.each([0, 150, 400])('the browser killed %i ms after the text is read: one clear line, exit 4, never a silent exit', async (delayMs) => {
    const {code, stderr, browsers} = await interruptedBuild(source, out, (_pid, pids) => pids.forEach((pid) => process.kill(pid, 'SIGKILL')), {}, 'structure', delayMs)
    expect(browsers.length).toBeGreaterThan(0)
    expect({code, stderr: stderr.trim().split('\n')}).toEqual({code: 4, stderr: [expect.stringMatching(/sixty\.txt: the browser stopped while rendering .*previous outputs are as they were/)]})
    expect(readFileSync(path.join(out, 'sixty/slides.pdf')).equals(before)).toBe(true)
  })

  it('the browser killed while several sources build: the others are still built and listed, exit 4', async () => {
    // More sources than are built at once, so some are still to build when the browser dies.
    const others = Array.from({length: packsAtOnce() + 1}, (_, i) => path.join(work, `seed-${i}.txt`))
    for (const file of others) writeFileSync(file, seed)
    const several = path.join(work, 'several')
    const {code, stderr} = await interruptedBuild([source, ...others], several, (_pid, pids) => pids.forEach((pid) => process.kill(pid, 'SIGKILL')))
    expect(code).toBe(4)
    expect(stderr).toMatch(/the browser stopped while rendering/)
    const built = readdirSync(several).filter((name) => !name.startsWith('.') && existsSync(path.join(several, name, 'pack.json')))
    // The browser is started again for the sources still to build, and the site lists them.
    expect(built.length).toBeGreaterThan(0)
    const index = readFileSync(path.join(several, 'index.html'), 'utf8')
    for (const name of built) expect(index).toContain(`${name}/`)
  }, 120_000)

  it.each(['SIGTERM', 'SIGINT'] as const)('%s during a build: nothing half-written, temporary files removed, Chromium closed', async (signal) => {
    const temporary = mkdtempSync(path.join(work, 'tmp-'))
    const {code, browsers, stderr} = await interruptedBuild(source, out, (pid) => process.kill(pid, signal), {TMPDIR: temporary})
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143)
    // One line, and no second one about the browser that was closed on purpose.
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/stopped by SIG/)])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(browsers.filter(running)).toEqual([])
    // Neither Marp's working folder (it holds the source text) nor Chromium's profile is left.
    expect(readdirSync(temporary)).toEqual([])
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([])
    expect(readFileSync(path.join(out, 'sixty/slides.pdf')).equals(before)).toBe(true)
    expect(readdirSync(path.join(out, 'sixty')).sort()).toEqual(PACK_FILES)
  })

  it('two builds of the same source at once both finish with complete, valid outputs', async () => {
    const [a, b] = await Promise.all([cli([source, '--out', out, '--quiet', '--force']), cli([source, '--out', out, '--quiet', '--force'])])
    expect([a.code, b.code]).toEqual([0, 0])
    expect(readdirSync(path.join(out, 'sixty')).sort()).toEqual(PACK_FILES)
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([])
    expect((await readPdf(path.join(out, 'sixty/slides.pdf'))).pages).toBeGreaterThan(60)
  }, 120_000)
})

describe('reproducible outputs', () => {
  it('two builds give byte-identical files, PDFs and PPTX included', async () => {
    const source = path.join(work, 'repro', 'paris.txt')
    mkdirSync(path.dirname(source), {recursive: true})
    copyFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), source)
    const [one, two] = [path.join(work, 'repro-1'), path.join(work, 'repro-2')]
    expect((await cli([source, '--out', one, '--quiet'])).code).toBe(0)
    expect((await cli([source, '--out', two, '--quiet'])).code).toBe(0)
    const files = readdirSync(path.join(one, 'paris')).sort()
    expect(files).toEqual(PACK_FILES)
    for (const file of files) expect(readFileSync(path.join(two, 'paris', file)).equals(readFileSync(path.join(one, 'paris', file))), file).toBe(true)
    expect(readFileSync(path.join(two, 'index.html')).equals(readFileSync(path.join(one, 'index.html')))).toBe(true)
    const info = (await readPdf(path.join(one, 'paris/brief.pdf'))).info
    expect(info.CreationDate).toBeUndefined()
  }, 120_000)

  it('takes PDF dates from SOURCE_DATE_EPOCH when it is set', async () => {
    const out = path.join(work, 'epoch')
    expect((await cli([path.join(root, 'source/paris-roadmap-2019.txt'), '--out', out, '--quiet'], root, {SOURCE_DATE_EPOCH: '1561334400'})).code).toBe(0)
    const {info} = await readPdf(path.join(out, 'paris-roadmap-2019/slides.pdf'))
    expect(String(info.CreationDate)).toMatch(/^D:20190624/)
  }, 60_000)
})

describe('rendering never touches the network', () => {
  it('blocks and counts every request that leaves file: and data:', async () => {
    const session = new BrowserSession()
    try {
      const blocked = await withOfflinePage(await session.browser(), async (page, blocked) => {
        await page.setContent('<img src="https://example.com/x.png"><link rel="stylesheet" href="http://example.com/a.css"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', {waitUntil: 'load'})
        return blocked
      })
      expect(blocked.sort()).toEqual(['http://example.com/a.css', 'https://example.com/x.png'])
    } finally {
      await session.close()
    }
  })
})
