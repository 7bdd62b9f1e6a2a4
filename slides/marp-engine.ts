import {Marp, type MarpOptions} from '@marp-team/marp-core'
import {readProjectFile} from '../scripts/project-root.js'
import {fontFaceCss} from '../scripts/theme/fonts.js'
import {cssVariables} from '../scripts/theme/tokens.js'

/**
 * Options of the Marp engine, the same for the HTML deck (marp-cli) and the printed deck
 * (marp-core): no raw HTML, no math (so `$20` stays money), no emoji shortcodes or emoji images
 * (they would load from a CDN), no autolinks.
 */
export const MARP_OPTIONS = {
  html: false,
  math: false,
  emoji: {shortcode: false, unicode: false},
  markdown: {linkify: false},
  inlineSVG: true,
} satisfies MarpOptions

let themeCss: string | undefined

/**
 * The `briefing` theme: metadata, shared theme values, embedded fonts and `slides/theme.css`.
 * @returns the theme CSS
 */
export function deckThemeCss(): string {
  themeCss ??= [
    '/* @theme briefing */',
    '/* @size 16:9 1280px 720px */',
    fontFaceCss(['sans']),
    `section {\n  ${cssVariables()}\n}`,
    readProjectFile('slides', 'theme.css'),
  ].join('\n')
  return themeCss
}

/**
 * A marp-core engine with the options and theme of the deck.
 * @returns the engine
 */
export function createMarp(): Marp {
  const marp = new Marp(MARP_OPTIONS)
  marp.themeSet.add(deckThemeCss())
  return marp
}
