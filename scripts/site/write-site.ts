import {randomBytes} from 'node:crypto'
import {mkdir, readdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {BuildError, EXIT, withHint} from '../errors.js'
import {isOurPack, isOurSiteFile, notOursError} from '../output-folder.js'
import {pendingPaths} from '../write-pack.js'
import type {PackManifest} from './manifest.js'
import {indexPage} from './site-pages.js'
import {siteCss} from './site-style.js'

/**
 * Write the root of the static site: `index.html` listing every pack in the output folder
 * (those built now and those built before), but not the sources that failed in this run, and the
 * shared stylesheet `assets/site.css`. Each file is replaced in one rename, and only if it is
 * missing or was made by briefing-pack (exit 5 otherwise).
 * @param outDir the output folder
 * @param failed names of the packs whose source failed in this run
 * @returns the manifests listed
 */
export async function writeSite(outDir: string, failed: Set<string>): Promise<PackManifest[]> {
  const packs: PackManifest[] = []
  for (const entry of await readdir(outDir, {withFileTypes: true}).catch(() => [])) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || failed.has(entry.name)) continue
    try {
      const manifest = JSON.parse(await readFile(path.join(outDir, entry.name, 'pack.json'), 'utf8')) as PackManifest
      // The folder's own name is what the links point to, whatever an older pack.json says.
      if (await isOurPack(path.join(outDir, entry.name))) packs.push({...manifest, name: entry.name})
    } catch {
      // Not a pack folder (or one from an older version): not listed.
    }
  }
  const css = path.join(outDir, 'assets', 'site.css')
  const index = path.join(outDir, 'index.html')
  for (const file of [css, index]) if (!(await isOurSiteFile(file))) throw notOursError(file)
  try {
    await mkdir(path.join(outDir, 'assets'), {recursive: true})
    await replaceFile(css, siteCss())
    await replaceFile(index, indexPage(packs))
  } catch (error) {
    throw new BuildError(`${outDir}: cannot write the site index (${withHint((error as NodeJS.ErrnoException).code)}); choose another folder with --out`, EXIT.outputFailed)
  }
  return packs
}

/** Write a file beside its target, then rename it into place. */
async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = `${path.join(path.dirname(file), `.${path.basename(file)}`)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  pendingPaths.add(temporary)
  try {
    await writeFile(temporary, content)
    await rename(temporary, file)
  } finally {
    pendingPaths.delete(temporary)
  }
}
