import {shorten} from '../slides/condense.js'
import {meetingBy, placeAndDate} from '../slides/make-slides.js'
import {escapeCssString, escapeHtml} from '../scripts/html.js'
import {readProjectFile} from '../scripts/project-root.js'
import type {Readout} from '../scripts/structure/readout.js'
import {fontFaceCss} from '../scripts/theme/fonts.js'
import {cssVariables} from '../scripts/theme/tokens.js'

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/**
 * The brief as one self-contained HTML page (fonts embedded, no script, nothing fetched): masthead,
 * key message as a pull quote, "at a glance" key figures, context, the numbered pillars with
 * their full text, outlook and a source line. Its print CSS (`brief/brief.css`) makes it an A4
 * document with a running header and "Page X of Y".
 * @param readout the structured readout
 * @returns the HTML
 */
export function renderBriefHtml(readout: Readout): string {
  const e = escapeHtml
  const by = meetingBy(readout)
  const count = readout.pillars.length
  const pillarsHeading = `${readout.roadmap ? `The ${readout.roadmap}` : 'The roadmap'}: ${NUMBER_WORDS[count] ?? count} ${count === 1 ? 'pillar' : 'pillars'}`
  const meeting = [readout.participants && readout.organisation ? readout.participants : undefined, readout.place, readout.dates?.display].filter(Boolean) as string[]
  const paragraphs = (list: string[]) => list.map((text) => `<p>${e(text)}</p>`).join('\n')
  const figures = readout.figures.slice(0, 6)
  // The running header stays on one line: the title, and who met when there is room.
  const header = readout.title.length + (by?.length ?? 0) > 70 ? shorten(readout.title, 70) : [readout.title, by].filter(Boolean).join(' · ')

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(readout.title)}</title>
${by ? `<meta name="author" content="${e(by)}">` : ''}
<meta name="description" content="${e(readout.keyMessage ?? readout.dateline ?? readout.title)}">
<meta name="keywords" content="${e(readout.pillars.map((p) => p.title).join(', '))}">
<style>
${fontFaceCss(['sans', 'serif'], JSON.stringify(readout))}
:root {
  ${cssVariables()}
}
@page {
  @top-left { content: "${escapeCssString(header)}"; }
  @top-right { content: "${escapeCssString(placeAndDate(readout))}"; }
}
${readProjectFile('brief', 'brief.css')}
</style>
</head>
<body>
<header class="masthead">
  <p class="kicker">Briefing${by ? ` · ${e(by)}` : ''}</p>
  <h1>${e(readout.title)}</h1>
  ${meeting.length ? `<p class="meeting">${meeting.map(e).join('<span aria-hidden="true"> · </span>')}</p>` : ''}
</header>
<main>
${readout.keyMessage ? `<blockquote class="key-message"><p>${e(readout.keyMessage)}</p>${by ? `<footer>${e(by)}${readout.place ? `, ${e(readout.place)}` : ''}</footer>` : ''}</blockquote>` : ''}
${
  figures.length
    ? `<aside class="at-a-glance" aria-labelledby="glance">
  <h2 id="glance">At a glance</h2>
  <dl>
${figures.map((f) => `    <div><dt>${e(f.value)}</dt><dd>${e(f.label)}</dd></div>`).join('\n')}
  </dl>
</aside>`
    : ''
}
${readout.dateline || readout.context.length ? `<section class="context" aria-labelledby="context"><h2 id="context">Context</h2>\n${paragraphs([...(readout.dateline && !readout.context.includes(readout.dateline) ? [readout.dateline] : []), ...readout.context])}\n</section>` : ''}
<section class="roadmap" aria-labelledby="roadmap">
<h2 id="roadmap">${e(pillarsHeading)}</h2>
<ol class="pillars">
${readout.pillars.map((p, i) => `<li class="pillar"><span class="number" aria-hidden="true">${i + 1}</span><div><h3>${e(p.title)}</h3><p>${e(p.body)}</p></div></li>`).join('\n')}
</ol>
</section>
${readout.outlook.length ? `<section class="outlook" aria-labelledby="outlook"><h2 id="outlook">Outlook</h2>\n${paragraphs(readout.outlook)}\n</section>` : ''}
</main>
<footer class="source-line">
<p>Source: readout <span class="file">${e(readout.source)}</span>${readout.dates ? `, meeting of ${e(readout.dates.display)}` : ''}${readout.place === 'Online' ? ', held online' : readout.place ? ` in ${e(readout.place)}` : ''}.</p>
</footer>
</body>
</html>
`
}
