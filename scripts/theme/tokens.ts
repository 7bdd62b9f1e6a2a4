/**
 * The theme values of the deck, the brief and the site: colours, fonts and sizes, defined once.
 * Change the accent here and all three outputs follow. Every text colour is checked for at least
 * 4.5:1 contrast against the background it is used on (see theme.test.ts).
 */
export const tokens = {
  color: {
    /** Body text on paper. */
    ink: '#1a1f2b',
    /** Secondary text on paper: footers, labels, page numbers. */
    muted: '#4a5361',
    /** Brand colour: title slide, masthead, headings. */
    navy: '#0b2545',
    /** Text on navy. */
    onNavy: '#ffffff',
    /** Secondary text on navy. */
    onNavyMuted: '#c9d3e3',
    /** Accent: rules, numbers and marks on navy; never body text on paper. */
    accent: '#d9a521',
    /** Accent that is dark enough for text on paper and tint. */
    accentText: '#8a5a00',
    /** Quiet background of boxes and cards. */
    tint: '#eef2f7',
    /** Hairlines. */
    rule: '#c5cfdc',
    paper: '#ffffff',
    /** Links on the site. */
    link: '#1746a2',
  },
  /** Sizes of text, by output: deck in px (1280×720 slides), brief in pt (A4), site and brief on screen in rem. */
  size: {
    deckBody: '30px',
    /** The smallest text on a slide: figure labels, attributions (DESIGN.md: at least 28px). */
    deckLabel: '28px',
    deckHeading: '54px',
    deckNumeral: '148px',
    deckQuote: '76px',
    deckHero: '104px',
    deckCard: '40px',
    deckFigure: '72px',
    /** Speaker notes in the presenter view. */
    presenterNotes: '22px',
    briefBody: '10.5pt',
    briefHeading: '13.5pt',
    briefNumeral: '10pt',
    screenBody: '1.1875rem',
    screenSmall: '1rem',
    screenH1: '2.5rem',
    screenH2: '1.75rem',
    screenH3: '1.375rem',
  },
  /** Spacing: the gap between a numeral or rail and its text, and the measure of body text. */
  space: {
    deckGutter: '72px',
    deckPanel: '260px',
    briefRail: '38mm',
    briefGutter: '6mm',
    screenMeasure: '38rem',
  },
  /** The numeral badge: one look for pillar numbers in deck, brief and site. */
  badge: {
    /** Side of the square badge, as a multiple of the numeral's font size. */
    side: '1.75em',
    radius: '0',
  },
  font: {
    sans: "'Source Sans 3', 'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Color Emoji', sans-serif",
    serif: "'Source Serif 4', 'DejaVu Serif', 'Noto Serif CJK SC', 'Noto Color Emoji', serif",
  },
} as const

/** The colours of a theme, by the names of `tokens.color`. */
export type ThemeColors = {[K in keyof typeof tokens.color]: string}

/** What a brand (`_brand.yml`) changes in the theme values: colours and font stacks. */
export interface ThemeOverrides {
  color?: ThemeColors
  font?: {sans: string; serif: string}
}

/**
 * The tokens as CSS custom properties (`--bp-ink: #1a1f2b; …`), to put in a rule's body.
 * @param overrides a brand's colours and fonts; the seed's values without it
 * @returns declarations, one per line
 */
export function cssVariables(overrides: ThemeOverrides = {}): string {
  const lines: string[] = []
  for (const [name, value] of Object.entries(overrides.color ?? tokens.color)) lines.push(`--bp-${kebab(name)}: ${value};`)
  for (const [name, value] of Object.entries(overrides.font ?? tokens.font)) lines.push(`--bp-font-${name}: ${value};`)
  for (const group of ['size', 'space', 'badge'] as const) for (const [name, value] of Object.entries(tokens[group])) lines.push(`--bp-${group}-${kebab(name)}: ${value};`)
  return lines.join('\n  ')
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

/**
 * Every pair of text colour and the ground it is set on, in the deck, the brief and the site:
 * `[use, text, ground]`. Each must reach 4.5:1 (theme.test.ts; a brand is checked against it).
 */
export const TEXT_PAIRS: ReadonlyArray<readonly [string, keyof typeof tokens.color, keyof typeof tokens.color]> = [
  ['body text', 'ink', 'paper'],
  ['body text on boxes', 'ink', 'tint'],
  ['footers, labels, page numbers', 'muted', 'paper'],
  ['labels in boxes and on the message slide', 'muted', 'tint'],
  ['headings and big numbers', 'navy', 'paper'],
  ['headings on the message slide', 'navy', 'tint'],
  ['eyebrows and list numbers', 'accentText', 'paper'],
  ['links', 'link', 'paper'],
  ['title and closing slides, masthead', 'onNavy', 'navy'],
  ['secondary text on navy', 'onNavyMuted', 'navy'],
  ['quote mark and "Next" label on navy', 'accent', 'navy'],
]

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (la + 0.05) / (lb + 0.05)
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
