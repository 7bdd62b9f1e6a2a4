import {z} from 'zod'
import {GENERATOR, PACK_FORMAT} from '../output-folder.js'
import type {LanguageCode} from '../structure/language.js'
import {typesetReadout} from '../theme/vocabulary.js'
import {speakerCredit} from '../theme/key-message-credit.js'
import type {Readout} from '../structure/readout.js'
import type {PackSettings} from '../config/settings.js'

/** What the site needs to know of a built pack; written as `<name>/pack.json`. */
export interface PackManifest {
  /** Marks the folder as made by briefing-pack: only such folders are ever replaced. */
  generator: typeof GENERATOR
  format: typeof PACK_FORMAT
  name: string
  title: string
  organisation?: string
  participants?: string
  place?: string
  dates?: Readout['dates']
  keyMessage?: string
  /** Who said the key message, when the text names someone (`speakerCredit`): shown under it. */
  keyMessageCredit?: string
  pillars: string[]
  source: string
  /** The pack's language, when it is not English. */
  lang?: LanguageCode
  /** The document's kind (`communiqué`, `chair's summary` …) when it is not a readout: the site's citation names it. */
  kind?: string
  /**
   * Set when the source's last build failed: the folder still holds the last good version, and
   * the site lists it with a "not updated" badge. A successful build writes a manifest without it.
   */
  stale?: true
  /** The pack's protective marking, when it has one. */
  marking?: string
  /** The deck's shape when it is not 16:9, for the thumbnail's size. */
  slides?: '4:3'
  /** The brief's paper when it is not A4, for the thumbnail's size. */
  paper?: 'letter'
  /** What the pack was made from, as one hash (`packInputs`): an equal hash means it is up to date. */
  inputs?: string
  /** The files of the pack, sorted: the site links only these, and a pack missing one is built again. */
  files?: string[]
}

/** The files of a pack the site links to, relative to the pack folder. */
export const PACK_LINKS = {
  present: 'slides.html',
  slidesPdf: 'slides.pdf',
  slidesPptx: 'slides.pptx',
  briefPdf: 'brief.pdf',
  briefDocx: 'brief.docx',
  briefHtml: 'brief.html',
  markdown: 'roadmap.md',
  slideThumbnail: 'thumb-slides.png',
  briefThumbnail: 'thumb-brief.png',
} as const

/**
 * The manifest of a pack. Settings are recorded only where they differ from the defaults, so a
 * pack built without a config has the same manifest as before there were settings.
 * @param name the pack's folder name
 * @param given its readout
 * @param settings the pack's settings
 * @param files the files written, when not every output was asked for
 * @returns the manifest
 */
export function manifestOf(name: string, given: Readout, settings?: Partial<PackSettings>, files?: string[]): PackManifest {
  // The site shows these texts as they are stored: in French, with their no-break spaces.
  const readout = typesetReadout(given)
  return {
    generator: GENERATOR,
    format: PACK_FORMAT,
    name,
    title: readout.title,
    organisation: readout.organisation,
    participants: readout.participants,
    place: readout.place,
    dates: readout.dates,
    keyMessage: readout.keyMessage,
    keyMessageCredit: speakerCredit(readout),
    pillars: readout.pillars.map((p) => p.title),
    source: readout.source,
    ...(settings?.marking ? {marking: settings.marking} : {}),
    ...(settings?.slides === '4:3' ? {slides: '4:3' as const} : {}),
    ...(settings?.paper === 'letter' ? {paper: 'letter' as const} : {}),
    ...(files ? {files} : {}),
    ...(readout.lang && readout.lang !== 'en' ? {lang: readout.lang} : {}),
    ...(readout.kind && readout.kind !== 'readout' ? {kind: readout.kind} : {}),
  }
}

/**
 * The fields the site reads from a `pack.json`, with their types (older packs lack the mark and
 * format). Fields it does not know are kept as they are, so rewriting a manifest (marking it stale)
 * never drops what the build recorded.
 */
const MANIFEST = z.looseObject({
  generator: z.literal(GENERATOR).optional(),
  format: z.literal(PACK_FORMAT).optional(),
  name: z.string(),
  title: z.string(),
  organisation: z.string().optional(),
  participants: z.string().optional(),
  place: z.string().optional(),
  dates: z.object({start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), end: z.string(), display: z.string()}).optional(),
  keyMessage: z.string().optional(),
  keyMessageCredit: z.string().optional(),
  pillars: z.array(z.string()),
  source: z.string(),
  stale: z.literal(true).optional(),
  marking: z.string().optional(),
  slides: z.literal('4:3').optional(),
  paper: z.literal('letter').optional(),
  files: z.array(z.string()).optional(),
  inputs: z.string().optional(),
  lang: z.string().optional(),
  kind: z.string().optional(),
})

/**
 * A manifest read back from a `pack.json`: the site lists only what has the shape it writes, so
 * one hand-edited or damaged `pack.json` leaves its pack out instead of breaking the whole index.
 * @param text the file's text
 * @returns the manifest, or undefined when the text is not one
 */
export function parseManifest(text: string): PackManifest | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  const result = MANIFEST.safeParse(value)
  return result.success ? ({generator: GENERATOR, format: PACK_FORMAT, ...result.data} as PackManifest) : undefined
}
