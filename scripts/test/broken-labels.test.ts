// No broken label reaches the outputs (issue 11): participles spelt as English writes them, no French
// label ending on a relative pronoun, and the check `npm run eval -- --broken-labels` counts with.
// Every sentence is written for this test.
import {describe, expect, it} from 'vitest'
import {brokenLabel} from '../reader/broken-labels.js'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {pastParticiple, regularParticipleMisspelt} from '../structure/verb-forms.js'

const read = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('past participles', () => {
  it('spells irregular verbs and verbs that double their last consonant as English does', () => {
    expect(['go', 'rid', 'win', 'equip', 'admit', 'plan', 'carry', 'train', 'build'].map(pastParticiple)).toEqual(['gone', 'rid', 'won', 'equipped', 'admitted', 'planned', 'carried', 'trained', 'built'])
  })

  it('knows a regular form English does not write', () => {
    expect(['goed', 'ridded', 'equiped', 'winned'].map(regularParticipleMisspelt)).toEqual([true, true, true, true])
    expect(['trained', 'equipped', 'planned', 'needed'].map(regularParticipleMisspelt)).toEqual([false, false, false, false])
  })

  it('gives a figure of a plan a participle that reads', () => {
    expect(read('The agency will equip 300 rural clinics with solar panels.')).toEqual(['300 | rural clinics to be equipped with solar panels'])
  })
})

describe('French labels', () => {
  it('never end on a relative pronoun', () => {
    expect(lire('Les tempêtes de 2023, qui ont frappé plus de 2 millions de personnes dans la région, ont coupé des routes.')).toEqual(['2 million | personnes frappées'])
  })
})

describe('French purpose clauses', () => {
  it('give a figure reached `pour atteindre` the sentence’s subject, not `pour`', () => {
    expect(lire('Les demandes de visa traitées en ligne ont doublé en trois ans, pour atteindre 48 000 en 2025.').map((figure) => figure.split(' | ')[1])).toEqual(['demandes de visa traitées'])
  })
})

describe('what counts as a broken label', () => {
  it('names each kind of break', () => {
    expect(brokenLabel('households to be goed', '2,000')).toBe('wrong participle')
    expect(brokenLabel('prisoners that held', '300')).toBe('relative clause without its subject')
    expect(brokenLabel('households than ten kilometres', '40%')).toBe('than without a comparative')
    expect(brokenLabel('schools in the', '12')).toBe('ends on a function word')
    expect(brokenLabel('of new schools', '12')).toBe('opens on of/de')
    expect(brokenLabel('new new schools', '12')).toBe('word twice')
    expect(brokenLabel('pour', '12', 'fr')).toBe('function word alone')
    expect(brokenLabel('personnes touchées par qui', '12', 'fr')).toBe('ends on a function word')
  })

  it('leaves sound labels alone', () => {
    expect(brokenLabel('of households more than ten kilometres from a clinic', '40%')).toBeUndefined()
    expect(brokenLabel('nurses who are women, up from 20% in 2019', '35%')).toBeUndefined()
    expect(brokenLabel('agents formés par an', '4,000', 'fr')).toBeUndefined()
    expect(brokenLabel('de la récolte, contre 35 % aujourd’hui', '50%', 'fr')).toBeUndefined()
    expect(brokenLabel('increase on the year before', '14%')).toBeUndefined()
  })
})
