import {fork, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import createDebug from 'debug'
import {fileURLToPath} from 'node:url'
import type {DocxOptions, DocxProperties} from '../brief/make-docx.js'
import type {PptxInput} from '../slides/make-pptx.js'
import type {Readout} from './structure/readout.js'

/**
 * The Office writers (PowerPoint, Word) in a Node process of their own. Loading pptxgenjs and
 * docx and writing both files takes ~0.6 s of CPU; on the build's own thread that delays Marp,
 * the PDFs and the next pack, in a child process it runs beside them on another core. A process,
 * not a worker thread: a thread's malloc arena (10–14 MiB after writing the seed's files) stayed
 * in the build's process after the thread ended, while Chromium printed; a process that ends
 * gives everything it had back to the system. Same signatures as `makePptx` and `makeDocx`;
 * where no compiled script of this module exists (the TypeScript sources run by the tests) they
 * run on this thread.
 */

/** The argument that makes this module, run as a script, the Office writer. */
const ROLE = '--briefing-pack-office-writer'
const debug = createDebug('briefing-pack:office')

/** The writers by name, loaded on first use (in the writer's process, or here). */
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
/** The file's bytes and the milliseconds the writer took in its process, or what went wrong. */
type Answer = {id: number; bytes: Uint8Array; ms: number} | {id: number; error: string}

/** Run a writer on this thread; its bytes and how long it took. */
async function write(task: Task, args: unknown[]): Promise<{bytes: Uint8Array; ms: number}> {
  const start = performance.now()
  const bytes = await (writers[task] as (...args: unknown[]) => Promise<Uint8Array>)(...args)
  return {bytes, ms: performance.now() - start}
}

// In the writer's process: answer each job with the file's bytes or the error's message; end
// when the build that started it lets it go or ends (its channel closes).
if (process.argv[2] === ROLE && process.send) {
  process.on('message', (job: Job) => {
    void write(job.task, job.args).then(
      ({bytes, ms}) => process.send?.({id: job.id, bytes, ms} satisfies Answer),
      (error: unknown) => process.send?.({id: job.id, error: error instanceof Error ? error.message : String(error)} satisfies Answer),
    )
  })
  process.on('disconnect', () => process.exit(0))
}

/** The compiled script the writer's process runs: this module in `lib/`, or the bundle's `office-worker.mjs` entry beside it. */
function writerScript(): string | undefined {
  const own = new URL(import.meta.url)
  if (own.protocol !== 'file:') return undefined
  if (/office-worker\.m?js$/.test(own.pathname)) return fileURLToPath(own)
  const entry = fileURLToPath(new URL('./office-worker.mjs', import.meta.url))
  return existsSync(entry) ? entry : undefined
}

let writer: ChildProcess | undefined
let nextId = 0
const pending = new Map<number, {resolve: (done: {bytes: Uint8Array; ms: number}) => void; reject: (error: Error) => void}>()

/** How long the writer may sit idle after writing a file before it is ended (`retireOfficeWritersWhenIdle`); never when unset. */
let idleMs: number | undefined
let idleTimer: NodeJS.Timeout | undefined

/**
 * End the writer's process once it has written a file and been given nothing more for
 * `milliseconds`, so that all it holds (its V8 heap, pptxgenjs, docx, its allocator's arenas:
 * ~50 MiB) is given back while the browser prints; a later file starts a new one. For `build`,
 * whose Office files are written well before the PDFs are done; not for watch mode, where every
 * save writes both files again. A new process costs ~0.2 s of CPU (loading the libraries again),
 * on the other core, when a later pack's files come after such a pause.
 * @param milliseconds the idle time allowed (the seed's PDFs end ~1 s after its Office files)
 */
export function retireOfficeWritersWhenIdle(milliseconds = 200): void {
  idleMs = milliseconds
}

/** Let the process run while the writer has work, or end with the writer idle (the IPC channel holds it too). */
function holdProcess(child: ChildProcess, hold: boolean): void {
  if (hold) {
    child.ref()
    child.channel?.ref()
  } else {
    child.unref()
    child.channel?.unref()
  }
}

/** The process's one writer, started on first use; it keeps this process alive only while it has work. */
function officeWriter(): ChildProcess | undefined {
  if (writer) return writer
  const script = writerScript()
  if (!script) return undefined
  // Node's own flags (the build's small young generation is for a process that lives while
  // Chromium prints; this one ends before); its stderr only when tracing (DEBUG).
  const started = fork(script, [ROLE], {serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', process.env.DEBUG ? 'inherit' : 'ignore', 'ipc']})
  debug('started the Office writer, process %d', started.pid)
  started.on('message', (answer: Answer) => {
    const job = pending.get(answer.id)
    pending.delete(answer.id)
    if (pending.size === 0) holdProcess(started, false)
    // Retire an idle writer, but not before its first file: it is started ahead of the work.
    if (pending.size === 0 && idleMs !== undefined && 'bytes' in answer && answer.bytes.length > 0) {
      idleTimer = setTimeout(() => {
        if (pending.size > 0 || writer !== started) return
        writer = undefined
        debug('retired the idle Office writer')
        started.disconnect()
      }, idleMs).unref()
    }
    if ('error' in answer) job?.reject(new Error(answer.error))
    else job?.resolve({bytes: answer.bytes, ms: answer.ms})
  })
  const fail = (error: Error) => {
    // A retired writer's end is no failure: the jobs pending now are another writer's.
    if (writer !== started) return
    writer = undefined
    for (const job of pending.values()) job.reject(error)
    pending.clear()
  }
  started.on('error', fail)
  started.on('exit', (code, signal) => fail(new Error(`the Office writer stopped (${signal ?? `exit ${code}`})`)))
  holdProcess(started, false)
  writer = started
  return started
}

/**
 * End the writer's process, if one runs, and wait until it has: a build leaves no process behind.
 * Jobs still pending are rejected.
 */
export async function endOfficeWriters(): Promise<void> {
  const running = writer
  if (!running) return
  clearTimeout(idleTimer)
  if (running.exitCode !== null || running.signalCode !== null) return
  const ended = new Promise<void>((resolve) => running.once('exit', () => resolve()))
  // Waited for: its exit keeps this process alive until then.
  running.ref()
  if (running.connected) running.disconnect()
  else running.kill()
  await ended
}

/** Run a writer in the writer's process, or here when there is none; its bytes and its own time (not the time waited for it). */
function run<T extends Task>(task: T, ...args: Parameters<(typeof writers)[T]>): Promise<{bytes: Uint8Array; ms: number}> {
  const child = officeWriter()
  if (!child) return write(task, args)
  const id = nextId++
  clearTimeout(idleTimer)
  return new Promise((resolve, reject) => {
    pending.set(id, {resolve, reject})
    holdProcess(child, true)
    child.send({id, task, args} satisfies Job)
  })
}

/**
 * Start the writer's process and load the Office libraries there now, while the build does other work.
 */
export function warmOfficeWriters(): void {
  if (officeWriter()) run('warm').catch(() => undefined)
}

/** The bytes of a job, after telling `own` how long the writer took in its process. */
async function bytesOf(job: Promise<{bytes: Uint8Array; ms: number}>, own?: (milliseconds: number) => void): Promise<Uint8Array> {
  const {bytes, ms} = await job
  own?.(ms)
  return bytes
}

/**
 * The editable PowerPoint deck (`slides/make-pptx.ts`), written in the Office writer's process.
 * @param input slides, metadata and options
 * @param own told the milliseconds the writer took in its process (the build's `PPTX` step)
 * @returns the `.pptx` bytes
 */
export function makePptx(input: PptxInput, own?: (milliseconds: number) => void): Promise<Uint8Array> {
  return bytesOf(run('pptx', input), own)
}

/**
 * The Word brief (`brief/make-docx.ts`), written in the Office writer's process.
 * @param readout the structured readout
 * @param properties document properties
 * @param options paper, language, marking
 * @param own told the milliseconds the writer took in its process (the build's `DOCX` step)
 * @returns the `.docx` bytes
 */
export function makeDocx(readout: Readout, properties: DocxProperties, options?: DocxOptions, own?: (milliseconds: number) => void): Promise<Uint8Array> {
  return bytesOf(run('docx', readout, properties, options), own)
}
