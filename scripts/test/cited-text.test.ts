import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A French paragraph that cites a text agreed elsewhere, or announces a report, records no
// decision of the meeting (issue 11's review of FRENCH_RECORDED_DECISION). Every sentence here is
// written for the test.
const HEAD = 'TUNIS, 12 juin 2026 – Les ministres du Réseau des oasis, réunis à Tozeur le 11 juin, ont adopté une feuille de route pour les palmeraies.\n\n'
const DECIDED = 'Les ministres ont décidé de créer un fonds commun pour les puits.\n\n'
const NEXT = 'Les ministres se retrouveront à Ouarzazate en mai 2027.\n'

const bodies = async (middle: string) => (await structureText(`${HEAD}${DECIDED}${middle}${NEXT}`)).result!.readout.pillars.map((p) => p.body.split(' ').slice(0, 3).join(' '))

describe('French prose that cites a text or announces a report', () => {
  it('reads as context what a named agreement made elsewhere provides for', async () => {
    expect(await bodies('L’accord de Lomé prévoit l’ouverture des marchés européens aux dattes des pays membres.\n\n')).toEqual(['Les ministres ont'])
  })

  it('reads as context what a plan provides for when a document is only quoted as saying so', async () => {
    expect(await bodies('Le programme prévoit la plantation de palmiers résistants à la sécheresse, précise la note de synthèse.\n\n')).toEqual(['Les ministres ont'])
  })

  it('reads as context a report or a study that will be published', async () => {
    expect(await bodies('Le bilan annuel du Réseau sera lancé en ligne dans les prochaines semaines.\n\nUne étude sur la salinité des nappes sera lancée à la rentrée par l’observatoire.\n\n')).toEqual(['Les ministres ont'])
  })

  it('still reads as points what the meeting’s plan provides for and a body it will create', async () => {
    expect(await bodies('Le plan prévoit la réfection de quarante kilomètres de canaux d’irrigation.\n\nUn observatoire des oasis sera créé à Tozeur.\n\n')).toEqual(['Les ministres ont', 'Le plan prévoit', 'Un observatoire des'])
  })
})
