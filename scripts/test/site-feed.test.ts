import {describe, expect, it} from 'vitest'
import {SaxesParser} from 'saxes'
import {feedXml} from '../site/site-feed.js'
import type {PackManifest} from '../site/manifest.js'

/** The names of the direct children of the root element, in order. */
function topLevel(xml: string): string[] {
  const names: string[] = []
  let depth = 0
  const parser = new SaxesParser({xmlns: true})
  parser.on('opentag', (tag) => {
    if (depth === 1) names.push(tag.local)
    depth++
  })
  parser.on('closetag', () => void depth--)
  parser.write(xml).close()
  return names
}

describe('the Atom feed', () => {
  it('names an author of the feed, as Atom requires when its entries name none (RFC 4287, 4.1.1)', () => {
    const pack: PackManifest = {generator: 'briefing-pack', format: 1, name: 'paris', title: 'Paris Roadmap', pillars: ['Water'], source: 'paris.txt', dates: {start: '2019-06-24', end: '2019-06-25', display: '24–25 June 2019'}}
    const xml = feedXml([pack])
    expect(topLevel(xml)).toContain('entry')
    expect(topLevel(xml)).toContain('author')
    expect(xml).toMatch(/<feed[^>]*>[\s\S]*<author>\s*<name>Briefing packs<\/name>\s*<\/author>[\s\S]*<entry>/)
  })
})
