// Figure causes of session 18 (figures48, rounds 41 and 42), each with other realisations than the corpus's: a count a
// subject narrowed by a participle phrase rose or fell to, a membership in the perfect with a rounded value, the earlier
// value of a comparison dated by a period before the later one's (`the season before`, `la saison précédente`), and an
// irregular past participle before a counted noun, those present at a sitting counted of its body (`with 11 of its 13
// trustees present`), and those who took part another way, their noun left out (`and 5 joining by video`). Every sentence here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** An English sentence's figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** A French sentence's figures, as `value | label`. */
const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('a count a plural subject narrowed by a participle phrase reached', () => {
  it('finds the head before the participle (`households lacking …`, `farms using …`)', () => {
    expect(figures('Farms using drip irrigation have risen to 85, up from 60 in 2022.')).toEqual(['85 | farms using drip irrigation, up from 60 in 2022'])
    expect(figures('The survey found that boats awaiting repair fell to 14 this spring.')).toEqual(['14 | boats awaiting repair'])
    // (a gerund that is a noun of the subject stays part of it: `recorded poaching cases`)
    expect(figures('Recorded poaching cases fell to 41 in 2025, down from 77 in 2020.')).toEqual(['41 | recorded poaching cases in 2025, down from 77 in 2020'])
  })
})

describe('a membership that had changed to a rounded value', () => {
  it('reads the members of a membership in the perfect, its value rounded, then `, from` its base', () => {
    expect(figures('Club membership has grown to some 640, from 410 five years ago.')).toEqual(['640 | club members, up from 410 five years ago'])
    expect(figures('The secretary said that choir membership had dropped to around 90, from 130 in 2019.')).toEqual(['90 | choir members, down from 130 in 2019'])
    expect(figures('Membership fell to 2,900.')).toEqual(['2,900 | members'])
  })
})

describe('the earlier value of a comparison dated by the period before', () => {
  it('keeps `the season before`, `the previous year` in English', () => {
    expect(figures('Ferry crossings rose to 5,200 last summer, up from 4,100 the summer before.')).toEqual(['5,200 | ferry crossings, up from 4,100 the summer before'])
    expect(figures('Households lacking clean water fell to 1,200 in 2025, down from 1,900 the previous year.')).toEqual(['1,200 | households in 2025, down from 1,900 the previous year'])
  })

  it('keeps `il y a cinq ans`, `la saison précédente`, `l’hiver dernier` in French', () => {
    expect(lire('Les adhérents du club sont passés à 640, contre 410 il y a cinq ans.')).toEqual(['640 | adhérents du club, contre 410 il y a cinq ans'])
    expect(lire('Les sauvetages en montagne sont passés à 312, contre 240 la saison précédente.')).toEqual(['312 | sauvetages, contre 240 la saison précédente'])
    expect(lire('Le parc compte 85 ruches, contre 60 l\'hiver dernier.')).toEqual(['85 | ruches, contre 60 l\'hiver dernier'])
  })
})

describe('an irregular past participle before a counted noun', () => {
  it('reads a small count in words over it as it reads one over an `-ed` participle', () => {
    expect(figures('Members agreed to fund six paid internships in the archive next year.')).toEqual(['6 | paid internships to be funded in the archive next year'])
    expect(figures('The region lost seven known breeding sites last winter.')).toEqual(['7 | known breeding sites lost'])
    expect(figures('The trust will restore 12 rebuilt cottages.')).toEqual(['12 | rebuilt cottages to be restored'])
  })
})

describe('the attendance of a sitting counted as a part of its body', () => {
  it('reads those present, not the size of the body they belong to', () => {
    expect(figures('The board met with 11 of its 13 trustees present.')).toEqual(['11 | trustees present'])
    expect(figures('Attendance: 17 of the 21 councillors, and the clerk.')).toEqual(['17 | councillors present'])
    expect(figures('The guild met with 23 of its 40 branches in attendance.')).toEqual(['23 | branches present'])
  })

  it('keeps both when those present are the whole a verb’s subject is taken from', () => {
    expect(figures('Only 11 of the 31 countries present count their citizens abroad in their census.').map((figure) => figure.split(' | ')[0])).toEqual(['11', '31'])
  })
})

describe('a bare count of those who took part another way, its noun left out', () => {
  it('reads the participle and how after `with` or `and` (`and 5 joining by video`, `with 15 following remotely`)', () => {
    expect(figures('Some 40 delegates were in the hall, with 15 following remotely.')).toEqual(['40 | delegates in the hall', '15 | following remotely'])
    expect(figures('The synod gathered 80 parishes in person and 22 connecting by phone.').at(-1)).toBe('22 | connecting by phone')
    // (with no count before it, there is nothing the count is a part of)
    expect(figures('With 15 following remotely, the vote was close.')).toEqual([])
  })
})
