// Figure causes of session 19 (figures49, rounds 43 and 44), each with other realisations than the corpus's: a sitting's
// attendance counted of the body it belongs to, listed once with who attended and how (`élus présents sur 13`), the size of
// a membership kept as a figure of its own; and those who came, said with a verb and its particle (`people signed in`).
// Every sentence here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** An English sentence's figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** A French sentence's figures, as `value | label`. */
const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('a sitting’s attendance counted of its body, in French', () => {
  it('reads `N des M …` in words or digits as one figure, the body’s size its base', () => {
    expect(lire('Neuf des onze conseillers étaient présents.')).toEqual(['9 | conseillers présents sur 11'])
    expect(lire('Quinze des dix-huit membres du bureau étaient présents ou représentés, et la séance a pu s’ouvrir.')).toEqual(['15 | membres du bureau présents ou représentés sur 18'])
    expect(lire('Ce soir-là, 7 des 9 délégués étaient présents.')).toEqual(['7 | délégués présents sur 9'])
  })

  it('reads how they attended before the part (`Étaient présentes …`, `Présents :`) or a roll line’s noun', () => {
    expect(lire('Étaient présentes 12 associations sur 15.')).toEqual(['12 | associations présentes sur 15'])
    expect(lire('Présents : 8 membres du comité sur 12.')).toEqual(['8 | membres du comité présents sur 12'])
    expect(lire('Communes présentes : 31 sur 40. Le quorum est atteint.')).toEqual(['31 | communes présentes sur 40'])
  })

  it('keeps the size of a membership as a figure of its own', () => {
    expect(lire('Au total, 130 adhérents sur 210 étaient présents ou représentés.')).toEqual(['130 | adhérents présents ou représentés', '210 | adhérents'])
    expect(lire('Sur les 90 ateliers adhérents, 61 étaient présents ou représentés.')).toEqual(['90 | ateliers adhérents', '61 | ateliers adhérents présents ou représentés'])
  })

  it('leaves a part that is no attendance as it was', () => {
    expect(lire('Seules 23 des 118 villes concernées ont un plan.').map((figure) => figure.split(' | ')[0])).toEqual(['23', '118'])
  })
})

describe('a sitting’s attendance counted of its body, in English', () => {
  it('reads those present after `were`, the body’s size left out', () => {
    expect(figures('Twelve of the fifteen trustees were present.')).toEqual(['12 | trustees present'])
    expect(figures('Nine of the 11 directors were in attendance when the vote was taken.')).toEqual(['9 | directors present'])
    expect(figures('Six of the eight wardens were present at the meeting.')).toEqual(['6 | wardens present'])
  })
})

describe('those who came to a sitting, said with a verb and its particle', () => {
  it('keeps the particle (`people signed in`, `members turned up`), not a relative clause without it', () => {
    expect(figures('She noted that 41 people had signed in, the largest attendance in years.')).toEqual(['41 | people signed in'])
    expect(figures('By seven o’clock 85 members had turned up at the hall.')).toEqual(['85 | members turned up'])
    expect(figures('The chair said that 230 households had logged on to the online meeting.')).toEqual(['230 | households logged on'])
  })
})

describe('a price by the unit it is paid by', () => {
  it('reads `a <noun>` closing the clause as `per <noun>` (not a rate of time)', () => {
    expect(figures('Members can book firings in the two gas kilns, at £14 a firing.')).toEqual(['£14 | per firing'])
    expect(figures('Replacing the seats will cost about $1,200 a row.')).toEqual(['$1,200 | per row'])
  })

  it('reads `N things of £X each` as the sum per thing', () => {
    expect(figures('The Council agreed to fund 18 apprentice bursaries of £3,000 each from September 2026.')).toEqual(['18 | apprentice bursaries to be funded', '£3,000 | per bursary'])
    expect(figures('The trust will offer 40 scholarships of $2,500 apiece.').at(-1)).toBe('$2,500 | per scholarship')
  })

  it('keeps `par …` after a French price, after a short label or alone', () => {
    expect(lire('Le fonds sera alimenté par une contribution de 0,50 euro par billet vendu.')).toEqual(['€0.50 | contribution par billet vendu'])
    expect(lire('Les frais de dossier pour les concours régionaux de saut sont fixés à 12 euros par cavalier, quel que soit le niveau.')).toEqual(['€12 | frais de dossier par cavalier'])
    expect(lire('Chaque club recevra une aide de 300 euros par équipe engagée.')).toEqual(['€300 | aide par équipe engagée'])
    expect(lire('La cotisation passe à 40 euros par an.').map((figure) => figure.split(' | ')[1]).some((label) => label.includes('par an'))).toBe(false)
  })
})

describe('a post’s tally of reactions under a pasted text', () => {
  it('leaves out a line of counts and count words only, whatever stands between them', () => {
    expect(figuresIn('🔥 96   14 comments   7 shares').filter((figure) => !notAFigure(figure))).toEqual([])
    expect(patternFiguresIn('❤️ 40   12 commentaires   5 partages', FRENCH.figures!, FRENCH.calendar).filter((figure) => !notAFigure(figure))).toEqual([])
  })
})
