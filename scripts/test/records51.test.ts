import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'
import {CONTEXT_HEADINGS, NOTE_TO_READERS, PROCEDURE_LINE} from '../structure/english.js'
import {FRENCH_CONTEXT_HEADINGS, FRENCH_NOTE_TO_READERS, FRENCH_PROCEDURE_LINE} from '../structure/french.js'

// Records, reports and resolutions (records51): the causes of rounds 47 and 48, each in other words than the corpus's.
// Every text here was written for these tests.

describe('a numbered report whose parts are headed by a bare number', () => {
  it('reads `1 Introduction` and `2 What we heard` as headings of context over their decimal paragraphs (English)', async () => {
    const readout = await readoutOf(`Coastal Rowing League
Report of the Spring Council, Oban, 14 March 2026

1 Introduction

1.1 The Council of the Coastal Rowing League met in Oban on 14 March 2026 to plan the racing season.

1.2 Welcoming members, the President said that the winter storms had cost three clubs their boathouses.

2 What we heard

2.1 Members noted that 41 clubs had raced last season, up from 33 the year before.

2.2 The safety officer reported that two boats had capsized at the Crinan regatta and that no one was hurt.

3 Decisions

3.1 The Council agreed to buy four new coastal fours for clubs that lost their boats in the storms.

3.2 The Council decided to hold the league final in Largs on 12 September 2026.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Council agreed to buy four new coastal fours for clubs that lost their boats in the storms.',
      'The Council decided to hold the league final in Largs on 12 September 2026.',
    ])
  })

  it('does the same in French, `2 Ce que le comité a entendu` heading what was reported', async () => {
    const readout = await readoutOf(`Comité départemental de randonnée pédestre
Rapport de la réunion d'automne, Millau, 10 octobre 2026

1 Ouverture de la réunion

1.1 Le comité s'est réuni à Millau le 10 octobre 2026 pour faire le bilan de la saison.

2 Ce que le comité a entendu

2.1 Le trésorier a indiqué que les adhésions étaient passées de 1 820 à 2 140 en un an.

2.2 Les baliseurs ont signalé que trois passerelles du causse Noir avaient été emportées par les crues.

3 Décisions

3.1 Le comité a décidé de reconstruire les trois passerelles avant le printemps.

3.2 Le comité a approuvé la création d'un sentier accessible aux fauteuils roulants autour du lac de Pareloup.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Le comité a décidé de reconstruire les trois passerelles avant le printemps.',
      'Le comité a approuvé la création d\'un sentier accessible aux fauteuils roulants autour du lac de Pareloup.',
    ])
  })

  it('knows headings of what was heard or noted, not those of what was agreed', () => {
    for (const heading of ['What the Board heard', 'What we heard', 'What members were told', 'Reports received', 'Evidence heard', 'Items for information', 'For information']) expect(CONTEXT_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['What we agreed', 'What the Board decided', 'Reports']) expect(CONTEXT_HEADINGS.test(heading), heading).toBe(false)
    for (const heading of ['Ce que le conseil a entendu', 'Ce que les membres ont noté', 'Informations reçues', 'Points d\'information', 'Pour information']) expect(FRENCH_CONTEXT_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Ce que le conseil a décidé', 'Rapports']) expect(FRENCH_CONTEXT_HEADINGS.test(heading), heading).toBe(false)
  })
})

describe('a circular\'s notes to its readers and the record\'s approval stamp', () => {
  it('reads the notes to members under the decisions as context, neither points nor outlook (English)', async () => {
    const readout = await readoutOf(`Lakeland Bee Keepers' Federation
Circular 2/2026: decisions of the Council, Keswick, 7 March 2026

1. The Council agreed to buy a second honey extractor for lending to member associations.

2. The Council decided to hold the county honey show at Penrith on 5 September 2026.

3. The Council will meet again at Ambleside in June 2026.

Residents who would like a swarm collected this summer should ring the swarm line, and I would ask associations to keep their lists of collectors up to date.

Please note that subscriptions for the coming year will be collected in April, and that the rate will rise by one pound.

Yours sincerely,
Anne Birkett
Secretary
Circular approved by the President on 12 March 2026
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Council agreed to buy a second honey extractor for lending to member associations.',
      'The Council decided to hold the county honey show at Penrith on 5 September 2026.',
    ])
    expect(readout.outlook).toEqual(['The Council will meet again at Ambleside in June 2026.'])
  })

  it('does the same in French', async () => {
    const readout = await readoutOf(`Fédération départementale des foyers ruraux
Lettre aux adhérents : décisions du conseil d'administration, Guéret, le 7 mars 2026

1. Le conseil a décidé d'acheter un minibus de neuf places pour les sorties des foyers.

2. Le conseil a approuvé l'ouverture d'un atelier de réparation de vélos à Aubusson.

3. Le prochain conseil d'administration se réunira à Bourganeuf le 13 juin 2026.

Les adhérents qui souhaitent proposer une sortie pour l'été peuvent écrire au secrétariat avant la fin du mois d'avril.

Je vous rappelle que la cotisation de l'année prochaine sera appelée en avril et qu'elle augmentera d'un euro.

Compte rendu validé par la présidente le 12 mars 2026
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Le conseil a décidé d\'acheter un minibus de neuf places pour les sorties des foyers.',
      'Le conseil a approuvé l\'ouverture d\'un atelier de réparation de vélos à Aubusson.',
    ])
    expect(readout.outlook).toEqual(['Le prochain conseil d\'administration se réunira à Bourganeuf le 13 juin 2026.'])
  })

  it('knows notes to readers and stamps, not decisions about members', () => {
    for (const line of ['Any member wishing to stand for the committee should write to the Secretary.', 'May I remind clubs that entries close on 1 May.', 'Members are reminded that the hall is closed in August.', 'I would ask members to return the reply slip.']) expect(NOTE_TO_READERS.test(line), line).toBe(true)
    for (const line of ['Members agreed to raise the subscription.', 'The Council asked members to vote by post.']) expect(NOTE_TO_READERS.test(line), line).toBe(false)
    for (const line of ['Tout adhérent souhaitant se présenter au bureau doit écrire au secrétariat.', 'Nous vous rappelons que la salle est fermée en août.', 'Les parents sont priés de retourner le coupon avant le 5 juin.']) expect(FRENCH_NOTE_TO_READERS.test(line), line).toBe(true)
    for (const line of ['Les adhérents ont décidé de relever la cotisation.', 'Le conseil rappelle son attachement au bénévolat.']) expect(FRENCH_NOTE_TO_READERS.test(line), line).toBe(false)
    for (const line of ['Minutes approved by the Board on 4 May 2026', 'This summary was signed off by the Chair, 2 June 2026.']) expect(PROCEDURE_LINE.test(line), line).toBe(true)
    expect(PROCEDURE_LINE.test('The report approved by the Board on 4 May 2026 sets the fees for the year.')).toBe(false)
    for (const line of ['Procès-verbal approuvé par le bureau le 4 mai 2026', 'Le présent compte rendu a été validé par le président, 2 juin 2026.']) expect(FRENCH_PROCEDURE_LINE.test(line), line).toBe(true)
  })
})

describe('the next meeting numbered on after a section of context', () => {
  it('reads `3. The Committee will next meet …` under the public\'s questions as outlook (English)', async () => {
    const readout = await readoutOf(`Harbour Committee of Kirkcudbright
Record of the meeting of Tuesday 6 October 2026

1. The Committee agreed to dredge the inner basin before the spring tides.

2. It approved a fee of £40 a night for visiting yachts over ten metres.

Any other business

Mr Dunn asked whether the slipway would be resurfaced. The harbour master replied that it would be, in the winter.

3. The Committee will next meet on Tuesday 12 January 2027, when it will review the dredging contract.
`)
    expect(readout.outlook).toEqual(['The Committee will next meet on Tuesday 12 January 2027, when it will review the dredging contract.'])
  })

  it('does the same in French, `3. La commission se réunira de nouveau …` after `Divers`', async () => {
    const readout = await readoutOf(`Commission des ports de plaisance de Paimpol
Relevé de la séance du mardi 6 octobre 2026

1. La commission a décidé de draguer le bassin à flot avant les grandes marées.

2. Elle a approuvé un tarif de 40 euros la nuit pour les voiliers de passage de plus de dix mètres.

Divers

M. Le Goff a demandé si la cale serait refaite. Le maître de port a répondu qu'elle le serait cet hiver.

3. La commission se réunira de nouveau le mardi 12 janvier 2027 ; elle examinera le marché de dragage.
`)
    expect(readout.outlook).toEqual(['La commission se réunira de nouveau le mardi 12 janvier 2027 ; elle examinera le marché de dragage.'])
  })
})
