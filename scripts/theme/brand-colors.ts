import {contrast, TEXT_PAIRS, type ThemeColors} from './tokens.js'

/** The four colours a brand names (`color.primary` …), as `#rrggbb`. */
export interface BrandColors {
  primary: string
  secondary: string
  foreground: string
  background: string
}

/** A pair of the theme whose contrast is too low, and the brand colour to blame. */
export interface ContrastProblem {
  /** The brand key to change: `primary`, `secondary`, `foreground` or `background`. */
  key: keyof BrandColors
  use: string
  text: string
  ground: string
  ratio: number
}

/** The least contrast of any text on its ground (WCAG AA for body text). */
export const MIN_CONTRAST = 4.5

/**
 * The theme's colours from a brand's four: primary is the brand colour (title slide, masthead,
 * headings, links), secondary the accent (rules, numerals, marks on primary), foreground the text
 * and background the paper, also the text on primary. The quieter shades (muted text, tints,
 * hairlines) are mixed from them, each the closest to its design that still reads at 4.5:1.
 * @param brand the four colours, `#rrggbb`
 * @returns every colour of `tokens.color`
 */
export function deriveColors(brand: BrandColors): ThemeColors {
  const {primary, secondary, foreground, background} = brand
  const tint = mix(background, primary, 0.07)
  const readable = (candidates: string[], grounds: string[]) => candidates.find((c) => grounds.every((g) => contrast(c, g) >= MIN_CONTRAST)) ?? candidates.at(-1)!
  const steps = (from: string, to: string) => Array.from({length: 21}, (_, i) => mix(from, to, i / 20))
  return {
    ink: foreground,
    // Muted text: a third of the way to the paper, or nearer the ink until it reads.
    muted: readable(steps(foreground, background).slice(0, 8).reverse(), [background, tint]),
    navy: primary,
    onNavy: background,
    onNavyMuted: readable(steps(background, primary).slice(0, 6).reverse(), [primary]),
    accent: secondary,
    // The accent as text on paper: itself when it reads, else darkened towards the ink.
    accentText: readable(steps(secondary, foreground), [background, tint]),
    tint,
    rule: mix(background, primary, 0.22),
    paper: background,
    link: primary,
  }
}

/**
 * The pairs of text and ground below 4.5:1 in the theme made from a brand, worst first.
 * @param colors the theme made from a brand's colours (`deriveColors`)
 * @returns the problems, each naming the brand key to change
 */
export function contrastProblems(colors: ThemeColors): ContrastProblem[] {
  const blame: Record<keyof ThemeColors, keyof BrandColors> = {
    ink: 'foreground',
    muted: 'foreground',
    navy: 'primary',
    link: 'primary',
    onNavy: 'primary',
    onNavyMuted: 'primary',
    accent: 'secondary',
    accentText: 'secondary',
    tint: 'background',
    rule: 'background',
    paper: 'background',
  }
  const problems = TEXT_PAIRS.map(([use, text, ground]) => ({key: blame[text], use, text: colors[text], ground: colors[ground], ratio: contrast(colors[text], colors[ground])})).filter((pair) => pair.ratio < MIN_CONTRAST)
  // One problem per brand key, its worst pair; the text colour first, then the brand colours.
  const keys: Array<keyof BrandColors> = ['foreground', 'background', 'primary', 'secondary']
  return keys.flatMap((key) => problems.filter((p) => p.key === key).sort((x, y) => x.ratio - y.ratio).slice(0, 1))
}

/**
 * Mix two `#rrggbb` colours in sRGB.
 * @param from the first colour
 * @param to the second
 * @param amount 0 gives `from`, 1 gives `to`
 * @returns `#rrggbb`
 */
export function mix(from: string, to: string, amount: number): string {
  const a = channels(from)
  const b = channels(to)
  return `#${a.map((c, i) => Math.round(c + (b[i] - c) * amount).toString(16).padStart(2, '0')).join('')}`
}

/**
 * A hex colour as `#rrggbb` (lower case), from `#rgb` or `#rrggbb`; undefined when it is not one.
 * @param text the colour as written
 * @returns the normalised colour
 */
export function hexColor(text: string): string | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())
  if (!m) return undefined
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1]
  return `#${hex.toLowerCase()}`
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
}
