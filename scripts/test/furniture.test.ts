import {describe, expect, it} from 'vitest'
import {FURNITURE_VARIANTS} from '../reader/furniture-variants.js'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {readPlaceAndDate} from '../structure/recognise-header.js'
import {structureText} from './helpers.js'

/** A title block of six lines, its date on the last, over three decisions: the most lines the block reads. */
const BLOCK = [
  'Media Note',
  'Press and Information Office',
  'Ministry of Rural Roads',
  'Ministerial Meeting of the Highland Roads Council',
  'Thimphu',
  '8–9 April 2026',
  '',
  'Ministers in charge of rural roads met in Thimphu for two days to review the damage that last monsoon did to mountain tracks.',
  '',
  '- Ministers agreed to pave 400 kilometres of feeder roads by 2028.',
  '- They asked engineers to map every landslide on the network.',
  '- They will meet again in Paro next spring.',
  '',
].join('\n')

const FRENCH_BLOCK = [
  'Ministère des Routes rurales',
  'Réunion ministérielle du Conseil des routes de montagne',
  'Thimphou, le 8 avril 2026',
  '',
  'Les ministres chargés des routes rurales se sont réunis à Thimphou pour faire le point sur les dégâts de la dernière mousson.',
  '',
  '- Les ministres ont décidé de revêtir 400 kilomètres de routes de desserte d’ici 2028.',
  '- Ils ont demandé aux ingénieurs de cartographier chaque glissement de terrain.',
  '',
].join('\n')

async function readoutOf(text: string) {
  const {result} = await structureText(text)
  return result!.readout
}

describe('lines above a title block that say how the text is handled or greet its reader', () => {
  for (const mark of ['UNCLASSIFIED', 'OFFICIAL-SENSITIVE', 'Check against delivery', 'Dear colleagues,', 'Dear all,']) {
    it(`sets \`${mark}\` aside: never the title, and the block still reaches its date`, async () => {
      const plain = await readoutOf(BLOCK)
      const marked = await readoutOf(`${mark}\n\n${BLOCK}`)
      expect(marked.title).toBe(plain.title)
      expect(marked.title).not.toMatch(new RegExp(mark.replace(/[,-]/g, '.'), 'i'))
      expect([marked.dates?.start, marked.dates?.end]).toEqual(['2026-04-08', '2026-04-09'])
      expect(marked.pillars.map((pillar) => pillar.body)).toEqual(plain.pillars.map((pillar) => pillar.body))
    })
  }

  for (const mark of ['NON CLASSIFIÉ', 'Seul le prononcé fait foi', 'Chers collègues,']) {
    it(`sets the French \`${mark}\` aside`, async () => {
      const plain = await readoutOf(FRENCH_BLOCK)
      const marked = await readoutOf(`${mark}\n\n${FRENCH_BLOCK}`)
      expect(marked.title).toBe(plain.title)
      expect(marked.title).not.toMatch(/classifi|prononc|coll[èe]gues/i)
      expect(marked.dates?.start).toBe('2026-04-08')
    })
  }

  it('keeps a title that only begins with such a word', async () => {
    const text = BLOCK.replace('Ministerial Meeting of the Highland Roads Council', 'Restricted Roads Programme of the Highland Roads Council')
    expect((await readoutOf(text)).title).toMatch(/^Restricted Roads Programme/)
  })
})

describe('a title given as an e-mail’s subject', () => {
  it('names the body the subject line names, as it would the same line without its label', async () => {
    const text = 'Harbour Pilots Working Group – notes of the spring meeting\nGdynia, 12 March 2026\n\nPilots and port officials met in Gdynia to agree how night arrivals are guided in fog. They heard from two ports that lost berths to groundings last winter.\n\n- Pilots will board inbound ships two miles further out from October.\n- Ports will share radar pictures of the approaches every night.\n'
    const plain = await readoutOf(text)
    const subject = await readoutOf(`Subject: ${text}`)
    expect(plain.organisation).toBe('Harbour Pilots Working Group')
    expect(subject.organisation).toBe(plain.organisation)
    expect(subject.title).toBe(plain.title)
    const french = await readoutOf("Objet : Groupe de travail des pilotes de port – relevé de la réunion de printemps\nGdynia, le 12 mars 2026\n\nLes pilotes et les autorités portuaires se sont réunis à Gdynia pour convenir du guidage des arrivées de nuit par temps de brouillard.\n\n- Les pilotes monteront à bord des navires plus loin au large à partir d'octobre.\n- Les ports partageront chaque nuit leurs images radar des approches.\n")
    expect(french.organisation).toBe('Groupe de travail des pilotes de port')
  })
})

describe('a dateline whose date in figures follows its weekday', () => {
  it('reads the place and the date past the weekday, as it does for a date in words', () => {
    expect(readPlaceAndDate('Tozeur (Tunisie), mardi 14.10.2025', FRENCH)).toEqual({place: 'Tozeur', dates: expect.objectContaining({start: '2025-10-14'})})
    expect(readPlaceAndDate('Kaolack, jeudi 9/7/2026', FRENCH)).toEqual({place: 'Kaolack', dates: expect.objectContaining({start: '2026-07-09'})})
    expect(readPlaceAndDate('Tromsø, Friday, 16.10.2026', ENGLISH)).toEqual({place: 'Tromsø', dates: expect.objectContaining({start: '2026-10-16'})})
    expect(readPlaceAndDate('Jeudi 09.07.2026', FRENCH)).toEqual({dates: expect.objectContaining({start: '2026-07-09'})})
  })
})

describe('npm run eval -- --furniture', () => {
  const variant = (name: string) => FURNITURE_VARIANTS.find((item) => item.name.startsWith(name))!

  it('writes the meeting’s date another way, once, and leaves a range across months alone', () => {
    expect(variant('date: June 3, 2025').apply('Talks\nOslo, 4 March 2026\n\nMinisters met.')).toBe('Talks\nOslo, March 4, 2026\n\nMinisters met.')
    expect(variant('date: Tuesday').apply('Talks\nOslo, 4 March 2026\n\nMinisters met.')).toBe('Talks\nOslo, Wednesday, 4 March 2026\n\nMinisters met.')
    expect(variant('date: Tuesday').apply('Talks\nOslo, Wednesday 4 March 2026\n\nMinisters met.')).toBe('Talks\nOslo, Wednesday 4 March 2026\n\nMinisters met.')
    expect(variant('date: 3 June 2025').apply('Ministers met from March 30 to April 2, 2026 in Oslo.')).toBe('Ministers met from March 30 to April 2, 2026 in Oslo.')
    expect(variant('range: June 3-4').apply('Ministers met in Oslo on 3–4 March 2026.')).toBe('Ministers met in Oslo on March 3-4, 2026.')
    expect(variant('range: June 3-4').apply('Les ministres se sont réunis à Oslo les 3 et 4 mars 2026 pour la première fois depuis la création du groupe.')).toBe('Les ministres se sont réunis à Oslo du 3 au 4 mars 2026 pour la première fois depuis la création du groupe.')
  })

  it('rearranges a header: the title and its dateline swapped, a Subject: line', () => {
    expect(variant('title and dateline swapped').apply('Harbour Safety Talks\nOslo, 4 March 2026\n\nMinisters met.')).toBe('Oslo, 4 March 2026\nHarbour Safety Talks\n\nMinisters met.')
    expect(variant('Subject:').apply('Harbour Safety Talks\nOslo, 4 March 2026\n\nMinisters met.')).toBe('Subject: Harbour Safety Talks\nOslo, 4 March 2026\n\nMinisters met.')
  })
})
