import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import {z} from 'zod'
import {BuildError, EXIT} from '../errors.js'
import {checkYamlValue, parseYamlText, readYamlConfig, type PlacedYaml} from './read-yaml-config.js'

/** The project's config file, looked for in the working folder when `--config` is not given. */
export const CONFIG_FILE = 'briefing-pack.yml'

/**
 * The outputs of a pack that can be chosen (`outputs:` or `--only`). `roadmap.md`, the pack's
 * `index.html` and `pack.json` are always written: every other output is made from the first, and
 * the site needs the other two.
 */
export const OUTPUT_NAMES = ['slides.md', 'slides.html', 'slides.pdf', 'slides.pptx', 'brief.html', 'brief.pdf', 'brief.docx'] as const

/** One of `OUTPUT_NAMES`. */
export type OutputName = (typeof OUTPUT_NAMES)[number]

/**
 * Whether these outputs need the browser: the HTML deck and brief are printed or captured there.
 * @param outputs the outputs asked for
 * @returns true when any of them does
 */
export function needsBrowser(outputs: readonly OutputName[]): boolean {
  return outputs.some((output) => output === 'slides.html' || output === 'slides.pdf' || output === 'brief.html' || output === 'brief.pdf')
}

/** The value of `marking` in the config file that makes every source set its own. */
export const MARKING_REQUIRED = 'required'

const oneLine = (what: string) => z.string().trim().min(1, `expected ${what}, not empty`).max(80, `expected ${what} of at most 80 characters`).regex(/^[^\r\n]*$/, `expected ${what} on one line`)

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  }, 'expected a real date as YYYY-MM-DD')

/** What a pack can be told, by the config file or a source's front matter; every key is optional. */
const settingsShape = {
  /** A protective marking, e.g. `OFFICIAL-SENSITIVE`, top and bottom centre of every slide and page. */
  marking: oneLine('a marking'),
  /** The language of the pack; absent: detected from the source. */
  lang: z.enum(['en', 'fr']),
  paper: z.enum(['a4', 'letter']),
  slides: z.enum(['16:9', '4:3']),
  outputs: z.array(z.enum(OUTPUT_NAMES)).min(1, 'expected at least one output'),
  /** Date of issue, shown in the brief. */
  issued: isoDate,
  /** Reference of the document, shown in the brief. */
  reference: oneLine('a reference'),
}

/** The schema of `briefing-pack.yml`: only these keys, each optional. */
export const configSchema = z.strictObject(settingsShape).partial()

/** The schema of the same keys in a source's front matter (other keys there are the readout's). */
const frontMatterSchema = z.object(settingsShape).partial()

/** The settings of the config file, as written. */
export type ConfigSettings = z.output<typeof configSchema>

/** The project's settings: the config file's, with `marking: required` read apart. */
export interface ProjectSettings extends Omit<ConfigSettings, 'marking'> {
  marking?: string
  /** `marking: required`: every source must set its own marking in its front matter. */
  markingRequired?: boolean
  /** `--only`: the outputs to build, over any `outputs` of the config file or front matter. */
  only?: OutputName[]
}

/** The settings of one pack, defaults filled in. */
export interface PackSettings {
  marking?: string
  /** Absent: detected from the source (English unless told). */
  lang?: 'en' | 'fr'
  paper: 'a4' | 'letter'
  slides: '16:9' | '4:3'
  outputs: OutputName[]
  issued?: string
  reference?: string
}

/** The settings of a pack when nothing is configured: the seed's own. */
export const DEFAULT_SETTINGS: PackSettings = {paper: 'a4', slides: '16:9', outputs: [...OUTPUT_NAMES]}

/**
 * Load the project's settings: the file named by `--config`, else `briefing-pack.yml` in the
 * working folder when there is one, else none. Any problem in the file is one line naming
 * `file:line:col` and the key, exit 1; a `--config` file that does not exist is a usage mistake,
 * exit 2, found before any work.
 * @param options `config`: the file named by `--config`; `cwd`: where to look for the default file
 * @returns the settings
 */
export async function loadSettings(options: {config?: string; cwd?: string} = {}): Promise<ProjectSettings> {
  let file = options.config
  if (file !== undefined) {
    const info = await stat(file).catch(() => undefined)
    if (!info) throw new BuildError(`${file}: cannot find the config file named by --config`, EXIT.usage)
    if (!info.isFile()) throw new BuildError(`${file}: the config file named by --config is not a file`, EXIT.usage)
  } else {
    const candidate = path.join(options.cwd ?? process.cwd(), CONFIG_FILE)
    if (!(await stat(candidate).catch(() => undefined))) return {}
    file = candidate
  }
  const read = await readYamlConfig(file, configSchema)
  const {marking, ...rest} = read
  return marking === MARKING_REQUIRED ? {...rest, markingRequired: true} : read
}

/**
 * Read `--only`: output names separated by commas. An unknown name is a usage mistake, exit 2.
 * @param list e.g. `slides.pdf,brief.pdf`
 * @returns the names
 */
export function parseOnly(list: string): OutputName[] {
  const names = list.split(',').map((name) => name.trim()).filter(Boolean)
  const unknown = names.find((name) => !(OUTPUT_NAMES as readonly string[]).includes(name))
  if (unknown !== undefined) throw new BuildError(`--only: unknown output \`${unknown}\` (allowed: ${OUTPUT_NAMES.join(', ')})`, EXIT.usage)
  if (names.length === 0) throw new BuildError(`--only: expected output names separated by commas (allowed: ${OUTPUT_NAMES.join(', ')})`, EXIT.usage)
  return [...new Set(names)] as OutputName[]
}

/**
 * Read the settings keys of a Markdown source's front matter into `file.data.settings`. A problem
 * is a fatal message on the source naming its line and column and the key.
 * @param file the source
 * @param yaml the front matter's text
 * @param start where the front matter's text starts in the source (the line after `---`)
 */
export function readFrontMatterSettings(file: VFile, yaml: string, start: {line: number; column: number}): void {
  let placed: PlacedYaml
  try {
    placed = parseYamlText(yaml, file.path)
  } catch {
    // Front matter that is not YAML is reported by the reader of the readout.
    return
  }
  const result = checkYamlValue(placed, frontMatterSchema)
  if ('problem' in result) {
    const {at, message} = result.problem
    const place = {line: start.line + at.line - 1, column: at.line === 1 ? start.column + at.column - 1 : at.column}
    file.message(`Unexpected front matter setting ${message.replace(/^([^:]+): /, '`$1`: ')}`, {place, ruleId: 'front-matter-setting', source: 'briefing-pack'}).fatal = true
    return
  }
  if (result.value.marking === MARKING_REQUIRED) {
    const at = placedKey(placed, 'marking')
    file.message('Unexpected `marking: required` in front matter, expected the marking itself, e.g. `marking: OFFICIAL`', {place: {line: start.line + at.line - 1, column: at.column}, ruleId: 'front-matter-setting', source: 'briefing-pack'}).fatal = true
    return
  }
  file.data.settings = result.value
}

function placedKey(yaml: PlacedYaml, key: string): {line: number; column: number} {
  const node = yaml.document.getIn([key], true) as {range?: [number, number, number]} | undefined
  const {line, col} = yaml.lines.linePos(node?.range?.[0] ?? 0)
  return {line, column: col}
}

/**
 * The settings of one pack: defaults, then the project's, then the source's front matter, then
 * `--only`. With `marking: required`, a source without its own marking gets a fatal message.
 * @param project the project's settings
 * @param file the source (its `data.settings` from front matter, if any)
 * @returns the pack's settings, or `undefined` when the source broke a rule of the project
 */
export function packSettings(project: ProjectSettings, file: VFile): PackSettings | undefined {
  const own = (file.data.settings ?? {}) as Partial<PackSettings>
  if (project.markingRequired && !own.marking) {
    file.message('Unexpected source without its own protective marking, expected `marking:` in its front matter (the config says `marking: required`)', {place: {line: 1, column: 1}, ruleId: 'marking-required', source: 'briefing-pack'}).fatal = true
    return undefined
  }
  const {markingRequired: _required, only, ...fromProject} = project
  const merged: PackSettings = {...DEFAULT_SETTINGS, ...definedOnly(fromProject), ...definedOnly(own)}
  if (only) merged.outputs = only
  return merged
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

declare module 'vfile' {
  interface DataMap {
    /** Settings from a Markdown source's front matter (`marking`, `paper`, …). */
    settings: Partial<PackSettings>
  }
}
