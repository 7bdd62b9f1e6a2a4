import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A numbered communiqué parts its paragraphs under sentence-case headings; the first and the last of them
// often record the sitting, not decisions: `Opening of the session` (who opened it, who was elected, a
// speaker's call) is context, `Closing of the session` is outlook for what looks ahead and context for the
// rest (what the Chair said, thanks, the place and date it was done at). Every sentence is written for the test.
const text = (opening: string, closing: string) => `Final Communiqué of the Fourth Session of the Lake Chad Fisheries Commission

${opening}

1. The Fourth Session of the Lake Chad Fisheries Commission was held in N'Djamena on 3 and 4 March 2026. Delegations from four member states attended.

2. The session was opened by the Minister of Fisheries of Chad, who called on delegations to protect the fish that feed the lake's villages.

3. The Commission elected Nigeria as Chair and Niger as Vice-Chair for two years.

Fish stocks

4. The Commission agreed to close the lake to fishing with small-mesh nets from July to September.

5. Members agreed to pool their catch data in one database kept by the Secretariat.

${closing}

6. In closing, the Chair said: "The lake can feed us all if we share it." He thanked the interpreters for their work.

7. The Commission asked the Secretariat to report on the closed season at the Fifth Session.

8. The Scientific Committee will assess the stocks again in 2028.

9. The Commission thanked the Government of Chad for its hospitality.

N'Djamena, 4 March 2026
`

describe('headings of the sitting in a numbered communiqué', () => {
  it('reads `Opening of the session` as context and `Closing of the session` as outlook and context', async () => {
    const {result, messages} = await structureText(text('Opening of the session', 'Closing of the session'))
    expect(messages.filter((line) => line.includes(' error '))).toEqual([])
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'The Commission agreed to close the lake to fishing with small-mesh nets from July to September.',
      'Members agreed to pool their catch data in one database kept by the Secretariat.',
    ])
    expect(outlook).toEqual([
      'The Commission asked the Secretariat to report on the closed season at the Fifth Session.',
      'The Scientific Committee will assess the stocks again in 2028.',
    ])
  })

  it('knows the headings other communiqués give the sitting', async () => {
    for (const [opening, closing] of [['Election of officers', 'Closing session'], ['Opening of the meeting', 'Closing of the meeting'], ['Organisational matters', 'Closing of the conference']]) {
      const {result} = await structureText(text(opening, closing))
      expect(result!.readout.pillars, opening).toHaveLength(2)
      expect(result!.readout.outlook, closing).toHaveLength(2)
    }
  })

  it('reads French headings of the sitting so too', async () => {
    const {result} = await structureText(`Communiqué final de la quatrième session de la Commission des pêches du lac Tchad

Ouverture de la session

1. La quatrième session de la Commission des pêches du lac Tchad s'est tenue à N'Djamena les 3 et 4 mars 2026. Des délégations de quatre États membres y ont pris part.

2. La Commission a élu le Nigeria à la présidence et le Niger à la vice-présidence pour deux ans.

3. Le ministre des Pêches du Tchad a appelé les délégations à protéger les poissons qui nourrissent les villages du lac.

Stocks de poissons

4. La Commission a décidé de fermer le lac à la pêche aux filets à petites mailles de juillet à septembre.

5. Les membres ont décidé de mettre en commun leurs données de captures dans une base tenue par le Secrétariat.

Clôture de la session

6. Le Comité scientifique évaluera de nouveau les stocks en 2028.

7. La Commission a remercié le Gouvernement du Tchad pour son hospitalité.
`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'La Commission a décidé de fermer le lac à la pêche aux filets à petites mailles de juillet à septembre.',
      'Les membres ont décidé de mettre en commun leurs données de captures dans une base tenue par le Secrétariat.',
    ])
    expect(result!.readout.outlook).toEqual(['Le Comité scientifique évaluera de nouveau les stocks en 2028.'])
  })

  it('keeps an election under a heading of its own subject a point', async () => {
    const {result} = await structureText(text('Opening of the session', 'Closing of the session').replace('Fish stocks\n', 'Fish stocks\n\n3a. The Commission elected a new Executive Secretary, Ms. Hawa Idriss of Chad.\n'))
    expect(result!.readout.pillars.map((p) => p.body)).toContain('The Commission elected a new Executive Secretary, Ms. Hawa Idriss of Chad.')
  })
})

describe('a plan adopted with what it sets', () => {
  it('is a point when a clause says what the plan sets, and context when it says nothing of it', async () => {
    const head = 'Ministers of the Lake Basin met in Kisumu on 4 May 2026.\n\n1. Ministers welcomed the report of the Secretariat.\n\n'
    const sets = await structureText(`${head}2. Ministers adopted the Kisumu Fisheries Strategy 2027–2031, which sets a catch limit for each species of the lake.\n\n3. Ministers agreed to fund twelve patrol boats.\n`)
    expect(sets.result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ministers adopted the Kisumu Fisheries Strategy 2027–2031, which sets a catch limit for each species of the lake.',
      'Ministers agreed to fund twelve patrol boats.',
    ])
    const establishes = await structureText(`${head}2. Ministers endorsed the Lake Basin Charter, which establishes a fund for the fishing villages.\n\n3. Ministers agreed to fund twelve patrol boats.\n`)
    expect(establishes.result!.readout.pillars).toHaveLength(2)
    const bare = await structureText(`${head}2. Ministers adopted the Kisumu Fisheries Strategy 2027–2031.\n\n3. Ministers agreed to fund twelve patrol boats.\n`)
    expect(bare.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to fund twelve patrol boats.'])
  })
})
