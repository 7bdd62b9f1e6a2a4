import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {adoptsThePlan, onlyThanks} from '../structure/extract-pillars.js'
import {RECORD_TITLE} from '../structure/no-decision.js'
import {reportsIntervention} from '../structure/intervention.js'
import {carriesOn} from '../structure/pasted-text.js'

// Branch numbered48 (rounds 41 and 42: points against context in numbered reports, records and lists). Every sentence here was
// written for these tests, in other words than the corpus's, none is a corpus text; each cause is met in at least two other ways.

const en = readingFor('en')
const fr = readingFor('fr')
const readoutOf = async (text: string) => (await structureText(text)).result!.readout
const bodies = (readout: {pillars: Array<{body: string}>}) => readout.pillars.map((pillar) => pillar.body)

describe('a UN-style report on its own session is the record of that session', () => {
  it('calls such a title a record, in English and French, and no other report', () => {
    for (const title of [
      'Report of the Regional Committee on Lighthouse Heritage on its fifth session',
      'Report of the Joint Board of Inland Fisheries on its 12th meeting',
      'Draft report of the Expert Panel on Seed Banks on the work of its second special session',
      'Rapport du Comité consultatif des phares sur les travaux de sa quatrième session',
      "Rapport de l'Assemblée des bibliothèques rurales sur sa 3e réunion",
    ]) expect(RECORD_TITLE.test(title), title).toBe(true)
    for (const title of ['Report of the Working Group on Lighthouse Heritage', 'Report on the state of inland fisheries in 2026', 'Rapport annuel sur les phares']) expect(RECORD_TITLE.test(title), title).toBe(false)
  })

  it('leaves the session’s organisation, what it heard and what it noted out of the points, in English', async () => {
    const text = [
      'LH/RC.5/2026/4',
      '',
      'Distr.: General',
      '',
      '3 June 2026',
      '',
      'Regional Committee on Lighthouse Heritage',
      '',
      'Fifth session',
      '',
      'Valletta, 1–2 June 2026',
      '',
      'Report of the Regional Committee on Lighthouse Heritage on its fifth session',
      '',
      'I. Organization of the session',
      '',
      '1. The fifth session of the Committee took place at the Maritime Museum in Valletta on 1 and 2 June 2026 and was opened by the Minister for Heritage of Malta.',
      '',
      '2. The Committee adopted its provisional agenda and elected a Chair and two Vice-Chairs.',
      '',
      'II. Work of the session',
      '',
      '3. The Committee heard a briefing by the secretariat on the condition of the towers that are no longer lit, several of which have lost their lanterns to storms since 2020.',
      '',
      '4. The Committee took note of the survey carried out by the coast guards of the member countries, which found damp in most of the keepers’ cottages.',
      '',
      '5. A number of delegations stressed that the towers on remote islands were the hardest to reach. Others felt that local councils should be asked to share the cost. One delegation described how a tower had been saved by a village trust.',
      '',
      '6. Following a brief discussion, the Committee adopted the Valletta Lighthouse Heritage Plan 2027–2030.',
      '',
      '7. The Committee decided to set up a fund for the repair of lanterns, open to every member country from January 2027.',
      '',
      '8. The Committee agreed to publish a common register of lighthouse towers, with a photograph and a condition grade for each.',
    ].join('\n')
    const got = bodies(await readoutOf(text))
    expect(got).toEqual([
      'The Committee decided to set up a fund for the repair of lanterns, open to every member country from January 2027.',
      'The Committee agreed to publish a common register of lighthouse towers, with a photograph and a condition grade for each.',
    ])
  })

  it('does the same in French, under a heading that organises the work', async () => {
    const text = [
      'CCP/4/2026/3',
      '',
      'Comité consultatif des phares',
      '',
      'Quatrième session',
      '',
      'Rapport du Comité consultatif des phares sur les travaux de sa quatrième session',
      '',
      'I. Organisation des travaux',
      '',
      "1. Le Comité a adopté son ordre du jour et a élu sa présidente, Mme Anne Le Goff.",
      '',
      "2. Le Comité a entendu l'exposé du secrétariat sur l'état des phares éteints du littoral.",
      '',
      "3. Plusieurs délégations ont souligné que les phares en mer coûtaient le plus cher à entretenir. D'autres ont rappelé le rôle des associations locales.",
      '',
      'II. Décisions',
      '',
      "4. Le Comité a décidé de créer un fonds de restauration des lanternes, ouvert à tous les membres dès 2027.",
      '',
      "5. Le Comité a décidé de publier chaque année un registre commun des phares et de leur état.",
    ].join('\n')
    const got = bodies(await readoutOf(text))
    expect(got).toEqual([
      'Le Comité a décidé de créer un fonds de restauration des lanternes, ouvert à tous les membres dès 2027.',
      'Le Comité a décidé de publier chaque année un registre commun des phares et de leur état.',
    ])
  })
})

describe('a debate in which unnamed delegations speak', () => {
  it('reads what several, some or other speakers said as an intervention, in English and French', () => {
    for (const text of [
      'Several members felt that the fee was too high for small clubs. Others warned that a lower fee would not cover the insurance.',
      'Some delegations noted that the data came from only three ports; another delegation questioned how the catches had been weighed.',
      'A number of speakers stressed the role of harbour masters. The representative of Norway described the training given there.',
    ]) expect(reportsIntervention(text, en), text).toBe(true)
    for (const text of [
      "Plusieurs délégations ont souligné que les relevés ne couvraient que trois ports. D'autres ont rappelé le coût des contrôles.",
      'Certains membres ont estimé que la cotisation était trop élevée. Une autre déléguée a regretté le manque de données.',
    ]) expect(reportsIntervention(text, fr), text).toBe(true)
  })

  it('keeps a paragraph in which the meeting decides after the debate', () => {
    expect(reportsIntervention('Several members felt that the fee was too high. The Board agreed to lower it to £40 from April.', en)).toBe(false)
    expect(reportsIntervention('Several delegations agreed to fund the survey together.', en)).toBe(false)
    expect(reportsIntervention("Plusieurs délégations ont souligné le coût des contrôles. Le Comité a décidé d'en partager la charge.", fr)).toBe(false)
  })
})

describe('the plan adopted as such, after an opening clause or as a whole', () => {
  it('reads it as the adoption of the plan, in English and French', () => {
    for (const text of [
      'After a short exchange of views, the Council adopted the Harbour Renewal Plan 2027–2031, set out in the annex.',
      'Following the general discussion, the Board endorsed the Upland Water Strategy.',
      'We adopt as a whole the Kigali Framework on Rural Libraries, annexed to this declaration.',
      'Ministers approved by consensus the Coastal Roadmap 2030.',
    ]) expect(adoptsThePlan(text, en), text).toBe(true)
    for (const text of [
      "À l'issue du débat général, le Comité a adopté le Plan d'action pour les phares 2027-2030.",
      'Nous adoptons dans son ensemble le Cadre de Dakar pour les bibliothèques rurales, annexé à la présente déclaration.',
    ]) expect(adoptsThePlan(text, fr), text).toBe(true)
  })

  it('leaves a decision after an opening clause alone', () => {
    expect(adoptsThePlan('After a short exchange of views, the Council agreed to repair the harbour wall before winter.', en)).toBe(false)
  })
})

describe('a tribute to someone’s work', () => {
  it('is a courtesy, never a point, in English and French', () => {
    for (const text of [
      'We pay tribute to the work of the river wardens, who have kept the banks clear through every flood.',
      'The Board commended the dedication of the lock keepers and of their families.',
      'We acknowledge the efforts of the village committees, whose knowledge has shaped the programme from its start.',
    ]) expect(onlyThanks(text, en), text).toBe(true)
    for (const text of [
      'Nous rendons hommage aux bénévoles qui ont entretenu les sentiers pendant toutes ces années.',
      "Le conseil salue l'engagement des gardiens de refuge et de leurs familles.",
      'Les membres ont rendu hommage au travail des gardes-rivière.',
    ]) expect(onlyThanks(text, fr), text).toBe(true)
  })

  it('leaves a recognition of a need or a fact alone', () => {
    expect(onlyThanks('We recognise the need to protect the upper valleys.', en)).toBe(false)
    expect(onlyThanks('We will recognise the work of village carers in national law.', en)).toBe(false)
    expect(onlyThanks('We recognise the role of the wardens in fire prevention.', en)).toBe(false)
    expect(onlyThanks("Nous allons rendre hommage aux bénévoles lors d'une fête en juin.", fr)).toBe(false)
    expect(onlyThanks("Nous reconnaissons la nécessité d'agir vite.", fr)).toBe(false)
  })
})

describe('the clause that charges someone with carrying out the text', () => {
  it('is a formal clause for a deliberation, an order or a motion, in French and English', () => {
    for (const text of [
      "Le maire est chargé de l'exécution de la présente délibération.",
      "Le directeur général est chargé de l'application du présent arrêté.",
      'La présente délibération entre en vigueur dès sa publication.',
    ]) expect(fr.formalClause!.test(text), text).toBe(true)
    for (const text of ['The Clerk is charged with giving effect to this resolution.', 'The Secretary is responsible for the execution of the present order.']) expect(en.formalClause!.test(text), text).toBe(true)
    expect(fr.formalClause!.test("Le maire est chargé de négocier la convention avec le lycée.")).toBe(false)
  })
})

describe('a heading of findings in French', () => {
  it('names a part of context', () => {
    for (const heading of ['Constats', 'CONSTATS', 'Principaux constats', 'Constats partagés']) expect(fr.contextHeadings.test(heading), heading).toBe(true)
  })
})

describe('a line of a PDF cut right before a number', () => {
  it('goes on with the sentence above it, in English and French', () => {
    expect(carriesOn('4. Ministers heard that a village pump of the larger kind delivers on average', '950 litres of water an hour when the well is full.')).toBe(true)
    expect(carriesOn('12. We set up a training fund for caretakers for the years running from', '2027 to 2031, open to every member state.')).toBe(true)
    expect(carriesOn("3. Le conseil accorde à chacune des communes riveraines une aide annuelle portée à", '12 000 euros par an pour l\u2019entretien des berges.')).toBe(true)
  })

  it('leaves a short line, a sentence ended and a numbered item alone', () => {
    expect(carriesOn('Key figures of the season', '180 members took part.')).toBe(false)
    expect(carriesOn('4. Ministers heard that a village pump of the larger kind delivers water to all.', '950 litres of water an hour were measured.')).toBe(false)
    expect(carriesOn('4. Ministers heard that a village pump of the larger kind delivers on average', '2026 Budget')).toBe(false)
  })
})

describe('a tribute that goes on to decide', () => {
  it('is no courtesy, in English and French', () => {
    expect(onlyThanks('We commend the work of the river wardens and agree to fund two more posts.', en)).toBe(false)
    expect(onlyThanks('The Board recognised the efforts of the volunteers, and decided to give each club a grant for their training.', en)).toBe(false)
    expect(onlyThanks("Le conseil salue le travail des gardes-rivière et décide de créer deux postes de plus.", fr)).toBe(false)
  })
})
