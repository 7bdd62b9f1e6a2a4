import {mkdir, readdir} from 'node:fs/promises'
import path from 'node:path'
import type {Brand} from '../config/brand.js'
import {BuildError, EXIT, withHint} from '../errors.js'
import {isOurPack, isOurSiteFile, notOurSiteFileError, readPackJson} from '../output-folder.js'
import {replaceFile, replaceInPack} from '../write-pack.js'
import {parseManifest, type PackManifest} from './manifest.js'
import {feedXml} from './site-feed.js'
import {FEED_FILE, indexPage, packPage} from './site-pages.js'
import {siteCss} from './site-style.js'

/**
 * The packs in the output folder: every folder briefing-pack wrote (its `pack.json` has our
 * mark), by folder name.
 * @param outDir the output folder
 * @returns their manifests, in folder-name order
 */
export async function readPacks(outDir: string): Promise<PackManifest[]> {
  const packs: PackManifest[] = []
  const entries = await readdir(outDir, {withFileTypes: true}).catch(() => [])
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    // Not a pack folder, or a pack.json without the fields the site needs: not listed.
    const manifest = parseManifest((await readPackJson(path.join(outDir, entry.name))) ?? '')
    // The folder's own name is what the links point to, whatever an older pack.json says.
    if (manifest && (await isOurPack(path.join(outDir, entry.name)))) packs.push({...manifest, name: entry.name})
  }
  return packs
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
 * is replaced in one rename, and only if it is missing or was made by briefing-pack (exit 5
 * otherwise). What is written depends only on the packs' manifests, so packs built on several
 * machines and gathered into one folder give the same site as one build.
 * @param outDir the output folder
 * @param failed names of the packs whose source failed in this run
 * @param brand a brand's logo, colours and fonts (the seed's look without it)
 * @returns the manifests listed
 */
export async function writeSite(outDir: string, failed: Set<string>, brand?: Brand): Promise<PackManifest[]> {
  const css = path.join(outDir, 'assets', 'site.css')
  const index = path.join(outDir, 'index.html')
  const feed = path.join(outDir, FEED_FILE)
  for (const file of [css, index, feed]) if (!(await isOurSiteFile(file))) throw await notOurSiteFileError(file)
  const packs = await markStale(outDir, await readPacks(outDir), failed, brand)
  try {
    await mkdir(path.join(outDir, 'assets'), {recursive: true})
    await replaceFile(outDir, path.join('assets', 'site.css'), siteCss({marking: packs.some((pack) => pack.marking), brand}))
    await replaceFile(outDir, FEED_FILE, feedXml(packs))
    await replaceFile(outDir, 'index.html', indexPage(packs, brand))
  } catch (error) {
    throw new BuildError(`${outDir}: cannot write the site index (${withHint((error as NodeJS.ErrnoException).code)}); choose another folder with --out`, EXIT.outputFailed)
  }
  return packs
}
