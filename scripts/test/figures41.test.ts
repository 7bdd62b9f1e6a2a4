// Figure causes of family D (session 41): figures laid out as rows (a pasted table, a short `label: value` list), numbers
// that are no figures (page counts, fineness, numbers to call, the quorum), and values running text missed. Every sentence
// here is written for this test, on other subjects than the corpus's cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {figureRowsOf, rowFigure} from '../structure/figure-rows.js'
import {notAFigure} from '../structure/not-figures.js'
import {structureText} from './helpers.js'

/** The figures of a document's lines read as rows, as `value | label`. */
const rows = (lines: string[], french = false) => [...figureRowsOf(lines).entries()].flatMap(([at, found]) => found.map((row) => {
  const figure = rowFigure(row, french)
  return `${at}: ${figure?.value} | ${figure?.label}`
}))
/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** Whether a figure of that value and label, read from that sentence, is left out. */
const dropped = (value: string, label: string, sentence: string) => notAFigure({value, label, sentence})
/** The values of a French document's figures. */
const frenchValues = async (sentence: string) => (await structureText(`Compte rendu de la réunion du bureau\n\nLe bureau de la fédération s'est réuni à Rodez le 3 mars 2026 avec les présidents des associations de la région.\n\n${sentence}\n`)).result!.readout.figures.map((figure) => `${figure.value} | ${figure.label}`)

describe('a table pasted from a spreadsheet with a column of values', () => {
  it('gives one figure a row, labelled by the row with its change (tabs)', () => {
    expect(rows(['Indicator\tValue 2025\tChange', 'Bridges inspected (national)\t1,240\tup from 980 in 2023', 'Bridges closed to lorries\t37\tdown 12% on 2024'])).toEqual([
      '1: 1,240 | bridges inspected, up from 980 in 2023',
      '2: 37 | bridges closed to lorries, down 12% on 2024',
    ])
  })

  it('reads columns aligned by spaces, its head a year alone', () => {
    expect(rows(['Item              2025        Change', 'Visitors          412,000     +8% on 2024', 'Guided tours      3,150       up from 2,700'])).toEqual([
      '1: 412,000 | visitors, +8% on 2024',
      '2: 3,150 | guided tours, up from 2,700',
    ])
  })

  it('reads a table between bars, money and a scale written out', () => {
    expect(rows(['| Donor | Amount |', '| Fisheries Trust | US$2,500,000 |', '| Harbour Board | €1.2 million |'])).toEqual([
      '1: US$2.5 million | fisheries Trust',
      '2: €1.2 million | harbour Board',
    ])
  })

  it('reads a French table, its groups parted by spaces and its decimals by a comma', () => {
    expect(rows(['Indicateur\tValeur\tÉvolution', 'Ruches déclarées\t12 400\ten hausse de 5 %', 'Miel récolté\t3,6 tonnes\tcontre 4,1 tonnes en 2024'], true)).toEqual([
      '1: 12,400 | ruches déclarées, en hausse de 5 %',
      '2: 3.6 | tonnes de miel récolté, contre 4,1 tonnes en 2024',
    ])
  })

  it('leaves lines without a column of values alone', () => {
    expect(rows(['Chair\tKenya\tOpening', 'Rapporteur\tGhana\tMinutes', 'Observer\tFAO\tNone'])).toEqual([])
    expect(rows(['The ministers met twice.  They agreed on 3 things.', 'Then they left.  Nobody stayed for 2 hours.'])).toEqual([])
  })
})

describe('a short list of `label: value` lines', () => {
  it('gives one figure a line, with the change the line gives', () => {
    expect(rows(['Ferry crossings: 18,300 (up from 16,900)', 'Cars carried: 212,000', 'Late departures: 4%, down from 7%'])).toEqual([
      '0: 18,300 | ferry crossings, up from 16,900',
      '1: 212,000 | cars carried',
      '2: 4% | late departures, down from 7%',
    ])
  })

  it('reads a French list, the value with its currency word', () => {
    expect(rows(['- Licences délivrées : 2 350', '- Cotisation moyenne : 48 euros (contre 45 euros en 2025)'], true)).toEqual([
      '0: 2,350 | licences délivrées',
      '1: €48 | cotisation moyenne, contre 45 euros en 2025',
    ])
  })

  it('needs two lines at least, and a line that is a value, not a sentence', () => {
    expect(rows(['Ferry crossings: 18,300'])).toEqual([])
    expect(rows(['Note: the 3 ports agreed to meet again.', 'Also: 2 ports abstained from the vote on fees.'])).toEqual([])
  })
})

describe('numbers that are no figures', () => {
  it('leaves out a page count, in English and French', () => {
    expect(dropped('4', 'pages', 'Annex: Coastal Roadmap (summary, 4 pages)')).toBe(true)
    expect(dropped('36', 'pages', 'Le règlement, un document de 36 pages, est joint.')).toBe(true)
    expect(dropped('12', 'pages of the annex', 'The annex runs to 12 pages of the annex.')).toBe(true)
  })

  it('leaves out a fineness or a ratio standard', () => {
    expect(dropped('585', 'parts', 'Gold must hold at least 585 parts per thousand.')).toBe(true)
    expect(dropped('925', 'silver', 'Silver of 925 millièmes sera seul admis.')).toBe(true)
    expect(dropped('750', 'gold', 'A minimum of 750 ‰ applies to gold watches.')).toBe(true)
  })

  it('leaves out a number to call', () => {
    expect(dropped('999', 'walkers in distress', 'Walkers in distress should call 999 at once.')).toBe(true)
    expect(dropped('112', 'envoyer la patrouille la plus proche', 'Les centrales 112 pourront envoyer la patrouille la plus proche.')).toBe(true)
    expect(dropped('3939', 'acheteurs', 'Les acheteurs peuvent composer le 3939 pour signaler une fraude.')).toBe(true)
    expect(dropped('911', 'dispatchers', 'Dispatchers on the emergency number 911 answered faster.')).toBe(true)
  })

  it('leaves out the quorum', () => {
    expect(dropped('9', 'members', 'The quorum of nine members was reached.')).toBe(true)
    expect(dropped('8', 'membres', 'Le quorum de huit membres étant atteint, le conseil a délibéré.')).toBe(true)
    expect(dropped('5', 'members', 'The quorum was 5 members.')).toBe(true)
  })

  it('keeps a count beside such words', () => {
    expect(dropped('40', 'calls a day', 'The hotline answered 40 calls a day.')).toBe(false)
    expect(dropped('1,150', 'rescue crews', 'Rescue crews, who now number 1,150, will train together.')).toBe(false)
    expect(dropped('14', 'members present', 'Present: 14 of the 17 members; the quorum was reached.')).toBe(false)
    expect(dropped('120', 'pagers', 'The service bought 120 pagers.')).toBe(false)
  })
})

describe('values running text missed', () => {
  it('reads the number of things a verb brings to a value past a participle or a place', () => {
    expect(figures('Towns will raise the number of trained wardens on mountain paths to 640.')).toEqual(['640 | trained wardens on mountain paths'])
    expect(figures('The plan will raise the number of certified guides to 300, up from 210 today.')).toEqual(['300 | certified guides, up from 210 today'])
  })

  it('reads a value after `an estimated`', () => {
    expect(figures('The number of nesting cranes has risen to an estimated 2,140.')).toEqual(['2,140 | nesting cranes'])
    expect(figures('The number of beavers in the basin rose to an estimated 870, up from 300 in 2012.')).toEqual(['870 | beavers in the basin, up from 300 in 2012'])
  })

  it('reads an amount a relative gives to a noun a participle describes (French)', async () => {
    expect(await frenchValues("Le bureau a décidé de revaloriser l'indemnité de déplacement par sortie versée aux bénévoles encadrants, qui passera à 42 euros.")).toContain('€42 | indemnité de déplacement par sortie')
    expect(await frenchValues("Le bureau a décidé de relever la prime par licence payée aux clubs affiliés en région, qui passera à 90 euros en 2027.")).toContain('€90 | prime par licence')
  })
})
