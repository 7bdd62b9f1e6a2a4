// Figure causes of family D (session 47, rounds 39 and 40), each with other realisations than the corpus's: the whole a
// distributive word goes over (`each of the nine …`), a body made of the things counted (`a panel of five judges`), the base
// of a ratio whose part names what it counts (`one rider in five`), how often an actor did a thing (`who launched 9,400
// times`), a yardstick a count is measured against (`against an expected minimum of 60,000`), and French totals and
// comparisons. Every sentence here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** An English sentence's figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of an English sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)

describe('small counts in words that are facts', () => {
  it('reads the whole a distributive word goes over (`each of the nine …`, `every one of the six …`)', () => {
    expect(figures('Members can now book a mountain hut in every one of the six national parks.')).toEqual(['6 | national parks'])
    expect(figures('Each of the seven county libraries will lend the kits.')).toEqual(['7 | county libraries'])
    expect(values('A nurse will visit each of the three priorities.')).toEqual([])
    expect(values('Each of the two banks agreed.')).toEqual([])
  })

  it('reads the size of a body made of the things counted (`a panel of five judges`)', () => {
    expect(figures('The council will set up a panel of five independent judges to hear appeals.')).toEqual(['5 | independent judges in the panel'])
    expect(values('They created a new Technical Committee of eight engineers, one from each port.')).toEqual(['8'])
    expect(values('An advisory board of seven growers will meet in May.')).toEqual(['7'])
  })
})

describe('the total of a thing given to each of a set', () => {
  it('reads `N in all`, `N in total` after a comma or a dash as the things given to each, in the plural', () => {
    expect(figures('The county will open a reading room in each district, seven in all, each with a paid coordinator.')).toEqual(['7 | reading rooms'])
    expect(figures('A warden will be named for every harbour — nine in total.')).toEqual(['9 | wardens'])
    expect(values('The two sides met in each capital, three in all.')).toEqual([])
  })
})

describe('the base of a ratio', () => {
  it('is no count when the part before `in` names what it counts (`one rider in five`)', () => {
    expect(values('In the valley, one young rider in five owns a horse.')).toEqual([])
    expect(values('Surveys show that 1 household in 4 reports damp, so the fund will grow.')).toEqual([])
    expect(values('The association has 12 boats in 5 ports.')).toEqual(['12', '5'])
  })
})

describe('how often something was done', () => {
  it('reads an active verb followed by its count of times, after a relative pronoun, as the times it was done', () => {
    expect(figures('The services count some 4,000 volunteers, who launched 2,800 times last year.')).toEqual(['4,000 | volunteers', '2,800 | times launched last year'])
    expect(figures('The ferry, which sailed 1,400 times in 2025, will be replaced.')).toEqual(['1,400 | times sailed in 2025'])
    expect(values('The Board held talks with the unions 12 times.')).toEqual([])
  })
})

describe('a count per a base, changed', () => {
  it('keeps the base of the rate in the label, before its comparison, whatever the subject', () => {
    expect(figures('Thefts from lockers rose to 12 per 1,000 members, up from 8 in 2024.')).toEqual(['12 | thefts from lockers per 1,000 members, up from 8 in 2024'])
    expect(figures('Complaints rose to 14 per 10,000 passengers, up from 11 in 2023.')).toEqual(['14 | complaints per 10,000 passengers, up from 11 in 2023'])
    expect(figures('The lost-time accident rate at member quarries fell to 2.7 per 100 employees in 2025, down from 3.9 in 2021.')).toEqual(['2.7 | lost-time accident rate per 100 employees, down from 3.9 in 2021'])
  })
})

describe('a yardstick a count is measured against', () => {
  it('reads the yardstick as a figure of its own, of what the count before it counts, and ends that count before it', () => {
    expect(figures('The clinics logged 3,900 complaints that year against an expected minimum of 8,000.')).toEqual(['3,900 | complaints logged', '8,000 | expected minimum of complaints'])
    expect(figures('The festival sold 3,100 tickets, compared with a target of 5,000.')).toEqual(['3,100 | tickets sold', '5,000 | target of tickets'])
    expect(figures('Only 120 schools joined, short of an agreed target of 300.')).toEqual(['120 | schools that joined', '300 | agreed target of schools'])
    // (a comparison with a year gone by stays one figure)
    expect(figures('The region had 4,000 nurses, against 3,100 in 2020.')).toEqual(['4,000 | nurses, against 3,100 in 2020'])
  })
})

describe('French', () => {
  const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
  it('reads `N en tout`, `N au total` after a comma or a dash as the things given to each, in the plural', () => {
    expect(lire('On ouvrira une école de pétanque dans chaque secteur du département, quatre en tout, chacune avec un éducateur.')).toEqual(['4 | écoles de pétanque'])
    expect(lire("Chaque vallée aura un refuge d'hiver, cinq au total, ouverts de décembre à mars.")).toEqual(["5 | refuges d'hiver"])
    expect(lire('Un bateau par port – six en tout – servira aux sauvetages.')).toEqual(['6 | bateaux'])
    expect(lire('Les trois délégations se sont réunies.')).toEqual([])
  })

  it('keeps the earlier value of a comparison when a date stands between the value and `contre`', () => {
    expect(lire('Le club comptait 412 adhérents au 31 décembre, contre 380 un an plus tôt.')).toEqual(['412 | adhérents, contre 380 un an plus tôt'])
    expect(lire('Nous avons accueilli 2 900 visiteurs le 14 juillet, contre 2 100 en 2024.')).toEqual(['2,900 | visiteurs, contre 2 100 en 2024'])
    expect(lire('Le refuge a compté 96 nuitées au 1er mars, contre 71 l\'an dernier !')).toEqual(["96 | nuitées comptées par le refuge, contre 71 l'an dernier"])
  })
})
