// `npm run eval -- --labels-diagnosis`: where figure labels are lost, by kind of miss and by
// whether an accepted label was among the candidates.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findCases} from '../reader/evaluate.js'
import {diagnoseLabels, formatDiagnosis, missKind} from '../reader/label-diagnosis.js'

const root = path.resolve(import.meta.dirname, '../..')

describe('label diagnosis', () => {
  it('names the kind of a miss against the closest accepted wording', () => {
    expect(missKind(['stations built since 2020', 'new stations'], 'stations')).toBe('cut to the head')
    expect(missKind(['stations built since 2020'], 'stations built since 2020 in the hills')).toBe('extra words')
    expect(missKind(['ferries, up from 4 in 2019'], 'ferries')).toBe('comparison lost')
    expect(missKind(['ferries'], 'ferries, up from 4 in 2019')).toBe('comparison extra')
    expect(missKind(['écoles rénovées'], 'écoles rénové')).toBe('inflection')
    expect(missKind(['écoles rénovées'], 'dont')).toBe('pronoun')
    expect(missKind(['budget for ferries'], 'from the Bank')).toBe('wrong phrase')
    expect(missKind(['budget for ferries'], '')).toBe('no label')
  })

  it('reads a case with the candidates recorded and counts misses of generation and of choice', async () => {
    // the tuning cases (never the held-out ones): some of their labels are missed while the reader is short of
    // 100% there, and one case alone may come to have none (soils-headings-labels did)
    const cases = findCases([path.join(root, 'scripts/test/corpus')]).filter((item) => !item.name.startsWith('heldout-'))
    const diagnoses = await diagnoseLabels(cases)
    expect(diagnoses.map((item) => item.got)).toContain('member states')
    const missed = diagnoses.filter((item) => !item.exact)
    expect(missed.length).toBeGreaterThan(0)
    expect(missed.every((item) => item.kind !== undefined && item.candidates[0] === item.got)).toBe(true)
    const report = formatDiagnosis(diagnoses, true)
    expect(report).toMatch(/^\d+ figures read with the right value; labels exact \d+, by overlap \d+$/m)
    expect(report).toMatch(/^\| no acceptable candidate \(generation\) \| \d+ \| \d+ \|$/m)
    expect(report).toMatch(/^[a-z0-9-]+  \[/m)
  })
})
