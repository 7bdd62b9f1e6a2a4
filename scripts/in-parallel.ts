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
