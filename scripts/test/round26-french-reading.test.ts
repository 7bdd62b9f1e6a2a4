import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {pastedNoise} from '../structure/pasted-text.js'
import {bodyHoldingAssembly} from '../structure/assembly-body.js'
import type {Paragraph, Text} from 'mdast'

// What round 26 showed the reader missing in its French cases, stated as general forms: resolutions headed by their
// rank in words with their title in brackets, the vote said in a sentence right under each, a letterhead's postal
// address, a certified-copy formula over the signature, a general meeting named for the body that held it.
// Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout
const parsed = (text: string) => parsePlainText(text).children.map((node) => ((node as Paragraph).children[0] as Text).value)

const RESOLUTIONS = `MUTUELLE DES PÊCHEURS DU LAC
Siège social – BP 77, 4410 Mopti, Mali

ASSEMBLÉE GÉNÉRALE ANNUELLE DU 9 MAI 2026

L'Assemblée générale annuelle des membres de la Mutuelle des pêcheurs du lac s'est tenue le samedi 9 mai 2026 à Mopti, sous la présidence de M. Oumar Traoré.

PREMIÈRE RÉSOLUTION (Caisse de secours)
L'Assemblée générale crée une caisse de secours pour les familles des pêcheurs disparus en mer.
Cette résolution est adoptée à l'unanimité.

DEUXIÈME RÉSOLUTION (Filets autorisés)
L'Assemblée générale interdit les filets dont la maille est inférieure à trois centimètres.
Cette résolution est adoptée à la majorité.

Pour extrait certifié conforme,
Le Président
Oumar Traoré
`

describe('resolutions headed by their rank in words', () => {
  it('reads `PREMIÈRE RÉSOLUTION (Titre)` as a heading whose title is in the brackets', () => {
    expect(parsed('PREMIÈRE RÉSOLUTION (Caisse de secours)\nL\'Assemblée crée une caisse de secours.\n')[0]).toBe('Caisse de secours')
    expect(parsed('Second resolution (Approval of the fares)\nThe meeting approved the new fares.\n')[0]).toBe('Approval of the fares')
    expect(parsed('Troisième délibération : Tarifs du port\nLe conseil fixe les tarifs.\n')[0]).toBe('Tarifs du port')
  })
  it('leaves a bracket that does not close the line, or a sentence after the rank, as text', () => {
    expect(parsed('Première résolution (adoptée) sur les filets.\n')[0]).toBe('Première résolution (adoptée) sur les filets.')
    expect(parsed('First resolution: The meeting approved the fares.\n')[0]).toBe('First resolution: The meeting approved the fares.')
  })
  // (the vote sentence is the sitting's procedure, out of the body: the corpus's convention since motions52, session 22)
  it('makes each resolution a point whose body leaves out its vote, and cuts the certified signature', async () => {
    const readout = await read(RESOLUTIONS)
    expect(readout.pillars.map((p) => [p.title, p.body])).toEqual([
      ['Caisse de secours', "L'Assemblée générale crée une caisse de secours pour les familles des pêcheurs disparus en mer."],
      ['Filets autorisés', "L'Assemblée générale interdit les filets dont la maille est inférieure à trois centimètres."],
    ])
    expect(readout.title).not.toMatch(/BP 77/u)
    expect(readout.organisation).toBe('Mutuelle des pêcheurs du lac')
  })
})

describe('the vote said in a sentence under a resolution', () => {
  // (since motions52 a vote is the sitting's procedure, kept out of the resolution's body: a paragraph of its own, read as procedure)
  it('stands as its own paragraph under the one above it, in either language', () => {
    expect(parsed('The meeting approves the new fares for the ferry.\nThis resolution was adopted unanimously.\n')).toEqual(['The meeting approves the new fares for the ferry.', 'This resolution was adopted unanimously.'])
    expect(parsed("Le conseil fixe le tarif du bac.\nLa délibération a été adoptée par 12 voix contre 3.\n")).toEqual(['Le conseil fixe le tarif du bac.', 'La délibération a été adoptée par 12 voix contre 3.'])
  })
  it('leaves a sentence that goes on about something else as its own paragraph', () => {
    expect(parsed('Le conseil fixe le tarif du bac.\nCette résolution complète celle de 2024 sur les quais.\n')).toHaveLength(2)
  })
})

describe('a letterhead’s postal address and a certified-copy sign-off', () => {
  const lines = (text: string) => text.split('\n')
  it('drops a postal box or a postal code before a town among the first lines', () => {
    for (const address of ['Société coopérative – BP 12, 98700 Uturoa', 'Registered office: PO Box 31, Gaborone', 'Association agréée, 1211 Genève']) {
      const text = lines(`UNION DES BATELIERS\n${address}\n\nLe conseil s'est réuni le 3 mars 2026 à Uturoa.`)
      expect(pastedNoise(text).has(1), address).toBe(true)
    }
  })
  it('keeps a dateline and a sentence that names a postal code', () => {
    expect(pastedNoise(lines('UNION DES BATELIERS\nGenève, 12 Mars\n\nLe conseil s\'est réuni.')).has(1)).toBe(false)
    expect(pastedNoise(lines('UNION DES BATELIERS\nLe bureau déménage au 4, 1211 Genève.\n\nLe conseil s\'est réuni.')).has(1)).toBe(false)
  })
  it('drops the signature under `Pour extrait certifié conforme` or `Certified true copy`', () => {
    for (const formula of ['Pour extrait certifié conforme,', 'Pour copie conforme', 'Certified true copy:']) {
      const text = lines(`Le conseil s'est réuni le 3 mars 2026 à Uturoa.\n\nLe conseil fixe le tarif du bac.\n\n${formula}\nLe Président\nTeiki Tapu`)
      expect(pastedNoise(text).has(6), formula).toBe(true)
    }
  })
})

describe('a general meeting read as the organisation', () => {
  it('names the body that held it', () => {
    expect(bodyHoldingAssembly("Assemblée générale extraordinaire des adhérents de l'Union des bateliers")).toBe('Union des bateliers')
    expect(bodyHoldingAssembly('Annual General Meeting of the Ferry Owners Society')).toBe('Ferry Owners Society')
  })
  it('leaves an assembly named without a qualifier or its members, which may be a body itself', () => {
    expect(bodyHoldingAssembly('Assemblée générale des Nations unies')).toBeUndefined()
    expect(bodyHoldingAssembly('Union des bateliers')).toBeUndefined()
  })
})

const SECTIONS = `COMMUNIQUÉ DU CONSEIL MUNICIPAL DU 3 JUIN 2026

Le Conseil municipal s'est réuni le 3 juin 2026 à Uturoa sous la présidence du maire.

AU TITRE DES TRAVAUX

Le maire a présenté l'avancement de la réfection du quai des goélettes, qui rouvrira en août.

AU TITRE DES TARIFS

Le Conseil a fixé :
- le tarif du bac à 300 francs pour les piétons ;
- le tarif du bac à 900 francs pour les voitures.

Le Maire, Président du Conseil
Teiki Tapu
`

describe('a lead-in and its list that are one sentence under a section heading', () => {
  it('are that section’s body, where another heading stands over prose; the signatory’s office closes the text', async () => {
    const readout = await read(SECTIONS)
    expect(readout.pillars.map((p) => p.body)).toEqual([
      "Le maire a présenté l'avancement de la réfection du quai des goélettes, qui rouvrira en août.",
      'Le Conseil a fixé : le tarif du bac à 300 francs pour les piétons ; le tarif du bac à 900 francs pour les voitures.',
    ])
  })
  it('leaves each item its own point when no heading stands over prose', async () => {
    const readout = await read(SECTIONS.replace("AU TITRE DES TRAVAUX\n\nLe maire a présenté l'avancement de la réfection du quai des goélettes, qui rouvrira en août.\n\n", ''))
    expect(readout.pillars.map((p) => p.body)).toEqual(['le tarif du bac à 300 francs pour les piétons ;', 'le tarif du bac à 900 francs pour les voitures.'])
  })
})

describe('a news page’s furniture', () => {
  const lines = (text: string) => text.split('\n')
  it('drops the rubric over the headline, a paywall notice and a link to one related page', () => {
    const page = lines("Bretagne | Mer\n\nLes ports bretons ouvrent leurs quais aux voiliers-cargos\n\nRéservé aux abonnés\n\nLes maires des ports se sont réunis lundi à Brest.\n\nÀ lire aussi : Le port de Lorient agrandit sa criée\n\nIls ont voté un fonds de 3 millions d'euros.")
    const dropped = pastedNoise(page)
    expect([0, 4, 8].every((at) => dropped.has(at))).toBe(true)
    expect([2, 6, 10].some((at) => dropped.has(at))).toBe(false)
    expect(pastedNoise(lines('Subscribers only\n\nMayors met in Brest on Monday.\n\nSee also: Lorient enlarges its fish market\n\nThey voted a fund.')).size).toBe(2)
  })
  it('keeps a line that says something after the same labels, and a rubric that is the whole text', () => {
    expect(pastedNoise(lines('Les maires se sont réunis lundi à Brest.\n\nÀ lire aussi : le rapport de la commission est en ligne.\n\nIls ont voté.')).size).toBe(0)
    expect(pastedNoise(lines('Oslo | Bergen')).size).toBe(0)
  })
  it('reads a byline’s publication stamp as the page’s date, never its author as a place', async () => {
    const readout = await read("Les ports bretons ouvrent leurs quais aux voiliers-cargos\n\nPar Anne Le Goff - Publié le 10/03/2026 à 07h30, mis à jour le 10/03/2026 à 12h02\n\nRéunis ce lundi à Brest, les maires des ports de Bretagne ont voté un fonds de 3 millions d'euros pour les voiliers-cargos.\n\nLes maires ont décidé d'ouvrir deux quais aux voiliers-cargos dès le mois de mai.\n")
    expect(readout.place).toBe('Brest')
    expect(readout.dates?.start).toBe('2026-03-09')
  })
  it('closes the meeting’s sentence on the town it names after a comma', async () => {
    const readout = await read("COMMUNIQUÉ DU CONSEIL DES MINISTRES DU MARDI 3 MARS 2026\n\nLe Conseil des ministres s'est réuni ce mardi 3 mars 2026 sous la présidence du Premier ministre, à l'Hôtel de la Primature, à Lomé.\n\nLe Conseil a adopté le projet de loi sur les ports de pêche.\n")
    expect(readout.place).toBe('Lomé')
  })
})

describe('a press kit pasted from a PDF', () => {
  const lines = (text: string) => text.split('\n')
  it('drops page numbers alone on their lines that rise through the text', () => {
    const kit = lines('Dossier de presse\n\n2\n\nÉditorial\n\nLa ministre a réuni les maires.\n\n3\n\nRepères\n\nLes maires ont voté.\n\n5\n\nCalendrier\n\nIls se retrouveront en mai.')
    const dropped = pastedNoise(kit)
    expect([2, 8, 14].every((at) => dropped.has(at))).toBe(true)
  })
  it('keeps numbers that fall back or a list numbered from one', () => {
    expect(pastedNoise(lines('Votes\n\n12\n\nPour\n\n9\n\nContre\n\n15\n\nAbstentions')).size).toBe(0)
    expect(pastedNoise(lines('Décisions\n\n1\n\nLe conseil fixe le tarif.\n\n2\n\nLe conseil ouvre un quai.\n\n3\n\nLe conseil crée un fonds.')).has(2)).toBe(false)
  })
  it('reads an editorial as context and sets the contact block aside', async () => {
    const readout = await read("DOSSIER DE PRESSE\n\nConférence régionale des ports\n\nBrest, le lundi 9 mars 2026\n\nÉditorial\n\nRéunie ce lundi à Brest, la Conférence régionale des ports a adopté son plan pour les voiliers-cargos.\n\nLes décisions\n\nLa Conférence a arrêté les décisions suivantes :\n\n■ Ouvrir deux quais aux voiliers-cargos dès le mois de mai\n■ Réduire de moitié les droits de port des voiliers-cargos\n\nContacts presse\n\nService de presse de la Conférence\npresse@ports.example.fr\n02 98 00 11 22\n")
    expect(readout.pillars.map((p) => p.body)).toEqual(['Ouvrir deux quais aux voiliers-cargos dès le mois de mai', 'Réduire de moitié les droits de port des voiliers-cargos'])
    expect(readout.outlook).toEqual([])
    expect(JSON.stringify(readout)).not.toMatch(/02 98 00|Contacts presse/u)
  })
})
