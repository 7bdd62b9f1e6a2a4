import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findCases} from '../reader/evaluate.js'
import {diagnoseTitles, formatTitleDiagnosis, type TitleDiagnosis} from '../reader/title-diagnosis.js'

const root = path.resolve(import.meta.dirname, '../..')

/** A made title as `diagnoseTitles` reports it. */
function made(got: string, expected: string[], candidates: string[], exact: boolean, candidateExact: boolean): TitleDiagnosis {
  return {case: 'x', expected, got, candidates, exact, near: exact, candidateExact, candidateNear: candidateExact}
}

describe('titles diagnosis (npm run eval -- --titles-diagnosis)', () => {
  it('counts right titles, misses of generation (no accepted candidate) and of choice (one passed over)', () => {
    const text = formatTitleDiagnosis([
      made('Loan scheme', ['Loan scheme'], ['Loan scheme', 'Women farmers'], true, true),
      made('Women farmers', ['Loan scheme'], ['Loan scheme', 'Women farmers'], false, true),
      made('Taxable income', ['Tax relief'], ['Taxable income', 'Employers'], false, false),
    ], true)
    expect(text).toContain('3 titles made by the scorer')
    expect(text).toContain('exact: 1 right, 1 without an accepted candidate (generation), 1 with one not chosen (choice)')
    expect(text).toContain('x  got Women farmers  passed over Loan scheme')
    expect(text).toMatch(/generation \(no accepted candidate\):\nx {2}expected Tax relief {2}got Taxable income/)
  })

  it('reads a real case and finds its made titles with their candidates', async () => {
    const cases = findCases([path.join(root, 'scripts/test/corpus')]).filter((item) => item.name === 'statistics-numbered-titles')
    const found = await diagnoseTitles(cases)
    expect(found.length).toBeGreaterThan(0)
    for (const title of found) expect(title.candidates.length).toBeGreaterThan(0)
    // (a standard title such as “New members” is right without being a candidate)
    expect(found.find((title) => title.expected.includes('New members'))).toMatchObject({got: 'New members', exact: true})
  }, 30_000)
})
