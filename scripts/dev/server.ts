import {createReadStream} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {createServer, type ServerResponse} from 'node:http'
import path from 'node:path'

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
 * server-sent events and reloads when `reload()` is called. Only files inside the folder are served.
 * @param root the folder to serve (the output folder)
 * @param port the port to try first; the next ones are tried when it is taken
 * @returns the running server
 */
export async function startDevServer(root: string, port: number): Promise<DevServer> {
  const clients = new Set<ServerResponse>()
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === EVENTS) {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'})
      response.write(': connected\n\n')
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    let file = path.join(root, decodeURIComponent(url.pathname))
    if (!file.startsWith(path.resolve(root))) return void response.writeHead(403).end('Forbidden')
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html')
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
      if (type.startsWith('text/html')) {
        const html = await readFile(file, 'utf8')
        const at = html.lastIndexOf('</body>')
        response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'})
        response.end(at === -1 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at))
        return
      }
      response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'})
      createReadStream(file).pipe(response)
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end('Not found')
    }
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

/** Listen on `port` on loopback, or on the next free one. */
async function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  for (let candidate = port; candidate < port + 20; candidate++) {
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false))
      server.listen(candidate, '127.0.0.1', () => resolve(true))
    })
    if (ok) return (server.address() as {port: number}).port
  }
  throw new Error(`no free port from ${port} to ${port + 19}`)
}
