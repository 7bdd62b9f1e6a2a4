import {describe, expect, it} from 'vitest'
import {contrast, TEXT_PAIRS, tokens} from '../theme/tokens.js'

const {color} = tokens

describe('theme values', () => {
  // Every pair of text colour and background the deck, the brief and the site use: the same list a brand is checked against.
  const pairs = TEXT_PAIRS.map(([use, text, ground]) => [use, text, ground] as [string, keyof typeof color, keyof typeof color])
  it.each(pairs)('%s: %s on %s has a contrast of at least 4.5:1', (_use, text, background) => {
    expect(contrast(color[text], color[background])).toBeGreaterThanOrEqual(4.5)
  })

  it('the contrast formula gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#777777')).toBe(1)
  })
})

describe('embedded fonts', () => {
  it('embeds the script subsets a text needs, and Latin always', async () => {
    const {fontFaceCss} = await import('../theme/fonts.js')
    const subsets = (css: string) => [...css.matchAll(/unicode-range:\s*U\+([0-9A-F]+)/gi)].map((m) => m[1])
    const latin = fontFaceCss(['sans'], 'Paris, 24–25 June 2019 — “quoted” €20')
    const cyrillic = fontFaceCss(['sans'], 'Министры встретились в Киеве')
    const everything = fontFaceCss(['sans'])
    expect(new Set(subsets(latin))).toEqual(new Set(['0000']))
    expect(new Set(subsets(cyrillic))).toEqual(new Set(['0000', '0301']))
    expect(subsets(everything).length).toBeGreaterThan(subsets(cyrillic).length)
    expect(latin).toMatch(/src: url\(data:font\/woff2;base64,/)
  })
})
