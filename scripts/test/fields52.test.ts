import {describe, expect, it} from 'vitest'
import {readoutOf, structureText} from './helpers.js'

// Place and dates of small places (fields52, session 22): a village in no gazetteer named by its own hall, the locality of the
// address of the street a meeting sat on, a sitting's line that closes on its venue. Every text here is written for the test.

describe('a village or a town named by its own hall is the place, in the gazetteer or not', () => {
  it('reads the village before `Village Hall` in the meeting sentence', async () => {
    const text = 'Otter Watch Group – winter meeting\n\nThe Otter Watch Group met at the Brackenby Village Hall on Tuesday 12 January 2027. Twenty members came.\n\nThe group agreed to survey the beck every month.\n\nThe group agreed to buy two trail cameras.\n'
    expect(await readoutOf(text)).toMatchObject({place: 'Brackenby', dates: {start: '2027-01-12'}})
  })
  it('reads a notice in capitals whose place field names the hall', async () => {
    const text = 'WESTLY PARISH COUNCIL\n\nPUBLIC MEETING ON FLOODING\n\nWHEN: MONDAY 8 MARCH 2027, 7PM\nWHERE: WESTLY PARISH HALL, BROOK LANE, WESTLY\n\nTHE MEETING AGREED TO CLEAR THE DITCHES ON BROOK LANE EVERY AUTUMN.\n\nTHE MEETING AGREED TO BUY 200 SANDBAGS.\n'
    expect((await readoutOf(text)).place).toBe('Westly')
  })
  it('reads the town after `salle des fêtes de` on a sitting\'s line, and the sitting\'s date before it', async () => {
    const text = 'SYNDICAT DES EAUX DU VAL DE BREUIL\n\nCOMPTE RENDU DU COMITÉ SYNDICAL\nSéance du mardi 9 mars 2027 à 20 h – Salle des fêtes de Vaudrecourt-le-Bas\n\nLe compte rendu de la séance du 12 janvier 2027 est adopté.\n\n1. Travaux\nLe comité approuve le remplacement de 3 kilomètres de canalisations.\n\n2. Tarifs\nLe comité fixe le prix du mètre cube à 2,10 euros.\n'
    expect(await readoutOf(text)).toMatchObject({place: 'Vaudrecourt-le-Bas', dates: {start: '2027-03-09', end: '2027-03-09'}})
  })
  it('leaves a hall whose name is no town\'s, and a next meeting\'s hall, unread', async () => {
    const text = 'Friends of the Canal – autumn meeting\n\nThe Friends of the Canal met at the Old Town Hall on Tuesday 12 January 2027.\n\nThe group agreed to clear the towpath.\n\nThe next meeting will be held at Marston Village Hall in March.\n'
    expect((await readoutOf(text)).place).toBeUndefined()
  })
})

describe('the locality of the address of the street a meeting sat on', () => {
  it('reads the locality after the street in a signature\'s postal address', async () => {
    const text = 'Hi all,\n\nThe trustees of the Lockside Trust met on Wednesday 3 February 2027 at 6 Canal Street, in the old toll house.\n\nThe trustees agreed to repaint the lock gates.\n\nThe trustees agreed to raise £4,000 for a new footbridge.\n\nAnna\n\n--\nAnna Lee, Secretary\n6 Canal Street, Wickford Lock, Northampton NN7 2AB\n'
    expect((await readoutOf(text)).place).toBe('Wickford Lock')
  })
  it('reads it from a footer whose parts a dot parts, when the meeting names the street', async () => {
    const text = 'THE STALL\nNews for members of the Fenby Market Society\n\nThe society\'s committee met on Monday 1 February 2027 in the church room on Quarry Road, with 6 members present.\n\nThe committee agreed to hold a market every Saturday.\n\nThe committee agreed a fee of £12 a stall.\n\nFenby Market Society · Church Room, Quarry Road, Fenby Marsh, Lincs LN11 4QT\n'
    expect((await readoutOf(text)).place).toBe('Fenby Marsh')
  })
  it('leaves an address whose street the meeting does not name', async () => {
    const text = 'Hi all,\n\nThe trustees of the Lockside Trust met on Wednesday 3 February 2027 in the boathouse.\n\nThe trustees agreed to repaint the lock gates.\n\nThe trustees agreed to raise £4,000 for a new footbridge.\n\nAnna\n\n--\nAnna Lee, Secretary\n6 Canal Street, Wickford Lock, Northampton NN7 2AB\n'
    expect((await readoutOf(text)).place).not.toBe('Wickford Lock')
  })
})

describe('time', () => {
  it('reads 4× a head of hall-like and address-like lines in at most ~6× the time', async () => {
    const line = 'The Club met at the Ab Cd Ef Village Hall on 6 Ab Cd Road, Ab Cd, Ab Cd AB1 2CD and at the Salle des fêtes de Ab-Cd-Ef '
    const text = (n: number) => `Meeting of Tuesday 3 March 2026 – Ab Village Hall\n\n${line.repeat(n)}\n\n${'6 Ab Cd Road, Ab Cd, Ab Cd AB1 2CD\n'.repeat(n)}\nThe club agreed to meet again.\n`
    await structureText(text(4))
    const time = async (n: number) => {
      const start = performance.now()
      await structureText(text(n), 'test.txt', false)
      return performance.now() - start
    }
    const small = await time(10)
    const large = await time(40)
    expect(large).toBeLessThan(Math.max(6 * small, 2000))
  })
})
