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
