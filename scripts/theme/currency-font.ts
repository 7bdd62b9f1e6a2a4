import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {inflateSync} from 'node:zlib'
import type {Face} from './fonts.js'

const require = createRequire(import.meta.url)

/** Code points of Unicode's Currency Symbols block (U+20A0–U+20C0) that Source Sans 3 or Source Serif 4 lack (read from their cmaps). */
const BLOCK_MISSING = [0x20a0, 0x20a2, 0x20a3, 0x20a5, 0x20a8, 0x20aa, 0x20ad, 0x20af, 0x20b0, 0x20b3, 0x20b6, 0x20b7, 0x20bb, 0x20bc, 0x20be, 0x20bf, 0x20c0]

/** A `@fontsource` package, the script subset that draws some signs, whether it has italics, and those signs. */
interface Source {
  pkg: string
  subset: string
  italic: boolean
  codes: number[]
}

/** Signs of other scripts, from that script's Noto Sans (upright only; no serif form is packaged for them). */
const SCRIPTS: Source[] = [
  // ฿ baht
  {pkg: '@fontsource/noto-sans-thai', subset: 'thai', italic: false, codes: [0x0e3f]},
  // ؋ afghani, ﷼ rial
  {pkg: '@fontsource/noto-sans-arabic', subset: 'arabic', italic: false, codes: [0x060b, 0xfdfc]},
  // ៛ riel
  {pkg: '@fontsource/noto-sans-khmer', subset: 'khmer', italic: false, codes: [0x17db]},
  // ৲ rupee mark, ৳ taka, ৻ ganda
  {pkg: '@fontsource/noto-sans-bengali', subset: 'bengali', italic: false, codes: [0x09f2, 0x09f3, 0x09fb]},
]

/** Where each sign is drawn, by family: the block's from Noto Sans / Noto Serif (both draw all of U+20A0–U+20C0). */
const SOURCES: Record<'sans' | 'serif', Source[]> = {
  sans: [{pkg: '@fontsource/noto-sans', subset: 'latin-ext', italic: true, codes: BLOCK_MISSING}, ...SCRIPTS],
  serif: [{pkg: '@fontsource/noto-serif', subset: 'latin-ext', italic: true, codes: BLOCK_MISSING}, ...SCRIPTS],
}

/** Every currency sign the currency faces draw. */
export const CURRENCY_SIGNS: readonly number[] = [...BLOCK_MISSING, ...SCRIPTS.flatMap((source) => source.codes)]

const cache = new Map<string, Face>()

/**
 * The `@font-face` rules that draw the currency signs the seed's fonts lack, declared under the seed's
 * family name for each of its weight files (so that Chromium finds them in the same family, at the
 * same weight and style, and never falls to a system font), each font cut down to the signs asked for
 * (HarfBuzz's subsetter) and inlined, with a `unicode-range` of those signs alone.
 * @param slot `sans` or `serif`: which Noto family draws the block's signs
 * @param family the seed's family name the faces join (`Source Sans 3`)
 * @param files the seed's weight files (`400`, `400-italic`, `600`)
 * @param codes the code points the text holds; undefined for every sign
 * @returns the faces, none when the text holds no such sign
 */
export function currencyFaces(slot: 'sans' | 'serif', family: string, files: readonly string[], codes?: ReadonlySet<number>): Face[] {
  const faces: Face[] = []
  for (const source of SOURCES[slot]) {
    const wanted = source.codes.filter((code) => !codes || codes.has(code))
    if (!wanted.length) continue
    const range = wanted.map((code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`).join(',')
    for (const name of files) {
      const [weight, style = 'normal'] = name.split('-')
      const key = `${family} ${name} ${source.pkg} ${range}`
      let face = cache.get(key)
      if (!face) {
        const file = `${path.basename(source.pkg)}-${source.subset}-${weight}-${source.italic ? style : 'normal'}.woff`
        const font = subsetFont(sfntOfWoff(readFileSync(path.join(path.dirname(require.resolve(`${source.pkg}/package.json`)), 'files', file))), wanted)
        const css = `@font-face {\n  font-family: '${family}';\n  font-style: ${style};\n  font-display: block;\n  font-weight: ${weight};\n  src: url(data:font/ttf;base64,${font.toString('base64')}) format('truetype');\n  unicode-range: ${range};\n}`
        face = {css, ranges: wanted.map((code): [number, number] => [code, code])}
        cache.set(key, face)
      }
      faces.push(face)
    }
  }
  return faces
}

/**
 * The TrueType/OpenType font inside a WOFF 1 file (tables inflated, laid out as an sfnt).
 * @param woff the WOFF file's bytes
 * @returns the sfnt bytes
 */
export function sfntOfWoff(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file')
  const count = woff.readUInt16BE(12)
  const tables = Array.from({length: count}, (_, index) => {
    const at = 44 + index * 20
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)]
    const stored = woff.subarray(offset, offset + compressed)
    return {tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(stored) : stored}
  })
  const header = Buffer.alloc(12 + 16 * count)
  woff.copy(header, 0, 4, 8)
  const log = Math.floor(Math.log2(count))
  header.writeUInt16BE(count, 4)
  header.writeUInt16BE(16 * 2 ** log, 6)
  header.writeUInt16BE(log, 8)
  header.writeUInt16BE(16 * count - 16 * 2 ** log, 10)
  const parts: Buffer[] = [header]
  let offset = header.length
  for (const [index, table] of tables.entries()) {
    const at = 12 + index * 16
    table.tag.copy(header, at)
    header.writeUInt32BE(table.checksum, at + 4)
    header.writeUInt32BE(offset, at + 8)
    header.writeUInt32BE(table.data.length, at + 12)
    const padded = Buffer.alloc((table.data.length + 3) & ~3)
    table.data.copy(padded)
    parts.push(padded)
    offset += padded.length
  }
  return Buffer.concat(parts)
}

interface HarfBuzz {
  memory: WebAssembly.Memory
  malloc(size: number): number
  free(pointer: number): void
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_input_set(input: number, which: number): number
  hb_subset_input_get_flags(input: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_set_add(set: number, code: number): void
  hb_subset_or_fail(face: number, input: number): number
}

let harfBuzz: HarfBuzz | undefined
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3
const HB_SUBSET_FLAGS_NO_HINTING = 0x1

/** HarfBuzz's subsetter (harfbuzzjs' WebAssembly build), loaded once, synchronously. */
function subsetter(): HarfBuzz {
  if (harfBuzz) return harfBuzz
  const module = new WebAssembly.Module(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')))
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as HarfBuzz & {_initialize(): void}
  exports._initialize()
  harfBuzz = exports
  return exports
}

/**
 * A font cut down to the glyphs of some code points (HarfBuzz's `hb_subset`, default options).
 * @param font the sfnt bytes
 * @param codes the code points to keep
 * @returns the subset font's sfnt bytes
 */
export function subsetFont(font: Buffer, codes: readonly number[]): Buffer {
  const hb = subsetter()
  const input = hb.hb_subset_input_create_or_fail()
  if (!input) throw new Error('hb_subset_input_create_or_fail failed')
  const data = hb.malloc(font.length)
  new Uint8Array(hb.memory.buffer).set(font, data)
  const blob = hb.hb_blob_create(data, font.length, 2, 0, 0)
  const face = hb.hb_face_create(blob, 0)
  hb.hb_blob_destroy(blob)
  const unicodes = hb.hb_subset_input_unicode_set(input)
  for (const code of codes) hb.hb_set_add(unicodes, code)
  // A lone sign needs no hinting (Chromium draws unhinted) and no layout tables: a third of the bytes
  hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING)
  const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
  for (const tag of ['GSUB', 'GPOS', 'GDEF', 'DSIG']) hb.hb_set_add(dropped, tag.split('').reduce((sum, ch) => sum * 256 + ch.charCodeAt(0), 0))
  const subset = hb.hb_subset_or_fail(face, input)
  hb.hb_subset_input_destroy(input)
  try {
    if (!subset) throw new Error('hb_subset_or_fail failed')
    const result = hb.hb_face_reference_blob(subset)
    const at = hb.hb_blob_get_data(result, 0)
    const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, at, hb.hb_blob_get_length(result)))
    hb.hb_blob_destroy(result)
    hb.hb_face_destroy(subset)
    return bytes
  } finally {
    hb.hb_face_destroy(face)
    hb.free(data)
  }
}
