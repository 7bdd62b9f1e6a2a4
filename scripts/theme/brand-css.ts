import type {Brand} from '../config/brand.js'

/** Where the rules go: the Marp theme, the brief's page or the site's stylesheet. */
export type BrandTarget = 'deck' | 'brief' | 'site'

/** The elements set in the heading weight, and the body, in each output. */
const SELECTORS: Record<BrandTarget, {headings: string; body: string}> = {
  deck: {headings: 'h1, h2', body: 'section'},
  brief: {headings: 'h1, h2, h3', body: 'body'},
  site: {headings: 'h1, h2', body: 'html'},
}

/**
 * The rules a brand adds after a stylesheet: the weights of `typography.headings` and
 * `typography.base`, when it sets them (colours and families come in through the `--bp-*` values).
 * @param brand the brand
 * @param target which stylesheet
 * @returns CSS text, empty when the brand sets no weight
 */
export function brandCss(brand: Brand, target: BrandTarget): string {
  const {headings, body} = SELECTORS[target]
  return [
    brand.weight.base === undefined ? '' : `${body} { font-weight: ${brand.weight.base}; }`,
    brand.weight.heading === undefined ? '' : `${headings} { font-weight: ${brand.weight.heading}; }`,
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * A logo as an `<img>` for the brief and the site: the file as given (an SVG stays vector), inlined.
 * @param logo the logo
 * @param className its class
 * @param escape the HTML escaper
 * @returns the element
 */
export function logoImg(logo: NonNullable<Brand['logo']>['small'], className: string, escape: (text: string) => string): string {
  const type = logo.type === 'svg' ? 'image/svg+xml' : 'image/png'
  return `<img class="${className}" src="data:${type};base64,${Buffer.from(logo.data).toString('base64')}" alt="${escape(logo.alt)}">`
}
