import {describe, expect, it} from 'vitest'
import {strongerTitle, weakTitle} from '../structure/weak-title.js'
import {readingFor} from '../structure/language.js'

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

  it('is left to the next title when one word would stay', () => {
    expect(strongerTitle('Share of boats', en)).toBeUndefined()
    expect(strongerTitle('Other ports', en)).toBeUndefined()
    expect(strongerTitle('Part des femmes', fr)).toBeUndefined()
  })
})
