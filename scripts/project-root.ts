import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * The project folder (the one with briefing-pack's package.json), found from this module's own
 * location, so that files such as `slides/theme.css` are found whether the code runs from its
 * TypeScript sources or from the bundle in `.cache/`.
 */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)))

function findRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'briefing-pack') return folder
    if (path.dirname(folder) === folder) return process.cwd()
  }
}

/**
 * Read a file of the project as text.
 * @param parts path inside the project, e.g. `slides`, `theme.css`
 * @returns its text
 */
export function readProjectFile(...parts: string[]): string {
  return readFileSync(path.join(PROJECT_ROOT, ...parts), 'utf8')
}
