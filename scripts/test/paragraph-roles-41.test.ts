import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {talliesOrLooksBack} from '../structure/extract-pillars.js'
import {useRoleWeights} from '../structure/learned-paragraph-roles.js'

// Paragraph roles (branch roleclf5): one more decision in prose right after a list of decisions, a numbered paragraph read as one
// unit, and the guards that keep a tally of money and a look back out of the paragraph-role model's points. Every sentence here
// is written for the test.
const EN_HEAD = 'Annual Assembly of the Danube Ferry Operators\nVienna, 14 April 2026\n\nThe Danube Ferry Operators met in Vienna on 14 April 2026 for their annual assembly.\n\nThe operators agreed the following:\n\n'
const EN_LIST = '• Run one timetable for the crossings between Vienna and Bratislava from May.\n• Sell a shared day ticket valid on the boats of all eleven member lines.\n\n'
const FR_HEAD = 'Assemblée annuelle des bacs de Loire\nNantes, le 14 avril 2026\n\nLes exploitants des bacs de Loire se sont réunis à Nantes le 14 avril 2026 pour leur assemblée annuelle.\n\nLes exploitants ont arrêté les mesures suivantes :\n\n'
const FR_LIST = '– harmoniser les horaires des traversées entre Nantes et Saint-Nazaire dès le mois de mai ;\n– créer un billet journalier commun valable sur les bacs des onze exploitants.\n\n'

// (the rules are read with the paragraph-role model switched off, weights that are never sure of a role: what they read, they read alone)
beforeAll(() => useRoleWeights({bias: [0, 0, 0], weights: {}}))
afterAll(() => useRoleWeights(undefined))

const bodies = async (text: string) => (await structureText(text)).result!.readout.pillars.map((pillar) => pillar.body)

describe('one more decision in prose right after a list of decisions', () => {
  it.each([
    'The operators also agreed to commission a study of the river’s low-water periods, to be finished in 2027.',
    'The operators further decided to open a shared repair yard in Győr for the smaller boats.',
    'In addition, the operators approved a common safety briefing for passengers in four languages.',
    'It was also agreed that each line will fit life-jacket lockers on its boats before the summer.',
  ])('reads `%s` as one more point', async (sentence) => {
    expect(await bodies(`${EN_HEAD}${EN_LIST}${sentence}\n\nThe operators will meet again in Budapest in April 2027.\n`)).toContain(sentence)
  })

  it.each([
    'Les exploitants ont en outre décidé de commander une étude sur les basses eaux du fleuve, à remettre en 2027.',
    'Il a également été convenu d’ouvrir un atelier de réparation commun à Ancenis pour les plus petits bacs.',
    'Les exploitants sont aussi convenus de former leurs pilotes au secourisme avant l’été.',
  ])('reads `%s` as one more point', async (sentence) => {
    expect(await bodies(`${FR_HEAD}${FR_LIST}${sentence}\n\nLes exploitants se réuniront de nouveau à Angers en avril 2027.\n`)).toContain(sentence)
  })

  it.each([
    ['en', `${EN_HEAD}${EN_LIST}The operators also noted that passenger numbers rose by a tenth last summer.\n`],
    ['en', `${EN_HEAD}${EN_LIST}The chair also said that the river had never been so low in April.\n`],
    ['fr', `${FR_HEAD}${FR_LIST}Le président a également indiqué que le fleuve n’avait jamais été aussi bas en avril.\n`],
    ['fr', `${FR_HEAD}${FR_LIST}Les exploitants ont aussi salué le travail des passeurs bénévoles.\n`],
  ])('leaves a paragraph that only adds a word of saying or noting (%s) out of the points', async (_lang, text) => {
    expect(await bodies(text)).toHaveLength(2)
  })

  it('takes only the paragraph right after the list, not one after a paragraph of context', async () => {
    const text = `${EN_HEAD}${EN_LIST}The river was lower this spring than in any year since 1947.\n\nThe operators also agreed to commission a study of the river’s low-water periods.\n`
    expect(await bodies(text)).not.toContain('The operators also agreed to commission a study of the river’s low-water periods.')
  })

  it('knows the pattern in both languages, and not a verb of saying', () => {
    const en = readingFor('en').oneMoreDecision!
    const fr = readingFor('fr').oneMoreDecision!
    expect(en.test('Ministers further decided to close the route.')).toBe(true)
    expect(en.test('The Board has also endorsed the plan.')).toBe(true)
    expect(en.test('Ministers also welcomed the report.')).toBe(false)
    expect(fr.test('Par ailleurs, le comité a approuvé le budget.')).toBe(true)
    expect(fr.test('Le comité s’est également engagé à publier ses comptes.')).toBe(true)
    expect(fr.test('La ministre a également indiqué que le texte sera publié.')).toBe(false)
  })
})

describe('a numbered paragraph is one unit', () => {
  const head = 'Council of the Baltic Lighthouse Keepers\nConclusions\nTallinn, 3 June 2026\n\n'
  it.each([
    ['1.', '2.'],
    ['(a)', '(b)'],
    ['IV.', 'V.'],
  ])('keeps a later sentence that sets a task before the report at the next meeting in its point (markers %s)', async (first, second) => {
    const point = 'The Council agreed to light the twelve towers of the outer islands with solar lamps by 2028. Each member will survey its towers by March and report on the work done at the next meeting.'
    const {result} = await structureText(`${head}${first} ${point}\n\n${second} The Council decided to open two towers to visitors every summer.\n\nThe Council will meet again in Riga in June 2027.\n`)
    expect(result!.readout.pillars.map((pillar) => pillar.body)).toContain(point)
    expect(result!.readout.outlook).toEqual(['The Council will meet again in Riga in June 2027.'])
  })

  it('keeps a sentence that looks ahead in the middle of a numbered paragraph, before one more decision, in its point', async () => {
    const point = 'The Council agreed to light the twelve towers of the outer islands with solar lamps by 2028. The Council will review the first towers at its next meeting. It also asked the secretariat to draft a common maintenance manual.'
    const {result} = await structureText(`${head}1. ${point}\n\n2. The Council decided to open two towers to visitors every summer.\n`)
    expect(result!.readout.pillars.map((pillar) => pillar.body)).toContain(point)
    expect(result!.readout.outlook).toEqual([])
  })

  it('still sends to the outlook a last sentence that only reviews at the next meeting', async () => {
    const {result} = await structureText(`${head}1. The Council agreed to light the twelve towers of the outer islands with solar lamps by 2028. It will consider the first results at its next meeting.\n\n2. The Council decided to open two towers to visitors every summer.\n`)
    expect(result!.readout.outlook).toEqual(['It will consider the first results at its next meeting.'])
  })

  it('keeps a French numbered paragraph whole, its look ahead too', async () => {
    const point = 'Le conseil a décidé d’équiper de lampes solaires les douze phares des îles d’ici 2028. Chaque membre inspectera ses phares avant l’hiver et présentera l’avancement des travaux à la prochaine session du conseil.'
    const {result} = await structureText(`Conseil des gardiens de phare de Bretagne\nConclusions\nBrest, le 3 juin 2026\n\n1. ${point}\n\n2. Le conseil a décidé d’ouvrir deux phares aux visiteurs chaque été.\n\nLe conseil se réunira de nouveau à Lorient en juin 2027.\n`)
    expect(result!.readout.pillars.map((pillar) => pillar.body)).toContain(point)
  })

  it('still reads a numbered paragraph wholly about the next meeting as outlook', async () => {
    const {result} = await structureText(`${head}1. The Council agreed to light the twelve towers of the outer islands with solar lamps by 2028.\n\n2. The Council decided to open two towers to visitors every summer.\n\n3. The Council will hold its next meeting in Riga in June 2027, when members will report on the work done.\n`)
    expect(result!.readout.pillars).toHaveLength(2)
    expect(result!.readout.outlook).toEqual(['The Council will hold its next meeting in Riga in June 2027, when members will report on the work done.'])
  })
})

describe('what the paragraph-role model never makes a point: a tally of money given so far, a look back', () => {
  const en = readingFor('en')
  const fr = readingFor('fr')
  it.each([
    'Grants of €2 million have been pledged so far, and more are expected.',
    'Some US$9 million has already been raised for the fund.',
    'So far, eight cities have contributed to the fund.',
    'Saying that, the Network has come a long way since it began with four ports in 2009.',
    'That said, we have come far.',
    'Since its founding in 2012, the Forum has grown to 30 members.',
  ])('English: `%s`', (text) => {
    expect(talliesOrLooksBack(text, en)).toBe(true)
  })
  it.each([
    'À ce jour, 2 millions d’euros ont été promis par les partenaires.',
    'Les dons reçus s’élèvent déjà à 300 000 euros.',
    'Cela dit, le réseau a parcouru un long chemin depuis 2009.',
    'Depuis sa création en 2012, le forum a réuni trente membres.',
  ])('French: `%s`', (text) => {
    expect(talliesOrLooksBack(text, fr)).toBe(true)
  })
  it.each([
    ['en', 'The Forum agreed to pledge €2 million to the fund.'],
    ['en', 'Ministers decided to open the route since it is safe.'],
    ['fr', 'Le conseil a décidé de verser 2 millions d’euros au fonds.'],
  ])('not a decision (%s): `%s`', (lang, text) => {
    expect(talliesOrLooksBack(text, lang === 'en' ? en : fr)).toBe(false)
  })
})
