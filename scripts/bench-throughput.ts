// The benchmark's large mode (run by `npm run bench` unless `--quick`): many readouts from cold, and one
// edited readout among them built again. Whole processes, as a user waits for them.
import {spawn} from 'node:child_process'
import {appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {packsAtOnce} from './in-parallel.js'
import {nodeFlagsOf} from './node-flags.js'
import {PROJECT_ROOT} from './project-root.js'

/** One row of the benchmark's table: work, figure, ratio, target. */
export type BenchRow = [string, string, string, string]

const PLACES = ['Accra', 'Bogotá', 'Canberra', 'Dakar', 'Helsinki', 'Jakarta', 'Kigali', 'Lima', 'Manila', 'Oslo', 'Quito', 'Riga', 'Suva', 'Tunis', 'Vilnius']
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November']

/**
 * The reading corpus's texts the readouts are made from: a fixed list, so that benches of different
 * days build the same work: the 58 tuning cases the corpus had on 2026-11-29 at 03:50 (none held
 * out). The bench took every text of the corpus before, so its work changed as the corpus grew: at
 * 03:50 its 200 readouts were 102 texts about twice each, at 15:10 223 texts once, and those read
 * for this (rounds 4 and 5 left unread) were 27% longer on average (docs/speed.md, throughput).
 */
export const BENCH_CASES = [
  'agriculture-numbered-1', 'climate-no-colon-bullets-1', 'climate-wire-1',
  'culture-no-colon-bullets-1', 'development-headings-1', 'development-no-colon-bullets-1',
  'development-wire-1', 'digital-prose-1', 'disaster-headings-1', 'education-no-colon-bullets-1',
  'education-prose-1', 'education-prose-2', 'education-title-block-1', 'energy-numbered-values',
  'energy-prose-1', 'energy-title-block-1', 'energy-wire-1', 'fisheries-headings-1',
  'fr-agriculture-numbered-header', 'fr-agriculture-numbered-values', 'fr-climate-headings-1',
  'fr-culture-numbered-titles', 'fr-culture-title-block-header', 'fr-education-seed-1',
  'fr-fisheries-numbered-1', 'fr-health-numbered-1', 'fr-health-seed-1', 'fr-security-headings-1',
  'fr-trade-title-block-1', 'fr-trade-wire-1', 'fr-transport-wire-values',
  'fr-water-title-block-1', 'fr-water-wire-header', 'health-headings-1', 'health-mixed-1',
  'health-no-colon-bullets-1', 'health-numbered-1', 'health-numbered-header', 'health-seed-1',
  'health-title-block-1', 'migration-mixed-1', 'oceans-numbered-1', 'oceans-seed-1',
  'science-title-block-header', 'security-headings-1', 'security-mixed-1', 'security-numbered-1',
  'security-numbered-titles', 'security-seed-1', 'trade-numbered-1', 'trade-prose-1',
  'trade-title-block-1', 'trade-title-block-2', 'trade-wire-1', 'transport-numbered-1',
  'transport-seed-1', 'transport-wire-header', 'water-headings-1',
]

/**
 * `count` readouts, different from each other, made from the texts of `BENCH_CASES` in turn: each
 * closes with an outlook and a pledge of its own.
 * @param folder where to write them (`readout-001.txt`, …)
 * @param count how many
 * @returns their paths
 */
export function variedReadouts(folder: string, count: number): string[] {
  const corpus = path.join(PROJECT_ROOT, 'scripts/test/corpus')
  const texts = BENCH_CASES.map((name) => {
    const file = path.join(corpus, name, 'input.txt')
    try {
      return readFileSync(file, 'utf8').trimEnd()
    } catch {
      throw new Error(`${path.relative(PROJECT_ROOT, file)}: cannot read it, and the throughput bench builds it (BENCH_CASES in scripts/bench-throughput.ts)`)
    }
  })
  mkdirSync(folder, {recursive: true})
  return Array.from({length: count}, (_, i) => {
    const file = path.join(folder, `readout-${String(i + 1).padStart(3, '0')}.txt`)
    const closing = `The partners pledged $${i + 3} million for the follow-up and will meet again in ${PLACES[i % PLACES.length]} in ${MONTHS[i % MONTHS.length]} ${2025 + (i % 4)}.`
    writeFileSync(file, `${texts[i % texts.length]}\n${closing}\n`)
    return file
  })
}

/**
 * Build `sources` in one run, from cold, sampling the memory of the whole process tree; report
 * when a quarter, half and all of them were built, and the peak memory in each part.
 * @param run the runner (`scripts/run.mjs`)
 * @param sources the sources
 * @param out the output folder (emptied first)
 * @param count how many sources there are
 * @param treePss the memory (KiB) of a process tree
 * @returns times (ms) and peaks (MiB) at each mark, and the whole time
 */
async function coldRun(run: string, sources: string, out: string, count: number, treePss: (pid: number) => number): Promise<{marks: Array<{readouts: number; ms: number; peakMiB: number}>; ms: number}> {
  rmSync(out, {recursive: true, force: true})
  const targets = [Math.round(count / 4), Math.round(count / 2), count]
  const marks: Array<{readouts: number; ms: number; peakMiB: number}> = []
  const start = performance.now()
  const child = spawn(process.execPath, [...nodeFlagsOf('build'), run, 'build', sources, '--out', out], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}})
  let built = 0
  let peak = 0
  let buffered = ''
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      if (!/ -> .*\(\d+ files\) in /.test(line)) continue
      built++
      if (built === targets[marks.length]) {
        marks.push({readouts: built, ms: performance.now() - start, peakMiB: peak / 1024})
        peak = 0
      }
    }
  })
  const sampler = setInterval(() => (peak = Math.max(peak, treePss(child.pid!))), 250)
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  clearInterval(sampler)
  if (code !== 0 || marks.length < targets.length) throw new Error(`the ${count}-readout build exited with ${code} after ${built} readouts: ${errors.trim().split('\n').slice(-2).join(' ')}`)
  return {marks, ms: performance.now() - start}
}

/** Time one build command (started as `npm run build` starts it) to its end; its standard output too. */
async function timed(args: string[]): Promise<{ms: number; stdout: string}> {
  const start = performance.now()
  const child = spawn(process.execPath, [...nodeFlagsOf('build'), ...args], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  if (code !== 0) throw new Error(`build exited with ${code}: ${stderr.trim().split('\n').pop()}`)
  return {ms: performance.now() - start, stdout}
}

/**
 * The large mode: `count` readouts from cold (readouts per minute, peak memory at a quarter, half
 * and all of them: flat when nothing leaks from pack to pack), then, `rounds` times and
 * alternating, a one-readout build from cold against editing one of the `count` built readouts
 * and building them all again (incremental builds: target ≤ 1.5x).
 * @param options the work folder, the runner, how many readouts and rounds, the memory probe
 * @returns the table's rows, and a line with every run
 */
export async function throughputRows(options: {work: string; run: string; count: number; rounds: number; treePss: (pid: number) => number}): Promise<{rows: BenchRow[]; runs: string}> {
  const {work, run, count, rounds, treePss} = options
  const sources = path.join(work, 'many')
  const files = variedReadouts(sources, count)
  const out = path.join(work, 'many-out')
  process.stderr.write(`throughput: ${count} readouts from cold, ${packsAtOnce()} at once\n`)
  const cold = await coldRun(run, sources, out, count, treePss)
  const perMinute = (count / cold.ms) * 60_000
  const peaks = cold.marks.map((mark) => mark.peakMiB)
  // Flat: the last part's peak within 15% of the first's (a leak grows with every pack).
  const flat = peaks[peaks.length - 1] <= peaks[0] * 1.15
  const one = path.join(work, 'one')
  mkdirSync(one, {recursive: true})
  copyFileSync(files[0], path.join(one, 'readout-001.txt'))
  const single: number[] = []
  const edited: number[] = []
  let rebuilt = ''
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`incremental ${round + 1}/${rounds}\n`)
    rmSync(path.join(work, 'one-out'), {recursive: true, force: true})
    single.push((await timed([run, 'build', one, '--out', path.join(work, 'one-out')])).ms)
    appendFileSync(files[(round * 37) % count], `Ministers added a note in round ${round + 1}.\n`)
    const again = await timed([run, 'build', sources, '--out', out])
    edited.push(again.ms)
    const upToDate = again.stdout.split('\n').filter((line) => line.endsWith(' up to date')).length
    rebuilt = `${count - upToDate} built, ${upToDate} up to date`
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
  const [s, e] = [median(single), median(edited)]
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const rows: BenchRow[] = [
    [`${count} readouts from cold, ${packsAtOnce()} at once`, seconds(cold.ms), `${perMinute.toFixed(0)} readouts/min`, 'reported'],
    ...cold.marks.map((mark, i): BenchRow => [
      `peak memory (PSS), readouts ${i === 0 ? 1 : cold.marks[i - 1].readouts + 1}–${mark.readouts}`,
      `${Math.round(mark.peakMiB)} MiB`,
      `${mark.readouts} built at ${seconds(mark.ms)}`,
      i === cold.marks.length - 1 ? (flat ? 'met (flat: within 15% of the first part)' : 'NOT met (grows)') : '',
    ]),
    [`one readout edited among ${count} built, build again (${rebuilt})`, seconds(e), `${(e / s).toFixed(2)}x a one-readout build (${seconds(s)})`, e <= 1.5 * s ? 'met (<= 1.5x)' : 'NOT met (<= 1.5x)'],
  ]
  return {rows, runs: `one readout ${single.map(Math.round).join(', ')}; one edited among ${count} ${edited.map(Math.round).join(', ')}`}
}
