import {readFrenchNumber} from './french-numerals.js'
import {wordsToNumber} from './number-words.js'
import type {KeyFigure} from './readout.js'

/**
 * Numbers a sentence gives that are no figure of the meeting, though they count or measure: a document's length
 * (`summary, 4 pages`, `un guide de 36 pages`), a standard of fineness or a ratio (`375 parts per thousand`,
 * `750 millièmes`), a telephone or emergency number (`call 144`, `les centrales 112`, `composer le 3939`), and the quorum
 * (`the quorum of nine members`, `le quorum de huit membres`). The count of those present stays a figure, and so does the
 * whole it is counted from (`96 adhérents sur 140`): the corpus's writers list it. A post's own counts on a social network or
 * a web page (`2,184 followers`, `18 comments · 9 reposts`, `87 J'aime`, `Reading time: 3 min`) and a heading's number
 * (`#4 Workers after dark`, `1.0 Introduction`, `3°) Pollinisation`) are no figures either.
 */

/** A label that counts a document's pages. */
const PAGES = /^(?:pages?|pp\.?)(?:$|\s)/iu
/** A label or words after a number that make it a standard of fineness or a ratio, not an amount. */
const FINENESS = /^(?:parts?\s+per\s+(?:thousand|million|billion|mille)|parties\s+pour\s+mille|millièmes|tantièmes|(?:unit|lot)\s+entitlements?|‰|carats?)(?!\p{L})/iu
/**
 * A level of noise, light, heat or speed a rule holds to (`a noise limit of 85 decibels`, `no louder than 70 dB`, `must not
 * exceed 20 lux`, `limitée à 30 km/h`, `ne pas dépasser 75 décibels`): a limit set, no fact of the meeting. The label opens on the
 * unit, and the words before the number bound it.
 */
const LEVEL_UNIT = /^(?:d[ée]cibels?|dB(?:\s?\(?A\)?)?|lux|km\/h|mph|knots|n[œo]euds|degrees|degr[ée]s|°C?)(?!\p{L})/iu
/** Words right before a number that bound it: a limit, a cap, a most (`limit of`, `no louder than`, `not exceed`, `au maximum`, `dépasser`). */
const LEVEL_BOUND = /(?:\b(?:limit|limits|maximum|cap|ceiling|threshold)\s+(?:of|at)|\blimited\s+to|\b(?:held|kept|restricted|capped)\s+(?:down\s+)?(?:to|at)(?:\s+(?:a|the)\s+(?:maximum|most)\s+of)?|\bno\s+(?:louder|higher|brighter|hotter|faster|more)\s+than|\bnot\s+(?:to\s+)?(?:exceed|go\s+above|rise\s+above)|\bexceed(?:ing)?|\bat\s+most|\bup\s+to|\bbelow|\bunder|(?<!\p{L})(?:limite|plafond|seuil|maximum)\s+(?:de|d['’]|à)|(?<!\p{L})limitée?s?\s+à|(?<!\p{L})plafonnée?s?\s+à|(?<!\p{L})dépasser|(?<!\p{L})(?:pas|jamais)\s+plus\s+de|(?<!\p{L})au\s+(?:plus|maximum)(?:\s+(?:de|à))?|(?<!\p{L})sous\s+(?:les|la\s+barre\s+des))\s*$/iu

/**
 * A count of those who voted by proxy or gave their proxy (`97 members had appointed the Chair as their proxy`, `41 proxies
 * received`, `12 pouvoirs remis au président`, `18 procurations`): like apologies, they did not attend; no figure of the meeting.
 */
const PROXIES = /(?<!\p{L})(?:prox(?:y|ies)|procurations?|pouvoirs?\s+(?:remis|donnés|reçus|confiés|en\s+blanc)|(?:donné|remis|confié)\s+(?:leur|son)\s+pouvoir)(?!\p{L})/iu

/** A broadcaster's frequency (`101.7 FM`, `94,2 MHz`, `1 548 kHz`): where a station is on the dial, no amount. */
const BROADCAST = /^\d[\d.,\u00A0\u202F ]{0,8}\s?(?:FM|MHz|kHz)$/u
/** Words right before a number that make it a number to call or dial. */
const CALLED = /(?:\b(?:call|calls|calling|dial|dialling|dialing|ring|phone|telephone|hotline|helpline|(?:emergency|phone|telephone|hotline|helpline|the)\s+number)|(?<!\p{L})(?:appel(?:er|lent|le|ez)|compos(?:er|ez|ent|e)|numéro|centrales?(?:\s+d['’]urgence)?|(?:services?|lignes?)\s+d['’]urgence))(?:\s+(?:the|le|la|au|du))?\s*$/iu
/** Words right before a number that make it the quorum (`quorum of nine`, `quorum de huit`, `quorum fixé à`, `quorum set at`). */
const QUORUM = /\bquorum\s+(?:of|de|d['’]|fixé\s+à|set\s+at|is|was|était|est)\s*$/iu
/** A line that states the quorum (`Quorum: 6`, `Quorum – two thirds of members`): its counts check the sitting, they are no fact of the meeting, unless they count those present. */
const QUORUM_LINE = /^\s*quorum\s*[:–—-]/iu
/** Words of a quorum line that count those present (`9 of 11 directors present`, `6 of 8 governors attended`, `14 membres présents`). */
const COUNTS_PRESENT = /\d[^.;]{0,60}?(?<!\p{L})(?:present|attended|attending|in\s+attendance|présente?s|représentée?s)(?!\p{L})/iu

/**
 * A label that is only what a social network or a web page counts of the post itself (`2,184 followers`, `18 comments`,
 * `9 reposts`, `42 likes`, `1.3K views`, `1 245 abonnés`, `87 J'aime`, `9 partages`), or the minutes of its reading time.
 */
const SOCIAL_COUNT = /^(?:followers?|subscribers?|connections|comments?|reposts?|retweets?|shares|likes?|reactions?|views|impressions|abonn[ée]e?s|commentaires?|partages?|j['’]aime|r[ée]actions?|vues|mentions\s+j['’]aime)$/iu
/** Of those, the words that count nothing but a page's audience (`followers`, `abonnés`, `reposts`), whatever the words around them in a short line. */
const AUDIENCE = /^(?:followers?|subscribers?|reposts?|retweets?|likes?|abonn[ée]e?s|j['’]aime|mentions\s+j['’]aime)$/iu
/** A sentence that is a post's line of counts (parted by `·`, `•`, `|`) or a reading time (`Reading time: 3 min`, `4 min read`, `Temps de lecture : 3 min`). */
const SOCIAL_LINE = /[·•|]|\b(?:reading\s+time|min(?:ute)?s?\s+read)\b|temps\s+de\s+lecture|lecture\s+de\s+\d+\s+min/iu
/** Most characters of a sentence read as a post's line of counts. */
const SOCIAL_LINE_LENGTH = 160
/** Minutes of a reading time, as the label of the number before them. */
const READING_MINUTES = /^min(?:ute)?s?\.?(?:\s+read)?$/iu
/**
 * A heading's number at the start of its line: `#4 Workers after dark`, `1.0 Introduction`, `2.3 Registries`, `3°) Pollinisation`,
 * `2) Hunting quotas`, `(3) Research`; the number is the heading's, never a figure.
 */
const HEADING_NUMBER = /^\s*(?:#\s?(\d{1,3})|(\d{1,2}(?:\.\d{1,2})+)\.?|(\d{1,2})\s?°\s?\)?|\(?(\d{1,2})\))\s+(?=[\p{Lu}\p{Lt}«"“'])/u
/**
 * A section's heading or its line in a table of contents, numbered by a bare number (`1 Introduction`, `4  Next steps`,
 * `2 Outcomes`, `3 Décisions du bureau`, `1  Introduction ........ 2`): a short line opening on a capital, no sentence's end,
 * at most a page number after dot leaders. Its numbers are the section's and the page's, no figures (figures50).
 */
const SECTION_LINE = /^\s*(\d{1,2})\.?[ \t]+[\p{Lu}\p{Lt}][^.!?:;\n]{0,60}?(?:[ \t]*(?:\.[ \t]?){3,}[ \t]*(\d{1,3}))?[ \t]*$/u
/** Words of a short line that say who came (`12 Members present`): a roll's count, which stays a figure. */
const ROLL_WORDS = /(?<!\p{L})(?:present|attended|attending|apologies|présente?s|excusée?s|représentée?s)(?!\p{L})/iu
/** Most words of a section's line. */
const SECTION_WORDS = 8

/**
 * Whether a figure read from a sentence is no figure (see the module's comment).
 * @param figure the figure, its sentence with it
 * @returns whether it should be left out
 */
export function notAFigure(figure: KeyFigure): boolean {
  const label = figure.label.trim()
  if (PAGES.test(label)) return true
  if (FINENESS.test(label)) return true
  // (a station's wavelength, in its name or on its masthead: `101.7 FM`, `Radio Estuaire 94,2 MHz`; apppage48)
  if (BROADCAST.test(figure.value) || BROADCAST.test(`${figure.value} ${label}`.trim())) return true
  // (a post's own counts and its reading time: `2,184 followers`, `18 comments · 9 reposts`, `Reading time: 3 min`)
  if ((SOCIAL_COUNT.test(label) || READING_MINUTES.test(label)) && figure.sentence.length <= SOCIAL_LINE_LENGTH && (SOCIAL_LINE.test(figure.sentence) || AUDIENCE.test(label) || wordsBesides(figure.sentence) <= 1 || onlyCountWords(figure.sentence))) return true
  // (a heading's own number: `#4 Workers after dark`, `1.0 Introduction`)
  const heading = HEADING_NUMBER.exec(figure.sentence)
  if (heading && (heading[1] ?? heading[2] ?? heading[3] ?? heading[4]) === figure.value) return true
  // (a section's bare number and its page in a table of contents: `1 Introduction`, `4  Next steps ....... 7`)
  const section = figure.sentence.length <= 120 ? SECTION_LINE.exec(figure.sentence) : null
  if (section && (section[1] === figure.value || section[2] === figure.value) && wordsBesides(figure.sentence.replace(/\.{2,}/g, ' ')) <= SECTION_WORDS && !ROLL_WORDS.test(figure.sentence)) return true
  const value = plainValue(figure.value)
  if (value === undefined) return false
  // (`97 members had appointed the Chair as their proxy`, `12 adhérents avaient remis leur pouvoir`; figures51)
  if (PROXIES.test(label) || placesOf(figure.sentence, value).some(({after}) => PROXIES.test(after.split(/[,;.]/)[0]))) return true
  // (a level a rule holds to: `a noise limit of 85 decibels`, `pas plus de 70 dB`; figures51)
  if (LEVEL_UNIT.test(label) && placesOf(figure.sentence, value).some(({before}) => LEVEL_BOUND.test(before))) return true
  // (one that counts those present is the sitting's attendance, a key figure since session 19: `Quorum: 9 of 11 directors present`)
  if (QUORUM_LINE.test(figure.sentence) && !COUNTS_PRESENT.test(figure.sentence)) return true
  const places = placesOf(figure.sentence, value)
  if (places.length === 0) return false
  return places.every(({before, after}) => {
    if (FINENESS.test(after.trimStart())) return true
    if (CALLED.test(before) && !/^\s*(?:\p{Ll}+s\b(?<!\bis)|%)/u.test(after)) return true
    return QUORUM.test(before)
  })
}

/** A value that is a bare whole number (`112`, `20`), as a number, or undefined (money, shares, scaled amounts are figures). */
function plainValue(value: string): number | undefined {
  return /^\d[\d,]*$/.test(value) ? Number(value.replace(/,/g, '')) : undefined
}

/** Where a sentence writes a number in digits or in words (English or French), with the text before and after each. */
function placesOf(sentence: string, value: number): Array<{before: string; after: string}> {
  const places: Array<{before: string; after: string}> = []
  const words = /[\p{L}\d][\p{L}\d,-]*/gu
  for (let match = words.exec(sentence); match; match = words.exec(sentence)) {
    const text = match[0]
    const digits = /^\d[\d,]*$/.test(text) ? Number(text.replace(/,/g, '')) : undefined
    const parts = text.toLowerCase().split('-')
    const frenchRead = digits === undefined ? readFrenchNumber(parts) : undefined
    const spelled = digits === undefined ? wordsToNumber(parts) ?? frenchRead?.value : undefined
    // (`Dix-huit`, `soixante-trois`: a French number of hyphened words, read whole)
    const french = frenchRead?.count === parts.length ? frenchRead.value : undefined
    if (digits === value || spelled === value || french === value) places.push({before: sentence.slice(Math.max(0, match.index - 80), match.index), after: sentence.slice(match.index + text.length, match.index + text.length + 40)})
  }
  return places
}

/** How many words a short sentence holds besides its numbers (`2,184 followers` holds one). */
function wordsBesides(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !/^\d/.test(word)).length
}

/** Whether every word of a line is a post's count word (`👍 214   58 commentaires   31 partages`, `12 likes 3 shares`): a post's tally, whatever stands between. */
function onlyCountWords(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !/^\d/.test(word)).map((word) => word.replace(/[^\p{L}'’]+/gu, ''))
  return words.length > 0 && words.every((word) => SOCIAL_COUNT.test(word))
}
