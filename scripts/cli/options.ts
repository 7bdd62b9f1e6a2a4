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

/**
 * A whole number within bounds, e.g. `--rounds 5`.
 * @param min the smallest accepted
 * @param max the largest accepted
 * @returns the parser
 */
export function wholeNumberOption(min: number, max: number): (value: string) => number {
  return (value) => {
    present(value, 'a number')
    if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`)
    return Number(value)
  }
}

/**
 * A value from a fixed list, e.g. `--brand dark`.
 * @param choices the accepted values
 * @returns the parser
 */
export function choiceOption<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${choices.join(', ')}`)
    return value as T
  }
}

/**
 * Any non-empty text, e.g. a host name.
 * @param expected what the value is, in words (`a host name`)
 * @returns the parser
 */
export function textOption(expected: string): (value: string) => string {
  return (value) => present(value, expected)
}
