/**
 * The markers a thread or a newsletter puts before its items, which word processors do not: a
 * thread's post numbers (`1/`, `2/`, or `1/8`, `2/8` with the thread's length) and an emoji opening
 * each item of a list (`✅ Member cities will …`, `📌 …`, `1️⃣ …`). Each is a marker only where the
 * text uses it as a list's: post numbers counting up from 1, an emoji opening two lines or more, so
 * that a fraction (`1/3 of the budget`) or an emoji that only decorates a line is no marker.
 */

import {EMOJI} from './text.js'

/** A thread's post number at a line's start (group 2: the marker, 3: the number). */
const POST_NUMBER = /^([ \t\u00A0]*)((\d{1,2})\/(?:\d{1,2})?)[ \t\u00A0]+(?=\S)/
/** An emoji (with its variation selector, skin tone or joined parts) or a keycap digit at a line's start, then a space (group 2: the marker). */
const EMOJI_MARKER = new RegExp(String.raw`^([ \t\u00A0]*)(${EMOJI}|\d\uFE0F?\u20E3)[ \t\u00A0]+(?=\S)`, 'u')
/** A thread's first post number closing a line (`… what was decided 👇 1/8`, `… (1/5)`). */
const CLOSING_NUMBER = /\s\(?1\/\d{1,2}\)?[ \t\u00A0]*$/u
/** Fewest posts numbered in turn that make a thread. */
const THREAD_POSTS = 3
/** Most lines closing on `1/N` tried as a thread's first post. */
const MAX_FIRST_POSTS = 4

/**
 * The lines of a text that open with a thread's post number or a list's emoji, with their marker.
 * @param lines the document's lines
 * @returns for each such line, its marker match (`[whole, indent, marker]`, as a bullet's)
 */
export function socialBullets(lines: string[]): Map<number, [string, string, string]> {
  const found = new Map<number, [string, string, string]>()
  // posts numbered 1/, 2/, 3/ … in turn (a post may run over several lines)
  const posts: Array<[number, RegExpExecArray]> = []
  for (let index = 0; index < lines.length; index++) {
    const post = POST_NUMBER.exec(lines[index])
    if (post && Number(post[3]) === posts.length + 1) posts.push([index, post])
  }
  if (posts.length >= THREAD_POSTS) for (const [index, post] of posts) found.set(index, [post[0], post[1], post[2]])
  const emoji = new Map<string, number[]>()
  lines.forEach((line, index) => {
    const item = EMOJI_MARKER.exec(line)
    // keycap digits (1️⃣, 2️⃣ …) count as one marker; a marker opens a list only where it opens two lines or more
    if (!item) return
    const key = /\u20E3/.test(item[2]) ? '\u20E3' : item[2]
    const at = emoji.get(key)
    if (at) at.push(index)
    else emoji.set(key, [index])
  })
  for (const at of emoji.values()) {
    if (at.length < 2) continue
    for (const index of at) {
      const item = EMOJI_MARKER.exec(lines[index])!
      found.set(index, [item[0], item[1], item[2]])
    }
  }
  return found
}

/** Whether a bullet's marker is a thread's post number or an emoji (not a communiqué's paragraph number). */
export function isSocialMarker(marker: string): boolean {
  return /\/|\u20E3/.test(marker) || /^\p{Extended_Pictographic}/u.test(marker)
}

/**
 * The post numbers of a thread whose first post carries its number at its end (`… what was decided 👇 1/8`), as Bluesky's, Mastodon's and
 * X's threads are often numbered, the next posts opening on theirs (`2/8 First, the numbers.`, `3/8 …`): each number with the thread's
 * length, counting up in turn from 2. They are the app's, never the post's words, read as a chat's prefix is (the post a paragraph as it
 * was written, not a list's item), the first post's closing number cut off its end (app49).
 * @param lines the document's lines
 * @returns per line opening on such a number, the width of the number and the spaces after it, and the first post's line with where its
 * number closes it (`beforeClosingNumber`; nothing when the text is no such thread)
 */
export function threadNumbers(lines: string[]): {prefix: Map<number, number>; closing?: number} {
  // (the first line closing on `1/N` that the next posts follow: a line such as `… quorum 1/2` above the thread is no first post;
  // a few such lines are tried, each reading the lines after it once)
  let tried = 0
  for (let closing = 0; closing < lines.length && tried < MAX_FIRST_POSTS; closing++) {
    if (lines[closing].length > 2000 || !CLOSING_NUMBER.test(lines[closing])) continue
    tried++
    const prefix = new Map<number, number>()
    const total = /(\d{1,2})\)?[ \t\u00A0]*$/u.exec(lines[closing])![1]
    for (let index = closing + 1; index < lines.length; index++) {
      const post = POST_NUMBER.exec(lines[index])
      if (post && post[2] === `${prefix.size + 2}/${total}`) prefix.set(index, post[0].length)
    }
    if (prefix.size + 1 >= THREAD_POSTS) return {prefix, closing}
  }
  return {prefix: new Map()}
}

/** Where a thread's first post's closing number starts on its line (`… decided 👇 1/8` → before ` 1/8`), as the line is read; else its end. */
export function beforeClosingNumber(line: string): number {
  return CLOSING_NUMBER.exec(line)?.index ?? line.trimEnd().length
}
