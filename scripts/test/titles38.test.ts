import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {patternTitle} from '../structure/pattern-title.js'
import {readingFor} from '../structure/language.js'

// Point titles a staffer would not rewrite (issue 11, branch titles38): sentences of my own, not the corpus's.

describe('French: an item that names the making of a thing is titled by the thing', () => {
  const fr = (sentence: string) => patternTitle(sentence, readingFor('fr').titles!)

  it('a verbless item opening on `la création d’un`, `le lancement d’un`', () => {
    expect(fr("la création d'un observatoire régional des marées, rattaché à l'université de Brest")).toBe('Observatoire régional des marées')
    expect(fr("le lancement d'un fonds de garantie de 8 millions d'euros pour les coopératives laitières")).toBe('Fonds de garantie pour les coopératives laitières')
  })

  it('the opening or building of a counted or new thing', () => {
    expect(fr("l'ouverture de trois maisons des langues dans les chefs-lieux de province")).toBe('Maisons des langues')
    expect(fr("la construction d'un quai flottant à Mopti, livré avant la crue de 2028")).toBe('Quai flottant à Mopti')
  })

  it('never the building or the opening of a thing already named, which is the action itself', () => {
    expect(fr("l'ouverture des marchés publics aux entreprises des pays voisins")).toBe('Ouverture des marchés publics')
  })
})

describe('French: a participle set off by a comma after a noun asks no one', () => {
  const fr = (sentence: string) => patternTitle(sentence, readingFor('fr').titles!)

  it('titles the noun, not what the participle says it will do', () => {
    expect(fr("la création d'un centre régional de semences, chargé de conserver les variétés locales et de les distribuer aux paysans")).toBe('Centre régional de semences')
  })

  it('still reads a request whose verb has its auxiliary before the comma', () => {
    expect(fr('Les ministres ont, en outre, chargé le secrétariat de préparer un guide des achats publics.')).toBe('Guide des achats publics')
  })
})

describe('French: by how much a change is made is not part of its title', () => {
  const fr = (sentence: string) => patternTitle(sentence, readingFor('fr').titles!)

  it('drops the measure between the change and what it changes', () => {
    expect(fr('la réduction de moitié des frais de port sur les colis postaux')).toBe('Réduction des frais de port')
    expect(fr('une baisse de 15 % des tarifs de raccordement au réseau')).toBe('Baisse des tarifs de raccordement au réseau')
  })
})

describe('English: a list beside the subject and object names who, where or with what, not what was decided', () => {
  it('gives way to a sound candidate that is not the list', () => {
    expect(pointTitle('The Netherlands and Belgium will share radar images of the North Sea coast through a single portal.')).toBe('Radar images of the North Sea coast')
    expect(pointTitle('The Czech Republic and Slovakia will run a joint register of river barges from next year.')).toBe('Joint register of river barges')
  })

  it('keeps a list that is what the verb acts on', () => {
    expect(pointTitle('Ministers agreed to protect hedgerows and field margins on public land.')).toBe('Hedgerows and field margins')
  })
})
