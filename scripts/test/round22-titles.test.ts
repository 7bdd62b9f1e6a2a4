import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Point titles round 22 (issue 11) showed the reader missing, stated as rules an editor would give.
// Every sentence here is written for the test.

describe('a plan’s numbered outcome, pillar or axis over its paragraph', () => {
  it('titles `Outcome 2 – …`, `Pillar 3: …`, `Priority 1 – …` by their words, without the number', async () => {
    const {result} = await structureText('Lake Basin Water Forum\nOutcome statement\nKisumu, 9 March 2026\n\nThe Forum met in Kisumu to agree on a plan for the lake.\n\nOutcome 1 – Clean beaches for swimmers\nMember towns will test the water at every public beach each week from the summer of 2026.\n\nPillar 2: Fish landing sites\nMembers agreed to pave and roof thirty landing sites by 2028.\n\nPriority 3 – Reed beds\nMembers decided to protect the reed beds of the northern shore from cutting.\n')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Clean beaches for swimmers', 'Fish landing sites', 'Reed beds'])
  })

  it('titles `Axe 1 : …`, `Volet 2 – …` by their words, without the number', async () => {
    const {result} = await structureText('Conseil régional de la montagne\nRelevé de décisions\nGap, le 9 mars 2026\n\nLe Conseil s\'est réuni à Gap pour adopter son plan pour les vallées.\n\nAxe 1 : Commerces de village\nLa Région aidera cinquante communes à rouvrir une épicerie d\'ici à 2028.\n\nVolet 2 – Transport à la demande\nUn service de transport à la demande desservira chaque hameau des vallées dès l\'automne.\n')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Commerces de village', 'Transport à la demande'])
  })
})

describe('a numbered item of a vote titled by what it is about', () => {
  const HEAD = 'Harbour Town Council\nRecord of the sitting\nPort Ellen, 3 March 2026\n\nThe Council met in the town hall with eleven of its thirteen members present.\n\n'
  it('titles `Resolution 3, approval of …, was carried` by its subject, not `Resolution 3`', async () => {
    const {result} = await structureText(`${HEAD}- Resolution 3, approval of the Staff Pension Scheme, was carried with 91% of votes in favour.\n- Motion 2 (a levy on parking at the harbour) was defeated by nine votes to four.\n- Item 5 – renewal of the Ferry Contract – was deferred to the April sitting.\n- Resolution 4, on the election of the auditors, was carried without a vote.\n`)
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Staff Pension Scheme', 'Levy on parking', 'Ferry Contract', 'Election of the auditors'])
  })

  it('keeps a clause out of it, and a number that is part of a name (`Resolution 2349`)', async () => {
    const {result} = await structureText(`${HEAD}- Item 6, which the mayor raised, was carried: the Council will repaint the lighthouse before the summer.\n- The Council welcomed Resolution 2349 on the protection of fishing grounds.\n`)
    const titles = result!.readout.pillars.map((p) => p.title)
    expect(titles[0]).not.toMatch(/^(?:Mayor|Which)/)
    expect(titles[1]).toBe('Resolution 2349')
  })
})

describe('a share inside a noun phrase', () => {
  it('drops `10%` with its sign, as a count is dropped (`an additional 10% placement capacity` → “Additional placement capacity”)', async () => {
    const {pointTitle} = await import('../structure/choose-title.js')
    expect(pointTitle('Shareholders approved an additional 10% placement capacity.')).toBe('Additional placement capacity')
    expect(pointTitle('approval of an additional 10% placement capacity')).toBe('Additional placement capacity')
    expect(pointTitle('approval of an additional 10 percent placement capacity')).toBe('Additional placement capacity')
  })
})

describe('a body asked to act, in a resolution’s present tense', () => {
  it('titles `invites`, `encourages`, `urges` … by what the body is to do, as `invited` is', async () => {
    const {pointTitle} = await import('../structure/choose-title.js')
    expect(pointTitle('The Council encourages member cities to open night clinics for shift workers.')).toBe('Night clinics')
    expect(pointTitle('The Assembly invites the Secretariat to prepare a study on seasonal work visas.')).toBe('Study on seasonal work visas')
  })
})

describe('a resolution’s operative verb in capitals', () => {
  it('reads `ADOPTS the … Charter` as a verb, not as the first word of a name', async () => {
    const {pointTitle} = await import('../structure/choose-title.js')
    expect(pointTitle('ADOPTS the Harbour Safety Charter annexed to this resolution.')).toBe('Harbour Safety Charter')
    expect(pointTitle('INVITES the Secretariat to prepare a study on seasonal work visas.')).toBe('Study on seasonal work visas')
    // (an acronym that opens a sentence stays a name)
    expect(pointTitle('UNICEF will open twelve new nutrition centres in the north.')).toBe('New nutrition centres')
  })
})

describe('people something is done to', () => {
  it('titles the point by what is done to them (`train customs officers` → “Training of customs officers”)', async () => {
    const {pointTitle} = await import('../structure/choose-title.js')
    expect(pointTitle('Members agreed to train customs officers in the use of handheld scanners.')).toBe('Training of customs officers')
    expect(pointTitle('Ministers agreed to protect street vendors from eviction during the works.')).toBe('Protection of street vendors')
    // (what people are paid is no `Payment of fishers`)
    expect(pointTitle('Ministers agreed to pay fishers a monthly allowance during the closed season.')).toBe('Monthly allowance')
  })
})

describe('a person in a title', () => {
  it('is named without their honorific (`re-elected Ms Ana Duarte` → “Re-election of Ana Duarte”)', async () => {
    const {pointTitle} = await import('../structure/choose-title.js')
    expect(pointTitle('Resolution 5, re-election of Ms Ana Duarte as a director, was carried with 95% of votes in favour.')).toBe('Re-election of Ana Duarte')
  })
})
