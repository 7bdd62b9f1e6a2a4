// Figure causes of session 21 (figures51, rounds 47 and 48), each with other realisations than the corpus's, in English and
// French. Every sentence and table here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {figureRowsOf, rowFigure} from '../structure/figure-rows.js'
import {FRENCH} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** An English sentence's figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** An English sentence's values. */
const values = (sentence: string) => figures(sentence).map((figure) => figure.split(' | ')[0])
/** A French sentence's figures, as `value | label`. */
const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** A French sentence's values. */
const valeurs = (sentence: string) => lire(sentence).map((figure) => figure.split(' | ')[0])
/** The figures of a document's lines read as rows, as `value | label`. */
const rows = (lines: string[], french = false) => [...figureRowsOf(lines).values()].flat().map((row) => {
  const figure = rowFigure(row, french)
  return `${figure?.value} | ${figure?.label}`
})

describe('a table of the same measures in columns of years', () => {
  it('reads the latest year, with the year before as its comparison', () => {
    expect(rows(['Headline figures\t2023-24\t2024-25', 'Swimmers\t8,120\t9,045', 'Lessons given\t1,310\t1,280', 'Takings\t£212k\t£240k'])).toEqual([
      '9,045 | swimmers in 2024-25, up from 8,120 in 2023-24',
      '1,280 | lessons given in 2024-25, down from 1,310 in 2023-24',
      '£240,000 | takings in 2024-25, up from £212,000 in 2023-24',
    ])
    expect(rows(['Year | 2022 | 2023 | 2024', 'Ferry crossings | 410 | 455 | 520', 'Cost | €1.1m | €1.3m | €1.2m'])).toEqual([
      '520 | ferry crossings in 2024, up from 455 in 2023',
      '€1.2 million | cost in 2024, down from €1.3 million in 2023',
    ])
  })
  it('writes the comparison in French with the cell as written', () => {
    expect(rows(['Chiffres clés\t2024\t2025', 'Adhérents\t1 240\t1 315', 'Recettes\t86 000 €\t91 500 €'], true)).toEqual([
      '1,315 | adhérents en 2025, contre 1 240 en 2024',
      '€91,500 | recettes en 2025, contre 86 000 € en 2024',
    ])
  })
})

describe('how often something happened', () => {
  it('reads `times` after a stretch that says when, a verb’s object, and `a little over`', () => {
    expect(figures('Wardens were called out to the beach huts 56 times over the summer.')).toEqual(['56 | times wardens were called out to the beach huts'])
    expect(figures('Walkers climbed the old fire tower just over 3,100 times last year.')).toEqual(['3,100 | times walkers climbed the old fire tower'])
    expect(figures('Last year cyclists used the river ferry a little over 12,500 times.')).toEqual(['12,500 | times cyclists used the river ferry last year'])
    expect(values('Lifeboat crews launched 41 times over the winter months.')).toEqual(['41'])
  })
  it('still leaves a multiple and a rhythm', () => {
    expect(values('The fund has paid back its loans three times over.')).toEqual([])
    expect(values('The swing bridge was opened 12 times a day.')).toEqual([])
    expect(values('Demand rose 14 times over ten years.')).toEqual([])
  })
})

describe('a level a rule holds to', () => {
  it('is no figure in English, whatever the bound’s words', () => {
    expect(values('The fair agreed that its loudspeakers will keep to a limit of 80 decibels at the nearest house.')).toEqual([])
    expect(values('Music at the boathouse must not exceed 75 dB after ten.')).toEqual([])
    expect(values('Floodlights on the pitch will be held to a maximum of 20 lux at the hedge.')).toEqual([])
  })
  it('is no figure in French', () => {
    expect(valeurs('Les animations ne devront pas dépasser 75 décibels en limite de propriété.')).toEqual([])
    expect(valeurs('Le comité fixe une limite de 80 dB pour la sono du bal.')).toEqual([])
  })
  it('leaves a measure that no rule bounds', () => {
    expect(values('The new turbines will add 31 gigawatts of offshore wind.')).toEqual(['31'])
  })
})

describe('voting weights and proxies', () => {
  it('leaves out the shares of a co-ownership that vote', () => {
    expect(valeurs('Pour : 4 120 tantièmes. Contre : 2 310 tantièmes.')).toEqual([])
    expect(values('The motion was carried by owners holding 6,240 unit entitlements.')).toEqual([])
  })
  it('leaves out those who gave their proxy, in English and French', () => {
    expect(values('Another 58 shareholders had named the chair as their proxy.')).toEqual([])
    expect(values('The clerk had received 41 proxies before the meeting.')).toEqual([])
    expect(valeurs('Le secrétaire a reçu 18 procurations.')).toEqual([])
    expect(valeurs('Douze adhérents avaient remis leur pouvoir au président.')).toEqual([])
  })
  it('leaves out a small count of the resolutions or motions put', () => {
    expect(values('All three motions put to the members were carried.')).toEqual([])
    expect(values('The five resolutions before the assembly passed without debate.')).toEqual([])
  })
})

describe('the attendance of a sitting named after the verb', () => {
  it('reads the part of a body that came to a named meeting, the whole as its base', () => {
    expect(figures('Nine of the club’s 13 coaches attended the spring session in the pavilion.')).toEqual(['9 | coaches attended out of 13'])
    expect(figures('Fifteen of the league’s 22 referees took part in the annual meeting, two by telephone.')).toEqual(['15 | referees took part out of 22'])
  })
  it('leaves a part that took part in something else', () => {
    expect(values('Twelve of the 20 branch secretaries took part in the survey.')).toEqual(['12', '20'])
  })
})
