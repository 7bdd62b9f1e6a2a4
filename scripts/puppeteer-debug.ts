import createDebug from 'debug'

/**
 * The `debug` module as Puppeteer sees it in the bundle (`scripts/run.mjs` points Puppeteer's
 * `import('debug')` here): the same loggers, made once per namespace. Puppeteer asks `debug` for a
 * new logger on every protocol message it sends or receives (~0.18 s of CPU for one pack); a
 * logger reads `DEBUG` when it is called, so `DEBUG=puppeteer:*` still prints everything.
 */
const loggers = new Map<string, createDebug.Debugger>()

/**
 * The logger of a namespace, made on first use.
 * @param namespace e.g. `puppeteer:protocol:SEND ►`
 * @returns the logger
 */
export default function sharedLogger(namespace: string): createDebug.Debugger {
  let logger = loggers.get(namespace)
  if (!logger) loggers.set(namespace, (logger = createDebug(namespace)))
  return logger
}
