import fs from 'node:fs'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import type {Browser, ConnectionTransport, ConnectOptions} from 'puppeteer-core'
import {environment} from 'puppeteer-core/internal/environment.js'
import {Puppeteer} from 'puppeteer-core/internal/common/Puppeteer.js'
import {PipeTransport} from 'puppeteer-core/internal/node/PipeTransport.js'

/**
 * Connect Puppeteer to a running browser, loading only what connecting needs. `puppeteer-core`'s
 * entry also loads its launchers and `@puppeteer/browsers` (downloads, proxies, a JavaScript
 * engine for PAC files), none of which a connection uses: ~0.2 s of CPU per run. This does what
 * that entry does for a connection: give Puppeteer Node's `fs` and `path`, then `connect`.
 * @param options Puppeteer's connection options
 * @returns the connected browser
 */
export function connectBrowser(options: ConnectOptions): Promise<Browser> {
  environment.value = {
    fs,
    path,
    get ScreenRecorder(): never {
      throw new Error('ScreenRecorder is not loaded: briefing-pack records no screencasts')
    },
  } as typeof environment.value
  // The same classes at run time; TypeScript sees the internal files' declarations apart from the package's.
  return new Puppeteer({isPuppeteerCore: true}).connect(options as never) as unknown as Promise<Browser>
}

/**
 * Puppeteer's transport over Chromium's `--remote-debugging-pipe` (what its own launcher uses with
 * `pipe: true`): messages end with a NUL byte, commands go to Chromium's fd 3, answers come on fd 4.
 * @param toBrowser the pipe Chromium reads (its fd 3)
 * @param fromBrowser the pipe Chromium writes (its fd 4)
 * @returns the transport, for `connectBrowser({transport})`
 */
export function pipeTransport(toBrowser: Writable, fromBrowser: Readable): ConnectionTransport {
  return new PipeTransport(toBrowser as never, fromBrowser as never) as unknown as ConnectionTransport
}
