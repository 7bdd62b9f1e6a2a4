import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ENGLISH} from '../structure/language.js'
import {FRENCH, FRENCH_BODY_MET} from '../structure/french.js'
import {datesStepsAhead} from '../structure/review-paragraph.js'

// Faults found reviewing this session's merged reader (review42).

const root = path.resolve(import.meta.dirname, '../..')

/** The TypeScript files under a folder, recursively. */
function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder), {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('the reader\'s sources hold no control characters', () => {
  // `/^(?:a|per|each|every)<BS>/` in extract-figures.ts: a backspace typed for `\b` made a guard that never held
  it('no character below a space but a tab or a line break, in scripts/, slides/ and brief/', () => {
    const found = ['scripts', 'slides', 'brief'].flatMap(sources).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, at) => (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.test(line) ? [`${path.relative(root, file)}:${at + 1}`] : [])),
    )
    expect(found).toEqual([])
  })
})

describe('a last paragraph that only dates the steps ahead reads the short French futures in French only', () => {
  const never = () => false
  it('French: `sera`, `fera` look ahead', () => {
    expect(datesStepsAhead('Le premier marché sera ouvert le 15 décembre 2026. Le bureau fera un bilan en mars 2027.', FRENCH, never)).toBe(true)
  })
  it('English: `aura`, `Ira` are no future', () => {
    expect(datesStepsAhead('Ira Patel chaired the session on 3 April 2027.', ENGLISH, never)).toBe(false)
    expect(datesStepsAhead('The fair kept its aura on 3 April 2027.', ENGLISH, never)).toBe(false)
  })
})

describe('FRENCH_BODY_MET, read once along a run of spaces, still finds the participle where it did', () => {
  for (const [lead, at] of [
    ['Le Comité national de gestion (CNGRA), réuni le 14 avril', 29],
    ['Le Comité national de gestion  (CNGRA) , réuni le 14 avril', 29],
    ['La Conférence régionale, réunie le 3 mai', 23],
  ] as const) {
    it(lead, () => {
      expect([...lead.matchAll(FRENCH_BODY_MET)].map((found) => found.index)).toEqual([at])
    })
  }
})
