import type {VFile} from 'vfile'

/**
 * The limits a source must keep, part of the tool's contract (README, "Limits"). Each guards a
 * stage whose time or stack grows faster than the text: Chromium lays out a long unbroken word in
 * time that grows with its square, micromark's inline pass is quadratic in the markup characters
 * of one paragraph, and mdast utilities recurse once per nesting level (5,000 `>` overflowed the
 * stack). Measured on 2 cores: see the README's table for the numbers behind each value.
 */
export const LIMITS = {
  /** Characters in one line (the 100,000-character line of words builds in a few seconds). */
  lineChars: 100_000,
  /** Characters in one word, a run without white space (a long URL is a few hundred). */
  wordChars: 1_000,
  /** Pillars in one readout (1,000 took 55 s of the browser's 60 s). */
  pillars: 500,
  /** `.md` only: nesting levels at a line's start (each `>`, list marker or two columns of indentation). */
  nesting: 32,
  /** `.md` only: Markdown markup characters (`*`, `_`, `[`, `]`, `<`, `` ` ``) in one paragraph. */
  markupPerParagraph: 2_000,
  /** `.md` only: characters of the YAML front matter. */
  frontMatterChars: 16_384,
} as const

/** The markup characters micromark's inline pass works hardest on. */
const MARKUP = new Set([0x2a /* * */, 0x5f /* _ */, 0x5b /* [ */, 0x5d /* ] */, 0x3c /* < */, 0x60 /* ` */])

/** A number as the README writes it: `100,000`. */
function count(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * Check a decoded source against `LIMITS` in one linear pass, before any parser sees it: each
 * limit broken is one fatal message at its first place (`line:column`), at most one per limit.
 * @param file the decoded source (`file.value` is its text; `.md`/`.markdown` get the Markdown checks too)
 * @returns whether the source keeps every limit
 */
export function checkSourceLimits(file: VFile): boolean {
  const text = String(file.value)
  const markdown = /^\.(md|markdown)$/i.test(file.extname ?? '')
  const found = new Set<string>()
  const fail = (ruleId: string, reason: string, line: number, column: number) => {
    if (found.has(ruleId)) return
    found.add(ruleId)
    file.message(reason, {place: {line, column}, ruleId, source: 'briefing-pack'}).fatal = true
  }

  if (markdown) checkFrontMatter(text, fail)

  let line = 1
  let lineStart = 0
  let wordStart = -1
  let markup = 0
  let paragraphBlank = true
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a
    const space = code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0 || code === 0x3000
    if (space) {
      if (wordStart !== -1 && i - wordStart > LIMITS.wordChars) {
        fail('word-too-long', `Unexpected word of ${count(i - wordStart)} characters without a space, expected at most ${count(LIMITS.wordChars)}`, line, wordStart - lineStart + 1)
      }
      wordStart = -1
    } else if (wordStart === -1) {
      wordStart = i
    }
    if (markdown && MARKUP.has(code) && ++markup > LIMITS.markupPerParagraph) {
      fail('markup-too-dense', `Unexpected paragraph with over ${count(LIMITS.markupPerParagraph)} Markdown markup characters (\`*\`, \`_\`, \`[\`, \`]\`, \`<\` and backticks), expected fewer (split the paragraph)`, line, i - lineStart + 1)
    }
    if (!space) paragraphBlank = false
    if (code !== 0x0a) continue
    if (i - lineStart > LIMITS.lineChars) {
      fail('line-too-long', `Unexpected line of ${count(i - lineStart)} characters, expected at most ${count(LIMITS.lineChars)} (break it into paragraphs)`, line, LIMITS.lineChars + 1)
    }
    if (markdown) {
      const depth = nestingAt(text, lineStart, i)
      if (depth > LIMITS.nesting) fail('nesting-too-deep', `Unexpected nesting ${count(depth)} levels deep (\`>\`, list markers, indentation), expected at most ${LIMITS.nesting}`, line, 1)
      // A blank line ends a paragraph, and with it its count of markup.
      if (paragraphBlank) markup = 0
    }
    paragraphBlank = true
    line++
    lineStart = i + 1
  }
  return found.size === 0
}

/**
 * How deep a line of Markdown nests: each block quote `>` or list marker (`-`, `*`, `+`, `1.`,
 * `1)`) at its start counts one level, and every two columns of indentation one more (a nested
 * list item is indented by at least two columns per level). An upper bound, linear in the line.
 */
function nestingAt(text: string, start: number, end: number): number {
  let markers = 0
  let columns = 0
  let i = start
  while (i < end) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      columns++
      i++
    } else if (code === 0x09) {
      columns += 4
      i++
    } else if (code === 0x3e /* > */) {
      markers++
      i++
    } else if ((code === 0x2d || code === 0x2a || code === 0x2b) && (i + 1 === end || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
      markers++
      i++
    } else {
      let j = i
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++
      const after = text.charCodeAt(j)
      if (j > i && (after === 0x2e || after === 0x29) && (j + 1 === end || text.charCodeAt(j + 1) === 0x20)) {
        markers++
        i = j + 1
      } else break
    }
  }
  return markers + Math.floor(columns / 2)
}

/** Refuse YAML front matter (between a first line `---` and the next `---`) longer than the limit. */
function checkFrontMatter(text: string, fail: (ruleId: string, reason: string, line: number, column: number) => void): void {
  if (!/^---[ \t]*\n/.test(text)) return
  const close = text.slice(0, LIMITS.frontMatterChars + 8).search(/\n---[ \t]*(\n|$)/)
  if (close !== -1) return
  // No closing line within the limit: longer than allowed, or not closed at all.
  const end = text.search(/\n---[ \t]*(\n|$)/)
  if (end === -1) return
  fail('front-matter-too-large', `Unexpected front matter of ${count(end - 4)} characters, expected at most ${count(LIMITS.frontMatterChars)}`, 1, 1)
}
