import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {afterAll, describe, expect, it} from 'vitest'
import {BENCH_CASES, variedReadouts} from '../bench-throughput.js'
import {BrowserSession, whileConnected} from '../browser.js'
import {buildPack} from '../pipeline.js'
import {PROJECT_ROOT} from '../project-root.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-many-packs-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** A full collection in this process (vitest starts Node without `--expose-gc`). */
function collect(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

describe('many packs in one run keep nothing per pack (README, Speed: throughput)', () => {
  it('the browser holds as many listeners after the last of 8 packs as after the fourth, and every pack is written', async () => {
    const sources = variedReadouts(path.join(work, 'source'), 8)
    const session = new BrowserSession()
    const listeners: number[] = []
    try {
      const browser = await session.browser()
      const baseline = browser.listenerCount('disconnected')
      // A page's reset runs after its result is handed back: wait (up to 3 s) for it to settle.
      const settled = async () => {
        for (let waited = 0; waited < 3_000 && browser.listenerCount('disconnected') > baseline; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
        return browser.listenerCount('disconnected')
      }
      listeners.push(baseline)
      for (const source of sources) {
        // The real pipeline and Chromium; the Office files need no browser, so they are left out.
        const result = await buildPack(source, {outDir: path.join(work, 'out'), session, settings: {only: ['slides.html', 'slides.pdf', 'brief.pdf']}})
        expect(result.folder, result.file.messages.join('\n')).toBeDefined()
        listeners.push(await settled())
      }
    } finally {
      await session.close({kill: true})
    }
    // Each page used (opened, printed, captured, reset) once left a listener on the browser that
    // held its result: 4 packs more, ~40 listeners more (and the pages and PDF bytes they held).
    expect(listeners[8]).toBe(listeners[4])
    expect(listeners[8]).toBe(listeners[0])
  }, 240_000)

  it('what was done while connected is let go once it is done', async () => {
    const session = new BrowserSession()
    try {
      const browser = await session.browser()
      const before = browser.listenerCount('disconnected')
      let kept: WeakRef<object> | undefined
      await (async () => {
        const result = {bytes: new Uint8Array(1 << 20)}
        kept = new WeakRef(result)
        expect(await whileConnected(browser, Promise.resolve(result))).toBe(result)
      })()
      await new Promise((resolve) => setImmediate(resolve))
      collect()
      expect(kept!.deref()).toBeUndefined()
      expect(browser.listenerCount('disconnected')).toBe(before)
    } finally {
      await session.close({kill: true})
    }
  }, 60_000)
})

describe('the throughput bench builds the same work as the corpus grows (docs/speed.md, throughput)', () => {
  it('its readouts are made from a fixed list of tuning texts, in turn, none held out', () => {
    expect(BENCH_CASES).toHaveLength(58)
    expect(BENCH_CASES.filter((name) => name.startsWith('heldout-'))).toEqual([])
    const readouts = variedReadouts(path.join(work, 'fixed'), BENCH_CASES.length + 1)
    const text = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'scripts/test/corpus', name, 'input.txt'), 'utf8').trimEnd()
    expect(readFileSync(readouts[0], 'utf8').startsWith(`${text(BENCH_CASES[0])}\nThe partners pledged $3 million`)).toBe(true)
    expect(readFileSync(readouts[BENCH_CASES.length], 'utf8').startsWith(`${text(BENCH_CASES[0])}\nThe partners pledged $${BENCH_CASES.length + 3} million`)).toBe(true)
  })
})
