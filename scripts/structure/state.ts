import type {Paragraph, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Readout} from './readout.js'

/**
 * Role a recogniser gave a paragraph of the plain-text tree: the dateline, a title-block line
 * (`header`), a `Title: body` bullet (`pillar`), a point without a title of its own or a paragraph
 * under a heading (`point`), a heading line, or a paragraph whose place was decided by what it says
 * (`context`, `outlook`).
 */
export type ParagraphRole = 'dateline' | 'header' | 'pillar' | 'point' | 'heading' | 'context' | 'outlook'

declare module 'mdast' {
  interface ParagraphData {
    role?: ParagraphRole
    /**
     * A paragraph whose first sentences are a point or context and whose last ones look ahead to
     * the next meeting: `kept` is what stays in its role, `ahead` goes to the outlook, in place.
     */
    split?: {kept: string; ahead: string}
    /** A one-paragraph statement's sentences before its first point (`We, the leaders of …, affirm …`): context, in place. */
    lead?: string
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The readout as recognised so far; complete after the last recogniser. */
    readout: Readout
  }
}

/**
 * The readout being recognised on a file, created empty on first use.
 * @param file the source file
 * @returns the readout the recognisers fill in
 */
export function readoutOf(file: VFile): Readout {
  file.data.readout ??= {title: '', pillars: [], figures: [], context: [], outlook: [], source: file.basename ?? 'source.txt'}
  return file.data.readout
}

/** The paragraphs of a plain-text tree. */
export function paragraphsOf(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'paragraph')
}

/** The raw text of a plain-text paragraph (after any bullet marker). */
export function textOf(paragraph: Paragraph): string {
  const first = paragraph.children[0]
  return first && first.type === 'text' ? first.value : ''
}

/** Point in the source of a character offset within a paragraph's text. */
export function pointIn(paragraph: Paragraph, index: number): {line: number; column: number; offset?: number} {
  // A paragraph wrapped over several lines: the line the index falls in.
  const joined = paragraph.data?.joined?.filter((line) => line.at <= index).pop()
  if (joined) return {line: joined.line, column: joined.column + index - joined.at, offset: joined.offset + index - joined.at}
  const start = paragraph.children[0]?.position?.start ?? paragraph.position!.start
  return {line: start.line, column: start.column + index, offset: start.offset === undefined ? undefined : start.offset + index}
}
