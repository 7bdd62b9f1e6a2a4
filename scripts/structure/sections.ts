import {STRINGIFY_HANDLERS} from './stringify-text.js'

/** The headings of `roadmap.md`: the same for every source, so later stages can rely on them. */
export const SECTION = {
  context: 'Context',
  roadmap: 'Roadmap',
  figures: 'Key figures',
  outlook: 'Outlook',
} as const

/** remark-stringify options used to write `roadmap.md`, and to check that it reads back the same. */
export const STRINGIFY_OPTIONS = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  resourceLink: true,
  // the library's own handler, made fast for plain text (the same bytes)
  handlers: STRINGIFY_HANDLERS,
} as const
