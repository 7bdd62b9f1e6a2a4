import {cleanText} from './format-messages.js'

/** What the command line prints while it builds: one line per step with its time, then a summary. */
export interface Progress {
  step(source: string, step: string, milliseconds: number): void
  built(source: string, folder: string, files: number, milliseconds: number): void
  upToDate(source: string, folder: string): void
  site(index: string, readouts: number): void
}

/**
 * The progress printer: plain lines (no spinner, no cursor movement), dimmed times only on a
 * colour terminal without `NO_COLOR`, nothing with `quiet`.
 * @param stream where to print (standard output)
 * @param quiet print nothing
 * @returns the printer
 */
export function createProgress(stream: NodeJS.WriteStream, quiet: boolean): Progress {
  const colour = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
  const dim = (text: string) => (colour ? `\u001B[2m${text}\u001B[22m` : text)
  const print = (line: string) => {
    if (!quiet) stream.write(`${line}\n`)
  }
  const time = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)
  return {
    // Names come from file names: their control characters are escaped; only our dimming is raw.
    step: (source, step, ms) => print(`  ${cleanText(source, true)}  ${step.padEnd(9)} ${dim(time(ms).padStart(8))}`),
    built: (source, folder, files, ms) => print(cleanText(`${source} -> ${folder}/ (${files} files) in ${time(ms)}`, true)),
    upToDate: (source, folder) => print(cleanText(`${source} -> ${folder}/ up to date`, true)),
    site: (index, readouts) => print(cleanText(`${index}: ${readouts} ${readouts === 1 ? 'readout' : 'readouts'} listed`, true)),
  }
}
