import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {z} from 'zod'
import {BuildError, EXIT} from '../errors.js'
import {contrastProblems, deriveColors, hexColor, MIN_CONTRAST, type BrandColors} from '../theme/brand-colors.js'
import {familyString, fileFace, fontsourceFaces, type Face} from '../theme/fonts.js'
import {tokens, type ThemeColors} from '../theme/tokens.js'
import {isReadProblem, MAX_CONFIG_BYTES, megabytes, readLimited, readProblemText} from './read-limited.js'
import {checkYaml, configError, parseYamlText, placeOf, type PlacedYaml} from './read-yaml-config.js'

/** The file name looked for in the working folder when `--brand` is not given. */
export const BRAND_FILE = '_brand.yml'

/** A logo ready for every output: its file's bytes, a PNG for the deck and Office files, its alt text. */
export interface BrandLogo {
  /** The file as given: PNG or SVG (the brief and the site show it as it is, vector stays vector). */
  data: Uint8Array
  type: 'png' | 'svg'
  /** A PNG of it, 192 px high (Marp and Word take no SVG). */
  png: Uint8Array
  /** Width over height. */
  aspect: number
  alt: string
}

/** A brand, read from `_brand.yml` and checked, in the terms the outputs use. */
export interface Brand {
  /** The brand file, for messages. */
  file: string
  /** The organisation (`meta.name`): shown where the readout names none, and in the metadata. */
  name?: string
  link?: string
  /** The logo by size; a missing size falls back to the nearest one given. */
  logo?: {small: BrandLogo; medium: BrandLogo; large: BrandLogo}
  /** Every theme colour, derived from `color` (see `deriveColors`). */
  color: ThemeColors
  /** Font stacks: `sans` for headings and short text (the deck, the site), `serif` for the brief's body. */
  font: {sans: string; serif: string}
  /** Embedded faces replacing the seed's, by slot. */
  faces: {sans?: Face[]; serif?: Face[]}
  /** `typography.base.weight` and `typography.headings.weight`. */
  weight: {base?: number; heading?: number}
}

/** CSS weight names brand.yml allows, as numbers. */
const WEIGHTS: Record<string, number> = {thin: 100, 'extra-light': 200, 'ultra-light': 200, light: 300, normal: 400, regular: 400, medium: 500, 'semi-bold': 600, 'demi-bold': 600, bold: 700, 'extra-bold': 800, 'ultra-bold': 800, black: 900}

const weight = z.preprocess((value) => (typeof value === 'string' && value in WEIGHTS ? WEIGHTS[value] : value), z.number().int().min(100).max(900))
const logoImage = z.preprocess((value) => (typeof value === 'string' ? {path: value} : value), z.strictObject({path: z.string(), alt: z.string().optional()}))
const fontFile = z.preprocess((value) => (typeof value === 'string' ? {path: value} : value), z.strictObject({path: z.string(), weight: z.union([weight, z.string().regex(/^\d{3} \d{3}$/)]).optional(), style: z.enum(['normal', 'italic']).optional()}))
/**
 * A font family's name: letters, digits, spaces, `.`, `_`, `-`. It goes into the CSS of every page
 * and into the PowerPoint's XML as written; a `</style>` or `<` in it ended the brief's style
 * element (what followed ran as HTML) and made the PPTX malformed.
 */
const familyName = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._-]*$/u, 'expected a font family name: letters, digits, spaces, `.`, `_` or `-`')
const textStyle = z.preprocess((value) => (typeof value === 'string' ? {family: value} : value), z.strictObject({family: familyName.optional(), weight: weight.optional()}))

/** The part of brand.yml that briefing-pack reads; any other key is an error. */
export const brandSchema = z.strictObject({
  meta: z
    .strictObject({
      name: z.preprocess((value) => (typeof value === 'string' ? {full: value} : value), z.strictObject({full: z.string().optional(), short: z.string().optional()})).optional(),
      link: z.string().optional(),
    })
    .optional(),
  logo: z.preprocess((value) => (typeof value === 'string' ? {medium: value} : value), z.strictObject({small: logoImage.optional(), medium: logoImage.optional(), large: logoImage.optional()})).optional(),
  color: z
    .strictObject({
      palette: z.record(z.string(), z.string()).optional(),
      primary: z.string().optional(),
      secondary: z.string().optional(),
      foreground: z.string().optional(),
      background: z.string().optional(),
    })
    .optional(),
  typography: z
    .strictObject({
      fonts: z
        .array(
          z.strictObject({
            family: familyName,
            source: z.enum(['file', 'fontsource']),
            files: z.array(fontFile).optional(),
            weight: z.array(weight).optional(),
            style: z.array(z.enum(['normal', 'italic'])).optional(),
          }),
        )
        .optional(),
      base: textStyle.optional(),
      headings: textStyle.optional(),
    })
    .optional(),
})

type BrandYaml = z.output<typeof brandSchema>

/** The seed's four colours: a brand that names none of them looks like the seed. */
const SEED_COLORS: BrandColors = {primary: tokens.color.navy, secondary: tokens.color.accent, foreground: tokens.color.ink, background: tokens.color.paper}

/** The seed's families, usable in `typography` without a `fonts` entry. */
const SEED_FAMILIES = {sans: 'Source Sans 3', serif: 'Source Serif 4'}

/**
 * The brand of a run: `--brand FILE` when given, else `_brand.yml` in the working folder, else none
 * (the seed's look).
 * @param option the `--brand` option
 * @param folder where to look for `_brand.yml`
 * @returns the checked brand, or undefined
 */
export async function findBrand(option?: string, folder = process.cwd()): Promise<Brand | undefined> {
  if (option !== undefined) return loadBrand(option)
  const file = path.join(folder, BRAND_FILE)
  return existsSync(file) ? loadBrand(path.relative(process.cwd(), file) || file) : undefined
}

/**
 * Read and check a brand file: schema (unknown keys, wrong values), colours (hex or a palette
 * name), logo and font files (paths relative to the brand file), the contrast of every text colour
 * on its ground. Every problem is one BuildError line, `file:line:col: key: …`, exit 1.
 * @param file the brand file
 * @returns the brand
 */
export async function loadBrand(file: string): Promise<Brand> {
  const read = await readLimited(file, MAX_CONFIG_BYTES)
  if (isReadProblem(read)) throw new BuildError(`${file}: cannot read the brand file (${readProblemText(read, 'a brand file', MAX_CONFIG_BYTES)})`, EXIT.sourceErrors)
  const yaml = parseYamlText(Buffer.from(read).toString('utf8'), file)
  const value = checkYaml(yaml, brandSchema) as BrandYaml
  const fail = (keyPath: Array<string | number>, message: string) => configError(file, placeOf(yaml, keyPath, true), `${keyPath.join('.')}: ${message}`)
  const written: Written = (...keyPaths) => keyPaths.find((keyPath) => hasKey(yaml, keyPath)) ?? keyPaths.at(-1)!
  const folder = path.dirname(path.resolve(file))
  const name = value.meta?.name?.full ?? value.meta?.name?.short

  const base = brandColors(value, fail)
  const color = deriveColors(base)
  const problem = contrastProblems(color)[0]
  if (problem) {
    const keyPath = ['color', problem.key]
    const named = hasKey(yaml, keyPath)
    throw fail(named ? keyPath : ['color'], `${named ? '' : `(default ${base[problem.key]}) `}${problem.use}: ${problem.text} on ${problem.ground} has a contrast of ${problem.ratio.toFixed(2)}:1, at least ${MIN_CONTRAST}:1 is needed`)
  }

  const {font, faces} = await brandFonts(value, folder, fail, written)
  return {
    file,
    name,
    link: value.meta?.link,
    logo: await brandLogos(value, folder, name, fail, written),
    color,
    font,
    faces,
    weight: {base: value.typography?.base?.weight, heading: value.typography?.headings?.weight},
  }
}

type Fail = (keyPath: Array<string | number>, message: string) => BuildError
/** The first of some key paths that is written in the file (a value can be given short or long). */
type Written = (...keyPaths: Array<Array<string | number>>) => Array<string | number>

function hasKey(yaml: PlacedYaml, keyPath: Array<string | number>): boolean {
  return yaml.document.hasIn(keyPath)
}

/** The four colours, each a hex colour or a palette name. */
function brandColors(value: BrandYaml, fail: Fail): BrandColors {
  const palette: Record<string, string> = {}
  for (const [name, colour] of Object.entries(value.color?.palette ?? {})) {
    const hex = hexColor(colour)
    if (!hex) throw fail(['color', 'palette', name], `\`${colour}\` is not a colour; expected a hex colour such as #0b2545`)
    palette[name] = hex
  }
  const pick = (key: keyof BrandColors): string => {
    const given = value.color?.[key]
    if (given === undefined) return SEED_COLORS[key]
    const hex = hexColor(given) ?? palette[given]
    if (!hex) {
      const names = Object.keys(palette)
      throw fail(['color', key], `\`${given}\` is neither a hex colour (#0b2545) nor a name in color.palette${names.length ? ` (${names.join(', ')})` : ''}`)
    }
    return hex
  }
  return {primary: pick('primary'), secondary: pick('secondary'), foreground: pick('foreground'), background: pick('background')}
}

/** Each logo size read, checked (PNG or SVG) and made ready; missing sizes take the nearest given. */
async function brandLogos(value: BrandYaml, folder: string, name: string | undefined, fail: Fail, written: Written): Promise<Brand['logo']> {
  if (!value.logo) return undefined
  const sizes = ['small', 'medium', 'large'] as const
  const read: Partial<Record<(typeof sizes)[number], BrandLogo>> = {}
  for (const size of sizes) {
    const entry = value.logo[size]
    if (!entry) continue
    const keyPath = written(['logo', size, 'path'], ['logo', size], ['logo'])
    const data = await readBytes(path.resolve(folder, entry.path), MAX_LOGO_BYTES, (problem) => fail(keyPath, problem === 'missing' ? `cannot find the logo file \`${entry.path}\` (paths are relative to the brand file)` : problem === 'not a file' ? `\`${entry.path}\` is not a regular file, expected a PNG or SVG file` : `\`${entry.path}\` is ${megabytes(problem)}, expected a logo under ${megabytes(MAX_LOGO_BYTES)} (it is embedded in every page)`))
    const type = imageType(data)
    if (!type) throw fail(keyPath, `\`${entry.path}\` is not a PNG or SVG file`)
    const {default: sharp} = await import('sharp')
    let aspect: number
    let png: Uint8Array
    try {
      const meta = await sharp(data).metadata()
      aspect = (meta.width ?? 1) / (meta.height ?? 1)
      const density = type === 'svg' ? Math.min(2400, Math.max(72, (72 * 192) / (meta.height ?? 192))) : undefined
      png = await sharp(data, density ? {density} : {}).resize({height: 192}).png().toBuffer()
    } catch {
      throw fail(keyPath, `\`${entry.path}\` cannot be read as an image`)
    }
    read[size] = {data, type, png, aspect, alt: entry.alt ?? (name ? `${name} logo` : 'Logo')}
  }
  const nearest = (order: Array<(typeof sizes)[number]>) => order.map((size) => read[size]).find(Boolean)!
  if (!read.small && !read.medium && !read.large) return undefined
  return {small: nearest(['small', 'medium', 'large']), medium: nearest(['medium', 'large', 'small']), large: nearest(['large', 'medium', 'small'])}
}

/** The font stacks and embedded faces of `typography`. */
async function brandFonts(value: BrandYaml, folder: string, fail: Fail, written: Written): Promise<Pick<Brand, 'font' | 'faces'>> {
  const declared = new Map<string, Face[]>()
  const fonts = value.typography?.fonts ?? []
  for (const [index, font] of fonts.entries()) {
    const at = ['typography', 'fonts', index]
    if (font.source === 'file') {
      if (!font.files?.length) throw fail([...at, 'source'], 'a font with `source: file` needs `files` (paths relative to the brand file)')
      const faces: Face[] = []
      for (const [fileIndex, entry] of font.files.entries()) {
        const keyPath = written([...at, 'files', fileIndex, 'path'], [...at, 'files', fileIndex])
        const data = await readBytes(path.resolve(folder, entry.path), MAX_FONT_BYTES, (problem) => fail(keyPath, problem === 'missing' ? `cannot find the font file \`${entry.path}\` (paths are relative to the brand file)` : problem === 'not a file' ? `\`${entry.path}\` is not a regular file, expected a font file` : `\`${entry.path}\` is ${megabytes(problem)}, expected a font file under ${megabytes(MAX_FONT_BYTES)} (it is embedded in every page)`))
        const format = fontFormat(data)
        if (!format) throw fail(keyPath, `\`${entry.path}\` is not a font file (WOFF2, WOFF, TTF or OTF)`)
        faces.push(fileFace(font.family, data, format, String(entry.weight ?? 400), entry.style ?? 'normal'))
      }
      declared.set(font.family, faces)
    } else {
      if (font.files) throw fail([...at, 'files'], '`files` go with `source: file`; a fontsource family is read from its installed package')
      const pkg = `@fontsource/${font.family.toLowerCase().replace(/\s+/g, '-')}`
      const packageFolder = resolvePackage(pkg, folder)
      if (!packageFolder) throw fail([...at, 'family'], `the package \`${pkg}\` is not installed (npm install ${pkg})`)
      const weights = font.weight ?? [400, 600, 700]
      const styles = font.style ?? ['normal', 'italic']
      const files = weights.flatMap((w) => styles.map((s) => (s === 'italic' ? `${w}-italic` : `${w}`))).filter((name) => existsSync(path.join(packageFolder, `${name}.css`)))
      if (!files.length) throw fail([...at, 'weight'], `\`${pkg}\` has none of the weights ${weights.join(', ')}`)
      declared.set(font.family, fontsourceFaces(packageFolder, files))
    }
  }
  const family = (role: 'base' | 'headings'): string | undefined => {
    const name = value.typography?.[role]?.family
    if (name === undefined) return undefined
    if (!declared.has(name) && !Object.values(SEED_FAMILIES).includes(name)) {
      throw fail(written(['typography', role, 'family'], ['typography', role]), `\`${name}\` is not in typography.fonts; add it there with \`source: file\` or \`source: fontsource\` (fonts are embedded, never fetched)`)
    }
    return name
  }
  const base = family('base')
  const headings = family('headings') ?? base
  const stack = (name: string | undefined, seed: string) => (name ? `${familyString(name)}, ${seed}` : seed)
  return {
    font: {sans: stack(headings, tokens.font.sans), serif: stack(base, tokens.font.serif)},
    faces: {sans: headings ? declared.get(headings) : undefined, serif: base ? declared.get(base) : undefined},
  }
}

function resolvePackage(pkg: string, folder: string): string | undefined {
  for (const from of [path.join(folder, 'package.json'), import.meta.url]) {
    try {
      return path.dirname(createRequire(from).resolve(`${pkg}/package.json`))
    } catch {
      // Not installed there.
    }
  }
  return undefined
}

/** Largest logo file read: it is embedded in every page and slide (a crest is tens of KB; 1.5 GB took 22 s and 3 GB of memory to refuse). */
const MAX_LOGO_BYTES = 5 * 1024 * 1024
/** Largest font file read: embedded in every page too (a CJK font is ~16 MB). */
export const MAX_FONT_BYTES = 32 * 1024 * 1024

/**
 * The bytes of a file a brand names, checked before they are read: it must be a regular file (a
 * FIFO, a device or a folder is refused, never read) of at most `limit` bytes (`readLimited`).
 * @param file the file's path
 * @param limit the largest size accepted, in bytes
 * @param problem the error for a file that is missing, not a regular file, or too large (its size)
 * @returns the bytes
 */
async function readBytes(file: string, limit: number, problem: (found: 'missing' | 'not a file' | number) => BuildError): Promise<Uint8Array> {
  const read = await readLimited(file, limit)
  if (!isReadProblem(read)) return read
  if (read.problem === 'too large') throw problem(read.size)
  throw problem(read.problem === 'unreadable' ? 'missing' : read.problem)
}

function imageType(data: Uint8Array): 'png' | 'svg' | undefined {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png'
  const head = Buffer.from(data.subarray(0, 4096)).toString('utf8')
  return /<svg[\s>]/.test(head) ? 'svg' : undefined
}

function fontFormat(data: Uint8Array): string | undefined {
  const magic = Buffer.from(data.subarray(0, 4)).toString('latin1')
  if (magic === 'wOF2') return 'woff2'
  if (magic === 'wOFF') return 'woff'
  if (magic === 'OTTO') return 'opentype'
  if (magic === '\x00\x01\x00\x00' || magic === 'true') return 'truetype'
  return undefined
}
