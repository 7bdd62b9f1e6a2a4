import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {recoverOutputFolder, startedAfter} from '../write-pack.js'

// A killed run's temporary folder is named with its pid, and the next run removes it once that pid is
// gone. Linux gives pids out again (pid_max 32768 here), so a later process may hold the pid of a run
// killed seconds before: its folder must still go (CI once found `.paris.tmp-28134-…` left after a
// recovery), and a folder a live run is still writing must stay.
const out = mkdtempSync(path.join(tmpdir(), 'bp-pid-reuse-'))
afterAll(() => rmSync(out, {recursive: true, force: true}))

describe.runIf(existsSync('/proc/self/stat'))('a pid given again to a later process', () => {
  it('is told from the process that wrote the folder by its start', () => {
    expect(startedAfter(process.pid, Date.now())).toBe(false)
    expect(startedAfter(process.pid, Date.now() - 24 * 3600_000 * 365 * 30)).toBe(true)
    expect(startedAfter(2 ** 22 + 1, 0)).toBe(false)
  })

  it('does not keep a dead run\'s temporary folder; a folder written since that process started stays', async () => {
    const later = spawn('sleep', ['20'], {stdio: 'ignore'})
    try {
      await new Promise((resolve) => later.once('spawn', resolve))
      // written a minute before the process that now has its pid started: that run is gone
      const dead = path.join(out, `.paris.tmp-${later.pid}-0a1b2c3d`)
      mkdirSync(dead)
      const minuteAgo = (Date.now() - 60_000) / 1000
      utimesSync(dead, minuteAgo, minuteAgo)
      // written now, by the live process as far as anyone can tell: kept
      const live = path.join(out, `.lisbon.tmp-${later.pid}-4e5f6a7b`)
      mkdirSync(live)
      await recoverOutputFolder(out)
      expect(existsSync(dead)).toBe(false)
      expect(existsSync(live)).toBe(true)
    } finally {
      later.kill('SIGKILL')
    }
  })
})
