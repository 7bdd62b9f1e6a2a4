import {stat} from 'node:fs/promises'
import path from 'node:path'
import {BuildError, EXIT} from '../errors.js'
import {cleanText} from '../format-messages.js'
import {checkOutputFolder} from '../output-folder.js'
import {writeSite} from '../site/write-site.js'

/** What the `site` command writes, as the command line gives it. */
export interface SiteOptions {
  /** The folder holding the packs. */
  outDir: string
  /** Print only problems. */
  quiet?: boolean
}

/**
 * Write the site's index, feed and stylesheet from the packs in a folder, without a browser.
 * @param options the folder and how much to print
 * @returns the exit code (one of `EXIT`)
 */
export async function runSite(options: SiteOptions): Promise<number> {
  if (!(await stat(options.outDir).then((info) => info.isDirectory(), () => false))) {
    throw new BuildError(`${options.outDir}/: cannot find the folder of the packs; build into it first, or name it with --out`, EXIT.usage)
  }
  await checkOutputFolder(options.outDir)
  const listed = await writeSite(options.outDir, new Set())
  if (!options.quiet) process.stdout.write(`${cleanText(`${path.join(options.outDir, 'index.html')}: ${listed.length} ${listed.length === 1 ? 'readout' : 'readouts'} listed, with ${path.join(options.outDir, 'feed.xml')}`, true)}\n`)
  return EXIT.ok
}
