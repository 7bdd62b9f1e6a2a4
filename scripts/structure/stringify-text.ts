import type {Options} from 'remark-stringify'

type Handlers = NonNullable<Options['handlers']>
type State = Parameters<NonNullable<Handlers['text']>>[2]
type SafeConfig = Parameters<State['safe']>[1]
type Unsafe = NonNullable<Options['unsafe']>[number]

/** Per list of unsafe patterns: their characters and a backslash, as one class (`isPlain` reads a text once, not once per pattern). */
const UNSAFE_CHARACTERS = new WeakMap<readonly Unsafe[], RegExp>()

/**
 * The characters of a list of unsafe patterns and a backslash, as one class of a regular expression.
 * @param unsafe the serializer's unsafe patterns
 * @returns the class, global (to find each one a text holds)
 */
function unsafeCharacters(unsafe: readonly Unsafe[]): RegExp {
  let characters = UNSAFE_CHARACTERS.get(unsafe)
  if (!characters) {
    const each = new Set(['\\', ...unsafe.map((pattern) => pattern.character)])
    const code = (character: string) => [...character].map((point) => `\\u{${point.codePointAt(0)!.toString(16)}}`).join('')
    // (a pattern's character is one character: were one longer, the class would be an alternation)
    characters = [...each].every((character) => [...character].length === 1) ? new RegExp(`[${[...each].map(code).join('')}]`, 'gu') : new RegExp([...each].map(code).join('|'), 'gu')
    UNSAFE_CHARACTERS.set(unsafe, characters)
  }
  return characters
}

/**
 * Whether `safe` would write a text as it is, whatever surrounds it: it holds no character of any unsafe pattern (every
 * pattern matches on its character, so none can escape anything in it) and no backslash, nor does the character after it.
 * @param value the text
 * @param unsafe the serializer's unsafe patterns
 * @param after the character after it
 */
function isPlain(value: string, unsafe: readonly Unsafe[], after: string | undefined): boolean {
  const characters = unsafeCharacters(unsafe)
  characters.lastIndex = 0
  return !characters.test(value) && !after?.includes('\\')
}

/**
 * What the library's `safe` makes of a text, the same bytes in less time: of the ~50 unsafe patterns it tries on every text
 * (each a regular expression over it), only those whose character the text or the characters around it hold can match, so
 * only those are tried; a plain text (`isPlain`) is written as it is, what `safe` returns when nothing matches in it.
 * @param state the serializer's state (its `unsafe` patterns are narrowed for this one call)
 * @param value the text
 * @param config what `safe` is told: the characters and the nodes around it
 * @returns the text, escaped where Markdown would read it otherwise
 */
function safeText(state: State, value: string, config: SafeConfig): string {
  if (isPlain(value, state.unsafe, config.after)) return value
  const all = state.unsafe
  const around = (config.before || '') + value + (config.after || '')
  state.unsafe = all.filter((pattern) => around.includes(pattern.character))
  try {
    return state.safe(value, config)
  } finally {
    state.unsafe = all
  }
}

/** remark-stringify's `text` handler, through `safeText` (2 MB of `Action` lines, 300,000 paragraphs, took ~8 s of the stage's ~26 s to write). */
const text: Handlers['text'] = function (node, parent, state, info) {
  const siblings = parent ? parent.children : []
  const index = state.indexStack[state.indexStack.length - 1]
  return safeText(state, node.value, {before: info.before, after: info.after, encode: (info as SafeConfig).encode, afterNode: siblings[index + 1], beforeNode: siblings[index - 1]})
}

/**
 * remark-stringify's `paragraph` handler, a text alone in it written through `safeText` at once: what the library's phrasing
 * makes of one text child, without its tracker and its pass over emphasis, which cost as much again per paragraph.
 * @param node the paragraph
 * @param _ its parent
 * @param state the serializer's state
 * @param info the characters around it
 * @returns the paragraph's Markdown
 */
const paragraph: Handlers['paragraph'] = function (node, _, state, info) {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type === 'text' && isPlain(only.value, state.unsafe, info.after)) return only.value
  const exit = state.enter('paragraph')
  const subexit = state.enter('phrasing')
  // (the phrasing of one text: `safe` on it with no node around it, and no emphasis to pair)
  const value = only?.type === 'text' ? safeText(state, only.value, {before: info.before, after: info.after, encode: (info as SafeConfig).encode}) : state.containerPhrasing(node, info)
  subexit()
  exit()
  return value
}

/** The handlers `roadmap.md` is written with: the library's own, the same bytes, faster on plain text. */
export const STRINGIFY_HANDLERS = {text, paragraph}
