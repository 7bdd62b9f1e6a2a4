import {readdirSync, readFileSync} from 'node:fs'

/** Reads a file of /proc as text (throws when the process is gone); a test passes a fake. */
export type ProcReader = (file: string) => string

/** The process is exiting (`PF_EXITING` in /proc/<pid>/stat's flags): its memory is being torn down. */
const PF_EXITING = 0x4

/** A process's state and flags from /proc/<pid>/stat, or nothing when it is gone. */
function stateOf(read: ProcReader, pid: number): {state: string; exiting: boolean; ppid: number} | undefined {
  try {
    const fields = read(`/proc/${pid}/stat`).replace(/^.*\) /s, '').split(' ')
    return {state: fields[0], exiting: (Number(fields[6]) & PF_EXITING) !== 0, ppid: Number(fields[1])}
  } catch {
    return undefined
  }
}

/**
 * Memory (KiB) of a process and all its descendants, as proportional set size from /proc: shared
 * pages are divided among the processes sharing them, so Chromium's many processes are not
 * counted several times over (their plain RSS adds up to twice the real use). The processes are
 * read one after the other, so a sample is only worth its sum when none of them ended meanwhile:
 * a process read before a sharer of its pages exits counts them at its old share, and one read
 * after at its new, larger share, so the sum of a sample taken while Chromium's processes end
 * counts shared pages up to twice (seen: a tree at 298 MiB read as 353 in the 50 ms of a build's
 * kill, docs/speed.md). Such a sample gives 0: no sample.
 * @param root the process at the root of the tree
 * @param read how /proc is read (a test gives a fake)
 * @param pids the processes of the machine (a test gives its own)
 * @returns KiB, or 0 when a process of the tree ended while it was read
 */
export function treePss(root: number, read: ProcReader = (file) => readFileSync(file, 'utf8'), pids: () => number[] = () => readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number)): number {
  const children = new Map<number, number[]>()
  for (const pid of pids()) {
    const ppid = stateOf(read, pid)?.ppid
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  }
  let total = 0
  const live: number[] = []
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    const before = stateOf(read, pid)
    if (before?.exiting) return 0
    try {
      total += Number(/^Pss:\s+(\d+)/m.exec(read(`/proc/${pid}/smaps_rollup`))?.[1] ?? 0)
      if (before && before.state !== 'Z' && before.state !== 'X') live.push(pid)
    } catch {
      // Ended before it was read: not counted, and its pages are no longer shared.
    }
    stack.push(...(children.get(pid) ?? []))
  }
  for (const pid of live) {
    const after = stateOf(read, pid)
    if (!after || after.exiting || after.state === 'Z' || after.state === 'X') return 0
  }
  return total
}
