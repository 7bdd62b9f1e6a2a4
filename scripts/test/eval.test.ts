import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {evaluate, FIELDS, findCases, overlaps, rate, scoreCase, type Evaluation} from '../reader/evaluate.js'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * The exact-match rate the reader must keep on the tuning cases, per field: what it reached when
 * this floor was set (40 cases), rounded down. Raise a floor as the reader improves; never lower it. The
 * issue's target is 95% on every field. (Figures are read by `figuresIn`, whose floor is low
 * until that work lands.)
 */
const FLOORS: Record<(typeof FIELDS)[number], number> = {
  title: 0.99,
  kind: 0.99,
  organisation: 0.99,
  place: 0.99,
  date_start: 0.99,
  date_end: 0.99,
  key_message: 0.99,
  roadmap: 0.99,
  'point titles': 0, // held by MATCHED_FLOORS below, not by a rate
  'point bodies': 0.99,
  'figure values': 0.995,
  'figure labels': 0, // held by MATCHED_FLOORS below, not by a rate
  outlook: 0.99,
}

/**
 * Point titles and figure labels are far from the other fields, so a rate floor on them punished a new tuning
 * case that is hard to title or label (its writer had to reword the text until the reader's title fitted,
 * which is tuning the text to the reader). They are held instead by how many tuning titles and labels read
 * exactly: a change may not lose one the reader gets today, and a new hard case does not lower anything.
 * These counts replaced the rates 0.72 and 0.745 (397 of 549 titles and 375 of 502 labels when they did), and
 * were raised to 417 and 401 at the end of that session (of 589 and 542). Raise them as the reader improves; never lower them.
 */
const MATCHED_FLOORS = {'point titles': 417, 'figure labels': 401} as const

describe('npm run eval', () => {
  let evaluation: Evaluation

  it('reads every case of the corpus and keeps each field above its floor', async () => {
    const cases = findCases([path.join(root, 'scripts/test/corpus'), path.join(root, 'scripts/test/fixtures')])
    expect(cases.length).toBeGreaterThanOrEqual(30)
    evaluation = await evaluate(cases)
    const below = FIELDS.filter((field) => rate(evaluation.tuning, field) < FLOORS[field]).map((field) => `${field}: ${(rate(evaluation.tuning, field) * 100).toFixed(1)}% < ${FLOORS[field] * 100}%`)
    expect(below).toEqual([])
    const fewer = (Object.keys(MATCHED_FLOORS) as Array<keyof typeof MATCHED_FLOORS>)
      .filter((field) => evaluation.tuning[field].matched < MATCHED_FLOORS[field])
      .map((field) => `${field}: ${evaluation.tuning[field].matched} matched < ${MATCHED_FLOORS[field]}`)
    expect(fewer).toEqual([])
  }, 600_000) // the whole corpus: ~60 s alone, minutes when the machine is shared

  it('scores a miss as a miss: a wrong title, a missing point, an extra figure', () => {
    const expected = {title: 'Plan', kind: 'readout', points: [{title: ['A', 'Aa'], body: 'one'}, {title: 'B', body: 'two'}], figures: [{value: '5', label: 'cats'}], outlook: []}
    const {tally, misses} = scoreCase('x', expected, {title: 'plan', pillars: [{title: 'aa', body: 'One'}], figures: [{value: '5', label: 'cats', sentence: ''}, {value: '6', label: 'dogs', sentence: ''}], context: [], outlook: [], source: 'x.txt'})
    expect(tally.title).toEqual({matched: 1, total: 1})
    expect(tally['point titles']).toEqual({matched: 1, total: 2})
    expect(tally['point bodies']).toEqual({matched: 1, total: 2})
    expect(tally['figure values']).toEqual({matched: 1, total: 2})
    expect(misses.map((miss) => miss.field)).toContain('figure values')
  })

  it('counts an outlook paragraph the reader shows without its closing emoji as found, and a different one as a miss', () => {
    const expected = {outlook: ['Ministers meet again in May. Thanks for hosting! 👋']}
    const readout = (outlook: string[]) => ({title: 't', pillars: [], figures: [], context: [], outlook, source: 'x.txt'})
    expect(scoreCase('x', expected, readout(['Ministers meet again in May. Thanks for hosting!'])).tally.outlook).toEqual({matched: 1, total: 1})
    expect(scoreCase('x', expected, readout(['Ministers meet again in June.'])).tally.outlook).toEqual({matched: 0, total: 2})
  })

  it('also scores titles and labels by content-word overlap, which accepts a rewording but not a fragment or a vaguer phrase', () => {
    expect(overlaps(['Cyber response team', 'Joint cyber response team'], 'Joint cyber response team of experts')).toBe(true)
    expect(overlaps(['children who missed a routine vaccine in 2020'], 'children who missed at least one routine vaccine in 2020')).toBe(true)
    expect(overlaps(['members of the expert panel', 'expert panel members'], 'members')).toBe(false)
    expect(overlaps(['for shelters over three years', 'shelter funding'], 'receive over three years')).toBe(false)
    // the comparison must be the same, and what is compared must be as specific
    expect(overlaps(['cities in the clean landfill network, up from 20 in 2021'], 'cities, up from 20 in 2021')).toBe(false)
    expect(overlaps(['grain stores, up from 120 in 2020'], 'community grain stores, up from 120 in 2020')).toBe(true)
    expect(overlaps(['grain stores, up from 120 in 2020'], 'grain stores, up from 100 in 2020')).toBe(false)
    const {tally} = scoreCase('x', {points: [{title: 'Vaccine stockpile', body: 'a'}]}, {title: 't', pillars: [{title: 'Regional vaccine stockpile', body: 'a'}, {title: 'Extra', body: 'b'}], figures: [], context: [], outlook: [], source: 'x.txt'})
    expect(tally['point titles']).toEqual({matched: 0, total: 2})
  })

  // The command-line tests read one slice of the corpus (the held-out cases whose area starts with `s`, ~50 of 837):
  // the floors above read it all once, and reading it three more times here cost the clean-clone suite ~3 minutes.
  const SLICE = 'heldout-s'

  it('prints the rates per field and every miss through the real command', async () => {
    // (every miss of 740 cases is over a megabyte, the child's default buffer: 64 MiB leaves room for the corpus to grow)
    const {stdout} = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/run.mjs'), 'eval', '--only-prefix', SLICE], {cwd: root, maxBuffer: 64 * 1024 * 1024})
    for (const field of FIELDS) expect(stdout).toMatch(new RegExp(`^\\| ${field} \\| \\d+\\.\\d% \\(\\d+/\\d+\\)`, 'm'))
    expect(stdout).toMatch(/^\d+ misses:$/m)
    expect(stdout).toMatch(/^\| point titles ≈ \| \d+\.\d% \(\d+\/\d+\)/m)
    expect(stdout).toMatch(/^\| figure labels ≈ \| \d+\.\d% \(\d+\/\d+\)/m)
  }, 180_000)

  it('reads only the cases whose name starts with --only-prefix, and says so in one line when none does', async () => {
    const run = promisify(execFile)
    const heldOut = findCases([path.join(root, 'scripts/test/corpus')]).filter((item) => item.name.startsWith(SLICE)).length
    expect(heldOut).toBeGreaterThan(10)
    const {stdout} = await run(process.execPath, [path.join(root, 'scripts/run.mjs'), 'eval', '--only-prefix', SLICE, '--quiet'], {cwd: root})
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^${heldOut} cases, ${heldOut} held out\\b`))
    const failed = await run(process.execPath, [path.join(root, 'scripts/run.mjs'), 'eval', '--only-prefix', 'no-such-case-'], {cwd: root}).catch((error) => error)
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: scripts/test/corpus/: no case with input.txt and expected.yml whose name starts with `no-such-case-`'])
  }, 180_000)

  it('keeps a held-out round apart with --rounds and --except-rounds, and refuses a list that is not round numbers', async () => {
    const run = promisify(execFile)
    const all = findCases([path.join(root, 'scripts/test/corpus'), path.join(root, 'scripts/test/fixtures')]).filter((item) => item.name.startsWith(SLICE))
    const roundOf = (name: string) => /^heldout-.*-(\d+)$/.exec(name)?.[1]
    const inRounds = all.filter((item) => roundOf(item.name) === '4' || roundOf(item.name) === '5').length
    expect(inRounds).toBeGreaterThan(0)
    const only = await run(process.execPath, [path.join(root, 'scripts/run.mjs'), 'eval', '--only-prefix', SLICE, '--rounds', '4,5', '--quiet'], {cwd: root})
    expect(only.stdout.split('\n')[0]).toMatch(new RegExp(`^${inRounds} cases, ${inRounds} held out\\b`))
    const except = await run(process.execPath, [path.join(root, 'scripts/run.mjs'), 'eval', '--only-prefix', SLICE, '--except-rounds', '4,5', '--quiet'], {cwd: root})
    expect(except.stdout.split('\n')[0]).toMatch(new RegExp(`^${all.length - inRounds} cases,`))
    const failed = await run(process.execPath, [path.join(root, 'scripts/run.mjs'), 'eval', '--rounds', 'four'], {cwd: root}).catch((error) => error)
    expect(failed.code).toBe(2)
    expect(failed.stderr.trim().split('\n')).toEqual(['briefing-pack: --rounds: expected round numbers separated by commas, e.g. 4,5 (got `four`)'])
  }, 180_000)
})
