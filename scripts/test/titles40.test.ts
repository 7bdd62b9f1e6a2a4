import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {titleCandidates} from '../structure/title-candidates.js'

// Point titles a staffer would not rewrite (issue 11, branch titles40): sentences of my own, not the corpus's.

const candidates = (sentence: string) => titleCandidates(sentence).map((candidate) => candidate.text.toLowerCase())

describe('English: a phrase that says where, when or how far is no title, nor what its complement names', () => {
  it('`in parts of …`, `at the height of …`, `over the period of …`, `within walking distance of …`', () => {
    const parts = 'Ministers noted that in parts of the delta the clinics lose power at the height of the monsoon, and agreed to fit solar panels on 90 clinics by 2028.'
    expect(candidates(parts)).not.toContain('parts of the delta')
    expect(candidates(parts)).not.toContain('delta')
    expect(candidates(parts)).not.toContain('height of the monsoon')
    expect(pointTitle(parts)).not.toMatch(/^(?:Parts|Height|Delta|Monsoon)\b/)
    const period = 'Delegates welcomed grants totalling EUR 14 million over the period of the strategy for new river ferries.'
    expect(candidates(period)).not.toContain('period of the strategy')
    expect(pointTitle(period)).not.toMatch(/^Period\b/)
    const distance = 'The council noted that many farms lie within walking distance of a nature reserve and agreed to pay farmers who keep hedges.'
    expect(candidates(distance)).not.toContain('walking distance of a nature reserve')
    expect(candidates(distance)).not.toContain('nature reserve')
  })

  it('`every term`, `in some places`, but a thing is kept: `spare parts`, `the term of office`, `training places`', () => {
    expect(candidates('Reading levels will be checked every term by parent committees, which will report to the district.')).not.toContain('term by parent committees')
    expect(candidates('Ministers agreed to set up a pooled depot of spare parts for snow ploughs.')).toContain('spare parts')
    expect(candidates('Ministers agreed to extend the term of office of the board to five years.')).toContain('term of office of the board')
    expect(candidates('Ministers agreed to fund 4,000 new training places for welders.')).toContain('new training places')
  })
})

describe('English: a time is no title, but a closed season is a rule', () => {
  it('`during the rainy season` is when; `a closed season for …` is what was decided', () => {
    expect(candidates('Ministers agreed that ferries will not sail during the rainy season without a radio beacon.')).not.toContain('rainy season')
    expect(candidates('Ministers agreed on a closed season for sea cucumber fishing from March to May.')).toContain('closed season')
  })
})

describe('English: the words of an amount alone are no title', () => {
  it('a currency code and a scale (`USD 3.1bn`) give no candidate', () => {
    const found = candidates('Donors pledged USD 3.1bn over five years for rural roads and bridges.')
    expect(found).not.toContain('usd bn')
    expect(found).not.toContain('bn')
  })
})

describe('English: a title another point already has gives way to the next candidate no point has', () => {
  it('the scorer passes over a title it is told to avoid', () => {
    const sentence = 'We will recognise the role of school nurses in mental health care, and will allow them to refer pupils to a psychologist directly.'
    const first = pointTitle(sentence)
    expect(first).toBeDefined()
    const other = pointTitle(sentence, sentence, undefined, new Set([first!.toLocaleLowerCase()]))
    expect(other).toBeDefined()
    expect(other!.toLocaleLowerCase()).not.toBe(first!.toLocaleLowerCase())
  })

  it('no point of a text is shown with its rank for a title made twice', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {join} = await import('node:path')
    const {tmpdir} = await import('node:os')
    const {readSource} = await import('../structure/read-source.js')
    const {structureSource} = await import('../structure/structure-source.js')
    const path = join(mkdtempSync(join(tmpdir(), 'titles40-')), 'source.txt')
    writeFileSync(path, [
      'Joint Statement of the Nordic Meeting on School Health',
      'Oslo, 3 March 2027',
      '',
      '1. We agree that school nurses must be paid fairly and on time.',
      '',
      '2. We will recognise the role of school nurses in mental health care, and will allow them to refer pupils to a psychologist directly.',
      '',
      '3. We will fund 400 new posts for school psychologists by 2029.',
    ].join('\n'))
    const structured = await structureSource(await readSource(path))
    const titles = structured!.readout.pillars.map((pillar) => pillar.title)
    expect(titles.length).toBeGreaterThanOrEqual(3)
    for (const title of titles) expect(title).not.toMatch(/\(\d+\)$/)
  })
})
