import {createHash} from 'node:crypto'
import path from 'node:path'
import {BuildError, EXIT} from '../errors.js'
import {clashKey, nameProblem, sourceName} from '../source-name.js'

/** One share of the sources: the `index`-th of `count` (both counted from 1). */
export interface Shard {
  index: number
  count: number
}

/**
 * The `--shard i/n` option: `1/2` and `2/2` split the sources in two; `0/2`, `3/2`, `a/b` are
 * usage mistakes.
 * @param value the option as given
 * @returns the shard, or undefined when the option is absent
 */
export function readShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new BuildError(`--shard ${value}: expected i/n with 1 <= i <= n, such as 1/2 (see --help)`, EXIT.usage)
  return {index, count}
}

/**
 * Which share a source belongs to, from a hash of its pack name alone (case and unsafe characters
 * folded as for name clashes): the same source always lands in the same share whatever other files
 * are added or removed, and a `x.md` and the `x.txt` it corrects land together.
 * @param source a source file
 * @param count how many shares
 * @returns its share, from 1 to `count`
 */
export function shardOf(source: string, count: number): number {
  const key = nameProblem(source) ? path.basename(source) : clashKey(sourceName(source))
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1
}

/**
 * The sources of one share, in the order given.
 * @param sources every source of the run
 * @param shard the share to keep, or undefined for all
 * @returns the sources of that share
 */
export function sourcesOfShard(sources: string[], shard: Shard | undefined): string[] {
  return shard ? sources.filter((source) => shardOf(source, shard.count) === shard.index) : sources
}
