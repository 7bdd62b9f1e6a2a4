import type Pptxgenjs from 'pptxgenjs'
import {escapeHtml} from '../scripts/html.js'
import {reproducibleZip} from '../scripts/reproducible-zip.js'
import {tokens, type ThemeColors} from '../scripts/theme/tokens.js'
import {xmlSafe} from '../scripts/xml-text.js'
import {UNIT_WORDS} from '../scripts/theme/figure-hierarchy.js'
import {FALLBACK_WIDTHS, listNumberEm} from '../scripts/theme/fallback-font.js'
import type {Slide} from './make-slides.js'
import {catalogueFor} from '../scripts/theme/catalogue/index.js'

// pptxgenjs's types describe a CommonJS module: the class and its namespace are under `default`.
type PptxGenJS = Pptxgenjs.default
type ImageProps = Pptxgenjs.default.ImageProps

/** What goes into the PowerPoint file. */
export interface PptxInput {
  /** The deck's slides (`makeSlides(readout).slides`): their visible content and notes. */
  slides: Slide[]
  title: string
  author?: string
  subject?: string
  company?: string
  /** Footer of the content slides, e.g. `Paris Roadmap · Paris, 24–25 June 2019`. */
  footer?: string
  /** Language of the text, e.g. `en-GB`. */
  lang?: string
  /** Slide size in inches; 16:9 (10 × 5.625) by default, 4:3 is 10 × 7.5. */
  size?: {width: number; height: number}
  /** A logo on every slide (PNG, JPEG or SVG), with its alt text; given its width over height (`aspect`), it must be a PNG and is not read to find its size. */
  logo?: {data: Uint8Array; alt: string; aspect?: number}
  /** A protective marking shown at the top and the bottom of every slide, e.g. `OFFICIAL`. */
  marking?: string
  /** A brand's theme colours; the seed's by default. */
  colors?: ThemeColors
  /** A brand's font family for every text; the theme's sans by default. */
  font?: string
}

/** 16:9 in inches, PowerPoint's own `LAYOUT_16x9`. */
export const SIZE_16_9 = {width: 10, height: 5.625}

/** The theme's sans family by name (`Source Sans 3`), the first of the CSS font list. */
export const FONT = tokens.font.sans.split(',')[0].replace(/['"]/g, '').trim()
/**
 * How Office recognises the family's kind when it is not installed (PANOSE of Source Sans: a
 * Latin sans-serif text face; `pitchFamily` 34 is "Swiss, variable pitch"), so that it shows a sans
 * such as Arial rather than a serif. DrawingML has no field naming a fallback family.
 */
const FONT_CLASS = 'panose="020B0503030403020204" pitchFamily="34" charset="0"'

/** The colours and family a deck is drawn with: a theme colour as PowerPoint writes it (`RRGGBB`, no `#`). */
interface Look {
  colour: (name: keyof typeof tokens.color) => string
  font: string
}

function lookOf(input: PptxInput): Look {
  const colors = input.colors ?? tokens.color
  return {colour: (name) => colors[name].slice(1).toUpperCase(), font: input.font ?? FONT}
}

const MASTER = {title: 'BP_TITLE', message: 'BP_MESSAGE', dark: 'BP_DARK', end: 'BP_END', content: 'BP_CONTENT', figures: 'BP_FIGURES', pillar: 'BP_PILLAR'} as const

/**
 * Make an editable PowerPoint deck from the slide model: a slide master per kind of slide in the
 * theme's colours and font, each slide's title in a title placeholder, points as bullet text in a
 * body placeholder, key figures as text boxes, slide numbers, the full text in the speaker notes,
 * and document properties. No picture but the optional logo. Reproducible: no date from the clock.
 * @param input slides, metadata and options
 * @returns the `.pptx` bytes
 */
export async function makePptx(input: PptxInput): Promise<Uint8Array> {
  // Loaded on first use (see `preloadFinishing`). pptxgenjs's types describe a CommonJS module;
  // at run time the default export is the class.
  const PptxGen = (await import('pptxgenjs')).default as unknown as typeof Pptxgenjs.default
  const pptx = new PptxGen()
  const size = input.size ?? SIZE_16_9
  pptx.defineLayout({name: 'BRIEFING', width: size.width, height: size.height})
  pptx.layout = 'BRIEFING'
  pptx.title = xmlSafe(input.title)
  if (input.author) pptx.author = xmlSafe(input.author)
  if (input.subject) pptx.subject = xmlSafe(input.subject)
  // pptxgenjs escapes title, author and subject but writes <Company> as given: `Food & Rural Affairs` broke app.xml.
  if (input.company ?? input.author) pptx.company = escapeHtml(xmlSafe((input.company ?? input.author)!))
  const look = lookOf(input)
  pptx.theme = {headFontFace: look.font, bodyFontFace: look.font}
  const logo = input.logo ? await logoImage(input.logo, size) : undefined
  defineMasters(pptx, size, input, look, logo)
  const lang = input.lang ?? 'en-GB'
  for (const slide of input.slides) addSlide(pptx, slide, size, lang, look)
  const written = (await pptx.write({outputType: 'uint8array'})) as Uint8Array
  return reproducibleZip(written, tidyPart)
}

/** Where the end card's accent rule stands, as a share of the slide's height: the HTML deck's, under its centred title. */
const END_RULE = 0.56

/** Whether a slide is the deck's end card: a closing slide with no point and no next step (`closingSlide`). */
function isEndCard(slide: Slide): boolean {
  return slide.kind === 'closing' && !slide.content.points?.length && !slide.content.next?.length
}

type Size = {width: number; height: number}
/** A pillar slide's boxes (`pillarFrame`), in inches. */
type PillarFrame = {master: string; badge: number; columnX: number; columnW: number; ruleY: number; bodyY: number; pointSize: number}
type Logo = ImageProps

/** Margins and boxes shared by the masters and slides, in inches. */
function frame(size: Size) {
  const left = 0.75
  const bar = 0.19
  return {left, darkLeft: 0.86, bar, right: size.width - 0.75, width: size.width - 1.5, top: 0.62, titleH: 1.05, bodyTop: 2.0, bottom: size.height - 0.62}
}

/** The logo at 0.45 in high, top right, keeping its proportions. */
async function logoImage(logo: NonNullable<PptxInput['logo']>, size: Size): Promise<Logo> {
  // A brand's logo comes with its proportions: no need to load sharp on the Office thread.
  const meta = logo.aspect ? {width: logo.aspect, height: 1, format: 'png'} : await (await import('sharp')).default(logo.data).metadata()
  const h = 0.45
  const w = Math.min(2.5, (h * (meta.width ?? 1)) / (meta.height ?? 1))
  const type = meta.format === 'svg' ? 'svg+xml' : meta.format === 'jpeg' ? 'jpeg' : 'png'
  return {data: `data:image/${type};base64,${Buffer.from(logo.data).toString('base64')}`, x: size.width - 0.3 - w, y: 0.2, w, h, altText: xmlSafe(logo.alt)}
}

function defineMasters(pptx: PptxGenJS, size: Size, input: PptxInput, look: Look, logo?: Logo): void {
  const {colour} = look
  const f = frame(size)
  const font = {fontFace: look.font}
  // The marking top and bottom centre, in the margins, as in the deck and the PDFs; the bottom one
  // below the footer line.
  const marking = (dark: boolean): NonNullable<Pptxgenjs.default.SlideMasterProps['objects']> => {
    if (!input.marking) return []
    const options = {...font, x: 2, w: size.width - 4, h: 0.3, fontSize: 10, bold: true, align: 'center' as const, color: colour(dark ? 'onNavy' : 'ink'), charSpacing: 1}
    return [
      {text: {text: xmlSafe(input.marking), options: {...options, y: 0.12}}},
      {text: {text: xmlSafe(input.marking), options: {...options, y: size.height - 0.34, margin: 0, valign: 'bottom' as const}}},
    ]
  }
  // On a dark ground the logo sits on a plate of paper, so that any logo reads (as in the HTML deck).
  const box = logo as {x: number; y: number; w: number; h: number} | undefined
  const plate = (dark: boolean) => (box && dark ? [{rect: {x: box.x - 0.08, y: box.y - 0.06, w: box.w + 0.16, h: box.h + 0.12, fill: {color: colour('paper')}, line: {type: 'none' as const}}}] : [])
  const extras = (dark: boolean) => [...marking(dark), ...plate(dark), ...(logo ? [{image: logo}] : [])]
  const footerText = input.footer && input.footer.length > 95 ? `${input.footer.slice(0, 94).trimEnd()}…` : input.footer
  const footer = footerText ? [{text: {text: xmlSafe(footerText), options: {...font, x: f.left, y: size.height - 0.5, w: size.width - 2.6, h: 0.3, fontSize: 10, color: colour('muted'), valign: 'middle' as const}}}] : []
  const slideNumber = (dark: boolean): Pptxgenjs.default.SlideNumberProps => ({...font, x: size.width - 1.5, y: size.height - 0.5, w: 0.75, h: 0.3, fontSize: 11, bold: true, color: colour(dark ? 'onNavyMuted' : 'muted'), align: 'right'})
  const darkGround = [{rect: {x: 0, y: 0, w: f.bar, h: size.height, fill: {color: colour('accent')}, line: {type: 'none' as const}}}]

  pptx.defineSlideMaster({
    title: MASTER.title,
    background: {color: colour('navy')},
    objects: [
      ...darkGround,
      {rect: {x: f.darkLeft, y: size.height * 0.6, w: 0.95, h: 0.07, fill: {color: colour('accent')}, line: {type: 'none'}}},
      {placeholder: {options: {...font, name: 'title', type: 'title', x: f.darkLeft, y: size.height * 0.14, w: size.width - f.darkLeft - 0.75, h: size.height * 0.42, fontSize: 40, bold: true, color: colour('onNavy'), valign: 'bottom', align: 'left', margin: 0}, text: ''}},
      {placeholder: {options: {...font, name: 'body', type: 'body', x: f.darkLeft, y: size.height * 0.6 + 0.3, w: size.width - f.darkLeft - 0.75, h: size.height * 0.3, fontSize: 18, color: colour('onNavyMuted'), valign: 'top', align: 'left', margin: 0}, text: ''}},
      ...extras(true),
    ],
  })
  // The end card (a closing slide with nothing ahead to show): the meeting's title set as the title slide sets it, its
  // accent rule under it, the block in the middle of the slide over the sign-off, as the HTML deck's `closing end` sets it
  // (it was the dark master's title at the top of the slide over an empty body).
  pptx.defineSlideMaster({
    title: MASTER.end,
    background: {color: colour('navy')},
    objects: [
      ...darkGround,
      {rect: {x: f.darkLeft, y: size.height * END_RULE, w: 0.95, h: 0.07, fill: {color: colour('accent')}, line: {type: 'none'}}},
      {placeholder: {options: {...font, name: 'title', type: 'title', x: f.darkLeft, y: size.height * (END_RULE - 0.46), w: size.width - f.darkLeft - 0.75, h: size.height * 0.42, fontSize: 40, bold: true, color: colour('onNavy'), valign: 'bottom', align: 'left', margin: 0}, text: ''}},
      ...extras(true),
    ],
    slideNumber: slideNumber(true),
  })
  pptx.defineSlideMaster({
    title: MASTER.message,
    background: {color: colour('navy')},
    objects: [
      ...darkGround,
      {placeholder: {options: {...font, name: 'title', type: 'title', x: f.darkLeft, y: f.top, w: size.width - f.darkLeft - 0.75, h: 0.4, fontSize: 14, bold: true, color: colour('accent'), valign: 'top', align: 'left', margin: 0}, text: ''}},
      // (the key message's mark in the deck's language, as the HTML deck sets it: `«` in French, never the English `“`)
      {text: {text: catalogueFor(input.lang?.split('-')[0]).quotes[0].trim(), options: {...font, x: f.darkLeft - 0.05, y: f.top + 0.35, w: 1, h: 0.8, fontSize: 80, bold: true, color: colour('accent'), margin: 0, valign: 'top'}}},
      {placeholder: {options: {...font, name: 'body', type: 'body', x: f.darkLeft, y: f.top + 1.2, w: size.width - f.darkLeft - 0.75, h: f.bottom - f.top - 1.8, fontSize: 32, bold: true, color: colour('onNavy'), valign: 'middle', align: 'left', margin: 0}, text: ''}},
      ...extras(true),
    ],
    slideNumber: slideNumber(true),
  })
  pptx.defineSlideMaster({
    title: MASTER.dark,
    background: {color: colour('navy')},
    objects: [
      ...darkGround,
      {placeholder: {options: {...font, name: 'title', type: 'title', x: f.darkLeft, y: f.top - 0.1, w: size.width - f.darkLeft - 0.75, h: f.titleH, fontSize: 30, bold: true, color: colour('onNavy'), valign: 'bottom', align: 'left', margin: 0}, text: ''}},
      {placeholder: {options: {...font, name: 'body', type: 'body', x: f.darkLeft, y: f.bodyTop, w: size.width - f.darkLeft - 0.75, h: f.bottom - f.bodyTop - 0.35, fontSize: 20, color: colour('onNavy'), valign: 'top', align: 'left', margin: 0}, text: ''}},
      ...extras(true),
    ],
    slideNumber: slideNumber(true),
  })
  const contentTop = [
    {rect: {x: 0, y: 0, w: size.width, h: 0.08, fill: {color: colour('navy')}, line: {type: 'none' as const}}},
    {rect: {x: f.left, y: f.top + f.titleH + 0.08, w: 0.75, h: 0.05, fill: {color: colour('accent')}, line: {type: 'none' as const}}},
    {placeholder: {options: {...font, name: 'title', type: 'title' as const, x: f.left, y: f.top, w: f.width, h: f.titleH, fontSize: 30, bold: true, color: colour('navy'), valign: 'bottom' as const, align: 'left' as const, margin: 0}, text: ''}},
  ]
  pptx.defineSlideMaster({
    title: MASTER.content,
    background: {color: colour('paper')},
    objects: [
      ...contentTop,
      {placeholder: {options: {...font, name: 'body', type: 'body', x: f.left, y: f.bodyTop, w: f.width, h: f.bottom - f.bodyTop, fontSize: 20, color: colour('ink'), valign: 'top', align: 'left', margin: 0}, text: ''}},
      ...footer,
      ...extras(false),
    ],
    slideNumber: slideNumber(false),
  })
  // A pillar as the HTML deck sets it: its numeral large on the left, its title and points beside it,
  // the block balanced on the slide, so that a short pillar does not hug the top and leave half the slide
  // empty. Placeholders stand where their master puts them: a master for each height of block.
  const pillarFrames = new Map(input.slides.filter((slide) => slide.kind === 'pillar').map((slide) => pillarFrame(size, slide)).map((p) => [p.master, p]))
  for (const p of pillarFrames.values()) pptx.defineSlideMaster({
    title: p.master,
    background: {color: colour('paper')},
    objects: [
      contentTop[0],
      {rect: {x: p.columnX, y: p.ruleY, w: 0.75, h: 0.05, fill: {color: colour('accent')}, line: {type: 'none' as const}}},
      {placeholder: {options: {...font, name: 'title', type: 'title' as const, x: p.columnX, y: f.top, w: p.columnW, h: p.ruleY - 0.08 - f.top, fontSize: 30, bold: true, color: colour('navy'), valign: 'bottom' as const, align: 'left' as const, margin: 0}, text: ''}},
      {placeholder: {options: {...font, name: 'body', type: 'body', x: p.columnX, y: p.bodyY, w: p.columnW, h: f.bottom - p.bodyY, fontSize: 20, color: colour('ink'), valign: 'top', align: 'left', margin: 0}, text: ''}},
      ...footer,
      ...extras(false),
    ],
    slideNumber: slideNumber(false),
  })
  // The key figures are text boxes of their own: no body placeholder left empty.
  pptx.defineSlideMaster({title: MASTER.figures, background: {color: colour('paper')}, objects: [...contentTop, ...footer, ...extras(false)], slideNumber: slideNumber(false)})
}

/** Text as one run of its own size: a placeholder's size applies to the box, a run's overrides it. */
function sized(text: string, fontSize: number): Pptxgenjs.default.TextProps[] {
  return [{text, options: {fontSize}}]
}

/** Title size that keeps `text` on at most two or three lines of the title box. */
function titleSize(text: string, sizes: [number, number, number], limits: [number, number]): number {
  return text.length <= limits[0] ? sizes[0] : text.length <= limits[1] ? sizes[1] : sizes[2]
}

function addSlide(pptx: PptxGenJS, slide: Slide, size: Size, lang: string, look: Look): void {
  const {colour} = look
  const f = frame(size)
  const c = slide.content
  const heading = xmlSafe(c.heading ?? slide.title)
  const text = {fontFace: look.font, lang}
  const p = pillarFrame(size, slide)
  const master = slide.kind === 'title' ? MASTER.title : slide.kind === 'message' ? MASTER.message : slide.kind === 'closing' ? (isEndCard(slide) ? MASTER.end : MASTER.dark) : slide.kind === 'figures' ? MASTER.figures : slide.kind === 'pillar' ? p.master : MASTER.content
  const s = pptx.addSlide({masterName: master})
  if (slide.notes) s.addNotes(xmlSafe(slide.notes))

  if (slide.kind === 'title') {
    s.addText(sized(heading, titleSize(heading, [40, 32, 24], [36, 64])), {...text, placeholder: 'title'})
    const lines = (c.lines ?? []).map((line, index) => ({text: xmlSafe(line), options: {breakLine: true, bold: index === 0, color: colour(index === 0 ? 'onNavy' : 'onNavyMuted'), paraSpaceAfter: 4}}))
    if (lines.length) s.addText(lines, {...text, placeholder: 'body', fontSize: 18})
    return
  }
  if (slide.kind === 'message') {
    s.addText(xmlSafe(slide.title.toUpperCase()), {...text, placeholder: 'title', charSpacing: 2})
    const quote = xmlSafe(c.quote ?? '')
    s.addText(sized(quote, titleSize(quote, [32, 24, 20], [90, 160])), {...text, placeholder: 'body'})
    if (c.lines?.length) s.addText(xmlSafe(`— ${c.lines.join(' · ')}`), {...text, x: f.darkLeft, y: f.bottom - 0.45, w: size.width - f.darkLeft - 0.75, h: 0.4, fontSize: 16, color: colour('onNavyMuted'), margin: 0})
    return
  }
  if (isEndCard(slide)) {
    s.addText(sized(heading, titleSize(heading, [40, 32, 24], [36, 64])), {...text, placeholder: 'title'})
    if (c.signOff) s.addText(xmlSafe(c.signOff), {...text, x: f.darkLeft, y: size.height - 0.55, w: size.width - f.darkLeft - 1.6, h: 0.35, fontSize: signOffSize(c.signOff, size.width - f.darkLeft - 1.6), color: colour('onNavyMuted'), margin: 0})
    return
  }
  s.addText(sized(heading, titleSize(heading, [30, 24, 20], [50, 80])), {...text, placeholder: 'title'})
  if (slide.kind === 'pillar') {
    // The pillar's numeral in a navy square with an accent base, as the deck shows it, level with the middle of the block.
    const y = Math.min(f.bottom - p.badge - 0.08, Math.max(f.top, p.ruleY - p.badge / 2))
    s.addShape('rect', {x: f.left, y, w: p.badge, h: p.badge, fill: {color: colour('navy')}, line: {type: 'none'}})
    s.addShape('rect', {x: f.left, y: y + p.badge, w: p.badge, h: 0.08, fill: {color: colour('accent')}, line: {type: 'none'}})
    if (c.number) s.addText(xmlSafe(c.number), {...text, x: f.left, y, w: p.badge, h: p.badge, fontSize: 60, bold: true, color: colour('onNavy'), align: 'center', valign: 'middle', margin: 0})
  }
  // The pillar's numeral, as the deck shows it beside the title.
  const kicker = slide.kind === 'pillar' ? undefined : (c.kicker ?? c.number)
  if (kicker) s.addText(xmlSafe(kicker.toUpperCase()), {...text, x: f.left, y: f.top - 0.32, w: f.width, h: 0.3, fontSize: c.kicker ? 12 : 16, bold: true, charSpacing: 2, color: colour('accentText'), margin: 0})
  if (slide.kind === 'figures') {
    // In the deck's order: the hero figure, the growth pair, then the rest.
    const ranked = [...(c.hero ? [c.hero] : []), ...(c.growth ? [{value: c.growth.value, label: c.growth.label}] : []), ...(c.figures ?? [])]
    return addFigures(s, ranked, size, lang, look, Boolean(c.hero))
  }
  const points = c.points ?? []
  const numbered = c.numbered !== undefined
  const many = points.length > 4
  // a pillar's points at the size its frame measured them to fit with a wider fallback font
  const pointSize = slide.kind === 'pillar' ? p.pointSize : bodySize(points)
  const items = points.map((point) => ({
    text: xmlSafe(point),
    options: {breakLine: true, fontSize: pointSize, paraSpaceAfter: many ? 6 : 12, bullet: numbered ? {type: 'number' as const, numberStartAt: c.numbered, indent: numberIndent(c.numbered! + points.length - 1, pointSize)} : {characterCode: '25A0', indent: BULLET_INDENT}},
  }))
  if (slide.kind === 'closing') {
    const [first] = c.lines ?? []
    const signOff = c.signOff
    const nextSteps = (c.next ?? []).map((step) => ({text: xmlSafe(step), options: {breakLine: true, fontSize: pointSize, paraSpaceAfter: 8, bullet: {characterCode: '25B8', indent: 22}}}))
    if (points.length || nextSteps.length) s.addText([...items, ...nextSteps], {...text, placeholder: 'body'})
    else if (first) s.addText(xmlSafe(first), {...text, placeholder: 'body', fontSize: 22})
    const signOffWidth = size.width - f.darkLeft - 1.6
    if (signOff) s.addText(xmlSafe(signOff), {...text, x: f.darkLeft, y: size.height - 0.55, w: signOffWidth, h: 0.35, fontSize: signOffSize(signOff, signOffWidth), color: colour('onNavyMuted'), margin: 0})
    return
  }
  // (and PowerPoint's shrink on overflow besides, for a font wider still)
  if (items.length) s.addText(items, {...text, placeholder: 'body', ...(slide.kind === 'pillar' ? {fit: 'shrink' as const} : {})})
}

/**
 * Where a pillar slide's parts stand: the numeral's square on the left, the title and points in a
 * column beside it with the accent rule between them, the block (title, rule, points, as tall as
 * they are about to be set) centred between the top and bottom margins; never higher than the
 * content slides' own title and body. One master for each position, to a twentieth of an inch.
 * @param size the slide's size
 * @param slide the pillar slide (its title and points are measured)
 * @returns the boxes, in inches, and the name of their master
 */
function pillarFrame(size: Size, slide: Slide): PillarFrame {
  const f = frame(size)
  const badge = Math.min(1.5, size.height * 0.27)
  const columnX = f.left + badge + 0.45
  const columnW = f.right - columnX
  const heading = slide.content.heading ?? slide.title
  const title = figureHeight([heading], [titleSize(heading, [30, 24, 20], [50, 80])], columnW)
  const given = slide.content.points ?? []
  // The points at the largest size (up to the one `bodySize` gives) that fits between the body's highest top and the foot of the frame
  const pointSize = POINT_SIZES.find((pt) => pt <= bodySize(given) && pointsHeight(given, columnW, pt) <= f.bottom - f.bodyTop) ?? POINT_SIZES.at(-1)!
  // centred as the theme's font sets them (0.55 em a character, as `figureHeight`), never so low that the wider font's run past the foot
  const points = given.reduce((sum, point) => sum + figureHeight([point], [pointSize], columnW - 0.3) + (given.length > 4 ? 6 : 12) / 72, 0)
  const top = ((f.top + f.bottom) - (title + 0.28 + points)) / 2
  const lowest = f.bottom - pointsHeight(given, columnW, pointSize) - 0.2
  const ruleY = Math.max(Math.round((f.bodyTop - 0.2) * 20) / 20, Math.min(Math.floor(lowest * 20) / 20, Math.round(Math.max(f.bodyTop - 0.2, top + title + 0.04) * 20) / 20))
  return {master: `${MASTER.pillar}_${Math.round(ruleY * 100)}`, badge, columnX, columnW, ruleY, bodyY: ruleY + 0.2, pointSize}
}

/** Sizes a pillar's points may take, largest first. */
const POINT_SIZES = [20, 18, 16, 15, 14]

/**
 * Average width of a point's characters, in em, in the widest font the file may be shown in: DejaVu
 * Sans, LibreOffice's fallback without Source Sans 3 (about 0.58 em in running text; a French pillar's
 * third point ran into the footer when measured at the theme font's 0.55).
 */
const FALLBACK_EM = 0.6

/** The text inset a point's bullet takes, in points. */
const BULLET_INDENT = 28

/**
 * The text inset of a numbered list whose last number is `last`, in points: a bullet's for numbers of
 * one digit; for two digits or more, room for the number and its full stop in the wider fallback font
 * (`listNumberEm`, regular: a slide's numbers are not bold) and a gap of 0.43 em, at `size` points, so
 * `10.` is not set against its title (`10.Period`). The Word brief's numbered headings use the same
 * measure in bold, with their own gap.
 */
function numberIndent(last: number, size: number): number {
  return String(last).length < 2 ? BULLET_INDENT : Math.ceil(size * (listNumberEm(last, 'regular') + 0.43))
}

/**
 * About how tall a pillar's points are in a column `width` inches wide at `size` points: lines
 * broken between words at the fallback font's width, 1.2 lines, and the space after each point.
 */
function pointsHeight(points: string[], width: number, size: number): number {
  const spacing = points.length > 4 ? 6 : 12
  const perLine = Math.max(1, Math.floor((width * 72 - BULLET_INDENT) / (size * FALLBACK_EM)))
  return points.reduce((sum, point) => sum + wrappedLines(point, perLine) * ((size * 1.2) / 72) + spacing / 72, 0)
}

/** How many lines `text` takes broken between words, `perLine` characters a line. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = used ? used + 1 + word.length : word.length
    if (width <= perLine) used = width
    else {
      lines += used ? 1 : 0
      lines += Math.floor(Math.max(0, word.length - 1) / perLine)
      used = word.length % perLine || perLine
    }
  }
  return lines
}

/** Body size that fits the points in the body box: 20 pt for a little text, down to 16 pt for four long points. */
function bodySize(points: string[]): number {
  const weight = points.reduce((sum, point) => sum + Math.max(point.length, 60), 0)
  return weight <= 300 ? 20 : weight <= 400 ? 18 : 16
}

/** Unit words longer than this (`millions d’euros`, never `billion`) take a line of their own under a figure's number. */
const LONG_UNIT_CHARS = 12

/** Average width of a figure's characters, in em, as `figureHeight` counts them (`€1.1 billion` at 40 pt fills about 3.7 in). */
const BOLD_NUMBER_EM = 0.55

/**
 * The width of a figure's number in em, in the widest font the file may be shown in (DejaVu Sans Bold,
 * LibreOffice's fallback: digits and most signs about 0.7 em, a comma, full stop or space about 0.38):
 * a hero of eight characters (`€380,000`) broke at its comma in a column of the slide at 54 pt.
 * @param number the number as shown, without its unit words
 * @returns its width in em
 */
function fallbackNumberEm(number: string): number {
  const {digit, stop} = FALLBACK_WIDTHS.bold
  return [...number].reduce((sum, char) => sum + (/[,. \u00a0\u202f]/.test(char) ? stop : digit), 0)
}

/** Sizes tried for a key figure's number, unit and label, largest first, until they fit their cell. */
const FIGURE_SCALES = [1, 0.85, 0.75, 0.65]

/**
 * About how tall lines of text set in a box are, in inches, at an average character width of 0.55 em
 * (a wider fallback font than the theme's, so a figure fits wherever the file is opened).
 * @param texts the lines' texts (undefined for a part left out)
 * @param sizes their font sizes in points
 * @param width the box's width in inches
 * @returns the height in inches at a line height of 1.2
 */
function figureHeight(texts: Array<string | undefined>, sizes: number[], width: number): number {
  return texts.reduce((sum, text, at) => {
    if (!text) return sum
    const perLine = Math.max(1, Math.floor((width * 72) / (sizes[at] * 0.55)))
    return sum + Math.ceil(text.length / perLine) * ((sizes[at] * 1.2) / 72)
  }, 0)
}

/** A key figure's box on the slide, in inches, and the size of its number in points. */
type FigureCell = {x: number; y: number; w: number; h: number; numberSize: number}

/**
 * Where the key figures stand: in a grid, or, with a hero, the hero in a column of its own as tall
 * as the grid beside it, its number larger (as the HTML deck sets it).
 */
function figureCells(count: number, size: Size, hero: boolean): FigureCell[] {
  const f = frame(size)
  const gapX = 0.4
  const gapY = 0.3
  const grid = (n: number, left: number, width: number, numberSize?: number): FigureCell[] => {
    const columns = n === 1 || n === 2 || n === 4 ? 2 : 3
    const rows = Math.ceil(n / columns)
    const w = (width - gapX * (columns - 1)) / columns
    const h = Math.min(1.5, (f.bottom - f.bodyTop - gapY * (rows - 1)) / rows)
    return Array.from({length: n}, (_, index) => ({x: left + (index % columns) * (w + gapX), y: f.bodyTop + Math.floor(index / columns) * (h + gapY), w, h, numberSize: numberSize ?? (rows > 1 ? 32 : 40)}))
  }
  // (two figures are two halves, as the HTML deck sets them)
  if (!hero || count < 3) return grid(count, f.left, f.width)
  // the others beside the hero: one above the other for two (as the HTML deck stacks them), two columns of up to
  // two rows for three or four, three for five or more
  const rest = count - 1
  const columns = rest <= 2 ? 1 : rest <= 4 ? 2 : 3
  const heroW = f.width * (columns === 1 ? 0.5 : columns === 3 ? 0.3 : 0.36)
  const restLeft = f.left + heroW + gapX
  const restW = f.width - heroW - gapX
  const rows = Math.ceil(rest / columns)
  const w = (restW - gapX * (columns - 1)) / columns
  const h = Math.min(1.5, (f.bottom - f.bodyTop - gapY * (rows - 1)) / rows)
  const others = Array.from({length: rest}, (_, index) => ({x: restLeft + (index % columns) * (w + gapX), y: f.bodyTop + Math.floor(index / columns) * (h + gapY), w, h, numberSize: rows > 1 ? 32 : 40}))
  return [{x: f.left, y: f.bodyTop, w: heroW, h: rows * h + (rows - 1) * gapY, numberSize: 54}, ...others]
}

/** The key figures as text boxes: value large, label under it, an accent rule on the left; a hero larger, in a column of its own. */
function addFigures(s: Pptxgenjs.default.Slide, figures: NonNullable<Slide['content']['figures']>, size: Size, lang: string, look: Look, hero: boolean): void {
  const {colour} = look
  const cells = figureCells(figures.length, size, hero)
  figures.forEach((figure, index) => {
    const {x, y, w, h} = cells[index]
    const split = UNIT_WORDS.exec(figure.value)
    // the number never breaks (`€380,` / `000`): at most the size that holds it on one line of its cell in the wider fallback font
    const numberSize = Math.min(cells[index].numberSize, Math.floor(((w - 0.2) * 72) / fallbackNumberEm(split ? split[1] : figure.value)))
    s.addShape('rect', {x, y, w: 0.06, h, fill: {color: colour('accent')}, line: {type: 'none'}})
    // Long unit words (`milliards de francs CFA`) on a smaller line of their own under the number, as on the HTML deck.
    // A short one (`€1.1 billion`) stays beside the number only when both fit one line of the cell: `10 millions` in a third
    // of the slide would break under the number at the number's size.
    const oneLine = figure.value.length * numberSize * BOLD_NUMBER_EM <= (w - 0.2) * 72
    const value = split && (split[2].length > LONG_UNIT_CHARS || !oneLine) ? [split[1], split[2]] : [figure.value]
    // a long unit and a long label set smaller, so that they stay in their cell (`4,8` / `milliards de dollars` / a label of three lines)
    // a hero's unit and label larger too, its block in the middle of its tall column
    const isHero = hero && index === 0 && cells.length > 2
    const [unitSize, labelSize] = isHero ? [24, 18] : [18, 14]
    const scale = FIGURE_SCALES.find((k) => figureHeight([value[0], value[1], figure.label], [numberSize * k, unitSize * k, labelSize * k], w - 0.2) <= h) ?? FIGURE_SCALES.at(-1)!
    const sized = (points: number) => Math.round(points * scale)
    s.addText(
      [
        {text: xmlSafe(value[0]), options: {breakLine: true, fontSize: sized(numberSize), bold: true, color: colour('navy')}},
        ...(value[1] ? [{text: xmlSafe(value[1]), options: {breakLine: true, fontSize: sized(unitSize), bold: true, color: colour('navy')}}] : []),
        {text: xmlSafe(figure.label), options: {fontSize: sized(labelSize), color: colour('muted')}},
      ],
      {fontFace: look.font, lang, x: x + 0.2, y, w: w - 0.2, h, valign: isHero ? 'middle' : 'top', margin: 0, ...(scale < 1 ? {fit: 'shrink' as const} : {})},
    )
  })
}

/**
 * Tidy what pptxgenjs writes: title placeholders as plain `<p:ph type="title"/>` (PowerPoint's own
 * form, matched by type), the theme font's kind, and speaker notes as one paragraph per paragraph.
 */
function tidyPart(name: string, xml: string): string {
  let out = xml.replace(/<p:ph\s([^>]*?)\/>/g, (whole, attributes: string) => {
    const type = /type="(\w+)"/.exec(attributes)?.[1]
    const idx = /idx="(\d+)"/.exec(attributes)?.[1]
    if (type === 'title') return '<p:ph type="title"/>'
    if (type === 'body' && idx) return `<p:ph type="body" idx="${idx}"/>`
    return whole
  })
  if (name.startsWith('ppt/theme/')) out = out.replaceAll(`<a:latin typeface="${FONT}"/>`, `<a:latin typeface="${FONT}" ${FONT_CLASS}/>`)
  if (name.startsWith('ppt/notesSlides/')) {
    out = out.replace(/(<a:p><a:r><a:rPr [^>]*\/><a:t>)([^<]*)(<\/a:t><\/a:r>)/, (_, open: string, body: string, close: string) => {
      const run = open.slice('<a:p>'.length)
      return `<a:p>${run}${body.split(/\n+/).join(`${close}</a:p><a:p>${run}`)}${close}`
    })
  }
  return out
}

/** Width of a character of the sign-off, in ems, in the widest fallback font a viewer may set it in (DejaVu Sans). */
const SIGN_OFF_EM = 0.6

/**
 * The closing slide's sign-off size: 12 pt, or the running footer's 10 pt when a long sign-off
 * (`Network of European Cities against Homelessness · Rotterdam, 30 September – 2 October 2026`)
 * would wrap at 12 pt in a fallback font and leave its year alone on a second line.
 * @param signOff the sign-off's text
 * @param width its box's width in inches
 * @returns the size in points
 */
export function signOffSize(signOff: string, width: number): number {
  return [...signOff].length * 12 * SIGN_OFF_EM <= width * 72 ? 12 : 10
}
