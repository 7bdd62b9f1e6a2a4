import createDebug from 'debug'

const debug = createDebug('briefing-pack:steps')

/**
 * Runs a named step of the build and reports how long it took. A step whose work is done
 * elsewhere (the Office files, on their own thread) reports that work's own time through `own`
 * rather than how long this thread waited for it.
 */
export type Step = <T>(name: string, work: (own: (milliseconds: number) => void) => Promise<T> | T) => Promise<T>

/**
 * A step runner that tells `report` the duration of each step.
 * @param report called with the step's name and milliseconds, when it ends
 * @returns the runner
 */
export function timedSteps(report?: (name: string, milliseconds: number) => void): Step {
  return async (name, work) => {
    const start = performance.now()
    debug('%s started', name)
    let own: number | undefined
    const result = await work((milliseconds) => (own = milliseconds))
    debug('%s ended', name)
    report?.(name, own ?? performance.now() - start)
    return result
  }
}
