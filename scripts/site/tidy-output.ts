import {readdir, rm, rmdir} from 'node:fs/promises'
import path from 'node:path'
import {BuildError, EXIT} from '../errors.js'
import {inParallel} from '../in-parallel.js'
import {FOLDERS_AT_ONCE, isOurPackJson, isOurSiteFile, readPackJson, SITE_FILES, type ReadPackJson} from '../output-folder.js'

/** Remove a folder or file of ours; a failure is one line with exit 5. */
async function remove(item: string): Promise<void> {
  try {
    await rm(item, {recursive: true, force: true})
  } catch (error) {
    throw new BuildError(`${item}: cannot remove it (${(error as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.outputFailed)
  }
}

/** The pack folders briefing-pack wrote in `outDir` (never a link, never a folder without our `pack.json`). */
async function ourPacks(outDir: string, read: ReadPackJson = readPackJson): Promise<string[]> {
  const folders = (await readdir(outDir, {withFileTypes: true}).catch(() => [])).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name)
  const ours: boolean[] = []
  await inParallel([...folders.keys()], FOLDERS_AT_ONCE, async (i) => void (ours[i] = isOurPackJson(await read(path.join(outDir, folders[i])), folders[i])))
  return folders.filter((_, i) => ours[i]).sort()
}

/**
 * Remove the packs whose source is gone: every pack folder briefing-pack wrote in `outDir` whose
 * name is not among `keep`. Folders without our `pack.json`, links, files and hidden temporary
 * folders are never touched.
 * @param outDir the output folder
 * @param keep the pack names of every source of the run (built, failed or skipped alike)
 * @param read how a pack's `pack.json` is read (default: from the disk, now)
 * @returns the names removed
 */
export async function removeGonePacks(outDir: string, keep: Set<string>, read: ReadPackJson = readPackJson): Promise<string[]> {
  const gone = (await ourPacks(outDir, read)).filter((name) => !keep.has(name))
  for (const name of gone) await remove(path.join(outDir, name))
  return gone
}

/**
 * `--clean`: empty the output folder of everything briefing-pack wrote, before a build: its pack
 * folders, `index.html`, `feed.xml`, `assets/site.css` (and `assets/` when nothing else is left in
 * it). Anything else in the folder stays.
 * @param outDir the output folder
 * @returns how many packs were removed
 */
export async function cleanOutputFolder(outDir: string): Promise<number> {
  const packs = await ourPacks(outDir)
  for (const name of packs) await remove(path.join(outDir, name))
  for (const file of SITE_FILES.map((name) => path.join(outDir, name))) {
    if (await isOurSiteFile(file)) await remove(file)
  }
  // Only an empty assets/ goes: a file of the user's there keeps it.
  await rmdir(path.join(outDir, 'assets')).catch(() => undefined)
  return packs.length
}
