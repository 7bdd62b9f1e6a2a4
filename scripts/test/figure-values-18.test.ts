// Figure values of the shapes round 18 showed the reader missing (issue 11), each read by its
// general cause. Every sentence here is written for this test, on other subjects than the corpus
// cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {FRENCH} from '../structure/french.js'

/** `value | label` of each figure of an English sentence. */
const read = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** `value | label` of each figure of a French sentence. */
const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('a change `from A to B` after `the number of …` (`double the number of nurses, from 300 to 600`)', () => {
  it('counts what the number before `from` counts', () => {
    expect(read('The council will double the number of night buses, from 150 to 300 a year.')).toEqual(['300 | night buses a year, up from 150'])
    expect(read('Donors backed a sharp rise in the number of places for trainee midwives from 40 to 120.')).toEqual(['120 | places for trainee midwives, up from 40'])
    expect(read('The agency plans to raise the number of river gauges from 60 to 95 by 2029.')).toEqual(['95 | river gauges by 2029, up from 60'])
  })
})

describe('a change between two sizes of one metric unit (`3 gigawatts, up from 500 megawatts`)', () => {
  it('is one change, its earlier value written with its own unit', () => {
    expect(read('The islands aim to run 3 gigawatts of offshore wind by 2032, up from roughly 500 megawatts now.')).toEqual(['3 | gigawatts of offshore wind, up from roughly 500 megawatts'])
    expect(read('Battery storage grew from 900 megawatt-hours to 4 gigawatt-hours.')).toEqual(['4 | gigawatt-hours, up from 900 megawatt-hours'])
  })
  it('keeps the direction of a change whose first value shares the second one\'s unit', () => {
    expect(read('The lagoon shrank from 2,300 to 1,700 square kilometres between 1990 and 2020.')).toEqual([expect.stringMatching(/^1,700 \| square kilometres.*, down from 2,300/)])
  })
})

describe('an amount in rand, the sign glued to its digits (`R2.3 billion`)', () => {
  const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
  it('is money, with a scale or a grouped thousand after it', () => {
    expect(values('The Treasury set aside R4.8 billion for school transport.')).toEqual(['R4.8 billion'])
    expect(values('Each trainee will receive R12,500 a month during the course.')).toEqual(['R12,500'])
  })
  it('is no amount when only a bare number follows the letter (a road, a code)', () => {
    expect(values('Crews resurfaced the R61 between the two towns and repaired 14 bridges.')).toEqual(['14'])
  })
})

describe('a French rise whose subject opens on a possessive or follows `constaté que`', () => {
  it('is the rise of what the possessive names (`leur cheptel n’a augmenté que de 3 %`)', () => {
    expect(lire('Le cheptel bovin a doublé, alors que leur cheptel ovin n’a augmenté que de 3 %.')).toEqual(['3% | hausse de leur cheptel ovin'])
    expect(lire('Ses recettes fiscales ont reculé de 8 % en 2024.')).toEqual(['8% | baisse de ses recettes fiscales en 2024'])
  })
  it('is the rise of the subject after the verb of saying (`ont relevé que le trafic …`)', () => {
    expect(lire('Les délégués ont relevé que le trafic portuaire a progressé de 14 % en deux ans.')).toEqual(['14% | hausse du trafic portuaire en deux ans'])
  })
})

describe('the same count again, one for each (`12 inspectors for 12 ports`)', () => {
  const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
  it('is one fact', () => {
    expect(values('Farmers must keep seven separate registers for seven buyers.')).toEqual(['7'])
    expect(values('The ministry hired 14 wardens for 14 reserves last year.')).toEqual(['14'])
  })
  it('leaves two different counts as two facts', () => {
    expect(values('The fund gave 40 grants to 25 towns.')).toEqual(['40', '25'])
  })
})

describe('a length of time that measures a change (`has shortened by 16 days`)', () => {
  it('is a figure, not a duration', () => {
    expect(read('The fishing season has shortened by an average of 11 days since 2005.')).toEqual(['11 | days shorter fishing season since 2005'])
    expect(read('Average wait times at the border fell by 12 days in 2024.').map((figure) => figure.split(' | ')[0])).toEqual(['12'])
  })
  it('leaves a term a verb adds and a plain duration out', () => {
    expect(read('The mission\'s mandate was extended by 6 months.')).toEqual([])
    expect(read('The course lasts 10 days and trains 45 nurses.')).toEqual(['45 | nurses'])
  })
})

describe('a small count that closes a list of names (`in Finnish, Swedish and two Sami languages`)', () => {
  const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
  it('is the rest of the list, not things counted', () => {
    expect(values('Signs will be printed in Spanish, Portuguese, Guarani and at least four other local languages.')).toEqual([])
    expect(values('Delegations from Fiji, Samoa and five other island States attended.')).toEqual([])
  })
  it('still counts a small number of things that no list of names comes before', () => {
    expect(values('Signs will be printed in four local languages.')).toEqual(['4'])
  })
})

describe('a small count after a possessive (`their five coordination centres`)', () => {
  const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
  it('counts what the owner has', () => {
    expect(values('The provinces agreed to bring their six mobile laboratories into service by June.')).toEqual(['6'])
  })
  it('leaves the parts of the text and things named before out', () => {
    expect(values('Ministers reaffirmed their three pillars of cooperation.')).toEqual([])
    expect(values('The two banks will share the cost.')).toEqual([])
  })
})

describe('an amount a giver announces or adds for something (`announced $12 million for …`)', () => {
  it('is labelled by what it is for, the verb of saying or adding telling nothing of it', () => {
    expect(read('The foundation announced $9 million for school kitchens in the north.')).toEqual(['$9 million | for school kitchens'])
    expect(read('Ireland adds €4 million for coastal surveys.')).toEqual(['€4 million | for coastal surveys'])
  })
  it('keeps a verb that says something of the money', () => {
    expect(read('The foundation lent $9 million for school kitchens.')).toEqual(['$9 million | lent for school kitchens'])
  })
})
