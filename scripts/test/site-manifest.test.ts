import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runSite} from '../cli/run-site.js'
import {manifestOf} from '../site/manifest.js'
import {indexPage, packPage} from '../site/site-pages.js'

const work = mkdtempSync(path.join(tmpdir(), 'bp-site-manifest-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Write `<name>/pack.json` in the work folder. */
function pack(name: string, manifest: unknown): void {
  mkdirSync(path.join(work, name), {recursive: true})
  writeFileSync(path.join(work, name, 'pack.json'), JSON.stringify(manifest))
}

describe('the site from the packs of a folder', () => {
  it('leaves out a pack.json of ours without the fields it needs, and still lists the good packs', async () => {
    const mark = {generator: 'briefing-pack', format: 1}
    pack('good', {...mark, name: 'good', title: 'Lisbon Roadmap', dates: {start: '2021-05-04', end: '2021-05-04', display: '4 May 2021'}, pillars: ['Water'], source: 'good.txt'})
    pack('older', {name: 'older', title: 'Older Roadmap', pillars: [], source: 'older.txt'})
    // Hand-edited or damaged: a mark and nothing else, dates without a start, a title that is not text.
    pack('bare', mark)
    pack('no-start', {...mark, name: 'no-start', title: 'No start', dates: {}, pillars: [], source: 'x.txt'})
    pack('numbers', {...mark, name: 'numbers', title: 42, pillars: [1, 2], source: 'y.txt'})
    expect(await runSite({outDir: work, quiet: true})).toBe(0)
    const index = readFileSync(path.join(work, 'index.html'), 'utf8')
    expect([...index.matchAll(/<h3><a href="\.\/([^/]+)\//g)].map((m) => m[1])).toEqual(['good', 'older'])
    expect(readFileSync(path.join(work, 'feed.xml'), 'utf8').match(/<entry>/g)).toHaveLength(2)
  })

  it('reads a `lang` or `kind` that names an Object method (`toString`, `constructor`) as unknown: English, a readout (was exit 5, "cannot write the site index")', async () => {
    const folder = path.join(work, 'object-keys')
    const mark = {generator: 'briefing-pack', format: 1, pillars: ['Water'], source: 'x.txt'}
    const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty']
    for (const key of names) {
      mkdirSync(path.join(folder, key), {recursive: true})
      writeFileSync(path.join(folder, key, 'pack.json'), JSON.stringify({...mark, name: key, title: `Pack ${key}`, lang: key, kind: key}))
    }
    expect(await runSite({outDir: folder, quiet: true})).toBe(0)
    const index = readFileSync(path.join(folder, 'index.html'), 'utf8')
    expect(index).toContain('<html lang="en">')
    expect([...index.matchAll(/<h3 lang="[^"]*"><a href="\.\/([^/]+)\//g)].map((m) => m[1]).sort()).toEqual([...names].sort())
    expect(readFileSync(path.join(folder, 'feed.xml'), 'utf8').match(/<entry>/g)).toHaveLength(names.length)
    const page = packPage({...mark, generator: 'briefing-pack', format: 1, name: 'x', title: 'X', lang: 'constructor', kind: 'constructor'} as unknown as Parameters<typeof packPage>[0])
    expect(page).toContain('Readout of the meeting: X')
    expect(page).not.toContain('native code')
  })
})

describe('the site names each pack by its kind', () => {
  it('records a kind other than a readout in pack.json, and the pack page cites it by that kind (was always "Readout of the meeting …")', () => {
    const readout = {title: 'Vienna Communiqué', kind: 'communiqué', place: 'Vienna', dates: {start: '2024-03-14', end: '2024-03-15', display: '14–15 March 2024'}, pillars: [{title: 'Water', body: 'Ministers agreed.'}], figures: [], context: [], outlook: [], source: 'vienna.txt'}
    const manifest = manifestOf('vienna', readout)
    expect(manifest.kind).toBe('communiqué')
    expect(manifestOf('plain', {...readout, kind: 'readout'}).kind).toBeUndefined()
    // (its dates in a span that keeps them on one line: look45)
    expect(packPage(manifest).replace(/<\/?span[^>]*>/g, '')).toContain('Communiqué of the meeting of 14–15\u00a0March 2024, Vienna.')
  })
})

describe('a site index of packs in English and French (look18)', () => {
  const mark = {generator: 'briefing-pack', format: 1, pillars: ['Water'], source: 'x.txt'} as const
  const manifest = (name: string, title: string, lang?: 'fr') => ({...mark, name, title, ...(lang ? {lang} : {})}) as unknown as Parameters<typeof indexPage>[0][number]
  /** The cards of an index: each one's `lang` attribute and its first button. */
  const cards = (html: string) => [...html.matchAll(/<li class="card"( lang="[^"]+")?[\s\S]*?<a class="primary"[^>]*>([^<]+)</g)].map((m) => [m[1] ?? '', m[2].trim()])

  it('speaks the language most packs use in its own words, and each card’s buttons in its pack’s language', () => {
    const html = indexPage([manifest('a', 'Plan pour l’eau', 'fr'), manifest('b', 'Plan pour les sols', 'fr'), manifest('c', 'Water plan')])
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('Filtrer les comptes rendus')
    expect(cards(html).sort()).toEqual([['', 'Présenter le diaporama'], ['', 'Présenter le diaporama'], [' lang="en"', 'Present the deck']].sort())
  })

  it('keeps English for its own words on a tie, and still gives a French card its French buttons', () => {
    const html = indexPage([manifest('a', 'Plan pour l’eau', 'fr'), manifest('c', 'Water plan')])
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Filter readouts')
    expect(cards(html).sort()).toEqual([['', 'Present the deck'], [' lang="fr"', 'Présenter le diaporama']].sort())
  })
})
