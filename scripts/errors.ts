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
