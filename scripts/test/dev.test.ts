import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {createServer, type Server} from 'node:net'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cli} from './cli.js'
import {processesMentioning} from './processes.js'

const root = path.resolve(import.meta.dirname, '../..')
const seed = readFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), 'utf8')
const work = mkdtempSync(path.join(tmpdir(), 'bp-dev-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Wait for `check`; one that throws (a pack folder caught between the two renames that publish it) is not yet true. */
const until = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms
  const holds = () => {
    try {
      return check()
    } catch {
      return false
    }
  }
  while (!holds()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('watch mode (npm run dev)', () => {
  it('serves with live reload, keeps the last good outputs on a bad edit and recovers when it is fixed', async () => {
    const sources = path.join(work, 'src')
    const out = path.join(work, 'out')
    mkdirSync(sources)
    const source = path.join(sources, 'paris.txt')
    writeFileSync(source, seed)
    const dev = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'dev', '--source', sources, '--out', out, '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    dev.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    dev.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    try {
      await until(() => /Serving .* at (http:\/\/localhost:\d+\/)/.test(stdout), 60_000)
      const url = /at (http:\/\/localhost:\d+\/)/.exec(stdout)![1]
      const page = await (await fetch(`${url}paris/slides.html`)).text()
      expect(page).toContain('EventSource')
      // The file on disk has no reload script: only the dev server adds it.
      expect(readFileSync(path.join(out, 'paris/slides.html'), 'utf8')).not.toContain('__briefing-pack/events')

      const good = readFileSync(path.join(out, 'paris/slides.pdf'))
      writeFileSync(source, `${seed}\n- : a pillar without a title\n`)
      await until(() => stderr.includes('error  Unexpected empty pillar title'), 20_000)
      expect(stderr).toMatch(/paris\.txt:9:3 {2}error/)
      expect(readFileSync(path.join(out, 'paris/slides.pdf')).equals(good)).toBe(true)
      expect((await fetch(url)).status).toBe(200)

      const before = statSync(path.join(out, 'paris/brief.pdf')).ino
      writeFileSync(source, seed.replace('80 international partners', '81 international partners'))
      await until(() => statSync(path.join(out, 'paris/brief.pdf')).ino !== before, 20_000)
      expect(readFileSync(path.join(out, 'paris/roadmap.md'), 'utf8')).toContain('**81** international partners')
      // What a save made is what a build makes of the same text, byte for byte (warm pages and caches change nothing).
      const again = path.join(work, 'again')
      mkdirSync(again)
      writeFileSync(path.join(again, 'paris.txt'), readFileSync(source))
      expect((await cli([path.join(again, 'paris.txt'), '--out', path.join(again, 'out'), '--quiet'])).code).toBe(0)
      const saved = readdirSync(path.join(out, 'paris')).sort()
      expect(readdirSync(path.join(again, 'out/paris')).sort()).toEqual(saved)
      for (const file of saved) expect(readFileSync(path.join(out, 'paris', file)).equals(readFileSync(path.join(again, 'out/paris', file))), file).toBe(true)

      // A source renamed: its new pack is built and the old one goes, from the folder and the index.
      renameSync(source, path.join(sources, 'rome.txt'))
      await until(() => existsSync(path.join(out, 'rome/pack.json')) && !existsSync(path.join(out, 'paris')), 30_000)
      // The index is written after the pack: wait for the one that lists rome and not paris.
      await until(() => {
        const index = readFileSync(path.join(out, 'index.html'), 'utf8')
        return index.includes('./rome/') && !index.includes('./paris/')
      }, 10_000)
    } finally {
      dev.kill('SIGTERM')
      const code = await new Promise((resolve) => dev.on('exit', resolve))
      expect(code).toBe(143)
    }
  }, 120_000)
})

describe('watch mode and the settings files', () => {
  it('a save of briefing-pack.yml or of the --brand file rebuilds every pack with it, and a build with the same options finds them up to date', async () => {
    // A project folder of its own: the settings files are looked for in the working folder.
    const project = path.join(work, 'settings')
    const sources = path.join(project, 'src')
    const out = path.join(project, 'out')
    mkdirSync(sources, {recursive: true})
    writeFileSync(path.join(sources, 'paris.txt'), seed)
    writeFileSync(path.join(sources, 'rome.txt'), seed.replace(/in Paris on 24-25 June 2019/, 'in Rome on 2 May 2024'))
    const config = path.join(project, 'briefing-pack.yml')
    const brand = path.join(project, 'look.yml')
    writeFileSync(config, 'paper: a4\n')
    const look = (primary: string) => `color:\n  primary: "${primary}"\n  secondary: "#f2c14e"\n`
    writeFileSync(brand, look('#7a1f3d'))
    const dev = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'dev', '--source', 'src', '--out', 'out', '--port', '0', '--brand', 'look.yml'], {cwd: project, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    dev.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    dev.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const deck = (name: string) => readFileSync(path.join(out, name, 'slides.html'), 'utf8')
    try {
      await until(() => /Serving /.test(stdout), 60_000)
      expect(deck('paris')).toContain('#7a1f3d')
      expect(deck('paris')).not.toContain('RESTRICTED-TEST')

      // The settings file: both packs get the marking.
      writeFileSync(config, 'paper: a4\nmarking: RESTRICTED-TEST\n')
      await until(() => ['paris', 'rome'].every((name) => deck(name).includes('RESTRICTED-TEST')), 30_000)

      // The brand named by --brand: both packs get the new colour.
      writeFileSync(brand, look('#1f3d7a'))
      await until(() => ['paris', 'rome'].every((name) => deck(name).includes('#1f3d7a')), 30_000)

      // A mistake in it: one line, and the outputs stay as they were.
      writeFileSync(brand, 'color:\n  primary: 12\n')
      await until(() => /look\.yml.*the last good settings and outputs stay/.test(stderr), 20_000)
      expect(deck('paris')).toContain('#1f3d7a')
      writeFileSync(brand, look('#1f3d7a'))
      await until(() => (stdout.match(/up to date/g) ?? []).length >= 2, 20_000)
    } finally {
      if (dev.exitCode === null) {
        dev.kill('SIGTERM')
        await new Promise((resolve) => dev.on('exit', resolve))
      }
    }
    // The packs record the --brand file as `build --brand` does: nothing to build again.
    const build = await cli(['src', '--out', 'out', '--brand', 'look.yml'], project)
    expect(build.code).toBe(0)
    expect(build.stdout).toMatch(/src\/paris\.txt -> out\/paris\/ up to date/)
    expect(build.stdout).toMatch(/src\/rome\.txt -> out\/rome\/ up to date/)
  }, 180_000)
})

/** Run `npm run dev` with these arguments until it exits; record its output and its Chromium children. */
async function devUntilExit(args: string[]) {
  const temporary = mkdtempSync(path.join(work, 'tmp-'))
  const dev = spawn(process.execPath, [path.join(root, 'scripts/run.mjs'), 'dev', ...args], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, TMPDIR: temporary}})
  let stderr = ''
  dev.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => dev.kill('SIGKILL'), 90_000)
  // Listed the moment it exits: no Chromium of this run may outlive it.
  const [code, left] = await new Promise<[number | null, string[]]>((resolve) => dev.on('exit', (exitCode) => resolve([exitCode, processesMentioning(temporary)])))
  clearTimeout(timer)
  return {code, stderr, left}
}

describe('watch mode that cannot start', () => {
  it.each([
    [['--port', 'abc'], /option '--port <n>' argument 'abc' is invalid\. expected a whole number from 0 to 65535/],
    [['--port', '70000'], /option '--port <n>' argument '70000' is invalid\. expected a whole number from 0 to 65535/],
    [['--source', '/nonexistent/readouts'], /readouts\/: cannot find the source folder/],
  ])('%j: one line, exit 2, no hang', async (args, line) => {
    const {code, stderr, left} = await devUntilExit([...args, '--out', path.join(work, 'never')])
    expect(code).toBe(2)
    expect(left).toEqual([])
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(line)])
  })

  it('every port taken: one line, exit 2, the browser closed', async () => {
    const sources = path.join(work, 'busy-src')
    mkdirSync(sources, {recursive: true})
    writeFileSync(path.join(sources, 'paris.txt'), seed)
    // Twenty ports in a row, all taken by this test.
    const servers: Server[] = []
    let first = 0
    for (let attempt = 0; attempt < 20 && servers.length < 20; attempt++) {
      for (const server of servers.splice(0)) server.close()
      first = 20000 + Math.floor(Math.random() * 20000)
      for (let port = first; port < first + 20; port++) {
        const server = createServer()
        const ok = await new Promise<boolean>((resolve) => server.once('error', () => resolve(false)).listen(port, '127.0.0.1', () => resolve(true)))
        if (!ok) break
        servers.push(server)
      }
    }
    try {
      const {code, stderr, left} = await devUntilExit(['--source', sources, '--out', path.join(work, 'busy-out'), '--port', String(first), '--quiet'])
      expect(left).toEqual([])
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`--port ${first}: ports ${first} to ${first + 19} are all in use`))])
      expect(code).toBe(2)
    } finally {
      for (const server of servers) server.close()
    }
  }, 120_000)
})
