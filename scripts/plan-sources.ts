import path from 'node:path'
import {clashKey, nameProblem, sourceName} from './source-name.js'

/** What a run builds, and what it says about the sources it does not build. */
export interface SourcePlan {
  /** Sources to build, in the order given, each with a pack name of its own. */
  build: string[]
  /** One line per source not built, formatted as the source's messages are. */
  lines: string[]
  /** Pack names of the sources refused (not of those skipped on purpose). */
  refused: string[]
  /** True when a source was refused: the run exits with the source-error code. */
  failed: boolean
}

const line = (file: string, severity: 'error' | 'info', reason: string, rule: string) => `${file}  ${severity}  ${reason}  ${rule}`

/**
 * Decide which sources to build, so that each pack name comes from one source only. A `x.md`
 * beside a `x.txt` (same folder, same stem) is the user's correction of it: the `.md` is built
 * and the `.txt` skipped with an info line. Any other pair of sources giving one pack name (two
 * folders, `a.md` and `a.markdown`, names differing only in case or equal once made safe) is an
 * error naming both, and neither is built. A name that cannot be made safe is an error too.
 * @param sources the sources named on the command line (or found in the source folder)
 * @returns the plan
 */
export function planSources(sources: string[]): SourcePlan {
  const plan: SourcePlan = {build: [], lines: [], refused: [], failed: false}
  const seen = new Set<string>()
  const groups = new Map<string, string[]>()
  for (const source of sources) {
    const resolved = path.resolve(source)
    if (seen.has(resolved)) continue
    seen.add(resolved)
    const problem = nameProblem(source)
    if (problem) {
      plan.lines.push(line(source, 'error', problem, 'source-name'))
      plan.failed = true
      continue
    }
    const key = clashKey(sourceName(source))
    groups.set(key, [...(groups.get(key) ?? []), source])
  }
  const chosen = new Set<string>()
  for (const group of groups.values()) {
    if (group.length === 1) {
      chosen.add(group[0])
      continue
    }
    const correction = correctedPair(group)
    if (correction) {
      chosen.add(correction.md)
      plan.lines.push(line(correction.txt, 'info', `Skipped: \`${correction.md}\` beside it is its correction and is built instead`, 'source-corrected'))
      continue
    }
    for (const source of group) {
      const others = group.filter((other) => other !== source).map((other) => `\`${other}\``)
      plan.lines.push(line(source, 'error', `Unexpected second source for the pack \`${sourceName(source)}\`: ${others.join(', ')} gives the same folder name, expected one source per name (rename one of them)`, 'name-clash'))
    }
    plan.refused.push(sourceName(group[0]))
    plan.failed = true
  }
  plan.build = [...new Set(sources.filter((source) => chosen.has(source)))]
  return plan
}

/** `x.txt` and `x.md` in one folder with the very same stem: the pair the correction rule covers. */
function correctedPair(group: string[]): {txt: string; md: string} | undefined {
  if (group.length !== 2) return undefined
  const txt = group.find((source) => /\.txt$/i.test(source))
  const md = group.find((source) => /\.md$/i.test(source))
  if (!txt || !md) return undefined
  const stem = (source: string) => path.resolve(source).replace(/\.[^.]*$/, '')
  return stem(txt) === stem(md) ? {txt, md} : undefined
}
