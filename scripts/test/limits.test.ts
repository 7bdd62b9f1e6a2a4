import {execFile, execFileSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LIMITS} from '../structure/source-limits.js'
import {syntheticReadout} from './helpers.js'

// The limits of the README's "Limits" table and the exit codes of its table, each on the real
// command. Tests here that start Chromium are the `build` runs; run the file under the shared lock.

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'bp-limits-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))
const seed = path.join(root, 'source/paris-roadmap-2019.txt')

interface Run {
  code: number
  stdout: string
  stderr: string
  /** stdout and stderr: `check` prints its problems on stdout. */
  output: string
  seconds: number
}

/** Run a command of the real command line (`build`, `check`, `dev`) and time it. */
function run(args: string[], env: NodeJS.ProcessEnv = {}, options: {uid?: number; gid?: number; timeout?: number} = {}): Promise<Run> {
  const started = performance.now()
  return new Promise((resolve) => {
    // (`--require <file>` first preloads a module into the command, e.g. the CPU-time reporter)
    const preload = args[0] === '--require' ? args.slice(0, 2) : []
    execFile(process.execPath, [...preload, path.join(root, 'scripts/run.mjs'), ...args.slice(preload.length)], {cwd: root, env: {...process.env, NO_COLOR: '1', ...env}, maxBuffer: 1 << 24, timeout: 170_000, ...options}, (error, stdout, stderr) => {
      resolve({code: error ? ((error as {code?: number}).code ?? -1) : 0, stdout, stderr, output: stdout + stderr, seconds: (performance.now() - started) / 1000})
    })
  })
}

/** The structured Markdown the build writes for the seed, the shape of a `.md` source. */
const roadmapMd = readFileSync(path.join(root, 'scripts/test/fixtures/markdown-source/input.md'), 'utf8')
/** The `.md` source with `body` as a paragraph of its first pillar. */
const withBody = (body: string) => roadmapMd.replace(/(\n### [^\n]+\n\n)/, `$1${body}\n\n`)

/** Sources each breaking one limit: the line that must be printed for each, with its place. */
const overLimit: Record<string, {text: string; expect: RegExp}> = {
  'quotes.md': {text: withBody(`${'>'.repeat(5000)} deep`), expect: /quotes\.md:\d+:1 {2}error {2}Unexpected nesting 5,000 levels deep .*expected at most 32 {2}nesting-too-deep/},
  'lists.md': {text: withBody(`${'- '.repeat(2000)}deep`), expect: /lists\.md:\d+:1 {2}error {2}Unexpected nesting \d[\d,]* levels deep .*expected at most 32/},
  'indented-lists.md': {text: withBody(Array.from({length: 200}, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n')), expect: /indented-lists\.md:\d+:1 {2}error {2}Unexpected nesting 33 levels deep/},
  'stars.md': {text: withBody(`a ${'* '.repeat(25_000)}`), expect: /stars\.md:\d+:\d+ {2}error {2}Unexpected paragraph with over 2,000 Markdown markup characters/},
  'brackets.md': {text: withBody(`a ${'[ '.repeat(50_000)}`), expect: /brackets\.md:\d+:\d+ {2}error {2}Unexpected paragraph with over 2,000 Markdown markup characters/},
  'front-matter.md': {text: roadmapMd.replace(/^---\n/, `---\nnote: ${'x '.repeat(10_000)}\n`), expect: /front-matter\.md:1:1 {2}error {2}Unexpected front matter of 2\d,\d{3} characters, expected at most 16,384/},
  'one-line.txt': {text: `${'word '.repeat(400_000)}\n`, expect: /one-line\.txt:1:100001 {2}error {2}Unexpected line of 2,000,000 characters, expected at most 100,000/},
  'line-of-words.txt': {text: `${syntheticReadout(3)}- Long: ${'words in a row '.repeat(70_000)}\n`, expect: /line-of-words\.txt:7:100001 {2}error {2}Unexpected line of 1,050,\d{3} characters/},
  'long-word.txt': {text: `${syntheticReadout(3)}- Long: see ${'x'.repeat(LIMITS.wordChars + 1)} now.\n`, expect: /long-word\.txt:7:13 {2}error {2}Unexpected word of 1,001 characters without a space, expected at most 1,000 {2}word-too-long/},
  'pillars.txt': {text: syntheticReadout(LIMITS.pillars + 1, 4), expect: /pillars\.txt {2}error {2}Unexpected readout with 501 pillars, expected at most 500 \(split it into several sources\) {2}too-many-pillars/},
}

describe('limits, checked before any parser', () => {
  let checked: Run
  beforeAll(async () => {
    mkdirSync(path.join(work, 'over'))
    for (const [name, {text}] of Object.entries(overLimit)) writeFileSync(path.join(work, 'over', name), text)
    checked = await run(['check', '--quiet', ...Object.keys(overLimit).map((name) => path.join(work, 'over', name))])
  }, 60_000)

  it.each(Object.keys(overLimit))('%s: one line with file:line:col naming the limit', (name) => {
    const lines = checked.output.split('\n').filter((line) => line.includes(`${name}`) && line.includes('  error  '))
    expect(lines.find((line) => overLimit[name].expect.test(line)), checked.output.slice(0, 2000)).toBeDefined()
  })

  it('refuses them all in seconds, exit 1, no stack trace', () => {
    expect(checked.code).toBe(1)
    expect(checked.seconds).toBeLessThan(15)
    expect(checked.output).not.toMatch(/^\s+at |Maximum call stack|unexpected failure/m)
  })

  it('accepts a source right at each limit', async () => {
    mkdirSync(path.join(work, 'at'))
    const atLimit = {
      'nesting.md': withBody(Array.from({length: 16}, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n')),
      'word.txt': `${syntheticReadout(3)}- Long: see ${'x'.repeat(LIMITS.wordChars)} now.\n`,
      'pillars.txt': syntheticReadout(LIMITS.pillars, 4),
    }
    for (const [name, text] of Object.entries(atLimit)) writeFileSync(path.join(work, 'at', name), text)
    const {code, output} = await run(['check', '--quiet', path.join(work, 'at')])
    expect(output).not.toMatch(/ {2}error {2}/)
    expect(code).toBe(0)
  }, 60_000)
})

describe('one source over a limit never stops the others (build)', () => {
  it('builds the seed, writes the site index, and exits 1 with one line per refused source', async () => {
    const sources = path.join(work, 'mixed')
    mkdirSync(sources)
    writeFileSync(path.join(sources, 'quotes.md'), overLimit['quotes.md'].text)
    writeFileSync(path.join(sources, 'pillars.txt'), overLimit['pillars.txt'].text)
    const out = path.join(work, 'mixed-out')
    const {code, stderr} = await run(['build', '--quiet', seed, sources, '--out', out])
    expect(code).toBe(1)
    const errors = stderr.split('\n').filter((line) => line.includes('  error  '))
    expect(errors.some((line) => line.includes('quotes.md') && line.includes('nesting-too-deep'))).toBe(true)
    expect(errors.filter((line) => line.includes('pillars.txt'))).toHaveLength(1)
    expect(errors.filter((line) => !line.includes('quotes.md') && !line.includes('pillars.txt'))).toEqual([])
    expect(existsSync(path.join(out, 'paris-roadmap-2019', 'slides.pdf'))).toBe(true)
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('paris-roadmap-2019/')
    expect(existsSync(path.join(out, 'quotes'))).toBe(false)
  }, 180_000)
})

describe('browser stages have a time that grows with the work', () => {
  it('past it: one line naming the file and the stage, exit 4, the other source still built', async () => {
    const small = path.join(work, 'small.txt')
    writeFileSync(small, syntheticReadout(3))
    // A hundredth of the time: the seed's printing cannot fit in it, a stuck browser would look the same.
    const {code, stderr} = await run(['build', '--quiet', seed, '--out', path.join(work, 'late-out')], {BRIEFING_PACK_TIME_SCALE: '0.001'})
    expect(code).toBe(4)
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^briefing-pack: \S*source\/paris-roadmap-2019\.txt: (printing the (deck|brief) to PDF|capturing .*) took longer than 0\.\d s, the time allowed for this readout's size/)
    expect(stderr).not.toMatch(/protocolTimeout|TimeoutError/)
  }, 120_000)
})

describe('exit codes: the environment and the input, never 70', () => {
  it.each([['abc'], ['99999999999999'], ['-5'], ['1e9'], ['100']])('SOURCE_DATE_EPOCH=%s: one line, exit 2, before any work', async (epoch) => {
    const out = path.join(work, `epoch-${epoch}`)
    const {code, stderr} = await run(['build', seed, '--out', out], {SOURCE_DATE_EPOCH: epoch})
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^briefing-pack: SOURCE_DATE_EPOCH=\S+ is not a date the outputs can carry; expected whole seconds since 1970 between/)])
    expect(existsSync(out)).toBe(false)
  })

  it.each([
    ['a surrogate', Buffer.from([0x65, 0xed, 0xa0, 0x80]), 'ED'],
    ['an overlong form', Buffer.from([0x65, 0xe0, 0x80, 0x80]), 'E0'],
    ['a code point past U+10FFFF', Buffer.from([0x65, 0xf4, 0x90, 0x80, 0x80]), 'F4'],
    ['a lone continuation byte', Buffer.from([0x65, 0x80]), '80'],
  ])('invalid UTF-8 (%s) is reported at its real line and column', async (kind, bytes, lead) => {
    const file = path.join(work, `utf8-${kind.replace(/\W+/g, '-')}.txt`)
    writeFileSync(file, Buffer.concat([Buffer.from('The ministers met in Rome.\nSecond line: caf'), bytes, Buffer.from(' here.\n')]))
    const {code, output} = await run(['check', '--quiet', file])
    expect(code).toBe(1)
    expect(output).toContain(`${file}:2:18  error  Unexpected byte \`0x${lead}\` that is not UTF-8`)
  })

  it('a YAML warning in front matter is one line at its place, not YAML\'s six', async () => {
    const file = path.join(work, 'tag.md')
    writeFileSync(file, roadmapMd.replace(/^---\n/, '---\nnote: !custom value\n'))
    const {output} = await run(['check', '--quiet', file])
    const lines = output.split('\n').filter((line) => line.includes('front-matter'))
    expect(lines).toEqual([`${file}:2:7  warning  Unexpected front matter: Unresolved tag: !custom, read as plain text  front-matter`])
    expect(output).not.toMatch(/YAMLWarning|\^\^\^/)
  })

  const root_ = process.getuid?.() === 0
  it('an unreadable source is exit 1 with a hint; an unreadable folder of sources too', async () => {
    // As root every file is readable: run the command as `nobody` (uid 65534) then.
    const dir = path.join(work, 'unreadable')
    mkdirSync(dir)
    chmodSync(work, 0o755)
    chmodSync(dir, 0o777)
    const file = path.join(dir, 'secret.txt')
    writeFileSync(file, syntheticReadout(3))
    chmodSync(file, 0o000)
    const closed = path.join(dir, 'closed')
    mkdirSync(closed)
    writeFileSync(path.join(closed, 'a.txt'), syntheticReadout(3))
    chmodSync(closed, 0o000)
    const as = root_ ? {uid: 65534, gid: 65534} : {}
    const env = {HOME: dir, TMPDIR: dir}
    const one = await run(['check', file], env, as)
    expect(one.code).toBe(1)
    expect(one.output).toContain(`${file}  error  Cannot read source file (EACCES: permission denied: check who owns it and its mode)  source-unreadable`)
    const folder = await run(['check', closed], env, as)
    expect(folder.code).toBe(1)
    expect(folder.stderr.trim()).toBe(`briefing-pack: ${closed}/: cannot read the source folder (EACCES: permission denied: check who owns it and its mode)`)
  })

  // Filling a real file system needs a small tmpfs, which only root can mount.
  it.runIf(root_)('a full temporary folder (ENOSPC) is exit 5 with a hint, not 70', async () => {
    const full = path.join(work, 'full')
    mkdirSync(full)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full])
    try {
      // Killed well before the test's own time: before this fix the build hung here, and the folder must still be unmounted.
      const {code, stderr} = await run(['build', '--quiet', seed, '--out', path.join(work, 'full-out')], {TMPDIR: full}, {timeout: 60_000})
      expect(code).toBe(5)
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^briefing-pack: \S*source\/paris-roadmap-2019\.txt: cannot write a file \(ENOSPC: the disk is full: free some space, or set TMPDIR to a folder with room/)])
      // Nothing of ours stays in the full folder.
      expect(readdirSync(full)).toEqual([])
    } finally {
      execFileSync('umount', [full])
    }
  }, 120_000)

  it('a source name past the file system\'s limit (ENAMETOOLONG) is exit 1 naming the length; an --out past it exit 5 with the hint', async () => {
    const long = path.join(work, `${'n'.repeat(300)}.txt`)
    const source = await run(['check', long])
    expect(source.code).toBe(1)
    expect(source.output).toMatch(/Cannot read source file \(ENAMETOOLONG: a name in the path is longer than the file system allows \(255 bytes\)/)
    const out = await run(['build', seed, '--out', path.join(work, 'o'.repeat(300))])
    expect(out.code).toBe(5)
    expect(out.stderr.trim().split('\n')).toEqual([expect.stringMatching(/cannot write the output folder \(ENAMETOOLONG: a name in the path is longer than the file system allows/)])
  })
})

describe('argument validation: one line, exit 2, for every option of every command', () => {
  it.each([
    [['build', '--out', ''], /option '-o, --out <dir>' argument '' is invalid\. expected a folder, not an empty value/],
    [['build', '--out', 'source/paris-roadmap-2019.txt'], /argument 'source\/paris-roadmap-2019\.txt' is invalid\. is a file, expected a folder/],
    [['build', '--out'], /option '-o, --out <dir>' argument missing/],
    [['build', '--colour'], /unknown option '--colour'/],
    [['build', '--quiet=yes'], /unknown option '--quiet=yes'/],
    [['check', '--frail=3'], /unknown option '--frail=3'/],
    [['check', '--out', 'x'], /unknown option '--out'/],
    [['dev', '--port', 'abc'], /option '--port <n>' argument 'abc' is invalid\. expected a whole number from 0 to 65535/],
    [['dev', '--port', '70000'], /argument '70000' is invalid\. expected a whole number from 0 to 65535/],
    [['dev', '--port', '-1'], /argument '-1' is invalid|unknown option '-1'/],
    [['dev', '--port', ''], /expected a port number, not an empty value/],
    [['dev', '--source', ''], /option '--source <dir>' argument '' is invalid\. expected a folder, not an empty value/],
    [['dev', '--source', 'README.md'], /argument 'README\.md' is invalid\. is a file, expected a folder/],
    [['dev', '--out', 'package.json'], /argument 'package\.json' is invalid\. is a file, expected a folder/],
    [['dev', '--watch'], /unknown option '--watch'/],
  ])('%j', async (args, expected) => {
    const cpuFile = path.join(work, `cpu-${(args as string[]).join('_').replace(/[^\w-]/g, '')}`)
    const {code, stderr} = await run(['--require', path.join(root, 'scripts/test/report-cpu-time.cjs'), ...(args as string[])], {CPU_TIME_FILE: cpuFile})
    expect(code).toBe(2)
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^briefing-pack: .* \(see --help\)$/)
    expect(lines[0]).toMatch(expected)
    // Found before any work: no browser started, nothing built. Timed by the command's own CPU time (about half a
    // second), not the wall clock, which a loaded CI stretched to 14 s once.
    expect(Number(readFileSync(cpuFile, 'utf8'))).toBeLessThan(5)
  })
})
