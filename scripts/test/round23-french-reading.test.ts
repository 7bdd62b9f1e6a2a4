import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {FRENCH} from '../structure/french.js'
import type {Paragraph, Text} from 'mdast'

// What round 23 showed the reader missing in its French cases, stated as general forms: a symbol that sets off a
// press release's section headings (`► Urgences` over its paragraph), a timetable heading, a difference with last
// year told after a count. Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout
const parsed = (text: string) => parsePlainText(text).children.map((node) => [(node as Paragraph).data?.bullet?.marker, ((node as Paragraph).children[0] as Text).value])

describe('a symbol that sets off section headings', () => {
  const SECTIONS = "► Bibliothèques\nLes 12 bibliothèques de quartier ouvriront le dimanche à partir de septembre.\n\n► Musées\nL'entrée des musées municipaux sera gratuite le premier samedi de chaque mois.\n"
  it('reads a short line after the symbol, with a paragraph under it, as a heading without its marker', () => {
    expect(parsed(SECTIONS)).toEqual([[undefined, 'Bibliothèques'], [undefined, 'Les 12 bibliothèques de quartier ouvriront le dimanche à partir de septembre.'], [undefined, 'Musées'], [undefined, "L'entrée des musées municipaux sera gratuite le premier samedi de chaque mois."]])
  })
  it('makes each heading a point whose body is the paragraph under it', async () => {
    const readout = await read(`Communiqué de presse\nLyon, le 4 mai 2026\n\nLe conseil municipal s'est réuni le 4 mai à Lyon et a adopté son plan culturel.\n\n${SECTIONS}`)
    expect(readout.pillars.map((p) => [p.title, p.body.slice(0, 16)])).toEqual([['Bibliothèques', 'Les 12 bibliothè'], ['Musées', "L'entrée des mus"]])
  })
  it('leaves a list of short items, and a symbol once alone, as bullets', () => {
    expect(parsed('► Bibliothèques\n► Musées\n► Théâtres\n').map(([marker]) => marker)).toEqual(['►', '►', '►'])
    expect(parsed('► Bibliothèques\nLes 12 bibliothèques de quartier ouvriront le dimanche à partir de septembre.\n').map(([marker]) => marker)).toEqual(['►', undefined])
    expect(parsed('► Bibliothèques\nLes bibliothèques ouvriront le dimanche dès septembre.\n\n► Les musées seront gratuits le samedi.\nUn guide sera offert aux familles qui les visitent.\n').map(([marker]) => marker)).toEqual(['►', undefined, '►', undefined])
  })
})

describe('a timetable heading', () => {
  it('reads the paragraph under `Calendrier` or `Échéancier` as outlook, not a point', async () => {
    for (const heading of ['Calendrier', 'Échéancier', 'Prochaines échéances']) {
      const readout = await read(`Communiqué de presse\nLyon, le 4 mai 2026\n\nLe conseil municipal s'est réuni le 4 mai à Lyon.\n\nBibliothèques\nLes 12 bibliothèques de quartier ouvriront le dimanche à partir de septembre.\n\n${heading}\nUn bilan sera présenté en juin 2027. Le conseil en débattra à l'automne.\n`)
      expect(readout.pillars.map((p) => p.title), heading).toEqual(['Bibliothèques'])
      expect(readout.outlook, heading).toEqual(['Un bilan sera présenté en juin 2027. Le conseil en débattra à l\'automne.'])
    }
  })
})

describe('a difference with last year told after a count', () => {
  const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
  it('keeps `soit 40 de plus que l\'an dernier` in the count\'s label rather than as a figure of its own', () => {
    expect(lire("La ville recrutera 160 animateurs périscolaires, soit 40 de plus que l'an dernier.")).toEqual(["160 | animateurs périscolaires à recruter, 40 de plus que l'an dernier"])
    expect(lire("Le festival accueillera 75 compagnies, soit 9 de moins qu'en 2024.")).toEqual(["75 | compagnies à accueillir, 9 de moins qu'en 2024"])
  })
})

describe("a kind's line that closes on a place and its date, under a letterhead with an agency", () => {
  const TOP = "PRÉFECTURE DE LA RÉGION OCCITANIE\nAgence régionale de l'environnement\nCommuniqué de presse – Toulouse, le mercredi 8 avril 2026\n\nRivières : la commission régionale ouvre vingt chantiers de restauration\n\n"
  const BODY = "La commission régionale de l'eau et des milieux aquatiques s'est réunie le mardi 7 avril à Toulouse, en présence des maires et des pêcheurs.\n\nLes seuils de 20 moulins abandonnés seront arasés avant 2028.\n"
  it('reads the headline as the title, the place and date off the kind, and the agency as an office', async () => {
    const readout = await read(TOP + BODY)
    expect(readout.title).toBe('Rivières : la commission régionale ouvre vingt chantiers de restauration')
    expect(readout.kind).toBe('press release')
    expect(readout.place).toBe('Toulouse')
    expect(readout.dates?.start).toBe('2026-04-07')
  })
  it('reads a body the subject names in lower case, its head then its qualifiers, as the body that met', async () => {
    expect((await read(TOP + BODY)).organisation).toBe("Commission régionale de l'eau et des milieux aquatiques")
    expect((await read(TOP + "Le conseil départemental des sports s'est réuni le mardi 7 avril à Toulouse.\n\nLes seuils de 20 moulins abandonnés seront arasés avant 2028.\n")).organisation).toBe('Conseil départemental des sports')
    // (a head alone names no body)
    expect((await read(TOP + "Le conseil s'est réuni le mardi 7 avril à Toulouse.\n\nLes seuils de 20 moulins abandonnés seront arasés avant 2028.\n")).organisation).toBeUndefined()
  })
  it('names a plan called `Schéma`', async () => {
    expect((await read(TOP + BODY.replace('.\n\nLes seuils', ". Elle a adopté le Schéma occitan des rivières 2026-2030.\n\nLes seuils"))).roadmap).toBe('Schéma occitan des rivières 2026-2030')
  })
})

describe('a prose readout whose body held its yearly gathering', () => {
  const TEXT = "Les présidents des clubs de la Ligue des randonneurs du Morvan ont tenu leurs journées annuelles à Autun, du samedi 3 au dimanche 4 octobre 2026. Quarante clubs étaient présents.\n\nLes clubs ont décidé de baliser 300 kilomètres de nouveaux sentiers avant l'été.\n\nLes journées de 2027 se tiendront à Avallon. Les présidents y feront le bilan du balisage.\n"
  it('reads `ont tenu leurs journées annuelles à Autun` as the meeting: body, place and title', async () => {
    const readout = await read(TEXT)
    expect(readout.organisation).toBe('Ligue des randonneurs du Morvan')
    expect(readout.place).toBe('Autun')
    expect(readout.title).toBe('Ligue des randonneurs du Morvan à Autun')
  })
  it('reads the paragraph about next year\'s gathering (`Les journées de 2027 se tiendront à …`) as outlook, whole', async () => {
    const readout = await read(TEXT)
    expect(readout.outlook).toEqual(['Les journées de 2027 se tiendront à Avallon. Les présidents y feront le bilan du balisage.'])
    expect(readout.pillars.map((p) => p.body)).toEqual(["Les clubs ont décidé de baliser 300 kilomètres de nouveaux sentiers avant l'été."])
  })
})

describe('a wire that names the plan in the sentence after the one that adopts it', () => {
  const WIRE = "Forêts : la CEEAC veut replanter ses savanes d'ici 2035\n\nBANGUI, 8 juin 2026 (Presse Centrafrique) - Les ministres des Forêts de la Communauté économique des États de l'Afrique centrale (CEEAC), réunis lundi à Bangui, ont adopté une stratégie de 40 milliards de francs CFA pour replanter les savanes dégradées.\n\nCette Stratégie régionale de reboisement 2027-2035 prévoit la plantation de 90 millions d'arbres et la création de 300 pépinières villageoises, selon le communiqué final de la réunion.\n\nSelon les chiffres présentés aux ministres, la région perd 200 000 hectares de forêt par an, et ce rythme pourrait doubler d'ici 2040.\n\nLes ministres ont décidé d'interdire l'exportation de grumes non transformées à partir de 2028.\n\nLes ministres se retrouveront à Libreville en juin 2027.\n"
  it('reads the name after a demonstrative (`Cette Stratégie régionale de reboisement 2027-2035 prévoit …`), closed by its years, as the roadmap', async () => {
    expect((await read(WIRE)).roadmap).toBe('Stratégie régionale de reboisement 2027-2035')
  })
  it("keeps a paragraph set down to the meeting's own communiqué (`…, selon le communiqué final de la réunion`) a point", async () => {
    expect((await read(WIRE)).pillars.map((p) => p.body.slice(0, 30))).toEqual(['Cette Stratégie régionale de r', "Les ministres ont décidé d'int"])
  })
  it('keeps findings set down to the figures put before the meeting in the context, though they project a trend, after the points too', async () => {
    const after = "Communiqué de presse\nBangui, le 8 juin 2026\n\nLes ministres des Forêts se sont réunis le 8 juin 2026 à Bangui.\n\nLes ministres ont décidé d'interdire l'exportation de grumes non transformées à partir de 2028.\n\nSelon les chiffres présentés aux ministres, la région perd 200 000 hectares de forêt par an, et ce rythme pourrait doubler d'ici 2040.\n\nLes ministres se retrouveront à Libreville en juin 2027.\n"
    for (const readout of [await read(WIRE), await read(after)]) {
      expect(readout.outlook).toEqual(['Les ministres se retrouveront à Libreville en juin 2027.'])
      expect(readout.context.some((paragraph) => paragraph.startsWith('Selon les chiffres présentés'))).toBe(true)
    }
    const english = await read("Press release\nNairobi, 8 June 2026\n\nForest ministers met in Nairobi on 8 June 2026.\n\nMinisters agreed to ban the export of unprocessed logs from 2028.\n\nAccording to figures presented to ministers, the region loses 200,000 hectares of forest a year, a pace that could double by 2040.\n\nMinisters will meet again in Kampala in June 2027.\n")
    expect(english.outlook).toEqual(['Ministers will meet again in Kampala in June 2027.'])
  })
})
