import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, readlinkSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {launchBrowser} from '../browser.js'

/** Seconds since boot, to 10 ms (what `/proc/<pid>/stat` counts a process's start in). */
function uptime(): number {
  return Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0])
}

/** When a process started, in seconds since boot. */
function startedAt(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
  // Field 22 of the stat line (`starttime`), the 20th after the command name.
  return Number(fields[19]) / Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}))
}

/** Hold this thread for `ms`, as loading the pipeline and the language model does. */
function busy(ms: number): void {
  for (const end = Date.now() + ms; Date.now() < end; );
}

/** The pids of a process group's live members. */
function groupMembers(group: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[2]) === group
      } catch {
        return false
      }
    })
    .map(Number)
}

/** TCP sockets in the listening state held by any of these processes (IPv4 and IPv6). */
function listeningSockets(pids: number[]): string[] {
  const inodes = new Set<string>()
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`, {encoding: 'utf8'}))
        if (match) inodes.add(match[1])
      }
    } catch {}
  }
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .flatMap((table) => readFileSync(table, 'utf8').trim().split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === '0A' && inodes.has(fields[9]))
    .map((fields) => fields[1])
}

describe('launching the browser', () => {
  it('spawns Chromium at once, before the caller goes on with its own work, and talks to it over a pipe, with no DevTools port open', async () => {
    const before = uptime()
    const launching = launchBrowser()
    // A build goes on loading the pipeline and the language model here (~0.3–1.5 s, synchronous):
    // Chromium must already be starting meanwhile, not after.
    busy(600)
    const launched = await launching
    const group = launched.process.pid!
    try {
      expect(startedAt(group) - before).toBeLessThan(0.3)
      expect(launched.browser.connected).toBe(true)
      // `--remote-debugging-port` would let any local process drive the browser; the pipe does not.
      expect(listeningSockets(groupMembers(group))).toEqual([])
      expect(launched.process.spawnargs).toContain('--remote-debugging-pipe')
    } finally {
      await launched.browser.close().catch(() => undefined)
      try {
        process.kill(-group, 'SIGKILL')
      } catch {}
    }
  })

})
