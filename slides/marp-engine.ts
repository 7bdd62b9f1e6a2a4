import type {MarpOptions} from '@marp-team/marp-core'
import {readProjectFile} from '../scripts/project-root.js'
import {fontFaceCss} from '../scripts/theme/fonts.js'
import type {Brand} from '../scripts/config/brand.js'
import {brandCss} from '../scripts/theme/brand-css.js'
import {cssVariables, tokens} from '../scripts/theme/tokens.js'
import {numeralBadgeCss} from '../scripts/theme/vocabulary.js'
import {ORDINAL_CSS} from '../scripts/theme/typography.js'
import type {SlideShape} from './slide-size.js'

/**
 * Options of the Marp engine (given to marp-cli): no raw HTML, no math (so `$20` stays money), no emoji shortcodes or emoji images
 * (they would load from a CDN), no autolinks.
 */
export const MARP_OPTIONS = {
  html: false,
  math: false,
  emoji: {shortcode: false, unicode: false},
  markdown: {linkify: false},
  inlineSVG: true,
} satisfies MarpOptions

/**
 * The `briefing` theme: metadata, shared theme values and `slides/theme.css`. The fonts are not in
 * it: Marp runs every theme through postcss, and ~370 KB of embedded font data made that the
 * slowest part of rendering; `withDeckFonts` adds them to the finished page instead.
 * @param shape the deck's shape: at 4:3, `slides/theme-4x3.css` follows `theme.css`
 * @param brand a brand's colours, fonts and weights (the seed's look without it)
 * @returns the theme CSS
 */
export function deckThemeCss(shape: SlideShape = '16:9', brand?: Brand): string {
  // Read each time: watch mode picks up an edited theme.css without a restart.
  return [
    '/* @theme briefing */',
    '/* @size 16:9 1280px 720px */',
    '/* @size 4:3 960px 720px */',
    `section {\n  ${cssVariables(brand)}\n}`,
    readProjectFile('slides', 'theme.css'),
    numeralBadgeCss('section.overview ol > li::before', '52px'),
    ORDINAL_CSS,
    numeralBadgeCss('section.pillar > p:first-child', 'var(--bp-size-deck-numeral)'),
    ...(shape === '4:3' ? [readProjectFile('slides', 'theme-4x3.css')] : []),
    ...(brand ? [brandCss(brand, 'deck')] : []),
  ].join('\n')
}

/** The presenter view's notes in the theme's font, at a size read at a glance (the +/- buttons still scale it). */
const presenterCss = (sans: string) => `body[data-bespoke-view=presenter] .bespoke-marp-presenter-container .bespoke-marp-presenter-note-container .bespoke-marp-note {
  font-family: ${sans};
  font-size: calc(${tokens.size.presenterNotes} * var(--bespoke-marp-note-font-scale, 1));
  line-height: 1.45;
  max-width: 40em;
}`

/**
 * Add the deck's embedded fonts and the presenter view's note style to a rendered HTML page, just before `</head>`.
 * @param html a page rendered by Marp
 * @param text the text of the deck, to embed only the script subsets it needs
 * @param brand a brand's fonts, embedded instead of the seed's
 * @returns the page with the `@font-face` rules
 */
export function withDeckFonts(html: string, text: string, brand?: Brand): string {
  const at = html.indexOf('</head>')
  const style = `<style>${fontFaceCss(['sans'], text, brand?.faces)}\n${presenterCss(brand?.font.sans ?? tokens.font.sans)}</style>`
  return at === -1 ? style + html : html.slice(0, at) + style + html.slice(at)
}
