import {availableParallelism, freemem} from 'node:os'

/**
 * Run `work` on every item, at most `limit` at a time, in the order of the list. The first failure
 * stops new work and is thrown once the running ones have ended.
 * @param items what to work on
 * @param limit how many at once
 * @param work the work for one item
 */
export async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: unknown
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      const item = items[next++]
      await work(item).catch((error: unknown) => {
        failure ??= error
      })
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
  if (failure !== undefined) throw failure
}

/** Memory one pack in flight may take (its two Chromium pages, its files in this process), MiB. */
export const PACK_MIB = 150
/** Memory the browser and this process take before any pack, MiB. */
export const BASE_MIB = 400

/**
 * How many sources to build at once: one more than the cores (while one pack waits for Chromium,
 * another uses this process), but never more than the memory available holds (each pack in
 * flight has up to two Chromium pages), and at least one.
 * @param cores the processor cores (default: this machine's)
 * @param availableMiB memory available, in MiB (default: free memory, and what is left within any cgroup limit)
 * @returns the number of sources to build at once
 */
export function packsAtOnce(cores = availableParallelism(), availableMiB = availableMemoryMiB()): number {
  const byMemory = Math.floor((availableMiB - BASE_MIB) / PACK_MIB)
  return Math.max(1, Math.min(cores + 1, byMemory))
}

/**
 * Memory this process may still use, in MiB: what the system has available, and within a cgroup's
 * limit what is left of it (`process.availableMemory`, Node 20.13 and later: the limit less what
 * the group already uses); on an older Node, the limit itself.
 */
function availableMemoryMiB(): number {
  const free = freemem()
  // Absent before Node 20.13 (the package allows any Node 20).
  const left = (process as {availableMemory?: () => number}).availableMemory?.()
  if (typeof left === 'number' && left >= 0) return Math.min(free, left) / 1024 / 1024
  const constrained = (process as {constrainedMemory?: () => number | undefined}).constrainedMemory?.()
  return (constrained && constrained > 0 ? Math.min(free, constrained) : free) / 1024 / 1024
}
