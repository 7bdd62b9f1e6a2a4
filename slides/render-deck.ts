import {escapeHtml} from '../scripts/html.js'
import {readProjectFile} from '../scripts/project-root.js'
import type {Brand} from '../scripts/config/brand.js'
import {renderBespokeHtml} from './bespoke-html.js'
import {deckThemeCss, withDeckFonts} from './marp-engine.js'
import type {SlideShape} from './slide-size.js'

/**
 * The deck: marp-cli's bespoke HTML template (keyboard navigation, presenter view, speaker notes),
 * one self-contained file that works from `file://`, made in this process from marp-core's render
 * (`bespoke-html.ts`), with no temporary file. The same page is printed to PDF and captured for the PPTX (`print-deck.ts`),
 * so the deck is rendered by Marp once.
 * @param slidesMarkdown the Marp Markdown of the deck
 * @param options `marking`: a protective marking set top and bottom centre of every slide; `shape`: `16:9` or `4:3`; `brand`: a brand's colours and fonts (the seed's look without it); `lang`: the page's language (`en` by default)
 * @returns the HTML
 */
export async function renderPresentableHtml(slidesMarkdown: string, options: {marking?: string; shape?: SlideShape; brand?: Brand; lang?: string} = {}): Promise<string> {
  const html = withDeckFonts(renderBespokeHtml(slidesMarkdown, deckThemeCss(options.shape, options.brand), options.lang ?? 'en'), slidesMarkdown, options.brand)
  return options.marking ? withMarking(html, options.marking) : html
}

/**
 * Set a protective marking top and bottom centre of every slide: two elements at the end of each
 * slide's `<section>` (after its content, so no `:first-child` rule of the theme changes), placed
 * in the slide's margins by `slides/marking.css`, added to the page's head. Marp has one header and one footer per
 * slide, and the footer is the running title, so the marking is added to Marp's page.
 * @param html the HTML deck
 * @param marking the marking, e.g. `OFFICIAL-SENSITIVE`
 * @returns the deck with the marking on every slide
 */
export function withMarking(html: string, marking: string): string {
  const text = escapeHtml(marking)
  const marks = `<div class="bp-marking bp-marking-top">${text}</div><div class="bp-marking bp-marking-bottom">${text}</div>`
  const at = html.indexOf('</head>')
  html = `${html.slice(0, at)}<style>${readProjectFile('slides', 'marking.css')}</style>${html.slice(at)}`
  // A slide's section ends its foreignObject; Marp puts its inline script after the last one.
  return html.replace(/<\/section>(?=\s*(?:<\/foreignObject>|<script>))/g, () => `${marks}</section>`)
}
