import {escapeHtml as e} from '../html.js'
import {GENERATOR} from '../output-folder.js'
import {catalogueFor, quotedIn, type Catalogue} from '../theme/catalogue/index.js'
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
function linkList(pack: PackManifest, base: string, words: Catalogue): string {
  const w = words.site
  // The deck and the brief are the primary actions; the other formats are quieter links.
  const link = (href: string, text: string, kind: string, rank: 'primary' | 'secondary' | 'quiet' = 'secondary') =>
    `<li class="${rank}"><a class="${rank}" href="${e(base + href)}">${text} <span class="kind">(${kind})</span></a></li>`
  return `<ul class="links" aria-label="${e(w.filesOf(pack.title))}">
${link(PACK_LINKS.present, e(w.present), 'HTML', 'primary')}
${link(PACK_LINKS.briefPdf, e(w.brief), 'PDF', 'primary')}
${link(PACK_LINKS.slidesPdf, e(w.slides), 'PDF')}
${link(PACK_LINKS.slidesPptx, e(w.slides), 'PowerPoint')}
${link(PACK_LINKS.briefDocx, e(w.brief), 'Word')}
${link(PACK_LINKS.briefHtml, e(w.readBrief), e(w.webPage))}
${link(PACK_LINKS.markdown, e(w.structured), 'Markdown', 'quiet')}
</ul>`
}

function thumbnails(pack: PackManifest, base: string, words: Catalogue): string {
  return `<div class="thumbs">
<a href="${e(base + PACK_LINKS.present)}"><img class="slide" src="${e(base + PACK_LINKS.slideThumbnail)}" width="640" height="360" alt="${e(words.site.titleSlideOf(pack.title))}"></a>
<a href="${e(base + PACK_LINKS.briefPdf)}"><img class="page" src="${e(base + PACK_LINKS.briefThumbnail)}" width="248" height="351" alt="${e(words.site.pageOneOf(pack.title))}"></a>
</div>`
}

function page(title: string, css: string, header: string, body: string, words: Catalogue): string {
  return `<!doctype html>
<html lang="${words.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${e(title)}</title>
<link rel="stylesheet" href="${e(css)}">
</head>
<body>
<a class="skip" href="#main">${e(words.site.skip)}</a>
<header class="site-header"><div class="inner">${header}</div></header>
<main id="main">
${body}
</main>
<footer class="site-footer"><p>${e(words.site.footer)}</p></footer>
</body>
</html>
`
}

/**
 * The root page of the site: a card per readout, newest meeting first, with thumbnails and links.
 * @param packs the packs to list
 * @returns the HTML of `index.html`
 */
export function indexPage(packs: PackManifest[]): string {
  const sorted = sortPacks(packs)
  // The index speaks the language its packs share, else English; a card in another language says so.
  const shared = new Set(sorted.map((pack) => pack.lang ?? 'en'))
  const words = catalogueFor(shared.size === 1 ? [...shared][0] : 'en')
  const cards = sorted
    .map(
      (pack) => `<li class="card">
<div>
<h2${(pack.lang ?? 'en') === words.lang ? '' : ` lang="${e(pack.lang ?? 'en')}"`}><a href="${e(packBase(pack))}index.html">${e(pack.title)}</a></h2>
<p class="meta">${e(meetingLine(pack))}</p>
${pack.keyMessage ? `<p class="message"${(pack.lang ?? 'en') === words.lang ? '' : ` lang="${e(pack.lang ?? 'en')}"`}>${e(quotedIn(catalogueFor(pack.lang), pack.keyMessage))}</p>` : ''}
${linkList(pack, packBase(pack), words)}
</div>
${thumbnails(pack, packBase(pack), words)}
</li>`,
    )
    .join('\n')
  const body = sorted.length ? `<ul class="cards">\n${cards}\n</ul>` : `<p class="empty">${words.site.empty}</p>`
  return page(words.site.title, 'assets/site.css', `<h1>${e(words.site.title)}</h1><p>${e(words.site.listed(sorted.length))}</p>`, body, words)
}

/**
 * The page of one readout (`<name>/index.html`): the same links, the key message and the pillars.
 * @param pack the pack
 * @returns the HTML
 */
export function packPage(pack: PackManifest): string {
  const words = catalogueFor(pack.lang)
  const body = `${pack.keyMessage ? `<p class="message">${e(quotedIn(words, pack.keyMessage))}</p>` : ''}
${linkList(pack, '', words)}
<h2 class="section">${e(words.count(pack.pillars.length, 'pillar').replace(/^\p{Ll}/u, (c) => c.toUpperCase()))}</h2>
<ol class="pillars">
${pack.pillars.map((title, i) => `<li><span class="number" aria-hidden="true">${i + 1}</span><span>${e(title)}</span></li>`).join('\n')}
</ol>
<h2 class="section">${e(words.site.previews)}</h2>
${thumbnails(pack, '', words)}
<p class="meta">${e(words.citation(pack))}.</p>`
  return page(pack.title, '../assets/site.css', `<p><a href="../index.html">${e(words.site.allPacks)}</a></p><h1>${e(pack.title)}</h1><p>${e(meetingLine(pack))}</p>`, body, words)
}

/**
 * Newest meeting first; undated readouts last, by title.
 * @param packs the packs
 * @returns a sorted copy
 */
export function sortPacks(packs: PackManifest[]): PackManifest[] {
  return [...packs].sort((a, b) => (b.dates?.start ?? '').localeCompare(a.dates?.start ?? '') || a.title.localeCompare(b.title) || a.name.localeCompare(b.name))
}
