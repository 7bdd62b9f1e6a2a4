import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'
import {lostMarkerItems} from '../structure/lost-markers.js'
import type {Paragraph} from 'mdast'

// The same points in every shape (issue 11, `npm run eval -- --reshape`), third step: the texts below
// were written for these tests (branch reshape39).

const HEADER = `Readout: Annual meeting of the Lowland Beekeepers' Union
Utrecht, 4 March 2026

Delegates of the 28 local beekeeping clubs met in Utrecht for the Union's annual meeting.
`

describe('a lead-in whose items lost their markers', () => {
  it('reads paragraphs that go on a colon\'s sentence in lower case as its items, each a point', async () => {
    const readout = await readoutOf(`${HEADER}
After the reports, the meeting agreed:

to buy two mobile honey extractors that clubs can borrow for a week at a time;

to run a course on varroa treatment in every province before the summer;

to ask the water boards to sow wildflowers along 40 km of dykes.

The next annual meeting will be held in Zwolle in March 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'to buy two mobile honey extractors that clubs can borrow for a week at a time;',
      'to run a course on varroa treatment in every province before the summer;',
      'to ask the water boards to sow wildflowers along 40 km of dykes.',
    ])
    expect(readout.outlook).toEqual(['The next annual meeting will be held in Zwolle in March 2027.'])
  })

  it('reads French items that open in lower case after `:` the same way', async () => {
    const readout = await readoutOf(`Compte rendu : assemblée de l'Union des apiculteurs de la plaine
Utrecht, le 4 mars 2026

Les délégués des 28 clubs apicoles se sont réunis à Utrecht pour l'assemblée annuelle de l'Union.

Après les rapports, l'assemblée a décidé :

d'acheter deux extracteurs mobiles que les clubs pourront emprunter pour une semaine ;

d'organiser une formation au traitement du varroa dans chaque province avant l'été ;

de demander aux offices de l'eau de semer des fleurs sauvages le long de 40 km de digues.

La prochaine assemblée se tiendra à Zwolle en mars 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      "d'acheter deux extracteurs mobiles que les clubs pourront emprunter pour une semaine ;",
      "d'organiser une formation au traitement du varroa dans chaque province avant l'été ;",
      'de demander aux offices de l\'eau de semer des fleurs sauvages le long de 40 km de digues.',
    ])
  })

  it('reads capitalised items that end on a semicolon, and the last one after them, as items', async () => {
    const readout = await readoutOf(`${HEADER}
In the course of the meeting, delegates:

Approved a common label for honey from lowland meadows, with a yearly pollen test;

Set the Union's fee at EUR 45 per club for 2027;

Elected Ms Anouk de Wit as treasurer for three years.

The next annual meeting will be held in Zwolle in March 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Approved a common label for honey from lowland meadows, with a yearly pollen test;',
      "Set the Union's fee at EUR 45 per club for 2027;",
      'Elected Ms Anouk de Wit as treasurer for three years.',
    ])
  })

  it('leaves a colon over one paragraph, and a colon over whole sentences, to what reads them now', () => {
    const paragraph = (text: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value: text}]})
    const one = [paragraph('Budget:'), paragraph('to raise the fee by five euros.'), paragraph('The Chair thanked the hosts.')]
    expect(lostMarkerItems(one)).toEqual([])
    const sentences = [paragraph('The meeting agreed on the following:'), paragraph('The Union will buy two extractors.'), paragraph('Each club will train two members.')]
    expect(lostMarkerItems(sentences)).toEqual([])
  })
})

describe('a colon line that leads in to whole sentences', () => {
  it('reads the sentences under `… as follows:` as points of their own, not one point under a heading', async () => {
    const readout = await readoutOf(`${HEADER}
Delegates settled the following:

Each club will keep a hive register that the provincial inspector can consult.

The Union will pay half the cost of a varroa treatment for clubs with fewer than 20 members.

A shared stand will present lowland honey at the national food fair in Ede.

The next annual meeting will be held in Zwolle in March 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Each club will keep a hive register that the provincial inspector can consult.',
      'The Union will pay half the cost of a varroa treatment for clubs with fewer than 20 members.',
      'A shared stand will present lowland honey at the national food fair in Ede.',
    ])
  })

  it('keeps colon headings that part the text into sections, each over its paragraphs, as points', async () => {
    const readout = await readoutOf(`${HEADER}
Hive health:

Delegates agreed to test every apiary for foulbrood each spring.

The tests will be paid from the Union's reserve.

Honey sales:

Delegates agreed to open a shared shop in Utrecht's covered market.
`)
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Hive health', 'Honey sales'])
  })
})
