import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

// Reading faults left by earlier helpers, each read by general cause (branch leftover39; every sentence written for the test).

/** The values of the figures of a French sentence. */
const valeurs = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)

describe('a French `au plus` after a verb of commitment (`chaque commune s’engage à verser au plus`)', () => {
  it('is the amount promised, a figure', () => {
    expect(valeurs('Chaque coopérative s’engage à verser au plus 40 000 euros au fonds de replantation.')).toEqual(['€40,000'])
    expect(valeurs('Chaque syndicat s\'est engagé à consacrer au maximum 6 000 euros à la signalétique.')).toEqual(['€6,000'])
    expect(valeurs('Chaque mairie a promis de financer au plus 12 000 euros de clôtures.')).toEqual(['€12,000'])
    expect(valeurs('Toutes les communes sont convenues de verser au plus 2 000 euros chacune.')).toEqual(['€2,000'])
  })
  it('stays a per-item ceiling after a verb of permission or receipt', () => {
    expect(valeurs('Chaque verger pourra recevoir au plus 8 000 euros d’aide à la taille.')).toEqual([])
    expect(valeurs('Chaque promeneur pourra emporter au plus 5 kilogrammes de champignons.')).toEqual([])
  })
})
