import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {nlp, releaseNlp} from '../structure/nlp.js'
import {CORE_MODEL_READER, readCoreModel} from '../structure/read-english-model.js'

const require = createRequire(import.meta.url)

/** The package's own reader of the core model, loaded from its file (whatever the module cache holds). */
function packageReader(): () => unknown {
  const cached = require.cache[CORE_MODEL_READER]
  delete require.cache[CORE_MODEL_READER]
  try {
    return require(CORE_MODEL_READER) as () => unknown
  } finally {
    if (cached) require.cache[CORE_MODEL_READER] = cached
    else delete require.cache[CORE_MODEL_READER]
  }
}

describe('the English core model, read without the package’s copy of it', () => {
  it('is the model the package’s own reader makes: the same tables, hashes and tag clusters', () => {
    const ours = readCoreModel()
    const theirs = packageReader()() as typeof ours
    // The two large tables compared as bytes (element by element, the comparison takes seconds).
    for (const table of ['lexicon', 'xpansions'] as const) {
      expect(ours[table]).toBeInstanceOf(Uint32Array)
      expect(Buffer.from((ours[table] as Uint32Array).buffer).equals(Buffer.from((theirs[table] as Uint32Array).buffer))).toBe(true)
    }
    expect(ours.lexicon.length).toBeGreaterThan(100_000)
    expect({...ours, lexicon: [], xpansions: []}).toEqual({...theirs, lexicon: [], xpansions: []})
  }, 60_000)

  it('is what the language model loads: the package’s reader is not run, and the 3 MB JSON is not kept in the module cache', () => {
    releaseNlp()
    const doc = nlp().readDoc('The ministers met in Paris on 4 March and agreed on $2.5 billion.')
    expect(doc.tokens().out()).toEqual(['The', 'ministers', 'met', 'in', 'Paris', 'on', '4', 'March', 'and', 'agreed', 'on', '$', '2.5', 'billion', '.'])
    expect(require.cache[CORE_MODEL_READER]?.exports).toBe(readCoreModel)
    expect(Object.keys(require.cache).filter((id) => id.endsWith('eng-core-web-model.json'))).toEqual([])
  })
})
