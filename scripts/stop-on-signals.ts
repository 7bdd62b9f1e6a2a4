import type {BrowserSession} from './browser.js'
import {EXIT, markStopping} from './errors.js'
import {settlePending} from './write-pack.js'

/**
 * On Ctrl-C or SIGTERM: let folder swaps under way finish, remove temporary files, close the
 * browser, and exit with 130 (SIGINT) or 143 (SIGTERM). The output folder holds only complete packs.
 * @param session the run's browser
 */
export function stopOnSignals(session: BrowserSession): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    markStopping()
    process.stderr.write(`briefing-pack: stopped by ${signal}; outputs are complete or as they were before\n`)
    void Promise.allSettled([settlePending(), session.close()]).finally(() => process.exit(signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
