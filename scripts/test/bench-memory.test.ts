import {describe, expect, it} from 'vitest'
import {treePss} from '../bench-memory.js'

/** A fake /proc: each process's stat (state, parent, flags) and Pss; `later` changes a process's stat once it has been read once. */
function fakeProc(processes: Record<number, {state?: string; ppid: number; flags?: number; pss?: number}>, later: Record<number, {state?: string; flags?: number} | 'gone'> = {}) {
  const statReads = new Map<number, number>()
  const read = (file: string): string => {
    const [, pid, name] = /^\/proc\/(\d+)\/(\w+)$/.exec(file)!
    const id = Number(pid)
    let process = processes[id]
    if (!process) throw new Error('ENOENT')
    if (name === 'stat') {
      const reads = (statReads.get(id) ?? 0) + 1
      statReads.set(id, reads)
      // The first read lists the processes, the second is before its Pss is read, the third after the whole tree.
      const change = later[id]
      if (change && reads >= 3) {
        if (change === 'gone') throw new Error('ENOENT')
        process = {...process, ...change}
      }
      return `${id} (name with) spaces) ${process.state ?? 'S'} ${process.ppid} 1 1 0 -1 ${process.flags ?? 0} 0 0`
    }
    if (process.pss === undefined) throw new Error('ENOENT')
    return `00400000-7fff rw-p 00000000 00:00 0 [rollup]\nRss: 9999 kB\nPss: ${process.pss} kB\n`
  }
  return {read, pids: () => Object.keys(processes).map(Number)}
}

describe('treePss, the bench’s memory of a process tree', () => {
  const tree = {1: {ppid: 0, pss: 100}, 2: {ppid: 1, pss: 50}, 3: {ppid: 2, pss: 30}, 4: {ppid: 9, pss: 1000}}

  it('adds the Pss of a process and all its descendants, not of others', () => {
    const {read, pids} = fakeProc(tree)
    expect(treePss(1, read, pids)).toBe(180)
    expect(treePss(2, read, pids)).toBe(80)
  })

  it('gives no sample (0) when a process of the tree ended while the tree was read: shared pages would count twice', () => {
    for (const change of [{flags: 0x4}, {state: 'Z'}, 'gone'] as const) {
      const {read, pids} = fakeProc(tree, {3: change})
      expect(treePss(1, read, pids)).toBe(0)
    }
  })

  it('gives no sample when a process is exiting as it is read', () => {
    const {read, pids} = fakeProc({...tree, 2: {ppid: 1, pss: 50, flags: 0x4 | 0x40}})
    expect(treePss(1, read, pids)).toBe(0)
  })

  it('counts a sample whose processes had ended before they were read (a zombie, one gone): their pages are no longer shared', () => {
    const {read, pids} = fakeProc({...tree, 3: {ppid: 2, state: 'Z'}, 5: {ppid: 1}})
    expect(treePss(1, read, pids)).toBe(150)
  })

  it('reads this very process from the real /proc', () => {
    expect(treePss(process.pid)).toBeGreaterThan(1024)
  })
})
