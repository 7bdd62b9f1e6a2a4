import {execFile} from 'node:child_process'
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {readShard, shardOf, sourcesOfShard} from '../cli/shard.js'
import {browserCandidates} from '../find-browser.js'
import {cli} from './cli.js'

const root = path.resolve(import.meta.dirname, '../..')
const fixtures = path.join(import.meta.dirname, 'fixtures')
const work = mkdtempSync(path.join(tmpdir(), 'bp-shard-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Every file under `folder`, as relative paths, sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('shares of the sources', () => {
  const sources = ['a.txt', 'b.txt', 'c.md', 'paris.txt', 'lisbon.txt', 'nairobi.txt', 'x.txt', 'x.md', 'X.TXT', 'café.txt'].map((name) => path.join('src', name))

  it('--shard i/n: 1 <= i <= n, anything else is one line with exit 2', () => {
    expect(readShard(undefined)).toBeUndefined()
    expect(readShard('1/2')).toEqual({index: 1, count: 2})
    expect(readShard('3/3')).toEqual({index: 3, count: 3})
    for (const bad of ['0/2', '3/2', 'a/b', '1/0', '1', '1/2/3', ' 1/2', '-1/2']) {
      expect(() => readShard(bad), bad).toThrow(expect.objectContaining({exitCode: 2, message: `--shard ${bad}: expected i/n with 1 <= i <= n, such as 1/2 (see --help)`}))
    }
  })

  it('splits the sources into n disjoint shares that cover them all, a correction and its .txt together', () => {
    const shares = [1, 2, 3].map((index) => sourcesOfShard(sources, {index, count: 3}))
    expect(shares.flat().sort()).toEqual([...sources].sort())
    expect(shares.every((share) => share.length > 0)).toBe(true)
    for (const share of shares) expect(share.includes(path.join('src', 'x.txt'))).toBe(share.includes(path.join('src', 'x.md')))
    // Names that clash once folded (x.txt, X.TXT) land together too, so the clash is reported once.
    expect(shardOf(path.join('src', 'X.TXT'), 3)).toBe(shardOf(path.join('src', 'x.txt'), 3))
  })

  it('is stable: a source keeps its share when files are added or the folder differs', () => {
    const more = [...sources, ...Array.from({length: 40}, (_, i) => path.join('src', `added-${i}.txt`))]
    for (const source of sources) {
      expect(shardOf(source, 4)).toBe(shardOf(path.join('/elsewhere', path.basename(source)), 4))
      expect(sourcesOfShard(more, {index: shardOf(source, 4), count: 4})).toContain(source)
    }
  })
})

describe('built on two machines, gathered by `site`', () => {
  it('gives the same files with the same bytes as one build', async () => {
    const src = path.join(work, 'src')
    mkdirSync(src)
    // By the hash of their names, paris is in share 1 of 2, lisbon and nairobi in share 2.
    for (const [name, fixture] of [['paris', 'seed'], ['lisbon', 'five-pillars-bullets'], ['nairobi', 'newswire-dateline']]) copyFileSync(path.join(fixtures, fixture, 'input.txt'), path.join(src, `${name}.txt`))
    const env = {SOURCE_DATE_EPOCH: '1700000000'}
    const one = path.join(work, 'one')
    expect((await cli([src, '--out', one, '--quiet'], root, env)).code).toBe(0)

    const shards = [path.join(work, 'shard-1'), path.join(work, 'shard-2')]
    const runs = await Promise.all(shards.map((out, i) => cli([src, '--out', out, '--shard', `${i + 1}/2`], root, env)))
    expect(runs.map((run) => run.code)).toEqual([0, 0])
    expect(runs[0].stdout).toContain('shard 1/2: 1 of 3 sources; no site index')
    expect(readdirSync(shards[0]).sort()).toEqual(['paris'])
    expect(readdirSync(shards[1]).sort()).toEqual(['lisbon', 'nairobi'])

    // The last job: the shards' folders copied into one, then `site` writes the index and the feed.
    const merged = path.join(work, 'merged')
    for (const shard of shards) cpSync(shard, merged, {recursive: true})
    expect(existsSync(path.join(merged, 'index.html'))).toBe(false)
    const {stdout} = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/run.mjs'), 'site', '--out', merged], {cwd: root, env: {...process.env, ...env}})
    expect(stdout).toBe(`${path.join(merged, 'index.html')}: 3 readouts listed, with ${path.join(merged, 'feed.xml')}\n`)

    expect(filesUnder(merged)).toEqual(filesUnder(one))
    const differing = filesUnder(one).filter((file) => !readFileSync(path.join(one, file)).equals(readFileSync(path.join(merged, file))))
    expect(differing).toEqual([])
    expect(filesUnder(one)).toContain('feed.xml')
  }, 120_000)
})

/** A step of a GitHub Actions job. */
interface Step {
  uses?: string
  run?: string
  id?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
/** A job of a GitHub Actions workflow, as far as the README's uses it. */
interface Job {
  needs?: string | string[]
  strategy?: {matrix: {shard: number[]}}
  permissions?: Record<string, string>
  environment?: {name: string}
  steps: Step[]
}

describe('the README\'s CI workflow (A large site on several machines)', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### A large site on several machines'))
  const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]) as {on: unknown; jobs: Record<string, Job>}
  const jobs = Object.entries(workflow.jobs)
  const [, build] = jobs.find(([, job]) => job.strategy)!
  const stepOf = (job: Job, test: (step: Step) => boolean) => job.steps.findIndex(test)

  it('gives each job of the matrix one share, 1/n to n/n, built with Google Chrome named', () => {
    expect(workflow.on).toBeTruthy()
    const shards = build.strategy!.matrix.shard
    expect(shards).toEqual(Array.from({length: shards.length}, (_, i) => i + 1))
    const step = build.steps[stepOf(build, (s) => /--shard/.test(s.run ?? ''))]
    expect(step.run).toBe(`npm run build -- --shard \${{ matrix.shard }}/${shards.length} --out dist`)
    // The runner's /usr/bin/chromium comes before Chrome in the places looked at, and does not start there.
    const linux = browserCandidates('linux')
    expect(linux.indexOf('/usr/bin/chromium')).toBeLessThan(linux.indexOf('/opt/google/chrome/chrome'))
    expect(step.env?.CHROME_PATH).toBe('/opt/google/chrome/chrome')
    const upload = build.steps[stepOf(build, (s) => s.uses?.startsWith('actions/upload-artifact@') ?? false)]
    expect(upload.with).toEqual({name: 'packs-${{ matrix.shard }}', path: 'dist'})
  })

  it('gathers every share into one folder after them, writes the site there, then publishes it to GitHub Pages', () => {
    const [name, site] = jobs.find(([, job]) => job.steps.some((s) => /npm run site/.test(s.run ?? '')))!
    const [buildName] = jobs.find(([, job]) => job === build)!
    expect([site.needs].flat()).toContain(buildName)
    const gather = stepOf(site, (s) => s.uses?.startsWith('actions/download-artifact@') ?? false)
    expect(site.steps[gather].with).toEqual({pattern: 'packs-*', 'merge-multiple': true, path: 'dist'})
    const write = stepOf(site, (s) => s.run === 'npm run site -- --out dist')
    const upload = stepOf(site, (s) => (s.uses?.startsWith('actions/upload-pages-artifact@') ?? false) && s.with?.path === 'dist')
    const deploy = stepOf(site, (s) => s.uses?.startsWith('actions/deploy-pages@') ?? false)
    expect([gather, write, upload, deploy].every((index) => index >= 0), name).toBe(true)
    expect(gather < write && write < upload && upload < deploy).toBe(true)
    // What deploy-pages needs: the Pages and OIDC permissions, the github-pages environment.
    expect(site.permissions).toMatchObject({pages: 'write', 'id-token': 'write', contents: 'read'})
    expect(site.environment?.name).toBe('github-pages')
  })
})
