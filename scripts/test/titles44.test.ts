import {describe, expect, it} from 'vitest'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'
import {pointTitle, pricedTitle} from '../structure/choose-title.js'
import {carriedMarkTitle, madeIntoTitle} from '../structure/point-title.js'

// Point titles of family F (titles44): a title names what a decision makes, never when or in which order. Every
// sentence here is written for the test.
const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

describe('a title is never a time nor an ordinal (F1)', () => {
  it('passes over an ordinal that opens the sentence', () => {
    expect(pointTitle('Fourth, every ferry crossing the strait must carry a life raft for each twelve passengers.')).not.toMatch(/^Fourth/)
    expect(pointTitle('Second, the harbour board will open a night desk for pilots.')).not.toMatch(/^Second/)
    expect(pointTitle('Third, the two ports will share one dredger from next spring.')).not.toMatch(/^Third/)
  })

  it('never titles a point by the months or days a thing moves between', () => {
    expect(pointTitle('The spring kite festival will move from April to June, so that it no longer clashes with exams.')).toBe('Spring kite festival')
    expect(pointTitle('That the junior regatta be moved from July to September, so that it falls after the holidays;')).not.toMatch(/July|September/)
    expect(pointTitle('The annual cheese market will move from Saturday to Sunday.')).not.toMatch(/Saturday|Sunday/)
  })

  it('skips an English time that opens the sentence before its subject', () => {
    expect(pointTitle('Every first Saturday of May, a joint plant fair will be held in the castle gardens.')).not.toMatch(/Saturday|May/)
  })

  it('skips a French time that opens the sentence before its subject', () => {
    expect(fr('Le dernier samedi de mai, une bourse commune aux plantes se tiendra dans les jardins du château.')).toBe('Bourse commune aux plantes')
    expect(fr('Chaque premier dimanche du mois, un marché des potiers se tiendra sous la halle.')).toBe('Marché des potiers')
    expect(fr('Dès la prochaine saison, une carte commune des sentiers sera distribuée dans les offices de tourisme.')).toBe('Carte commune des sentiers')
  })
})

describe('a mark a thing must carry is the title (F1)', () => {
  it('titles an English rule by the mark and what carries it', () => {
    expect(carriedMarkTitle('Every jar of honey sold at the weekly markets must bear a batch number.')).toBe('Batch number on every jar')
    expect(carriedMarkTitle('The Board decided that from next season each sack of coffee leaving the mills shall carry a quality seal issued by the inspectors.')).toBe('Quality seal on each sack')
    expect(carriedMarkTitle('All boxes of dried figs sold abroad will display the cooperative logo.')).toBe('Cooperative logo on all boxes')
  })

  it('leaves alone a verb that shows a finding or people who wear something', () => {
    expect(carriedMarkTitle('The survey showed a sharp fall in honey sales.')).toBeUndefined()
    expect(carriedMarkTitle('Ministers agreed that riders under 16 must wear a helmet on every road.')).toBeUndefined()
    expect(carriedMarkTitle('Every guide will carry a first-aid kit on every climb.')).toBeUndefined()
    expect(carriedMarkTitle('Every parcel sold online must show the sender the full price.')).toBeUndefined()
  })

  it('reads the scorer’s title the same way', () => {
    expect(pointTitle('Every jar of honey sold at the weekly markets must bear a batch number.')).toBe('Batch number on every jar')
  })

  it('titles a French rule by the mark', () => {
    expect(fr('Chaque pot de miel vendu sur les marchés portera une étiquette de lot.')).toBe('Étiquette de lot')
    expect(fr('Les caisses de figues expédiées à l\'étranger afficheront désormais le logo de la coopérative.')).toBe('Logo de la coopérative')
    expect(fr('Chaque sac de café devra porter un sceau de qualité.')).toBe('Sceau de qualité')
  })
})

describe('a merger or a status is titled by what it makes (F1)', () => {
  it('takes what English `into` or `as` makes', () => {
    expect(madeIntoTitle('The members voted to merge the four harbour pilot stations into one regional pilot service.')).toBe('Regional pilot service')
    expect(madeIntoTitle('The Board agreed to combine 40 rain gauges into a single flood-warning network that will alert farmers.')).toBe('Flood-warning network')
    expect(madeIntoTitle('register the Lamu chest as a protected craft name that only guild carpenters may use')).toBe('Protected craft name')
  })

  it('leaves a way of seeing and a named fund alone', () => {
    expect(madeIntoTitle('Ministers agreed to recognise the work of carers as labour.')).toBeUndefined()
    expect(madeIntoTitle('The Council decided to fold the two small grant schemes into the Heritage Fund.')).toBeUndefined()
    expect(madeIntoTitle('Ministers approved a plan to turn village schools into evening learning centres.')).toBeUndefined()
  })

  it('takes what French `en un`, `comme une` makes', () => {
    expect(fr('Les adhérents ont décidé de fusionner les quatre caves du canton en une seule cave coopérative.')).toBe('Cave coopérative')
    expect(fr('Le syndicat enregistrera le couteau de Laguiole comme une marque collective.')).toBe('Marque collective')
    expect(fr('La Commission a décidé de regrouper les trois offices de tourisme en un office intercommunal.')).toBe('Office intercommunal')
  })
})

describe('a price or a means keeps what it is for or per (F2)', () => {
  it('keeps the purpose past the amount', () => {
    expect(pricedTitle('Floor price', 'The guild set a floor price of 9 dinars per kilogram for wild thyme, below which no member will sell.')).toBe('Floor price for wild thyme')
    expect(pricedTitle('Loan window', 'The Board opened a loan window of 2 million pesos for young fishers to buy engines.')).toBe('Loan window for young fishers')
    expect(pricedTitle('Grant window', 'The Council approved a grant window of 80,000 rand for village bakeries to buy ovens.')).toBe('Grant window for village bakeries')
  })

  it('keeps the unit a price is asked per, not an amount’s unit', () => {
    expect(pricedTitle('Annual fee', 'That the annual fee per registered boat be held at £40 for next season;')).toBe('Annual fee per registered boat')
    expect(pricedTitle('Annual levy', 'That the annual levy per licensed hive be raised to £3;')).toBe('Annual levy per licensed hive')
    expect(pricedTitle('Minimum price', 'The union set a minimum price of 14 lari per kilogram.')).toBeUndefined()
  })

  it('leaves a title that is no price or means alone, and a means its modifier already says what of', () => {
    expect(pricedTitle('Common rules', 'The members adopted common rules for the export of figs.')).toBeUndefined()
    expect(pricedTitle('Training programme', 'The Board launched a training programme of €2 million for young glass-blowers.')).toBeUndefined()
    expect(pricedTitle('Shared fund', 'The Board created a shared fund of €2 million for village museums.')).toBe('Shared fund for village museums')
  })
})

describe('a French amount named after `c’est` is titled by what it is, per its unit (F1)', () => {
  it('reads `X la pièce, c’est le prix …` and its variants', () => {
    expect(fr('Deux euros le pot, c\'est le prix plancher en dessous duquel les apiculteurs ne vendront plus aux grossistes.')).toBe('Prix plancher du pot')
    expect(fr('Trois euros la douzaine : c\'est le prix minimum que les producteurs demanderont aux magasins.')).toBe('Prix minimum de la douzaine')
    expect(fr('Cinquante centimes le litre, voilà la prime que la laiterie versera pour le lait de montagne.')).toBe('Prime du litre')
  })
})

describe('a French count taken out of a phrase leaves its participle and its elision right (F2)', () => {
  it('drops the participle cut from its complement and elides `de` before a vowel', () => {
    expect(fr('Les adhérents ont décidé de créer un réseau de 20 ateliers répartis dans les trois vallées.')).toBe('Réseau d’ateliers')
    expect(fr('Le comité a décidé d\'ouvrir un réseau de 8 refuges réunis sous une même marque.')).toBe('Réseau de refuges')
    expect(fr('Il a décidé de créer un réseau de 40 points de collecte choisis par les communes.')).toBe('Réseau de points de collecte')
  })
})
