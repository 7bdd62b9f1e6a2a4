import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import collectParagraphs from './collect-paragraphs.js'
import extractFigures from './extract-figures.js'
import extractPillars from './extract-pillars.js'
import remarkPlainText from './parse-plain-text.js'
import runInHeadings from './run-in-headings.js'
import pressQuestions from './press-questions.js'
import transcriptSpeakers from './transcript-speakers.js'
import summaryBox from './summary-box.js'
import tableRows from './table-rows.js'
import lostMarkers from './lost-markers.js'
import joinSubItems from './join-sub-items.js'
import inlineLists from './inline-lists.js'
import type {Readout} from './readout.js'
import remarkReadoutTree, {readoutToMarkdown} from './readout-to-markdown.js'
import setAsideTail, {notesToContext} from './set-aside-tail.js'
import meetingEntries from './meeting-entries.js'
import recogniseDateline from './recognise-dateline.js'
import mendOrganisation from './mend-organisation.js'
import placeFromTowns from './place-from-towns.js'
import recogniseHeader from './recognise-header.js'
import recogniseKeyMessage from './recognise-key-message.js'
import recogniseRoadmapName from './recognise-roadmap-name.js'
import {STRINGIFY_OPTIONS} from './sections.js'
import {readoutOf} from './state.js'
import {keyMessageSpeaker} from './key-message-speaker.js'
import {loadNlp} from './nlp.js'
import {detectLanguage, type LanguageCode} from './language.js'
import {checkSourceLimits, LIMITS} from './source-limits.js'

/** The structure stage's result: the readout and its `roadmap.md` text. */
export interface Structured {
  readout: Readout
  markdown: string
}

/** The plain-text processor: parse lines, recognise what they are, write structured Markdown. */
export function plainTextProcessor() {
  return unified()
    .use(remarkPlainText)
    .use(inlineLists)
    .use(joinSubItems)
    .use(transcriptSpeakers)
    .use(recogniseHeader)
    .use(recogniseDateline)
    .use(mendOrganisation)
    .use(placeFromTowns)
    .use(setAsideTail)
    .use(meetingEntries)
    .use(recogniseKeyMessage)
    .use(pressQuestions)
    .use(runInHeadings)
    .use(tableRows)
    .use(lostMarkers)
    .use(summaryBox)
    .use(extractPillars)
    .use(recogniseRoadmapName)
    .use(extractFigures)
    .use(collectParagraphs)
    .use(notesToContext)
    .use(remarkReadoutTree)
    .use(remarkStringify, STRINGIFY_OPTIONS)
    .use(remarkFrontmatter, ['yaml'])
}

/** Settings of the structure stage. */
export interface StructureOptions {
  /** The language to read the source in; detected from its text when not given. */
  lang?: LanguageCode
  /** `false` skips the limits' pre-scan (tests that time the reader itself on long lines). */
  checkLimits?: boolean
}

/**
 * Structure a source: a plain-text readout is recognised and written as `roadmap.md`; a Markdown
 * source already in that shape is checked and written again in canonical form. The readout
 * records its language: the one set, else the one its text is written in (`detectLanguage`).
 * @param file the decoded source (see `readSource`); problems are added to its messages
 * @param options `lang`: the language, when a setting gives it; `checkLimits: false` skips the limits' pre-scan (tests that time the reader itself on long lines)
 * @returns the readout and Markdown, or `undefined` when a fatal problem was found
 */
export async function structureSource(file: VFile, options: StructureOptions = {}): Promise<Structured | undefined> {
  if (file.messages.some((message) => message.fatal)) return undefined
  // A linear pre-scan: no parser sees a text whose shape would make it slow or deep.
  if (options.checkLimits !== false && !checkSourceLimits(file)) return undefined
  if (/^\.(md|markdown)$/i.test(file.extname ?? '')) {
    // Only Markdown sources need remark-parse (micromark): loaded when one comes.
    const {markdownToReadout} = await import('./markdown-to-readout.js')
    const readout = markdownToReadout(file)
    if (file.messages.some((message) => message.fatal) || tooManyPillars(file, readout)) return undefined
    readout.lang = options.lang ?? readout.lang ?? detectLanguage([readout.title, readout.dateline, readout.keyMessage, ...readout.pillars.map((p) => p.body)].filter(Boolean).join('\n'))
    return {readout: withSpeaker(readout), markdown: readoutToMarkdown(readout)}
  }
  await loadNlp()
  file.data.lang = options.lang ?? detectLanguage(String(file.value))
  readoutOf(file).lang = file.data.lang
  const processor = plainTextProcessor()
  const tree = processor.parse(file)
  const structured = await processor.run(tree, file)
  if (file.messages.some((message) => message.fatal) || tooManyPillars(file, readoutOf(file))) return undefined
  return {readout: withSpeaker(readoutOf(file)), markdown: String(processor.stringify(structured, file))}
}

/** The readout with who spoke its key message, found once here for every output (`keyMessageSpeaker`; not written in `roadmap.md`). */
function withSpeaker(readout: Readout): Readout {
  const speaker = keyMessageSpeaker(readout)
  if (speaker) readout.keyMessageSpeaker = speaker
  return readout
}

/**
 * Refuse a readout with more pillars than `LIMITS.pillars` (a fatal message naming the count).
 * @param file the source, which receives the message
 * @param readout what was read
 * @returns whether it has too many
 */
function tooManyPillars(file: VFile, readout: Readout): boolean {
  const pillars = readout.pillars.length
  if (pillars <= LIMITS.pillars) return false
  const reason = `Unexpected readout with ${pillars.toLocaleString('en-US')} pillars, expected at most ${LIMITS.pillars} (split it into several sources)`
  file.message(reason, {ruleId: 'too-many-pillars', source: 'briefing-pack'}).fatal = true
  return true
}
