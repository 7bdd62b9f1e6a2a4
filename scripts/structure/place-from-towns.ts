import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {isKnownTown} from './known-towns.js'
import {readoutOf} from './state.js'
import {postalTowns} from './town-of-place.js'
import {escapeForPattern} from './organisation-name.js'

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
const PLACE_FIELD = /(?:^|\s)(?:lieu|venue|location|where|place|lieu de la réunion|endroit)(?:\s*:|\t)\s*$/iu
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
/**
 * The parts of an address between a venue and its town, each behind a comma (`, 4 Wharfage, `, `, High Street, `, `, 315 avenue
 * Saint-Baldou, `): no sentence's mark inside, at most four parts (fields51).
 */
const ADDRESS_PARTS = /^(?:\s*,\s*[^,\n.;:!?"«»“”]{1,48}){0,4}\s*,\s*$/u
/** What opens an address list: a preposition of place or a place field's label (the last one in a part is taken; fields51). */
const ADDRESS_OPENING = /(?:^|[\s(])(in|at|à|au|aux|dans)\s+|(?:^|\s)(?:lieu|venue|location|where|endroit)(?:\s*:|\t)\s*/giu
/** A line that opens on a building's word (`Salle du conseil, …`, `Council Chamber, …`, `The Assembly Rooms, …`): an address alone (fields51). */
const VENUE_LINE = /^\s*(?:the\s+|la\s+|le\s+|l['’])?(?:[\p{L}'’-]+\s+){0,3}?(?:salle|hall|rooms?|chambers?|h[ôo]tel|mairie|centre|center|maison|espace|house|library|pavilion|pavillon|guildhall|institute|foyer|halle)(?![\p{L}])/iu
/** A mark that ends a sentence or a clause, never inside an address's part. */
const NOT_ADDRESS = /[.;:!?"«»“”]/u
/**
 * A venue's name a town opens (`Penrith Town Hall`, `Reeth Memorial Hall`, `Lyon Corn Exchange`): the words after the town, a building's
 * word last; a county's or a state's building is no town's (`Albany County Courthouse`; fields51).
 */
const TOWN_VENUE = /^ (?!(?:County|District|Regional|Provincial|State|National|Federal)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}?(?:Hall|Guildhall|Chambers?|Centre|Center|Library|Institute|Pavilion|Exchange|Rooms?|Hotel|Church|Chapel|Cathedral|Clubhouse|Courthouse|Showground|Racecourse|Stadium|Arena|Museum|Theatre|Theater)(?![\p{L}])/u
/** A venue's or a street's name: an article opens it, or a building's or a street's word ends it (fields51). */
const BUILDING_OR_STREET = /^(?:the|la|le|les|l['’])\s|\s(?:Street|Road|Lane|Avenue|Place|Square|Row|Terrace|Quay|Wharf|Hall|Chambers?|Centre|Center|House|Rooms?|Exchange|Courthouse|Library|Institute|Museum|Hotel|Church|Chapel|Pavilion|Barn|Granary|Forge|Mill)$/iu
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

/**
 * Whether a town closes an address list that a venue opens (`met at the Old Granary, Wymondham,`, `Venue: Burgh Chambers, High Street,
 * Peebles`, `Salle du conseil, hôtel d'agglomération, 315 avenue Saint-Baldou, Cavaillon`): after a preposition of place in a line of
 * the meeting, after a place field, or on a line that opens on a building's word; the next or last meeting's line aside (fields51).
 * @param before the line before the town
 * @param meeting whether the line tells of this meeting
 */
function closesAddress(before: string, meeting: boolean): boolean {
  if (!/,\s*$/u.test(before)) return false
  const parts = before.replace(/,\s*$/u, '').split(',')
  for (let k = parts.length - 1; k >= 0 && k >= parts.length - 4; k--) {
    const part = parts[k]
    const opening = [...part.matchAll(ADDRESS_OPENING)].at(-1)
    const after = opening ? part.slice(opening.index + opening[0].length) : part
    if (NOT_ADDRESS.test(after) || after.trim().length > 48 || !after.trim()) return false
    if (opening) return !opening[1] || meeting
    if (k === 0) return VENUE_LINE.test(part)
  }
  return false
}

/** The known towns the source's head names, in order. */
function townMentions(source: string): TownMention[] {
  const mentions: TownMention[] = []
  let offset = 0
  const lines = source.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES)
  for (const line of lines) {
    for (const {town, index} of townsIn(line)) {
      const rest = line.slice(index + town.length)
      // (`at Penrith Town Hall`, `Venue<tab>Penrith Town Hall`: a building's name the town opens still names the town; fields51)
      const opensVenue = TOWN_VENUE.test(rest)
      if (runsOn(line, index + town.length) && !opensVenue) continue
      const before = line.slice(Math.max(0, index - 30), index)
      const dateline = !opensVenue && line.slice(0, index).trim() === '' && DATELINE_AFTER.test(rest)
      const field = PLACE_FIELD.test(before)
      const meeting = MEETING_LINE.test(line) && !NEXT_MEETING_LINE.test(line)
      const named = dateline || field || (meeting && (PLACE_PREPOSITION.test(before) || (/,\s*$/u.test(before) && BEFORE_DATE.test(rest)))) || (!opensVenue && closesAddress(line.slice(0, index), meeting))
      mentions.push({town, at: offset + index, named})
    }
    offset += line.length + 1
  }
  return mentions
}

/**
 * A town's own body (`conseil municipal de Quimperlé`, `Halton Town Council`, `City Council of Leeds`): group 1 or 2 the town (fields51).
 * A hyphen only parts a town's words, never inside one (review51: in both, `A-A-A-…` of 800 characters took 10 s).
 */
const TOWN_BODY = /^(?:(?:le\s+|la\s+)?(?:conseil\s+municipal|mairie|ville|commune)\s+(?:de\s+|d['’])|(?:the\s+)?(?:town|city|borough|parish)\s+council\s+of\s+)(\p{Lu}[\p{L}\p{M}'’]*(?:[ -][\p{L}\p{M}'’]+){0,5})$|^(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’]*(?:[ -][\p{L}\p{M}'’]+){0,5})\s+(?:town|city|borough|parish)\s+council$/iu

/** The known town a town's own body names, where the text names no place (its town hall is in it; fields51). */
export function townOfBody(organisation: string | undefined): string | undefined {
  const own = organisation && organisation.length <= 120 ? TOWN_BODY.exec(organisation.trim()) : null
  const town = own?.[1] ?? own?.[2]
  return town && isKnownTown(town) ? town : undefined
}

/** Lines of the top an address of the letterhead is looked for in. */
const LETTERHEAD_LINES = 4

/** The known town a letterhead's postal address gives (`12, rue des Tilleuls – 45800 Saint-Jean-de-Braye`), where the text names no place (fields51). */
function letterheadTown(source: string): string | undefined {
  const top = source.split('\n', 40).filter((line) => line.trim()).slice(0, LETTERHEAD_LINES).join('\n')
  return postalTowns(top).map(({town}) => town).find((town) => isKnownTown(town))
}

/**
 * A building a village or a town names after itself, its own hall (`Slaidburn Village Hall`, `Holne Parish Hall`, `la salle des fêtes de
 * Darney`, `Mairie de Saint-Just-en-Bas`): the town's name, known or not (a village of a few hundred people is in no gazetteer;
 * fields52). English: group 1 the words before `Village/Town/Parish Hall`; French: group 2 the name after the hall's `de`.
 */
const OWN_HALL = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’]*(?:[ -]\p{Lu}[\p{L}\p{M}'’]*){0,2}) (?:Village|Town|Parish) Hall(?![\p{L}])|(?<![\p{L}])(?:[Ss]alle des [Ff][êe]tes|[Ss]alle [Pp]olyvalente|[Ss]alle [Cc]ommunale|[Ff]oyer [Rr]ural|[Mm]aison des [Aa]ssociations|[Mm]airie|[Hh][ôo]tel de [Vv]ille)(?: [Mm]unicipale?)? (?:de |d['’])(\p{Lu}[\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+){0,5})(?![\p{L}\p{M}'’-])/gu
/** Words that open a hall's name and are no town's (`The Village Hall`, `Old Town Hall`, `New Parish Hall`). */
const NOT_HALL_TOWN = /^(?:The|A|An|Our|This|That|Old|New|Former|Main|Historic|Ancient|Little|Great|Upper|Lower|At|In|On)$/u
/** A line written in capitals (a notice's `WHERE: ASHWORTH VILLAGE HALL, CHURCH LANE`): read with its words capitalised. */
const isCapitalsLine = (line: string) => !/\p{Ll}/u.test(line) && /\p{Lu}{3}/u.test(line)

/** A line in capitals with each word capitalised (`ASHWORTH VILLAGE HALL` → `Ashworth Village Hall`); another line as it is. */
function titleCased(line: string): string {
  return isCapitalsLine(line) ? line.toLowerCase().replace(/(^|[\s(,'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : line
}

/**
 * The town of a village's or a town's own hall named as where the meeting sat, in a line of the head that tells of this meeting or
 * gives the place's field (see `OWN_HALL`); known to the gazetteer or not (fields52).
 */
function ownHallTown(source: string): string | undefined {
  const lines = source.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES)
  for (const raw of lines) {
    const line = titleCased(raw.slice(0, LINE_CHARS))
    const field = /^\s*(?:lieu|venue|location|where|o[ùu]|place)\s*:/iu.test(line)
    if (!field && (!MEETING_LINE.test(line) || NEXT_MEETING_LINE.test(line))) continue
    for (const match of line.matchAll(OWN_HALL)) {
      const town = (match[1] ?? match[2]).trim()
      const first = town.split(/[ -]/u)[0]
      if (NOT_HALL_TOWN.test(first) || CALENDAR_WORD.test(first) || COMMON_HEAD.test(town)) continue
      return town
    }
  }
  return undefined
}
/** A name that is a body's or a place's kind, never a town's (`County Hall`, `Council`). */
const COMMON_HEAD = /^(?:County|District|Council|Borough|City|Community|Memorial|Church|Guild|Masonic|Scout|School|Chapel)$/u

/** A street's name as an address writes it, its number before it perhaps (`14 Station Road`, `Mill Lane`, `12 rue des Tilleuls`). */
const STREET_PART = /^(?:\d{1,4}[a-z]?,?\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}(?:Street|Road|Lane|Avenue|Place|Square|Row|Terrace|Crescent|Close|Drive|Parade|Way|Walk|Gardens|Quay|Wharf)|(?:rue|avenue|boulevard|place|chemin|route|allée|impasse|quai)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})$/u
/** A part of an address that is the locality: a name of one to four capitalised words, perhaps linked (`Hartley Green`, `Saltford`, `Newton-le-Willows`). */
const LOCALITY_PART = /^\p{Lu}[\p{L}\p{M}'’]*(?:(?:[ -](?:upon|on|under|le|la|les|de|du|des|sur|sous|en))?[ -]\p{Lu}[\p{L}\p{M}'’]*){0,3}$/u
/** Most address lines read. */
const MAX_ADDRESSES = 12

/**
 * The locality of the address of the street the meeting sat on: a line of the head that tells of this meeting names a street
 * (`met … at 14 Station Road`, `in the scout hut on Mill Lane`), and a postal address of the text (a signature's, a footer's) writes
 * that street, then the locality before the post town (`14 Station Road, Saltford, Bristol BS31 3JX` → Saltford; fields52).
 */
function streetLocality(source: string): string | undefined {
  const head = source.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES).filter((line) => MEETING_LINE.test(line) && !NEXT_MEETING_LINE.test(line))
  if (head.length === 0) return undefined
  const addresses = [...new Set(postalTowns(source).map(({line}) => line))].slice(0, MAX_ADDRESSES)
  for (const address of addresses) {
    const parts = address.split(/\s[·•|–—]\s|,/u).map((part) => part.trim())
    for (let k = 0; k + 1 < parts.length; k++) {
      const street = STREET_PART.exec(parts[k])?.[1]
      if (!street) continue
      const said = head.some((line) => line !== address && new RegExp(String.raw`(?:^|\s)(?:at|on|in|à|au|rue|avenue)\s(?:[^.;:!?\n]{0,40}\s)?(?:\d{1,4}[a-z]?,?\s+)?${escapeForPattern(street)}(?![\p{L}])`, 'u').test(line))
      if (!said) continue
      const next = parts[k + 1]
      // (`…, Saltford, Bristol BS31 3JX`: the locality; `…, Bristol BS31 3JX`: the post town with its code)
      const postal = postalTowns(next)[0]?.town
      const locality = postal ?? (LOCALITY_PART.test(next) ? next : undefined)
      if (locality && !/^(?:\p{Lu}{1,2}\d|\d)/u.test(locality)) return locality
    }
  }
  return undefined
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
      readout.place = first?.town ?? ownHallTown(source) ?? streetLocality(source) ?? townOfBody(readout.organisation) ?? letterheadTown(source)
      return
    }
    // (`Penrith Town Hall`, `Lyon Corn Exchange`: a building's name a known town opens gives the town; fields51)
    const opener = mentions.find((mention) => place.startsWith(mention.town) && TOWN_VENUE.test(place.slice(mention.town.length)))
    if (opener) {
      readout.place = opener.town
      return
    }
    // (`Stone Town` over `…, Zanzibar`: a place that holds a known town is kept, unless it is a venue or a street, `the Old Forge`, `Crossley Street`,
    // `Albany County Courthouse`, whose words GeoNames may also have as a town; fields51)
    if (!BUILDING_OR_STREET.test(place) && mentions.some((mention) => place.includes(mention.town))) return
    // A venue, a street, a hall: the known town it is said to be in, right after it in the same line (`Mill Lane in Garstang`).
    for (let at = source.indexOf(place); at !== -1 && at < HEAD_CHARS; at = source.indexOf(place, at + 1)) {
      const end = at + place.length
      // (`at the Old Forge, 4 Wharfage, Ironbridge`, `Venue: Burgh Chambers, High Street, Peebles`: the town closes the venue's address; fields51)
      const after = mentions.find((mention) => {
        const between = source.slice(end, mention.at)
        return mention.at >= end && mention.at - end <= VENUE_TO_TOWN && !between.includes('\n') && (PLACE_PREPOSITION.test(between) || (BUILDING_OR_STREET.test(place) && ADDRESS_PARTS.test(between)))
      })
      if (after) {
        readout.place = after.town
        return
      }
    }
  }
}

export default placeFromTowns
