import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'

// The same points in every shape a readout uses (issue 11, `npm run eval -- --reshape`): the texts
// below were written for these tests.

const HEADER = `Readout: Ministerial Meeting of the Coastal Rail Partnership
Mombasa, 12 March 2026

Transport ministers of the five coastal states met in Mombasa to agree the next steps for the coastal line.
`

describe('points in a numbered table', () => {
  it('reads the rows of a `| # | Commitment |` table as points, without their numbers', async () => {
    const readout = await readoutOf(`${HEADER}
| # | Commitment |
|---|---|
| 1 | Ministers noted that freight on the line has doubled since 2020, to 4 million tonnes a year. |
| 2 | Ministers agreed to lay a second track between the two largest ports by 2031. |
| 3 | The Partnership will buy 30 new locomotives, shared among the five states. |

The ministers will meet again in Dar es Salaam in 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Ministers noted that freight on the line has doubled since 2020, to 4 million tonnes a year.',
      'Ministers agreed to lay a second track between the two largest ports by 2031.',
      'The Partnership will buy 30 new locomotives, shared among the five states.',
    ])
    expect(readout.outlook).toEqual(['The ministers will meet again in Dar es Salaam in 2027.'])
  })

  it('reads a French table numbered `N°` the same way, each row as its decision cell (its deadline is the table\'s)', async () => {
    const readout = await readoutOf(`Compte rendu : réunion du Partenariat ferroviaire côtier
Mombasa, le 12 mars 2026

Les ministres des Transports des cinq États côtiers se sont réunis à Mombasa.

| N° | Engagement | Échéance |
|---|---|---|
| 1 | Poser une deuxième voie entre les deux plus grands ports | 2031 |
| 2 | Acheter 30 nouvelles locomotives pour la ligne | 2028 |
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['Poser une deuxième voie entre les deux plus grands ports', 'Acheter 30 nouvelles locomotives pour la ligne'])
  })

  it('leaves a numbered table of pledges, whose column names no decision, to what reads it now', async () => {
    const readout = await readoutOf(`${HEADER}
Ministers agreed to lay a second track between the two largest ports by 2031.

The Partnership will buy 30 new locomotives, shared among the five states.

| # | Donor | Amount |
|---|---|---|
| 1 | Kenya | US$40 million |
| 2 | Tanzania | US$35 million |
`)
    expect(readout.pillars.map((pillar) => pillar.body).join('\n')).not.toMatch(/^Kenya/m)
  })
})

describe('points numbered by ordinal openers', () => {
  it('reads paragraphs opening `First, …`, `Second, …`, `Finally, …` as points, one that only notes too', async () => {
    const readout = await readoutOf(`${HEADER}
First, ministers noted that freight on the line has doubled since 2020, to 4 million tonnes a year.

Second, ministers agreed to lay a second track between the two largest ports by 2031.

Finally, the Partnership will buy 30 new locomotives, shared among the five states.

The ministers will meet again in Dar es Salaam in 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'First, ministers noted that freight on the line has doubled since 2020, to 4 million tonnes a year.',
      'Second, ministers agreed to lay a second track between the two largest ports by 2031.',
      'Finally, the Partnership will buy 30 new locomotives, shared among the five states.',
    ])
    expect(readout.outlook).toEqual(['The ministers will meet again in Dar es Salaam in 2027.'])
  })

  it('reads French openers `Premièrement, …` / `Deuxièmement, …` the same way', async () => {
    const readout = await readoutOf(`Compte rendu : réunion du Partenariat ferroviaire côtier
Mombasa, le 12 mars 2026

Les ministres des Transports des cinq États côtiers se sont réunis à Mombasa.

Premièrement, les ministres ont pris note de la hausse du fret sur la ligne depuis 2020.

Deuxièmement, les ministres ont décidé de poser une deuxième voie entre les deux plus grands ports d'ici 2031.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Premièrement, les ministres ont pris note de la hausse du fret sur la ligne depuis 2020.',
      "Deuxièmement, les ministres ont décidé de poser une deuxième voie entre les deux plus grands ports d'ici 2031.",
    ])
  })

  it('leaves a lone `First, …` paragraph, which numbers nothing, to its verb', async () => {
    const readout = await readoutOf(`${HEADER}
First, ministers heard that freight on the line has doubled since 2020, to 4 million tonnes a year.

Ministers agreed to lay a second track between the two largest ports by 2031.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['Ministers agreed to lay a second track between the two largest ports by 2031.'])
  })
})

describe('a list of decisions under a heading of context', () => {
  const HEADED = `Communiqué of the Fourth Session of the Coastal Rail Commission
Mombasa, 12 March 2026

Opening of the session

The session was opened by the Minister of Transport of Kenya, who welcomed the delegations.

Participants

The session brought together the transport ministers of the five coastal states and the Commission's staff.
`

  it('reads a bulleted list whose items decide as the points, though it follows `Participants`', async () => {
    const readout = await readoutOf(`${HEADED}
• The Commission approved a second track between the two largest ports, to be laid by 2031.
• Ministers agreed to buy 30 new locomotives, shared among the five states.

Next session

The Commission will meet again in Dar es Salaam in 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['The Commission approved a second track between the two largest ports, to be laid by 2031.', 'Ministers agreed to buy 30 new locomotives, shared among the five states.'])
    expect(readout.outlook).toEqual(['The Commission will meet again in Dar es Salaam in 2027.'])
  })

  it('reads a numbered list there the same way, its numbers one list whatever they count', async () => {
    const readout = await readoutOf(`${HEADED}
1. The Commission approved a second track between the two largest ports, to be laid by 2031.

2. Ministers agreed to buy 30 new locomotives, shared among the five states.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['The Commission approved a second track between the two largest ports, to be laid by 2031.', 'Ministers agreed to buy 30 new locomotives, shared among the five states.'])
  })

  it('keeps a list of who took part, which decides nothing, as context there', async () => {
    const readout = await readoutOf(`${HEADED}
• Kenya, represented by its Minister of Transport
• Tanzania, represented by its Deputy Minister

Decisions

Ministers agreed to buy 30 new locomotives, shared among the five states.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['Ministers agreed to buy 30 new locomotives, shared among the five states.'])
  })
})

describe('a lead-in over plain paragraphs', () => {
  it('reads `Ministers agreed on the following:` over whole sentences as their lead-in, each sentence a point', async () => {
    const readout = await readoutOf(`${HEADER}
Ministers agreed on the following steps:

A second track will be laid between the two largest ports by 2031.

The Partnership will buy 30 new locomotives, shared among the five states.

The ministers will meet again in Dar es Salaam in 2027.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['A second track will be laid between the two largest ports by 2031.', 'The Partnership will buy 30 new locomotives, shared among the five states.'])
  })

  it('keeps a short heading with a colon that decides nothing as a heading over its paragraph', async () => {
    const readout = await readoutOf(`${HEADER}
Rail freight:

Ministers agreed to lay a second track between the two largest ports by 2031.

Locomotives:

The Partnership will buy 30 new locomotives, shared among the five states.
`)
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Rail freight', 'Locomotives'])
  })
})

describe('a paragraph after one-paragraph heading sections', () => {
  const ORCHARD = `Readout: Meeting of the Highland Orchard Board
Kandy, 3 June 2026

Agriculture ministers of four highland provinces met in Kandy.

Grafting nurseries
Ministers agreed to open six grafting nurseries for disease-free pear stock by the next harvest.

Frost alerts
The Board approved a text-message frost alert for every registered orchard, sent the evening before a cold night.
`

  it('ends the last heading\'s section at a paragraph of facts that decides nothing', async () => {
    const readout = await readoutOf(`${ORCHARD}
Orchards in the four provinces cover about 18,000 hectares, two thirds of them worked by families.

The Board will meet again in Nuwara Eliya next spring.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Ministers agreed to open six grafting nurseries for disease-free pear stock by the next harvest.',
      'The Board approved a text-message frost alert for every registered orchard, sent the evening before a cold night.',
    ])
    expect(readout.outlook).toEqual(['The Board will meet again in Nuwara Eliya next spring.'])
  })

  it('keeps a second paragraph that decides, and a short line that records the vote, with its heading', async () => {
    const readout = await readoutOf(`${ORCHARD}
Ministers also asked the provinces to share the cost of the alerts equally.

Carried without objection, two abstaining.
`)
    expect(readout.pillars[1].body).toBe('The Board approved a text-message frost alert for every registered orchard, sent the evening before a cold night. Ministers also asked the provinces to share the cost of the alerts equally. Carried without objection, two abstaining.')
  })

  it('keeps every paragraph under a heading whose earlier sections have more than one', async () => {
    const readout = await readoutOf(`Readout: Meeting of the Highland Orchard Board
Kandy, 3 June 2026

Agriculture ministers of four highland provinces met in Kandy.

Grafting nurseries
Ministers agreed to open six grafting nurseries for disease-free pear stock by the next harvest.

Each nursery will be run by a growers' cooperative.

Frost alerts
The Board approved a text-message frost alert for every registered orchard, sent the evening before a cold night.

The alerts draw on the weather service's mountain stations.
`)
    expect(readout.pillars[1].body).toBe('The Board approved a text-message frost alert for every registered orchard, sent the evening before a cold night. The alerts draw on the weather service\'s mountain stations.')
  })
})

describe('a heading of decisions over paragraphs of text', () => {
  it('reads each paragraph under `Decisions` as a point of its own, not one point titled `Decisions`', async () => {
    const readout = await readoutOf(`Readout: Meeting of the Lagoon Ferry Board
Aveiro, 20 April 2026

The Board met in Aveiro to plan the summer timetable of the lagoon ferries.

Decisions

The Board agreed to run a half-hourly ferry between the two lagoon towns from June to September.

The Board approved the purchase of two electric ferries, each carrying 120 passengers.

Next meeting

The Board will meet again in October.
`)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Board agreed to run a half-hourly ferry between the two lagoon towns from June to September.',
      'The Board approved the purchase of two electric ferries, each carrying 120 passengers.',
    ])
    expect(readout.pillars.map((pillar) => pillar.title)).not.toContain('Decisions')
  })

  it('reads French `Décisions` the same way', async () => {
    const readout = await readoutOf(`Compte rendu : réunion du conseil des bacs de la lagune
Aveiro, le 20 avril 2026

Le conseil s'est réuni à Aveiro pour préparer les horaires d'été des bacs.

Décisions

Le conseil a décidé de faire circuler un bac toutes les demi-heures entre les deux villes de la lagune, de juin à septembre.

Le conseil a approuvé l'achat de deux bacs électriques de 120 places chacun.
`)
    expect(readout.pillars).toHaveLength(2)
  })
})
