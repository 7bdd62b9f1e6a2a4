import {existsSync, watch, type FSWatcher} from 'node:fs'
import path from 'node:path'

/** What changed: a source file, the look (CSS of the deck or brief), a settings or brand file, or code that needs a restart. */
export type Change = {kind: 'source'; file: string} | {kind: 'look'; file: string} | {kind: 'config'; file: string} | {kind: 'code'; file: string}

/**
 * Watch the sources, the deck and the brief folders and the settings files, and report each change
 * once (editors often write a file in several steps: changes to the same file within `settleMs`
 * count as one).
 * @param root the project folder
 * @param sourceDir the folder of the sources
 * @param onChange called with each settled change
 * @param settleMs how long a file must be quiet
 * @param configFiles the settings and brand files (`briefing-pack.yml`, `_brand.yml`, `--config`, `--brand`), there or not yet
 * @returns a function that stops watching
 */
export function watchProject(root: string, sourceDir: string, onChange: (change: Change) => void, settleMs = 10, configFiles: string[] = []): () => void {
  const timers = new Map<string, NodeJS.Timeout>()
  const settle = (change: Change) => {
    clearTimeout(timers.get(change.file))
    timers.set(
      change.file,
      setTimeout(() => {
        timers.delete(change.file)
        onChange(change)
      }, settleMs),
    )
  }
  const watchers: FSWatcher[] = [
    watch(sourceDir, (_event, name) => {
      if (name && /\.(txt|md)$/i.test(name) && !name.startsWith('.')) settle({kind: 'source', file: path.join(sourceDir, name)})
    }),
    // The installed package has no `scripts/` (its code is compiled into `lib/`): watch what is there.
    ...['slides', 'brief', 'scripts'].filter((folder) => existsSync(path.join(root, folder))).map((folder) =>
      watch(path.join(root, folder), {recursive: true}, (_event, name) => {
        if (!name || name.includes('test') || name.startsWith('.')) return
        const file = path.join(root, folder, name)
        if (name.endsWith('.css')) settle({kind: 'look', file})
        else if (name.endsWith('.ts')) settle({kind: 'code', file})
      }),
    ),
    // Their folders, not the files: an editor that saves by renaming a new file into place
    // replaces the file a watcher would hold, and a file made later is seen too.
    ...[...new Set(configFiles.map((file) => path.dirname(path.resolve(file))))].filter((folder) => existsSync(folder)).map((folder) =>
      watch(folder, (_event, name) => {
        const file = name && path.join(folder, name)
        if (file && configFiles.some((config) => path.resolve(config) === file)) settle({kind: 'config', file})
      }),
    ),
  ]
  return () => {
    for (const watcher of watchers) watcher.close()
    for (const timer of timers.values()) clearTimeout(timer)
  }
}
