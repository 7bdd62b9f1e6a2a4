import {pesoOf} from './peso-countries.js'
import {currencyOfName, currentWholeText, isCodeAfter, isCodeBefore, SIGNS_BEFORE} from './currency-names.js'
import {ACT_NOUN_ENDING, POUNDS_WEIGHED, SHORT_CURRENCY_WORDS, TWO_WORD_CURRENCIES, CURRENCY_AFTER, CURRENCY_BEFORE, DOLLARS_OF, IRREGULAR_PLURALS, MONTHS, PERCENT_WORDS, REFERENCE_BEFORE, SCALES, SHORT_SCALES, SIZE_NOUNS, MEASURE_SIZE_UNITS, STRUCTURE_NOUNS, KEEPING_PARTICIPLES, IRREGULAR_PARTICIPLES, KEEPING_VERBS, MAKING_VERBS, TIME_UNITS, UNIT_SYMBOLS, YEAR_BEFORE, SPEED_AFTER, MEMBER_KINDS, PEOPLE_WHO_MEET, SIZE_LIMIT_UNITS, TIME_CHANGE_VERBS, CHANGE_VERBS} from './english.js'
import {isNumberWord, wordsToNumber} from './number-words.js'
import {fractionOfScaleAt, shareOfThemAt} from './fraction-words.js'
import {scaleOfDigits} from './scale-of-digits.js'
import {groupDigits, writeValue} from './figure-value.js'
import type {Token} from './tokens.js'
import {isHeadAfterJoinedNames, isJoinedNameWord} from './joined-names.js'

/** A number of a sentence with what makes it money or a percentage, in token positions. */
export interface Quantity {
  /** First token (the currency sign when there is one) and the token after the last. */
  from: number
  to: number
  /** The number's value before its scale (31 for `thirty-one`, 1.1 for `US$1.1 billion`). */
  number: number
  /** The number with its scale (8e6 for `eight million`), to compare two numbers. */
  magnitude: number
  /** The value as the key figures write it: `US$1.1 billion`, `45%`, `31`, `8 million`. */
  value: string
  kind: 'money' | 'percent' | 'count'
  /** `size` for a hyphenated size (`a 12-member Coalition`). */
  size?: boolean
  /** The number is written in words. */
  words?: boolean
  /** A unit written right after the number that is not money or percent (`°C` in `0.1°C`): the label starts with it. */
  unit?: string
}

/** Numbers read in one sentence at most: a sentence with more is a table, not prose, and this keeps the time linear. */
const MAX_PER_SENTENCE = 40

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

/**
 * The quantities of a tokenised sentence: amounts of money, percentages and plain numbers, in
 * the order they appear. Years, dates, references (`Resolution 2334`, `paragraph 12`) and
 * durations (`a five-year plan`) are left out.
 * @param tokens the sentence's tokens
 * @param sentence the sentence
 * @returns the quantities
 */
export function quantitiesOf(tokens: Token[], sentence: string): Quantity[] {
  const found: Quantity[] = []
  for (let index = 0; index < tokens.length && found.length < MAX_PER_SENTENCE; index++) {
    const single = shareOfCountAt(tokens, index, found.at(-1)) ?? quantityAt(tokens, index, sentence)
    if (!single) continue
    const quantity = rangeAt(tokens, single, sentence) ?? single
    if (!ignored(tokens, quantity) && !limitOf(tokens, quantity)) found.push(quantity)
    index = quantity.to - 1
  }
  // `Three new power links …, worth €4.5 billion`: a small count in words beside an amount of money
  // describes what the money pays for, and `Two more states joined, bringing its membership to 44`
  // adds to the total given beside it; beside other counts it is a fact of its own (`9,000 fishers in four countries`)
  if (found.length < 2) return found
  const money = found.some((quantity) => quantity.kind === 'money')
  return found.filter((quantity) => !smallInWords(quantity) || sizeOfWhole(tokens, quantity) || madeByVerb(tokens, quantity) || pickedBySuperlative(tokens, quantity) || (quantity.from > 0 && opensClause(tokens, quantity)) || (!/^(?:more|further|additional|extra)$/.test(tokens[quantity.to]?.lower ?? '') && (!money || apartFromMoney(tokens, quantity, found))))
}

/**
 * Whether an amount is a price by one of the things a count before it counts: `a`, `per`, `each`, `for each` or `for every`
 * and a singular noun whose lemma is that of a noun of the count's phrase (`nine crossings … £85,000 a crossing`).
 */
function unitOfCount(tokens: Token[], quantity: Quantity, amount: Quantity): boolean {
  let at = amount.to
  if (tokens[at]?.lower === 'for' && /^(?:each|every)$/.test(tokens[at + 1]?.lower ?? '')) at += 2
  else if (/^(?:a|an|per|each|every)$/.test(tokens[at]?.lower ?? '')) at++
  else return false
  const unit = tokens[at]
  if (!unit || unit.pos !== 'NOUN' || unit.lower !== unit.lemma) return false
  return tokens.slice(quantity.to, Math.min(quantity.to + 4, amount.from)).some((token) => token.pos === 'NOUN' && token.lemma === unit.lemma && token.lower !== token.lemma)
}

/**
 * Whether a small count in words is a fact of its own beside an amount of money: the amount is
 * in another clause (`stationed at five bases, and the Council approved a budget of €18 million`),
 * or the count is the subject of the verb the amount follows (`three banks signed loans worth $2bn`),
 * not a description of what the money pays for (`Three new power links, worth €4.5 billion`).
 */
function apartFromMoney(tokens: Token[], quantity: Quantity, found: Quantity[]): boolean {
  return found.filter((other) => other.kind === 'money').every((amount) => {
    // `up to eight young binders a year …, with a grant of €4,000 each`: an amount for each of them says what each gets, not what the count is
    if (amount.from > quantity.to && /^(?:each|apiece)$/.test(tokens[amount.to]?.lower ?? '') && isPluralNounAfter(tokens, quantity.to)) return true
    // `lights for nine crossings, at a cost of £85,000 a crossing`, `six pilot cities …, with €8,000 for each city`: a price by
    // the unit the count counts, so the count is how many units there are (figures50)
    if (amount.from > quantity.to && unitOfCount(tokens, quantity, amount)) return true
    const [from, to] = amount.from > quantity.from ? [quantity.to, amount.from] : [amount.to, quantity.from]
    const between = tokens.slice(from, to)
    // another clause: `;`, or `, and` / `, but` / `, while` before a verb of its own
    const joint = between.findIndex((token, at) => token.text === ';' || (token.text === ',' && /^(?:and|but|while|whereas)$/.test(between[at + 1]?.lower ?? '')))
    const later = amount.from > quantity.from ? between.slice(joint + 2) : tokens.slice(quantity.to, quantity.to + 6)
    if (joint >= 0 && later.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return true
    // `US$240m for testing in eight countries`, `€800m for carbon capture at six cement plants`, `paid US$96 million to nine members`:
    // the places or the recipients the money goes to, counted after it, are a fact an editor lists
    if (amount.from < quantity.from) return /^(?:in|at|to|across|among)$/.test(tokens[quantity.from - 1]?.lower ?? '') && quantity.from - amount.to <= 8 && isPluralNounAfter(tokens, quantity.to)
    // `three companies signed offtake agreements worth $2.6bn`: the count is the verb's subject
    let at = quantity.to
    while (at < quantity.to + 4 && tokens[at] && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[at].pos) && tokens[at + 1]?.pos !== 'VERB') at++
    return tokens[at]?.pos === 'NOUN' && tokens[at + 1]?.pos === 'VERB' && !/(?:ing)$/.test(tokens[at + 1].lower) && tokens.slice(quantity.from).findIndex((token) => token.pos === 'VERB') + quantity.from === at + 1 && at + 1 < amount.from
  })
}

/**
 * A range `between 40 and 60 per cent`, `between $2 million and $3 million`, `between 15 and 20
 * schools`, `5–7 million dollars`, `20-25%`: one figure whose value writes both ends with an en dash (`40–60%`, `$2–3 million`,
 * `15–20`), the unit and scale said once after the upper end. Only `between … and …`, a dash or `to` (`20 to 25
 * patients`): `from 14 to 52` is a change, and the lower end must be below the upper one, in the same unit (a bare number
 * takes the upper end's).
 * @param lower the quantity read at the lower end
 * @returns the range, or `undefined` when the quantity does not open one
 */
function rangeAt(tokens: Token[], lower: Quantity, sentence: string): Quantity | undefined {
  // `5–7 million dollars`, `30–40 per cent`: a dash between two numbers, no space around it
  const dash = /^[–-]$/.test(tokens[lower.to]?.text ?? '') && !tokens[lower.to].spaced && tokens[lower.to + 1] && !tokens[lower.to + 1].spaced && !lower.words
  // `40,000 to 60,000 visitors`, `cut by 10 to 15 percent`: two numbers joined by `to`, not after `from` (a change)
  const to = !dash && tokens[lower.to]?.lower === 'to' && Boolean(tokens[lower.to + 1]) && !/^(?:from|between)$/.test(tokens[lower.from - 1]?.lower ?? '') && !/^(?:from|between)$/.test(tokens[lower.from - 2]?.lower ?? '')
  if (!dash && !to && (tokens[lower.from - 1]?.lower !== 'between' || tokens[lower.to]?.lower !== 'and' || !tokens[lower.to + 1])) return undefined
  const upper = quantityAt(tokens, lower.to + 1, sentence)
  // `between 2021 and 2023`: years, never a figure
  if (!upper || upper.unit || lower.unit || ignored(tokens, lower) || ignored(tokens, upper)) return undefined
  const bare = lower.kind === 'count' && !/[^\d.,]/.test(lower.value)
  if (!bare && lower.kind !== upper.kind) return undefined
  const scale = (quantity: Quantity) => quantity.value.match(/ (\S+)$/)?.[1] ?? ''
  const currency = (quantity: Quantity) => quantity.value.match(/^[^\d]*/)![0]
  // `between 20 and 30 per cent`: the lower end takes the upper one's unit and scale
  // (`$5 to $7 million`, `$5 million to $7 million`: a sum whose scale is said once, after the upper end, takes it too)
  const scaleOnce = !bare && lower.kind === 'money' && !scale(lower) && Boolean(scale(upper)) && currency(lower) === currency(upper)
  const lowerMagnitude = bare || scaleOnce ? lower.number * (upper.magnitude / upper.number) : lower.magnitude
  if (!(lowerMagnitude < upper.magnitude) || (!bare && !scaleOnce && (scale(lower) !== scale(upper) || currency(lower) !== currency(upper)))) return undefined
  // `grew by $200 million to $900 million`, `rose 200 to 900`: after `by` or a verb of change, `to` gives the level reached,
  // unless both ends are one percentage (`fall by 10 to 15 percent`)
  const before = tokens[lower.from - 1]
  if (to && before && (before.lower === 'by' || (before.pos === 'VERB' && CHANGE_VERBS[before.lemma])) && !(bare && upper.kind === 'percent')) return undefined
  const digits = (quantity: Quantity) => quantity.value.slice(currency(quantity).length).replace(/%$/, '').replace(/ \S+$/, '')
  const value = `${currency(upper)}${digits(lower)}–${upper.value.slice(currency(upper).length)}`
  return {...upper, from: lower.from, value, words: lower.words && upper.words}
}

/**
 * Whether a number is a limit set by a rule rather than a fact: a distance or size the rule
 * applies within (`ban trawling within 50 km of the shore`), or a threshold that says which
 * things a rule covers (`any vessel that stores more than 10 tonnes of fuel`, `if a site holds
 * over 5 tonnes`, `10 tonnes or more`), a distance compared from a place (`less than ten metres above the sea`):
 * a comparison in a clause that narrows what `any`, `every`, `each`,
 * `all` or `those` names, or after `if`, `when`, `where` or `unless` in the same clause, or a number
 * followed by `or more`.
 */
function limitOf(tokens: Token[], quantity: Quantity): boolean {
  let before = quantity.from - 1
  if (/^(?:within|radius)$/.test(tokens[before]?.lower ?? '')) return true
  if (tokens[before]?.lower === 'of' && /^(?:radius|distance)$/.test(tokens[before - 1]?.lower ?? '')) return true
  // `of no more than five hectares` is read as `of more than`
  const compared = tokens[before]?.lower === 'than' && /^(?:more|less|fewer)$/.test(tokens[before - 1]?.lower ?? '') ? before - (tokens[before - 2]?.lower === 'no' ? 3 : 2) : tokens[before]?.lower === 'least' && tokens[before - 1]?.lower === 'at' ? before - 2 : /^(?:over|above|below|under|exceeding)$/.test(tokens[before]?.lower ?? '') ? before - 1 : -1
  // `10 tonnes of hazardous substances or more`: a threshold, whatever stands before it
  for (let at = quantity.to; at < Math.min(tokens.length, quantity.to + 6); at++) {
    if (tokens[at].pos === 'PUNCT' || tokens[at].pos === 'VERB' || tokens[at].pos === 'AUX') break
    if (tokens[at].lower === 'or' && /^(?:more|above|over|less|below|fewer)$/.test(tokens[at + 1]?.lower ?? '') && !/^(?:than|of)$/.test(tokens[at + 2]?.lower ?? '')) return true
  }
  // `irrigation schemes larger than 500 hectares`: a comparative right after a plural says which of them a rule covers
  // (also after a noun a quantifier opens: `every road tunnel longer than 3 kilometres`; a lower bound too: `vessels shorter than 24 metres`)
  if (tokens[before]?.lower === 'than' && /^(?:larger|bigger|smaller|greater|wider|longer|heavier|taller|older|younger|deeper|higher|shorter|lighter|narrower|shallower|lower)$/.test(tokens[before - 1]?.lower ?? '') && (isPluralHead(tokens, before - 2) || quantifiedNoun(tokens, before - 2))) return true
  // `keep boats 300 metres away from the reef`: a distance to keep; `live more than 10 km from a clinic`: a distance that says who
  // (a unit symbol, `km`, is read with its number)
  const unit = quantity.unit ? quantity.to - 1 : quantity.to
  const size = quantity.kind === 'count' && SIZE_LIMIT_UNITS.test(tokens[unit]?.lower ?? '')
  // (`live less than ten metres above the sea`, `farms more than 20 km inland`: a height or a distance from a place says who too)
  if (size && (tokens[unit + 1]?.lower === 'away' || (compared >= 0 && /^(?:from|above|below|inland|offshore|beyond)$/.test(tokens[unit + 1]?.lower ?? '')))) return true
  // `may treat the roads on the far side for up to 10 kilometres`: a distance a permission reaches to is its limit
  // (a distance, not a weight: `may receive up to 100 kilograms of fertiliser` is what each gets)
  if (quantity.kind === 'count' && /^(?:metres?|meters?|m|km|kilomet(?:re|er)s?|miles?)$/.test(tokens[unit]?.lower ?? '') && tokens[before]?.lower === 'to' && tokens[before - 1]?.lower === 'up' && permitted(tokens, before - 1)) return true
  if (compared < 0) return false
  // `every new flat roof of more than 100 square metres`: a bound in an `of` phrase after the noun a quantifier opens
  // (the tagger may call an adjective before the noun an adverb: `every new/ADV flat roof`)
  if (tokens[compared]?.lower === 'of' && tokens[compared - 1]?.pos === 'NOUN') {
    let quantifier = compared - 2
    while (quantifier > compared - 6 && /^(?:ADJ|ADV|NOUN)$/.test(tokens[quantifier]?.pos ?? '')) quantifier--
    if (/^(?:each|every|any)$/.test(tokens[quantifier]?.lower ?? '')) return true
  }
  // `routes below 150 metres`, `each boat above 40 kilograms`: a length or a weight bounding the noun it follows says which ones a rule covers
  // (an area too: `farms under 1,000 acres`, `plots below five hectares`)
  if ((size || (quantity.kind === 'count' && AREA_LIMIT_UNITS.test(tokens[unit]?.lower ?? ''))) && tokens[compared]?.pos === 'NOUN' && /^(?:over|above|below|under)$/.test(tokens[before]?.lower ?? '')) return true
  // `each vessel over 24 metres`, `every firm with …`: a bound right after the noun a quantifier opens
  // (a measure, over the noun's adjectives and participles too: `every terraced slope above 30 degrees`; an amount so bounded, `every public works
  // project above €5m`, is a threshold an editor lists)
  if (tokens[compared]?.pos === 'NOUN' && (/^(?:any|every|each)$/.test(tokens[compared - 1]?.lower ?? '') || (quantity.kind === 'count' && quantifiedNoun(tokens, compared)))) return true
  if (quantity.kind === 'count' && modifiesClass(tokens, compared)) return true
  // `any vessel that stores`, `those storing`: the comparison narrows the things a quantifier names
  // (`each member will send at least 50 experts` is a commitment); after `if`, `when` it is a condition
  let narrows = false
  for (let at = compared; at >= 0 && compared - at < 10; at--) {
    const token = tokens[at]
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ') return false
    // (`…, where coverage falls below 70 percent`: a `where` after a comma says what is so in the places just named, a fact)
    if (/^(?:if|when|whenever|where|unless)$/.test(token.lower)) return !(token.lower === 'where' && tokens[at - 1]?.text === ',')
    // `raise taxes on all products so that tax makes up at least 75 percent`: a purpose opens a clause of its own, and what it aims at is a target
    if (token.lower === 'that' && /^(?:so|such)$/.test(tokens[at - 1]?.lower ?? '')) return false
    // `pay farmers who leave a margin of at least three metres`: a size bounded in a clause about a plural says which of them qualify
    // (`thanked the volunteers who planted at least 300 hectares`: a clause in the past tells what was done, an achievement, not a condition)
    if (/^(?:that|who)$/.test(token.lower) && (size || AREA_LIMIT_UNITS.test(tokens[unit]?.lower ?? '')) && isPluralHead(tokens, at - 1) && !tokens.slice(at + 1, compared + 1).some(isPastVerb)) return true
    if (/^(?:that|which|who)$/.test(token.lower) || (token.pos === 'VERB' && /ing$/.test(token.lower))) narrows = true
    if (/^(?:any|every|each|all|those)$/.test(token.lower)) return narrows
    // `with no single charity to receive more than £12,000`, `no member may claim over €5,000`: a cap a rule sets on each
    if (token.lower === 'no' && /^(?:NOUN|ADJ)$/.test(tokens[at + 1]?.pos ?? '') && tokens.slice(at + 1, compared + 1).some((other) => /^(?:to|may|can|shall|should|will|must)$/.test(other.lower))) return true
  }
  return false
}

/** Whether the clause before `at` grants a permission (`may`, `can`, `allowed to`, `permitted to`), within a dozen words and no stop. */
function permitted(tokens: Token[], at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= 14; back--) {
    if (/^[;:.]$/.test(tokens[back].text)) return false
    if (/^(?:may|can|allowed|permitted|authori[sz]ed)$/.test(tokens[back].lower)) return true
  }
  return false
}

/** Whether a token is a verb in the past (`planted`, `grew`, `kept`): its form is not its dictionary form, nor a present's `-s` or a gerund's `-ing`. */
function isPastVerb(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'AUX') && (/^(?:had|was|were|did)$/.test(token.lower) || (token.pos === 'VERB' && token.lower !== token.lemma && !/(?:s|ing)$/.test(token.lower)))
}

/** An area after a number, which bounds the noun before it as a length does (`farms under 1,000 acres`). */
const AREA_LIMIT_UNITS = /^(?:acres?|hectares?|ha|square)$/

/** Whether the token at `at` is a noun that `each`, `every` or `any` opens, over its adjectives and nouns (`every road tunnel`). */
function quantifiedNoun(tokens: Token[], at: number): boolean {
  if (tokens[at]?.pos !== 'NOUN') return false
  let quantifier = at - 1
  while (quantifier > at - 5 && (/^(?:ADJ|NOUN)$/.test(tokens[quantifier]?.pos ?? '') || (tokens[quantifier]?.pos === 'VERB' && /ed$/.test(tokens[quantifier].lower)))) quantifier--
  return /^(?:each|every|any)$/.test(tokens[quantifier]?.lower ?? '')
}

/** Whether the words from `at` are a plural noun, maybe after adjectives and nouns (`small-island members`, `candidate sites`). */
function isPluralNounAfter(tokens: Token[], at: number): boolean {
  let end = at
  while (end < at + 4 && tokens[end] && (/^(?:ADJ|NOUN|PROPN)$/.test(tokens[end].pos) || (tokens[end].text === '-' && !tokens[end].spaced))) end++
  const head = tokens[end - 1]
  return end > at && head?.pos === 'NOUN' && (IRREGULAR_PLURALS.has(head.lower) || (head.lower !== head.lemma && /s$/.test(head.lower)))
}

/** Whether a token is a plural noun (the tagger may call one that opens the sentence a name: `Quarries larger than …`). */
function isPluralHead(tokens: Token[], at: number): boolean {
  const head = tokens[at]
  if (!head || !(head.pos === 'NOUN' || (head.pos === 'PROPN' && at === 0))) return false
  return IRREGULAR_PLURALS.has(head.lower) || /[^s]s$|ies$/.test(head.lower)
}

/**
 * Whether a comparison (`fewer than 50 employees`) opens a phrase that narrows a class of things:
 * `firms with fewer than 50 employees`, `cities of more than 100,000 people`, `each plot of under
 * five hectares`. The number says which of them a rule covers, not how many there are; a single
 * thing sized so (`a network of more than 300 laboratories`) is a fact.
 * @param link the index of the word before the comparison (`with`, `of`)
 */
function modifiesClass(tokens: Token[], link: number): boolean {
  if (!/^(?:with|of)$/.test(tokens[link]?.lower ?? '')) return false
  const head = tokens[link - 1]
  // the tagger may call a plural that opens the sentence a name (`Farms with fewer than …`)
  if (!head || !(head.pos === 'NOUN' || (head.pos === 'PROPN' && link === 1))) return false
  // `each plot of …`, `every coastal community of more than 1,000 people`: a quantifier over the noun and its adjectives
  let quantifier = link - 2
  // (`each low-lying island`: a hyphenated adjective whatever the tag of its parts)
  const hyphened = (at: number) => (tokens[at]?.text === '-' && !tokens[at].spaced) || (tokens[at - 1]?.text === '-' && !tokens[at - 1].spaced && !tokens[at].spaced)
  while (quantifier > link - 7 && (/^(?:ADJ|NOUN)$/.test(tokens[quantifier]?.pos ?? '') || hyphened(quantifier))) quantifier--
  if (/^(?:each|every|any|all)$/.test(tokens[quantifier]?.lower ?? '')) return true
  return (head.lower !== head.lemma || head.pos === 'PROPN') && (IRREGULAR_PLURALS.has(head.lower) || /[^s]s$/.test(head.lower))
}

/**
 * Whether a small count in words gives the size of a membership or of a whole (`the seven member
 * countries`, `commits the nine member states`, `the eight national archives of the region`): an
 * editor lists it, although the article would otherwise say the things were named before
 * (`the two banks`). Not `between the eight member countries`, which only says where a rule applies.
 */
function sizeOfWhole(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.magnitude < 3 || /^(?:between|among|amongst)$/.test(tokens[quantity.from - 2]?.lower ?? '')) return false
  let at = quantity.to
  while (at < quantity.to + 4 && tokens[at] && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[at].pos) && !/^(?:members?)$/.test(tokens[at].lower)) at++
  if (/^(?:members?)$/.test(tokens[at]?.lower ?? '') || tokens.slice(quantity.to, at).some((token) => token.lower === 'member')) return true
  // `the eight national archives of the region`, `of the Alliance`: the things and the whole they make up
  const noun = tokens[at - 1]
  return at > quantity.to && noun.pos === 'NOUN' && noun.lower !== noun.lemma && tokens[at]?.lower === 'of' && tokens[at + 1]?.lower === 'the' && (tokens[at + 2]?.lower === 'region' || tokens[at + 2]?.pos === 'PROPN')
}

/** The country of a dollar written after an amount (`Canadian dollars` → `canadian`), or nothing. */
function dollarsOf(tokens: Token[], index: number): string | undefined {
  for (const words of [1, 2]) {
    const country = tokens.slice(index, index + words).map((token) => token.lower).join(' ')
    if (country in DOLLARS_OF && /^dollars?$/.test(tokens[index + words]?.lower ?? '')) return country
  }
  return undefined
}

/** A count below ten written in words (`four`), which is read only where it opens its sentence. */
function smallInWords(quantity: Quantity): boolean {
  return quantity.kind === 'count' && Boolean(quantity.words) && quantity.magnitude < 10
}

function quantityAt(tokens: Token[], from: number, sentence: string): Quantity | undefined {
  let index = from
  let currency = ''
  const token = tokens[index]
  if (/^[A-Z]{1,3}$/.test(token.text) && tokens[index + 1]?.text === '$' && !tokens[index + 1].spaced && (`${token.lower}$` in CURRENCY_BEFORE || DIGITS.test(tokens[index + 2]?.text ?? ''))) {
    // `US$`, `NZ$`, `HK$`, any dollar whose country's letters are written before its sign (`EC$`, `BDS$`): the tokenizer parts the letters from the sign
    currency = CURRENCY_BEFORE[`${token.lower}$`] ?? `${token.text}$`
    index += 2
  } else if (/^[A-Z]{1,2}$/.test(token.text) && /^[A-Z]{1,2}\$$/.test(tokens[index + 1]?.text ?? '') && !tokens[index + 1].spaced && DIGITS.test(tokens[index + 2]?.text ?? '')) {
    // `EC$7.5 million`: the tokenizer may keep a known sign (`C$`) and part the letter before it
    currency = `${token.text}${tokens[index + 1].text}`
    index += 2
  } else if (token.lower in CURRENCY_BEFORE && (token.lower !== 'cfa' || DIGITS.test(tokens[index + 1]?.text ?? '')) && (token.text === token.lower.toUpperCase() || !/^[a-z]+$/.test(token.lower) || (/^(?:Rs|Tk|Ksh|KSh|Kshs)$/.test(token.text) && DIGITS.test(tokens[index + 1]?.text ?? '')))) {
    // (`Rs 5,650`, `Tk 1,200 crore`, `Ksh 3 billion`: a sign in capital and small letters, before digits only; `CFA 12 billion`, not `CFA francs 3 billion`)
    currency = CURRENCY_BEFORE[token.lower]
    index++
  } else if ((isCodeBefore(token.text) || (token.lower in SIGNS_BEFORE && /^\p{Lu}\p{L}*$/u.test(token.text))) && DIGITS.test(tokens[index + 1]?.text ?? '')) {
    // `OMR 9 million`, `MNT 3.4 billion`, `TSh 180,000`: any currency's ISO code in capitals, or a short sign, before digits (`currency-names.ts`)
    currency = `${isCodeBefore(token.text) ? token.text : SIGNS_BEFORE[token.lower]} `
    index++
  } else if (TWO_WORD_CURRENCIES[`${token.lower} ${tokens[index + 1]?.lower ?? ''}`] && DIGITS.test(tokens[index + 2]?.text ?? '')) {
    // `CFA francs 3 billion`
    currency = TWO_WORD_CURRENCIES[`${token.lower} ${tokens[index + 1].lower}`]
    index += 2
  }
  // `R2.3 billion`, `R45,000`: the rand's sign, which the tokenizer glues to the digits after it
  const rand = currency ? undefined : randAmountAt(tokens, index, sentence)
  if (rand) currency = 'R'
  // `a quarter of a million survivors`: a fraction of the scale after it (`fraction-words.ts`)
  const fraction = rand ? undefined : fractionAt(tokens, index)
  // `20-25%`, `$5-7 million`: a range the tokenizer keeps as one word, read as its upper end with the lower written before it
  const joined = /^(\d{1,3}(?:\.\d+)?)-(\d{1,3}(?:\.\d+)?)$/.exec(tokens[index]?.text ?? '')
  const lowerEnd = joined && Number(joined[1]) < Number(joined[2]) ? joined[1] : undefined
  const number = rand ?? (fraction ? {to: fraction.to, value: fraction.value, text: String(fraction.value), words: true} : lowerEnd ? {to: index + 1, value: Number(joined![2]), text: joined![2], words: false} : numberAt(tokens, index, sentence))
  if (!number) return undefined
  index = number.to
  let scale = ''
  let factor = 1
  // `a US$2-billion fund`: the scale after a hyphen
  if (tokens[index]?.text === '-' && !tokens[index].spaced && /^(?:million|billion|trillion)$/i.test(tokens[index + 1]?.text ?? '') && !tokens[index + 1].spaced) index++
  // `$90m.` at the end of a sentence: the tagger keeps the full stop on the scale (`m.`)
  const next = tokens[index] && /^(?:m|bn|mn|k|b|tn)\.$/.test(tokens[index].lower) && index === tokens.length - 1 ? {...tokens[index], lower: tokens[index].lower.slice(0, -1)} : tokens[index]
  // (`EUR 300 m`: a million after an amount, also set apart by a space)
  // `2.5m people`: a short scale written onto a bare number counts a plural noun (`a 2.5m wall` is metres)
  const countedAfterShort = Boolean(next && !next.spaced && SHORT_SCALES.has(next.lower) && next.lower !== 'b' && isPluralNoun(tokens[index + 1]))
  if (next && next.lower in SCALES && SCALES[next.lower].factor >= 1e3 && (!SHORT_SCALES.has(next.lower) || (currency && (!next.spaced || next.lower === 'm')) || countedAfterShort)) {
    scale = SCALES[next.lower].word
    factor = SCALES[next.lower].factor
    index++
  }
  let kind: Quantity['kind'] = currency ? 'money' : 'count'
  let pence = false
  // `a 40-percent cut`, `a 15-per-cent rise`: a percentage written as an adjective
  const hyphened = !currency && tokens[index]?.text === '-' && !tokens[index].spaced && tokens[index + 1] && !tokens[index + 1].spaced ? (PERCENT_WORDS.has(tokens[index + 1].lower) ? 2 : tokens[index + 1].lower === 'per' && tokens[index + 2]?.text === '-' && tokens[index + 3]?.lower === 'cent' ? 4 : 0) : 0
  const after = tokens[index]
  if (hyphened) {
    kind = 'percent'
    index += hyphened
  } else if (after && !currency && (PERCENT_WORDS.has(after.lower) || (after.lower === 'per' && tokens[index + 1]?.lower === 'cent'))) {
    kind = 'percent'
    index += after.lower === 'per' ? 2 : 1
  } else if (after && !currency && after.lower === 'us' && /^dollars?$/.test(tokens[index + 1]?.lower ?? '')) {
    // `5 million US dollars`
    currency = 'US$'
    kind = 'money'
    index += 2
  } else if (after && !currency && TWO_WORD_CURRENCIES[`${after.lower} ${tokens[index + 1]?.lower ?? ''}`]) {
    // `500 million CFA francs`, `2.5 billion francs CFA`, `300,000 Swiss francs`
    currency = TWO_WORD_CURRENCIES[`${after.lower} ${tokens[index + 1].lower}`]
    kind = 'money'
    index += 2
  } else if (after && !currency && dollarsOf(tokens, index)) {
    // `12 million Canadian dollars`, `5 million New Zealand dollars`: the country's dollar
    const country = dollarsOf(tokens, index)!
    currency = DOLLARS_OF[country]
    kind = 'money'
    index += country.split(' ').length + 1
  } else if (after && !currency && !scale && !number.words && !after.spaced && /^p$/.test(after.lower) || (after?.lower === 'p.' && !after.spaced && !currency && !scale && !number.words && index === tokens.length - 1)) {
    // `45p a mile`, `up from 30p.`: pence written onto the digits, an amount as written
    pence = true
    kind = 'money'
    index++
  } else if (after && !currency && /^pesos?$/.test(after.lower) && pesoOf(sentence)) {
    // `40 million pesos` in a sentence about Argentina: that country's peso
    currency = pesoOf(sentence)!
    kind = 'money'
    index++
  } else if (after && !currency && after.lower in CURRENCY_AFTER && (scale || after.lower.length > 3 || SHORT_CURRENCY_WORDS.has(after.lower) || after.text === after.text.toUpperCase()) && !(/^pounds?$/.test(after.lower) && POUNDS_WEIGHED.test(sentence))) {
    // (`2.9 million pounds of uranium oxide`, in a sentence that weighs in pounds: a weight, not sterling)
    currency = CURRENCY_AFTER[after.lower]
    kind = 'money'
    index++
  } else if (after && !currency && (isCodeAfter(after.text) || currencyOfName(after.text, sentence, currentWholeText()))) {
    // `142,000 tugriks`, `2,800 soms`, `120 million dinars` in a sentence (or a text) that names Serbia, `450,000 RSD`: any currency by its
    // name or its code (`currency-names.ts`); a name several countries use only beside one of them
    currency = `${isCodeAfter(after.text) ? after.text : currencyOfName(after.text, sentence, currentWholeText())} `
    kind = 'money'
    index++
  }
  // A thousand is written out (`250 thousand` → `250,000`, `$5k` → `$5,000`), and so is a part of a
  // scale in words (`half a million` → `500,000`, `half a billion` → `500 million`): values say `million` and up.
  // A part written in digits keeps the scale it was written with, as money is given as written (`US$0.8 million`).
  let shown = number.words ? groupDigits(number.value) : number.text
  if (factor === 1e3 || (scale && number.value < 1 && number.words)) {
    const whole = number.value * factor
    const smaller = whole >= 1e6 && whole % 1e6 === 0 ? Object.values(SCALES).find((item) => item.factor === 1e6)! : undefined
    shown = smaller ? String(whole / 1e6) : groupDigits(whole)
    scale = smaller ? smaller.word : ''
  }
  // `0.1°C`: a temperature, whose unit the label carries
  let unit: string | undefined
  if (kind === 'count' && !scale && tokens[index]?.text === '°' && !tokens[index].spaced && /^[CF]$/.test(tokens[index + 1]?.text ?? '') && !tokens[index + 1].spaced) {
    unit = `°${tokens[index + 1].text}`
    index += 2
  } else if (kind === 'count' && tokens[index] && UNIT_SYMBOLS.test(tokens[index].text)) {
    // `5,000km of roads`, `1.2 million ha`, `30 GW`: a unit symbol, which the label carries
    unit = tokens[index].text
    index++
  }
  // `US$1,850,000,000` → `US$1.85 billion`, `2,500,000 people` → `2.5 million` (`scale-of-digits.ts`)
  let before = number.value
  const scaled = kind !== 'percent' && !scale && !number.words ? scaleOfDigits(number.value) : undefined
  if (scaled) {
    shown = scaled.digits
    scale = scaled.word
    before = Number(scaled.digits)
    factor = scaled.factor
  }
  const digits = `${lowerEnd ? `${lowerEnd}–` : ''}${shown}`
  const value = pence ? `${digits}p` : writeValue({sign: kind === 'money' ? currency : '', digits, scale, percent: kind === 'percent'})
  return {from, to: index, number: before, magnitude: before * factor, value, kind, words: number.words, ...(unit ? {unit} : {})}
}

/**
 * An amount in rand as South African texts write it, the sign glued to the digits (`R2.3 billion`,
 * `R450m`, `R45,000`): its number, read from the text, and the token after it. A letter and a bare
 * number (`R2`, a road; `R500` alone) is no amount: a scale or a grouped thousand must follow.
 */
function randAmountAt(tokens: Token[], index: number, sentence: string): {to: number; value: number; text: string; words: boolean} | undefined {
  const token = tokens[index]
  if (!/^R\d/.test(token?.text ?? '') || (index > 0 && !token.spaced && /\p{L}/u.test(sentence.charAt(token.start - 1)))) return undefined
  const written = /^R(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?=\s(?:million|billion|trillion)\b|(?:bn|m)\b)|^R(\d{1,3}(?:,\d{3})+)(?![\d.,]\d)/.exec(sentence.slice(token.start))
  if (!written) return undefined
  const end = token.start + written[0].length
  let to = index
  while (to < tokens.length && tokens[to].start < end) to++
  // (`R450m` is one token, which this does not part)
  if (tokens[to - 1].end > end) return undefined
  const text = written[1] ?? written[2]
  return {to, value: Number(text.replace(/,/g, '')), text, words: false}
}

function numberAt(tokens: Token[], index: number, sentence: string): {to: number; value: number; text: string; words: boolean} | undefined {
  const token = tokens[index]
  if (!token) return undefined
  if (DIGITS.test(token.text)) {
    let to = index + 1
    let text = token.text
    // A number grouped with spaces (`3 000`, French and SI style) is one number.
    while (/^\d{1,3}$/.test(text.split(' ')[0]) && /^\d{3}$/.test(tokens[to]?.text ?? '') && /^[ \u00A0\u202F]$/.test(sentence.slice(tokens[to - 1].end, tokens[to].start))) {
      text += ` ${tokens[to].text}`
      to++
    }
    const value = Number(text.replace(/[ ,]/g, ''))
    // `3 000` is written `3,000`, as English writes a grouped number
    return {to, value, text: text.includes(' ') ? text.replace(/ /g, ',') : text, words: false}
  }
  // `a million people`
  if ((token.lower === 'a' || token.lower === 'one') && /^(?:million|billion)$/.test(tokens[index + 1]?.lower ?? '')) return {to: index + 1, value: 1, text: '1', words: true}
  // `a thousand volunteers`, `a hundred schools` (`one thousand` is read below)
  if (token.lower === 'a' && /^(?:hundred|thousand)$/.test(tokens[index + 1]?.lower ?? '')) {
    const words = ['one', tokens[index + 1].lower]
    let to = index + 2
    while (to < tokens.length && (isNumberWord(tokens[to].lower) || (tokens[to].lower === '-' && !tokens[to].spaced) || (tokens[to].lower === 'and' && isNumberWord(tokens[to + 1]?.lower ?? '')))) {
      if (isNumberWord(tokens[to].lower)) words.push(tokens[to].lower)
      to++
    }
    const value = wordsToNumber(words)
    if (value !== undefined) return {to, value, text: String(value), words: true}
  }
  // `a dozen ministers`, `half a dozen ports`: twelve, six (not `dozens of`, nor a bound on a dozen, `fewer than a dozen networks`, which only says few)
  if (token.lower === 'a' && tokens[index + 1]?.lower === 'dozen' && tokens[index + 2]?.lower !== 'or' && !/^(?:than|over|under|nearly|almost|about|around|roughly|some|approximately|barely)$/.test(tokens[index - 1]?.lower ?? '')) return {to: index + 2, value: 12, text: '12', words: true}
  if (token.lower === 'half' && tokens[index + 1]?.lower === 'a' && tokens[index + 2]?.lower === 'dozen' && tokens[index + 3]?.lower !== 'or') return {to: index + 3, value: 6, text: '6', words: true}
  // `half a million people`, `half a billion dollars`
  if (token.lower === 'half' && /^an?$/.test(tokens[index + 1]?.lower ?? '') && /^(?:million|billion)$/.test(tokens[index + 2]?.lower ?? '')) return {to: index + 2, value: 0.5, text: '0.5', words: true}
  if (!isNumberWord(token.lower) || token.lower === 'hundred' || token.lower === 'thousand') return undefined
  const words: string[] = []
  let to = index
  while (to < tokens.length) {
    const word = tokens[to].lower
    if (isNumberWord(word)) words.push(word)
    else if ((word === '-' && !tokens[to].spaced) || (word === 'and' && isNumberWord(tokens[to + 1]?.lower ?? '') && (words.at(-1) === 'hundred' || words.at(-1) === 'thousand') && !scaleAgainAfter(tokens, to + 1, words.at(-1)!))) {
      if (!isNumberWord(tokens[to + 1]?.lower ?? '')) break
    } else break
    to++
  }
  const value = wordsToNumber(words)
  if (value === undefined) return undefined
  // `two dozen inspectors`: so many twelves
  if (value < 10 && tokens[to]?.lower === 'dozen' && tokens[to + 1]?.lower !== 'or') return {to: to + 1, value: value * 12, text: String(value * 12), words: true}
  // `one and a half million dollars`, `two and a half billion`: the half goes with the scale after it
  if (value < 10 && tokens[to]?.lower === 'and' && tokens[to + 1]?.lower === 'a' && tokens[to + 2]?.lower === 'half' && /^(?:million|billion)$/.test(tokens[to + 3]?.lower ?? '')) return {to: to + 3, value: value + 0.5, text: String(value + 0.5), words: true}
  return {to, value, text: String(value), words: true}
}

/** The scales in words, smallest first. */
const WORD_SCALES = ['hundred', 'thousand', 'million', 'billion']

/**
 * Whether the number in words that starts at `from`, after `and`, names the same scale as the one before `and` (`two thousand and
 * five thousand`, `two hundred and three hundred`): a second number, a range's other end, not the rest of the first (`two thousand and
 * five hundred and ten` is one number).
 * @param tokens the sentence's tokens
 * @param from where the words after `and` start
 * @param scale the scale before `and`
 */
function scaleAgainAfter(tokens: Token[], from: number, scale: string): boolean {
  const least = WORD_SCALES.indexOf(scale)
  for (let at = from; at < tokens.length; at++) {
    const word = tokens[at].lower
    // (a larger scale takes the whole before it: `one hundred and ten million`, `two hundred and fifty thousand`)
    if (WORD_SCALES.indexOf(word) === least) return true
    if (WORD_SCALES.indexOf(word) > least) return false
    if (!isNumberWord(word) && word !== '-' && word !== 'and') return false
  }
  return false
}

/**
 * An exact share in words of the count just named, after a comma: `40 young surveyors, half of
 * them women` gives 50%. Not a share with a hedge (`more than half of them`), nor one of a count
 * that a verb or another clause stands apart from.
 * @param count the quantity read before in the sentence
 */
function shareOfCountAt(tokens: Token[], index: number, count: Quantity | undefined): Quantity | undefined {
  if (!count || count.kind !== 'count' || tokens[index - 1]?.text !== ',' || index - count.to > 10) return undefined
  const share = shareOfThemAt(tokens.map((token) => token.lower), index)
  if (!share || tokens.slice(count.to, index - 1).some((token) => /^(?:VERB|AUX|PUNCT|CCONJ|SCONJ)$/.test(token.pos))) return undefined
  return {from: index, to: share.to, number: share.percent, magnitude: share.percent, value: `${share.percent}%`, kind: 'percent', words: true}
}

/** The fraction of a scale in words at a token (`a quarter of a million`), read by `fraction-words.ts` on the few words after it. */
function fractionAt(tokens: Token[], index: number) {
  if (!/^(?:half|a|one|two|three|four)$/.test(tokens[index]?.lower ?? '')) return undefined
  const fraction = fractionOfScaleAt(tokens.slice(index, index + 5).map((token) => token.lower), 0)
  return fraction && {...fraction, to: fraction.to + index}
}

/** Whether a token is a plural noun (`people`, `tonnes`): what a number with a short scale counts. */
function isPluralNoun(token: Token | undefined): boolean {
  return Boolean(token && token.pos === 'NOUN' && (IRREGULAR_PLURALS.has(token.lower) || /[^s]s$/.test(token.lower)))
}

/** Years, dates, references, durations and lone small numbers in words are not figures. */
function ignored(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.kind !== 'count') return false
  const before = tokens[quantity.from - 1]
  const after = tokens[quantity.to]
  const text = tokens.slice(quantity.from, quantity.to).map((token) => token.text).join(' ')
  if (after && MONTHS.test(after.text) && /^\p{Lu}/u.test(after.text)) return true
  if (before && MONTHS.test(before.text) && /^\p{Lu}/u.test(before.text)) return true
  // a bare year (`in 2014`, `2030 targets`); a count that large is written `2,000`
  if (/^(?:19[5-9]|20[0-9])\d$/.test(text)) return true
  if (/^(?:1[89]|2[01])\d\d$/.test(text) && (!before || YEAR_BEFORE.has(before.lower) || !isNounAt(tokens, quantity.to))) return true
  // `refugees, who now number 4,300`: the verb, not `number 4`
  if (before && REFERENCE_BEFORE.has(before.lower) && !(before.lower === 'number' && (before.pos === 'VERB' || /^(?:who|which|that|now|still|together)$/.test(tokens[quantity.from - 2]?.lower ?? '')))) return true
  if (before && before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text) && quantity.from > 1 && !quantity.words) return true
  // `5G networks`, `3D maps`: a name glued to one capital letter, not a count
  if (after && !after.spaced && /^[A-Z]$/.test(after.text)) return true
  if (after?.text === '-' && !after.spaced) {
    const noun = tokens[quantity.to + 1]
    if (noun && SIZE_NOUNS.test(noun.text)) {
      quantity.size = true
      return false
    }
    // `a 4.2-kilometre extension`, `a 30-hectare park`: the length or area of the thing after it
    // (not a limit a rule sets: `a 5-kilometre radius`, `a 20-metre buffer`)
    if (noun && MEASURE_SIZE_UNITS.test(noun.text) && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[quantity.to + 2]?.pos ?? '') && !/^(?:radius|buffer|limit|zone|setback|exclusion)$/i.test(tokens[quantity.to + 2].text)) {
      quantity.size = true
      return false
    }
    return true
  }
  // (`270 million days a year out of school`, `400,000 hours of volunteering`: no span of time is that long; days or hours lost or given are counted)
  // (`300 night mayors`, `420 night patrols`, `1,100 day visitors`: a time in the singular before a plural noun names a kind of them, counted)
  if (after && TIME_UNITS.test(after.text) && quantity.magnitude < 1e5 && !eventsCounted(tokens, quantity) && !timeOfChange(tokens, quantity) && !totalOfTime(tokens, quantity) && !timeNamesKind(tokens, quantity) && !hoursOfWork(tokens, quantity)) return true
  // `lower the speed limit to 30 km/h`: a speed is a limit on traffic
  if (SPEED_AFTER.test(tokens.slice(quantity.to - (quantity.unit ? 1 : 0), quantity.to + 4).map((token) => `${token.spaced ? ' ' : ''}${token.text}`).join(''))) return true
  // `…; and seven others.`: the rest of a list of names, not things counted
  if (after?.lower === 'others' && before?.lower === 'and' && (!tokens[quantity.to + 1] || tokens[quantity.to + 1].pos === 'PUNCT')) return true
  // `5 doctors per 10,000 people`: the base of a rate is not a count of anything; `one in five children`: a ratio
  if (before && /^(?:per|every)$/.test(before.lower) && quantity.number > 1) return true
  if (before?.lower === 'in' && /^(?:one|1)$/.test(tokens[quantity.from - 2]?.lower ?? '')) return true
  // `one farrier in three`, `one young rider in five`, `1 household in 4`: the base of a ratio whose part names what it counts
  if (before?.lower === 'in' && oneThingBefore(tokens, quantity.from - 1)) return true
  // (and its part: `1 household in 4`)
  if (quantity.number === 1 && !quantity.words) {
    let at = quantity.to
    while (at < quantity.to + 3 && /^(?:ADJ|NOUN)$/.test(tokens[at]?.pos ?? '')) at++
    if (at > quantity.to && tokens[at]?.lower === 'in' && oneThingBefore(tokens, at) && ratioPartBefore(tokens, at + 1) !== undefined) return true
  }
  // `nine in ten nurses`, `3 in 4 new cases`: any smaller number before `in` makes a ratio, whose base counts nothing
  if (before?.lower === 'in' && (ratioPartBefore(tokens, quantity.from - 2) ?? Infinity) < quantity.magnitude) return true
  // `three homes in four`, `7 farms in 10`: the part of a ratio whose base stands alone after `in`
  if (after && isPluralNoun(after) && tokens[quantity.to + 1]?.lower === 'in' && (ratioPartBefore(tokens, quantity.to + 2) ?? 0) > quantity.magnitude && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[quantity.to + 3]?.pos ?? '')) return true
  // `young people aged 10 to 19`, `girls aged 12`: an age, not a count
  if (before?.lower === 'aged' || (/^(?:to|and|or)$/.test(before?.lower ?? '') && tokens[quantity.from - 3]?.lower === 'aged' && /^\d+$|^[a-z]+$/.test(tokens[quantity.from - 2]?.lower ?? ''))) return true
  // `two sides`, `four priorities`, `the two banks`: a small number in words is a key figure only
  // where it counts things of the world (`nine member states`, `seven languages`, `four sites`)
  // `in English, French, Danish and at least three Indigenous languages`: the rest of a list of names, not things counted
  if (smallInWords(quantity) && closesListOfNames(tokens, quantity)) return true
  if (smallInWords(quantity)) return !opensClause(tokens, quantity) && !totalOfEach(tokens, quantity) && !approximated(tokens, quantity) && !eventsRecorded(tokens, quantity) && !partAsSubject(tokens, quantity) && !partOfCountedWhole(tokens, quantity) && !partOfCountBefore(tokens, quantity) && !wholeOfCountedPart(tokens, quantity) && !countsThings(tokens, quantity) && !endOfChange(tokens, quantity) && !(/^(?:the|of)$/.test(before?.lower ?? '') && sizeOfWhole(tokens, quantity))
  return false
}

/**
 * Whether the time word after a count names a kind of the plural noun after it (`300 night mayors`, `420 night patrols`, `1,100
 * day visitors`), not a span (`300 nights in hotels`, `12 days`): `night` or `weekend` in the singular (`day` before hundreds),
 * a plural noun right after it.
 */
function timeNamesKind(tokens: Token[], quantity: Quantity): boolean {
  const time = tokens[quantity.to]
  // (`10 day trips` may be ten trips of a day or trips of ten days: a day only before hundreds is a kind)
  return quantity.number > 1 && (/^(?:night|weekend)$/.test(time?.lower ?? '') || (time?.lower === 'day' && quantity.magnitude >= 100)) && isPluralNoun(tokens[quantity.to + 1])
}

/**
 * Whether hours or days in digits, hundreds of them, are a tally of work or of an activity named after `of` (`1,600 hours of
 * supervised bench work`, `450 days of strikes`), not a span or a deadline (`within 100 days of taking office`, `the 120
 * days of the season`): a noun phrase without article follows `of`, and no word of time (`within`, `after`) stands before.
 */
export function hoursOfWork(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.words || quantity.magnitude < 100 || !/^(?:hours|days)$/.test(tokens[quantity.to]?.lower ?? '') || tokens[quantity.to + 1]?.lower !== 'of') return false
  const first = tokens[quantity.to + 2]
  if (!first || !/^(?:ADJ|NOUN|VERB)$/.test(first.pos) || (first.pos === 'VERB' && /ing$/.test(first.lower) && tokens[quantity.to + 3]?.pos !== 'NOUN')) return false
  let before = quantity.from - 1
  while (before > 0 && /^(?:about|around|nearly|almost|some|roughly|over|more|than|up|to|at|least)$/.test(tokens[before].lower)) before--
  return !/^(?:within|after|before|in|for|during|under|the|these|those|its|their)$/.test(tokens[before]?.lower ?? '')
}

/**
 * Whether a length of time in digits is a tally, not a span (`closed for a total of 380 hours in 2024`,
 * `a combined 95 days of strikes`): hours or days added up over many events are counted.
 */
export function totalOfTime(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.words) return false
  const before = tokens[quantity.from - 1]?.lower
  return (before === 'of' && tokens[quantity.from - 2]?.lower === 'total' && tokens[quantity.from - 3]?.lower === 'a') || (/^(?:combined|cumulative)$/.test(before ?? '') && /^(?:a|the)$/.test(tokens[quantity.from - 2]?.lower ?? ''))
}

/**
 * Whether a length of time in digits is the size of a change (`the season has shortened by an average
 * of 16 days`, `waits fell by 12 days`): `by` after a verb of change, over `an average of` or a bound.
 * A time a verb adds (`extended by 6 months`) is a term, not a measure of change.
 */
function timeOfChange(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.words) return false
  let by = quantity.from - 1
  if (tokens[by]?.lower === 'of' && tokens[by - 1]?.lower === 'average' && /^an?$/.test(tokens[by - 2]?.lower ?? '')) by -= 3
  while (by > 0 && /^(?:about|around|nearly|almost|some|roughly|over|more|than|up|to|at|least)$/.test(tokens[by].lower) && quantity.from - by <= 3) by--
  return tokens[by]?.lower === 'by' && tokens[by - 1]?.pos === 'VERB' && TIME_CHANGE_VERBS.test(tokens[by - 1].lemma)
}

/**
 * Whether a count closes a list of names after `and` (`in English, French, Danish and at least three
 * Indigenous languages`, `Chad, Niger and two other States`): a name, a comma and a name before it.
 */
function closesListOfNames(tokens: Token[], quantity: Quantity): boolean {
  let and = quantity.from - 1
  while (and > 0 && /^(?:at|least|some|about|around|nearly|almost|up|to)$/.test(tokens[and].lower) && quantity.from - and <= 2) and--
  if (tokens[and]?.lower !== 'and' || tokens[and - 1]?.pos !== 'PROPN') return false
  let at = and - 1
  while (at > 0 && tokens[at].pos === 'PROPN') at--
  return tokens[at]?.text === ',' && tokens[at - 1]?.pos === 'PROPN'
}

/** Whether `one` (or `1`) and a singular noun phrase of at most three words stand before `in` at `at` (`one farrier in`, `1 small household in`). */
function oneThingBefore(tokens: Token[], at: number): boolean {
  let start = at - 1
  while (start > 0 && at - start <= 3 && /^(?:ADJ|NOUN)$/.test(tokens[start].pos)) start--
  const noun = tokens[at - 1]
  return start < at - 1 && /^(?:one|1)$/.test(tokens[start]?.lower ?? '') && noun?.pos === 'NOUN' && noun.lower === noun.lemma && !TIME_UNITS.test(noun.lower)
}

/**
 * Whether a count after a comma or a dash adds up a thing given to each of a set (`a repair café in each district, seven in all`,
 * `a warden for every harbour – nine in total`): the total of things the sentence names one of, a fact of its own.
 */
export function totalOfEach(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.magnitude < 3 || !/^[,–—-]$/.test(tokens[quantity.from - 1]?.text ?? '')) return false
  const next = tokens[quantity.to]?.lower
  const total = next === 'altogether' || (next === 'in' && /^(?:all|total)$/.test(tokens[quantity.to + 1]?.lower ?? ''))
  return total && tokens.slice(Math.max(0, quantity.from - 12), quantity.from).some((token) => /^(?:each|every|per)$/.test(token.lower))
}

/** The number written at `at` (`nine`, `3`) when it stands alone there as the part of a ratio (`nine in ten`), or nothing. */
function ratioPartBefore(tokens: Token[], at: number): number | undefined {
  const token = tokens[at]
  if (!token || /^(?:19|20)\d\d$/.test(token.text) || tokens[at - 1]?.pos === 'NUM') return undefined
  if (/^\d+$/.test(token.text)) return Number(token.text)
  return isNumberWord(token.lower) ? wordsToNumber([token.lower]) : undefined
}

/** The seasons, after which `over the` says when (`over the summer`, `over the winter months`). */
const SEASON_WORDS = /^(?:spring|summer|autumn|fall|winter|holidays?|festive)$/

/**
 * Whether `over` at `at` opens a stretch of time that says when things happened (`74 times over the summer`, `over the
 * past year`, `over the winter months`), not a multiple (`paid back three times over`).
 */
export function overAStretch(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'over' || !/^(?:the|a|this|last|that|its)$/.test(tokens[at + 1]?.lower ?? '')) return false
  const words = tokens.slice(at + 2, at + 4).map((token) => token.lower)
  return words.some((word) => TIME_UNITS.test(word) && word !== 'times') || words.some((word) => SEASON_WORDS.test(word)) || /^(?:past|previous)$/.test(words[0] ?? '')
}

/**
 * Whether a number in digits counts how often something happened (`departures were halted 65
 * times`): `times` after a verb in the past, not a ratio (`4 times faster`, `three times as many`)
 * or a rhythm (`12 times a year`).
 */
function eventsCounted(tokens: Token[], quantity: Quantity): boolean {
  // a few times is a rhythm of work (`the board met 4 times`); a count of incidents runs to tens
  if (tokens[quantity.to]?.lower !== 'times' || quantity.words || quantity.to - quantity.from !== 1 || quantity.number < 10) return false
  const next = tokens[quantity.to + 1]
  // (`called out 74 times over the summer`: `over` a stretch of time says when, not `three times over`)
  if (next && !overAStretch(tokens, quantity.to + 1) && (/^(?:a|an|per|each|every|as|over|the|more|less)$/.test(next.lower) || /er$/.test(next.lower) && /^(?:ADJ|ADV)$/.test(next.pos))) return false
  const verb = verbBeforeEvents(tokens, quantity.from)
  const act = tokens[verb]
  return Boolean(act && act.pos === 'VERB' && act.lower !== act.lemma && !/ing$/.test(act.lower))
}

/**
 * Where the verb of a count of events stands: before its qualifiers (`at least 65 times`) and a
 * short phrase of place (`were held at borders 1,900 times`).
 * @param from the index of the count
 * @returns the index of the word before the count, its qualifiers and its phrase of place
 */
export function verbBeforeEvents(tokens: Token[], from: number): number {
  let verb = from - 1
  // (`a little over 9,800 times`, `just under 40 times`, `well over 300 times`)
  if (/^(?:over|under)$/.test(tokens[verb]?.lower ?? '') && /^(?:just|well|little)$/.test(tokens[verb - 1]?.lower ?? '')) verb -= tokens[verb - 1].lower === 'little' && tokens[verb - 2]?.lower === 'a' ? 3 : 2
  while (verb > 0 && /^(?:at|least|some|about|around|nearly|almost|more|than|over|under)$/.test(tokens[verb].lower) && tokens[verb - 1]?.pos !== 'NOUN') verb--
  // `at borders`, `in the port of Lomé`: a phrase of at most four words that follows the verb
  let phrase = verb
  while (phrase > 0 && verb - phrase < 4 && /^(?:NOUN|PROPN|ADJ|DET)$/.test(tokens[phrase].pos)) phrase--
  if (phrase < verb && tokens[phrase]?.pos === 'ADP' && tokens[phrase - 1]?.pos === 'VERB') return phrase - 1
  // (`called out to the beach huts`, `sent back to the depot`: a verb's particle before the phrase)
  if (phrase < verb && tokens[phrase]?.pos === 'ADP' && /^(?:out|up|off|back|down|away|over|round|in)$/.test(tokens[phrase - 1]?.lower ?? '') && tokens[phrase - 2]?.pos === 'VERB') return phrase - 2
  // (`worked the lower flight 9,800 times`, `visited the old fire tower 40 times`: the verb's object, an article opening it, between)
  let object = verb
  while (object > 0 && verb - object < 5 && /^(?:NOUN|PROPN|ADJ|DET)$/.test(tokens[object].pos)) object--
  if (object < verb && tokens[object]?.pos === 'VERB' && tokens[object + 1]?.pos === 'DET') return object
  return verb
}

/** Whether a number is an end of a change `from … to …` (`grew from nine to 14`, `from 12 to nine`): read whatever its size. */
function endOfChange(tokens: Token[], quantity: Quantity): boolean {
  const number = (at: number) => tokens[at]?.pos === 'NUM' || /^\d/.test(tokens[at]?.text ?? '')
  if (tokens[quantity.from - 1]?.lower === 'from' && tokens[quantity.to]?.lower === 'to' && number(quantity.to + 1)) return true
  return tokens[quantity.from - 1]?.lower === 'to' && number(quantity.from - 2) && tokens.slice(Math.max(0, quantity.from - 5), quantity.from - 2).some((token) => token.lower === 'from')
}

/**
 * Whether a small count in words counts things of the world as a fact (`nine member states sent
 * ministers`, `in seven languages`, `at four regional sites`): not `one` or `two`, not things named before
 * (`the two banks`, `the first two seasons`), not the parts of the text or the meeting (`three
 * priorities`, `two sides`, `their three pillars`), and a plural noun must follow it. What an owner
 * has is counted (`to bring their five coordination centres into operation`): a possessive, unlike
 * `the`, does not point back to things the text named.
 */
function countsThings(tokens: Token[], quantity: Quantity): boolean {
  // `one` is an article and `two` a pair (`farms in two countries`, `both sides`): they describe, they do not count
  if (quantity.magnitude < 3) return false
  let before = quantity.from - 1
  while (before >= 0 && /^(?:first|last|next|other|remaining|final|only|same)$/.test(tokens[before].lower)) before--
  // `the only three ports`, `the first five` pick some out; `only` with no article before it stresses how few (`Only nine members have …`)
  const stressed = before === quantity.from - 2 && tokens[before + 1].lower === 'only' && !(tokens[before] && (/^(?:DET|PRON)$/.test(tokens[before].pos) || /^['’]s?$/.test(tokens[before].text)))
  if (before < quantity.from - 1 && !stressed) return false
  const previous = tokens[before]
  // `held in warehouses in five member countries`: a place a thing just named is kept in describes that thing
  if (previous?.pos === 'ADP' && tokens.slice(Math.max(0, before - 4), before).some((token) => KEEPING_PARTICIPLES.test(token.lower))) return false
  // `pre-position 150,000 litres of pesticide in four regional stores`: where a verb of keeping puts what it keeps
  if (previous?.pos === 'ADP' && /^(?:in|at|across)$/.test(previous.lower)) {
    let verb = before - 1
    while (verb > 0 && before - verb <= 8 && !KEEPING_VERBS.test(tokens[verb].lower) && (/^(?:NOUN|ADJ|NUM|DET|CCONJ)$/.test(tokens[verb].pos) || tokens[verb].lower === 'of')) verb--
    if (KEEPING_VERBS.test(tokens[verb]?.lower ?? '')) return false
  }
  const superlative = pickedBySuperlative(tokens, quantity)
  // `the Council's five member countries`: a body's members are counted after its name
  const members = /^['’]s?$/.test(previous?.text ?? '') && tokens[before - 1]?.pos === 'PROPN' && /^members?$/.test(tokens[quantity.to]?.lower ?? '') && (tokens[quantity.to].lower === 'members' || MEMBER_KINDS.test(tokens[quantity.to + 1]?.lower ?? ''))
  // `the ministers of eight Caribbean states`: the polities a meeting's people come from are counted after `of`
  // (`the agriculture ministers of the nine Baltic Sea countries`: the polities all of whose ministers met, after `the` too)
  // (`delegates from nine Contracting Parties`: the polities the people who met come from, after `from` too)
  const polities = (previous?.lower === 'of' && ['NOUN', 'PROPN'].includes(tokens[before - 1]?.pos ?? '') && memberKindAfter(tokens, quantity.to)) ||
    (previous?.lower === 'from' && PEOPLE_WHO_MEET.test(tokens[before - 1]?.lower ?? '') && memberKindAfter(tokens, quantity.to)) ||
    (previous?.lower === 'the' && tokens[before - 1]?.lower === 'of' && PEOPLE_WHO_MEET.test(tokens[before - 2]?.lower ?? '') && memberKindAfter(tokens, quantity.to))
  // (`their five coordination centres`: what an owner has; so does a body named with its possessive, `the network's seven domes`)
  const owned = /^(?:their|its|our)$/.test(previous?.lower ?? '') || (/^['’]s$/.test(previous?.text ?? '') && ['NOUN', 'PROPN'].includes(tokens[before - 1]?.pos ?? '') && !TIME_UNITS.test(tokens[before - 1].lower))
  // `welcomed the commitment of eight mobile money firms`: who an act named before them is of
  const actOf = previous?.lower === 'of' && tokens[before - 1]?.pos === 'NOUN' && ACT_NOUN_ENDING.test(tokens[before - 1].lower)
  // `a network of four reference laboratories`, `a fleet of six patrol boats`: a set made of things counted
  const setOf = previous?.lower === 'of' && ((/^(?:network|fleet|chain|series|cluster|consortium|team|pool|corps)$/.test(tokens[before - 1]?.lower ?? '') && /^(?:a|an|new)$/.test(tokens[before - 2]?.lower ?? '')) || bodyMadeOf(tokens, before - 1))
  // `in each of the nine regional branches`, `every one of the six depots`: the whole a distributive word goes over is counted
  const everyOne = previous?.lower === 'the' && tokens[before - 1]?.lower === 'of' && (/^(?:each|every)$/.test(tokens[before - 2]?.lower ?? '') || (tokens[before - 2]?.lower === 'one' && tokens[before - 3]?.lower === 'every'))
  if (previous && !superlative && !members && !polities && !owned && !actOf && !setOf && !everyOne && (previous.pos === 'DET' && !/^(?:a|an|some|all)$/.test(previous.lower) || previous.pos === 'PRON' || /^['’]s?$/.test(previous.text) || /^(?:the|these|those|its|their|our|his|her|each|both|every|between|of)$/.test(previous.lower))) return false
  let at = quantity.to
  // `in eight of the Compact's languages`: a part of a named body's whole counts its things
  if (tokens[at]?.lower === 'of' && tokens[at + 1]?.lower === 'the' && tokens[at + 2]?.pos === 'PROPN' && /^['’]s?$/.test(tokens[at + 3]?.text ?? '')) at += 4
  const phrase = at
  // `four new/ADV power lines`: the tagger may call `new` an adverb after a number
  // (`eight paid apprenticeships`, `five rebuilt shelters`: an irregular past participle before the noun is an adjective of it, as `-ed` ones are)
  // (`eight Central/PROPN African/ADJ states`: a name's word before an adjective of the same name)
  // (`seven Andean and Pacific countries`: names joined by `and` before the noun, pending43)
  while (at < phrase + 4 && tokens[at] && (isJoinedNameWord(tokens, at, phrase) || tokens[at].pos === 'ADJ' || (tokens[at].pos === 'PROPN' && tokens[at + 1]?.pos === 'ADJ') || (superlative && /^(?:most|least)$/.test(tokens[at].lower)) || tokens[at].lower === 'new' || (tokens[at].pos === 'VERB' && (/(?:ed|ing)$/.test(tokens[at].lower) || IRREGULAR_PARTICIPLES[tokens[at].lemma] === tokens[at].lower)) || (tokens[at].text === '-' && !tokens[at].spaced) || ((tokens[at].pos === 'NOUN' || tokens[at].pos === 'PROPN') && ['NOUN', 'PROPN'].includes(tokens[at + 1]?.pos ?? '')))) at++
  const noun = tokens[at]
  if (!noun || (noun.pos !== 'NOUN' && !isHeadAfterJoinedNames(tokens, at, phrase) && !(polities && MEMBER_KINDS.test(noun.lower))) || (STRUCTURE_NOUNS.test(noun.lower) && !madeByVerb(tokens, quantity)) || TIME_UNITS.test(noun.lower)) return false
  return IRREGULAR_PLURALS.has(noun.lower) || /[^s]s$|ies$/.test(noun.lower)
}

/** Bodies that are made of the people or things counted after their `of` (`a panel of five judges`). */
const BODIES_MADE_OF = /^(?:committee|panel|board|council|commission|jury|group|force|taskforce|network|fleet|team|pool|corps|consortium|cluster|chain|series|college|bureau|secretariat|delegation)$/

/**
 * Whether the noun at `at` (before `of` and a count) is a body set up or named with `a`/`an`, over the words of its name (`a
 * panel of five judges`, `a new Technical Committee of eight engineers`, `an advisory board of seven growers`): the body is
 * made of the things counted, whose number is a fact of the decision.
 */
function bodyMadeOf(tokens: Token[], at: number): boolean {
  if (!BODIES_MADE_OF.test(tokens[at]?.lower ?? '') || !/^(?:NOUN|PROPN)$/.test(tokens[at].pos)) return false
  let opener = at - 1
  while (opener >= 0 && at - opener <= 5 && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[opener].pos)) opener--
  return /^(?:a|an)$/.test(tokens[opener]?.lower ?? '')
}

/** Whether a count's noun, over a name or an adjective or two, is a kind of member (`eight Caribbean states`, `five island nations`). */
function memberKindAfter(tokens: Token[], from: number): boolean {
  let at = from
  // (`of five Nordic and Baltic states`: names joined by `and` before the kind, pending43)
  while (at < from + 7 && isJoinedNameWord(tokens, at, from)) at++
  const names = at
  while (at < names + 2 && /^(?:ADJ|PROPN|NOUN)$/.test(tokens[at]?.pos ?? '') && !MEMBER_KINDS.test(tokens[at].lower)) at++
  return MEMBER_KINDS.test(tokens[at]?.lower ?? '')
}

/**
 * Whether a small count after `the` is picked out by a superlative (`the nine smallest authorities`; not where something is done or whom it is for, `in the three largest camps`, `for the four poorest provinces`,
 * `the three best cooperatives`, `the five most exposed ports`): a set of its own, which an editor
 * lists, not things named before (`the two banks`), even beside an amount that pays for it.
 */
function pickedBySuperlative(tokens: Token[], quantity: Quantity): boolean {
  const after = tokens[quantity.to]
  if (tokens[quantity.from - 1]?.lower !== 'the' || !after) return false
  // `in the three largest camps` says where something is done, like `in four regional stores`, and `a project for the three largest ports` whom it is for: no figure
  if (/^(?:in|at|across|within|inside|throughout|for)$/.test(tokens[quantity.from - 2]?.lower ?? '')) return false
  if (/^(?:most|least)$/.test(after.lower)) return /^(?:ADJ|VERB)$/.test(tokens[quantity.to + 1]?.pos ?? '')
  return after.pos === 'ADJ' && (/^[a-z]{2,}est$/.test(after.lower) || /^(?:best|worst)$/.test(after.lower))
}

/** Whether a count is the object of a verb of building or fitting out (`build four new power lines`, `to equip three zones`, `install at least five stations`). */
function madeByVerb(tokens: Token[], quantity: Quantity): boolean {
  let verb = quantity.from - 1
  if (tokens[verb]?.lower === 'least' && tokens[verb - 1]?.lower === 'at') verb -= 2
  // (`buy six lathes for £3,900`: what a verb of buying takes is counted beside its price, as what is built is)
  return tokens[verb]?.pos === 'VERB' && (MAKING_VERBS.test(tokens[verb].lemma) || BUYING_VERBS.test(tokens[verb].lemma))
}

/** Verbs of buying, renting or ordering things: how many they take is a fact beside the price paid (`buy six lathes for £3,900`). */
const BUYING_VERBS = /^(?:buy|purchase|acquire|order|procure)$/

/**
 * Whether a small count in words is rounded (`some nine indoor tracks`, `about seven ski jumps`, `roughly eight`): only a count
 * of the world is told about, not the parts of the text or a pair (three and more, before a noun that is no span of time).
 */
function approximated(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.magnitude < 3 || !/^(?:some|about|around|roughly|approximately|nearly|almost)$/.test(tokens[quantity.from - 1]?.lower ?? '')) return false
  // (`some three weeks`, `about five years`: a span; `around six of the …`: a part)
  const next = tokens[quantity.to]
  return Boolean(next) && next.pos !== 'PUNCT' && next.lower !== 'of' && !TIME_UNITS.test(next.lower) && !STRUCTURE_NOUNS.test(next.lower)
}

/** Participles that report events counted (`the six amputations recorded at member mills`, `the four collapses reported in 2024`). */
const RECORDED_PARTICIPLES = /^(?:recorded|reported|registered|logged|counted|documented|notified|confirmed)$/

/**
 * Whether a small count in words counts events a record holds: the count after `the` (or a possessive), its plural noun, then a
 * participle of recording with where or when (`the six amputations recorded at member mills in 2025`, `the five drownings
 * reported last summer`): a fact the meeting was told, not a description.
 */
function eventsRecorded(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.magnitude < 3 || !/^(?:the|its|their|these)$/.test(tokens[quantity.from - 1]?.lower ?? '')) return false
  let at = quantity.to
  while (at < quantity.to + 3 && /^(?:ADJ|NOUN)$/.test(tokens[at]?.pos ?? '') && !RECORDED_PARTICIPLES.test(tokens[at].lower)) at++
  return at > quantity.to && isPluralNoun(tokens[at - 1]) && !STRUCTURE_NOUNS.test(tokens[at - 1].lower) && !MEMBER_KINDS.test(tokens[at - 1].lower) && RECORDED_PARTICIPLES.test(tokens[at]?.lower ?? '') && (/^(?:ADP|ADV)$/.test(tokens[at + 1]?.pos ?? '') || /^(?:last|this|that)$/.test(tokens[at + 1]?.lower ?? ''))
}

/**
 * Whether a small count in words is the subject of its clause as a part of a set of things it names (`In 2025, nine of the
 * member festivals reported injuries`, `seven of the contractors who came told us`, `Of the member lidos, nine are listed`):
 * things of the world counted, a fact told of them. Not a pair (`two of the banks`), not parts of the text or the meeting
 * (`three of the priorities`), nor a part that a verb or a preposition governs (`visited five of the sites`).
 */
function partAsSubject(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.magnitude < 3) return false
  const before = tokens[quantity.from - 1]
  const after = tokens[quantity.to]
  // `Of the member lidos, nine are listed buildings`: the whole opens the sentence, the part is the subject after the comma
  if (tokens[0]?.lower === 'of' && before?.text === ',' && /^(?:AUX|VERB)$/.test(after?.pos ?? '')) {
    const head = tokens[quantity.from - 2]
    return isPluralNoun(head) && !STRUCTURE_NOUNS.test(head.lower) && !TIME_UNITS.test(head.lower) && /^(?:the|its|their|our)$/.test(tokens[1]?.lower ?? '')
  }
  if (before && !/^(?:PUNCT|CCONJ|SCONJ|ADV)$/.test(before.pos) && before.lower !== 'that') return false
  if (after?.lower !== 'of' || !/^(?:the|its|their|our)$/.test(tokens[quantity.to + 1]?.lower ?? '')) return false
  let at = quantity.to + 2
  while (at < quantity.to + 7 && tokens[at] && (/^(?:ADJ|NOUN|PROPN)$/.test(tokens[at].pos) || (tokens[at].pos === 'VERB' && /ing$/.test(tokens[at].lower) && tokens[at + 1]?.pos === 'NOUN') || (tokens[at].text === '-' && !tokens[at].spaced))) at++
  const head = tokens[at - 1]
  if (!isPluralNoun(head) || STRUCTURE_NOUNS.test(head.lower) || TIME_UNITS.test(head.lower)) return false
  const next = tokens[at]
  const relative = /^(?:who|that|which)$/.test(next?.lower ?? '')
  // a set of one bare word that no clause narrows (`three of the members abstained`) is a part of a whole the text does not count
  if (at - (quantity.to + 2) < 2 && !relative) return false
  return Boolean(next) && (/^(?:AUX|VERB)$/.test(next.pos) || relative)
}

/** Whether a count is a part of a whole counted right after it (`Eight of the Network's eleven members`, `five of its 12 ports`). */
function partOfCountedWhole(tokens: Token[], quantity: Quantity): boolean {
  if (quantity.magnitude < 3 || tokens[quantity.to]?.lower !== 'of' || !/^(?:the|its|their|our|these|those)$/.test(tokens[quantity.to + 1]?.lower ?? '')) return false
  return tokens.slice(quantity.to + 2, quantity.to + 6).some((token) => token.pos === 'NUM')
}

/**
 * Whether a small count in words is a part of a count the sentence gave before it, after a comma (`27 accidents were reported,
 * three of them fatal`, `140 pupils, four of whom won prizes`): a fact of its own, as a share of them is (`half of them women`).
 */
function partOfCountBefore(tokens: Token[], quantity: Quantity): boolean {
  if (tokens[quantity.from - 1]?.text !== ',' || tokens[quantity.to]?.lower !== 'of' || !/^(?:them|whom|which)$/.test(tokens[quantity.to + 1]?.lower ?? '')) return false
  return tokens.slice(Math.max(0, quantity.from - 40), quantity.from).some((token) => token.pos === 'NUM' && /^\d[\d,]*$/.test(token.text) && !/^(?:19|20)\d\d$/.test(token.text) && Number(token.text.replace(/,/g, '')) > quantity.magnitude)
}

/** Whether a count is the whole a part counted right before it is taken from (`six of the Authority's nine reservoirs`: nine). */
function wholeOfCountedPart(tokens: Token[], quantity: Quantity): boolean {
  for (let at = quantity.from - 1; at >= Math.max(1, quantity.from - 5); at--) {
    if (tokens[at].lower === 'of' && /^(?:the|its|their|our|these|those)$/.test(tokens[at + 1]?.lower ?? '')) return tokens[at - 1].pos === 'NUM' && !/^(?:19|20)\d\d$/.test(tokens[at - 1].text)
    if (!/^(?:DET|PROPN|NOUN|PART|ADJ)$/.test(tokens[at].pos) && !/^['’]s?$/.test(tokens[at].text)) return false
  }
  return false
}

/**
 * Whether a count opens its sentence (after a bullet) or a clause inside it, and its noun phrase is followed by its verb: `Nine
 * coastal cities will receive …`, `reported that nine new junior sections had opened`, `…; seven ferries were withdrawn`, `where
 * twelve new attendants will be trained`: the subject of its own clause, a fact told of things counted.
 */
function opensClause(tokens: Token[], quantity: Quantity): boolean {
  const first = tokens.slice(0, quantity.from).every((token) => token.pos === 'X' || token.pos === 'PUNCT')
  // (inside a sentence, not a pair, `that two sides would meet`, nor the parts of the text or the meeting, `that three priorities`)
  if (!first && (quantity.magnitude < 3 || !afterClauseOpener(tokens, quantity.from))) return false
  let at = quantity.to
  while (at < quantity.to + 4 && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[at]?.pos ?? '')) at++
  // (`nine new junior sections had opened`: new ones are things of the world, made or opened, as after a verb of making)
  if (!first && STRUCTURE_NOUNS.test(tokens[at - 1]?.lower ?? '') && !tokens.slice(quantity.to, at).some((token) => token.lower === 'new')) return false
  return at > quantity.to && tokens[at - 1].pos === 'NOUN' && ['AUX', 'VERB'].includes(tokens[at]?.pos ?? '')
}

/**
 * Whether the word before `at` opens a clause: a subordinator (`that` right before the count, `where`, `while`, `whereas`,
 * `because`, `although`), a semicolon, or `and`/`but` after a comma or after another clause's `that` (`and that`); not `and`
 * after a name (`Chad and three other states`), which closes a list.
 */
function afterClauseOpener(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]
  if (!before) return false
  if (before.text === ';' || /^(?:that|where|whereas|while|because|although|though)$/.test(before.lower)) return true
  return /^(?:and|but)$/.test(before.lower) && tokens[at - 2]?.text === ','
}

function isNounAt(tokens: Token[], index: number): boolean {
  for (let at = index; at < Math.min(tokens.length, index + 4); at++) {
    if (tokens[at].pos === 'NOUN') return true
    if (tokens[at].pos !== 'ADJ' && tokens[at].pos !== 'PROPN') return false
  }
  return false
}
