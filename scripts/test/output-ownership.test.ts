import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {planSources} from '../plan-sources.js'
import {nameProblem, sourceName} from '../source-name.js'
import {replaceInPack} from '../write-pack.js'
import {cli} from './cli.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-ownership-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('watch mode writes its early deck only into packs it made', () => {
  // `npm run dev` puts a save's slides.html into the pack before the rest is written. A source
  // added while it watches may share its name with a folder of the user's in dist/.
  const out = path.join(work, 'dist')
  const ours = path.join(out, 'ours')
  const mine = path.join(out, 'notes')
  const elsewhere = path.join(work, 'elsewhere')
  mkdirSync(ours, {recursive: true})
  writeFileSync(path.join(ours, 'pack.json'), JSON.stringify({generator: 'briefing-pack', format: 1, name: 'ours', title: 'Ours', pillars: [], source: 'ours.txt'}))
  writeFileSync(path.join(ours, 'slides.html'), 'old deck')
  mkdirSync(mine, {recursive: true})
  writeFileSync(path.join(mine, 'slides.html'), 'my own slides')
  mkdirSync(elsewhere, {recursive: true})
  writeFileSync(path.join(elsewhere, 'slides.html'), 'my other slides')
  symlinkSync(elsewhere, path.join(out, 'linked'))

  it('replaces the file of a pack briefing-pack wrote', async () => {
    await replaceInPack(out, 'ours', {path: 'slides.html', content: 'new deck'})
    expect(readFileSync(path.join(ours, 'slides.html'), 'utf8')).toBe('new deck')
  })

  it("never touches a folder of the user's of that name, nor a link's target (slides.html was overwritten)", async () => {
    await replaceInPack(out, 'notes', {path: 'slides.html', content: 'new deck'})
    await replaceInPack(out, 'linked', {path: 'slides.html', content: 'new deck'})
    await replaceInPack(out, 'missing', {path: 'slides.html', content: 'new deck'})
    expect(readFileSync(path.join(mine, 'slides.html'), 'utf8')).toBe('my own slides')
    expect(readFileSync(path.join(elsewhere, 'slides.html'), 'utf8')).toBe('my other slides')
    expect(readdirSync(mine)).toEqual(['slides.html'])
    expect(readdirSync(elsewhere)).toEqual(['slides.html'])
    expect(readdirSync(out).sort()).toEqual(['linked', 'notes', 'ours'])
  })
})

describe("pack names the site's own files use", () => {
  // A pack `assets` got the site's assets/site.css written into it, and a file the user then put in
  // dist/assets/ went with the pack's next rebuild; a pack `index.html` made the site fail (exit 5).
  it.each(['assets.txt', 'index.html.txt', 'Feed.XML.md', 'ASSETS.md'])('refuses %s with one line naming the file', (name) => {
    const source = path.join('source', name)
    expect(nameProblem(source)).toMatch(new RegExp(`^Unexpected file name \`${name.replace(/\./g, '\\.')}\` that gives the pack name \`[^\`]+\`, the name of one of the site's own files, expected another name \\(rename the file\\)$`))
    const plan = planSources([source, 'source/fine.txt'])
    expect(plan.build).toEqual(['source/fine.txt'])
    expect(plan.failed).toBe(true)
    expect(plan.lines).toEqual([expect.stringMatching(new RegExp(`^source/${name.replace(/\./g, '\\.')}  error  Unexpected file name .*  source-name$`))])
  })

  it('accepts names that only contain them', () => {
    for (const name of ['assets-2024.txt', 'index.txt', 'feed.txt', 'site.css.txt']) expect(nameProblem(name)).toBeUndefined()
  })
})

describe('pack names that would show other than they are', () => {
  // `invoice\u202Etxt.exe` showed as `invoiceexe.txt` in a file manager and a terminal listing the output folder.
  it('bidi overrides and isolates become `-`, as control characters do', () => {
    expect(sourceName('source/invoice\u202Etxt.exe.txt')).toBe('invoice-txt.exe')
    expect(sourceName('source/a\u2066b\u2069c\u202Ad.md')).toBe('a-b-c-d')
  })
})

describe("the site's assets/ folder", () => {
  // A dist/assets that is a link to a folder of the user's got site.css written into that folder, outside the output folder.
  it('a link is not ours: one line, exit 5, nothing written where it leads', async () => {
    const out = path.join(work, 'linked-assets')
    const theirs = path.join(work, 'their-folder')
    mkdirSync(out, {recursive: true})
    mkdirSync(theirs, {recursive: true})
    writeFileSync(path.join(theirs, 'notes.txt'), 'mine')
    symlinkSync(theirs, path.join(out, 'assets'))
    const source = path.join(work, 'paris.txt')
    writeFileSync(source, readFileSync(path.join(import.meta.dirname, '../../source/paris-roadmap-2019.txt')))
    const {code, stderr} = await cli([source, '--out', out, '--quiet', '--only', 'slides.md'])
    expect(stderr.trim().split('\n')).toEqual([`briefing-pack: ${path.join(out, 'assets')}/ exists and was not made by briefing-pack; move it away or choose another folder with --out`])
    expect(code).toBe(5)
    expect(readdirSync(theirs)).toEqual(['notes.txt'])
  })
})

describe('a pack.json that is not a regular file', () => {
  // A named pipe there hung the build for ever (isOurPack read it whole); a link to /dev/zero took 650 MB.
  it.each([
    ['a named pipe', (file: string) => execFileSync('mkfifo', [file])],
    ['a link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file)],
  ])('%s: the folder is not ours, one line, exit 5, at once', async (_case, make) => {
    const out = mkdtempSync(path.join(work, 'manifest-'))
    mkdirSync(path.join(out, 'paris'))
    make(path.join(out, 'paris', 'pack.json'))
    const source = path.join(work, 'paris.txt')
    writeFileSync(source, readFileSync(path.join(import.meta.dirname, '../../source/paris-roadmap-2019.txt')))
    const started = performance.now()
    const {code, stderr} = await cli([source, '--out', out, '--quiet', '--only', 'slides.md'])
    expect(stderr.trim().split('\n')).toEqual([`briefing-pack: ${path.join(out, 'paris')}/ exists and was not made by briefing-pack; move it away or choose another folder with --out`])
    expect(code).toBe(5)
    expect(performance.now() - started).toBeLessThan(15_000)
  }, 30_000)
})
