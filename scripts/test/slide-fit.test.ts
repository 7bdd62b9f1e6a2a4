import {afterAll, describe, expect, it} from 'vitest'
import {makeSlides, overviewPages} from '../../slides/make-slides.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import type {SlideShape} from '../../slides/slide-size.js'
import {showPrintView} from '../../slides/print-deck.js'
import {BrowserSession, withOfflinePage} from '../browser.js'
import type {KeyFigure, Readout} from '../structure/readout.js'
import {slideOverflows} from './overflow.js'

/**
 * Many synthetic decks, from 2 to 12 pillars, short and long card titles, short and long figure
 * values and labels, in English and French, at 16:9 and 4:3, with and without a marking: every
 * slide's content must stay clear of the footer and the marking (Chromium layout).
 */

const session = new BrowserSession()
afterAll(() => session.close())

/** Titles just under the overview's limit for eight cards a slide, with long words. */
const NEAR = {en: ['Telecommunications interoperability plan', 'Counterterrorism intelligence exchanges'], fr: ['Responsabilité environnementale partagée', 'Interopérabilité des infrastructures']}

const EN_TITLES = ['Trade', 'Shared drought data for every basin', 'Protect shared rivers and the people who live along them', 'A common standard for the inspection of imported food and feed', 'Health']
const FR_TITLES = ['Commerce', 'Des données partagées sur la sécheresse', 'Protéger les fleuves partagés et les populations riveraines', 'Une norme commune pour l’inspection des denrées importées et des aliments', 'Santé']

const EN_FIGURES: KeyFigure[] = [
  {value: '$14.2 billion', label: 'pledged for the reconstruction of schools, clinics and roads across the region by 2030', sentence: ''},
  {value: '12', label: 'members in 2015', sentence: ''},
  {value: '80', label: 'members today', sentence: ''},
  {value: '1,250,000', label: 'children to receive school meals every day in the countries of the pilot', sentence: ''},
  {value: '45%', label: 'share of renewable electricity in the grid of the member states by 2030', sentence: ''},
  {value: '€2.4 billion', label: 'budget for joint exercises, training and shared equipment over five years', sentence: ''},
]
const FR_FIGURES: KeyFigure[] = [
  {value: '$14.2 billion', label: 'mobilisés pour la reconstruction des écoles, des dispensaires et des routes de la région d’ici 2030', sentence: ''},
  {value: '€2.4 billion', label: 'consacrés aux exercices conjoints, à la formation et aux équipements partagés sur cinq ans', sentence: ''},
  {value: '1,250,000', label: 'enfants recevant chaque jour un repas scolaire dans les pays du programme pilote', sentence: ''},
  {value: '45%', label: 'part des énergies renouvelables dans la production d’électricité des États membres en 2030', sentence: ''},
  {value: '3,000', label: 'écoles rénovées', sentence: ''},
]

/** A readout with `count` pillars whose titles cycle through `titles`, and the given figures. */
function readout(lang: 'en' | 'fr', count: number, titleLength: 'short' | 'near' | 'mixed' | 'long', figures: KeyFigure[]): Readout {
  const titles = lang === 'fr' ? FR_TITLES : EN_TITLES
  const pick = (i: number) => (titleLength === 'short' ? titles[[0, 4][i % 2]] : titleLength === 'near' ? NEAR[lang][i % 2] : titleLength === 'long' ? titles[[2, 3][i % 2]] : titles[i % titles.length])
  const body =
    lang === 'fr'
      ? 'Les ministres ont adopté un plan commun pour les cinq prochaines années. Les États membres publieront chaque mois des indicateurs partagés.'
      : 'Ministers adopted a common plan for the next five years. Member states will publish shared indicators every month.'
  return {
    title: lang === 'fr' ? 'Feuille de route de Bruxelles pour l’eau' : 'Vienna Agenda for Water Security',
    roadmap: lang === 'fr' ? 'Feuille de route de Bruxelles' : 'Vienna Agenda',
    organisation: lang === 'fr' ? 'Réseau francophone de l’eau' : 'European Forum on Water Security',
    place: lang === 'fr' ? 'Bruxelles' : 'Vienna',
    dates: {start: '2025-03-03', end: '2025-03-04', display: lang === 'fr' ? '3–4 mars 2025' : '3–4 March 2025'},
    keyMessage: lang === 'fr' ? 'L’eau propre, c’est la sécurité.' : 'Clean water is security.',
    pillars: Array.from({length: count}, (_, i) => ({title: pick(i), body})),
    figures,
    context: [],
    outlook: [lang === 'fr' ? 'Les ministres se réuniront de nouveau à Lisbonne au printemps 2026.' : 'Ministers will meet again in Lisbon in spring 2026.'],
    source: 'synthetic.txt',
    lang,
  }
}

const cases: Array<{name: string; readout: Readout; shape?: SlideShape; marking?: string}> = []
for (const lang of ['en', 'fr'] as const) {
  const figures = lang === 'fr' ? FR_FIGURES : EN_FIGURES
  for (const count of [2, 3, 4, 5, 6, 7, 8, 9, 10, 12]) {
    for (const titleLength of ['short', 'near', 'mixed', 'long'] as const) cases.push({name: `${lang} ${count} ${titleLength}`, readout: readout(lang, count, titleLength, figures.slice(0, 2 + (count % 5)))})
  }
  // A long number alone on its slide, set at its largest.
  const long = figures.filter((figure) => figure.value === '1,250,000')
  cases.push({name: `${lang} one long number alone 4:3`, readout: readout(lang, 4, 'short', long), shape: '4:3'})
  cases.push({name: `${lang} one long number alone`, readout: readout(lang, 4, 'short', long)})
  for (let n = 1; n <= figures.length; n++) {
    cases.push({name: `${lang} ${n} figures 4:3 marked`, readout: readout(lang, 8, 'mixed', figures.slice(0, n)), shape: '4:3', marking: 'OFFICIAL-SENSITIVE'})
    cases.push({name: `${lang} ${n} figures marked`, readout: readout(lang, 8, 'long', figures.slice(0, n)), marking: 'OFFICIAL-SENSITIVE'})
  }
}

/** Titles of two lines in a card (29–40 characters), as in long numbered communiqués. */
const TWO_LINE = {
  en: ['Food security in rural districts', 'Shared management of river basins', 'Financing for resilient networks', 'Vocational training for young farmers', 'Common disease surveillance', 'Digital local public services', 'Protection of coastal wetlands', 'Mobility for researchers'],
  fr: ['Sécurité alimentaire des zones rurales', 'Gestion partagée des bassins fluviaux', 'Financement des réseaux résilients', 'Formation des jeunes agriculteurs', 'Surveillance épidémiologique commune', 'Numérisation des services publics', 'Protection des zones humides', 'Mobilité des chercheurs étudiants'],
}
/** A roadmap name long enough that the overview's heading (`… en huit piliers (1/2)`) takes three lines or more at full size. */
const LONG_ROADMAP = {en: 'Programme of Action of Kampala for Regional Cooperation and Sustainable Development', fr: 'Programme d’action de Ouagadougou pour la coopération régionale et le développement durable'}
for (const lang of ['en', 'fr'] as const) {
  for (const count of [4, 5, 6, 8]) {
    for (const shape of ['16:9', '4:3'] as const) {
      const long = readout(lang, count, 'short', [])
      long.roadmap = LONG_ROADMAP[lang]
      long.pillars = long.pillars.map((pillar, i) => ({...pillar, title: TWO_LINE[lang][i]}))
      cases.push({name: `${lang} ${count} two-line cards under a long heading ${shape}`, readout: long, shape})
    }
  }
}

/** Roadmap names that make an overview heading of two lines at full size (`The Rome Pledge on Girls' Learning in four pillars`, 46–60 characters): cards of one and two lines, whose second row must stay clear of the footer. */
const TWO_LINE_HEADING = {en: ["Rome Pledge on Girls' Learning", 'Accra Agenda for Safer Fishing Waters'], fr: ['Engagement de Dakar pour l’école', 'Programme de Lomé pour la pêche sûre']}
const CARD_TITLES = {en: ['School fees', 'Safe transport and separate sanitation', 'More women', 'Regional banks', 'Teacher pay', 'Exam results'], fr: ['Frais de scolarité', 'Transport sûr et sanitaires séparés', 'Plus de femmes', 'Banques régionales', 'Salaires', 'Examens']}
for (const lang of ['en', 'fr'] as const) {
  for (const roadmap of TWO_LINE_HEADING[lang]) {
    for (const count of [4, 5, 6]) {
      const deck = readout(lang, count, 'short', [])
      deck.roadmap = roadmap
      deck.pillars = deck.pillars.map((pillar, i) => ({...pillar, title: CARD_TITLES[lang][i]}))
      cases.push({name: `${lang} ${count} cards under a two-line heading: ${roadmap}`, readout: deck})
    }
  }
}

/** Four figures beside the hero, one with unit words (`23 million`) over a label of two or three lines, as in health-title-block-1: the unit line is a line of label. */
const UNITS_BESIDE_HERO: Record<'en' | 'fr', (label: string) => KeyFigure[]> = {
  en: (label) => [
    {value: 'US$300 million', label: 'released from the joint fund', sentence: ''},
    {value: '35', label: 'governments taking part', sentence: ''},
    {value: '12', label: 'civil society organisations taking part', sentence: ''},
    {value: '23 million', label, sentence: ''},
    {value: '10', label: 'countries', sentence: ''},
  ],
  fr: (label) => [
    {value: '300 millions de dollars', label: 'débloqués par le fonds commun', sentence: ''},
    {value: '35', label: 'gouvernements présents', sentence: ''},
    {value: '12', label: 'organisations de la société civile présentes', sentence: ''},
    {value: '2,3 millions', label, sentence: ''},
    {value: '10', label: 'pays', sentence: ''},
  ],
}
const UNIT_LABELS = {
  en: ['children who missed a routine vaccine', 'children who missed at least one routine vaccine in 2020'],
  fr: ['enfants privés d’un vaccin de routine', 'enfants privés d’au moins un vaccin de routine en 2020'],
}
for (const lang of ['en', 'fr'] as const) {
  for (const label of UNIT_LABELS[lang]) cases.push({name: `${lang} units beside the hero over ${label.length} characters of label`, readout: readout(lang, 4, 'short', UNITS_BESIDE_HERO[lang](label))})
}

/** The longest values a French pack writes: a sum in words after its number (`3,3 milliards de dollars américains`), as the hero and beside it (labels of one line: two-line labels under a unit line beside the hero overflow in English too). */
const LONG_FRENCH_VALUES: KeyFigure[] = [
  {value: 'FCFA 27 billion', label: 'mobilisés pour le plan', sentence: ''},
  {value: 'US$3.3 billion', label: 'promis par les bailleurs', sentence: ''},
  {value: 'FCFA 1.5 billion', label: 'pour former les auxiliaires', sentence: ''},
  {value: 'C$4.5 million', label: 'versés au fonds d’urgence', sentence: ''},
  {value: '126,000', label: 'points d’eau pastoraux à créer', sentence: ''},
  {value: 'FCFA 2,300', label: 'prix plancher du quintal', sentence: ''},
]
for (let n = 1; n <= LONG_FRENCH_VALUES.length; n++) {
  for (const shape of ['16:9', '4:3'] as const) {
    cases.push({name: `fr ${n} long French values ${shape}`, readout: readout('fr', 4, 'short', LONG_FRENCH_VALUES.slice(0, n)), shape})
    cases.push({name: `fr ${n} long French values, the longest beside the hero ${shape} marked`, readout: readout('fr', 4, 'short', [LONG_FRENCH_VALUES[0], ...LONG_FRENCH_VALUES.slice(1, n).reverse()]), shape, marking: 'OFFICIAL-SENSITIVE'})
  }
}

/** A pillar whose one sentence has no whole cut: shown whole, up to `LIMITS.lonePointChars` (about three lines), under the longest titles. */
const LONE_POINT = {
  en: 'Ministers agreed that every health post linked under the new plan should have power that does not depend on the public grid, with solar panels and batteries that last at least three days of use in the wet season.',
  fr: 'Les ministres ont adopté un programme commun de protection des mangroves, doté de 9 millions d’euros sur cinq ans, qui prévoit des pépinières villageoises dans les estuaires les plus touchés par l’érosion côtière.',
}
for (const lang of ['en', 'fr'] as const) {
  for (const shape of ['16:9', '4:3'] as const) {
    const lone = readout(lang, 4, 'long', [])
    lone.pillars = lone.pillars.map((pillar) => ({...pillar, body: LONE_POINT[lang]}))
    cases.push({name: `${lang} a lone point of ${LONE_POINT[lang].length} characters under long titles ${shape}`, readout: lone, shape})
  }
}

/** Five or six titles of 41 to 52 characters (`Nouvelle campagne de distillation de crise`): one 16:9 overview of two rows of three, not two slides of a row each (look22). */
const MEDIUM_TITLES = {
  en: ['Shared early warning for floods and droughts', 'Common rules for the inspection of all fishing boats', 'Training of young nurses in the rural districts', 'Grants for the repair of village water points', 'Joint purchase of vaccines and cold chain kits', 'A register of the region’s protected wetlands'],
  fr: ['Nouvelle campagne de surveillance des crues', 'Formation des jeunes infirmiers en zone rurale', 'Aide à la réparation des points d’eau des villages', 'Achat groupé de vaccins et de chaînes du froid', 'Registre commun des zones humides protégées', 'Règles communes d’inspection des navires'],
}
for (const lang of ['en', 'fr'] as const) {
  for (const count of [5, 6]) {
    for (const roadmap of [undefined, TWO_LINE_HEADING[lang][1], LONG_ROADMAP[lang]]) {
      const deck = readout(lang, count, 'short', [])
      if (roadmap) deck.roadmap = roadmap
      deck.pillars = deck.pillars.map((pillar, i) => ({...pillar, title: MEDIUM_TITLES[lang][i]}))
      cases.push({name: `${lang} ${count} titles of up to ${Math.max(...deck.pillars.map((p) => p.title.length))} characters under ${roadmap ?? 'a short heading'}`, readout: deck})
    }
  }
}

describe('five or six titles of up to 52 characters', () => {
  it.each(['en', 'fr'] as const)('take one 16:9 overview slide (%s), two on 4:3', (lang) => {
    for (const count of [5, 6]) {
      const titles = MEDIUM_TITLES[lang].slice(0, count)
      expect(titles.some((title) => title.length > 40)).toBe(true)
      expect(overviewPages(titles)).toHaveLength(1)
      expect(overviewPages(titles, '4:3')).toHaveLength(2)
    }
  })
})

/** A hero of eight characters or more (`€450,000`) beside four figures whose longest label is just under the long-label limit: the hero's column took width from the others, whose labels ran to four lines and into the footer (look22). */
const LONG_HERO: Record<'en' | 'fr', KeyFigure[]> = {
  en: [
    {value: '€450,000', label: 'grant for joint training', sentence: ''},
    {value: '17', label: 'countries taking part', sentence: ''},
    {value: '286,000', label: 'requests in 2025', sentence: ''},
    {value: '12%', label: 'rise on the year', sentence: ''},
    {value: '36', label: 'inspectors to be trained between partner agencies in 2027', sentence: ''},
  ],
  fr: [
    {value: '1 250 000', label: 'repas servis', sentence: ''},
    {value: '17', label: 'pays participants', sentence: ''},
    {value: '286 000', label: 'demandes en 2025', sentence: ''},
    {value: '12 %', label: 'de hausse sur un an', sentence: ''},
    {value: '36', label: 'inspecteurs formés entre les agences partenaires en 2027', sentence: ''},
  ],
}
/** Two figures beside the hero, the first with a unit line over two lines of label (`12,4 millions` / `de tonnes livrées, contre …`): 2 px taller than its half of the column (look22). */
const UNIT_AND_TWO_LINES: KeyFigure[] = [
  {value: '160 millions d’euros', label: 'pour la campagne', sentence: ''},
  {value: '12,4 millions', label: 'de tonnes livrées, contre 13,8 millions en 2023', sentence: ''},
  {value: '3,1 millions', label: 'de tonnes stockées', sentence: ''},
  {value: '90 millions d’euros', label: 'de fonds régionaux', sentence: ''},
  {value: '40 €', label: 'par tonne', sentence: ''},
]
for (const shape of ['16:9', '4:3'] as const) cases.push({name: `fr a unit line over two lines of label beside the hero ${shape}`, readout: readout('fr', 4, 'short', UNIT_AND_TWO_LINES), shape})

for (const lang of ['en', 'fr'] as const) {
  for (const shape of ['16:9', '4:3'] as const) cases.push({name: `${lang} a hero of ${LONG_HERO[lang][0].value.length} characters beside four figures ${shape}`, readout: readout(lang, 4, 'short', LONG_HERO[lang]), shape})
}

describe('slides stay clear of the footer and the marking', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, {readout, shape, marking}) => {
    const deck = makeSlides(readout, {slides: shape, marking})
    const html = await renderPresentableHtml(deck.markdown, {shape, marking, lang: readout.lang})
    expect(await slideOverflows(await session.browser(), html, shape)).toEqual([])
  })
})

/** Pillar titles of two lines in a card: fourteen take four pages of 4, 4, 3, 3; medium ones three pages of 5, 5, 4. */
const OVERVIEW_DECKS: Array<{name: string; titles: string[]; shape?: SlideShape}> = [
  {name: '14 long titles (4, 4, 3, 3)', titles: Array.from({length: 14}, (_, i) => `${TWO_LINE.en[i % 8]} and the review of the plan ${i + 1}`)},
  {name: '14 medium titles (5, 5, 4)', titles: Array.from({length: 14}, (_, i) => TWO_LINE.en[i % 8])},
  {name: '7 medium titles (4, 3)', titles: TWO_LINE.en.slice(0, 7).map((title) => `${title} now`)},
  {name: '5 medium titles', titles: TWO_LINE.en.slice(0, 5)},
  {name: '13 short titles (7, 6)', titles: Array.from({length: 13}, (_, i) => ['Trade', 'Health', 'Water', 'Schools'][i % 4])},
  {name: '13 short titles 4:3', titles: Array.from({length: 13}, (_, i) => ['Trade', 'Health', 'Water', 'Schools'][i % 4]), shape: '4:3'},
]

describe('the overview’s pages look alike and leave no empty cell', () => {
  it.each(OVERVIEW_DECKS.map((d) => [d.name, d] as const))('%s', async (_, {titles, shape}) => {
    const deck = readout('en', titles.length, 'short', [])
    deck.pillars = titles.map((title, i) => ({...deck.pillars[i], title}))
    const html = await renderPresentableHtml(makeSlides(deck, {slides: shape}).markdown, {shape, lang: 'en'})
    const pages = await withOfflinePage(await session.browser(), async (page) => {
      await showPrintView(page, html, shape)
      return page.evaluate(() =>
        [...document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section.overview')].map((section) => {
          const list = section.querySelector('ol')!.getBoundingClientRect()
          const cards = [...section.querySelectorAll('ol > li')].map((li) => li.getBoundingClientRect())
          const rows = new Map<number, DOMRect[]>()
          for (const card of cards) rows.set(Math.round(card.top), [...(rows.get(Math.round(card.top)) ?? []), card])
          // A row whose cards stop short of the list's right edge has an empty cell.
          const short = [...rows.values()].filter((row) => Math.max(...row.map((card) => card.right)) < list.right - 1).length
          return {rows: rows.size, height: Math.round(cards[0].height), short, perRow: [...rows.values()].map((row) => row.length).join('+')}
        }),
      )
    })
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.filter((p) => p.short > 0)).toEqual([])
    // Four cards on a grid of three come two by two, six on a grid of four three by three (not a row of one wide card, or of one and one three wide).
    for (const p of pages) if (p.perRow === '3+1' || p.perRow === '4+2') expect.fail(`a page of ${p.perRow} cards`)
    // Pages of two rows of cards share their rows and card height (a page of three tall cards beside pages of four was another layout).
    // On a 4:3 slide seven and eight cards take two columns, so a page of six has a row fewer (left as it is).
    if (shape !== '4:3' && pages.some((p) => p.rows > 1)) expect(new Set(pages.map((p) => `${p.rows} rows of ${p.height}px`)).size).toBe(1)
  })
})

describe('a figure alone, and two figures alone on the second figures slide', () => {
  it('sets a figure alone on its slide larger than a hero among others, its label at card size', async () => {
    const sizes = await Promise.all(
      [EN_FIGURES.slice(0, 1), EN_FIGURES.slice(0, 3)].map(async (figures) => {
        const html = await renderPresentableHtml(makeSlides(readout('en', 4, 'short', figures)).markdown, {lang: 'en'})
        return withOfflinePage(await session.browser(), async (page) => {
          await showPrintView(page, html)
          return page.evaluate(() => {
            const hero = document.querySelector('section.figures li:first-child')!
            return {figure: parseFloat(getComputedStyle(hero.querySelector('strong')!).fontSize), label: parseFloat(getComputedStyle(hero).fontSize)}
          })
        })
      }),
    )
    const [alone, among] = sizes
    expect(alone.figure).toBeGreaterThanOrEqual(among.figure * 1.5)
    expect(alone.label).toBeGreaterThanOrEqual(40)
  })

  it('sets each as a hero, never smaller than the figures beside the hero on the first slide', async () => {
    const html = await renderPresentableHtml(makeSlides(readout('en', 4, 'short', EN_FIGURES)).markdown, {lang: 'en'})
    const sizes = await withOfflinePage(await session.browser(), async (page) => {
      await showPrintView(page, html)
      return page.evaluate(() =>
        [...document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section.figures')].map((section) => ({
          rest: section.classList.contains('figures-rest'),
          figures: [...section.querySelectorAll('li:not(:first-child) strong, .figures-rest li strong')].map((strong) => parseFloat(getComputedStyle(strong).fontSize)),
          labels: [...section.querySelectorAll('.figures-rest li')].map((li) => parseFloat(getComputedStyle(li).fontSize)),
        })),
      )
    })
    const [first, rest] = sizes
    expect(rest.rest).toBe(true)
    expect(Math.min(...rest.figures)).toBeGreaterThanOrEqual(Math.max(...first.figures, 88))
    expect(Math.min(...rest.labels)).toBeGreaterThanOrEqual(30)
  })
})
