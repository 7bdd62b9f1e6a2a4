import {mkdir, readdir} from 'node:fs/promises'
import path from 'node:path'
import type {Brand} from '../config/brand.js'
import {BuildError, EXIT, withHint} from '../errors.js'
import {inParallel} from '../in-parallel.js'
import {FOLDERS_AT_ONCE, isOurPackJson, notOurSiteFileError, readPackJson, readSiteFile, type ReadPackJson} from '../output-folder.js'
import {replaceFile, replaceInPack} from '../write-pack.js'
import {parseManifest, type PackManifest} from './manifest.js'
import {feedXml} from './site-feed.js'
import {FEED_FILE, indexPage, packPage} from './site-pages.js'
import {siteCss} from './site-style.js'

/**
 * The packs in the output folder: every folder briefing-pack wrote (its `pack.json` has our
 * mark), by folder name.
 * @param outDir the output folder
 * @param read how a pack's `pack.json` is read (default: from the disk, now)
 * @returns their manifests, in folder-name order
 */
export async function readPacks(outDir: string, read: ReadPackJson = readPackJson): Promise<PackManifest[]> {
  const entries = await readdir(outDir, {withFileTypes: true}).catch(() => [])
  // A real folder (a link is not one here), not hidden (our temporary folders).
  const folders = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name)
  const found: Array<PackManifest | undefined> = []
  await inParallel([...folders.keys()], FOLDERS_AT_ONCE, async (i) => {
    const text = await read(path.join(outDir, folders[i]))
    // Not a pack folder, or a pack.json without the fields the site needs: not listed.
    const manifest = isOurPackJson(text, folders[i]) ? parseManifest(text ?? '') : undefined
    // The folder's own name is what the links point to, whatever an older pack.json says.
    if (manifest) found[i] = {...manifest, name: folders[i]}
  })
  return folders
    .map((_, i) => found[i])
    .filter((pack): pack is PackManifest => pack !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * Mark the packs whose source failed in this run as stale: their folder keeps the last good
 * version, and its `pack.json` and page say it was not updated (each replaced in one rename).
 * @param outDir the output folder
 * @param packs the packs of the output folder
 * @param failed names of the packs whose source failed in this run
 * @param brand a brand's logo, colours and fonts (the seed's look without it)
 * @returns the packs, the failed ones marked
 */
export async function markStale(outDir: string, packs: PackManifest[], failed: Set<string>, brand?: Brand): Promise<PackManifest[]> {
  const marked: PackManifest[] = []
  for (const pack of packs) {
    if (!failed.has(pack.name) || pack.stale) {
      marked.push(pack)
      continue
    }
    const stale: PackManifest = {...pack, stale: true}
    await replaceInPack(outDir, pack.name, {path: 'pack.json', content: `${JSON.stringify(stale, null, 2)}\n`})
    await replaceInPack(outDir, pack.name, {path: 'index.html', content: packPage(stale, brand)})
    marked.push(stale)
  }
  return marked
}

/**
 * Write the root of the static site from the packs in the output folder (those built now and
 * those built before): `index.html`, the Atom feed `feed.xml` and the shared stylesheet
 * `assets/site.css`. A pack whose source failed in this run stays listed, marked stale. Each file
 * whose text changes is replaced in one rename, and only if it is missing or was made by
 * briefing-pack (exit 5 otherwise). What is written depends only on the packs' manifests, so packs built on several
 * machines and gathered into one folder give the same site as one build.
 * @param outDir the output folder
 * @param failed names of the packs whose source failed in this run
 * @param brand a brand's logo, colours and fonts (the seed's look without it)
 * @param read how a pack's `pack.json` is read (default: from the disk, now)
 * @returns the manifests listed
 */
export async function writeSite(outDir: string, failed: Set<string>, brand?: Brand, read: ReadPackJson = readPackJson): Promise<PackManifest[]> {
  const [css, index, feed] = [path.join('assets', 'site.css'), 'index.html', FEED_FILE]
  const found = new Map<string, {ours: boolean; text?: string}>()
  for (const name of [css, index, feed]) {
    found.set(name, await readSiteFile(path.join(outDir, name)))
    if (!found.get(name)!.ours) throw await notOurSiteFileError(path.join(outDir, name))
  }
  const packs = await markStale(outDir, await readPacks(outDir, read), failed, brand)
  // A file whose text would not change is left as it is: one edited pack among many changes
  // neither the stylesheet nor, mostly, the index or the feed.
  const write = async (name: string, text: string) => found.get(name)!.text === text || (await replaceFile(outDir, name, text))
  try {
    await mkdir(path.join(outDir, 'assets'), {recursive: true})
    // (a currency sign's face only when some pack's page shows it: the manifests hold every page's text)
    await write(css, siteCss({marking: packs.some((pack) => pack.marking), brand, shown: JSON.stringify(packs)}))
    await write(feed, feedXml(packs))
    await write(index, indexPage(packs, brand))
  } catch (error) {
    throw new BuildError(`${outDir}: cannot write the site index (${withHint((error as NodeJS.ErrnoException).code)}); choose another folder with --out`, EXIT.outputFailed)
  }
  return packs
}
