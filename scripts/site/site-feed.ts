import {createHash} from 'node:crypto'
import {Feed} from 'feed'
import {catalogueFor, placeIn, quotedIn} from '../theme/catalogue/index.js'
import {buildDate} from '../build-date.js'
import {escapeHtml as e} from '../html.js'
import {GENERATOR} from '../output-folder.js'
import {xmlSafe} from '../xml-text.js'
import {PACK_LINKS, type PackManifest} from './manifest.js'
import {sortPacks, whoMet} from './site-pages.js'

/**
 * A stable Atom id for a pack: a name-based UUID (version 5 layout) of its folder name, so the
 * same pack keeps its id across builds and machines and no address of the site is needed.
 */
function entryId(name: string): string {
  const hex = createHash('sha1').update(`${GENERATOR}:pack:${name}`).digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The day of the meeting as the entry's date; a pack without one gets the build date (never the clock). */
function entryDate(pack: PackManifest): Date {
  return pack.dates?.start ? new Date(`${pack.dates.start}T00:00:00Z`) : buildDate()
}

/**
 * The site's Atom feed (`feed.xml`, written with the `feed` library): an entry per pack, newest
 * meeting first, linking its page, and in its content its deck and its brief. Links are relative
 * (Atom resolves them against the feed's own address), so the folder can be copied to any host.
 * Text from sources is HTML-escaped and stripped of characters XML 1.0 forbids; no date comes
 * from the clock, so the same packs give the same bytes.
 * @param packs the packs listed in the index
 * @returns the XML text
 */
export function feedXml(packs: PackManifest[]): string {
  const sorted = sortPacks(packs)
  // The feed speaks the language its packs share, else English; each entry its pack's own.
  const shared = new Set(sorted.map((pack) => pack.lang ?? 'en'))
  const words = catalogueFor(shared.size === 1 ? [...shared][0] : 'en')
  const updated = sorted.map(entryDate).reduce((latest, date) => (date > latest ? date : latest), new Date(0))
  const feed = new Feed({
    id: entryId(''),
    title: words.site.title,
    description: words.site.feedDescription,
    link: 'index.html',
    updated: sorted.length ? updated : buildDate(),
    generator: GENERATOR,
    // Atom requires an author of the feed or of every entry (RFC 4287, 4.1.1); the site is its own.
    author: {name: 'Briefing packs'},
    feedLinks: {atom: 'feed.xml'},
    copyright: '',
  })
  for (const pack of sorted) {
    const base = `./${encodeURIComponent(pack.name)}/`
    const text = (value: string) => e(xmlSafe(value))
    const w = catalogueFor(pack.lang)
    const meeting = [whoMet(pack), placeIn(w, pack.place), pack.dates?.display].filter(Boolean).join(' · ')
    const content = [
      pack.stale ? `<p><strong>${text(w.site.notUpdated)}${w.lang === 'fr' ? '\u00A0' : ''}:</strong> ${text(w.site.feedStale)}</p>` : '',
      meeting ? `<p>${text(meeting)}</p>` : '',
      pack.keyMessage ? `<blockquote><p>${text(quotedIn(w, pack.keyMessage))}</p>${pack.keyMessageCredit ? `<footer>— ${text(pack.keyMessageCredit)}</footer>` : ''}</blockquote>` : '',
      `<p><a href="${e(base + PACK_LINKS.present)}">${text(w.site.present)}</a> · <a href="${e(base + PACK_LINKS.briefPdf)}">${text(w.site.brief)} (PDF)</a> · <a href="${e(base + PACK_LINKS.slidesPdf)}">${text(w.site.slides)} (PDF)</a> · <a href="${e(base + PACK_LINKS.briefDocx)}">${text(w.site.brief)} (Word)</a></p>`,
      pack.pillars.length ? `<ol>${pack.pillars.map((title) => `<li>${text(title)}</li>`).join('')}</ol>` : '',
    ].join('')
    feed.addItem({
      title: text(pack.title),
      id: entryId(pack.name),
      link: `${base}index.html`,
      date: entryDate(pack),
      published: entryDate(pack),
      description: text(meeting || pack.title),
      content,
    })
  }
  return feed.atom1()
}
