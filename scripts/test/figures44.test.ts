// Figure causes of family D (session 44): currencies by name or code from one table (`currency-names.ts`), counts in words that
// open a clause inside a sentence, French counts of a whole after `les`, and a French earlier value in words written in digits. Every sentence here is written for this test, on other subjects than the corpus's.
import {describe, expect, it} from 'vitest'
import {currencyOfName} from '../structure/currency-names.js'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH_CALENDAR, FRENCH_FIGURES} from '../structure/french.js'
import {notAFigure} from '../structure/not-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {structureText} from './helpers.js'

/** The values of an English sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)
/** The figures of a French sentence, as `value | label`. */
const frenchFigures = (sentence: string) => patternFiguresIn(sentence, FRENCH_FIGURES, FRENCH_CALENDAR).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)
/** The values of a French sentence's figures. */
const frenchValues = (sentence: string) => patternFiguresIn(sentence, FRENCH_FIGURES, FRENCH_CALENDAR).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)

describe('a currency by its name or its code', () => {
  it('reads the name of a money one country uses, singular or plural, by its code', () => {
    expect(values('The herders were paid 95,000 tugriks a head for the census.')).toEqual(['MNT 95,000'])
    expect(values('A felt rug now sells for 4,100 soms at the bazaar.')).toEqual(['KGS 4,100'])
    expect(values('The ferry line will receive 3.2 million leva from the port.')).toEqual(['BGN 3.2 million'])
    expect(values('Each choir was given 250,000 denars for travel.')).toEqual(['MKD 250,000'])
  })

  it('reads any ISO code in capitals before or after an amount, and a short sign before one', () => {
    expect(values('The desalination fund holds OMR 14 million.')).toEqual(['OMR 14 million'])
    expect(values('A licence costs 7,500 RSD a year.')).toEqual(['RSD 7,500'])
    expect(values('Each ferry crew is paid TSh 95,000 a week.')).toEqual(['TZS 95,000'])
  })

  it('reads a name several countries share only beside the one country its sentence names, never by a guess', () => {
    expect(values('The Jordanian ministry pledged 2 million dinars to the clinics.')).toEqual(['JOD 2 million'])
    expect(values('The Danish archive will spend 800,000 kroner on scanners.')).toEqual(['DKK 800,000'])
    expect(values('The archive will spend 800,000 kroner on scanners.')).not.toContain('DKK 800,000')
    expect(values('The archive will spend 800,000 kroner on scanners.')).not.toContain('NOK 800,000')
    expect(currencyOfName('rupees', 'The fund holds 40 million rupees.', 'Ministers of Nepal met in Pokhara.')).toBe('NPR')
    expect(currencyOfName('rupees', 'The fund holds 40 million rupees.', 'Ministers of Nepal and Pakistan met.')).toBeUndefined()
  })

  it('leaves alone a name that is also a word of other things, and a code that is a word before a number', () => {
    expect(values('Volunteers handed out 300 gourdes of water.').some((value) => /HTG/.test(value))).toBe(false)
    expect(values('The summit, COP 28, was held in Dubai.')).toEqual([])
    expect(values('They listed the TOP 10 risks.')).toEqual([])
  })

  it('reads a French name or code the same way, and a shared name by the country the text names', async () => {
    expect(frenchValues('Le marché a rapporté 4,5 millions de dinars tunisiens en 2025.')).toEqual(['TND 4.5 million'])
    expect(frenchValues('Le Laos versera 500 millions de kips au fonds.')).toEqual(['LAK 500 million'])
    expect(frenchValues('Le fonds de garantie sera doté de MRU 12 000 000.')).toEqual(['MRU 12 million'])
    expect(frenchValues('Le fonds recevra 2 millions de couronnes norvégiennes.')).toEqual(['NOK 2 million'])
    const text = 'Fédération jordanienne des potiers\n\nLa fédération a réuni ses membres à Amman le 3 mars 2026.\n\nLes ventes ont atteint 450 000 dinars en 2025.'
    const {result} = await structureText(text)
    expect(result!.readout.figures.map((figure) => figure.value)).toContain('JOD 450,000')
  })
})

describe('a count in words that opens a clause inside its sentence', () => {
  it('reads a count after that, where, while or a semicolon, with its verb after it', () => {
    expect(values('The warden reported that eight new hides had been built on the marsh.')).toEqual(['8'])
    expect(values('The board approved a budget of €40,000 for the library, where six new reading rooms will open in 2027.')).toContain('6')
    expect(values('The ferry service lost money; seven crossings were cancelled in March.')).toContain('7')
    expect(values('Wardens counted 300 nests, while five new colonies settled on the cliffs.')).toContain('5')
  })

  it('leaves a pair and the parts of the text or the meeting alone', () => {
    expect(values('Ministers agreed that two sides would meet again.')).toEqual([])
    expect(values('The chair said that four priorities would guide the year.')).toEqual([])
  })

  it('reads a French count after que or où, and a count of a whole after les', () => {
    expect(frenchValues('Le maire a rappelé que sept moulins ont fermé depuis 2010.')).toEqual(['7'])
    expect(frenchValues('Le réseau ouvrira un centre à Rodez, où quinze guides seront formés.')).toContain('15')
    expect(frenchValues('Cet été, les cinq refuges du parc ouvriront plus tôt.')).toEqual(['5'])
    expect(frenchValues('Le rapport note que les sept forges encore en activité ont vendu 900 couteaux.')).toContain('7')
    expect(frenchValues('Le maire a rappelé que deux moulins ont fermé.')).toEqual([])
    expect(frenchValues('Les trois pays ont signé la convention.')).toEqual([])
  })
})

describe('a French comparison writes its earlier value in digits', () => {
  it('writes an earlier value given in words in digits', () => {
    expect(frenchFigures('Le club compte aujourd’hui 40 adhérents, contre dix-huit en 2015.')[0]).toMatch(/, contre 18 en 2015$/)
    expect(frenchFigures('La commune compte 1 350 habitants, contre neuf cents en 1990.')[0]).toMatch(/, contre 900 en 1990$/)
    expect(frenchFigures('Le réseau compte 31 chorales, contre douze en 2012.')[0]).toMatch(/, contre 12 en 2012$/)
  })
})
