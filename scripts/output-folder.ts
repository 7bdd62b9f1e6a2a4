import {lstat, mkdir, realpath} from 'node:fs/promises'
import path from 'node:path'
import {isReadProblem, readLimited} from './config/read-limited.js'
import {BuildError, EXIT, withHint} from './errors.js'
import {PROJECT_ROOT} from './project-root.js'
import {cleanText} from './format-messages.js'
import {inParallel} from './in-parallel.js'
import {makeTemporaryFolder, recoverOutputFolder, removeTemporaryFolder} from './write-pack.js'

/** The mark of what briefing-pack wrote: in `pack.json` (`generator`) and in `<meta name="generator">`. */
export const GENERATOR = 'briefing-pack'
/** The version of the `pack.json` format. */
export const PACK_FORMAT = 1
/** First line of the site's stylesheet: marks `assets/site.css` as ours. */
export const CSS_MARK = `/* ${GENERATOR} site stylesheet */`

/**
 * Whether `folder` is a pack briefing-pack wrote: a real folder (not a link) whose `pack.json`
 * has our generator mark, or the shape older versions wrote (same name, title, pillars, source).
 * @param folder a folder that may be a pack
 * @param read how its `pack.json` is read (default: from the disk, now)
 * @returns true when it is ours to replace
 */
export async function isOurPack(folder: string, read: ReadPackJson = readPackJson): Promise<boolean> {
  try {
    if (!(await lstat(folder)).isDirectory()) return false
    return isOurPackJson(await read(folder), path.basename(folder))
  } catch {
    return false
  }
}

/**
 * Whether a `pack.json` text is one briefing-pack wrote for the folder `name`: it has our
 * generator mark, or the shape older versions wrote (same name, title, pillars, source).
 * @param text the text (undefined: there is none)
 * @param name the folder's name
 * @returns true when the folder holding it is ours to replace
 */
export function isOurPackJson(text: string | undefined, name: string): boolean {
  try {
    const manifest = JSON.parse(text ?? '') as Record<string, unknown>
    if (manifest.generator === GENERATOR) return true
    return manifest.name === name && typeof manifest.title === 'string' && Array.isArray(manifest.pillars) && typeof manifest.source === 'string'
  } catch {
    return false
  }
}

/** How a `pack.json` is read: `readPackJson`, or the `read` of a run's `packJsonReads`. */
export type ReadPackJson = (folder: string) => Promise<string | undefined>

/**
 * The `pack.json` of each pack folder read once in a run that looks at it several times: whether
 * the folder is ours (before any work, and again to tidy the output folder), whether the pack is
 * up to date, what the site lists (each was read five times a run before). The run forgets
 * the packs it builds (`forget`): those are read again once written.
 * @returns `read` (as `readPackJson`, remembered) and `forget`
 */
export function packJsonReads(): {read: ReadPackJson; forget: (folder: string) => void} {
  const texts = new Map<string, Promise<string | undefined>>()
  return {
    read: (folder) => {
      const key = path.resolve(folder)
      let text = texts.get(key)
      if (!text) texts.set(key, (text = readPackJson(folder)))
      return text
    },
    forget: (folder) => void texts.delete(path.resolve(folder)),
  }
}

/** How many pack folders are looked at at once: enough to keep the disk busy, few enough to hold few files open. */
export const FOLDERS_AT_ONCE = 16

/** Largest `pack.json` read: ours are a few kilobytes. */
const MAX_MANIFEST_BYTES = 1024 * 1024
/** Largest site file read to look for our mark: the stylesheet, fonts embedded, is ~0.4 MB; an index of a thousand packs a few MB. */
const MAX_SITE_FILE_BYTES = 64 * 1024 * 1024

/**
 * The text of a pack folder's `pack.json`, read within limits (`readLimited`): a named pipe there
 * hung the run, a link to /dev/zero took 650 MB before it was refused.
 * @param folder the pack's folder
 * @returns the text, or `undefined` when it is missing, not a regular file or too large
 */
export async function readPackJson(folder: string): Promise<string | undefined> {
  const read = await readLimited(path.join(folder, 'pack.json'), MAX_MANIFEST_BYTES)
  return isReadProblem(read) ? undefined : Buffer.from(read).toString('utf8')
}

/** The files of the site's root, beside the pack folders. */
export const SITE_FILES = ['index.html', 'feed.xml', path.join('assets', 'site.css')]

/**
 * Whether a file of the site's root (`index.html`, `feed.xml`, `assets/site.css`) may be replaced:
 * it is missing, or it carries our mark, and `assets/` is a real folder, not a link (older versions: their footer, their theme variables;
 * the feed: its `<generator>`).
 * @param file the file
 * @returns true when it is missing or ours
 */
export async function isOurSiteFile(file: string): Promise<boolean> {
  return (await readSiteFile(file)).ours
}

/**
 * A file of the site's root as `isOurSiteFile` finds it, with its text when it is ours, so that
 * writing the site can leave a file as it is when its text would not change.
 * @param file the file
 * @returns `ours` (missing or ours), and `text` when it exists and is ours
 */
export async function readSiteFile(file: string): Promise<{ours: boolean; text?: string}> {
  // `assets/` a link (or a file): site.css would be written, or removed, wherever it leads.
  if (path.basename(path.dirname(file)) === 'assets') {
    const folder = await lstat(path.dirname(file)).catch(() => undefined)
    if (folder && !folder.isDirectory()) return {ours: false}
  }
  let info
  try {
    info = await lstat(file)
  } catch (error) {
    return {ours: (error as NodeJS.ErrnoException).code === 'ENOENT'}
  }
  if (!info.isFile()) return {ours: false}
  const read = await readLimited(file, MAX_SITE_FILE_BYTES)
  const text = isReadProblem(read) ? '' : Buffer.from(read).toString('utf8')
  const ours = file.endsWith('.xml')
    ? text.includes(`<generator>${GENERATOR}</generator>`)
    : file.endsWith('.css')
      ? text.startsWith(CSS_MARK) || text.includes('--bp-font-sans')
      : text.includes(`<meta name="generator" content="${GENERATOR}">`) || text.includes('Made with briefing-pack from plain-text readouts')
  return ours ? {ours, text} : {ours}
}

/** The one line for a path in the output folder that briefing-pack did not make. */
export function notOursError(item: string): BuildError {
  return new BuildError(`${item} exists and was not made by briefing-pack; move it away or choose another folder with --out`, EXIT.outputFailed)
}

/** The one line for a site file that may not be replaced: naming `assets/` when that is what is not ours (a link). */
export async function notOurSiteFileError(file: string): Promise<BuildError> {
  const folder = path.dirname(file)
  const linked = path.basename(folder) === 'assets' && (await lstat(folder).catch(() => undefined))?.isDirectory() === false
  return notOursError(linked ? `${folder}/` : file)
}

/** A path made real as far as it exists: symbolic links of its existing part resolved. */
async function realish(item: string): Promise<string> {
  const absolute = path.resolve(item)
  try {
    return await realpath(absolute)
  } catch {
    const parent = path.dirname(absolute)
    return parent === absolute ? absolute : path.join(await realish(parent), path.basename(absolute))
  }
}

const within = (folder: string, item: string) => item === folder || item.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)

/**
 * Check, before any work, that the output folder is one the tool may write: not the project
 * itself, not `source/`, not a folder holding a source (usage mistakes, exit 2); creatable and
 * writable (exit 5), tidied after killed runs (`recoverOutputFolder`); and that the packs about to be replaced and the site's own files are ours
 * (exit 5 otherwise).
 * @param outDir the output folder
 * @param sources the sources to build
 * @param names their pack names
 * @param read how a pack's `pack.json` is read (default: from the disk, now)
 */
export async function checkOutputFolder(outDir: string, sources: string[] = [], names: string[] = [], read: ReadPackJson = readPackJson): Promise<void> {
  const out = await realish(outDir)
  const shown = outDir.replace(/\/+$/, '') || outDir
  if (out === (await realish(PROJECT_ROOT))) throw new BuildError(`--out ${shown}: is the project folder itself, expected a folder of its own such as dist`, EXIT.usage)
  if (out === (await realish(path.join(PROJECT_ROOT, 'source')))) throw new BuildError(`--out ${shown}: is the source folder, expected a folder of its own such as dist`, EXIT.usage)
  const distinct = [...new Set(sources)]
  const inside: boolean[] = []
  await inParallel([...distinct.keys()], FOLDERS_AT_ONCE, async (i) => void (inside[i] = within(out, await realish(distinct[i]))))
  const held = inside.indexOf(true)
  if (held !== -1) throw new BuildError(`--out ${shown}: holds the source ${distinct[held]}, expected a folder of its own such as dist`, EXIT.usage)
  try {
    await mkdir(outDir, {recursive: true})
    await removeTemporaryFolder(await makeTemporaryFolder(outDir, 'write-test'))
  } catch (error) {
    throw new BuildError(`${outDir}: cannot write the output folder (${withHint((error as NodeJS.ErrnoException).code)}); choose another with --out`, EXIT.outputFailed)
  }
  const left = await recoverOutputFolder(outDir)
  if (left.length > 0) process.stderr.write(`briefing-pack: ${cleanText(unmarkedLine(outDir, left), true)}\n`)
  // Looked at many at once (each an lstat and a read), the first in order named.
  const notOurs: boolean[] = []
  await inParallel([...names.keys()], FOLDERS_AT_ONCE, async (i) => {
    const folder = path.join(outDir, names[i])
    notOurs[i] = Boolean(await lstat(folder).catch(() => undefined)) && !(await isOurPack(folder, read))
  })
  const first = notOurs.indexOf(true)
  if (first !== -1) throw notOursError(`${path.join(outDir, names[first])}/`)
  for (const file of SITE_FILES.map((name) => path.join(outDir, name))) {
    if (!(await isOurSiteFile(file))) throw await notOurSiteFileError(file)
  }
}

/** The one line for entries of the output folder named like our temporary files but not provably ours. */
export function unmarkedLine(outDir: string, left: string[]): string {
  if (left.length === 1) return `${path.join(outDir, left[0])}: left as it is: named like a temporary file of briefing-pack but without its mark (remove it yourself if it is a leftover)`
  const named = left.length > 3 ? `${left.slice(0, 3).join(', ')} and ${left.length - 3} more` : left.join(', ')
  return `${outDir}: left ${left.length} entries as they are: named like temporary files of briefing-pack but without their mark (${named}; remove them yourself if they are leftovers)`
}
