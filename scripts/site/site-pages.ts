import type {Brand} from '../config/brand.js'
import {escapeHtml as e} from '../html.js'
import {logoImg} from '../theme/brand-css.js'
import {GENERATOR} from '../output-folder.js'
import {citation, countHeading, quoted} from '../theme/vocabulary.js'
import {PACK_LINKS, type PackManifest} from './manifest.js'

/** A pack's folder as the start of a relative link: URL-encoded, so no name can be a scheme, `#` or `?`. */
function packBase(pack: PackManifest): string {
  return `./${encodeURIComponent(pack.name)}/`
}

/** Who met, where and when, as one line: `The Global Coalition · Paris · 24–25 June 2019`. */
function meetingLine(pack: PackManifest): string {
  return [pack.organisation ?? pack.participants, pack.place, pack.dates?.display].filter(Boolean).join(' · ')
}

/** Whether the pack has this file: every file, unless the manifest lists the ones written (`outputs`, `--only`). */
function has(pack: PackManifest, file: string): boolean {
  return !pack.files || pack.files.includes(file)
}

/** The links of a pack, relative to `base` (`''` inside the pack folder, `./name/` URL-encoded from the root); only to files it has. */
function linkList(pack: PackManifest, base: string): string {
  // The deck and the brief are the primary actions; the other formats are quieter links.
  const link = (href: string, text: string, kind: string, rank: 'primary' | 'secondary' | 'quiet' = 'secondary') =>
    has(pack, href) ? `<li class="${rank}"><a class="${rank}" href="${e(base + href)}">${text} <span class="kind">(${kind})</span></a></li>\n` : ''
  return `<ul class="links" aria-label="Files of ${e(pack.title)}">
${link(PACK_LINKS.present, 'Present the deck', 'HTML', 'primary')}${link(PACK_LINKS.briefPdf, 'Brief', 'PDF', 'primary')}${link(PACK_LINKS.slidesPdf, 'Slides', 'PDF')}${link(PACK_LINKS.slidesPptx, 'Slides', 'PowerPoint')}${link(PACK_LINKS.briefDocx, 'Brief', 'Word')}${link(PACK_LINKS.briefHtml, 'Read the brief', 'web page')}${link(PACK_LINKS.markdown, 'Structured text', 'Markdown', 'quiet')}</ul>`
}

/** The thumbnails the pack has, each linking to the deck or brief when there is one to open. */
function thumbnails(pack: PackManifest, base: string): string {
  const open = (href: string, inner: string) => (has(pack, href) ? `<a href="${e(base + href)}">${inner}</a>` : `<span>${inner}</span>`)
  const slide = pack.slides === '4:3' ? {width: 480, height: 360} : {width: 640, height: 360}
  const page = pack.paper === 'letter' ? {width: 248, height: 321} : {width: 248, height: 351}
  const images = [
    has(pack, PACK_LINKS.slideThumbnail) ? open(PACK_LINKS.present, `<img class="slide" src="${e(base + PACK_LINKS.slideThumbnail)}" width="${slide.width}" height="${slide.height}" alt="Title slide of the deck: ${e(pack.title)}">`) : '',
    has(pack, PACK_LINKS.briefThumbnail) ? open(PACK_LINKS.briefPdf, `<img class="page" src="${e(base + PACK_LINKS.briefThumbnail)}" width="${page.width}" height="${page.height}" alt="Page 1 of the brief: ${e(pack.title)}">`) : '',
  ].filter(Boolean)
  return images.length ? `<div class="thumbs">\n${images.join('\n')}\n</div>` : ''
}

/** The pack's protective marking as a line of its card and page. */
function markingLine(pack: PackManifest): string {
  return pack.marking ? `<p class="marking">${e(pack.marking)}</p>\n` : ''
}

function page(title: string, css: string, header: string, body: string, head = '', brand?: Brand): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${e(title)}</title>
<link rel="stylesheet" href="${e(css)}">
${head}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><div class="inner">${brand?.logo ? logoImg(brand.logo.small, 'logo', e) : ''}${header}</div></header>
<main id="main">
${body}
</main>
<footer class="site-footer"><p>Works offline: open this page from disk, or copy the folder to any web server.</p></footer>
</body>
</html>
`
}

/** The file name of the site's Atom feed, beside `index.html`. */
export const FEED_FILE = 'feed.xml'

/** The badge of a pack whose last build failed: shown on its card and on its own page. */
function staleBadge(pack: PackManifest): string {
  return pack.stale ? `<p class="stale"><strong class="badge">Not updated</strong> The last build of its source failed: this is the last good version.</p>\n` : ''
}

/** The year a pack is listed under: the year of its meeting, or `Undated`. */
export function yearOf(pack: PackManifest): string {
  return pack.dates?.start.slice(0, 4) ?? 'Undated'
}

/** What the filter box matches a card against: title, meeting, key message, pillars, year, stale. */
function filterText(pack: PackManifest): string {
  return [pack.title, meetingLine(pack), pack.keyMessage, ...pack.pillars, yearOf(pack), pack.stale ? 'not updated' : ''].filter(Boolean).join(' ')
}

/**
 * The filter box's script: plain, inline (works from `file://`, no request), and the box is shown
 * only when it runs. Each word typed must appear in a card's text (case and accents ignored); a
 * year with no card left is hidden, and a live status says how many readouts are shown.
 */
const FILTER_SCRIPT = `<script>
(() => {
  const box = document.getElementById('filter-box')
  const input = document.getElementById('filter')
  const status = document.getElementById('filter-status')
  const fold = (text) => text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase()
  const cards = [...document.querySelectorAll('.card')].map((card) => ({card, text: fold(card.dataset.text || card.textContent)}))
  const years = [...document.querySelectorAll('.year')]
  box.hidden = false
  const apply = () => {
    const words = fold(input.value).split(/\\s+/).filter(Boolean)
    let shown = 0
    for (const {card, text} of cards) {
      const match = words.every((word) => text.includes(word))
      card.hidden = !match
      if (match) shown++
    }
    for (const year of years) year.hidden = !year.querySelector('.card:not([hidden])')
    status.textContent = words.length ? shown + ' of ' + cards.length + (cards.length === 1 ? ' readout' : ' readouts') + ' shown' : ''
  }
  input.addEventListener('input', apply)
  apply()
})()
</script>`

/**
 * The root page of the site: the packs grouped by the year of their meeting (newest first,
 * undated last), a card each with thumbnails and links, a filter box and a link to the feed.
 * @param packs the packs to list
 * @param brand a brand's logo, shown in the header
 * @returns the HTML of `index.html`
 */
export function indexPage(packs: PackManifest[], brand?: Brand): string {
  const sorted = sortPacks(packs)
  const card = (pack: PackManifest) => `<li class="card${pack.stale ? ' is-stale' : ''}" data-text="${e(filterText(pack))}">
<div>
${markingLine(pack)}<h3><a href="${e(packBase(pack))}index.html">${e(pack.title)}</a></h3>
<p class="meta">${e(meetingLine(pack))}</p>
${staleBadge(pack)}${pack.keyMessage ? `<p class="message">${e(quoted(pack.keyMessage))}</p>` : ''}
${linkList(pack, packBase(pack))}
</div>
${thumbnails(pack, packBase(pack))}
</li>`
  const years = [...new Set(sorted.map(yearOf))]
  const groups = years
    .map((year) => `<section class="year" aria-labelledby="year-${e(year)}">
<h2 id="year-${e(year)}">${e(year)}</h2>
<ul class="cards">
${sorted.filter((pack) => yearOf(pack) === year).map(card).join('\n')}
</ul>
</section>`)
    .join('\n')
  const filter = `<div class="filter" id="filter-box" hidden>
<label for="filter">Filter readouts</label>
<input id="filter" type="search" autocomplete="off" spellcheck="false" aria-describedby="filter-hint filter-status">
<p class="hint" id="filter-hint">Words from a title, place, date or pillar</p>
<p class="status" id="filter-status" role="status" aria-live="polite"></p>
</div>`
  const body = sorted.length
    ? `${filter}\n${groups}\n${FILTER_SCRIPT}`
    : '<p class="empty">No readout has been built yet: put a <code>.txt</code> readout in <code>source/</code> and run <code>npm run build</code>.</p>'
  const feedLink = `<link rel="alternate" type="application/atom+xml" href="${FEED_FILE}" title="Briefing packs">\n`
  const header = `<h1>Briefing packs</h1><p>${sorted.length} ${sorted.length === 1 ? 'readout' : 'readouts'}, newest meeting first · <a href="${FEED_FILE}">Subscribe (Atom feed)</a></p>`
  return page('Briefing packs', 'assets/site.css', header, body, feedLink, brand)
}

/**
 * The page of one readout (`<name>/index.html`): the same links, the key message and the pillars.
 * @param pack the pack
 * @param brand a brand's logo, shown in the header
 * @returns the HTML
 */
export function packPage(pack: PackManifest, brand?: Brand): string {
  const body = `${staleBadge(pack)}${pack.keyMessage ? `<p class="message">${e(quoted(pack.keyMessage))}</p>` : ''}
${linkList(pack, '')}
<h2 class="section">${e(countHeading(pack.pillars.length, 'pillar'))}</h2>
<ol class="pillars">
${pack.pillars.map((title, i) => `<li><span class="number" aria-hidden="true">${i + 1}</span><span>${e(title)}</span></li>`).join('\n')}
</ol>
${has(pack, PACK_LINKS.slideThumbnail) || has(pack, PACK_LINKS.briefThumbnail) ? `<h2 class="section">Previews</h2>\n${thumbnails(pack, '')}` : ''}
<p class="meta">${e(citation(pack))}.</p>`
  return page(pack.marking ? `${pack.marking} — ${pack.title}` : pack.title, '../assets/site.css', `<p><a href="../index.html">All briefing packs</a></p>${markingLine(pack).trim()}<h1>${e(pack.title)}</h1><p>${e(meetingLine(pack))}</p>`, body, '', brand)
}

/**
 * Newest meeting first; undated readouts last, by title.
 * @param packs the packs
 * @returns a sorted copy
 */
export function sortPacks(packs: PackManifest[]): PackManifest[] {
  return [...packs].sort((a, b) => (b.dates?.start ?? '').localeCompare(a.dates?.start ?? '') || a.title.localeCompare(b.title) || a.name.localeCompare(b.name))
}
