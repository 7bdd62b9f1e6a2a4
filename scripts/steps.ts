/** Runs a named step of the build and reports how long it took. */
export type Step = <T>(name: string, work: () => Promise<T> | T) => Promise<T>

/**
 * A step runner that tells `report` the duration of each step.
 * @param report called with the step's name and milliseconds, when it ends
 * @returns the runner
 */
export function timedSteps(report?: (name: string, milliseconds: number) => void): Step {
  return async (name, work) => {
    const start = performance.now()
    const result = await work()
    report?.(name, performance.now() - start)
    return result
  }
}
