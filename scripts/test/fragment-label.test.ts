import {describe, expect, it} from 'vitest'
import {fragmentLabel} from '../structure/fragment-label.js'
import {readingFor} from '../structure/language.js'

// A figure's label that is a fragment, one a staffer must rewrite (issue 11). Every label and
// sentence here is written for the test.
const en = readingFor('en')
const fr = readingFor('fr')

describe('a fragment figure label', () => {
  it('opens on a pronoun or a conjunction', () => {
    expect(fragmentLabel('ils', '2%', 'Ils ont décidé de limiter à 2 % les frais de dossier.', fr)).toBe('pronoun')
    expect(fragmentLabel('dont', '$3 million', 'Le plan coûte 9 millions de dollars, dont 3 millions de dollars de la Banque.', fr)).toBe('pronoun')
    expect(fragmentLabel('which', '$4 million', 'They set up a fund, which holds $4 million.', en)).toBe('pronoun')
    expect(fragmentLabel('que le prix du lait', '€0.40', 'Ils notent que le prix du lait a atteint 0,40 euro le litre.', fr)).toBe('conjunction')
    expect(fragmentLabel('and exports', '12%', 'Imports rose, and exports fell by 12 percent.', en)).toBe('conjunction')
  })

  it('holds no noun, or a unit or an infinitive alone, its comparison set aside', () => {
    expect(fragmentLabel("d'ici, contre 10 % aujourd'hui", '30%', "Porter à 30 % d'ici 2030, contre 10 % aujourd'hui, la part des routes bitumées.", fr)).toBe('no noun')
    expect(fragmentLabel('en moyenne', '4%', 'Les frais atteignent 4 % en moyenne.', fr)).toBe('no noun')
    expect(fragmentLabel('by 2031', '70%', 'Members aim for 70 percent by 2031.', en)).toBe('no noun')
    expect(fragmentLabel('combined', '$9 million', 'The two banks gave $9 million combined.', en)).toBe('no noun')
    expect(fragmentLabel('kilogrammes', '900', 'Les rendements plafonnent à 900 kilogrammes par hectare.', fr)).toBe('unit alone')
    expect(fragmentLabel('tonnes a year, up from 4,000', '6,000', 'Exports reached 6,000 tonnes a year, up from 4,000.', en)).toBe('unit alone')
    expect(fragmentLabel('to repair', '$2,000', 'It costs $2,000 to repair one pump.', en)).toBe('verb alone')
  })

  it('labels a share with another noun than the whole its sentence gives it', () => {
    expect(fragmentLabel('États membres', '45%', 'Les États membres veulent porter à 45 % la part des filles inscrites au collège.', fr)).toBe('share without its whole')
    expect(fragmentLabel('ministers', '30%', 'Ministers want to raise the share of trains running on time to 30 percent.', en)).toBe('share without its whole')
  })

  it('is not a label that names what is counted', () => {
    expect(fragmentLabel('part des filles inscrites au collège', '45%', 'Les États membres veulent porter à 45 % la part des filles inscrites au collège.', fr)).toBeUndefined()
    expect(fragmentLabel('of trains running on time', '30%', 'Ministers want to raise the share of trains running on time to 30 percent.', en)).toBeUndefined()
    expect(fragmentLabel('kilogrammes par hectare', '900', 'Les rendements plafonnent à 900 kilogrammes par hectare.', fr)).toBeUndefined()
    expect(fragmentLabel('tonnes of maize a year', '6,000', 'Exports reached 6,000 tonnes of maize a year.', en)).toBeUndefined()
    expect(fragmentLabel('US pledge', '$5 million', 'The US pledge is $5 million.', en)).toBeUndefined()
    expect(fragmentLabel('households', '1,200', 'The scheme reached 1,200 households.', en)).toBeUndefined()
  })
})

describe('eval --fragment-labels', () => {
  it('prints the count with how many of each kind, then each label unless quiet', async () => {
    const {formatFragmentLabels} = await import('../reader/fragment-labels.js')
    const fragments = [
      {case: 'made-up', value: '2%', label: 'ils', why: 'pronoun'},
      {case: 'made-up', value: '4%', label: 'en moyenne', why: 'no noun'},
      {case: 'other', value: '3%', label: 'dont', why: 'pronoun'},
    ]
    expect(formatFragmentLabels({labels: 9, fragments}, false)).toBe('3 fragment labels of 9 (no noun 1, pronoun 2)\n')
    expect(formatFragmentLabels({labels: 9, fragments}, true)).toContain('made-up\t4%\ten moyenne\t(no noun)\n')
  })
})
