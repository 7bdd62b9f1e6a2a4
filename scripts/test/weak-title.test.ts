import {describe, expect, it} from 'vitest'
import {strongerTitle, weakTitle} from '../structure/weak-title.js'
import {readingFor} from '../structure/language.js'
import {structureText} from './helpers.js'

// A made point title that is sound but weak (issue 11). Every title and sentence here is written for the test.
const en = readingFor('en')
const fr = readingFor('fr')

describe('a weak point title', () => {
  it('is one word that names nothing, or one plural noun alone', () => {
    for (const title of ['Other', 'Several', 'Farmers', 'Villages', 'Children']) expect(weakTitle(title, en), title).toBeDefined()
    for (const title of ['Seuls', 'Plusieurs', 'Pêcheurs', 'Routes']) expect(weakTitle(title, fr), title).toBeDefined()
  })

  it('has a quantifier or a quantity at its head, or a quantity made its last word', () => {
    for (const title of ['Other ports', 'Same vessel register', 'More nurses', 'Many wells', 'Half of the grain', 'Share of boats', 'Number of licensed vessels', 'Grain half']) expect(weakTitle(title, en), title).toBeDefined()
    for (const title of ['Autres ports', 'Mêmes règles', 'Part des bateaux', 'La moitié de cette somme', 'Nombre de puits forés']) expect(weakTitle(title, fr), title).toBeDefined()
  })

  it('is a verb with a bare object, or a verb whose complement lost its article', () => {
    for (const title of ['Drafting treaty', 'Hiring inspector', 'Ban dredging', 'Stop the dumping', 'Linking villages to road', 'Moving stock from depot']) expect(weakTitle(title, en), title).toBeDefined()
  })

  it('is a French title that opens with an article', () => {
    for (const title of ['Le registre commun des navires', 'La carte des sols', 'L’observatoire des prix', 'Les quotas de pêche']) expect(weakTitle(title, fr), title).toBe('article first')
  })

  it('is not a sound title', () => {
    for (const title of ['Vaccination', 'Access', 'News', 'Repairing schools', 'Training programme', 'Funding for roofs', 'Buying food from local farmers', 'Access to water', 'Shipping lanes', 'Ban on trawling', 'Cut in fees', 'Grain reserve', 'NGOs', 'Regional grain reserve']) expect(weakTitle(title, en), title).toBeUndefined()
    for (const title of ['Assainissement', 'Accès', 'Fonds', 'Registre commun des navires', 'Carte des sols', 'Lait local', 'Laboratoire régional', 'Partenariat sur les semences']) expect(weakTitle(title, fr), title).toBeUndefined()
  })
})

describe('a weak title made sound from its own words', () => {
  it('loses a French article, a quantity of two words or more, a quantifier, and takes a dropped article back', () => {
    expect(strongerTitle('Le registre commun des navires', fr)).toBe('Registre commun des navires')
    expect(strongerTitle('Part des bateaux immatriculés', fr)).toBe('Bateaux immatriculés')
    expect(strongerTitle('Share of new clinics', en)).toBe('New clinics')
    expect(strongerTitle('Same vessel register', en)).toBe('Vessel register')
    expect(strongerTitle('Linking villages to road', en)).toBe('Linking villages to the road')
  })

  it('keeps what the sentence says of a quantity’s subject of one word right after it', () => {
    expect(strongerTitle('Share of grain', en, 'The share of grain stored in sealed silos is 30% today.')).toBe('Grain stored in sealed silos')
    expect(strongerTitle('Number of nurses', en, 'The number of nurses in mountain districts rose to 900.')).toBe('Nurses in mountain districts')
    expect(strongerTitle('Nombre de médecins', fr, 'Le nombre de médecins installés dans les zones rurales passera de 300 à 500.')).toBe('Médecins installés dans les zones rurales')
    // (a participle that agrees with the share, not with its plural subject, is the share's)
    expect(strongerTitle('Part des puits', fr, 'La part des puits équipée de pompes solaires atteindra 40 %.')).toBeUndefined()
    expect(strongerTitle('Share of boats', en, 'The share of boats has doubled.')).toBeUndefined()
  })

  it('is left to the next title when one word would stay', () => {
    expect(strongerTitle('Share of boats', en)).toBeUndefined()
    expect(strongerTitle('Other ports', en)).toBeUndefined()
    expect(strongerTitle('Part des femmes', fr)).toBeUndefined()
  })
})

describe('a made point title', () => {
  const titles = async (text: string) => (await structureText(text)).result!.readout.pillars.map((pillar) => pillar.title)

  it('names what a share or a number is of, and never opens on a quantifier', async () => {
    const text = 'Ministers of the River Ports Council met in Linz on 4 June 2026.\n\n1. Ministers agreed to build a shared barge registry.\n2. Ministers noted that the share of rural households with a bank account rose from 40% in 2020 to 61% in 2025.\n3. Ministers noted that more skippers now hold a river licence than in 2020.\n4. Ministers agreed that the number of river ports with shore power will double by 2030.\n'
    expect(await titles(text)).toEqual(['Shared barge registry', 'Rural households', 'River licence', 'River ports'])
  })

  it('never opens a French point on an article or a share, nor ends it open', async () => {
    const text = 'Les ministres du Conseil des ports fluviaux se sont réunis à Linz le 4 juin 2026.\n\n1. Les ministres ont décidé de créer un fonds commun pour le dragage.\n2. La part des barges électriques, qui était de 4 % en 2020, a atteint 11 % en 2025.\n3. Le conseil de gestion de proximité, expérimenté depuis 2023 dans 40 villages, sera étendu à 250 villages d’ici 2028.\n'
    expect(await titles(text)).toEqual(['Fonds commun pour le dragage', 'Barges électriques', 'Conseil de gestion'])
  })
})
