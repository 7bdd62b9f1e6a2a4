import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {SaxesParser} from 'saxes'
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
  const sources: Record<string, string> = {'paris.txt': 'seed', 'lisbon.txt': 'five-pillars-bullets', 'nairobi.txt': 'newswire-dateline', 'suva.txt': 'numbered-straight-quotes', 'gone.txt': 'wire-own-line'}
  for (const [name, fixture] of Object.entries(sources)) {
    await import('node:fs').then((fs) => fs.mkdirSync(src, {recursive: true}))
    copyFileSync(path.join(fixtures, fixture, 'input.txt'), path.join(src, name))
  }
  // A first run builds Suva and Gone; then Suva's source breaks and Gone's is deleted. Suva's
  // last good outputs must stay, listed as stale; Gone's pack goes when the whole folder is built.
  expect((await cli([path.join(src, 'suva.txt'), path.join(src, 'gone.txt'), '--out', out])).code).toBe(0)
  goodBefore = readFileSync(path.join(out, 'suva/slides.pdf'))
  writeFileSync(path.join(src, 'suva.txt'), 'Ministers met.\n- : no title\n')
  rmSync(path.join(src, 'gone.txt'))
  // What is not ours is never removed: a folder of the user's, and one whose pack.json is someone else's.
  mkdirSync(path.join(out, 'notes'))
  writeFileSync(path.join(out, 'notes', 'todo.txt'), 'mine')
  mkdirSync(path.join(out, 'other'))
  writeFileSync(path.join(out, 'other', 'pack.json'), '{"generator": "another-tool"}')
  run = await cli([src, '--out', out])
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
      cards: [...document.querySelectorAll('.card h3')].map((h) => h.textContent),
      years: [...document.querySelectorAll('.year h2')].map((h) => h.textContent),
      stale: [...document.querySelectorAll('.card.is-stale h3')].map((h) => h.textContent),
      badge: document.querySelector('.card.is-stale .stale')?.textContent ?? '',
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

  it('removes the pack whose source is gone, and nothing that is not ours', () => {
    expect(run.stdout).toContain(`${path.join(out, 'gone')}/: removed, its source is gone`)
    expect(readdirSync(out).sort()).toEqual(['assets', 'feed.xml', 'index.html', 'lisbon', 'nairobi', 'notes', 'other', 'paris', 'suva'])
    expect(readFileSync(path.join(out, 'notes', 'todo.txt'), 'utf8')).toBe('mine')
  })

  it('lists each readout once by year, newest meeting first; the failed one as its last good version, marked stale', async () => {
    const index = await visit(path.join(out, 'index.html'))
    expect(index.cards).toEqual(['Nairobi Action Plan', 'Pacific Health Network in Suva', 'Lisbon Ocean Agenda', 'Paris Roadmap'])
    expect(index.years).toEqual(['2023', '2022', '2021', '2019'])
    expect(index.stale).toEqual(['Pacific Health Network in Suva'])
    expect(index.badge).toMatch(/^Not updated\b/)
    expect(JSON.parse(readFileSync(path.join(out, 'suva/pack.json'), 'utf8'))).toMatchObject({generator: 'briefing-pack', stale: true})
    expect(JSON.parse(readFileSync(path.join(out, 'paris/pack.json'), 'utf8'))).not.toHaveProperty('stale')
    expect(readFileSync(path.join(out, 'suva/index.html'), 'utf8')).toContain('class="badge">Not updated</strong>')
  })

  it('filters the cards as one types, from file://, with a labelled box and a spoken count', async () => {
    const browser = await session.browser()
    const page = await browser.newPage()
    try {
      await page.goto(`file://${path.join(out, 'index.html')}`, {waitUntil: 'load'})
      const state = () =>
        page.evaluate(() => ({
          shown: [...document.querySelectorAll('.card:not([hidden]) h3')].map((h) => h.textContent),
          years: [...document.querySelectorAll('.year:not([hidden]) h2')].map((h) => h.textContent),
          status: document.getElementById('filter-status')!.textContent,
        }))
      const label = await page.evaluate(() => {
        const input = document.getElementById('filter') as HTMLInputElement
        return {label: input.labels?.[0]?.textContent, visible: input.offsetParent !== null, role: document.getElementById('filter-status')!.getAttribute('role')}
      })
      expect(label).toEqual({label: 'Filter readouts', visible: true, role: 'status'})
      await page.type('#filter', 'suva')
      expect(await state()).toEqual({shown: ['Pacific Health Network in Suva'], years: ['2022'], status: '1 of 4 readouts shown'})
      // Words match anywhere (a pillar title), case and accents ignored, all of them needed.
      await page.$eval('#filter', (input) => ((input as HTMLInputElement).value = ''))
      await page.type('#filter', 'GROW membership')
      expect((await state()).shown).toEqual(['Paris Roadmap'])
      await page.type('#filter', ' nowhere')
      expect(await state()).toEqual({shown: [], years: [], status: '0 of 4 readouts shown'})
      await page.$eval('#filter', (input) => ((input as HTMLInputElement).value = ''))
      await page.type('#filter', ' ')
      expect(await state()).toEqual({shown: ['Nairobi Action Plan', 'Pacific Health Network in Suva', 'Lisbon Ocean Agenda', 'Paris Roadmap'], years: ['2023', '2022', '2021', '2019'], status: ''})
    } finally {
      await page.close()
    }
  })

  it('writes an Atom feed: valid XML, an entry per listed pack linking its page, deck and brief', () => {
    const xml = readFileSync(path.join(out, 'feed.xml'), 'utf8')
    const entries: {title: string; link: string; content: string}[] = []
    const errors: string[] = []
    let root = ''
    let field = ''
    const parser = new SaxesParser({xmlns: true})
    parser.on('error', (error) => errors.push(error.message))
    parser.on('opentag', (tag) => {
      root ||= `${tag.uri} ${tag.local}`
      if (tag.local === 'entry') entries.push({title: '', link: '', content: ''})
      const entry = entries.at(-1)
      if (entry && tag.local === 'link' && !tag.attributes.rel) entry.link = String((tag.attributes.href as {value: string}).value)
      field = tag.local
    })
    parser.on('closetag', () => (field = ''))
    const text = (value: string) => {
      const entry = entries.at(-1)
      if (entry && (field === 'title' || field === 'content')) entry[field] += value
    }
    parser.on('text', text)
    parser.on('cdata', text)
    parser.write(xml).close()
    expect(errors).toEqual([])
    expect(root).toBe('http://www.w3.org/2005/Atom feed')
    expect(entries.map((entry) => entry.title)).toEqual(['Nairobi Action Plan', 'Pacific Health Network in Suva', 'Lisbon Ocean Agenda', 'Paris Roadmap'])
    for (const entry of entries) {
      const folder = path.join(out, path.dirname(entry.link))
      expect(existsSync(path.join(out, entry.link)), entry.link).toBe(true)
      const hrefs = [...entry.content.matchAll(/href="([^"]+)"/g)].map((match) => match[1])
      expect(hrefs.slice(0, 2).map((href) => path.join(out, href))).toEqual([path.join(folder, 'slides.html'), path.join(folder, 'brief.pdf')])
      for (const href of hrefs) expect(existsSync(path.join(out, href)), href).toBe(true)
    }
    expect(entries[1].content).toContain('Not updated')
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<link rel="alternate" type="application/atom+xml" href="feed.xml" title="Briefing packs">')
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
    // index, four pack pages, their decks and briefs
    expect(seen.size).toBe(1 + 4 * 3)
  })
})

describe('keeping the output folder tidy', () => {
  it('naming files never removes a pack; --clean removes every pack and site file of ours first, and nothing else', async () => {
    const tidy = path.join(work, 'tidy')
    mkdirSync(path.join(tidy, 'notes'), {recursive: true})
    writeFileSync(path.join(tidy, 'notes', 'todo.txt'), 'mine')
    writeFileSync(path.join(tidy, 'readme.txt'), 'mine too')
    // A pack of ours whose source is nowhere in this run.
    cpSync(path.join(out, 'lisbon'), path.join(tidy, 'kept'), {recursive: true})
    const src = path.join(work, 'src')
    expect((await cli([path.join(src, 'paris.txt'), '--out', tidy, '--quiet'])).code).toBe(0)
    expect(readdirSync(tidy).sort()).toEqual(['assets', 'feed.xml', 'index.html', 'kept', 'notes', 'paris', 'readme.txt'])
    const clean = await cli([path.join(src, 'nairobi.txt'), '--out', tidy, '--clean'])
    expect(clean.code).toBe(0)
    expect(clean.stdout).toContain(`${tidy}: --clean removed 2 packs and the site files`)
    expect(readdirSync(tidy).sort()).toEqual(['assets', 'feed.xml', 'index.html', 'nairobi', 'notes', 'readme.txt'])
    expect(readFileSync(path.join(tidy, 'notes', 'todo.txt'), 'utf8')).toBe('mine')
  }, 60_000)
})
