import {escapeHtml as e} from '../html.js'
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

/** The links of a pack, relative to `base` (`''` inside the pack folder, `./name/` URL-encoded from the root). */
function linkList(pack: PackManifest, base: string): string {
  // The deck and the brief are the primary actions; the other formats are quieter links.
  const link = (href: string, text: string, kind: string, rank: 'primary' | 'secondary' | 'quiet' = 'secondary') =>
    `<li class="${rank}"><a class="${rank}" href="${e(base + href)}">${text} <span class="kind">(${kind})</span></a></li>`
  return `<ul class="links" aria-label="Files of ${e(pack.title)}">
${link(PACK_LINKS.present, 'Present the deck', 'HTML', 'primary')}
${link(PACK_LINKS.briefPdf, 'Brief', 'PDF', 'primary')}
${link(PACK_LINKS.slidesPdf, 'Slides', 'PDF')}
${link(PACK_LINKS.slidesPptx, 'Slides', 'PowerPoint')}
${link(PACK_LINKS.briefDocx, 'Brief', 'Word')}
${link(PACK_LINKS.briefHtml, 'Read the brief', 'web page')}
${link(PACK_LINKS.markdown, 'Structured text', 'Markdown', 'quiet')}
</ul>`
}

function thumbnails(pack: PackManifest, base: string): string {
  return `<div class="thumbs">
<a href="${e(base + PACK_LINKS.present)}"><img class="slide" src="${e(base + PACK_LINKS.slideThumbnail)}" width="640" height="360" alt="Title slide of the deck: ${e(pack.title)}"></a>
<a href="${e(base + PACK_LINKS.briefPdf)}"><img class="page" src="${e(base + PACK_LINKS.briefThumbnail)}" width="248" height="351" alt="Page 1 of the brief: ${e(pack.title)}"></a>
</div>`
}

function page(title: string, css: string, header: string, body: string, head = ''): string {
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
<header class="site-header"><div class="inner">${header}</div></header>
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
 * only when it runs. Each word typed must appear in a card's text (case and accents ignored, and a
 * typed ' " - matches the curly quotes and dashes of the text: `don't` finds `don’t`, `24-25`
 * finds `24–25`); a year with no card left is hidden, and a live status says how many readouts are shown.
 */
const FILTER_SCRIPT = `<script>
(() => {
  const box = document.getElementById('filter-box')
  const input = document.getElementById('filter')
  const status = document.getElementById('filter-status')
  const fold = (text) => text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[\\u2018\\u2019\\u02bc]/g, "'").replace(/[\\u201c\\u201d]/g, '"').replace(/[\\u2010-\\u2015\\u2212]/g, '-').toLowerCase()
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
 * @returns the HTML of `index.html`
 */
export function indexPage(packs: PackManifest[]): string {
  const sorted = sortPacks(packs)
  const card = (pack: PackManifest) => `<li class="card${pack.stale ? ' is-stale' : ''}" data-text="${e(filterText(pack))}">
<div>
<h3><a href="${e(packBase(pack))}index.html">${e(pack.title)}</a></h3>
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
  return page('Briefing packs', 'assets/site.css', header, body, feedLink)
}

/**
 * The page of one readout (`<name>/index.html`): the same links, the key message and the pillars.
 * @param pack the pack
 * @returns the HTML
 */
export function packPage(pack: PackManifest): string {
  const body = `${staleBadge(pack)}${pack.keyMessage ? `<p class="message">${e(quoted(pack.keyMessage))}</p>` : ''}
${linkList(pack, '')}
<h2 class="section">${e(countHeading(pack.pillars.length, 'pillar'))}</h2>
<ol class="pillars">
${pack.pillars.map((title, i) => `<li><span class="number" aria-hidden="true">${i + 1}</span><span>${e(title)}</span></li>`).join('\n')}
</ol>
<h2 class="section">Previews</h2>
${thumbnails(pack, '')}
<p class="meta">${e(citation(pack))}.</p>`
  return page(pack.title, '../assets/site.css', `<p><a href="../index.html">All briefing packs</a></p><h1>${e(pack.title)}</h1><p>${e(meetingLine(pack))}</p>`, body)
}

/**
 * Newest meeting first; undated readouts last, by title.
 * @param packs the packs
 * @returns a sorted copy
 */
export function sortPacks(packs: PackManifest[]): PackManifest[] {
  return [...packs].sort((a, b) => (b.dates?.start ?? '').localeCompare(a.dates?.start ?? '') || a.title.localeCompare(b.title) || a.name.localeCompare(b.name))
}
