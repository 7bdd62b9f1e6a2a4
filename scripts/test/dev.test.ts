import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const seed = readFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), 'utf8')
const work = mkdtempSync(path.join(tmpdir(), 'bp-dev-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const until = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms
  while (!check()) {
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
    } finally {
      dev.kill('SIGTERM')
      const code = await new Promise((resolve) => dev.on('exit', resolve))
      expect(code).toBe(0)
    }
  }, 120_000)
})
