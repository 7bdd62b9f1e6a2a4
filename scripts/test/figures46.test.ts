// Figure causes of family D (session 46, rounds 37 and 38): a dollar whose country's letters stand before its sign (`EC$`,
// `BDS$`); an amount paid for what a verb of buying takes; pence written onto the digits and a rate of pay; a rate per a base
// (`4.1 per 100 workers`). Every sentence here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {notAFigure} from '../structure/not-figures.js'

/** An English sentence's figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of an English sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)

describe('money', () => {
  it('reads the letters of any dollar written before its sign as one currency, as written', () => {
    expect(values('The ferry board took a loan of XC$4.2 million from the island bank.')).toEqual(['XC$4.2 million'])
    expect(values('Barbados will give BDS$40 million to the reef fund.')).toEqual(['BDS$40 million'])
    expect(values('The guild lent EC$250,000 to the boatyards, and Canada gave C$3 million.')).toEqual(['EC$250,000', 'C$3 million'])
    expect(values('Wellington added NZ$4 million to the pot.')).toEqual(['NZ$4 million'])
  })

  it('labels an amount after `for` by what a verb of buying takes, its count left out', () => {
    expect(figures('The guild purchased a second-hand minibus for $12,000 last spring.')).toEqual(['$12,000 | for the second-hand minibus'])
    expect(figures('The club will order two electric kilns for €8,400 and share them between schools.')).toContain('€8,400 | for the electric kilns')
    expect(values('Members agreed to hire a mobile stage for £2,750 in all.')).toEqual(['£2,750'])
  })

  it('reads pence written onto the digits as an amount, and a rate of pay by its unit', () => {
    expect(figures('Stewards at the county fairs will be paid 38p a mile, up from 25p, from next season.')).toEqual(['38p | a mile, up from 25p'])
    expect(figures('Volunteer drivers are now reimbursed €0.32 per kilometre, against €0.25 before.')).toEqual(['€0.32 | per kilometre, against €0.25'])
    expect(values('The levy on each ticket rises to 20p.')).toEqual(['20p'])
  })
})

describe('a rate per a base', () => {
  it('reads a rate the subject reached per a number of things, the base kept in the label', () => {
    expect(figures('The lost-time accident rate at member quarries fell to 2.7 per 100 employees in 2025, down from 3.9 in 2021.')).toEqual(['2.7 | lost-time accident rate per 100 employees, down from 3.9 in 2021'])
    expect(figures('The drowning rate rose to 2.3 per 100,000 people last year.')).toEqual(['2.3 | drowning rate per 100,000 people last year'])
    expect(figures('The crash rate on rural roads fell to 7.2 per million vehicle kilometres in 2025.')).toEqual(['7.2 | crash rate per million vehicle kilometres in 2025'])
  })
})

describe('small counts in words that are facts', () => {
  it('reads a rounded small count of things (`some nine`, `about seven`), not a span of time nor a part', () => {
    expect(values('The owners of some nine ice rinks met in Leeds.')).toEqual(['9'])
    expect(values('The Forum counted about seven ski jumps still in use.')).toEqual(['7'])
    expect(values('The two sides talked for some three hours.')).toEqual([])
  })

  it('reads a small count of events a participle of recording reports, with where or when', () => {
    expect(values('After a report on the five drownings recorded at inland lakes in 2025, the Board approved a rule.')).toEqual(['5'])
    expect(values('Inspectors reviewed the four collapses reported last winter.')).toEqual(['4'])
    expect(values('Herders in the three countries reported some 24,000 reindeer lost in 2025.')).toEqual(['24,000'])
  })

  it('reads what a verb of buying takes beside its price, as what is built', () => {
    expect(values('The club will purchase seven rowing boats for €21,000 next year.')).toEqual(['7', '€21,000'])
    expect(values('The Association will buy six lathes.')).toEqual(['6'])
  })
})

describe('the base of a comparison and the limits a rule sets', () => {
  it('keeps a value of a year gone by after `against` as the base of the value before it, never a figure of its own', () => {
    expect(values('Wet heaths now cover 3,400 hectares, against 9,000 hectares in 1985.')).toEqual(['3,400'])
    expect(figures('The port handles 41 ferries a week, against 60 in 2010.')).toEqual(['41 | ferries handled, against 60 in 2010'])
    expect(values('Tuition costs less than 1%, against an average of 7.8% today.')).toEqual(['1%', '7.8%'])
  })

  it('reads a cap a rule sets on each (`no … to receive more than`, `no … may claim over`) as no figure', () => {
    expect(values('The board approved a repair fund of €80,000, with no single club to receive more than €6,000.')).toEqual(['€80,000'])
    expect(values('No member may claim more than €5,000 a year from the fund.')).toEqual([])
  })

  it('reads a distance a permission reaches to as no figure, but a weight each may receive is one', () => {
    expect(values('Rangers can now patrol up to 15 kilometres into the neighbouring park.')).toEqual([])
    expect(values('Volunteers cleared up to 40 kilometres of river bank last year.')).toEqual(['40'])
    expect(values('Each small farm may receive up to 80 kilograms of seed per season.')).toEqual(['80'])
  })

  it('reads a bound in an `of` phrase after a noun `every` opens as the rule\'s threshold', () => {
    expect(values('Towns agreed to require solar panels on every new flat roof of more than 100 square metres.')).toEqual([])
    expect(values('Each new car park of over 2,000 square metres will carry solar panels.')).toEqual([])
    expect(values('The Fund will restore a meadow of more than 40 hectares near the river.')).toEqual(['40'])
  })
})
