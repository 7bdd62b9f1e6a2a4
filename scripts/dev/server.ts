import {constants} from 'node:fs'
import {open, realpath, stat} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import path from 'node:path'
import {BuildError, EXIT} from '../errors.js'
import createDebug from 'debug'

const debug = createDebug('briefing-pack:server')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

const EVENTS = '/__briefing-pack/events'
/** Added to every HTML page served: reloads it when the server says its outputs changed. */
const RELOAD_SCRIPT = `<script>(() => { const events = new EventSource(${JSON.stringify(EVENTS)}); events.onmessage = (event) => { if (event.data === 'reload') location.reload() } })()</script>`

/** The watch-mode server: serves the output folder and tells open pages to reload. */
export interface DevServer {
  url: string
  /** Tell every open page to reload. */
  reload(): void
  close(): Promise<void>
}

/**
 * Serve a folder on localhost, with live reload: HTML pages get a small script that listens for
 * server-sent events and reloads when `reload()` is called. Only regular files whose real path is
 * inside the folder are served, only to `localhost`, `127.0.0.1` and `[::1]` Host headers; a bad
 * request gets 400, 403, 404 or 421 and never ends the server.
 * @param root the folder to serve (the output folder)
 * @param port the port to try first; the next ones are tried when it is taken
 * @returns the running server
 */
export async function startDevServer(root: string, port: number): Promise<DevServer> {
  const clients = new Set<ServerResponse>()
  const realRoot = await realpath(root)
  const server = createServer((request, response) => {
    serve(realRoot, clients, request, response).catch((error: unknown) => {
      debug('request %s failed: %o', request.url, error)
      if (!response.headersSent) response.writeHead(500, {'content-type': 'text/plain'})
      response.end('Internal error')
    })
  })
  // A malformed request (bad header, bad method line) gets a 400; it never ends the server.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n')
    else socket.destroy()
  })
  const listening = await listen(server, port)
  return {
    url: `http://localhost:${listening}/`,
    reload() {
      for (const client of clients) client.write('data: reload\n\n')
    },
    close() {
      for (const client of clients) client.end()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

/** Host names this server answers to (any port): a page from another name is a DNS rebinding. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The host of a `Host` header without its port; undefined when there is none. */
function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(header.trim().toLowerCase())
  return match?.[1]
}

/** Whether `item` is `folder` itself or inside it. */
const within = (folder: string, item: string) => item === folder || item.startsWith(folder + path.sep)

/** Answer one request: the live-reload events, or a regular file inside the served folder. */
async function serve(root: string, clients: Set<ServerResponse>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const text = (status: number, body: string) => void response.writeHead(status, {'content-type': 'text/plain; charset=utf-8'}).end(body)
  if (!LOCAL_HOSTS.has(hostName(request.headers.host) ?? '')) return text(421, 'Misdirected request: this server answers only to localhost')
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  } catch {
    return text(400, 'Bad request: malformed URL')
  }
  if (pathname.includes('\0')) return text(400, 'Bad request: malformed URL')
  if (pathname === EVENTS) {
    response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'})
    response.write(': connected\n\n')
    clients.add(response)
    request.on('close', () => clients.delete(response))
    return
  }
  const asked = path.join(root, pathname)
  if (!within(root, asked)) return text(403, 'Forbidden')
  let file: string
  try {
    // Links are followed, but what they lead to must be inside the folder too.
    file = await realpath(asked)
    if (!within(root, file)) return text(403, 'Forbidden')
    if ((await stat(file)).isDirectory()) file = await realpath(path.join(file, 'index.html'))
    if (!within(root, file)) return text(403, 'Forbidden')
  } catch {
    return text(404, 'Not found')
  }
  let handle
  try {
    // Non-blocking, so that a FIFO cannot hang the open; only regular files are served.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'EACCES' || code === 'EPERM' ? text(403, 'Forbidden') : text(404, 'Not found')
  }
  try {
    if (!(await handle.stat()).isFile()) return text(403, 'Forbidden: not a regular file')
    const bytes = await handle.readFile()
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
    response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'})
    if (!type.startsWith('text/html')) return void response.end(bytes)
    const html = bytes.toString('utf8')
    const at = html.lastIndexOf('</body>')
    response.end(at === -1 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (response.headersSent) return void response.end()
    return code === 'EACCES' || code === 'EPERM' ? text(403, 'Forbidden') : text(404, 'Not found')
  } finally {
    await handle.close()
  }
}

/** Listen on `port` on loopback, or on the next free one. */
async function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  for (let candidate = port; candidate < port + 20; candidate++) {
    const ok = await new Promise<boolean>((resolve) => {
      const failed = () => {
        server.off('listening', listening)
        resolve(false)
      }
      const listening = () => {
        server.off('error', failed)
        resolve(true)
      }
      server.once('error', failed)
      server.once('listening', listening)
      server.listen(candidate, '127.0.0.1')
    })
    if (ok) return (server.address() as {port: number}).port
  }
  throw new BuildError(`--port ${port}: ports ${port} to ${port + 19} are all in use on 127.0.0.1; choose another with --port`, EXIT.usage)
}
