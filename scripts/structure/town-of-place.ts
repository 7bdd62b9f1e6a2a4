import {escapeForPattern} from './organisation-name.js'
/**
 * The town a place the reader took lies in, when that place is a part of it (a park, an estate, a district) and the text's postal
 * address gives the town (`📍 The Mansion, Ashton Court Estate, Bristol BS41 9JN` over `meeting at Ashton Court`, `à la Maison des sports
 * de Lyon, à Gerland` over a signature's `69007 Lyon`; fields49).
 */

/** A postal code before its town (`69007 Lyon`, `B-1040 Bruxelles`, `13400 Aubagne Cedex`): group 1 the town. */
const CODE_BEFORE_TOWN = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}-)?\d{4,5}\s+(\p{Lu}[\p{L}\p{M}'’]+(?:(?:\s+|-)(?:sur|sous|en|l[eèa]s?|de|du|des|d['’]|\p{Lu}[\p{L}\p{M}'’]+)){0,4})/gu
/** A town before its British postcode (`Bristol BS41 9JN`, `Leeds LS8 2HH`): group 1 the town. */
const TOWN_BEFORE_POSTCODE = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:upon|on|under)\s+\p{Lu}[\p{L}\p{M}'’-]+)?)\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}(?![\p{L}\p{N}])/gu
/** Most postal towns tried (each is looked for with its part in the whole text: a directory of addresses stays linear). */
const MAX_TOWNS = 12
/** Longest line an address is read in. */
const ADDRESS_CHARS = 240

/** The towns the text's postal addresses give, each with the line it stands on. */
export function postalTowns(source: string): {town: string; line: string; at: number}[] {
  const found: {town: string; line: string; at: number}[] = []
  for (const line of source.split('\n')) {
    if (line.length > ADDRESS_CHARS) continue
    for (const pattern of [CODE_BEFORE_TOWN, TOWN_BEFORE_POSTCODE]) {
      for (const match of line.matchAll(pattern)) {
        const town = match[1].replace(/\s+(?:cedex|CEDEX)(?:\s+\d+)?$/u, '').replace(/(?:\s+(?:sur|sous|en|l[eèa]s?|de|du|des|d['’]))+$/u, '')
        found.push({town, line, at: match.index + match[0].indexOf(match[1])})
      }
    }
  }
  return found
}

/** What may stand between a town and a part of it the text names right after (`de Lyon, à Gerland`, `in Leeds, at Headingley`, `Lyon, quartier de Gerland`). */
const PART_LINK = String.raw`,\s+(?:(?:à|au|aux|dans\s+le\s+quartier\s+d[eu]|quartier\s+d[eu]|at|in|on)\s+)?(?:the\s+|le\s+|la\s+|l['’])?`

/** Whether `part` is written as a part of `town`: right after it in a sentence, or before it on the town's address line. */
function isPartOf(part: string, town: string, source: string, line: string, at: number): boolean {
  if (line.slice(0, at).includes(part)) return true
  return new RegExp(String.raw`(?<![\p{L}])${escapeForPattern(town)}${PART_LINK}${escapeForPattern(part)}(?![\p{L}])`, 'u').test(source)
}

/**
 * The town a place lies in, when the text's postal address gives one and writes the place as a part of it; else none.
 * @param place the place as read
 * @param source the whole source
 * @returns the town, or `undefined` to keep the place
 */
export function townOfPlace(place: string, source: string): string | undefined {
  const towns = postalTowns(source)
  if (towns.some(({town}) => town === place)) return undefined
  for (const {town, line, at} of towns.slice(0, MAX_TOWNS)) {
    if (town.length < 2 || place.includes(town) || town.includes(place)) continue
    if (isPartOf(place, town, source, line, at)) return town
  }
  return undefined
}
