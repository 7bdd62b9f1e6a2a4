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
  process.on('unhandledRejection', (error) => {
    // While stopping on a signal, the stop handler sets the exit code (130/143).
    if (stopping) return
    unexpected(error)
    process.exit(EXIT.unexpected)
  })
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      if (stopping) return
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
