import {describe, expect, it} from 'vitest'
import {ENGLISH} from '../structure/language.js'
import {readDateline} from '../structure/recognise-dateline.js'
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

describe('a page whose top line is the section of the site it was posted under', () => {
  it('reads `… News – <date>` as the section, not the title: the title is made from who met and where', async () => {
    const {result} = await structureText('Coral Reef Alliance News – Tuesday, June 2, 2026\n\nFisheries ministers of the Indian Ocean Coral Reef Alliance met today in Mombasa, Kenya, to agree on how to slow the bleaching of reefs.\n\nMinisters agreed to ban anchoring on the 30 most damaged reefs by 2028.\n\nThey also decided to train 500 divers to replant coral each year.\n')
    expect(result!.readout.title).toBe('Indian Ocean Coral Reef Alliance in Mombasa')
    expect(result!.readout.dates).toMatchObject({start: '2026-06-02', end: '2026-06-02'})
  })
  it('reads a French `Actualités du …` line the same way', async () => {
    const {result} = await structureText("Actualités du Réseau des aires marines\nLundi 7 septembre 2026\n\nLes ministres de l'Environnement du Réseau des aires marines protégées d'Afrique de l'Ouest se sont réunis à Praia le 7 septembre 2026.\n\nLes ministres ont décidé de créer 12 nouvelles aires marines d'ici 2030.\n\nIls ont convenu de former 300 gardes.\n")
    expect(result!.readout.title).not.toMatch(/Actualités/)
  })
  it('keeps a title that only ends on a word of news in lower case', async () => {
    const {result} = await structureText('Reef ministers bring good news\nMombasa, 2 June 2026\n\nFisheries ministers of the Indian Ocean Coral Reef Alliance met today in Mombasa to agree on how to slow the bleaching of reefs.\n\nMinisters agreed to ban anchoring on the 30 most damaged reefs by 2028.\n')
    expect(result!.readout.title).toBe('Reef ministers bring good news')
  })
})

describe('a body named in the title block for what it is about', () => {
  it('reads `Expert Group on Mangrove Restoration` above a summary record as the body', async () => {
    const {result} = await structureText('Expert Group on Mangrove Restoration\nSummary record of the second meeting\nBelém, Brazil, 3–4 March 2026\n\nOpening of the meeting\nThe Chair opened the meeting and welcomed eighteen delegations.\n\nReplanting methods\nThe Group agreed to publish a common method for counting replanted trees by 2027.\n\nNurseries\nThe Group agreed to share nursery seedlings between member countries.\n')
    expect(result!.readout.organisation).toBe('Expert Group on Mangrove Restoration')
  })
  it('keeps the body a dateline names over the title block\'s', async () => {
    const {result} = await structureText('Expert Group on Mangrove Restoration\nSummary record of the second meeting\nBelém, Brazil, 3–4 March 2026\n\nThe Amazon Delta Council met in Belém on 3–4 March 2026 for the second meeting of its expert group.\n\nThe Council agreed to publish a common method for counting replanted trees by 2027.\n')
    expect(result!.readout.organisation).toBe('Amazon Delta Council')
  })
})

describe('a meeting named for what it is about, of no body', () => {
  it('reads `for the 3rd Ministerial Conference on the Safety of Dams` as the body that meets', () => {
    const read = readDateline('Ministers responsible for water from twenty countries met in Lusaka on 8 and 9 June 2026 at the invitation of the Government of Zambia for the 3rd Ministerial Conference on the Safety of Dams.', undefined, ENGLISH)
    expect(read?.organisation).toBe('Ministerial Conference on the Safety of Dams')
    expect(read?.place).toBe('Lusaka')
  })
  it('keeps no body for a meeting on a topic numbered by a capitalised ordinal (one occasion of a series)', () => {
    const read = readDateline('Ministers met in Lusaka on 8 June 2026 for the Third Ministerial Conference on the Safety of Dams.', undefined, ENGLISH)
    expect(read?.organisation).toBeUndefined()
  })
})

describe('a meeting that brought together who took part', () => {
  it('reads the body, the place and who took part from `The meeting of … brought together … in <city> on <dates>`', () => {
    const read = readDateline('The annual meeting of the Andean Glacier Council brought together environment ministers from seven countries in La Paz on 2 and 3 June 2026.', undefined, ENGLISH)
    expect(read?.organisation).toBe('Andean Glacier Council')
    expect(read?.place).toBe('La Paz')
    expect(read?.participants).toBe('Environment ministers from seven countries')
    expect(read?.dates).toMatchObject({start: '2026-06-02', end: '2026-06-03'})
  })
  it('reads a body that brought ministers together as who met', () => {
    const read = readDateline('The Andean Glacier Council brought together environment ministers in Quito on 2 June 2026 to agree on a common glacier survey.', undefined, ENGLISH)
    expect(read?.organisation).toBe('Andean Glacier Council')
    expect(read?.place).toBe('Quito')
  })
  it('reads no meeting where nothing was brought together at a place (`The survey brought together data from 40 glaciers`)', () => {
    expect(readDateline('The survey brought together data from 40 glaciers over ten years.', undefined, ENGLISH)).toBeUndefined()
  })
})

describe('a site\'s section line names its owner', () => {
  it('reads the body a dateline calls by its head alone from the section line (`Coral Reef Alliance News` → the Alliance)', async () => {
    const {result} = await structureText('Coral Reef Alliance News – Tuesday, June 2, 2026\n\nThe Alliance’s fisheries ministers met today in Mombasa to agree on how to slow the bleaching of reefs.\n\nMinisters agreed to ban anchoring on the 30 most damaged reefs by 2028.\n\nThey also decided to train 500 divers to replant coral each year.\n')
    expect(result!.readout.organisation).toBe('Coral Reef Alliance')
    expect(result!.readout.title).toBe('Coral Reef Alliance in Mombasa')
  })
})

describe('a declaration that opens in the first person (`Nous, ministres …`, `We, the ministers …`)', () => {
  it('names who met by what follows the pronoun, as a heading would', async () => {
    const fr = await structureText("Déclaration de Zinder sur le sorgho\n\nNous, ministres chargés de l'Élevage des pays du bassin du lac Tchad, réunis à Zinder le 4 mars 2026 :\n\n- décidons de doubler les surfaces de sorgho d'ici 2030 ;\n- convenons de créer 40 banques de semences.\n\nNous remercions le Niger pour son accueil.\n")
    expect(fr.result!.readout.participants).toBe("Ministres chargés de l'Élevage des pays du bassin du lac Tchad")
    const en = await structureText('Zinder Declaration on Sorghum\n\nWe, the ministers responsible for livestock of the Lake Chad basin countries, meeting in Zinder on 4 March 2026:\n\n- decide to double the area sown with sorghum by 2030;\n- agree to set up 40 seed banks.\n\nWe thank Niger for hosting the meeting.\n')
    expect(en.result!.readout.participants).toBe('Ministers responsible for livestock of the Lake Chad basin countries')
  })
})
