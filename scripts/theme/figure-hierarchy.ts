/**
 * Key figures in an order a reader takes in: one hero figure (the largest amount of money, else
 * the largest number), a pair of counts read as growth (`12 → 80`) and the rest.
 */
import type {KeyFigure} from '../structure/readout.js'
import {fitLabel} from './figure-label.js'
import {formatFigure} from './vocabulary.js'

/** A figure as shown: its value (one format everywhere) and its label. */
export interface ShownFigure {
  value: string
  label: string
  /** The sentences the figure was read from (two for a growth pair): a slide's notes say them. */
  sentences?: string[]
}

/** The figures of a readout, ranked for display. */
export interface FigureHierarchy {
  hero?: ShownFigure
  /** Two counts of the same thing at two times, shown as `from → to`. */
  growth?: ShownFigure & {from: string; to: string}
  /** The other figures, in source order. */
  others: ShownFigure[]
}

/** A value's number and the unit words after it: `$14.2` and `billion`, `14,2` and `milliards de dollars` (the deck and its PowerPoint set them on two lines). */
export const UNIT_WORDS = /^(.*?\d%?)\s+(\p{L}.*)$/u

const MONEY = /^(?:\p{Sc}|[A-Z]{3} |FCFA )|\b(?:billion|million|trillion|bn|m)\b|\b(?:dollars|euros|pounds)\b/iu
const YEAR = /\b(?:19|20)\d\d\b/

/** The numeric size of a value: `$20 billion` gives 2e10, `80` gives 80, `15%` gives 15, a range its upper end (`$2–3 million` gives 3e6). */
function magnitude(value: string): number {
  const number = parseFloat(value.replace(/^[^–]*–/, '').replace(/[^\d.]/g, '')) || 0
  const scale = /billion|bn\b/i.test(value) ? 1e9 : /trillion|tn\b/i.test(value) ? 1e12 : /million|\dm\b/i.test(value) ? 1e6 : /thousand|\dk\b/i.test(value) ? 1e3 : 1
  return number * scale
}

/** The content words of a label (five letters or more), singular, in lower case. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((word) => word.replace(/s$/, ''))
}

/** A word before a year that makes it a target or a deadline (`by 2030`, `d'ici 2030`), not a past the count grew from. */
const TARGET_BEFORE = /(?:\bby|\buntil|\bbefore|\bthrough|\bto|\bd['’]ici|\bavant|\bjusqu['’](?:en|à))\s+(?:the end of\s+|la fin de\s+|fin\s+)?$/i

/** A label that already says a change (`…, up from 19 in 2019`, `contre 54 % en 2018`): such a figure is never half of a pair. */
const CHANGE = /\b(?:up|down|rising|falling|increase[ds]?|decrease[ds]?|compared)\b[^]*\b(?:from|with|on)\b|\bfrom\s+[\d\p{Sc}]|\bcontre\b|\bpassant de\b|\ben (?:hausse|baisse)\b|→/iu

/**
 * The past year a count's own label ties it to (`members of the Coalition in 2014`): none when the
 * label says a change already, when the year is a target (`by 2030`) or not before the meeting.
 */
function pastYearOf(figure: KeyFigure, meetingYear?: number): string | undefined {
  if (CHANGE.test(figure.label)) return undefined
  const match = YEAR.exec(figure.label)
  if (!match || TARGET_BEFORE.test(figure.label.slice(0, match.index))) return undefined
  if (meetingYear !== undefined && Number(match[0]) >= meetingYear) return undefined
  return match[0]
}

const isCount = (figure: KeyFigure) => /^\d[\d,]*$/.test(figure.value.trim())

/**
 * Rank key figures: the hero (largest amount), a growth pair (a count tied to a past year and a
 * larger count of the same kind of thing; an increment `+1` is then dropped as it says the same),
 * and the others, at most `limit` figures shown in all.
 * @param figures the readout's key figures, in source order
 * @param limit most figures shown (a growth pair counts as one)
 * @param words how values are written and the word before a growth pair's year, in the readout's language (English by default)
 * @param meetingYear the year of the meeting, when known: a growth pair starts from a year before it, never from a target
 * @param labelChars the most characters of a label shown (`LIMITS.figureLabelChars`): a longer one is cut at a phrase's end (`fitLabel`)
 * @returns the hierarchy
 */
export function rankFigures(figures: KeyFigure[], limit = 5, words: {formatFigure: (value: string) => string; since: string; figureLabel?: (value: string, label: string) => string; lang?: string} = {formatFigure, since: 'since'}, meetingYear?: number, labelChars = Infinity): FigureHierarchy {
  if (!figures.length) return {others: []}
  // the label as it reads after the value shown (`60 millions` → `de bovins` in French), cut to what its box holds
  const labelAfter = (value: string, label: string) => fitLabel(words.figureLabel?.(value, label) ?? label, labelChars, words.lang)
  const shown = (figure: KeyFigure): ShownFigure => {
    const value = words.formatFigure(figure.value)
    return {value, label: labelAfter(value, figure.label), sentences: [figure.sentence]}
  }
  const money = figures.filter((f) => MONEY.test(f.value))
  const pool = money.length ? money : figures.filter((f) => !f.value.startsWith('+'))
  const hero = [...(pool.length ? pool : figures)].sort((a, b) => magnitude(b.value) - magnitude(a.value))[0]
  const counts = figures.filter((f) => f !== hero && isCount(f))
  const past = counts.find((f) => pastYearOf(f, meetingYear) !== undefined)
  const kind = past ? contentWords(past.label) : []
  // Of the same kind by its label, or by its own sentence when that is not the past count's (whose words would say nothing)
  const sameKind = (f: KeyFigure) => kind.some((word) => contentWords(f.sentence === past?.sentence ? f.label : `${f.label} ${f.sentence}`).includes(word))
  // The later count is a count now: not a change already, not tied to a year of its own
  const now = (f: KeyFigure) => !CHANGE.test(f.label) && !YEAR.test(f.label)
  const later = past && counts.filter((f) => f !== past && magnitude(f.value) > magnitude(past.value) && now(f) && sameKind(f)).sort((a, b) => magnitude(b.value) - magnitude(a.value))[0]
  let growth: FigureHierarchy['growth']
  const used = new Set<KeyFigure>([hero])
  if (past && later) {
    const year = pastYearOf(past, meetingYear)
    growth = {value: `${words.formatFigure(past.value)} → ${words.formatFigure(later.value)}`, from: words.formatFigure(past.value), to: words.formatFigure(later.value), label: year ? fitLabel(`${labelAfter(words.formatFigure(later.value), later.label)} ${words.since} ${year}`, labelChars, words.lang) : labelAfter(words.formatFigure(later.value), later.label), sentences: [past.sentence, later.sentence]}
    used.add(past).add(later)
    for (const f of figures) if (f.value.startsWith('+')) used.add(f)
  }
  // The same value twice (a sum named in the context and again in a pillar) is shown once.
  const values = new Set([words.formatFigure(hero.value)])
  const others = figures
    .filter((f) => !used.has(f))
    .map(shown)
    .filter((f) => !values.has(f.value) && Boolean(values.add(f.value)))
  return {hero: shown(hero), growth, others: others.slice(0, Math.max(0, limit - 1 - (growth ? 1 : 0)))}
}

/** The year a readout's meeting began, when its dates are known. */
export function meetingYearOf(readout: {dates?: {start: string}}): number | undefined {
  const year = Number(readout.dates?.start.slice(0, 4))
  return Number.isFinite(year) && year > 0 ? year : undefined
}
