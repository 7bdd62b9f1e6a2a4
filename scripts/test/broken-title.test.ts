import {describe, expect, it} from 'vitest'
import {isBrokenTitle, mendedTitle} from '../structure/broken-title.js'
import {readingFor} from '../structure/language.js'
import {structureText} from './helpers.js'

// A made point title a reader sees as broken (issue 11). Every title and sentence here is written for the test.
const en = readingFor('en')
const fr = readingFor('fr')

describe('a broken point title', () => {
  it('is one that ends on a word that leaves it open, in English and in French', () => {
    for (const title of ['Budget for', 'Levy on the', 'Ports and', 'Fund will']) expect(isBrokenTitle(title, en), title).toBe(true)
    for (const title of ['Étude sur l’', 'Taxe sur les', 'Quais et', 'Stratégie prévoit', 'Région consacrera', 'Bois de palmier représente', 'Objectif de planter', 'Autorité de contrôle chargée']) expect(isBrokenTitle(title, fr), title).toBe(true)
  })

  it('is one that ends on an adjective whose complement was cut (French `capables de`, `destinés à`), mended by leaving the adjective out', () => {
    for (const title of ['Brigades mobiles capables', 'Fonds destinés', 'Agents aptes']) expect(isBrokenTitle(title, fr), title).toBe(true)
    expect(mendedTitle('Brigades de secours mobiles capables', fr)).toBe('Brigades de secours mobiles')
  })

  it('is one vague word, a person’s name or a word said twice', () => {
    for (const title of ['Programme', 'Fund', 'Mandate of Mrs Okafor', 'Fund fund for wells']) expect(isBrokenTitle(title, en), title).toBe(true)
    for (const title of ['Plan', 'Accord', 'Mandat de Mme Diallo']) expect(isBrokenTitle(title, fr), title).toBe(true)
  })

  it('is not a sound title, whatever its last word', () => {
    for (const title of ['Budget for 2027', 'Election of the Chair', 'Training of ferry crews', 'Shared booking']) expect(isBrokenTitle(title, en), title).toBe(false)
    for (const title of ['Manuels de lecture', 'Chemin de fer', 'Étude sur les abonnements difficiles à résilier', 'Zones de danger', 'Fonds commun pour les puits']) expect(isBrokenTitle(title, fr), title).toBe(false)
  })

  it('is mended by leaving out what leaves it open at its end', () => {
    expect(mendedTitle('Budget for the', en)).toBe('Budget')
    expect(mendedTitle('Bois de palmier représente', fr)).toBe('Bois de palmier')
    expect(mendedTitle('Étude sur l’', fr)).toBe('Étude')
    expect(mendedTitle('Programme', en)).toBe('Programme')
  })

  it('never heads a numbered point with a verb left dangling: it is cut to the words before the verb', async () => {
    const head = 'Les ministres du Réseau des oasis se sont réunis à Tozeur le 11 juin 2026.\n\n1. Les ministres ont décidé de créer un fonds commun pour les puits.\n'
    const last = '\n3. Les ministres ont aussi décidé d’ouvrir un marché commun des dattes.\n'
    const second = async (point: string) => (await structureText(`${head}2. ${point}${last}`)).result!.readout.pillars[1].title
    // (a strategy that `prévoit` is titled by what it provides, not cut to `Stratégie`)
    expect(await second('La stratégie prévoit de porter la part des dattes conditionnées sur place de 10 à 40 % d’ici à 2031, en aidant les coopératives.')).toBe('Dattes conditionnées sur place')
    // (a subject of one word gives way to what it does, titles41: what the money pays for, never `État consacrera`)
    expect(await second('L’État consacrera 12 millions d’euros en 2027 aux canaux des oasis, contre 9 millions d’euros en 2026.')).toBe('Canaux des oasis')
    expect(await second('Le Conseil a relevé que le bois de palmier représente encore 60 % de l’énergie des ménages, contre 70 % en 2015.')).toBe('Bois de palmier')
  })

  it('cuts an adjective left without its complement, and makes the rest sound when the cut leaves it weak', async () => {
    expect(isBrokenTitle('Éleveurs titulaires', fr)).toBe(true)
    const head = 'Les ministres du Réseau des oasis se sont réunis à Tozeur le 11 juin 2026.\n\n1. Les ministres ont décidé de créer un fonds commun pour les puits.\n'
    const text = `${head}2. Les États membres se sont engagés à porter à 45 % la part des jeunes éleveuses titulaires d’une carte professionnelle d’ici à 2030.\n`
    // (`Part des jeunes éleveuses titulaires` is cut to `Part des jeunes éleveuses`, a quantity at its head, made “Jeunes éleveuses”)
    expect((await structureText(text)).result!.readout.pillars[1].title).toBe('Jeunes éleveuses')
  })
})

describe('a name with a letter outside English', () => {
  it('stays one word in a made title (the model cuts a word at such a letter: `Klaip` + `ėda`)', async () => {
    const {loadNlp} = await import('../structure/nlp.js')
    const {wordsOf} = await import('../structure/point-title.js')
    await loadNlp()
    const texts = wordsOf('Yards in Płock, Šiauliai and Tartu will be invited to bid for a joint order of barges.').map((word) => word.text)
    expect(texts).toContain('Płock')
    expect(texts).toContain('Šiauliai')
  })
})
