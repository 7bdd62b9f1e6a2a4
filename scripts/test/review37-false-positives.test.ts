import {beforeAll, describe, expect, it} from 'vitest'
import {loadNlp} from '../structure/nlp.js'
import {structureText} from './helpers.js'

// Sentences where a trigger of the rules of en22a, en22b, fr22 and r24 appears but the rule must not fire
// (review37; every sentence written for the test).
beforeAll(() => loadNlp(), 60_000)

describe('a sentence that says when another meeting was held (en22a: `The meeting took place on …`)', () => {
  it('does not date a meeting whose dateline has no date from the previous or last one', async () => {
    for (const sentence of ['The previous meeting took place on 4 May 2025 in Quito.', 'The last meeting was held on 4 May 2025 in Quito.', 'Their next session will be held on 4 May 2027.']) {
      const {result} = await structureText(`The Water Ministers of the Andean Forum met in Lima.\nMinisters agreed to share river data every month.\n${sentence}\n`)
      expect(result!.readout.dates, sentence).toBeUndefined()
    }
  })
  it('nor in French (`La précédente réunion s’est tenue le …`)', async () => {
    for (const sentence of ['La précédente réunion s’est tenue le 4 mai 2025 à Vannes.', 'La dernière réunion a eu lieu le 4 mai 2025.']) {
      const {result} = await structureText(`Le Comité de l’eau du bassin de la Vilaine s’est réuni à Rennes.\nLe comité a décidé de limiter l’arrosage des jardins.\n${sentence}\n`)
      expect(result!.readout.dates, sentence).toBeUndefined()
    }
  })
  it('still dates it from the sentence about this meeting', async () => {
    const {result} = await structureText('The Water Ministers of the Andean Forum met in Lima.\nMinisters agreed to share river data every month.\nThe two-day meeting took place on 4 May 2026.\n')
    expect(result!.readout.dates?.start).toBe('2026-05-04')
    const french = await structureText('Le Comité de l’eau du bassin de la Vilaine s’est réuni à Rennes.\nLe comité a décidé de limiter l’arrosage des jardins.\nLa réunion s’est tenue le 4 mai 2026.\n')
    expect(french.result!.readout.dates?.start).toBe('2026-05-04')
  })
})

describe('pounds in a sentence that also says `each pound` (en22b: pounds as a weight)', () => {
  const figures = async (sentence: string) => (await structureText(`The Farm Ministers met in London on 3 March 2026.\n${sentence}\n`)).result!.readout.figures.map((figure) => figure.value)
  it('reads the pounds as sterling when `each` or `every pound` is money raised or spent', async () => {
    expect(await figures('Ministers agreed to give 5 million pounds to the seed fund, and each pound raised by farmers will be matched.')).toContain('£5 million')
    expect(await figures('Ministers agreed to spend 3 million pounds on hedges, so that every pound goes to the farms that plant them.')).toContain('£3 million')
  })
  it('still reads pounds as a weight in a sentence that weighs in them', async () => {
    expect(await figures('Ministers agreed to store 2.9 million pounds of grain in the new silos.')).not.toContain('£2.9 million')
    expect(await figures('Ministers agreed to buy 40,000 pounds of seed at $3 a pound.')).not.toContain('£40,000')
  })
})

describe('a French venue named in common words (r24: `à la salle des fêtes de Batz-sur-Mer`)', () => {
  const place = async (venue: string) => (await structureText(`Le Comité de bassin s’est réuni le samedi 21 mars 2026 ${venue}.\nLe comité a décidé de limiter l’arrosage des jardins.\n`)).result!.readout.place
  it('takes no town from a building named after it (`de l’Hôtel de Région`)', async () => {
    expect(await place('à la salle du conseil de l’Hôtel de Région')).toBeUndefined()
    expect(await place('à la salle des séances du Palais des Congrès')).toBeUndefined()
  })
  it('still takes the town the venue stands in', async () => {
    expect(await place('à la salle des fêtes de Batz-sur-Mer')).toBe('Batz-sur-Mer')
    expect(await place('à la maison des associations de Saint-Nazaire')).toBe('Saint-Nazaire')
  })
})

describe('a French future that a study or a forecast says (fr22: `recevra`, `verront leur`)', () => {
  const points = async (sentence: string) => (await structureText(`Le Comité des transports s’est réuni à Lille le 3 mars 2026.\nLe comité a décidé de créer une ligne de bus de nuit.\n${sentence}\n`)).result!.readout.pillars.map((pillar) => pillar.body)
  it('is no decision of the meeting', async () => {
    for (const sentence of ['Selon l’étude présentée, les ménages verront leur facture augmenter de 5 % d’ici 2028.', 'D’après les prévisions de l’Insee, chaque commune recevra moins de touristes cet été.', 'Selon les experts, les prix augmenteront de 5 % d’ici 2028.']) {
      expect(await points(sentence), sentence).not.toContain(sentence)
    }
  })
  it('still is when the meeting says it, or when a plan it adopted does', async () => {
    for (const sentence of ['Chaque commune recevra une enveloppe de 2 000 euros.', 'Selon le plan adopté, chaque commune recevra une enveloppe de 2 000 euros.']) {
      expect(await points(sentence), sentence).toContain(sentence)
    }
  })
})
