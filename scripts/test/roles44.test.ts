import {describe, expect, it} from 'vitest'
import type {Paragraph} from 'mdast'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {withoutFurniture, onlyFurniture} from '../structure/paragraph-furniture.js'
import {withoutDecisionsOwnFuture} from '../structure/own-future.js'
import {recordsProcedure, stillPending, isNoDecision} from '../structure/no-decision.js'
import {holdsBackLearnedPoint} from '../structure/learned-guards.js'

// Branch roles44 (cause family E and cause C5 of rounds 33 and 34): a paragraph's role read after its furniture is set aside,
// outlook forms beyond `will`, what is not outlook, and the minutes' procedure. Every sentence here was written for these tests.

const en = readingFor('en')
const fr = readingFor('fr')
const plain = {type: 'paragraph', children: []} as unknown as Paragraph
const outlookOf = async (text: string) => (await structureText(text)).result!.readout.outlook

describe('a paragraph without its furniture', () => {
  it("sets aside a speaker's prefix, in English and French", () => {
    expect(withoutFurniture('Hon. Ms. Okoro: The Board will meet again in Jos next March.', en)).toBe('The Board will meet again in Jos next March.')
    expect(withoutFurniture('Cllr Dr Hart: We will report back in June.', en)).toBe('We will report back in June.')
    expect(withoutFurniture('THE CHAIR: The working group will sit again in May.', en)).toBe('The working group will sit again in May.')
    expect(withoutFurniture('M. le Président. – Le bureau se réunira de nouveau en avril.', fr)).toBe('Le bureau se réunira de nouveau en avril.')
    expect(withoutFurniture('Mme Garnier : Nous ferons le point en juin.', fr)).toBe('Nous ferons le point en juin.')
    expect(withoutFurniture('La Présidente. – Le comité rendra son avis en mars.', fr)).toBe('Le comité rendra son avis en mars.')
  })

  it("sets aside a paragraph's number and the item's title after it", () => {
    expect(withoutFurniture('F.3 The Ministers will meet again in Lusaka in 2028.', en)).toBe('The Ministers will meet again in Lusaka in 2028.')
    expect(withoutFurniture('12-4 · Next session: The Council will meet in Tartu in May.', en)).toBe('The Council will meet in Tartu in May.')
    expect(withoutFurniture('COP9/3 — Venue. The Parties will gather in Lima in 2029.', en)).toBe('The Parties will gather in Lima in 2029.')
    expect(withoutFurniture('41-7 · Prochaine séance : Le conseil se réunira à Lens en juin.', fr)).toBe('Le conseil se réunira à Lens en juin.')
  })

  it('sets aside an outlook heading run in before a sentence, not a label before a date or a place', () => {
    expect(withoutFurniture('Next steps: The Board will publish the survey in June.', en)).toBe('The Board will publish the survey in June.')
    expect(withoutFurniture('Next meeting: Tuesday 3 March 2027, Harlow.', en)).toBe('Next meeting: Tuesday 3 March 2027, Harlow.')
    expect(withoutFurniture('Prochaine réunion : le bureau se réunira en juin.', fr)).toBe('Prochaine réunion : le bureau se réunira en juin.')
    expect(withoutFurniture('The Board will meet in June: all members are invited.', en)).toBe('The Board will meet in June: all members are invited.')
  })

  it('tells furniture alone from a sentence', () => {
    expect(onlyFurniture('B-2 — Calendar.', en)).toBe(true)
    expect(onlyFurniture('17-3 · Prochaine séance :', fr)).toBe(true)
    expect(onlyFurniture('The Board agreed to sell the van.', en)).toBe(false)
  })
})

describe("a decision's own future", () => {
  it('takes out the sentences whose future is the rule itself, in English and French', () => {
    expect(withoutDecisionsOwnFuture('Helmets will be compulsory henceforth.', en)).toBe('')
    expect(withoutDecisionsOwnFuture('The speed limit will apply to all boats from now on. The Board will meet in May.', en)).toBe('The Board will meet in May.')
    expect(withoutDecisionsOwnFuture('The new fee will take effect with immediate effect.', en)).toBe('')
    expect(withoutDecisionsOwnFuture('Les bouteilles porteront désormais une étiquette verte.', fr)).toBe('')
    expect(withoutDecisionsOwnFuture('Ces règles s’appliqueront à tous les ports. Le bureau se réunira en juin.', fr)).toBe('Le bureau se réunira en juin.')
    expect(withoutDecisionsOwnFuture('Les gilets seront dorénavant obligatoires.', fr)).toBe('')
  })
})

describe('outlook forms and what is no outlook, read whole', () => {
  it('writes the outlook without its prefix and leaves a disagreement and a rule taking effect out of it', async () => {
    const text = [
      'Record of the Harbour Users Group',
      'Whitby, 4 March 2026',
      '',
      'The Group agreed to dredge the inner basin before the summer.',
      '',
      'Members could not agree on a common mooring fee, and each club will go on charging its own rate.',
      '',
      'Life jackets will be compulsory on the pontoons from now on.',
      '',
      'Hon. Mr. Leckie: The Group will meet again in Scarborough next autumn.',
    ].join('\n')
    expect(await outlookOf(text)).toEqual(['The Group will meet again in Scarborough next autumn.'])
  })

  it('reads the items under a follow-up heading and the date under a next-meeting line as outlook', async () => {
    const text = [
      'Allotment Committee — Meeting notes',
      'Meeting date: 9 May 2026, Frome',
      '',
      'Decisions',
      '✅ Water butts — The committee approved the purchase of 40 water butts for the east field.',
      '✅ Composting — The committee agreed to open a shared compost bay by the gate.',
      '',
      'Follow-up tasks',
      '☐ @Ruth Mabey to order the water butts by 1 June 2026',
      '☐ @Sam Idowu to mark out the compost bay by 15 June 2026',
      '',
      'Next meeting',
      '11 July 2026, Frome',
    ].join('\n')
    const outlook = await outlookOf(text)
    expect(outlook).toContain('@Ruth Mabey to order the water butts by 1 June 2026')
    expect(outlook).toContain('11 July 2026, Frome')
    expect(outlook).not.toContain('Next meeting')
  })

  it('reads a resolution that sets the next meeting or a fixture as outlook, in English and French', () => {
    expect(en.nextMeeting.test('That the Ninth Annual Meeting be held at Oban on the 2nd May, 2027.')).toBe(true)
    expect(en.nextMeeting.test('Resolved, that the Spring Regatta be sailed at Looe on Saturday 8 May 2027.')).toBe(true)
    expect(en.nextMeeting.test('That the next general meeting shall be held in Ayr.')).toBe(true)
    expect(en.nextMeeting.test('That the annual subscription be held at £30 for the season.')).toBe(false)
    expect(fr.nextMeeting.test("Que la prochaine assemblée générale se tienne à Vannes le 3 juin 2027.")).toBe(true)
    expect(fr.nextMeeting.test("Que la 12e session ait lieu à Mâcon en octobre.")).toBe(true)
    expect(fr.nextMeeting.test("Que la cotisation soit maintenue à 30 euros.")).toBe(false)
  })

  it('holds back the model on a numbered resolution that sets a fixture', () => {
    expect(holdsBackLearnedPoint(plain, 'D-4 — Calendar. Resolved, that the Autumn Fours be rowed at Henley on Sunday 4 October 2026.', new Set(), en)).toBe(true)
    expect(holdsBackLearnedPoint(plain, 'D-3 — Fees. Resolved, that the boat levy be raised to £40.', new Set(), en)).toBe(false)
  })
})

describe("the minutes' procedure and officers' reports", () => {
  it('reads the record of the last meeting and officers reporting as context, after an item title too', () => {
    for (const text of [
      'Previous meeting. The record of the Winter Council, held at Selby, was approved as read.',
      "Treasurer's report. The Honorary Treasurer presented the accounts for 2025, showing a deficit of £2,100. The accounts were received and adopted.",
      'The Secretary reported that all actions from the last meeting had been completed.',
      'Ngozi Bello opened the meeting and welcomed the new members from Ilorin.',
    ]) expect(recordsProcedure(text, en), text).toBe(true)
    for (const text of [
      "La trésorière a présenté les comptes de l'exercice 2025. Les comptes sont approuvés.",
      'Le secrétaire général a rendu compte de la saison : le club compte 310 adhérents.',
      'Rapport moral. Le président a présenté le rapport moral de la saison écoulée.',
    ]) expect(recordsProcedure(text, fr), text).toBe(true)
  })

  it('leaves a report after which the meeting decides', () => {
    expect(recordsProcedure('The Treasurer reported a surplus of £5,000. RESOLVED: that it be placed in the boat fund.', en)).toBe(false)
    expect(recordsProcedure('The Secretary presented the survey. The Board agreed to repaint the clubhouse.', en)).toBe(false)
    expect(recordsProcedure("Le trésorier présente les comptes. L'assemblée décide d'affecter l'excédent aux travaux.", fr)).toBe(false)
  })

  it('reads a request still waiting for an answer as context, in English and French', () => {
    for (const text of [
      'We asked the county to lower the hall rent, but that request is still with them.',
      'The club applied to the lottery fund for new oars; the application is still awaiting a reply.',
      'Our letter to the water board about the weir has not yet been answered.',
    ]) expect(stillPending(text, en), text).toBe(true)
    for (const text of [
      'Nous avons demandé à la mairie un second vestiaire, mais ce dossier est toujours à l’étude.',
      'La demande de subvention au département reste sans réponse.',
      "Le courrier adressé à la préfecture n'a toujours pas reçu de réponse.",
    ]) expect(stillPending(text, fr), text).toBe(true)
    expect(isNoDecision('We asked the county to lower the hall rent. The club agreed to raise its fees by £5.', en)).toBe(false)
  })
})
