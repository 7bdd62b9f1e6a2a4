// Figure causes of session 20 (figures50, rounds 45 and 46), each with other realisations than the corpus's: a section's bare
// number and its page in a table of contents; money kept back for a use (`set aside`, `earmarked`, `réservés à`, `consacrer … à`);
// a sitting's attendance counted of its body with the verb that says they came (`took part`, `joined`, `attended`), a roll line
// (`Directors present: 8 of 9`) and a small French whole in words (`cinq des six conseillers`); counts beside a price by their
// unit, `the number of …` with a relative clause, a count's plural the tagger calls a verb, `pay … to each`, a price's unit
// before a time in French, a Markdown export's `\$`, and one fact told twice with a time after its noun.
// Every sentence here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {addFigure, figuresIn} from '../structure/extract-figures.js'
import {cleanPastedLine} from '../structure/pasted-text.js'
import type {KeyFigure} from '../structure/readout.js'
import {FRENCH} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** An English sentence's figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** A French sentence's figures, as `value | label`. */
const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)

describe('a section’s bare number, in a heading or a table of contents', () => {
  it('is no figure, nor the page after its dot leaders', () => {
    expect(figures('3 Funding and grants')).toEqual([])
    expect(figures('2  Review of the season ......................... 4')).toEqual([])
    expect(lire('4 Questions diverses')).toEqual([])
    expect(lire('1. Ouverture de la séance ............ 2')).toEqual([])
  })

  it('leaves a count that opens a sentence or a roll line', () => {
    expect(figures('12 Members were present.').map((figure) => figure.split(' | ')[0])).toEqual(['12'])
    expect(figures('14 Councillors present').map((figure) => figure.split(' | ')[0])).toEqual(['14'])
  })
})

describe('money kept back for a use', () => {
  it('reads `set aside`, `put aside`, `earmarked`, `reserved` with the use, past the sum it is taken from', () => {
    expect(figures('The club set aside £2,400 of its £10,000 reserve for new nets on the lower pitch.')).toEqual(['£2,400 | set aside for new nets', '£10,000 | reserve'])
    expect(figures('The board earmarked $40,000 of this year’s surplus to replace the boathouse roof.')).toEqual(['$40,000 | earmarked to replace the boathouse roof'])
    expect(figures('Of the new levy, €250,000 will be reserved for training young guides.')).toEqual(['€250,000 | reserved for training young guides'])
    expect(figures('The council put aside about £8,000 towards a new minibus.')).toEqual(['£8,000 | put aside towards a new minibus'])
  })

  it('reads a part of a budget `of which … is set aside for`', () => {
    expect(figures('Members agreed a budget of $900,000, of which $75,000 is set aside for the winter festival.')).toEqual(['$900,000 | budget', '$75,000 | set aside for the winter festival'])
  })

  it('reads a French verb of allocating in any tense, or its participle after the amount', () => {
    expect(lire('La commune affectera 35 000 euros à la remise en état du lavoir, et le reste aux chemins.')).toEqual(['€35,000 | affectés à la remise en état du lavoir'])
    expect(lire('Le syndicat a voté un budget de 1,2 million d’euros, dont 90 000 euros destinés aux bornes de recharge.')).toEqual(['€1.2 million | budget', '€90,000 | destinés aux bornes de recharge'])
    expect(lire('Nous consacrerons 60 000 euros, sur les 400 000 euros du budget annuel, à la rénovation du gîte.')[0]).toBe('€60,000 | consacrés à la rénovation du gîte')
    expect(lire('Le comité réserve 12 000 euros sur deux ans à l’entretien des sentiers.')).toEqual(['€12,000 | réservés à l’entretien des sentiers'])
  })
})

describe('a sitting’s attendance counted of its body, with the verb that says they came', () => {
  it('keeps `took part`, `joined`, `attended` as written, the body’s size as `out of`, listed once', () => {
    expect(figures('Six of the forum’s eight members took part, one of them by video.')).toEqual(['6 | members took part out of 8'])
    expect(figures('Twenty of the network’s 24 member towns joined, and two sent apologies.')).toEqual(['20 | member towns joined out of 24'])
    expect(figures('Ten of the council’s fourteen governors attended, together with the clerk.')).toEqual(['10 | governors attended out of 14'])
  })

  it('reads `were there`, `attended in person` and a body named after the noun as those present', () => {
    expect(figures('Eight of our ten wardens were there, and the rest sent reports.')).toEqual(['8 | wardens present'])
    expect(figures('Five of the seven directors attended in person and two joined by phone.')).toEqual(['5 | directors present'])
    expect(figures('Seven of the nine members of the Board were present.')).toEqual(['7 | members present'])
  })

  it('reads a roll line that names who attended before its colon', () => {
    expect(figures('Governors present: 7 of 10')).toEqual(['7 | governors present'])
    expect(figures('Board members present: 11 of 14.')).toEqual(['11 | board members present'])
  })

  it('reads a small French whole in words', () => {
    expect(lire('Quatre des cinq délégués étaient présents.')).toEqual(['4 | délégués présents sur 5'])
    expect(lire('Le président et sept des neuf administrateurs étaient présents.')).toEqual(['7 | administrateurs présents sur 9'])
  })
})

describe('counts and prices the reader missed or doubled', () => {
  it('keeps a small count in words beside a price by the unit it counts', () => {
    expect(figures('The trust will re-roof seven chapels, at about £40,000 a chapel.')).toEqual(['7 | chapels', '£40,000 | per chapel'])
    expect(figures('The scheme will equip eight village halls, with $2,500 for each hall.')).toEqual(['8 | village halls to be equipped', '$2,500 | per hall'])
  })

  it('reads `the number of …` with a relative clause inside it, or after `and`', () => {
    expect(figures('The number of ferries that carry bicycles has risen to 14.')).toEqual(['14 | ferries that carry bicycles'])
    expect(figures('Members planted 400 trees, and the number of volunteers has risen to 85.')).toEqual(['400 | trees', '85 | volunteers'])
  })

  it('reads a count’s plural that the tagger calls a verb before an auxiliary', () => {
    expect(figures('Twelve repeat visits are planned for the spring.')).toEqual(['12 | repeat visits planned for the spring'])
  })

  it('labels money paid to each one or towards something by where it goes, not by `paid`', () => {
    expect(figures('The fund will pay £300 towards each course place.')).toEqual(['£300 | towards each course place'])
    expect(figures('The league pays €150 to each club that hosts a final.')[0]).toBe('€150 | to each club')
  })

  it('reads a French price’s unit before a time', () => {
    expect(lire('Chaque commune qui plante une haie recevra 3 euros par mètre la première année.')).toEqual(['€3 | par mètre'])
    expect(lire('Les exploitants qui rejoignent le réseau toucheront 90 euros par ruche le premier hiver.')).toEqual(['€90 | par ruche'])
  })

  it('drops a Markdown export’s backslash before a dollar sign', () => {
    expect(cleanPastedLine('a grant of US\\$120,000 and 15\\% more')).toBe('a grant of US$120,000 and 15\\% more')
    expect(figures(cleanPastedLine('The state gave NZ\\$40,000 to the library.')).map((figure) => figure.split(' | ')[0])).toEqual(['NZ$40,000'])
  })

  it('lists once a figure told again with a time after its noun', () => {
    const figures: KeyFigure[] = []
    addFigure(figures, {value: '1.2 million', label: 'overnight stays last year', sentence: ''})
    addFigure(figures, {value: '1.2 million', label: 'overnight stays in 2025', sentence: ''})
    expect(figures.map((figure) => figure.label)).toEqual(['overnight stays last year'])
  })
})
