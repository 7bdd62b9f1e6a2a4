import {randomBytes} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {lstat, mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {isReadProblem, readLimited} from './config/read-limited.js'
import {BuildError, EXIT, withHint} from './errors.js'
import {isOurPack, notOursError} from './output-folder.js'

/** One output of a stage: a path inside the pack's folder and its content. */
export interface OutputFile {
  path: string
  content: string | Uint8Array
}

/** Temporary files and folders being written now; removed if the process is interrupted. */
export const pendingPaths = new Set<string>()
/** Folder swaps under way: an interrupted run lets them finish, so a pack is never left half-moved. */
const swaps = new Set<Promise<void>>()
/** How many folder swaps this process has begun: a reader that found a pack missing asks whether one overlapped its look-up. */
let swapsBegun = 0

/**
 * A mark of the folder swaps begun so far, for `swappedSince`: -1 while one is under way, since a
 * swap begun before the mark can still set its pack aside after it (and end before the look-up
 * that found the file missing asks).
 */
export const swapMark = (): number => (swaps.size > 0 ? -1 : swapsBegun)

/**
 * For a reader in this process (watch mode's server) that found a file missing: whether a pack
 * of this process was being published since `mark` (set aside for an instant between two renames),
 * in which case it waits for the swaps under way to end and the caller should look again.
 * @param mark what `swapMark` gave before the look-up
 * @returns true when a swap overlapped the look-up and is now done
 */
export async function swappedSince(mark: number): Promise<boolean> {
  if (swaps.size === 0 && swapsBegun === mark) return false
  await Promise.allSettled([...swaps])
  return true
}

/**
 * For an interrupted run: let folder swaps under way finish, then remove every temporary file and
 * folder, so that the output folder holds only complete packs.
 */
export async function settlePending(): Promise<void> {
  await Promise.allSettled([...swaps])
  await Promise.all([...pendingPaths].map(removeMarkLast))
  pendingPaths.clear()
}

/** The file that marks a temporary folder as briefing-pack's: written in it before anything else. */
const TEMPORARY_MARK = '.briefing-pack-temporary'
/** What the mark holds: a folder of the same name without it is not ours, and is never removed. */
const TEMPORARY_MARK_TEXT = 'A temporary folder of briefing-pack; the next run removes it if its process is gone.\n'

/**
 * Make a temporary folder `.label.tmp-<pid>-<hex>` in `parent` and mark it as ours before anything
 * goes into it, so that `recoverOutputFolder` removes only folders it can prove briefing-pack
 * made (a file of the user's that happens to be named so stays). Removed if the process is
 * interrupted; the caller removes it when done (`removeTemporaryFolder`).
 * @param parent the folder to make it in (the output folder)
 * @param label what it is for (a pack's or a file's name)
 * @returns its path
 */
export async function makeTemporaryFolder(parent: string, label: string): Promise<string> {
  const folder = path.join(parent, `.${shortened(label, MAX_LABEL_BYTES)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  pendingPaths.add(folder)
  try {
    await mkdir(folder)
    await writeFile(path.join(folder, TEMPORARY_MARK), TEMPORARY_MARK_TEXT, {flag: 'wx'})
  } catch (error) {
    await removeTemporaryFolder(folder)
    throw error
  }
  return folder
}

/** Longest label in a temporary folder's name, in bytes: with `.`, `.tmp-<pid>-<hex>` it stays under the 255 bytes a name may have (a pack name of 80 CJK characters, 240 bytes, could not be written). */
const MAX_LABEL_BYTES = 200

/** A text cut to at most `limit` bytes of UTF-8, between characters. */
function shortened(text: string, limit: number): string {
  let bytes = 0
  let kept = ''
  for (const character of text) {
    bytes += Buffer.byteLength(character)
    if (bytes > limit) break
    kept += character
  }
  return kept
}

/** The file of a pack's temporary folder that names the pack, for `recoverOutputFolder` (the folder's own name may be cut short). */
const TARGET_FILE = '.briefing-pack-target'

/** Remove a temporary folder `makeTemporaryFolder` made, with whatever is left in it. */
export async function removeTemporaryFolder(folder: string): Promise<void> {
  await removeMarkLast(folder).catch(() => undefined)
  pendingPaths.delete(folder)
}

/**
 * Remove a marked temporary folder with its mark last: what it holds, then the mark and the folder.
 * A run killed half-way through leaves the folder still marked (or empty), so the next run knows it
 * as ours and removes it; removed in any order, a set-aside pack could outlive the mark, and a folder
 * without the mark is never removed (it could be the user's).
 * @param folder the folder
 */
async function removeMarkLast(folder: string): Promise<void> {
  const entries = await readdir(folder).catch(() => [] as string[])
  await Promise.all(entries.filter((entry) => entry !== TEMPORARY_MARK).map((entry) => rm(path.join(folder, entry), {recursive: true, force: true})))
  await rm(folder, {recursive: true, force: true})
}

/**
 * Whether `folder` is a temporary folder briefing-pack made: a real folder (not a link) holding
 * our mark; or one that holds nothing else than the start of it (a run killed between making the
 * folder and writing its mark left it empty): removing that loses nothing.
 */
async function isOurTemporaryFolder(folder: string): Promise<boolean> {
  try {
    if (!(await lstat(folder)).isDirectory()) return false
    const entries = await readdir(folder)
    if (entries.length === 0) return true
    const mark = await readLimited(path.join(folder, TEMPORARY_MARK), TEMPORARY_MARK_TEXT.length)
    if (isReadProblem(mark)) return false
    const text = Buffer.from(mark).toString('utf8')
    return text === TEMPORARY_MARK_TEXT || (entries.length === 1 && TEMPORARY_MARK_TEXT.startsWith(text))
  } catch {
    return false
  }
}

/**
 * Write a source's outputs so that readers only ever see a complete set: everything goes into a
 * temporary folder beside the target, which then replaces `outDir/name` (see `swapInto`). An
 * existing `outDir/name` that briefing-pack did not make is never replaced (exit 5). If any write
 * fails, the previous outputs are left as they were.
 * @param outDir the output folder (created if missing)
 * @param name the pack's folder name (the source name)
 * @param files the outputs, with paths relative to the pack folder
 * @returns the path of the pack folder
 */
export async function writePack(outDir: string, name: string, files: OutputFile[]): Promise<string> {
  const target = path.join(outDir, name)
  let temporary: string | undefined
  try {
    await mkdir(outDir, {recursive: true})
    temporary = await makeTemporaryFolder(outDir, name)
    await writeFile(path.join(temporary, TARGET_FILE), name)
    const pack = path.join(temporary, 'pack')
    await mkdir(pack)
    // The files at once, not one after another: each write is a few trips to the thread pool, and
    // the pack's last file is on the path of a watch-mode save (14 files in series took ~35 ms of one).
    for (const folder of new Set(files.map((file) => path.dirname(path.join(pack, file.path))))) if (folder !== pack) await mkdir(folder, {recursive: true})
    await Promise.all(files.map((file) => writeFile(path.join(pack, file.path), file.content)))
    if ((await lstat(target).catch(() => undefined)) && !(await isOurPack(target))) throw notOursError(`${target}/`)
    swapsBegun++
    const swap = swapInto(temporary, target)
    swaps.add(swap)
    await swap.finally(() => swaps.delete(swap))
  } catch (error) {
    if (error instanceof BuildError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new BuildError(`${outDir}: cannot write the output folder (${withHint(code)}); choose another with --out`, EXIT.outputFailed)
  } finally {
    if (temporary) await removeTemporaryFolder(temporary)
  }
  return target
}

/**
 * Move the complete pack of a temporary folder (its `pack/`) into place, setting aside whatever
 * is there as the temporary folder's `old/`: two renames (a folder cannot be renamed over a
 * non-empty one). A process killed between them leaves the old pack in its marked temporary
 * folder and no `name`: `recoverOutputFolder` puts it back at the start of the next run.
 */
async function swapInto(temporary: string, target: string): Promise<void> {
  const pack = path.join(temporary, 'pack')
  const old = path.join(temporary, 'old')
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(target, old)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    try {
      await rename(pack, target)
      return
    } catch (error) {
      // Another build of the same source put its folder in place between our two renames.
      const code = (error as NodeJS.ErrnoException).code
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt > 20) {
        await rename(old, target).catch(() => undefined)
        throw error
      }
      await rm(old, {recursive: true, force: true})
    }
  }
}

/**
 * Replace one file of an existing pack in one rename (watch mode's early HTML deck). Does nothing
 * when the pack has not been written yet, or when the folder of that name is not one briefing-pack
 * wrote (a folder of the user's, a link: a source added while watching must not write into it).
 * @param outDir the output folder
 * @param name the pack's folder name
 * @param file the file to replace
 */
export async function replaceInPack(outDir: string, name: string, file: OutputFile): Promise<void> {
  if (!(await isOurPack(path.join(outDir, name)))) return
  await replaceFile(outDir, path.join(name, file.path), file.content).catch(() => undefined)
}

/**
 * Replace a file of the output folder in one rename: it is written in a marked temporary folder
 * of the output folder (see `makeTemporaryFolder`), then moved into place.
 * @param outDir the output folder
 * @param file the file's path inside it
 * @param content its new content
 */
export async function replaceFile(outDir: string, file: string, content: string | Uint8Array): Promise<void> {
  const temporary = await makeTemporaryFolder(outDir, path.basename(file))
  try {
    const written = path.join(temporary, path.basename(file))
    await writeFile(written, content)
    await rename(written, path.join(outDir, file))
  } finally {
    await removeTemporaryFolder(temporary)
  }
}

/** Our temporary folders, `.label.tmp-<pid>-<hex>`; and what older versions left: `.name.old-<pid>-<hex>` (a pack set aside), `.write-test-<pid>-<hex>`. */
const TEMPORARY = /^\.(.+)\.tmp-(\d+)-[0-9a-f]{8}$/
const OLDER = /^\.(.+)\.old-(\d+)-[0-9a-f]{8}$|^\.write-test-(\d+)-[0-9a-f]{8}$/

/** Whether the process `pid` still runs (a process we may not signal still runs). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether the process with this pid started after `time` (ms since the epoch), so it cannot be the one
 * that wrote something then: its pid was freed and given again (Linux hands pids out again within
 * minutes when many processes start, `pid_max` 32768). Read from `/proc` (the process's start in clock
 * ticks since boot, the boot from the uptime); false where there is no `/proc` or it cannot be read.
 * @param pid the process
 * @param time a moment the process would have had to be alive at
 */
export function startedAfter(pid: number, time: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // fields after the command's `)`: state is field 3, starttime field 22
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[19])
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0])
    if (!Number.isFinite(ticks) || !Number.isFinite(uptime)) return false
    const boot = Date.now() - uptime * 1000
    // USER_HZ is 100 on every Linux Node runs on; a margin of a tenth of a second for the two readings
    return boot + ticks * 10 > time + 100
  } catch {
    return false
  }
}

/** The pack a temporary folder was made for (`TARGET_FILE`), when it says one: a plain folder name. */
async function packNamed(folder: string): Promise<string | undefined> {
  const read = await readLimited(path.join(folder, TARGET_FILE), 4096)
  const name = isReadProblem(read) ? '' : Buffer.from(read).toString('utf8')
  return name && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) ? name : undefined
}

/**
 * Tidy the output folder after runs that were killed. Only temporary folders whose process (the
 * pid in their name) is gone, so a build running at the same time keeps its work; and only those
 * that hold our mark (`makeTemporaryFolder`): a pack set aside in one (`old/`) whose place is empty
 * goes back into place, then the folder is removed. A pack an older version set aside
 * (`.name.old-*`, our `pack.json`) goes back too. Anything else named like them (a file or folder
 * of the user's, an older version's leftovers) is left as it is, and named.
 * @param outDir the output folder
 * @returns the entries named like temporary files that were left, as they are not provably ours
 */
export async function recoverOutputFolder(outDir: string): Promise<string[]> {
  const left: string[] = []
  for (const entry of (await readdir(outDir).catch(() => [] as string[])).sort()) {
    const temporary = TEMPORARY.exec(entry)
    const older = temporary ? undefined : OLDER.exec(entry)
    if (!temporary && !older) continue
    const item = path.join(outDir, entry)
    const pid = Number(temporary ? temporary[2] : (older![2] ?? older![3]))
    // a live pid keeps its folder, unless that process started after the folder was last written (a pid given again)
    if (alive(pid) && !startedAfter(pid, (await lstat(item).catch(() => undefined))?.mtimeMs ?? Date.now())) continue
    const free = async (name: string) => !(await lstat(path.join(outDir, name)).catch(() => undefined))
    if (temporary && (await isOurTemporaryFolder(item))) {
      // A pack set aside: it was checked to be ours before it was moved into our marked folder.
      const old = path.join(item, 'old')
      const name = (await packNamed(item)) ?? temporary[1]
      if ((await lstat(old).catch(() => undefined))?.isDirectory() && (await free(name))) await rename(old, path.join(outDir, name)).catch(() => undefined)
      await removeMarkLast(item).catch(() => undefined)
    } else if (older?.[1] !== undefined && (await isOurPack(item)) && (await free(older[1]))) {
      await rename(item, path.join(outDir, older[1])).catch(() => undefined)
    } else {
      left.push(entry)
    }
  }
  return left
}
