import {createRequire} from 'node:module'
import type {WinkMethods} from 'wink-nlp'
import {preferOwnCoreModel} from './read-english-model.js'

/**
 * The English language model the reader uses (wink-nlp with wink-eng-lite-web-model): sentence
 * boundaries that know abbreviations, part-of-speech tags for noun phrases, and entities (money,
 * percentages, cardinals, dates). Chosen over compromise for its load time (~190 ms against
 * ~450 ms on this machine, measured by loading each in a fresh Node process). On the corpus the
 * reader's own sentence splitter (`splitSentences`) agrees with the hand-judged splits where wink
 * (1 paragraph of 321 wrong: `Approx.`) and compromise (54 of 321: a quote and the next sentence
 * joined, `No.` split) do not, so sentences come from `splitSentences` and the model gives tokens,
 * tags and the figures' noun phrases.
 *
 * It is loaded once per process, asynchronously (`loadNlp`), so that the command can start it
 * while Chromium starts; the remark plugins then use it synchronously (`nlp`).
 */
let loading: Promise<WinkMethods> | undefined
let loaded: WinkMethods | undefined

/**
 * Start loading the language model, or get the one being loaded.
 * @returns the model, once loaded
 */
export function loadNlp(): Promise<WinkMethods> {
  // The core model read without the package's copy of it (see `readCoreModel`).
  if (!loading) preferOwnCoreModel()
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(([wink, model]) => {
    const winkNLP = (wink.default ?? wink) as unknown as typeof import('wink-nlp').default
    loaded = winkNLP((model.default ?? model) as never)
    return loaded
  })
  return loading
}

/**
 * The loaded language model, for the plugins of the structure stage (which `structureSource`
 * runs only after `loadNlp` has finished). A caller that did not await `loadNlp` (the slide
 * condenser in a test, say) gets it loaded synchronously here, once.
 * @returns the model
 */
export function nlp(): WinkMethods {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    preferOwnCoreModel()
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default
    loaded = winkNLP(require('wink-eng-lite-web-model'))
    loading ??= Promise.resolve(loaded)
  }
  return loaded
}

/**
 * Let the language model go once nothing will read with it again (a build calls this when every
 * pack of the run has made its slides, the last text the model reads): its lexicon and tables,
 * ~12 MiB of heap, are garbage while Chromium prints. A later `nlp()` or `loadNlp()` loads it again.
 */
export function releaseNlp(): void {
  loaded = undefined
  loading = undefined
  // Node's module cache (and the loading module's list of children) would keep the model's data.
  const cache = createRequire(import.meta.url).cache
  for (const [id, cached] of Object.entries(cache)) {
    if (!/[\\/]wink-eng-lite-web-model[\\/]/.test(id)) continue
    const children = (cached as {parent?: NodeJS.Module | null} | undefined)?.parent?.children
    if (children?.includes(cached!)) children.splice(children.indexOf(cached!), 1)
    delete cache[id]
  }
}
