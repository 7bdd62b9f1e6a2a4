import {LIMITS, shorten} from '../slides/condense.js'
import {meetingBy, placeAndDate} from '../slides/make-slides.js'
import {placeAndDateBeside} from '../slides/meeting.js'
import {escapeCssString, escapeHtml} from '../scripts/html.js'
import {readProjectFile} from '../scripts/project-root.js'
import type {Readout} from '../scripts/structure/readout.js'
import {meetingYearOf, rankFigures, type ShownFigure} from '../scripts/theme/figure-hierarchy.js'
import {fontFaceCss} from '../scripts/theme/fonts.js'
import type {Brand} from '../scripts/config/brand.js'
import {brandCss, logoImg} from '../scripts/theme/brand-css.js'
import {cssVariables} from '../scripts/theme/tokens.js'
import {displayDates} from '../scripts/structure/parse-dates.js'
import type {PackSettings} from '../scripts/config/settings.js'

/** What the brief is told besides the readout: the pack's marking, paper and issue. */
export type BriefOptions = Partial<Pick<PackSettings, 'marking' | 'paper' | 'issued' | 'reference'>>
import {LEANS_ON_SENTENCE_BEFORE} from '../scripts/structure/english.js'
import {FRENCH_LEANS_ON_SENTENCE_BEFORE} from '../scripts/structure/french.js'
import {asSentence, nextSteps, numeralBadgeCss, typeset, typesetReadout, withFullStop, withoutLeadIns, sameBodyNamed, unlessInTitle, whoMetParts, withoutQuote, withoutRepeats} from '../scripts/theme/vocabulary.js'
import {compoundsKeptWhole, datesKeptWhole, ORDINAL_CSS, ordinalsRaised} from '../scripts/theme/typography.js'
import {catalogueOf, quotedIn} from '../scripts/theme/catalogue/index.js'
import {speakerCredit} from '../scripts/theme/key-message-credit.js'
import {PAGE_MARGIN_CSS} from './page-margins.js'

/** Characters of outlook and next steps (about eight lines of the brief) that move to the next page whole rather than break. */
const SHORT_CLOSING = 640

/**
 * The brief as one self-contained HTML page (fonts embedded, no script, nothing fetched): masthead,
 * key message as a pull quote, "at a glance" key figures (ranked as on the deck), context, the
 * numbered pillars with their full text, outlook, next steps and a citation of the meeting. Each
 * thing is said once: the masthead carries who met, where and when, so Context leaves out the
 * dateline (unless its first paragraph opens on `They …`) and the key message. Its print CSS (`brief/brief.css`) makes it an A4 document with a
 * left rail for headings, a running header from page 2 and "Page X of Y". A protective marking is
 * set top and bottom centre of every page (and at the top and foot of the page on screen), the
 * date of issue and reference in the masthead.
 * @param source the structured readout
 * @param options the pack's settings: marking, paper (`a4` or `letter`), issued, reference
 * @param brand a brand's logo (in the masthead), colours and fonts; the seed's look without it
 * @returns the HTML
 */
export function renderBriefHtml(source: Readout, options: BriefOptions = {}, brand?: Brand): string {
  const readout = typesetReadout(source)
  const e = escapeHtml
  const words = catalogueOf(readout)
  const quoted = (text: string) => quotedIn(words, text)
  // (the body's name once as a sentence writes it, where its organisation is typed in capitals and the participants name it again)
  const by = sameBodyNamed(readout) ?? meetingBy(readout)
  // Who said the key message, when the text names someone (the masthead names the meeting already)
  const credit = speakerCredit(readout)
  // Who met, where and when, once: not the organisation again when the title already names it.
  const meeting = [...whoMetParts(readout), placeAndDate(readout)].filter(Boolean)
  // The dates never wrap after their dash (`12–13 May`): a span that does not break, as on the site (no word joiner: it stays in the PDF's text).
  const dates = readout.dates?.display
  const meetingHtml = (part: string) => (dates && part.endsWith(dates) ? `${qualifierKept(e(part.slice(0, -dates.length)))}<span class="dates">${e(dates)}</span>` : qualifierKept(e(part)))
  const paragraphs = (list: string[]) => list.map((text) => `<p>${e(text)}</p>`).join('\n')
  const {hero, growth, others} = rankFigures(readout.figures, 6, words, meetingYearOf(readout), LIMITS.figureLabelChars)
  const figures: Array<ShownFigure & {kind: string}> = [...(hero ? [{...hero, kind: 'hero'}] : []), ...(growth ? [{...growth, kind: 'growth'}] : []), ...others.map((f) => ({...f, kind: 'other'}))]
  // Say each thing once: the key message is the pull quote, the next steps are the box.
  // A list's lead-in whose list became the points is dropped with it.
  // The quote goes first, whole: a quote of several sentences whose first is the key message is
  // dropped with its attribution, never cut to `Nous ne pouvons plus l'accepter. », a déclaré …`.
  const unquoted = withoutQuote(readout.context, readout.keyMessage)
  const said = withoutLeadIns(readout.keyMessage ? withoutRepeats([readout.keyMessage, ...unquoted]).slice(1) : withoutRepeats(unquoted))
  // …but a Context that opens on `They noted …` / `Ils ont relevé …` keeps the dateline that says who they are
  const leansBack = (paragraph: string | undefined) => paragraph !== undefined && (readout.lang === 'fr' ? FRENCH_LEANS_ON_SENTENCE_BEFORE : LEANS_ON_SENTENCE_BEFORE).test(paragraph)
  const context = readout.dateline && leansBack(said[0]) ? [readout.dateline, ...said] : said
  const next = nextSteps(readout.outlook, words.nextStep, words.pointsBack)
  const outlook = withoutLeadIns(withoutQuote(withoutRepeats([...next, ...readout.outlook]).slice(next.length), readout.keyMessage), true)
  // A short outlook and the source line are one block (brief.css), so the source line never
  // stands alone on the last page; a long outlook may still break across pages.
  const closingIsShort = [...outlook, ...next].join(' ').length <= SHORT_CLOSING
  // The running header (page 2 on) stays on one line: the title, and who met when there is room.
  // With a marking in the centre, the header keeps to the left part of the line.
  const room = options.marking ? 44 : 70
  // Who met only when the title does not already name them (`Lake Chad Security Partnership in Abuja`).
  const headerBy = unlessInTitle(readout.title, by)
  const {text: header, small: smallHeader} = runningHeader(readout.title, headerBy, by, room)
  const marking = options.marking ? escapeCssString(options.marking) : undefined
  const issue = [options.issued ? `${words.issued} ${displayDates(options.issued, options.issued, words.locale)}` : '', options.reference ? `${words.reference} ${options.reference}` : ''].filter(Boolean)

  // French `1er` with its letters raised, in the shown text (not the running header, a CSS string)
  const raised = readout.lang === 'fr' ? ordinalsRaised : (html: string) => html
  return raised(`<!doctype html>
<html lang="${words.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(options.marking ? `${options.marking} — ${readout.title}` : readout.title)}</title>
${by ? `<meta name="author" content="${e(by)}">` : ''}
<meta name="description" content="${e(readout.keyMessage ?? readout.dateline ?? readout.title)}">
<meta name="keywords" content="${e(readout.pillars.map((p) => p.title).join(', '))}">
<style>
${fontFaceCss(['sans', 'serif'], JSON.stringify(readout), brand?.faces)}
:root {
  ${cssVariables(brand)}
}
@page {
  @top-left { content: "${escapeCssString(header)}"; }
  @top-right { content: "${escapeCssString(placeAndDateBeside(readout, header))}"; }
}
${PAGE_MARGIN_CSS}
${marking ? `@page {\n  @top-center { content: "${marking}"; }\n  @bottom-center { content: "${marking}"; }\n}\n` : ''}${readProjectFile('brief', 'brief.css')}
${smallHeader ? `@page {\n  @top-left { font-size: ${SMALL_HEADER_PT}pt; }\n  @top-right { font-size: ${SMALL_HEADER_PT}pt; }\n}\n` : ''}${options.marking || issue.length ? readProjectFile('brief', 'marking.css') : ''}${options.paper === 'letter' ? '@page { size: letter; }\n' : ''}${words.lang === 'en' ? '' : `@page {\n  @bottom-right { content: "${escapeCssString(words.page)}" counter(page) "${escapeCssString(words.of)}" counter(pages); }\n}\n`}${numeralBadgeCss('.pillar .number', 'var(--bp-size-brief-numeral)')}
${ORDINAL_CSS}${brand ? `\n${brandCss(brand, 'brief')}` : ''}
</style>
</head>
<body>
${options.marking ? `<p class="marking">${e(options.marking)}</p>\n` : ''}<header class="masthead">
  ${brand?.logo ? logoImg(brand.logo.medium, 'logo', e) : ''}<p class="kicker">${e(words.briefing)}</p>
  <h1>${compoundsKeptWhole(e(readout.title), readout.lang)}</h1>
  ${meeting.length ? `<p class="meeting">${meeting.map(meetingHtml).join('<span aria-hidden="true">\u00a0· </span>')}</p>` : ''}
${issue.length ? `  <p class="issue">${issue.map(e).join('<span aria-hidden="true">\u00a0· </span>')}</p>\n` : ''}</header>
<main>
${readout.keyMessage ? `<blockquote class="key-message"><p>${e(quoted(readout.keyMessage))}</p>${credit ? `<footer>— ${e(credit)}</footer>` : ''}</blockquote>` : ''}
${
  figures.length
    ? `<aside class="at-a-glance count-${figures.length}" aria-labelledby="glance">
  <h2 id="glance">${e(words.atAGlance)}</h2>
  <dl>
${figures.map((f) => `    <div class="${f.kind}"><dt>${e(typeset(f.value, readout.lang))}</dt><dd>${e(f.label)}</dd></div>`).join('\n')}
  </dl>
</aside>`
    : ''
}
${context.length ? `<section class="context rail" aria-labelledby="context"><h2 id="context">${e(words.context)}</h2>\n<div class="column">${paragraphs(context)}</div>\n</section>` : ''}
<section class="roadmap rail" aria-labelledby="roadmap">
<h2 id="roadmap">${rangesKeptWhole(e(words.pillarsHeading(readout)))}</h2>
<ol class="pillars column">
${readout.pillars.map((p, i) => `<li class="pillar"><span class="number" aria-hidden="true">${i + 1}</span><h3>${e(p.title)}</h3><p>${e(asSentence(p.body))}</p></li>`).join('\n')}
</ol>
</section>
<div class="closing${closingIsShort ? ' short' : ''}">
${outlook.length || next.length ? `<section class="outlook rail" aria-labelledby="outlook"><h2 id="outlook">${e(words.outlook)}</h2>\n<div class="column">${paragraphs(outlook.map(asSentence))}${next.length ? `\n<aside class="next-steps" aria-labelledby="next"><h3 id="next">${e(words.nextSteps)}</h3>${next.length > 1 ? `<ul>${next.map((step) => `<li>${e(asSentence(step))}</li>`).join('')}</ul>` : `<p>${e(asSentence(next[0]))}</p>`}</aside>` : ''}</div>\n</section>` : ''}
<footer class="source-line">
<p>${datesKeptWhole(e(withFullStop(words.citation(readout))), readout.dates?.display && e(readout.dates.display))}</p>
</footer>
</div>
</main>
${options.marking ? `<p class="marking">${e(options.marking)}</p>\n` : ''}</body>
</html>
`)
}

/**
 * Escaped text with each range of years (`2026-2030`, `2026–2030`) kept on one line: the roadmap's
 * heading in its narrow rail broke after the hyphen (`… mutualiste 2026-` / `2030 en six piliers`).
 * @param html escaped text
 * @returns the text with each range in a span that does not wrap
 */
export function rangesKeptWhole(html: string): string {
  return html.replace(/(?<!\d)((?:19|20)\d\d[-–](?:(?:19|20)\d\d|\d\d))(?!\d)/g, '<span class="nowrap">$1</span>')
}

/**
 * Escaped text with a name and its short qualifier in brackets (`Sète (Hérault)`, `Kathmandu (Nepal)`)
 * kept on one line: the masthead's meeting line broke between them (`… · Sète` / `(Hérault), 12–14 mars 2026`).
 * @param html escaped text
 * @returns the text with each name and its qualifier in a span that does not wrap
 */
export function qualifierKept(html: string): string {
  return html.replace(/(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’.-]*) (\([^()<>]{1,40}\))/gu, '<span class="nowrap">$1 $2</span>')
}

/** The running header's size (brief.css), and the smaller one a title a little too long for it takes. */
const HEADER_PT = 8.5
const SMALL_HEADER_PT = 7.5

/**
 * The brief's running header (page 2 on), on one line and never cut when it can be fitted: the
 * title and who met when both fit `room` characters, else the title alone, else the title a size
 * smaller, else who met (a shorter form that still names the document), and only then the title cut.
 * @param title the readout's title
 * @param by who met, unless the title names them
 * @param shorter who met, named in the title or not (`Organisation ouest-africaine de métrologie`)
 * @param room the characters the line holds at the header's size
 * @returns the header's text, and whether it is set at the smaller size
 */
export function runningHeader(title: string, by: string | undefined, shorter: string | undefined, room: number): {text: string; small: boolean} {
  if (by && title.length + by.length <= room) return {text: `${title} · ${by}`, small: false}
  if (title.length <= room) return {text: title, small: false}
  if (title.length <= Math.floor((room * HEADER_PT) / SMALL_HEADER_PT)) return {text: title, small: true}
  if (shorter && shorter.length <= room) return {text: shorter, small: false}
  return {text: shorten(title, room).replace(HEADER_CUT_ON_LINK_WORDS, '…'), small: false}
}

/** The words a title cut for the header must not end on (`… du Conseil des ministres de la…`): it ends on the word before them. */
const HEADER_CUT_ON_LINK_WORDS = /(?:[\s\u00a0]+(?:de|du|des|la|le|les|et|à|au|aux|en|pour|sur|par|the|of|and|for|in|on|to|at|by|a|an)|[\s\u00a0]+[ldLD]['’])+…$/u
