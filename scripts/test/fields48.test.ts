import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {readoutOf} from './helpers.js'

// fields48 (session 18): header fields of rounds 41 and 42, each cause in other words than the corpus's.

describe('a town council named in common words is the body, its town the place', () => {
  it('reads the council with its town, in French and English, whatever stands before it', () => {
    const cases: Array<[string, typeof FRENCH, string]> = [
      ["Le mardi 3 mars 2026 à 20 h 30, le conseil municipal de Pont-Varenne s'est réuni à la mairie sous la présidence du maire.", FRENCH, 'Conseil municipal de Pont-Varenne'],
      ["Le conseil communautaire de Belval-sur-Orne s'est réuni le 12 octobre 2026 en séance publique.", FRENCH, 'Conseil communautaire de Belval-sur-Orne'],
      ['On Tuesday 3 March 2026 at 7.30 pm the town council of Ashby Marsh met in the village hall.', ENGLISH, 'Ashby Marsh Town Council'],
      ['The parish council of Long Wendle met on 12 October 2026.', ENGLISH, 'Long Wendle Parish Council'],
    ]
    for (const [sentence, reading, organisation] of cases) expect(readDateline(sentence, undefined, reading)?.organisation, sentence).toBe(organisation)
  })

  it('gives the town as the place of the whole text, under a letterhead in capitals', async () => {
    const french = await readoutOf("COMMUNE DE PONT-VARENNE\nCompte rendu de la séance du conseil municipal du mardi 3 mars 2026\n\nLe mardi 3 mars 2026 à 20 h 30, le conseil municipal de Pont-Varenne s'est réuni à la salle des fêtes, sous la présidence du maire.\n\nLe conseil approuve la réfection du lavoir pour 120 000 euros.\n")
    expect([french.organisation, french.place]).toEqual(['Conseil municipal de Pont-Varenne', 'Pont-Varenne'])
    const english = await readoutOf('MINUTES OF THE PARISH COUNCIL\n\nOn Tuesday 3 March 2026 at 7.30 pm the parish council of Long Wendle met in the village hall.\n\nThe council agreed to repair the bus shelter for £4,000.\n')
    expect([english.organisation, english.place]).toEqual(['Long Wendle Parish Council', 'Long Wendle'])
  })
})

describe('a line naming an organ of the body is no town', () => {
  it('never takes the organ under the letterhead for the town, in French and English', async () => {
    const directeur = await readoutOf("UNION DES MOULINS DU BERRY\nCOMITÉ DIRECTEUR\n\nRelevé de décisions de la séance du mardi 9 juin 2026\nIssoudun (Indre) – Salle de la Halle\n\nLe comité directeur de l'Union des moulins du Berry s'est réuni le mardi 9 juin 2026 à 18 heures à Issoudun.\n\nLe comité décide de consacrer 80 000 euros à la réfection des roues à aubes.\n")
    expect(directeur.place ?? '').not.toMatch(/comit/iu)
    const surveillance = await readoutOf("COOPÉRATIVE DES SALINES DE GUÉRANDE-SUD\nCONSEIL DE SURVEILLANCE\n\nCompte rendu de la séance du 3 février 2026\n\nLe conseil de surveillance s'est réuni le 3 février 2026 à 17 h 30 à Batz-sur-Mer sous la présidence de Mme Le Goff.\n\nLe conseil approuve l'achat de deux tracteurs pour 90 000 euros.\n")
    expect(surveillance.place ?? '').not.toMatch(/conseil/iu)
    const english = await readoutOf('GUILD OF DRY STONE WALLERS\nSTEERING GROUP\n\nNotes of the meeting of 14 May 2026\n\nThe steering group of the Guild of Dry Stone Wallers met on 14 May 2026 in Kendal.\n\nThe group agreed to train twelve new wallers.\n')
    expect(english.place).toBe('Kendal')
  })
})
