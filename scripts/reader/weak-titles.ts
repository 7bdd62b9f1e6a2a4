import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {recordMadeTitles} from '../structure/extract-pillars.js'
import {weakTitle} from '../structure/weak-title.js'
import type {Case} from './evaluate.js'

/**
 * Every title the reader makes from a point's words over these cases (not a `Title:` the text
 * gives), and those `weakTitle` calls weak, as `npm run eval -- --weak-titles` lists them.
 */
export async function weakTitlesIn(cases: Case[]): Promise<{titles: number; weak: Array<{case: string; title: string; why: string}>}> {
  const weak: Array<{case: string; title: string; why: string}> = []
  let titles = 0
  let current = ''
  recordMadeTitles((title, reading) => {
    titles++
    const why = weakTitle(title, reading)
    if (why) weak.push({case: current, title, why})
  })
  try {
    for (const item of cases) {
      current = item.name
      await structureSource(await readSource(item.input))
    }
  } finally {
    recordMadeTitles()
  }
  return {titles, weak}
}

/** The count of weak titles, and each one unless `quiet`. */
export function formatWeakTitles(result: Awaited<ReturnType<typeof weakTitlesIn>>, verbose: boolean): string {
  const lines = [`${result.weak.length} weak titles of ${result.titles} made`]
  if (verbose) for (const item of result.weak) lines.push(`${item.case}\t${item.title}\t(${item.why})`)
  return `${lines.join('\n')}\n`
}
