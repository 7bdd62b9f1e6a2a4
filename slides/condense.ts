import {splitSentences} from '../scripts/structure/text.js'

/** Limits that keep every slide inside its box; the overflow test checks them in Chromium. */
export const LIMITS = {
  /** Points per pillar slide. */
  points: 4,
  /** Characters per point (about two lines at 28px). */
  pointChars: 140,
  /** Characters of points per slide (about six lines). */
  pointBudget: 420,
  /** A title longer than this gets the smaller title size. */
  longTitle: 58,
  /** Characters of a title on a slide; the full title is in the notes. */
  titleChars: 110,
  /** Figures on the key-figures slide. */
  figures: 6,
  /** Characters of a figure's label. */
  figureLabelChars: 64,
  /** Pillar titles per overview slide when all are short (two columns). */
  overviewItems: 8,
  /** A title longer than this in the overview takes a line of its own. */
  shortOverviewTitle: 40,
  /** Pillar titles per overview slide when any is long. */
  overviewItemsLong: 4,
  /** Characters of a title in the overview. */
  overviewChars: 96,
} as const

const LEAD_IN = /^(?:As|While|Whilst|Although|Though|Because|Since|Given|Saying that|In addition|Furthermore|However|Moreover|At the same time|To this end|In this context|Above all|Finally|Meanwhile|Overall|Today|Now)\b[^,]{0,140},\s+/

/**
 * Two to four short points from a pillar's body, in its order: one per sentence, lead-in
 * clauses dropped, long sentences cut at a clause or word boundary.
 * @param body the pillar's full text
 * @returns the points
 */
export function pointsFrom(body: string): string[] {
  let sentences = splitSentences(body).map((s) => s.text)
  if (sentences.length < 2) {
    const parts = body.split(/;\s+|,\s+(?:and|while|but)\s+/).filter((part) => part.split(/\s+/).length >= 4)
    if (parts.length >= 2) sentences = parts.map((part) => capitalise(part.replace(/[.;,]$/, '')) + '.')
  }
  const points: string[] = []
  let used = 0
  for (const sentence of sentences) {
    const point = condenseSentence(sentence, LIMITS.pointChars)
    if (points.length >= LIMITS.points || (points.length >= 2 && used + point.length > LIMITS.pointBudget)) break
    points.push(point)
    used += point.length
  }
  return points
}

/**
 * One sentence made short for a slide: a lead-in clause (`As …,`, `Saying that,`) dropped, then
 * shortened to `max` characters.
 * @param sentence the sentence
 * @param max largest length
 * @returns the short sentence
 */
export function condenseSentence(sentence: string, max: number): string {
  return shorten(capitalise(sentence.replace(LEAD_IN, '')), max)
}

/**
 * Shorten text to at most `max` characters: at a clause boundary when one is near, else at a
 * word boundary, ending in `…`.
 * @param text the text
 * @param max largest length
 * @returns the text, or a shortened copy
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '), cut.lastIndexOf(' — '))
  const end = clause >= max * 0.6 ? clause : cut.lastIndexOf(' ') > max * 0.5 ? cut.lastIndexOf(' ') : max - 1
  return `${cut.slice(0, end).replace(/[\s,;:–—-]+$/, '')}…`
}

/**
 * A figure's value written compactly for a big number: `$20 billion` gives `$20bn`.
 * @param value the value as written
 * @returns the compact value
 */
export function compactValue(value: string): string {
  return value
    .replace(/\s?billion\b/i, 'bn')
    .replace(/\s?million\b/i, 'm')
    .replace(/\s?thousand\b/i, 'k')
    .replace(/\s?trillion\b/i, 'tn')
}

function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
}
