import {NOT_TOPICS, PEOPLE_HEAD, TOPIC_OPENER} from './english.js'
import {MAX_SENTENCE, MAX_TITLE_WORDS, lowerCommon, pluralOf, pointWordsOf, sentenceCase} from './point-title.js'

/**
 * Titles editors give to two kinds of English point whatever their words, as a staffer writes a
 * brief: who joined (`Ministers welcomed Niue and Tuvalu as new members of the Alliance.` → “New
 * members”) and what a named lender or fund gives (`The World Bank will provide technical
 * assistance of US$25 million …` → “World Bank technical assistance”). The noun phrases of the
 * sentence would give the joiners' names or the lender's, which say who, not what the point is.
 */

/** A list of names: capitalised words, with the small words inside a name and the commas and `and` between names. */
const NAMES = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:(?:,\s*|\s+and\s+|\s+(?:of|the|of\s+the)\s+|\s+)(?:the\s+)?\p{Lu}[\p{L}'’.-]*){0,11}`
/**
 * `welcomed Niue and Tuvalu as new members`, `welcome the Union of the Comoros as the seventeenth member state`,
 * `as the thirty-first and thirty-second members`. A word before the role ends in `th`, `st`, `nd` or `rd`
 * (ordinals, `newest`, `and`) or is `new` or `full`: one way to read each word, so that a long run of them
 * (`as the first first first …`) is read in linear time, where alternatives that overlapped took exponential time.
 */
const WELCOMED_AS = new RegExp(String.raw`\bwelcom(?:e|es|ed|ing)\s+(${NAMES})\s+as\s+(?:(?:the|a|an|its|their|our)\s+)?(?:(?:new|full|[\p{L}-]+(?:th|st|nd|rd))\s+)*(member\s+states?|member\s+countries|member\s+country|members?|observers?)\b`, 'u')
/** `Namibia and Zambia joined the Forum`, `Chile and Kenya became members`. */
const JOINED = new RegExp(String.raw`^(?:[^,]{0,40},\s*)?(${NAMES})\s+(?:formally\s+|officially\s+)?(?:joined|acceded\s+to|became\s+(?:full\s+)?members)\b`, 'u')
/** `the accession of Jamaica, Uruguay and Costa Rica`, `the admission of Belize and Suriname`. */
const ACCESSION = new RegExp(String.raw`\b(accession|admission)\s+of\s+(${NAMES})`, 'u')

/** Heads of a name that lends or grants (`African Development Bank`, `Green Climate Fund`). */
const LENDER_HEADS = /(?:Bank|Fund|Facility|Foundation|Agency|Corporation|Investment|Institution)$/u
/** What a lender gives, as editors name it after the lender (`World Bank loan`, `Green Climate Fund grant`). */
const INSTRUMENTS = /^(?:(concessional|technical|financial|emergency|budget|new|further)\s+)?(loans?|grants?|credits?|assistance|financing|funding|guarantees?|support)\b/iu
/** The lender first, then a verb of giving or announcing (`The African Development Bank will lend …`, `… confirmed a grant of …`). */
const LENDER = new RegExp(String.raw`^(?:[^,]{0,40},\s*)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’.-]*){0,6})\s+(?:(?:will|has|have|also|would|shall|today|formally)\s+)*(lend|lends|lent|provide|provides|provided|grant|grants|granted|announced|announces|confirmed|confirms|approved|approves|pledged|pledges|committed|commits|offered|offers|extended|extends|awarded|awards|signed|signs|make|makes|made)\s+(?:(?:a|an|its|the|new)\s+)?`, 'u')

/**
 * A named lender's gift as the object near the sentence's start (`Ministers welcomed the pledge of the Nordic Transport Fund of …`,
 * `noted the offer by the Arctic Investment Bank to lend …`): what it gives and the lender's name, whole (not followed by another
 * word in capitals, nor by `and`: `the offer of the Space Agency and national agencies` names more than one giver).
 */
const LENDER_GIFT = new RegExp(String.raw`^[^.;:]{0,60}?\bthe\s+(pledge|offer|commitment|loan|grant|contribution)\s+(?:of|by|from)\s+the\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’.-]*){1,6})(?![\p{L}'’.-])(?!\s+(?:and\s|\p{Lu}))`, 'u')

/** What a lender's offer or pledge provides, past an amount (`to provide a US$85 million credit line`). */
const GIFT_NAMED = /^\s+to\s+(?:provide|extend|grant|make\s+available)\s+(?:an?\s+)?(?:[^\s\d]*\d\S*\s+(?:(?:million|billion|bn|m)\s+)?)?(credit\s+line|loans?|grants?|guarantees?)(?!\p{L})/iu

/**
 * An office a meeting fills (`Chair`, `Co-Chair`, `Vice-President`, `Executive Secretary`), in capitals or not (`as chair of the
 * Network`, `as its vice-president`): the words are the office's either way.
 */
const OFFICE = String.raw`((?:[Vv]ice-|[Cc]o-|[Dd]eputy\s+)?(?:[Cc]hair(?:person|man|woman)?|[Pp]resident|[Ss]ecretary-[Gg]eneral|[Ee]xecutive\s+[Ss]ecretary|[Ee]xecutive\s+[Dd]irector|[Dd]irector-[Gg]eneral|[Rr]apporteur|[Tt]reasurer|[Cc]oordinator|[Cc]hair-in-[Oo]ffice))`
/** `re-elected Ms. Neo Molefe of Botswana as its Chair`, `elected the Hon. … as Chair of the Council`, `appointed … to the post of Executive Secretary`. */
const ELECTED = new RegExp(String.raw`\b(re-?elected|elected|appointed|designated|named)\s+(?:[^.;]|\.(?=\S)|(?<=\b(?:Mr|Ms|Mrs|Dr|Hon|Prof|St))\.\s){2,160}?\s(?:as|to\s+the\s+(?:post|office)\s+of)\s+(?:(?:its|their|our|the|new)\s+)*${OFFICE}(?!\p{L})`, 'gu')
/**
 * `elected the Republic of Rwanda to chair the Council`: the office said by its verb, of a body named in
 * capitals (`named two experts to chair the working groups on safety` fills no office of the body).
 */
const ELECTED_TO_CHAIR = /\b(re-?elected|elected|appointed|designated|named)\s+(?:[^.;]|\.(?=\S)|(?<=\b(?:Mr|Ms|Mrs|Dr|Hon|Prof|St))\.\s){2,160}?\sto\s+(chair|co-chair|preside\s+over)\s+(?:(?:the|its|their)\s+)?\p{Lu}/u
/** An office after `as` (`as its Treasurer`). */
const AS_OFFICE = new RegExp(String.raw`\s(?:as|to\s+the\s+(?:post|office)\s+of)\s+(?:(?:its|their|our|the|new)\s+)*${OFFICE}(?!\p{L})`, 'gu')

/**
 * The title of a point that fills an office, by the office, not the person (`The Partnership
 * re-elected Ms. Neo Molefe of Botswana as its Chair.` → “Re-election of the Chair”; two offices
 * filled: “President and Vice-President”).
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when the sentence elects or appoints no one to an office
 */
export function officeTitle(sentence: string): string | undefined {
  const text = sentence.slice(0, 600)
  // each office filled: how (`elected`), which (`Chair`), where the verb and the office are said
  const filled = [...text.matchAll(ELECTED)].map((match) => ({how: match[1], office: match[2], from: match.index, at: match.index + match[0].length}))
  // (`elected Rwanda to chair the Council and Tanzania as Vice-Chair`: an office said by its verb)
  const toChair = ELECTED_TO_CHAIR.exec(text)
  if (toChair) filled.push({how: toChair[1], office: /^preside/.test(toChair[2]) ? 'President' : toChair[2] === 'co-chair' ? 'Co-Chair' : 'Chair', from: toChair.index, at: toChair.index + toChair[0].length})
  if (filled.length === 0) return undefined
  filled.sort((a, b) => a.at - b.at)
  // (`elected Ms. A as its President and Mr. B as its Treasurer`: the verb said once for two offices)
  const more = [...text.slice(Math.min(...filled.map((fill) => fill.from))).matchAll(AS_OFFICE)].map((match) => match[1])
  const offices = [...new Set([...filled.map((fill) => fill.office), ...more].map((office) => office.replace(/\s+/g, ' ')))]
  if (offices.length > 1) return `${offices.slice(0, -1).join(', ')} and ${offices.at(-1)}`
  const how = filled[0].how.toLowerCase()
  const act = /^re-?elected$/.test(how) ? 'Re-election' : how === 'elected' ? 'Election' : 'Appointment'
  return `${act} of the ${offices[0]}`
}

/**
 * The title of a point that tells who joined: “New members” when two names or more joined
 * (`welcomed Niue and Tuvalu as new members`, `Namibia and Zambia joined the Forum`), the role one
 * name took (`as the seventeenth member state` → “New member state”), the sentence's own
 * `Accession of …` when it names them in at most seven words.
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when the sentence does not say who joined
 */
export function membershipTitle(sentence: string): string | undefined {
  const welcomed = WELCOMED_AS.exec(sentence)
  if (welcomed) {
    const role = welcomed[2].toLowerCase().replace(/\s+/g, ' ')
    // (a role already in the plural, `as observer states`, stays)
    return `New ${manyNames(welcomed[1]) && !/s$/.test(role) ? pluralOf(role) : role}`
  }
  const joined = JOINED.exec(sentence)
  if (joined && manyNames(joined[1])) return 'New members'
  const accession = ACCESSION.exec(sentence)
  if (accession && manyNames(accession[2])) {
    const title = `${accession[1][0].toUpperCase()}${accession[1].slice(1)} of ${accession[2].replace(/^the\s+/, '')}`
    return title.split(/\s+/).length <= MAX_TITLE_WORDS ? title : 'New members'
  }
  return undefined
}

/**
 * The title of a point whose subject is a named lender or fund giving something: the lender's name
 * and what it gives (`The African Development Bank will lend $90 million …` → “African Development
 * Bank loan”; `The Green Climate Fund confirmed a grant of US$48 million …` → “Green Climate Fund
 * grant”; `The World Bank will provide technical assistance …` → “World Bank technical assistance”).
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when no named lender gives a loan, grant or the like
 */
export function lenderTitle(sentence: string): string | undefined {
  const lender = LENDER.exec(sentence)
  // (`welcomed the pledge of the Nordic Transport Fund …` → “Nordic Transport Fund pledge”: the gift said by its noun)
  const gift = lender ? null : LENDER_GIFT.exec(sentence)
  // (the name ends on its head: `the Oceania Reading Fund of US$6 million` is not `Fund of US`)
  const giver = gift ? /^.*(?:Bank|Fund|Facility|Foundation|Agency|Corporation|Investment|Institution)(?!\p{L})/u.exec(gift[2])?.[0] : undefined
  if (gift && giver && /\s/.test(giver)) {
    // (what is offered when the text names it: `to provide a US$85 million credit line` → credit line; an offer `to lend` stays an offer, as the editors of
    // rounds 23 and the tuning set write it)
    const rest = sentence.slice(gift.index + gift[0].length - gift[2].length + giver.length)
    const offered = GIFT_NAMED.exec(rest)?.[1].toLowerCase().replace(/\s+/g, ' ')
    const title = `${giver} ${offered ? singular(offered) : gift[1]}`
    return title.split(/\s+/).length <= MAX_TITLE_WORDS ? title : undefined
  }
  // (a name of two words at least: `The Bank will lend …` names no one in particular)
  if (!lender || !LENDER_HEADS.test(lender[1]) || !/\s/.test(lender[1])) return undefined
  const verb = lender[2].toLowerCase()
  const rest = sentence.slice(lender.index + lender[0].length)
  let what: string | undefined
  if (/^len[dt]s?$/.test(verb)) what = 'loan'
  else {
    const instrument = INSTRUMENTS.exec(rest)
    // (`provide support` says little: only `technical` or `financial` support is a thing given)
    if (instrument && !(/^support$/i.test(instrument[2]) && !/^(?:technical|financial|budget)$/i.test(instrument[1] ?? ''))) {
      const modifier = instrument[1] && !/^(?:new|further)$/i.test(instrument[1]) ? `${instrument[1].toLowerCase()} ` : ''
      what = `${modifier}${singular(instrument[2].toLowerCase())}`
    }
  }
  if (!what) return undefined
  const title = `${lender[1]} ${what}`
  return title.split(/\s+/).length <= MAX_TITLE_WORDS ? title : undefined
}

/** `approved the Council's budget of US$2.4 million for 2026`, `the budget of the Secretariat for 2027 and 2028`, `The Network's budget for 2027–2028 was set at …`. */
const BUDGET_FOR = /\bbudget(?:\s+(?:of|at)\s+(?:[^,;.()]|\.(?=\d)){1,40}?)?\s+for\s+((?:19|20)\d\d(?:\s*(?:[-–—]|to|and)\s*(?:19|20)?\d\d)?)\b/iu
/**
 * Words that say a budget was decided on (`approved`, `adopted`, `was set at`), whole words: a stem alone
 * matched `passenger`, `passport` and `agreement`, and titled a budget only noted (`noted that the budget for
 * 2027 falls short, and asked ports to publish passenger numbers`).
 */
const BUDGET_DECIDED = /\b(?:approv(?:e|es|ed|ing|al)|adopt(?:s|ed|ing|ion)?|endors(?:e|es|ed|ing|ement)|pass(?:es|ed|ing)?|set|agree(?:s|d|ing)?)\b/iu

/**
 * The title of a point that decides a budget for a year or a period, as editors title it: by the
 * period, not by whose budget it is (`Ministers approved the Council's budget of US$2.4 million for
 * 2026.` → “Budget for 2026”; `the budget of the Secretariat for 2027 and 2028` → “Budget for 2027
 * and 2028”). The noun phrases would drop the year, as they drop every number.
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when no budget for a year is approved, adopted or set
 */
export function budgetTitle(sentence: string): string | undefined {
  const budget = BUDGET_FOR.exec(sentence.slice(0, 600))
  if (!budget || !BUDGET_DECIDED.test(sentence.slice(0, 600))) return undefined
  return `Budget for ${budget[1].replace(/\s*([-–—])\s*/, '$1')}`
}

/** Whether a list names two or more (`Niue and Tuvalu`, `Jamaica, Uruguay and Costa Rica`). */
function manyNames(names: string): boolean {
  return /,\s*\p{Lu}|\sand\s/u.test(names)
}

/** A noun in the singular (`loans` → `loan`; `assistance` stays). */
function singular(noun: string): string {
  return /(?:loans|grants|credits|guarantees)$/.test(noun) ? noun.slice(0, -1) : noun
}

/**
 * The subject a paragraph says it is about before who acted (`On satellite observation, Ministers
 * welcomed …` → “Satellite observation”, `On cooperation with other bodies, …`): editors title such
 * a paragraph by it. Two to seven words and a noun phrase: one word (`On health,`) says too little
 * for a title, and a time, an occasion or who speaks for whom (`On Monday,`, `On behalf of …`) is no subject.
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when the sentence does not open so
 */
export function topicTitle(sentence: string): string | undefined {
  const found = TOPIC_OPENER.exec(sentence.slice(0, 120))
  const topic = found?.[1].trim()
  if (!found || !topic || NOT_TOPICS.test(topic)) return undefined
  // (tagged in its sentence: alone, `satellite observation` reads as a verb and its object)
  const tagged = pointWordsOf(sentence.slice(0, 200))
  const comma = tagged.findIndex((word) => word.text === ',')
  const words = tagged.slice(comma - topic.split(/\s+/).length, comma)
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || words.some((word) => /^(?:VERB|AUX|PRON|NUM)$/.test(word.pos)) || !/^(?:NOUN|PROPN)$/.test(words.at(-1)!.pos)) return undefined
  return sentenceCase(topic)
}

/** Verbs a body decides with before the act it decides (`agreed to pay`, `will pay`): any other verb before `pay` makes it no decision's act (`set up a fund to pay …`). */
const DECIDING_BEFORE = /^(?:agree|decide|resolve|approve|undertake|commit|propose|plan|continue|offer|choose|vote|will|shall|would|be|have|do|also)$/
/** Bodies that are paid as people are (`pay parish councils £45 …`, `pay each village school`), besides people (`PEOPLE_HEAD`, `landowners`, `growers`). */
const PAID_BODIES = /^(?:councils?|committees?|clubs?|associations?|societ(?:y|ies)|cooperatives?|co-operatives?|schools?|households?|famil(?:y|ies)|communit(?:y|ies)|municipalit(?:y|ies)|parishes|parish|villages?|charit(?:y|ies)|hospitals?|practices?|firms?|compan(?:y|ies)|businesses|owners?)$/
/** Words that may stand between `pay` and whom it pays (`each`, `the`, `their`). */
const PAID_DETERMINERS = /^(?:each|every|all|the|its|their|our|his|her|those|these|participating|eligible)$/

/**
 * A payment to people or bodies, as a decision's act (`The partnership will pay landowners £120 a year per meadow …`,
 * `Members agreed to pay each community council £2,500 a year …`, `pay parish councils £45 per repaired pothole`): editors
 * title it by who is paid, “Payments to landowners”, not by them alone nor as `Payment of landowners`. `pay` must be the act
 * decided (only verbs of deciding before it), whom it pays its object (people, `-ers`/`-ors`, or a body that takes payments),
 * in the plural; never what is paid (`pay fair wages to porters`), a passive (`will be paid`) or `pay for …`.
 * @param sentence the point's first sentence
 * @returns the title, or `undefined` when the sentence decides no payment to someone named as its object
 */
export function paymentTitle(sentence: string): string | undefined {
  const words = pointWordsOf(sentence.slice(0, MAX_SENTENCE))
  const at = words.findIndex((word) => word.lemma === 'pay' && /^(?:VERB|AUX)$/.test(word.pos))
  if (at === -1 || /^(?:be|been|being|is|are|was|were)$/.test(words[at - 1]?.lower ?? '')) return undefined
  if (words.slice(0, at).some((word) => word.pos === 'VERB' && !DECIDING_BEFORE.test(word.lemma))) return undefined
  let from = at + 1
  while (from < words.length && PAID_DETERMINERS.test(words[from].lower)) from++
  let to = from
  while (to < words.length && (/^(?:NOUN|PROPN|ADJ)$/.test(words[to].pos) || (/^(?:and|,)$/.test(words[to].lower) && /^(?:NOUN|PROPN|ADJ)$/.test(words[to + 1]?.pos ?? '')))) to++
  const paid = words.slice(from, to)
  const head = paid.at(-1)
  if (!head || head.pos !== 'NOUN' || paid.length + 2 > MAX_TITLE_WORDS || paid.some((word) => /\d/.test(word.text))) return undefined
  if (!PEOPLE_HEAD.test(head.lower) && !/^\p{L}{3,}(?:ers|ors)$/u.test(head.lower) && !PAID_BODIES.test(head.lower)) return undefined
  // (whom it pays, then what or for what: an amount, `for`/`towards` a purpose, `who …`, or the sentence's end; a payment named
  // after them, `pay fishers a monthly allowance`, is titled by its name, so the scorer chooses)
  const next = words[to]
  if (next && !(/^(?:for|towards|toward|per|from|who|that|which|to|in|on|at|as|up|,|\.|;)$/.test(next.lower) || next.pos === 'NUM' || /^[\p{Sc}\d]/u.test(next.text))) return undefined
  const last = /s$/.test(head.lower) || PEOPLE_HEAD.test(head.lower) ? head.lower : pluralOf(head.lower)
  const title = ['Payments', 'to', ...paid.slice(0, -1).map((word) => (word.pos === 'PROPN' ? word.text : lowerCommon(word.text))), last].join(' ').replace(/ ,/g, ',')
  return sentenceCase(title)
}
