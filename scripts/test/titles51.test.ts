import {describe, expect, it} from 'vitest'
import {pointTitle, sharedCostTitle, unsizedTitle} from '../structure/choose-title.js'
import {paymentTitle} from '../structure/standard-titles.js'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'

// Point titles (titles51): a payment decided to people or bodies was titled by who is paid (`Parish councils`, `Payment of
// landowners`) instead of the payment; a cost shared was titled as the cost (`Cost of …`), not the thing shared; a size before a
// group or a document (`Small working group`, `Short camping code`) stood for its subject. Every sentence here is written for
// the test, none taken from the corpus.
const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

describe('a payment decided to people or bodies', () => {
  it('is titled by who is paid, in the plural', () => {
    expect(pointTitle('The trust will pay hill farmers €90 an acre for keeping their stone walls in repair.')).toBe('Payments to hill farmers')
    expect(pointTitle('Members voted to pay every village hall committee £500 towards heating.')).toBe('Payments to village hall committees')
    expect(pointTitle('pay the local angling clubs £30 per bailiff patrol on the upper river')).toBe('Payments to local angling clubs')
    expect(pointTitle('We agreed, in the second place, to pay beekeepers and orchard owners for each hive kept in the valley.')).toBe('Payments to beekeepers and orchard owners')
  })

  it('is no such payment when `pay` is not the act decided, is passive, or pays a thing', () => {
    expect(paymentTitle('The council created a fund to pay upland graziers who keep the heather short.')).toBeUndefined()
    expect(paymentTitle('Shepherds who move their flocks off the dunes will be paid €3 a ewe.')).toBeUndefined()
    expect(paymentTitle('The board agreed to pay fair wages to seasonal pickers.')).toBeUndefined()
    expect(paymentTitle('The society will pay volunteers\' travel costs from its reserves.')).toBeUndefined()
    expect(paymentTitle('Members agreed to pay for a new roof on the boathouse.')).toBeUndefined()
    // (a payment named after whom it pays is titled by its name)
    expect(paymentTitle('The board agreed to pay apprentices a weekly bursary in their first year.')).toBeUndefined()
  })
})

describe('a cost that is shared or carried', () => {
  it('is titled by the thing shared', () => {
    expect(sharedCostTitle('Cost of harbour dredger', 'The ports agreed to share the cost of a harbour dredger, to be based at Wick.')).toBe('Harbour dredger')
    expect(sharedCostTitle('Costs of the flood barrier', 'The two boroughs will split the costs of the flood barrier between them.')).toBe('Flood barrier')
    expect(pointTitle('Member libraries agreed to share the cost of a mobile book van for the outlying hamlets, in use from spring.')).toBe('Mobile book van')
  })

  it('is titled by the thing shared (French)', () => {
    expect(fr('Les deux syndicats partageront les frais d\'un technicien de rivière.')).toBe('Technicien de rivière')
    expect(fr('Les membres ont décidé de partager le coût d\'une étude des berges avec le département.')).toBe('Étude des berges')
    expect(fr('Le bureau a noté que le coût des travaux reste élevé.')).toMatch(/^Coût des travaux/)
  })

  it('keeps a cost the sentence only reports or asks about', () => {
    expect(sharedCostTitle('Cost of remittances', 'Ministers noted that the cost of remittances remains high.')).toBeUndefined()
    expect(sharedCostTitle('Rising costs', 'The board will share the cost of the survey.')).toBeUndefined()
  })
})

describe('a size before a group or a document', () => {
  it('is left out, the complement kept', () => {
    expect(unsizedTitle('Small steering group', 'The Forum set up a small steering group on river litter to report by June.', ['River litter'])).toBe('Steering group on river litter')
    expect(unsizedTitle('Brief guide', 'The committee will print a brief guide to the tenancy rules.', ['Tenancy rules'])).toBe('Guide to tenancy rules')
    expect(pointTitle('Members agreed to print a short walking code in Welsh and English, to be handed out at the stiles.')).toBe('Walking code')
  })

  it('is left out (French)', () => {
    expect(fr('Le comité a créé un petit groupe de travail sur les algues.')).toMatch(/^Groupe de travail/)
    expect(fr('Le bureau a validé un court guide du bénévole en trois langues.')).toBe('Guide du bénévole')
    expect(fr('Le club a décidé d\'aider les petits producteurs de la vallée.')).toMatch(/^Petits producteurs/)
  })

  it('stays before a plural it qualifies, or a head that needs no complement', () => {
    expect(unsizedTitle('Small grants programme', 'A small grants programme for village halls will open in May.', [])).toBeUndefined()
    expect(unsizedTitle('Small farms', 'The fund will help small farms.', [])).toBeUndefined()
  })
})

describe('who acts, named as a body in the plural or as elected members', () => {
  it('is no title: what they decided is (English)', () => {
    expect(pointTitle('Town councils agreed to replace 400 sodium lamps along the canal with dimmable LED units.')).not.toMatch(/councils/i)
    expect(pointTitle('The district boards decided to open two new seed banks in the hill villages.')).toMatch(/seed banks/i)
  })

  it('is no title: what they decided is (French)', () => {
    expect(fr('Les élus ont aussi voté la rénovation du lavoir de la place haute.')).toMatch(/^Rénovation du lavoir/)
    expect(fr('Les conseils de quartier ont retenu trois projets de jardins partagés.')).toMatch(/jardins partagés/)
  })
})

describe('an agreement named alone (French)', () => {
  it('keeps whom it binds', () => {
    expect(fr('Les élus ont enfin approuvé une convention avec les éleveurs de la vallée pour faire pâturer les berges.')).toBe('Convention avec les éleveurs de la vallée')
    expect(fr("Le conseil municipal a signé un accord avec l'association des pêcheurs, en vue d'ouvrir la rive.")).toBe("Accord avec l'association des pêcheurs")
    expect(fr('Le bureau a validé une convention de mécénat.')).toBe('Convention de mécénat')
  })
})
