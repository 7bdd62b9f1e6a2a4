import {describe, expect, it} from 'vitest'
import {inviteShape} from '../structure/invite-furniture.js'
import {structureText} from './helpers.js'

// threads50: a calendar invite to the NEXT meeting that carries the record of the last one in its description. Its answers row, its
// labels, the organiser's and the guests' names are the app's; its date and venue are the next meeting's, never the record's.
// Every text here was written for these tests.

const read = async (text: string) => (await structureText(text)).result!.readout
const shapeOf = (text: string) => {
  const texts = text.split('\n').map((line) => line.trim())
  const shape = inviteShape(texts, texts.flatMap((line, at) => (line ? [at] : [])))
  return {drop: shape.drop.map((at) => texts[at]), when: shape.when.map((at) => texts[at])}
}

const ENGLISH = `Updated invitation: Canal Volunteers – June work party @ Sat 13 Jun 2026 09:30 – 15:00 (kit.p@example.net)

When
Saturday 13 June 2026 ⋅ 09:30 – 15:00

Where
Lock 12 car park

Organizer
Kit Pengelly

Guests
Kit Pengelly – organizer
Dara Moss
View all guest info

Reply for kit.p@example.net
Yes · No · Maybe · More options

Record of the May work party

The Canal Volunteers met on Saturday 9 May at Hartley Lock to clear the towpath and plan the summer. Eighteen volunteers came.

- Towpath: The volunteers agreed to cut back the hedges along the towpath before the boat rally.
- Lock gates: The group will repaint the gates of locks 10 to 14 over the summer.

Invitation from Google Calendar
`

describe('an invite to the next meeting over the last meeting\'s record (threads50)', () => {
  it('sets aside the answers row, the labels, the organiser and the guests, and keeps the invite\'s date only as when it was for', () => {
    const {drop, when} = shapeOf(ENGLISH)
    expect(drop).toEqual(expect.arrayContaining(['When', 'Where', 'Organizer', 'Kit Pengelly', 'Dara Moss', 'Yes · No · Maybe · More options', 'Reply for kit.p@example.net', 'Lock 12 car park']))
    expect(drop.some((line) => line.startsWith('Updated invitation:'))).toBe(true)
    expect(when).toEqual(['Saturday 13 June 2026 ⋅ 09:30 – 15:00'])
  })

  it('dates and titles the record, not the invite', async () => {
    const readout = await read(ENGLISH)
    expect(readout.dates?.start).toBe('2026-05-09')
    expect(readout.title).toBe('Record of the May work party')
  })

  it('reads a French invite the same way, its answers row in French', async () => {
    const text = `Invitation : Comité des fêtes – réunion de mars @ jeu. 12 mars 2026 20:00 – 22:00 (sophie.l@exemple.fr)

Quand
jeudi 12 mars 2026 ⋅ 20:00 – 22:00

Où
Salle polyvalente, place de l'Église

Organisateur
Sophie Lemaire

Répondre pour sophie.l@exemple.fr
Oui   Non   Peut-être   Plus d'options

Compte rendu de la réunion de février

Le comité des fêtes s'est réuni le mercredi 11 février à Plouhinec. Quinze bénévoles étaient présents.

- Fest-noz : Le comité a décidé d'organiser un fest-noz le 18 avril.
- Buvette : Le comité a fixé le prix du café à 1 euro.

Invitation de Google Agenda
`
    expect(shapeOf(text).when).toEqual(['jeudi 12 mars 2026 ⋅ 20:00 – 22:00'])
    const readout = await read(text)
    expect(readout.dates?.start).toBe('2026-02-11')
    expect(readout.title).toBe('Compte rendu de la réunion de février')
  })

  it('keeps the invite\'s date and venue when the record is of the meeting it was for', () => {
    const text = `Invitation: Harbour Board @ Thu 19 Mar 2026 10:30 – 13:00 (ana@example.org)

When
Thursday 19 March 2026 ⋅ 10:30 – 13:00

Where
Harbour Office, Castletown

Reply for ana@example.org
Yes   No   Maybe   More options

Minutes of the meeting of 19 March (added after the meeting)

The Harbour Board met on 19 March and agreed the new mooring fees.
`
    const {drop, when} = shapeOf(text)
    expect(when).toEqual([])
    expect(drop).not.toContain('Thursday 19 March 2026 ⋅ 10:30 – 13:00')
    expect(drop).not.toContain('Harbour Office, Castletown')
  })
})

// threads51: the invite's fields with their values on the same line (`When      …`, `Quand : …`), its answers row with `more options`
// after a question, the organiser's calendar and the guests on one line each. Written for these tests.
describe('an invite whose fields hold their values on their line (threads51)', () => {
  it('keeps only when the next meeting is, and reads the record under it (English, a column of spaces)', async () => {
    const text = `Invitation: Orchard Trust trustees – spring call @ Tue 9 Mar 2027 18:00 – 19:00 (GMT)

When       Tuesday 9 March 2027 ⋅ 18:00 – 19:00
Where      Online call
Calendar   trustees@orchard.example
Who        Nia Hale (organiser), Sam Ord, +6 more

Going? Yes | Maybe | No   More options

Description:
Hello all, the invite for our spring call. Notes of the last call are pasted below.

Notes of the autumn trustees' call
The Orchard Trust trustees met online on Thursday 12 November 2026.

The trustees agreed to plant 40 new apple trees at the Long Acre orchard this winter.
`
    const {drop, when} = shapeOf(text)
    expect(when).toEqual(['When       Tuesday 9 March 2027 ⋅ 18:00 – 19:00'])
    expect(drop).toEqual(expect.arrayContaining(['Calendar   trustees@orchard.example', 'Who        Nia Hale (organiser), Sam Ord, +6 more', 'Going? Yes | Maybe | No   More options', 'Where      Online call']))
    const readout = await read(text)
    expect(readout.dates?.start).toBe('2026-11-12')
  })

  it('reads a French invite whose fields have a colon and their value after it', () => {
    const text = `Invitation : Bureau du comité des fêtes – réunion de juin @ mer. 10 juin 2026 20:00 – 22:00

Quand : mercredi 10 juin 2026 ⋅ 20:00 – 22:00
Où : salle polyvalente
Organisatrice : Léa Marchand
Invités : Léa Marchand, Paul Roux, Anne Petit

Vous participez ? Oui – Peut-être – Non   Plus d'options

Compte rendu de la réunion de mai
Le bureau s'est réuni le 13 mai à la mairie et a fixé la fête du village au 4 juillet.
`
    const {drop, when} = shapeOf(text)
    expect(when).toEqual(['Quand : mercredi 10 juin 2026 ⋅ 20:00 – 22:00'])
    expect(drop).toEqual(expect.arrayContaining(['Organisatrice : Léa Marchand', 'Invités : Léa Marchand, Paul Roux, Anne Petit', 'Où : salle polyvalente']))
    expect(drop).not.toContain('Compte rendu de la réunion de mai')
  })
})
