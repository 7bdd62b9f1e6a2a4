import {afterEach, describe, expect, it} from 'vitest'
import {pointTitle, scoreTitle, useTitleWeights} from '../structure/choose-title.js'
import {MAX_TITLE_WORDS, gerundOf, wordsOf} from '../structure/point-title.js'
import {titleCandidates} from '../structure/title-candidates.js'
import {TITLE_WEIGHTS} from '../structure/title-weights.js'

// Point titles chosen by a fitted linear scorer over candidate noun phrases (issue 11): the
// candidates are real phrases of the real tagger's reading; the weights are the committed ones.

const texts = (sentence: string, body?: string) => titleCandidates(sentence, body).map((candidate) => candidate.text)

describe('titleCandidates', () => {
  it("keeps the rules' title among noun phrases of the sentence and the compound without its modifier, not who acted", () => {
    const candidates = titleCandidates('Ministers endorsed a regional stockpile of 150 million vaccine doses.')
    expect(candidates[0]).toMatchObject({text: 'Regional vaccine stockpile', features: {rule: 1, object: 1}})
    const all = candidates.map((candidate) => candidate.text)
    expect(all).toEqual(expect.arrayContaining(['Vaccine stockpile', 'Regional stockpile', 'Vaccine doses']))
    expect(all).not.toContain('Ministers')
    // a subject that is not who acted is a candidate
    expect(titleCandidates('A shared register of drug-resistant cases will be set up by the U.S. and Mexico.').find((candidate) => candidate.features.subject)?.text).toBe('Shared register of drug-resistant cases')
  })

  it('makes a verb and its object a gerund, once', () => {
    const all = texts('Ministers agreed to prevent further loss of life at sea.')
    expect(all).toEqual(expect.arrayContaining(['Preventing further loss of life', 'Loss of life']))
    expect(all.filter((text) => /inging/.test(text))).toEqual([])
  })

  it('makes the gerund of a verb in -ue and of a hyphenated verb from its dictionary form', () => {
    expect(gerundOf('continue')).toBe('Continuing'.toLowerCase())
    expect(gerundOf('agree')).toBe('agreeing')
    expect(wordsOf('The Council re-elected its Chair.').find((word) => word.text === 're-elected')?.lemma).toBe('re-elect')
    expect(texts('The Council re-elected its Chair.').filter((text) => /edings?\b|ueing/.test(text))).toEqual([])
  })

  it('names the action by the noun of its verb, with its object after `of` or before it (`train wardens` → “Training of wardens”, “Warden training”)', () => {
    expect(texts('Ministers agreed to train park wardens in the use of drones.')).toEqual(expect.arrayContaining(['Training of park wardens', 'Park warden training']))
    expect(texts('Members will register their fishing canoes by 2029.')).toEqual(expect.arrayContaining(['Registration of fishing canoes', 'Fishing canoe registration']))
    // (spelt as the text spells the verb; never the first item of a list alone)
    expect(texts('Ministers agreed to harmonise the testing methods of member laboratories.')).toContain('Harmonisation of testing methods')
    expect(texts('Members will pay pensions, disability grants and other social transfers into bank accounts.').filter((text) => /^Payment of/.test(text))).toEqual([])
    // (a verb that says little has no such noun: `welcomed` is not “Welcome of …”)
    expect(texts('Ministers welcomed the new seed bank.').filter((text) => / of /.test(text))).toEqual([])
  })

  it('never offers a person by their title or a comparison as a title', () => {
    expect(texts("Ministers asked Ms. Okafor, the Board's Executive Secretary, to prepare proposals on cutting food waste.").filter((text) => /^Ms\b/.test(text))).toEqual([])
    expect(texts('Ministers heard that the new kilns burn as much wood as the old ones, but that few potters can buy them.').filter((text) => /^As\b/.test(text))).toEqual([])
  })

  it('turns a short complement into a compound (`report of the X` → `X report`)', () => {
    expect(texts('Ministers took note of the report of the Eminent Persons Group.')).toContain('Eminent Persons Group report')
    // (the held noun as a modifier is singular)
    expect(texts('Members decided to open the archive of satellite images to all researchers.')).toContain('Satellite image archive')
  })

  it('never gives more than seven words (but for a whole name) or a phrase cut after a preposition or `and`', () => {
    const sentence = 'Ministers agreed to remove fees on grain moving between member countries by the end of 2025, and asked officials to study a common import tariff for rice and wheat from outside the region.'
    for (const text of texts(sentence)) {
      expect(text.split(' ').length).toBeLessThanOrEqual(MAX_TITLE_WORDS)
      expect(text).not.toMatch(/\s(?:of|for|on|to|in|by|and|the)$/i)
    }
  })

  it('writes in the plural what each of many has one of (`every port will draw up a flood plan` → “Flood plans”), not what all share', () => {
    expect(pointTitle('Ministers agreed that every member state will draw up a flood plan before the next storm season.')).toBe('Flood plans')
    expect(texts('The council asked each district to open at least one youth centre by 2028.')).toContain('Youth centres')
    expect(texts('Ministers agreed that each member state will set up a national contact point.')).toContain('National contact points')
    expect(pointTitle('Members will each adopt, before the end of 2027, a national drought plan.')).toBe('National drought plans')
    // (one register all are linked to, a time, and a thing of its own are not each one's)
    expect(texts('Ministers agreed to link every land office to a national register.')).not.toContain('National registers')
    expect(texts('Every school will hold a fire drill once a year.')).not.toContain('Years')
    expect(pointTitle('Ministers agreed to open a regional seed bank in Tamale.')).toBe('Regional seed bank')
  })

  it('never offers when as what (`Academic year`, `Decade on record`), but keeps a name headed by a time (`Ocean Literacy Week`)', () => {
    expect(texts('From the next academic year, every university in the region will teach a course on data protection.')).not.toContain('Next academic year')
    expect(pointTitle('Ministers noted that wildfires burned more land this year than in any decade on record.')).toBe('More land')
    expect(pointTitle('Members will report each year on the state of their forests.')).toBe('State of forests')
    expect(pointTitle('The Secretariat will publish each year the results of the port inspections.')).toBe('Port inspections')
    expect(texts('Ministers agreed to hold an Ocean Literacy Week in every member state.')).toContain('Ocean Literacy Week')
  })

  it('never ends a candidate on a noun cut from its own complement (`the licensing | of …`), as a phrase too long to keep whole is cut', () => {
    const licensing = texts('Ministers adopted common standards on the licensing of small-scale gold miners in the region.')
    expect(licensing).not.toContain('Common standards on the licensing')
    expect(licensing).not.toContain('Standards on the licensing')
    expect(licensing).toContain('Licensing of small-scale gold miners')
    const survey = texts('The Council reviewed the findings of the survey on household water use across the river basin.')
    expect(survey).not.toContain('Findings of the survey')
    expect(pointTitle('The Council reviewed the findings of the survey on household water use across the river basin.')).toBe('Survey on household water use')
  })

  it('sees which words the rest of the point repeats', () => {
    const sentence = 'Ministers launched a joint programme for small firms.'
    const repeated = titleCandidates(sentence, `${sentence} Small firms in 12 countries will take part; the firms will get grants.`).find((candidate) => candidate.text === 'Small firms')
    const alone = titleCandidates(sentence).find((candidate) => candidate.text === 'Small firms')
    expect(repeated?.features.recurs).toBe(1)
    expect(alone?.features.recurs).toBe(0)
  })
})

describe('the fitted title scorer', () => {
  afterEach(() => useTitleWeights(undefined))

  it('rates a vague one-word title below a specific phrase of the same sentence', () => {
    const candidates = titleCandidates('Ministers launched a programme to help small and medium-sized firms sell online.')
    const vague = candidates.find((candidate) => candidate.text === 'Programme')!
    const specific = candidates.find((candidate) => candidate.text === 'Small and medium-sized firms')!
    expect(scoreTitle(vague, TITLE_WEIGHTS)).toBeLessThan(scoreTitle(specific, TITLE_WEIGHTS))
  })

  it('rates a light head below what it is about', () => {
    const candidates = titleCandidates('Ministers welcomed the launch of a regional programme against hate speech.')
    const light = candidates.find((candidate) => candidate.text === 'Launch of regional programme')!
    const about = candidates.find((candidate) => candidate.text === 'Programme against hate speech')!
    expect(scoreTitle(light, TITLE_WEIGHTS)).toBeLessThan(scoreTitle(about, TITLE_WEIGHTS))
  })

  it('picks with the weights in use, and the rules alone give the rules\' title', () => {
    const sentence = 'Ministers launched a programme to help small and medium-sized firms sell online.'
    expect(pointTitle(sentence)).not.toBe('Programme')
    useTitleWeights({rule: 1})
    // (the rules' `Programme`, with the purpose its sentence gives a means titled alone: titles17's `purposeTitle`)
    expect(pointTitle(sentence)).toBe('Programme for small and medium-sized firms')
  })
})
