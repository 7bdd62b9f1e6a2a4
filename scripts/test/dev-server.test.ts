import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {createServer, request, type IncomingHttpHeaders} from 'node:http'
import {connect} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readHost, startDevServer, type DevServer} from '../dev/server.js'

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
  // Hidden files: a dotfile, our temporary folder's shape, and a visible link to a hidden file.
  writeFileSync(path.join(out, '.env'), 'TOKEN=hidden')
  mkdirSync(path.join(out, '.pack.tmp-123-0123abcd'))
  writeFileSync(path.join(out, '.pack.tmp-123-0123abcd', 'roadmap.md'), 'half-written')
  symlinkSync('.env', path.join(out, 'visible.md'))
  // Names a URL must encode, and a page that gets the live-reload script.
  mkdirSync(path.join(out, 'what? #1 50%'))
  writeFileSync(path.join(out, 'what? #1 50%', 'roadmap.md'), '# odd name')
  writeFileSync(path.join(out, 'pack', 'index.html'), '<html><body><p>pack page</p></body></html>')
  server = await startDevServer(out, 0)
  port = Number(new URL(server.url).port)
})
afterAll(async () => {
  await server.close()
  rmSync(work, {recursive: true, force: true})
})

/** One real HTTP request with the raw path and Host header given. */
async function get(rawPath: string, host = `localhost:${port}`): Promise<{status: number; body: string}> {
  const {status, body} = await raw(rawPath, {host})
  return {status, body}
}

/** One real HTTP request with the headers given; resolves with the status, the headers and the body. */
function raw(rawPath: string, headers: Record<string, string>, method = 'GET', to = port): Promise<{status: number; body: string; headers: IncomingHttpHeaders}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port: to, method, path: rawPath, headers: {host: `localhost:${to}`, ...headers}}, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body, headers: response.headers}))
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

  it.each(['/.env', '/.pack.tmp-123-0123abcd/roadmap.md', '/%2eenv', '/visible.md', '/pack/../.env'])('never serves a hidden file: %s is a 404', async (asked) => {
    const {status, body} = await get(asked)
    expect(status).toBe(404)
    expect(body).not.toMatch(/TOKEN|half-written/)
  })

  it('serves files through the middleware: type, byte ranges, names with ? # % encoded', async () => {
    const response = await raw('/pack/roadmap.md', {range: 'bytes=2-7'})
    expect(response.status).toBe(206)
    expect(response.body).toBe('inside')
    expect(response.headers['content-type']).toMatch(/^text\/markdown/)
    expect(response.headers['cache-control']).toBe('no-store')
    expect(await get(`/${encodeURIComponent('what? #1 50%')}/roadmap.md`)).toEqual({status: 200, body: '# odd name'})
  })

  it('adds the live-reload script to HTML pages, folders give their index.html', async () => {
    const page = await get('/pack/')
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/<p>pack page<\/p><script>.*EventSource.*<\/script><\/body>/)
    expect((await raw('/pack/index.html', {}, 'HEAD')).body).toBe('')
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

describe('where the dev server listens', () => {
  it('--host takes an IP address or localhost; anything else is one line, exit 2', () => {
    expect(readHost(undefined)).toBe('127.0.0.1')
    expect(readHost('localhost')).toBe('127.0.0.1')
    expect(readHost('0.0.0.0')).toBe('0.0.0.0')
    expect(readHost('[::1]')).toBe('::1')
    for (const bad of ['evil.example', '300.1.1.1', '', '127.0.0.1:80']) {
      expect(() => readHost(bad)).toThrow(expect.objectContaining({exitCode: 2, message: expect.stringMatching(/^--host .*: expected an IP address of this machine/)}))
    }
  })

  it('a port in use: the next free one, and it says which', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const busy = (taken.address() as {port: number}).port
    const next = await startDevServer(out, busy)
    try {
      expect(next.port).toBeGreaterThan(busy)
      expect(next.url).toBe(`http://localhost:${next.port}/`)
      expect((await raw('/pack/roadmap.md', {}, 'GET', next.port)).status).toBe(200)
    } finally {
      await next.close()
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  it('on another address it also answers to that address, still not to other names', async () => {
    const other = await startDevServer(out, 0, '127.0.0.2')
    try {
      const to = other.port
      const ask = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request({host: '127.0.0.2', port: to, path: '/pack/roadmap.md', headers: {host}}, (response) => {
            response.resume()
            resolve(response.statusCode ?? 0)
          })
          req.on('error', reject)
          req.end()
        })
      expect(await ask(`127.0.0.2:${to}`)).toBe(200)
      expect(await ask('evil.example')).toBe(421)
      // Nothing listens on 127.0.0.1 for this server.
      await expect(raw('/pack/roadmap.md', {}, 'GET', to)).rejects.toThrow(/ECONNREFUSED/)
    } finally {
      await other.close()
    }
  })
})
