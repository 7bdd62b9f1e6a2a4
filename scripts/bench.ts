#!/usr/bin/env node
// npm run bench: our build against marp-cli's PDF of the same deck, side by side and alternating,
// plus watch-mode rebuilds, a 10-source batch and a 50-pillar source. Prints medians and ratios
// against the targets. Times whole processes, as a user waits for them. It ends with the large
// mode: 200 readouts from cold (readouts per minute, peak memory at 50, 100 and 200), then one
// edited readout among the 200 built against a one-readout build (incremental builds); `--quick`
// leaves that out.
// `--office` runs only the Office files' row (see bench-office.ts).
import {execFileSync, spawn} from 'node:child_process'
import {cpus} from 'node:os'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {deckThemeCss} from '../slides/marp-engine.js'
import {findBrowser} from './browser.js'
import {browserCandidates} from './find-browser.js'
import {PROJECT_ROOT} from './project-root.js'
import {decodeSource} from './structure/read-source.js'
import {loadNlp} from './structure/nlp.js'
import {structureSource} from './structure/structure-source.js'
import {VFile} from 'vfile'
import {accessSync, constants} from 'node:fs'
import {fontFaceCss} from './theme/fonts.js'
import {throughputRows, type BenchRow} from './bench-throughput.js'
import {officeRow} from './bench-office.js'
import {treePss} from './bench-memory.js'
import {nodeFlagsOf} from './node-flags.js'
import {EXIT} from './errors.js'

const BENCH_HELP = `Usage: npm run bench [-- --rounds N] [-- --readouts N | --quick] [-- --office]

Our build against marp-cli's PDF of the same deck, side by side and alternating, with every
target of the Speed section and whether it is met.
  --rounds N      runs of each side (default 5)
  --readouts N    how many readouts the throughput rows build from cold (default 200)
  --quick         leave out the throughput rows (200 readouts from cold, one edited among them)
  --throughput    accepted for older scripts: the throughput rows are run by default
  --office        only the Office files' row
  --help          show this help`

/** The options, or one line and exit 2 (`EXIT.usage`) for a wrong one, as every command of ours. */
const values = (() => {
  const fail = (message: string): never => {
    process.stderr.write(`npm run bench: ${message} (see --help)\n`)
    process.exit(EXIT.usage)
  }
  try {
    const {values} = parseArgs({options: {rounds: {type: 'string'}, throughput: {type: 'boolean'}, quick: {type: 'boolean'}, readouts: {type: 'string'}, office: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}})
    if (values.help) {
      process.stdout.write(`${BENCH_HELP}\n`)
      process.exit(0)
    }
    for (const name of ['rounds', 'readouts'] as const) {
      if (values[name] !== undefined && !/^[1-9]\d{0,3}$/.test(values[name])) fail(`--${name} takes a whole number from 1 to 9999, not \`${values[name]}\``)
    }
    return values
  } catch (error) {
    return fail((error as Error).message.split('\n')[0])
  }
})()
const rounds = Number(values.rounds ?? 5)
const work = mkdtempSync(path.join(tmpdir(), 'briefing-pack-bench-'))
const run = path.join(PROJECT_ROOT, 'scripts/run.mjs')
/** Our build starts as `npm run build` starts it: Node with the flags of package.json's `build` script. */
const node = [process.execPath, ...nodeFlagsOf('build')]
const marp = path.join(PROJECT_ROOT, 'node_modules/@marp-team/marp-cli/marp-cli.js')
const chromium = findBrowser().path
/** The browsers to pair on: Chromium's headless shell and full Chromium, where installed (else the one found). */
const pairings = (() => {
  const usable = (file: string) => {
    try {
      accessSync(file, constants.X_OK)
      return true
    } catch {
      return false
    }
  }
  const linux = browserCandidates('linux')
  const found = [
    {name: 'headless shell', path: linux.find((file) => /headless-shell$/.test(file) && usable(file))},
    {name: 'chromium', path: ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(usable)},
  ].filter((pairing): pairing is {name: string; path: string} => Boolean(pairing.path))
  return found.length ? found : [{name: path.basename(chromium), path: chromium}]
})()
const seed = readFileSync(path.join(PROJECT_ROOT, 'source/paris-roadmap-2019.txt'), 'utf8')

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/**
 * Run a command to its end; return its wall time and, when asked, the peak memory of its whole
 * process tree (sampling /proc costs CPU, so timed runs do not sample).
 */
async function measure(command: string, args: string[], memory = false): Promise<{ms: number; peakMiB: number}> {
  const start = performance.now()
  const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe']})
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  let peak = 0
  const sample = memory ? setInterval(() => (peak = Math.max(peak, treePss(child.pid!))), 25) : undefined
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  clearInterval(sample)
  if (code !== 0) throw new Error(`${path.basename(args[0] ?? command)} exited with ${code}: ${errors.trim().split('\n').pop()}`)
  return {ms: performance.now() - start, peakMiB: peak / 1024}
}

/** Live (not zombie) processes whose command line names `text`. */
function processesNaming(text: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '')[0]
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')
      if (state !== 'Z' && command.includes(text)) found.push(`${entry} ${command.slice(0, 60)}`)
    } catch {}
  }
  return found
}

function synthetic(pillars: number): string {
  const lines = ['The Test Alliance’s ministers met in Rome on 2-3 April 2024.', '“Together we go further.” Ministers agreed the ‘Rome Plan’ after two days of talks.']
  for (let i = 1; i <= pillars; i++) lines.push(`- Pillar ${i} on coordination: Partners agreed to strengthen coordination on theme ${i}. They will share expertise and report progress on ${i * 3} commitments made at the meeting, with $${i} million for training.`)
  lines.push('The Alliance has 31 members and will meet again next year.')
  return `${lines.join('\n')}\n`
}

// Inputs: the seed; the deck it makes, with our theme, for marp-cli; 10 readouts; a 50-pillar one.
const sources = path.join(work, 'sources')
mkdirSync(sources)
writeFileSync(path.join(sources, 'seed.txt'), seed)
execFileSync(process.execPath, [run, 'build', path.join(sources, 'seed.txt'), '--out', path.join(work, 'warmup'), '--quiet'])
writeFileSync(path.join(work, 'slides.md'), readFileSync(path.join(work, 'warmup/seed/slides.md')))
writeFileSync(path.join(work, 'briefing.css'), `${deckThemeCss()}\n${fontFaceCss(['sans'])}`)
const batch = path.join(work, 'batch')
mkdirSync(batch)
const places = ['Paris', 'Rome', 'Lisbon', 'Nairobi', 'Suva', 'Tallinn', 'Accra', 'Lima', 'Hanoi', 'Oslo']
places.forEach((place, i) => writeFileSync(path.join(batch, `readout-${i + 1}.txt`), seed.replace(/in Paris on 24-25 June 2019/, `in ${place} on ${i + 1} May 2024`)))
writeFileSync(path.join(sources, 'fifty.txt'), synthetic(50))

// --force: the same output folder is built again and again, and an up-to-date pack is not.
const ours = (file: string, out: string, memory = false, browser = chromium) => measure('/usr/bin/env', [`CHROME_PATH=${browser}`, ...node, run, 'build', file, '--out', out, '--quiet', '--force'], memory)
const baseline = (memory = false, browser = chromium) => measure(process.execPath, [marp, path.join(work, 'slides.md'), '--pdf', '--no-stdin', '--browser-path', browser, '--theme-set', path.join(work, 'briefing.css'), '-o', path.join(work, 'marp.pdf')], memory)

// What the Office files cost a build: with them against without (`--office`: only that row).
const office = await officeRow({run, source: path.join(sources, 'seed.txt'), out: path.join(work, 'out-office'), chromium, rounds})
if (values.office) {
  process.stdout.write(`briefing-pack benchmark, Office row, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}\n\n| work | median | ratio | target |\n|---|---|---|---|\n| ${office.row.join(' | ')} |\n\nAll runs (ms): ${office.runs}\n`)
  rmSync(work, {recursive: true, force: true})
  process.exit(0)
}

const results = {ours: [] as number[], marp: [] as number[], oursMem: [] as number[], marpMem: [] as number[], batch: [] as number[], fifty: [] as number[], structure: [] as number[]}
/** Each pairing: our whole pack and marp-cli's PDF on the same browser binary, alternating. */
const paired = pairings.map((pairing) => ({...pairing, ours: [] as number[], marp: [] as number[]}))
for (let round = 0; round < rounds; round++) {
  process.stderr.write(`round ${round + 1}/${rounds}\n`)
  for (const pairing of paired) {
    pairing.ours.push((await ours(path.join(sources, 'seed.txt'), path.join(work, 'out'), false, pairing.path)).ms)
    pairing.marp.push((await baseline(false, pairing.path)).ms)
  }
  results.fifty.push((await ours(path.join(sources, 'fifty.txt'), path.join(work, 'out'))).ms)
}
results.ours = paired[0].ours
results.marp = paired[0].marp
for (let round = 0; round < 3; round++) {
  results.oursMem.push((await ours(path.join(sources, 'seed.txt'), path.join(work, 'out'), true)).peakMiB)
  results.marpMem.push((await baseline(true)).peakMiB)
}
// The structure stage of the seed, with the language model loaded (as in a build, where it loads while Chromium starts).
await loadNlp()
for (let round = 0; round < Math.max(rounds, 5); round++) {
  const file = new VFile({path: 'paris-roadmap-2019.txt'})
  decodeSource(file, new TextEncoder().encode(seed))
  const start = performance.now()
  await structureSource(file)
  results.structure.push(performance.now() - start)
}
for (let round = 0; round < Math.max(1, Math.ceil(rounds / 2)); round++) {
  results.batch.push((await measure(node[0], [...node.slice(1), run, 'build', ...readdirSync(batch).map((f) => path.join(batch, f)), '--out', path.join(work, 'out-batch'), '--quiet', '--force'])).ms)
}

// Watch mode: save the source, time until slides.html and until brief.pdf are replaced.
const watchSources = path.join(work, 'watch-src')
const watchOut = path.join(work, 'watch-out')
mkdirSync(watchSources)
writeFileSync(path.join(watchSources, 'seed.txt'), seed)
const dev = spawn(process.execPath, [...nodeFlagsOf('dev'), run, 'dev', '--source', watchSources, '--out', watchOut, '--port', '0', '--quiet'], {stdio: ['ignore', 'pipe', 'inherit']})
const html: number[] = []
const all: number[] = []
try {
  const stamp = (file: string) => {
    try {
      const s = statSync(path.join(watchOut, 'seed', file))
      return `${s.ino}:${s.mtimeMs}`
    } catch {
      return ''
    }
  }
  const deadline = Date.now() + 60_000
  while (!stamp('brief.pdf') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  await new Promise((r) => setTimeout(r, 1000))
  for (let round = 0; round < rounds; round++) {
    const before = {html: stamp('slides.html'), all: stamp('brief.pdf')}
    const start = performance.now()
    // A real change every round (81, 82, …): a save that changes nothing is up to date and rebuilds nothing.
    writeFileSync(path.join(watchSources, 'seed.txt'), seed.replace('80 international partners', `${81 + round} international partners`))
    let h = 0
    let a = 0
    while (performance.now() - start < 10_000 && (!h || !a)) {
      if (!h && stamp('slides.html') !== before.html) h = performance.now() - start
      if (!a && stamp('brief.pdf') !== before.all) a = performance.now() - start
      await new Promise((r) => setTimeout(r, 2))
    }
    if (!h || !a) throw new Error(`watch mode: save ${round + 1} did not replace ${h ? 'brief.pdf' : 'slides.html'} within 10 s`)
    html.push(h)
    all.push(a)
    await new Promise((r) => setTimeout(r, 1500))
  }
} finally {
  dev.kill('SIGTERM')
  await new Promise((resolve) => dev.on('exit', resolve))
}

// Nothing left behind: a build with a temporary folder of its own; every Chromium process names
// it (its profile is made there). Listed the moment the command exits.
const leftBehind: string[] = []
for (const pairing of paired) {
  const temporary = mkdtempSync(path.join(work, 'tmp-'))
  const child = spawn('/usr/bin/env', [`CHROME_PATH=${pairing.path}`, `TMPDIR=${temporary}`, ...node, run, 'build', path.join(sources, 'seed.txt'), '--out', path.join(work, 'out'), '--quiet', '--force'], {stdio: 'ignore'})
  leftBehind.push(...(await new Promise<string[]>((resolve) => child.on('exit', () => resolve(processesNaming(temporary))))))
}

const large = !values.quick ? await throughputRows({work, run, count: Number(values.readouts ?? 200), rounds: 3, treePss}) : undefined

const m = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)])) as Record<keyof typeof results, number>
const rows: BenchRow[] = [
  ...paired.flatMap((pairing): Array<[string, string, string, string]> => {
    const [o, b] = [median(pairing.ours), median(pairing.marp)]
    return [
      [`npm run build, seed, every output (${pairing.name})`, seconds(o), `${(o / b).toFixed(2)}x marp --pdf`, o <= b ? 'met (<= 1.0x)' : 'NOT met (<= 1.0x)'],
      [`marp-cli --pdf, same slides.md (${pairing.name})`, seconds(b), '1.00x', 'baseline'],
    ]
  }),
  office.row,
  ['structure stage, seed (language model loaded)', `${Math.round(m.structure)} ms`, '', m.structure <= 150 ? 'met (<= 150 ms)' : 'NOT met (<= 150 ms)'],
  ['10 sources in one run', seconds(m.batch), `${(m.batch / m.ours).toFixed(2)}x one source`, m.batch < 5 * m.ours ? 'met (well under 10x)' : 'NOT met'],
  ['50-pillar source', seconds(m.fifty), `${(m.fifty / m.ours).toFixed(2)}x the seed`, m.fifty <= 2 * m.ours ? 'met (<= 2x)' : 'NOT met (<= 2x)'],
  ['peak memory (PSS), whole process tree', `${Math.round(m.oursMem)} MiB`, `marp --pdf: ${Math.round(m.marpMem)} MiB`, m.oursMem <= m.marpMem ? 'met' : 'NOT met'],
  ['watch: save -> slides.html', `${Math.round(median(html))} ms`, '', median(html) <= 150 ? 'met (<= 150 ms)' : 'NOT met (<= 150 ms)'],
  ['watch: save -> every output', `${Math.round(median(all))} ms`, '', median(all) <= 500 ? 'met (<= 500 ms)' : 'NOT met (<= 500 ms)'],
  [`Chromium processes left when the build exits (${paired.map((p) => p.name).join(', ')})`, String(leftBehind.length), '', leftBehind.length === 0 ? 'met (none)' : `NOT met: ${leftBehind.join('; ')}`],
  ...(large?.rows ?? [['incremental builds, throughput', '', '', 'not measured (--quick)']]),
]
const chromiumVersion = execFileSync(chromium, ['--version'], {encoding: 'utf8'}).trim()
process.stdout.write(`briefing-pack benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, ${chromiumVersion}, medians of ${rounds}\n\n`)
process.stdout.write('| work | median | ratio | target |\n|---|---|---|---|\n')
for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`)
process.stdout.write(`\nAll runs (ms): ${paired.map((p) => `ours (${p.name}) ${p.ours.map(Math.round).join(', ')}; marp (${p.name}) ${p.marp.map(Math.round).join(', ')}`).join('; ')}; watch html ${html.map(Math.round).join(', ')}; watch all ${all.map(Math.round).join(', ')}; ${office.runs}${large ? `; ${large.runs}` : ''}\n`)
rmSync(work, {recursive: true, force: true})
