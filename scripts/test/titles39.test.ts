import {describe, expect, it} from 'vitest'
import {patternTitle} from '../structure/pattern-title.js'
import {gerundOf} from '../structure/point-title.js'
import {readingFor} from '../structure/language.js'
import {lenderTitle} from '../structure/standard-titles.js'

// Point titles a staffer would not rewrite (issue 11, branch titles39): sentences of my own, not the corpus's.

describe('French: the support of a named body is titled with the name, not by the name alone', () => {
  const fr = (sentence: string) => patternTitle(sentence, readingFor('fr').titles!)

  it('`a salué l’appui de …`, `le soutien de …`, `la contribution du …`', () => {
    expect(fr("Le Conseil a salué l'appui de l'Agence japonaise de coopération, d'un montant de 3 millions d'euros, pour les forages.")).toBe("Appui de l'Agence japonaise de coopération")
    expect(fr('Les ministres ont salué le soutien de la Banque mondiale pour la réforme des cadastres.')).toBe('Soutien de la Banque mondiale')
    expect(fr('Les ministres se sont félicités de la contribution du Fonds vert pour le climat au programme de reboisement.')).toBe('Contribution du Fonds vert pour le climat')
  })

  it('never support given by someone unnamed, nor a name too long for a title', () => {
    expect(fr('Les ministres ont salué le soutien des partenaires techniques aux écoles rurales.')).not.toMatch(/^Soutien/)
    expect(fr("Le Conseil a salué l'appui de l'Organisation régionale de surveillance des pêches du golfe de Guinée et des côtes voisines.")).not.toMatch(/^Appui/)
  })
})

describe('English: a verb whose last syllable is stressed doubles its consonant in its gerund', () => {
  it('`equip` → `equipping`, `admit` → `admitting`, British `label` → `labelling`', () => {
    expect(gerundOf('equip')).toBe('equipping')
    expect(gerundOf('admit')).toBe('admitting')
    expect(gerundOf('transfer')).toBe('transferring')
    expect(gerundOf('label')).toBe('labelling')
    expect(gerundOf('control')).toBe('controlling')
  })

  it('never when the stress is earlier or two vowels stand before the consonant', () => {
    expect(gerundOf('open')).toBe('opening')
    expect(gerundOf('develop')).toBe('developing')
    expect(gerundOf('appeal')).toBe('appealing')
    expect(gerundOf('offer')).toBe('offering')
    expect(gerundOf('plan')).toBe('planning')
  })
})

describe('French: a named body’s commitment is titled with the name, not the name and its infinitive', () => {
  const fr = (sentence: string) => patternTitle(sentence, readingFor('fr').titles!)

  it('`saluent l’engagement de la Banque … de mobiliser …`', () => {
    expect(fr("Les ministres saluent l'engagement de la Banque ouest-africaine de développement de financer 40 forages pastoraux.")).toBe('Engagement de la Banque ouest-africaine de développement')
  })
})

describe('English: a named lender’s gift said by its noun is titled by the lender and the gift', () => {
  it('`welcomed the pledge of the … Fund`, `the offer of the … Bank to lend`', () => {
    expect(lenderTitle('Ministers welcomed the pledge of the Caribbean Heritage Fund of US$4 million for museum roofs.')).toBe('Caribbean Heritage Fund pledge')
    expect(lenderTitle('The Council welcomed the offer of the Andean Water Bank of US$70 million for pumping stations.')).toBe('Andean Water Bank offer')
  })

  it('never a giver that is no lender, a name that goes on past the verb’s reach, nor one cut by a list', () => {
    expect(lenderTitle('Ministers welcomed the offer of the Government of Samoa to host the next meeting.')).toBeUndefined()
    expect(lenderTitle('Ministers welcomed the offer of the Northern and Southern Rail Investment Bank to lend US$5 million.')).toBeUndefined()
  })
})

describe('English: a lender’s offer names what it offers when the text does', () => {
  it('`to provide a … credit line` → credit line; `to lend` stays an offer', () => {
    expect(lenderTitle('Ministers welcomed the offer of the Andean Water Bank to lend US$70 million for pumping stations.')).toBe('Andean Water Bank offer')
    expect(lenderTitle('Ministers welcomed the offer of the Sahel Farming Bank to provide a US$12 million credit line to seed cooperatives.')).toBe('Sahel Farming Bank credit line')
  })

  it('never a gift shared with another giver (`the offer of the … Agency and national agencies`)', () => {
    expect(lenderTitle('On soil data, Ministers welcomed the offer of the Polar Mapping Agency and national survey agencies to share maps.')).toBeUndefined()
  })
})

describe('English: a lender named in a list of givers is no lender’s gift', () => {
  it('`the pledge by the … Bank and the … Fund` gives no lender title, whole or cut inside a word', () => {
    expect(lenderTitle('Ministers welcomed the pledge by the Baltic Rail Investment Bank and the Nordic Freight Fund of €40 million.')).toBeUndefined()
  })
})
