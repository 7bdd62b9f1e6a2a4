import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
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

  it('keeps Chromium\'s profile and temporary files in memory (/dev/shm, a tmpfs here) unless TMPDIR names a folder', async () => {
    // Told by the file system itself, not by the code under test.
    expect(execFileSync('stat', ['-f', '-c', '%T', '/dev/shm'], {encoding: 'utf8'}).trim()).toBe('tmpfs')
    const saved = process.env.TMPDIR
    const named = mkdtempSync(path.join(tmpdir(), 'bp-named-tmp-'))
    try {
      for (const [tmp, folder] of [[undefined, '/dev/shm'], [named, named]] as const) {
        if (tmp === undefined) delete process.env.TMPDIR
        else process.env.TMPDIR = tmp
        const launched = await launchBrowser()
        const group = launched.process.pid!
        try {
          expect(path.dirname(launched.profile)).toBe(folder)
          const environment = readFileSync(`/proc/${group}/environ`, 'utf8').split('\0')
          if (tmp === undefined) expect(environment).toContain('TMPDIR=/dev/shm')
          else expect(environment).toContain(`TMPDIR=${named}`)
        } finally {
          try {
            process.kill(-group, 'SIGKILL')
          } catch {}
          rmSync(launched.profile, {recursive: true, force: true})
        }
      }
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
      rmSync(named, {recursive: true, force: true})
    }
  })

  it('leaves nothing in /dev/shm when a build on chromium ends', () => {
    const chromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((file) => existsSync(file))
    expect(chromium, 'chromium is installed (scripts/setup-tests.sh)').toBeDefined()
    const root = path.resolve(import.meta.dirname, '../..')
    const out = mkdtempSync(path.join(tmpdir(), 'bp-shm-out-'))
    const ours = () => readdirSync('/dev/shm').filter((name) => /^(briefing-pack-chromium-|org\.chromium\.Chromium\.)/.test(name))
    const before = new Set(ours())
    const {TMPDIR: _, ...environment} = process.env
    // Watch the folder while the build runs: its profile is there, then gone.
    const build = spawnSync('sh', ['-c', 'node "$0" build "$1" --out "$2" --quiet --force & pid=$!; seen=; while kill -0 $pid 2>/dev/null; do ls /dev/shm | grep -q "^briefing-pack-chromium-" && seen=1; sleep 0.05; done; wait $pid; code=$?; echo "seen=$seen"; exit $code', path.join(root, 'scripts/run.mjs'), path.join(root, 'source/paris-roadmap-2019.txt'), out], {env: {...environment, CHROME_PATH: chromium}, encoding: 'utf8', timeout: 120_000})
    rmSync(out, {recursive: true, force: true})
    expect(build.status, build.stderr).toBe(0)
    expect(build.stdout).toContain('seen=1')
    expect(ours().filter((name) => !before.has(name))).toEqual([])
  }, 120_000)
})
