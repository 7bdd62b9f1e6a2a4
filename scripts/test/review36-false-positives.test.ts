import {beforeAll, describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {DECISIONS_FOLLOW, LEAD_IN} from '../structure/english.js'
import {FRENCH, frenchOfCounted, frenchSecondComplementAt} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
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

describe('a French counted noun before a compound preposition', () => {
  const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
  it('keeps a phrase that says which ones (`vols à destination de Lomé`)', () => {
    expect(chiffres('La compagnie ouvrira 6 vols à destination de Lomé.')[0]).toMatch(/^6 \| vols à destination de Lomé/)
  })
  it('still ends it before a phrase that says where (`le long de`)', () => {
    expect(chiffres('Le ministère a déployé 300 gendarmes le long de la frontière.')[0]).toBe('300 | gendarmes déployés par le ministère')
  })
})

describe('a French flow whose `de` names who it is of', () => {
  const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
  it('labels the measure as done by the name, not as the name flowing or as nobody’s', () => {
    expect(chiffres("Les exportations de l'Union européenne ont atteint 3 millions de tonnes.")).toEqual(["3 million | tonnes exportées par l'Union européenne"])
    expect(chiffres('La production de la Guinée a atteint 100 000 tonnes.')).toEqual(['100,000 | tonnes produites par la Guinée'])
  })
  it('still labels what flows, and drops an owner that only repeats who met', () => {
    expect(chiffres('La production de sorgho de la Guinée a atteint 100 000 tonnes.')).toEqual(['100,000 | tonnes de sorgho produites par la Guinée'])
    expect(chiffres('La production de la région a atteint 100 000 tonnes.')).toEqual(['100,000 | tonnes produites'])
  })
})

describe('a lead-in that names the decisions under it', () => {
  it('is a lead-in for every noun `DECISIONS_FOLLOW` knows, one list for both', () => {
    for (const sentence of ['Ministers adopted the following guidelines:', 'The Board agreed the following orientations.', 'Members endorsed the following steps.']) {
      expect(DECISIONS_FOLLOW.test(sentence)).toBe(true)
      expect(LEAD_IN.test(sentence)).toBe(true)
    }
    expect(LEAD_IN.test('Ministers agreed on the following day to meet again.')).toBe(false)
  })
})

describe('a French verb’s second complement after a counted noun, read from french.ts', () => {
  it('opens on `au`, `aux`, `à la`, not after an adjective whose complement it is', () => {
    expect(frenchSecondComplementAt('mécaniciens de garage à la réparation des vélos'.split(' '), 3)).toBe(true)
    expect(frenchSecondComplementAt('maisons isolées au réseau'.split(' '), 2)).toBe(false)
    expect(frenchSecondComplementAt('fermes au réseau'.split(' '), 1)).toBe(true)
  })
})

describe('a French action noun before the count taken out of its phrase, read from french.ts', () => {
  it('takes `des` after an action’s noun, nothing after another noun', () => {
    expect(frenchOfCounted(['fermeture', 'de'])).toBe('des')
    expect(frenchOfCounted(['installation', 'd’'])).toBe('des')
    expect(frenchOfCounted(['tonnes', 'de'])).toBeUndefined()
  })
})
