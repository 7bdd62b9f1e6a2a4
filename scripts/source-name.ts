import path from 'node:path'

/**
 * The name of a source without its extension: the name of its output folder.
 * @param filePath path of the source
 * @returns e.g. `paris-roadmap-2019` for `source/paris-roadmap-2019.txt`
 */
export function sourceName(filePath: string): string {
  return path.basename(filePath).replace(/\.(txt|md|markdown)$/i, '')
}
