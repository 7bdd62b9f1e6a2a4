/**
 * An item of a news feed (RSS, Atom) pasted as text: its fields, one a line at the top (`Title: …`, `Link: https://…`,
 * `pubDate: Sat, 15 Aug 2026 04:30:00 +0000`, `dc:creator: …`, `category: …`, `guid: …`), and the line a blog's feed adds at its
 * end (`The post … appeared first on …`, `L'article … est apparu en premier sur …`, `[…]`). They are furniture: the fields are
 * dropped but the title's and the summary's, which are read without their label (`Title: ` is no part of the title). The block is
 * a feed's only with three fields or more, a title among them and one only a feed has (a link, an id, a publication date, a
 * creator in the `dc:` namespace): a memo's `Date:` / `Subject:` lines are not one. Lines are dropped, never rewritten: every
 * position still points into the source.
 */

/** A field of a feed's item, its label as the feed's tag names it (`pubDate`, `dc:creator`, `content:encoded`), then a colon. */
const FEED_FIELD = /^[ \t\u00A0]*((?:dc|content|media|atom|itunes):)?([a-z]{2,12}(?:[ _-]?[a-z]{2,10})?)[ \t\u00A0]*:[ \t\u00A0]*(?=\S)/iu
/** The fields an item of a feed has (as its tags name them, in any case). */
const ITEM_FIELDS = /^(?:title|link|pub[ _-]?date|published|updated|date|creator|author|category|categories|tags?|guid|id|description|summary|comments|enclosure|source|encoded|content|subject)$/iu
/** The fields only a feed's item has, never a memo's or a mail's header: a link, an id, a publication date, a field in a namespace. */
const FEED_ONLY = /^(?:link|pub[ _-]?date|guid|id|enclosure)$/iu
/** The fields whose words are the document's own: its title and its summary, read without their label. */
const KEPT_FIELDS = /^(?:title|description|summary)$/iu
/** Fewest fields of an item's block. */
const FEWEST_FIELDS = 3
/** The line a blog's feed adds under each item (WordPress's, in either language), and an elision mark alone (`[…]`, `[&#8230;]`). */
const FEED_TAIL = /^[ \t\u00A0]*(?:the\s+post\s+.{1,300}?\s+appeared\s+first\s+on\s+.{1,160}|l['’]article\s+.{1,300}?\s+est\s+apparu\s+en\s+premier\s+sur\s+.{1,160}|\[(?:…|\.\.\.|&#8230;|&hellip;)\])[ \t\u00A0]*$/iu

/** How a pasted feed item is read (`feedItem`). */
export interface FeedItem {
  /** The lines that are the feed's, not the document's. */
  drop: Set<number>
  /** The title's and the summary's lines, each with the width of the label it is read without. */
  label: Map<number, number>
  /** The kept lines read without a closing quote after their words (`title: "Spring council"`), with its width. */
  trail: Map<number, number>
}

/** A front matter's fence: YAML's `---`, TOML's `+++`, alone on the text's first line and again where the block ends. */
const FENCE = /^[ \t]*(-{3}|\+{3})[ \t]*$/u
/** A field of a front matter, its key then `:` (YAML) or `=` (TOML), its value after it or on the indented lines under it (group 1 the key). */
const MATTER_FIELD = /^([A-Za-z_][\w.-]{0,30})[ \t]*[:=](?:[ \t]|$)/u
/** A line under a front matter's field: its list's item or a nested key, indented (`  - council`, `  html: default`), or a `#` comment. */
const MATTER_NESTED = /^(?:[ \t]+\S|-[ \t]|#)/u
/** The keys whose value is the document's title. */
const TITLE_KEY = /^(?:title|titre)$/iu
/** Most lines of a front matter. */
const MATTER_LINES = 60
/** A title's value quoted, its opening mark and its closing one (`"Spring council: …"`, `'…'`). */
const QUOTED_VALUE = /^([ \t]*)(["'])(.*)\2[ \t]*$/u
/** A Pandoc title block's line: `%`, a space, then the title, the authors, the date (three lines at most, the first of the text). */
const PANDOC_LINE = /^%(?:[ \t]+\S.*)?$/u
/** A Pandoc title block's line carried on, indented under the one above. */
const PANDOC_CONTINUED = /^[ \t]+\S/u

/**
 * A converter's title block at the top of a text: a static site's or a Quarto or R Markdown source's front matter between two fences (`---` /
 * `title: "…"` / `date: …` / `tags: [...]` / `---`, TOML's `+++` / `title = "…"` / `+++`), or Pandoc's lines after a `%` (`% Title` / `% Authors` /
 * `% Date`). The page's metadata, never the document's words: its title is kept, read without its key and its quotes, the other fields (the
 * date the post went up, its author, its tags, its teaser) are dropped. Lines are dropped, never rewritten.
 * @param lines the document's lines
 * @param start the text's first line with text
 * @returns the lines to drop, the title's label and closing quote, or none when the text opens with no such block
 */
function titleBlock(lines: string[], start: number): FeedItem {
  const block: FeedItem = {drop: new Set(), label: new Map(), trail: new Map()}
  const fence = FENCE.exec(lines[start] ?? '')
  if (fence) {
    const end = lines.findIndex((line, at) => at > start && at <= start + MATTER_LINES && line.trim() === fence[1])
    if (end === -1) return block
    const body = lines.slice(start + 1, end)
    const title = body.findIndex((line) => TITLE_KEY.test(MATTER_FIELD.exec(line)?.[1] ?? ''))
    if (!body.some((line) => MATTER_FIELD.test(line)) || !body.every((line) => line.trim() === '' || (line.length <= 2000 && (MATTER_FIELD.test(line) || MATTER_NESTED.test(line))))) return block
    for (let at = start; at <= end; at++) block.drop.add(at)
    // (a note's front matter without a title — a notebook's tags, aliases and dates — is the page's metadata all the same: dropped whole)
    if (title === -1) return block
    const at = start + 1 + title
    const key = MATTER_FIELD.exec(lines[at])!
    const value = lines[at].slice(key[0].length)
    const quoted = QUOTED_VALUE.exec(value)
    if (value.trim() === '') return block
    block.drop.delete(at)
    block.label.set(at, key[0].length + (quoted ? quoted[1].length + 1 : 0))
    if (quoted) block.trail.set(at, value.length - quoted[1].length - 1 - quoted[3].length)
    return block
  }
  if (!PANDOC_LINE.test(lines[start] ?? '') || lines[start].trim() === '%') return block
  // (the title's line, then the authors' and the date's, each carried on by indented lines: the title is kept, the rest are the converter's)
  let part = 0
  for (let at = start; at < lines.length && at < start + MATTER_LINES; at++) {
    if (PANDOC_LINE.test(lines[at])) part++
    else if (!PANDOC_CONTINUED.test(lines[at])) break
    if (part > 3) break
    if (part === 1) block.label.set(at, /^%[ \t]+/u.exec(lines[at])?.[0].length ?? 0)
    else block.drop.add(at)
  }
  return block
}

/**
 * The fields of a feed's item at the top of a text, and the feed's line under it.
 * @param lines the document's lines
 * @returns the lines to set aside, and the labels to read kept fields without
 */
export function feedItem(lines: string[]): FeedItem {
  const drop = new Set<number>()
  const label = new Map<number, number>()
  let start = 0
  while (start < lines.length && lines[start].trim() === '') start++
  const block = titleBlock(lines, start)
  if (block.drop.size > 0 || block.label.size > 0) return block
  const fields: Array<{at: number; name: string; width: number}> = []
  for (let at = start; at < lines.length && lines[at].length <= 2000; at++) {
    const found = FEED_FIELD.exec(lines[at])
    if (!found || !ITEM_FIELDS.test(found[2])) break
    fields.push({at, name: found[1] ? `${found[1]}${found[2]}` : found[2], width: found[0].length})
  }
  const evidence = fields.some(({name}) => FEED_ONLY.test(name) || name.includes(':'))
  if (fields.length < FEWEST_FIELDS || !fields.some(({name}) => /^title$/iu.test(name)) || !evidence) return {drop, label, trail: new Map()}
  for (const {at, name, width} of fields) {
    if (KEPT_FIELDS.test(name)) label.set(at, width)
    else drop.add(at)
  }
  lines.forEach((line, at) => {
    if (at > fields.at(-1)!.at && line.length <= 500 && FEED_TAIL.test(line)) drop.add(at)
  })
  return {drop, label, trail: new Map()}
}
