import {escapeForPattern} from './organisation-name.js'
import {isBrokenTitle} from './broken-title.js'
import {NUMBERED_ITEM_SUBJECT, PEOPLE_HEAD, TIME_UNITS, TITLE_HONORIFIC} from './english.js'
import {onlyForWhom, withoutForWhom} from './for-whom.js'
import {readingFor} from './language.js'
import {budgetTitle, lenderTitle, membershipTitle, officeTitle, paymentTitle, topicTitle} from './standard-titles.js'
import {titleCandidates, type TitleCandidate} from './title-candidates.js'
import {TITLE_WEIGHTS} from './title-weights.js'
import {MAX_SENTENCE, MAX_TITLE_WORDS, carriedMarkTitle, madeIntoTitle, lowerCommon, nounPhrase, pointWordsOf, sentenceCase} from './point-title.js'
import {strongerTitle, weakTitle} from './weak-title.js'

/** Who wants to see every point's candidates (`npm run fit-titles`), if anyone. */
let recorder: ((sentence: string, body: string, candidates: TitleCandidate[]) => void) | undefined
/** The weights in use: the fitted ones, unless `npm run fit-titles` is trying others. */
let inUse: Readonly<Record<string, number>> = TITLE_WEIGHTS

/**
 * A short title for a point that has none of its own: of the candidates `titleCandidates` makes
 * from its sentence (noun phrases of at most seven of its words, the rules' title among them), the
 * one the fitted linear scorer (`title-weights.ts`) rates highest; on a tie, the first; without a
 * last `for …` that names only who it is for (see `withoutForWhom`).
 * @param sentence the sentence the title is made from (the point's first, as a rule)
 * @param body the point's whole text (the scorer looks at which words it repeats)
 * @param weights the scorer's weights (the fitted ones unless a test or the fitting gives others)
 * @param avoid titles, in lower case, that no candidate may be (those other points already have)
 * @returns the title in sentence case, or `undefined` when the sentence has no noun phrase
 */
export function pointTitle(sentence: string, body: string = sentence, weights: Readonly<Record<string, number>> = inUse, avoid?: ReadonlySet<string>): string | undefined {
  const title = titleOf(sentence, body, weights, avoid)
  // (`ADOPTS the Riga Cod Recovery Plan …`: a resolution's verb in capitals, which the model read as a name, opens the title)
  const lowered = verbInLowerCase(sentence)
  const capitals = lowered === sentence ? undefined : sentence.split(' ')[0]
  const read = capitals && title?.startsWith(capitals) ? (titleOf(lowered, body, weights, avoid) ?? title) : title
  // (`Re-election of Ms Thandiwe Nkosi` → “Re-election of Thandiwe Nkosi”: a title names a person without their honorific)
  return read?.replace(TITLE_HONORIFIC, '')
}

/** `pointTitle`, but for a verb in capitals. */
function titleOf(sentence: string, body: string, weights: Readonly<Record<string, number>>, avoid?: ReadonlySet<string>): string | undefined {
  // (`Resolution 1, adoption of the Remuneration Report, was carried …`: the number names no subject, what it is about does)
  const item = NUMBERED_ITEM_SUBJECT.exec(sentence)?.[1]
  const about = item ? titleOf(item, body, weights, avoid) : undefined
  if (about) return about
  // (a title another point already has is not a candidate, see `untakenTitle` in `extract-pillars.ts`)
  const candidates = titleCandidates(sentence, body).filter((candidate) => !avoid?.has(withoutForWhom(candidate.text).toLocaleLowerCase()))
  recorder?.(sentence, body, candidates)
  const ruled = ruleTitle(sentence, candidates)
  if (ruled) return ruled
  // (the title names the measure, the body says for whom: `School fees for girls` → “School fees”)
  const ranked = candidates.map((candidate) => ({text: withoutForWhom(candidate.text), score: scoreTitle(candidate, weights), doing: candidate.features.gerund === 1 && !candidate.features.nominalised})).sort((a, b) => b.score - a.score)
  // A weak title (`Share of new homes`, `Signing protocol`, `Other cities`, `Farms`) is made sound from its words, else gives way
  // to the next sound candidate: two words or more, not weak, not broken (a single word or `Programme` says less than the weak one)
  const sound = (text: string) => text.split(' ').length >= 2 && !weakTitle(text, ENGLISH) && !isBrokenTitle(text, ENGLISH)
  // A list drawn from a phrase beside the verb's subject and object (`… with fishers and village councils`, `in schools, pharmacies
  // and workplaces`, `The United States and Canada will share …` read as who acted) names who, where or with what, not what was
  // decided: the best-ranked sound candidate that is not one, when there is one
  // (nor a part of such a list, `Latin America` of `Africa and Latin America`, nor a question word's phrase, `How passengers`)
  const sides = candidates.filter(sideList).map((candidate) => withoutForWhom(candidate.text).toLocaleLowerCase())
  const beside = (text: string) => sides.some((side) => side.includes(text.toLocaleLowerCase()))
  const instead = ranked[0] && sides.includes(ranked[0].text.toLocaleLowerCase()) ? ranked.find(({text, doing}) => sound(text) && !doing && !beside(text) && !QUESTION_WORD.test(text)) : undefined
  // (`launch a common training certificate for green roof installers`: who the measure is for is no title when the rules name the measure)
  const measure = ranked[0] && onlyForWhom(ranked[0].text, sentence) ? ranked.find(({text}) => candidates.some((candidate) => candidate.features.rule && withoutForWhom(candidate.text) === text) && sound(text) && !onlyForWhom(text, sentence)) : undefined
  const chosen = instead ?? measure ?? ranked[0]
  // (`approved the closure of the eastern rampart path`, `fund the replacement of 120 old bridle gates`: what is done to a thing is
  // what was decided, so the object keeps its head that names the act, not only the thing it is done to)
  const acted = chosen ? actOnTitle(chosen.text, candidates, sentence) : undefined
  const best = acted ? {text: acted, score: chosen!.score, doing: false} : chosen
  // (`agreed to train border officers` → “Training of border officers”: people something is done to are titled by what is done)
  const top = candidates.find((candidate) => withoutForWhom(candidate.text) === best?.text)
  const people = top?.text.toLocaleLowerCase()
  const head = people?.split(/\s+(?:of|for|on|in|to|from|with|at|by)\s/)[0].split(' ').at(-1)
  if (top && people && head && PEOPLE_HEAD.test(head) && !top.features.subject) {
    // (not `Payment of farmers`: what people are paid is titled otherwise, `Payments to …`)
    const done = candidates.find((candidate) => candidate.features.nominalised && !candidate.features.compound && !/^payment\s/i.test(candidate.text) && candidate.text.toLocaleLowerCase().endsWith(` of ${people}`))
    if (done) return done.text
  }
  // (`share the cost of a diver survey`, `cover the costs of the new pumps`: what is shared is the thing, not its cost)
  const shared = best ? sharedCostTitle(best.text, sentence) : undefined
  if (shared) return shared
  // (`a small working group on …`, `a short camping code`: the size of a group or a document says nothing of what it is for)
  const sized = best ? unsizedTitle(best.text, sentence, ranked.map(({text}) => text)) : undefined
  if (sized) return sized
  // One word that is no acronym (`Study`, `Access`) keeps the complement the sentence gives it, when that is a candidate (`Study on carrying capacity`)
  if (best && !best.text.includes(' ') && !/^\p{Lu}[\p{Lu}\d&-]+$/u.test(best.text)) {
    const complemented = withComplement(best.text, sentence, ranked.map(({text}) => text))
    if (complemented) return complemented
    // (… or, a means named alone, `Fund`, `Programme`, `Fee`, the purpose the sentence gives it: “Fund for safety repairs”)
    const purposed = purposeTitle(best.text, sentence)
    if (purposed) return purposed
  }
  // (`Floor price`, `Loan window`, `Annual levy`: a means or a price with a modifier keeps what it is for or per, past its amount:
  // `a floor price of 14 lari per kilogram for grade A kernels` → “Floor price for grade A kernels”, `the annual levy per registered curler`)
  const priced = best ? pricedTitle(best.text, sentence) : undefined
  if (priced) return priced
  // (`Common rules`, `Yearly report`, `Public map`: a thing that says what it is only by its complement keeps it, `Public map of logging concessions`)
  if (best && bareHead(best.text)) {
    // (… but not who it is for: `Quality seal for exporters` stays “Quality seal”, see `withoutForWhom`)
    const complemented = withComplement(best.text, sentence, ranked.map(({text}) => text), false)
    if (complemented && complemented.split(' ').length <= MAX_TITLE_WORDS && withoutForWhom(complemented) === complemented) return complemented
  }
  if (!best || !weakTitle(best.text, ENGLISH)) return best?.text
  const stronger = strongerTitle(best.text, ENGLISH, sentence)
  if (stronger && !isBrokenTitle(stronger, ENGLISH)) return stronger
  // (a quantity of one word, `Share of renewables`: the candidate that names the same thing, `Renewables share`)
  const rest = ENGLISH.weakTitle!.quantityHead.exec(best.text) ? best.text.split(' ').at(-1)!.toLocaleLowerCase() : undefined
  const holding = rest && ranked.find(({text}) => sound(text) && text.toLocaleLowerCase().split(' ').includes(rest))
  if (holding) return holding.text
  // (never a verb in -ing the scorer put below: it may be what someone is asked to stop, `called on pharmacies to stop selling antibiotics`)
  // (nor a list beside the subject and object, as above, when another will do)
  const next = ranked.find(({text, doing}) => sound(text) && !doing && !beside(text)) ?? ranked.find(({text, doing}) => sound(text) && !doing)
  if (next) return next.text
  return ranked[0]?.text
}

/**
 * A candidate that is a list joined by `and` from a phrase that is neither the main verb's subject nor its object nor the rules'
 * title, the list its head (not `Fortification of maize flour and wheat flour`, whose head names what is done).
 */
function sideList(candidate: TitleCandidate): boolean {
  const {joined, main, subject, object, rule, linked} = candidate.features
  return joined === 1 && !main && !subject && !object && !rule && !linked
}

/**
 * Nouns of an act that changes what there is of a thing or where it is (it is closed, bought, replaced, pulled down, moved), which
 * head a title whole: `Closure of …`; not an act done for people or a policy (`training`, `treatment`, `protection`), which editors title by whom or what.
 */
const ACT_NOUNS = /^(?:closure|closing|reopening|opening|purchase|buying|acquisition|replacement|demolition|removal|relocation|repair|repairs|resurfacing|refurbishment|renovation|rebuilding|reconstruction|sale|disposal|dredging|fencing|extension|widening)$/i

/**
 * The main verb's object whole when the scorer chose only what it acts on and its head names an act done to it (`approved the
 * closure of the eastern rampart path` → “Closure of the eastern rampart path”, not “Eastern rampart path”; `fund the replacement of
 * 120 old bridle gates` → “Replacement of old bridle gates”), at most seven words: the act's noun must be the object's head (a
 * candidate of the object or the rules opens on it), and the title chosen must follow its `of` in the sentence (an article or a count between).
 * @param title the title the scorer chose
 * @param candidates the candidates it was chosen from
 * @param sentence the sentence they were made from
 * @returns the object's title, or `undefined` when the title is no such thing acted on
 */
function actOnTitle(title: string, candidates: TitleCandidate[], sentence: string): string | undefined {
  if (ACT_NOUNS.test(title.split(' ')[0])) return undefined
  const found = new RegExp(`(?<!\\p{L})(\\p{L}+) of (the )?(?:(?:a|an|\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+)?${escapeForPattern(title)}(?!\\p{L})`, 'iu').exec(sentence)
  if (!found || !ACT_NOUNS.test(found[1])) return undefined
  const act = found[1].toLocaleLowerCase()
  if (!candidates.some(({text, features}) => (features.object || features.rule) && text.toLocaleLowerCase().split(' ')[0] === act)) return undefined
  const whole = sentenceCase(`${act} of ${found[2] ?? ''}${lowerCommon(title.split(' ')[0])}${title.includes(' ') ? ' ' + title.split(' ').slice(1).join(' ') : ''}`)
  return whole.split(' ').length <= MAX_TITLE_WORDS ? whole : undefined
}

/** Verbs that share or carry a cost (`share the cost of`, `meet the costs of`, `cover half the cost of`). */
const COST_SHARING = /\b(?:share|shares|shared|sharing|split|splits|splitting|meet|meets|meeting|cover|covers|covered|covering|bear|bears|bore|bearing)\s+(?:(?:the|its|their|our|half\s+the|part\s+of\s+the|all\s+the|full)\s+)*costs?\s+of\s/i

/**
 * A title `Cost of X` when the sentence decides to share or carry that cost (`Members agreed to share the cost of a diver survey`,
 * `the county will meet the costs of the new pumps`): what the point decides is the thing paid for, so the title is X.
 * @param title the title chosen
 * @param sentence the sentence it was made from
 * @returns X in sentence case, or `undefined` when the title is no cost or the sentence shares none
 */
export function sharedCostTitle(title: string, sentence: string): string | undefined {
  const found = /^costs?\s+of\s+(?:the\s+|a\s+|an\s+)?(.+)$/i.exec(title)
  if (!found || !COST_SHARING.test(sentence)) return undefined
  return sentenceCase(found[1])
}

/** Adjectives of size or length that say nothing of what a group or a document is for (`small working group`, `short code`). */
const SIZE_MODIFIERS = /^(?:small|short|brief|little|large|big|long)$/i

/**
 * A title that opens on a size before a head that says what it is only with its complement (`Small working group`, `Short camping
 * code`, `Brief guide`): without the size, with the complement the sentence gives (`Working group on weed and slime`), if any.
 * A size before a plural (`Small grants programme`, `Small businesses fund`) qualifies that noun and stays.
 * @param title the title chosen
 * @param sentence the sentence it was made from
 * @param candidates the other candidates, best first (a complement is one of them)
 * @returns the title without its size, or `undefined` when it opens on none
 */
export function unsizedTitle(title: string, sentence: string, candidates: string[]): string | undefined {
  const words = title.split(' ')
  if (words.length < 2 || !SIZE_MODIFIERS.test(words[0]) || !BARE_HEADS.test(words.at(-1)!) || (words.length > 2 && /s$/i.test(words[1]))) return undefined
  const bare = sentenceCase(words.slice(1).join(' '))
  const complemented = withComplement(bare, sentence, candidates, false)
  return complemented && complemented.split(' ').length <= MAX_TITLE_WORDS && withoutForWhom(complemented) === complemented ? sentenceCase(complemented) : bare
}

/** A phrase that opens on a question word (`How passengers …`) is a clause cut short, no title. */
const QUESTION_WORD = /^(?:how|what|why|when|where|which|who|whose)\s/i

/**
 * The title a hand-written rule gives a point whatever the scorer says: a point of a kind editors
 * title the same way whatever its words (who joined, who was elected, what a lender gives, a
 * budget for a year, the subject it opens on), or a decision on a thing with a name (`adopted the
 * Lausanne Agenda for Open Science`: the name).
 * @returns the title, or `undefined` when the scorer chooses
 */
export function ruleTitle(sentence: string, candidates: TitleCandidate[]): string | undefined {
  return membershipTitle(sentence) ?? officeTitle(sentence) ?? lenderTitle(sentence) ?? budgetTitle(sentence) ?? paymentTitle(sentence) ?? topicTitle(sentence) ?? carriedMarkTitle(sentence) ?? madeIntoTitle(sentence) ?? candidates.find((candidate) => candidate.features.rule && candidate.features.name)?.text
}

/**
 * A sentence that opens on a verb in capitals, as a resolution's operative paragraphs do (`ADOPTS the
 * Riga Cod Recovery Plan …`, `CALLS ON members to …`), with those words in lower case, when the
 * model reads the first of them so as a verb; any other sentence as it is (`ECOWAS member states …`),
 * and so is an acronym that names a noun's subject, whose own verb follows (`AIDS funding was increased`).
 */
function verbInLowerCase(sentence: string): string {
  const capitals = /^\p{Lu}{3,}(?:\s+\p{Lu}{2,})*(?=\s+\p{Ll})/u.exec(sentence)?.[0]
  if (!capitals) return sentence
  const lowered = capitals.toLocaleLowerCase() + sentence.slice(capitals.length)
  const words = pointWordsOf(lowered.slice(0, 120))
  const ownVerb = words[1]?.pos === 'NOUN' && /^(?:AUX|VERB)$/.test(words[2]?.pos ?? '')
  return words[0]?.pos === 'VERB' && !ownVerb ? lowered : sentence
}

/**
 * Nouns of a document, a body or a means that name what they are only with their complement (`report on …`, `map of …`,
 * `rules for …`, `course for …`, `network for …`): a title of two words with such a head says too little alone.
 */
const BARE_HEADS = /^(?:report|reports|map|maps|page|register|registry|database|portal|code|course|guide|study|survey|protocol|ordinance|agreement|position|timetable|method|design|rules|guidelines|standard|standards|label|seal|certificate|programme|program|plan|fund|scheme|network|platform|system|framework|mechanism|panel|group|team|committee|centre|center|office|desk|window|campaign|tender|reserve|roster|strategy|policy|bid)$/i
/** Whether a title is one modifier and such a head (`Common rules`, `Yearly report`, `Training course`). */
function bareHead(title: string): boolean {
  const words = title.split(' ')
  return words.length === 2 && BARE_HEADS.test(words[1])
}

/** Prepositions that bring a noun's complement (`study on …`, `access to …`). */
const COMPLEMENT_LINKS = 'on|to|for|against|of|in'

/**
 * A one-word title with the complement the sentence gives it right after it (`access to services`,
 * `a study on the carrying capacity of …` → “Study on carrying capacity”): a preposition, an article
 * at most, then another candidate's words, the best-ranked first, at most seven words in all.
 * @returns the longer title, or `undefined` when the word has no such complement
 */
function withComplement(word: string, sentence: string, candidates: string[], names = true): string | undefined {
  for (const candidate of candidates) {
    if (!candidate.includes(' ') && candidate.length < 4) continue
    if (candidate.toLocaleLowerCase() === word.toLocaleLowerCase() || candidate.split(' ').length > 5) continue
    const found = new RegExp(`(?<!\\p{L})${escapeForPattern(word)}\\s+(${COMPLEMENT_LINKS})\\s+(?:(?:the|a|an|its|their)\\s+)?${escapeForPattern(candidate)}(?!\\p{L})`, 'iu').exec(sentence)
    if (!found) continue
    // (without `names`, a complement the sentence writes as a name, `centre in Kumasi`, `programme of the Economic Community`, is no complement that says what)
    const written = found[0].slice(found[0].length - candidate.length)
    if (!names && /^\p{Lu}/u.test(written)) continue
    return `${word} ${found[1].toLocaleLowerCase()} ${names ? `${candidate.charAt(0).toLocaleLowerCase()}${candidate.slice(1)}` : written}`
  }
  return undefined
}

/** Means that a title names by what they are for (`Fund for safety repairs`, `Programme for rope technicians`, `Fee for household connections`). */
const MEANS = /^(?:fund|programme|program|fee|levy|grant|loan|facility|scheme|window|budget|subsidy|tax)$/i
/** Words that end the clause a purpose is looked for in. */
const CLAUSE_END = /^(?:[.;:!?]|and|but|while|whereas|which|who)$/i

/**
 * A means named alone (`Fund`, `Programme`, `Fee`) with what the sentence says it is for, past an amount
 * and an aside between commas, within its clause: `for` and a noun phrase (`a fee … for a new household
 * connection` → “Fee for new household connection”), or `to` and a verb, then whom or what it acts on
 * (`a fund of US$600 million to lend to regional manufacturers` → “Fund for regional manufacturers”,
 * `A fund …, will help small resorts replace …` → “Fund for small resorts”); never who pays
 * (`paid for by the governments`), an amount or a time.
 * @param word the one-word title
 * @param sentence the sentence it was made from
 * @returns the title, or `undefined` when the word is no means or the sentence names no purpose
 */
export function purposeTitle(word: string, sentence: string): string | undefined {
  if (!MEANS.test(word) && !PRICE_HEADS.test(word)) return undefined
  const words = pointWordsOf(sentence.slice(0, MAX_SENTENCE))
  const at = words.findIndex((w) => w.lower === word.toLowerCase())
  if (at === -1) return undefined
  let depth = 0
  for (let k = at + 1; k < words.length && k < at + 30; k++) {
    const w = words[k]
    // (an aside between commas is skipped whole, `, paid for by the six governments,`)
    if (w.text === ',') {
      depth = depth === 0 && /^(?:VERB|ADP|ADV)$/.test(words[k + 1]?.pos ?? '') && !/^(?:to|for)$/.test(words[k + 1]?.lower ?? '') ? 1 : 0
      continue
    }
    if (depth) continue
    if (CLAUSE_END.test(w.text)) return undefined
    let from = -1
    if (w.lower === 'for' && words[k + 1]?.lower !== 'by') from = k + 1
    // `to lend to …`, `will help small resorts …`, `to help 5,000 firms`: the verb's object or its `to`/`for` phrase
    else if ((w.lower === 'to' && words[k + 1]?.pos === 'VERB') || (/^(?:help|support|assist|serve|benefit)$/.test(w.lemma) && w.pos === 'VERB')) {
      from = w.lower === 'to' ? k + 2 : k + 1
      if (/^(?:to|for)$/.test(words[from]?.lower ?? '')) from++
      else if (w.lower === 'to' && !/^(?:help|support|assist|serve|benefit)$/.test(words[k + 1].lemma)) from = -1
    }
    if (from === -1) continue
    while (/^(?:DET|NUM)$/.test(words[from]?.pos ?? '') || /^\d/.test(words[from]?.text ?? '')) from++
    const end = words.findIndex((x, i) => i > from && (x.pos === 'PUNCT' || x.pos === 'VERB'))
    const phrase = nounPhrase(words, from, end === -1 ? words.length : end)
    if (!phrase || TIME_UNITS.test(phrase.head) || phrase.core.some((x) => x.pos === 'NUM' || /\p{Sc}/u.test(x.text))) return undefined
    const held = phrase.core.map((x) => (x.pos === 'PROPN' ? x.text : lowerCommon(x.text)))
    return held.length + 2 <= MAX_TITLE_WORDS ? sentenceCase([word.toLowerCase(), 'for', ...held].join(' ')) : undefined
  }
  return undefined
}

/** Means that a modifier naming an activity makes specific enough (`Training programme`, `Capacity-building fund`). */
const BROAD_MEANS = /^(?:fund|programme|program|scheme|facility|budget|plan)$/i
/** Modifiers that qualify a means without saying what it does (`shared fund`, `revolving fund`, `special programme`). */
const QUALIFYING_MODIFIERS = /^(?:shared|common|joint|single|revolving|new|special|regional|national|annual|dedicated|global|central|additional|emergency)$/i
/** Heads that name a sum asked or paid per unit (`floor price`, `annual levy`, `single refund`). */
const PRICE_HEADS = /^(?:price|levy|refund|premium|tariff|toll|deposit)$/i

/**
 * A title of a modifier and a means or a price (`Floor price`, `Loan window`, `Annual levy`) with what the sentence says it is
 * for (see `purposeTitle`: `a loan window of 600,000 lari for young growers` → “Loan window for young growers”), else with
 * the unit a price is asked per when it follows the head itself (`the annual levy per registered curler` → “Annual levy per
 * registered curler”, not the unit of an amount, `14 lari per kilogram`).
 * @param title the title the scorer chose
 * @param sentence the sentence it was made from
 * @returns the longer title, or `undefined` when the title is no such pair or the sentence says nothing more
 */
export function pricedTitle(title: string, sentence: string): string | undefined {
  const [modifier, head, ...rest] = title.split(' ')
  if (!head || rest.length || (!MEANS.test(head) && !PRICE_HEADS.test(head))) return undefined
  // (a programme or a fund whose modifier names what it does says enough, `Training programme`, `Demonstration fund`: only one
  // that a modifier only qualifies does not, `Shared fund`, `Revolving fund`, as a price or a window never says what alone)
  if (BROAD_MEANS.test(head) && !QUALIFYING_MODIFIERS.test(modifier)) return undefined
  const at = sentence.toLowerCase().indexOf(`${modifier.toLowerCase()} ${head.toLowerCase()}`)
  if (at === -1) return undefined
  const purposed = purposeTitle(head, sentence.slice(at + modifier.length + 1))
  if (purposed && purposed.split(' ').length + 1 <= MAX_TITLE_WORDS) return `${title} ${purposed.split(' ').slice(1).join(' ')}`
  const per = new RegExp(`^${escapeForPattern(modifier)}\\s+${escapeForPattern(head)}\\s+per\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+?)(?=\\s+(?:be|is|are|was|will|shall|of|at|to|for|in|on|from)(?!\\p{L})|[,;.]|$)`, 'iu').exec(sentence.slice(at))
  if (per && !/\d/.test(per[1]) && 3 + per[1].split(' ').length <= MAX_TITLE_WORDS) return `${title} per ${per[1]}`
  return undefined
}

/** The patterns of English, for the weak titles the scorer passes over. */
const ENGLISH = readingFor('en')

/**
 * A candidate's score: the sum of its features times their weights.
 * @param candidate the candidate title
 * @param weights the weight of each feature (a missing one weighs nothing)
 * @returns the score; higher is better
 */
export function scoreTitle(candidate: TitleCandidate, weights: Readonly<Record<string, number>>): number {
  let score = 0
  for (const [name, value] of Object.entries(candidate.features)) score += value * (weights[name] ?? 0)
  return score
}

/**
 * Have every call of `pointTitle` report its candidates (for fitting the scorer), or stop.
 * @param listener called with the sentence, the body and the candidates; `undefined` to stop
 */
export function recordTitleCandidates(listener?: (sentence: string, body: string, candidates: TitleCandidate[]) => void): void {
  recorder = listener
}

/**
 * Have `pointTitle` use other weights (to measure a fold's weights with the real structure stage).
 * @param weights the weights; `undefined` for the fitted ones
 */
export function useTitleWeights(weights?: Readonly<Record<string, number>>): void {
  inUse = weights ?? TITLE_WEIGHTS
}
