import type {BrowserSession} from './browser.js'
import {EXIT, markStopping} from './errors.js'
import {settlePending} from './write-pack.js'

/** Exit codes for the signals that stop a run: 128 + the signal's number, as shells report them. */
const SIGNAL_EXIT = {SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated, SIGHUP: 129} as const

/**
 * On Ctrl-C, SIGTERM or SIGHUP (the terminal closed): let folder swaps under way finish, remove
 * temporary files, end the browser (it runs in a process group of its own, so no signal reaches
 * it unless we send one: its group is killed, nothing more is asked of it), and exit with 130, 143 or 129. The output folder holds only complete packs.
 * @param session the run's browser
 */
export function stopOnSignals(session: BrowserSession): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    markStopping()
    process.stderr.write(`briefing-pack: stopped by ${signal}; outputs are complete or as they were before\n`)
    void Promise.allSettled([settlePending(), session.close({kill: true})]).finally(() => process.exit(SIGNAL_EXIT[signal as keyof typeof SIGNAL_EXIT]))
  }
  for (const signal of Object.keys(SIGNAL_EXIT)) process.once(signal, stop)
}
