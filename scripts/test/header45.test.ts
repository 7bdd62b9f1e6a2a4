import {describe, expect, it} from 'vitest'
import {isPublicationStamp} from '../structure/site-furniture.js'
import {readingFor} from '../structure/language.js'
import {isPageFurniture} from '../structure/pasted-text.js'
import {structureText} from './helpers.js'

// Header lines, title and organisation in the variants of cause family A (branch header45, from rounds 35 and 36). Every
// sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const BODY = "\n\nThe wardens of the Fenland Sluice Keepers' Society met in Ely on 14 April 2026 to plan the summer works. They agreed to reline two sluice gates and to clear the lode below the pumping station.\n\nThey will meet again in July.\n"
const CORPS = "\n\nRéunis à Niort le 14 avril 2026, les éclusiers de la Société des gardes du Marais poitevin ont préparé les travaux d'été. Ils ont décidé de refaire deux vannes et de curer la conche du moulin.\n\nIls se retrouveront en juillet.\n"
const HEADLINE = 'Keepers agree to reline two gates before the autumn floods'
const TITRE = 'Les éclusiers refont deux vannes avant les crues'

describe('A: a page\'s publication stamp and the furniture above it', () => {
  it('reads a stamp with its rubrics or byline behind dots or bars, in either language', () => {
    const en = readingFor('en')
    const fr = readingFor('fr')
    expect(isPublicationStamp('Posted Friday 24 April 2026 · Events · Asia', en)).toBe(true)
    expect(isPublicationStamp('Published on 3 March 2026 | By Ana Ruiz | 4 min read', en)).toBe(true)
    expect(isPublicationStamp('Updated: 3 March 2026', en)).toBe(true)
    expect(isPublicationStamp('Mis en ligne le jeudi 5 mars 2026 · Vie des sites', fr)).toBe(true)
    expect(isPublicationStamp('Publié le 05/03/2026 | Par Claire Morel', fr)).toBe(true)
    // (a line that names no stamp's word, or a field that is a sentence, is no stamp)
    expect(isPublicationStamp('Friday 24 April 2026 · Ely', en)).toBe(false)
    expect(isPublicationStamp('Published 3 March 2026 · The keepers agreed to reline two gates before the floods came.', en)).toBe(false)
  })
  it('never takes a stamp\'s field, nor the masthead or rubric above a stamp over a headline, as the title', async () => {
    expect((await read(`The Marsh Courier\nPublished on 3 March 2026 · Wetlands · Europe\n\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
    expect((await read(`Club life · From the chair\nPosted 3 March 2026\n\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
    expect((await read(`Actualités du réseau\nMis en ligne le jeudi 5 mars 2026 | Vie des sites\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
    expect((await read(`La vie de la société · Le mot du président\nPublié le 16 avril 2026\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
  })
  it('keeps a title over its stamp when no headline stands under it', async () => {
    expect((await read(`${HEADLINE}\nPublished on 3 March 2026 · Wetlands${BODY}`)).title).toBe(HEADLINE)
  })
})

describe('A: a site\'s name over its bar of links, and a search box', () => {
  it('reads a search box\'s placeholder as page furniture', () => {
    for (const line of ['Search…', 'Search...', 'Search this site', 'Rechercher…', 'Rechercher sur le site']) expect(isPageFurniture(line), line).toBe(true)
    expect(isPageFurniture('Search and rescue teams agreed to share boats.')).toBe(false)
    // (a section's heading of one word, `Recherche`, `Search`, is no search box)
    expect(isPageFurniture('Recherche')).toBe(false)
    expect(isPageFurniture('Search')).toBe(false)
  })
  it('takes the headline under the bar, not the site\'s name over it, as the title', async () => {
    expect((await read(`Fenland Sluice Keepers' Society\nHome | About us | Sluices | News | Contact\nSearch…\n\n${HEADLINE}\n\nPublished 16 April 2026 · By Ruth Amos · 3 min read${BODY}`)).title).toBe(HEADLINE)
    expect((await read(`Société des gardes du Marais poitevin\nAccueil · Qui sommes-nous ? · Nos écluses · Actualités · Contact\nRechercher…\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
  })
})

describe('A: a publication line names the body that publishes the page', () => {
  const LEAD = "\n\nSome forty members came to the village hall in Ely on Saturday 14 March 2026 for this year's general meeting. The wardens agreed to reline two sluice gates and to clear the lode below the pumping station.\n\nThey will meet again in July.\n"
  const CHAPEAU = "\n\nUne quarantaine d'adhérents sont venus à la salle des fêtes de Niort le samedi 14 mars 2026 pour l'assemblée générale. Ils ont décidé de refaire deux vannes et de curer la conche du moulin.\n\nIls se retrouveront en juillet.\n"
  it('takes the headline under a masthead and its publication line as the title, and the publisher as the organisation', async () => {
    let readout = await read(`THE SLUICE GATE\nThe quarterly bulletin of the Fenland Sluice Keepers' Society – No. 14\n\n${HEADLINE}${LEAD}`)
    expect(readout.title).toBe(HEADLINE)
    expect(readout.organisation).toBe("Fenland Sluice Keepers' Society")
    readout = await read(`LE FIL DES ÉCLUSES\nLettre d'information de la Fédération des gardes du Marais poitevin · printemps 2026\n\n${TITRE}${CHAPEAU}`)
    expect(readout.title).toBe(TITRE)
    expect(readout.organisation).toBe('Fédération des gardes du Marais poitevin')
    readout = await read(`Members' newsletter from the Fenland Sluice Keepers' Society | Spring 2026\n\n${HEADLINE}${LEAD}`)
    expect(readout.title).toBe(HEADLINE)
    expect(readout.organisation).toBe("Fenland Sluice Keepers' Society")
  })
})

describe('A: a legislature\'s record, its edition line and its statement\'s subject', () => {
  const STATEMENT = "\n\nHon. Ms. Abara: I rise to report on the meeting of the Fenland Sluice Keepers' Council, held in Ely on April 14. The Council agreed to reline two sluice gates and to clear the lode below the pumping station.\n\nThe Council will meet again in July.\n"
  const DECLARATION = "\n\nMme Roux, ministre des Voies d'eau : Je veux rendre compte à l'Assemblée de la réunion du Conseil des gardes du Marais poitevin, tenue à Niort le 14 avril. Le Conseil a décidé de refaire deux vannes et de curer la conche du moulin.\n\nLe Conseil se réunira de nouveau en juillet.\n"
  it('reads an edition line as a record header: the subject under the statements section is the title', async () => {
    for (const edition of ['REVISED EDITION — subject to correction', 'Uncorrected transcript', 'Proof hansard - not to be quoted']) {
      const readout = await read(`LEGISLATIVE ASSEMBLY OF THE FENS\nWednesday 22 April 2026\n${edition}\n\nMINISTERIAL STATEMENT\nSluice gate works${STATEMENT}`)
      expect(readout.title, edition).toBe('Sluice gate works')
      expect(readout.kind, edition).toBe('statement')
    }
    const readout = await read(`ASSEMBLÉE DE LA PROVINCE DES MARAIS\nMardi 21 avril 2026\nÉdition provisoire — sous réserve de corrections\n\nDéclarations ministérielles\n\nTravaux des écluses${DECLARATION}`)
    expect(readout.title).toBe('Travaux des écluses')
    expect(readout.kind).toBe('statement')
  })
})

describe('A: a release\'s letterhead, the office under it and a numbered kind line over the headline', () => {
  it('takes the headline under a numbered kind line as the title, whatever office stands under the letterhead', async () => {
    expect((await read(`FENLAND SLUICE KEEPERS' COUNCIL\nExecutive Secretariat\n\nPRESS RELEASE No. 12/FSKC/2026\n\nSluice gates: keepers agree to reline two before the floods${BODY}`)).title).toBe('Sluice gates: keepers agree to reline two before the floods')
    expect((await read(`Fenland Sluice Keepers' Council\nOffice of the Chair\nPress release No. 45\n\nKeepers agree to reline two gates before the autumn floods${BODY}`)).title).toBe(HEADLINE)
    expect((await read(`CONSEIL DES GARDES DU MARAIS POITEVIN\nSecrétariat général\n\nCOMMUNIQUÉ N° 12/CGMP/2026\n\nÉcluses : les gardes refont deux vannes avant les crues${CORPS}`)).title).toBe('Écluses : les gardes refont deux vannes avant les crues')
  })
})

describe('A: a wiki page\'s title with its date and its edit stamp', () => {
  it('takes a meeting\'s name with its date as the title, never the page\'s owner or edit stamp', async () => {
    let readout = await read(`Board meeting, 14 April 2026\nOwner: Ruth Amos · Last edited 16 Apr 2026 by Tom Hale · 4 min read${BODY}`)
    expect(readout.title).toBe('Board meeting, 14 April 2026')
    expect(readout.place).toBe('Ely')
    readout = await read(`Annual General Meeting, 14 April 2026\nReading time: 3 min | Edited by Tom Hale${BODY}`)
    expect(readout.title).toBe('Annual General Meeting, 14 April 2026')
    readout = await read(`Réunion du bureau, 14 avril 2026\nModifié le 16 avril 2026 par Paul Girard · 3 min de lecture${CORPS}`)
    expect(readout.title).toBe('Réunion du bureau, 14 avril 2026')
    expect(readout.place).toBe('Niort')
  })
})
