/**
 * A learned chooser of the title among a text's head lines (branch headlines47; see docs/reading.md): which of the
 * first non-blank lines is the headline, or none (a channel's, a site's or a publisher's lines only, the title then
 * made from who met and where). A conditional logit over the lines: each line's score is the sum of its features'
 * weights, "none" scores its own weight, and the likeliest wins. The features say what a line looks like, not which
 * words it holds (no word of the corpus is a feature): its length, its share of capitalised words, whether it has a
 * verb, how it ends, a separator in it and how long each side is, digits, a date, an issue's number, a field's label,
 * where it stands, the blank lines and the lines around it, the words it shares with the text's first paragraph, a
 * file's extension, an emoji, capitals. Its weights are `head-line-weights.json`, written by
 * `scripts/reader/fit-head-lines.ts` (`npm run fit-heads`), measured leave-one-round-out there.
 */
import {DOCUMENT_KINDS, ORGANISATION_HEADS} from './english.js'
import {FRENCH_DOCUMENT_KINDS} from './french.js'
import {withoutLineMarks} from './markup-marks.js'
import {EMOJI, LEADING_EMOJI, TRAILING_EMOJI, normaliseSpace} from './text.js'

/** How many non-blank lines of a text's top are candidates. */
export const HEAD_LINES = 15
/** The most words of a candidate: a longer line is a paragraph of text, never a title. */
const MAX_WORDS = 40
/** Lines this long or longer count as the text's first paragraph (the words a headline shares with it are counted). */
const PARAGRAPH_WORDS = 25

/** One line of a text's head. */
export interface HeadLine {
  /** The line as the reader cleans it: spaces, a Markdown heading's or emphasis' marks, emoji at either end. */
  text: string
  /** Its place among the head's non-blank lines (0 for the first). */
  at: number
  /** Its line number in the source (0-based). */
  line: number
  /** Whether a blank line (or the text's start) stands right before it, and right after it. */
  blankBefore: boolean
  blankAfter: boolean
  /** Whether the line opens on emoji (dropped from `text`). */
  emoji: boolean
  /** The line as written (spaces normalised). */
  raw: string
}

/** Weights of the chooser: per feature, its weight (`none` and `none&rules` are the features of choosing no line). */
export interface HeadWeights {
  weights: Record<string, number>
}

/**
 * The head of a text: its first non-blank lines, at most `HEAD_LINES`, up to a long paragraph's end.
 * @param source the text
 * @returns the lines, cleaned
 */
export function headLines(source: string): HeadLine[] {
  const lines: HeadLine[] = []
  // (only the top is split: a text of 2 MB is not cut into lines for 15 of them)
  const top = source.slice(0, 12000).split('\n')
  for (let n = 0; n < top.length && lines.length < HEAD_LINES; n++) {
    const raw = normaliseSpace(top[n])
    if (!raw) continue
    const emoji = LEADING_EMOJI.test(raw) || new RegExp(`^${EMOJI}`, 'u').test(raw)
    const text = withoutLineMarks(raw).replace(LEADING_EMOJI, '').replace(TRAILING_EMOJI, '').trim()
    lines.push({text, raw, at: lines.length, line: n, blankBefore: n === 0 || !top[n - 1].trim(), blankAfter: n + 1 >= top.length || !top[n + 1].trim(), emoji})
  }
  return lines
}

/** A field's label opening a line (`Title: …`, `Subject: …`, `Objet : …`, `pubDate: …`). */
const FIELD = /^[\p{L}][\p{L}\p{N}_-]*\.?(?:\s[\p{L}][\p{L}\p{N}_-]*\.?){0,2}\s?:(?:\s|$)/u
/** A field's label that names the title itself (`Title:`, `Headline:`; a memo's `SUBJECT` label too): its value may be the title. */
const TITLE_LABEL = /^(?:title|titre|headline)\s?:/iu
/** A memo's subject label, the line a letterhead stands over. */
const SUBJECT = /^(?:subject|re|objet|concerne|sujet)\s?:/iu
/** The separators that cut a line into a channel and a headline, a site and a rubric (`–`, `—`, `/`, `·`, `»`, `>`, `|`, `•`). */
const SEPARATOR = /\s(?:[–—/·»>|•]|-{1,2})\s/u
/** Digits that make a date, an hour, an issue's number. */
const DATE = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)|(?<!\p{L})(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})/iu
const HOUR = /(?<!\d)\d{1,2}(?::\d{2}|\s?h\s?\d{2}|\s?[ap]\.?m\.?)(?!\d)/iu
const ISSUE = /(?<!\p{L})(?:no\.?|n[°º]|issue|episode|[ée]pisode|vol\.?|volume|num[ée]ro|#)\s?\d+/iu
/** A file's name (`… .txt`, `… .pdf`). */
const EXTENSION = /\.[a-z0-9]{2,4}$/iu
const LINK = /https?:\/\/|www\.|\S@\S|(?:^|\s)[@#]\p{L}/u
/** A verb's form in French that tells a sentence (an auxiliary, or a present in -e/-ent before an article). */
const FRENCH_VERB = /(?<!\p{L})(?:est|sont|a|ont|sera|seront|va|vont|fait|font|doit|doivent|veut|veulent)(?!\p{L})|\p{Ll}{3,40}(?:ent|e)\s(?:le|la|les|un|une|des|du|l['’]|son|sa|ses|leur|leurs)\s/u
/** A finite verb's form in English (a past, a present's third person, a modal). */
const ENGLISH_VERB = /(?<!\p{L})(?:is|are|was|were|will|would|shall|can|must|has|have|had)(?!\p{L})|(?<!\p{L})\p{Ll}{3,}(?:ed|es)(?!\p{L})|(?<![\p{L}'’])\p{Ll}{2,}[^s\s]s\s(?:the|a|an|new|\d|£|\$|€|to|on|for|up|its|their)(?!\p{L})/u
const KINDS = [...DOCUMENT_KINDS, ...FRENCH_DOCUMENT_KINDS].map(([pattern]) => pattern)
/** French bodies' heads (`Comité`, `Conseil`, `Union`), to say a line names a body. */
const FRENCH_BODY = /(?<!\p{L})(?:comit[ée]|conseil|union|association|f[ée]d[ée]ration|syndicat|commission|r[ée]seau|conf[ée]rence|assembl[ée]e|minist[èe]re|agence|office|groupement|chambre|conservatoire|collectif|coordination)(?!\p{L})/iu
/** Small words that are not counted as capitalised or not (`of`, `de`, `the`). */
const SMALL = /^(?:of|the|and|for|on|in|to|at|a|an|de|du|des|la|le|les|et|pour|sur|en|à|au|aux|d['’]\p{L}*|l['’]\p{L}*)$/iu

/** A count's bucket. */
function bucket(value: number, edges: number[], names: string[]): string {
  for (let k = 0; k < edges.length; k++) if (value <= edges[k]) return names[k]
  return names[names.length - 1]
}

/** The content words of a text (four letters or more, lower case). */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 6)))
}

/** A part's shape, as a feature's suffix: its length and whether it has digits, a date or capitals only. */
function partShape(part: string): string[] {
  const words = part.split(' ').filter(Boolean).length
  const shape = [`len${bucket(words, [1, 3, 6], ['1', '3', '6', 'long'])}`]
  if (/\d/.test(part)) shape.push('digit')
  if (EXTENSION.test(part)) shape.push('ext')
  return shape
}

/**
 * The features of each line of a text's head.
 * @param lines the head's lines (see `headLines`)
 * @param lang the text's language
 * @returns for each line, its feature names (each once)
 */
export function headFeatures(lines: HeadLine[], lang: string): string[][] {
  const paragraph = lines.find((line) => line.text.split(' ').length >= PARAGRAPH_WORDS)
  const body = paragraph ? contentWords(paragraph.text) : new Set<string>()
  const firstParagraph = paragraph ? lines.indexOf(paragraph) : lines.length
  const fields = lines.map((line) => FIELD.test(line.text))
  const longest = Math.max(0, ...lines.slice(0, firstParagraph).filter((line) => line.text.split(' ').length <= MAX_WORDS).map((line) => line.text.split(' ').length))
  return lines.map((line, index) => {
    const text = line.text
    const words = text.split(' ').filter(Boolean)
    const features: string[] = ['bias']
    features.push(`len:${bucket(words.length, [1, 2, 3, 5, 8, 12, 18, 25], ['1', '2', '3', '5', '8', '12', '18', '25', 'long'])}`)
    features.push(`at:${Math.min(index, 6)}`)
    if (index === 0) features.push(words.length <= 4 ? 'first&short' : 'first&long')
    if (index < firstParagraph) features.push('beforeText')
    if (index === firstParagraph - 1) features.push('rightBeforeText')
    if (index > firstParagraph) features.push('afterText')
    if (words.length === longest && index < firstParagraph) features.push('longestAbove')
    const letters = text.replace(/[^\p{L}]/gu, '')
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) features.push('caps:all')
    const counted = words.filter((word) => /^\p{L}/u.test(word) && !SMALL.test(word))
    if (counted.length) {
      const share = counted.filter((word) => /^\p{Lu}/u.test(word)).length / counted.length
      features.push(`capshare:${share >= 0.99 ? 'all' : share >= 0.5 ? 'most' : share > 0.2 ? 'some' : 'few'}`)
      if (share >= 0.99 && words.length <= 4) features.push('capshare:all&short')
    }
    if ((lang === 'fr' ? FRENCH_VERB : ENGLISH_VERB).test(text)) features.push(words.length <= 4 ? 'verb&short' : 'verb')
    const end = text.replace(/["'”’»)\]]+$/u, '').slice(-1)
    features.push(`end:${/[.!…]/u.test(end) ? 'stop' : end === '?' ? 'question' : /[:：]/u.test(end) ? 'colon' : /[,;]/u.test(end) ? 'comma' : /\d/.test(end) ? 'digit' : 'none'}`)
    const separator = SEPARATOR.exec(text)
    if (separator) {
      const mark = separator[0].trim()
      features.push(`sep:${/[–—-]/u.test(mark) ? 'dash' : mark}`)
      const left = text.slice(0, separator.index)
      const right = text.slice(separator.index + separator[0].length)
      for (const shape of partShape(left)) features.push(`sepLeft:${shape}`)
      for (const shape of partShape(right)) features.push(`sepRight:${shape}`)
      if (left.split(' ').length < right.split(' ').length) features.push('sep:rightLonger')
      if (SEPARATOR.test(right)) features.push('sep:many')
    }
    if (/\d/.test(text)) features.push('digit')
    if (DATE.test(text)) features.push('date')
    if (HOUR.test(text)) features.push('hour')
    if (/(?<!\d)(?:19|20)\d\d(?!\d)/.test(text)) features.push('year')
    if (ISSUE.test(text)) features.push('issue')
    if (fields[index]) {
      features.push('field')
      const label = text.slice(0, text.indexOf(':'))
      features.push(label.trim().split(' ').length === 1 ? 'field:oneWord' : 'field:words')
      if (/^\p{Ll}/u.test(label)) features.push('field:lower')
      if (text.slice(text.indexOf(':') + 1).trim().split(' ').length >= 5) features.push('field:longValue')
      if (SUBJECT.test(text)) features.push('field:subject')
    }
    if (fields[index - 1]) features.push('prev:field')
    if (fields[index + 1]) features.push(fields[index] ? 'next:field&field' : 'next:field')
    if (lines.slice(index + 1, index + 4).some((other) => SUBJECT.test(other.text))) features.push('subjectBelow')
    if (line.blankBefore) features.push('blankBefore')
    if (line.blankAfter) features.push('blankAfter')
    if (line.emoji) features.push('emoji:lead')
    if (new RegExp(EMOJI, 'u').test(text)) features.push('emoji')
    if (EXTENSION.test(text)) features.push('ext')
    if (LINK.test(text)) features.push('link')
    if (/^[-•*▪◦·]\s/u.test(line.raw) || /^\d{1,2}[.)]\s/u.test(line.raw)) features.push('bullet')
    if (/^\[?\d{1,2}[/.:]\d{2}/u.test(line.raw)) features.push('stamped')
    if (/^["“«]/u.test(text)) features.push('quote')
    if (KINDS.some((pattern) => pattern.test(text))) features.push(words.length <= 4 ? 'kind&short' : 'kind')
    if (ORGANISATION_HEADS.test(text) || FRENCH_BODY.test(text)) features.push(words.length <= 8 ? 'body&short' : 'body')
    if (words.length > MAX_WORDS) features.push('paragraph')
    if (body.size) {
      const own = contentWords(text)
      const shared = own.size ? [...own].filter((word) => body.has(word)).length / own.size : 0
      features.push(`shared:${shared >= 0.6 ? 'most' : shared >= 0.3 ? 'some' : shared > 0 ? 'few' : 'none'}`)
    } else features.push('shared:noText')
    const previous = lines[index - 1]
    if (previous && previous.text.split(' ').length <= 4 && index === 1) features.push('under:shortFirst')
    if (previous && SEPARATOR.test(previous.text) && !/\d/.test(previous.text)) features.push('under:separated')
    return [...new Set(features)]
  })
}

/**
 * The options the chooser weighs: each line's features with what the rules made of it (`rules`, and each of its
 * features again as `r&…` on the line the rules' title is: the chooser learns where to overrule them, not to
 * choose alone), then the features of choosing none (`none`, `none&rules` when the rules took no line either).
 * @param features the lines' features (see `headFeatures`)
 * @param rules the line the rules' title is, or -1 when it is none of them
 * @returns one feature list per line, then none's
 */
export function withRules(features: string[][], rules: number, stacked = false): string[][] {
  if (!stacked) return [...features, ['none']]
  const lines = features.map((own, k) => (k === rules ? [...own, 'rules', ...own.map((feature) => `r&${feature}`)] : own))
  return [...lines, rules === -1 ? ['none', 'none&rules'] : ['none']]
}

/**
 * The chooser's probability of each option (see `withRules`).
 * @param options the options' features: the lines', then none's
 * @param model the weights
 * @returns one probability per option
 */
export function headProbabilities(options: string[][], model: HeadWeights): number[] {
  const scores = options.map((own) => own.reduce((sum, feature) => sum + (model.weights[feature] ?? 0), 0))
  const top = Math.max(...scores)
  const exps = scores.map((score) => Math.exp(score - top))
  const sum = exps.reduce((a, b) => a + b, 0)
  return exps.map((value) => value / sum)
}

/** Whether a line may be a title at all (a line of text longer than `MAX_WORDS` never is). */
export function mayBeTitle(line: HeadLine): boolean {
  return line.text.split(' ').length <= MAX_WORDS && /\p{L}/u.test(line.text)
}

/** A line or a title folded to compare them: case, quotes, spaces, emoji at either end. */
function foldLine(text: string): string {
  return text.normalize('NFC').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().replace(LEADING_EMOJI, '').replace(TRAILING_EMOJI, '').toLowerCase()
}

/**
 * The line of a head a title was taken from: the line that is it, else one that holds it (or it holds) at least half over.
 * @param title the title
 * @param lines the head's lines' texts
 * @returns the line's index, or -1 when the title is none of them (made from who met and where, or a plan's name)
 */
export function lineOfTitle(title: string | undefined, lines: string[]): number {
  if (!title) return -1
  const t = foldLine(title)
  const exact = lines.findIndex((line) => foldLine(line) === t)
  if (exact !== -1) return exact
  return lines.findIndex((line) => {
    const f = foldLine(line)
    return f.length > 0 && ((f.includes(t) && t.length >= 0.5 * f.length) || (t.includes(f) && f.length >= 0.5 * t.length))
  })
}

/** A field's label of a word or two in letters before a value that opens on a capital or a digit (`Title: Associate boards …`, `Objet : Rencontre …`). */
const LABEL_BEFORE_VALUE = /^\p{L}+(?:\s\p{L}+)?\s?:\s+(?=[\p{Lu}\d])/u

/**
 * The title a chosen head line gives: the line without a field's label before it (`Title: …`); a label that opens a
 * headline in sentence case stays (`Cantines : le comité …`), as does one with a number (`AGM 2026: your questions answered`).
 * @param line the line's text, cleaned
 * @returns the title
 */
export function titleOfLine(line: string): string {
  const label = LABEL_BEFORE_VALUE.exec(line)
  return label && line.slice(label[0].length).split(' ').length >= 3 ? line.slice(label[0].length) : line
}

/** The most words of a first line the chooser may overrule: a channel's, a site's or a publisher's name is short, a longer line is a headline. */
export const HEAD_FIRST_WORDS = 8
/** A day's date: a day's number by a month's name, or a date in figures. */
const DAY_DATE = /(?<!\d)\d{1,2}(?:st|nd|rd|th|er)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c)\p{L}*\.?(?!\p{L})|(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?!\d)|(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/iu
/** How far the chooser must doubt the rules' first line (its probability below this) to overrule it. */
export const HEAD_DOUBT = 0.2
/** How sure the chooser must be of its own choice (a line under it, or none) to overrule the rules' first line. */
export const HEAD_SURE = 0.5

/**
 * The chooser's last word over the rules' title: when the rules took the head's first line, the chooser gives it less than
 * `HEAD_DOUBT` and gives another option at least `HEAD_SURE` (a line under it, or none of them), that option.
 * @param source the text
 * @param title the rules' title
 * @param lang the text's language
 * @param model the weights
 * @returns `undefined` to keep the rules' title; else the chosen line's text, or `null` for none (the title is then made from who met and where)
 */
export function overruledTitle(source: string, title: string | undefined, lang: string, model: HeadWeights): string | null | undefined {
  if (!title) return undefined
  const lines = headLines(source)
  if (lineOfTitle(title, lines.map((line) => line.text)) !== 0 || lines[0].text.split(' ').length > HEAD_FIRST_WORDS) return undefined
  const options = lines.map((line, k) => ({k, line})).filter(({line}) => mayBeTitle(line))
  const features = headFeatures(lines, lang)
  const p = headProbabilities(withRules(options.map(({k}) => features[k]), -1), model)
  const first = options.findIndex(({k}) => k === 0)
  if (first === -1 || p[first] >= HEAD_DOUBT) return undefined
  let best = 0
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k
  if (best === first || p[best] < HEAD_SURE) return undefined
  // (a line that says on which day, `Minutes of the meeting held at …, on Tuesday 10 March 2026`, is the block's date line, which the rules read)
  if (best < options.length && DAY_DATE.test(options[best].line.text)) return undefined
  // (a field's line, `Present: the chair, six operators, …`, `Venue: …`, is never the title; a field that names it, `Title: …`, `Subject: …`, may be)
  if (best < options.length && FIELD.test(options[best].line.text) && !TITLE_LABEL.test(options[best].line.text) && !SUBJECT.test(options[best].line.text)) return undefined
  return best === options.length ? null : titleOfLine(options[best].line.text)
}
