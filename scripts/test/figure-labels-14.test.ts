// Figure labels that run on past what an editor writes (issue 11, labels14). Every sentence here is
// written for this test, on other subjects than the corpus cases, so that a rule fitted to one
// wording would fail.
import {describe, expect, it} from 'vitest'
import {addFigure, figuresIn} from '../structure/extract-figures.js'
import type {KeyFigure} from '../structure/readout.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {FRENCH} from '../structure/french.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** The figures of a French sentence, as `value | label`. */
const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('members that met (`the twelve member states of the Lagoon Council met in Tunis`)', () => {
  it('are labelled by their noun alone, not `taking part`', () => {
    expect(figures('Fisheries ministers of the twelve member states of the Lagoon Council met in Tunis on 4 May.')).toEqual(['12 | member states'])
    expect(figures('Transport officials from the fourteen members of the Harbour Pilots Network met in Gdansk.')).toEqual(['14 | members'])
    expect(figures('Eleven member countries met in Lima to review the plan.')).toEqual(['11 | member countries'])
  })
  it('but keep what a verb of taking part says, and others that met keep `taking part`', () => {
    expect(figures('Eleven member states took part in the session.')).toEqual(['11 | member states taking part'])
    expect(figures('Ministers from nine countries met in Quito to review the plan.')).toEqual(['9 | countries taking part'])
  })
})

describe('the members of a body named in more than one word (`member states of the Lagoon Fisheries Council`)', () => {
  it('are labelled by the members alone', () => {
    expect(figures('Ministers thanked the nine member countries of the Coastal Fisheries Council for their support.')).toEqual(['9 | member countries'])
    expect(figures('The plan was drafted with the fifteen member states of the Union for the Blue Economy.')).toEqual(['15 | member states'])
  })
  it('but a one-word name stays', () => {
    expect(figures('The plan was drafted with the fifteen member states of the Network.')).toEqual(['15 | member states of the Network'])
  })
  it('in French too (`États membres de l\'Union douanière des lacs`)', () => {
    expect(chiffres('Les ministres des sept États membres de l\'Union douanière des lacs ont adopté le plan.')).toEqual(['7 | États membres'])
    expect(chiffres('Les maires de quarante villes membres du Réseau des villes cyclables se sont engagés à agir.')).toEqual(['40 | villes membres'])
    expect(chiffres('Les ministres des sept États membres de la Commission ont adopté le plan.')).toEqual(['7 | États membres de la Commission'])
  })
})

describe('a French count of members labelled by its members alone', () => {
  it('is still the same fact as the countries a headline names', () => {
    const found: KeyFigure[] = []
    addFigure(found, {value: '8', label: "pays d'Asie centrale", sentence: ''})
    addFigure(found, {value: '8', label: 'pays membres', sentence: ''})
    expect(found.map((figure) => figure.label)).toEqual(["pays d'Asie centrale"])
  })
})

describe('a label never starts inside a hyphenated word (`scale miners` of `small-scale miners`)', () => {
  it('starts on the whole word', () => {
    expect(figures('Ministers agreed to register the boats of coastal and small-scale fishers, who number about 45,000.')).toEqual(['45,000 | small-scale fishers'])
    expect(figures('A Rhine-Alpine Freight Fund of €90 million will pay for new sidings.')[0]).toMatch(/^€90 million \| Rhine-Alpine Freight Fund/)
  })
})

describe('a French count a verb acts on, with what they are trained in or linked to after the noun', () => {
  it('leaves that second complement to the verb', () => {
    expect(chiffres('Le Réseau formera 700 maîtres-nageurs des piscines municipales à la surveillance des plages d\'ici 2028.')).toEqual(["700 | maîtres-nageurs des piscines municipales à former d'ici 2028"])
    expect(chiffres('Les ministres ont décidé de raccorder 3 500 écoles rurales au réseau électrique d\'ici 2029.')).toEqual(["3,500 | écoles rurales à raccorder d'ici 2029"])
  })
  it('but an adjective keeps its own complement', () => {
    expect(chiffres('Le programme distribuera 9 000 plants résistants à la sécheresse d\'ici 2027.')).toEqual(["9,000 | plants résistants à la sécheresse à distribuer d'ici 2027"])
  })
})

describe('a French count of people to be trained, after `la formation de` or `former`', () => {
  it('leaves what they learn to the training', () => {
    expect(chiffres('Le fonds paiera la formation de 1 500 pompiers volontaires aux feux de forêt.')).toEqual(['1,500 | pompiers volontaires'])
    expect(chiffres('former 2 400 inspecteurs du travail aux règles de sécurité sur les chantiers ;')).toEqual(['2,400 | inspecteurs du travail'])
  })
})
