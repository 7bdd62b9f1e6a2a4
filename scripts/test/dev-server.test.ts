import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {connect} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startDevServer, type DevServer} from '../dev/server.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-server-'))
const out = path.join(work, 'dist')
let server: DevServer
let port: number

beforeAll(async () => {
  mkdirSync(path.join(out, 'pack'), {recursive: true})
  writeFileSync(path.join(out, 'index.html'), '<html><body>site index</body></html>')
  writeFileSync(path.join(out, 'pack', 'roadmap.md'), '# inside')
  // A sibling whose name starts with the output folder's, a secret outside, links in and out.
  mkdirSync(path.join(work, 'dist-private'))
  writeFileSync(path.join(work, 'dist-private', 'k.txt'), 'private key')
  writeFileSync(path.join(work, 'secret.txt'), 'secret')
  symlinkSync(path.join(work, 'secret.txt'), path.join(out, 'leak.txt'))
  symlinkSync(path.join(work, 'dist-private'), path.join(out, 'leak-folder'))
  symlinkSync('pack', path.join(out, 'alias'))
  symlinkSync(path.join(work, 'nowhere'), path.join(out, 'dangling.md'))
  execFileSync('mkfifo', [path.join(out, 'pipe.md')])
  server = await startDevServer(out, 0)
  port = Number(new URL(server.url).port)
})
afterAll(async () => {
  await server.close()
  rmSync(work, {recursive: true, force: true})
})

/** One real HTTP request with the raw path and Host header given. */
function get(rawPath: string, host = `localhost:${port}`): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path: rawPath, headers: {host}}, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body}))
    })
    req.setTimeout(5000, () => req.destroy(new Error(`timed out: ${rawPath}`)))
    req.on('error', reject)
    req.end()
  })
}

describe('the dev server', () => {
  it('serves files inside the output folder, and our own links that stay inside it', async () => {
    expect(await get('/')).toMatchObject({status: 200, body: expect.stringContaining('site index')})
    expect(await get('/pack/roadmap.md')).toEqual({status: 200, body: '# inside'})
    expect(await get('/alias/roadmap.md')).toEqual({status: 200, body: '# inside'})
  })

  it.each(['/..%2fdist-private/k.txt', '/../dist-private/k.txt', '/%2e%2e/dist-private/k.txt', '/leak.txt', '/leak-folder/k.txt'])('does not serve %s from outside the folder', async (asked) => {
    const {status, body} = await get(asked)
    expect([403, 404]).toContain(status)
    expect(body).not.toMatch(/private key|secret/)
  })

  it.each(['localhost', `127.0.0.1:${'8040'}`, '[::1]:8040'])('answers to Host %s', async (host) => {
    expect((await get('/pack/roadmap.md', host)).status).toBe(200)
  })

  it.each(['evil.example', 'evil.example:8040', 'localhost.evil.example', '127.0.0.1.nip.io'])('refuses Host %s (DNS rebinding): 421', async (host) => {
    const {status, body} = await get('/pack/roadmap.md', host)
    expect(status).toBe(421)
    expect(body).not.toContain('# inside')
  })

  it('a malformed URL is a 400, a missing or dangling file a 404, a FIFO a 403 at once, and the server lives on', async () => {
    expect((await get('/%')).status).toBe(400)
    expect((await get('/growth-5%/index.html')).status).toBe(400)
    expect((await get('/dangling.md')).status).toBe(404)
    expect((await get('/nothing-here')).status).toBe(404)
    const started = performance.now()
    expect((await get('/pipe.md')).status).toBe(403)
    expect(performance.now() - started).toBeLessThan(2000)
    expect((await get('/pack/roadmap.md')).status).toBe(200)
  })

  it('a request that is not HTTP gets 400 and does not end the server', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GARBAGE \u0000\r\n\r\n'))
      let data = ''
      socket.on('data', (chunk) => (data += chunk.toString()))
      socket.on('end', () => resolve(data))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1\.1 400/)
    expect((await get('/pack/roadmap.md')).status).toBe(200)
  })
})
