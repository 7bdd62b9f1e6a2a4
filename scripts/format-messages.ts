import type {VFile} from 'vfile'

/** Control characters a terminal acts on (C0 but tab and newline, DEL, C1) and bidi overrides. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/**
 * Make text safe to print: every control character a terminal would act on (ESC, BEL, CR, C1,
 * bidi overrides) becomes a visible escape such as `\x1B`; tabs stay, and newlines stay unless
 * `oneLine` is set.
 * @param text any text, e.g. a message naming a source
 * @param oneLine escape newlines too, so that the text stays one line
 * @returns the printable text
 */
export function cleanText(text: string, oneLine = false): string {
  const escape = (c: string) => {
    const code = c.charCodeAt(0)
    return code > 0xff ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
  }
  const cleaned = text.replace(CONTROL, escape)
  return oneLine ? cleaned.replace(/\n/g, escape) : cleaned
}

/**
 * Format a file's messages one line each, as `path:line:column  severity  reason  rule`,
 * errors first in source order, control characters escaped. A file with no messages gives no lines.
 * @param file the source file
 * @returns the lines
 */
export function formatMessages(file: VFile): string[] {
  const name = file.path ?? 'source'
  return [...file.messages]
    .sort((a, b) => Number(Boolean(b.fatal)) - Number(Boolean(a.fatal)) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((message) => {
      const place = message.line ? `:${message.line}:${message.column ?? 1}` : ''
      const severity = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'
      return cleanText(`${name}${place}  ${severity}  ${message.reason}${message.ruleId ? `  ${message.ruleId}` : ''}`, true)
    })
}
