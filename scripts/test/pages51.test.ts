import {describe, expect, it} from 'vitest'
import {pastedNoise} from '../structure/pasted-text.js'
import {isBreadcrumb} from '../structure/site-furniture.js'
import {structureText} from './helpers.js'

// Page and export furniture as whole shapes (pages51): what a notes app, a board app, a newsletter, a news site, a fax or a spreadsheet puts
// around a record is set aside by its shape, in either language, whichever app it is. Every sentence here is written for the test.

/** The lines of a text that the pasted-text stage sets aside, as written. */
const dropped = (text: string) => {
  const lines = text.split('\n')
  const drop = pastedNoise(lines)
  return lines.filter((_, at) => drop.has(at))
}

describe('a breadcrumb whose last step is a year, or of two steps under a chevron', () => {
  it('reads both as where the page sits, never as its title', () => {
    expect(isBreadcrumb('Harbour Users Forum / Minutes / 2025-26')).toBe(true)
    expect(isBreadcrumb('Espace associatif / Réunions / 2026')).toBe(true)
    expect(isBreadcrumb('ACTUALITÉS › VIE DES QUARTIERS')).toBe(true)
    expect(isBreadcrumb('Board papers › Spring sitting')).toBe(true)
    // (a sentence with a slash, and a line of two names under a slash, stay text)
    expect(isBreadcrumb('The board met in Oslo / Bergen on 3 May 2026.')).toBe(false)
    expect(isBreadcrumb('Oslo / Bergen')).toBe(false)
  })

  it("takes a notes app's page title under such a trail as the title", async () => {
    const {result} = await structureText('Lake Rowing Association / Committee notes / 2026\n\nAutumn committee: boats and moorings\n\nThe committee of the Lake Rowing Association met in Bala on 14 October 2026.\n\n- The committee agreed to buy two new coxless fours.\n- The committee decided to raise the mooring fee to £60 a year.\n')
    expect(result!.readout.title).toBe('Autumn committee: boats and moorings')
  })
})

describe("a page's edit stamp, properties and comments", () => {
  it('sets aside an edit stamp, the filing properties and a comment thread in English', () => {
    const text = 'Quarterly review\n\nType\tCommittee meeting\nStatus\tDone\nCreated  2 days ago\nLast edited: 12 May 2026 at 09:40\n\nThe committee met in Leeds on 10 May 2026.\n\nThe committee agreed to open the hall on Sundays.\n\nThe committee agreed to hire a second caretaker.\n\nThe committee will meet again in August.\n\n3 comments\nJo Baker  May 12\nAdded the budget sheet.\nSam Hill · yesterday at 4:10 pm\nThanks, approved.\n'
    const out = dropped(text)
    expect(out).toEqual(expect.arrayContaining(['Type\tCommittee meeting', 'Status\tDone', 'Created  2 days ago', 'Last edited: 12 May 2026 at 09:40', '3 comments', 'Jo Baker  May 12', 'Thanks, approved.']))
    expect(out).not.toContain('The committee will meet again in August.')
  })

  it('does the same in French, with an activity log under its heading', () => {
    const text = "Conseil d'automne\n\nStatut\tValidé\nDernière modification : 9 mars 2026 à 15 h 12\n\nLe conseil s'est réuni à Rennes le 4 mars 2026.\n\nLe conseil a voté la rénovation du gymnase.\n\nLe conseil a adopté le budget des fêtes.\n\nLe conseil se réunira de nouveau en juin.\n\nActivité\nAnne Morel a déplacé cette fiche vers Terminé · 5 mars 2026 à 10:02\nLuc Caradec a ajouté une pièce jointe · 4 mars 2026 à 18:30\n"
    const out = dropped(text)
    expect(out).toEqual(expect.arrayContaining(['Statut\tValidé', 'Dernière modification : 9 mars 2026 à 15 h 12', 'Activité', 'Luc Caradec a ajouté une pièce jointe · 4 mars 2026 à 18:30']))
    expect(out).not.toContain('Le conseil se réunira de nouveau en juin.')
  })

  it('keeps a heading `Discussion` followed by the text, and a property written with a colon', () => {
    const text = 'Board notes\n\nThe board met in York on 2 June 2026.\n\nThe board agreed a new logo.\n\nThe board agreed to print the annual report.\n\nDiscussion\nMembers asked whether the logo could be used on the boats.\n\nStatus: adopted by all members\n'
    expect(dropped(text)).toEqual([])
  })
})

describe("a board app's card", () => {
  it("sets aside the card's list line, its attachments and its activity, in English and French", () => {
    const english = dropped('Roof repairs – what we agreed\nin list Agreed · Labels: Buildings\n\nThe trustees met in Ely on 3 May 2026 and agreed to mend the roof.\n\nThe trustees agreed to hire a builder.\n\nThe trustees agreed to close the loft.\n\nAttachments\nroof-quote_v2.pdf (240 KB)\n\nActivity\nMia Fox added this card to Agreed · 3 May 2026 at 18:02\n')
    expect(english).toEqual(expect.arrayContaining(['in list Agreed · Labels: Buildings', 'roof-quote_v2.pdf (240 KB)', 'Mia Fox added this card to Agreed · 3 May 2026 at 18:02']))
    const french = dropped("Toiture de la salle – nos décisions\ndans la liste Décidé\n\nLe bureau s'est réuni à Vannes le 3 mai 2026.\n\nLe bureau a voté la réfection de la toiture.\n\ndevis_toiture.pdf · Ajouté le 4 mai 2026\n")
    expect(french).toEqual(expect.arrayContaining(['dans la liste Décidé', 'devis_toiture.pdf · Ajouté le 4 mai 2026']))
  })
})

describe("a news site's player line and a photo's caption", () => {
  it('sets aside the audio player, the reading time and a captioned photo, in English', () => {
    const out = dropped('Ferry board agrees winter timetable\n\n🎧 Listen (4 min)\n5 min read\n\nThe ferry board met in Oban on 2 March 2026.\n\n📸 The new ferry at the pier in February.\n\nThe board agreed to run a late sailing on Fridays.\n\nPassengers queue for the early boat. (Photo: Iain Ross)\n\nThe board will meet again in June.\n')
    expect(out).toEqual(['🎧 Listen (4 min)', '5 min read', '📸 The new ferry at the pier in February.', 'Passengers queue for the early boat. (Photo: Iain Ross)'])
  })

  it('does the same in French, a credit after the caption', () => {
    const out = dropped("Le syndicat des eaux adopte son plan\n\nÉcouter cet article 3 min\nTemps de lecture : 4 min\n\nLe syndicat s'est réuni à Dinan le 3 mars 2026.\n\nLa station de pompage de Léhon, en travaux depuis janvier. Crédit photo : Ville de Dinan\n\nLe syndicat a voté le plan de renouvellement des canalisations.\n")
    expect(out).toEqual(['Écouter cet article 3 min', 'Temps de lecture : 4 min', 'La station de pompage de Léhon, en travaux depuis janvier. Crédit photo : Ville de Dinan'])
  })

  it('keeps a sentence that names a photo or a copyright in its words', () => {
    expect(dropped('The board met in Oban.\n\nThe board agreed to buy the photo archive © rights from the museum for £4,000.\n')).toEqual([])
  })
})

describe("a newsletter's browser links and merge tags", () => {
  it('sets aside the browser and forwarding links and a greeting with its merge tag, in English and French', async () => {
    const english = await structureText('Read online · Forward this email to a friend\n\nTHE CANAL POST\nIssue 9 · May 2026\n\nDear {{ first_name }},\n\nLock keepers agree summer hours\n\nThe lock keepers of the Canal Trust met in Skipton on 2 May 2026 and agreed to open the locks at 7 am all summer.\n\n- The Trust agreed to hire four seasonal keepers.\n- The Trust agreed to publish the lock hours on its website.\n')
    expect(english.result!.readout.title).toBe('Lock keepers agree summer hours')
    expect(JSON.stringify(english.result!.readout)).not.toMatch(/first_name|Dear|Read online|Forward/)
    const french = dropped('Voir la version en ligne | Transférer à un ami\n\nBonjour *|PRENOM|*,\n\nLe bureau adopte le calendrier\n\nLe bureau s\'est réuni à Laval le 4 mai 2026.\n')
    expect(french).toEqual(['Voir la version en ligne | Transférer à un ami', 'Bonjour *|PRENOM|*,'])
  })
})

describe("a fax's cover and a spreadsheet's export", () => {
  it("reads a fax's cover fields under its banner as the cover's, in English and French", () => {
    const english = dropped('FAX MESSAGE\nTo: Editor, Dales Gazette\nFrom: Clerk to the Council\nPages: 2 (including cover)\n\nParish council decisions\n\nThe parish council met in Settle on 3 May 2026.\n\n- more -\n\nThe council agreed to mend the bus shelter.\n\nEnd of fax\n')
    expect(english).toEqual(['FAX MESSAGE', 'To: Editor, Dales Gazette', 'From: Clerk to the Council', 'Pages: 2 (including cover)', '- more -', 'End of fax'])
    const french = dropped('TÉLÉCOPIE                     Page 1/2\nÀ : Rédaction, Ouest Quotidien\nDe : Secrétariat de mairie\nNombre de pages : 2\n\nRelevé des décisions du conseil\n\nLe conseil s\'est réuni à Vitré le 3 mai 2026.\n\nFin de transmission\n')
    expect(french).toEqual(['TÉLÉCOPIE                     Page 1/2', 'À : Rédaction, Ouest Quotidien', 'De : Secrétariat de mairie', 'Nombre de pages : 2', 'Fin de transmission'])
  })

  it("reads a sheet's file name without its extension, and sets aside the sheet line and the tabs", async () => {
    const text = 'Allotments Committee actions 2026.xlsx\nWorksheet 2: May meeting\n\nMeeting\tAllotments Committee of Hove\nDate\t12 May 2026\n\nThe committee met in Hove on 12 May 2026.\n\n- The committee agreed to fit water butts on every plot.\n- The committee agreed to cut the waiting list by opening ten half plots.\n\nFeuil1 | May | June | +\n'
    expect(dropped(text)).toEqual(['Worksheet 2: May meeting', 'Feuil1 | May | June | +'])
    const {result} = await structureText(text)
    expect(result!.readout.title).not.toMatch(/xlsx/)
  })
})

describe("a notes app's bar of buttons", () => {
  it('sets aside a share row with app buttons and glyphs, in English and French, and keeps a line of words', () => {
    expect(dropped('Board notes\nShare    Comments    Favourite    ···\n\nThe board met in York on 2 June 2026.\n')).toEqual(['Share    Comments    Favourite    ···'])
    expect(dropped('Notes du bureau\nPartager   Commentaires   ☆\n\nLe bureau s\'est réuni à Rennes le 2 juin 2026.\n')).toEqual(['Partager   Commentaires   ☆'])
    expect(dropped('Board notes\n\nComments   Edit   More\n\nThe board met in York on 2 June 2026.\n')).toEqual([])
  })
})
