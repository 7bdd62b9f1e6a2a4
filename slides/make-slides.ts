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
  const lines = [`<!-- _class: title${size} -->`, '<!-- _paginate: hide -->', "<!-- _footer: '' -->", '', `# ${escapeInline(shorten(readout.title, LIMITS.titleChars))}`]
  if (by) lines.push('', escapeBlock(shorten(by, 120)))
  if (placeAndDate(readout)) lines.push('', escapeBlock(placeAndDate(readout)))
  const notes = notesOf('Title', readout.dateline ? [readout.dateline] : [])
  if (readout.dateline) lines.push('', notes.comment)
  return {kind: 'title', title: readout.title, markdown: lines.join('\n'), notes: notes.text}
}

function messageSlide(readout: Readout): Slide {
  const message = readout.keyMessage!
  const lines = ['<!-- _class: message -->', '', `> ${escapeBlock(shorten(message, 220))}`]
  const by = meetingBy(readout)
  if (by) lines.push('', escapeBlock(`${by}${readout.place ? `, ${readout.place}` : ''}`))
  const notes = notesOf('Key message', [message, ...readout.context])
  lines.push('', notes.comment)
  return {kind: 'message', title: 'Key message', markdown: lines.join('\n'), notes: notes.text}
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
    const lines = ['<!-- _class: overview -->', '', `## ${escapeInline(shorten(title, LIMITS.titleChars))}`, '']
    for (const item of items) lines.push(`${++number}. ${escapeBlock(shorten(item, LIMITS.overviewChars))}`)
    const notes = notesOf('Overview', items)
    lines.push('', notes.comment)
    return {kind: 'overview' as const, title, markdown: lines.join('\n'), notes: notes.text}
  })
}

function pillarSlide(readout: Readout, index: number): Slide {
  const pillar = readout.pillars[index]
  const long = pillar.title.length > LIMITS.longTitle
  const label = `Pillar ${index + 1} of ${readout.pillars.length}`
  const lines = [long ? '<!-- _class: pillar long-title -->' : '<!-- _class: pillar -->', '', escapeBlock(label), '', `## ${escapeInline(shorten(pillar.title, LIMITS.titleChars))}`, '']
  for (const point of pointsFrom(pillar.body)) lines.push(`- ${escapeBlock(point)}`)
  const notes = notesOf(label, [pillar.title, pillar.body])
  lines.push('', notes.comment)
  return {kind: 'pillar', title: pillar.title, markdown: lines.join('\n'), notes: notes.text}
}

function figuresSlide(readout: Readout): Slide {
  const figures = readout.figures.slice(0, LIMITS.figures)
  const lines = [`<!-- _class: figures count-${figures.length} -->`, '', '## Key figures', '']
  for (const figure of figures) lines.push(`- **${escapeInline(compactValue(figure.value))}** ${escapeInline(shorten(figure.label, LIMITS.figureLabelChars))}`)
  const notes = notesOf('Key figures', readout.figures.map((f) => `${f.value} ${f.label}: ${f.sentence}`))
  lines.push('', notes.comment)
  return {kind: 'figures', title: 'Key figures', markdown: lines.join('\n'), notes: notes.text}
}

function closingSlide(readout: Readout): Slide {
  const source = readout.outlook.length ? readout.outlook : readout.context
  const points = source.flatMap((paragraph) => splitSentences(paragraph).slice(0, 1).map((s) => condenseSentence(s.text, 130))).slice(0, 3)
  const lines = ['<!-- _class: closing -->', "<!-- _footer: '' -->", '', '## Looking ahead', '']
  if (points.length) for (const point of points) lines.push(`- ${escapeBlock(point)}`)
  else lines.push(escapeBlock(readout.keyMessage ?? readout.title))
  lines.push('', escapeBlock([meetingBy(readout), placeAndDate(readout)].filter(Boolean).join(' · ')))
  const notes = notesOf('Outlook', source.length ? source : [readout.title])
  lines.push('', notes.comment)
  return {kind: 'closing', title: 'Looking ahead', markdown: lines.join('\n'), notes: notes.text}
}
