/**
 * A text as a CSS string in single quotes, safe inside an HTML `<style>` element: quotes,
 * backslashes, `<`, `>`, `&` and control characters are written as CSS escapes (`\3c `), so a
 * `</style>` in a brand's font name cannot end the element (what followed it ran as HTML), and the
 * name reaches the font matching as written.
 * @param text the text (a font family's name)
 * @returns the CSS string, quotes included
 */
export function cssString(text: string): string {
  return `'${text.replace(/['"\\<>&\u0000-\u001f\u007f]/g, (character) => `\\${character.codePointAt(0)!.toString(16)} `)}'`
}
