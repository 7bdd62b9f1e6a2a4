// The benchmark's Office row: what writing `slides.pptx` and `brief.docx` costs a build of the
// seed. The figure: the build's wall time with the Office files minus without them (whole
// processes, as a user waits); beside it the same difference in CPU time of the whole process
// tree (Chromium included), which a busy machine disturbs far less than wall time, and the Office
// thread's own time for writing both (the build's `PPTX` and `DOCX` step lines).
import {spawn} from 'node:child_process'
import {OUTPUT_NAMES} from './config/settings.js'
import type {BenchRow} from './bench-throughput.js'
import {nodeFlagsOf} from './node-flags.js'

/** The target: writing both Office files costs the build at most this much wall time. */
export const OFFICE_BUDGET_MS = 200

/** The fewest pairs the Office row is the median of: single pairs differ by hundreds of ms. */
export const OFFICE_MIN_ROUNDS = 15

/** Every output but the Office files: the same build, less what is measured. */
const WITHOUT_OFFICE = OUTPUT_NAMES.filter((name) => name !== 'slides.pptx' && name !== 'brief.docx').join(',')

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

/**
 * Run a build to its end: its wall time, its CPU time (user + system, of the build and every
 * process it waited for, Chromium's included: bash's `times` after it) and what it printed.
 */
async function timedBuild(args: string[], env: NodeJS.ProcessEnv): Promise<{ms: number; cpuMs: number; stdout: string}> {
  const start = performance.now()
  const child = spawn('/bin/bash', ['-c', '"$@"; code=$?; times >&2; exit $code', 'bash', process.execPath, ...nodeFlagsOf('build'), ...args], {stdio: ['ignore', 'pipe', 'pipe'], env})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  const ms = performance.now() - start
  const lines = stderr.trim().split('\n')
  if (code !== 0) throw new Error(`build exited with ${code}: ${lines.at(-3)}`)
  return {ms, cpuMs: childrenCpuMs(lines.at(-1) ?? ''), stdout}
}

/**
 * Milliseconds of CPU in the children's line of bash's `times` (`0m3.120s 0m0.480s`: user, system).
 * @param line the line
 * @returns user + system, in milliseconds (NaN when it is not such a line)
 */
export function childrenCpuMs(line: string): number {
  const found = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(line.trim())
  return found ? (Number(found[1]) * 60 + Number(found[2]) + Number(found[3]) * 60 + Number(found[4])) * 1000 : Number.NaN
}

/**
 * Milliseconds of a step in the build's progress lines (`  seed  PPTX        412 ms`, `1.02 s`).
 * @param stdout what the build printed
 * @param step the step's name
 * @returns its time, or NaN when the build did not print it
 */
export function stepMs(stdout: string, step: string): number {
  const found = new RegExp(`^\\s+\\S.*?\\s${step}\\s+([\\d.]+) (ms|s)\\s*$`, 'm').exec(stdout)
  return found ? Number(found[1]) * (found[2] === 's' ? 1000 : 1) : Number.NaN
}

/**
 * Build the same source with and without the Office files (`--only` every other output), in pairs
 * whose order alternates, so that a machine getting busier or quieter weighs on both alike.
 * @param options the runner, the source, the output folder, the browser and the number of pairs
 * @returns the row and every run's times
 */
export async function officeRow(options: {run: string; source: string; out: string; chromium: string; rounds: number}): Promise<{row: BenchRow; runs: string}> {
  const rounds = Math.max(OFFICE_MIN_ROUNDS, options.rounds)
  const env = {...process.env, CHROME_PATH: options.chromium, NO_COLOR: '1'}
  const build = (only?: string) => timedBuild([options.run, 'build', options.source, '--out', options.out, '--force', ...(only ? ['--only', only] : [])], env)
  const withOffice: number[] = []
  const without: number[] = []
  const cpu = {with: [] as number[], without: [] as number[]}
  const thread: number[] = []
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`Office pair ${round + 1}/${rounds}\n`)
    const pair = round % 2 === 0 ? [false, true] : [true, false]
    for (const office of pair) {
      const {ms, cpuMs, stdout} = await build(office ? undefined : WITHOUT_OFFICE)
      cpu[office ? 'with' : 'without'].push(cpuMs)
      if (!office) without.push(ms)
      else {
        withOffice.push(ms)
        thread.push(stepMs(stdout, 'PPTX') + stepMs(stdout, 'DOCX'))
      }
    }
  }
  const differences = withOffice.map((ms, i) => ms - without[i])
  const cost = median(differences)
  const sorted = [...differences].sort((a, b) => a - b)
  const row: BenchRow = [
    `Office files (PPTX + DOCX) <= ${OFFICE_BUDGET_MS} ms of the build`,
    `${Math.round(cost)} ms`,
    `median of ${rounds} paired differences (${Math.round(sorted[0])} to ${Math.round(sorted.at(-1)!)} ms); ${(median(withOffice) / 1000).toFixed(2)} s against ${(median(without) / 1000).toFixed(2)} s; CPU time +${Math.round(median(cpu.with.map((ms, i) => ms - cpu.without[i])))} ms; Office thread ${Math.round(median(thread))} ms`,
    cost <= OFFICE_BUDGET_MS ? `met (<= ${OFFICE_BUDGET_MS} ms)` : `NOT met (<= ${OFFICE_BUDGET_MS} ms)`,
  ]
  const runs = `with Office ${withOffice.map(Math.round).join(', ')}; without ${without.map(Math.round).join(', ')}; CPU with ${cpu.with.map(Math.round).join(', ')}; CPU without ${cpu.without.map(Math.round).join(', ')}; Office thread (PPTX + DOCX) ${thread.map(Math.round).join(', ')}`
  return {row, runs}
}
