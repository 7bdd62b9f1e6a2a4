import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {BrowserSession} from '../browser.js'
import type {PackManifest} from '../site/manifest.js'
import {indexPage} from '../site/site-pages.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-site-filter-'))
const session = new BrowserSession()
afterAll(async () => {
  await session.close()
  rmSync(work, {recursive: true, force: true})
})

const pack = (name: string, title: string, keyMessage: string, display: string, start: string): PackManifest => ({generator: 'briefing-pack', format: 1, name, title, keyMessage, pillars: [], source: `${name}.txt`, dates: {start, end: start, display}})

describe('the filter box of the index', () => {
  it('matches what a keyboard types against curly quotes and dashes (don’t, 24–25), from file://', async () => {
    writeFileSync(path.join(work, 'index.html'), indexPage([pack('paris', 'Paris Roadmap', 'We don’t leave anyone behind', '24–25 June 2019', '2019-06-24'), pack('suva', 'Suva Agenda', 'Health is “for all”', '3 May 2022', '2022-05-03')]))
    const page = await (await session.browser()).newPage()
    try {
      await page.goto(`file://${path.join(work, 'index.html')}`, {waitUntil: 'load'})
      const shownFor = async (typed: string) => {
        await page.$eval('#filter', (input) => ((input as HTMLInputElement).value = ''))
        await page.type('#filter', typed)
        return page.evaluate(() => [...document.querySelectorAll('.card:not([hidden]) h3')].map((h) => h.textContent))
      }
      expect(await shownFor("don't")).toEqual(['Paris Roadmap'])
      expect(await shownFor('24-25 june')).toEqual(['Paris Roadmap'])
      expect(await shownFor('"for all"')).toEqual(['Suva Agenda'])
      expect(await shownFor('don’t')).toEqual(['Paris Roadmap'])
    } finally {
      await page.close()
    }
  })
})
