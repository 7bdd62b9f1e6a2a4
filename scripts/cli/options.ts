import {statSync} from 'node:fs'
import {InvalidArgumentError} from 'commander'

/**
 * Checks of option values, shared by every command: each is a commander `argParser`, so a bad
 * value is one line (`option '--port <n>' argument 'abc' is invalid. expected …`) and exit 2,
 * found before any work. Add one here for a new option rather than checking it in an action.
 */

/** Refuse an empty or blank value, which a shell gives for `--out ""` or `--out=$UNSET`. */
function present(value: string, expected: string): string {
  if (value.trim() === '') throw new InvalidArgumentError(`expected ${expected}, not an empty value`)
  return value
}

/**
 * A folder option (`--out`, `--source`): not empty, and not an existing file. It may not exist yet.
 * @param value the value given
 * @returns the value
 */
export function folderOption(value: string): string {
  present(value, 'a folder')
  let file = false
  try {
    file = !statSync(value).isDirectory()
  } catch {
    // Missing (or not reachable yet): the command says more when it uses it.
  }
  if (file) throw new InvalidArgumentError('is a file, expected a folder')
  return value
}

/**
 * A TCP port: a whole number from 0 to 65535 (0: any free port).
 * @param value the value given
 * @returns the port
 */
export function portOption(value: string): number {
  present(value, 'a port number')
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a whole number from 0 to 65535')
  return Number(value)
}
