import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {KeyFigure} from './readout.js'
import {joinNames, normaliseSpace, splitNames, splitSentences} from './text.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'

const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?'
const SCALE = '(?:million|billion|trillion|thousand|bn|mn|m|k)\\b'
const MONEY = new RegExp(`(?:US\\$|A\\$|C\\$|\\$|€|£|¥|(?:USD|EUR|GBP|CHF)\\s?)\\s?(?:${NUMBER})(?:\\s?${SCALE})?|(?:${NUMBER})(?:\\s?${SCALE})?\\s(?:euros?|dollars?|pounds?|USD|EUR|GBP|CHF)\\b`, 'gi')
const PERCENT = new RegExp(`(?:${NUMBER})\\s?(?:%|per ?cent\\b)`, 'gi')
const MEMBERS = new RegExp(`\\b(${NUMBER})-(?:member|nation|country|state|partner)\\b(?:\\s+((?:\\p{Lu}[\\p{L}-]*\\s?)+))?`, 'gu')
const COUNT = new RegExp(`(?<![\\w$€£¥.,:/-])(${NUMBER})(\\s+(?:million|billion|thousand))?\\s+((?:[\\p{L}][\\p{L}'’-]*\\s+){0,3}?(?:[\\p{L}'’-]*[^\\Ws]s|people|children|staff|personnel|women|men|police|youth|aid))\\b`, 'gu')
const YEAR = /\b(?:in|since|by|from|back in)\s+((?:19|20)\d{2})\b/
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i
const STOP = new Set(['and', 'or', 'to', 'in', 'of', 'on', 'at', 'for', 'with', 'from', 'by', 'the', 'a', 'an', 'as', 'that', 'which', 'who', 'this', 'these', 'those', 'our', 'their', 'its', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'will', 'be', 'been'])
const ACTION = /^(?:costs?|worth|totalling|totaling|raised|pledged|committed|mobilised|mobilized|spent|invested|allocated|provided|disbursed|announced|secured|contributed|donated|delivered|promised|granted|cut|reduced|increased|rose|fell|grew|trained|reached|supported)$/i
const WELCOMED = /\bwelcomed\s+(.+?)\s+(?:in)?to\s+(?:our|the)\s+([\p{Lu}][\p{L}-]*|coalition|alliance|partnership|group|network)/iu
const OBSERVERS = /^(.+?)\s+(?:also\s+)?(?:came|attended|joined(?:\s+us)?)\s+(?:to observe|as observers?)\b/i

/**
 * Extract key figures: amounts of money, percentages, counts of things (`80 international
 * partners`), sizes (`a 12-member Coalition back in 2014`), new members welcomed and observers,
 * each with what it counts and the sentence it comes from. Dates and years are not figures; a
 * number already taken is not taken twice.
 */
const extractFigures: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    for (const paragraph of paragraphsOf(tree)) {
      if (paragraph.data?.role === 'dateline') continue
      let text = textOf(paragraph)
      if (paragraph.data?.role === 'pillar') text = text.slice(text.indexOf(':') + 1)
      for (const sentence of splitSentences(normaliseSpace(text))) {
        for (const figure of figuresIn(sentence.text)) addFigure(readout.figures, figure)
      }
    }
  }
}
export default extractFigures

/**
 * The figures of one sentence, in the order they appear.
 * @param sentence one sentence of the source
 * @returns the figures found
 */
export function figuresIn(sentence: string): KeyFigure[] {
  const found: Array<KeyFigure & {at: number}> = []
  const taken: Array<[number, number]> = []
  const take = (at: number, length: number, value: string, label: string) => {
    if (taken.some(([start, end]) => at < end && at + length > start)) return
    taken.push([at, at + length])
    found.push({at, value, label: tidyLabel(label), sentence})
  }
  for (const match of sentence.matchAll(MONEY)) {
    take(match.index, match[0].length, normaliseSpace(match[0]), moneyLabel(sentence, match.index, match[0].length))
  }
  for (const match of sentence.matchAll(PERCENT)) {
    take(match.index, match[0].length, match[0].replace(/\s?per ?cent/i, '%').replace(/\s/g, ''), moneyLabel(sentence, match.index, match[0].length))
  }
  for (const match of sentence.matchAll(MEMBERS)) {
    const what = match[2]?.trim()
    const year = YEAR.exec(sentence.slice(match.index))?.[1]
    take(match.index, match[0].length, match[1], `members${what ? ` of the ${what}` : ''}${year ? ` in ${year}` : ''}`)
  }
  for (const match of sentence.matchAll(COUNT)) {
    const noun = match[3]
    if (/^\p{Lu}/u.test(noun) && MONTH.test(noun)) continue
    if (/^(?:19|20)\d{2}$/.test(match[1]) && !match[2]) continue
    if (/^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/i.test(noun)) continue
    const words = noun.split(/\s+/)
    if (words.some((word) => STOP.has(word.toLowerCase()))) continue
    take(match.index, match[0].length, match[1] + (match[2] ?? ''), noun)
  }
  const welcomed = WELCOMED.exec(sentence)
  if (welcomed) {
    const names = splitNames(welcomed[1])
    take(welcomed.index, welcomed[0].length, `+${names.length}`, `${names.length === 1 ? 'new member' : 'new members'}: ${joinNames(names)}`)
  }
  const observers = OBSERVERS.exec(sentence)
  if (observers) {
    const names = splitNames(observers[1].replace(/^(?:and|also|representatives of|delegations from)\s+/i, ''))
    take(observers.index, observers[0].length, String(names.length), `${names.length === 1 ? 'observer' : 'observers'}: ${joinNames(names)}`)
  }
  return found.sort((a, b) => a.at - b.at).map(({at: _at, ...figure}) => figure)
}

const MODIFIER = /^(?:a|an|the|some|about|around|roughly|nearly|almost|over|more|than|up|estimated|total|additional|extra|further|just|only|another|least|at)$/i
const MODAL = /^(?:will|would|shall|should|can|could|must|may|to|have|has|had|is|are|was|were|be|been|being)$/i
const DETERMINER = /^(?:a|an|the|this|that|these|those|our|their|its|his|her|every|each)$/i

/**
 * What an amount or percentage is, in a few words taken from its clause:
 * `a facility of €1.2 billion` gives `new facility`, `30% of the world’s oceans` gives
 * `of the world’s oceans`, `cut energy use by 20% within five years` gives
 * `cut energy use within five years`, `raised $20 billion to stabilise` gives `raised to stabilise`.
 */
function moneyLabel(sentence: string, at: number, length: number): string {
  const before = sentence.slice(0, at).split(/[,;:()–—]/).pop()!.trim().split(/\s+/).filter(Boolean)
  const afterText = sentence.slice(at + length)
  const after = afterText.split(/[,;:.()!?–—]/)[0].trim().split(/\s+/).filter(Boolean)
  while (before.length && MODIFIER.test(before[before.length - 1])) before.pop()
  const last = before[before.length - 1] ?? ''
  const afterPhrase = (max: number) => {
    const words = [...after]
    while (words.length && MODAL.test(words[0])) words.shift()
    return words.slice(0, max)
  }
  if (/^of$/i.test(last)) {
    // “A new facility of €1.2 billion”, “Funding of $42 million has been pledged so far”
    const phrase = before.slice(0, -1).slice(-3)
    while (phrase.length && (DETERMINER.test(phrase[0]) || MODAL.test(phrase[0]))) phrase.shift()
    const rest = /^(?:has|have|had|was|were|is|are)\s+(?:been\s+)?\p{L}+ed\b/u.test(after.join(' ')) ? afterPhrase(3) : /^(?:for|to)$/i.test(after[0] ?? '') ? after.slice(0, 4) : []
    return lowerFirst([...phrase, ...rest].join(' '))
  }
  if (/^of$/i.test(after[0] ?? '')) {
    // “30% of the world’s oceans to be protected”
    const phrase = ['of']
    for (const word of after.slice(1, 5)) {
      if (phrase.length > 1 && (STOP.has(word.toLowerCase()) || MODAL.test(word))) break
      phrase.push(word)
    }
    return phrase.join(' ')
  }
  if (/^by$/i.test(last)) {
    // “will cut energy use by 20% within five years”
    const verb = before.slice(0, -1)
    const modal = verb.findLastIndex((word) => MODAL.test(word))
    return [...verb.slice(modal + 1).slice(-3), ...afterPhrase(4)].join(' ')
  }
  if (ACTION.test(last) || /ed$/i.test(last)) {
    const clause = afterText.split(/[;:.()!?–—]/)[0].trim().split(/\s+/).filter(Boolean)
    return [last, ...clause.slice(0, 8)].join(' ')
  }
  const tail = afterPhrase(6)
  if (tail.length) return tail.join(' ')
  return lowerFirst(before.slice(-3).join(' '))
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

function tidyLabel(label: string): string {
  return normaliseSpace(label).replace(/[\s,;:.–—-]+$/, '')
}

/** Add a figure unless the same number of the same thing is already there. */
function addFigure(figures: KeyFigure[], figure: KeyFigure): void {
  const head = (label: string) => label.split(/[\s:]+/).filter(Boolean).pop()?.toLowerCase()
  const duplicate = figures.some((other) => other.value === figure.value && head(other.label) === head(figure.label))
  if (!duplicate && figure.label) figures.push(figure)
}
