// Figure labels of a sum a French text endows a holder with (`doté de`) where the holder is not the
// phrase right before the participle (issue 11, labels39): the label was the participle alone
// (`doté`). Every sentence here is written for this test.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The figures of a French sentence, as `value | label`. */
const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('a holder whose phrase ends on its years or holds a count', () => {
  it('sets aside the years that close its name', () => {
    expect(chiffres('Le Conseil a adopté le Plan de protection des tourbières 2027-2031, doté de 3,1 milliards de francs CFA.')).toEqual(['FCFA 3.1 billion | Plan de protection des tourbières'])
  })
  it('leaves out a count and its phrase inside it', () => {
    expect(chiffres('Les ministres ont lancé un programme de formation de 800 guides de montagne, doté de 2,5 millions d\'euros.')).toContain('€2.5 million | programme de formation')
    expect(chiffres('Ils ouvriront un programme d\'accueil de 40 chercheurs en chimie et en physique, doté de 900 000 euros.')).toContain('€900,000 | programme d\'accueil')
  })
})

describe('a holder named apart from the sum', () => {
  it('after a participle that opens the sentence: the endowment of the noun after the comma', () => {
    expect(chiffres('Doté de 4 millions d\'euros sur deux ans, le fonds soutiendra les refuges de montagne.')).toEqual(['€4 million | dotation du fonds'])
    expect(chiffres('Dotée de 700 000 euros, la caisse d\'entraide financera les réparations.')).toEqual(['€700,000 | dotation de la caisse d\'entraide'])
  })
  it('as the subject of a passive, with its year', () => {
    expect(chiffres('Le programme sera doté de 6 M€ en 2027.')).toEqual(['€6 million | dotation du programme en 2027'])
  })
  it('but not a pronoun, which names nothing', () => {
    expect(chiffres('Il est doté de 5 millions d\'euros.')).not.toContain('€5 million | dotation du il')
  })
})

describe('what was read before stays', () => {
  it('a holder right before the participle', () => {
    expect(chiffres('Le fonds de garantie pour les éleveurs, doté de 2 millions d\'euros, sera géré par la Banque.')).toEqual(['€2 million | fonds de garantie pour les éleveurs'])
  })
})

describe('a count in words with `and` after `thousand` (a leftover of the brief)', () => {
  it('reads the hundreds after it as part of the count', () => {
    expect(figuresIn('The clinics now treat three thousand and two hundred patients a month.').map((figure) => figure.value)).toEqual(['3,200'])
  })
})
