import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {BrowserSession} from '../browser.js'
import {buildPack} from '../pipeline.js'
import {readPdf} from './pdf.js'

const root = path.resolve(import.meta.dirname, '../..')
const seed = path.join(root, 'source/paris-roadmap-2019.txt')
const work = mkdtempSync(path.join(tmpdir(), 'bp-early-close-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('closing the browser as soon as a pack is printed', () => {
  it('tells once, before the pack is finished, that the browser is free; closed then, the pack is still whole', async () => {
    const session = new BrowserSession()
    const calls: string[] = []
    let closing: Promise<void> | undefined
    try {
      const result = await buildPack(seed, {
        outDir: work,
        session,
        onStep: (step) => calls.push(step),
        onPrinted: () => {
          calls.push('printed')
          // What `npm run build` does after its last pack is printed: close the browser at once.
          closing = session.close()
        },
      })
      expect(result.folder).toBeDefined()
      // Said exactly once, before the pack was written.
      expect(calls.filter((call) => call === 'printed')).toHaveLength(1)
      expect(calls.indexOf('printed')).toBeLessThan(calls.indexOf('write'))
      // The PDFs were finished (metadata, outline) with the browser gone.
      for (const pdf of ['slides.pdf', 'brief.pdf']) {
        const facts = await readPdf(path.join(result.folder!, pdf))
        expect(facts.info.Creator).toBe('briefing-pack')
        expect(facts.outline.length).toBeGreaterThan(3)
      }
      expect(result.written).toEqual(expect.arrayContaining(['thumb-slides.png', 'thumb-brief.png', 'index.html']))
    } finally {
      await closing
      await session.close()
    }
  })
})
