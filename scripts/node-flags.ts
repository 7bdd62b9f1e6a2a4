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
