import {createRequire} from 'node:module'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {nlp, releaseNlp} from '../structure/nlp.js'

// A full garbage collection on demand, for this test only.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

describe('the language model, let go after the last text is read', () => {
  it('is garbage once released (the model and its data), and loads again when asked for', async () => {
    const cache = createRequire(import.meta.url).cache
    const modelFiles = () => Object.keys(cache).filter((id) => /[\\/]wink-eng-lite-web-model[\\/]/.test(id))
    // Loaded by require(), as the build's bundle loads it (here `loadNlp`'s import() would go
    // through Node's ES module loader, whose cache of the package cannot be emptied).
    let model: object | undefined = nlp()
    expect(modelFiles().length).toBeGreaterThan(0)
    const data = new WeakRef(cache[createRequire(import.meta.url).resolve('wink-eng-lite-web-model')]!.exports as object)
    const instance = new WeakRef(model)
    model = undefined
    releaseNlp()
    expect(modelFiles()).toEqual([])
    // Collected once nothing refers to them (after this turn, so that no promise still does).
    await new Promise((resolve) => setTimeout(resolve, 10))
    gc()
    expect(instance.deref()).toBeUndefined()
    expect(data.deref()).toBeUndefined()
    // A later reader gets the model again.
    expect(nlp().readDoc('The ministers met in Paris.').tokens().out()).toContain('Paris')
  })
})
