import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'
import {pointTitle} from '../structure/choose-title.js'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'
import {withoutAskedParty} from '../structure/asked-party.js'
import {isQuotationOnly, withoutActNumber} from '../structure/extract-pillars.js'

// Point titles (titles50): who a meeting asks is not what it asks for (`ask the state government for a freight subsidy` →
// “State government”); a heading kept the number of the act it recorded (`Sel de déglaçage — rés. 2026-01-005`); a paragraph that
// only frames a quotation with a reporting verb not yet known (`…, the Chair reminded delegates of what is at stake: "…"`) was
// titled by its clause; a document asked for named the title, not what it proposes (`Proposal for …`); a verb that only pays for
// or puts in a thing titled the act (`Funding apprenticeships …`); `each quarter` read as a thing. Every sentence here is written
// for the test, none taken from the corpus.
const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

describe('who is asked is not what is asked for', () => {
  it('leaves out the party asked before `for` (English)', () => {
    expect(withoutAskedParty('The guild agreed to ask the county council for a grant towards the new kiln.')).toBe('The guild agreed to ask for a grant towards the new kiln.')
    expect(pointTitle(withoutAskedParty('Members voted to petition the regional water board for a second gauging station on the upper river.'))).toMatch(/gauging station/i)
    expect(pointTitle(withoutAskedParty('The club requested the landowners for longer grazing licences on the common.'))).toMatch(/^Longer grazing licences|^Grazing licences/)
    expect(withoutAskedParty('The trustees agreed to apply to the heritage lottery fund for a conservation grant.')).toBe('The trustees agreed to apply for a conservation grant.')
  })

  it('keeps a request to act, whose `for` belongs to the party (English)', () => {
    const acting = 'The society will ask ministers preparing the rules for river access to consult anglers first.'
    expect(withoutAskedParty(acting)).toBe(acting)
    const asking = 'The board asked the treasurer to report on reserves.'
    expect(withoutAskedParty(asking)).toBe(asking)
  })

  it('leaves out the party asked before the article of what is asked for (French)', () => {
    expect(fr(withoutAskedParty('solliciter auprès du département une aide pour la réfection du lavoir'))).toMatch(/^Aide/)
    expect(fr(withoutAskedParty('Le bureau a demandé à la communauté de communes un diagnostic des digues de la vallée.'))).toMatch(/^Diagnostic des digues/)
    expect(fr(withoutAskedParty("réclamer aux services de l'État une étude de la qualité de l'eau des puits"))).toMatch(/^Étude de la qualité de l'eau/)
  })

  it('keeps a French request to act (`demander à … de/d\'` and an infinitive)', () => {
    const acting = "Le conseil a demandé aux communes d'interdire les feux de jardin l'été."
    expect(withoutAskedParty(acting)).toBe(acting)
    const contracted = "demander à l'Office des forêts d'ouvrir les pistes plus tôt"
    expect(withoutAskedParty(contracted)).toBe(contracted)
  })
})

describe('a heading without the number of the act it records', () => {
  it('drops a resolution, by-law or minute number after a dash (English and French)', () => {
    expect(withoutActNumber('Harbour dues – Res. 2026/14')).toBe('Harbour dues')
    expect(withoutActNumber('Street lighting — By-law No. 7-2026')).toBe('Street lighting')
    expect(withoutActNumber('Éclairage public - délibération n° 2026-31')).toBe('Éclairage public')
    expect(withoutActNumber('Voirie communale — arrêté 2026-118')).toBe('Voirie communale')
  })

  it('keeps a year, an amount or a place after a dash', () => {
    expect(withoutActNumber('Inner harbour – mooring charges 2026/27')).toBe('Inner harbour – mooring charges 2026/27')
    expect(withoutActNumber('Budget – 2027')).toBe('Budget – 2027')
    expect(withoutActNumber('Fonds de secours – Lyon')).toBe('Fonds de secours – Lyon')
  })

  it('titles a heading point without it', async () => {
    const readout = await readoutOf(['Highlights of the council meeting of 9 March 2026', '', 'The town council of Eastwick met on 9 March 2026.', '', 'Play areas — Resolution 2026-03-11', 'The council approved new safety surfacing for the two play areas in Mill Park, at a cost of £28,000.', '', 'Bus shelters — Resolution 2026-03-12', 'The council agreed to replace the three bus shelters on the High Street before the summer.', ''].join('\n'))
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Play areas', 'Bus shelters'])
  })
})

describe('a paragraph that only frames a quotation with a reporting verb', () => {
  it('is a quotation only (English and French)', () => {
    expect(isQuotationOnly('Closing the session, the President reminded members of their duty: "A harbour that is not dredged is a harbour that closes."')).toBe(true)
    expect(isQuotationOnly('The Secretary cautioned: “No grant will come if the accounts are late.”')).toBe(true)
    expect(isQuotationOnly("En ouvrant la séance, la présidente a mis en garde les élus : « Une digue qu'on n'entretient pas finit par céder. »")).toBe(true)
    expect(isQuotationOnly('Le trésorier a prévenu : « Sans nouveaux adhérents, la caisse sera vide en 2028. »')).toBe(true)
  })

  it('is not a point of a numbered text', async () => {
    const readout = await readoutOf(['Communiqué of the Sixth Meeting of the Lakes Fisheries Council', '', '1. Fisheries ministers of the Lakes Fisheries Council met in Kisumu on 3 and 4 March 2026.', '', '2. Opening the session, the Chair reminded ministers of the stakes: "A lake without fish is a lake without villages."', '', '3. Ministers agreed to close the spawning grounds of the northern bays from April to June each year.', '', '4. Ministers agreed to fund a common patrol boat for the three border districts.', ''].join('\n'))
    expect(readout.pillars.map((pillar) => pillar.body)).not.toContainEqual(expect.stringMatching(/^"A lake|reminded/))
  })
})

describe('a document asked for, a thing only paid for or put in, a quarter', () => {
  it('titles what a proposal is for, not the proposal (English)', () => {
    expect(pointTitle('The Board asked officers to prepare a proposal for a shared ticketing system by the autumn.')).toBe('Shared ticketing system')
    expect(pointTitle('Members asked the Secretariat to draw up, before the next meeting, proposals for a regional seed bank.')).toBe('Regional seed bank')
  })

  it('titles a thing funded or fitted with its complement, not as the act (English)', () => {
    expect(pointTitle('The committee agreed to fund eight bursaries for trainee boatbuilders.')).toBe('Bursaries for trainee boatbuilders')
    expect(pointTitle('The council asked the contractor to fit sensors on the three footbridges.')).toBe('Sensors on footbridges')
  })

  it('reads `each quarter` as a time, not a thing', () => {
    expect(pointTitle('The board asked the clerk to report each quarter on arrears of rent.')).not.toMatch(/^Quarter/)
    expect(pointTitle('Members asked the auditor to report every quarter on spending from the reserve.')).not.toMatch(/^Quarter/)
  })
})
