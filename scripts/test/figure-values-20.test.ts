// Figure values of the shapes round 20 showed the reader missing or taking wrongly (issue 11),
// each read by its general cause. Every sentence here is written for this test, on other subjects
// than the corpus cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {FRENCH} from '../structure/french.js'

/** The values of the figures of an English sentence. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of the figures of a French sentence. */
const valeurs = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)

describe('a change whose subject opens on a past participle (`reported cases rose to …`)', () => {
  it('is read, the participle kept in its label', () => {
    expect(figures('Recorded burglaries fell to 3,200 in 2025.')).toEqual(['3,200 | recorded burglaries in 2025'])
    expect(figures('The Board noted that registered nurses in the province rose to 14,500 last year.')).toEqual(['14,500 | registered nurses in the province last year'])
  })
})

describe('a number after a paragraph sign (`§ 4 Ministers …`)', () => {
  it('is the paragraph\'s number, not a count', () => {
    expect(values('§ 4 Ministers welcomed the report of the working group.')).toEqual([])
    expect(valeurs('§ 7 Les ministres ont salué le rapport du groupe de travail.')).toEqual([])
  })
})

describe('the rand named after an amount (`2.6bn rand`)', () => {
  it('is money, written with the rand\'s sign', () => {
    expect(values('The province will spend 380 million rand on clinics.')).toEqual(['R380 million'])
    expect(values('Farmers received 1.4bn rand in drought relief.')).toEqual(['R1.4 billion'])
  })
})

describe('a bound in a `where` clause after a comma (`…, where coverage falls below 70 percent`)', () => {
  it('says what is so in the places just named: a fact', () => {
    expect(values('Schools closed in the northern valleys, where attendance fell below 60 percent last winter.')).toEqual(['60%'])
  })
  it('while `where` without a comma still sets a condition', () => {
    expect(values('Grants will double in valleys where attendance is below 60 percent.')).toEqual([])
  })
})

describe('a length in feet or inches (`dropped by 15 feet`)', () => {
  it('is a measure, and a change by it is the size of that change', () => {
    expect(figures('The lake has fallen by 22 feet since 1990.')).toEqual(['22 | feet fall in lake since 1990'])
    expect(figures('Average snow depth dropped by 9 inches.')).toEqual(['9 | inches fall in average snow depth'])
  })
  it('after `whose`, the change is of the noun `whose` opens, not of who speaks', () => {
    expect(figures('Delegates visited the reservoir, whose level has fallen by 30 feet since 2001.')).toEqual(['30 | feet fall in level since 2001'])
  })
})

describe('an amount after its verb and `on average` (`cost on average US$14,000`)', () => {
  it('is read as the amount the verb governs', () => {
    expect(values('A school meal costs on average US$1.20.')).toEqual(['US$1.20'])
    expect(values('Each inspection costs, on average, €850.')).toEqual(['€850'])
  })
})

describe('a bound that says which things a rule covers', () => {
  it('a comparative after a singular noun that `every`, `each` or `any` opens (`every road tunnel longer than 3 kilometres`)', () => {
    expect(values('Every footbridge longer than 40 metres will be inspected each spring.')).toEqual([])
    expect(values('The gorge is deeper than 40 metres.')).toEqual(['40'])
  })
  it('a comparative that bounds from above after a plural (`vessels shorter than 24 metres`)', () => {
    expect(values('Cameras will replace observers on trawlers shorter than 18 metres.')).toEqual([])
    expect(values('Lorries lighter than 3.5 tonnes may use the bridge.')).toEqual([])
    expect(values('Seven ferries narrower than 12 metres will be scrapped by 2030.')).toEqual(['7'])
  })
  it('an area bounding the noun it follows (`farms under 1,000 acres`)', () => {
    expect(values('Grants will go to orchards under 50 hectares.')).toEqual([])
    expect(values('Volunteers replanted over 600 hectares of dune.')).toEqual(['600'])
  })
})

describe('a total brought to a count, with where it is counted (`bringing the total in the reserves to 5,600`)', () => {
  it('is the total of the things just counted, its place kept; a year between is no count', () => {
    expect(figures('The council will open 40 new libraries by the end of 2028, bringing the total in the province to 310.')).toEqual(['40 | new libraries', '310 | libraries in the province in total'])
  })
})

describe('a small count in words of the countries of a named body (`des huit pays du Corridor`)', () => {
  it('is the size of its membership, as `des six pays membres` is', () => {
    expect(valeurs('Les ministres de la Santé des sept pays du Bassin du lac Tchad se sont réunis à Niamey.')).toEqual(['7'])
  })
  it('but not between them, where a rule applies', () => {
    expect(valeurs('Entre les sept pays du Bassin, les règles seront communes.')).toEqual([])
  })
})
