// Figure labels cut inside a phrase of time or a compound preposition (issue 11, labels16).
// Every sentence here is written for this test, on other subjects than the corpus cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string, previous = '') => figuresIn(sentence, previous).map((figure) => `${figure.value} | ${figure.label}`)
/** The figures of a French sentence, as `value | label`. */
const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('a change measured on `the year before`', () => {
  it('keeps `before`, which closes the phrase of time (`increase on the year`, cut, said nothing)', () => {
    expect(figures('Museums in the network welcomed 48,000 school groups in 2025, an increase of 9% on the year before.')).toEqual(['48,000 | school groups welcomed in 2025', '9% | increase on the year before'])
    expect(figures('Arrivals at the two ports fell to 1.2 million in 2024, a drop of 6 percent on the year before.')).toEqual(['1.2 million | arrivals in 2024', '6% | drop on the year before'])
  })
  it('as it kept `a year earlier`', () => {
    expect(figures('The levy raised €3.1 million, an increase of 11 percent on the year earlier.')).toEqual(['€3.1 million | raised by levy', '11% | increase on the year earlier'])
  })
})

describe('a French count before a compound preposition (`le long de`, `au sein de`)', () => {
  it('ends its phrase before it, not on `le long` cut from its place', () => {
    expect(chiffres("Le plan prévoit l'installation de 240 bornes d'appel supplémentaires le long de l'autoroute du littoral.")).toEqual(["240 | bornes d'appel supplémentaires"])
    expect(chiffres('La région plantera 15 000 arbres le long des berges de la Loire d’ici 2028.')).toEqual(['15,000 | arbres à planter d’ici 2028'])
  })
  it('and a label its amount cut on one drops it (`à hauteur` of `à hauteur de`)', () => {
    expect(chiffres("Le fonds soutiendra la recherche variétale à hauteur de 3 millions d'euros.")).toEqual(['€3 million | recherche variétale'])
  })
})

describe('a count expected or estimated to do something (`are expected to`, `are estimated to be`)', () => {
  it('is labelled by what it does, as a participle, not by the forecast (`that are expected` said nothing)', () => {
    expect(figures('Some 3,200 bridges are expected to need new bearings.')).toEqual(['3,200 | bridges needing new bearings'])
    expect(figures('About 14,000 small shops are expected to take up the card scheme in its first year.')).toEqual(['14,000 | small shops taking up the card scheme'])
    expect(figures('Roughly 6,000 trawlers are thought to use banned nets in the bay.')).toEqual(['6,000 | trawlers using banned nets'])
  })
  it('or by what it is estimated to be', () => {
    expect(figures('About 40,000 children are estimated to be without a birth certificate.')).toEqual(['40,000 | children without a birth certificate'])
  })
})

describe('a sum spent `at a cost of`', () => {
  it('is the cost of what the clause made, as `with a budget of` is its budget', () => {
    expect(figures('The agency launched a literacy programme for adult learners, which will reach 9,000 villages over four years at a cost of $20 million.')).toEqual(['9,000 | villages to be reached by agency', '$20 million | cost of the literacy programme'])
    expect(figures('Ministers endorsed a joint study on river ports, at a cost of €400,000.')).toEqual(['€400,000 | cost of the joint study'])
  })
  // (labels40 changed this on purpose: the subject of a passive of work is what the cost is of, the
  // work kept; it was `cost`, a label that says nothing of what is paid for)
  it('and, where the clause made nothing with `a`, the cost of the work done to its subject', () => {
    expect(figures('The bridges will be repaired at a cost of $30 million.')).toEqual(['$30 million | cost of repairing the bridges'])
  })
})

describe('a French measure of a flow (`la production de cacao a atteint …`, `les exportations de coton`)', () => {
  it('measures what flows, done, and drops an owner that only repeats who met', () => {
    expect(chiffres('La production de cacao des pays membres a atteint 2,4 millions de tonnes en 2025.')).toEqual(['2.4 million | tonnes de cacao produites en 2025'])
    expect(chiffres('Les importations régionales de blé ont atteint 8 millions de tonnes en 2025.')).toEqual(['8 million | tonnes de blé importées en 2025'])
  })
  it('keeps a named owner after `par`, and a flow named by its adjective as it is', () => {
    expect(chiffres('Les exportations de coton du Mali ont atteint 300 000 tonnes en 2024, contre 210 000 en 2020.')).toEqual(['300,000 | tonnes de coton exportées par le Mali en 2024, contre 210 000 en 2020'])
    expect(chiffres('La production laitière a atteint 1,8 million de tonnes en 2024.')).toEqual(['1.8 million | tonnes de production laitière en 2024'])
  })
})

describe('a sum `at a cost of` before a comma and the sentence\'s verb (review37)', () => {
  it('is no holder of the verb after the comma (`cost opened in May`)', () => {
    expect(figures('The new library, completed at a cost of $4 million, opened in May.')).toEqual(['$4 million | cost'])
    // (labels40: the subject of the passive before `at a cost of` is what was paid for; it was `cost`)
    expect(figures('The new library was completed at a cost of $4 million, opened in May.')).toEqual(['$4 million | cost of the new library'])
    expect(figures('The ferry terminal, rebuilt with a grant of €12 million, reopened in June.')).toEqual(['€12 million | grant'])
  })
  it('while a participle after the comma still says what a sum the sentence names is', () => {
    expect(figures('Ministers set up a fund of €8 million, managed by the Bank.')).toEqual(['€8 million | fund managed by the Bank'])
  })
})
