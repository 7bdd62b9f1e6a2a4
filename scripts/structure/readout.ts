/** The facts a readout carries, as recognised from its text. Every later stage reads only this. */
import type {LanguageCode} from './language.js'

export interface Pillar {
  title: string
  body: string
}

export interface KeyFigure {
  /** The number as written, e.g. `80`, `$20 billion`, `15%`, `+1`. */
  value: string
  /** What it counts, e.g. `international partners`. */
  label: string
  /** The sentence of the source it comes from. */
  sentence: string
}

export interface MeetingDates {
  /** ISO date `YYYY-MM-DD`. */
  start: string
  /** ISO date `YYYY-MM-DD`; the same as `start` for a one-day meeting. */
  end: string
  /** The dates as a reader writes them, e.g. `24–25 June 2019`. */
  display: string
}

/** Who said a quotation, as the text writes them (`the Chair`, `Dr Ana Ruiz, Minister of Health`). */
export interface Speaker {
  written: string
  /** The role, when that is all the text names (`Chair` of `the Chair`): shown with who met. */
  role?: string
}

export interface Readout {
  /** Document title: the roadmap's name when the text names one. */
  title: string
  roadmap?: string
  /** What the document calls itself (`joint statement`, `communiqué`…); absent means a readout. */
  kind?: string
  organisation?: string
  participants?: string
  place?: string
  dates?: MeetingDates
  /** The sentence that says who met, where and when. */
  dateline?: string
  keyMessage?: string
  /** Who the text says spoke the key message (`keyMessageSpeaker`); not written in `roadmap.md`, found again when it is read. */
  keyMessageSpeaker?: Speaker
  pillars: Pillar[]
  figures: KeyFigure[]
  /** Paragraphs before the pillars (minus the dateline), in source order. */
  context: string[]
  /** Paragraphs after the pillars, in source order. */
  outlook: string[]
  /** File name of the source, e.g. `paris-roadmap-2019.txt`. */
  source: string
  /** The language it is written in (detected, or set), which the outputs are written in too; English when absent. */
  lang?: LanguageCode
}
