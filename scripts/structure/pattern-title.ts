import type {TitlePatterns} from './language.js'
import {MAX_NAME_WORDS, MAX_TITLE_WORDS} from './point-title.js'

/** An opening phrase before the subject (`Dans le cadre du Plan, …`): starts with one of these and ends at a comma. */
const OPENING_PHRASE = /^(?:dans|sur|en|pour|afin|à|au|aux|avec|par|lors|après|depuis|d['’]ici|conformément|face|outre|parallèlement|enfin|par\s+ailleurs)(?!\p{L})[^,]{0,120},\s*/iu
/** An amount at the start of an object (`45 millions de`, `1,8 milliard de dollars de`): not what the point is about. */
const LEADING_AMOUNT = /^(?:(?:environ|près\s+de|plus\s+de|quelque|au\s+moins)\s+)?[\d\s\u00A0\u202F,.]*\d\s*(?:%|millions?|milliards?)?\s*(?:d['’]\s?euros|de\s+dollars|de\s+francs)?\s*(?:de\s+|d['’]\s?|(?:à|au|aux|pour)\s+)?/iu
/** A time at the start of an object (`chaque mois un bulletin`): not what the point is about. */
const LEADING_TIME = /^(?:chaque|tous\s+les|toutes\s+les)\s+(?:ann[ée]es?|mois|semaines?|jours?|ans)\s+/iu

/**
 * A point's title made by patterns, for a language the English tagger does not read: the object of
 * the main verb when the subject names who acted (`Les ministres ont décidé d'étendre la
 * chimioprévention saisonnière …` → `Chimioprévention saisonnière`; `Les gouverneurs lancent un
 * programme …`), past words that only lead to it (`pris note du`, `mettre en place`), else the
 * subject; at most seven words, without amounts, articles or a trailing preposition; a generic head
 * keeps its complement (`Règles communes pour la pêche artisanale`), a name stays whole (`Agenda de
 * Lausanne pour la science ouverte`), a document its number (`Résolution n° 12`). Who acted is never
 * the title unless the point is about who belongs.
 * @param sentence the point's first sentence
 * @param patterns the language's title patterns
 * @returns the title in sentence case, or `undefined`
 */
export function patternTitle(sentence: string, patterns: TitlePatterns): string | undefined {
  const text = sentence.slice(0, 400).replace(/[«»“”"]/g, ' ').replace(/\s+/g, ' ').trim().replace(OPENING_PHRASE, '')
  const ask = patterns.askThenObject.exec(text)
  const verb = patterns.verbThenObject.exec(text)
  const present = patterns.presentThenObject?.exec(text)
  const object = (rest: string) => {
    // (`leur engagement en faveur de la mise en œuvre du Plan`: one lead after another)
    for (let lead = 0; lead < 3 && patterns.lightLead; lead++) rest = rest.replace(patterns.lightLead, '')
    return nounPhrase(rest, patterns, true)
  }
  let phrase: string | undefined
  if (ask) phrase = object(ask[2])
  else if (verb) {
    const subject = text.slice(0, verb.index)
    const head = headOf(subject, patterns)
    // (an amount of money that pays for something: `Une enveloppe de 2 milliards de francs CFA financera la formation …`)
    const funds = /^\S+\s+\S+\s+(?:de|d['’])\s*[\d\s\u00A0\u202F,.]*\d[\s\u00A0]*(?:millions?|milliards?|M€|Md€|k€)?\s*(?:d['’]\s*euros|de\s+(?:dollars|francs|livres)|€|\$|dollars|euros)/iu.test(subject)
    phrase = !head || patterns.actors.has(head) || funds ? object(verb[1]) : nounPhrase(subject, patterns)
    phrase ??= object(verb[1])
  } else if (present && patterns.actors.has(headOf(present[1], patterns) ?? '')) phrase = object(present[2])
  phrase ??= nounPhrase(text, patterns)
  // `Ministres`: who acted is not what the point is about (unless it is about who belongs)
  if (phrase && patterns.actors.has(headOf(phrase, patterns) ?? '') && !patterns.membership?.test(text)) phrase = undefined
  return phrase ? phrase.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : undefined
}

/** The first word of a phrase that is not a determiner, in lower case (`ministres` of `Les ministres`). */
function headOf(text: string, patterns: TitlePatterns): string | undefined {
  return words(text).find((word) => !patterns.determiners.has(word.toLowerCase().replace(/['’]$/, '')))?.toLowerCase()
}

/** The words of a text, an elided article (`l'`, `d'`) a word of its own, `n°` one word. */
function words(text: string): string[] {
  return text.match(/n[°º]|[\p{L}\p{M}]+['’]|[\p{L}\p{M}\d-]+|[^\s\p{L}\p{M}\d]/gu) ?? []
}

/**
 * The noun phrase a text starts with: amounts and articles dropped, up to a stop word or
 * punctuation. A generic head (`règles`, `programme`) keeps a `pour`/`sur`/`contre` complement; an
 * object that starts with a capital is a name, kept to the end of its phrase (up to twelve words,
 * or its acronym in parentheses past seven).
 * @param object whether the text follows the verb (a capital there starts a name, not a sentence)
 */
function nounPhrase(text: string, patterns: TitlePatterns, object = false): string | undefined {
  const all = words(text.replace(LEADING_TIME, '').replace(LEADING_AMOUNT, ''))
  let start = 0
  while (start < all.length && patterns.determiners.has(all[start].toLowerCase().replace(/['’]$/, ''))) start++
  // `Huit cents conseillers`, `deux mille dockers`: a count in words is not part of what is counted
  const counting = (word: string | undefined) => Boolean(word && patterns.numberWords && word.toLowerCase() !== 'et' && word.toLowerCase().split('-').every((part) => part === 'et' || Object.hasOwn(patterns.numberWords!, part)))
  if (counting(all[start]) && !/^(?:un|une)$/i.test(all[start]) && all[start + 1]) while (counting(all[start]) && all[start + 1]) start++
  const name = object && /^\p{Lu}/u.test(all[start] ?? '')
  const most = name ? MAX_NAME_WORDS : MAX_TITLE_WORDS
  const generic = patterns.genericHeads?.has(all[start]?.toLowerCase() ?? '') ?? false
  const taken: string[] = []
  let end = all.length
  for (let index = start; index < all.length; index++) {
    const word = all[index]
    const lower = word.toLowerCase().replace(/['’]$/, '')
    const previous = taken.at(-1)?.toLowerCase().replace(/['’]$/, '') ?? ''
    // `résolution n° 12`, `décision 4`: the number of a document is part of its name
    if (/^\d/.test(word) && (/^(?:n[°º]|no|numéro)$/.test(previous) || patterns.documentNouns?.has(previous))) {
      taken.push(word)
      end = index + 1
      break
    }
    // `programme de patrouilles doté de 12 millions d'euros`: a participle bringing an amount ends the phrase
    if (/^\d/.test(word) && /^(?:de|d)$/.test(previous) && /(?:é|ée|és|ées)$/.test(taken.at(-2)?.toLowerCase() ?? '') && taken.length > 2) {
      taken.splice(-2)
      end = index
      break
    }
    // `stock régional de 2 millions de doses`: the amount inside a phrase is left out
    if (/^\d/.test(word) && /^(?:de|d)$/.test(previous)) {
      while (index + 1 < all.length && /^(?:[\d,.]+|millions?|milliards?|de|d['’])$/iu.test(all[index + 1])) index++
      // … but an amount of money ends it (`fonds de garantie de 50 millions d'euros`)
      if (/^(?:euros?|dollars?|francs?|fcfa|livres?|\p{Sc})$/iu.test(all[index + 1] ?? '')) {
        taken.pop()
        // … save what it is for (`prêt de 200 millions de dollars pour la route …` → `Prêt pour la route …`)
        if (/^pour$/i.test(all[index + 2] ?? '') && taken.length) {
          taken.push(all[index + 2])
          index += 2
          continue
        }
        end = index + 2
        break
      }
      continue
    }
    // `formation de deux mille dockers`: a count in words inside the phrase is left out, as digits are
    // (elsewhere it ends the phrase, as digits do: `irrigation au goutte-à-goutte à deux mille hectares`)
    if (counting(word) && !/^(?:un|une)$/i.test(word) && taken.length) {
      if (!/^(?:de|d)$/.test(previous)) break
      while (counting(all[index + 1])) index++
      // (`de cinq cents écoles` → `d’écoles`)
      if (taken.at(-1) === 'de' && /^[aeiouyâàéèêëîïôûœ]/iu.test(all[index + 1] ?? '')) taken[taken.length - 1] = 'd’'
      continue
    }
    // `l'eau potable et l'assainissement`: no article after `et`
    if (patterns.determiners.has(lower) && previous === 'et') continue
    // a name runs on through its small words (`Agenda de Lausanne pour la science ouverte`)
    const link = (name || (generic && taken.length < 4)) && /^(?:pour|sur|contre|en|à|au|aux)$/.test(lower) && (name || patterns.genericLinks?.has(lower) || (lower === 'en' && /^mati[èe]re$/i.test(all[index + 1] ?? '')))
    if (!/[\p{L}\d°º]/u.test(word) || (patterns.stop.has(lower) && !link)) {
      end = index
      break
    }
    // too long: the phrase is cut before its last complement, never inside one (an elided article is no word)
    if (taken.filter((w) => !/['’]$/.test(w)).length >= most) {
      // (a `pour`/`sur`/`contre` complement goes whole when the head already says what it is with its own
      // `de`: `plan d'action pour la gestion des déchets …` → `Plan d'action`; not `règles communes pour la pêche …`)
      const opened = taken.findIndex((w, k) => k >= 2 && /^(?:pour|sur|contre|en|à|au|aux)$/i.test(w) && (!generic || taken.slice(1, k).some((x) => /^(?:de|du|des|d['’])$/i.test(x))))
      const complement = opened !== -1 ? opened : taken.findLastIndex((w, k) => k >= 2 && /^(?:de|du|des|d['’]|à|au|aux)$/i.test(w))
      if (complement !== -1) taken.length = complement
      end = index
      break
    }
    if (lower === 'd' && /^ici$/i.test(all[index + 1] ?? '')) break
    // `budget 2025`, `stratégie … 2024-2030`: a year right after a word of the phrase says which
    if (/^(?:19|20)\d\d(?:-(?:19|20)\d\d)?$/.test(word) && taken.length && !/^(?:de|d|du|des|en|à|au|aux|pour|sur|contre)$/.test(previous)) {
      taken.push(word)
      continue
    }
    if (/^\d/.test(word)) break
    taken.push(word)
  }
  while (taken.length && patterns.tail.has(taken[taken.length - 1].toLowerCase().replace(/['’]$/, ''))) taken.pop()
  // `règles d'origine applicables aux produits …` cut before `aux`, `sites côtiers menacés par l'érosion` before `par`:
  // the word that governs the complement or the agent goes with it
  const next = all[start + taken.length]?.toLowerCase()
  if (taken.length > 2 && !name && /^(?:à|au|aux|par)$/.test(next ?? '') && all.slice(start, start + taken.length).join(' ') === taken.join(' ') && /(?:ables?|ibles?|ifs?|ives?|é|ée|és|ées)$/i.test(taken[taken.length - 1])) taken.pop()
  if (!taken.length) return undefined
  // a name too long for a title gives way to its acronym, when the text gives one (`(LAOS)`)
  if (name && taken.length > MAX_TITLE_WORDS) {
    const short = all[end] === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(all[end + 1] ?? '') && all[end + 2] === ')' ? all[end + 1] : undefined
    if (short) return short
  }
  return taken.join(' ').replace(/(['’]) /g, '$1').replace(/(n[°º]) ?/gu, '$1 ').trim()
}
