// Figure causes of family D (session 45): a value reached then its base (`rose to X in 2025, up from Y`), with a subject the
// tagger misreads; a share of an age group (`21% of 15-year-olds`); dollar signs of small countries (`T$`, `FJ$`); rows with
// leader dots; a value that opens its line before a colon and its name; hours or days of an activity counted. Every sentence
// here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {figureRowsOf, rowFigure} from '../structure/figure-rows.js'
import {FRENCH_CALENDAR, FRENCH_FIGURES} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {structureText} from './helpers.js'

/** An English sentence's figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of an English sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)
/** The values of a French sentence's figures. */
const frenchValues = (sentence: string) => patternFiguresIn(sentence, FRENCH_FIGURES, FRENCH_CALENDAR).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)

describe('a value reached, then the value it came from', () => {
  it('reads a bare count that a plural subject rose or fell to, whatever word the tagger gives the subject', () => {
    expect(figures('Recorded poaching cases fell to 41 in 2025, down from 77 in 2020.')).toEqual(['41 | recorded poaching cases in 2025, down from 77 in 2020'])
    expect(figures('Logged bridge strikes climbed to 63 in 2024, up from 40 in 2019.')).toEqual(['63 | logged bridge strikes in 2024, up from 40 in 2019'])
    expect(values('Reported ferry breakdowns rose to 18 last year.')).toEqual(['18'])
  })

  it('reads `the number of …` whose things a place narrows, then `, from` its base', () => {
    expect(figures('The number of boats moored along the harbour wall has grown to 310, from 120 in 2019.')).toEqual(['310 | boats moored along the harbour wall, up from 120 in 2019'])
    expect(values('The number of stalls licensed on the river bank has fallen to 52, from 80 in 2021, and fines doubled.')).toContain('52')
  })

  it('reads a share of an age group written with hyphens, and its base is no figure of its own', () => {
    expect(figures('A school survey shows that 21% of 13-year-olds skipped breakfast last week, up from 14% in 2020.')).toEqual(['21% | of 13-year-olds who skipped breakfast last week, up from 14% in 2020'])
    expect(values('Some 34% of 12-year-olds now own a phone.')).toEqual(['34%'])
    expect(values('About 40% of 16-year-old girls play no sport, against 31% of boys.')).toContain('40%')
  })
})

describe('money and rows', () => {
  it('reads the dollar signs of small countries as written', () => {
    expect(values('The island council set aside T$3.1 million a year for water tanks.')).toEqual(['T$3.1 million'])
    expect(values('Fiji will put FJ$15 million into the sea wall.')).toEqual(['FJ$15 million'])
    expect(values('Each visitor pays WS$40 on arrival.')).toEqual(['WS$40'])
  })

  it('reads a value that opens its line before a colon, the words after the colon as its label', () => {
    expect(figures('US$4.5 million: budget for the first year')).toEqual(['US$4.5 million | budget for the first year'])
    expect(figures('12%: Share of imports in the market.')).toEqual(['12% | share of imports in the market'])
  })

  it('reads the rows of a table whose names and values are parted by leader dots', () => {
    const lines = ['Ferries in service ........ 14', 'Passengers in 2025 ..... 1.9 million', 'Routes …… 6']
    expect([...figureRowsOf(lines).values()].flat().map((row) => rowFigure(row, false))).toEqual([
      {value: '14', label: 'ferries in service'},
      {value: '1.9 million', label: 'passengers in 2025'},
      {value: '6', label: 'routes'},
    ])
  })

  it('leaves alone a table of contents whose leader dots end on page numbers', () => {
    expect(figureRowsOf(['Foreword ........ 2', 'Decisions ........ 4', 'Next steps ........ 7']).size).toBe(0)
  })

  it('reads a value-first line of a key-numbers list in a whole text', async () => {
    const text = 'Harbour Users Forum\n\nThe Forum met in Nuku’alofa on 3 March 2026 and agreed a plan for the harbour.\n\nKey numbers\n▪ 310 boats on the register\n▪ T$85: average mooring fee a month\n'
    const {result} = await structureText(text)
    expect(result!.readout.figures.map((figure) => `${figure.value} | ${figure.label}`)).toContain('T$85 | average mooring fee a month')
  })
})

describe('hours or days of an activity', () => {
  it('counts hundreds of hours or days of work in English, never a deadline', () => {
    expect(figures('The course includes 1,200 hours of supervised workshop practice.')).toEqual(['1,200 | hours of supervised workshop practice'])
    expect(values('Dock workers lost 310 days of pay in the dispute.')).toEqual(['310'])
    expect(values('The law must pass within 100 days of taking office.')).toEqual([])
    expect(values('Pupils get 12 hours of swimming a term.')).toEqual([])
  })

  it('counts them in French too, never a span with its article', () => {
    expect(frenchValues('Les bénévoles ont donné 1 200 heures de travail aux refuges.')).toEqual(['1,200'])
    expect(frenchValues('Les grévistes ont cumulé 450 jours de grève.')).toEqual(['450'])
    expect(frenchValues('Le chantier a duré 300 jours de la fin 2024 à 2025.')).toEqual([])
    expect(frenchValues('Le stage compte 35 heures de cours.')).toEqual([])
  })
})

describe('counts in words of things of the world', () => {
  it('reads the polities the people who met come from, after `from`', () => {
    expect(values('The chair welcomed delegates from eight Contracting Parties and three observer bodies.')).toContain('8')
    expect(values('Representatives from seven Member States attended the workshop.')).toEqual(['7'])
  })

  it('reads a part of a set the text names as its clause’s subject, wherever the clause opens', () => {
    expect(figures('Last winter, six of the regional ferries broke down.')).toEqual(['6 | regional ferries that broke down'])
    expect(values('In this district alone eight of the village schools that replied have no heating.')).toEqual(['8'])
    expect(values('Of the member museums, seven are housed in listed buildings.')).toEqual(['7'])
  })

  it('leaves alone a part of the text’s own parts, a pair, and a part a verb governs', () => {
    expect(values('Ministers agreed that three of the priorities would be funded first.')).toEqual([])
    expect(values('Two of the ferries broke down.')).toEqual([])
    expect(values('Inspectors visited five of the sites.')).toEqual([])
  })

  it('reads a count beside an amount that each of them gets', () => {
    expect(values('The fund will send up to six young potters abroad each year, with a bursary of £2,500 each.')).toEqual(['6', '£2,500'])
    expect(values('The programme will place up to nine trainee nurses in rural clinics, with a stipend of €700 each.')).toEqual(['9', '€700'])
    expect(values('Four rescue boats will be bought at US$90,000 apiece.')).toEqual(['4', 'US$90,000'])
    expect(values('Three new power links, worth €4.5 billion, will be built.')).toEqual(['€4.5 billion'])
  })

  it('reads a set made of things counted, and leaves the headings of the text alone', () => {
    expect(values('The ministry will set up a network of five seed banks across the uplands.')).toEqual(['5'])
    expect(values('The plan sets out its actions under six headings.')).toEqual([])
  })
})

describe('no figure', () => {
  it('counts only names as observers, not kinds of observers', () => {
    expect(values('Donor agencies, research institutes and farmers’ unions attended as observers.')).toEqual([])
    expect(values('Universities, insurers and city councils also came to observe the talks.')).toEqual([])
    expect(values('Norway, Chile and Kenya attended as observers.')).toEqual(['3'])
  })

  it('reads no French postal code, street number or capped rate of aid', () => {
    expect(frenchValues('Siège : 4 rue des Tanneurs, 31000 Toulouse')).toEqual([])
    expect(frenchValues('Office du tourisme · 8, place du Marché · 84000 Avignon · 04 90 00 00 00')).toEqual([])
    expect(frenchValues('Les travaux seront subventionnés dans la limite de 40 % du coût.')).toEqual([])
    expect(frenchValues('La dépense sera prise en charge à concurrence de 30 % du montant.')).toEqual([])
    expect(frenchValues('La région versera 12 000 euros dans la limite de 40 communes.')).toContain('€12,000')
  })
})
