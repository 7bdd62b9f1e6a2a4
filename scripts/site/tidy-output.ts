import {readdir, rm, rmdir} from 'node:fs/promises'
import path from 'node:path'
import {BuildError, EXIT} from '../errors.js'
import {isOurPack, isOurSiteFile, SITE_FILES} from '../output-folder.js'

/** Remove a folder or file of ours; a failure is one line with exit 5. */
async function remove(item: string): Promise<void> {
  try {
    await rm(item, {recursive: true, force: true})
  } catch (error) {
    throw new BuildError(`${item}: cannot remove it (${(error as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.outputFailed)
  }
}

/** The pack folders briefing-pack wrote in `outDir` (never a link, never a folder without our `pack.json`). */
async function ourPacks(outDir: string): Promise<string[]> {
  const names: string[] = []
  for (const entry of await readdir(outDir, {withFileTypes: true}).catch(() => [])) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && (await isOurPack(path.join(outDir, entry.name)))) names.push(entry.name)
  }
  return names.sort()
}

/**
 * Remove the packs whose source is gone: every pack folder briefing-pack wrote in `outDir` whose
 * name is not among `keep`. Folders without our `pack.json`, links, files and hidden temporary
 * folders are never touched.
 * @param outDir the output folder
 * @param keep the pack names of every source of the run (built, failed or skipped alike)
 * @returns the names removed
 */
export async function removeGonePacks(outDir: string, keep: Set<string>): Promise<string[]> {
  const gone = (await ourPacks(outDir)).filter((name) => !keep.has(name))
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
