import type {Heading, List, Node, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {parseDocument} from 'yaml'
import {readFrontMatterSettings} from '../config/settings.js'
import {displayDates} from './parse-dates.js'
import {readFrenchFigure} from './french-figures.js'
import {isLanguage, LANGUAGES, readingFor} from './language.js'
import type {KeyFigure, Readout} from './readout.js'
import {SECTION} from './sections.js'
import {normaliseSpace} from './text.js'

/**
 * Read an already-structured `roadmap.md` (one this tool wrote, perhaps corrected by hand) back
 * into a readout, checking its shape. Problems are messages on `file`, fatal where the file
 * cannot be used. Inline formatting is read as plain text.
 * @param file the Markdown source (its `value` is read)
 * @returns the readout (check `file.messages` for fatal ones before using it)
 */
export function markdownToReadout(file: VFile): Readout {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(file) as Root
  const readout: Readout = {title: '', pillars: [], figures: [], context: [], outlook: [], source: file.basename ?? 'roadmap.md'}
  const fail = (reason: string, node: Node | undefined, ruleId: string) => {
    file.message(reason, {place: node?.position, ruleId, source: 'briefing-pack'}).fatal = true
  }
  const warn = (reason: string, node: Node | undefined, ruleId: string) => {
    file.message(reason, {place: node?.position, ruleId, source: 'briefing-pack'})
  }

  let section: string | undefined
  let pillarHeading: Heading | undefined
  let sawRoadmap = false
  const seen = new Map<string, number>()
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'yaml') {
      // A problem's place: its line inside the front matter, after the opening `---`.
      const at = (offset: number | undefined) => {
        if (offset === undefined || !node.position) return node.position
        const before = node.value.slice(0, offset).split('\n')
        return {line: node.position.start.line + before.length, column: before[before.length - 1].length + 1}
      }
      readFrontMatter(
        node.value,
        readout,
        (reason, offset) => file.message(reason, {place: at(offset), ruleId: 'front-matter', source: 'briefing-pack'}).fatal = true,
        (reason, offset) => void file.message(reason, {place: at(offset), ruleId: 'front-matter', source: 'briefing-pack'}),
      )
      // The pack's settings (marking, paper, …) it may set, placed by line in the source.
      readFrontMatterSettings(file, node.value, {line: (node.position?.start.line ?? 1) + 1, column: 1})
      continue
    }
    if (node.type === 'heading') {
      const title = normaliseSpace(toString(node))
      if (node.depth === 1) {
        readout.title = title
        section = undefined
      } else if (node.depth === 2) {
        closePillar()
        section = Object.values(SECTION).find((name) => name.toLowerCase() === title.toLowerCase())
        if (section === SECTION.roadmap) sawRoadmap = true
        if (!section) warn(`Unexpected section \`${title}\`, expected one of ${Object.values(SECTION).map((s) => `\`${s}\``).join(', ')}; its text is read as outlook`, node, 'section')
      } else if (node.depth === 3 && section === SECTION.roadmap) {
        closePillar()
        if (!title) fail('Unexpected empty pillar title, expected text after `###`', node, 'pillar-title')
        const previous = seen.get(title.toLowerCase())
        if (previous) fail(`Unexpected duplicate pillar title \`${title}\`, expected a title not used on line ${previous}`, node, 'pillar-duplicate')
        seen.set(title.toLowerCase(), node.position?.start.line ?? 0)
        readout.pillars.push({title, body: ''})
        pillarHeading = node
      }
      continue
    }
    const text = normaliseSpace(toString(node))
    if (section === undefined) {
      if (node.type === 'blockquote') readout.keyMessage ??= text
      else if (node.type === 'paragraph') readout.dateline ??= text
    } else if (section === SECTION.roadmap) {
      const pillar = readout.pillars[readout.pillars.length - 1]
      if (pillar) pillar.body = pillar.body ? `${pillar.body} ${text}` : text
      else warn('Unexpected text before the first pillar heading, expected `### Title`', node, 'pillar-text')
    } else if (section === SECTION.figures && node.type === 'list') {
      for (const figure of readFigures(node)) readout.figures.push(figure)
    } else if (section === SECTION.context) {
      readout.context.push(text)
    } else {
      readout.outlook.push(text)
    }
  }
  closePillar()
  // A French `roadmap.md` shows its figures the French way (`1,5 milliard de francs CFA`); the readout keeps the normal form.
  if (readout.lang === 'fr') for (const figure of readout.figures) figure.value = readFrenchFigure(figure.value)
  if (!readout.title) fail('Unexpected roadmap without a `# Title` heading or `title` in front matter', tree.children[0], 'title')
  if (!sawRoadmap) fail(`Unexpected Markdown source without a \`## ${SECTION.roadmap}\` section, expected one with a \`### Title\` per pillar`, undefined, 'pillars')
  else if (readout.pillars.length === 0) fail(`Unexpected \`## ${SECTION.roadmap}\` section without pillars, expected a \`### Title\` per pillar`, undefined, 'pillars')
  if (!readout.keyMessage) warn('Unexpected roadmap without a key message, expected a `> quote` after the title', undefined, 'key-message')
  if (!readout.dates) warn('Unexpected roadmap without a meeting date, expected `date_start` in front matter', undefined, 'dateline-date')
  return readout

  function closePillar() {
    const pillar = readout.pillars[readout.pillars.length - 1]
    if (pillarHeading && pillar && !pillar.body) fail(`Unexpected empty body for pillar \`${pillar.title}\`, expected a paragraph under its heading`, pillarHeading, 'pillar-body')
    pillarHeading = undefined
  }
}

/**
 * Read the front matter's fields into the readout. YAML's errors and warnings (an unknown tag…)
 * become one message each at their own line, never YAML's several lines on stderr.
 */
function readFrontMatter(yaml: string, readout: Readout, fail: (reason: string, offset?: number) => void, warn: (reason: string, offset?: number) => void): void {
  let data: unknown
  try {
    const doc = parseDocument(yaml, {prettyErrors: false, logLevel: 'silent'})
    const [error] = doc.errors
    if (error) {
      fail(`Unexpected front matter that is not YAML: ${oneLine(error.message)}`, error.pos[0])
      return
    }
    for (const warning of doc.warnings) warn(`Unexpected front matter: ${oneLine(warning.message)}, read as plain text`, warning.pos[0])
    data = doc.toJS({maxAliasCount: 100})
  } catch (error) {
    fail(`Unexpected front matter that is not YAML: ${oneLine((error as Error).message)}`)
    return
  }
  if (!data || typeof data !== 'object') return
  const get = (key: string) => {
    const value = (data as Record<string, unknown>)[key]
    return value === undefined || value === null ? undefined : String(value)
  }
  readout.title = get('title') ?? readout.title
  readout.roadmap = get('roadmap')
  readout.kind = get('kind')
  readout.organisation = get('organisation')
  readout.participants = get('participants')
  readout.place = get('place')
  const lang = get('lang')
  if (lang !== undefined) {
    if (isLanguage(lang)) readout.lang = lang
    else fail(`Unexpected language \`${lang}\`, expected one of ${LANGUAGES.map((code) => `\`${code}\``).join(', ')} in \`lang\``)
  }
  const start = get('date_start')
  const end = get('date_end') ?? start
  if (start && end) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) fail(`Unexpected date \`${start}\`, expected \`YYYY-MM-DD\` in \`date_start\` and \`date_end\``)
    else readout.dates = {start, end, display: get('dates') ?? displayDates(start, end, readingFor(readout.lang).calendar.locale)}
  }
  readout.source = get('source') ?? readout.source
}

function readFigures(list: List): KeyFigure[] {
  return list.children.map((item) => {
    const [first, ...rest] = item.children
    const strong = first?.type === 'paragraph' ? first.children.find((child) => child.type === 'strong') : undefined
    const value = strong ? normaliseSpace(toString(strong)) : ''
    const label = first ? normaliseSpace(toString(first)).slice(value.length).trim() : ''
    return {value, label, sentence: normaliseSpace(rest.map((node) => toString(node)).join(' '))}
  })
}

/** The first line of a message from the YAML parser. */
function oneLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}
