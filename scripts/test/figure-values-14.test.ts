import {describe, expect, it} from 'vitest'
import {addFigure, figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

describe('observers a text names', () => {
  it('are not counted after another clause, and the count of members beside them is read', () => {
    expect(values('Nine coastal states and the Regional Fisheries Office took part; Tonga and Samoa attended as observers.')).toEqual(['9'])
    expect(values('Twelve states took part and Tonga and Samoa attended as observers.')).toEqual(['12'])
  })
  it('are counted when the sentence opens on their names alone, as the seed does (its fixture lists them)', () => {
    expect(figuresIn('Peru, Chile and Ecuador also came to observe the talks.').map((figure) => `${figure.value} ${figure.label}`)).toEqual(['3 observers: Peru, Chile and Ecuador'])
  })
})

describe('an amount in a list of amounts', () => {
  it('is a figure of the same things as the amount before it', () => {
    expect(values('Donors announced grants of €12 million, €8m, €5 million and €2 million for the new clinics.')).toEqual(['€12 million', '€8 million', '€5 million', '€2 million'])
    expect(values('The three banks lent US$90 million, US$60 million and US$40 million respectively.')).toEqual(['US$90 million', 'US$60 million', 'US$40 million'])
  })
})

describe('a change from a rounded or bounded value (`from about …`, `from under …`)', () => {
  it('is one figure, the earlier value in its label', () => {
    const figures = figuresIn('Sales of heat pumps are expected to climb from about 40,000 units in 2024 to 95,000 units in 2030.')
    expect(figures.map((figure) => figure.value)).toEqual(['95,000'])
    expect(figures[0].label).toContain('up from 40,000 in 2024')
    expect(values('The plan will lift the share of trains running on time from under 60 percent today to 85 percent by 2029.')).toEqual(['85%'])
    expect(values('Visits grew from nearly 300 in 2020 to about 900 in 2025.')).toEqual(['900'])
  })
})

describe('a length or a weight a rule is bounded by', () => {
  it('is a limit, not a figure', () => {
    expect(values('Ministers agreed to open flight lanes below 150 metres for cargo drones between the islands.')).toEqual([])
    expect(values('Every boat above 40 kilograms must carry a tracking beacon.')).toEqual([])
    expect(values('Ferries will keep at least 300 metres away from the whale nurseries.')).toEqual([])
    expect(values('Nearly 20 percent of families live more than 15 km from a clinic.')).toEqual(['20%'])
  })

  it('stays a fact when nothing bounds it', () => {
    expect(values('The new line will run 640 kilometres from the coast to the capital.')).toEqual(['640'])
    expect(values('Each member will send at least 50 inspectors to the joint teams.')).toEqual(['50'])
  })
})

describe('a French ratio and a distance from a place', () => {
  const french = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)
  it('are no counts', () => {
    expect(french('Dans les villages, trois ménages sur quatre cuisinent encore au bois.')).toEqual([])
    expect(french('Environ 25 % des élèves habitent à plus de cinq kilomètres de leur école.')).toEqual(['25%'])
  })

  it('leave a length that is a fact', () => {
    expect(french('Une route de 640 kilomètres reliera le port à la capitale.')).toEqual(['640'])
  })
})

describe('a small count in words beside an amount of money', () => {
  it('is a fact of its own in another clause or as the subject of the verb the amount follows', () => {
    expect(values('Rescue crews will train in six harbours, and the Council set aside €9 million for their boats.')).toEqual(['6', '€9 million'])
    expect(values('The Fund lent $70 million to farmers, and four insurers will cover their harvests.')).toEqual(['$70 million', '4'])
    expect(values('On the last day, five utilities signed supply contracts worth $900m.')).toEqual(['5', '$900 million'])
  })

  it('still describes what the money pays for', () => {
    expect(values('Four new ferries, worth €60 million, will serve the islands.')).toEqual(['€60 million'])
    expect(values('Donors pledged $30 million for seven regional centres.')).toEqual(['$30 million'])
  })
})

describe('a small count in words of the polities a meeting’s people come from', () => {
  it('is read after `of`', () => {
    expect(values('The transport ministers of seven Andean countries signed the accord in Quito.')).toEqual(['7'])
    expect(values('Finance ministers of five island nations met on Friday.')).toEqual(['5'])
  })
})

describe('a small count in words of a part of a possessed whole', () => {
  it('counts the whole’s things', () => {
    expect(values('The leaflet will be printed in at least six of the Union’s languages.')).toEqual(['6'])
    expect(values('Inspectors will visit four of the Agency’s largest warehouses next year.')).toEqual(['4'])
  })

  it('still leaves the parts of the text', () => {
    expect(values('Ministers discussed three of the Forum’s priorities.')).toEqual([])
  })
})

describe('a French small count of things a noun of building makes, in the parts of a list after `dont`', () => {
  const french = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)
  it('is read beside an amount, also with two sizes before its noun', () => {
    expect(french("Le plan compte 12 chantiers, dont la réhabilitation de quatre ponts anciens et la construction de cinq petits et moyens barrages, pour un coût de 900 millions de dollars.")).toEqual(['12', '4', '5', '$900 million'])
  })

  it('is not what an amount pays for', () => {
    expect(french('La Banque a accordé un prêt de 12 millions de dollars pour la construction de quatre écoles.')).toEqual(['$12 million'])
    expect(french("Un don de 3 millions d'euros servira à la réhabilitation de cinq dispensaires.")).toEqual(['€3 million'])
  })
})

describe('the two ends of a spread (`ranging from … to …`)', () => {
  it('are two figures, the lowest and the highest, not a change', () => {
    expect(figuresIn('The survey found rents ranging from €300 to €1,200 a month in the same district.').map((figure) => [figure.value, figure.label])).toEqual([['€300', 'lowest rent'], ['€1,200', 'highest rent']])
    expect(values('Harvests that varied from about 3 tonnes to 7 tonnes a hectare were reported.')).toEqual(['3', '7'])
  })

  it('leave a change over time as one figure', () => {
    expect(values('Rents rose from €300 to €1,200 a month.')).toEqual(['€1,200'])
  })
})

describe('a count of members that repeats the count of countries', () => {
  it('is one fact', () => {
    const figures: Parameters<typeof addFigure>[0] = []
    for (const sentence of ['Twelve countries from the Andes and the Amazon took part.', 'Nine of the 12 members have a national plan.']) for (const figure of figuresIn(sentence)) addFigure(figures, figure)
    expect(figures.map((figure) => figure.value)).toEqual(['12', '9'])
  })

  it('leaves other things of the same number', () => {
    const figures: Parameters<typeof addFigure>[0] = []
    for (const sentence of ['Twelve countries took part.', 'The Network trained 12 rangers.']) for (const figure of figuresIn(sentence)) addFigure(figures, figure)
    expect(figures.map((figure) => figure.value)).toEqual(['12', '12'])
  })
})

describe('a whole counted again by its bare noun', () => {
  it('is one fact with the count named before', () => {
    const figures: Parameters<typeof addFigure>[0] = []
    for (const sentence of ['Forty ports took part in the exercise.', 'Only 9 of the 40 ports passed every test.']) for (const figure of figuresIn(sentence)) addFigure(figures, figure)
    expect(figures.map((figure) => figure.value)).toEqual(['40', '9'])
  })
})
