import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {findDates} from './parse-dates.js'
import {normaliseSpace, splitSentences} from './text.js'
import {paragraphsOf, pointIn, readoutOf, textOf} from './state.js'

const MET = /\b(?:met|meet|meets|convened|gathered|came together|assembled|held (?:a|an|their|its) (?:[\w-]+ )?(?:meeting|summit|conference|session|ministerial))\b/
const REMOTE = /^\s*(?:virtually|online|remotely|by video(?:conference| link)?|via video(?:conference| link)?)\b/i
const PLACE = /^\s*(?:again\s+|today\s+|this week\s+|last week\s+)?(?:in|at)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*)(?:[ -](?:(?:de|da|do|la|le|el|al|of|the|upon|am|an|on|sur)[ -])?[\p{Lu}][\p{L}\p{M}'’.-]*)*(?:,\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*)(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*)*(?=\s*,?\s*(?:on|from|this|last|in|for|\.|$)))?)/u
const WIRE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]+),\s+/u

/** How many paragraphs from the top may hold the dateline. */
const SEARCH_PARAGRAPHS = 3

/**
 * Recognise the dateline (who met, where, when), e.g. “The Global Coalition’s Co-leads and
 * Political Directors met in Paris on 24-25 June 2019.” Sets organisation, participants, place
 * and dates; warns when no dateline or no date is found.
 */
const recogniseDateline: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const candidates = paragraphsOf(tree).slice(0, SEARCH_PARAGRAPHS).filter((p) => !p.data?.bullet)
    for (const paragraph of candidates) {
      const text = textOf(paragraph)
      for (const sentence of splitSentences(text)) {
        const found = readDateline(sentence.text)
        if (!found) continue
        Object.assign(readout, found)
        readout.dateline = normaliseSpace(sentence.text)
        if (normaliseSpace(text) === readout.dateline) paragraph.data = {...paragraph.data, role: 'dateline'}
        if (!found.dates) {
          file.message('Unexpected dateline without a date, expected a date such as `24-25 June 2019`', {place: pointIn(paragraph, sentence.start), ruleId: 'dateline-date', source: 'briefing-pack'})
        }
        return
      }
    }
    // No “… met in …” sentence: still take the first date near the top.
    for (const paragraph of candidates) {
      const dates = findDates(textOf(paragraph))
      if (dates) {
        readout.dates = dates.dates
        break
      }
    }
    const place = candidates[0] ? pointIn(candidates[0], 0) : {line: 1, column: 1}
    file.message('Unexpected readout without a dateline, expected a first sentence such as `The Coalition’s ministers met in Paris on 24 June 2019.`', {place, ruleId: 'dateline', source: 'briefing-pack'})
    if (!readout.dates) file.message('Unexpected readout without a meeting date, expected a date such as `24-25 June 2019` near the top', {place, ruleId: 'dateline-date', source: 'briefing-pack'})
  }
}
export default recogniseDateline

/**
 * Read who met, where and when from one sentence.
 * @param sentence a sentence of the source
 * @returns the facts, or `undefined` when the sentence is not a dateline
 */
export function readDateline(sentence: string) {
  let text = normaliseSpace(sentence)
  let place: string | undefined
  const wire = WIRE.exec(text)
  if (wire && findDates(text.slice(wire[0].length))?.index === 0) {
    // Newswire style: “PARIS, 25 June 2019 – …”
    place = titleCase(wire[1].trim())
  }
  const met = MET.exec(text)
  if (!met) {
    if (!place) return undefined
    const dates = findDates(text)?.dates
    return {place, dates}
  }
  const dates = findDates(text)
  let who = text.slice(0, met.index).trim()
  if (dates && dates.index < met.index) {
    // “On 24 June 2019, ministers met …” or “PARIS, 24 June 2019 – Ministers met …”
    who = text.slice(dates.index + dates.length, met.index).replace(/^[\s,–—-]+/, '').trim()
  }
  who = who.replace(/^(?:on|in)\s+/i, '').trim()
  const after = text.slice(met.index + met[0].length)
  if (REMOTE.test(after)) place ??= 'Online'
  else place ??= PLACE.exec(after)?.[1]?.replace(/[.,]$/, '')
  if (!who) return undefined
  return {...splitWho(who), place, dates: dates?.dates}
}

/** Split “The Coalition’s Co-leads” or “Ministers of the Alliance” into organisation and participants. */
function splitWho(who: string): {organisation?: string; participants?: string} {
  const possessive = /^(.+?)[’']s?\s+(.+)$/.exec(who)
  if (possessive && /^\p{Lu}/u.test(possessive[1])) return {organisation: possessive[1], participants: possessive[2]}
  const of = /^(.+?)\s+(?:of|from)\s+(the\s+\p{Lu}.+)$/u.exec(who)
  if (of) return {organisation: of[2].charAt(0).toUpperCase() + of[2].slice(1), participants: of[1]}
  // A proper name (“The Small States Forum”) is an organisation; “Trade ministers” are participants.
  const proper = who.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|for|and|the|on|in|de|du|des|la|le)$/.test(word))
  return proper ? {organisation: who} : {participants: who}
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
}
