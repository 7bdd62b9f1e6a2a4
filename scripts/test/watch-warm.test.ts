import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BrowserSession, IDLE_PAGES, keepPagesWarm, PAGE_USES, swapWornPages, withOfflinePage} from '../browser.js'
import {rehearse} from '../dev/rehearse.js'

const root = path.resolve(import.meta.dirname, '../..')
const seed = readFileSync(path.join(root, 'source/paris-roadmap-2019.txt'), 'utf8')

describe('watch mode keeps its pages warm', () => {
  it('a page serves past its uses without a new page on the path of a use, and is swapped only by swapWornPages', async () => {
    const uses = 3
    keepPagesWarm(uses)
    const session = new BrowserSession()
    try {
      const browser = await session.browser()
      // More uses than PAGE_USES and than `uses`: the same page every time, and no other page opened.
      const used = []
      for (let use = 0; use < Math.max(PAGE_USES, uses) + 2; use++) {
        used.push(await withOfflinePage(browser, async (page) => page))
        expect(await browser.pages()).toHaveLength(1)
      }
      expect(new Set(used).size).toBe(1)
      // After a save: the worn page is replaced and the pool topped up to IDLE_PAGES open pages.
      await swapWornPages(browser)
      for (let waited = 0; waited < 5_000 && !used[0].isClosed(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
      expect(used[0].isClosed()).toBe(true)
      expect(await browser.pages()).toHaveLength(IDLE_PAGES)
      const next = await withOfflinePage(browser, async (page) => ({page, text: await page.evaluate(() => document.body?.textContent ?? '')}))
      expect(next.page).not.toBe(used[0])
      expect(next.text).toBe('')
      // Nothing worn: a swap opens nothing more.
      await swapWornPages(browser)
      expect(await browser.pages()).toHaveLength(IDLE_PAGES)
    } finally {
      await session.close()
    }
  }, 60_000)
})

describe('watch mode rehearses the text stages at start', () => {
  it('runs structure, slides, brief and the Office files on a source and writes nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-rehearse-'))
    const source = path.join(folder, 'paris.txt')
    writeFileSync(source, seed)
    expect(await rehearse(source)).toEqual(['structure', 'slides', 'brief', 'office'])
    expect(readdirSync(folder)).toEqual(['paris.txt'])
  })

  it('ends at the next stage once a save is waiting, so that the save does not wait for the whole rehearsal', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-rehearse-'))
    const source = path.join(folder, 'paris.txt')
    writeFileSync(source, seed)
    // A save arrives while the structure stage runs: the slides, the brief and the Office files are not rehearsed.
    let asked = 0
    expect(await rehearse(source, {}, undefined, () => ++asked > 2)).toEqual(['structure'])
    expect(await rehearse(source, {}, undefined, () => true)).toEqual([])
  })

  it('stops quietly at a source with a problem', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-rehearse-'))
    const source = path.join(folder, 'bad.txt')
    writeFileSync(source, `${seed}\n- : a pillar without a title\n`)
    expect(await rehearse(source)).toEqual([])
  })
})
