import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {adjectivePhraseEnd, isInSubject, isPastParticiple, isPresentParticiple, joinedNounEnd, narrowsNounBefore, partOfYearEnd, subjectModifiersEnd} from '../structure/noun-phrase-extent.js'
import {repairTags} from '../structure/repair-tags.js'
import {tokensOf} from '../structure/tokens.js'

const tokens = (sentence: string) => repairTags(tokensOf(sentence))
const at = (words: ReturnType<typeof tokens>, word: string) => words.findIndex((token) => token.lower === word)
const words = (list: ReturnType<typeof tokens>, from: number, to: number) => list.slice(from, to).map((token) => token.text).join(' ')

describe('participles', () => {
  it('reads regular and irregular past participles, not -ing or -s forms', () => {
    const list = tokens('The parcels sent to clinics and the wells dug last spring were counted by teams visiting villages.')
    expect(isPastParticiple(list[at(list, 'sent')])).toBe(true)
    expect(isPastParticiple(list[at(list, 'counted')])).toBe(true)
    expect(isPastParticiple(list[at(list, 'visiting')])).toBe(false)
    expect(isPresentParticiple(list[at(list, 'visiting')])).toBe(true)
    expect(isPastParticiple(list[at(list, 'parcels')])).toBe(false)
  })
})

describe('where a noun phrase ends', () => {
  it('keeps an adjective phrase of degree after a noun, with a participle’s phrase', () => {
    const list = tokens('Inspectors visited 40 bridges most damaged by the floods.')
    expect(words(list, at(list, 'most'), adjectivePhraseEnd(list, at(list, 'most')))).toBe('most damaged by the floods')
  })

  it('reads no adjective phrase when a noun follows (the words are a clause)', () => {
    const list = tokens('Auditors judged most contracts sound.')
    expect(adjectivePhraseEnd(list, at(list, 'judged'))).toBe(at(list, 'judged'))
  })

  it('reads a participle with its phrase as narrowing the noun before it', () => {
    const list = tokens('About 300 nurses working in rural clinics left the service.')
    expect(narrowsNounBefore(list, at(list, 'working'))).toBe(true)
  })

  it('keeps a subject whole when one participle phrase, irregular or not, runs up to its verb', () => {
    const list = tokens('Parcels sent to remote clinics doubled last year.')
    const verb = at(list, 'doubled')
    expect(words(list, 0, subjectModifiersEnd(list, 0, 1, verb))).toBe('Parcels sent to remote clinics')
  })

  it('cuts a subject to its noun when two phrases follow it', () => {
    const list = tokens('Complaints about noise in the old town fell last year.')
    expect(subjectModifiersEnd(list, 0, 1, at(list, 'fell'))).toBe(1)
  })

  it('reads an irregular participle before a noun as its modifier, in a compound too', () => {
    expect(figuresIn('Shipping accounts for 30% of all man-made noise in the bay.').map((figure) => figure.label)[0]).toMatch(/^of (?:all )?man-made noise/)
  })

  it('joins a noun to the noun of a phrase, with its adjectives and a possessive', () => {
    const list = tokens('Rangers patrol 40 kilometres of rivers and their wooded banks in the reserve.')
    expect(words(list, at(list, 'rivers'), joinedNounEnd(list, at(list, 'and'), 'of', false))).toBe('rivers and their wooded banks')
  })

  it('joins no second count, no noun of a new clause and no phrase opened by the same preposition', () => {
    const count = tokens('Farmers sold 30 tonnes of rice and 12 tonnes of beans.')
    expect(joinedNounEnd(count, at(count, 'and'), 'of', false)).toBe(-1)
    const clause = tokens('Boats landed 90 tonnes of tuna and traders bought most of it.')
    expect(joinedNounEnd(clause, at(clause, 'and'), 'of', false)).toBe(-1)
    const place = tokens('The plan funds 50 wells in the east and pumps in the west.')
    expect(joinedNounEnd(place, at(place, 'and'), 'in', false)).toBe(-1)
  })

  it('lets a joined noun in a subject run up to the subject’s verb', () => {
    const list = tokens('Some 300 of the 900 dykes along the canals and their side channels are older than a century.')
    expect(isInSubject(list, at(list, 'along'))).toBe(true)
    expect(words(list, at(list, 'canals'), joinedNounEnd(list, at(list, 'and'), 'along', true))).toBe('canals and their side channels')
    const object = tokens('Engineers repaired 300 dykes along the canals.')
    expect(isInSubject(object, at(object, 'along'))).toBe(false)
  })

  it('reads a part of a year whole, up to its year', () => {
    const list = tokens('Crews will finish the work by the end of 2027 or in the first half of 2028.')
    expect(words(list, at(list, 'by'), partOfYearEnd(list, at(list, 'by')))).toBe('by the end of 2027')
    expect(words(list, list.findIndex((token, k) => token.lower === 'in' && k > at(list, 'or')), partOfYearEnd(list, list.findIndex((token, k) => token.lower === 'in' && k > at(list, 'or'))))).toBe('in the first half of 2028')
    expect(partOfYearEnd(list, at(list, 'work'))).toBe(-1)
  })

  it('keeps a participle of judging with a degree and a phrase (`judged most at risk`)', () => {
    const list = tokens('Crews patched 60 levees judged most at risk.')
    expect(words(list, at(list, 'judged'), adjectivePhraseEnd(list, at(list, 'judged')))).toBe('judged most at risk')
  })
})
