import {execFileSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import JSZip from 'jszip'
import {SaxesParser} from 'saxes'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BrowserSession, withOfflinePage} from '../browser.js'
import {sourceName} from '../source-name.js'
import {cli} from './cli.js'

const root = path.resolve(import.meta.dirname, '../..')
const seedPath = path.join(root, 'source/paris-roadmap-2019.txt')
const seed = readFileSync(seedPath, 'utf8')
const work = mkdtempSync(path.join(tmpdir(), 'bp-safety-'))
const session = new BrowserSession()
afterAll(async () => {
  await session.close()
  rmSync(work, {recursive: true, force: true})
})

/** A fresh folder under the test's work folder. */
function folder(name: string): string {
  const made = path.join(work, name)
  mkdirSync(made, {recursive: true})
  return made
}

/** Lines of an output that mention `text`. */
const linesWith = (output: string, text: string) => output.split('\n').filter((line) => line.includes(text))

describe('hostile file names in the site', () => {
  const names = ['javascript:alert(document.domain).txt', '#.txt', '?.txt', 'growth-5%.txt', 'a%2Fb.txt', `it's "quoted".txt`, '<img src=x onerror=alert(1)>.txt', 'new\nline.txt', '-dash.txt', 'café réunion.txt']
  const out = path.join(work, 'hostile-out')
  const expected = names.map(sourceName)
  let run: Awaited<ReturnType<typeof cli>>

  beforeAll(async () => {
    const src = folder('hostile-src')
    for (const name of names) writeFileSync(path.join(src, name), seed)
    run = await cli(['--out', out, '--quiet', '--', ...names.map((name) => path.join(src, name))])
  }, 180_000)

  it('builds every one into a folder of its own', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(new Set(expected).size).toBe(names.length)
    for (const name of expected) expect(existsSync(path.join(out, name, 'slides.html')), name).toBe(true)
  })

  it('the index: every link is a file of the right pack, and clicking runs no script', async () => {
    const index = path.join(out, 'index.html')
    await withOfflinePage(await session.browser(), async (page) => {
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`file://${index}`, {waitUntil: 'load'})
      const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href))
      const packsLinked = new Set<string>()
      for (const link of links) {
        expect(new URL(link).protocol, link).toBe('file:')
        const target = fileURLToPath(link.split('#')[0])
        if (target === index || target === path.join(out, 'feed.xml')) continue
        expect(statSync(target).isFile(), target).toBe(true)
        expect(path.dirname(path.dirname(target)), target).toBe(out)
        packsLinked.add(path.basename(path.dirname(target)))
      }
      expect([...packsLinked].sort()).toEqual([...expected].sort())
      // Click each card's title and its "Present the deck": each opens that pack's own page.
      const clickable = '.card h3 a, .card a.primary[href$="slides.html"]'
      const clicks = await page.evaluate((selector) => [...document.querySelectorAll(selector)].length, clickable)
      expect(clicks).toBe(2 * names.length)
      for (let i = 0; i < clicks; i++) {
        await page.goto(`file://${index}`, {waitUntil: 'load'})
        const href = await page.evaluate((n, selector) => (document.querySelectorAll(selector)[n] as HTMLAnchorElement).href, i, clickable)
        await Promise.all([page.waitForNavigation({timeout: 10_000}), page.evaluate((n, selector) => (document.querySelectorAll(selector)[n] as HTMLAnchorElement).click(), i, clickable)])
        expect(page.url()).toBe(href)
        expect(existsSync(fileURLToPath(page.url())), page.url()).toBe(true)
      }
      expect(dialogs).toEqual([])
    })
  }, 120_000)

  it('the feed is well-formed XML with one entry per pack, each linking that pack\'s own page', () => {
    const errors: string[] = []
    const links: string[] = []
    const parser = new SaxesParser({xmlns: true})
    parser.on('error', (error) => errors.push(error.message))
    parser.on('opentag', (tag) => tag.local === 'link' && !tag.attributes.rel && links.push(String((tag.attributes.href as {value: string}).value)))
    parser.write(readFileSync(path.join(out, 'feed.xml'), 'utf8')).close()
    expect(errors).toEqual([])
    expect(links.map((link) => decodeURIComponent(link.split('/')[1])).sort()).toEqual([...expected].sort())
  })

  it('each pack page links only to existing files of its own folder or the index', async () => {
    await withOfflinePage(await session.browser(), async (page) => {
      for (const name of expected) {
        await page.goto(`file://${path.join(out, name, 'index.html').split(path.sep).map(encodeURIComponent).join('/')}`, {waitUntil: 'load'})
        const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href))
        for (const link of links) {
          const target = fileURLToPath(link.split('#')[0])
          expect(existsSync(target), link).toBe(true)
          expect([path.join(out, name), out], link).toContain(path.dirname(target))
        }
      }
    })
  }, 60_000)
})

describe('only what briefing-pack made is replaced', () => {
  it('a pack folder the user made is never replaced: one line, exit 5, the user files stay', async () => {
    const out = folder('foreign-pack')
    mkdirSync(path.join(out, 'report'))
    writeFileSync(path.join(out, 'report', 'notes.docx'), 'mine')
    const source = path.join(folder('foreign-src'), 'report.txt')
    writeFileSync(source, seed)
    const {code, stderr} = await cli([source, '--out', out])
    expect(code).toBe(5)
    expect(stderr.trim().split('\n')).toEqual([`briefing-pack: ${out}/report/ exists and was not made by briefing-pack; move it away or choose another folder with --out`])
    expect(readdirSync(path.join(out, 'report'))).toEqual(['notes.docx'])
  })

  it.each([['index.html'], ['assets/site.css'], ['feed.xml']])('a %s the user wrote is not overwritten: exit 5', async (file) => {
    const out = folder(`foreign-${file.replace('/', '-')}`)
    mkdirSync(path.join(out, 'assets'), {recursive: true})
    writeFileSync(path.join(out, file), 'my own page')
    const {code, stderr} = await cli([seedPath, '--out', out])
    expect(code).toBe(5)
    expect(stderr).toContain(`${path.join(out, file)} exists and was not made by briefing-pack`)
    expect(readFileSync(path.join(out, file), 'utf8')).toBe('my own page')
    expect(existsSync(path.join(out, 'paris-roadmap-2019'))).toBe(false)
  })

  it('a pack and site of an older version (pack.json without the generator mark) are replaced', async () => {
    const out = folder('legacy')
    mkdirSync(path.join(out, 'paris-roadmap-2019'))
    mkdirSync(path.join(out, 'assets'))
    writeFileSync(path.join(out, 'paris-roadmap-2019', 'pack.json'), JSON.stringify({name: 'paris-roadmap-2019', title: 'Old', pillars: [], source: 'x.txt'}))
    writeFileSync(path.join(out, 'paris-roadmap-2019', 'stale.txt'), 'from the old version')
    writeFileSync(path.join(out, 'index.html'), '<footer><p>Made with briefing-pack from plain-text readouts.</p></footer>')
    writeFileSync(path.join(out, 'assets', 'site.css'), ':root { --bp-font-sans: x }')
    const {code} = await cli([seedPath, '--out', out, '--quiet'])
    expect(code).toBe(0)
    expect(existsSync(path.join(out, 'paris-roadmap-2019', 'stale.txt'))).toBe(false)
    expect(JSON.parse(readFileSync(path.join(out, 'paris-roadmap-2019', 'pack.json'), 'utf8')).generator).toBe('briefing-pack')
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<meta name="generator" content="briefing-pack">')
  }, 60_000)

  it.each([
    ['the project folder', () => root],
    ['the source folder', () => path.join(root, 'source')],
    ['a folder holding the source', () => path.dirname(path.dirname(path.join(work, 'nest', 'inner', 'x.txt')))],
  ])('--out that is %s is refused: exit 2, nothing written', async (_what, outOf) => {
    const nested = path.join(folder('nest/inner'), 'x.txt')
    writeFileSync(nested, seed)
    const out = outOf()
    const before = readdirSync(out).sort()
    const {code, stderr} = await cli([out === path.join(work, 'nest') ? nested : seedPath, '--out', out])
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^briefing-pack: --out .*: (is the project folder itself|is the source folder|holds the source .*), expected a folder of its own such as dist$/)])
    expect(readdirSync(out).sort()).toEqual(before)
  })

  it('names that give no pack name, a too long one or one of the site files: one line each, exit 1', async () => {
    const src = folder('odd-names')
    const dots = path.join(src, '...txt')
    const long = path.join(src, `${'x'.repeat(101)}.txt`)
    // A pack `assets` took the site's site.css (and a file of the user's put there went with its next build); `index.html` broke the site.
    const site = ['assets.txt', 'index.html.txt', 'Feed.xml.md'].map((name) => path.join(src, name))
    for (const file of [dots, long, ...site]) writeFileSync(file, seed)
    const out = path.join(work, 'odd-names-out')
    const {code, stderr} = await cli([dots, long, ...site, '--out', out])
    expect(code).toBe(1)
    expect(linesWith(stderr, dots)).toEqual([expect.stringMatching(/ {2}error {2}Unexpected file name `\.\.\.txt` that gives an empty pack name/)])
    expect(linesWith(stderr, long)).toEqual([expect.stringMatching(/ {2}error {2}Unexpected file name of 101 characters, expected at most 100/)])
    for (const file of site) expect(linesWith(stderr, file)).toEqual([expect.stringMatching(/ {2}error {2}Unexpected file name `.*` that gives the pack name `.*`, the name of one of the site's own files/)])
    expect(readdirSync(path.dirname(out)).filter((name) => name.startsWith('.'))).toEqual([])
    expect(readdirSync(out).sort()).toEqual(['assets', 'feed.xml', 'index.html'])
    expect(readdirSync(path.join(out, 'assets'))).toEqual(['site.css'])
  })
})

describe('two sources for one pack name', () => {
  it('x.md beside x.txt is its correction: the .md is built, the .txt skipped with an info line, listed once', async () => {
    const src = folder('correct-src')
    const out = path.join(work, 'correct-out')
    const txt = path.join(src, 'paris.txt')
    copyFileSync(seedPath, txt)
    expect((await cli([txt, '--out', out, '--quiet'])).code).toBe(0)
    const md = path.join(src, 'paris.md')
    writeFileSync(md, readFileSync(path.join(out, 'paris', 'roadmap.md'), 'utf8').replace('### Tackle global networks and propaganda', '### Tackle networks and propaganda online'))
    const {code, stderr} = await cli(['--out', out, '--quiet', txt, md])
    expect(code).toBe(0)
    expect(stderr.trim().split('\n')).toEqual([`${txt}  info  Skipped: \`${md}\` beside it is its correction and is built instead  source-corrected`])
    expect(readFileSync(path.join(out, 'paris', 'roadmap.md'), 'utf8')).toContain('### Tackle networks and propaganda online')
    expect(readFileSync(path.join(out, 'index.html'), 'utf8').match(/<li class="card[ "]/g)).toHaveLength(1)
  }, 120_000)

  it.each([
    ['one name in two folders', ['one/a.txt', 'two/a.txt']],
    ['.md and .markdown', ['c.md', 'c.markdown']],
    ['names that differ in case', ['Report.txt', 'report.txt']],
    ['names equal once made safe', ['tab\there.txt', 'tab-here.txt']],
  ])('%s: an error naming both, exit 1, neither built', async (_what, files) => {
    const src = folder(`clash-${files[0].replace(/\W/g, '')}`)
    const paths = files.map((file) => path.join(src, file))
    for (const file of paths) {
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(file, seed)
    }
    const out = path.join(src, 'out')
    const {code, stderr} = await cli(['--out', out, '--', ...paths])
    expect(code).toBe(1)
    for (const [i, file] of paths.entries()) {
      const lines = linesWith(stderr, 'name-clash').filter((line) => line.startsWith(file))
      expect(lines, file).toEqual([expect.stringContaining(`\`${paths[1 - i]}\` gives the same folder name`)])
    }
    expect(readdirSync(out).sort()).toEqual(['assets', 'feed.xml', 'index.html'])
  })
})

describe('sources that are not regular files', () => {
  it('a FIFO, a link to /dev/zero and a directory: one line each, exit 1, quickly', async () => {
    const src = folder('special')
    const fifo = path.join(src, 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    const zero = path.join(src, 'zero.txt')
    symlinkSync('/dev/zero', zero)
    const directory = path.join(src, 'dir.txt')
    mkdirSync(directory)
    const started = performance.now()
    const {code, stderr} = await cli([fifo, zero, directory, '--out', path.join(src, 'out')])
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(code).toBe(1)
    expect(linesWith(stderr, fifo)).toEqual([`${fifo}  error  Unexpected named pipe (FIFO), expected a regular \`.txt\` or \`.md\` source file  source-special`])
    expect(linesWith(stderr, zero)).toEqual([`${zero}  error  Unexpected device file, expected a regular \`.txt\` or \`.md\` source file  source-special`])
    expect(linesWith(stderr, directory)).toEqual([expect.stringContaining('error  Unexpected directory')])
  }, 30_000)
})

describe('control characters from a source', () => {
  const src = path.join(work, 'control')
  const out = path.join(work, 'control-out')
  const badName = path.join(src, 'title\u001B]0;pwned\u0007\u001B[2J.txt')
  const good = path.join(src, 'escapes.txt')
  let run: Awaited<ReturnType<typeof cli>>

  beforeAll(async () => {
    mkdirSync(src, {recursive: true})
    // Two pillars with one title (an error whose line quotes the title), the title full of escapes.
    writeFileSync(badName, `${seed}\n- Twice \u001B[32mAll sources built OK\u001B[0m\u0007: one\n- Twice \u001B[32mAll sources built OK\u001B[0m\u0007: two\n`)
    writeFileSync(good, seed.replace('Tackle global networks and propaganda:', 'Tackle global\u001B[31m networks\u0007 and propaganda:').replace('propaganda.', 'propaganda\u001B\u000B\uFFFF.'))
    run = await cli(['--out', out, '--', badName, good])
  }, 120_000)

  it('the terminal gets no raw ESC or BEL, from a file name or from its text', () => {
    expect(run.code).toBe(1)
    const output = run.stdout + run.stderr
    expect(output).toContain('\\x1B[32mAll sources built OK')
    expect(output).not.toMatch(/[\u0007\u001B]/)
    expect(linesWith(run.stderr, 'duplicate pillar title')).toHaveLength(1)
  })

  it('the PPTX is well-formed XML in every part', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'escapes', 'slides.pptx')))
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name))
    expect(parts.length).toBeGreaterThan(10)
    let notes = ''
    for (const name of parts) {
      const xml = await zip.files[name].async('string')
      const errors: string[] = []
      const parser = new SaxesParser({xmlns: true})
      parser.on('error', (error) => errors.push(error.message))
      parser.write(xml).close()
      expect(errors, name).toEqual([])
      if (name.includes('notesSlide')) notes += xml
    }
    expect(notes).toContain('debunk terrorist propaganda')
  })
})
