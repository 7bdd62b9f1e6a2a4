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

describe('dirhams as the Moroccan press writes them', () => {
  it('reads dirhams in words, `DH`, `MDH` and `MMDH` as MAD', () => {
    expect(frenchValues('Le conseil régional a voté une enveloppe de 2,5 milliards de dirhams pour les routes rurales.')).toEqual(['MAD 2.5 billion'])
    expect(frenchValues('Les travaux du barrage coûteront 340 MDH.')).toEqual(['MAD 340 million'])
    expect(frenchValues('Le plan de relance est doté de 1,2 MMDH sur quatre ans.')).toEqual(['MAD 1.2 billion'])
    expect(frenchValues('Chaque éleveur recevra une aide de 8 000 DH par an.')).toEqual(['MAD 8,000'])
    expect(frenchValues('La région apporte 75 millions de DH au projet.')).toEqual(['MAD 75 million'])
  })
})

describe('`livres` of a crop are a weight', () => {
  it('reads `livres de …` as a count, the weight in its label', () => {
    expect(frenchValues('Les producteurs ont vendu 12 millions de livres de canneberges cette année.')).toEqual(['12 million'])
    expect(frenchValues("Les apiculteurs ont récolté 900 000 livres de miel l'été dernier.")).toEqual(['900,000'])
  })
  it('keeps pounds sterling as money', () => {
    expect(frenchValues('Le Royaume-Uni versera 40 millions de livres sterling au fonds.')).toEqual(['£40 million'])
    expect(frenchValues('Le club anglais a payé 5 millions de livres.')).toEqual(['£5 million'])
  })
})

describe('currencies named by a word after the amount', () => {
  it('writes kronor, kroner, zlotys and forints by their codes', () => {
    expect(values('Sweden will put 250 million kronor into the new ferry line.')).toEqual(['SEK 250 million'])
    expect(values('Denmark pledged 60 million Danish kroner to the fund.')).toEqual(['DKK 60 million'])
    expect(values('Poland pledged 40 million zlotys for the new hatchery.')).toEqual(['PLN 40 million'])
    expect(values('Budapest will add 900 million forints for its trams.')).toEqual(['HUF 900 million'])
  })
})

/** The figures of a document's lines read as rows, as `value | label`. */
const rows = (lines: string[], french = false) => [...figureRowsOf(lines).values()].flat().map((row) => {
  const figure = rowFigure(row, french)
  return `${figure?.value} | ${figure?.label}`
})

describe('a table whose column head gives the currency, or with two columns of values', () => {
  it('gives each value the currency of its column’s head', () => {
    expect(rows(['Valley\tGrant (€)', 'Aosta\t450,000', 'Susa\t380,000'])).toEqual(['€450,000 | grant for Aosta', '€380,000 | grant for Susa'])
    expect(rows(['Line\tCost (US$ m)', 'North\t12.5', 'South\t8'])).toEqual(['US$12.5 million | cost for North', 'US$8 million | cost for South'])
    expect(rows(['Commune\tAide (en euros)', 'Bayonne\t120 000', 'Dax\t95 000'], true)).toEqual(['€120,000 | aide pour Bayonne', '€95,000 | aide pour Dax'])
  })
  it('reads each column of values under a head of words', () => {
    expect(rows(['District\tClinics\tBudget (EUR)', 'Tartu\t14\t2,800,000', 'Pärnu\t9\t1,500,000'])).toEqual([
      '14 | clinics in Tartu',
      'EUR 2.8 million | budget for Tartu',
      '9 | clinics in Pärnu',
      'EUR 1.5 million | budget for Pärnu',
    ])
  })
  it('keeps one figure a row under years (the latest, figures51) or without a head', () => {
    expect(rows(['Measure\t2024\t2025', 'Ferries\t12\t14', 'Buses\t40\t46'])).toEqual(['14 | ferries in 2025, up from 12 in 2024', '46 | buses in 2025, up from 40 in 2024'])
  })
})

describe('counts running text missed', () => {
  it('reads a count whose noun is named by a time in the singular (`night`, `weekend`, `day` before hundreds)', () => {
    expect(values('Some 180 night bus drivers joined the safety scheme this year.')).toEqual(['180'])
    expect(values('The museums will host 250 weekend concerts in the old town.')).toEqual(['250'])
    expect(values('The park welcomed 1,200 day visitors on its opening Sunday.')).toEqual(['1,200'])
  })
  it('still leaves out a span of time', () => {
    expect(values('Guests stayed 300 nights in the huts.')).toEqual([])
    expect(values('The team spent 12 days on the glacier.')).toEqual([])
  })
  it('reads a count of animals whose plural is their singular', () => {
    expect(values('Biologists counted some 42,000 caribou on the calving grounds.')).toEqual(['42,000'])
    expect(values('The hatchery released approx. 600,000 trout into the lakes.')).toEqual(['600,000'])
    expect(values('Herders moved c. 15,000 sheep to the summer pastures.')).toEqual(['15,000'])
    expect(values('Rangers counted 3,400 elk and 900 bison in the reserve.')).toEqual(['3,400', '900'])
  })
})

describe('a part of a count given before it', () => {
  it('reads a small count in words after the count it is part of, in English', () => {
    expect(values('Inspectors recorded 27 derailments on the old mine railways since 2020, three of them fatal.')).toEqual(['27', '3'])
    expect(values('The academy sent 140 pupils to the national finals, four of whom won prizes.')).toEqual(['140', '4'])
    expect(values('Engineers checked 60 footbridges, nine of which needed urgent repairs.')).toEqual(['60', '9'])
  })
  it('reads it in French after `dont`', () => {
    expect(frenchValues('Au total, 27 effondrements de puits ont été signalés depuis 2020, dont trois mortels.')).toEqual(['27', '3'])
    expect(frenchValues('Les ingénieurs ont contrôlé 60 passerelles, dont neuf exigent des travaux urgents.')).toEqual(['60', '9'])
  })
  it('leaves a small count alone where no count stands before it', () => {
    expect(values('The two ministers met, one of them by video.')).toEqual([])
  })
})

describe('a quorum line counts no fact of the meeting, unless it counts those present', () => {
  it('leaves out the quorum itself', () => {
    expect(values('Quorum: 6.')).toEqual([])
    expect(frenchValues('Quorum : 8 membres.')).toEqual([])
  })
  // (since session 19 the sitting's attendance is a key figure: corpus README, `Attendance`)
  it('keeps the count of those present on a `Quorum:` line, in English and French', () => {
    expect(values('Quorum: 7 of 9 trustees present; the meeting was quorate.')).toEqual(['7'])
    expect(values('Quorum – 6 of 8 governors attended.')).toEqual(['6'])
    expect(frenchValues('Quorum : 14 administrateurs présents sur 18.')[0]).toBe('14')
  })
  it('keeps the count of those present elsewhere', () => {
    // (the body's size is the attendance's base, in its label, as the `Attendance` convention of session 19 says; figures51)
    expect(figures('Some 14 of the 18 governors attended the meeting in person.')).toEqual(['14 | governors attended out of 18'])
  })
})

describe('a count before a list of nouns that modify one plural head', () => {
  it('reads the count with the whole list', () => {
    expect(figures('The region will train 6,000 taxi, bus and tram drivers in first aid.')).toEqual(['6,000 | taxi, bus and tram drivers to be trained in first aid'])
    expect(values('The ports employ 4,500 road, rail and port workers.')).toEqual(['4,500'])
    expect(values('Some 900 hotel, restaurant or bar owners signed the charter.')).toEqual(['900'])
  })
})

describe('a round amount in full digits', () => {
  it('is written with its scale, whatever the floating point of its division', () => {
    expect(values('The council paid US$2,300,000 for the new bridge.')).toEqual(['US$2.3 million'])
    expect(values('The board approved a budget of €4,100,000 for 2027.')).toEqual(['€4.1 million'])
  })
})

describe('an amount set between commas after the noun phrase it is the amount of', () => {
  it('labels it with that phrase', () => {
    expect(figures('Denmark will meet the capital cost of the lock, DKK 70 million, and the port will run it.')).toEqual(['DKK 70 million | capital cost of the lock'])
    expect(figures('The board approved the yearly budget of the league, £1.2 million, at its meeting.')).toEqual(['£1.2 million | yearly budget of the league'])
    expect(figures('The city will cover the repair bill, €3.4m.')).toEqual(['€3.4 million | repair bill'])
  })
  it('leaves a list of givers and their amounts alone', () => {
    expect(values('Pledges came from Norway, NOK 40 million, and Sweden, SEK 30 million.')).toEqual([])
  })
})

describe('a count of some of the most or least of a kind', () => {
  it('reads `N of the most …` and `N of the least …`', () => {
    expect(values('The agency will fund nets at 30 of the most exposed harbours.')).toEqual(['30'])
    expect(values('The agency will repair 45 of the least visited mountain huts.')).toEqual(['45'])
    expect(values('Volunteers cleaned 12 of the most polluted streams in the valley.')).toEqual(['12'])
  })
})
