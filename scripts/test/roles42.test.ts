import {describe, expect, it} from 'vitest'
import type {Paragraph} from 'mdast'
import {structureText} from './helpers.js'
import {holdsBackLearnedOutlook, holdsBackLearnedPoint} from '../structure/learned-guards.js'
import {readingFor} from '../structure/language.js'

// Branch roles42 (cause family E): guards on the paragraph-role model's sure guesses, and outlook lists. Every sentence here
// was written for these tests.

const reading = (lang: 'en' | 'fr') => readingFor(lang)
const plain = {type: 'paragraph', children: []} as unknown as Paragraph
const bullet = (marker: string) => ({type: 'paragraph', children: [], data: {bullet: {marker}}}) as unknown as Paragraph

describe('what the role model takes for a point but an editor never does', () => {
  it('holds back a paragraph whose first sentence is negated (English and French)', () => {
    for (const text of [
      'Members did not agree on a levy on cruise ships.',
      'No agreement was reached on the sharing of the ferry subsidy.',
      'The Board could not agree on the route of the new cycle lane.',
      "The Assembly failed to adopt the statute of the lighthouse keepers' fund.",
      'There was no consensus on opening the quarry to visitors.',
      "Les membres ne sont pas parvenus à s'accorder sur une taxe sur les croisières.",
      "Le comité n'a pas retenu la proposition d'ouvrir la carrière au public.",
      "Aucun accord n'a été trouvé sur le partage de la subvention des bacs.",
      "Il n'y a pas eu de consensus sur le tracé de la piste cyclable.",
    ]) expect(holdsBackLearnedPoint(plain, text, new Set(), reading(/[àéèç]|Les |Le |Il |Aucun/.test(text) ? 'fr' : 'en')), text).toBe(true)
    for (const text of ['Members agreed on a levy on cruise ships of €2 per passenger.', 'Le comité a retenu la proposition d’ouvrir la carrière au public.', 'Not later than 2028, every ferry will carry a defibrillator.'.replace('Not later than', 'By')]) {
      expect(holdsBackLearnedPoint(plain, text, new Set(), reading(/Le comité/.test(text) ? 'fr' : 'en')), text).toBe(false)
    }
  })

  it('holds back a paragraph that names a standing problem', () => {
    for (const [text, lang] of [
      ['Illegal dumping remains the main threat to the dunes. Wardens found 340 sacks of rubble last winter.', 'en'],
      ['Bycatch is still the biggest risk for the porpoises of the bay.', 'en'],
      ['Invasive mussels continue to be one of the greatest challenges for the lock keepers.', 'en'],
      ["Le dépôt sauvage reste la principale menace pour les dunes. Les gardes ont trouvé 340 sacs de gravats l'hiver dernier.", 'fr'],
      ['La sécheresse demeure le premier risque pour les vergers de la vallée.', 'fr'],
    ] as const) expect(holdsBackLearnedPoint(plain, text, new Set(), reading(lang)), text).toBe(true)
  })

  it('holds back an aside under a glyph or emoji that no point carries, not an item of the points\' own list', () => {
    const text = 'The harbour handles 3 million passengers a year.'
    expect(holdsBackLearnedPoint(bullet('📌'), text, new Set(['✅']), reading('en'))).toBe(true)
    expect(holdsBackLearnedPoint(bullet('–'), text, new Set(['•']), reading('en'))).toBe(true)
    expect(holdsBackLearnedPoint(bullet('▸'), text, new Set(['✓']), reading('en'))).toBe(true)
    expect(holdsBackLearnedPoint(bullet('•'), text, new Set(['•']), reading('en'))).toBe(false)
    expect(holdsBackLearnedPoint(bullet('4.'), text, new Set(['1.', '2.', '3.']), reading('en'))).toBe(false)
    expect(holdsBackLearnedPoint(bullet('4/'), text, new Set(['1/', '2/']), reading('en'))).toBe(false)
  })

  it('holds back a paragraph that only names the next meeting as where an item goes (English and French)', () => {
    for (const [text, lang] of [
      ['The Board discussed the state of the pier, and asked that costed options for its repair be put to the next meeting.', 'en'],
      ['Members deferred the item on parking charges to their next meeting.', 'en'],
      ['The Council referred the question of night buses to the next session.', 'en'],
      ["Le comité a débattu de l'état de la jetée et a demandé que des options chiffrées soient présentées à la prochaine réunion.", 'fr'],
      ["Les membres ont reporté l'examen des tarifs de stationnement à la prochaine séance.", 'fr'],
    ] as const) {
      expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(true)
      expect(holdsBackLearnedPoint(plain, text, new Set(), reading(lang)), text).toBe(true)
    }
    for (const [text, lang] of [
      ['The next meeting will be held in Tromsø in March 2027.', 'en'],
      ['Members asked the secretariat to draft the rules, and will adopt them at the next meeting.', 'en'],
      ['La prochaine réunion se tiendra à Brest en mars 2027.', 'fr'],
    ] as const) expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(false)
  })

  it('holds back one member\'s own plan as a step ahead (English and French)', () => {
    for (const [text, lang] of [
      ['Iceland confirmed that it will fund two of the weather buoys from its own budget.', 'en'],
      ['Chile announced it will open a second ranger station by 2027.', 'en'],
      ["L'Islande a confirmé qu'elle financera deux des bouées météorologiques sur son propre budget.", 'fr'],
      ["Le Chili a annoncé qu'il ouvrira une seconde station de gardes d'ici à 2027.", 'fr'],
    ] as const) expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(true)
    for (const [text, lang] of [
      ['The Council confirmed that it will review the buoy network in 2027.', 'en'],
      ["Le Conseil a confirmé qu'il réexaminera le réseau de bouées en 2027.", 'fr'],
    ] as const) expect(holdsBackLearnedOutlook(text, reading(lang)), text).toBe(false)
  })

  it('reads a French member\'s own plan as context, not outlook', async () => {
    const {result} = await structureText("Communiqué du Conseil des pêches côtières\nBrest, le 4 mars 2026\n\n1. Les ministres ont décidé de fermer la pêcherie de cabillaud pendant deux ans.\n\n2. Les ministres ont décidé de financer 12 patrouilleurs.\n\n3. Les ministres ont décidé de partager chaque mois les données de capture.\n\nLe Portugal a confirmé qu'il achètera deux des patrouilleurs sur ses propres fonds d'ici à 2027.\n")
    expect(result!.readout.outlook).toEqual([])
  })
})
