import {describe, expect, it} from 'vitest'
import {formatFrenchFigure, frenchFigureLabel} from '../structure/french-figures.js'
import {FRENCH_CATALOGUE} from '../theme/catalogue/fr.js'
import {rankFigures} from '../theme/figure-hierarchy.js'

const N = '\u202F' // narrow no-break space
const B = '\u00A0' // no-break space

describe('formatFrenchFigure: every value shape the reader writes, in French form', () => {
  it('groups thousands with narrow no-break spaces and writes a decimal comma', () => {
    expect(formatFrenchFigure('7')).toBe('7')
    expect(formatFrenchFigure('1,100')).toBe(`1${N}100`)
    expect(formatFrenchFigure('2,480,000')).toBe(`2${N}480${N}000`)
    expect(formatFrenchFigure('3.75')).toBe('3,75')
  })

  it('writes scales as French words, plural from two on', () => {
    expect(formatFrenchFigure('1 million')).toBe('1 million')
    expect(formatFrenchFigure('1.9 million')).toBe('1,9 million')
    expect(formatFrenchFigure('2 million')).toBe('2 millions')
    expect(formatFrenchFigure('7.6 billion')).toBe('7,6 milliards')
    expect(formatFrenchFigure('1.2 trillion')).toBe('1,2 billion')
    expect(formatFrenchFigure('4bn')).toBe('4 milliards')
    expect(formatFrenchFigure('3.5m')).toBe('3,5 millions')
    expect(formatFrenchFigure('14k')).toBe(`14${N}000`)
    expect(formatFrenchFigure('2.5 thousand')).toBe(`2${N}500`)
  })

  it('writes percentages and ranges with a narrow space before %', () => {
    expect(formatFrenchFigure('37%')).toBe(`37${N}%`)
    expect(formatFrenchFigure('0.8%')).toBe(`0,8${N}%`)
    expect(formatFrenchFigure('15–25%')).toBe(`15–25${N}%`)
    expect(formatFrenchFigure('+6%')).toBe(`+6${N}%`)
    expect(formatFrenchFigure('+14')).toBe('+14')
  })

  it('writes a currency with a scale in words after the number, and its sign after a bare number', () => {
    expect(formatFrenchFigure('FCFA 1.5 billion')).toBe('1,5 milliard de francs CFA')
    expect(formatFrenchFigure('FCFA 27 billion')).toBe('27 milliards de francs CFA')
    expect(formatFrenchFigure('FCFA 2,300')).toBe(`2${N}300${B}FCFA`)
    expect(formatFrenchFigure('€800 million')).toBe('800 millions d’euros')
    expect(formatFrenchFigure('€1.1 million')).toBe('1,1 million d’euros')
    expect(formatFrenchFigure('€65,000')).toBe(`65${N}000${B}€`)
    expect(formatFrenchFigure('$72')).toBe(`72${B}$`)
    expect(formatFrenchFigure('US$3.3 billion')).toBe('3,3 milliards de dollars américains')
    expect(formatFrenchFigure('US$640')).toBe(`640${B}$ US`)
    expect(formatFrenchFigure('C$4.5 million')).toBe('4,5 millions de dollars canadiens')
    expect(formatFrenchFigure('CHF 6.5 million')).toBe('6,5 millions de francs suisses')
    expect(formatFrenchFigure('NOK 30 million')).toBe('30 millions de couronnes norvégiennes')
    expect(formatFrenchFigure('£2 billion')).toBe('2 milliards de livres sterling')
    expect(formatFrenchFigure('¥1.4 billion')).toBe('1,4 milliard de yens')
    expect(formatFrenchFigure('€3–5 million')).toBe('3–5 millions d’euros')
    // a code the list does not name stays a code, after the number
    expect(formatFrenchFigure('PEN 12 million')).toBe('12 millions PEN')
  })

  it('keeps unit words after the number, with `de` after a scale, and writes a multiplier with ×', () => {
    expect(formatFrenchFigure('340 km')).toBe('340 km')
    expect(formatFrenchFigure('18,000 hectares')).toBe(`18${N}000 hectares`)
    expect(formatFrenchFigure('1.6 million tonnes')).toBe('1,6 million de tonnes')
    expect(formatFrenchFigure('4 million hectares')).toBe('4 millions d’hectares')
    expect(formatFrenchFigure('3x')).toBe('×3')
    expect(formatFrenchFigure('x2.5')).toBe('×2,5')
  })

  it('writes a sum short for a narrow box: the scale abbreviated, the currency as its sign', () => {
    expect(formatFrenchFigure('FCFA 1.5 billion', {short: true})).toBe(`1,5${B}Md${B}FCFA`)
    expect(formatFrenchFigure('US$3.3 billion', {short: true})).toBe(`3,3${B}Md${B}$ US`)
    expect(formatFrenchFigure('€6.5 million', {short: true})).toBe(`6,5${B}M€`)
    // what has no sum's scale and sign is written in full
    expect(formatFrenchFigure('2.3 million', {short: true})).toBe('2,3 millions')
    expect(formatFrenchFigure('1.6 million tonnes', {short: true})).toBe('1,6 million de tonnes')
    expect(formatFrenchFigure('FCFA 2,300', {short: true})).toBe(`2${N}300${B}FCFA`)
  })

  it('reads a value typeset already (no-break spaces), and leaves a French or unknown value as written', () => {
    expect(formatFrenchFigure(`FCFA${B}1.5${B}billion`)).toBe('1,5 milliard de francs CFA')
    expect(formatFrenchFigure(`12${B}%`)).toBe(`12${N}%`)
    // once French, a value is never read again as English: `1,5` is not one thousand five hundred
    expect(formatFrenchFigure('1,5 million')).toBe('1,5 million')
    expect(formatFrenchFigure(`126${N}000`)).toBe(`126${N}000`)
    expect(formatFrenchFigure('2,3 millions')).toBe('2,3 millions')
    expect(formatFrenchFigure('12 → 80')).toBe('12 → 80')
    expect(formatFrenchFigure('a third')).toBe('a third')
  })
})

describe('frenchFigureLabel: the counted noun after a bare `millions` takes `de`', () => {
  it('`60 millions` and `chèvres` read `60 millions de chèvres`; before a vowel `d’`', () => {
    expect(frenchFigureLabel(formatFrenchFigure('60 million'), 'chèvres')).toBe('de chèvres')
    expect(frenchFigureLabel(formatFrenchFigure('1.2 billion'), 'arbres plantés depuis 2010')).toBe('d’arbres plantés depuis 2010')
    expect(frenchFigureLabel(formatFrenchFigure('3 million'), 'habitants des zones côtières')).toBe('d’habitants des zones côtières')
  })

  it('a label already joined (a preposition, an article, a participle), a sum with its currency and a plain count stay as read', () => {
    expect(frenchFigureLabel(formatFrenchFigure('2.5 million'), 'de doses de vaccin')).toBe('de doses de vaccin')
    expect(frenchFigureLabel(formatFrenchFigure('4 million'), 'destinés aux écoles rurales')).toBe('destinés aux écoles rurales')
    expect(frenchFigureLabel(formatFrenchFigure('$15 million'), 'prêt de la Banque')).toBe('prêt de la Banque')
    expect(frenchFigureLabel(formatFrenchFigure('4,000'), 'artisans formés')).toBe('artisans formés')
  })

  it('every output that ranks the figures shows it (brief, deck, PowerPoint)', () => {
    const figures = [{value: '$40 million', label: 'fonds régional', sentence: 'Un fonds.'}, {value: '75 million', label: 'moutons', sentence: 'La région compte 75 millions de moutons.'}]
    const {hero, others} = rankFigures(figures, 5, FRENCH_CATALOGUE)
    expect([hero, ...others].map((f) => f?.label).sort()).toEqual(['de moutons', 'fonds régional'])
  })
})
