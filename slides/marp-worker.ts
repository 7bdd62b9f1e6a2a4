import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {BuildError} from '../scripts/errors.js'
import type {renderPresentableHtml as RenderPresentableHtml} from './render-deck.js'

/**
 * Marp on a worker thread of its own. Loading marp-core (markdown-it, postcss, the math and
 * highlighting engines) and rendering the deck holds a thread for ~0.3–0.8 s without a break; on
 * the build's own thread that also held Puppeteer, so the browser could not start printing the
 * brief (or even finish connecting) until Marp was done. On a worker, the build's thread drives
 * the browser meanwhile. Same signature as `renderPresentableHtml`; where no compiled worker script
 * exists (the TypeScript sources run by the tests) Marp runs on this thread.
 */

const ROLE = 'briefing-pack deck renderer'

type Options = Parameters<typeof RenderPresentableHtml>[1]

interface Job {
  id: number
  /** The Marp Markdown, or nothing to only load Marp. */
  markdown?: string
  options?: Options
}
/** The HTML deck and the milliseconds the render took on its thread, or what went wrong (with its exit code when it is a `BuildError`). */
type Answer = {id: number; html: string; ms: number} | {id: number; error: string; exitCode?: number}

const renderer = () => import('./render-deck.js')

/** Render on this thread; the HTML and how long it took. */
async function render(markdown: string | undefined, options: Options): Promise<{html: string; ms: number}> {
  const start = performance.now()
  const {renderPresentableHtml} = await renderer()
  // Only loading: marp-core and marp-cli's bespoke assets are read by a render of nothing.
  const html = await renderPresentableHtml(markdown ?? '', options)
  return {html: markdown === undefined ? '' : html, ms: performance.now() - start}
}

// In the worker: answer each job with the HTML deck or the error.
if (!isMainThread && (workerData as {role?: string} | null)?.role === ROLE) {
  parentPort!.on('message', (job: Job) => {
    void render(job.markdown, job.options).then(
      ({html, ms}) => parentPort!.postMessage({id: job.id, html, ms} satisfies Answer),
      (error: unknown) => parentPort!.postMessage({id: job.id, error: error instanceof Error ? error.message : String(error), exitCode: error instanceof BuildError ? error.exitCode : undefined} satisfies Answer),
    )
  })
}

/** The compiled script the worker runs: this module in `lib/`, or the bundle's `marp-worker.mjs` entry beside it. */
function workerScript(): URL | undefined {
  const own = new URL(import.meta.url)
  if (/marp-worker\.m?js$/.test(own.pathname)) return own
  const entry = new URL('./marp-worker.mjs', import.meta.url)
  return own.protocol === 'file:' && existsSync(fileURLToPath(entry)) ? entry : undefined
}

let worker: Worker | undefined
let nextId = 0
const pending = new Map<number, {resolve: (done: {html: string; ms: number}) => void; reject: (error: Error) => void}>()

/** The process's one deck renderer, started on first use; it keeps the process alive only while it has work. */
function marpWorker(): Worker | undefined {
  if (worker) return worker
  const script = workerScript()
  if (!script) return undefined
  const started = new Worker(script, {workerData: {role: ROLE}})
  started.on('message', (answer: Answer) => {
    const job = pending.get(answer.id)
    pending.delete(answer.id)
    if (pending.size === 0) started.unref()
    if ('error' in answer) job?.reject(answer.exitCode === undefined ? new Error(answer.error) : new BuildError(answer.error, answer.exitCode))
    else job?.resolve(answer)
  })
  const fail = (error: Error) => {
    worker = undefined
    for (const job of pending.values()) job.reject(error)
    pending.clear()
  }
  started.on('error', fail)
  started.on('exit', (code) => fail(new Error(`the deck renderer stopped (exit ${code})`)))
  // After the listeners: adding a 'message' listener refs the worker again.
  started.unref()
  worker = started
  return started
}

/** Run a job on the worker, or here when there is none. */
function run(markdown: string | undefined, options: Options): Promise<{html: string; ms: number}> {
  const thread = marpWorker()
  if (!thread) return render(markdown, options)
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, {resolve, reject})
    thread.ref()
    thread.postMessage({id, markdown, options} satisfies Job)
  })
}

/** Start the worker and load Marp there now, while the build loads the rest and reads the source. */
export function warmDeckRenderer(): void {
  if (marpWorker()) run(undefined, {}).catch(() => undefined)
}

/**
 * The HTML deck (`renderPresentableHtml` in `render-deck.ts`), rendered by Marp on the worker thread.
 * @param markdown the Marp Markdown of the deck
 * @param options marking, shape, brand and language, as `renderPresentableHtml` takes them
 * @returns the HTML
 */
export async function renderDeckHtml(markdown: string, options: Options = {}): Promise<string> {
  return (await run(markdown, options)).html
}
