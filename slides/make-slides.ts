import {Document, isScalar, visit} from 'yaml'
import {capitalise} from '../scripts/capitalise.js'
import type {Readout} from '../scripts/structure/readout.js'
import {splitSentences} from '../scripts/structure/text.js'
import {meetingYearOf, rankFigures, UNIT_WORDS} from '../scripts/theme/figure-hierarchy.js'
import {asSentence, nextSteps, SEPARATOR, typeset as typesetText, typesetReadout, whoMetParts, withoutLeadIns, withoutQuote, withoutRepeats} from '../scripts/theme/vocabulary.js'
import {compoundsKeptWhole} from '../scripts/theme/typography.js'
import {catalogueOf, placeIn} from '../scripts/theme/catalogue/index.js'
import {meetingBy, placeAndDate, placeAndDateBeside} from './meeting.js'
import {balanceQuotes, LIMITS, outlookAsShown, outlookPoints, pointsFrom, repeats, repeatsTitle, shorten, withoutTitleLabel} from './condense.js'
import {escapeBlock, escapeInline, speakerNotes} from './marp-text.js'
import {keyMessageCredit} from '../scripts/theme/key-message-credit.js'
import type {SlideShape} from './slide-size.js'

export {meetingBy, placeAndDate} from './meeting.js'

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

/** The visible text of a slide, as shown in the Marp deck. */
export interface SlideContent {
  /** Small line above the title. */
  kicker?: string
  /** The large numeral of a pillar slide, e.g. `1`. */
  number?: string
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
  /** The largest figure of the key-figures slide, shown first and largest. */
  hero?: {value: string; label: string}
  /** Two counts shown as growth, e.g. value `12 → 80`. */
  growth?: {value: string; label: string; from: string; to: string}
  /** Key figures besides the hero and the growth pair: value as shown and label. */
  figures?: Array<{value: string; label: string}>
  /** Next steps named in the outlook (closing slide). */
  next?: string[]
  /** The closing slide's sign-off: who met, where and when. */
  signOff?: string
}

/** A logo for the deck: a PNG (Marp's Markdown takes no SVG image) and its alt text. */
export interface DeckLogo {
  png: Uint8Array
  alt: string
}

/** What a brand puts on the deck: the logo on the title slide (`large`) and in the footer (`small`). */
export interface DeckBrand {
  logo?: {small: DeckLogo; large: DeckLogo}
}

/** The deck as Marp Markdown, with the slides it is made of and its running footer as plain text (the PowerPoint file shows the same). */
export interface Deck {
  markdown: string
  slides: Slide[]
  footer: string
}

/**
 * Make the deck from a readout: a title slide, the key message as a statement, an overview of
 * the pillars as numbered cards (when there are two or more), one slide per pillar (class `pillar`: a large numeral, its title
 * as heading, two to four points, the full body in the notes), the key figures ranked (a hero
 * figure, a growth pair, the rest) and a closing slide with the outlook and next steps. Source
 * text is escaped so that it stays text; each slide's class carries a size step chosen from the
 * length of its text, so long text is set smaller rather than cut.
 * @param source the structured readout (French text is given its no-break spaces)
 * @param options `slides`: the deck's shape, `16:9` (default) or `4:3`; `marking`: a protective marking for the page title; `logo`: a brand's logo, shown on the title slide and in the footer
 * @returns the Marp Markdown and its slides
 */
export function makeSlides(source: Readout, options: {slides?: SlideShape; marking?: string} & DeckBrand = {}): Deck {
  const readout = typesetReadout(source)
  const slides: Slide[] = [titleSlide(readout, options.logo?.large)]
  if (readout.keyMessage) slides.push(messageSlide(readout))
  // A roadmap of one pillar has no overview: a slide of one card would only say again the title of the slide after it.
  if (readout.pillars.length > 1) slides.push(...overviewSlides(readout, options.slides))
  readout.pillars.forEach((_, index) => slides.push(pillarSlide(readout, index, options.slides)))
  if (readout.figures.length) slides.push(...figuresSlides(readout, options.slides))
  slides.push(closingSlide(readout, options.slides))
  const markdown = `---\n${frontMatter(readout, options.slides ?? '16:9', options.marking, options.logo?.small)}---\n\n${slides.map((slide) => slide.markdown).join('\n\n---\n\n')}\n`
  const {name, when} = footerParts(readout)
  return {markdown, slides, footer: [name, when].filter(Boolean).join(' · ')}
}

/** The running footer's words, on one line: a long title gives way to the roadmap's name (capitalised: it starts the line), or to where and when alone; the place is left out when the name says it. */
function footerParts(readout: Readout): {name?: string; when?: string} {
  const found = [readout.title, readout.roadmap].find((text) => text && text.length <= LIMITS.footerTitle)
  // a roadmap's name as its sentence wrote it (`schéma « … »`) starts the footer's line
  const name = found && capitalise(found, {keepBeforeCapital: true})
  return {name, when: placeAndDateBeside(readout, name) || undefined}
}

/** A logo as a Markdown image (a data URL: the deck stays one self-contained file). */
function logoImage(logo: DeckLogo): string {
  return `![${escapeInline(logo.alt)}](data:image/png;base64,${Buffer.from(logo.png).toString('base64')})`
}

function frontMatter(readout: Readout, shape: SlideShape, marking?: string, logo?: DeckLogo): string {
  const {name, when} = footerParts(readout)
  // (the title as text, as the `when` is: a slide export's `<!-- Slide number: 1 -->` or a `*` in it is no Markdown)
  const footer = [name && escapeInline(name), when && unbrokenDates(readout, escapeInline(when))].filter(Boolean).join(' · ')
  const words = catalogueOf(readout)
  return marpFrontMatter(
    {
      marp: true,
      theme: 'briefing',
      size: shape,
      paginate: true,
      lang: words.lang,
      // The page's <title>: a marked deck says its marking first, as the slides do.
      title: marking ? `${marking} — ${readout.title}` : readout.title,
      author: meetingBy(readout) ?? '',
      description: readout.keyMessage ?? readout.dateline ?? readout.title,
      keywords: [words.deckKeyword, readout.roadmap, placeIn(words, readout.place), ...readout.pillars.map((p) => p.title)].filter(Boolean).join(', '),
      footer: (logo ? logoImage(logo) : '') + footer,
      // The theme's own words (the closing slide's “Next steps”, as the brief names them; the key message's mark) in the readout's language.
      ...(words.lang === 'en' ? {} : {style: `section.closing blockquote::before { content: '${words.nextSteps}'; }\nsection.message blockquote::before { content: '${words.quotes[0].trim()}'; }`}),
    },
  )
}

/**
 * The deck's front matter as YAML that Marp reads: a value with a backslash (a footer's escaped
 * `Sète \(Hérault\)`) is single-quoted, as Marp's loose reading of its own directives wraps a plain
 * value in double quotes, where `\(` is no escape, and then drops the whole front matter (theme,
 * size, pagination: the deck came out in Marp's default theme).
 * @param values the front matter's values
 * @returns the YAML, without its `---` lines
 */
export function marpFrontMatter(values: Record<string, unknown>): string {
  const document = new Document(values)
  visit(document, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\\')) node.type = 'QUOTE_SINGLE'
    },
  })
  return document.toString({lineWidth: 0})
}

/**
 * Markdown with the meeting's dates (`12–13 May 2026`) in emphasis, which the theme sets upright
 * and unbroken, so a line never wraps after the dates' dash. Raw HTML is off in the deck, so no
 * span; and no word joiner, which would stay in the PDF's text and break search.
 * @param readout the readout whose dates are marked
 * @param markdown escaped Markdown text that may end with the dates
 * @returns the Markdown, the dates marked when it ends with them
 */
function unbrokenDates(readout: Readout, markdown: string): string {
  const dates = readout.dates?.display && escapeInline(readout.dates.display)
  return dates && markdown.endsWith(dates) ? `${markdown.slice(0, -dates.length)}*${dates}*` : markdown
}

/** Characters of a part of the title slide's meeting line that one line holds on a 4:3 slide at its size. */
const MEETING_PART_CHARS = 48

/**
 * The title slide's meeting line as Markdown: two parts or more (the body, who took part), each that one
 * line holds marked so it does not wrap (the theme sets such emphasis upright), so a long line breaks at
 * its separator, not inside a part (`Dublin Group on Youth Vaping · Health` / `ministers from nine …`).
 * @param parts the parts of the line
 * @returns the line
 */
function partsKeptWhole(parts: string[]): string {
  // (a part that opens or closes on a mark or a space is left as it is: emphasis would not parse around it)
  const kept = (part: string) => parts.length > 1 && part.length <= MEETING_PART_CHARS && /^[\p{L}\p{N}].*[\p{L}\p{N}.)]$/u.test(part)
  return parts.map((part, i) => (kept(part) ? `*${escapeInline(part)}*` : i === 0 ? escapeBlock(part) : escapeInline(part))).join(SEPARATOR)
}

/** Speaker notes for a slide: the Marp comment to put in its Markdown, and the plain text (each sentence once). */
function notesOf(paragraphs: string[]): {comment: string; text: string} {
  const unique = withoutRepeats(paragraphs)
  return {comment: speakerNotes(unique), text: unique.join('\n\n')}
}

/** A size step for text of this length: `''` (largest), `size-m`, `size-s` or `size-xs`. */
function sizeStep(length: number, steps: [number, number, number]): string {
  return length > steps[2] ? 'size-xs' : length > steps[1] ? 'size-s' : length > steps[0] ? 'size-m' : ''
}

/** Text as shown in the readout's language (`typeset`): condensing normalised its spaces, so its no-break spaces are set again. */
function typeset(readout: Readout, text: string): string {
  return typesetText(text, readout.lang)
}

function classes(...names: string[]): string {
  return `<!-- _class: ${names.filter(Boolean).join(' ')} -->`
}

function titleSlide(readout: Readout, logo?: DeckLogo): Slide {
  // Who met, once: not the organisation again under a title that names it.
  const by = whoMetParts(readout).join(SEPARATOR)
  const heading = readout.title
  const lines = [classes('title', sizeStep(heading.length, [36, 64, 110])), '<!-- _paginate: hide -->', "<!-- _footer: '' -->", '', ...(logo ? [logoImage(logo), ''] : []), `# ${compoundsKeptWhole(escapeInline(heading), readout.lang, (number) => `*${number}*`)}`]
  const shown = [by, placeAndDate(readout)].filter(Boolean)
  for (const line of shown) lines.push('', line === by ? partsKeptWhole(whoMetParts(readout)) : unbrokenDates(readout, escapeBlock(line)))
  const notes = notesOf(readout.dateline ? [readout.dateline] : [])
  if (readout.dateline) lines.push('', notes.comment)
  return {kind: 'title', title: readout.title, markdown: lines.join('\n'), notes: notes.text, content: {heading, lines: shown}}
}

function messageSlide(readout: Readout): Slide {
  const message = readout.keyMessage!
  const quote = shorten(message, 420)
  const lines = [classes('message', sizeStep(quote.length, [60, 120, 220])), '', `> ${escapeBlock(quote)}`]
  // whoever the text says spoke the quote (`the Chair said`), else the meeting: as every output credits it
  const attribution = keyMessageCredit(readout)
  if (attribution) lines.push('', escapeBlock(attribution))
  const notes = notesOf([message, ...readout.context])
  lines.push('', notes.comment)
  return {kind: 'message', title: catalogueOf(readout).keyMessage, markdown: lines.join('\n'), notes: notes.text, content: {quote, lines: attribution ? [attribution] : []}}
}

/**
 * The pillars of each overview slide: eight short titles of short words (two rows of four cards),
 * six when a title is longer or has a long word (two rows of three), or four when any title is long
 * (three on a 4:3 slide, one card a row), but five or six titles of up to 52 characters on one 16:9 slide.
 * @param titles the pillar titles
 * @param shape the deck's shape
 * @returns the titles, page by page
 */
export function overviewPages(titles: string[], shape: SlideShape = '16:9'): string[][] {
  // Five or six titles that a card of a row of three holds (52 characters at most) share one 16:9 slide,
  // two rows of three, rather than two slides of a row each, which looked unlike one another.
  const fewAndMedium = shape === '16:9' && titles.length <= LIMITS.overviewItemsMedium && titles.every((title) => title.length <= LIMITS.mediumOverviewTitle)
  const long = !fewAndMedium && titles.some((title) => title.length > LIMITS.shortOverviewTitle)
  // Four narrow columns hold titles of a line or two of short words; longer ones take three columns.
  const narrow = titles.every((title) => title.length <= LIMITS.narrowCardTitle && longestWord(title) < LIMITS.longWord)
  const perPage = long ? (shape === '4:3' ? LIMITS.overviewItemsLong - 1 : LIMITS.overviewItemsLong) : narrow ? LIMITS.overviewItems : LIMITS.overviewItemsMedium
  // As many pages as needed, filled evenly (13 titles at four a page: 4, 3, 3, 3), so no card stands alone.
  const pages = Math.ceil(titles.length / perPage)
  const paged: string[][] = []
  let start = 0
  for (let page = 0; page < pages; page++) {
    const size = Math.floor(titles.length / pages) + (page < titles.length % pages ? 1 : 0)
    paged.push(titles.slice(start, start + size))
    start += size
  }
  return paged
}

/** Characters of the longest word of a text. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/[\s\u00a0\u202f-]+/).map((word) => word.length))
}

/**
 * The length steps of an overview's heading, by the deck's shape. The heading names the roadmap
 * (`Le Programme d’action de … en huit piliers (1/2)`), so a long French name wraps to three or
 * four lines at full size and pushes the second row of cards into the footer: it steps down to
 * two lines, and the cards under a smaller heading take the compact layout (badge beside title).
 * A 16:9 heading wraps at full size from about 46 characters (`The Rome Pledge on Girls' Learning
 * in four pillars`), and two lines of heading over two rows of full cards reach the footer: so the
 * first step starts at 44, where the heading still holds one line at full size.
 */
const OVERVIEW_HEADING_STEPS: Record<SlideShape, [number, number, number]> = {'16:9': [44, 90, 130], '4:3': [44, 66, 96]}

/** The overview heading's class: `''`, `heading-m`, `heading-s` or `heading-xs`. */
function headingStep(heading: string, shape: SlideShape = '16:9'): string {
  return sizeStep(heading.length, OVERVIEW_HEADING_STEPS[shape]).replace('size-', 'heading-')
}

/** A hyphenated compound a card holds on one line (`low-cost`, `ride-hailing`): longer ones may still break at their hyphen. */
const CARD_COMPOUND = /(?<![\p{L}\p{N}*])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+(?![\p{L}\p{N}*])/gu

/**
 * A card title with its hyphenated compounds marked, which the theme sets on one line: a narrow
 * card broke `Study low-` / `cost designs`, `Taxi and ride-` / `hailing licences`. The card is a
 * flex box, so the title goes whole in one emphasis (one box, set upright) and each compound in
 * strong emphasis inside it (set at the card's weight); a title without a compound is left as it is.
 * @param markdown the title, escaped for Marp
 * @returns the Markdown with each compound of up to `LIMITS.longWord` characters marked
 */
function compoundsWhole(markdown: string): string {
  const marked = markdown.replace(CARD_COMPOUND, (compound) => (compound.length <= LIMITS.longWord ? `**${compound}**` : compound))
  return marked === markdown ? markdown : `*${marked}*`
}

function overviewSlides(readout: Readout, shape?: SlideShape): Slide[] {
  const paged = overviewPages(readout.pillars.map((p) => p.title), shape)
  const pages = paged.length
  let number = 0
  const heading = catalogueOf(readout).pillarsHeading(readout)
  // One size for every page of the overview, from its longest title: pages of one list look alike
  // (a page of short titles was set large beside a page of small cards).
  const titles = paged.flat()
  const longest = Math.max(...titles.map((item) => item.length))
  // A long word (`Telecommunications`) takes the smaller size whatever the title's length, so it never runs out of its card.
  const step = sizeStep(longest, [40, 64, 96]) || (titles.some((item) => longestWord(item) >= LIMITS.longWord) ? 'size-m' : '')
  // One grid for every page of two rows of cards, the largest page's (14 pillars: 4, 4, 3, 3 were two
  // rows of two, then three tall cards): a page one card short widens its last card (theme.css).
  const most = Math.max(...paged.map((items) => items.length))
  return paged.map((items, page) => {
    const title = pages > 1 ? `${heading} (${page + 1}/${pages})` : heading
    const lines = [classes('overview', `count-${most >= 4 ? most : items.length}`, step, headingStep(title, shape)), '', `## ${escapeInline(title)}`, '']
    const first = number + 1
    for (const item of items) lines.push(`${++number}. ${compoundsWhole(escapeBlock(item))}`)
    const notes = notesOf(items)
    lines.push('', notes.comment)
    return {kind: 'overview' as const, title, markdown: lines.join('\n'), notes: notes.text, content: {heading: title, points: items, numbered: first}}
  })
}

/**
 * The length steps of a pillar's heading, by the deck's shape: its column on a 4:3 slide is about
 * three quarters as wide as on 16:9 (960 px against 1280), so a heading wraps sooner and steps
 * down sooner (the seed's 52-character third heading took three lines at 4:3 and, with three
 * points, ran 6 px past the content area).
 */
const HEADING_STEPS: Record<SlideShape, [number, number, number]> = {'16:9': [LIMITS.longTitle, 90, 130], '4:3': [Math.round(LIMITS.longTitle * 0.75), 67, 97]}

/** Characters of a pillar's heading that fit on its first line at full size. */
const HEADING_LINE_CHARS: Record<SlideShape, number> = {'16:9': 22, '4:3': 18}

function pillarSlide(readout: Readout, index: number, shape: SlideShape = '16:9'): Slide {
  const pillar = readout.pillars[index]
  const number = String(index + 1)
  const heading = pillar.title
  // Condensing normalises spaces: French points get their no-break spaces again.
  // (never the title again: a body that only restates it leaves the slide to its heading)
  // (nor a run-in label that names it again, `Carbon credits — Partners agreed …` under `Carbon credits`)
  const points = pointsFrom(pillar.body, readout.lang).filter((point) => !repeatsTitle(point, heading)).map((point) => typeset(readout, withoutTitleLabel(point, heading)))
  const text = points.join(' ').length
  // A heading on two lines takes the room of about 60 characters of points (four points of two
  // lines each under `Coordinated national action plans` ran into the footer).
  const dense = text > 300 || (text > 240 && heading.length > HEADING_LINE_CHARS[shape])
  const lines = [classes('pillar', sizeStep(heading.length, HEADING_STEPS[shape]), dense ? 'dense' : ''), '', escapeBlock(number), '', `## ${escapeInline(heading)}`, '']
  for (const point of points) lines.push(`- ${escapeBlock(point)}`)
  const notes = notesOf([pillar.title, pillar.body])
  lines.push('', notes.comment)
  return {kind: 'pillar', title: pillar.title, markdown: lines.join('\n'), notes: notes.text, content: {number, heading, points}}
}

/**
 * The key-figures slides: one, with the hero figure, the growth pair and the rest; or, when three
 * or more figures stand beside the hero and their labels are long (unit words such as `million`
 * counting as a line of label), a second slide for the last two,
 * so that no label runs into the footer (on a 4:3 slide also when a value has unit words).
 * @param readout the structured readout
 * @param shape the deck's shape
 * @returns one or two slides
 */
function figuresSlides(readout: Readout, shape: SlideShape = '16:9'): Slide[] {
  const words = catalogueOf(readout)
  const ranking = rankFigures(readout.figures, undefined, words, meetingYearOf(readout), LIMITS.figureLabelChars)
  const {growth, others: ranked} = ranking
  // Beside the hero a sum whose unit words take more than a line (`3,3 milliards de dollars américains`) is written short (`3,3 Md $ US`).
  const normalOf = new Map(readout.figures.map((figure) => [words.formatFigure(figure.value), figure.value]))
  const short = <F extends {value: string}>(figure: F): F => ({...figure, value: words.formatFigure(normalOf.get(figure.value)!, {short: true})})
  const shortened = (figure: {value: string}) => normalOf.get(figure.value) !== undefined && (UNIT_WORDS.exec(figure.value)?.[2] ?? '').length > UNIT_LINE_CHARS
  const others = ranked.map((figure) => (shortened(figure) ? short(figure) : figure))
  // …and then the hero in the same currency too, so a deck never writes one currency two ways (`9 milliards de francs CFA`
  // over `1,5 Md FCFA`; look23): the hero's own unit words have the room, but one form reads as one pack.
  const currency = (figure: {value: string}) => (normalOf.get(figure.value) ?? '').replace(/^\+/, '').split(/\s*\d/)[0]
  const shortCurrencies = new Set(ranked.filter(shortened).map(currency).filter(Boolean))
  const hero = ranking.hero && UNIT_WORDS.test(ranking.hero.value) && shortCurrencies.has(currency(ranking.hero)) ? short(ranking.hero) : ranking.hero
  const secondary = [...(growth ? [growth] : []), ...others]
  const longest = Math.max(0, ...secondary.map((f) => f.label.length))
  // A value's unit words (`23 million`) take a line of label: beside the hero, in a column of three, that is about 20 characters.
  const longestWithUnits = Math.max(0, ...secondary.map((f) => f.label.length + (UNIT_WORDS.test(f.value) ? UNIT_LINE_CHARS : 0)))
  // On a 4:3 slide a value's unit line takes the room of a label line: units and three or more figures beside the hero split too.
  const units = shape === '4:3' && [hero!, ...secondary].some((figure) => UNIT_WORDS.test(figure.value))
  const split = (longestWithUnits > LIMITS.longFigureLabel || units) && secondary.length > 2
  // The second slide takes the last two, so neither slide shows a figure alone beside nothing.
  const first = split ? secondary.slice(0, -2) : secondary
  const rest = split ? secondary.slice(-2) : []
  const heading = (page: number) => (split ? `${words.keyFigures} (${page}/2)` : words.keyFigures)
  const all = readout.figures.map((f) => f.sentence)
  // Split, each slide's notes say the sentences of its own figures (the first keeps any not shown).
  const ofRest = new Set(rest.flatMap((figure) => figure.sentences ?? []))
  const ofFirst = new Set([hero!, ...first].flatMap((figure) => figure.sentences ?? []))
  const notesFor = (page: number) => notesOf(!split ? all : page === 2 ? all.filter((s) => ofRest.has(s)) : all.filter((s) => ofFirst.has(s) || !ofRest.has(s)))
  const slide = (classNames: string[], title: string, shown: Array<{value: string; label: string}>, content: SlideContent, notes = notesFor(1)): Slide => {
    const lines = [classes(...classNames), '', `## ${escapeInline(title)}`, '']
    for (const figure of shown) lines.push(`- ${figureValue(figure.value)} ${escapeInline(figure.label)}`)
    lines.push('', notes.comment)
    return {kind: 'figures', title, markdown: lines.join('\n'), notes: notes.text, content: {heading: title, ...content}}
  }
  const inFirst = (figure: {label: string}) => first.includes(figure as never)
  const slides = [slide(['figures', `secondary-${first.length}`, longest > LIMITS.longFigureLabel ? 'long-labels' : '', heroChars(hero!.value)], heading(1), [hero!, ...first], {hero, growth: growth && inFirst(growth) ? growth : undefined, figures: others.filter(inFirst)})]
  if (split) slides.push(slide(['figures', 'figures-rest', `secondary-${rest.length}`, 'long-labels'], heading(2), rest, {figures: rest.map(({value, label}) => ({value, label}))}, notesFor(2)))
  return slides
}

/**
 * The hero's length class, `hero-chars-7` to `hero-chars-12`, for a number of seven characters or
 * more (`€380,000`, `1,250,000`; its unit words are on a line of their own): the theme sets such a
 * number at a size its column holds, rather than let the column widen and squeeze the figures beside it.
 * @param value the hero's value as shown
 * @returns the class, or `''` for a shorter number
 */
export function heroChars(value: string): string {
  const chars = [...(UNIT_WORDS.exec(value)?.[1] ?? value)].length
  return chars >= 7 ? `hero-chars-${Math.min(chars, 12)}` : ''
}

/** Characters of label a figure's unit line takes the room of, in a column of three beside the hero (16:9). */
const UNIT_LINE_CHARS = 20


/**
 * A figure's value as Markdown: the number in bold and its unit words, if any, after it in
 * italics, which the theme sets on a smaller line of their own (`**14,2** *milliards de dollars*`),
 * so a long value in any language takes two lines at most and leaves room for its label.
 * @param value the value as shown, e.g. `$14.2 billion`, `14,2 milliards de dollars`, `12 → 80`
 * @returns the Markdown of the value
 */
export function figureValue(value: string): string {
  const split = UNIT_WORDS.exec(value)
  return split ? `**${escapeInline(split[1])}** *${escapeInline(split[2])}*` : `**${escapeInline(value)}**`
}

function closingSlide(readout: Readout, shape?: SlideShape): Slide {
  const source = readout.outlook.length ? readout.outlook : readout.context
  const words = catalogueOf(readout)
  // the key message has its own slide: an outlook sentence that repeats it (a quote read as outlook) is not shown again
  const next = nextSteps(readout.outlook, words.nextStep, words.pointsBack).filter((step) => !repeats(step, readout.keyMessage)).map(balanceQuotes)
  // The forward-looking sentences of the outlook (next meeting, "will", target years), condensed; the next steps have their own panel.
  const inNext = (sentence: string) => next.some((step) => step === sentence || step.startsWith(`${sentence} `) || step.endsWith(` ${sentence}`))
  const forward = outlookPoints(source.map((paragraph) => splitSentences(paragraph).map((s) => s.text).filter((sentence) => !inNext(sentence)).join(' ')).filter(Boolean), readout.lang, words.pointsBack).filter((point) => !repeats(point, readout.keyMessage)).slice(0, next.length ? 2 : 3).map((point) => typeset(readout, point))
  // the next steps come first: an outlook point only while the slide keeps to a slide's text (about six lines), so that long next steps never crowd the sign-off
  let room = LIMITS.pointBudget - next.join(' ').length
  const condensed = next.length ? forward.filter((point) => (room -= point.length) >= 0) : forward
  // An outlook the brief shows is on the slide too, also when none of its sentences condenses to a point of its own
  // (a resolution's `To hold the Twelfth Ordinary Meeting …`; it was left to the notes and the slide became the end card).
  const points = condensed.length || next.length || !readout.outlook.length ? condensed : outlookAsShown(withoutLeadIns(withoutQuote(readout.outlook, readout.keyMessage), true), readout.lang).filter((point) => !repeats(point, readout.keyMessage)).map((point) => typeset(readout, point))
  // With nothing ahead to show, the slide is the deck's end card, as a design team closes a deck: the meeting's title
  // over the sign-off, no `Looking ahead` heading over nothing ahead (it was that heading over the title as its only line).
  // Never the key message, which has its own slide.
  const endCard = !points.length && !next.length
  const heading = endCard ? typeset(readout, readout.title) : words.lookingAhead
  const lines = [classes('closing', next.length ? 'with-next' : '', endCard ? `end ${sizeStep(heading.length, [40, 70, 110])}` : ''), "<!-- _footer: '' -->", '', `## ${endCard ? compoundsKeptWhole(escapeInline(heading), readout.lang, (number) => `*${number}*`) : heading}`, '']
  for (const point of points) lines.push(`- ${escapeBlock(point)}`)
  // The next steps as a quote block: the theme sets it as a boxed "Next" panel.
  if (next.length) lines.push('', ...next.map((step, i) => `${i ? '>\n' : ''}> ${escapeBlock(asSentence(step))}`))
  // The sign-off holds one line, as the running footer: who met gives way to where and when when it is long (`Nous, ministres chargés de … de l’Ouest`).
  const fullSignOff = [meetingBy(readout), placeAndDate(readout)].filter(Boolean).join(SEPARATOR)
  const signOff = fullSignOff.length > (shape === '4:3' ? LIMITS.signOffChars4x3 : LIMITS.signOffChars) && placeAndDate(readout) ? placeAndDate(readout)! : fullSignOff
  if (signOff) lines.push('', escapeBlock(signOff))
  const notes = notesOf(source.length ? source : [readout.title])
  lines.push('', notes.comment)
  return {kind: 'closing', title: heading, markdown: lines.join('\n'), notes: notes.text, content: {heading, points, next: next.map(asSentence), signOff, lines: []}}
}
