import {chmodSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Vitest global setup: every temporary folder of a test run (packs built by the tests, their
 * sources, Chromium profiles, site folders) is made inside one folder of its own, removed when the
 * run ends, so a run leaves nothing in the system's temporary folder. Workers and the processes
 * they spawn inherit `TMPDIR`, which `os.tmpdir()` reads. With `KEEP_TEST_TMPDIR=1` the folder is
 * kept and named at the end, to see what a run left behind.
 */
export default function setup(): () => void {
  const run = mkdtempSync(path.join(tmpdir(), 'briefing-pack-tests-'))
  // open to every user, sticky, as /tmp is: the permission tests run the tool as another user
  chmodSync(run, 0o1777)
  const before = process.env.TMPDIR
  process.env.TMPDIR = run
  return () => {
    if (before === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = before
    if (process.env.KEEP_TEST_TMPDIR === '1') console.log(`temporary files of this run kept in ${run}`)
    else rmSync(run, {recursive: true, force: true})
  }
}
