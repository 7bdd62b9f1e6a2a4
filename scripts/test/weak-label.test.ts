import {describe, expect, it} from 'vitest'
import {bareNoun, weakLabel} from '../structure/weak-label.js'
import {readingFor} from '../structure/language.js'

// A figure's label that is one bare noun while its sentence says more of it (issue 11). Every
// label and sentence here is written for the test.
const en = readingFor('en')
const fr = readingFor('fr')

describe('a weak figure label', () => {
  it('is one noun whose sentence says what it is for, or a participle, relative or complement after it', () => {
    expect(weakLabel('budget', 'Ministers set aside a budget of $12 million for rural clinics.', en)).toBe('purpose after it')
    expect(weakLabel('of vaccines', 'The region buys 40% of vaccines from its own factories.', en)).toBe('complement after it')
    expect(weakLabel('of vaccines today', 'Some 40% of vaccines bought by members come from abroad.', en)).toBe('participle after it')
    expect(weakLabel('boats', 'The fleet counts 30 boats that fish beyond the reef.', en)).toBe('relative after it')
    expect(weakLabel('fonds', 'Un fonds de 8 millions de dollars, versé par la Banque, paiera les semences.', fr)).toBe('participle after it')
    expect(weakLabel('coût', 'Le plan aura un coût de 3 millions d’euros pour la première année.', fr)).toBe('purpose after it')
  })

  it('is one noun that is the object or the place of a verb that says more', () => {
    expect(weakLabel('districts', 'Cash transfers will be tested in 12 districts next year.', en)).toBe('place of a verb')
    expect(weakLabel('nurses', 'The ministry trained 300 nurses in the north.', en)).toBe('object of a verb')
    expect(weakLabel('villages', 'Le projet a été testé dans 15 villages.', fr)).toBe('place of a verb')
  })

  it('sets its time, its comparison and its unit aside', () => {
    expect(weakLabel('districts by 2030, up from 4 in 2022', 'Cash transfers will be tested in 12 districts by 2030, up from 4 in 2022.', en)).toBe('place of a verb')
    expect(weakLabel('square kilometres', 'Rangers will patrol 800 square kilometres of mangrove forest.', en)).toBe('complement after it')
    expect(weakLabel('tonnes d’engrais', 'La région importera 8 000 tonnes d’engrais pour les rizières.', fr)).toBe('purpose after it')
    expect(bareNoun('tonnes d’engrais', fr.weakLabel!)).toBe('engrais')
  })

  it('is not a noun the sentence says nothing more of, nor a label that says more than its noun', () => {
    expect(weakLabel('countries', 'The network now has 14 countries.', en)).toBeUndefined()
    expect(weakLabel('boats', 'The fleet reached 30 boats.', en)).toBeUndefined()
    expect(weakLabel('budget for rural clinics', 'Ministers set aside a budget of $12 million for rural clinics.', en)).toBeUndefined()
    expect(weakLabel('districts testing cash transfers', 'Cash transfers will be tested in 12 districts next year.', en)).toBeUndefined()
    expect(weakLabel('Agency', 'The Agency set aside $4 million for the study.', en)).toBeUndefined()
    expect(weakLabel('membres', 'Le réseau compte désormais 14 membres.', fr)).toBeUndefined()
  })
})

describe('npm run eval -- --weak-labels', () => {
  it('counts the weak labels the reader makes over the cases, and lists them unless quiet', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const path = await import('node:path')
    const {weakLabelsIn, formatWeakLabels} = await import('../reader/weak-labels.js')
    const folder = mkdtempSync(path.join(tmpdir(), 'weak-labels-'))
    const input = path.join(folder, 'input.txt')
    const expected = path.join(folder, 'expected.yml')
    writeFileSync(input, 'Harbour Safety Forum\nValletta, 3 March 2026\n\nMinisters of the Harbour Safety Forum met in Valletta.\n\n1. Inspections\nThe fleet reached 30 boats, and a charter for crews was signed.\n\n2. Clinics\nTwenty harbour clinics will be funded from a $12 million budget.\n')
    writeFileSync(expected, 'lang: en\n')
    const result = await weakLabelsIn([{name: 'made-up', input, expected}])
    expect(formatWeakLabels(result, false)).toBe(`1 weak labels of ${result.labels}\n`)
    expect(formatWeakLabels(result, true)).toContain('made-up\t$12 million\tbudget\t(place of a verb)')
  })
})
