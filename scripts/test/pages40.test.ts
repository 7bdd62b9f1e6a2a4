// Output faults seen on the packs of this session's new header and furniture shapes (pages40), each fixed in the
// writer that showed it. The texts here are written for these tests.
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {deckMetadata} from '../../slides/build-deck.js'
import {pointsFrom} from '../../slides/condense.js'
import {makeSlides} from '../../slides/make-slides.js'
import {roleOfMeeting, speakerCredit} from '../theme/key-message-credit.js'
import {readoutWith} from './helpers.js'

/** Text with its no-break and narrow no-break spaces (French typography) as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

const PILLARS = [
  {title: 'Balisage', body: 'Baliser de nouveau 800 kilomètres de sentiers d’ici à 2029.'},
  {title: 'Fonds d’entretien', body: 'Créer un fonds d’entretien alimenté par les hébergeurs.'},
]

// A newsletter's headline is too long for the footer, so its roadmap's name stands in: the reader keeps that name
// in the case of its sentence (`a adopté son schéma « … »`).
const NEWSLETTER = readoutWith({
  title: 'L’Assemblée des sentiers des monts du Forez adopte son schéma « Chemins de crête 2031 » pour les cinq ans à venir',
  roadmap: 'schéma « Chemins de crête 2031 »',
  organisation: 'Assemblée des sentiers des monts du Forez',
  place: 'Montbrison',
  lang: 'fr',
  source: 'test.txt',
  pillars: PILLARS,
})

describe('a roadmap’s name in lower case where it starts a line (pages40: `schéma « … » · Aurillac, 11 juin 2026` in the deck’s footer)', () => {
  it('starts the deck’s running footer with a capital', () => {
    const {markdown, footer} = makeSlides(NEWSLETTER)
    expect(plain(footer)).toMatch(/^Schéma « Chemins de crête 2031 »/)
    expect(plain(markdown)).toMatch(/^footer: .*Schéma/m)
  })

  it('starts the Word brief’s running header and the PDFs’ subject with a capital', async () => {
    expect(plain(deckMetadata(NEWSLETTER).subject ?? '')).toMatch(/^Schéma « Chemins de crête 2031 »/)
    const zip = await JSZip.loadAsync(await makeDocx(NEWSLETTER, {title: NEWSLETTER.title}))
    const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')))
    expect(plain(headers.join(' '))).toMatch(/>Schéma « Chemins de crête 2031 »/)
  })

  it('keeps a name that opens on a small letter before a capital', () => {
    const {footer} = makeSlides({...NEWSLETTER, roadmap: 'eSanté plan « Forez 2031 »'})
    expect(footer).toMatch(/^eSanté/)
  })
})

describe('a speaker’s role that names the body by its first word (pages40: `Président de l’Assemblée, Assemblée des sentiers du Massif central`)', () => {
  it('credits the role joined to the body’s name, not the body twice', () => {
    const readout = {...NEWSLETTER, keyMessage: 'Un sentier qu’on n’entretient plus disparaît en trois saisons.', keyMessageSpeaker: {written: 'le président de l’Assemblée', role: 'président de l’Assemblée'}}
    expect(speakerCredit(readout)).toBe('Président de l’Assemblée des sentiers des monts du Forez')
    expect(roleOfMeeting('Chair of the Board', 'Board of the Nordic Federation of Chimney Sweeps')).toBe('Chair of the Board of the Nordic Federation of Chimney Sweeps')
    expect(roleOfMeeting('Présidente du Conseil', 'Conseil des ministres du Sahel')).toBe('Présidente du Conseil des ministres du Sahel')
  })

  it('keeps the comma where the role names no body, or another one', () => {
    expect(roleOfMeeting('Chair', 'East African Resilience Partnership')).toBe('Chair, East African Resilience Partnership')
    expect(roleOfMeeting('Minister of Health', 'Health Council of the Andes')).toBe('Minister of Health, Health Council of the Andes')
    expect(roleOfMeeting('Chair of the Board', 'Lakes Transport Forum')).toBe('Chair of the Board, Lakes Transport Forum')
    expect(roleOfMeeting('Chair of the Lakes Transport Forum', 'Lakes Transport Forum')).toBe('Chair of the Lakes Transport Forum')
  })
})

describe('a slide point that lost the words that give its meaning (pages40)', () => {
  it('keeps what a verb counts its object as (`Each member state will count these hours.`)', () => {
    const body = 'Each state will count the nights a ranger spends on watch as working time from 2028 and will publish how many rangers are on watch each month.'
    expect(pointsFrom(body, 'en')).toEqual(['Each state will count the nights a ranger spends on watch as working time from 2028.'])
  })

  it('keeps a list item’s last words when it ends on its `;` (`une par parc naturel au moins ;` lost `au moins`)', () => {
    expect(pointsFrom('ouvrir aux familles 30 refuges de montagne, un par vallée au moins ;', 'fr')).toEqual(['Ouvrir aux familles 30 refuges de montagne, un par vallée au moins.'])
  })
})
