import {randomBytes} from 'node:crypto'
import {lstat, mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
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

/**
 * For an interrupted run: let folder swaps under way finish, then remove every temporary file and
 * folder, so that the output folder holds only complete packs.
 */
export async function settlePending(): Promise<void> {
  await Promise.allSettled([...swaps])
  await Promise.all([...pendingPaths].map((item) => rm(item, {recursive: true, force: true})))
  pendingPaths.clear()
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
  const temporary = path.join(outDir, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await mkdir(outDir, {recursive: true})
    pendingPaths.add(temporary)
    await mkdir(temporary)
    for (const file of files) {
      const filePath = path.join(temporary, file.path)
      await mkdir(path.dirname(filePath), {recursive: true})
      await writeFile(filePath, file.content)
    }
    if ((await lstat(target).catch(() => undefined)) && !(await isOurPack(target))) throw notOursError(`${target}/`)
    const swap = swapInto(temporary, target)
    swaps.add(swap)
    await swap.finally(() => swaps.delete(swap))
  } catch (error) {
    await rm(temporary, {recursive: true, force: true}).catch(() => undefined)
    if (error instanceof BuildError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new BuildError(`${outDir}: cannot write the output folder (${withHint(code)}); choose another with --out`, EXIT.outputFailed)
  } finally {
    pendingPaths.delete(temporary)
  }
  return target
}

/**
 * Move a complete temporary folder into place, setting aside whatever is there: two renames
 * (a folder cannot be renamed over a non-empty one). A process killed between them leaves
 * `.name.old-<pid>-*` and no `name`: `recoverOutputFolder` puts it back at the start of the next run.
 */
async function swapInto(temporary: string, target: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const old = `${path.join(path.dirname(target), `.${path.basename(target)}`)}.old-${process.pid}-${randomBytes(4).toString('hex')}`
    try {
      await rename(target, old)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    try {
      await rename(temporary, target)
      await rm(old, {recursive: true, force: true})
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
  const target = path.join(outDir, name, file.path)
  const temporary = path.join(outDir, name, `.${path.basename(file.path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  pendingPaths.add(temporary)
  try {
    await writeFile(temporary, file.content)
    await rename(temporary, target)
  } catch {
    await rm(temporary, {force: true})
  } finally {
    pendingPaths.delete(temporary)
  }
}

/** Our temporary names: `.name.tmp-<pid>-<hex>`, `.name.old-<pid>-<hex>`, `.write-test-<pid>-<hex>`. */
const OURS = /^\.(.+)\.(tmp|old)-(\d+)-[0-9a-f]{8}$|^\.write-test-(\d+)-[0-9a-f]{8}$/

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
 * Tidy the output folder after runs that were killed: a pack set aside (`.name.old-*`) whose
 * place is empty goes back into place; other temporary folders and files of ours are removed.
 * Only those whose process (the pid in their name) is gone, so a build running at the same
 * time keeps its work.
 * @param outDir the output folder
 */
export async function recoverOutputFolder(outDir: string): Promise<void> {
  const tidy = async (folder: string, packs: boolean) => {
    for (const entry of await readdir(folder, {withFileTypes: true}).catch(() => [])) {
      const match = OURS.exec(entry.name)
      if (!match) {
        // Inside, only our own folders: packs we made and the site's `assets/`.
        const inner = path.join(folder, entry.name)
        if (packs && entry.isDirectory() && (entry.name === 'assets' || (await isOurPack(inner)))) await tidy(inner, false)
        continue
      }
      if (alive(Number(match[3] ?? match[4]))) continue
      const item = path.join(folder, entry.name)
      if (match[2] === 'old' && packs && !(await lstat(path.join(folder, match[1])).catch(() => undefined))) {
        await rename(item, path.join(folder, match[1])).catch(() => undefined)
        continue
      }
      await rm(item, {recursive: true, force: true}).catch(() => undefined)
    }
  }
  await tidy(outDir, true)
}
