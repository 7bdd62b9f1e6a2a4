import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {adjectivePhraseEnd, isPastParticiple, isPresentParticiple, narrowsNounBefore, subjectModifiersEnd} from '../structure/noun-phrase-extent.js'
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
})
