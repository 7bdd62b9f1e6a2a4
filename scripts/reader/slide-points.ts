import createDebug from 'debug'
import {complementToCome, definiteBefore, hasFiniteVerb, laterClausesAsWritten, lacksInfinitive, leaningPronounIn, listGoesOn as listCutBeforeItsEnd, twoDecisions} from '../../slides/condense.js'
import {makeSlides} from '../../slides/make-slides.js'
import {PARTICLE} from '../structure/english.js'
import {FRENCH_FINITE_VERB_LOOSE} from '../structure/french.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {readingFor} from '../structure/language.js'
import {splitSentences} from '../structure/text.js'
import {tokensOf, type Token} from '../structure/tokens.js'
import type {Case} from './evaluate.js'

/**
 * The points a deck shows on its pillar slides and its closing slide, checked against what issue
 * 11 asks of a slide point, as `npm run eval -- --slide-points` lists them: a whole sentence or
 * a whole clause with its subject, at most 16 words, never `…`, never a fragment, two to four
 * points when the body has two sentences or more, never the title again. A check of the point
 * alone (and of its sentence), whatever the wordings a person would choose.
 */

/** What follows each cut point (`DEBUG=briefing-pack:slide-points`). */
const debug = createDebug('briefing-pack:slide-points')
/** Every point shown, for a diff of two versions (`DEBUG=briefing-pack:points`). */
const debugPoints = createDebug('briefing-pack:points')

/** The rules, in the order the report counts them. */
export const POINT_RULES = [
  'over 16 words',
  'ellipsis',
  'opens on a phrase opener',
  'no verb',
  'no subject',
  'ends on a dangling word',
  'cut leaves a complement out',
  'verb of the decision dropped',
  'leans on the other half',
  'fewer than two points',
  'more than four points',
  'repeats the title',
  'repeats another point',
] as const
export type PointRule = (typeof POINT_RULES)[number]

/** Words a point never ends on, in English: articles, determiners, prepositions, conjunctions, auxiliaries. */
const ENGLISH_DANGLING = new Set(
  'a an the this that these those its their our his her my your whose each every any some no to of for from with without by in on at into onto toward towards against between among about through under over than via per including and or but nor as if whether because while which who will would shall should can could may might must is are was were be been being has have had do does did such not'.split(' '),
)
/** Words a point never ends on, in French. */
const FRENCH_DANGLING = new Set(
  'à au aux de d du des en dans par pour sur sous avec sans contre grâce vers entre chez selon depuis dès jusqu afin malgré envers parmi que qu et ou mais ni dont car donc le la les l un une son sa ses leur leurs ce cet cette ces ne se s y plus moins très notamment qui'.split(' '),
)
/** Tails that mean nothing once what they introduced is cut (`… in a way`, `… as well as`). */
const EMPTY_TAIL = /\b(?:in a way|in such a way|such as|as well as|so as|in order|in terms|on the basis|with a view|de manière|de façon|en vue|afin)$/iu
/** What, right after a cut, completes the words before it: a French relative, a noun's complement, a comparison. */
const COMPLEMENT_AFTER = /^(?:of|than|qui|que|qu['’]|dont|où|de|d['’]|du|des)\b/iu
/** An aside between commas right after a verb, its object still to come (`to publish | , by June 2026, common guidance`). */
const ASIDE_THEN_OBJECT = /^,\s+(?:by|for|in|within|during|over|under|after|before|until|with|without|from|at|on)\s[^,;]{1,80},\s+\S/i

/** The words of a text, lower case, for telling whether two texts say the same. */
function plainWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** What follows a point's last words in the sentence it was taken from (empty when the point ends where its sentence ends), or undefined when no sentence holds them. */
function restAfter(point: string, sentences: string[]): string | undefined {
  const tail = plainWords(point).split(' ').slice(-3).join(' ')
  if (!tail) return undefined
  for (const sentence of sentences) {
    const plain = ` ${plainWords(sentence)} `
    const at = plain.lastIndexOf(` ${tail} `)
    if (at < 0) continue
    // back in the sentence as written: the same words, with their punctuation
    const words = tail.split(' ').length
    const written = sentence.split(/\s+/)
    for (let end = written.length; end >= words; end--) {
      if (plainWords(written.slice(end - words, end).join(' ')) === tail) {
        const rest = written.slice(end).join(' ')
        const lastWritten = written[end - 1]
        return /[,;:–—]$/.test(lastWritten) ? `, ${rest}` : rest
      }
    }
  }
  return undefined
}

/** Whether the noun phrase a text ends on is definite or a bare plural, so a restrictive relative after it says which ones are meant (`definiteBefore`). */
export function definiteAtEnd(text: string): boolean {
  const tokens = tokensOf(text)
  return definiteBefore(tokens, tokens.length)
}

/** Whether a point is its sentence as the text writes it, whole (only its lead-in or asides may have gone). */
export function isWholeSentence(point: string, body: string): boolean {
  const rest = restAfter(point.replace(/[.!?]["'”’»)]*$/u, ''), splitSentences(body).map((s) => s.text))
  return rest !== undefined && !/\p{L}/u.test(rest)
}

/**
 * Why a point breaks a rule of a slide point, every rule it breaks (none when it reads as a complete thought).
 * @param point the point as shown
 * @param body the text it was made from (the pillar's body, or the outlook), to tell a cut point and the text's own imperative lists
 * @param lang the readout's language
 */
export function pointFaults(point: string, body: string, lang = 'en'): PointRule[] {
  const faults: PointRule[] = []
  const text = point.replace(/[.!?]["'”’»)]*$/u, '').trim()
  const words = text.split(/\s+/).filter(Boolean)
  const english = lang === 'en'
  if (words.length > 16) faults.push('over 16 words')
  if (/…|\.\.\./.test(point)) faults.push('ellipsis')
  const first = (words[0] ?? '').toLowerCase().replace(/['’].*$/u, '')
  const tokens = english ? tokensOf(text) : []
  // (a subordinate clause first is no fragment, nor a word that rounds a number: `About 300 drones are …`)
  const rounds = /^(?:about|around|over|under|nearly|almost|roughly|approximately|some)$/i.test(tokens[0]?.text ?? '') && tokens[1]?.pos === 'NUM'
  const opener = english ? ['ADP', 'CCONJ', 'SCONJ'].includes(tokens[0]?.pos ?? '') && !rounds && !/^(?:if|when|as|while|because|although|though|once|after|before|since|until|where)$/i.test(tokens[0]?.text ?? '') : false
  if (opener || readingFor(lang).phraseOpeners.has(first)) faults.push('opens on a phrase opener')
  const verb = english ? hasFiniteVerb(text) : FRENCH_FINITE_VERB_LOOSE.test(text)
  if (!verb) faults.push('no verb')
  // a point that opens on a verb form has no subject, unless the text itself writes a sentence that way (a list of imperatives)
  if (english && ['VERB', 'AUX'].includes(tokens[0]?.pos ?? '') && !/^(?:let|please)$/i.test(first)) {
    const opens = splitSentences(body.replace(/^\s*(?:[-*•]|\d+[.)])\s+/gm, '')).map((s) => s.text.trim().split(/\s+/)[0]?.toLowerCase())
    if (!opens.includes((words[0] ?? '').toLowerCase())) faults.push('no subject')
  }
  const last = (words.at(-1) ?? '').toLowerCase().replace(/^\p{L}['’]$/u, (w) => w[0])
  // (a sentence of two decisions shows as two points, each with its subject: the first ends where its own clause does)
  const pieces = splitSentences(body).flatMap(({text: sentence}) => {
    // (only a sentence the point opens and stops short of)
    const opens = plainWords(sentence).startsWith(plainWords(text)) && plainWords(sentence).length > plainWords(text).length
    const halves = english && words.length > 3 && opens ? twoDecisions(sentence) : []
    return halves.length === 2 && plainWords(halves[0]).startsWith(plainWords(text)) ? halves : [sentence]
  })
  const rest = restAfter(text, pieces)
  // a point that ends where its sentence ends ends as the text does (`… than those that do not`)
  const cut = rest === undefined || /\p{L}/u.test(rest)
  if (cut && ((english ? ENGLISH_DANGLING : FRENCH_DANGLING).has(last.replace(/[,;:]$/, '')) || /[,;:–—-]$/.test(text) || EMPTY_TAIL.test(text))) faults.push('ends on a dangling word')
  else {
    if (rest && /\p{L}/u.test(rest)) {
      // a cut right before what completes the last words, or after a verb whose object went
      const lastToken = english ? tokensOf(text).at(-1) : undefined
      const passive = lastToken?.pos === 'VERB' && /^(?:be|been|being|is|are|was|were)$/i.test(words.at(-2) ?? '')
      // (English: the next item of a list, `the air, soil | and water`, or the verb of a subject cut from it, `the frequencies used by boats | are kept free`)
      const next = english && !/^,/.test(rest) ? tokensOf(rest.split(/\s+/).slice(0, 4).join(' ')) : []
      const listGoesOn = /^(?:and|or)$/i.test(next[0]?.text ?? '') && ['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET'].includes(next[1]?.pos ?? '')
      const verbCut = ['VERB', 'AUX'].includes(next[0]?.pos ?? '') && !/ing$/i.test(next[0]?.text ?? '')
      // a restrictive relative (no comma) after a noun it defines: `the risks | that thaw poses`, `power plants | that burn logs` (not `a drilling company | that will own rigs`)
      const relative = english && /^(?:that|which|who|whom|whose|where)\b/i.test(rest) && definiteAtEnd(text)
      // (a verb or its particle before an aside, its object after it: `will set aside | , by the end of 2026, zones`)
      const tokens = english ? tokensOf(text) : []
      const particle = lastToken?.pos !== 'VERB' && PARTICLE.test(lastToken?.text ?? '') && tokens.at(-2)?.pos === 'VERB'
      // (the verb after `to` or an auxiliary: `to publish`, `will carry`, `will set aside`; not a noun the tagger reads as a verb, `its age and recharge`)
      const verbAt = tokens.length - (particle ? 2 : 1)
      const governed = tokens[verbAt]?.pos === 'VERB' && (tokens[verbAt - 1]?.lower === 'to' || tokens[verbAt - 1]?.pos === 'AUX')
      const objectAfterAside = english && governed && !passive && ASIDE_THEN_OBJECT.test(rest)
      // (a cut that makes the point say something else: a list's later item with more to come, `leave, childcare | near the workplace and an end …`;
      // a verb that lets someone act without the act, `allow them, within a legal framework | , to prescribe …`; `make` without what it makes of its object)
      const saysElse = english && ((!/^,/.test(rest) && listCutBeforeItsEnd(text, rest)) || (lacksInfinitive(text) && !lacksInfinitive(`${text} ${rest}`)) || complementToCome(tokens, tokens.length, rest))
      if (relative || COMPLEMENT_AFTER.test(rest) || listGoesOn || verbCut || objectAfterAside || saysElse || (lastToken?.pos === 'VERB' && !passive && !/^,/.test(rest))) faults.push('cut leaves a complement out')
      debug('%s\t| %s', point, rest.slice(0, 60))
    }
  }
  if (english && dropsDecisionVerb(text, splitSentences(body).map((s) => s.text))) faults.push('verb of the decision dropped')
  if (leansOnOtherHalf(text, splitSentences(body).map((s) => s.text), lang)) faults.push('leans on the other half')
  return faults
}

/**
 * Whether a point joins its sentence's subject to a later part of that sentence that opens on a word the
 * tagger reads as a verb but that, in the sentence, follows `and` after a noun and comes before a bare noun:
 * `Ministers | closed systems that capture …` of `Ministers asked the Panel to test low-cost retorts and
 * closed systems that capture …`, where `and` joins two objects and the decision's verb (`asked`) is gone.
 */
export function dropsDecisionVerb(point: string, sentences: string[]): boolean {
  const said = plainWords(point).split(' ')
  for (const sentence of sentences) {
    const plain = plainWords(sentence).split(' ')
    // the sentence's first words, then a later run of its words up to the point's end
    let shared = 0
    while (shared < said.length && plain[shared] === said[shared]) shared++
    if (shared === 0 || shared >= said.length) continue
    const restOfPoint = said.slice(shared).join(' ')
    const at = ` ${plain.join(' ')} `.indexOf(` ${restOfPoint} `, plain.slice(0, shared).join(' ').length + 1)
    if (at < 0) continue
    const start = ` ${plain.join(' ')} `.slice(0, at).trim().split(' ').length
    if (plain[start - 1] !== 'and') continue
    // the sentence's own tags: the word before `and` a noun with no comma, the point's verb before a bare noun
    const tokens = tokensOf(sentence)
    const verbAt = tokens.findIndex((token, i) => token.lower === said[shared] && tokens[i - 1]?.lower === 'and' && i > 1)
    if (verbAt < 0) continue
    // (two plural objects joined by `and`, the second with its participle: `retorts and closed systems`, `stocks and planted areas`; not `rice and asked officials`)
    const plural = (token: Token | undefined) => token?.pos === 'NOUN' && /[^s]s$/.test(token.lower)
    if (/ed$/.test(tokens[verbAt].lower) && plural(tokens[verbAt - 2]) && plural(tokens[verbAt + 1])) return true
  }
  return false
}

/**
 * Whether a point made from a later clause of a sentence split in two keeps a pronoun for what the earlier
 * clause names: `Ministers want them halved again` of `Costs have fallen …, and ministers want them halved
 * again`. The point opens as such a clause does, up to and with the pronoun.
 */
export function leansOnOtherHalf(point: string, sentences: string[], lang: string): boolean {
  const pronoun = leaningPronounIn(point, lang)
  if (!pronoun) return false
  const upTo = plainWords(point.slice(0, pronoun.end))
  return sentences.some((sentence) => laterClausesAsWritten(sentence, lang).some((clause) => plainWords(clause).startsWith(upTo)))
}

/** Every rule a slide's points break together: how many there are, and whether one repeats the title or another point. */
export function slideFaults(points: string[], title: string | undefined, body: string, pillar: boolean): Array<{point: string; why: PointRule}> {
  const found: Array<{point: string; why: PointRule}> = []
  const sentences = splitSentences(body).length
  if (pillar && points.length < 2 && sentences >= 2) found.push({point: points[0] ?? '', why: 'fewer than two points'})
  if (points.length > 4) found.push({point: points[4], why: 'more than four points'})
  const heading = title ? plainWords(title) : ''
  points.forEach((point, at) => {
    const plain = plainWords(point)
    // the same sentence as the title: the title holds the point, or the point holds the title and
    // adds at most a fifth to it (a title that names the point's object, `Fees on grain`, is no repeat)
    if (heading && (heading.includes(plain) || (plain.includes(heading) && heading.split(' ').length >= 0.8 * plain.split(' ').length))) found.push({point: `${point}  [title: ${title}]`, why: 'repeats the title'})
    if (points.some((other, before) => before < at && (plainWords(other).includes(plain) || plain.includes(plainWords(other))))) found.push({point, why: 'repeats another point'})
  })
  return found
}

export interface SlidePointsResult {
  points: number
  slides: number
  faults: Array<{case: string; slide: string; point: string; why: PointRule}>
  /** Points over 16 words that are their whole sentence as written, within the box's characters (the fallback when no cut is whole). */
  wholeLong: number
  /** Points over 20 words (past "about 16"). */
  overTwenty: number
}

/** Every point the decks of these cases show on their pillar and closing slides, and every rule each one breaks. */
export async function slidePointsIn(cases: Case[]): Promise<SlidePointsResult> {
  const result: SlidePointsResult = {points: 0, slides: 0, faults: [], wholeLong: 0, overTwenty: 0}
  for (const item of cases) {
    const structured = await structureSource(await readSource(item.input))
    if (!structured) continue
    const {readout} = structured
    const lang = readout.lang ?? 'en'
    const deck = makeSlides(readout)
    let pillar = 0
    for (const slide of deck.slides) {
      if (slide.kind !== 'pillar' && slide.kind !== 'closing') continue
      const points = slide.content.points ?? []
      const isPillar = slide.kind === 'pillar'
      const body = isPillar ? readout.pillars[pillar++].body : (readout.outlook.length ? readout.outlook : readout.context).join('\n\n')
      const where = isPillar ? `pillar ${pillar}` : 'outlook'
      result.slides++
      result.points += points.length
      for (const point of points) {
        debugPoints('%s\t%s\t%s', item.name, where, point)
        const faults = pointFaults(point, body, lang)
        for (const why of faults) result.faults.push({case: item.name, slide: where, point, why})
        if (faults.includes('over 16 words') && isWholeSentence(point, body)) result.wholeLong++
        if (point.split(/\s+/).length > 20) result.overTwenty++
      }
      const shown = isPillar ? slide.title : undefined
      for (const fault of slideFaults(points, shown, body, isPillar)) result.faults.push({case: item.name, slide: where, ...fault})
      // the closing slide's points beside its next steps
      if (!isPillar) for (const point of points) if ((slide.content.next ?? []).some((step) => plainWords(step).includes(plainWords(point)))) result.faults.push({case: item.name, slide: where, point, why: 'repeats another point'})
    }
  }
  return result
}

/** The count of points per rule broken, and each one unless `quiet`. */
export function formatSlidePoints(result: SlidePointsResult, verbose: boolean): string {
  const lines = [`${result.faults.length} faults in ${result.points} points on ${result.slides} slides`]
  for (const rule of POINT_RULES) lines.push(`  ${String(result.faults.filter((fault) => fault.why === rule).length).padStart(4)}  ${rule}${rule === 'over 16 words' ? ` (${result.wholeLong} of them a whole sentence as written; ${result.overTwenty} over 20 words)` : ''}`)
  if (verbose) for (const fault of result.faults) lines.push(`${fault.case}\t${fault.slide}\t${fault.why}\t${fault.point}`)
  return `${lines.join('\n')}\n`
}
