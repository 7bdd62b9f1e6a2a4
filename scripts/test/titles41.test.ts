import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {nounPhrase, objectOf, type Word} from '../structure/point-title.js'
import {titleCandidates} from '../structure/title-candidates.js'
import {isBrokenTitle, mendedTitle} from '../structure/broken-title.js'
import {titleFault} from '../structure/title-fault.js'
import {readingFor} from '../structure/language.js'

/** Words tagged by hand as the tagger may read them (`alerts/VERB`), so that a rule is tested whatever the model says of a sentence. */
const tagged = (text: string): Word[] => text.split(' ').map((item) => {
  const [word, pos, lemma] = item.split('/')
  return {text: word, pos, lower: word.toLowerCase(), lemma: lemma ?? word.toLowerCase()}
})

// Point titles that would show broken on a slide (titles41): a place taken as a verb's object, a currency code
// left at a title's end, a plural head the tagger reads as a verb, a participle cut from its complement, an
// amount's words or a one-word subject as the title. Every sentence here is written for the test.
const second = async (sentence: string, french = false) => {
  const text = french
    ? `Les délégués du Réseau des musées ruraux se sont réunis à Tulle le 3 mars 2026.\n\n1. Les délégués ont décidé de créer un registre commun des collections.\n2. ${sentence}\n`
    : `Delegates of the Rural Museums Network met in Tulle on 3 March 2026.\n\n1. Delegates agreed to build a shared collections register.\n2. ${sentence}\n`
  return (await structureText(text)).result!.readout.pillars[1]?.title
}

describe('an English point title', () => {
  it('never takes a name after the verb’s preposition for its object (`to be sited in Lomé` is no “Siting Lomé”)', () => {
    const words = tagged('The/DET customs/NOUN unit/NOUN ,/PUNCT to/PART be/AUX sited/VERB/site in/ADP Lomé/PROPN ,/PUNCT will/AUX train/VERB officers/NOUN ./PUNCT')
    expect(objectOf(words, 6)).toBeUndefined()
  })

  it('never ends on a currency code cut from its amount', () => {
    const words = tagged('a/DET drought/NOUN relief/NOUN fund/NOUN of/ADP USD/PROPN 12/NUM million/NUM ./PUNCT')
    expect(nounPhrase(words, 0, words.length)?.words).toEqual(['drought', 'relief', 'fund'])
    expect(titleCandidates('Ministers agreed to create a drought relief fund of USD 12 million.').map((candidate) => candidate.text).filter((text) => /\s(?:of\s)?USD$/.test(text))).toEqual([])
  })

  it('keeps a plural head the tagger read as a verb, after a verb that takes no clause', () => {
    const words = tagged('will/AUX publish/VERB real-time/NOUN/real congestion/NOUN alerts/VERB/alert online/ADJ ./PUNCT')
    expect(nounPhrase(words, 2, words.length)?.words).toEqual(['real-time', 'congestion', 'alerts'])
    // (`ensure the system works`: after a verb that takes a clause, the word is its verb)
    const clause = tagged('will/AUX ensure/VERB the/DET booking/NOUN system/NOUN works/VERB/work ./PUNCT')
    expect(nounPhrase(clause, 2, clause.length)?.words).toEqual(['booking', 'system'])
  })

  it('keeps a participle in -ing with its complement, never cut from it', async () => {
    const words = tagged('the/DET inspection/NOUN of/ADP lorries/NOUN/lorry travelling/NOUN/travel across/ADP borders/NOUN/border ,/PUNCT with/ADP one/NUM form/NOUN')
    expect(nounPhrase(words, 0, words.length)?.words).toEqual(['inspection', 'of', 'lorries', 'travelling', 'across', 'borders'])
    // (not before a measure: `fishing within 12 miles`)
    const measure = tagged('a/DET ban/NOUN on/ADP boats/NOUN/boat fishing/NOUN/fish within/ADP 12/NUM miles/NOUN/mile')
    expect(nounPhrase(measure, 0, measure.length)?.words).toEqual(['ban', 'on', 'boats', 'fishing'])
    expect(await second('Ministers will standardise the inspection of lorries travelling across borders, with one form for all members.')).toBe('Lorries travelling across borders')
  })
})

describe('a French point title', () => {
  it('names what an amount is spent on, past the year (`80 000 euros en 2027 à la restauration …`)', async () => {
    expect(await second('Le comité décide de consacrer 80 000 euros en 2027 à la restauration des lavoirs communaux.', true)).toBe('Restauration des lavoirs communaux')
  })

  it('keeps who receives an aid after `à chaque`', async () => {
    expect(await second('Le comité décide d’accorder une prime de 1 500 euros à chaque musée rural qui ouvre le dimanche.', true)).toBe('Prime à chaque musée rural')
  })

  it('names what a subject of one word does, not the subject', async () => {
    expect(await second('La Fédération ouvrira un atelier commun de reliure à Tours.', true)).toBe('Atelier commun de reliure à Tours')
    expect(await second('Les communes lanceront un inventaire des arbres remarquables avant la fin de l’année.', true)).toBe('Inventaire des arbres remarquables')
  })
})

describe('a made title that ends on a currency or a unit cut from its amount', () => {
  const en = readingFor('en')
  const fr = readingFor('fr')
  it('is broken, counted an open end, and mended by leaving them out', () => {
    for (const title of ['Relief fund of EUR', 'Loan guarantee of USD', 'Fishing ban within km']) {
      expect(isBrokenTitle(title, en), title).toBe(true)
      expect(titleFault(title, en), title).toBe('open end')
    }
    expect(mendedTitle('Relief fund of EUR', en)).toBe('Relief fund')
    expect(mendedTitle('Fonds de secours de euros', fr)).toBe('Fonds de secours')
    expect(isBrokenTitle('Euros', fr)).toBe(true)
    expect(isBrokenTitle('Prime de FCFA', fr)).toBe(true)
  })

  it('is not a title that names a currency or a unit as its subject', () => {
    expect(isBrokenTitle('Euro area payments', en)).toBe(false)
    expect(isBrokenTitle('Zone euro', fr)).toBe(false)
  })
})
