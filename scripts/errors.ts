import {tmpdir} from 'node:os'
import {cleanText} from './format-messages.js'

/** Exit codes of the command line: each kind of failure has its own. */
export const EXIT = {
  ok: 0,
  /** A source has errors (or a file could not be read); the others were built. */
  sourceErrors: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** No Chromium or Chrome could be found to print with. */
  noBrowser: 3,
  /** The browser failed while rendering (crashed, timed out). */
  renderFailed: 4,
  /** The output folder cannot be written. */
  outputFailed: 5,
  /** Stopped by SIGINT (Ctrl-C). */
  interrupted: 130,
  /** Stopped by SIGTERM. */
  terminated: 143,
  /** A failure that is a bug of ours, not the user's mistake. */
  unexpected: 70,
} as const

/** An error that ends the program with a one-line message and its own exit code, never a stack trace. */
export class BuildError extends Error {
  readonly exitCode: number

  /**
   * @param message one line for the user: what went wrong and what to do
   * @param exitCode one of `EXIT`
   */
  constructor(message: string, exitCode: number) {
    super(message)
    this.name = 'BuildError'
    this.exitCode = exitCode
  }
}

/** What to do about a file-system error code, for the line that reports it. */
export function fileSystemHint(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full: free some space, or set TMPDIR to a folder with room (the temporary folder is ${tmpdir()})`
    case 'ENAMETOOLONG':
      return 'a name in the path is longer than the file system allows (255 bytes): use a shorter one'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: check who owns it and its mode'
    case 'EROFS':
      return 'the file system is read-only'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files: raise the limit (ulimit -n) or build fewer sources at once'
    default:
      return ''
  }
}

/**
 * A file-system error code with what to do about it, for the parentheses of a one-line message.
 * @param code e.g. `ENOSPC`
 * @returns e.g. `ENOSPC: the disk is full: …`, or the code alone when there is nothing to add
 */
export function withHint(code: string | undefined): string {
  const hint = fileSystemHint(code)
  return hint ? `${code}: ${hint}` : (code ?? 'error')
}

/**
 * A file-system failure of the environment (a full disk, a read-only one, too many open files)
 * met anywhere in a build, as one line with its hint and exit 5; other errors as they are.
 * @param error what was thrown
 * @param source the source being built, when there is one
 * @returns a BuildError, or `error` unchanged
 */
export function asEnvironmentFailure(error: unknown, source?: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (error instanceof BuildError || !['ENOSPC', 'EDQUOT', 'EROFS', 'EMFILE', 'ENFILE'].includes(code ?? '')) return error
  return new BuildError(`${source ? `${source}: ` : ''}cannot write a file (${withHint(code)})`, EXIT.outputFailed)
}

let stopping = false

/** Record that the command is stopping on a signal: failures that follow are its consequence, not news. */
export function markStopping(): void {
  stopping = true
}

/** Whether the command is stopping on a signal. */
export function isStopping(): boolean {
  return stopping
}

/**
 * The one line for a failure that is a bug of ours, not the user's mistake.
 * @param error what was thrown
 * @param source the source being built, when there is one
 * @returns the line, without the `briefing-pack:` prefix
 */
export function unexpectedLine(error: unknown, source?: string): string {
  return cleanText(`${source ? `${source}: ` : ''}unexpected failure: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (run with DEBUG=briefing-pack:* for details)`, true)
}

/**
 * Run a command's `main`: its result is the exit code; a BuildError becomes its one line and its
 * exit code; anything else, including a promise that fails with nobody waiting, one line saying
 * how to see the details. Never a stack trace for the user (unless `DEBUG` is set).
 * @param main the command
 */
export function runMain(main: () => Promise<number>): void {
  const unexpected = (error: unknown) => {
    if (stopping) return
    process.stderr.write(`briefing-pack: ${unexpectedLine(error)}\n`)
    if (process.env.DEBUG) console.error(error)
  }
  // Output piped into a reader that went away (`npm run check | head -1`): the rest is not wanted,
  // and the command still finishes its work (a build closes its browser) and exits as it would.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  }
  process.on('unhandledRejection', (error) => {
    // While stopping on a signal, the stop handler sets the exit code (130/143).
    if (stopping) return
    unexpected(error)
    process.exit(EXIT.unexpected)
  })
  let settled = false
  // Nothing left to wait for while the command has not finished: a promise that can never settle
  // (a bug). The process would otherwise end with exit 0 and outputs missing.
  process.on('beforeExit', () => {
    if (settled || stopping) return
    settled = true
    process.stderr.write('briefing-pack: the command stopped before it had finished, with nothing left to wait for; this is a bug in briefing-pack, please report it (run again with DEBUG=1 for details)\n')
    process.exitCode = EXIT.unexpected
  })
  main().then(
    (code) => {
      settled = true
      process.exitCode = code
    },
    (thrown: unknown) => {
      settled = true
      if (stopping) return
      const error = asEnvironmentFailure(thrown)
      if (error instanceof BuildError) {
        process.stderr.write(`briefing-pack: ${cleanText(error.message, true)}\n`)
        process.exitCode = error.exitCode
      } else {
        unexpected(error)
        process.exitCode = EXIT.unexpected
      }
    },
  )
}
