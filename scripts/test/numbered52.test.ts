import {describe, expect, it} from 'vitest'
import {scoreCase} from '../reader/evaluate.js'
import {signatureBlock} from '../structure/set-aside-tail.js'
import {unwrapMail} from '../structure/unwrap-mail.js'
import {ENGLISH_PASTED} from '../structure/english.js'
import {readoutOf} from './helpers.js'

// Which numbered or plain paragraphs are points (numbered52, session 22). Every text here is written for the test.

const pointsOf = async (text: string) => (await readoutOf(text)).pillars.map((pillar) => pillar.body)
const readout = (bodies: string[]) => ({title: 't', pillars: bodies.map((body) => ({title: body.split(' ')[0], body})), figures: [], context: [], outlook: [], source: 'x.txt'})

describe('the eval pairs equal bodies first, then the rest by place', () => {
  it('does not count every body after one lost point as lost', () => {
    const expected = {points: ['one', 'two', 'three', 'four'].map((body) => ({title: body, body}))}
    // the reader lost `two`: the three others are found, one point is missed
    const {tally, misses} = scoreCase('x', expected, readout(['one', 'three', 'four']))
    expect(tally['point bodies']).toEqual({matched: 3, total: 4})
    expect(tally['point titles']).toEqual({matched: 3, total: 4})
    expect(misses.filter((miss) => miss.field === 'point bodies')).toHaveLength(1)
  })
  it('still pairs a body read wrongly with the point at its place, and counts an extra point', () => {
    const expected = {points: [{title: 'one', body: 'one'}, {title: 'two', body: 'two'}]}
    const {tally} = scoreCase('x', expected, readout(['one', 'two and more', 'five']))
    expect(tally['point bodies']).toEqual({matched: 1, total: 3})
    expect(tally['point titles']).toEqual({matched: 2, total: 3})
  })
})

describe('a numbered record whose decisions have a heading of their own', () => {
  const record = (decisionHeading: string, contextHeading: string, reasonsHeading: string) =>
    `MOOR COMMONS TRIBUNAL\n\nNOTICE OF DECISION\n\n${contextHeading}\n\n1. This is the decision of the Tribunal on the future of the fences on the common. It records what it decided and why.\n\n2. The graziers argued that the fences should stay, and asked the Tribunal to decide that they would be kept.\n\n3. The walkers' club said that it would help to clear the old posts.\n\n${decisionHeading}\n\n4. The Tribunal decides that the fence at Black Knowe will be taken down in the spring of 2027.\n\n5. A new gate will be built beside the cattle grid at Redburn.\n\n${reasonsHeading}\n\n6. The Tribunal gave most weight to the safety of walkers, and decided that the fence was no longer needed.\n\n7. One member would have kept the fence at Black Knowe.\n\nNEXT STEPS\n\n8. The Tribunal will meet again in Hexham in May 2027.\n`
  it('reads the background, the submissions and the reasons as context, the decisions as points', async () => {
    expect(await pointsOf(record('THE DECISION', 'BACKGROUND', 'REASONS'))).toEqual([
      'The Tribunal decides that the fence at Black Knowe will be taken down in the spring of 2027.',
      'A new gate will be built beside the cattle grid at Redburn.',
    ])
    const readout = await readoutOf(record('Decisions', 'BACKGROUND', 'Our reasons'))
    expect(readout.pillars.map((pillar) => pillar.body)).toHaveLength(2)
    expect(readout.outlook).toEqual(['The Tribunal will meet again in Hexham in May 2027.'])
  })
  it('reads a French record the same way', async () => {
    const text = `COMMISSION DES DIGUES\n\nAVIS DE DÉCISION\n\nRAPPEL DES FAITS\n\n1. La commission a siégé à Tours le 3 mars 2026 et a entendu les riverains, qui ont demandé que la digue soit rehaussée.\n\n2. Les pêcheurs ont indiqué qu'ils participeraient au nettoyage des berges.\n\nDÉCISIONS\n\n3. La commission décide que la digue de Saint-Avertin sera rehaussée de 40 centimètres en 2027.\n\n4. Une passe à poissons sera construite au moulin de Veigné.\n\nMOTIFS\n\n5. La commission a retenu l'avis de l'ingénieur, qui a décidé de ne pas contester les relevés.\n`
    expect(await pointsOf(text)).toEqual([
      'La commission décide que la digue de Saint-Avertin sera rehaussée de 40 centimètres en 2027.',
      'Une passe à poissons sera construite au moulin de Veigné.',
    ])
  })
  it('leaves a numbered record without a heading of decisions as it was: every deciding paragraph is a point', async () => {
    const text = `MOOR COMMONS TRIBUNAL\n\nOUTCOMES\n\nFences\n\n1. The Tribunal decided that the fence at Black Knowe will be taken down in the spring of 2027.\n\n2. It asked the walkers' club to clear the old posts by June.\n\nGates\n\n3. A new gate will be built beside the cattle grid at Redburn.\n`
    expect(await pointsOf(text)).toHaveLength(3)
  })
})

describe("a mail's signature under its delimiter, and the message a reply quotes above it", () => {
  const mail = (tail: string) => `From: Ana Ruiz\nDate: Wed, 4 Mar 2026 08:12:40 +0100\nTo: club list\n\nOn Tue, 3 Mar 2026 at 21:03, Tom Bell wrote:\n> What was decided about the boathouse? I could not\n> get there in time.\n\nTom and all,\n\nHere is the short version. The committee of the Dunmore Rowing Club met last night in the boathouse.\n\nThe committee agreed to buy a new coxless four for the juniors, at a cost of £14,000, and to sell the old one.\n\nIt also agreed to open the boathouse on Sunday mornings from April, with a coach on duty every week.\n\nThe next meeting is on 7 April at the same place.\n\n${tail}`
  it('drops the signature, the name signed over it and the quoted question', async () => {
    const readout = await readoutOf(mail('Ana\n\n--\nAna Ruiz\nSecretary, Dunmore Rowing Club\n2 Quay Road, Dunmore DN1 2AB\n'))
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The committee agreed to buy a new coxless four for the juniors, at a cost of £14,000, and to sell the old one.',
      'It also agreed to open the boathouse on Sunday mornings from April, with a coach on duty every week.',
    ])
    expect(readout.title).not.toMatch(/Tom and all|Ana/u)
  })
  it('keeps a paragraph under a `--` that is a sentence of the text', async () => {
    const readout = await readoutOf(mail('--\nThe committee also agreed to raise the annual fee to £120 from January. Members who pay before March keep a discount.\n'))
    expect(readout.pillars.map((pillar) => pillar.body).join(' ')).toContain('raise the annual fee')
  })
})

describe('headed paragraphs after a list of decisions that decide nothing', () => {
  const text = (tail: string) => `THE BOOT\nNews for stallholders of the Moss Lane Car Boot Sale\n\nThe committee met on Monday 4 May 2026 in the scout hut on Moss Lane. Here is what the committee agreed:\n\n- Sales every Sunday from 7 June to 27 September, with the gates open from 7 am\n- A pitch fee of £12 for a car and £18 for a van\n- No amplified music anywhere on the field\n\nLast season in numbers\nThe sale welcomed about 8,000 buyers last season and took £29,000 in pitch fees.\n\nHelpers wanted\nWe need marshals for the car park from 6.30 am. Reply to this email if you can spare a Sunday.\n\n${tail}`
  it('reads them as context, in English', async () => {
    expect(await pointsOf(text(''))).toEqual([
      'Sales every Sunday from 7 June to 27 September, with the gates open from 7 am',
      'A pitch fee of £12 for a car and £18 for a van',
      'No amplified music anywhere on the field',
    ])
  })
  it('keeps a headed paragraph that decides as a point (the headings are then the record\'s items, read as before)', async () => {
    const bodies = await pointsOf(text('Car park\nThe committee also agreed to open the second car park on the farm track from June.\n'))
    expect(bodies).toContain('The committee also agreed to open the second car park on the farm track from June.')
  })
})

describe('the rules run in linear time', () => {
  const cpu = (work: () => unknown) => {
    const start = process.cpuUsage()
    work()
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1e6
  }
  it('a signature of long lines, a reply of many quoted lines and a long greeting-like line: four times the text takes at most about six times as long', () => {
    const signature = (n: number) => ['Hi all,', 'The committee agreed to buy a boat.', `--\n${'Ana Ruiz, Secretary '.repeat(n)}`]
    const quoted = (n: number) => ['From: Ana <a@x.example>', 'Date: Tue, 3 Mar 2026 08:12', 'On Tue, 3 Mar 2026 at 21:03, Tom wrote:', ...Array.from({length: n}, () => '> What was decided about the boathouse?'), ...Array.from({length: 3 * n}, () => 'The committee agreed to buy a new boat for the juniors.')]
    const greeting = (n: number) => `${'Colin'.repeat(n)} and ${'all'.repeat(n)},`
    for (const work of [(n: number) => signatureBlock(signature(n), signature(n)), (n: number) => unwrapMail(quoted(n)), (n: number) => ENGLISH_PASTED.greeting.test(greeting(n))]) {
      const small = cpu(() => work(20_000))
      const large = cpu(() => work(80_000))
      expect(large).toBeLessThan(6 * small + 0.25)
    }
  })
})

describe("a heading that names someone's report", () => {
  const report = (under: string) => `Report of the Governing Body of Brookside School\nMeeting of 14 October 2026, held in the school hall, Leek\n\nLibrary\n\nGovernors agreed to spend £4,000 on new books for the library.\n\nHeadteacher's report\n\n${under}\n\nPlayground\n\nGovernors approved a contract of £20,000 to resurface the playground in the summer.\n`
  it('heads context when its paragraphs decide nothing', async () => {
    const bodies = await pointsOf(report('The headteacher reported that 91% of pupils now read at home each week, up from 80% in 2024.'))
    expect(bodies.join(' ')).not.toContain('headteacher reported')
    expect(bodies).toContain('Governors approved a contract of £20,000 to resurface the playground in the summer.')
  })
  it('stays a point when a resolution settles it', async () => {
    const bodies = await pointsOf(report('The headteacher reported that 91% of pupils now read at home each week. RESOLVED: that the reading budget for 2027 be raised to £3,000.'))
    expect(bodies.join(' ')).toContain('RESOLVED: that the reading budget')
  })
})
