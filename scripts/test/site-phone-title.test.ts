import {afterAll, describe, expect, it} from 'vitest'
import {BrowserSession, withOfflinePage} from '../browser.js'
import {manifestOf} from '../site/manifest.js'
import {indexPage, packPage} from '../site/site-pages.js'
import {siteCss} from '../site/site-style.js'
import {readoutWith} from './helpers.js'

// The site's page title steps down on a phone, as the brief's web page does: at a fixed 40 px an
// 88-character French title filled five lines and half the first screen of its pack's page (look19).

/** Written for this test: a headline title of 88 characters. */
const readout = readoutWith({
  title: 'Pêche artisanale : onze pays s’engagent à équiper leurs pirogues de balises de détresse',
  organisation: 'Conférence ouest-africaine de la pêche',
  place: 'Nouakchott',
  dates: {start: '2025-11-14', end: '2025-11-14', display: '14 novembre 2025'},
  pillars: [{title: 'Balises', body: 'Chaque pirogue portera une balise.'}],
  source: 'peche.txt',
  lang: 'fr',
})

const session = new BrowserSession()
afterAll(() => session.close())

/** The page with the site's stylesheet inlined (it links `site.css`, which is not beside it here). */
const withCss = (html: string) => html.replace(/<link rel="stylesheet" href="[^"]*">/, `<style>${siteCss()}</style>`)

/** The header title's font size and number of lines at a viewport width. */
async function headerTitle(html: string, width: number): Promise<{size: number; lines: number}> {
  return withOfflinePage(await session.browser(), async (page) => {
    await page.setViewport({width, height: 844, deviceScaleFactor: 1})
    await page.setContent(withCss(html), {waitUntil: 'load'})
    return page.evaluate(() => {
      const h1 = document.querySelector('.site-header h1')!
      const style = getComputedStyle(h1)
      return {size: parseFloat(style.fontSize), lines: Math.round(h1.getBoundingClientRect().height / parseFloat(style.lineHeight))}
    })
  })
}

describe('the site header’s title', () => {
  const pages = {pack: packPage(manifestOf('peche', readout)), index: indexPage([manifestOf('peche', readout)])}
  for (const [name, html] of Object.entries(pages)) {
    it(`is set smaller on a phone than on a desktop, as the brief's web page (${name} page)`, async () => {
      const desktop = await headerTitle(html, 1280)
      const phone = await headerTitle(html, 390)
      expect(desktop.size).toBe(40)
      expect(phone.size).toBeLessThanOrEqual(28)
      if (name === 'pack') expect(phone.lines).toBeLessThanOrEqual(4)
    }, 60_000)
  }
})
