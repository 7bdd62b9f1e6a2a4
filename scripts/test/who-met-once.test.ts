import {describe, expect, it} from 'vitest'
import JSZip from 'jszip'
import {makeDocx} from '../../brief/make-docx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {indexPage, packPage} from '../site/site-pages.js'
import {feedXml} from '../site/site-feed.js'
import type {PackManifest} from '../site/manifest.js'
import {structureText} from './helpers.js'

/** Minutes whose title names the organisation that met, written for this test. */
const MINUTES = `Northern Seas Fisheries Council – Fourth Plenary Meeting
Organisation: Northern Seas Fisheries Council
Bergen, 4–5 March 2026
1. Quotas
The Council agreed to cut the cod quota by 12 percent in 2027.
2. Inspections
The Council agreed that members will inspect one vessel in ten from 2027.
`

const count = (text: string, part: string) => text.split(part).length - 1

describe('who met is named once beside a title that already names them', () => {
  it('on the title slide and in the Word brief (was "Americas Food Safety Forum – Ninth Plenary Meeting" over "Americas Food Safety Forum")', async () => {
    const {result, messages} = await structureText(MINUTES)
    if (!result) throw new Error(messages.join('\n'))
    const {readout} = result
    expect(readout.organisation).toBe('Northern Seas Fisheries Council')
    const title = makeSlides(readout).slides[0]
    expect((title.content.lines ?? []).join(' ')).not.toContain('Northern Seas Fisheries Council')
    expect((title.content.lines ?? []).join(' ')).toContain('Bergen')
    const document = await (await JSZip.loadAsync(await makeDocx(readout, {title: readout.title}))).file('word/document.xml')!.async('string')
    // the line under the title says where and when; the source line at the end still cites the body
    const text = document.replace(/<[^>]+>/g, ' | ').replace(/( \| )+/g, ' | ')
    expect(text).toContain('Fourth Plenary Meeting | Bergen')
  })

  it('on the site’s index, the pack page and the feed', () => {
    const pack: PackManifest = {generator: 'briefing-pack', format: 1, name: 'bergen', title: 'Northern Seas Fisheries Council – Fourth Plenary Meeting', organisation: 'Northern Seas Fisheries Council', place: 'Bergen', pillars: ['Quotas'], source: 'bergen.txt', dates: {start: '2026-03-04', end: '2026-03-05', display: '4–5 March 2026'}}
    for (const html of [indexPage([pack]), packPage(pack), feedXml([pack])]) {
      const visible = html.replace(/<(style|script|title)>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/<title[^>]*>[\s\S]*?<\/title>/g, '')
      expect(count(visible, 'Northern Seas Fisheries Council ·')).toBe(0)
      expect(visible).toContain('Bergen')
    }
    const other = {...pack, title: 'Fourth Plenary Meeting'}
    expect(packPage(other)).toContain('Northern Seas Fisheries Council')
  })
})
