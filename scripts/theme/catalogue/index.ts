/**
 * The fixed words of the outputs, one catalogue per language: the deck's slide titles, the brief's
 * headings and "Page X of Y", the Word brief's table heads, the site's texts, the PDF metadata,
 * how a count, a figure, a quote and the meeting's citation are written. Every output takes its
 * words from the catalogue of the readout's language (`readout.lang`, English when absent).
 * Adding a language is one file like `fr.ts` and one entry in `CATALOGUES` (and its reading
 * patterns in `scripts/structure/`).
 */
import type {LanguageCode} from '../../structure/language.js'
import type {Readout} from '../../structure/readout.js'
import {ENGLISH_CATALOGUE} from './en.js'
import {FRENCH_CATALOGUE} from './fr.js'

/** The words and formats of one language. */
export interface Catalogue {
  /** The `lang` of HTML roots and PDFs (`en`, `fr`). */
  lang: LanguageCode
  /** The locale of dates and of the Office files (`en-GB`, `fr-FR`). */
  locale: string
  /** Slide titles and headings. */
  keyMessage: string
  keyFigures: string
  lookingAhead: string
  briefing: string
  atAGlance: string
  context: string
  outlook: string
  /** The label of the next steps: the brief's box and the closing slide's panel (one name in every output). */
  nextSteps: string
  /** `Page ` and ` of `, around the page number and the page count. */
  page: string
  of: string
  /** The brief's PDF subject starts with it (`Policy brief: …`). */
  policyBrief: string
  /** Before the date of issue and the reference in the brief's masthead (`Issued 26 June 2019 · Reference GC/2019/041`). */
  issued: string
  reference: string
  /** A keyword of the deck's HTML. */
  deckKeyword: string
  /** The Word brief's table of figures. */
  figure: string
  whatItCounts: string
  whereItComesFrom: string
  source: string
  /** How `Online` (a meeting held online) is shown as a place. */
  online: string
  /** Opening and closing quote marks (with their spaces, when the language puts one inside). */
  quotes: [string, string]
  /** `three pillars`, `one readout` (in words up to twelve). */
  count(count: number, noun: 'pillar' | 'readout'): string
  /** The Word brief's heading over the pillars: `The Paris Roadmap`, `The roadmap`. */
  roadmapHeading(roadmap: string | undefined): string
  /** The heading over the pillars: `The Paris Roadmap in three pillars`. */
  pillarsHeading(readout: Pick<Readout, 'roadmap' | 'pillars'>): string
  /** The source as a citation, without a final full stop: `Readout of the meeting of 24–25 June 2019, Paris`. */
  citation(readout: Pick<Readout, 'dates' | 'place' | 'title' | 'kind'>): string
  /** The word before a growth pair's year: `12 → 80 members since 2014`. */
  since: string
  /** A figure's value as shown: `$20 billion`; `2,4 milliards d'euros`; with `short`, for a narrow box, a sum's scale and currency abbreviated where the language does so (`2,4 Md€`). */
  formatFigure(value: string, options?: {short?: boolean}): string
  /** A figure's label as shown after its value as shown: `bovins` after `60 millions` → `de bovins` in French; as read in English. */
  figureLabel(value: string, label: string): string
  /** Sentences of the outlook that name a next step (next meeting, review, report). */
  nextStep: RegExp
  /** A sentence that points back to the one before it (`There, the secretariat will …`): it stays after that sentence. */
  pointsBack: RegExp
  /** A speaker's role that is the meeting's chair alone (`Chair`, `président`): the credit names who chaired, when the dateline says. */
  chairRole: RegExp
  /** Who chaired, as a dateline names them (`chaired by Ms Ana Ruiz`, `sous la présidence de M. Jean Roy`): group `name`. */
  chairedBy: RegExp
  site: {
    title: string
    allPacks: string
    skip: string
    footer: string
    empty: string
    /** `4 readouts, newest meeting first`. */
    listed(count: number): string
    filesOf(title: string): string
    present: string
    brief: string
    slides: string
    readBrief: string
    structured: string
    webPage: string
    previews: string
    titleSlideOf(title: string): string
    pageOneOf(title: string): string
    /** The badge of a pack whose last build failed, and what it says. */
    notUpdated: string
    staleText: string
    /** The group of packs without a date. */
    undated: string
    subscribe: string
    /** The Atom feed's description. */
    feedDescription: string
    /** What the feed says of a pack whose last build failed, after `Not updated:`. */
    feedStale: string
    filterLabel: string
    filterHint: string
    /** The filter's live status: `3` + of + `4` + one/many + shown. */
    filterOf: string
    filterOne: string
    filterMany: string
    filterShown: string
  }
}

const CATALOGUES: Record<LanguageCode, Catalogue> = {en: ENGLISH_CATALOGUE, fr: FRENCH_CATALOGUE}

/**
 * The catalogue of a language.
 * @param lang the language (`readout.lang`); English when absent or unknown
 * @returns its words
 */
export function catalogueFor(lang: string | undefined): Catalogue {
  // Own keys only: a hand-edited `pack.json` with `"lang": "toString"` is an unknown language, not Object's method.
  return lang !== undefined && Object.hasOwn(CATALOGUES, lang) ? CATALOGUES[lang as LanguageCode] : ENGLISH_CATALOGUE
}

/** The catalogue of a readout's language. */
export function catalogueOf(readout: Pick<Readout, 'lang'>): Catalogue {
  return catalogueFor(readout.lang)
}

/** Text between the language's quote marks, unless it already carries them. */
export function quotedIn(catalogue: Catalogue, text: string): string {
  const bare = text.trim().replace(/^["“«]\s?|\s?["”»]$/g, '')
  return `${catalogue.quotes[0]}${bare}${catalogue.quotes[1]}`
}

/** A readout's place in the catalogue's words: `Online` (a meeting held online, as the reader records it) is `En ligne` in French. */
export function placeIn(catalogue: Catalogue, place: string | undefined): string | undefined {
  return place === 'Online' ? catalogue.online : place
}

/** `Paris, 24–25 June 2019`, or whichever parts are known, in the catalogue's words. */
export function placeAndDateIn(catalogue: Catalogue, readout: Pick<Readout, 'place' | 'dates'>): string {
  return [placeIn(catalogue, readout.place), readout.dates?.display].filter(Boolean).join(', ')
}
