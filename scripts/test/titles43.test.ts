import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'
import {pointTitle} from '../structure/choose-title.js'

// Point titles of family F (titles43). Every sentence here is written for the test.
const titles = async (text: string) => (await structureText(text)).result!.readout.pillars.map((pillar) => pillar.title)

describe('a plan’s numbered heading is read without its number, whatever glyph sets the number off', () => {
  it('drops `Priorité n° 1 ·`, `Axe nº 2 •`, `Mesure 3 ›` before a French heading', async () => {
    const text = `Conseil des refuges de montagne des Pyrénées
Réunion du 3 mars 2026 à Luchon

Priorité n° 1 · Eau potable dans les refuges
Le Conseil financera des filtres à charbon dans les douze refuges gardés du massif.

Axe nº 2 • Accès par les sentiers
Le balisage des sentiers d'accès sera refait avant l'été par les gardiens et les bénévoles.

Mesure 3 › Le tri des déchets
Chaque refuge installera des bacs de tri et redescendra ses déchets en fin de saison.
`
    expect(await titles(text)).toEqual(['Eau potable dans les refuges', 'Accès par les sentiers', 'Le tri des déchets'])
  })

  it('drops `Priority no. 1 ·`, `Priority #2 →`, `Pillar 3 »` before an English heading', async () => {
    const text = `Harbour Pilots' Forum
Meeting in Cork, 3 March 2026

Priority no. 1 · Night pilotage
The Forum agreed that two pilots will board every tanker that enters the harbour after dark.

Priority #2 → Training boats
Members will share three training boats between the ports of Cork, Waterford and Rosslare.

Pillar 3 » Radio channels
Pilots will move to a single radio channel for the whole estuary from next spring.
`
    expect(await titles(text)).toEqual(['Night pilotage', 'Training boats', 'Radio channels'])
  })
})

describe('a complement the French verb puts before its object is not the title', () => {
  const title = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

  it('passes an amount counted by a unit, a date, a season or who receives it', () => {
    expect(title('Le syndicat a porté à 40 euros la tonne la prime versée aux éleveurs de brebis.')).toBe('Prime versée aux éleveurs de brebis')
    expect(title('Le conseil a décidé de reporter à l’automne 2027 la révision du plan de circulation.')).toBe('Révision du plan de circulation')
    expect(title('La fédération lancera au printemps une campagne de recrutement d’arbitres.')).toBe('Campagne de recrutement d’arbitres')
    expect(title('Les élus ont confié aux communes la gestion des haltes-garderies.')).toBe('Gestion des haltes-garderies')
    expect(title('Les ludothèques ouvriront dès la rentrée un créneau réservé aux adolescents.')).toBe('Créneau réservé aux adolescents')
  })

  it('keeps a complement’s own article, an infinitive’s object, a date and a superlative', () => {
    expect(title('Le comité a décidé de contribuer à la construction de la digue.')).toBe('Construction de la digue')
    expect(title('Une enveloppe de 2 millions d’euros est ouverte pour financer l’achat de barques.')).toBe('Enveloppe pour l’achat de barques')
    expect(title('Le comité a fixé le prix le plus bas du marché.')).toMatch(/^Prix le plus bas/)
  })
})

describe('a two-word title whose head names what it is only by its complement keeps that complement', () => {
  it('keeps what a report, a timetable, a panel, an agreement or a campaign is about', () => {
    expect(pointTitle('Members agreed to publish a yearly report on ferry delays across the islands.')).toBe('Yearly report on ferry delays')
    expect(pointTitle('The Board adopted a joint timetable for winter ferries.')).toBe('Joint timetable for winter ferries')
    expect(pointTitle('Ministers set up a technical panel on avalanche risk.')).toBe('Technical panel on avalanche risk')
    expect(pointTitle('Members endorsed a model agreement on grazing rights.')).toBe('Model agreement on grazing rights')
    expect(pointTitle('The Forum launched a public campaign on drowning risks.')).toBe('Public campaign on drowning risks')
  })

  it('leaves out a place or a name, and who it is for', () => {
    expect(pointTitle('The Council will open a training centre in Tromsø.')).toBe('Training centre')
    expect(pointTitle('The Council approved a common quality seal for exporters.')).toBe('Quality seal')
  })
})

describe('two parties joined by `et` that act are who acts, as `Les ministres` are (French)', () => {
  const title = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

  it('titles what they do, in the present, the future and the past', () => {
    expect(title('La commune et l’office du tourisme lancent une navette estivale vers les plages.')).toBe('Navette estivale')
    expect(title('Les communes et le département financeront une passerelle sur la Loire.')).toBe('Passerelle sur la Loire')
    expect(title('Le lycée et la mairie ont signé une convention de stage.')).toBe('Convention de stage')
    // (… past an adverb set off by a comma: `ensemble, sur cinq ans,`)
    expect(title('Les ministres financeront ensemble, sur cinq ans, un programme de bourses.')).toBe('Programme de bourses')
  })

  it('keeps the pair when the verb is passive or what they do says less than who', () => {
    expect(title('La chasse et la pêche sont interdites dans la réserve.')).toBe('Chasse et pêche')
    expect(title('Les tarifs et les horaires resteront inchangés.')).toBe('Tarifs et horaires')
  })
})
