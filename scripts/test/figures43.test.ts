// Figure causes of family D (session 43): labels whose voice was wrong (a participle or a passive written as a relative
// clause, `kilns that installed`, `sharks that are killed`), comparisons rewritten (`against` made `up from`, `about`
// dropped) or missed after an aside (`, a record and up from …`), currencies in words (lari, manat, lira, som, somoni,
// dram, a peso by its country, `Ar`) and French amounts brought in by `à raison de`, `à hauteur de`, `, doté de`. Every
// sentence here is written for this test, on other subjects than the corpus's cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH_CALENDAR, FRENCH_FIGURES} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {structureText} from './helpers.js'

/** The figures of an English sentence that are figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of an English sentence's figures that are figures. */
const values = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)
/** The values of a French sentence's figures that are figures. */
const frenchValues = (sentence: string) => patternFiguresIn(sentence, FRENCH_FIGURES, FRENCH_CALENDAR).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)

describe('what was done to the things counted is told by its participle', () => {
  it('reads a past participle with no object after the counted noun as what was done to them, not what they did', () => {
    expect(figures('Some 620 beehives installed since 2022')).toEqual(['620 | beehives installed'])
    expect(figures('750 boreholes repaired under the programme;')).toEqual(['750 | boreholes repaired under the programme'])
    expect(figures('Some 1,300 footbridges inspected during 2025')).toEqual(['1,300 | footbridges inspected during 2025'])
    expect(figures('About 900 culverts cleared or widened during the winter.')[0]).toMatch(/^900 \| culverts cleared or widened/)
  })

  it('reads a passive with `be` as its participle alone', () => {
    expect(figures('Experts told the meeting that 85,000 trees are felled every year for charcoal.')[0]).toMatch(/^85,000 \| trees felled\b/)
    expect(figures('The board noted that 2.6 million parking fines were issued in 2025.')).toEqual(['2.6 million | parking fines issued in 2025'])
    expect(figures('Roughly 12,000 anglers are registered with the federation.')).toEqual(['12,000 | anglers registered with the federation'])
  })

  it('reads a passive perfect of a part told after its whole as its participle', () => {
    expect(figures('Of the 20 wells drilled last year, 14 have been capped for good.')).toContain('14 | wells capped for good')
    expect(figures('Of the 30 ferries checked, 9 were withdrawn from service.')).toContain('9 | ferries withdrawn from service')
  })

  it('keeps a relative clause for a verb that takes no object, a past unlike its participle, and a verb with its object', () => {
    expect(figures('In 2025, 30 clinics closed.')).toEqual(['30 | clinics that closed'])
    expect(figures('Last spring 45 towns agreed to share snowploughs.')).toEqual(['45 | towns that agreed to share snowploughs'])
    expect(figures('About 14 members signed the charter.')).toEqual(['14 | members who signed the charter'])
  })
})

describe('a comparison is written as the text makes it', () => {
  it('keeps `against` where the text sets the earlier value against the later one', () => {
    expect(figures('Riders made 9,400 trips on the new ferry in 2025, against 7,100 in 2023.')[0]).toMatch(/, against 7,100 in 2023$/)
    expect(figures('The valley counts 58 working mills today, against 73 in 2010.')[0]).toMatch(/^58 \| .*, against 73 in 2010$/)
  })

  it('keeps the qualifier of the earlier value', () => {
    expect(figures('Wardens counted 1,850 nesting terns, up from about 1,200 in 2019.')[0]).toMatch(/^1,850 \| nesting terns.*, up from about 1,200 in 2019$/)
    expect(figures('The fee will fall to €80, down from an average of €300 today.')[0]).toMatch(/, down from an average of €300 today$/)
    expect(figures('The fleet now has 140 electric buses, up from nearly 60 in 2022.')[0]).toMatch(/, up from nearly 60 in 2022$/)
  })

  it('reads an earlier value after an aside joined by `and` as part of one change, not a second figure', () => {
    expect(values('The grape harvest reached 80,000 tonnes, a record for the region and up from 61,000 tonnes in 2024.')).toEqual(['80,000'])
    expect(figures('Arrivals fell to 3,200 visitors, the lowest in a decade and down from 4,900 visitors in 2023.')).toEqual(['3,200 | visitors, down from 4,900 in 2023'])
    expect(figures('Wardens counted 1,850 terns, the most since records began and up from 1,200 in 2019.')).toEqual(['1,850 | terns counted, up from 1,200 in 2019'])
  })
})

describe('currencies named in words', () => {
  it('reads the lari, the manat, the lira, the som, the somoni and the dram by their codes', () => {
    expect(values('The ministry will give 3.5 million lari to the vineyards.')).toEqual(['GEL 3.5 million'])
    expect(values('Each cooperative receives 900,000 manat a year.')).toEqual(['AZN 900,000'])
    expect(values('A 12 million lira loan will pay for the cold stores.')).toEqual(['TRY 12 million'])
    expect(values('Herders earn about 15,000 som a month.')).toEqual(['KGS 15,000'])
    expect(values('The fund holds 8 million somoni and 300 million dram.')).toEqual(['TJS 8 million', 'AMD 300 million'])
  })

  it('reads a country’s adjective before the word as that country’s money', () => {
    expect(values('Farmers in the south were paid 2 million Uzbek som in compensation.')).toEqual(['UZS 2 million'])
    expect(values('The loan of 30 million Turkish lira will be repaid in 2030.')).toEqual(['TRY 30 million'])
    expect(values('The Mexican ministry set aside 60 million pesos for the markets.')).toEqual(['MXN 60 million'])
  })

  it('reads a peso alone as the peso of the one country its sentence names, and leaves it alone otherwise', () => {
    expect(values('The Chilean federation will spend 25 million pesos on its courts.')).toEqual(['CLP 25 million'])
    expect(frenchValues('La ligue colombienne consacrera 90 millions de pesos à ses terrains.')).toEqual(['COP 90 million'])
    expect(values('Mexico and Chile pledged 5 million pesos each.')).not.toContain('MXN 5 million')
  })

  it('reads the ariary by its sign and the lari and the manat in French', () => {
    expect(frenchValues('Le prix minimum est fixé à 3 100 Ar le kilo.')).toEqual(['MGA 3,100'])
    expect(frenchValues('Les planteurs recevront 1 500 ariary par pied.')).toEqual(['MGA 1,500'])
    expect(frenchValues('La Géorgie apportera 4 millions de lari et l\'Azerbaïdjan 2 millions de manats.')).toEqual(['GEL 4 million', 'AZN 2 million'])
  })
})

describe('a French amount brought in by words that say nothing of it', () => {
  /** The French readout's figures, as `value | label`. */
  const french = async (paragraph: string) => {
    const {result} = await structureText(`Assemblée de la Fédération des brodeurs\n\nLa Fédération des brodeurs s'est réunie à Lyon le 3 mars 2026.\n\n${paragraph}\n`)
    return result!.readout.figures.map((figure) => `${figure.value} | ${figure.label}`)
  }

  it('labels an amount `à raison de` by the rate after it', async () => {
    expect(await french('Le bureau versera une aide aux ateliers, à raison de 1 200 euros par brodeuse et par mois, pendant deux ans.')).toContain('€1,200 | par brodeuse et par mois')
  })

  it('labels an amount `doté de`, `estimé à` after a comma by the noun phrase the comma sets apart', async () => {
    expect(await french('Les adhérents ont adopté un fonds de secours pour les ateliers, doté de 800 000 euros, géré par la Fédération.')).toContain('€800,000 | fonds de secours pour les ateliers')
    expect(await french('Le coût de la vitrine commune, estimé à 90 000 euros, sera partagé entre les adhérents.')).toContain('€90,000 | coût de la vitrine commune')
  })

  it('keeps an agent after the amount out of it, and labels an amount `à hauteur de` by the object after it', async () => {
    expect(await french('Le fonds sera abondé à hauteur de 300 000 euros par la Banque régionale, pour les ateliers.')).not.toContain('€300,000 | par la Banque régionale')
    expect(await french('La région financera à hauteur de 250 000 euros la rénovation du musée de la broderie.')).toContain('€250,000 | rénovation du musée de la broderie')
  })
})
