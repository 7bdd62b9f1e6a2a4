import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {Marp} from '@marp-team/marp-core/full'
import type {Marpit, ThemeSet} from '@marp-team/marpit'
import {BuildError, EXIT} from '../scripts/errors.js'
import {ordinalsRaised} from '../scripts/theme/typography.js'
import {MARP_OPTIONS} from './marp-engine.js'

/**
 * marp-cli's `bespoke` HTML template (keyboard navigation, presenter view, speaker notes, progress
 * bar), made in this process from marp-core's render: the same page `marp --template bespoke
 * --bespoke.progress` writes, byte for byte, without marp-cli's command line, temporary files and
 * per-run setup (~45 ms of a ~80 ms render). The page's script (`bespoke.js`) and style are read
 * from the installed marp-cli, so they follow its version; `scripts/test/deck.test.ts` compares
 * this page with marp-cli's own.
 *
 * Not carried over from marp-cli, as the decks we generate use none of it: the `transition`
 * directive (view transitions), `image` and `url` metadata, the live-reload script of `marp --watch`.
 */

/** marp-cli's bespoke script and style, read once. */
interface BespokeAssets {
  js: string
  css: string
}

let assets: BespokeAssets | undefined

/**
 * Read the bespoke template's script (a file next to marp-cli's code) and style (a string in
 * marp-cli's bundled code, the only place it ships) from the installed marp-cli.
 * @returns the script and the style
 */
function bespokeAssets(): BespokeAssets {
  if (assets) return assets
  const lib = path.dirname(createRequire(import.meta.url).resolve('@marp-team/marp-cli'))
  const marker = "bespoke:{css:'"
  for (const name of readdirSync(lib).filter((file) => /^marp-cli-.+\.js$/.test(file))) {
    const code = readFileSync(path.join(lib, name), 'utf8')
    const start = code.indexOf(marker)
    const end = start === -1 ? -1 : code.indexOf("',js:", start)
    const css = end === -1 ? '' : code.slice(start + marker.length, end)
    // A string literal with no escape: taken as it is.
    if (css && !/['\\]/.test(css)) return (assets = {css, js: readFileSync(path.join(lib, 'bespoke.js'), 'utf8')})
  }
  throw new BuildError(`${lib}: this marp-cli's bespoke template was not found (an unexpected marp-cli version?)`, EXIT.renderFailed)
}

/** The metadata marp-cli's template puts in the page's head: global directives of the deck. */
interface DeckInfo {
  title?: string
  author?: string
  description?: string
  keywords?: string[]
  lang?: string
}

/** What the title detection reads of markdown-it's core state. */
interface CoreState {
  inlineMode: boolean
  tokens: {type: string; hidden: boolean; tag: string; content: string}[]
}

/** marp-cli's `keywords` directive: a list or a comma-separated string, without empty or repeated words. */
function keywordList(value: unknown): string[] | undefined {
  const words = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map((word) => word.trim()) : undefined
  const unique = [...new Set((words ?? []).filter((word): word is string => typeof word === 'string' && word !== ''))]
  return unique.length > 0 ? unique : undefined
}

/**
 * Make an engine as marp-cli makes it for the bespoke template: our Marp options, the deck's theme,
 * marp-cli's metadata directives (`title`, `author`, `description`, `keywords`, with the title
 * taken from the highest first heading when not set).
 * @param themeCss the deck's theme
 * @param lang the page's language when the deck sets none
 * @returns the engine and a function giving the metadata of its last render
 */
function bespokeEngine(themeCss: string, lang: string): {marp: Marp; info: () => DeckInfo} {
  const marp = new Marp({lang, ...MARP_OPTIONS, container: {tag: 'div', id: ':$p'}, inlineSVG: true, slideContainer: [], html: false})
  marp.markdown.set({html: false})
  const marpit = marp as unknown as Marpit & {lastGlobalDirectives?: Record<string, unknown>}
  const text = (key: string) => (value: unknown) => (typeof value === 'string' ? {[key]: value} : {})
  Object.assign(marpit.customDirectives.global, {
    author: text('marpCLIAuthor'),
    description: text('marpCLIDescription'),
    title: text('marpCLITitle'),
    keywords: (value: unknown) => {
      const words = keywordList(value)
      return words ? {marpCLIKeywords: words} : {}
    },
  })
  marp.markdown.core.ruler.after('marpit_directives_global_parse', 'bp_title_detection', (state: CoreState) => {
    const directives = marpit.lastGlobalDirectives
    if (state.inlineMode || !directives || 'marpCLITitle' in directives) return false
    let best = {level: Number.MAX_SAFE_INTEGER, content: undefined as string | undefined}
    state.tokens.forEach((token, index) => {
      const level = token.type === 'heading_open' && !token.hidden ? /^h([1-6])$/i.exec(token.tag)?.[1] : undefined
      const inline = state.tokens[index + 1]
      if (level && inline?.type === 'inline' && Number(level) < best.level) best = {level: Number(level), content: inline.content.trim()}
    })
    if (best.content) directives.marpCLITitle = best.content
    return false
  })
  // French `1er`, `1re` with their letters raised, as the brief and the site set them.
  const plainText = marp.markdown.renderer.rules.text!
  marp.markdown.renderer.rules.text = (...args: Parameters<typeof plainText>) => {
    const html = plainText(...args)
    const deckLang = (marpit.lastGlobalDirectives?.lang as string | undefined) || lang
    return /^fr(?![a-z])/i.test(deckLang) ? ordinalsRaised(html) : html
  }
  marp.themeSet.add(themeCss)
  rememberPackedCss(marp.themeSet)
  const info = (): DeckInfo => {
    const directives = marpit.lastGlobalDirectives ?? {}
    return {
      title: directives.marpCLITitle as string | undefined,
      author: directives.marpCLIAuthor as string | undefined,
      description: directives.marpCLIDescription as string | undefined,
      keywords: directives.marpCLIKeywords as string[] | undefined,
      lang: (directives.lang as string | undefined) || lang,
    }
  }
  return {marp, info}
}

/** How many packed style sheets an engine keeps (one per shape and per set of deck styles in use). */
const PACKED_KEPT = 8

/**
 * Make a theme set keep the CSS it packs: Marp runs the whole theme through PostCSS on every
 * render (the larger part of a render, ~40–80 ms), though only the deck's text changes from one
 * watch-mode save to the next. A packed sheet depends only on the theme's CSS and size and on the
 * pack options (the deck's own styles, containers, inline SVG); those are the key, so a deck with
 * other styles or another size is packed anew.
 * @param themeSet the engine's theme set (its `pack` is replaced)
 */
export function rememberPackedCss(themeSet: Pick<ThemeSet, 'pack' | 'get'>): void {
  const pack = themeSet.pack.bind(themeSet)
  const packed = new Map<string, string>()
  themeSet.pack = (name, options) => {
    // The theme `pack` will use: the named one, else the default (which the size directive swaps during a render).
    const theme = themeSet.get(name as string, true)
    const key = JSON.stringify([name, theme?.css, theme?.width, theme?.height, options])
    let css = packed.get(key)
    if (css === undefined) {
      css = pack(name, options)
      if (packed.size >= PACKED_KEPT) packed.delete(packed.keys().next().value!)
      packed.set(key, css)
    }
    return css
  }
}

let cached: {key: string; engine: ReturnType<typeof bespokeEngine>} | undefined

/** Escape text as marp-cli's template (Pug) does: `&`, `<`, `>` and `"`, not `'`. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!)
}

/** An attribute as marp-cli's template (Pug) writes it: none without a value. */
function attribute(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`
}

/**
 * Render a deck into marp-cli's bespoke HTML page.
 * @param markdown the deck's Marp Markdown
 * @param themeCss the deck's theme (`deckThemeCss`)
 * @param lang the page's language when the deck sets none
 * @returns the page, as `marp --template bespoke --bespoke.progress` writes it
 */
export function renderBespokeHtml(markdown: string, themeCss: string, lang: string): string {
  const {css: bespokeCss, js} = bespokeAssets()
  // An engine is kept for the last theme and language: watch mode renders the same deck again and again.
  const key = `${lang}\n${themeCss}`
  if (cached?.key !== key) cached = {key, engine: bespokeEngine(themeCss, lang)}
  const {marp, info} = cached.engine
  const rendered = marp.render(markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown)
  const meta = info()
  let page = `<!DOCTYPE html><html${attribute('lang', meta.lang)}><head>`
  if (meta.title) page += `<title>${escapeHtml(meta.title)}</title><meta property="og:title"${attribute('content', meta.title)}>`
  if (meta.author) page += `<meta name="author"${attribute('content', meta.author)}><meta property="article:author"${attribute('content', meta.author)}>`
  if (meta.description) page += `<meta name="description"${attribute('content', meta.description)}><meta property="og:description"${attribute('content', meta.description)}>`
  if (meta.keywords && meta.keywords.length > 1) page += `<meta name="keywords"${attribute('content', meta.keywords.join(','))}>`
  page +=
    '<meta charset="UTF-8"><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1.0"><meta name="apple-mobile-web-app-capable" content="yes"><meta http-equiv="X-UA-Compatible" content="ie=edge"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">'
  page += `<style>${bespokeCss}</style><style>${rendered.css}</style></head><body>`
  page += '<div class="bespoke-progress-parent"><div class="bespoke-progress-bar"></div></div>'
  page +=
    '<div class="bespoke-marp-osc"><button data-bespoke-marp-osc="prev" tabindex="-1" title="Previous slide">Previous slide</button><span data-bespoke-marp-osc="page"></span><button data-bespoke-marp-osc="next" tabindex="-1" title="Next slide">Next slide</button><button data-bespoke-marp-osc="fullscreen" tabindex="-1" title="Toggle fullscreen (f)">Toggle fullscreen</button><button data-bespoke-marp-osc="overview" tabindex="-1" title="Toggle overview view (o)">Toggle overview view</button><button data-bespoke-marp-osc="presenter" tabindex="-1" title="Open presenter view (p)">Open presenter view</button></div>'
  page += rendered.html
  rendered.comments.forEach((notes, index) => {
    if (notes.length > 0) page += `<div class="bespoke-marp-note"${attribute('data-index', index)} tabindex="0">${notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</div>`
  })
  return `${page}<script>${js}</script></body></html>`
}
