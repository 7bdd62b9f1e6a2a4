import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {readdir} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseAllDocuments} from 'yaml'
import type {VFile} from 'vfile'
import {MAX_FONT_BYTES} from './config/brand.js'
import {isReadProblem, MAX_CONFIG_BYTES, megabytes, readLimited} from './config/read-limited.js'
import {BuildError, EXIT} from './errors.js'
import {findBrowser} from './find-browser.js'
import {GENERATOR, readPackJson, type ReadPackJson} from './output-folder.js'
import {PROJECT_ROOT} from './project-root.js'

/** The configuration files of a project, read from its root when they exist. */
export const CONFIG_FILES = ['briefing-pack.yml', '_brand.yml']

/** Config files named on the command line (`--config`, `--brand`) and other run settings (`--only`), hashed too. */
let runInputs: {files: string[]; extra: string} = {files: [], extra: ''}

/**
 * Tell the hash what this run adds to the project's own files: the config files named by
 * `--config`/`--brand` (wherever they are) and settings such as `--only`.
 * @param inputs the files and a text of the settings
 */
export function setRunInputs(inputs: {files?: string[]; extra?: string}): void {
  runInputs = {files: (inputs.files ?? []).map((file) => path.resolve(file)), extra: inputs.extra ?? ''}
  if (held) held.config = undefined
}

/** Bump to rebuild every pack whatever else says (a change to what the hash covers). */
const INPUTS_FORMAT = 'briefing-pack inputs 1'

/** The last fingerprint of the tool, and the sizes and dates of the files it was made from. */
let toolMemo: {key: string; fingerprint: string} | undefined

/** Set by watch mode, whose watcher sees the tool's files change: the fingerprint is then not checked against them on every save. */
let toolWatched = false

/**
 * While a build holds what its packs are made from (`holdRunInputs`): the fingerprints of the tool
 * and of the configuration, each made at the run's first pack from the files as they are then.
 */
let held: {tool?: string; config?: {root: string; fingerprint: string}} | undefined

/**
 * Watch mode: the tool's theme files are watched (and a change of its code restarts it), so its
 * fingerprint is made once and again only after `toolChanged`, not checked against the dates of
 * its ~120 files on every save (~10–20 ms, twice a save, before the deck is rendered).
 */
export function watchingTool(): void {
  toolWatched = true
}

/**
 * A build: its settings and brand are read once, at its start, and the tool does not change under
 * it, so the fingerprints of the tool and of the configuration files are made once for the whole
 * run, not for every pack (for 200 packs up to date, the tool's ~150 files were looked at 200 times
 * and the configuration files read 200 times). Each hold checks them anew at its first pack: a
 * second run in one process sees what changed since the first.
 * @returns a function that ends the hold (the next fingerprints are made anew)
 */
export function holdRunInputs(): () => void {
  held = {}
  return () => {
    held = undefined
  }
}

/** Watch mode: a file of the tool changed (a theme's CSS); the next fingerprint is made anew. */
export function toolChanged(): void {
  toolMemo = undefined
}

/**
 * A fingerprint of the tool itself: its version and code (every `.ts`, `.js`, `.mjs` and `.css`
 * file of `slides/` and `brief/`, so the theme files too, and of the code that runs: `scripts/`
 * outside tests in a clone, `lib/` in an installed package), the
 * lock file, the installed version of each dependency, and the browser binary (path, size, date).
 * Made again only when one of those files changed size or date (watch mode outlives a theme edit).
 */
function fingerprintTool(): string {
  if (toolWatched && toolMemo) return toolMemo.fingerprint
  if (held) return (held.tool ??= fingerprintToolFiles())
  return fingerprintToolFiles()
}

/** `fingerprintTool`'s work: the fingerprint of the tool's files, made again only when one of them changed size or date. */
function fingerprintToolFiles(): string {
  const files: string[] = []
  const walk = (folder: string) => {
    let entries
    try {
      entries = readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.name === 'test' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (/\.(?:ts|mjs|js|css)$/.test(entry.name)) files.push(file)
    }
  }
  // A clone runs its TypeScript (bundled); its lib/ may be a stale `npm pack` and is not what runs.
  const code = fileURLToPath(import.meta.url).startsWith(path.join(PROJECT_ROOT, 'lib') + path.sep) ? 'lib' : 'scripts'
  for (const folder of [code, 'slides', 'brief']) walk(path.join(PROJECT_ROOT, folder))
  const lock = path.join(PROJECT_ROOT, 'package-lock.json')
  if (existsSync(lock)) files.push(lock)
  files.push(path.join(PROJECT_ROOT, 'package.json'))
  let browser: string | undefined
  try {
    browser = findBrowser().path
  } catch {
    // No browser: the build will say so.
  }
  const key = [...files, ...(browser ? [browser] : [])]
    .map((file) => {
      const info = statSync(file)
      return `${file}\0${info.size}\0${info.mtimeMs}`
    })
    .join('\n')
  if (toolMemo?.key === key) return toolMemo.fingerprint
  const hash = createHash('sha256')
  const add = (label: string, content: string | Buffer) => hash.update(`${label}\0${content.length}\0`).update(content)
  for (const file of files) add(path.relative(PROJECT_ROOT, file), readFileSync(file))
  // Installed dependencies (marp-core, the fonts, pptxgenjs…): their versions, wherever npm put them.
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>}
  const require = createRequire(path.join(PROJECT_ROOT, 'package.json'))
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    const where = (require.resolve.paths(name) ?? []).map((folder) => path.join(folder, name, 'package.json')).find((file) => existsSync(file))
    add(`dependency ${name}`, where ? ((JSON.parse(readFileSync(where, 'utf8')) as {version?: string}).version ?? '') : 'missing')
  }
  // The browser prints the PDFs: a new version may print them differently.
  add('browser', browser ? key.slice(key.lastIndexOf('\n') + 1) : 'none')
  toolMemo = {key, fingerprint: hash.digest('hex')}
  return toolMemo.fingerprint
}

/**
 * The configuration files in a project's root (`briefing-pack.yml`, `_brand.yml`), by name and
 * content, and every file they name by a relative path (a logo, a theme), by content. Each is read
 * within limits (`readLimited`): a configuration file that cannot be (a named pipe, a device, one
 * too large) is hashed as such, its reader reports it when it is read; a named file larger than any
 * file a brand embeds is one error line naming it (exit 1), never read whole.
 * @param root the project's root (the folder the command runs in)
 * @returns text to hash
 */
async function fingerprintConfig(root: string): Promise<string> {
  const hold = held
  if (hold?.config?.root === root) return hold.config.fingerprint
  const hash = createHash('sha256')
  const files = [...CONFIG_FILES.map((name) => path.join(root, name)), ...runInputs.files]
  for (const file of files) {
    const content = await readLimited(file, MAX_CONFIG_BYTES)
    if (isReadProblem(content)) {
      if (content.problem !== 'missing') hash.update(`${path.basename(file)}\0${content.problem}\0`)
      continue
    }
    const folder = path.dirname(file)
    hash.update(`${path.basename(file)}\0${content.length}\0`).update(content)
    // Paths inside a config file (a logo, a font) are relative to that file.
    for (const named of namedFiles(Buffer.from(content).toString('utf8'), folder)) {
      const bytes = await readLimited(named, MAX_NAMED_BYTES)
      if (isReadProblem(bytes)) {
        if (bytes.problem !== 'too large') continue
        throw new BuildError(`${path.relative(process.cwd(), file) || file}: \`${path.relative(folder, named)}\` names a file of ${megabytes(bytes.size)}, expected a file under ${megabytes(MAX_NAMED_BYTES)} (a file a config names is read to tell when to rebuild; no brand file is larger)`, EXIT.sourceErrors)
      }
      hash.update(`${path.relative(folder, named)}\0${bytes.length}\0`).update(bytes)
    }
  }
  hash.update(`run\0${runInputs.extra}`)
  const fingerprint = hash.digest('hex')
  if (hold) hold.config = {root, fingerprint}
  return fingerprint
}

/** Largest file a configuration value names that is read to hash it: the largest a brand embeds (a font). */
const MAX_NAMED_BYTES = MAX_FONT_BYTES

/**
 * Read the configuration files and the files they name as `packInputs` will, once before any
 * work, so that a file it refuses is one line at the start of the run, not one per source.
 * @param root the project's root (default: the working folder)
 */
export async function checkRunInputs(root = process.cwd()): Promise<void> {
  await fingerprintConfig(path.resolve(root))
}

/** Every string value of a YAML text that is the relative path of a regular file under `root`. */
function namedFiles(text: string, root: string): string[] {
  const found = new Set<string>()
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.length > 0 && value.length < 300 && !value.includes('\n') && !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        const file = path.resolve(root, value)
        try {
          if (file.startsWith(root + path.sep) && statSync(file).isFile()) found.add(file)
        } catch {}
      }
    } else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  try {
    for (const document of parseAllDocuments(text)) if (!('empty' in document)) visit(document.toJS())
  } catch {
    // A broken configuration file is hashed by its bytes only; its reader reports the problem.
  }
  return [...found].sort()
}

/**
 * What a pack is made from, as one hash: the tool (version, code, theme files, dependencies,
 * browser), the project's configuration files and the files they name, `SOURCE_DATE_EPOCH`, and
 * the source's text and kind (`.txt` or `.md`, read differently). Equal hashes give equal packs.
 * @param file the source as read (its normalised text)
 * @param root the project's root, where configuration files are looked for (default: the working folder)
 * @returns the hash, `sha256:` and hex
 */
export async function packInputs(file: VFile, root = process.cwd()): Promise<string> {
  const hash = createHash('sha256')
  // SOURCE_DATE_EPOCH sets the dates inside the PDFs and Office files.
  hash.update(`${INPUTS_FORMAT}\0${fingerprintTool()}\0${await fingerprintConfig(path.resolve(root))}\0${process.env.SOURCE_DATE_EPOCH ?? ''}\0`)
  hash.update(`${path.extname(file.path).toLowerCase()}\0`).update(String(file.value))
  return `sha256:${hash.digest('hex')}`
}

/**
 * Whether a pack folder holds a complete pack made from `inputs`: its `pack.json` is ours and
 * records the same hash, and every file it lists is there.
 * @param folder the pack's folder
 * @param inputs the hash of what it would be made from now (`packInputs`)
 * @param read how its `pack.json` is read (default: from the disk, now)
 * @returns true when building it again would give the same files
 */
export async function isUpToDate(folder: string, inputs: string, read: ReadPackJson = readPackJson): Promise<boolean> {
  try {
    const manifest = JSON.parse((await read(folder)) ?? '') as {generator?: string; inputs?: string; files?: unknown; stale?: boolean}
    // A pack marked stale (its source failed since) is built again, which also clears the mark.
    if (manifest.generator !== GENERATOR || manifest.inputs !== inputs || !Array.isArray(manifest.files) || manifest.stale) return false
    const present = new Set(await readdir(folder))
    return manifest.files.every((name) => typeof name === 'string' && present.has(name))
  } catch {
    return false
  }
}
