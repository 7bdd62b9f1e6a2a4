import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'
import {CONTEXT_HEADINGS} from '../structure/english.js'
import {FRENCH_CONTEXT_HEADINGS} from '../structure/french.js'

// Records, reports and resolutions (records51): the causes of rounds 47 and 48, each in other words than the corpus's.
// Every text here was written for these tests.

describe('a numbered report whose parts are headed by a bare number', () => {
  it('reads `1 Introduction` and `2 What we heard` as headings of context over their decimal paragraphs (English)', async () => {
    const readout = await readoutOf(`Coastal Rowing League
Report of the Spring Council, Oban, 14 March 2026

1 Introduction

1.1 The Council of the Coastal Rowing League met in Oban on 14 March 2026 to plan the racing season.

1.2 Welcoming members, the President said that the winter storms had cost three clubs their boathouses.

2 What we heard

2.1 Members noted that 41 clubs had raced last season, up from 33 the year before.

2.2 The safety officer reported that two boats had capsized at the Crinan regatta and that no one was hurt.

3 Decisions

3.1 The Council agreed to buy four new coastal fours for clubs that lost their boats in the storms.

3.2 The Council decided to hold the league final in Largs on 12 September 2026.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Council agreed to buy four new coastal fours for clubs that lost their boats in the storms.',
      'The Council decided to hold the league final in Largs on 12 September 2026.',
    ])
  })

  it('does the same in French, `2 Ce que le comité a entendu` heading what was reported', async () => {
    const readout = await readoutOf(`Comité départemental de randonnée pédestre
Rapport de la réunion d'automne, Millau, 10 octobre 2026

1 Ouverture de la réunion

1.1 Le comité s'est réuni à Millau le 10 octobre 2026 pour faire le bilan de la saison.

2 Ce que le comité a entendu

2.1 Le trésorier a indiqué que les adhésions étaient passées de 1 820 à 2 140 en un an.

2.2 Les baliseurs ont signalé que trois passerelles du causse Noir avaient été emportées par les crues.

3 Décisions

3.1 Le comité a décidé de reconstruire les trois passerelles avant le printemps.

3.2 Le comité a approuvé la création d'un sentier accessible aux fauteuils roulants autour du lac de Pareloup.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Le comité a décidé de reconstruire les trois passerelles avant le printemps.',
      'Le comité a approuvé la création d\'un sentier accessible aux fauteuils roulants autour du lac de Pareloup.',
    ])
  })

  it('knows headings of what was heard or noted, not those of what was agreed', () => {
    for (const heading of ['What the Board heard', 'What we heard', 'What members were told', 'Reports received', 'Evidence heard', 'Items for information', 'For information']) expect(CONTEXT_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['What we agreed', 'What the Board decided', 'Reports']) expect(CONTEXT_HEADINGS.test(heading), heading).toBe(false)
    for (const heading of ['Ce que le conseil a entendu', 'Ce que les membres ont noté', 'Informations reçues', 'Points d\'information', 'Pour information']) expect(FRENCH_CONTEXT_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Ce que le conseil a décidé', 'Rapports']) expect(FRENCH_CONTEXT_HEADINGS.test(heading), heading).toBe(false)
  })
})
