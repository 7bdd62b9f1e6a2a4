import {constants} from 'node:fs'
import {open, realpath, stat} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {isIP} from 'node:net'
import {hostname, networkInterfaces} from 'node:os'
import path from 'node:path'
import serveStatic from 'serve-static'
import {BuildError, EXIT} from '../errors.js'
import {swapMark, swappedSince} from '../write-pack.js'
import createDebug from 'debug'

const debug = createDebug('briefing-pack:server')

const EVENTS = '/__briefing-pack/events'
/** Added to every HTML page served: reloads it when the server says its outputs changed. */
const RELOAD_SCRIPT = `<script>(() => { const events = new EventSource(${JSON.stringify(EVENTS)}); events.onmessage = (event) => { if (event.data === 'reload') location.reload() } })()</script>`

/** The watch-mode server: serves the output folder and tells open pages to reload. */
export interface DevServer {
  url: string
  /** The port it listens on: the one asked for, or the next free one. */
  port: number
  /** Tell every open page to reload. */
  reload(): void
  close(): Promise<void>
}

/** The static-file middleware, as serve-static returns it. */
type ServeFile = (request: IncomingMessage, response: ServerResponse, next: (error?: {status?: number}) => void) => void

/**
 * Serve a folder with live reload: HTML pages get a small script that listens for server-sent
 * events and reloads when `reload()` is called. Files are sent by serve-static (express's
 * maintained middleware); before it, each request is checked here: only regular files whose real
 * path is inside the folder, no hidden (dot) files, and only to Host headers naming this machine
 * (`localhost`, `127.0.0.1`, `[::1]`, and the listening address); a bad request gets 400, 403,
 * 404 or 421 and never ends the server.
 * @param root the folder to serve (the output folder)
 * @param port the port to try first; the next ones are tried when it is taken
 * @param host the address to listen on (default `127.0.0.1`: this machine only)
 * @returns the running server
 */
export async function startDevServer(root: string, port: number, host = '127.0.0.1'): Promise<DevServer> {
  const clients = new Set<ServerResponse>()
  const realRoot = await realpath(root)
  const hosts = allowedHosts(host)
  // No index or redirect of its own: folders were resolved to their index.html above.
  const files = serveStatic(realRoot, {dotfiles: 'ignore', index: false, redirect: false, fallthrough: false, cacheControl: false, setHeaders: (response) => response.setHeader('cache-control', 'no-store')}) as unknown as ServeFile
  const server = createServer((request, response) => {
    serve(realRoot, hosts, files, clients, request, response).catch((error: unknown) => {
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
  const listening = await listen(server, port, host)
  const shown = isLoopback(host) || ANY_ADDRESS.has(host) ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host
  return {
    url: `http://${shown}:${listening}/`,
    port: listening,
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
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/** Addresses that mean "every interface". */
const ANY_ADDRESS = new Set(['0.0.0.0', '::'])

/**
 * The `--host` option: an IP address of this machine (`127.0.0.1`, `::1`, `192.168.1.20`, `0.0.0.0`
 * or `::` for every interface) or `localhost`; a name that DNS would resolve is refused, so the
 * server never listens on an address the user did not mean.
 * @param value the option as given
 * @returns the address to listen on (default `127.0.0.1`)
 */
export function readHost(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1'
  const host = value.replace(/^\[(.*)\]$/, '$1')
  if (host === 'localhost') return '127.0.0.1'
  if (!isIP(host)) throw new BuildError(`--host ${value}: expected an IP address of this machine such as 127.0.0.1, ::1 or 0.0.0.0 (every interface) (see --help)`, EXIT.usage)
  return host
}

/** Whether `host` is a loopback address: only this machine can connect. */
export function isLoopback(host: string): boolean {
  return host === '::1' || /^127\./.test(host)
}

/** The Host header names a server listening on `host` answers to: localhost always, and the names the address is reached by. */
function allowedHosts(host: string): Set<string> {
  const names = new Set(LOCAL_HOSTS)
  const add = (address: string) => names.add(isIP(address) === 6 ? `[${address.toLowerCase()}]` : address.toLowerCase())
  if (!ANY_ADDRESS.has(host)) add(host)
  else {
    for (const addresses of Object.values(networkInterfaces())) for (const info of addresses ?? []) add(info.address)
    add(hostname())
  }
  return names
}

/** The host of a `Host` header without its port; undefined when there is none. */
function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(header.trim().toLowerCase())
  return match?.[1]
}

/** Whether `item` is `folder` itself or inside it. */
const within = (folder: string, item: string) => item === folder || item.startsWith(folder + path.sep)

/** A path with a segment that starts with a dot: hidden files and our temporary folders are never served. */
const hidden = (relative: string) => relative.split(/[\\/]/).some((segment) => segment.startsWith('.'))

/** How many times a file not found while packs are being published is looked for again. */
const MAX_LOOKS = 50

/** Answer one request: the live-reload events, or a regular file inside the served folder. */
async function serve(root: string, hosts: Set<string>, files: ServeFile, clients: Set<ServerResponse>, request: IncomingMessage, response: ServerResponse, attempt = 0): Promise<void> {
  const text = (status: number, body: string) => {
    clearHeaders(response)
    response.writeHead(status, {'content-type': 'text/plain; charset=utf-8'}).end(body)
  }
  // A pack being published is missing for an instant, between the two renames that move it into
  // place (see `swapInto`): a file not found then is looked for again once the swap is done, as
  // often as a new swap overlapped the look again (publishes back to back under load overlapped
  // three in a row once); only a file missing with no swap under way is a 404.
  const mark = swapMark()
  const notFound = async () => {
    if (attempt < MAX_LOOKS && (await swappedSince(mark))) return serve(root, hosts, files, clients, request, response, attempt + 1)
    text(404, 'Not found')
  }
  if (!hosts.has(hostName(request.headers.host) ?? '')) return text(421, 'Misdirected request: this server answers only to the names of this machine')
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
  if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, {allow: 'GET, HEAD'}).end()
  const asked = path.join(root, pathname)
  if (!within(root, asked)) return text(403, 'Forbidden')
  if (hidden(path.relative(root, asked))) return text(404, 'Not found')
  let file: string
  try {
    // Links are followed, but what they lead to must be inside the folder too.
    file = await realpath(asked)
    if (!within(root, file)) return text(403, 'Forbidden')
    if ((await stat(file)).isDirectory()) file = await realpath(path.join(file, 'index.html'))
    if (!within(root, file)) return text(403, 'Forbidden')
    // Only regular files: a FIFO, device or socket would block or never end.
    if (!(await stat(file)).isFile()) return text(403, 'Forbidden: not a regular file')
  } catch {
    return notFound()
  }
  const relative = path.relative(root, file)
  if (hidden(relative)) return text(404, 'Not found')
  if (path.extname(file) === '.html') return serveHtml(file, request, response, text, notFound)
  // Every other file: the checked real path, handed to serve-static (types, ranges, ETag, HEAD).
  const asUrl = request.url
  request.url = `/${relative.split(path.sep).map(encodeURIComponent).join('/')}`
  files(request, response, (error?: {status?: number}) => {
    if (response.headersSent) return void response.end()
    clearHeaders(response)
    if (error?.status === 403) return text(403, 'Forbidden')
    request.url = asUrl
    notFound().catch(() => text(404, 'Not found'))
  })
}

/** Remove the headers set so far: those serve-static set for a file that then vanished (its Content-Length) left the client waiting for ever. */
function clearHeaders(response: ServerResponse): void {
  for (const name of response.getHeaderNames()) response.removeHeader(name)
}

/** An HTML page, read here (as Vite does) so that the live-reload script can be added before `</body>`. */
async function serveHtml(file: string, request: IncomingMessage, response: ServerResponse, text: (status: number, body: string) => void, notFound: () => Promise<void>): Promise<void> {
  let handle
  try {
    // Non-blocking, so that a file swapped for a FIFO since the check cannot hang the open.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'EACCES' || code === 'EPERM' ? text(403, 'Forbidden') : notFound()
  }
  try {
    if (!(await handle.stat()).isFile()) return text(403, 'Forbidden: not a regular file')
    const html = (await handle.readFile()).toString('utf8')
    const at = html.lastIndexOf('</body>')
    const body = at === -1 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at)
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body)})
    response.end(request.method === 'HEAD' ? undefined : body)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (response.headersSent) return void response.end()
    return code === 'EACCES' || code === 'EPERM' ? text(403, 'Forbidden') : text(404, 'Not found')
  } finally {
    await handle.close()
  }
}

/** Listen on `port` at `host`, or on the next free port; any other failure to listen is one line. */
async function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  for (let candidate = port; candidate < port + 20; candidate++) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const failed = (problem: NodeJS.ErrnoException) => {
        server.off('listening', listening)
        resolve(problem)
      }
      const listening = () => {
        server.off('error', failed)
        resolve(undefined)
      }
      server.once('error', failed)
      server.once('listening', listening)
      server.listen(candidate, host)
    })
    if (!error) return (server.address() as {port: number}).port
    if (error.code !== 'EADDRINUSE') throw new BuildError(`--host ${host}: cannot listen on this address (${error.code ?? 'error'}); expected an address of this machine, such as 127.0.0.1`, EXIT.usage)
  }
  throw new BuildError(`--port ${port}: ports ${port} to ${port + 19} are all in use on ${host}; choose another with --port`, EXIT.usage)
}
