import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {recordMadeTitles} from '../structure/extract-pillars.js'
import {weakTitle} from '../structure/weak-title.js'
import {titleFault, type TitleFault} from '../structure/title-fault.js'
import type {Case} from './evaluate.js'

/** A made title a check finds at fault, with its case, why, and the start of the point it was made from. */
interface TitleFinding {
  case: string
  title: string
  why: string
  text: string
}

/**
 * Every title the reader makes from a point's words over these cases (not a `Title:` the text
 * gives), those `weakTitle` calls weak and those `titleFault` calls broken (a verb first, an open
 * end, one word, the stray word of a cut), as `npm run eval -- --weak-titles` lists them.
 */
export async function weakTitlesIn(cases: Case[]): Promise<{titles: number; weak: TitleFinding[]; broken: TitleFinding[]}> {
  const weak: TitleFinding[] = []
  const broken: TitleFinding[] = []
  let titles = 0
  let current = ''
  recordMadeTitles((title, reading, body) => {
    titles++
    const text = body.slice(0, 100).replace(/\s+/g, ' ')
    const why = weakTitle(title, reading)
    if (why) weak.push({case: current, title, why, text})
    const fault = titleFault(title, reading, body)
    if (fault) broken.push({case: current, title, why: fault, text})
  })
  try {
    for (const item of cases) {
      current = item.name
      await structureSource(await readSource(item.input))
    }
  } finally {
    recordMadeTitles()
  }
  return {titles, weak, broken}
}

/** The counts of weak and broken titles (the broken ones by kind), and each one unless `quiet`. */
export function formatWeakTitles(result: Awaited<ReturnType<typeof weakTitlesIn>>, verbose: boolean): string {
  const kinds: TitleFault[] = ['verb first', 'open end', 'one word', 'cut start']
  const byKind = kinds.map((kind) => `${kind} ${result.broken.filter((item) => item.why === kind).length}`).join(', ')
  const lines = [`${result.weak.length} weak titles of ${result.titles} made`, `${result.broken.length} broken titles of ${result.titles} made (${byKind})`]
  if (verbose) {
    for (const item of result.weak) lines.push(`${item.case}\t${item.title}\t(${item.why})`)
    for (const item of result.broken) lines.push(`${item.case}\t${item.title}\t(broken: ${item.why})\t${item.text}`)
  }
  return `${lines.join('\n')}\n`
}
