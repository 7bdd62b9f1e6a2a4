import {describe, expect, it} from 'vitest'
import {townOfPlace} from '../structure/town-of-place.js'
import {readoutOf} from './helpers.js'

// Header fields of rounds 43 and 44 (branch fields49): each cause in other words than the corpus's, in English and French. Every sentence here is written for the test.

const POINTS = '\n\n- The members agreed to repaint the clubhouse before the spring.\n- A new kit supplier was chosen for the juniors.\n\nThe next meeting will be in March.\n'
const POINTS_FR = "\n\n- Les membres ont décidé de repeindre le club-house avant le printemps.\n- Un nouveau fournisseur de tenues a été retenu pour les jeunes.\n\nLa prochaine réunion aura lieu en mars.\n"

describe('an organ named alone is the organ of the body an end of the text names', () => {
  it('takes the body a page title names after a dash, the organ before it', async () => {
    const readout = await readoutOf(`Management Committee report | Western Isles Rowing League – Official Website\n\nManagement Committee – Decisions\nMeeting held at the Boathouse, Stornoway, on Saturday 3 October 2026\n\nThe Management Committee took these decisions:${POINTS}`)
    expect(readout.organisation).toBe('Western Isles Rowing League')
  })
  it('takes the body a mail’s sender or a signature names, the lead naming the organ in lower case', async () => {
    const sender = await readoutOf(`De : Ligue régionale de canoë-kayak de Bourgogne <contact@exemple.fr>\nEnvoyé : vendredi 9 octobre 2026 10:02\nÀ : clubs@exemple.fr\nObjet : Relevé du bureau\n\nBonjour,\n\nVoici ce qu'a décidé mardi le bureau exécutif, réuni à Dijon sous la présidence de Claire Vernet.${POINTS_FR}`)
    expect(sender.organisation).toBe('Ligue régionale de canoë-kayak de Bourgogne')
    const signature = await readoutOf(`Subject: what the board decided\n\nDear club secretaries,\n\nHere is what was agreed by the executive committee, meeting in Carlisle on 14 October 2026 under its chair.${POINTS}\nBest wishes,\nJane Hurst\nSecretary\nCumbria Fell Running Association\n`)
    expect(signature.organisation).toBe('Cumbria Fell Running Association')
  })
})

describe('a part of a town (an estate, a park, a district) is in the town the postal address gives', () => {
  it('takes the town after the part on the address line', () => {
    expect(townOfPlace('Hillsborough Park', 'Venue: Pavilion, Hillsborough Park, Sheffield S6 2UB\n\nThe club met at Hillsborough Park on Sunday.')).toBe('Sheffield')
    expect(townOfPlace('Parc de la Tête d\'Or', "Lieu : Chalet du parc, Parc de la Tête d'Or, 69006 Lyon\n\nLe bureau s'est réuni au Parc de la Tête d'Or.")).toBe('Lyon')
  })
  it('takes the town a sentence names right before its district, the address at the foot', () => {
    expect(townOfPlace('Chorlton', 'We met at the community centre of Manchester, in Chorlton, on Monday.\n\nFlat 2, 10 Beech Road, Manchester M21 9EG')).toBe('Manchester')
    expect(townOfPlace('Saint-Michel', 'Réunis à la salle municipale de Bordeaux, quartier de Saint-Michel, les élus ont voté.\n\nHôtel de ville · 33000 Bordeaux')).toBe('Bordeaux')
  })
  it('keeps a place the address does not write as a part of its town', () => {
    expect(townOfPlace('Carlisle', 'The board met in Carlisle on Monday.\n\nHead office: 4 High Street, Penrith CA11 7BQ')).toBeUndefined()
    expect(townOfPlace('Dijon', "Le bureau s'est réuni à Dijon.\n\nSiège : 12 rue des Forges, 21200 Beaune")).toBeUndefined()
  })
})

describe('a dateline with a weekday and no date is dated back from the text’s own date', () => {
  it('counts back from a mail’s sent date, in French and English', async () => {
    const french = await readoutOf(`De : Secrétariat <secretariat@exemple.fr>\nEnvoyé : jeudi 22 octobre 2026 08:40\nÀ : membres@exemple.fr\nObjet : Nos décisions\n\nBonjour,\n\nVoici les décisions prises mardi par le conseil de la Ligue régionale de tir à l'arc, réuni à Dijon.${POINTS_FR}`)
    expect(french.dates).toMatchObject({start: '2026-10-20', end: '2026-10-20'})
    const english = await readoutOf(`From: Office <office@example.org>\nSent: Friday, 6 November 2026 12:15\nTo: members@example.org\nSubject: Our decisions\n\nHello all,\n\nThese are the decisions the council of the Cumbria Fell Running Association took on Wednesday evening in Kendal.${POINTS}`)
    expect(english.dates).toMatchObject({start: '2026-11-04', end: '2026-11-04'})
  })
})
