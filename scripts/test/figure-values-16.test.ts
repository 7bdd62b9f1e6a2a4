import {describe, expect, it} from 'vitest'
import {addFigure, figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The values of one sentence's figures. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
/** The French figures of one sentence, as `value label`. */
const french = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} ${figure.label}`)

describe('a count of people the tagger runs into the verb (`people work/NOUN`)', () => {
  it('counts the irregular plural, not the verb read as a noun', () => {
    expect(values('Some 12,000 people work in the fishing sector of the lagoon.')).toEqual(['12,000'])
    expect(figuresIn('Around 4,000 children work in the quarries of the district.')[0]?.label).toMatch(/^children/)
  })
})

describe('a ratio of two numbers (`nine in ten`)', () => {
  it('counts nothing, whatever its first number', () => {
    expect(values('Seven in ten farm workers in the valley are women.')).toEqual([])
    expect(values('Roughly 3 in 4 new infections start in poultry.')).toEqual([])
    expect(values('About 40 percent of rivers in the basin, and two in five lakes, fail the standard.')).toEqual(['40%'])
  })
  it('leaves a count after it that is no ratio', () => {
    expect(values('Four in five households in 12 districts lack piped water.')).toEqual(['12'])
  })
})

describe('an age (`aged 10 to 19`)', () => {
  it('is no count of the noun after it', () => {
    expect(values('One in six adolescents aged 12 to 18 lives with anxiety.')).toEqual([])
    expect(values('Girls aged 11 to 14 will be offered the vaccine in 30 districts.')).toEqual(['30'])
  })
})

describe('a bound in a phrase that narrows what `every` names, over its adjectives', () => {
  it('is a threshold, not a fact', () => {
    expect(values('The fund will pay for a clinic in every rural district with more than 50,000 people.')).toEqual([])
    expect(values('Alerts will reach each low-lying island of more than 500 inhabitants by 2029.')).toEqual([])
  })
  it('leaves a single thing sized so', () => {
    expect(values('The region now runs a network of more than 300 laboratories.')).toEqual(['300'])
  })
})

describe('a small count picked out by a superlative after `for`', () => {
  it('says whom an amount is for, and is no figure of its own', () => {
    expect(values('The Bank will lend US$30 million for the four poorest river provinces.')).toEqual(['US$30 million'])
  })
  it('stays a figure where the superlative picks a set an action is done to', () => {
    expect(values('The fund will help the nine smallest councils hire engineers.')).toEqual(['9'])
  })
})

describe('an amount a form of `be` says what it is (`of which €20 million is new money`)', () => {
  it('is a figure, labelled by the noun phrase after the verb', () => {
    const figures = figuresIn('Partners promised €90 million, of which €20 million is fresh money.')
    expect(figures.map((figure) => figure.value)).toEqual(['€90 million', '€20 million'])
    expect(figures[1].label).toBe('fresh money')
    expect(figuresIn('Of that sum, US$3 million was a grant from Korea.').map((figure) => `${figure.value} ${figure.label}`)).toEqual(['US$3 million grant from Korea'])
  })
})

describe('a count of some of what its owner holds (`31 of our countries`)', () => {
  it('counts the noun after the possessive, as after `the`', () => {
    expect(figuresIn('A national registry now exists in 27 of our countries.').map((figure) => `${figure.value} ${figure.label}`)).toEqual(['27 countries'])
    expect(values('The Authority will dredge 12 of its ports by 2030.')).toEqual(['12'])
  })
})

describe('a bare count that is the subject of a clause joined by `and` (`…, and 9 reached …`)', () => {
  it('counts the noun counted before it', () => {
    expect(figuresIn('Some 40 fishing boats were inspected, and 6 broke the rules.').map((figure) => `${figure.value} ${figure.label}`)).toEqual(['40 fishing boats inspected', '6 fishing boats that broke the rules'])
    expect(values('About 300 wells were drilled, but 45 have already run dry.')).toEqual(['300', '45'])
  })
})

describe('the value a verb brings `that number` to, in the sentence that counted it', () => {
  it('is a figure of the same things', () => {
    expect(figuresIn('Some 120 rural clinics run on solar power, and the plan is to raise that number to 300 by 2030.').map((figure) => `${figure.value} ${figure.label}`)).toEqual(['120 rural clinics running on solar power', '300 rural clinics running on solar power by 2030'])
  })
})

describe('a French amount after its verb and an aside (`mobiliser, avec nos partenaires, 1,2 milliard`)', () => {
  it('is labelled by the verb, and the dash of a bullet is no subject', () => {
    expect(french('– consacrer, avec la Banque régionale, 300 millions d\'euros aux pistes rurales.')).toEqual(['€300 million consacrés aux pistes rurales'])
    expect(french('– lever, avec nos partenaires, 2 milliards d\'euros sur dix ans.')).toEqual(['€2 billion levés'])
  })
  it('labels a part of it that an adverb puts before its participle (`dont 15 millions déjà annoncés par …`)', () => {
    expect(french('Le plan coûtera 80 millions d\'euros, dont 20 millions déjà versés par la Banque mondiale.')[1]).toBe('€20 million versés par la Banque mondiale')
  })
})

describe('a French bound on the amount of the things a rule covers (`d\'un montant inférieur à`)', () => {
  it('is a threshold, not a figure', () => {
    expect(french('Les ministres ont décidé d\'exonérer de taxe les envois d\'un montant inférieur à 20 000 francs CFA.')).toEqual([])
  })
  it('leaves an amount that is a fact', () => {
    expect(french('Le budget de la Commission est de 2 millions d\'euros.')).toEqual(['€2 million budget de la Commission'])
  })
})

describe('a French count of members and a count of countries of the same number', () => {
  it('are one fact (the lede counts the countries, the notes the members)', () => {
    const figures: Array<{value: string; label: string; sentence: string}> = []
    addFigure(figures, {value: '9', label: 'pays exportateurs de cacao', sentence: 'Les ministres de neuf pays exportateurs de cacao se sont réunis.'})
    addFigure(figures, {value: '9', label: 'membres', sentence: 'L\'Alliance compte neuf membres.'})
    expect(figures.map((figure) => figure.label)).toEqual(['pays exportateurs de cacao'])
  })
  it('stay two when the countries are some that did something', () => {
    const figures: Array<{value: string; label: string; sentence: string}> = []
    addFigure(figures, {value: '9', label: 'membres', sentence: 'L\'Alliance compte neuf membres.'})
    addFigure(figures, {value: '9', label: 'pays ayant adopté un plan national', sentence: 'Neuf pays ont adopté un plan national.'})
    expect(figures).toHaveLength(2)
  })
})

describe('a line of a list of pledges, `Giver: amount, …`', () => {
  it('labels an amount that says nothing else by its giver', () => {
    expect(figuresIn('Norway: NOK 90 million, most of it for coastal surveys').map((figure) => `${figure.value} ${figure.label}`)).toEqual(['NOK 90 million from Norway'])
  })
  it('finds the giver in lines run on without a stop', () => {
    expect(figuresIn('Pledges were made: Japan: ¥2 billion for tide gauges New Zealand: NZ$8 million, half of it for training').map((figure) => figure.value)).toEqual(['¥2 billion', 'NZ$8 million'])
  })
})

describe('a count of part of what a common noun owns (`140 of the region\'s bird species`)', () => {
  it('counts the noun after the possessive', () => {
    expect(figuresIn('Storms damaged 30 of the district\'s health posts last year.').map((figure) => figure.value)).toEqual(['30'])
  })
})

describe('a plural with an adjective after it before a verb the tagger reads as a noun (`countries present count/NOUN`)', () => {
  it('counts the plural', () => {
    expect(values('Only 9 of the 27 states present count their nationals abroad.')).toEqual(['9', '27'])
  })
})

describe('the rest of a sum after its verb (`committed the remaining US$800m`)', () => {
  it('is a figure labelled by the verb', () => {
    expect(figuresIn('Members will pay US$30 million and donors have committed the remaining US$80m.').map((figure) => `${figure.value} ${figure.label}`)).toEqual(['US$30 million from members', 'US$80 million committed by donors'])
  })
})

describe('the part of a ratio whose base stands alone after `in` (`three homes in four`)', () => {
  it('counts nothing', () => {
    expect(values('Heating is cheap, and four households in five were connected before 1995.')).toEqual([])
  })
  it('leaves two counts of different things', () => {
    expect(values('Six clinics in ten villages will open next year.')).toEqual(['6', '10'])
  })
})

describe('a name in a label (`contributed by the African Development Bank`)', () => {
  it('keeps its capital and its article, though the tagger reads its first word as an adjective', () => {
    const label = (sentence: string) => figuresIn(sentence).find((figure) => figure.value === 'US$90 million')?.label
    expect(label('The Chair welcomed a vaccine fund of US$300 million, to which the Islamic Development Bank contributed US$90 million, and the wish of ministers that half of it go to village vaccinators.')).toBe('contributed by the Islamic Development Bank')
    expect(label('The Chair noted the launch of a One Health window of US$300 million, to which the African Development Bank contributed US$90 million, and the wish of ministers that half of it go to herders.')).toBe('contributed by the African Development Bank')
  })
})

