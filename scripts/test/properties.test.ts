import {Marp} from '@marp-team/marp-core'
import fc from 'fast-check'
import {unzipSync, strFromU8} from 'fflate'
import {SaxesParser} from 'saxes'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {composeMarks} from '../structure/read-source.js'
import {makeDocx} from '../../brief/make-docx.js'
import {renderBriefHtml} from '../../brief/template.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {deckThemeCss, MARP_OPTIONS} from '../../slides/marp-engine.js'
import {markdownToReadout} from '../structure/markdown-to-readout.js'
import {normaliseSpace} from '../structure/text.js'
import {structureText} from './helpers.js'

// Property-based tests (fast-check) of the reader and the escaping, without a browser: generated
// texts of every shape a hostile or unlucky source has. A fixed seed makes a run reproducible;
// fast-check prints the seed and the smallest failing text when a property fails.
const SEED = 20261128

/** Pieces a source may hold that mean something to Markdown, HTML, Marp, YAML or a terminal. */
const FRAGMENTS = [
  '*', '**', '_', '`', '~~', '[', ']', '(', ')', '![a](b.png)', '[x](javascript:alert(1))', '<bp-el>', '</bp-el>', '<script>bp()</script>',
  '<img src=x onerror=bp()>', '&amp;', '&lt;', '<!-- _class: bpinjected -->', '<!-- bp -->', '$bpmath$', '$$bpmath$$', '\\(bpmath\\)',
  '---', '***', '# ', '## ', '> ', '- ', '* ', '+ ', '1. ', '3) ', '(2) ', '• ', '– ', '▪ ', 'A. ', '$1 ', '10% ', '’A', '“', '”', '"', "'",
  '‘', '’', '—', '–', ':', ': ', 'title: x', '\t', '\u00a0', '\u0007', '\u001b[31m', '\u202e', '\u200b', '\ufeff', 'é', '中文', 'عربى', '🇫🇷', '👍🏽',
  '€4.5 billion', 'US$1.1 billion', '45 percent', '2019-06-24', '24-25 June 2019', ' ', ' ', ' ',
]

/** A word: a fragment, a plain word, random Unicode, or a long token (up to the word limit). */
const word = fc.oneof(
  {weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS)},
  {weight: 5, arbitrary: fc.constantFrom('partners', 'agreed', 'the', 'Coalition', 'will', 'fund', 'members', 'Ministers', 'met', 'in', 'Paris')},
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 12})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
  {weight: 1, arbitrary: fc.nat({max: 999}).map((n) => 'x'.repeat(n + 1))},
)

/** One line of text, no line break (a line is a paragraph in a plain-text source). */
const line = fc.array(word, {minLength: 1, maxLength: 30}).map((words) => words.join('').replace(/[\r\n\u2028\u2029\u0085]/g, ' '))

/** A readout: a dateline, generated pillars (`- Title N: body`) and generated paragraphs around them. */
const readoutText = fc.record({
  before: fc.array(line, {maxLength: 3}),
  bodies: fc.array(line, {minLength: 1, maxLength: 6}),
  after: fc.array(line, {maxLength: 3}),
})

function sourceOf({before, bodies, after}: {before: string[]; bodies: string[]; after: string[]}): string {
  return [
    'The Test Alliance’s ministers met in Rome on 2-3 April 2024.',
    ...before,
    ...bodies.map((body, i) => `- Generated pillar ${i + 1}: ${body}`),
    ...after,
  ].join('\n')
}

const marp = new Marp(MARP_OPTIONS)
marp.themeSet.default = marp.themeSet.add(deckThemeCss())

/** Elements, directives and math that only generated text could have made. */
const INJECTED = /<bp-el|<script>bp|<img src=x|class="[^"]*bpinjected|<math|class="katex|<mjx|href="javascript:/i

/** The first injected element, directive or math in `html`, if any (not the whole page in a failure). */
const injected = (html: string) => INJECTED.exec(html)?.[0]

const fast = {seed: SEED, numRuns: 40}

describe('properties of the reader and the escaping (fast-check, seed 20261128)', () => {
  it('the structure stage never throws, and every pillar body is kept word for word in roadmap.md', async () => {
    await fc.assert(
      fc.asyncProperty(readoutText, async (parts) => {
        const {result, file} = await structureText(sourceOf(parts))
        if (!result) {
          // Refused: only with one or more fatal messages, never by throwing.
          expect(file.messages.some((message) => message.fatal)).toBe(true)
          return
        }
        const reread = markdownToReadout(new VFile({path: 'roadmap.md', value: result.markdown}))
        for (const pillar of result.readout.pillars) {
          const again = reread.pillars.find((p) => p.title === pillar.title)
          expect(again?.body, pillar.title).toBe(pillar.body)
        }
        for (const [i, body] of parts.bodies.entries()) {
          const pillar = result.readout.pillars.find((p) => p.title === `Generated pillar ${i + 1}`)
          // A body that is only white space or marks is no pillar (an error); one that is kept is kept whole
          // (its accents typed as a letter and a mark composed, as every source is read).
          if (pillar) expect(normaliseSpace(pillar.body)).toContain(normaliseSpace(composeMarks(body)).replace(/^[\s:]+|\s+$/g, '').slice(0, 40))
        }
      }),
      fast,
    )
  }, 120_000)

  it('nothing generated becomes an element, a directive or math in the deck or the brief', async () => {
    await fc.assert(
      fc.asyncProperty(readoutText, async (parts) => {
        const {result} = await structureText(sourceOf(parts))
        if (!result) return
        const deck = makeSlides(result.readout)
        const {html} = marp.render(deck.markdown)
        expect(injected(html)).toBeUndefined()
        // Marp made exactly the slides the model has: no `---` or directive of the text added one.
        expect(html.match(/<section\b/g)?.length).toBe(deck.slides.length)
        expect(injected(renderBriefHtml(result.readout))).toBeUndefined()
      }),
      fast,
    )
  }, 120_000)

  it('no generated text breaks the XML of the PowerPoint or the Word file', async () => {
    await fc.assert(
      fc.asyncProperty(readoutText, async (parts) => {
        const {result} = await structureText(sourceOf(parts))
        if (!result) return
        const deck = makeSlides(result.readout)
        const files = await Promise.all([
          makePptx({slides: deck.slides, title: result.readout.title, footer: result.readout.title}),
          makeDocx(result.readout, {title: result.readout.title, subject: 'Policy brief', keywords: []}),
        ])
        for (const bytes of files) {
          for (const [name, content] of Object.entries(unzipSync(bytes))) {
            if (!/\.(xml|rels)$/.test(name)) continue
            const parser = new SaxesParser({xmlns: true})
            expect(() => parser.write(strFromU8(content)).close(), name).not.toThrow()
          }
        }
      }),
      {...fast, numRuns: 15},
    )
  }, 120_000)

  it('the structure stage grows at most linearly: 10k, 100k and 1M characters', async () => {
    // One generated text, repeated to each size (lines stay under the line limit).
    const [sample] = fc.sample(fc.array(line, {minLength: 40, maxLength: 40}), {seed: SEED, numRuns: 1})
    const text = (size: number) => {
      const lines = ['The Test Alliance’s ministers met in Rome on 2-3 April 2024.']
      let length = 0
      for (let i = 0; length < size; i++) {
        const next = i % 3 === 0 ? `- Pillar ${i}: ${sample[i % sample.length]}` : sample[i % sample.length]
        lines.push(next)
        length += next.length + 1
      }
      return lines.join('\n').slice(0, size)
    }
    const time = async (size: number) => {
      const source = text(size)
      let best = Infinity
      for (let round = 0; round < 2; round++) {
        const started = performance.now()
        await structureText(source)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    await time(10_000)
    const [small, medium, large] = [await time(10_000), await time(100_000), await time(1_000_000)]
    // Linear is 10x per step; allow for a busy machine and a constant start, never a square (100x).
    expect(medium, `10k ${small} ms, 100k ${medium} ms`).toBeLessThan(Math.max(small, 5) * 30)
    expect(large, `100k ${medium} ms, 1M ${large} ms`).toBeLessThan(Math.max(medium, 20) * 30)
  }, 180_000)
})
