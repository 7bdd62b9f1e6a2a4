// Figure causes of family D (session 42): numbers that are no figures (a post's own counts, a reading time, a heading's
// number), currencies written as words or local abbreviations (dirhams as `DH`, `MDH`, `MMDH`; `livres` of a crop, a
// weight; kronor, zlotys, forints; a currency in a table's column head), and counts running text missed (a time that
// names a kind, `300 night mayors`; nouns whose plural is their singular, `560,000 reindeer`). Every sentence here is
// written for this test, on other subjects than the corpus's cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {figureRowsOf, rowFigure} from '../structure/figure-rows.js'
import {FRENCH_CALENDAR, FRENCH_FIGURES} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The figures of an English sentence that are figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of a French sentence's figures that are figures. */
const frenchValues = (sentence: string) => patternFiguresIn(sentence, FRENCH_FIGURES, FRENCH_CALENDAR).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)
/** The values of an English sentence's figures that are figures. */
const values = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)
/** Whether a figure of that value and label, read from that sentence, is left out. */
const dropped = (value: string, label: string, sentence: string) => notAFigure({value, label, sentence})

describe('a post’s own counts and its reading time are no figures', () => {
  it('leaves out followers, comments, reposts, likes and views', () => {
    expect(dropped('3,120', 'followers', 'Alpine Hut Keepers Network 3,120 followers')).toBe(true)
    expect(dropped('57', 'comments', '311 likes · 57 comments · 12 reposts')).toBe(true)
    expect(dropped('2,400', 'views', 'News · 2.4K views')).toBe(true)
    expect(values('Alpine Hut Keepers Network 3,120 followers')).toEqual([])
  })

  it('leaves out the same counts in French', () => {
    expect(dropped('4,870', 'abonnés', 'Fédération des refuges · 4 870 abonnés')).toBe(true)
    expect(dropped('23', 'commentaires', "128 J'aime · 23 commentaires · 6 partages")).toBe(true)
    expect(dropped('6', 'partages', "128 J'aime · 23 commentaires · 6 partages")).toBe(true)
    expect(frenchValues("128 J'aime · 23 commentaires · 6 partages")).toEqual([])
  })

  it('leaves out a reading time, in English and French', () => {
    expect(dropped('5', 'min', 'Reading time: 5 min')).toBe(true)
    expect(dropped('6', 'min', 'Blog · 6 min read')).toBe(true)
    expect(dropped('2', 'min', 'Temps de lecture : 2 min')).toBe(true)
  })

  it('keeps shares and views that a sentence of the text counts', () => {
    expect(dropped('4,000', 'shares', 'The fund bought 4,000 shares in the ferry company, its first stake in shipping.')).toBe(false)
    expect(dropped('2 million', 'views', "The campaign film reached 2 million views on the ministry's channel, twice the target.")).toBe(false)
  })
})

describe('a heading’s number is no figure', () => {
  it('leaves out `#3`, decimal section numbers, `4°)` and `(2)` before a heading', () => {
    expect(values('#3 Volunteers on the summit')).toEqual([])
    expect(values('2.1 Mountain Rescue Teams')).toEqual([])
    expect(dropped('4', 'Refuges', '4°) Refuges gardés')).toBe(true)
    expect(dropped('2', 'Observers', '(2) Observers')).toBe(true)
  })

  it('keeps a count that opens a sentence', () => {
    expect(values('Twelve volunteers joined the rescue teams this winter, and 2.5 million visitors came to the park.')).toEqual(['12', '2.5 million'])
    expect(dropped('12', 'volunteers', '12 Volunteers joined the rescue teams this winter.')).toBe(false)
  })
})
