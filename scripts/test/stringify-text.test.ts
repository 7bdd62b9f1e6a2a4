import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {STRINGIFY_OPTIONS} from '../structure/sections.js'
import {STRINGIFY_HANDLERS} from '../structure/stringify-text.js'

// The faster `text` and `paragraph` handlers must write the bytes the library's own write: compared on many trees of
// texts full of what Markdown escapes, in every place a text stands (paragraphs alone or beside emphasis, headings, lists, quotes, links).
const {handlers, ...libraryOptions} = STRINGIFY_OPTIONS
const ours = unified().use(remarkStringify, STRINGIFY_OPTIONS).use(remarkFrontmatter, ['yaml'])
const library = unified().use(remarkStringify, libraryOptions).use(remarkFrontmatter, ['yaml'])

it('writes roadmap.md with these handlers (else the comparisons below compare the library with itself)', () => {
  expect(handlers).toBe(STRINGIFY_HANDLERS)
})

/** A small seeded generator (mulberry32), so a failure names a tree that can be made again. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = ['a', 'Word', 'é', ' ', ' ', '  ', '\t', '\n', '\r\n', '*', '_', '__', '`', '~', '#', '+', '-', '1.', '2)', '=', '>', '<', '<a', '&', '&amp;', '!', '[', ']', '(', ')', '\\', '\\*', '|', ':', '.', '"', "'", '\u00A0', '\u0007', '\u007F', 'http://x.y', '---', '***', '```']

describe('the faster stringify handlers', () => {
  it('write what the library writes, text by text, wherever the text stands', () => {
    const next = random(44)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
    const words = () => Array.from({length: 1 + Math.floor(next() * 6)}, () => (next() < 0.5 ? pick(['Action', 'Short line', 'the text']) : pick(PIECES))).join('')
    const phrasing = (): Root['children'] => {
      const text = {type: 'text' as const, value: words()}
      if (next() < 0.5) return [text]
      const inner = pick([{type: 'emphasis' as const, children: [{type: 'text' as const, value: words()}]}, {type: 'strong' as const, children: [{type: 'text' as const, value: words()}]}, {type: 'inlineCode' as const, value: words()}, {type: 'link' as const, url: 'https://example.org/a_b', children: [{type: 'text' as const, value: words()}]}])
      return (next() < 0.5 ? [text, inner] : [inner, text, {type: 'text' as const, value: words()}]) as Root['children']
    }
    for (let tree = 0; tree < 400; tree++) {
      const children = Array.from({length: 1 + Math.floor(next() * 5)}, () => {
        const paragraph = {type: 'paragraph', children: phrasing()}
        return pick([
          paragraph,
          paragraph,
          {type: 'heading', depth: 2, children: phrasing()},
          {type: 'list', ordered: false, children: [{type: 'listItem', children: [paragraph]}]},
          {type: 'blockquote', children: [paragraph]},
        ])
      })
      const root = {type: 'root', children} as Root
      expect(ours.stringify(root), JSON.stringify(root)).toBe(library.stringify(root))
    }
  })

  it('write what the library writes for the project\'s own Markdown, read back', () => {
    const markdown = '# Title\n\nA *b* and `c` \\* d_e_f [g](h) <i>\n\n- 1. item\n- \\# not a heading\n\n> quote & more\n\n2024\\. A year\n'
    const tree = unified().use(remarkParse).parse(markdown)
    expect(ours.stringify(tree)).toBe(library.stringify(tree))
  })

  it('hand the library every text that holds something to escape', () => {
    for (const value of ['* a', 'a\\*', 'a_b_', '1. a', '# a', 'a  ', ' a', 'a\nb', '<a', '&amp;', '[a]', '`a`', 'a\\']) {
      const root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value}]}]} as Root
      expect(ours.stringify(root)).toBe(library.stringify(root))
    }
  })
})
