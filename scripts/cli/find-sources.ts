import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {BuildError, EXIT, withHint} from '../errors.js'

/** A name that says "source file": such a path is built as it is, even when it is a folder (and refused then). */
const SOURCE_NAME = /\.(txt|md|markdown)$/i

/**
 * Every `.txt` and `.md` file of a folder, sorted by name.
 * @param folder the folder, as the user named it
 * @returns the paths of its sources; a missing or empty folder is a usage error
 */
export async function sourcesIn(folder: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // A folder that is there but cannot be read is the environment's fault, as for a source file.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new BuildError(`${folder}/: cannot read the source folder (${withHint(code)})`, EXIT.sourceErrors)
    throw new BuildError(`${folder}/: cannot find the source folder; name a file to build or create ${folder}/`, EXIT.usage)
  }
  const sources = names.filter((name) => /\.(txt|md)$/i.test(name) && !name.startsWith('.')).sort()
  if (sources.length === 0) throw new BuildError(`${folder}/: no .txt or .md source to build`, EXIT.usage)
  return sources.map((name) => path.join(folder, name))
}

/**
 * The sources the command line names: files as they are, a folder as its `.txt` and `.md` files,
 * nothing at all as the files of `source/`. A path that does not exist is a usage error, found
 * before any work starts.
 * @param args the paths given
 * @returns the source files to build
 */
export async function sourcesFromArguments(args: string[]): Promise<string[]> {
  if (args.length === 0) return sourcesIn('source')
  const sources: string[] = []
  for (const arg of args) {
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => error)
    if (info instanceof Error) {
      if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR') sources.push(arg)
      else throw new BuildError(`${arg}: cannot find this file or folder, expected a .txt or .md source or a folder of them`, EXIT.usage)
    } else if (info.isDirectory() && !SOURCE_NAME.test(arg)) {
      sources.push(...(await sourcesIn(arg.replace(/(.)\/+$/, '$1'))))
    } else {
      sources.push(arg)
    }
  }
  return sources
}

/**
 * Whether the command line names folders only (or nothing, which stands for `source/`): then the
 * run covers whole folders, and packs whose source is gone may be removed.
 * @param args the paths given
 * @returns true when no single file is named
 */
export async function namesFoldersOnly(args: string[]): Promise<boolean> {
  for (const arg of args) {
    if (SOURCE_NAME.test(arg) || !(await stat(arg).then((info) => info.isDirectory(), () => false))) return false
  }
  return true
}
