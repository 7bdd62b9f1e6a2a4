import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {glyphBullets} from '../structure/glyph-bullets.js'
import {decisionNumbers} from '../structure/decision-numbers.js'
import {isPageFurniture, pastedNoise} from '../structure/pasted-text.js'
import {TIME_HEADING} from '../structure/furniture-headings.js'
import {FIGURES_LEAD_IN, FURNITURE_HEADINGS} from '../structure/english.js'
import {FRENCH_FIGURES_LEAD_IN, FRENCH_FURNITURE_HEADINGS} from '../structure/french.js'

// What is a point and its body (cause family C of the session's rounds 33 and 34), each stated as a general form.
// Every sentence here is written for this test, on other subjects than the corpus cases.

const read = async (text: string) => (await structureText(text)).result!.readout
const titlesAndBodies = async (text: string) => (await read(text)).pillars.map((point) => [point.title, point.body])

describe('running page furniture is dropped wherever it falls, and a paragraph it cut joined again (C1)', () => {
  for (const footer of ['WTB/2026/7 · Page 2 of 4', 'Page 2/4 | Water Transport Board', 'Réf. CTB-2026-9 – p. 2 sur 4', 'Council summary — Page 2 of 3']) {
    it(`reads \`${footer}\` as a running footer`, () => {
      expect(isPageFurniture(footer)).toBe(true)
    })
  }

  it('keeps a heading or a sentence that names a page as text', () => {
    expect(isPageFurniture('Budget · Staff · Premises')).toBe(false)
    expect(isPageFurniture('The list is on page 2 of 4 of the annex.')).toBe(false)
    expect(isPageFurniture('Point 3 | Budget')).toBe(false)
  })

  it('drops a document code met twice alone on its line, and keeps one met once', () => {
    const lines = ['Water Transport Board', '', 'The Board agreed …', '', 'WTB/MM/2026/7', '', 'The Board decided …', '', 'WTB/MM/2026/7']
    expect([...pastedNoise(lines)].sort()).toEqual([4, 8])
    expect(pastedNoise(['Water Transport Board', 'WTB/MM/2026/7', 'The Board agreed …']).size).toBe(0)
  })

  it('joins the sentence a footer cut in two', async () => {
    const text = 'Water Transport Board\nCommuniqué\nKoblenz, 2 June 2026\n\n1. The Board agreed to run a shared ferry timetable on the Rhine and the Moselle, so that\n\nWTB/2026/7 · Page 2 of 3\n\npassengers change boats within ten minutes.\n\n2. The Board decided to replace the oldest ferry at Boppard in 2027.\n'
    const bodies = (await read(text)).pillars.map((point) => point.body)
    expect(bodies[0]).toBe('The Board agreed to run a shared ferry timetable on the Rhine and the Moselle, so that passengers change boats within ten minutes.')
  })
})

describe('paragraphs numbered under a lettered or Roman part are the points (C2)', () => {
  const parts = (part: (n: number) => string, heading: (n: number) => string) =>
    `Water Transport Board\nCommuniqué\nKoblenz, 2 June 2026\n\n${heading(1)} Context\n\n${part(1)}.1 The Board met in Koblenz on 2 June 2026 under its chair.\n\n${heading(2)} Ferries\n\n${part(2)}.1 The Board agreed to run a shared ferry timetable on the Rhine.\n\n${part(2)}.2 The Board decided to replace the oldest ferry at Boppard in 2027.\n\n${heading(3)} Quays\n\n${part(3)}.1 The Board agreed to rebuild the quay at Cochem with a ramp for wheelchairs.\n`
  for (const [name, part, heading] of [
    ['letters', (n: number) => 'ABC'[n - 1], (n: number) => `${'ABC'[n - 1]}.`],
    ['Roman numerals', (n: number) => ['I', 'II', 'III'][n - 1], (n: number) => `${['I', 'II', 'III'][n - 1]}.`],
  ] as const) {
    it(`reads \`${part(2)}.1\` under \`${heading(2)}\` (${name}) as a numbered point, the part's heading as no point`, async () => {
      const bodies = (await read(parts(part, heading))).pillars.map((point) => point.body)
      expect(bodies).toEqual([
        'The Board agreed to run a shared ferry timetable on the Rhine.',
        'The Board decided to replace the oldest ferry at Boppard in 2027.',
        'The Board agreed to rebuild the quay at Cochem with a ramp for wheelchairs.',
      ])
    })
  }

  it('numbers a French paragraph under a Roman part too (`II.1 Le Conseil …`)', () => {
    const markers = parsePlainText('II. Bacs\n\nII.1 Le Conseil a décidé de remplacer le bac de Loire.\n\nII.2 Le Conseil a adopté un horaire commun.\n').children.map((node) => (node.type === 'paragraph' ? node.data?.bullet?.marker : undefined))
    expect(markers).toEqual([undefined, 'II.1', 'II.2'])
  })
})

describe("a decision's number with its prefix is dropped, the label after it is the title (C3, F3)", () => {
  const HEADED = (prefix: (n: number) => string) =>
    `Water Transport Board\nOutcomes of the spring session\nKoblenz, 2 June 2026\n\n${prefix(1)}Shared ferry timetable\nThe Board agreed to run one timetable for the ferries on the Rhine and the Moselle.\n\n${prefix(2)}New ferry at Boppard\nThe Board decided to replace the oldest ferry at Boppard in 2027.\n\n${prefix(3)}Quay at Cochem\nThe Board agreed to rebuild the quay at Cochem with a ramp for wheelchairs.\n`
  for (const prefix of [(n: number) => `WTB5/${n} — `, (n: number) => `12-${n} · `, (n: number) => `Project n°${n} | `, (n: number) => `Res. 2026/${n} – `]) {
    it(`reads \`${prefix(1).trim()}\` over a paragraph as a heading without its number`, async () => {
      expect(await titlesAndBodies(HEADED(prefix))).toEqual([
        ['Shared ferry timetable', 'The Board agreed to run one timetable for the ferries on the Rhine and the Moselle.'],
        ['New ferry at Boppard', 'The Board decided to replace the oldest ferry at Boppard in 2027.'],
        ['Quay at Cochem', 'The Board agreed to rebuild the quay at Cochem with a ramp for wheelchairs.'],
      ])
    })
  }

  it('reads a French numbered paragraph with its title colon (`14-2 · Bac de Loire : Le Conseil …`) as a point titled by its label', async () => {
    const text = 'Syndicat des bacs de Loire\nDécisions du comité\nSaumur, 4 mai 2026\n\n14-1 · Bac de Montsoreau : Le comité décide de remplacer le bac de Montsoreau en 2027.\n\n14-2 · Horaires communs : Le comité adopte un horaire commun pour les cinq bacs de la Loire.\n\n14-3 · Tarif des cyclistes : Le comité fixe à 1 euro le passage des cyclistes.\n'
    expect((await read(text)).pillars.map((point) => point.title)).toEqual(['Bac de Montsoreau', 'Horaires communs', 'Tarif des cyclistes'])
  })

  it('leaves a prefix met once, a day heading and a bare year as text', () => {
    expect(decisionNumbers(['WTB5/1 — Shared ferry timetable', 'The Board agreed …']).size).toBe(0)
    expect(decisionNumbers(['Day 1 — Tuesday 6 October', 'text', 'Day 2 — Wednesday 7 October']).size).toBe(0)
    expect(decisionNumbers(['Jour 1 : mardi 6 octobre', 'text', 'Jour 2 : mercredi 7 octobre']).size).toBe(0)
    expect(decisionNumbers(['2026 – A hard season', '2027 – A better one']).size).toBe(0)
    expect(decisionNumbers(['4 · Ferries', '7 · Quays']).size).toBe(0)
    expect([...decisionNumbers(['1 · Ferries', 'text', '2 · Quays']).keys()]).toEqual([0, 2])
  })
})

describe('schedule blocks, key numbers, live-blog entries and comments are no points (C1)', () => {
  it('reads the schedule, rubric and comment headings in both languages', () => {
    for (const heading of ["TODAY'S HIGHLIGHTS", "Today's programme", 'Programme of the day', "What's on today", 'In plenary', 'Around the venue', 'Comments (3)', '12 comments', 'A few numbers from the session', 'Key figures (secretariat report)']) expect(FURNITURE_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ["Au programme aujourd'hui", 'Programme du jour', 'Temps forts de la journée', 'En plénière', 'Dans les couloirs', 'Commentaires (2)', 'Quelques chiffres', 'Chiffres clés du secteur (rapport annuel)']) expect(FRENCH_FURNITURE_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Discussion', 'Points discussed', 'Discussions', 'Sujets abordés']) expect(FURNITURE_HEADINGS.test(heading) || FRENCH_FURNITURE_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Ferry timetable', 'Work programme', 'Programme de travaux', 'Comments on the draft law']) expect(FURNITURE_HEADINGS.test(heading) || FRENCH_FURNITURE_HEADINGS.test(heading), heading).toBe(false)
  })

  it("reads a time alone as a live blog's entry heading, never a bare number", () => {
    for (const time of ['19:40', '18 h 55', '14h10', '6.42 pm', '10:20 AM', '9 am', '09:15 –']) expect(TIME_HEADING.test(time), time).toBe(true)
    for (const other of ['12', '2026', '3.50', 'Budget']) expect(TIME_HEADING.test(other), other).toBe(false)
  })

  it('reads a list of numbers under a heading without its colon as context, in both languages', () => {
    expect(FIGURES_LEAD_IN.test('📊 A few numbers from the meeting')).toBe(true)
    expect(FIGURES_LEAD_IN.test('Key figures (secretariat report)')).toBe(true)
    expect(FRENCH_FIGURES_LEAD_IN.test('Chiffres clés du secteur (rapport annuel)')).toBe(true)
    expect(FIGURES_LEAD_IN.test('The Board agreed these figures.')).toBe(false)
  })

  it("keeps a live blog's entries and its schedule out of the points, the decisions under their own headings read", async () => {
    const text = "Ferry news\n\nLIVE – The Water Transport Board agrees a shared timetable\n\nThe Water Transport Board met in Koblenz on 2 June 2026.\n\nToday's programme\n◆ Arrival of the delegations at the town hall\n◆ Boat trip to the Deutsches Eck\n\nKey figures\n◆ 41 ferries in service on the two rivers\n◆ 3.2 million passengers in 2025\n\nWTB5/1 — Shared ferry timetable\nThe Board agreed to run one timetable for the ferries on the Rhine and the Moselle.\n\nWTB5/2 — New ferry at Boppard\nThe Board decided to replace the oldest ferry at Boppard in 2027.\n\n17:40\nThe session is closed. Thank you for following us.\n\n10:05\nThe first delegations arrive in the rain.\n"
    expect((await read(text)).pillars.map((point) => point.title)).toEqual(['Shared ferry timetable', 'New ferry at Boppard'])
  })
})

describe("a bullet a symbol font left in the private-use area is a bullet (C4)", () => {
  it('reads `\\uF0B7` and a tab before sibling lines as their bullet', async () => {
    expect([...glyphBullets(['Lead-in', '\uF0B7\tRun one timetable', '\uF0B7\tReplace the ferry']).keys()]).toEqual([1, 2])
    const text = 'Water Transport Board\nOutcome note\nKoblenz, 2 June 2026\n\nThe Board agreed to the following actions\n\uF0B7\tRun one timetable for the ferries on the Rhine and the Moselle from 2027\n\uF0B7\tReplace the oldest ferry at Boppard with an electric boat\n\uF0A7\tRebuild the quay at Cochem with a ramp for wheelchairs\n\uF0A7\tOpen a ticket office at Bingen for the summer season\n'
    expect((await read(text)).pillars.map((point) => point.body)).toEqual([
      'Run one timetable for the ferries on the Rhine and the Moselle from 2027',
      'Replace the oldest ferry at Boppard with an electric boat',
      'Rebuild the quay at Cochem with a ramp for wheelchairs',
      'Open a ticket office at Bingen for the summer season',
    ])
  })
})

describe("a meeting page's discussion is context, its decisions' titles may open on a year (C6)", () => {
  it('reads `Discussion` over prose as context and `2027 ferry timetable — …` as a title before its dash', async () => {
    const text = 'Water Transport Board\nMeeting notes\n2 June 2026\n\nDiscussion\nAnna presented the passenger counts for the spring. Ben said the quays at Cochem need work.\n\nDecisions\n✅ 2027 ferry timetable — The Board approved one timetable for the ferries on the Rhine and the Moselle.\n✅ New ferry at Boppard — The oldest ferry at Boppard will be replaced by an electric boat in 2027.\n✅ Quay at Cochem — The quay at Cochem will be rebuilt with a ramp for wheelchairs.\n'
    expect(await titlesAndBodies(text)).toEqual([
      ['2027 ferry timetable', 'The Board approved one timetable for the ferries on the Rhine and the Moselle.'],
      ['New ferry at Boppard', 'The oldest ferry at Boppard will be replaced by an electric boat in 2027.'],
      ['Quay at Cochem', 'The quay at Cochem will be rebuilt with a ramp for wheelchairs.'],
    ])
  })
})
