// Figure values of two shapes the tuning cases of round 23's helpers showed the reader missing, each
// read by its general cause. Every sentence here is written for this test, on other subjects than the
// corpus cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {FRENCH} from '../structure/french.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of the figures of an English sentence. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
/** The values of the figures of a French sentence. */
const valeurs = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)

describe('a count whose subject is a noun holding a tally of plural things (`the backlog of appeals stood at …`)', () => {
  it('is a count of those things, as `the number of …` is', () => {
    expect(figures('The backlog of pending asylum appeals stood at 9,400 in 2024.')).toEqual(['9,400 | pending asylum appeals in 2024'])
    expect(figures('Officials said that the queue of lorries at the northern crossing reached 2,300 on Friday.')).toEqual(['2,300 | lorries at the northern crossing'])
    expect(figures('The pool of trained lifeguards grew to 640 in 2025.')).toEqual(['640 | trained lifeguards in 2025'])
    // the head of the compound after `of` is what is counted (`repair requests`, not `repair`)
    expect(figures('The stock of repair requests awaiting a visit rose to 5,100.')).toEqual(['5,100 | repair requests awaiting a visit'])
  })

  it('is not read when what the noun holds is not a plural of things', () => {
    expect(values('The stock of public debt stood at 41,000 last year.')).toEqual([])
    expect(values('The backlog stood at about 7,000 in March.')).toEqual([])
  })

  it('reads in French too (already read there by the level a subject reaches)', () => {
    expect(valeurs('Le stock de demandes de permis en attente s\'élevait à 12 300 fin 2025.')).toEqual(['12,300'])
    expect(valeurs('La file de camions à la frontière a atteint 2 300 vendredi.')).toEqual(['2,300'])
  })
})

describe('an amount spread over a number of years (`doté de 450 000 euros sur trois ans`)', () => {
  it('is money over a period, not the part of a ratio `sur trois`', () => {
    expect(valeurs('Le syndicat a ouvert un fonds pour les vergers, doté de 80 000 euros sur cinq ans.')).toEqual(['€80,000'])
    expect(valeurs('La région versera 450 000 euros sur trois ans aux écoles de musique.')).toEqual(['€450,000'])
    expect(valeurs('Un programme de 120 000 euros sur quatre années aidera les refuges.')).toEqual(['€120,000'])
    expect(valeurs('Le plan prévoit 900 kilomètres sur cinq ans.')).toEqual(['900'])
  })

  it('leaves a ratio over a small round base a ratio', () => {
    expect(valeurs('Sept habitants sur dix vivent à moins d\'un kilomètre d\'un arrêt de bus.')).toEqual([])
    expect(valeurs('Trois ménages sur quatre trient leurs déchets.')).toEqual([])
  })

  it('reads in English too (`over five years` was never a ratio there)', () => {
    expect(values('The province created a fund for orchards, endowed with €80,000 over five years.')).toEqual(['€80,000'])
  })
})
