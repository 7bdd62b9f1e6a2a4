import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {onlyLinkOrPlaceholder} from '../structure/extract-pillars.js'
import {asksAndAnswers, isNoDecision, onlyHearsFinding, takesConsentAgenda} from '../structure/no-decision.js'

// Branch structure47 (cause families C and E of rounds 39 and 40): which paragraphs are points, context and outlook. Every sentence
// here was written for these tests, in other words than the corpus's, none is a corpus text.

const en = readingFor('en')
const fr = readingFor('fr')
const readoutOf = async (text: string) => (await structureText(text)).result!.readout
const bodies = (readout: {pillars: Array<{body: string}>}) => readout.pillars.map((pillar) => pillar.body)

describe('a member’s question and its answer', () => {
  it('reads a question from the floor and the reply as no decision, in English and French', () => {
    for (const text of [
      'During the discussion, a member from the coast asked whether the grant would also reach harbour towns. The Chair replied that every town in the county may apply.',
      'One delegate wondered why the survey had left out the upland farms; the Secretary explained that they would be counted next year.',
      'Members asked several questions about the cost of the new boat.',
    ]) expect(asksAndAnswers(text, en), text).toBe(true)
    for (const text of [
      'Une adhérente a demandé si la subvention couvrirait aussi les ruchers de montagne. La trésorière a répondu que tous les ruchers du département y ont droit.',
      "M. Tessier a voulu savoir comment serait payé le nouveau local ; le président a indiqué qu'il le serait sur les réserves.",
    ]) expect(asksAndAnswers(text, fr), text).toBe(true)
  })

  it('keeps a paragraph where the meeting asks for work or decides after the question', () => {
    for (const text of [
      'The Board asked the secretariat to report how the fund had been spent by March.',
      'A member asked whether the hall could be let on Sundays. The committee agreed to let it from May.',
    ]) expect(isNoDecision(text, en), text).toBe(false)
    expect(isNoDecision("Un membre a demandé si la salle serait ouverte le dimanche. L'assemblée a décidé de l'ouvrir dès mai.", fr)).toBe(false)
  })

  it('reads a finding as heard even when members then ask questions about it', () => {
    expect(onlyHearsFinding('The Board heard a talk from the county archivist on the parish registers. Members asked a number of questions about how the scans would be stored.', en)).toBe(true)
  })
})

describe('minutes: what the meeting only heard or noted is its record', () => {
  it('leaves numbered findings of a set of minutes out of the points, in English', async () => {
    const text = [
      'GREYSTONE VALLEY CANAL TRUST',
      '',
      'Minutes of the meeting of the Board of Trustees',
      '',
      'Held on Tuesday 3 March 2026 at the Lock House, Greystone',
      '',
      '1. Apologies for absence were received from two trustees. The minutes of the meeting held on 2 December 2025 were approved as a true record.',
      '',
      '2. The Board heard a report from the lock keeper on the state of the towpath between the two basins, which had been flooded three times over the winter. Trustees asked a number of questions about the drainage works.',
      '',
      '3. The Board noted with regret that the number of volunteers at the northern locks had fallen to twelve, and thanked those who had stayed.',
      '',
      '4. The Board agreed to repair the towpath at the lower basin before Easter, at a cost of £18,000.',
      '',
      '5. The Board resolved to open the restored dry dock to school visits from June 2026.',
      '',
      '6. A trustee asked whether the café lease would be renewed. The Chair replied that talks with the tenant were still going on.',
      '',
      '7. The next meeting will be held at the Lock House on 9 June 2026.',
      '',
    ].join('\n')
    const got = bodies(await readoutOf(text))
    expect(got).toEqual([
      'The Board agreed to repair the towpath at the lower basin before Easter, at a cost of £18,000.',
      'The Board resolved to open the restored dry dock to school visits from June 2026.',
    ])
  })

  it('leaves numbered findings of a procès-verbal out of the points, in French', async () => {
    const text = [
      'Association des moulins du Gers',
      '',
      "Procès-verbal de l'assemblée générale ordinaire du samedi 14 mars 2026",
      '',
      "1. Le quorum étant atteint, la présidente ouvre la séance à 10 heures et l'assemblée adopte son ordre du jour.",
      '',
      "2. L'assemblée a entendu un exposé du technicien de la fédération sur l'état des meules des moulins à vent du département.",
      '',
      "3. L'assemblée a pris acte du bilan des journées portes ouvertes, qui ont accueilli 2 300 visiteurs.",
      '',
      "4. L'assemblée décide de restaurer les ailes du moulin de Lectoure avant l'été, pour un montant de 12 000 euros.",
      '',
      "5. L'assemblée approuve la création d'une école de meuniers bénévoles, ouverte à tous les adhérents.",
      '',
    ].join('\n')
    const got = bodies(await readoutOf(text))
    expect(got).toEqual([
      "L'assemblée décide de restaurer les ailes du moulin de Lectoure avant l'été, pour un montant de 12 000 euros.",
      "L'assemblée approuve la création d'une école de meuniers bénévoles, ouverte à tous les adhérents.",
    ])
  })

  it('keeps what a communiqué’s numbered paragraphs note as points (no record of the sitting)', async () => {
    const text = [
      'Joint Communiqué of the Third Meeting of River Ministers',
      '',
      'Passau, 12 May 2026',
      '',
      '1. Ministers noted that the river carried 14% less water in summer than a decade ago.',
      '',
      '2. Ministers agreed to share their gauge readings every day from 2027.',
      '',
      '3. Ministers agreed to fund a joint study of the summer low waters, with €2 million.',
      '',
    ].join('\n')
    const got = bodies(await readoutOf(text))
    expect(got[0]).toBe('Ministers noted that the river carried 14% less water in summer than a decade ago.')
    expect(got).toHaveLength(3)
  })
})

describe('a consent agenda taken without debate', () => {
  it('reads the lead-in of items approved together as no decision, its items inline or below, in English and French', () => {
    for (const text of [
      'The following matters were adopted en bloc, on a single vote of the members present: the auditors\' fee; the dates of the 2027 meetings.',
      'Items 4 to 7 were approved without discussion, as one motion:',
      'Les points suivants ont été adoptés en bloc, sans débat : le rapport du commissaire aux comptes ; le calendrier des réunions de 2027.',
    ]) expect(takesConsentAgenda(text), text).toBe(true)
    for (const text of [
      'The Board approved a new grant scheme: each club may claim up to £500.',
      'Without debate, members turned to the budget: it was approved after a long vote.',
    ]) expect(takesConsentAgenda(text), text).toBe(false)
  })
})

describe('a heading that names the agenda’s items for decision', () => {
  it('titles none of the paragraphs under it: each decision is its own point', async () => {
    const text = [
      'Harbour Users Committee – record of the meeting of 5 May 2026',
      '',
      'Matters for decision',
      '',
      'The committee agreed to dredge the inner basin before the summer, at a cost of £40,000.',
      '',
      'It also approved a new fee of £12 a night for visiting yachts.',
      '',
    ].join('\n')
    expect(bodies(await readoutOf(text))).toEqual([
      'The committee agreed to dredge the inner basin before the summer, at a cost of £40,000.',
      'It also approved a new fee of £12 a night for visiting yachts.',
    ])
    expect(fr.decisionHeadings?.test('Points soumis à décision')).toBe(true)
    expect(en.decisionHeadings?.test('Items for decision')).toBe(true)
  })
})

describe('a bare link or a chat export’s placeholder', () => {
  it('is never a point, whatever its note number or brackets', () => {
    for (const text of ['[4] https://example.org/rapport-2026', '2. www.example.net/annual-plan', '<https://example.com/minutes.pdf>', '<Media omitted>', '‎image omitted', '<Médias omis>', 'vidéo absente']) {
      expect(onlyLinkOrPlaceholder(text), text).toBe(true)
    }
    for (const text of ['The plan is online at https://example.org/plan.', 'Photos of the new ramp are omitted here for space.', 'Voir le rapport : https://example.org/r']) {
      expect(onlyLinkOrPlaceholder(text), text).toBe(false)
    }
  })
})
