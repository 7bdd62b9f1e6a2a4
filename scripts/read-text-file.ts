import {closeSync, fstatSync, openSync, readFileSync, readSync} from 'node:fs'

/**
 * Blocks larger than this leave glibc's allocator thresholds as they are when given back: its
 * dynamic mmap threshold follows only blocks up to 32 MiB (`DEFAULT_MMAP_THRESHOLD_MAX` on 64-bit).
 */
const ABOVE_DYNAMIC_THRESHOLD = 32 * 1024 * 1024 + 4096

/**
 * A UTF-8 text file of up to 32 MiB, read into one block larger than 32 MiB, of which only the
 * file's pages are touched, and decoded from there. Node 20's `readFileSync(file, 'utf8')` reads
 * into a buffer that it doubles as it goes (1, 2, 4 MiB for the 3 MB language model; 16 MiB for
 * the 8.6 MB bundle, seen with strace), and once glibc's allocator is given back a block that
 * large it raises its mmap threshold to that size and its trim threshold to twice it, for the rest
 * of the run: this process's later allocations under that size came from its arenas, which kept up
 * to twice that free without returning it to the system (README, Speed: memory). A block over 32
 * MiB is given back to the system at once and changes neither threshold. (Read in 64 KiB pieces
 * instead, the pieces were V8 garbage of the file's size: +18 MiB of heap in a build.) Larger
 * files are read as usual. `scripts/run.mjs` has its own copy for the bundle.
 * @param file the file
 * @returns its text
 */
export function readTextFile(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size >= ABOVE_DYNAMIC_THRESHOLD) return readFileSync(fd, 'utf8')
    const block = Buffer.allocUnsafeSlow(ABOVE_DYNAMIC_THRESHOLD)
    let length = 0
    for (let read; length < block.length && (read = readSync(fd, block, length, block.length - length, null)) > 0; ) length += read
    return block.toString('utf8', 0, length)
  } finally {
    closeSync(fd)
  }
}
