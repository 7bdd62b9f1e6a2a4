import {execFile, execFileSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, {recursive: true, force: true})))

/** A project folder with the seed readout, and whatever `files` adds (`fifo` makes a named pipe, `link:` a link, `sparse:` a sparse file of that many bytes). */
function project(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bp-config-limits-'))
  folders.push(folder)
  mkdirSync(path.join(folder, 'source'))
  copyFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), path.join(folder, 'source/paris.txt'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name)
    if (content === 'fifo') execFileSync('mkfifo', [file])
    else if (content.startsWith('link:')) symlinkSync(content.slice(5), file)
    else if (content.startsWith('sparse:')) {
      writeFileSync(file, '')
      truncateSync(file, Number(content.slice(7)))
    } else writeFileSync(file, content)
  }
  return folder
}

/** Build the project's source (the Markdown deck only: no browser), with `args`; resolve with the exit code, the error lines and how long it took. */
async function build(folder: string, args: string[] = []): Promise<{code: number; lines: string[]; ms: number}> {
  const started = performance.now()
  // A run that hangs (a named pipe read) is killed after 20 s: it leaves no process behind.
  const {code, stderr} = await new Promise<{code: number; stderr: string}>((resolve) =>
    execFile(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build', 'source/paris.txt', '--out', 'dist', '--quiet', '--only', 'slides.md', ...args], {cwd: folder, env: {...process.env, NO_COLOR: '1'}, timeout: 20_000, killSignal: 'SIGKILL'}, (error, _stdout, stderr) =>
      resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr}),
    ),
  )
  return {code, lines: stderr.trim().split('\n').filter(Boolean), ms: performance.now() - started}
}

describe('configuration files, and the files they name, are read within limits', () => {
  it.each([
    ['a --brand that links to /dev/zero', {'zero.yml': 'link:/dev/zero'}, ['--brand', 'zero.yml'], 'briefing-pack: zero.yml: cannot read the brand file (it is a device file, expected a regular file)'],
    ['a --brand that is a named pipe (it blocked for ever)', {'pipe.yml': 'fifo'}, ['--brand', 'pipe.yml'], 'briefing-pack: pipe.yml: cannot read the brand file (it is a named pipe (FIFO), expected a regular file)'],
    ['a --brand of 1.5 GB (read whole: 1.6 GB of memory)', {'big.yml': `sparse:${1536 * 1024 * 1024}`}, ['--brand', 'big.yml'], 'briefing-pack: big.yml: cannot read the brand file (it is 1,536 MB, expected a brand file under 1 MB)'],
    ['a _brand.yml that is a named pipe', {'_brand.yml': 'fifo'}, [], 'briefing-pack: _brand.yml: cannot read the brand file (it is a named pipe (FIFO), expected a regular file)'],
    ['a briefing-pack.yml that is a named pipe', {'briefing-pack.yml': 'fifo'}, [], 'briefing-pack: briefing-pack.yml: cannot read the file (it is a named pipe (FIFO), expected a regular file)'],
    ['a --config of 2 MB', {'big.yml': `sparse:${2 * 1024 * 1024}`}, ['--config', 'big.yml'], 'briefing-pack: big.yml: cannot read the file (it is 2 MB, expected a config file under 1 MB)'],
    ['a brand value that names a file of 1.5 GB (read whole to hash it)', {'_brand.yml': 'meta:\n  name: Big\n  link: disk.img\n', 'disk.img': `sparse:${1536 * 1024 * 1024}`}, [], 'briefing-pack: _brand.yml: `disk.img` names a file of 1,536 MB, expected a file under 32 MB (a file a config names is read to tell when to rebuild; no brand file is larger)'],
  ])('refuses %s in one line, exit 1, before reading it', async (_case, files, args, expected) => {
    const {code, lines, ms} = await build(project(files), args)
    expect(lines).toEqual([expected])
    expect(code).toBe(1)
    expect(ms).toBeLessThan(15_000)
  }, 30_000)

  it('a _brand.yml or briefing-pack.yml that is a named pipe, beside the --brand and --config used, is not read (it blocked for ever)', async () => {
    const folder = project({'_brand.yml': 'fifo', 'briefing-pack.yml': 'fifo', 'brand.yml': 'meta:\n  name: Ministry\n', 'config.yml': 'paper: letter\n'})
    const {code, lines} = await build(folder, ['--brand', 'brand.yml', '--config', 'config.yml'])
    expect(lines).toEqual([])
    expect(code).toBe(0)
  }, 30_000)

  it('a brand value that names a folder, a pipe or a small file is no problem', async () => {
    const folder = project({'_brand.yml': 'meta:\n  name:\n    full: source\n    short: pipe\n  link: notes.txt\n', 'pipe': 'fifo', 'notes.txt': 'a note'})
    const {code, lines} = await build(folder)
    expect(lines).toEqual([])
    expect(code).toBe(0)
  }, 30_000)
})
