import type {BlockContent, ListItem, Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import {unified} from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {stringify as stringifyYaml} from 'yaml'
import {frenchRoadmapFigure} from './french-figures.js'
import type {Readout} from './readout.js'
import {SECTION, STRINGIFY_OPTIONS} from './sections.js'
import {readoutOf} from './state.js'

/**
 * Replace the plain-text tree with the structured tree of `roadmap.md`, built from the readout
 * the recognisers filled in.
 */
const remarkReadoutTree: Plugin<[], Root> = function () {
  return function (_tree, file) {
    return readoutToMdast(readoutOf(file))
  }
}
export default remarkReadoutTree

/**
 * Front matter of `roadmap.md`, in a fixed key order.
 * @param readout the readout
 * @returns the YAML text (without fences)
 */
export function frontMatterOf(readout: Readout): string {
  const data: Record<string, string> = {title: readout.title}
  const add = (key: string, value: string | undefined) => {
    if (value) data[key] = value
  }
  add('roadmap', readout.roadmap)
  add('kind', readout.kind)
  add('organisation', readout.organisation)
  add('participants', readout.participants)
  add('place', readout.place)
  add('date_start', readout.dates?.start)
  add('date_end', readout.dates?.end)
  add('dates', readout.dates?.display)
  add('source', readout.source)
  // The language is written when it is not English, so an English roadmap.md stays as it was.
  if (readout.lang && readout.lang !== 'en') add('lang', readout.lang)
  return stringifyYaml(data, {lineWidth: 0}).trimEnd()
}

/**
 * The structured Markdown tree: front matter, H1 title, dateline, key message as a block quote,
 * then Context, Roadmap (a `###` heading and full body per pillar), Key figures and Outlook.
 * @param readout the readout
 * @returns an mdast root
 */
export function readoutToMdast(readout: Readout): Root {
  const text = (value: string) => ({type: 'text' as const, value})
  const paragraph = (value: string) => ({type: 'paragraph' as const, children: [text(value)]})
  const heading = (depth: 1 | 2 | 3, value: string) => ({type: 'heading' as const, depth, children: [text(value)]})
  const children: RootContent[] = [{type: 'yaml', value: frontMatterOf(readout)}, heading(1, readout.title)]
  if (readout.dateline) children.push(paragraph(readout.dateline))
  if (readout.keyMessage) children.push({type: 'blockquote', children: [paragraph(readout.keyMessage)]})
  // one push per paragraph: `push(...many)` overflows the stack on a source of 100,000 short lines
  if (readout.context.length) children.push(heading(2, SECTION.context))
  for (const value of readout.context) children.push(paragraph(value))
  children.push(heading(2, SECTION.roadmap))
  for (const pillar of readout.pillars) children.push(heading(3, pillar.title), paragraph(pillar.body))
  if (readout.figures.length) {
    const items: ListItem[] = readout.figures.map((figure) => ({
      type: 'listItem',
      spread: true,
      children: [
        // In a French pack the French form (`2,3 millions`), which reads back to the same value
        {type: 'paragraph', children: [{type: 'strong', children: [text(readout.lang === 'fr' ? frenchRoadmapFigure(figure.value) : figure.value)]}, text(` ${figure.label}`)]},
        paragraph(figure.sentence) as BlockContent,
      ],
    }))
    children.push(heading(2, SECTION.figures), {type: 'list', ordered: false, spread: true, children: items})
  }
  if (readout.outlook.length) children.push(heading(2, SECTION.outlook))
  for (const value of readout.outlook) children.push(paragraph(value))
  return {type: 'root', children}
}

/**
 * Write a readout as the text of `roadmap.md`.
 * @param readout the readout
 * @returns Markdown text ending in a newline
 */
export function readoutToMarkdown(readout: Readout): string {
  return markdownWriter().stringify(readoutToMdast(readout))
}

/** The remark-stringify processor used for `roadmap.md`. */
export function markdownWriter() {
  return unified().use(remarkStringify, STRINGIFY_OPTIONS).use(remarkFrontmatter, ['yaml'])
}
