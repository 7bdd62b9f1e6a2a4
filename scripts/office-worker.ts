import {existsSync} from 'node:fs'
import createDebug from 'debug'
import {fileURLToPath} from 'node:url'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import type {DocxOptions, DocxProperties} from '../brief/make-docx.js'
import type {PptxInput} from '../slides/make-pptx.js'
import type {Readout} from './structure/readout.js'

/**
 * The Office writers (PowerPoint, Word) on a worker thread of their own. Loading pptxgenjs and
 * docx and writing both files takes ~0.6 s of CPU; on the build's own thread that delays Marp,
 * the PDFs and the next pack, on a worker it runs beside them on another core. Same signatures as
 * `makePptx` and `makeDocx`; where no compiled worker script exists (the TypeScript sources run
 * by the tests) they run on this thread.
 */

const ROLE = 'briefing-pack office writer'
const debug = createDebug('briefing-pack:office')

/** The writers by name, loaded on first use (in the worker, or here). */
const writers = {
  pptx: async (input: PptxInput) => (await import('../slides/make-pptx.js')).makePptx(input),
  docx: async (readout: Readout, properties: DocxProperties, options?: DocxOptions) => (await import('../brief/make-docx.js')).makeDocx(readout, properties, options),
  // Load the libraries before the first file is asked for.
  warm: async () => {
    await Promise.all([import('../slides/make-pptx.js'), import('../brief/make-docx.js'), import('pptxgenjs'), import('docx'), import('fflate')])
    return new Uint8Array()
  },
}
type Task = keyof typeof writers

interface Job {
  id: number
  task: Task
  args: unknown[]
}
/** The file's bytes and the milliseconds the writer took on its thread, or what went wrong. */
type Answer = {id: number; bytes: Uint8Array; ms: number} | {id: number; error: string}

/** Run a writer on this thread; its bytes and how long it took. */
async function write(task: Task, args: unknown[]): Promise<{bytes: Uint8Array; ms: number}> {
  const start = performance.now()
  const bytes = await (writers[task] as (...args: unknown[]) => Promise<Uint8Array>)(...args)
  return {bytes, ms: performance.now() - start}
}

// In the worker: answer each job with the file's bytes (moved, not copied) or the error's message.
if (!isMainThread && (workerData as {role?: string} | null)?.role === ROLE) {
  parentPort!.on('message', (job: Job) => {
    void write(job.task, job.args).then(
      ({bytes, ms}) => parentPort!.postMessage({id: job.id, bytes, ms} satisfies Answer, [bytes.buffer as ArrayBuffer]),
      (error: unknown) => parentPort!.postMessage({id: job.id, error: error instanceof Error ? error.message : String(error)} satisfies Answer),
    )
  })
}

/**
 * What the worker runs first when its script is the bundle's `office-worker.cjs`: it reads the
 * script as `readTextFile` does (`scripts/read-text-file.ts`; this code cannot import it) and runs
 * it as Node runs a CommonJS file. Loaded by Node's ES module loader instead, the ~1.9 MB script
 * was read into one block of its size, the largest block given back before the print, and glibc,
 * given back a block that large, raises its mmap and trim thresholds for the whole process.
 */
const startFromBundle = `
const {closeSync, fstatSync, openSync, readFileSync, readSync} = require('node:fs')
const {createRequire} = require('node:module')
const path = require('node:path')
const {Script} = require('node:vm')
const {workerData} = require('node:worker_threads')
const file = workerData.script
const above = 32 * 1024 * 1024 + 4096
const fd = openSync(file, 'r')
let source
try {
  if (fstatSync(fd).size >= above) source = readFileSync(fd, 'utf8')
  else {
    const block = Buffer.allocUnsafeSlow(above)
    let length = 0
    for (let read; length < block.length && (read = readSync(fd, block, length, block.length - length, null)) > 0; ) length += read
    source = block.toString('utf8', 0, length)
  }
} finally {
  closeSync(fd)
}
const module = {exports: {}, id: file, filename: file, loaded: false}
new Script('(function (exports, require, module, __filename, __dirname) { ' + source + '\\n})', {filename: file}).runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file))
`

/** The compiled script the worker runs: this module in `lib/` (an ES module), or the bundle's `office-worker.cjs` entry beside it. */
function workerScript(): {module: URL} | {bundle: string} | undefined {
  const own = new URL(import.meta.url)
  if (/office-worker\.m?js$/.test(own.pathname)) return {module: own}
  const entry = new URL('./office-worker.cjs', import.meta.url)
  return own.protocol === 'file:' && existsSync(fileURLToPath(entry)) ? {bundle: fileURLToPath(entry)} : undefined
}

let worker: Worker | undefined
let nextId = 0
const pending = new Map<number, {resolve: (done: {bytes: Uint8Array; ms: number}) => void; reject: (error: Error) => void}>()

/** How long the worker may sit idle after writing a file before it is ended (`retireOfficeWritersWhenIdle`); never when unset. */
let idleMs: number | undefined
let idleTimer: NodeJS.Timeout | undefined

/**
 * End the worker once it has written a file and been given nothing more for `milliseconds`, so
 * that its heap (~40 MiB: its own V8 heap, pptxgenjs, docx) is given back while the browser
 * prints; a later file starts a new one. For `build`, whose Office files are written well before
 * the PDFs are done; not for watch mode, where every save writes both files again.
 * Measured on the seed (one profile each, PSS at the tree's peak, while the PDFs are finished):
 * this process ~162 → ~138 MiB. A new worker costs ~0.2 s of CPU (loading the libraries again), on
 * the other core, when a later pack's files come after such a pause.
 * @param milliseconds the idle time allowed (the seed's PDFs end ~1 s after its Office files)
 */
export function retireOfficeWritersWhenIdle(milliseconds = 200): void {
  idleMs = milliseconds
}

/** Set once the run has handed the worker every file it will ask for (`noMoreOfficeFiles`). */
let allHanded = false

/**
 * Say that the run will ask for no more Office files (a build calls it once every pack has handed
 * over both of its files): the worker then ends as soon as it has written them, not
 * `retireOfficeWritersWhenIdle`'s pause later (which waits for a next pack's files), so that its
 * heap is given back before the browser prints (measured: docs/speed.md). A later file still
 * starts a new worker.
 */
export function noMoreOfficeFiles(): void {
  allHanded = true
  if (worker && pending.size === 0 && wroteAFile) retire(worker, 'every file written')
}

/** Whether the worker has written a file (it is started ahead of the work, and only retired after one). */
let wroteAFile = false

/** End the worker now, if it is still the process's worker and has no job; `why` goes to the debug line. */
function retire(started: Worker, why: string): void {
  if (pending.size > 0 || worker !== started) return
  worker = undefined
  wroteAFile = false
  debug('retired the Office writer: %s', why)
  void started.terminate()
}

/** The process's one worker, started on first use; it keeps the process alive only while it has work. */
function officeWorker(): Worker | undefined {
  if (worker) return worker
  const script = workerScript()
  if (!script) return undefined
  const started = 'module' in script ? new Worker(script.module, {workerData: {role: ROLE}}) : new Worker(startFromBundle, {eval: true, workerData: {role: ROLE, script: script.bundle}})
  started.on('message', (answer: Answer) => {
    const job = pending.get(answer.id)
    pending.delete(answer.id)
    if (pending.size === 0) started.unref()
    // Retire an idle worker, but not before its first file: it is started ahead of the work.
    if ('bytes' in answer && answer.bytes.length > 0) wroteAFile = true
    if (pending.size === 0 && wroteAFile && allHanded) retire(started, 'every file written')
    else if (pending.size === 0 && idleMs !== undefined && wroteAFile) idleTimer = setTimeout(() => retire(started, 'idle'), idleMs).unref()
    if ('error' in answer) job?.reject(new Error(answer.error))
    else job?.resolve(answer)
  })
  const fail = (error: Error) => {
    // A retired worker's end is no failure: the jobs pending now are another worker's.
    if (worker !== started) return
    worker = undefined
    for (const job of pending.values()) job.reject(error)
    pending.clear()
  }
  started.on('error', fail)
  started.on('exit', (code) => fail(new Error(`the Office writer stopped (exit ${code})`)))
  // After the listeners: adding a 'message' listener refs the worker again.
  started.unref()
  worker = started
  return started
}

/** Run a writer on the worker, or here when there is none; its bytes and its own time (not the time waited for it). */
function run<T extends Task>(task: T, ...args: Parameters<(typeof writers)[T]>): Promise<{bytes: Uint8Array; ms: number}> {
  const thread = officeWorker()
  if (!thread) return write(task, args)
  const id = nextId++
  clearTimeout(idleTimer)
  return new Promise((resolve, reject) => {
    pending.set(id, {resolve, reject})
    thread.ref()
    thread.postMessage({id, task, args} satisfies Job)
  })
}

/**
 * Start the worker and load the Office libraries there now, while the build does other work.
 */
export function warmOfficeWriters(): void {
  if (officeWorker()) run('warm').catch(() => undefined)
}

/** The bytes of a job, after telling `own` how long the writer took on its thread. */
async function bytesOf(job: Promise<{bytes: Uint8Array; ms: number}>, own?: (milliseconds: number) => void): Promise<Uint8Array> {
  const {bytes, ms} = await job
  own?.(ms)
  return bytes
}

/**
 * The editable PowerPoint deck (`slides/make-pptx.ts`), written on the worker thread.
 * @param input slides, metadata and options
 * @param own told the milliseconds the writer took on its thread (the build's `PPTX` step)
 * @returns the `.pptx` bytes
 */
export function makePptx(input: PptxInput, own?: (milliseconds: number) => void): Promise<Uint8Array> {
  return bytesOf(run('pptx', input), own)
}

/**
 * The Word brief (`brief/make-docx.ts`), written on the worker thread.
 * @param readout the structured readout
 * @param properties document properties
 * @param options paper, language, marking
 * @param own told the milliseconds the writer took on its thread (the build's `DOCX` step)
 * @returns the `.docx` bytes
 */
export function makeDocx(readout: Readout, properties: DocxProperties, options?: DocxOptions, own?: (milliseconds: number) => void): Promise<Uint8Array> {
  return bytesOf(run('docx', readout, properties, options), own)
}
