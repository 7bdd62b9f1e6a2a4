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
  const fields: Array<{at: number; name: string; width: number}> = []
  for (let at = start; at < lines.length && lines[at].length <= 2000; at++) {
    const found = FEED_FIELD.exec(lines[at])
    if (!found || !ITEM_FIELDS.test(found[2])) break
    fields.push({at, name: found[1] ? `${found[1]}${found[2]}` : found[2], width: found[0].length})
  }
  const evidence = fields.some(({name}) => FEED_ONLY.test(name) || name.includes(':'))
  if (fields.length < FEWEST_FIELDS || !fields.some(({name}) => /^title$/iu.test(name)) || !evidence) return {drop, label}
  for (const {at, name, width} of fields) {
    if (KEPT_FIELDS.test(name)) label.set(at, width)
    else drop.add(at)
  }
  lines.forEach((line, at) => {
    if (at > fields.at(-1)!.at && line.length <= 500 && FEED_TAIL.test(line)) drop.add(at)
  })
  return {drop, label}
}
