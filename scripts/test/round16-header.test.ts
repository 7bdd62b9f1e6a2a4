import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 16 (issue 11) showed the reader missing in the title, the kind, the organisation and the
// place, stated as rules an editor would give. Every sentence here is written for the test.

describe('a place line with its country in a title block', () => {
  it('keeps the city of `City, Country` on its own line', async () => {
    const {result} = await structureText("Ministerial Round Table of the Great Lakes Fisheries Council\nChair's Statement\nOffice of the Minister of Fisheries\nKampala, Uganda\nThursday, April 9, 2026\n\nThe Chair welcomed fisheries ministers from five countries to the round table.\n\nThe Chair noted that catches of tilapia had fallen by a fifth since 2020.\n\nMinisters agreed to close the spawning grounds for three months each year.\n")
    expect(result!.readout.place).toBe('Kampala')
  })
  it('keeps the city of `Ville (Pays)` on its own line', async () => {
    const {result} = await structureText("Réunion ministérielle sur les routes du coton\nCommuniqué final\nMinistère du Commerce – Service de presse\nCotonou (Bénin)\nMardi 12 mai 2026\n\nLes ministres du Commerce de six pays se sont retrouvés pour parler des routes du coton.\n\nLes ministres ont décidé de supprimer les barrières sur les corridors d'ici 2028.\n")
    expect(result!.readout.place).toBe('Cotonou')
  })
  it('keeps a state\'s abbreviation with its city (`Washington, DC`)', async () => {
    const {result} = await structureText("Ministerial Round Table of the Atlantic Ports Council\nChair's Statement\nWashington, DC\nThursday, April 9, 2026\n\nThe Chair welcomed port ministers from five countries to the round table.\n\nMinisters agreed to share berth schedules every week.\n")
    expect(result!.readout.place).toBe('Washington, DC')
  })
})

describe('a French joint statement', () => {
  it('reads `Déclaration commune` as a joint statement, as `Déclaration conjointe` is', async () => {
    const {result} = await structureText("Réunion ministérielle sur l'eau potable en milieu rural\nDéclaration commune\nLomé (Togo)\nVendredi 6 mars 2026\n\nLes ministres de l'Eau de cinq pays se sont réunis à Lomé le 6 mars 2026.\n\nLes ministres ont décidé de forer 2 000 puits d'ici 2029.\n")
    expect(result!.readout.kind).toBe('joint statement')
  })
  it('keeps a declaration whose title names no joint text as a declaration', async () => {
    const {result} = await structureText("Déclaration de Lomé sur l'eau potable en milieu rural\nLomé, le 6 mars 2026\n\nLes ministres de l'Eau de cinq pays se sont réunis à Lomé le 6 mars 2026.\n\nLes ministres ont décidé de forer 2 000 puits d'ici 2029.\n")
    expect(result!.readout.kind).toBe('declaration')
  })
})
