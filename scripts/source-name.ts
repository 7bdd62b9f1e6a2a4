import path from 'node:path'

/** Longest pack name accepted, in characters: a folder name and a URL segment stay short. */
export const MAX_NAME_LENGTH = 100

/** C0 and C1 control characters, bidi overrides and isolates (a name that shows reversed: `invoice\u202Etxt.exe`), path separators: never in a pack's folder name. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069/\\]/g

/**
 * The name of a source without its extension, made safe as a folder name: control characters, bidi
 * overrides and path separators become `-`, leading dots and spaces are dropped, Unicode is in NFC form.
 * @param filePath path of the source
 * @returns e.g. `paris-roadmap-2019` for `source/paris-roadmap-2019.txt` (may be empty: see `nameProblem`)
 */
export function sourceName(filePath: string): string {
  return path
    .basename(filePath)
    .replace(/\.(txt|md|markdown)$/i, '')
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/^[.\s]+/, '')
}

/**
 * Names of the site's own files and folder beside the packs (`SITE_FILES`): a pack folder of one
 * of these names would be mixed with them (`assets/site.css` written into a pack, so replaced
 * with it; a folder `index.html` where the index goes). Compared as `clashKey` compares names.
 */
const SITE_NAMES = new Set(['assets', 'index.html', 'feed.xml'])

/**
 * Why a source's file name gives no usable pack name, if it does not.
 * @param filePath path of the source
 * @returns the reason, phrased as a message, or undefined when the name is fine
 */
export function nameProblem(filePath: string): string | undefined {
  const name = sourceName(filePath)
  if (name === '') return `Unexpected file name \`${path.basename(filePath)}\` that gives an empty pack name, expected a letter or digit before the extension (rename the file)`
  if (name.length > MAX_NAME_LENGTH) return `Unexpected file name of ${name.length} characters, expected at most ${MAX_NAME_LENGTH} before the extension (rename the file)`
  if (SITE_NAMES.has(clashKey(name))) return `Unexpected file name \`${path.basename(filePath)}\` that gives the pack name \`${name}\`, the name of one of the site's own files, expected another name (rename the file)`
  return undefined
}

/**
 * The key under which two pack names clash: equal after case folding (a case-insensitive disk
 * would give them one folder).
 * @param name a pack name
 * @returns its key
 */
export function clashKey(name: string): string {
  return name.toLowerCase()
}
