import type {VFile} from 'vfile'

/**
 * Format a file's messages one line each, as `path:line:column  severity  reason  rule`,
 * errors first in source order. A file with no messages gives no lines.
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
      return `${name}${place}  ${severity}  ${message.reason}${message.ruleId ? `  ${message.ruleId}` : ''}`
    })
}
