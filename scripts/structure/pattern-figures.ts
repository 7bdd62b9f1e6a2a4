import type {KeyFigure} from './readout.js'
import type {Calendar} from './parse-dates.js'
import {pesoOf} from './peso-countries.js'
import {currencyOfName, currentWholeText, isCodeAfter, isCodeBefore} from './currency-names.js'
import {findDates} from './parse-dates.js'
import type {FigurePatterns} from './language.js'
import {normaliseSpace} from './text.js'
import {countAction} from './count-action.js'
import {scaleOfDigits} from './scale-of-digits.js'
import {groupDigits, writeValue} from './figure-value.js'
import {fragmentOf} from './fragment-label.js'

/**
 * The figures of a sentence in a language the English tagger does not read, by its patterns
 * (`french.ts`): numbers grouped with spaces, no-break or narrow no-break spaces (`3 000`,
 * `40 000`), decimal commas (`2,4`), scale words (`milliards`), currencies after the amount
 * (`d'euros`, `euros`, `M€`, `k€`, `francs CFA`, a code before or after), percentages (`12 %`,
 * `12 pour cent`), numbers in words read by the language's grammar (`Huit cents`, `quatre-vingt-dix`,
 * `deux mille`), changes over time after a verb of change (`est passé de 61 % en 2015 à 74 % en
 * 2020`, `porter la réserve de 120 000 à 400 000 tonnes`, `12 millions, contre 7 millions en 2020`).
 * An amount or a percentage is always a figure: without a rule's label it takes what it is for, what
 * holds it or its clause's subject. Years, dates (`les 15 et 16 avril 2021`), durations, ordinals,
 * fractions (`deux tiers`) and references (`ligne 3`) are never figures. Values are
 * written as the English reader writes them (`3,000`, `€2.4 billion`, `60%`): `roadmap.md` keeps
 * one form, and each output writes it in its language.
 * @param sentence one sentence
 * @param patterns the language's figure patterns
 * @param calendar the language's dates, which are never figures
 * @returns the figures found, in order
 */
export function patternFiguresIn(sentence: string, patterns: FigurePatterns, calendar: Calendar): KeyFigure[] {
  const text = normaliseSpace(sentence.slice(0, 5000))
  const dates = datesIn(text, calendar)
  const numbers = numbersIn(text, patterns, dates)
  // the words between two numbers, a date among them written as letters (`3 480 licenciés au 1er juin, contre 3 150`: the date is no number in the way)
  const between = (from: number, to: number) => dates.reduce((words, [start, end]) => (end <= from || start >= to ? words : words.slice(0, Math.max(start, from) - from) + 'x'.repeat(Math.min(end, to) - Math.max(start, from)) + words.slice(Math.min(end, to) - from)), text.slice(from, to))
  const figures: KeyFigure[] = []
  const used = new Set<number>()
  // What stands between a value and an earlier one it is compared with (`…, contre`), made once for the text's numbers
  // (a digit inside a name, `en fin de CE1`, is no number)
  // (a digit after a letter and a year are told apart by the letter: `a2024` read either way took 2^n steps for n of them)
  const againstBefore = new RegExp(`^(?:[^.;\\d]|(?<=\\p{L})\\d+(?!\\d)|(?<![\\d\\p{L}])(?:19|20)\\d\\d(?!\\d))*?(?:,\\s*|\\s)${patterns.against}\\s*${patterns.againstQualifiers ? `(?:${patterns.againstQualifiers.source}\\s+)?` : ''}$`, 'iu')
  numbers.forEach((number, index) => {
    if (used.has(index)) return
    // `Deux pays ont rejoint le Réseau, portant le nombre de pays membres à 13`: a small count in words adds to the total beside it
    if (number.kind === 'count' && !/\d/.test(number.written) && Number(number.value) < 10 && patterns.bringsTotal?.test(text.slice(number.end))) return
    // `3 % du PIB, soit l'équivalent de 1,5 milliard`: the same fact in another measure, listed once
    if (index > 0 && patterns.restates?.test(text.slice(numbers[index - 1].end, number.start))) return
    // `300 millions d'euros, soit 197 milliards de francs CFA`: the same amount in another currency, listed once
    if (index > 0 && inOtherCurrency(numbers[index - 1], number, text.slice(numbers[index - 1].end, number.start))) return
    // `prix fixé à 1 800 francs CFA …, soit une hausse de 20 %`: the size of the change of a sum set by a decision is part of
    // that decision; the growth of what was measured (`les recettes ont atteint …, en hausse de 6 %`, a volume of tonnes) is listed,
    // and so is a change measured on its base (`…, en hausse de 6 % par rapport à 2026`), a fact of its own
    if (index > 0 && number.kind === 'percent' && numbers[index - 1].kind === 'money' && !patterns.linking.test(text.slice(0, numbers[index - 1].start)) && patterns.changeSize?.test(text.slice(numbers[index - 1].end, number.start))) {
      const base = patterns.changeBase?.exec(text.slice(number.end))
      // its label is the change and its base (`hausse par rapport à 2026`)
      if (base) figures.push({value: number.value, label: `${/(?:baisse|diminution|recul|réduction)/iu.test(text.slice(numbers[index - 1].end, number.start)) ? patterns.fallWord : patterns.riseWord} ${base[0].trim()}`, sentence: text})
      return
    }
    const next = numbers[index + 1]
    // `passé de 48 % en 2015 à 63 % en 2021`: one figure, the later value.
    const changeVerb = patterns.changeFrom.exec(text.slice(Math.max(0, number.start - 30), number.start))
    const changeObject = changeVerb ? undefined : patterns.changeWithObject?.exec(text.slice(Math.max(0, number.start - 120), number.start)) ?? gappedChange(text, number, patterns)
    if (next && (changeVerb || changeObject) && patterns.changeTo.test(text.slice(number.end, next.start)) && sameThing(text, number, next, patterns)) {
      used.add(index + 1)
      // what changed: what the verb changes (`porter la réserve de …`), the subject before the verb (`Le nombre de laboratoires est passé de …`), else what the later number counts (`passant de 14 à 52 laboratoires`)
      const said = changeObject ? withoutNumberOf(changeObject[1].trim()) : subjectBefore(text, Math.max(0, number.start - 30) + changeVerb!.index, patterns) ?? labelOf(text, next, patterns)
      const subject = said && patterns.definite ? said.replace(patterns.definite, '') : said
      if (subject) figures.push({value: next.value, label: mendFragment(`${subject}${yearAfter(text, next.end)}, ${patterns.against} ${withScaleOf(number.written, next.written)}${yearAfter(text, number.end) || periodStartAfter(text, next.end)}`, text, next, patterns), sentence: text})
      return
    }
    // `expérimenté dans 300 écoles, sera étendu à 1 200 écoles`: a count of the same things that a verb of extension
    // then brings to a new value is the earlier value of one change
    if (next && number.kind === 'count' && next.kind === 'count' && patterns.extendedTo?.test(text.slice(number.end, next.start)) && sameThing(text, number, next, patterns) && countedNoun(text, number, patterns) && countedNoun(text, number, patterns) === countedNoun(text, next, patterns)) {
      used.add(index + 1)
      const later = labelOf(text, next, patterns)
      // its time (`d'ici 2028`) as the text gives it after the later count's noun
      const by = /^\s+[\p{L}-]+(?:\s+[\p{Ll}-]+)?\s+(d['’]ici\s+(?:à\s+)?(?:19|20)\d\d)(?!\d)/u.exec(text.slice(next.end))
      if (later) figures.push({value: next.value, label: tidyLabel(`${later}${by && !later.includes(by[1]) ? ` ${by[1]}` : ''}, ${patterns.against} ${number.written}${sinceOf(text, number)}`, patterns), sentence: text})
      return
    }
    // `Onze des treize élus étaient présents`, `Étaient présents 17 administrateurs sur 21`: a sitting's attendance, one figure
    const attending = number.kind === 'count' ? attendanceCount(text, number, next, patterns) : undefined
    if (attending) {
      if (attending.wholeTaken) used.add(index + 1)
      figures.push({value: number.value, label: attending.label, sentence: text})
      return
    }
    const previous = figures.at(-1)
    // `45 000 enseignants …, dont 60 % en zone rurale`: a share of the count before it
    const part = number.kind === 'money' ? undefined : partOfWhole(text, number, numbers[index - 1], previous, patterns)
    let label = number.kind === 'percent' ? part ?? labelOf(text, number, patterns) : number.kind === 'count' ? totalOfEach(text, number.start, number.end, Number(number.value.replace(/,/g, '')), patterns) ?? labelOf(text, number, patterns) ?? part ?? wholeOfCount(text, number, numbers[index - 1]) ?? presentOfWhole(text, number, numbers[index - 1], patterns) : labelOf(text, number, patterns)
    // `8 euros par tireur`, `0,50 euro par billet vendu`: a price keeps the unit it is paid by
    if (number.kind === 'money') label = withPriceUnit(label, text.slice(number.end), patterns)
    if (!label) return
    // `12 millions d'enfants, contre 7 millions en 2020`, `71 % en 2022, contre 54 % en 2018`, `58 % contre 23 % en 2015`,
    // `6 millions d'élèves en 2030, contre 4,6 millions aujourd'hui`: the earlier value is part of the same fact, with its year
    if (next && againstBefore.test(between(number.end, next.start)) && sameThing(text, number, next, patterns)) {
      used.add(index + 1)
      label = `${label}, ${patterns.against} ${inDigits(next)}${yearAfter(text, next.end) || nowAfter(text, next.end)}`
    } else if (next && numbers[index + 2] && !used.has(index + 2) && patterns.pairJoin?.test(text.slice(number.end, next.start)) && againstBefore.test(text.slice(next.end, numbers[index + 2].start)) && countedNoun(text, number, patterns) !== undefined && countedNoun(text, number, patterns) === countedNoun(text, numbers[index + 2], patterns) && countedNoun(text, next, patterns) !== countedNoun(text, number, patterns)) {
      // `68 000 cas et 1 450 décès en 2025, contre 21 000 cas en 2021`: the earlier value of the first of a pair, its noun said again
      const earlier = numbers[index + 2]
      used.add(index + 2)
      label = `${label}, ${patterns.against} ${inDigits(earlier)}${yearAfter(text, earlier.end) || nowAfter(text, earlier.end)}`
    }
    // `74 %, soit 3 points de plus qu'en 2020`: the difference is part of the same fact
    const difference = next ? patterns.difference?.exec(text.slice(number.end, next.end + 80)) : undefined
    if (next && difference && difference.index + difference[0].indexOf(difference[1]) === next.start - number.end) {
      used.add(index + 1)
      label = `${label}, ${difference[1]}`
    }
    label = mendFragment(tidyLabel(label, patterns), text, number, patterns)
    if (label) figures.push({value: number.value, label, sentence: text})
  })
  return figures
}

/**
 * A label that is a fragment (`fragment-label.ts`: `ils`, `dont`, `d'ici`, `qui apporte`, a share
 * labelled by the sentence's subject) mended from its sentence, its comparison kept: the noun phrase
 * after its opening pronoun or conjunction (`que la valeur des transactions` → valeur des
 * transactions), for a percentage the whole its sentence gives a share or a rate of (`porter à 80 %
 * d'ici à 2030 la part des dons …` → des dons … d'ici à 2030), for an amount whose it is (`dont 60
 * millions d'euros du Partenariat …` → du Partenariat …) or what the `qui` before it stands for
 * (`l'appui de l'Agence …, qui apporte 6,5 millions` → de l'Agence …). The label as it was when no
 * mending is itself whole.
 */
function mendFragment(label: string, text: string, number: FoundNumber, patterns: FigurePatterns): string {
  const words = patterns.fragment
  if (!words || !label) return label
  const comparison = new RegExp(`,\\s*${patterns.against}\\s.*$`, 'u').exec(label)?.[0] ?? ''
  const head = label.slice(0, label.length - comparison.length).trim()
  const value = number.kind === 'percent' ? '%' : number.value
  if (!fragmentOf(head, value, text, words)) return label
  const candidates = [
    () => afterOpener(head, words),
    () => (number.kind === 'percent' ? shareWhole(text, number, patterns) : undefined),
    () => (number.kind === 'money' ? holderPhraseAfter(text.slice(number.end)) : undefined),
    () => (number.kind === 'money' ? relativeAntecedent(text.slice(0, number.start)) : undefined),
    () => (number.kind === 'count' ? unitMeasuring(head, text, number, patterns) : undefined),
  ]
  for (const candidate of candidates) {
    const mended = candidate()
    if (mended && !fragmentOf(mended, value, text, words)) return `${mended}${comparison}`
  }
  return label
}

/**
 * A unit with what it measures (`kilomètres`, `kilogrammes`): a rate it is counted by (`700
 * kilogrammes par hectare` → kilogrammes par hectare), else the noun phrase that holds it (`une
 * ligne d'interconnexion de 1 100 kilomètres` → kilomètres de ligne d'interconnexion) or the subject
 * a linking verb gives it to (`Le potentiel du bassin est estimé à 100 000 mégawatts` → mégawatts
 * de potentiel du bassin), its time kept.
 */
function unitMeasuring(head: string, text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const [unit = '', ...time] = head.split(/\s+/)
  const after = text.slice(number.end).replace(new RegExp(`^\\s*(?:de\\s+|d['’])?${unit.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'iu'), '')
  const rate = /^\s*(par\s+(?!an\b|mois\b|jour\b|semaine\b)\p{Ll}{3,})(?![\p{L}'’])/u.exec(after)?.[1]
  if (rate) return [unit, rate, ...time].join(' ')
  // `1 200 hectares ont été réhabilités depuis 2020`: a passive whose subject the unit is says what was done, and when
  const passive = /^\s*(?:ont|sont|seront|avaient|auront)\s+(?:été\s+)?(\p{Ll}{3,}(?:és|ées|is|ies|us|ues|ts|tes))(?![\p{L}'’])(?:\s+((?:depuis|en)\s+(?:19|20)\d\d|d['’]ici\s+(?:à\s+)?(?:19|20)\d\d)(?!\d))?/u.exec(after)
  if (passive) return [unit, passive[1], ...(passive[2] ? [passive[2]] : time)].join(' ')
  const before = text.slice(0, number.start)
  const holder = holderBefore(before, patterns)
  const linking = holder ? undefined : patterns.linking.exec(before)
  // `porter la capacité installée de la région à 9 000 mégawatts`: what a verb of bringing brings to it, without the place of who met
  const brought = holder || linking ? undefined : /\bport(?:er|e|ent|era|eront|ant)\s+(?:la|le|les|l['’]|leur|leurs|sa|son|ses)\s*([^,;:.\d]{3,60}?)\s+à\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$/iu.exec(before)?.[1].replace(/\s+(?:de\s+la\s+région|des\s+(?:États|pays)\s+membres)$/u, '')
  const measured = holder ?? brought ?? (linking ? subjectBefore(text, linking.index, patterns)?.replace(/^les\s+/iu, '') : undefined)
  // (a holder is a noun phrase: not a clause, `rendements stagnent autour de`, nor a size, `longue de`)
  const words = measured?.split(/\s+/) ?? []
  if (!measured || words.length > 8 || words.some((word) => patterns.verb.test(word.toLowerCase()) || PRESENT_PLURAL.test(word.toLowerCase())) || /^(?:autour|près|plus|moins|environ|long|longue|longs|longues|large|larges|haut|haute|profond|profonde)$/iu.test(words.at(-1)!)) return undefined
  // (what is brought to a value keeps the time it is brought by: `d'ici à 2035`)
  const by = brought && !time.length ? /^\s*(d['’]ici\s+(?:à\s+)?(?:19|20)\d\d|en\s+(?:19|20)\d\d)(?!\d)/u.exec(after)?.[1] : undefined
  return [unit, /^[aeiouyéèêh]/iu.test(measured) ? `d'${measured}` : `de ${measured}`, ...(by ? [by] : time)].join(' ')
}

/** `qui doit porter la part des surfaces` → `part des surfaces`: the noun phrase after a label's opening pronoun or conjunction, from its first article on. */
function afterOpener(head: string, words: NonNullable<FigurePatterns['fragment']>): string | undefined {
  const tokens = head.split(/\s+/)
  if (!words.pronoun.test(tokens[0].toLowerCase()) && !words.conjunction.test(tokens[0].toLowerCase())) return undefined
  const at = tokens.findIndex((word, index) => index > 0 && /^(?:le|la|les|un|une|d['’]une?|l['’]\p{L}+)$/iu.test(word))
  if (at < 0) return undefined
  // (the article goes; an elided one leaves its noun: `l'appui` → `appui`)
  const first = tokens[at].replace(/^l['’]/iu, '')
  return [...(first === tokens[at] ? [] : [first]), ...tokens.slice(at + 1)].join(' ') || undefined
}

/**
 * The whole a percentage is a share or a rate of, as its sentence names it, nearest before it or
 * else first after it (`porter à 60 % la part des femmes titulaires d'un compte` → des femmes
 * titulaires d'un compte; `le taux d'enregistrement des naissances … est passé de 48 % à 63 %` →
 * taux d'enregistrement des naissances …), with the time right after the percentage (`d'ici à 2030`).
 */
function shareWhole(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const found = [...text.matchAll(new RegExp(patterns.fragment!.share.source, 'giu'))]
  const share = found.filter((match) => match.index < number.start).at(-1) ?? found.find((match) => match.index >= number.end)
  if (!share) return undefined
  const {words} = phraseAt(text.slice(share.index), patterns, 9)
  if (words.length < 2) return undefined
  // a share opens on its whole (`des femmes …`), as `30 % des redevances` does; a rate keeps its noun (`taux de …`)
  const phrase = /^(?:part|proportion|pourcentage)$/iu.test(words[0]) ? words.slice(1) : words
  const time = /^\s*(d['’]ici\s+(?:à\s+)?(?:19|20)\d\d)(?!\d)/iu.exec(text.slice(number.end))?.[1]
  return `${join(phrase)}${time && !join(phrase).includes(time) ? ` ${time}` : ''}`
}

/**
 * What a relative `qui` right before an amount stands for (`l'appui de l'Agence française de
 * développement, qui apporte` → de l'Agence française de développement; `leurs arriérés de
 * contributions, qui s'élèvent à` → arriérés de contributions): a name after `de` first, else the
 * noun phrase that closes the clause before the comma.
 */
function relativeAntecedent(before: string): string | undefined {
  const relative = /,\s*qui\s+[^,;:.\d]{2,30}$/u.exec(before)
  if (!relative) return undefined
  // (the clause's last 200 characters: a name is read from its end, in time linear in the text)
  const clause = (before.slice(0, relative.index).split(/[,;:]\s/).pop() ?? '').slice(-200)
  const name = /(?:^|\s)((?:du|des|de\s+la|de\s+l['’]|d['’])\s*\p{Lu}[^,;]*)$/u.exec(clause)?.[1]
  if (name && name.split(/\s+/).length <= 8) return name
  const plain = clause.replace(/(^|\s)(?:leurs|ses)\s/iu, '$1les ').replace(/(^|\s)(?:leur|son|sa)\s/iu, '$1la ')
  const noun = antecedentOf(plain) ?? antecedentBeforeParticiple(plain)
  return noun?.replace(/^(?:les|le|la)\s+|^l['’]/iu, '')
}

/**
 * A label is a phrase that stands alone: never opened by a conjunction (`et infligé …`) nor closed by
 * a word that needs what follows (`… d'un montant total de`, `… pour`).
 */
function tidyLabel(label: string, patterns: FigurePatterns): string {
  const comparison = new RegExp(`,\\s*${patterns.against}\\s.*$`, 'u').exec(label)?.[0] ?? ''
  let head = label.slice(0, label.length - comparison.length).trim().replace(/^(?:et|ou|mais|puis)\s+/iu, '')
  if (patterns.definite) head = head.replace(patterns.definite, '')
  for (let words = head.split(/\s+/); words.length > 1 && patterns.labelTail.has(words.at(-1)!.toLowerCase().replace(/^\p{L}['’]$/u, (word) => word[0])); words = head.split(/\s+/)) head = words.slice(0, -1).join(' ')
  // `recherche variétale à hauteur` (of `à hauteur de 3 millions`): a compound preposition cut from its phrase goes too
  const open = patterns.openPrepositionEnd?.exec(head)
  if (open && open.index > 0) return tidyLabel(`${head.slice(0, open.index)}${comparison}`, patterns)
  return head ? `${head}${comparison}` : ''
}

interface FoundNumber {
  start: number
  /** End of the number with its scale and currency. */
  end: number
  value: string
  /** As the text writes it (`7 millions`, `48 %`). */
  written: string
  kind: 'money' | 'percent' | 'count'
}

/** Where the dates of a text are (their days are never figures). */
function datesIn(text: string, calendar: Calendar): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let offset = 0; offset < text.length && spans.length < 20; ) {
    const found = findDates(text.slice(offset), 2000, calendar)
    if (!found) break
    spans.push([offset + found.index, offset + found.index + found.length])
    offset += found.index + Math.max(found.length, 1)
  }
  return spans
}

/** A number grouped with spaces (`3 000`, also no-break and narrow no-break spaces) or dots (`1.500`), or not, with a decimal comma (`2,4`) or point (`1.5 million`; three digits after a point group thousands). */
const DIGITS = /(?<![\p{L}\d,.])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]\d)|\d+)(?:,(\d+)|\.(\d{1,2}|\d{4,}))?(?![\d\p{L}])/gu

function numbersIn(text: string, patterns: FigurePatterns, dates: Array<[number, number]>): FoundNumber[] {
  const found: FoundNumber[] = []
  const candidates: Array<{start: number; end: number; number: number; decimals: string; words: boolean}> = []
  for (const match of text.matchAll(DIGITS)) {
    candidates.push({start: match.index, end: match.index + match[0].length, number: Number(match[1].replace(/\D/g, '')), decimals: match[2] ?? match[3] ?? '', words: false})
  }
  candidates.push(...wordNumbersIn(text, patterns), ...roughCountsIn(text, patterns))
  candidates.sort((a, b) => a.start - b.start)
  for (const candidate of candidates.slice(0, 40)) {
    const {start} = candidate
    let end = candidate.end
    // the `cent` of `12 pour cent`, the `mille` of a number already read
    if (found.length && start < found[found.length - 1].end) continue
    if (dates.some(([from, to]) => start >= from && start < to)) continue
    const before = text.slice(Math.max(0, start - 24), start)
    // (`à 9 h 30`, `17h45`: the minutes of a time)
    if (/[-–\/]$|[\p{L}]-$|(?<![\d\p{L}])\d{1,2}\s?h\s?$/u.test(before) || patterns.notBefore.test(before) || patterns.referenceList?.test(text.slice(Math.max(0, start - 80), start))) continue
    const workTime = !candidate.words && candidate.number >= 100 && Boolean(patterns.workTimeAfter?.test(text.slice(end))) && !/(?<!\p{L})(?:dans|en|pendant|sous|après|avant|durant|les|des|ces)\s+$/iu.test(before)
    if ((patterns.notAfter.test(text.slice(end)) && !workTime) || patterns.durationAfter?.test(text.slice(end))) continue
    // `5 médecins pour 10 000 habitants`: the base of a rate; `un enfant sur 10`: a ratio (as in English)
    if ((/^10+$/.test(String(candidate.number)) && /\d\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+pour\s+$/u.test(text.slice(Math.max(0, start - 50), start)) && !/euros?|dollars?|francs|[€$£%]/u.test(text.slice(Math.max(0, start - 50), start))) || /(?<!\p{L})(?:un|une)\s+[\p{L}-]+\s+sur\s+$/iu.test(before)) continue
    // `sept habitants sur dix`: the part of a ratio, and its base (`sur dix`, read after the part)
    if (patterns.ratioAfter?.test(text.slice(end))) {
      const base = /^\s+[\p{L}'’-]+\s+sur\s+\S+/u.exec(text.slice(end))
      if (base) end += base[0].length
      dates.push([start, end])
      continue
    }
    // `à plus de dix kilomètres d'une pharmacie`: a distance from a place, after a bound; `viennent de moins de 150 kilomètres`: where things come from
    if (patterns.distanceAfter?.test(text.slice(end)) && /(?<!\p{L})[àa]\s+(?:plus|moins)\s+(?:de|d['’])\s*$/iu.test(before)) continue
    if (patterns.distanceAfter && /^\s*(?:kilom[èe]tres|km|m[èe]tres)(?!\p{L})/iu.test(text.slice(end)) && /(?<!\p{L})(?:[àa]|de)\s+moins\s+(?:de|d['’])\s*$/iu.test(before)) continue
    // `dans un rayon de 50 km`, `tout navire transportant plus de 10 tonnes`, `10 tonnes ou plus`: a limit set by a rule
    if (patterns.limitBefore?.test(before.length < 24 ? before : text.slice(Math.max(0, start - 90), start)) || patterns.limitAfter?.test(text.slice(end))) continue
    // `pris en charge dans la limite de 50 % de la dépense`: the cap on a rate of aid is a rule's term, not a fact (an amount so capped is the most a grant gives, and stays)
    if (patterns.shareCapBefore?.test(before) && patterns.percent.test(text.slice(end))) continue
    // `de 12 à six jours`: the earlier end of a change of a duration is a duration too
    const range = /^\s*(?:[àa]|-|–)\s*[\p{L}\d][\p{L}\d,.-]*/u.exec(text.slice(end))
    if (range && patterns.notAfter.test(text.slice(end + range[0].length))) continue
    const grouped = /\s/.test(text.slice(start, end))
    // a year (`en 2021`, `2023-2027`), never a figure; a count that large is written `2 000`
    if (!candidate.words && !grouped && !candidate.decimals && /^(?:19|20)\d\d$/.test(String(candidate.number))) continue
    // `2 rue Haute`, `12, cours Foch`, `8 bis avenue …`: a street number, never a figure
    if (!candidate.words && !grouped && /^\s*(?:bis|ter)?\s*,?\s*(?:rue|avenue|av\.|boulevard|bd|cours|place|chemin|allée|quai|impasse|route|square)\s+(?:de\s+|du\s+|des\s+|d['’]|la\s+|l['’])?\p{Lu}/u.test(text.slice(end))) continue
    // `13400 Aubagne`, `75007 Paris`, `B-1040 Bruxelles`: a postal code before its town, five digits (four after a country's letter) ungrouped, never a figure
    if (!candidate.words && !grouped && !candidate.decimals && (/^\d{5}$/.test(text.slice(start, end)) || (/^\d{4}$/.test(text.slice(start, end)) && /(?<!\p{L})[A-Z]{1,2}-$/u.test(before))) && /^\s+\p{Lu}[\p{L}'’-]*(?:\s|$|[·,|]|\s+CEDEX)/u.test(text.slice(end))) continue
    let scale = ''
    let number = candidate.decimals ? Number(`${candidate.number}.${candidate.decimals}`) : candidate.number
    let decimals = candidate.decimals
    const scaleWord = /^\s*(\p{L}+)/u.exec(text.slice(end))
    const scaleKey = scaleWord?.[1].toLowerCase() ?? ''
    // `180 MDH`, `2,3 MMDH`: a scale and a currency written as one word
    const scaledCurrency = scaleWord ? patterns.scaledCurrencies?.[scaleKey] : undefined
    if (scaledCurrency) {
      scale = scaledCurrency.word
      end += scaleWord![0].length
    }
    // a one-letter scale (`M`, `k`) only before a currency (`12 M€`, `5 k€`): `12 m` is metres
    else if (scaleWord && scaleKey in patterns.scales && (scaleKey.length > 1 || patterns.currencyAfter.test(text.slice(end + scaleWord[0].length)))) {
      scale = patterns.scales[scaleKey].word
      end += scaleWord[0].length
      // a scale the value does not spell (`k`) is written out: `5 k€` → `€5,000`
      if (!scale) {
        number = Math.round(number * patterns.scales[scaleKey].factor)
        decimals = ''
      }
      // `1 milliard 500 millions de francs CFA`: the rest of the number after its scale, in the next scale down
      const rest = scale && !decimals ? /^\s+(?:et\s+)?(\d{1,3})\s+(\p{L}+)/u.exec(text.slice(end)) : undefined
      const restScale = rest ? patterns.scales[rest[2].toLowerCase()] : undefined
      if (rest && restScale && restScale.word && restScale.factor * 1000 === patterns.scales[scaleKey].factor && Number(rest[1]) > 0) {
        decimals = String(Number(rest[1]) / 1000).slice(2)
        number += Number(rest[1]) / 1000
        end += rest[0].length
      }
      // `un million et demi`, `deux milliards et demi`: 1.5 million, 2.5 billion
      const half = scale && !decimals ? patterns.halfAfterScale?.exec(text.slice(end)) : undefined
      if (half) {
        number += 0.5
        decimals = '5'
        end += half[0].length
      }
    }
    // Small numbers in words (`deux`, `trois`) are rarely a key figure, unless the count opens its
    // sentence (`Cinq pays ont rejoint …`, as in English); `un` is an article.
    // The later value of a change (`ramené de 12 à six jours`) is read whatever its size.
    const laterOfChange = new RegExp(`(?<!\\p{L})de\\s+[\\d\\s,.]+\\s+[àa]\\s+$`, 'u').test(before)
    // (so may it open a clause of its own after `, et` or `;`: `…, et quatre forages de secours seront remis en service`)
    // (or after `que`, `où`, `tandis que`: `a rappelé que sept ateliers ont fermé`, `où vingt-cinq apprentis seront formés`, not a pair)
    const opensClause = /^[\s•*\-–—]*$/u.test(text.slice(0, start)) || /(?:,\s*et|;)\s+$/u.test(text.slice(0, start)) || (candidate.number >= 3 && /(?<!\p{L})(?:que\s+|qu['’]\s?|où\s+)$/iu.test(before))
    // (so may a part of a count given before it: `27 accidents ont été signalés, dont trois mortels`, `quatre d'entre eux`)
    const partOfEarlier = candidate.number >= 2 && found.some((earlier) => earlier.kind === 'count' && /\d/.test(earlier.written) && Number(earlier.value.replace(/,/g, '')) > candidate.number) && (/,\s*dont\s+$/iu.test(before) || /^\s+d['’]entre\s+(?:eux|elles)(?!\p{L})/iu.test(text.slice(end)))
    if (candidate.words && candidate.number < 10 && !scale && (candidate.number < 2 || !opensClause) && !laterOfChange && !partOfEarlier && !countsThings(text, start, end, candidate.number, patterns) && !totalOfEach(text, start, end, candidate.number, patterns)) continue
    // `« Un clou bien séché vaut mieux que dix clous vendus verts. »`: a count in words inside a quotation is a speaker's image, whatever its size
    if (candidate.words && !scale && candidate.number < 100 && insideQuotation(text, start)) continue
    // `1 850 000 000 francs CFA` → `FCFA 1.85 billion`, `2 500 000 habitants` → `2.5 million` (`scale-of-digits.ts`)
    const scaled = !scale && !decimals && !candidate.words && !patterns.percent.test(text.slice(end)) ? scaleOfDigits(number) : undefined
    if (scaled) scale = scaled.word
    const digits = scaled ? scaled.digits : decimals ? `${candidate.number}.${decimals}` : groupDigits(number)
    const amount = writeValue({sign: '', digits, scale, percent: false})
    const percent = patterns.percent.exec(text.slice(end))
    const known = patterns.currencyAfter.exec(text.slice(end))
    // (any other currency by its name or its code, `2,1 millions de dinars` in a text about Tunisia, `350 000 TND`: `currency-names.ts`)
    const named = known ? undefined : /^\s*(?:d['’]\s?|de\s+)?([\p{L}'’]+)(?![\p{L}'’])/u.exec(text.slice(end))
    const namedCode = named ? (isCodeAfter(named[1]) ? named[1] : currencyOfName(named[1], text, currentWholeText())) : undefined
    const currency = known ?? (namedCode ? named : null)
    // a sign or a code before the amount (`€ 5 millions`, `USD 5 millions`, `TND 350 000`)
    const codeBefore = /(?<!\p{L})(\p{Lu}{3})\s?$/u.exec(before)
    const signBefore = /(?:US\$|\$|€|£|(?<!\p{L})(?:USD|EUR|CHF|GBP|FCFA|XOF|XAF|XPF|MAD))\s?$/u.exec(before) ?? (codeBefore && isCodeBefore(codeBefore[1]) ? codeBefore : null)
    let value = amount
    let kind: FoundNumber['kind'] = 'count'
    if (percent) {
      kind = 'percent'
      value = writeValue({sign: '', digits, scale: '', percent: true})
      end += percent[0].length
    } else if (currency || signBefore || scaledCurrency) {
      kind = 'money'
      const word = currency ? currency[0].replace(/^\s*(?:d['’]\s?|de\s+)/iu, '').trim().toLowerCase() : signBefore ? signBefore[0].trim() : ''
      // (a peso alone is the peso of the country the sentence names: `La fédération argentine … 40 millions de pesos`)
      const sign = scaledCurrency?.sign ?? (namedCode && !known ? `${namedCode} ` : undefined) ?? patterns.currencySigns[word.toLowerCase()] ?? patterns.currencySigns[word.split(/\s+/)[0].toLowerCase()] ?? (/^pesos?$/.test(word) ? pesoOf(text) : undefined) ?? signBefore?.[0].trim() ?? ''
      value = writeValue({sign, digits, scale, percent: false})
      if (currency) end += currency[0].length
    }
    if (kind === 'count' && !candidate.words && candidate.number < 2 && !scale) continue
    // `chaque ville de plus de 100 000 habitants`, `des parcelles de moins de cinq hectares`: a threshold, not a fact
    if (kind === 'count' && patterns.thresholdOf?.test(text.slice(Math.max(0, start - 60), start))) continue
    // `150 milliards de francs CFA, dont 60 milliards apportés par …`: a part of an amount is in the amount's currency
    const whole = found.at(-1)
    if (kind === 'count' && scale && whole?.kind === 'money' && patterns.partOf?.test(text.slice(whole.end, start))) {
      kind = 'money'
      value = `${whole.value.replace(/[\d.,].*$/u, '')}${amount}`
    }
    found.push({start: signBefore ? start - signBefore[0].length : start, end, value, written: text.slice(start, end).trim(), kind})
  }
  return found.reduce<FoundNumber[]>((numbers, number) => {
    const range = rangeOf(text, numbers.at(-1), number, patterns)
    if (range) numbers.splice(-1, 1, range)
    else numbers.push(number)
    return numbers
  }, [])
}

/**
 * A range `entre 40 et 60 %`, `entre 2 et 3 millions d'euros`, `20 à 25 patients`: one figure whose value writes both
 * ends with an en dash (`40–60%`, `€2–3 million`), as the English reader does; the lower end takes
 * the upper one's unit, and must be below it.
 */
function rangeOf(text: string, lower: FoundNumber | undefined, upper: FoundNumber, patterns: FigurePatterns): FoundNumber | undefined {
  if (!lower || !patterns.rangeBetween || !patterns.rangeAnd) return undefined
  const between = patterns.rangeBetween.test(text.slice(Math.max(0, lower.start - 12), lower.start)) && patterns.rangeAnd.test(text.slice(lower.end, upper.start))
  // `20 à 25 patients`: `à` alone joins a range, unless a verb of change stands before it (`passé de 40 à 65`, `porter la réserve de …`)
  const to = !between && Boolean(patterns.rangeTo?.test(text.slice(lower.end, upper.start))) && !patterns.changeFrom.test(text.slice(Math.max(0, lower.start - 30), lower.start)) && !patterns.changeWithObject?.test(text.slice(Math.max(0, lower.start - 120), lower.start)) && !gappedChange(text, lower, patterns)
  if (!between && !to) return undefined
  const parts = (value: string) => /^([^\d]*)([\d.,]+)(%?)(?: (\S+))?$/u.exec(value)
  const low = parts(lower.value)
  const high = parts(upper.value)
  if (!low || !high || (lower.kind !== 'count' && lower.kind !== upper.kind) || (low[1] && low[1] !== high[1]) || (low[4] && low[4] !== high[4])) return undefined
  if (!(Number(low[2].replace(/,/g, '')) < Number(high[2].replace(/,/g, '')))) return undefined
  return {...upper, start: lower.start, value: `${high[1]}${low[2]}–${upper.value.slice(high[1].length)}`, written: text.slice(lower.start, upper.end).trim()}
}

/** Whether a place of the text is inside a quotation in guillemets (`« … »`), one opened in the 400 characters before it and not closed. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at)
  return before.lastIndexOf('«') > before.lastIndexOf('»')
}

/**
 * What a count after a comma or a dash adds up, when it totals a thing given to each of a set (`une école de pétanque dans
 * chaque secteur, quatre en tout` → écoles de pétanque): the thing's noun in the plural; `undefined` for any other count.
 */
function totalOfEach(text: string, start: number, end: number, number: number, patterns: FigurePatterns): string | undefined {
  const total = patterns.totalOfEach
  if (!total || number < 3 || !/[,–—-]\s*$/u.test(text.slice(Math.max(0, start - 3), start)) || !total.after.test(text.slice(end))) return undefined
  const before = text.slice(Math.max(0, start - 160), start)
  if (!total.each.test(before)) return undefined
  const one = total.one.exec(before)?.[1]
  return one ? total.plural(one) : undefined
}

/**
 * Whether a small count in words counts things of the world as a fact (`neuf organisations`,
 * `dans sept langues`), as in English: not `un` or `deux`, not things named before (`les trois
 * pays`, `ses quatre piliers`), not the parts of the text (`trois priorités`), not what an amount in
 * the same sentence pays for; a plural noun follows it.
 */
function countsThings(text: string, start: number, end: number, number: number, patterns: FigurePatterns): boolean {
  if (number < 3 || !patterns.structureNouns || !patterns.namedBefore) return false
  // `« … vaut mieux que trois troupeaux sauvés en juin »`: a count in words inside a quotation is a speaker's image, not a fact
  if (insideQuotation(text, start)) return false
  // `des six pays membres de l'Organisation`: the size of the membership is listed, also after `les` or `des` and beside an amount
  // (not `entre les huit pays membres`, which only says where a rule applies)
  const members = Boolean(patterns.membersNoun?.test(text.slice(end)) || patterns.wholeAfter?.test(text.slice(end, end + 120))) && !/(?<!\p{L})entre\s+(?:les|ses|leurs)\s+$/iu.test(text.slice(Math.max(0, start - 30), start))
  if (!members && patterns.namedBefore.test(text.slice(Math.max(0, start - 30), start))) return false
  // `stockée dans trois entrepôts`: where a thing just named is kept describes that thing
  if (patterns.keptIn?.test(text.slice(Math.max(0, start - 60), start))) return false
  // `construire trois nouvelles lignes à haute tension`, `un prêt … destiné à équiper trois zones industrielles`: what a verb
  // builds or fits out are things of the world, whatever their noun and an amount that pays for them
  const made = Boolean(patterns.madeThings?.test(text.slice(Math.max(0, start - 120), start)))
  if (!members && !made && (patterns.currencyAfter.test(text.slice(end)) || /[€$£]|(?<!\p{L})(?:euros?|dollars?|francs|FCFA|USD|EUR)(?!\p{L})/u.test(text))) return false
  // (`neuf petites et moyennes centrales`: two sizes joined by `et`)
  const noun = /^\s*(?:(?:nouveaux|nouvelles|autres|grands|grandes|petits|petites)\s+(?:et\s+(?:grands|grandes|moyens|moyennes)\s+)?)?([\p{L}-]+)/u.exec(text.slice(end))?.[1]
  return Boolean(noun && /[sx]$/u.test(noun) && (made || !patterns.structureNouns.test(noun)))
}

/**
 * The numbers written in words in a text: a run of number words joined by spaces, hyphens or the
 * `and` word, read by the language's grammar when it has one (`huit cents` → 800, `deux mille
 * cinq cents` → 2500); a run that holds two numbers gives both.
 */
function wordNumbersIn(text: string, patterns: FigurePatterns): Array<{start: number; end: number; number: number; decimals: string; words: boolean}> {
  const words = Object.keys(patterns.numberWords).sort((a, b) => b.length - a.length).join('|')
  const and = patterns.numberAnd
  const found: Array<{start: number; end: number; number: number; decimals: string; words: boolean}> = []
  if (!patterns.readNumber) {
    const wordNumber = new RegExp(`(?<!\\p{L})((?:${words})(?:(?:-|\\s+${and}\\s+|-${and}-)(?:${words}))*)(?!\\p{L})`, 'giu')
    for (const match of text.matchAll(wordNumber)) {
      const value = wordsValue(match[1].toLowerCase().split(new RegExp(`-|\\s+${and}\\s+`)).filter((w) => w !== and), patterns)
      if (value !== undefined) found.push({start: match.index, end: match.index + match[0].length, number: value, decimals: '', words: true})
    }
    return found
  }
  const run = new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})(?:(?:-|\\s+)(?:${and}(?:-|\\s+))?(?:${words})(?!\\p{L}))*`, 'giu')
  for (const match of text.matchAll(run)) {
    const parts = [...match[0].matchAll(/\p{L}+/gu)].map((part) => ({word: part[0].toLowerCase(), start: match.index + part.index, end: match.index + part.index + part[0].length}))
    const list = parts.map((part) => part.word)
    for (let at = 0; at < parts.length; ) {
      // a number below a million has at most a dozen words (`quatre-vingt-dix-sept mille neuf cent quatre-vingt-dix-neuf`): the time stays linear
      const read = patterns.readNumber(list.slice(at, at + 14))
      if (!read) {
        at++
        continue
      }
      found.push({start: parts[at].start, end: parts[at + read.count - 1].end, number: read.value, decimals: '', words: true})
      at += read.count
    }
  }
  return found
}

/**
 * Rough counts a noun gives before `de` (`une quarantaine d'hôtels` → 40, `une centaine de
 * villages` → 100), as the texts give the figure; not the noun alone (`en quarantaine`) nor the
 * plural (`des centaines de`, hundreds).
 */
function roughCountsIn(text: string, patterns: FigurePatterns): Array<{start: number; end: number; number: number; decimals: string; words: boolean}> {
  const nouns = Object.keys(patterns.roughCounts ?? {})
  if (!nouns.length) return []
  const rough = new RegExp(`(?<!\\p{L})une\\s+(${nouns.join('|')})(?=\\s+(?:de\\s|d['’]))`, 'giu')
  return [...text.matchAll(rough)].map((match) => ({start: match.index + match[0].length - match[1].length, end: match.index + match[0].length, number: patterns.roughCounts![match[1].toLowerCase()], decimals: '', words: true}))
}

/** The value of number words (`vingt et une` → 21, `quatre-vingt-dix` → 90, `trois mille` → 3000). */
function wordsValue(words: string[], patterns: FigurePatterns): number | undefined {
  let total = 0
  let current = 0
  let previous = 0
  for (const word of words) {
    const value = patterns.numberWords[word]
    if (value === undefined) return undefined
    if (value === 100) current = (current || 1) * 100
    else if (value === 1000) {
      total += (current || 1) * 1000
      current = 0
    } else if (value === 20 && previous === 4) current += 76
    else current += value
    previous = value
  }
  return total + current
}

/** Words of a text with an elided article (`d'`, `l'`) as a word of its own, and their offsets. */
function wordsAt(text: string): Array<{word: string; lower: string; start: number}> {
  return [...text.matchAll(/[\p{L}\p{M}]+['’]|[\p{L}\p{M}\d-]+|[^\s\p{L}\p{M}\d]/gu)].map((m) => ({word: m[0], lower: m[0].toLowerCase().replace(/['’]$/, ''), start: m.index}))
}

function join(words: string[]): string {
  return words.join(' ').replace(/(['’]) /g, '$1')
}

/**
 * The words of a noun phrase a verb acts on without a second complement after its noun, `à la`,
 * `à l'`, `au`, `aux` and what follows (`former 900 cuisiniers de cantine à la cuisine des restes` →
 * cuisiniers de cantine, then `à former`; `raccorder 2 000 foyers au réseau`): what they are trained in or linked to is the verb's, not the count's.
 */
function withoutSecondComplement(words: string[], patterns: FigurePatterns): string[] {
  const opens = patterns.secondComplementAt
  const at = opens ? words.findIndex((_, index) => index > 0 && opens(words, index)) : -1
  return at > 0 ? words.slice(0, at) : words
}

/** Words a noun phrase may run past its length to finish a name it has reached. */
const NAME_ROOM = 6

/** The noun phrase at the start of a text: determiners dropped, up to a stop word, punctuation or a number. */
function phraseAt(text: string, patterns: FigurePatterns, max = 8): {words: string[]; rest: string} {
  const all = wordsAt(text)
  let index = 0
  while (index < all.length && patterns.determiners.has(all[index].lower)) index++
  const taken: string[] = []
  // `pays membres de l'Organisation interafricaine du cacao`: a name is never cut, so a phrase that has reached one may run a few words longer
  const room = () => (taken.some((word, at) => at > 0 && /^\p{Lu}/u.test(word)) ? max + NAME_ROOM : max)
  for (; index < all.length && taken.length < room(); index++) {
    const {word, lower} = all[index]
    // `journalistes et techniciens`, `vidangeurs, maçons et techniciens`: one number counts every plural noun joined to its head
    const joined = joinedPluralsAt(all, index, taken, patterns)
    if (joined) {
      for (const joinedWord of joined.words) {
        if (joinedWord === ',') taken[taken.length - 1] += ','
        else taken.push(joinedWord)
      }
      index = joined.next - 1
      continue
    }
    // `de l'Alliance africaine du bambou et du rotin`: inside a name, `et du …` goes on with it
    const inName = room() > max && /^(?:et)$/.test(lower) && /^(?:du|des|de|d)$/.test(all[index + 1]?.lower ?? '') && /^\p{Ll}/u.test(all[index + 2]?.word ?? '')
    if (!inName && (!/[\p{L}]/u.test(word) || /^\d/.test(word) || patterns.labelStop.has(lower) || patterns.verb.test(lower) || (lower === 'd' && /^ici$/i.test(all[index + 1]?.word ?? '')))) break
    // `gendarmes supplémentaires le long du Maroni`: a compound preposition says where, not which ones
    if (taken.length && patterns.openPreposition?.test(text.slice(all[index].start))) break
    // `18 projets d'un montant de 95 millions`: the amount's phrase is not part of the noun's
    if (taken.length && /^(?:d|pour)$/.test(lower) && /^(?:une?\s+(?:montant|valeur|co[ûu]t|total|budget))/iu.test(text.slice(all[index + 1]?.start ?? text.length))) break
    // `aider 35 administrations à mettre en place un guichet`: an infinitive with its own object says what
    // the count will do, not which ones (`inspecteurs à former en 2026` keeps its infinitive)
    if (taken.length && lower === 'à' && /^\p{L}+(?:er|ir|re)$/u.test(all[index + 1]?.lower ?? '') && /^(?:en|un|une|le|la|les|l|des|du|de|d|leur|leurs|sa|son|ses)$/u.test(all[index + 2]?.lower ?? '') && !(all[index + 2]?.lower === 'en' && /^\d/.test(all[index + 3]?.word ?? ''))) break
    // `1 200 personnes montre que …`: after a plural noun, a word that does not agree with it is no adjective of it
    if (taken.length && /[sx]$/u.test(taken.at(-1)!) && !/['’]$/u.test(taken.at(-1)!) && !/^(?:de|d|du|des)$/iu.test(all[index - 1]?.lower ?? '') && /^\p{Ll}{3,}$/u.test(word) && !/[sxz]$/u.test(lower) && !/^(?:à|au|aux|en|sur|par|pour|dans|avec|sans|sous|entre|vers|chez|contre|selon|depuis|pendant|hors|bio|pilote|clé|cible|type|modèle|témoin|phare)$/u.test(lower)) break
    // `réfugiés vivent dans …`: a verb in the present plural ends the noun phrase
    if (taken.length && PRESENT_PLURAL.test(lower) && !/^(?:d|de)$/.test(all[index - 1]?.lower ?? '')) break
    // `écoles situées dans …`: a participle that opens a phrase of its own ends the label; one
    // with its agent keeps it (`personnes déplacées par les inondations`, `coopératives gérées par des femmes`)
    if (taken.length && (/(?:é|ée|és|ées)$/u.test(lower) || /^(?:présent|présente|présents|présentes|actifs|actives|install[ée]e?s?|bas[ée]e?s?)$/iu.test(lower)) && /^(?:dans|par|sur|en|à|au|aux|avec|pour|entre)$/iu.test(all[index + 1]?.word ?? '')) {
      // `techniciens présents dans les zones rurales`, `produits échangés entre les pays membres`: a short place or
      // partner phrase says which ones, whole (up to the label's length)
      const place = all[index + 1].lower !== 'par' ? placePhrase(text.slice(all[index + 1].start), patterns, Math.max(max, 10) - taken.length - 1) : ''
      if (place) {
        taken.push(word, place)
        index = all.findIndex((item) => item.start >= all[index + 1].start + place.length)
        if (index < 0) index = all.length
        break
      }
      const agent = all[index + 1].lower === 'par' ? /^\s*((?:les|le|la|l['’]|des|du|de\s+la)\s?[\p{L}-]+(?:\s+(?!(?:dans|en|sur|pour|et|ont|sont|a|est|qui|que)\s)[\p{Ll}-]+(?![\p{L}'’-])){0,2})/u.exec(text.slice(all[index + 1].start + 3)) : null
      if (!agent) break
      taken.push(word, 'par', agent[1])
      index = all.findIndex((item) => item.start >= all[index + 1].start + 3 + agent[0].length)
      if (index < 0) index = all.length
      break
    }
    taken.push(word)
  }
  while (taken.length && patterns.labelTail.has(taken[taken.length - 1].toLowerCase().replace(/['’]$/, ''))) {
    taken.pop()
    index--
  }
  return {words: taken, rest: index < all.length ? text.slice(all[index].start) : ''}
}

/** Whether a word reads as a plural noun or adjective (`techniciens`, `maçons`, `travaux`). */
function pluralWord(word: {word: string; lower: string} | undefined, patterns: FigurePatterns): boolean {
  return Boolean(word) && /^\p{Ll}[\p{L}-]{2,}[sx]$/u.test(word!.word) && !patterns.determiners.has(word!.lower) && !patterns.labelStop.has(word!.lower) && !patterns.verb.test(word!.lower) && !PRESENT_PLURAL.test(word!.lower)
}

/**
 * The plural nouns joined to a count's plural head by `et`/`ou` or a list of commas ending in one
 * (`policiers et magistrats`, `vidangeurs, maçons et techniciens`), read at `index` right after the
 * head: one number counts them all. A noun with a determiner of its own (`et leurs familles`) is
 * another thing. `undefined` when none.
 * @param taken the words of the noun phrase so far (only its plural head)
 * @returns the joined words (a comma as a word of its own) and the index after them
 */
function joinedPluralsAt(all: Array<{word: string; lower: string}>, index: number, taken: string[], patterns: FigurePatterns): {words: string[]; next: number} | undefined {
  if (taken.length !== 1 || !pluralWord({word: taken[0], lower: taken[0].toLowerCase()}, patterns)) return undefined
  const words: string[] = []
  let at = index
  for (;;) {
    const comma = all[at]?.word === ','
    if (!comma && !/^(?:et|ou)$/.test(all[at]?.lower ?? '')) return undefined
    if (!pluralWord(all[at + 1], patterns)) return undefined
    // `, maçons et techniciens`: a comma is part of the list only when an `et` ends it
    words.push(comma ? ',' : all[at].lower, all[at + 1].word)
    at += 2
    if (!comma) return {words, next: at}
  }
}

/**
 * A phrase of place or partners after a participle (`dans les zones rurales`, `entre les pays
 * membres`), as written, when it ends within `room` words at punctuation, a stop word or a number;
 * empty otherwise (never a purpose, `pour …`, nor a time, `en 2021`).
 */
function placePhrase(text: string, patterns: FigurePatterns, room: number): string {
  const all = wordsAt(text)
  if (!/^(?:dans|sur|en|au|aux|entre)$/iu.test(all[0]?.lower ?? '') || /^\d/.test(all[1]?.word ?? '')) return ''
  let end = 1
  // `entre Lomé et Ouagadougou`: two names joined by `et` are one place
  const joinsNames = (at: number) => all[at].lower === 'et' && /^\p{Lu}/u.test(all[at - 1]?.word ?? '') && /^\p{Lu}/u.test(all[at + 1]?.word ?? '')
  while (end < all.length && /\p{L}/u.test(all[end].word) && (!patterns.labelStop.has(all[end].lower) || joinsNames(end)) && !patterns.verb.test(all[end].lower) && !PRESENT_PLURAL.test(all[end].lower) && !(all[end].lower === 'à' && all[end + 1]?.lower === 'partir')) end++
  while (end > 1 && patterns.labelTail.has(all[end - 1].lower)) end--
  if (end < 2 || end > room || end > 6) return ''
  const stop = all[end]
  // the phrase must end where the noun phrase ends: punctuation, the end, or a word that opens something else
  // (not a relative that says which ones of the place: `dans des zones où …`)
  if (stop && /^(?:où|qui|que|qu|dont)$/iu.test(stop.lower)) return ''
  if (stop && /\p{L}/u.test(stop.word) && stop.lower !== 'à' && !patterns.labelStop.has(stop.lower) && !patterns.verb.test(stop.lower) && !PRESENT_PLURAL.test(stop.lower)) return ''
  return join(all.slice(0, end).map((item) => item.word))
}

/** A verb in the present plural (`vivent`, `bénéficient`), not a noun or an adjective in -ent nor an adverb in -ment. */
const PRESENT_PLURAL = /^(?!\p{L}*aient$)(?!(?:argent|présent|récent|urgent|agent|parent|accident|excédent|continent|président|vice-président|résident|adolescent|client|équivalent|patient|talent|souvent|suffisant|dent|vent|cent|lent|absent|différent|fréquent|pertinent|permanent|compétent|intelligent)$)\p{L}{2,}(?<!m)ent$/u

/**
 * What a count does, said in its present plural after the noun, as a present participle with its
 * complement: `60 000 réfugiés vivent dans les camps de la région` gives ` vivant dans les camps de
 * la région`. Empty when the rest does not start with such a verb.
 */
function presentAfter(rest: string): string {
  const verb = /^\s*(\p{L}+)(?=\s|$)/u.exec(rest)
  if (!verb || !PRESENT_PLURAL.test(verb[1].toLowerCase())) return ''
  const after = rest.slice(verb[0].length)
  // `appliquent déjà la nouvelle norme`: an adverb and a direct object stay too
  const complement = /^\s*((?:(?:déjà|encore|toujours|aussi|désormais)\s+)?(?:(?:à|aux?|de|des|du|pour|dans|sur|en|d['’]\s?)\s?|(?:la|le|les|l['’]|un|une|leur|leurs)\s?)[^,.;:\d]{1,60}?)(?=\s*(?:[,.;:]|$|\s(?:qui|que|et|afin|dont)\s))/iu.exec(after)
  // `bénéficient` → `bénéficiant`, `vivent` → `vivant`
  return ` ${verb[1].replace(/ent$/u, 'ant')}${complement ? ` ${complement[1].trim()}` : ''}`
}

/** Finite verbs a relative clause may hold that no ending shows (`font`, `ont`, `vont`). */
const SHORT_VERBS = /^(?:font|ont|sont|vont|ont|a|est|fait|peuvent|doivent|veulent|savent)$/iu

/**
 * A relative clause right after a count's noun, whole, as the text writes it: `qui le font déjà`,
 * `qui ont ratifié la convention`. It ends at punctuation, a conjunction, another number or the
 * main clause's verb (a second finite verb: `Douze pays qui le font déjà partageront …`), and is
 * kept only when it has a verb and at most eight words. Empty otherwise.
 */
function relativeAfter(rest: string, patterns: FigurePatterns): string {
  const opened = /^\s*(qui|dont)\s+/iu.exec(rest)
  if (!opened) return ''
  const all = wordsAt(rest.slice(opened[0].length))
  const taken: string[] = [opened[1].toLowerCase()]
  let verbs = 0
  for (const {word, lower} of all) {
    if (!/\p{L}/u.test(word) || /\d/.test(word) || /^(?:et|ou|mais|afin|car|dont|qui|que)$/iu.test(lower)) break
    const finite = SHORT_VERBS.test(lower) || patterns.verb.test(lower) || PRESENT_PLURAL.test(lower) || /^\p{L}{2,}(?:aient|ait)$/u.test(lower) || patterns.auxiliaries.has(lower)
    if (finite && verbs > 0 && !patterns.auxiliaries.has(taken.at(-1)!.toLowerCase())) break
    if (finite) verbs++
    taken.push(word)
    if (taken.length > 9) return ''
  }
  while (taken.length > 1 && patterns.labelTail.has(taken.at(-1)!.toLowerCase().replace(/['’]$/, ''))) taken.pop()
  return verbs > 0 && taken.length > 2 ? join(taken) : ''
}

/** `seront formés (aux agents …)`: an auxiliary and a participle, with the phrase after it when asked. */
function participleAfter(rest: string, patterns: FigurePatterns, withComplement: boolean): string {
  const all = wordsAt(rest)
  // a passive (`seront formés`), not a past tense (`ont pris part`)
  if (!all[0] || !patterns.auxiliaries.has(all[0].lower) || /^(?:ont|a)$/.test(all[0].lower)) return ''
  let at = 1
  if (all[at]?.lower === 'été') at++
  const participle = all[at]
  if (!participle || !/(?:é|ée|és|ées|is|ise|ises|it|ite|its|u|ue|us|ues)$/u.test(participle.lower)) return ''
  if (!withComplement) return ` ${participle.word}`
  const after = rest.slice(participle.start + participle.word.length)
  const complement = /^\s*((?:à|aux?|de|des|du|pour|dans|sur|en)\s[^,.;:]{1,60}?)(?=\s*(?:[,.;:]|$|\s(?:qui|que|et|afin|dont)\s))/iu.exec(after)
  return ` ${participle.word}${complement ? ` ${complement[1].trim()}` : ''}`
}

function countLabel(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  // `fixé à 1 200 le nombre d'inspecteurs à former`: the number of things counts the things
  const after = text.slice(number.end).replace(/^\s*(?:de\s+|d['’]\s?)/iu, '').replace(/^\s*(?:le\s+)?(?:nombre|total)\s+(?:de\s+|d['’]\s?)(?=\p{L})/iu, '')
  // `seules 23 des 118 villes concernées`: a part of the counted whole after it counts the same things
  const ofWhole = /^\s*(?:des|d['’]entre\s+les|sur\s+les)\s+\d[\d \u00A0\u202F]*(?=\s\p{L})/iu.exec(text.slice(number.end))
  if (ofWhole) {
    // what the clause says the part does is said of the part (`9 des 31 usines fonctionnent …` → `usines … fonctionnant …`)
    const whole = phraseAt(text.slice(number.end + ofWhole[0].length), patterns, 6)
    if (whole.words.length) return `${join(whole.words)}${presentAfter(whole.rest)}`
  }
  // the whole of such a part is what it counts, without what the part does
  const isWhole = /\d\s+(?:des|d['’]entre\s+les|sur\s+les)\s+$/iu.test(text.slice(Math.max(0, number.start - 30), number.start))
  const phrase = phraseAt(after, patterns, 6)
  const {rest} = phrase
  const longName = patterns.membersOfLongName?.exec(join(phrase.words))
  const words = longName ? longName[1].split(' ') : phrase.words
  if (isWhole && words.length) return join(words)
  // `des organisations de la société civile, dont 45 étaient représentées`: a count of some of the things named before the comma
  if (!words.length) {
    const some = someOfNamed(text, number, patterns)
    if (some) return some
    // `portant le nombre de pays participants à 10`: the things whose number is brought to it
    // (`portant le nombre de navires indemnisés à environ 260`: a word of about may stand before it)
    const brought = /(?:^|\s)(?:le|du)\s+nombre\s+(?:de\s+|d['’]\s?)([^\d,.;:]{3,60}?)\s+à\s+(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$/iu.exec(text.slice(0, number.start))
    if (brought) return `${brought[1]}${yearAfter(text, number.end)}`
    // `portant les effectifs engagés à environ 1 200`, `ce qui portera leur nombre à 268`: what a verb of bringing brings to it
    const broughtTo = /(?<!\p{L})port(?:er|e|ent|era|eront|ant)\s+(?:la|le|les|l['’]|leur|leurs|sa|son|ses)\s*([^\d,.;:]{3,60}?)\s+à\s+(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$/iu.exec(text.slice(0, number.start))
    if (broughtTo) return `${broughtTo[1]}${yearAfter(text, number.end)}`
    // `le nombre de cyclistes tués sur les routes, qui s'est élevé à 226 en 2023`: the things whose number a relative clause gives
    const told = /(?:^|\s)(?:le|du)\s+nombre\s+(?:de\s+|d['’]\s?)([^\d,.;:]{3,60}?)\s*,\s*qui\s+((?:[^\d,.;:\s]+\s+){0,3}?)$/iu.exec(text.slice(0, number.start))
    if (told && (patterns.linking.test(told[2]) || patterns.numberReached?.test(` ${told[2]}`))) return `${told[1]}${yearAfter(text, number.end)}`
    const announced = patterns.numberAnnounced?.exec(text.slice(0, number.start))
    if (announced) return `${announced[1]}${yearAfter(text, number.end)}`
  }
  // `Le nombre d'abonnés devrait atteindre 6,1 millions en 2030`: a count with no noun after it counts its clause's subject
  if (!words.length) return patterns.linking.test(text.slice(0, number.start)) ? subjectBefore(text, patterns.linking.exec(text.slice(0, number.start))!.index, patterns)?.replace(/^les\s+/iu, '') : undefined
  const year = yearAfter(rest, 0)
  const rate = patterns.rate.exec(rest)
  // `Douze pays qui le font déjà`: a short relative clause says which ones
  const relative = relativeAfter(rest, patterns)
  if (relative) return `${join(words)} ${relative}`
  // `pays membres étaient représentés`; not `800 écoles rurales seront équipés` (the participle agrees with a larger subject)
  const participle = words.length <= 3 ? participleAfter(rest, patterns, false) : ''
  const agrees = !participle || !patterns.actions || patterns.actions.agree(participle.trim(), join(words)) === participle.trim().toLowerCase()
  const passive = (agrees ? participle : '') || presentAfter(rest)
  // `a touché 45 000 personnes`, `restaurera 2,5 millions d'hectares`: what was done to them
  const before = text.slice(0, number.start)
  const action = !passive && patterns.actions ? countAction(before, rest, join(words), patterns.actions, patterns.linking.exec(before)?.index) : undefined
  if (action) return [join(withoutSecondComplement(words, patterns)), action.measured, action.after, action.time].filter(Boolean).join(' ')
  // `la formation de 2 000 dockers à la conduite des engins`: what they are trained in is the training's
  const trained = patterns.trainedBefore?.test(before) ? withoutSecondComplement(words, patterns) : words
  return join(trained) + (passive || (rate ? ` ${rate[1]}` : year))
}

function percentLabel(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const after = text.slice(number.end)
  // `Le taux de scolarisation atteint 71 % en 2022`, `La part des femmes est de 38 %`: the subject, and its year
  const linking = patterns.linking.exec(text.slice(0, number.start))
  if (linking) {
    const subject = subjectBefore(text, linking.index, patterns)?.replace(/^les\s+/iu, '')
    // `Les femmes représentent 38 % des enseignants`: the subject is a part of the people or things after it
    const among = /^\s*des\s+/iu.exec(after)
    const whole = among && subject && patterns.among ? phraseAt(after.slice(among[0].length), patterns, 6).words : []
    if (subject && whole.length) return `${subject} ${patterns.among} ${join(whole)}${yearAfter(text, number.end)}`
    if (subject) return `${subject}${yearAfter(text, number.end)}`
  }
  // `Les attaques … ont augmenté de 30 %` → `hausse des attaques …`
  const before = text.slice(Math.max(0, number.start - 40), number.start)
  const change = patterns.rise.test(before) ? patterns.riseWord : patterns.fall.test(before) ? patterns.fallWord : undefined
  if (change) {
    // `n'a progressé que de 20 %`: a restrictive negation around the verb
    let verbAt = text.slice(0, number.start).search(/\s(?:n['’])?(?:ont|a|est|sont)\s+(?:\p{L}+\s+){1,2}de\s*$/u)
    // `Le trafic … a atteint 210 millions de tonnes, en hausse de 9 %`: what rose is the subject of the clause before the comma
    const aside = verbAt === -1 ? /,\s*en\s+\p{L}+\s+de\s*$/u.exec(text.slice(0, number.start)) : null
    if (aside) verbAt = text.slice(0, aside.index).search(/\s(?:ont|a|est|sont|se|s['’])(?:\s|$)/u)
    // `…, où les rendements sont en hausse de 12 %`: the relative word is not part of what rose
    // (`Les participants ont constaté que la surface …`: what rose is the subject after the verb of saying's `que`)
    const clause = (verbAt === -1 ? '' : text.slice(0, verbAt)).split(/[,;:]\s/).pop()?.trim().replace(/^(?:où|dont|alors\s+qu['’e]|tandis\s+qu['’e])\s*/iu, '').replace(/^.*\s\p{L}+(?:é|ée|és|ées|ent|ont)\s+qu(?:e\s+|['’]\s*)(?=\p{L})/u, '') ?? ''
    const of = patterns.ofArticles.find(([article]) => article.test(clause))
    // its time: `en 2024`, `depuis 2023`, `sur un an`, `en deux ans`
    const when = /^\s*((?:en|depuis|entre)\s+(?:19|20)\d\d|sur\s+un\s+an|en\s+(?:un|deux|trois|quatre|cinq|dix)\s+ans)(?!\p{L})/iu.exec(after)?.[1]
    if (clause && of && clause.split(/\s+/).length <= 12) return `${change} ${clause.replace(of[0], (article) => article.toLowerCase().replace(of[0], of[1]))}${when ? ` ${when}` : ''}`
  }
  // `41 % seulement de la population`: an adverb between the share and its whole
  const adverb = /^\s*(?:seulement|environ|au\s+moins|à\s+peine|tout\s+au\s+plus)(?=\s+(?:des|du|de|d['’]))/iu.exec(after)?.[0] ?? ''
  const of = /^\s*(?:(?:des|du|de)(?!\p{L})|d['’])\s?/iu.exec(after.slice(adverb.length))
  if (of) {
    const {words, rest} = phraseAt(after.slice(adverb.length + of[0].length), patterns, 6)
    const state = words.length ? participleAfter(rest, patterns, true) : ''
    // `s'engagent à protéger 30 % de leurs eaux d'ici 2030`: of waters to protect
    const action = words.length && !state && patterns.actions ? countAction(text.slice(0, number.start), rest, join(words), patterns.actions, undefined) : undefined
    // `30 % des redevances` → `des redevances`: a share says what it is a part of, with its `de` and article as written (as English `of …`)
    // (a demonstrative points back to what the sentence named: `40 % de ces fonds` → `des fonds`)
    const whole = words.length ? wholeArticle(/^\s*((?:des|du|de|d['’])(?:\s+(?:la|leur|leurs|son|sa|ses|notre|nos|ces|cette|ce)\s+|\s+l['’]|\s?))/iu.exec(after.slice(adverb.length))?.[1] ?? '') : ''
    if (action?.after) return [`${whole}${join(words)}`, action.after, action.time].filter(Boolean).join(' ')
    if (words.length) return `${whole}${join(words)}${state}`
  }
  // `dont 30 % sous forme de dons`: the phrase after it, to the end of the clause
  const phrase = /^\s*([^,.;:]{3,60}?)(?=\s*(?:[,.;:]|$))/u.exec(after)?.[1]?.replace(/^(?:sera|seront|est|sont)\s+/u, '')
  return phrase && !/\d/.test(phrase) ? phrase.trim() : undefined
}

/**
 * How a share's label opens, from how the text opens what it is a share of: `des `, `de la `,
 * `de leur `, `d'` as written, a demonstrative as the article it stands for (`de ces` → `des `,
 * `de cette` → `de la `, `de ce` → `du `).
 */
function wholeArticle(written: string): string {
  const opening = written.replace(/\s+$/u, ' ')
  const pointing = /^de\s+(ces|cette|ce)\s$/iu.exec(opening)?.[1].toLowerCase()
  if (!pointing) return opening
  return {ces: 'des ', cette: 'de la ', ce: 'du '}[pointing]!
}

/**
 * What a number is of, by its kind. An amount or a percentage is a key figure whatever its
 * sentence: when no rule names what it is of, it takes what it is for (`35 millions d'euros pour
 * les routes`), what holds it (`une enveloppe de 12 millions`) or the subject of its clause.
 */
function labelOf(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  if (number.kind === 'count') return countLabel(text, number, patterns)
  // `le bureau réserve 8 000 euros à la réfection …`, `dont 80 000 euros réservés à la recherche …`: what the sum is kept for
  const kept = number.kind === 'money' ? keptFor(text, number, patterns) : undefined
  if (kept) return kept
  // `Le Conseil a arrêté le budget du Secrétariat pour 2027 à 2,6 milliards`: what the verb sets, and the year it is for
  // (before what the clause's subject or verb would say of the amount: `Le bureau a arrêté son budget pour 2028 à` is the budget, not the bureau)
  const setObject = number.kind === 'money' ? patterns.setsObjectAt?.exec(text.slice(0, number.start)) : undefined
  if (setObject) return `${setObject[1].trim()}${/^\s*pour\s+(?:19|20)\d\d(?!\d)/iu.exec(text.slice(number.end))?.[0].replace(/^\s*/, ' ') ?? ''}`
  // `Doté de 600 millions …, le fonds de mobilité aidera …`, `Le festival sera doté de 250 millions`: the endowment of the holder named apart from the sum
  const endowment = number.kind === 'money' ? endowedApart(text, number, patterns) : undefined
  if (endowment) return endowment
  // `à raison de 9 000 euros par contrat`, `un plan …, doté de 2 millions`, `financera à hauteur de … la rénovation`: words that only bring the amount in
  const formula = number.kind === 'money' ? amountFormulaLabel(text, number, patterns) : undefined
  if (formula) return formula
  // `Les maires ont approuvé la création d'un atelier …, pour un coût de` → coût de l'atelier …
  const cost = number.kind === 'money' ? costOfClause(text, number, patterns) : undefined
  if (cost) return cost
  const label = number.kind === 'money' ? partGivenBy(text, number) ?? financedUpTo(text, number, patterns) ?? financedBy(text, number, patterns) ?? moneyLabel(text, number, patterns) : percentLabel(text, number, patterns)
  if (label) return label
  // `à`, never `a` (the verb: `500 000 FCFA a été débloqué`)
  const purpose = /^\s*((?:à|aux?|pour)\s[^,.;:\d]{3,70}?)(?=\s*(?:[,.;:]|$|\s(?:dont|qui|afin|et\s+de|d['’]ici)\s))/iu.exec(text.slice(number.end))
  const holder = holderBefore(text.slice(0, number.start), patterns)
  // `La Banque a accordé un prêt de 25 millions d'euros à …`: money given is labelled by who gives it
  if (number.kind === 'money' && holder && GIVEN_MONEY.test(holder)) {
    const giver = giverBefore(text.slice(0, number.start), holder, patterns)
    if (giver) return `${holder} ${giver.replace(/^le\s+/iu, 'du ').replace(/^les\s+/iu, 'des ').replace(/^(?=la\s|l['’])/iu, 'de ')}`
  }
  if (number.kind === 'money' && purpose) return holder && !/\s/.test(holder) && purpose[1].split(/\s+/).length <= 8 ? `${holder} ${purpose[1].trim()}` : purpose[1].trim()
  // `un don de 2 millions d'euros du Fonds vert` → `don du Fonds vert`: a bare holder keeps whose it is or who gave it
  const whose = number.kind === 'money' && holder && !/\s/.test(holder) ? holderPhraseAfter(text.slice(number.end)) : undefined
  return (whose ? `${holder} ${whose}` : holder) ?? subjectBefore(text, number.start, patterns)?.replace(/^les\s+/iu, '')
}

/** A span between an amount and its use, which the label leaves out (`sur trois ans`, `over two years`). */
const SPAN_AFTER = /^\s*(?:sur|over)\s+(?:\p{L}+|\d{1,2})\s+(?:ans|années|mois|years|months)(?!\p{L})/iu
/** An aside set off by commas between an amount and its use (`, sur les 600 000 euros de notre budget 2027,`). */
const ASIDE_AFTER = /^\s*,[^,.;:]{2,80},/u

/**
 * What an amount is kept for, with the verb that keeps it as its participle (figures50): a verb of allocating before the amount in
 * any tense (`le bureau réserve 8 000 euros à la réfection des pistes`, `nous consacrerons 150 000 euros, sur les 600 000 euros
 * de notre budget, à la formation …` → `consacrés à la formation …`), or its participle right after it (`dont 80 000 euros
 * réservés à la recherche …`); a span or an aside between the amount and its use is skipped. `undefined` when neither is there.
 */
function keptFor(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  let after = text.slice(number.end)
  const participle = /^\s*((?:consacr|affect|allou|destin|r[ée]serv)(?:é|ée|és|ées))\s+(?=(?:à|aux?|pour)\s)/iu.exec(after)
  let verb: string | undefined
  if (participle) {
    verb = participle[1]
    after = after.slice(participle[0].length)
  } else {
    const before = /(?:^|\s)(consacr|affect|allou|destin|r[ée]serv)\p{L}{0,6}\s+(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$/iu.exec(text.slice(0, number.start))
    if (!before || !patterns.allocating.test(before[1])) return undefined
    verb = `${before[1].replace(/^re/iu, 'ré')}és`
    const aside = ASIDE_AFTER.exec(after) ?? SPAN_AFTER.exec(after)
    if (aside) after = after.slice(aside[0].length)
  }
  const purpose = /^\s*((?:à|aux?|pour)\s[^,.;:\d]{3,70}?)(?=\s*(?:[,.;:]|$|\s(?:dont|qui|afin|et\s+de|pour|d['’]ici)\s))/iu.exec(after)
  return purpose ? `${verb.toLowerCase()} ${purpose[1].trim()}` : undefined
}

/**
 * The label of an amount brought in by words that say nothing of it (`patterns.amountFormula`): the rate after it (`à raison de
 * 9 000 euros par contrat et par an` → par contrat et par an), else the noun phrase set apart before the comma (`un plan de relevage
 * sur cinq ans, doté de 2,4 millions` → plan de relevage sur cinq ans; `Le coût du label, estimé à` → coût du label), else the object
 * right after the amount (`financera à hauteur de 450 000 euros la rénovation des ateliers` → rénovation des ateliers …).
 * `undefined` when no such words come before the amount or none of these phrases is found.
 */
function amountFormulaLabel(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const before = text.slice(0, number.start)
  const formula = patterns.amountFormula?.exec(before)
  if (!formula) return undefined
  const after = text.slice(number.end)
  // (a rate only after `à raison de`, and never an agent: `par la Banque` says who pays)
  const rate = /raison/iu.test(formula[0]) ? /^\s*(par\s+(?!(?:l['’]|la|le|les|un|une|des|ses|son|sa|leurs?)(?!\p{L}))[^,.;:\d]{2,50}?)(?=\s*(?:[,.;:]|$|\s(?:dont|qui|afin|pris|prise|pour)\s))/iu.exec(after) : null
  if (rate) return rate[1].trim()
  if (formula[0].trimStart().startsWith(',')) {
    const words = before.slice(0, formula.index).trim().split(/\s+/)
    const mark = /’/u.test(text) ? '’' : "'"
    const phrase = endowedBefore(words, patterns, mark)?.replace(/^(?:du|des|de\s+la|de|d['’](?:une?\s+)?)\s*/iu, '')
      // (`la création d'un fonds régional …, doté de` → the fund: the act that sets it up is not what the sum endows)
      .replace(/^(?:la\s+|le\s+)?(?:création|mise\s+en\s+place|constitution|lancement|instauration)\s+(?:d['’]\s?(?:une?\s+)?|de\s+(?:la\s+|l['’]\s?)?)/iu, '')
    if (phrase && /\p{L}{3}/u.test(phrase)) return phrase
  }
  // (the object right after the amount only: `à hauteur de 2 millions par an pour le fonds` keeps the other readings)
  const object = /^\s*(?:l['’]|(?:la|le|les)\s+)([^,.;:\d]{3,80}?)(?=\s*(?:[,.;:]|$|\s(?:dont|qui|afin|pour|dans|à|au|aux)\s))/iu.exec(after)
  if (!object) return undefined
  const {words} = phraseAt(object[1], patterns, 6)
  return words.length ? join(words) : undefined
}

/**
 * What the words right after an amount say of the noun that holds it: whose it is (`du Fonds vert
 * pour le climat`, `de la Banque régionale`) or who gives it, as a participle and its agent, after a
 * comma too (`, versé par la Banque`). At most eight words, up to a comma, a number or a clause.
 * @param after the text after the amount
 * @returns the phrase, or `undefined` when none follows
 */
function holderPhraseAfter(after: string): string | undefined {
  const found = /^\s*(?:,\s*)?((?:du|des|de\s+la|de\s+l['’]|d['’])\s*\p{Lu}[^,.;:\d()]{2,60}?|\p{L}{3,}(?:é|ée|és|ées)\s+(?:notamment\s+)?par\s+[^,.;:\d()]{3,60}?)(?=\s*(?:[,.;:()]|$|\s(?:qui|dont|afin|et\s+de|d['’]ici|pour\s+(?:un|une|\p{L}+(?:er|ir|re)(?!\p{L}))|sur\s+(?:\d|deux|trois|quatre|cinq|six|dix)|[àa]\s))|\s+\p{L}+(?:era|eront|ra|ront)(?!\p{L}))/u.exec(after)
  if (!found) return undefined
  const phrase = found[1].trim().replace(/\s+notamment\s+/u, ' ')
  return phrase.split(/\s+/).length <= 8 ? phrase : undefined
}

/**
 * A part of an amount said by who gives it: `18 millions d'euros, dont 7,5 millions apportés par
 * l'Organisation` gives `apportés par l'Organisation`. `undefined` when the amount is not a part
 * (`, dont`) followed by a participle and its agent.
 */
function partGivenBy(text: string, number: FoundNumber): string | undefined {
  if (!/,\s*dont\s*$/iu.test(text.slice(0, number.start))) return undefined
  // (`dont 15 millions déjà annoncés par le Fonds`: an adverb of time before the participle goes)
  const given = /^\s*(?:(?:déjà|également|aussi)\s+)?(\p{L}+(?:é|ée|és|ées|is|ise|ises))\s+(par\s+[^,.;:]{3,80}?)(?=\s*(?:[,.;:]|$|\s(?:et|qui|que|dont)\s))/iu.exec(text.slice(number.end))
  return given ? `${given[1]} ${given[2]}` : undefined
}

/**
 * What an amount `à hauteur de` finances: the object after the aside (`L'Union financera, à hauteur
 * de 25 millions d'euros, la réhabilitation de la voie ferrée` gives `réhabilitation de la voie
 * ferrée`), or the noun phrase a participle set off after it is said of (`un programme de
 * raccordement des écoles, financé à hauteur de 40 millions` gives `programme de raccordement des
 * écoles`). `undefined` when the amount is not so introduced.
 */
function financedUpTo(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const before = text.slice(0, number.start)
  const upTo = /(?:,\s*(\p{L}+)\s+)?[àa]\s+hauteur\s+(?:de\s+|d['’]\s?)(?:(?:environ|près\s+de|plus\s+de)\s+)?$/iu.exec(before)
  if (!upTo) return undefined
  // `, à hauteur de …, la réhabilitation …`: the object after the aside
  const aside = /^\s*,\s*((?:la|le|les|l['’])\s?[^,.;:\d]{3,80})/iu.exec(text.slice(number.end))
  if (!upTo[1] && /,\s*$/u.test(before.slice(0, upTo.index)) && aside) {
    const {words} = phraseAt(aside[1], patterns, 8)
    return words.length ? join(words) : undefined
  }
  // `…, financé à hauteur de`: the phrase before the comma, as a holder is read
  return upTo[1] && /(?:é|ée|és|ées)$/iu.test(upTo[1]) ? holderBefore(`${before.slice(0, upTo.index)} de`, patterns) : undefined
}

/**
 * An amount a giver finances, labelled by who gives it: `Le plan sera financé à hauteur de 2
 * milliards de francs CFA par les États et de 3,5 millions d'euros par l'Union européenne` gives
 * `financement des États` and `financement de l'Union européenne`. `undefined` when no giver
 * follows the amount.
 */
function financedBy(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  if (!patterns.financedUpTo?.test(text.slice(0, number.start)) || !patterns.financedBy || !patterns.financeNoun) return undefined
  const giver = patterns.financedBy.exec(text.slice(number.end))?.[1]
  return giver ? `${patterns.financeNoun} ${giver.replace(/^le\s+/iu, 'du ').replace(/^les\s+/iu, 'des ').replace(/^(?=la\s|l['’])/iu, 'de ')}` : undefined
}

/** Nouns of money someone gives (`un prêt`, `une subvention`): the label says who gives it. */
const GIVEN_MONEY = /^(?:prêts?|dons?|subventions?|crédits?|garanties?|contributions?|avances?|financements?)(?:\s|$)/iu

/**
 * Who gives the money a holder names: the subject of the verb right before it, when it is a name
 * with its article (`La Banque a accordé un prêt de` gives `la Banque`), not who met.
 */
function giverBefore(before: string, holder: string, patterns: FigurePatterns): string | undefined {
  const at = before.toLowerCase().lastIndexOf(holder.toLowerCase())
  if (at < 0) return undefined
  const verb = /(?:^|\s)((?:\p{L}+\s+){0,2}?)(?:a|ont|va|vont)?\s*(?:\p{L}+(?:é|i|is|it|era|ira|ra)|accord\p{L}*|octroi\p{L}*|consent\p{L}*)\s+(?:un|une|le|la|l['’]|son|sa|leur)\s*$/iu.exec(before.slice(0, at))
  if (!verb) return undefined
  const clause = before.slice(0, at - verb[0].length + verb[0].search(/\S/) + verb[1].length).split(/[,;:]\s/).pop()!.trim()
  const subject = clause.replace(/\s+(?:a|ont|va|vont|se|s['’])$/iu, '').trim()
  const words = subject.split(/\s+/)
  // `La Banque …`, `L'Union …`: a name with its article
  const elided = /^[lL]['’]\p{Lu}/u.test(words[0] ?? '')
  if (words.length > 6 || !(elided || (words.length >= 2 && /^(?:la|le)$/iu.test(words[0]) && /^\p{Lu}/u.test(words[1])))) return undefined
  const head = subject.replace(/^(?:la|le)\s+|^l['’]/iu, '').split(/\s+/)[0].toLowerCase()
  if (patterns.actions?.actors.has(head)) return undefined
  return subject.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())
}

/** Determiners that open the noun phrase of a holder (`une enveloppe de`); `de`, `des`, `du` may be inside it (`programme de patrouilles`). */
const HOLDER_OPENERS = /^(?:un|une|le|la|les|l|ce|cet|cette|ces|leur|leurs|son|sa|ses|notre|nos)$/iu

/** Prepositions whose phrase stays inside a holder's noun phrase (`fonds de garantie pour les mini-réseaux`). */
const INNER_PREPOSITIONS = /^(?:pour|sur|contre|entre|à)$/iu
/** A year or a span of years that closes a holder's name (`2027-2030`, `2026–2030`). */
const ENDOWED_YEARS = /^(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?$/u

/** The same, with `de` (`budget de la Commission`): tried first, and given up when the phrase then has no opener (`a pris acte de l'accord de financement de`). */
const INNER_PREPOSITIONS_DE = /^(?:pour|sur|contre|entre|à|de)$/iu

/** `un programme de patrouilles doté de`, `une enveloppe de`, `un budget total de` before an amount: the noun phrase that holds it. */
function holderBefore(before: string, patterns: FigurePatterns): string | undefined {
  return holderWith(before, patterns, INNER_PREPOSITIONS_DE) ?? holderWith(before, patterns, INNER_PREPOSITIONS)
}

/** `holderBefore` with the given prepositions whose phrase stays inside the holder's. */
function holderWith(before: string, patterns: FigurePatterns, inside: RegExp): string | undefined {
  const set = patterns.setAt?.exec(before)
  const link = set ? {index: set.index, 0: set[0]} : /\s(?:dot[ée]e?s?\s+de|d['’]un\s+montant\s+(?:total\s+)?(?:estim[ée]\s+)?(?:de|[àa])|(?:d['’]une|pour\s+une)\s+valeur\s+(?:totale\s+)?(?:estim[ée]e\s+)?(?:de|[àa])|de|d['’]environ|d['’]au\s+moins|de\s+plus\s+de|de\s+pr[èe]s\s+de)\s*$/iu.exec(before)
  if (!link) return undefined
  // `acquis 300 antennes pour une valeur totale estimée à`: the value of what was counted
  const value = /valeur/iu.test(link[0])
  // `Le programme de patrouilles, doté de`: the phrase before the comma
  const words = before.slice(0, link.index).trim().replace(/,$/, '').split(/\s+/)
  const taken: string[] = []
  // words of a phrase inside the holder's (`pour les mini-réseaux`), which do not count against its length
  let inner = 0
  const valued = () => (/[sx]$/iu.test(taken.at(-1) ?? '') ? `valeur des ${taken.join(' ')}` : undefined)
  // (`doté de`: the holder's phrase may end on its years, or hold a count of its own)
  const endowing = /^\s*dot/iu.test(link[0])
  for (let at = words.length - 1; at >= 0 && taken.length < 9 + inner; at--) {
    const word = words[at]
    // `le Plan … des oasis 2027-2030, doté de`: the years the holder runs over are part of its name, not of what it is
    if (endowing && !taken.length && at === words.length - 1 && ENDOWED_YEARS.test(word)) continue
    // `un programme de formation de 350 formateurs …, doté de`: the sum is the programme's; the count's phrase goes
    if (endowing && taken.length && /^\d/u.test(word)) {
      let count = at
      while (count > 0 && /^\d[\d.,]*$/u.test(words[count - 1])) count--
      if (!/^de$/iu.test(words[count - 1] ?? '') || count < 2) return undefined
      taken.length = 0
      inner = 0
      at = count - 1
      continue
    }
    // `un fonds de garantie pour les mini-réseaux solaires, doté de`: an article after a preposition is inside the phrase, with the preposition
    if (taken.length && !value && /^(?:les|la|le|l['’]\p{L}.*)$/iu.test(word) && inside.test(words[at - 1] ?? '') && at >= 2 && !HOLDER_OPENERS.test(words[at - 2]) && /^\p{L}/u.test(words[at - 2]) && !patterns.labelStop.has(words[at - 2].toLowerCase())) {
      taken.unshift(words[at - 1], word)
      inner += 2
      at--
      continue
    }
    // `l'enveloppe` opens the phrase; `d'urgence` is inside it (`plan d'urgence`)
    const elided = /^([ld])['’](\p{L}.*)$/iu.exec(word)
    if (elided && elided[1].toLowerCase() === 'l') return value ? undefined : [elided[2], ...taken].join(' ')
    // `une étude sur les abonnements, dotée d'un budget de`, `… sera lancée avec un budget de`: the budget of that study
    const opener = HOLDER_OPENERS.test(word) ? at : /^d['’](?:un|une)$/iu.test(word) ? at : -1
    if (opener >= 0 && taken.length && !value) {
      // (`, pour un budget de`: the budget of what the clause made, as `avec`)
      const endowed = /^(?:dot[ée]e?s?|avec)$/iu.test(words[opener - 1] ?? '') || (/^pour$/iu.test(words[opener - 1] ?? '') && /,$/.test(words[opener - 2] ?? '')) || /^d['’](?:un|une)$/iu.test(word) && /^dot[ée]e?s?$/iu.test(words[opener - 1] ?? '') ? endowedBefore(words.slice(0, opener - 1), patterns, before.includes("'") && !before.includes('’') ? "'" : '’') : undefined
      if (endowed) return `${taken.join(' ')} ${endowed}`
    }
    // `la création d'un fonds régional …, doté de`: `d'un` after a noun opens the holder's phrase
    if (/^d['’](?:un|une)$/iu.test(word)) return taken.length && !value && /^\p{L}{4,}$/u.test(words[at - 1] ?? '') && !patterns.labelStop.has(words[at - 1].toLowerCase()) && !patterns.verb.test(words[at - 1].toLowerCase()) && /^\s*dot/iu.test(link[0]) ? taken.join(' ') : undefined
    if (HOLDER_OPENERS.test(word)) return !taken.length ? undefined : value ? valued() : taken.join(' ')
    // `a infligé des amendes d'un montant total de`: `des` after a verb opens the phrase
    if (/^des$/iu.test(word) && taken.length && /(?:é|ée|és|ées|i|is|it|u|us)$/iu.test(words[at - 1] ?? '')) return value ? valued() : taken.join(' ')
    // `300 antennes pour une valeur de`: the count before the noun opens it
    if (value && /^\d/.test(word) && taken.length) return valued()
    // `le budget de la Commission pour l'exercice 2027, arrêté à`: the year a sum is for stays in its phrase
    const year = /^(?:19|20)\d\d$/.test(word) && !taken.length && /^(?:l['’]exercice|l['’]ann[ée]e|pour)$/iu.test(words[at - 1] ?? '')
    // (`le budget du secrétariat pour 2027, fixé à`: `pour` before the year is inside the phrase too)
    if (/^pour$/iu.test(word) && taken.length === 1 && /^(?:19|20)\d\d$/.test(taken[0])) {
      taken.unshift(word)
      inner++
      continue
    }
    if (!year && (!/^\p{L}/u.test(word) || patterns.labelStop.has(word.toLowerCase()) || patterns.verb.test(word.toLowerCase()))) {
      // (`un programme de formation de 350 formateurs en acrobatie et en jonglage, doté de`: the count's phrase, however it runs, goes too)
      const found = endowing && !/^\d/u.test(word) ? words.slice(Math.max(0, at - 8), at).findLastIndex((before) => /^\d/u.test(before)) : -1
      if (found < 0) return undefined
      let count = Math.max(0, at - 8) + found
      while (count > 0 && /^\d[\d.,]*$/u.test(words[count - 1])) count--
      if (!/^de$/iu.test(words[count - 1] ?? '') || count < 2) return undefined
      at = count - 1
      taken.length = 0
      inner = 0
      continue
    }
    taken.unshift(word)
  }
  return undefined
}

/** A French future or conditional, which ends a noun phrase (`aidera`, `soutiendra`, `financeront`). */
const FUTURE_FORM = /\p{L}{2,}(?:[^é]ra|ront|rait|raient)$/u

/**
 * A holder's noun phrase at the start of `words`, after its determiner: nouns, adjectives and their
 * `de` phrases up to a verb or a word that ends a label, at most six words (`fonds de mobilité`).
 */
function holderPhrase(words: string[], patterns: FigurePatterns): string | undefined {
  const taken: string[] = []
  for (const word of words) {
    const bare = word.toLowerCase()
    if (taken.length >= 6 || !/^\p{L}[\p{L}'’-]*$/u.test(word) || patterns.labelStop.has(bare) || patterns.verb.test(bare) || FUTURE_FORM.test(bare)) break
    taken.push(word)
  }
  while (taken.length && patterns.labelTail.has(taken.at(-1)!.toLowerCase().replace(/['’]$/u, ''))) taken.pop()
  return taken.length ? taken.join(' ') : undefined
}

/** `du fonds`, `de la campagne`, `de l'atelier`, `des bourses`: the phrase after `dotation`, from the holder's determiner. */
function ofHolder(determiner: string, phrase: string): string {
  const article = determiner.toLowerCase()
  if (/^l['’]$/u.test(article)) return `de ${determiner}${phrase}`
  return `${{le: 'du', les: 'des', la: 'de la'}[article] ?? 'du'} ${phrase}`
}

/**
 * The endowment of a holder the text names apart from the sum, labelled `dotation de …`: after a
 * participle that opens the sentence (`Doté de 600 millions de francs CFA sur deux ans, le fonds de
 * mobilité aidera …` → dotation du fonds de mobilité), or as the subject of a passive (`Le festival
 * itinérant sera doté de 250 millions … en 2027` → dotation du festival itinérant en 2027). Without
 * it the label was the participle alone (`doté`).
 */
function endowedApart(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const before = text.slice(0, number.start)
  if (/(?:^|[.;:!?]\s+)dot[ée]e?s?\s+de\s*$/iu.test(before)) {
    const after = /^[^,;:.]{0,80},\s*(le|la|les|l['’])\s*([^,;:.]+)/iu.exec(text.slice(number.end))
    const phrase = after ? holderPhrase(after[2].split(/\s+/), patterns) : undefined
    return after && phrase ? `dotation ${ofHolder(after[1], phrase)}` : undefined
  }
  // (the determiner opens the subject, not a phrase inside it: `Chaque commune de la région sera dotée de` is each commune's, not the region's)
  const passive = /(?:^|[,;:.]\s+|(?<!(?<!\p{L})(?:de|à|pour|par|sur|dans|en|avec|entre|chez|sans|contre))\s)(le|la|les|l['’])\s*([^,;:.]{2,60}?)\s+(?:sera|seront|est|sont|a\s+été|ont\s+été)\s+(?:également\s+|aussi\s+)?dot[ée]e?s?\s+de\s*$/iu.exec(before)
  if (!passive) return undefined
  const words = passive[2].split(/\s+/)
  const phrase = holderPhrase(words, patterns)
  if (!phrase || phrase.split(/\s+/).length !== words.length) return undefined
  return `dotation ${ofHolder(passive[1], phrase)}${yearAfter(text, number.end)}`
}

/**
 * The noun phrase that an amount's holder belongs to, as `de` and the phrase: the words before
 * `, dotée d'un budget de` or `avec un budget de`, back to the determiner that opens them (`une
 * étude sur les abonnements` gives `d'une étude sur les abonnements`; `le programme` gives `du
 * programme`), or before the verb of their clause (`Une étude … sera lancée avec`). At most eight words.
 * @param mark the text's apostrophe
 */
function endowedBefore(words: string[], patterns: FigurePatterns, mark: string): string | undefined {
  let end = words.length
  // over the clause's verb (`sera lancée`): auxiliaries and a participle
  // (a participle not in -é after its auxiliary too: `sera conduite`, `sera mise en place`)
  while (end > 0 && (patterns.auxiliaries.has(words[end - 1].toLowerCase()) || (/(?:é|ée|és|ées)$/iu.test(words[end - 1]) || (/(?:ite?s?|ise?s?|erte?s?)$/iu.test(words[end - 1]) && patterns.auxiliaries.has((words[end - 2] ?? '').toLowerCase()))) && end === words.length)) end--
  const last = words[end - 1]?.replace(/,$/, '')
  if (!last || /[^\p{L}'’-]/u.test(last)) return undefined
  for (let at = end - 1; at >= 0 && end - at <= 8; at--) {
    const word = words[at].toLowerCase()
    const elided = /^l['’](\p{L}.*)$/iu.exec(words[at])
    const phrase = [...words.slice(at + 1, end - 1), last]
    if (elided && !/^(?:sur|de|pour|contre|à|en|dans|entre)$/iu.test(words[at - 1] ?? '')) return `de l${mark}${[elided[1], ...phrase].join(' ')}`.replace(/\s+$/u, '')
    // a determiner after a preposition is inside the phrase (`sur les abonnements`)
    if (/^(?:le|la|les|un|une)$/iu.test(word) && !/^(?:sur|de|pour|contre|à|en|dans|entre)$/iu.test(words[at - 1] ?? '')) {
      const written = phrase.join(' ')
      return {le: `du ${written}`, la: `de la ${written}`, les: `des ${written}`, un: `d${mark}un ${written}`, une: `d${mark}une ${written}`}[word]
    }
    if (at < end - 1 && (patterns.labelStop.has(word) && !/^(?:sur|pour|contre|en)$/u.test(word) || /[,;:]$/.test(words[at]))) return undefined
  }
  return undefined
}

/** Prepositions after which a determiner opens a phrase inside another, not a verb's object (`sur l'île`). */
const COST_PREPOSITIONS = /^(?:de|d['’]|du|des|à|au|aux|sur|pour|dans|en|par|avec|entre|sous|vers|chez|contre|et|ou)$/iu
/** Words that end the phrase of what a cost is of: a place, a purpose, a relative, another clause. */
const COST_PHRASE_END = /^(?:qui|que|dont|afin|pour|à|au|aux|en|sur|dans|entre|avec|par|le|la|les|et|ou|soit|selon|d['’]ici|sera|seront|est|sont|a|ont|était|étaient)$/iu
/** An object pronoun elided before its verb, no determiner (`l'a approuvé`, `l'ont voté`, `l'avait financé`; review40). */
const ELIDED_PRONOUN = /^l['’](?:a|ai|as|avons|avez|ont|avait|avaient|aura|auront|aurait|est|était|y|en)$/iu
/** Determiners that open a verb's object, and the `de` form a label writes them in (`le` → `du`). */
const COST_OPENERS: Record<string, string> = {le: 'du', la: 'de la', les: 'des', un: 'du', une: 'de la', son: 'de son', sa: 'de sa', ses: 'de ses', leur: 'de leur', leurs: 'de leurs', ce: 'de ce', cet: 'de cet', cette: 'de cette', ces: 'de ces'}

/**
 * The label of a sum `pour un coût de` what its clause makes (issue 11, labels40): the cost's words
 * (`coût`, `coût total`, `montant`, `coût estimé`) and, after `de`, the subject of a passive (`Un réseau de
 * capteurs sera installé …, pour un coût estimé à` → coût estimé du réseau de capteurs), else the object
 * of the clause's verb (`ont approuvé la restauration du grand lavoir …` → coût de la restauration du
 * grand lavoir …), made of what a noun of making is of (`la création d'un atelier commun` → de l'atelier
 * commun), cut before a place, a purpose or a second `du`/`des` phrase of a noun that is no work
 * (`un inventaire photographique du petit patrimoine` → de l'inventaire photographique). A span or a
 * rate after the amount stays (`sur deux ans`, `par an`). It was the cost's words alone, or the
 * words before the amount (`pour un coût estimé`).
 * @returns the label, or `undefined` when the sum is no such cost or no thing is found
 */
function costOfClause(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const cost = patterns.costOf
  const before = text.slice(0, number.start)
  const found = cost?.at.exec(before)
  if (!cost || !found) return undefined
  // (the clause, without a relative or a `dont` aside after it: `…, dont la moitié dans les centres`)
  const clause = (before.slice(0, found.index).split(/[;:]\s/u).pop() ?? '').split(/,\s+(?:dont|qui|où)\s/u)[0]
  const words = clause.trim().replace(/,$/u, '').split(/\s+/u).filter(Boolean)
  const mark = text.includes('’') ? '’' : "'"
  // the subject of a passive (`Un réseau … sera installé`), from the clause's first word
  const aux = words.findIndex((word, at) => at > 1 && /^(?:sera|seront|est|sont|été)$/iu.test(word) && /(?:é|ée|és|ées|ite?s?|ise?s?|te?s?)$/iu.test(words[at + 1] ?? '') && !/^(?:été)$/iu.test(words[at + 1] ?? ''))
  let opener = -1
  if (aux > 1 && (COST_OPENERS[words[0].toLowerCase()] || /^l['’]/iu.test(words[0]))) opener = 0
  else {
    // else the verb's object: the last determiner in the clause that no preposition governs
    for (let at = words.length - 1; at > 0; at--) {
      const word = words[at].toLowerCase()
      // (`le long des fleuves` is a place)
      if ((COST_OPENERS[word] || (/^l['’]\p{L}/iu.test(word) && !ELIDED_PRONOUN.test(word))) && !COST_PREPOSITIONS.test(words[at - 1]) && !/,$/u.test(words[at - 1]) && !/^long$/iu.test(words[at + 1] ?? '')) {
        opener = at
        break
      }
    }
  }
  if (opener < 0) return undefined
  const thing = costPhrase(words, opener, cost, patterns, mark)
  if (!thing) return undefined
  const period = /^\s*(?:HT\s+)?((?:par|chaque)\s+an(?:n[ée]e)?|sur\s+(?:deux|trois|quatre|cinq|six|sept|huit|dix|\d+)\s+ans)(?!\p{L})/iu.exec(text.slice(number.end))
  return `${found[1].toLowerCase()} ${thing}${period ? ` ${period[1]}` : ''}`
}

/** The phrase that opens at `words[opener]` (its determiner), as `de` and the phrase (`du séchoir solaire`), see `costOfClause`. */
function costPhrase(words: string[], opener: number, cost: NonNullable<FigurePatterns['costOf']>, patterns: FigurePatterns, mark: string): string | undefined {
  // the determiner, the rest of its word when elided (`l'atelier`), then the phrase
  const elided = /^([ld])['’](\p{L}.*)$/iu.exec(words[opener])
  const determiner = elided ? (elided[1].toLowerCase() === 'l' ? 'l' : 'un') : words[opener].toLowerCase()
  const taken: string[] = elided ? [elided[2]] : []
  let at = opener + 1
  for (; at < words.length && taken.length < 8; at++) {
    const word = words[at]
    if (COST_PHRASE_END.test(word) || /\d/u.test(word) || patterns.verb.test(word.toLowerCase())) break
    // (a second `du`, `des`, `de la` phrase after a noun that is no work says more than the thing: `un inventaire photographique du patrimoine`)
    if (taken.length && /^(?:du|des)$/iu.test(word) && !cost.workNoun.test(taken[0]) && !cost.makingNoun.test(taken[0])) break
    taken.push(word.replace(/,$/u, ''))
    if (/,$/u.test(word)) break
  }
  // `la construction d'un séchoir`: what is made, from its own determiner
  if (taken.length && cost.makingNoun.test(taken[0]) && opener + 1 < words.length) {
    const next = opener + (elided ? 1 : 2)
    const complement = /^d['’](un|une)$/iu.exec(words[next] ?? '') ? next : /^(?:du|des)$/iu.test(words[next] ?? '') ? next : -1
    if (complement >= 0) {
      const inner = /^d['’](un|une)$/iu.exec(words[complement])
      const rest = costPhrase([...words.slice(0, complement), inner ? inner[1] : words[complement].toLowerCase() === 'du' ? 'le' : 'les', ...words.slice(complement + 1)], complement, cost, patterns, mark)
      if (rest) return rest
    }
  }
  while (taken.length && patterns.labelTail.has(taken.at(-1)!.toLowerCase().replace(/['’]$/u, ''))) taken.pop()
  if (!taken.length || taken.length > 8 || !/^\p{Ll}/u.test(taken[0])) return undefined
  const phrase = taken.join(' ')
  // (before a vowel or a mute `h`, `le`, `la`, `un`, `une` elide: de l'atelier)
  if (/^(?:l|le|la|un|une)$/u.test(determiner) && /^[aeiouyhàâéèêîôûæœ]/iu.test(phrase)) return `de l${mark}${phrase}`
  return `${COST_OPENERS[determiner] ?? 'de'} ${phrase}`
}

/** `Les partenaires ont annoncé 150 millions d'euros` → `annoncés par les partenaires`. */
function moneyLabel(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  // `mobiliser, avec nos partenaires, 1,2 milliard d'euros`: an aside set off by commas between the verb and its amount
  const before = text.slice(0, number.start).replace(/(\p{L}),\s+(?:avec|aux\s+côtés\s+de|grâce\s+à|en\s+lien\s+avec)\s[^,.;:\d]{2,50},\s*$/iu, '$1 ')
  // `Les échanges … ont atteint 410 milliards d'euros en 2023` → `échanges … en 2023`
  const linking = patterns.linking.exec(before)
  if (linking) {
    const subject = subjectBefore(text, linking.index, patterns)?.replace(/^les\s+/iu, '')
    if (subject) return `${subject}${yearAfter(text, number.end)}`
  }
  const target = targetLabel(text, before, number, patterns)
  if (target) return target
  const verb = /(?:^|\s)((?:ont|a|se\s+sont|s['’]est|sont)\s+(?:(?:[ée]galement|aussi|en\s+outre|d[ée]j[àa])\s+)?(?:\p{L}+\s+)?)?(\p{L}+?)(é|és|ée|ées|er|ir|i|is)\s+(?:(?:environ|pr[èe]s\s+de|plus\s+de|quelque|au\s+moins|jusqu['’][àa])\s+)?$/iu.exec(before)
  // without an auxiliary only an infinitive is a verb (`de consacrer 300 millions`): `chaque année près de 2 milliards` is a noun
  if (verb && verb[3] && (verb[1] || /^(?:er|ir)$/iu.test(verb[3]))) {
    const stem = verb[2]
    const participle = `${stem}${/^(?:ir|i|is)$/.test(verb[3]) ? 'is' : 'és'}`
    // `consacrer 300 millions d'euros à la modernisation …` → `consacrés à la modernisation …`
    const purpose = /^\s*((?:[àa]|aux?|pour)\s[^,.;:]{3,70}?)(?=\s*(?:[,.;:]|$|\s(?:dont|qui|afin|et\s+de)\s))/iu.exec(text.slice(number.end))
    if (purpose && patterns.allocating.test(stem)) return `${participle} ${purpose[1].trim()}`
    const at = verb.index + (verb[0].length - verb[0].trimStart().length)
    const subject = subjectBefore(text, at, patterns)
    // `Les participants ont : – demandé à la Banque de mobiliser …`, `… ont adopté X, et chargé l'Agence de …`: a clause that
    // opens on its past participle has its subject in the lead-in or the clause before, not in its own words
    // (then what the amount is for, when the text says it, is what names it: `mobilisés pour les forages ruraux`)
    if (patterns.openingParticiple?.test(text.slice(0, at).split(/[,;:]\s/).pop() ?? '')) return purpose ? `${participle} ${purpose[1].trim()}` : participle
    // (a bullet's dash before an infinitive is no subject: `– mobiliser 1,2 milliard …`)
    return subject && /\p{L}/u.test(subject) ? `${participle} ${patterns.by} ${withArticle(subject, text)}` : participle
  }
  // `1,8 milliard de dollars de contributions`
  // (`d'ici 2027` is a time, not what the amount is of)
  const of = /^\s*(?:de|d['’])\s?(?!ici(?!\p{L}))/iu.exec(text.slice(number.end))
  if (of) {
    const {words} = phraseAt(text.slice(number.end + of[0].length), patterns, 6)
    if (words.length) return join(words)
  }
  return undefined
}

/**
 * The label of an amount a verb aims at (`patterns.aiming`): the target of what an amount reached
 * earlier in the sentence measures (`le commerce … a atteint 310 millions de dollars en 2025, et
 * l'Alliance vise 1 milliard de dollars d'ici 2035` → `objectif de commerce … d'ici 2035`), else of
 * the verb's subject (`l'Alliance vise 1 milliard …` → `objectif de l'Alliance d'ici 2035`), with the
 * time it is set for; `undefined` when no such verb comes right before the amount.
 */
function targetLabel(text: string, before: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const aim = patterns.aiming?.exec(before)
  if (!aim || !patterns.target) return undefined
  const at = aim.index + (aim[0].length - aim[0].trimStart().length)
  // an amount reached before, in the same sentence: the target is of what it measures
  const reached = [...before.slice(0, at).matchAll(/\d/gu)].map((digit) => patterns.linking.exec(before.slice(0, digit.index))).find(Boolean)
  const earlier = reached ? subjectBefore(text, reached.index, patterns)?.replace(/^les\s+/iu, '') : undefined
  // (a clause joined by `et`: `…, et l'Alliance vise`)
  const subject = earlier ?? subjectBefore(text, at, patterns)?.replace(/^(?:et|mais|ou)\s+/iu, '')
  if (!subject || !/\p{L}/u.test(subject)) return undefined
  const whose = earlier ? subject : withArticle(subject, text)
  const of = /^(?:le|les)\s/iu.test(whose) ? whose.replace(/^le\s/iu, 'du ').replace(/^les\s/iu, 'des ') : /^[aeiouyhéèêàâîôû]/iu.test(whose) && !/^(?:la|l['’])/iu.test(whose) ? `d’${whose}` : `de ${whose}`
  // the time the target is set for, after the amount's words (`d'ici 2035`, `d'ici à 2030`, `en 2030`)
  const time = /^(?:\s+(?:de\s+|d['’]\s?)?[\p{L}]+(?:\s+CFA)?)?\s+((?:d['’]ici(?:\s+[àa])?|en|pour)\s+(?:19|20)\d\d)(?!\d)/u.exec(text.slice(number.end))
  return `${patterns.target} ${of}${time ? ` ${time[1]}` : ''}`
}

/**
 * A count of some of the things the count before it counted: `52 projets, dont 17 sont situés sur
 * la côte` gives `projets situés sur la côte`. `undefined` when the count does not follow `dont`.
 */
function partOfWhole(text: string, number: FoundNumber, whole: FoundNumber | undefined, wholeFigure: KeyFigure | undefined, patterns: FigurePatterns): string | undefined {
  if (!whole || whole.kind !== 'count' || !wholeFigure || wholeFigure.value !== whole.value || !patterns.partOf?.test(text.slice(whole.end, number.start))) return undefined
  const what = wholeFigure.label.split(/,/)[0]
  const rest = text.slice(number.end)
  const state = participleAfter(rest, patterns, true)
  if (state) return `${what}${state}`
  // `dont 17 en zone rurale`
  const place = /^\s*((?:en|dans|sur|au|aux|à)\s[^,.;:]{2,50}?)(?=\s*(?:[,.;:]|$))/iu.exec(rest)
  return place ? `${what} ${place[1].trim()}` : what
}

/**
 * Whether an amount only restates the one before it in another currency: `300 millions d'euros,
 * soit 197 milliards de francs CFA`, `(197 milliards de francs CFA)`. Two amounts in one currency
 * are two facts.
 */
function inOtherCurrency(earlier: FoundNumber, later: FoundNumber, between: string): boolean {
  if (earlier.kind !== 'money' || later.kind !== 'money') return false
  const currency = (number: FoundNumber) => number.value.replace(/^US(?=\$)/, '').replace(/[\d.,\s].*$/u, '')
  return currency(earlier) !== currency(later) && /^\s*(?:,\s*soit|\(|,\s*ou)\s*(?:environ\s+|près\s+de\s+)?$/iu.test(between)
}

/** The noun right after a count, without its plural ending (`300 écoles` → `école`), or undefined. */
function countedNoun(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const word = /^\s*(?:de\s+|d['’]\s?)?(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}'’])/u.exec(text.slice(number.end))?.[1]
  return word && !patterns.labelStop.has(word) && !patterns.determiners.has(word) ? word.replace(/[sx]$/u, '') : undefined
}

/** ` depuis 2022` in the clause of an earlier count (`expérimenté depuis 2022 dans 300 écoles`): since when it held. */
function sinceOf(text: string, number: FoundNumber): string {
  const clause = text.slice(0, number.start).split(/[,;:]\s/).pop() ?? ''
  const since = /(depuis\s+(?:19|20)\d\d)(?!\d)/u.exec(clause) ?? /^\s+[\p{L}-]+\s+(depuis\s+(?:19|20)\d\d)(?!\d)/u.exec(text.slice(number.end))
  return since ? ` ${since[1]}` : ''
}

/**
 * Whether two numbers of a change count the same thing: the same kind and currency and, when both
 * name what they count, the same noun (`de 14 à 52 laboratoires`, `12 millions d'enfants, contre 7
 * millions en 2020`; not `120 écoles, contre 40 centres de santé`). Otherwise they are two figures.
 */
function sameThing(text: string, earlier: FoundNumber, later: FoundNumber, patterns: FigurePatterns): boolean {
  // the word that names what a number counts, right after it (`52 laboratoires`, `7 millions d'enfants`); not its time (`52 cette année`, `aujourd'hui`)
  const noun = (number: FoundNumber) => {
    const word = /^\s*(?:de\s+|d['’]\s?)?(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}'’])/u.exec(text.slice(number.end))?.[1]
    return word && !patterns.labelStop.has(word) && !patterns.determiners.has(word) && !/^(?:cette|cet|ces|aujourd|année|années|ans|mois|jours|semaines|fin|début|contre|soit)$/u.test(word) && !(number === later && patterns.elidedParticiple?.test(word)) ? word.replace(/[sx]$/u, '') : undefined
  }
  // `de 3 000 à 8 000 euros`: a bare earlier number shares the later one's unit
  if (earlier.kind === 'count' && later.kind !== 'count' && !noun(earlier)) return true
  if (earlier.kind !== later.kind) return false
  const currency = (number: FoundNumber) => number.value.replace(/^US(?=\$)/, '').replace(/[\d.,\s].*$/u, '')
  if (currency(earlier) !== currency(later)) return false
  if (earlier.kind !== 'count') {
    // `58 % des filles, contre 23 % des garçons`: two shares of two wholes are a comparison, not a change
    const whole = (number: FoundNumber) => /^\s*(?:des|du|de\s+la|de\s+l['’]|de|d['’]|pour\s+les|chez\s+les|parmi\s+les)\s*(\p{Ll}[\p{Ll}-]{2,})/u.exec(text.slice(number.end))?.[1]?.replace(/[sx]$/u, '')
    const [a, b] = [whole(earlier), whole(later)]
    return !a || !b || a === b
  }
  const [a, b] = [noun(earlier), noun(later)]
  return !a || !b || a === b
}

/**
 * A count of some of the things a noun phrase names before `, dont`, when no number counts them
 * there: `l'engagement des organisations de la société civile, dont 45 étaient représentées à
 * Dakar` gives `organisations de la société civile représentées à Dakar`. A count after a counted
 * whole (`52 projets, dont 17 …`) is read by `partOfWhole`.
 */
function someOfNamed(text: string, number: FoundNumber, patterns: FigurePatterns): string | undefined {
  const before = text.slice(0, number.start)
  if (!patterns.partOf?.test(before)) return undefined
  const clause = before.replace(/,\s*dont\s*$/iu, '').split(/[.;:]\s/).pop() ?? ''
  if (/\d/.test(clause)) return undefined
  // the plural noun phrase that closes the clause (`l'engagement des associations de lecteurs` → `associations de lecteurs`)
  const words = (clause.split(/,\s/).pop() ?? '').trim().split(/\s+/)
  const at = words.findIndex((word, index) => index >= words.length - 6 && /^(?:des|les)$/iu.test(word))
  if (at < 0 || at === words.length - 1) return undefined
  const what = words.slice(at + 1).join(' ')
  return `${what}${participleAfter(text.slice(number.end), patterns, true)}`
}

/** A name keeps the article the text gives it: `versés par le Fonds`, `par l'Union`, not `par Fonds`. */
function withArticle(subject: string, text: string): string {
  // a common noun too (`mobilisés par le projet`, not `par projet`); `les partenaires` has its article already
  const at = /^\p{Lu}/u.test(subject) ? text.indexOf(subject) : text.search(new RegExp(`(?<=(?:^|\\s)(?:le|la|l['’])\\s?)${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu'))
  const article = at > 0 ? /(?:^|\s)(le|la|l['’])\s?$/iu.exec(text.slice(Math.max(0, at - 4), at)) : null
  if (!article) return subject
  const written = article[1].toLowerCase()
  return /['’]$/.test(written) ? `${written}${subject}` : `${written} ${subject}`
}

/** The subject of the clause that ends at `end`: from the last comma or colon, without its auxiliary or a place it narrows. */
function subjectBefore(text: string, end: number, patterns: FigurePatterns): string | undefined {
  const clauses = text.slice(0, end).split(/[,;:]\s/)
  // `Les ministres ont constaté que la part des femmes … est passée`: the verb's subject is in the clause after `que`, not the main clause's
  const clause = withoutMainClause(clauses.pop() ?? '')
  const verb = /\s(?:se\s+sont|s['’]est|ont|a|est|sont|se|s['’])(?:\s|$)/iu.exec(clause)
  let subject = verb ? clause.slice(0, verb.index) : clause
  // `Le programme disposera de`: a verb in the future ends the subject too
  const future = subject.split(/\s+/).findIndex((word, index) => index > 0 && patterns.verb.test(word.toLowerCase()))
  if (future > 0) subject = subject.split(/\s+/).slice(0, future).join(' ')
  // `Les plaintes … ont augmenté de 38 %, pour atteindre 126 000`: a clause of purpose has the sentence's subject
  if (/^\s*(?:pour|afin\s+de|afin\s+d['’])\s*$/iu.test(subject) && clauses.length > 0) return subjectBefore(text, clauses[0].length, patterns)
  // `… du recul de la production céréalière de la région, qui est passée de …`: `qui` stands for the noun phrase before the comma
  if (/^\s*(?:qui|lequel|laquelle|lesquels|lesquelles)\s*$/iu.test(subject)) {
    const before = clauses.pop() ?? ''
    subject = antecedentOf(before) ?? antecedentBeforeParticiple(before) ?? ''
  }
  // `leurs contributions, dont les arriérés s'élèvent à …`: `dont` says whose (`arriérés des contributions`)
  const whose = /^\s*dont\s+(?:les\s+|le\s+|la\s+|l['’]\s?)([^,;:]+)$/iu.exec(subject)
  if (whose) {
    const owner = antecedentOf((clauses.pop() ?? '').replace(/(^|\s)(?:leurs|ses)\s/iu, '$1les ').replace(/(^|\s)(?:leur|son|sa)\s/iu, '$1la '))
    subject = owner ? `${whose[1].trim()} ${owner.replace(/^les\s/iu, 'des ').replace(/^le\s/iu, 'du ').replace(/^la\s/iu, 'de la ').replace(/^l(['’])/iu, 'de l$1')}` : whose[1].trim()
  }
  const cut = wholeSubject(subject)
  const lower = cut.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
  const words = lower.split(/\s+/).filter(Boolean)
  if (!words.length || words.length > 16) return undefined
  // `Les partenaires` → `les partenaires`; `La part de la population` stays as written (its determiner dropped).
  const first = words[0].replace(/['’].*$/, '').toLowerCase()
  const noun = patterns.determiners.has(first) && !/^(?:les)$/.test(first) ? lower.replace(/^\p{L}+['’]?\s?/u, '') : lower
  // `le nombre d'écoles rénovées`: the value is the number; the label is what is counted
  return withoutNumberOf(noun) || undefined
}

/** Words at most in a French subject kept whole with the one phrase after its noun (`la part du vélo dans les trajets domicile-travail`). */
const SUBJECT_WORDS = 9

/**
 * A subject without a place or a time it is narrowed by (`en 2019`, `depuis 2015`, `au Sénégal`),
 * but whole with one `dans`/`pour` phrase that says what its noun is measured in (`le taux de
 * dépôt dans les délais`, `la part du vélo dans les trajets domicile-travail`) while it stays short.
 */
function wholeSubject(subject: string): string {
  const cut = subject.replace(/\s(?:dans|en|pour|depuis|(?:au|aux)(?=\s\p{Lu}))\s.*$/u, '').trim()
  const kept = subject.replace(/\s(?:en|depuis|(?:au|aux)(?=\s\p{Lu}))\s.*$/u, '').trim()
  const phrase = kept.slice(cut.length)
  // one short phrase of common nouns: a determiner and one or two words (a named place is where, not what; a number is a time; more words run into the verb)
  if (!/^\s(?:dans|pour)\s(?:les|le|la|l['’]|leurs|leur|ses|son|sa)\s?[\p{Ll}'’-]+(?:\s[\p{Ll}'’-]+)?$/u.test(phrase)) return cut
  return kept.split(/\s+/).length <= SUBJECT_WORDS ? kept : cut
}

/** `nombre de licences accordées` → `licences accordées`: the value is the number; the label says what is counted. */
function withoutNumberOf(phrase: string): string {
  return phrase.replace(/^nombre\s+(?:de\s+|d['’]\s?|des\s+)/iu, '')
}

/**
 * A clause without the main clause that introduces it: what follows the last `que` after a verb
 * (`ont constaté que`, `Il en ressort que`, `estiment que`), not a relative `que` after a noun.
 */
function withoutMainClause(clause: string): string {
  const opened = [...clause.matchAll(/(?<=^|\s)(\p{L}+)\s+qu(?:e\s+|['’]\s?)/giu)].filter((match) => COMPLETIVE_VERB.test(match[1])).at(-1)
  return opened ? clause.slice(opened.index + opened[0].length) : clause
}

/** A verb that a completive `que` follows: a past participle, or a present of saying or finding. */
const COMPLETIVE_VERB = /^(?:\p{L}+(?:é|i|u|is|it)|ressort|estime(?:nt)?|note(?:nt)?|constate(?:nt)?|souligne(?:nt)?|rappelle(?:nt)?|indique(?:nt)?|montre(?:nt)?|observe(?:nt)?|relève(?:nt)?|considère(?:nt)?|reconnai(?:t|ssent)|affirme(?:nt)?|précise(?:nt)?|signale(?:nt)?|révèle(?:nt)?)$/iu

/**
 * The noun phrase a relative pronoun after a comma stands for: the longest one that closes the
 * clause before it in at most six words (`… pris acte du recul de la production céréalière de la
 * région` gives `la production céréalière de la région`).
 */
function antecedentOf(clause: string): string | undefined {
  const words = clause.trim().split(/\s+/)
  for (let at = 0; at < words.length; at++) {
    if (!/^(?:du|des|la|le|les|un|une|l['’]\p{L}+)$/iu.test(words[at]) || words.length - at > 6) continue
    return [words[at].replace(/^du$/i, 'le').replace(/^des$/i, 'les'), ...words.slice(at + 1)].join(' ')
  }
  return undefined
}

/**
 * What a relative `qui` stands for when its noun phrase runs past six words (`le forfait par intervention payé aux services
 * ambulanciers, qui passera à …` → le forfait par intervention): the phrase ends where a participle and its complement
 * start to describe the noun, the last such phrase of the clause, nearest the relative.
 */
function antecedentBeforeParticiple(clause: string): string | undefined {
  const words = clause.trim().split(/\s+/)
  for (let at = words.length - 1; at >= 0; at--) {
    if (!/^(?:du|des|la|le|les|un|une|l['’]\p{L}+)$/iu.test(words[at])) continue
    const participle = words.findIndex((word, index) => index > at + 1 && /\p{L}{2,}(?:é|ée|és|ées)$/iu.test(word) && /^(?:à|au|aux|par|pour|dans|en|sur|de|du|des)$/iu.test(words[index + 1] ?? ''))
    // (the noun and its own complements only: no other participle, no `à`, no elided verb, `les États à s'acquitter de …`)
    if (participle < 0 || participle - at > 6 || words.slice(at + 1, participle).some((word) => /\p{L}{2,}(?:é|ée|és|ées)$/iu.test(word) || /^(?:à|au|aux|leurs?|ses|son|sa)$/iu.test(word) || /['’]/u.test(word))) continue
    return [words[at].replace(/^du$/i, 'le').replace(/^des$/i, 'les'), ...words.slice(at + 1, participle)].join(' ')
  }
  return undefined
}

/**
 * The earlier value of a comparison as the label writes it: as the text writes it in digits, and in digits grouped by spaces when
 * the text writes it in words (`contre vingt-deux en 1990` → `contre 22 en 1990`, `contre neuf cents` → `contre 900`), as a value is.
 */
function inDigits(number: FoundNumber): string {
  return /\d/.test(number.written) ? number.written : number.value.replace(/,/g, ' ')
}

/** `aujourd'hui`, `actuellement` right after the earlier value of a comparison: its time; also a time before the later value's (`il y a dix ans`, `la saison précédente`, `l'hiver dernier`). */
function nowAfter(text: string, end: number): string {
  // (over the unit the text names after the number: `contre 3 400 mégawatts aujourd'hui`)
  const now = /^(?:\s+(?:de\s+|d['’]\s?)?\p{Ll}{3,}(?=\s))?\s*(aujourd['’]hui|actuellement|à\s+ce\s+jour|à\s+l['’]heure\s+actuelle|un\s+an\s+plus\s+tôt|l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|précédente|passée)|il\s+y\s+a\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt)\s+(?:ans|années|saisons|mois)|la\s+saison\s+(?:précédente|passée|d['’]avant)|l['’](?:hiver|été)\s+(?:précédent|dernier|passé))(?!\p{L})/iu.exec(text.slice(end))
  return now ? ` ${now[1]}` : ''
}

/** `en 2021` right after a number (or after its unit: `de tonnes en 2021`, `tonnes en 2015`): the year its value is for. */
function yearAfter(text: string, end: number): string {
  // over the unit the text names after the number (`7,8 millions de tonnes en 2024`, `contre 95 000 tonnes en 2015`)
  const year = /^(?:\s+(?:(?:de\s+|d['’]\s?)\p{L}+|\p{Ll}+))?\s*(en\s+(?:19|20)\d\d)(?!\d)/u.exec(text.slice(end))
  return year ? ` ${year[1]}` : ''
}

/**
 * The year a change starts from, when the text gives its period after the later value rather than a
 * year beside each (`passé de 275 à 350 francs CFA le kilogramme entre 2022 et 2025` → ` en 2022`,
 * `passé de 12 à 31 depuis 2018` → ` en 2018`), in the same clause; empty otherwise.
 * @param end where the later value ends
 */
function periodStartAfter(text: string, end: number): string {
  const period = /^[^,;:.]{0,60}?\b(?:entre\s+((?:19|20)\d\d)\s+et\s+(?:19|20)\d\d|depuis\s+((?:19|20)\d\d))(?!\d)/u.exec(text.slice(end))
  return period ? ` en ${period[1] ?? period[2]}` : ''
}

/** The earlier value of a change written with the later one's scale word when it has none (`de 14 à 11 millions` → `14 millions`). */
function withScaleOf(earlier: string, later: string): string {
  const scale = /\s(million|milliard)s?\b/u.exec(later)?.[1]
  if (!scale || /\p{L}/u.test(earlier)) return earlier
  return `${earlier} ${scale}${Number(earlier.replace(/\s/gu, '').replace(',', '.')) >= 2 ? 's' : ''}`
}

/**
 * A second change whose verb the sentence gave once, before the first (`le prix de la tonne passe de 540 à 575 euros,
 * et celui du kilo de 4,10 à 4,40 euros`): what changes, read as `changeWithObject` reads it (`du kilo`), or `null`.
 * @param text the sentence
 * @param number the earlier value of the second change
 * @param patterns the language's figure patterns
 */
function gappedChange(text: string, number: FoundNumber, patterns: FigurePatterns): RegExpExecArray | null {
  const gapped = patterns.changeGapped?.exec(text.slice(Math.max(0, number.start - 120), number.start))
  if (!gapped || !patterns.changeVerbBefore?.test(text.slice(0, Math.max(0, number.start - 120) + gapped.index))) return null
  return gapped
}

/**
 * The things a bare count after `sur` counts when it is the whole of a count of them just before it (`212 adhérents sur
 * 268 étaient présents` → adhérents): a larger number than the part, and no ratio's base (`sur dix`, `sur 100`).
 * @param text the sentence
 * @param number the count after `sur`
 * @param part the number before it, if any
 * @returns the things counted, or `undefined`
 */
/**
 * The label of a quorum's count of those present, after the whole it is of (`Sur 960 adhérents, 611 étaient présents ou représentés` →
 * adhérents présents ou représentés): the whole's noun and how they attended (`presentOfWhole` of the language).
 */
function presentOfWhole(text: string, number: FoundNumber, whole: FoundNumber | undefined, patterns: FigurePatterns): string | undefined {
  const words = patterns.presentOfWhole
  if (!words || !whole || whole.kind !== 'count' || Number(whole.value) <= Number(number.value)) return undefined
  if (!words.before.test(text.slice(Math.max(0, whole.start - 20), whole.start))) return undefined
  // (`Sur les 74 ateliers adhérents, 58 …`: a noun of up to three words)
  const noun = /^\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})\s*,\s*$/u.exec(text.slice(whole.end, number.start))?.[1]
  const present = words.after.exec(text.slice(number.end, number.end + 80))?.[1]
  return noun && present ? `${noun} ${present}` : undefined
}

/**
 * A price's label with the unit it is paid by (`fixés à 8 euros par tireur` → `par tireur`, `une contribution de 0,50 euro par
 * billet vendu` → `contribution par billet vendu`): after a short label, else alone (a long one names more than the price); a
 * label that has a unit already, or a rate of time (`par an`, read as the figure's time), is left as it is.
 */
function withPriceUnit(label: string | undefined, after: string, patterns: FigurePatterns): string | undefined {
  const unit = patterns.priceUnit?.exec(after)?.[1]
  // (nor a clause cut before the amount, `assemblée fixe la cotisation annuelle à`, which later steps make a noun phrase of)
  if (!unit || patterns.rate.test(after) || (label && (/(?:^|\s)par\s/u.test(label) || /(?:^|\s)(?:à|de|d['’]|pour|en|sur)$/u.test(label)))) return label
  return label && label.split(/\s+/).length <= 4 ? `${label} ${unit}` : unit
}

/**
 * A sitting's attendance counted of the body it belongs to, as one figure labelled by who attended and how: `Onze des treize
 * élus étaient présents ou représentés` → 11 `élus présents ou représentés sur 13`, `Étaient présents 17 administrateurs sur
 * 21` and `Présents : 19 membres du Conseil sur 21` → `… présents sur 21`, `Sociétés présentes : 46 sur 58`. The whole is the
 * size of a board and only the attendance's base, unless it counts a membership (`96 adhérents sur 140 étaient présents`):
 * then the label leaves it out and it is read as a figure of its own.
 * @returns the label and whether the whole is used up, or `undefined` when the part is no attendance
 */
function attendanceCount(text: string, part: FoundNumber, next: FoundNumber | undefined, patterns: FigurePatterns): {label: string; wholeTaken: boolean} | undefined {
  const words = patterns.attendance
  if (!words) return undefined
  // `cinq des six conseillers`: a small whole in words, which is read as no figure of its own (figures50)
  const small = /^\s+(?:des|d['’]entre\s+les)\s+(\p{L}+)(?=\s)/iu.exec(text.slice(part.end))
  const smallValue = small && (!next || next.start >= part.end + small[0].length) ? wordsValue([small[1].toLowerCase()], patterns) : undefined
  const whole = smallValue ? {start: part.end + small![0].length - small![1].length, end: part.end + small![0].length, value: String(smallValue), written: small![1], kind: 'count' as const} : next
  if (!whole || whole.kind !== 'count' || Number(whole.value) <= Number(part.value)) return undefined
  const gap = text.slice(part.end, whole.start)
  // `Onze des treize élus étaient présents`: the noun after the whole, then how they attended
  let noun: string | undefined
  let how: string | undefined
  if (words.of.test(gap) && !/^\s+sur/iu.test(gap)) {
    const after = /^\s+((?:\p{L}[\p{L}'’-]*)(?:\s+(?:du|de\s+la|de\s+l['’]|des|d['’])?\s*\p{L}[\p{L}'’-]*){0,3}?)(?=\s+(?:étaient|sont|furent|ont\s+été)\s)/u.exec(text.slice(whole.end))
    if (after) {
      noun = after[1]
      how = words.after.exec(text.slice(whole.end + after[0].length))?.[1]
    }
  } else {
    // `17 administrateurs sur 21` with how they attended before the part (`Étaient présents`, `Présents :`) or after the whole
    const named = /^\s+(\p{L}[\p{L}'’\s-]{0,60}?)\s+sur\s+$/u.exec(gap)
    const bare = /^\s+sur\s+$/u.test(gap)
    if (!named && !bare) return undefined
    how = words.before.exec(text.slice(Math.max(0, part.start - 60), part.start))?.[1] ?? words.after.exec(text.slice(whole.end))?.[1]
    // `Sociétés présentes ou représentées : 46 sur 58`: the noun before how they attended, at the head of the line
    noun = named?.[1] ?? /^\s*(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}?)\s+(?:présente?s|représentée?s)(?:\s+ou\s+représentée?s)?\s*:\s*$/iu.exec(text.slice(0, part.start))?.[1]
  }
  if (!noun || !how) return undefined
  if (words.members.test(noun.trim())) return {label: `${noun} ${how.toLowerCase()}`, wholeTaken: false}
  return {label: `${noun.charAt(0).toLowerCase()}${noun.slice(1)} ${how.toLowerCase()} sur ${whole.value}`, wholeTaken: whole === next}
}

function wholeOfCount(text: string, number: FoundNumber, part: FoundNumber | undefined): string | undefined {
  if (!part || part.kind !== 'count' || Number(part.value) >= Number(number.value) || /^(?:[2-5]|10+)$/.test(number.value)) return undefined
  const noun = /^\s+(\p{L}[\p{L}'’-]*)\s+sur\s*$/u.exec(text.slice(part.end, number.start))
  return noun?.[1]
}
