import {closeSync, openSync, readSync} from 'node:fs'
import {StringDecoder} from 'node:string_decoder'

/** The size of each piece read: under glibc's initial mmap threshold (128 KiB), so it comes from the arena and is reused. */
const PIECE_BYTES = 64 * 1024

/**
 * A UTF-8 text file read 64 KiB at a time. Node 20's `readFileSync(file, 'utf8')` reads a file
 * into a buffer it doubles as it goes (1, 2, 4 MiB for the 3 MB language model; 16 MiB for the
 * 8.6 MB bundle, seen with strace), and once glibc's allocator is given back a block that large it
 * raises its mmap threshold to that size and its trim threshold to twice it, for good: from then
 * on this process's allocations below that size come from its arenas, which keep up to twice that
 * free without returning it to the system (README, Speed: memory). Read in small pieces, no such
 * block is made. `scripts/run.mjs` has its own copy for the bundle (it runs before any bundle).
 * @param file the file
 * @returns its text
 */
export function readTextInPieces(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const piece = Buffer.allocUnsafeSlow(PIECE_BYTES)
    const decoder = new StringDecoder('utf8')
    const texts: string[] = []
    for (let read; (read = readSync(fd, piece, 0, PIECE_BYTES, null)) > 0; ) texts.push(decoder.write(piece.subarray(0, read)))
    texts.push(decoder.end())
    // Joined, the text is one flat string: built with `+=` it was a rope of pieces, which V8 flattened
    // again for each function it compiled lazily and for JSON.parse (~18 MiB more heap at the exit).
    return texts.join('')
  } finally {
    closeSync(fd)
  }
}
