import type {Brand} from '../config/brand.js'
import {escapeHtml as e} from '../html.js'
import {logoImg} from '../theme/brand-css.js'
import {GENERATOR} from '../output-folder.js'
import {catalogueFor, placeIn, quotedIn, type Catalogue} from '../theme/catalogue/index.js'
import {PACK_LINKS, type PackManifest} from './manifest.js'
import {SEPARATOR, sameBodyNamed, unlessInTitle, withFullStop} from '../theme/vocabulary.js'
import {compoundsKeptWhole, datesKeptWhole, ordinalsRaised} from '../theme/typography.js'

/** A pack's folder as the start of a relative link: URL-encoded, so no name can be a scheme, `#` or `?`. */
function packBase(pack: PackManifest): string {
  return `./${encodeURIComponent(pack.name)}/`
}

/** Who met, shown under the title: the organisation unless the title names it (as a sentence writes it where it is typed in capitals and the participants name it again, `sameBodyNamed`), else the participants. */
export function whoMet(pack: Pick<PackManifest, 'title' | 'organisation' | 'participants'>): string | undefined {
  return pack.organisation ? unlessInTitle(pack.title, sameBodyNamed(pack) ?? pack.organisation) : pack.participants
}

/** Who met, where and when, as one line: `The Global Coalition · Paris · 24–25 June 2019`. */
function meetingLine(pack: PackManifest): string {
  return [whoMet(pack), placeIn(catalogueFor(pack.lang), pack.place), pack.dates?.display].filter(Boolean).join(SEPARATOR)
}

/** The same line as HTML: the dates in a span that never wraps, so `12–13 May 2026` never breaks after its dash. */
function meetingHtml(pack: PackManifest): string {
  const dates = pack.dates?.display ? `<span class="dates">${e(pack.dates.display)}</span>` : undefined
  return [whoMet(pack), placeIn(catalogueFor(pack.lang), pack.place)].filter(Boolean).map((part) => e(part!)).concat(dates ? [dates] : []).join(SEPARATOR)
}

/** Whether the pack has this file: every file, unless the manifest lists the ones written (`outputs`, `--only`). */
function has(pack: PackManifest, file: string): boolean {
  return !pack.files || pack.files.includes(file)
}

/** The links of a pack, relative to `base` (`''` inside the pack folder, `./name/` URL-encoded from the root); only to files it has. */
function linkList(pack: PackManifest, base: string, words: Catalogue): string {
  const w = words.site
  // The deck and the brief are the primary actions; the other formats are quieter links.
  const link = (href: string, text: string, kind: string, rank: 'primary' | 'secondary' | 'quiet' = 'secondary') =>
    has(pack, href) ? `<li class="${rank}"><a class="${rank}" href="${e(base + href)}">${text} <span class="kind">(${kind})</span></a></li>\n` : ''
  return `<ul class="links" aria-label="${e(w.filesOf(pack.title))}">
${link(PACK_LINKS.present, e(w.present), 'HTML', 'primary')}${link(PACK_LINKS.briefPdf, e(w.brief), 'PDF', 'primary')}${link(PACK_LINKS.slidesPdf, e(w.slides), 'PDF')}${link(PACK_LINKS.slidesPptx, e(w.slides), 'PowerPoint')}${link(PACK_LINKS.briefDocx, e(w.brief), 'Word')}${link(PACK_LINKS.briefHtml, e(w.readBrief), e(w.webPage))}${link(PACK_LINKS.markdown, e(w.structured), 'Markdown', 'quiet')}</ul>`
}

/** The thumbnails the pack has, each linking to the deck or brief when there is one to open. */
function thumbnails(pack: PackManifest, base: string, words: Catalogue): string {
  const open = (href: string, inner: string) => (has(pack, href) ? `<a href="${e(base + href)}">${inner}</a>` : `<span>${inner}</span>`)
  const slide = pack.slides === '4:3' ? {width: 480, height: 360} : {width: 640, height: 360}
  const page = pack.paper === 'letter' ? {width: 248, height: 321} : {width: 248, height: 351}
  const images = [
    has(pack, PACK_LINKS.slideThumbnail) ? open(PACK_LINKS.present, `<img class="slide" src="${e(base + PACK_LINKS.slideThumbnail)}" width="${slide.width}" height="${slide.height}" alt="${e(words.site.titleSlideOf(pack.title))}">`) : '',
    has(pack, PACK_LINKS.briefThumbnail) ? open(PACK_LINKS.briefPdf, `<img class="page" src="${e(base + PACK_LINKS.briefThumbnail)}" width="${page.width}" height="${page.height}" alt="${e(words.site.pageOneOf(pack.title))}">`) : '',
  ].filter(Boolean)
  return images.length ? `<div class="thumbs">\n${images.join('\n')}\n</div>` : ''
}

/** The pack's protective marking as a line of its card and page. */
function markingLine(pack: PackManifest): string {
  return pack.marking ? `<p class="marking">${e(pack.marking)}</p>\n` : ''
}

/**
 * A piece of the site's own furniture said in the main language, then in each other one its packs use, each tagged
 * with its `lang` (`Dossiers d’information / <span lang="en">Briefing packs</span>`).
 */
function inEachLanguage(words: Catalogue, others: Catalogue[]): (say: (site: Catalogue['site']) => string) => string {
  return (say) => [e(say(words.site)), ...others.map((other) => `<span lang="${other.lang}">${e(say(other.site))}</span>`)].join(' / ')
}

function page(title: string, css: string, header: string, body: string, words: Catalogue, head = '', brand?: Brand, others: Catalogue[] = []): string {
  const both = inEachLanguage(words, others)
  // French `1er` with its letters raised wherever a French pack's text shows it
  return ordinalsRaised(`<!doctype html>
<html lang="${words.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${e(title)}</title>
<link rel="stylesheet" href="${e(css)}">
${head}</head>
<body>
<a class="skip" href="#main">${both((site) => site.skip)}</a>
<header class="site-header"><div class="inner">${brand?.logo ? logoImg(brand.logo.small, 'logo', e) : ''}${header}</div></header>
<main id="main">
${body}
</main>
<footer class="site-footer">${[words, ...others].map((catalogue, i) => `<p${i ? ` lang="${catalogue.lang}"` : ''}>${e(catalogue.site.footer)}</p>`).join('')}</footer>
</body>
</html>
`)
}

/** The file name of the site's Atom feed, beside `index.html`. */
export const FEED_FILE = 'feed.xml'

/** The badge of a pack whose last build failed: shown on its card and on its own page. */
function staleBadge(pack: PackManifest, words: Catalogue): string {
  return pack.stale ? `<p class="stale"><strong class="badge">${e(words.site.notUpdated)}</strong> ${e(words.site.staleText)}</p>\n` : ''
}

/** The group of packs without a date (shown in the index's language). */
const UNDATED = 'Undated'

/** The year a pack is listed under: the year of its meeting, or `Undated`. */
export function yearOf(pack: PackManifest): string {
  return pack.dates?.start.slice(0, 4) ?? UNDATED
}

/**
 * The key message as a quote, credited to whoever the text says said it (a `<footer>` under it).
 * @param pack the pack
 * @param lang its `lang` attribute, when it differs from the page's
 * @returns the HTML, or nothing when the pack has no key message
 */
function keyMessageHtml(pack: PackManifest, lang = ''): string {
  if (!pack.keyMessage) return ''
  const credit = pack.keyMessageCredit ? `<footer>— ${e(pack.keyMessageCredit)}</footer>` : ''
  return `<blockquote class="message"${lang}><p>${e(quotedIn(catalogueFor(pack.lang), pack.keyMessage))}</p>${credit}</blockquote>`
}

/** What the filter box matches a card against: title, meeting, key message and who said it, pillars, year, stale. */
function filterText(pack: PackManifest): string {
  return [pack.title, meetingLine(pack), pack.keyMessage, pack.keyMessageCredit, ...pack.pillars, yearOf(pack), pack.stale ? 'not updated' : ''].filter(Boolean).join(' ')
}

/**
 * The filter box's script: plain, inline (works from `file://`, no request), and the box is shown
 * only when it runs. Each word typed must appear in a card's text (case and accents ignored, and a
 * typed ' " - matches the curly quotes and dashes of the text: `don't` finds `don’t`, `24-25`
 * finds `24–25`); a year with no card left is hidden, and a live status says how many readouts are shown.
 */
const filterScript = (words: Catalogue) => `<script>
(() => {
  const box = document.getElementById('filter-box')
  const input = document.getElementById('filter')
  const status = document.getElementById('filter-status')
  const say = ${JSON.stringify({of: words.site.filterOf, one: words.site.filterOne, many: words.site.filterMany, shown: words.site.filterShown}).replace(/</g, '\\u003c')}
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
    status.textContent = words.length ? shown + say.of + cards.length + (cards.length === 1 ? say.one : say.many) + say.shown : ''
  }
  input.addEventListener('input', apply)
  apply()
})()
</script>`

/**
 * The language most of the packs are written in: the index's own words (its title, filter box, counts)
 * are in it. A tie goes to English when English is one of the most used, else to the first pack's.
 */
export function mostUsedLanguage(packs: PackManifest[]): string {
  const counts = new Map<string, number>()
  for (const pack of packs) counts.set(pack.lang ?? 'en', (counts.get(pack.lang ?? 'en') ?? 0) + 1)
  const most = Math.max(0, ...counts.values())
  const first = [...counts].filter(([, count]) => count === most).map(([lang]) => lang)
  return first.includes('en') || first.length === 0 ? 'en' : first[0]
}

/**
 * The root page of the site: the packs grouped by the year of their meeting (newest first,
 * undated last), a card each with thumbnails and links, a filter box and a link to the feed.
 * @param packs the packs to list
 * @param brand a brand's logo, shown in the header
 * @returns the HTML of `index.html`
 */
export function indexPage(packs: PackManifest[], brand?: Brand): string {
  const sorted = sortPacks(packs)
  // The index's own words are in the language most of its packs use; each card's, in its pack's.
  const words = catalogueFor(mostUsedLanguage(sorted))
  // Over packs in more than one language the index's furniture says it in each (the most used first): an
  // English-only header over French packs read as a site that was not made for them.
  const others = [...new Set(sorted.map((pack) => catalogueFor(pack.lang).lang))].filter((lang) => lang !== words.lang).map(catalogueFor)
  const both = inEachLanguage(words, others)
  const card = (pack: PackManifest) => {
    // the card speaks its pack's language where the reader has its words; a title in another says so
    const own = catalogueFor(pack.lang)
    const text = (pack.lang ?? 'en') === own.lang ? '' : ` lang="${e(pack.lang!)}"`
    return `<li class="card${pack.stale ? ' is-stale' : ''}"${own.lang === words.lang ? '' : ` lang="${own.lang}"`} data-text="${e(filterText(pack))}">
<div>
${markingLine(pack)}<h3${text}><a href="${e(packBase(pack))}index.html">${compoundsKeptWhole(e(pack.title), pack.lang)}</a></h3>
<p class="meta">${meetingHtml(pack)}</p>
${staleBadge(pack, own)}${keyMessageHtml(pack, text)}
${linkList(pack, packBase(pack), own)}
</div>
${thumbnails(pack, packBase(pack), own)}
</li>`
  }
  const years = [...new Set(sorted.map(yearOf))]
  const groups = years
    .map((year) => `<section class="year" aria-labelledby="year-${e(year)}">
<h2 id="year-${e(year)}">${year === UNDATED ? both((site) => site.undated) : e(year)}</h2>
<ul class="cards">
${sorted.filter((pack) => yearOf(pack) === year).map(card).join('\n')}
</ul>
</section>`)
    .join('\n')
  const filter = `<div class="filter" id="filter-box" hidden>
<label for="filter">${both((site) => site.filterLabel)}</label>
<input id="filter" type="search" autocomplete="off" spellcheck="false" aria-describedby="filter-hint filter-status">
<p class="hint" id="filter-hint">${both((site) => site.filterHint)}</p>
<p class="status" id="filter-status" role="status" aria-live="polite"></p>
</div>`
  const body = sorted.length
    ? `${filter}\n${groups}\n${filterScript(words)}`
    : `<p class="empty">${words.site.empty}</p>`
  const feedLink = `<link rel="alternate" type="application/atom+xml" href="${FEED_FILE}" title="${e(words.site.title)}">\n`
  const title = [words, ...others].map((catalogue) => catalogue.site.title).join(' / ')
  const header = `<h1>${e(words.site.title)}${others.map((other) => ` <span class="also" lang="${other.lang}">${e(other.site.title)}</span>`).join('')}</h1><p>${both((site) => site.listed(sorted.length))}${SEPARATOR}<a href="${FEED_FILE}">${both((site) => site.subscribe)}</a></p>`
  return page(title, 'assets/site.css', header, body, words, feedLink, brand, others)
}

/**
 * The page of one readout (`<name>/index.html`): the same links, the key message and the pillars.
 * @param pack the pack
 * @param brand a brand's logo, shown in the header
 * @returns the HTML
 */
export function packPage(pack: PackManifest, brand?: Brand): string {
  const words = catalogueFor(pack.lang)
  const body = `${staleBadge(pack, words)}${keyMessageHtml(pack)}
${linkList(pack, '', words)}
<h2 class="section">${e(words.count(pack.pillars.length, 'pillar').replace(/^\p{Ll}/u, (c) => c.toUpperCase()))}</h2>
<ol class="pillars">
${pack.pillars.map((title, i) => `<li><span class="number" aria-hidden="true">${i + 1}</span><span>${e(title)}</span></li>`).join('\n')}
</ol>
${has(pack, PACK_LINKS.slideThumbnail) || has(pack, PACK_LINKS.briefThumbnail) ? `<h2 class="section">${e(words.site.previews)}</h2>\n${thumbnails(pack, '', words)}` : ''}
<p class="meta">${datesKeptWhole(e(withFullStop(words.citation(pack))), pack.dates?.display && e(pack.dates.display))}</p>`
  return page(pack.marking ? `${pack.marking} — ${pack.title}` : pack.title, '../assets/site.css', `<p><a href="../index.html">${e(words.site.allPacks)}</a></p>${markingLine(pack).trim()}<h1>${compoundsKeptWhole(e(pack.title), pack.lang)}</h1><p>${meetingHtml(pack)}</p>`, body, words, '', brand)
}

/**
 * Newest meeting first; undated readouts last, by title.
 * @param packs the packs
 * @returns a sorted copy
 */
export function sortPacks(packs: PackManifest[]): PackManifest[] {
  return [...packs].sort((a, b) => (b.dates?.start ?? '').localeCompare(a.dates?.start ?? '') || a.title.localeCompare(b.title) || a.name.localeCompare(b.name))
}
