import {beforeAll, describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {loadNlp} from '../structure/nlp.js'

// Sentences the rules merged on the day of review36 fired on and should not have (every sentence written for the test).
beforeAll(() => loadNlp(), 60_000)

describe('a numbered item set off from an aside', () => {
  it('keeps the item as the subject when the aside says who brought it or what came with it', () => {
    expect(pointTitle('Resolution 2, tabled by the board, was adopted unanimously.')).toBe('Resolution 2')
    expect(pointTitle('Resolution 12, together with its annex, was adopted.')).toBe('Resolution 12')
    expect(pointTitle('Motion 7, seconded by two members, was defeated.')).not.toMatch(/second|member/i)
  })
  it('still titles the item by what it is about', () => {
    expect(pointTitle('Resolution 1, adoption of the Remuneration Report, was carried.')).toBe('Remuneration Report')
    expect(pointTitle('Item 4, the harbour budget, was deferred.')).toBe('Harbour budget')
  })
})

describe('a sentence that opens on capitals', () => {
  it('keeps an acronym that opens a subject whose own verb follows as it is', () => {
    expect(pointTitle('AIDS funding was increased by the Council.')).toBe('AIDS funding')
    expect(pointTitle('AIDS clinics will open in every district by 2028.')).toMatch(/^AIDS clinics/)
  })
  it('still reads a resolution’s operative verb in lower case', () => {
    expect(pointTitle('ADOPTS the Lakeshore Fisheries Charter annexed to this resolution.')).toBe('Lakeshore Fisheries Charter')
    expect(pointTitle('URGES member states to ratify the Lakeshore Fisheries Charter.')).toMatch(/Lakeshore Fisheries Charter/)
  })
})
