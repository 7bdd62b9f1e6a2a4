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

function page(title: string, css: string, header: string, body: string, brand?: Brand): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${e(title)}</title>
<link rel="stylesheet" href="${e(css)}">
</head>
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

/**
 * The root page of the site: a card per readout, newest meeting first, with thumbnails and links.
 * @param packs the packs to list
 * @param brand a brand's logo, shown in the header
 * @returns the HTML of `index.html`
 */
export function indexPage(packs: PackManifest[], brand?: Brand): string {
  const sorted = sortPacks(packs)
  const cards = sorted
    .map(
      (pack) => `<li class="card">
<div>
<h2><a href="${e(packBase(pack))}index.html">${e(pack.title)}</a></h2>
<p class="meta">${e(meetingLine(pack))}</p>
${pack.keyMessage ? `<p class="message">${e(quoted(pack.keyMessage))}</p>` : ''}
${linkList(pack, packBase(pack))}
</div>
${thumbnails(pack, packBase(pack))}
</li>`,
    )
    .join('\n')
  const body = sorted.length ? `<ul class="cards">\n${cards}\n</ul>` : '<p class="empty">No readout has been built yet: put a <code>.txt</code> readout in <code>source/</code> and run <code>npm run build</code>.</p>'
  return page('Briefing packs', 'assets/site.css', `<h1>Briefing packs</h1><p>${sorted.length} ${sorted.length === 1 ? 'readout' : 'readouts'}, newest meeting first</p>`, body, brand)
}

/**
 * The page of one readout (`<name>/index.html`): the same links, the key message and the pillars.
 * @param pack the pack
 * @param brand a brand's logo, shown in the header
 * @returns the HTML
 */
export function packPage(pack: PackManifest, brand?: Brand): string {
  const body = `${pack.keyMessage ? `<p class="message">${e(quoted(pack.keyMessage))}</p>` : ''}
${linkList(pack, '')}
<h2 class="section">${e(countHeading(pack.pillars.length, 'pillar'))}</h2>
<ol class="pillars">
${pack.pillars.map((title, i) => `<li><span class="number" aria-hidden="true">${i + 1}</span><span>${e(title)}</span></li>`).join('\n')}
</ol>
<h2 class="section">Previews</h2>
${thumbnails(pack, '')}
<p class="meta">${e(citation(pack))}.</p>`
  return page(pack.title, '../assets/site.css', `<p><a href="../index.html">All briefing packs</a></p><h1>${e(pack.title)}</h1><p>${e(meetingLine(pack))}</p>`, body, brand)
}

/**
 * Newest meeting first; undated readouts last, by title.
 * @param packs the packs
 * @returns a sorted copy
 */
export function sortPacks(packs: PackManifest[]): PackManifest[] {
  return [...packs].sort((a, b) => (b.dates?.start ?? '').localeCompare(a.dates?.start ?? '') || a.title.localeCompare(b.title) || a.name.localeCompare(b.name))
}
