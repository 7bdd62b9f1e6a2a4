import {stringify as stringifyYaml} from 'yaml'
import type {Readout} from '../scripts/structure/readout.js'
import {splitSentences} from '../scripts/structure/text.js'
import {compactValue, condenseSentence, LIMITS, pointsFrom, shorten} from './condense.js'
import {escapeBlock, escapeInline, speakerNotes} from './marp-text.js'

/** One slide of the deck: its Marp class, its title (for the PDF outline), its Markdown and its speaker notes. */
export interface Slide {
  kind: 'title' | 'message' | 'overview' | 'pillar' | 'figures' | 'closing'
  title: string
  markdown: string
  /** The speaker notes, word for word (also in `markdown`, as a Marp comment). */
  notes: string
  /** What the slide shows, as data, for writers that lay slides out themselves (the PowerPoint deck). */
  content: SlideContent
}

/** The visible text of a slide, as shown in the Marp deck (already shortened to fit). */
export interface SlideContent {
  /** Small line above the title, e.g. `Pillar 1 of 3`. */
  kicker?: string
  /** The slide's heading as shown. */
  heading?: string
  /** Lines under the title: who met, where and when. */
  lines?: string[]
  /** The quote of the key-message slide, and who said it. */
  quote?: string
  /** Bullet points (pillar, closing slides) or numbered items (overview, see `numbered`). */
  points?: string[]
  /** Number of the first item when `points` is a numbered list. */
  numbered?: number
  /** Key figures: value as shown and label. */
  figures?: Array<{value: string; label: string}>
}

/** The deck as Marp Markdown, with the slides it is made of. */
export interface Deck {
  markdown: string
  slides: Slide[]
}

/**
 * Make the deck from a readout: a title slide, the key message, an overview of the pillars,
 * one slide per pillar (class `pillar`, its title as heading, two to four points, the full body
 * in the notes), the key figures and a closing slide with the outlook. Source text is escaped
 * so that it stays text.
 * @param readout the structured readout
 * @returns the Marp Markdown and its slides
 */
export function makeSlides(readout: Readout): Deck {
  const slides: Slide[] = [titleSlide(readout)]
  if (readout.keyMessage) slides.push(messageSlide(readout))
  slides.push(...overviewSlides(readout))
  readout.pillars.forEach((_, index) => slides.push(pillarSlide(readout, index)))
  if (readout.figures.length) slides.push(figuresSlide(readout))
  slides.push(closingSlide(readout))
  const markdown = `---\n${frontMatter(readout)}---\n\n${slides.map((slide) => slide.markdown).join('\n\n---\n\n')}\n`
  return {markdown, slides}
}

/** Who met, for titles and metadata: the organisation, else the participants. */
export function meetingBy(readout: Readout): string | undefined {
  return readout.organisation ?? readout.participants
}

/** `Paris, 24–25 June 2019`, or whichever parts are known. */
export function placeAndDate(readout: Readout): string {
  return [readout.place, readout.dates?.display].filter(Boolean).join(', ')
}

function frontMatter(readout: Readout): string {
  const footer = [readout.title, placeAndDate(readout)].filter(Boolean).join(' · ')
  return stringifyYaml(
    {
      marp: true,
      theme: 'briefing',
      size: '16:9',
      paginate: true,
      lang: 'en',
      title: readout.title,
      author: meetingBy(readout) ?? '',
      description: readout.keyMessage ?? readout.dateline ?? readout.title,
      keywords: ['briefing', readout.roadmap, readout.place, ...readout.pillars.map((p) => p.title)].filter(Boolean).join(', '),
      footer: escapeInline(footer),
    },
    {lineWidth: 0},
  )
}

/** Speaker notes for a slide: the Marp comment to put in its Markdown, and the plain text. */
function notesOf(label: string, paragraphs: string[]): {comment: string; text: string} {
  return {comment: speakerNotes(label, paragraphs), text: paragraphs.join('\n\n')}
}

function titleSlide(readout: Readout): Slide {
  const by = [readout.organisation, readout.participants].filter(Boolean).join(' · ')
  const size = readout.title.length > 64 ? ' size-s' : readout.title.length > 36 ? ' size-m' : ''
  const heading = shorten(readout.title, LIMITS.titleChars)
  const lines = [`<!-- _class: title${size} -->`, '<!-- _paginate: hide -->', "<!-- _footer: '' -->", '', `# ${escapeInline(heading)}`]
  const shown = [by ? shorten(by, 120) : '', placeAndDate(readout)].filter(Boolean)
  for (const line of shown) lines.push('', escapeBlock(line))
  const notes = notesOf('Title', readout.dateline ? [readout.dateline] : [])
  if (readout.dateline) lines.push('', notes.comment)
  return {kind: 'title', title: readout.title, markdown: lines.join('\n'), notes: notes.text, content: {heading, lines: shown}}
}

function messageSlide(readout: Readout): Slide {
  const message = readout.keyMessage!
  const quote = shorten(message, 220)
  const lines = ['<!-- _class: message -->', '', `> ${escapeBlock(quote)}`]
  const by = meetingBy(readout)
  const attribution = by ? `${by}${readout.place ? `, ${readout.place}` : ''}` : undefined
  if (attribution) lines.push('', escapeBlock(attribution))
  const notes = notesOf('Key message', [message, ...readout.context])
  lines.push('', notes.comment)
  return {kind: 'message', title: 'Key message', markdown: lines.join('\n'), notes: notes.text, content: {quote, lines: attribution ? [attribution] : []}}
}

/**
 * The pillars of each overview slide: eight short titles (in two columns), or four when any
 * title is long.
 * @param titles the pillar titles
 * @returns the titles, page by page
 */
export function overviewPages(titles: string[]): string[][] {
  const perPage = titles.some((title) => title.length > LIMITS.shortOverviewTitle) ? LIMITS.overviewItemsLong : LIMITS.overviewItems
  return Array.from({length: Math.ceil(titles.length / perPage)}, (_, page) => titles.slice(page * perPage, (page + 1) * perPage))
}

function overviewSlides(readout: Readout): Slide[] {
  const count = readout.pillars.length
  const paged = overviewPages(readout.pillars.map((p) => p.title))
  const pages = paged.length
  let number = 0
  const heading = readout.roadmap ? `The ${readout.roadmap} in ${count} ${count === 1 ? 'pillar' : 'pillars'}` : `The roadmap in ${count} ${count === 1 ? 'pillar' : 'pillars'}`
  return paged.map((_, page) => {
    const items = paged[page]
    const title = pages > 1 ? `${heading} (${page + 1}/${pages})` : heading
    const shownTitle = shorten(title, LIMITS.titleChars)
    const lines = ['<!-- _class: overview -->', '', `## ${escapeInline(shownTitle)}`, '']
    const first = number + 1
    const shown = items.map((item) => shorten(item, LIMITS.overviewChars))
    for (const item of shown) lines.push(`${++number}. ${escapeBlock(item)}`)
    const notes = notesOf('Overview', items)
    lines.push('', notes.comment)
    return {kind: 'overview' as const, title, markdown: lines.join('\n'), notes: notes.text, content: {heading: shownTitle, points: shown, numbered: first}}
  })
}

function pillarSlide(readout: Readout, index: number): Slide {
  const pillar = readout.pillars[index]
  const long = pillar.title.length > LIMITS.longTitle
  const label = `Pillar ${index + 1} of ${readout.pillars.length}`
  const heading = shorten(pillar.title, LIMITS.titleChars)
  const lines = [long ? '<!-- _class: pillar long-title -->' : '<!-- _class: pillar -->', '', escapeBlock(label), '', `## ${escapeInline(heading)}`, '']
  const points = pointsFrom(pillar.body)
  for (const point of points) lines.push(`- ${escapeBlock(point)}`)
  const notes = notesOf(label, [pillar.title, pillar.body])
  lines.push('', notes.comment)
  return {kind: 'pillar', title: pillar.title, markdown: lines.join('\n'), notes: notes.text, content: {kicker: label, heading, points}}
}

function figuresSlide(readout: Readout): Slide {
  const figures = readout.figures.slice(0, LIMITS.figures)
  const lines = [`<!-- _class: figures count-${figures.length} -->`, '', '## Key figures', '']
  const shown = figures.map((figure) => ({value: compactValue(figure.value), label: shorten(figure.label, LIMITS.figureLabelChars)}))
  for (const figure of shown) lines.push(`- **${escapeInline(figure.value)}** ${escapeInline(figure.label)}`)
  const notes = notesOf('Key figures', readout.figures.map((f) => `${f.value} ${f.label}: ${f.sentence}`))
  lines.push('', notes.comment)
  return {kind: 'figures', title: 'Key figures', markdown: lines.join('\n'), notes: notes.text, content: {heading: 'Key figures', figures: shown}}
}

function closingSlide(readout: Readout): Slide {
  const source = readout.outlook.length ? readout.outlook : readout.context
  const points = source.flatMap((paragraph) => splitSentences(paragraph).slice(0, 1).map((s) => condenseSentence(s.text, 130))).slice(0, 3)
  const lines = ['<!-- _class: closing -->', "<!-- _footer: '' -->", '', '## Looking ahead', '']
  const fallback = points.length ? [] : [readout.keyMessage ?? readout.title]
  if (points.length) for (const point of points) lines.push(`- ${escapeBlock(point)}`)
  else lines.push(escapeBlock(fallback[0]))
  const signOff = [meetingBy(readout), placeAndDate(readout)].filter(Boolean).join(' · ')
  lines.push('', escapeBlock(signOff))
  const notes = notesOf('Outlook', source.length ? source : [readout.title])
  lines.push('', notes.comment)
  return {kind: 'closing', title: 'Looking ahead', markdown: lines.join('\n'), notes: notes.text, content: {heading: 'Looking ahead', points, lines: [...fallback, signOff].filter(Boolean)}}
}
