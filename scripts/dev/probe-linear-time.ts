// A probe, not a test: times the structure stage (`structureSource`, what `check` and the eval call) on
// generated sources of many shapes at several sizes, each in a process of its own with a time limit, and
// prints the CPU seconds and the ratio of the two largest sizes (linear: about their ratio of sizes).
// Bundle and run it (from the worktree, so that node_modules resolves):
//   npx esbuild scripts/dev/probe-linear-time.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=.cache/probe/probe.mjs && node .cache/probe/probe.mjs [--sizes 100000,300000,1000000] [--limits] [--md] [--timeout 120] [shape …]
// `--limits` runs the limits' pre-scan first, as `check` does; `--md` reads the source as a Markdown file.
// A size not reached within the time limit (wall time, of the whole shape) is shown as `-`.
import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {VFile} from 'vfile'
import {loadNlp} from '../structure/nlp.js'
import {decodeSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'

const head = 'The Coalition’s ministers met in Rome on 2 April 2024.\n- Pillar: body.\n'

/** Each shape: the unit repeated (its number `i` when a function), after `head` unless it brings its own start. */
const shapes: Record<string, string | ((i: number) => string)> = {
  'heading and open quote': '## 1. Title\n> “a',
  'numbered headings': (i) => `## ${i}. Title of part ${i}\n\nMinisters agreed.\n\n`,
  'numbered headings, no body': (i) => `## ${i}. Title\n`,
  'headings #': '# Title\n',
  'quote lines': '> a quoted line of text\n',
  'quote lines, open quote': '> “a\n',
  'curly quotes closed': '“a” ‘b’ ',
  'curly quotes open': '“a ‘b ',
  'guillemets closed': '« a » ',
  'guillemets open': '« a ',
  'bold run-ins, lines': '**Bold:** text.\n',
  'bold run-ins, paragraphs': '**Bold:** text.\n\n',
  'bold run-ins, one line': '**bold:** ',
  'bullets with bold run-ins': '- **Bold:** text.\n',
  'pipe tables': '| a | b | c |\n',
  'pipe tables with rules': '| a | b | c |\n|---|---|---|\n',
  'pipe one line': '| a ',
  'time codes, lines': '[00:00:00] text\n',
  'time codes, one line': '[00:00:00] ',
  'time codes and speaker': '[00:12:34] Ana: hello there\n',
  'chat lines': 'Ana: hello there\n',
  'chat lines, paragraphs': 'Ana: hello there\n\n',
  'e-mail headers': 'From: Ana <ana@x.example>\nTo: Bo <bo@x.example>\nDate: Mon, 2 Mar 2026 09:12\nSubject: Re: readout\n\n> quoted line\n\n',
  'e-mail headers only': 'From: Ana <ana@x.example>\nSubject: Re: readout\n',
  'header fields without a sender': 'To: Bo\n',
  'A: lines': 'A: yes.\n',
  'one decision number': 'Item 4 · Budget\n',
  'one document code': 'AB/CD/2026/1\n',
  'bullets with stopped titles': '- Water quality. Ministers agreed to fund the new plants this year.\n',
  'bullets with dashed titles': '- Water quality – Ministers agreed to fund the new plants this year.\n',
  'nested quoting': '> > > a\n',
  'quote marks only': '>\n',
  'On … wrote': 'On Mon, 2 Mar 2026 at 09:12, Ana wrote:\n',
  'On … wrote, one line': 'On Mon, 2 Mar 2026 at 09:12, Ana wrote: ',
  'breadcrumbs, lines': 'Home / News / Item\n',
  'breadcrumbs, one line': 'a / b / c / ',
  'long word': 'x',
  'long url-like word': 'a.b/c-d_e',
  'short paragraphs': 'Short paragraph.\n\n',
  'one paragraph': 'Ministers agreed to fund schools. ',
  'digits': '1234567890',
  'punctuation': '.,;:!?-',
  'digit and punctuation mix': '1.2,3;',
  'initials': 'A. B. C. ',
  'initials, lines': 'A. B. C.\n',
  'numbered lines': (i) => `${i}. Item\n`,
  'numbered items with colon': (i) => `${i}. Title: body.\n`,
  'dash lines': '- a\n',
  'colon lines': 'Title:\n',
  'capitals lines': 'TITLE\n',
  'Q and A': 'Q: what?\nA: this.\n',
  'sentences in quotes': '“Ministers agreed.” ',
  'emphasis': '*a* ',
  'underscores': '_a_ ',
  'links': '[a](http://x.example) ',
  'html-like tags': '<b>a</b> ',
  'rules': '---\n',
  'tabs': 'a\tb\t',
  'French sentences': 'Les ministres ont convenu de financer les écoles. ',
}

/** The source of `shape` at about `size` characters. */
function source(shape: string, size: number): string {
  const unit = shapes[shape]
  const parts: string[] = [head]
  let length = head.length
  for (let i = 1; length < size; i++) {
    const part = typeof unit === 'string' ? unit : unit(i)
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, size) + '\n'
}

/** CPU seconds of the structure stage of `shape` at each of `sizes`, in this process, each written on a line as soon as it is known. */
async function timeShape(shape: string, sizes: number[], limits: boolean, name: string): Promise<void> {
  await loadNlp()
  const structure = async (text: string, checkLimits: boolean, path = name) => {
    const file = new VFile({path})
    decodeSource(file, new TextEncoder().encode(text))
    await structureSource(file, {checkLimits})
  }
  await structure(source('one paragraph', 10_000), false, 'warm.txt')
  for (const size of sizes) {
    const text = source(shape, size)
    const start = process.cpuUsage()
    await structure(text, limits)
    const used = process.cpuUsage(start)
    process.stdout.write(`${(used.user + used.system) / 1e6}\n`)
  }
}

const run = promisify(execFile)

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--shape') {
    await timeShape(args[1], args[2].split(',').map(Number), args[3] === 'limits', args[4])
    return
  }
  let sizes = [100_000, 300_000, 1_000_000]
  let limits = false
  let timeout = 120
  let name = 'probe.txt'
  const chosen: string[] = []
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--sizes') sizes = args[++k].split(',').map(Number)
    else if (args[k] === '--limits') limits = true
    else if (args[k] === '--timeout') timeout = Number(args[++k])
    else if (args[k] === '--md') name = 'probe.md'
    else chosen.push(args[k])
  }
  const self = fileURLToPath(import.meta.url)
  for (const shape of chosen.length ? chosen : Object.keys(shapes)) {
    if (!shapes[shape]) throw new Error(`no shape ${shape}`)
    let stdout = ''
    try {
      stdout = (await run(process.execPath, [self, '--shape', shape, sizes.join(','), limits ? 'limits' : '', name], {timeout: timeout * 1000, maxBuffer: 1 << 20})).stdout
    } catch (error) {
      stdout = (error as {stdout?: string}).stdout ?? ''
    }
    const times = stdout.trim().split('\n').filter(Boolean).map(Number)
    while (times.length < sizes.length) times.push(Infinity)
    const ratio = times[times.length - 1] / times[times.length - 2]
    const shown = times.map((t) => (t === Infinity ? '-' : t.toFixed(2)).padStart(7)).join(' ')
    process.stdout.write(`${shape.padEnd(30)} ${shown}   ratio ${ratio.toFixed(1)}\n`)
  }
}

await main()
