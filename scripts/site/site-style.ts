import {CSS_MARK} from '../output-folder.js'
import {fontFaceCss} from '../theme/fonts.js'
import type {Brand} from '../config/brand.js'
import {brandCss} from '../theme/brand-css.js'
import {cssVariables} from '../theme/tokens.js'
import {numeralBadgeCss} from '../theme/vocabulary.js'
import {ORDINAL_CSS} from '../theme/typography.js'

/**
 * The site's one stylesheet (`assets/site.css`): shared theme values, the embedded sans font,
 * readable on a phone, a visible focus outline, contrast of at least 4.5:1.
 * @param options `marking`: some pack has a protective marking (its card and page show it); `brand`: a brand's colours, fonts and weights (the seed's look without it);
 *   `shown`: the text the site's pages show (its packs' manifests), so that a currency sign's face is embedded only when a page holds the sign (every sign's without it)
 * @returns CSS text
 */
export function siteCss(options: {marking?: boolean; brand?: Brand; shown?: string} = {}): string {
  const brand = options.brand
  return `${CSS_MARK}
${fontFaceCss(['sans'], undefined, brand?.faces, options.shown)}
:root {
  ${cssVariables(brand)}
}
*, *::before, *::after { box-sizing: border-box; }
html { font-family: var(--bp-font-sans); font-size: 100%; line-height: 1.45; color: var(--bp-ink); background: var(--bp-tint); }
body { margin: 0; font-size: var(--bp-size-screen-body); }
${ORDINAL_CSS}
a { color: var(--bp-link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--bp-accent); outline-offset: 2px; box-shadow: 0 0 0 5px var(--bp-navy); border-radius: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bp-paper); padding: 0.5rem 1rem; z-index: 1; }
.site-header { background: var(--bp-navy); color: var(--bp-on-navy); border-bottom: 6px solid var(--bp-accent); }
.site-header .inner, main { max-width: 68rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 2rem); }
.site-header h1 { margin: 0; font-size: clamp(1.5rem, 1rem + 2.5vw, var(--bp-size-screen-h1)); line-height: 1.15; text-wrap: balance; }
.site-header p { margin: 0.35rem 0 0; color: var(--bp-on-navy-muted); }
.site-header h1 .also { display: block; font-size: 0.7em; font-weight: 600; color: var(--bp-on-navy-muted); }
.site-header .logo { float: right; height: 3.5rem; max-width: 40%; object-fit: contain; margin: 0 0 0.5rem 1rem; padding: 0.4rem 0.6rem; background: var(--bp-paper); }
@media (max-width: 40rem) { .site-header .logo { height: 2.5rem; padding: 0.25rem 0.4rem; } }
.site-header a { color: var(--bp-on-navy); }
.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1.5rem; }
.card { background: var(--bp-paper); border-top: 4px solid var(--bp-navy); padding: 1.25rem clamp(1rem, 3vw, 1.75rem); display: grid; gap: 1.25rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 52rem) { .card { grid-template-columns: minmax(0, 1fr) auto; } }
.card h3 { margin: 0; font-size: var(--bp-size-screen-h2); line-height: 1.2; color: var(--bp-navy); text-wrap: balance; }
p, li { text-wrap: pretty; }
.card > div, main > .message, main > .pillars { max-width: var(--bp-space-screen-measure); }
.card h3 a { color: inherit; }
.year + .year { margin-top: 2.5rem; }
.year h2 { margin: 0 0 1rem; font-size: var(--bp-size-screen-h3); color: var(--bp-navy); padding-bottom: 0.35rem; border-bottom: 2px solid var(--bp-rule); font-variant-numeric: lining-nums; }
[hidden] { display: none !important; }
.filter { display: grid; grid-template-columns: minmax(0, 24rem); gap: 0.35rem; margin: 0 0 2rem; }
.filter label { font-weight: 600; color: var(--bp-navy); }
.filter input { font: inherit; padding: 0.5rem 0.7rem; border: 2px solid var(--bp-navy); border-radius: 0; background: var(--bp-paper); color: var(--bp-ink); width: 100%; }
.filter .hint, .filter .status { margin: 0; color: var(--bp-muted); font-size: var(--bp-size-screen-small); }
.filter .status:empty { display: none; }
.stale { margin: 0.6rem 0 0; color: var(--bp-ink); }
.stale .badge { display: inline-block; margin-right: 0.4rem; padding: 0.1rem 0.55rem; border: 2px solid var(--bp-accent-text); color: var(--bp-accent-text); background: var(--bp-paper); font-size: var(--bp-size-screen-small); text-transform: uppercase; letter-spacing: 0.04em; }
.card.is-stale { border-top-color: var(--bp-accent); }
.meta { margin: 0.3rem 0 0; color: var(--bp-muted); }
.dates, .nowrap { white-space: nowrap; }
.message { margin: 0.8rem 0 0; padding-left: 0.8rem; border-left: 4px solid var(--bp-accent); font-weight: 600; color: var(--bp-navy); }
.message p { margin: 0; }
.message footer { margin-top: 0.3rem; font-size: var(--bp-size-screen-small); font-weight: 400; color: var(--bp-muted); }
.thumbs { display: flex; gap: 0.75rem; align-items: flex-start; flex-wrap: wrap; }
.thumbs a { display: block; line-height: 0; }
.thumbs img { display: block; border: 1px solid var(--bp-rule); background: var(--bp-paper); height: auto; }
.thumbs .slide { width: 16rem; max-width: 100%; }
.thumbs .page { width: 6.5rem; }${options.marking ? '\n.marking { margin: 0 0 0.4rem; font-weight: 700; letter-spacing: 0.08em; color: var(--bp-ink); }\n.site-header .marking { margin: 0.75rem 0 0; color: var(--bp-on-navy); }' : ''}
.links { list-style: none; margin: 1rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.links { align-items: center; }
.links a { display: inline-block; padding: 0.45rem 0.85rem; border: 2px solid var(--bp-navy); color: var(--bp-navy); text-decoration: none; font-weight: 600; font-size: var(--bp-size-screen-small); background: var(--bp-paper); }
.links a.primary { background: var(--bp-navy); color: var(--bp-on-navy); padding: 0.6rem 1.1rem; font-size: var(--bp-size-screen-body); }
.links li.quiet { flex-basis: 100%; }
.links a.quiet { padding: 0; border: 0; background: none; color: var(--bp-link); font-weight: 400; text-decoration: underline; }
.links a:hover { text-decoration: underline; }
.links .kind { font-weight: 400; }
.pillars { list-style: none; margin: 1rem 0 0; padding: 0; }
.pillars li { display: flex; gap: 0.85rem; align-items: flex-start; margin: 0.6rem 0; }
${numeralBadgeCss('.pillars .number', 'var(--bp-size-screen-small)')}
h2.section { font-size: var(--bp-size-screen-h3); color: var(--bp-navy); margin: 2rem 0 0; }
.empty { background: var(--bp-paper); padding: 1.5rem; }
footer.site-footer { max-width: 68rem; margin: 0 auto; padding: 0 clamp(1rem, 4vw, 2rem) 2rem; color: var(--bp-muted); font-size: var(--bp-size-screen-small); }
${brand ? brandCss(brand, 'site') : ''}`
}
