import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {isKnownTown} from './known-towns.js'
import {readoutOf} from './state.js'

/**
 * The meeting's place from the towns the reader knows (`known-towns.ts`), where the header rules found none or took a part of a
 * town for it: the first known town the head of the text names as where something is (`held in Esbjerg, Denmark`, `Lieu :
 * Méréville, salle des fêtes`, `Lundi, à Metz,`), and the known town a venue is written in (`on Mill Lane in Garstang`).
 */

/** How much of the source's start is looked at: its first lines, up to so many characters. */
const HEAD_LINES = 60
const HEAD_CHARS = 4000
/** Longest line a town is looked for in (a line longer is read up to this many characters). */
const LINE_CHARS = 600
/** Most words of a town's name (`Saint-Jean-de-Luz` is one word; `Port of Spain`, `Newcastle upon Tyne` three or more). */
const MAX_NAME_WORDS = 4
/** A capitalised word, hyphenated parts with it (`Méréville`, `Saint-Jean-de-Luz`, `King's`). */
const WORD = /\p{Lu}[\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*/gu
/** Small words inside a town's name (`Newcastle upon Tyne`, `Port of Spain`, `Aix en Provence`). */
const NAME_LINK = /^(?:upon|on|of|the|en|sur|sous|de|du|des|la|le|les|am|an|im|di|del|da)$/u
/** What stands before a town named as where something is: a preposition of place (`in`, `at`, `à`, `near`). */
const PLACE_PREPOSITION = /(?:^|[\s(,])(?:in|at|near|à|au|aux)\s+$/iu
/** A field that names the place (`Lieu :`, `Venue:`, `Location:`, `Where:`). */
const PLACE_FIELD = /(?:^|\s)(?:lieu|venue|location|where|place|lieu de la réunion|endroit)\s*:\s*$/iu
/** What follows a dateline's town at the start of a line (`ESBJERG, 9 October –`, `Metz (AFP) –`, `Kisumu — 14 Feb`). */
const DATELINE_AFTER = /^\s*(?:,|\(|–|—|-)\s*(?:\d|\p{Lu}|\()/u
/** A month or weekday, or a word of a date, never a town (`in March`, `in May 2026`, `à Lundi`). */
const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu
/** A place the text says is none (`online`, `en ligne`, a video call): kept. */
const NO_TOWN = /\b(?:online|virtual|en ligne|visio|video|call|remote|distance|hybrid)\b/iu
/** A line that tells of the meeting (`met in`, `held at`, `réuni à`, `séance`, a meeting's name): where its town is the meeting's. */
const MEETING_LINE = /(?<![\p{L}\p{N}_])(?:met|meets|meeting|held|gathered|convened|hosted|conference|summit|session|sitting|assembly|forum|gathering|réuni(?:e|s|es)?|réunion|rencontre|séance|tenue?s?|assemblée|congrès|sommet|colloque)(?![\p{L}\p{N}_])/iu
/** A line about the next or the last meeting: its town is not this one's. */
const NEXT_MEETING_LINE = /(?<![\p{L}\p{N}_])(?:next|(?:last|previous|prior|précédente?s?|derni[eè]re?s?)\s+(?:[\p{L}-]{1,20}\s+){0,2}(?:meeting|session|sitting|summit|conference|forum|assembly|plenary|réunion|séance|assemblée|rencontre)|will\s+(?:meet|be\s+held|take\s+place|convene)|prochaine?s?|se\s+tiendra|se\s+réunira|aura\s+lieu|à\s+venir)(?![\p{L}\p{N}_])/iu
/** A town set between commas before a date or a weekday (`committee meeting, Ingleton, Saturday 5 September`). */
const BEFORE_DATE = /^\s*,\s*(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le\s+\d)\b)/iu
/** Farthest a town may stand after a venue it names the town of (`Mill Lane in Garstang`, `Salle Molière, Lyon`). */
const VENUE_TO_TOWN = 48

/** A known town the source's head names, with where it stands and how it is named. */
interface TownMention {
  town: string
  /** Offset in the source. */
  at: number
  /** After a preposition of place or a place field, or as a dateline's town. */
  named: boolean
}

/** The known towns named in a line, longest name first at each position. */
function townsIn(line: string): {town: string; index: number}[] {
  const words = [...line.slice(0, LINE_CHARS).matchAll(WORD)]
  const wordAt = new Map(words.map((word) => [word.index, word]))
  const found: {town: string; index: number}[] = []
  for (let k = 0; k < words.length; k++) {
    const start = words[k].index
    let best: string | undefined
    let end = start + words[k][0].length
    // Grow the name word by word while the words are joined by a single space or a small link word (`upon`, `sur`).
    for (let n = 0; n < MAX_NAME_WORDS; n++) {
      const name = line.slice(start, end)
      if (!CALENDAR_WORD.test(name) && name.length > 2 && isKnownTown(name)) best = name
      const rest = line.slice(end, end + 12)
      const link = /^ ([\p{Ll}]+) (?=\p{Lu})/u.exec(rest)
      const next = wordAt.get(end + 1 + (link && NAME_LINK.test(link[1]) ? link[1].length + 1 : 0))
      // `St. George's`, `Mt. Hagen`: an abbreviation's period stays in the name.
      const abbreviation = /^(?:St|Ste|Mt)$/u.test(line.slice(end - 2 - (line[end - 3] === 'S' ? 1 : 0), end).trim()) && line[end] === '.'
      if (abbreviation) end++
      if (!next && abbreviation) {
        const after = wordAt.get(end + 1)
        if (!after) break
        end = after.index + after[0].length
        continue
      }
      if (!next || (line[end] !== ' ')) break
      end = next.index + next[0].length
    }
    if (best) {
      found.push({town: best, index: start})
      while (k + 1 < words.length && words[k + 1].index < start + best.length) k++
    }
  }
  return found
}

/** Whether a name runs on into a longer proper name (`Norwich City Centre Partnership`, `Reading Room`): no town alone. */
function runsOn(line: string, end: number): boolean {
  const after = line.slice(end, end + 30)
  // (`Court 2`, `Room 4`: a numbered room or hall, no town)
  if (/^ \d/u.test(after)) return true
  const next = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(after)
  return next !== null && !CALENDAR_WORD.test(next[1])
}

/** The known towns the source's head names, in order. */
function townMentions(source: string): TownMention[] {
  const mentions: TownMention[] = []
  let offset = 0
  const lines = source.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES)
  for (const line of lines) {
    for (const {town, index} of townsIn(line)) {
      if (runsOn(line, index + town.length)) continue
      const before = line.slice(Math.max(0, index - 30), index)
      const rest = line.slice(index + town.length)
      const dateline = line.slice(0, index).trim() === '' && DATELINE_AFTER.test(rest)
      const field = PLACE_FIELD.test(before)
      const meeting = MEETING_LINE.test(line) && !NEXT_MEETING_LINE.test(line)
      const named = dateline || field || (meeting && (PLACE_PREPOSITION.test(before) || (/,\s*$/u.test(before) && BEFORE_DATE.test(rest))))
      mentions.push({town, at: offset + index, named})
    }
    offset += line.length + 1
  }
  return mentions
}

/**
 * Mend the meeting's place from the towns the head names (see the module's comment).
 */
const placeFromTowns: Plugin<[], Root> = function () {
  return function (_tree, file) {
    const readout = readoutOf(file)
    const source = String(file.value)
    const place = readout.place?.trim()
    if (place && (NO_TOWN.test(place) || isKnownTown(place))) return
    const mentions = townMentions(source)
    if (!place) {
      const first = mentions.find((mention) => mention.named)
      if (first) readout.place = first.town
      return
    }
    if (mentions.some((mention) => place.includes(mention.town))) return
    // A venue, a street, a hall: the known town it is said to be in, right after it in the same line (`Mill Lane in Garstang`).
    for (let at = source.indexOf(place); at !== -1 && at < HEAD_CHARS; at = source.indexOf(place, at + 1)) {
      const end = at + place.length
      const after = mentions.find((mention) => mention.at >= end && mention.at - end <= VENUE_TO_TOWN && PLACE_PREPOSITION.test(source.slice(end, mention.at)) && !source.slice(end, mention.at).includes('\n'))
      if (after) {
        readout.place = after.town
        return
      }
    }
  }
}

export default placeFromTowns
