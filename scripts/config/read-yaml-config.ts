import path from 'node:path'
import {isMap, isScalar, LineCounter, parseDocument, type Document} from 'yaml'
import type {z} from 'zod'
import {BuildError, EXIT} from '../errors.js'
import {isReadProblem, MAX_CONFIG_BYTES, readLimited, readProblemText} from './read-limited.js'

/** Where a problem in a YAML file is: 1-based line and column. */
export interface Place {
  line: number
  column: number
}

/** A YAML text parsed with positions, so that a problem can name its `file:line:col`. */
export interface PlacedYaml {
  /** The file, as given (shown in messages relative to the working folder). */
  file: string
  document: Document
  lines: LineCounter
}

/**
 * Parse YAML text, keeping positions. A syntax error is a BuildError (exit 1) naming the place.
 * @param text the YAML
 * @param file the file it came from, for messages
 * @returns the parsed document with its line index
 */
export function parseYamlText(text: string, file: string): PlacedYaml {
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  const error = document.errors[0]
  if (error) {
    const at = position({file, document, lines}, error.pos[0])
    if (error.code === 'DUPLICATE_KEY') throw duplicateKeyError(file, text, lines, error.pos[0])
    throw configError(file, at, `not valid YAML: ${firstLine(error.message)}`)
  }
  return {file, document, lines}
}

/**
 * Read a YAML config file and check it against a schema. Every problem (missing file, bad YAML,
 * unknown key, wrong value) is one BuildError line, `file:line:col: key: what is wrong (allowed: …)`,
 * exit 1.
 * @param file path of the file
 * @param schema the zod schema of its contents
 * @returns the checked value
 */
export async function readYamlConfig<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>> {
  const read = await readLimited(file, MAX_CONFIG_BYTES)
  if (isReadProblem(read)) throw new BuildError(`${shown(file)}: cannot read the file (${readProblemText(read, 'a config file', MAX_CONFIG_BYTES)})`, EXIT.sourceErrors)
  return checkYaml(parseYamlText(Buffer.from(read).toString('utf8'), file), schema)
}

/** A problem found in a YAML text: where it is and the message (`key: what is wrong (allowed: …)`). */
export interface YamlProblem {
  at: Place
  message: string
}

/**
 * Check parsed YAML against a schema; the first problem is a BuildError naming its place and key.
 * @param yaml parsed text with positions
 * @param schema the zod schema
 * @returns the checked value
 */
export function checkYaml<S extends z.ZodType>(yaml: PlacedYaml, schema: S): z.output<S> {
  const result = checkYamlValue(yaml, schema)
  if ('problem' in result) throw configError(yaml.file, result.problem.at, result.problem.message)
  return result.value
}

/**
 * Check parsed YAML against a schema without throwing, for callers that report the problem their
 * own way (front matter inside a source, whose messages go on the source's file).
 * @param yaml parsed text with positions
 * @param schema the zod schema
 * @returns the checked value, or the first problem with its place and key
 */
export function checkYamlValue<S extends z.ZodType>(yaml: PlacedYaml, schema: S): {value: z.output<S>} | {problem: YamlProblem} {
  let value: unknown
  try {
    value = yaml.document.toJS() ?? {}
  } catch (error) {
    // The YAML library refuses aliases that would expand past what it allows (a "billion laughs").
    return {problem: {at: {line: 1, column: 1}, message: `not valid YAML: ${firstLine((error as Error).message)}`}}
  }
  const result = schema.safeParse(value)
  if (result.success) return {value: result.data}
  const issue = result.error.issues[0]!
  const keyPath = issue.path.map(String)
  // An unknown key is placed at that key, not at the map holding it.
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined
  const placePath = unknown === undefined ? keyPath : [...keyPath, unknown]
  const label = placePath.join('.') || '(top level)'
  const present = unknown !== undefined || hasPath(value, keyPath)
  const message = unknown === undefined ? describeIssue(issue, present) : `unknown key${allowedKeys(schema, keyPath)}`
  return {problem: {at: placeOf(yaml, placePath, unknown === undefined), message: `${label}: ${message}`}}
}

/**
 * Where a key path is in the document: its value's start (or its key's), else the nearest
 * parent's key.
 * @param yaml parsed text with positions
 * @param keyPath keys from the top
 * @param atValue place at the value rather than at the key, when the value is there
 * @returns the place, or the start of the file
 */
export function placeOf(yaml: PlacedYaml, keyPath: readonly (string | number)[], atValue = false): Place {
  if (atValue && keyPath.length > 0) {
    const node = yaml.document.getIn(keyPath, true) as {range?: [number, number, number]} | undefined
    if (node?.range) return position(yaml, node.range[0])
  }
  for (let length = keyPath.length; length > 0; length--) {
    const parentPath = keyPath.slice(0, length - 1)
    const parent = parentPath.length === 0 ? yaml.document.contents : yaml.document.getIn(parentPath, true)
    const key = keyPath[length - 1]
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key))
      const node = pair?.key as {range?: [number, number, number]} | undefined
      if (node?.range) return position(yaml, node.range[0])
    }
    const node = yaml.document.getIn(keyPath.slice(0, length), true) as {range?: [number, number, number]} | undefined
    if (node?.range) return position(yaml, node.range[0])
  }
  return {line: 1, column: 1}
}

/**
 * One BuildError line for a config file: `file:line:col: message`, exit 1.
 * @param file the config file
 * @param at where
 * @param message what is wrong and what is allowed
 * @returns the error to throw
 */
export function configError(file: string, at: Place, message: string): BuildError {
  return new BuildError(`${shown(file)}:${at.line}:${at.column}: ${message}`, EXIT.sourceErrors)
}

/**
 * yaml says only "Map keys must be unique": name the key, and the line where it was first set (the
 * nearest earlier line with the same key at the same indentation).
 */
function duplicateKeyError(file: string, text: string, lines: LineCounter, offset: number): BuildError {
  const at = lines.linePos(offset)
  const key = /^[^:#\n]*/.exec(text.slice(offset))![0].trim().replace(/^["']|["']$/g, '')
  const indent = at.col - 1
  const before = text.slice(0, offset).split('\n').slice(0, -1)
  const same = (line: string) => line.length - line.trimStart().length === indent && /^["']?([^"':#]+?)["']?\s*:/.exec(line.trimStart())?.[1].trim() === key
  const earlier = before.findLastIndex(same)
  return configError(file, {line: at.line, column: at.col}, `${key}: set twice${earlier >= 0 ? ` (first on line ${earlier + 1})` : ''}; each key may be set once`)
}

function position(yaml: PlacedYaml, offset: number): Place {
  const {line, col} = yaml.lines.linePos(offset)
  return {line, column: col}
}

function hasPath(value: unknown, keyPath: readonly string[]): boolean {
  let node = value
  for (const key of keyPath) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false
    node = (node as Record<string, unknown>)[key]
  }
  return node !== undefined
}

function describeIssue(issue: z.core.$ZodIssue, present: boolean): string {
  switch (issue.code) {
    case 'invalid_value':
      return `not allowed; allowed: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'invalid_type':
      return present ? `expected ${issue.expected}` : `missing; expected ${issue.expected}`
    default:
      return firstLine(issue.message)
  }
}

function allowedKeys(schema: z.ZodType, keyPath: readonly string[]): string {
  let node: unknown = schema
  for (const key of keyPath) {
    const shape = (node as {shape?: Record<string, unknown>}).shape
    node = shape?.[key]
    // Unwrap optional/default wrappers to reach an object's shape.
    while (node && typeof node === 'object' && 'unwrap' in node && typeof (node as {unwrap: unknown}).unwrap === 'function' && !(node as {shape?: unknown}).shape) {
      node = (node as {unwrap: () => unknown}).unwrap()
    }
  }
  const shape = (node as {shape?: Record<string, unknown>} | undefined)?.shape
  return shape ? ` (allowed: ${Object.keys(shape).join(', ')})` : ''
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}
