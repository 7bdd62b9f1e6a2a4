import {execFile} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readPdf} from './pdf.js'

const execFileAsync = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'bp-package-'))
const packed = path.join(work, 'packed')
const project = path.join(work, 'project')
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Quiet npm: no update notice, no funding or audit lines in the output the tests read. */
const env = {...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', PUPPETEER_SKIP_DOWNLOAD: '1'}

/** Run a program; resolve with its exit code and output, whatever the code. */
async function run(file: string, args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await execFileAsync(file, args, {cwd, env, maxBuffer: 16 * 1024 * 1024})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

/** `npx --no briefing-pack …` in the project: the installed command, never one fetched from the registry. */
const briefingPack = (...args: string[]) => run('npx', ['--no', '--', 'briefing-pack', ...args], project)

/** A short readout in the seed's shape, written by the test. */
const READOUT = `The Harbour Alliance's ministers met in Lisbon on 3-4 March 2025.
“Clean ports are within reach.” That was the message from the ministers when they met in Lisbon this week.
The ministers agreed the ‘Lisbon Plan’, which sets out three steps for the next two years.
- Electrify the quays: Every member port will offer shore power at its main container quays by 2027, so that ships at berth switch off their engines.
- Share the data: Ports will publish their emissions each quarter in one common format, so that progress can be compared.
- Train the crews: A joint academy will train 5,000 port workers in the new equipment over two years.
The alliance now counts 14 member ports and has raised $300 million for the first quays.
The ministers will meet again in Rotterdam next spring to review progress.
`

let install: {code: number; seconds: number; stderr: string}
let tarball = ''

beforeAll(async () => {
  mkdirSync(project, {recursive: true})
  mkdirSync(packed, {recursive: true})
  // npm pack runs prepack: the TypeScript is compiled to lib/ with tsc.
  const pack = await run('npm', ['pack', '--pack-destination', packed], root)
  expect(pack.code, pack.stderr).toBe(0)
  tarball = path.join(packed, readdirSync(packed).find((name) => name.endsWith('.tgz'))!)
  // An empty folder, as a new user has; the dependencies come from the npm cache when they are there.
  const started = performance.now()
  const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project)
  install = {code: installed.code, seconds: (performance.now() - started) / 1000, stderr: installed.stderr}
  console.log(`package test: npm install of the tarball took ${install.seconds.toFixed(1)} s`)
}, 300_000)

describe('the published package, installed from its tarball into an empty folder', () => {
  it('installs, and holds compiled JavaScript and the files read at run time, not the TypeScript or the tests', async () => {
    expect(install.stderr.split('\n').filter((line) => line.includes('ERR'))).toEqual([])
    expect(install.code).toBe(0)
    const listing = (await run('tar', ['tzf', tarball], work)).stdout.split('\n').filter(Boolean)
    for (const file of ['package/package.json', 'package/lib/scripts/cli/main.js', 'package/lib/scripts/index.js', 'package/lib/scripts/index.d.ts', 'package/slides/theme.css', 'package/brief/brief.css']) expect(listing).toContain(file)
    expect(listing.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([])
    expect(listing.filter((file) => file.includes('/test/'))).toEqual([])
    // The runner's bundler is for the clone only.
    expect(existsSync(path.join(project, 'node_modules/esbuild'))).toBe(false)
  })

  it('npx briefing-pack --version prints the version of package.json', async () => {
    const {code, stdout} = await briefingPack('--version')
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version)
  })

  it('npx briefing-pack build readout.txt --out site gives a full pack and the site', async () => {
    writeFileSync(path.join(project, 'readout.txt'), READOUT)
    const {code, stdout, stderr} = await briefingPack('build', 'readout.txt', '--out', 'site')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('readout.txt -> site/readout/')
    const pack = path.join(project, 'site/readout')
    for (const file of ['roadmap.md', 'slides.html', 'slides.pdf', 'slides.pptx', 'brief.pdf', 'brief.docx', 'index.html']) expect(existsSync(path.join(pack, file)), file).toBe(true)
    expect(existsSync(path.join(project, 'site/index.html'))).toBe(true)
    expect(readFileSync(path.join(pack, 'roadmap.md'), 'utf8')).toContain('### Electrify the quays\n')
    // The Marp theme, the brief's CSS and the fonts were found inside node_modules/briefing-pack.
    expect(readFileSync(path.join(pack, 'slides.html'), 'utf8')).toContain('Source Sans 3')
    expect(readFileSync(path.join(pack, 'brief.html'), 'utf8')).toMatch(/@page/)
    expect((await readPdf(path.join(pack, 'brief.pdf'))).text).toContain('Share the data')
    expect((await readPdf(path.join(pack, 'slides.pdf'))).text).toContain('Train the crews')
  })

  it('npx briefing-pack build again finds the pack up to date, and npx briefing-pack site writes the index from the packs', async () => {
    // The tool's fingerprint is made from lib/ once installed: unchanged, so the pack is not built again.
    const again = await briefingPack('build', 'readout.txt', '--out', 'site')
    expect(again).toEqual({code: 0, stdout: 'readout.txt -> site/readout/ up to date\nsite/index.html: 1 readout listed\n', stderr: ''})
    rmSync(path.join(project, 'site/index.html'))
    const site = await briefingPack('site', '--out', 'site')
    expect(site).toEqual({code: 0, stdout: 'site/index.html: 1 readout listed, with site/feed.xml\n', stderr: ''})
    expect(readFileSync(path.join(project, 'site/index.html'), 'utf8')).toContain('./readout/index.html')
  })

  it('is importable from code, with the typed API of its exports', async () => {
    const {code, stdout, stderr} = await run(process.execPath, ['--input-type=module', '-e', "const m = await import('briefing-pack'); console.log(Object.keys(m).sort().join(' '))"], project)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.trim().split(' ')).toEqual(expect.arrayContaining(['BrowserSession', 'buildPack', 'readSource', 'structureSource']))
    const types = readFileSync(path.join(project, 'node_modules/briefing-pack/lib/scripts/index.d.ts'), 'utf8')
    expect(types).toContain('buildPack')
    expect(types).toContain('structureSource')
  })

  it('npx briefing-pack --help lists the commands; build --help its options', async () => {
    const help = await briefingPack('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: briefing-pack \[options\] \[command\]/)
    expect(help.stdout).toMatch(/^ {2}build \[options\] \[source\.\.\.\]/m)
    expect(help.stdout).toMatch(/^ {2}dev \[options\]/m)
    const build = await briefingPack('build', '--help')
    expect(build.code).toBe(0)
    expect(build.stdout).toMatch(/^Usage: briefing-pack build \[options\] \[source\.\.\.\]/)
    expect(build.stdout).toContain('--out <dir>')
  })

  it.each([
    [['build', '--nope'], "briefing-pack: unknown option '--nope' (see --help)"],
    [['buidl'], "briefing-pack: unknown command 'buidl' (Did you mean build?) (see --help)"],
    [[], 'briefing-pack: expected a command: build, dev, check, site (see --help)'],
    [['build', 'missing.txt'], 'briefing-pack: missing.txt: cannot find this file or folder, expected a .txt or .md source or a folder of them'],
  ])('%j: one line on stderr, exit 2', async (args, line) => {
    const {code, stdout, stderr} = await briefingPack(...args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${line}\n`)
  })
})
