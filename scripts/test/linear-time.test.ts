import type {Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import collectParagraphs from '../structure/collect-paragraphs.js'
import extractPillars from '../structure/extract-pillars.js'
import {loadNlp} from '../structure/nlp.js'
import remarkPlainText from '../structure/parse-plain-text.js'
import recogniseDateline from '../structure/recognise-dateline.js'
import recogniseHeader from '../structure/recognise-header.js'
import recogniseKeyMessage from '../structure/recognise-key-message.js'
import recogniseRoadmapName from '../structure/recognise-roadmap-name.js'
import {structureText} from './helpers.js'

// Hostile texts of 100k and 1M characters: time must grow about tenfold (linear), not a
// hundredfold (quadratic); the bound is 40-fold because the machine is shared and small runs are
// noisy. Each text follows a dateline and one pillar, as one paragraph (or as lines).
const head = 'The Coalition’s ministers met in Rome on 2 April 2024.\n- Pillar: body.\n'
const runs: Record<string, string> = {
  'one-letter words': 'a b c ',
  'punctuation runs': '.,;:!?-',
  'lines of dashes': '-----\n',
  'capitals and commas': 'ABC DEF, ',
  'colons': '- a: ',
  '’A repeated': '’A',
  'open quotes': '“a ',
  'sentences': 'Ministers agreed to fund schools. ',
  'short lines': 'Short line\n',
}
// These are slow today inside `splitSentences` and `figuresIn` (scripts/structure/text.ts and
// extract-figures.ts, owned by the figures work): the recognisers of the structure stage are
// checked on them without the figures step.
const runsForRecognisers: Record<string, string> = {
  'initials': 'A. B. C. ',
  'digit runs': '1234567890',
  '$1 repeated': '$1 ',
  '10% repeated': '10% ',
}

function text(unit: string, size: number): string {
  return head + unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + '\n'
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return (performance.now() - start) / 1000
}

/** Every plugin of the plain-text stage but the figures step. */
async function recognise(value: string): Promise<void> {
  const processor = unified().use(remarkPlainText).use(recogniseHeader).use(recogniseDateline).use(recogniseKeyMessage).use(extractPillars).use(recogniseRoadmapName).use(collectParagraphs)
  const file = new VFile({path: 'x.txt', value})
  await processor.run(processor.parse(file) as Root, file)
}

describe('the structure stage runs in linear time', () => {
  beforeAll(async () => {
    await loadNlp()
    await structureText(text('warm up. ', 10_000))
  }, 60_000)

  for (const [name, unit] of Object.entries(runs)) {
    it(`${name}: 1M characters take about ten times 100k, and seconds`, async () => {
      const small = await seconds(() => structureText(text(unit, 100_000)))
      const large = await seconds(() => structureText(text(unit, 1_000_000)))
      expect(large).toBeLessThan(Math.max(small, 0.2) * 40)
      // 100,000 short lines make 100,000 paragraphs for remark-stringify: linear, but ~15 s alone.
      expect(large).toBeLessThan(60)
    }, 180_000)
  }

  for (const [name, unit] of Object.entries(runsForRecognisers)) {
    it(`${name}: the recognisers take about ten times as long on 1M characters as on 100k`, async () => {
      const small = await seconds(() => recognise(text(unit, 100_000)))
      const large = await seconds(() => recognise(text(unit, 1_000_000)))
      expect(large).toBeLessThan(Math.max(small, 0.2) * 40)
      expect(large).toBeLessThan(30)
    }, 120_000)
  }
})
