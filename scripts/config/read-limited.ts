import {constants, type Stats} from 'node:fs'
import {open} from 'node:fs/promises'

/** Largest configuration file read (`briefing-pack.yml`, a brand file): a few hundred bytes in practice. */
export const MAX_CONFIG_BYTES = 1024 * 1024

/** Why a file was not read: missing, not a regular file (what it is, in words), too large (its size), or another error (its code). */
export type ReadProblem = {problem: 'missing'} | {problem: 'not a file'; kind: string} | {problem: 'too large'; size: number} | {problem: 'unreadable'; code: string}

/**
 * The bytes of a regular file of at most `limit` bytes, or why it was not read. It is opened
 * non-blocking (a named pipe cannot hang the run) and checked on its descriptor before anything is
 * read (a device or a folder is never read, and a file swapped after a check is not read either);
 * at most one byte past the limit is read, whatever its size said (a file may grow while it is
 * read).
 * @param file the file
 * @param limit the largest size accepted, in bytes
 * @returns its bytes, or the problem
 */
export async function readLimited(file: string, limit: number): Promise<Uint8Array | ReadProblem> {
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return code === 'ENOENT' ? {problem: 'missing'} : {problem: 'unreadable', code}
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) return {problem: 'not a file', kind: kindOf(info)}
    if (info.size > limit) return {problem: 'too large', size: info.size}
    // Sized by what stat said, grown if the file says more (it grew, or it is a file of /proc, of size 0).
    let bytes = new Uint8Array(Math.min(info.size, limit) + 1)
    let length = 0
    for (;;) {
      const {bytesRead} = await handle.read(bytes, length, bytes.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > limit) return {problem: 'too large', size: length}
      if (length === bytes.length) {
        const grown = new Uint8Array(Math.min(limit + 1, bytes.length * 2 + 64 * 1024))
        grown.set(bytes)
        bytes = grown
      }
    }
    return bytes.subarray(0, length)
  } catch (error) {
    return {problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'error'}
  } finally {
    await handle.close()
  }
}

/** Whether `readLimited` gave a problem rather than bytes. */
export const isReadProblem = (read: Uint8Array | ReadProblem): read is ReadProblem => !(read instanceof Uint8Array)

/** A size in MB, as messages give it: `5 MB`, `1,536 MB`. */
export const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`

/**
 * A problem of `readLimited` in words, for a message: `it does not exist`, `it is a named pipe
 * (FIFO), expected a regular file`, `it is 1,536 MB, expected a brand file under 1 MB`.
 * @param read the problem
 * @param what what the file should be, for a file too large (`a brand file`)
 * @param limit the limit it was read with
 * @returns the words
 */
export function readProblemText(read: ReadProblem, what: string, limit: number): string {
  if (read.problem === 'missing') return 'it does not exist'
  if (read.problem === 'not a file') return `it is a ${read.kind}, expected a regular file`
  if (read.problem === 'too large') return `it is ${megabytes(read.size)}, expected ${what} under ${megabytes(limit)}`
  return read.code
}

/** What a file that is not a regular file is, in words. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'folder'
  if (info.isFIFO()) return 'named pipe (FIFO)'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device file'
  if (info.isSocket()) return 'socket'
  return 'special file'
}
