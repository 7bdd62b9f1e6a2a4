import type * as Docx from 'docx'
import {capitalise} from '../scripts/capitalise.js'
import {placeAndDate} from '../slides/meeting.js'
import {zipReproducibly, type ZipParts} from '../scripts/reproducible-zip.js'
import {displayDates} from '../scripts/structure/parse-dates.js'
import type {Readout} from '../scripts/structure/readout.js'
import {listNumberEm} from '../scripts/theme/fallback-font.js'
import {tokens, type ThemeColors} from '../scripts/theme/tokens.js'
import {ordinalParts} from '../scripts/theme/typography.js'
import {xmlSafe} from '../scripts/xml-text.js'
import {catalogueOf, quotedIn} from '../scripts/theme/catalogue/index.js'
import {speakerCredit} from '../scripts/theme/key-message-credit.js'
import {asSentence, typesetReadout, withFullStop, whoMetParts, withoutLeadIns, withoutQuote, withoutRepeats} from '../scripts/theme/vocabulary.js'

/** Document properties of the Word brief. */
export interface DocxProperties {
  title: string
  creator?: string
  subject?: string
  keywords?: string[]
}

/** Options of the Word brief. */
export interface DocxOptions {
  /** Paper size; A4 by default. */
  paper?: 'A4' | 'Letter'
  /** Language of the text; `en-GB` by default. */
  lang?: string
  /** A protective marking shown in the header and footer of every page, e.g. `OFFICIAL`. */
  marking?: string
  /** Date of issue, `YYYY-MM-DD`, shown under the meeting line. */
  issued?: string
  /** Reference of the document, shown under the meeting line. */
  reference?: string
  /** A logo above the title (PNG), with its alt text and its width over height. */
  logo?: {data: Uint8Array; alt: string; aspect: number}
  /** A brand's theme colours; the seed's by default. */
  colors?: ThemeColors
  /** A brand's font family; the theme's sans by default. */
  font?: string
}

/** Page sizes in twentieths of a point. */
const PAPER = {A4: {width: 11906, height: 16838}, Letter: {width: 12240, height: 15840}}

/** The theme's sans family by name (`Source Sans 3`), the first of the CSS font list. */
const THEME_FONT = tokens.font.sans.split(',')[0].replace(/['"]/g, '').trim()
/** What Word shows when the theme's family is not installed: named in the font table. */
const FALLBACK_FONT = 'Arial'

/** Theme colours as Word writes them: `RRGGBB`, no `#`. */
function coloursOf(colors: ThemeColors): (name: keyof typeof tokens.color) => string {
  return (name) => colors[name].slice(1).toUpperCase()
}

/**
 * Make the brief as an editable Word document from the readout: title and meeting line, the key
 * message in a quote style, context, the numbered pillars with their full text under Word heading
 * styles (so the navigation pane and a table of contents work), the key figures as a table, the
 * outlook; a header with the short title, a footer with "Page X of Y", the marking in both when
 * given; document properties and language. Reproducible: no date from the clock.
 * @param given the structured readout (French text is given its no-break spaces)
 * @param properties title, creator, subject and keywords
 * @param options paper, language and marking
 * @returns the `.docx` bytes
 */
export async function makeDocx(given: Readout, properties: DocxProperties, options: DocxOptions = {}): Promise<Uint8Array> {
  const readout = typesetReadout(given)
  const docx = await import('docx')
  const {AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType} = docx
  const colour = coloursOf(options.colors ?? tokens.color)
  const FONT = options.font ?? THEME_FONT
  const t = (text: string) => xmlSafe(text)
  const words = catalogueOf(readout)
  const lang = options.lang ?? words.locale
  const paper = PAPER[options.paper ?? 'A4']
  const margin = 1134 // 20 mm
  const contentWidth = paper.width - 2 * margin

  const body: Array<Docx.Paragraph | Docx.Table> = []
  // French `1er`, `1re` with their letters raised, as the PDF brief sets them (`1er septembre` stood on the line)
  const runs = (text: string, style: Docx.IRunOptions = {}) => (words.lang === 'fr' ? ordinalParts(text) : [{text, raised: false}]).map((part) => new TextRun({...style, text: t(part.text), ...(part.raised ? {superScript: true} : {})}))
  const para = (text: string, extra: Partial<Docx.IParagraphOptions> = {}) => new Paragraph({...extra, children: runs(text)})
  if (options.logo) {
    // 18 mm high, as in the printed brief's masthead (EMU-free: docx takes pixels at 96 dpi).
    const height = 68
    const {data, alt, aspect} = options.logo
    body.push(new Paragraph({spacing: {after: 200}, children: [new ImageRun({type: 'png', data, transformation: {width: Math.round(height * aspect), height}, altText: {name: 'Logo', title: t(alt), description: t(alt)}})]}))
  }
  body.push(new Paragraph({heading: HeadingLevel.TITLE, children: runs(readout.title)}))
  const meeting = [whoMetParts(readout).join(' · '), placeAndDate(readout)].filter(Boolean).join(' — ')
  if (meeting) body.push(para(meeting, {style: 'Subtitle'}))
  const issue = [options.issued ? `${words.issued} ${displayDates(options.issued, options.issued, words.locale)}` : '', options.reference ? `${words.reference} ${options.reference}` : ''].filter(Boolean).join(' · ')
  if (issue) body.push(para(issue, {style: 'Subtitle'}))
  // Who said the key message, when the text names someone (the subtitle names the meeting already): an em-dash line under the quote
  const credit = speakerCredit(readout)
  if (readout.keyMessage) body.push(para(quotedIn(words, readout.keyMessage), {style: 'Quote', ...(credit ? {spacing: {after: 60}, keepNext: true} : {})}))
  if (readout.keyMessage && credit) body.push(para(`— ${credit}`, {style: 'QuoteCredit'}))

  // Each thing once, as in the PDF brief: not the key message again (it is the pull quote), nor a
  // sentence the dateline said, nor a lead-in whose list became the pillars.
  const context = withoutLeadIns(withoutQuote(withoutRepeats([readout.dateline, ...readout.context].filter((p): p is string => Boolean(p))), readout.keyMessage))
  if (context.length) {
    body.push(para(words.context, {heading: HeadingLevel.HEADING_1}))
    for (const paragraph of context) body.push(para(paragraph))
  }

  body.push(para(words.roadmapHeading(readout.roadmap), {heading: HeadingLevel.HEADING_1}))
  for (const pillar of readout.pillars) {
    body.push(para(pillar.title, {heading: HeadingLevel.HEADING_2, numbering: {reference: 'pillars', level: 0}}))
    body.push(para(asSentence(pillar.body)))
  }

  if (readout.figures.length) {
    body.push(para(words.keyFigures, {heading: HeadingLevel.HEADING_1}))
    const cell = (text: string, width: number, header = false, keepNext = header) =>
      new TableCell({
        width: {size: width, type: WidthType.DXA},
        shading: header ? {type: ShadingType.CLEAR, fill: colour('tint'), color: 'auto'} : undefined,
        margins: {top: 60, bottom: 60, left: 100, right: 100},
        children: [new Paragraph({keepNext, children: runs(text, {bold: header})})],
      })
    const valueWidth = Math.round(contentWidth * 0.22)
    const labelWidth = Math.round(contentWidth * 0.3)
    const sentenceWidth = contentWidth - valueWidth - labelWidth
    // A sentence that gives several figures is shown once, its cell spanning their rows (was the
    // same source sentence three times over, one per figure)
    const spans = sentenceSpans(readout.figures.map((figure) => figure.sentence))
    // (the rows that share a sentence stay on one page, each kept with the next but the group's last: the sentence's
    // cell broke across a page, its end under a row of its own on the next)
    const keptWithNext = spans.map((_, index) => spans[index + 1] === 0)
    const rows = readout.figures.map(
      (figure, index) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({width: {size: valueWidth, type: WidthType.DXA}, margins: {top: 60, bottom: 60, left: 100, right: 100}, children: [new Paragraph({keepNext: keptWithNext[index], children: [new TextRun({text: t(words.formatFigure(figure.value)), bold: true, color: colour('navy')})]})]}),
            cell(words.figureLabel(words.formatFigure(figure.value), figure.label), labelWidth, false, keptWithNext[index]),
            ...(spans[index] ? [new TableCell({width: {size: sentenceWidth, type: WidthType.DXA}, rowSpan: spans[index], margins: {top: 60, bottom: 60, left: 100, right: 100}, children: [new Paragraph({keepNext: spans[index] > 1, children: runs(figure.sentence, {size: 18, color: colour('muted')})})]})] : []),
          ],
        }),
    )
    const rule = {style: BorderStyle.SINGLE, size: 4, color: colour('rule')}
    const none = {style: BorderStyle.NONE, size: 0, color: 'auto'}
    body.push(
      new Table({
        width: {size: contentWidth, type: WidthType.DXA},
        columnWidths: [valueWidth, labelWidth, sentenceWidth],
        borders: {top: rule, bottom: rule, insideHorizontal: rule, left: none, right: none, insideVertical: none},
        rows: [new TableRow({tableHeader: true, cantSplit: true, children: [cell(words.figure, valueWidth, true), cell(words.whatItCounts, labelWidth, true), cell(words.whereItComesFrom, sentenceWidth, true)]}), ...rows],
      }),
    )
  }

  if (readout.outlook.length) {
    body.push(para(words.outlook, {heading: HeadingLevel.HEADING_1}))
    // (ended as the pillars are: a list item's `to meet again …` without its full stop reads as cut off)
    for (const paragraph of readout.outlook) body.push(para(asSentence(paragraph)))
  }
  // the source cited as the PDF brief and the site cite it: the meeting, named by the document's kind
  body.push(para(`${words.source}${words.lang === 'fr' ? '\u00A0' : ''}: ${withFullStop(words.citation(readout))}`, {style: 'SourceLine'}))

  const small = {size: 18, color: colour('muted')}
  const marking = options.marking ? t(options.marking) : undefined
  const markingLine = () => new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({text: marking!, bold: true, size: 20, color: colour('ink')})]})
  const shortTitle = t(capitalise(readout.roadmap ?? readout.title, {keepBeforeCapital: true}))
  const header = new Header({children: [...(marking ? [markingLine()] : []), new Paragraph({children: [new TextRun({text: shortTitle, ...small})]})]})
  const firstHeader = new Header({children: marking ? [markingLine()] : [new Paragraph({})]})
  const pageLine = new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({...small, children: [words.page, PageNumber.CURRENT, words.of, PageNumber.TOTAL_PAGES]})],
  })
  const footer = () => new Footer({children: [...(marking ? [markingLine()] : []), pageLine]})

  const heading = (size: number, before: number, colourName: keyof typeof tokens.color = 'navy') => ({
    run: {font: FONT, size, bold: true, color: colour(colourName)},
    paragraph: {spacing: {before, after: 120}, keepNext: true, keepLines: true},
  })
  const document = new Document({
    title: t(properties.title),
    creator: properties.creator ? t(properties.creator) : undefined,
    lastModifiedBy: properties.creator ? t(properties.creator) : undefined,
    subject: properties.subject ? t(properties.subject) : undefined,
    keywords: properties.keywords?.map(t).join(', '),
    description: readout.keyMessage ? t(readout.keyMessage) : undefined,
    theme: {fonts: {headings: FONT, body: FONT}},
    styles: {
      default: {
        document: {run: {font: FONT, size: 22, color: colour('ink'), language: {value: lang}}, paragraph: {spacing: {after: 140, line: 300, lineRule: LineRuleType.AUTO}}},
        title: {run: {font: FONT, size: 48, bold: true, color: colour('navy')}, paragraph: {spacing: {after: 80}}},
        heading1: heading(30, 360),
        heading2: heading(24, 240),
        heading3: heading(22, 200, 'ink'),
      },
      paragraphStyles: [
        {id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: {size: 24, color: colour('muted')}, paragraph: {spacing: {after: 240}}},
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: {size: 30, bold: true, color: colour('navy')},
          paragraph: {spacing: {before: 120, after: 240, line: 264, lineRule: LineRuleType.AUTO}, indent: {left: 284}, border: {left: {style: BorderStyle.SINGLE, size: 36, color: colour('accent'), space: 12}}},
        },
        {
          id: 'QuoteCredit',
          name: 'Quote credit',
          basedOn: 'Normal',
          next: 'Normal',
          run: {size: 20, color: colour('muted')},
          paragraph: {spacing: {after: 240}, indent: {left: 284}, keepLines: true, border: {left: {style: BorderStyle.SINGLE, size: 36, color: colour('accent'), space: 12}}},
        },
        {id: 'SourceLine', name: 'Source line', basedOn: 'Normal', run: {size: 18, italics: true, color: colour('muted')}, paragraph: {spacing: {before: 360}}},
      ],
    },
    numbering: {
      config: [{reference: 'pillars', levels: [{level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: {paragraph: {indent: {left: numberIndent(readout.pillars.length), hanging: numberIndent(readout.pillars.length)}}}}]}],
    },
    sections: [
      {
        properties: {page: {size: paper, margin: {top: margin, bottom: margin, left: margin, right: margin, header: 567, footer: 567}}, titlePage: true},
        headers: {default: header, first: firstHeader},
        footers: {default: footer(), first: footer()},
        children: body,
      },
    ],
  })
  return zipReproducibly(await docxParts(Packer, document), FONT === THEME_FONT ? nameFallbackFont : (_name, xml) => xml)
}

/** What docx's packer compiles a document to before zipping it: its parts by name, in order. */
type Compiler = {compile: (file: Docx.File) => Map<string, string | Uint8Array | ArrayBuffer>}

/**
 * The document's parts, unzipped. docx's `Packer` compiles the parts with its `compiler` and then
 * zips them (DEFLATE); the parts are taken from that compiler, so that they are not compressed,
 * decompressed and compressed again (~0.1 s of the Office thread). `compiler` is not in docx's
 * typings: where a version has none, the packed file is unzipped instead.
 * @param packer docx's `Packer`
 * @param document the document
 * @returns its parts by name, in docx's order
 */
export async function docxParts(packer: Pick<typeof Docx.Packer, 'toBuffer'>, document: Docx.File): Promise<ZipParts> {
  const compiler = (packer as unknown as {compiler?: Partial<Compiler>}).compiler
  if (typeof compiler?.compile === 'function') return compiler.compile(document)
  const {unzipSync} = await import('fflate')
  return Object.entries(unzipSync(await packer.toBuffer(document)))
}

/**
 * The indent of the numbered pillar headings, in twentieths of a point: 8 mm, or, for ten pillars
 * or more, room for the last number and its full stop in the wider fallback font (`listNumberEm`, bold
 * as the headings are) and a gap of 0.6 em, at the heading's 12 pt, so `10.` is not set against its
 * title (`10.Reporting`). A slide's numbered list uses the same measure in the regular weight.
 * @param last the last pillar's number
 * @returns the indent
 */
function numberIndent(last: number): number {
  return Math.max(454, Math.ceil(12 * (listNumberEm(last, 'bold') + 0.6) * 20))
}

/** Name the fallback face in Word's font table, for offices without the theme's family. */
function nameFallbackFont(name: string, xml: string): string {
  const FONT = THEME_FONT
  if (name !== 'word/fontTable.xml') return xml
  const entry = `<w:font w:name="${FONT}"><w:altName w:val="${FALLBACK_FONT}"/><w:panose1 w:val="020B0503030403020204"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`
  if (xml.includes(`w:name="${FONT}"`)) return xml.replace(new RegExp(`<w:font w:name="${FONT}"(?:/>|>[\\s\\S]*?</w:font>)`), entry)
  if (xml.includes('</w:fonts>')) return xml.replace('</w:fonts>', `${entry}</w:fonts>`)
  return xml.replace(/(<w:fonts\b[^>]*?)\s*\/>\s*$/, `$1>${entry}</w:fonts>`)
}

/**
 * How many rows each figure's source sentence spans in the Word table: a run of figures from one
 * sentence gives its first row the run's length and the others 0 (their cell is the first one's).
 */
export function sentenceSpans(sentences: string[]): number[] {
  const spans = sentences.map(() => 1)
  let first = 0
  for (let index = 1; index < sentences.length; index++) {
    if (sentences[index] === sentences[first]) {
      spans[first]++
      spans[index] = 0
    } else first = index
  }
  return spans
}
