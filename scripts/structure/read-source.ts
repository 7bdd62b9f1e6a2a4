import {VFile} from 'vfile'
import {isReadProblem, readLimited} from '../config/read-limited.js'
import {withHint} from '../errors.js'

/** A character followed by one or more combining marks (`e` + U+0301): what NFC composes in pasted text. */
const WITH_COMBINING_MARKS = /\P{M}\p{M}+/gu

/**
 * Accents typed as a letter and a combining mark composed (`e` + U+0301 → `é`), as the reader reads a source;
 * nothing else is changed (a whole-text NFC would also swap a CJK compatibility ideograph for another character).
 * @param text the decoded source
 * @returns the text with each letter and its marks composed
 */
export function composeMarks(text: string): string {
  return text.replace(WITH_COMBINING_MARKS, (letter) => letter.normalize('NFC'))
}

/** Largest source accepted: a readout is a few kilobytes; this leaves room for very long ones. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024

/**
 * Read a source file into a VFile with normalised text (no BOM, `\n` line endings).
 * Problems with the bytes themselves (empty, binary, not UTF-8, too large) are fatal
 * messages on the returned file, never exceptions.
 * @param filePath path of the source file
 * @returns the file; `file.messages` holds any fatal problem
 */
export async function readSource(filePath: string): Promise<VFile> {
  const file = new VFile({path: filePath, cwd: process.cwd()})
  // Non-blocking, so that opening a FIFO cannot hang; checked on its descriptor before reading, read
  // into a block of its own size (a block of the limit's size for each source cost 2 MiB per file:
  // 400 MiB when a build checks 200 packs at once), never more than one byte past the limit.
  const read = await readLimited(filePath, MAX_SOURCE_BYTES)
  if (!isReadProblem(read)) decodeSource(file, read)
  else if (read.problem === 'missing') fatal(file, 'Cannot find source file, expected an existing `.txt` or `.md` file', 'source-unreadable')
  else if (read.problem === 'unreadable') fatal(file, `Cannot read source file (${withHint(read.code)})`, 'source-unreadable')
  else if (read.problem === 'not a file' && read.kind === 'folder') fatal(file, 'Unexpected directory, expected a `.txt` or `.md` source file', 'source-directory')
  else if (read.problem === 'not a file') fatal(file, `Unexpected ${read.kind}, expected a regular \`.txt\` or \`.md\` source file`, 'source-special')
  else fatal(file, `Unexpected source of ${(read.size / 1024 / 1024).toFixed(1)} MB, expected a readout under ${MAX_SOURCE_BYTES / 1024 / 1024} MB`, 'source-too-large')
  return file
}

/**
 * Decode raw bytes into `file.value`, or add a fatal message saying why they are not a readout.
 * @param file the file to fill
 * @param bytes the raw bytes
 */
export function decodeSource(file: VFile, bytes: Uint8Array): void {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    fatal(file, 'Unexpected binary file (NUL byte), expected plain UTF-8 text', 'source-binary', pointAtByte(bytes, nul))
    return
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    const bad = Math.min(firstInvalidUtf8(bytes), bytes.length - 1)
    fatal(file, `Unexpected byte \`0x${bytes[bad].toString(16).toUpperCase()}\` that is not UTF-8, expected UTF-8 text (save the file as UTF-8)`, 'source-encoding', pointAtByte(bytes, bad))
    return
  }
  // TextDecoder drops a leading BOM; Windows and old Mac line endings become `\n`; accents typed as a letter and a
  // combining mark (as some macOS apps paste them, `e` + U+0301) are composed (`é`), as every word list writes them.
  // Only a letter with its marks is composed: a whole-text NFC would also swap characters that stand for themselves
  // (a CJK compatibility ideograph such as U+2F800 becomes U+4E3D), and the text is kept word for word.
  file.value = composeMarks(text.replace(/\r\n?/g, '\n'))
  if (file.value.trim() === '') {
    fatal(file, bytes.length === 0 ? 'Unexpected empty file, expected a readout' : 'Unexpected file with only whitespace, expected a readout', 'source-empty')
  }
}

/** Record a fatal message without throwing. */
function fatal(file: VFile, reason: string, ruleId: string, place?: {line: number; column: number}): void {
  const message = file.message(reason, {place, ruleId, source: 'briefing-pack'})
  message.fatal = true
}

/** Line and column (1-based, in characters) of a byte offset, counting the decodable text before it. */
function pointAtByte(bytes: Uint8Array, offset: number): {line: number; column: number} {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/\r\n?/g, '\n')
  const lines = before.split('\n')
  return {line: lines.length, column: lines[lines.length - 1].length + 1}
}

/**
 * Offset of the first byte that breaks UTF-8, as the decoder reads it (RFC 3629, table 3-7 of
 * Unicode): overlong forms, surrogates (`ED A0`…) and code points past U+10FFFF break it too.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (size === 0) return i
    // The second byte's range is narrower after these lead bytes.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf
    if (i + 1 < bytes.length && size > 1 && (bytes[i + 1] < low || bytes[i + 1] > high)) return i
    for (let k = 1; k < size; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i
    }
    i += size
  }
  return bytes.length
}
