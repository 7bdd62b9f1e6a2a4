import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {actionRuns, isAdmonition} from '../structure/pasted-text.js'
import {withoutInlineMarkup} from '../structure/inline-markup.js'
import {inviteFurniture} from '../structure/invite-furniture.js'
import {withoutOcrSlips} from '../structure/parse-dates.js'

// Document exports and record layouts (docexport48, rounds 41 and 42): each cause in other words than the corpus's,
// English and French. Every sentence here is written for the test.

const outlookOf = async (text: string) => (await structureText(text)).result!.readout.outlook
const bodiesOf = async (text: string) => (await structureText(text)).result!.readout.pillars.map((pillar) => pillar.body)

describe('a run of action lines after the decisions is outlook, each line an item', () => {
  it('reads `Action – …` lines under a list of run-in titles as outlook, not the last bullet\'s tail', async () => {
    const text = "Kestrel Valley Orchards Group\nNotes of the committee, Hereford, 3 March 2027\n\nThe committee of the Kestrel Valley Orchards Group met in Hereford on 3 March 2027.\n- Grafting days: The group will hold four grafting days for members before the end of April.\n- Cider press: Members agreed to buy a shared cider press for £3,200, kept at the village hall.\nAction – the Clerk to order the press from the supplier by 20 March.\nAction – Treasurer to move the press money into the equipment account.\nThe next committee will meet in June.\n"
    expect(await outlookOf(text)).toEqual(['Action – the Clerk to order the press from the supplier by 20 March.', 'Action – Treasurer to move the press money into the equipment account.', 'The next committee will meet in June.'])
    expect((await bodiesOf(text)).join(' ')).not.toContain('Action')
  })

  it('reads French `À faire :` lines after a quotation as outlook', async () => {
    const text = "Relevé de décisions du bureau de l'Amicale des vergers du Lot\nCahors, 5 mars 2027\n\nLe bureau de l'Amicale des vergers du Lot s'est réuni à Cahors le 5 mars 2027.\n\nLe bureau a décidé d'organiser trois journées de greffe ouvertes aux adhérents avant la fin du mois d'avril.\n\nLe bureau a approuvé l'achat d'un pressoir commun pour 3 200 euros, qui sera gardé à la salle des fêtes.\n\n« Un verger sans greffeurs est un verger qui vieillit », a déclaré la présidente.\n\nÀ faire : la secrétaire commandera le pressoir avant le 20 mars.\n\nÀ faire : le trésorier versera la somme sur le compte du matériel.\n\nLe prochain bureau se tiendra en juin.\n"
    expect(await outlookOf(text)).toEqual(['À faire : la secrétaire commandera le pressoir avant le 20 mars.', 'À faire : le trésorier versera la somme sur le compte du matériel.', 'Le prochain bureau se tiendra en juin.'])
  })

  it('reads `TODO:` lines closing a text as outlook', async () => {
    const text = "Harbour Rowing Club – committee notes\nFalmouth, 8 April 2027\n\nThe committee met in Falmouth on 8 April 2027.\nThe committee agreed to replace the two oldest gigs before the summer regatta.\nThe committee approved a junior membership rate of £40 a year.\nTODO: Captain to get three quotes for the new gigs by 1 May.\nTODO: Membership secretary to add the junior rate to the website.\n"
    expect(await outlookOf(text)).toEqual(['TODO: Captain to get three quotes for the new gigs by 1 May.', 'TODO: Membership secretary to add the junior rate to the website.'])
  })

  it('keeps a lone action line with the paragraph above it', () => {
    expect([...actionRuns(['The Forum agreed to a common form.', 'Action: Secretariat to circulate the form by May.', '', 'The Forum approved its budget.', 'Action: Treasurer to send the scale of contributions.'])]).toEqual([])
    expect([...actionRuns(['Decided.', 'Action : le secrétariat enverra le formulaire.', '', 'Action : la trésorière ouvrira le compte.'])]).toEqual([1, 3])
  })
})

describe('a lightweight markup\'s admonitions and one-mark emphasis', () => {
  it('reads `IMPORTANT:` and `WARNING:` as asides and drops `_…_` around run-in titles', async () => {
    const {result} = await structureText("Lantern Makers' Guild – Spring Council\nLincoln, 14 March 2027\n\nThe council of the Lantern Makers' Guild met in Lincoln on 14 March 2027.\n\nIMPORTANT: These notes are a summary; the signed minutes are kept by the clerk.\n\nThe council agreed the following:\n\n- _Paper lanterns_: The guild will run six paper lantern workshops in county libraries before the autumn festivals.\n- _Tin lanterns_: Members approved £4,000 for a set of tin-punching tools lent free to schools.\n\nWARNING: Some links in the online version of these notes no longer work.\n\nThe council will meet again in September.\n")
    expect(result!.readout.pillars.map((pillar) => pillar.title)).toEqual(['Paper lanterns', 'Tin lanterns'])
    expect(result!.readout.pillars.map((pillar) => pillar.body).join(' ')).not.toMatch(/IMPORTANT|WARNING|summary/)
  })

  it('reads French `REMARQUE :` and `ASTUCE :` as asides and drops `*…*` around run-in titles', async () => {
    const {result} = await structureText("Compte rendu du conseil de la Société des amis des cadrans\nTours, 14 mars 2027\n\nLe conseil de la Société des amis des cadrans s'est réuni à Tours le 14 mars 2027.\n\nREMARQUE : Ce résumé est destiné aux adhérents ; le procès-verbal complet sera publié dans le bulletin d'été.\n\nLe conseil a arrêté les décisions suivantes :\n\n* *Inventaire des cadrans* : L'inventaire sera mis en ligne avant la fin de l'année, avec une photographie de chaque cadran.\n* *Aides à la restauration* : Le conseil a approuvé une enveloppe de 12 000 euros pour réparer les cadrans des écoles et des mairies.\n\nASTUCE : Les adhérents peuvent signaler un cadran en danger sur le site de la Société.\n\nLe prochain conseil se tiendra à Blois en octobre 2027.\n")
    expect(result!.readout.pillars.map((pillar) => pillar.title)).toEqual(['Inventaire des cadrans', 'Aides à la restauration'])
    expect(result!.readout.outlook).toEqual(['Le prochain conseil se tiendra à Blois en octobre 2027.'])
  })

  it('knows an admonition by its label in capitals, and leaves a lone mark inside a line alone', () => {
    expect(['NOTE: Figures are provisional.', 'TIP: Use the form.', 'À NOTER : le bulletin paraît en mai.', 'N.B. The list is partial.'].map((line) => isAdmonition(line))).toEqual([true, true, true, true])
    expect(['Note that the fund grows.', 'NOTES OF THE MEETING', 'Tipping points: the Council heard …'].map((line) => isAdmonition(line))).toEqual([false, false, false])
    expect(withoutInlineMarkup('* *Budget*: The Council approved …')).toBe('* Budget: The Council approved …')
    expect(withoutInlineMarkup('- _Financement_ : Le conseil a voté …')).toBe('- Financement : Le conseil a voté …')
    expect(withoutInlineMarkup('The *new* fund: details below')).toBe('The *new* fund: details below')
  })
})

describe('digits that text recognition read as letters, in a date', () => {
  it('reads `I4 June 2O27` in an English dateline as 14 June 2027', async () => {
    const {result} = await structureText("PRESS RELEASE\nWetland Wardens Network adopts five-year reedbed plan\n\nNORWICH, I4 June 2O27 – The Wetland Wardens Network adopted a five-year reedbed plan at its annual meeting in Norwich.\n\nThe Network agreed to restore 300 hectares of reedbed along the Broads by 2032, at a cost of £2.1 million.\n\nMembers also decided to train 40 volunteer wardens a year in water-level management.\n\nThe Network will meet again in Norwich in June 2028.\n")
    expect(result!.readout.dates?.start).toBe('2027-06-14')
    expect(result!.readout.pillars.map((pillar) => pillar.body).join(' ')).not.toContain('NORWICH')
  })

  it('reads `l4 juin 2027` in a French dateline as 14 June 2027', async () => {
    const {result} = await structureText("COMMUNIQUÉ DE PRESSE\nLe Réseau des gardes du marais adopte un plan quinquennal pour les roselières\n\nNANTES, l4 juin 2027 – Le Réseau des gardes du marais a adopté un plan quinquennal pour les roselières lors de son assemblée annuelle à Nantes.\n\nLe Réseau a décidé de restaurer 300 hectares de roselières en Brière d'ici 2032, pour un coût de 2,1 millions d'euros.\n\nLes membres ont aussi décidé de former 40 gardes bénévoles par an à la gestion des niveaux d'eau.\n\nLe Réseau se réunira de nouveau à Nantes en juin 2028.\n")
    expect(result!.readout.dates?.start).toBe('2027-06-14')
  })

  it('mends only a number beside a month\'s name, keeping the text\'s length', () => {
    expect(withoutOcrSlips('LYON, l2 mai 2O26 –')).toBe('LYON, 12 mai 2026 –')
    expect(withoutOcrSlips('on May I9, 2026')).toBe('on May 19, 2026')
    expect(withoutOcrSlips('Room I2 and the 2O26 plan')).toBe('Room I2 and the 2O26 plan')
  })
})

describe('a calendar invite with the record pasted in its description', () => {
  it('sets aside a Teams invite\'s lines and its poster\'s note, and reads the date line with its hours', async () => {
    const {result} = await structureText("Bee Keepers' Forum – autumn committee\nTuesday, 6 October 2026 · 18:00 – 20:00\nDoes not repeat\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 391 552 804 117 Passcode: h7Kq2x\nOrganizer: Daniel Okafor\nAccept   Tentative   Decline\n\nDescription\nNotes of the meeting pasted below – DO\n\nThe committee of the Bee Keepers' Forum met in Ludlow on 6 October 2026.\n\nThe committee agreed to set up a swarm collection rota covering every parish in the county from next May.\n\nIt approved a grant of £900 to replace the observation hive at the town library.\n\nThe committee will meet again in January.\n")
    expect(result!.readout.title).toBe("Bee Keepers' Forum – autumn committee")
    expect(result!.readout.dates?.start).toBe('2026-10-06')
    expect(result!.readout.pillars.map((pillar) => pillar.body).join(' ')).not.toMatch(/Teams|Passcode|pasted below/)
    expect(result!.readout.context.join(' ')).not.toMatch(/Organizer|Decline/)
  })

  it('sets aside a French Google Calendar invite\'s lines, its date line in lower case a line of its own', async () => {
    const {result} = await structureText("Comité des ruchers partagés – réunion d'automne\nmardi 6 octobre 2026 · 18:00 – 20:00\nNe se répète pas\nRejoindre avec Google Meet\nmeet.google.com/abc-defg-hij\nParticiper par téléphone\n(FR) +33 1 23 45 67 89 Code PIN : 552 804 117#\n30 minutes avant\nOrganisateur : Paul Lemoine\n12 invités · 9 oui · 3 en attente\n\nDescription\nCompte rendu ajouté ci-dessous. – PL\n\nLe comité des ruchers partagés s'est réuni à Périgueux le 6 octobre 2026.\n\nLe comité a décidé de créer une tournée de ramassage des essaims dans toutes les communes du département à partir de mai.\n\nIl a approuvé une aide de 900 euros pour remplacer la ruche vitrée de la médiathèque.\n\nLe comité se réunira de nouveau en janvier.\n")
    expect(result!.readout.title).toBe("Comité des ruchers partagés – réunion d'automne")
    expect(result!.readout.place).toBe('Périgueux')
    expect(result!.readout.pillars).toHaveLength(2)
    expect(result!.readout.context.join(' ')).not.toMatch(/Organisateur|invités|ci-dessous/)
  })

  it('needs two of the app\'s lines: an organiser\'s line or a `Description` label alone is any text\'s', () => {
    expect(inviteFurniture(['Organiser: Ana Ruiz', 'Description', 'The committee met.'], [0, 1, 2])).toEqual([])
  })
})
