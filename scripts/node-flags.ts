import {readFileSync} from 'node:fs'
import path from 'node:path'
import {PROJECT_ROOT} from './project-root.js'

/**
 * The Node flags `npm run build` starts with (`node <flags> scripts/run.mjs build` in package.json's
 * scripts; the installed command's shebang has the same), so that the benchmark and the tests
 * start the build as a user does. Today `--max-semi-space-size=2`: V8's young generation stays
 * small (by default it grows to 32 MiB, which a build fills with garbage and keeps while Chromium
 * prints; 2 MiB semi-spaces rather than 4 took 9–17 MiB off the seed's peak: README, Speed); `--expose-gc`: a build collects its garbage while the deck prints
 * (`scripts/collect-garbage.ts`).
 * @param script the package.json script (default `build`)
 * @returns the flags, e.g. `['--max-semi-space-size=2', '--expose-gc']`
 */
export function nodeFlagsOf(script = 'build'): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts
  const match = /^node((?:\s+--\S+)*)\s+scripts\/run\.mjs\b/.exec(scripts[script] ?? '')
  return match ? match[1].trim().split(/\s+/).filter(Boolean) : []
}

/**
 * glibc's allocator settings the installed command starts Node with (its shebang, `env -S`, before
 * the flags; npm turns them into `SET` lines of its Windows shim, where glibc is not used): freed
 * memory over 128 KiB is given back to the system at once and blocks from 128 KiB are mapped
 * apart, rather than glibc raising both thresholds as the run frees larger blocks and holding up
 * to twice the largest as free memory. This process's peak −12 MiB on the seed (docs/speed.md).
 * Chromium is started without them (`chromiumEnvironment`): given to the whole tree they made the
 * build slower. Not in package.json's scripts: npm runs those through cmd.exe on Windows, where
 * `NAME=value node …` is no command.
 */
export const MALLOC_SETTINGS: Readonly<Record<string, string>> = {MALLOC_TRIM_THRESHOLD_: '131072', MALLOC_MMAP_THRESHOLD_: '131072'}
