import Module, {createRequire} from 'node:module'
import path from 'node:path'
import {readTextFile} from '../read-text-file.js'

/**
 * wink-eng-lite-web-model's core model (a 3 MB JSON file), read the way its `read-core-model.js`
 * reads it but without the copy: that module `require`s the JSON (parsed once, then kept in
 * Node's module cache) and hands out `JSON.parse(JSON.stringify(…))` of it, so that each caller
 * gets an object of its own to fill in. Reading the file afresh gives the same object in one parse
 * instead of three passes (measured 105–460 ms less at load average 14–20), and nothing of it is
 * kept in the module cache. The base64 tables are decoded by `Buffer` rather than by `atob` and a
 * loop over each character (~30 against ~80 ms for the lexicon at that load).
 *
 * `preferOwnCoreModel` puts this function in Node's module cache under that module's name, so
 * that the package's own `load-core-model.js` calls it: the package's code is otherwise used as it is.
 */

const require = createRequire(import.meta.url)

/** The model package's folder of code (`…/wink-eng-lite-web-model/dist`). */
const modelFolder = path.dirname(require.resolve('wink-eng-lite-web-model'))

/** The module whose place this one takes. */
export const CORE_MODEL_READER = path.join(modelFolder, 'read-core-model.js')

/** What the core model's JSON holds that is read here; the rest is handed on as it is. */
interface CoreModel {
  packing: {layout: Record<string, number[]>}
  features: Record<string, {list: string[]; hash?: Record<string, number>}> & {posClusters: {list: unknown[]}}
  pos: {hash: Record<string, number>}
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
}

/**
 * Read the core model: its JSON parsed afresh (an object of the caller's own, as the package's
 * copy was), the lexicon and expansions as 32-bit tables, a hash of each list-valued feature, and
 * the part-of-speech clusters as sets of tag numbers, exactly as the package's reader makes them.
 * @returns the model, for the package's `load-core-model.js`
 */
export function readCoreModel(): CoreModel {
  const model = JSON.parse(readTextFile(path.join(modelFolder, 'languages/cur/models/eng-core-web-model.json'))) as CoreModel
  const {packing, features, pos} = model
  model.lexicon = uint32sFromBase64(model.lexicon as string)
  model.xpansions = uint32sFromBase64(model.xpansions as string)
  for (const feature in packing.layout) if (packing.layout[feature][3] === 0) features[feature].hash = indexOf(features[feature].list)
  features.lexeme.hash = indexOf(features.lexeme.list)
  const clusters = features.posClusters.list
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0))
  return model
}

/**
 * Let the package's `load-core-model.js` read the core model with `readCoreModel`: put it in
 * Node's module cache in place of `read-core-model.js`, unless that module is loaded already.
 * Called before each load of the package (`releaseNlp` takes both out of the cache).
 */
export function preferOwnCoreModel(): void {
  if (require.cache[CORE_MODEL_READER]) return
  const module = new Module(CORE_MODEL_READER)
  module.filename = CORE_MODEL_READER
  module.exports = readCoreModel
  module.loaded = true
  require.cache[CORE_MODEL_READER] = module
}

/** A base64 text as little-endian 32-bit numbers, as the package's `Uint32Array` over `atob`'s bytes. */
function uint32sFromBase64(text: string): Uint32Array {
  // Decoded straight into the table: no second block of its size (1.4 MB for the lexicon) made and given back.
  const numbers = new Uint32Array(Buffer.byteLength(text, 'base64') / 4)
  Buffer.from(numbers.buffer).write(text, 'base64')
  return numbers
}

/** Each item's position in the list, in an object with no prototype (later items win, as in the package). */
function indexOf(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>
  for (let k = 0; k < list.length; k++) hash[list[k]] = k
  return hash
}
