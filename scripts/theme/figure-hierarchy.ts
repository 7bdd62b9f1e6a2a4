/**
 * Key figures in an order a reader takes in: one hero figure (the largest amount of money, else
 * the largest number), a pair of counts read as growth (`12 → 80`) and the rest.
 */
import type {KeyFigure} from '../structure/readout.js'
import {formatFigure} from './vocabulary.js'

/** A figure as shown: its value (one format everywhere) and its label. */
export interface ShownFigure {
  value: string
  label: string
}

/** The figures of a readout, ranked for display. */
export interface FigureHierarchy {
  hero?: ShownFigure
  /** Two counts of the same thing at two times, shown as `from → to`. */
  growth?: ShownFigure & {from: string; to: string}
  /** The other figures, in source order. */
  others: ShownFigure[]
}

const MONEY = /^(?:[$€£¥]|[A-Z]{3} |FCFA )|\b(?:billion|million|trillion|bn|m)\b|\b(?:dollars|euros|pounds)\b/i
const YEAR = /\b(?:19|20)\d\d\b/

/** The numeric size of a value: `$20 billion` gives 2e10, `80` gives 80, `15%` gives 15. */
function magnitude(value: string): number {
  const number = parseFloat(value.replace(/[^\d.]/g, '')) || 0
  const scale = /billion|bn\b/i.test(value) ? 1e9 : /trillion|tn\b/i.test(value) ? 1e12 : /million|\dm\b/i.test(value) ? 1e6 : /thousand|\dk\b/i.test(value) ? 1e3 : 1
  return number * scale
}

/** The content words of a label (five letters or more), singular, in lower case. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((word) => word.replace(/s$/, ''))
}

const isCount = (figure: KeyFigure) => /^\d[\d,]*$/.test(figure.value.trim())

/**
 * Rank key figures: the hero (largest amount), a growth pair (a count tied to a past year and a
 * larger count of the same kind of thing; an increment `+1` is then dropped as it says the same),
 * and the others, at most `limit` figures shown in all.
 * @param figures the readout's key figures, in source order
 * @param limit most figures shown (a growth pair counts as one)
 * @param words how values are written and the word before a growth pair's year, in the readout's language (English by default)
 * @returns the hierarchy
 */
export function rankFigures(figures: KeyFigure[], limit = 5, words: {formatFigure: (value: string) => string; since: string} = {formatFigure, since: 'since'}): FigureHierarchy {
  if (!figures.length) return {others: []}
  const shown = (figure: KeyFigure): ShownFigure => ({value: words.formatFigure(figure.value), label: figure.label})
  const money = figures.filter((f) => MONEY.test(f.value))
  const pool = money.length ? money : figures.filter((f) => !f.value.startsWith('+'))
  const hero = [...(pool.length ? pool : figures)].sort((a, b) => magnitude(b.value) - magnitude(a.value))[0]
  const counts = figures.filter((f) => f !== hero && isCount(f))
  const past = counts.find((f) => YEAR.test(f.label) || YEAR.test(f.sentence.slice(f.sentence.indexOf(f.value))))
  const kind = past ? contentWords(past.label) : []
  const sameKind = (f: KeyFigure) => kind.some((word) => contentWords(`${f.label} ${f.sentence}`).includes(word))
  const later = past && counts.filter((f) => f !== past && magnitude(f.value) > magnitude(past.value) && sameKind(f)).sort((a, b) => magnitude(b.value) - magnitude(a.value))[0]
  let growth: FigureHierarchy['growth']
  const used = new Set<KeyFigure>([hero])
  if (past && later) {
    const year = (past.label.match(YEAR) ?? past.sentence.match(YEAR))?.[0]
    growth = {value: `${words.formatFigure(past.value)} → ${words.formatFigure(later.value)}`, from: words.formatFigure(past.value), to: words.formatFigure(later.value), label: year ? `${later.label} ${words.since} ${year}` : later.label}
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
