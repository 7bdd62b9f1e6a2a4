import {nlp} from './nlp.js'

/** One word or sign of a sentence, as the language model reads it, with its place in the text. */
export interface Token {
  text: string
  /** The text in lower case. */
  lower: string
  /** Universal part-of-speech tag (`NOUN`, `VERB`, `NUM`, `ADP` …). */
  pos: string
  /** The word's dictionary form as the model gives it (`signed` → `sign`, `countries` → `country`). */
  lemma: string
  /** Offsets in the sentence: `sentence.slice(start, end) === text` when the model kept the text. */
  start: number
  end: number
  /** Whether a space comes before it. */
  spaced: boolean
}

/** Longest piece of text given to the model at once; longer sentences are read in pieces. */
const PIECE = 2000

/**
 * The tokens of a sentence with their part-of-speech tags and offsets. A very long "sentence"
 * (a run of initials, a pasted table) is read in pieces of about 2,000 characters, so the time
 * stays linear.
 * @param sentence the text
 * @returns its tokens
 */
export function tokensOf(sentence: string): Token[] {
  const tokens: Token[] = []
  for (let offset = 0; offset < sentence.length; ) {
    let stop = Math.min(sentence.length, offset + PIECE)
    if (stop < sentence.length) {
      const space = sentence.lastIndexOf(' ', stop)
      if (space > offset) stop = space
    }
    readPiece(sentence.slice(offset, stop), offset, tokens)
    offset = stop
  }
  return tokens
}

function readPiece(text: string, offset: number, tokens: Token[]): void {
  const model = nlp()
  const doc = model.readDoc(text)
  const its = model.its
  const words = doc.tokens().out() as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const lemmas = doc.tokens().out(its.lemma as never) as string[]
  let cursor = 0
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    const found = text.indexOf(word, cursor)
    const start = found >= 0 && found - cursor < 8 ? found : cursor
    const end = found >= 0 && found - cursor < 8 ? found + word.length : cursor
    const spaced = start > 0 && /\s/.test(text.charAt(start - 1))
    tokens.push({text: word, lower: word.toLowerCase(), pos: tags[index], lemma: (lemmas[index] ?? word).toLowerCase(), start: start + offset, end: end + offset, spaced})
    cursor = end
  }
}
