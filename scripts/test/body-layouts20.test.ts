import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts of round 20 that lost the body of a text (issue 11): each rule with sentences written for
// the test, in the same layout on other subjects.

const roles = async (text: string) => {
  const {result} = await structureText(text)
  const readout = result!.readout
  return {points: readout.pillars.map((p) => p.body), outlook: readout.outlook ?? []}
}

describe('meeting notes with task boxes under headings that say what was done and what is still to do', () => {
  const notes = (before: string, after: string, items: string[]) => `Coastal Ferries Group – meeting notes\nSplit, 12 May 2026\n\nOperators from the island lines met in Split to agree the summer timetable.\n\n${before}\n[x] Passenger counts for 2025 shared with all operators\n[x] Fuel prices checked by the finance team\n\nWhat was agreed\n* Ferries to the outer islands will run twice a day from June, with 14 boats on the routes\n* Tickets bought online will be valid on every operator's boats\n\n${after}\n${items.join('\n')}\n`

  it('reads the ticked items of `Before the meeting` as context and the open ones of `Still to do` as outlook', async () => {
    const {points, outlook} = await roles(notes('Before the meeting', 'Still to do', ['[ ] Split to publish the new timetable by 20 May 2026', '[ ] The Group to meet again in Zadar in September']))
    expect(points).toEqual(["Ferries to the outer islands will run twice a day from June, with 14 boats on the routes", "Tickets bought online will be valid on every operator's boats"])
    expect(outlook).toEqual(['Split to publish the new timetable by 20 May 2026', 'The Group to meet again in Zadar in September'])
  })

  it('reads `Done`, `Open items`, `To do` and `Outstanding actions` the same way', async () => {
    for (const [before, after] of [['Done', 'Open items'], ['Ahead of the meeting', 'To do'], ['Completed', 'Outstanding actions']]) {
      const {points, outlook} = await roles(notes(before, after, ['- Split to publish the new timetable by 20 May 2026']))
      expect(points, before).toHaveLength(2)
      expect(outlook, after).toEqual(['Split to publish the new timetable by 20 May 2026'])
    }
  })

  it('reads `Avant la réunion` / `Reste à faire` in French', async () => {
    const {points, outlook} = await roles("Groupe des bacs du fleuve – notes de réunion\nSaint-Louis, 12 mai 2026\n\nLes exploitants des bacs se sont réunis à Saint-Louis pour fixer les horaires de la saison sèche.\n\nAvant la réunion\n[x] Comptages de passagers transmis à tous les exploitants\n\nCe qui a été décidé\n- Les bacs circuleront toutes les heures entre 6 h et 22 h à partir de juin.\n- Un billet unique sera valable sur toutes les traversées.\n\nReste à faire\n[ ] Le Secrétariat publiera les horaires avant le 1er juin.\n")
    expect(points).toHaveLength(2)
    expect(outlook).toEqual(["Le Secrétariat publiera les horaires avant le 1er juin."])
  })

  it('keeps a decision stated in full under `Still to do` a point, and a task with no name in capitals is no task form', async () => {
    const {points} = await roles(notes('Before the meeting', 'Still to do', ['- Operators agreed to share one call centre from July']))
    expect(points).toContain('Operators agreed to share one call centre from July')
  })
})

describe('paragraphs numbered after `§` or `Para`', () => {
  const communique = (marks: string[], separator: string) => `Final Communiqué of the Lake Basin Fisheries Council\nKisumu, 4 June 2026\n\n${marks[0]} The fisheries ministers of the five member states met in Kisumu on 4 June 2026.\n\n${separator}\n\n${marks[1]} The Council decided to close the breeding grounds to all nets from March to May each year.\n\n${marks[2]} The Council approved a common licence for boats that fish in the waters of two states.\n\n${separator}\n\n${marks[3]} The next meeting of the Council will be held in Jinja in June 2027.\n`

  it('reads `§ 1` … `§ 4` as numbered paragraphs, without their marks, across `* * *` separators', async () => {
    const {points, outlook} = await roles(communique(['§ 1', '§ 2', '§ 3', '§ 4'], '* * *'))
    expect(points).toEqual(['The Council decided to close the breeding grounds to all nets from March to May each year.', 'The Council approved a common licence for boats that fish in the waters of two states.'])
    expect(outlook).toEqual(['The next meeting of the Council will be held in Jinja in June 2027.'])
  })

  it('reads `§1.`, `Para 3.` and `Para. 4:` the same way, across a `______` rule', async () => {
    for (const marks of [['§1.', '§2.', '§3.', '§4.'], ['Para 1.', 'Para 2.', 'Para 3.', 'Para 4.'], ['Para. 1:', 'Para. 2:', 'Para. 3:', 'Para. 4:']]) {
      const {points, outlook} = await roles(communique(marks, '______'))
      expect(points, marks[0]).toEqual(['The Council decided to close the breeding grounds to all nets from March to May each year.', 'The Council approved a common licence for boats that fish in the waters of two states.'])
      expect(outlook, marks[0]).toEqual(['The next meeting of the Council will be held in Jinja in June 2027.'])
    }
  })

  it('leaves a `§` that cites an article inside a sentence as written', async () => {
    const {points} = await roles('Final Communiqué of the Lake Basin Fisheries Council\nKisumu, 4 June 2026\n\nThe fisheries ministers of the five member states met in Kisumu on 4 June 2026.\n\n1. The Council decided, under § 4 of the Convention, to close the breeding grounds from March to May.\n2. The Council approved a common licence for boats.\n')
    expect(points[0]).toBe('The Council decided, under § 4 of the Convention, to close the breeding grounds from March to May.')
  })
})
