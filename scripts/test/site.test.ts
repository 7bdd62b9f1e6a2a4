import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BrowserSession} from '../browser.js'
import {cli} from './cli.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const work = mkdtempSync(path.join(tmpdir(), 'bp-site-'))
const out = path.join(work, 'out')
const session = new BrowserSession()
let run: Awaited<ReturnType<typeof cli>>
let goodBefore: Buffer

beforeAll(async () => {
  const src = path.join(work, 'src')
  const sources: Record<string, string> = {'paris.txt': 'seed', 'lisbon.txt': 'five-pillars-bullets', 'nairobi.txt': 'newswire-dateline', 'suva.txt': 'numbered-straight-quotes'}
  for (const [name, fixture] of Object.entries(sources)) {
    await import('node:fs').then((fs) => fs.mkdirSync(src, {recursive: true}))
    copyFileSync(path.join(fixtures, fixture, 'input.txt'), path.join(src, name))
  }
  // A first run builds Suva; then its source breaks. Its old outputs must stay and it is not listed.
  expect((await cli([path.join(src, 'suva.txt'), '--out', out])).code).toBe(0)
  goodBefore = readFileSync(path.join(out, 'suva/slides.pdf'))
  writeFileSync(path.join(src, 'suva.txt'), 'Ministers met.\n- : no title\n')
  run = await cli(['paris.txt', 'lisbon.txt', 'nairobi.txt', 'suva.txt', '--out', out], src)
}, 120_000)
afterAll(async () => {
  await session.close()
  rmSync(work, {recursive: true, force: true})
})

/** Open a page of the site from disk; record console errors and every request leaving the output folder. */
async function visit(file: string) {
  const browser = await session.browser()
  const page = await browser.newPage()
  const errors: string[] = []
  const outside: string[] = []
  try {
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      const url = request.url()
      const inside = url.startsWith('data:') || (url.startsWith('file:') && fileURLToPath(url.split('#')[0]).startsWith(out + path.sep))
      if (!inside) outside.push(url)
      void (inside ? request.continue() : request.abort())
    })
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    page.on('pageerror', (error) => errors.push((error as Error).message))
    const response = await page.goto(`file://${file}`, {waitUntil: 'load'})
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length,
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      images: [...document.querySelectorAll('img')].map((img) => ({src: img.src, alt: img.alt, loaded: img.complete && img.naturalWidth > 0})),
      cards: [...document.querySelectorAll('.card h2')].map((h) => h.textContent),
    }))
    return {...facts, ok: response?.ok() ?? true, errors, outside}
  } finally {
    await page.close()
  }
}

describe('the static site', () => {
  it('reports the failing source, still builds the others and exits non-zero', () => {
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('suva.txt:2:3  error  Unexpected empty pillar title')
    expect(readFileSync(path.join(out, 'suva/slides.pdf')).equals(goodBefore)).toBe(true)
  })

  it('lists each built readout once, newest meeting first, and not the failed one', async () => {
    const index = await visit(path.join(out, 'index.html'))
    expect(index.cards).toEqual(['Nairobi Action Plan', 'Lisbon Ocean Agenda', 'Paris Roadmap'])
  })

  it('links only to files that exist and load, from file://, with no outside request and no console error', async () => {
    const seen = new Set<string>()
    const pages = [path.join(out, 'index.html')]
    while (pages.length) {
      const file = pages.shift()!
      if (seen.has(file)) continue
      seen.add(file)
      const page = await visit(file)
      expect(page.errors, file).toEqual([])
      expect(page.outside, file).toEqual([])
      expect(page.lang, file).toBe('en')
      expect(page.h1, file).toBeGreaterThanOrEqual(1)
      for (const image of page.images) {
        expect(image.alt.length, image.src).toBeGreaterThan(10)
        expect(image.loaded, image.src).toBe(true)
      }
      for (const link of page.links) {
        expect(link.startsWith('file:'), link).toBe(true)
        const target = fileURLToPath(link.split('#')[0])
        expect(existsSync(target), target).toBe(true)
        if (target.endsWith('.html')) pages.push(target)
      }
    }
    // index, three pack pages, their decks and briefs
    expect(seen.size).toBe(1 + 3 * 3)
  })
})
