import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {normaliseSpace} from './text.js'
import {paragraphsOf, pointIn, readoutOf, textOf} from './state.js'

/** The title is the text before the first colon that is followed by a space (so `10:30` is not one). */
const SEPARATOR = /:(?=\s|$)/

/**
 * Extract the pillars: every bullet line of the form `Title: body`, in source order.
 * Errors (fatal for the source): no pillar at all, a bullet without a colon, an empty title
 * or body, two pillars with the same title.
 */
const extractPillars: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const seen = new Map<string, number>()
    for (const paragraph of paragraphsOf(tree)) {
      if (!paragraph.data?.bullet) continue
      paragraph.data.role = 'pillar'
      const raw = textOf(paragraph)
      const colon = SEPARATOR.exec(raw)
      const error = (reason: string, index: number, ruleId: string) => {
        file.message(reason, {place: pointIn(paragraph, index), ruleId, source: 'briefing-pack'}).fatal = true
      }
      if (!colon) {
        error(`Unexpected pillar \`${clip(raw)}\` without a colon, expected \`Title: body\``, 0, 'pillar-colon')
        continue
      }
      const title = normaliseSpace(raw.slice(0, colon.index))
      const body = normaliseSpace(raw.slice(colon.index + 1))
      if (!title) {
        error('Unexpected empty pillar title before `:`, expected `Title: body`', 0, 'pillar-title')
        continue
      }
      if (!body) {
        error(`Unexpected empty body for pillar \`${clip(title)}\`, expected text after the colon`, colon.index + 1, 'pillar-body')
        continue
      }
      const key = title.toLocaleLowerCase()
      const previous = seen.get(key)
      if (previous !== undefined) {
        error(`Unexpected duplicate pillar title \`${clip(title)}\`, expected a title not used on line ${previous}`, 0, 'pillar-duplicate')
        continue
      }
      seen.set(key, paragraph.position!.start.line)
      readout.pillars.push({title, body})
    }
    if (readout.pillars.length === 0 && !file.messages.some((m) => m.fatal)) {
      file.message('Unexpected readout without pillars, expected bullet lines such as `- Title: body`', {place: {line: 1, column: 1}, ruleId: 'pillars', source: 'briefing-pack'}).fatal = true
    }
  }
}
export default extractPillars

function clip(text: string): string {
  const flat = normaliseSpace(text).replace(/`/g, "'")
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat
}
