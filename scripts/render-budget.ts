import {BuildError, EXIT} from './errors.js'
import type {Readout} from './structure/readout.js'

/** The time any browser stage gets, whatever the size: printing the seed takes about a second. */
const BASE_MS = 30_000
/** More time per pillar: 500 pillars printed in 23 s on 2 busy cores. */
const PER_PILLAR_MS = 100
/** More time per 10,000 characters of text. */
const PER_10K_CHARS_MS = 2_000

/**
 * How long one browser stage (printing, a capture) may take for a readout: grows with the work,
 * its pillars and its text, so that a big deck is given the time it needs and a stuck browser is
 * still found.
 * @param readout what is rendered
 * @returns milliseconds
 */
export function renderBudgetMs(readout: Readout): number {
  return Math.round(timeScale() * baseBudgetMs(readout))
}

/**
 * `BRIEFING_PACK_TIME_SCALE`: a factor for every time a browser stage gets (e.g. `3` on a slow
 * machine); unset, empty or not a positive number means 1.
 */
function timeScale(): number {
  const scale = Number(process.env.BRIEFING_PACK_TIME_SCALE)
  return Number.isFinite(scale) && scale > 0 ? scale : 1
}

function baseBudgetMs(readout: Readout): number {
  let chars = readout.title.length + (readout.keyMessage?.length ?? 0)
  for (const pillar of readout.pillars) chars += pillar.title.length + pillar.body.length
  for (const paragraph of [...readout.context, ...readout.outlook]) chars += paragraph.length
  for (const figure of readout.figures) chars += figure.sentence.length
  return BASE_MS + PER_PILLAR_MS * readout.pillars.length + Math.ceil((PER_10K_CHARS_MS * chars) / 10_000)
}

/**
 * Run one browser stage within its time: past it, or when Puppeteer's own timeout fires inside,
 * the stage fails with one line naming it (exit 4), never Puppeteer's text.
 * @param stage what is done, e.g. `printing the brief`
 * @param timeoutMs how long it may take (see `renderBudgetMs`)
 * @param work the stage
 * @returns what `work` returns
 */
export async function withinBudget<T>(stage: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const late = () => new BuildError(`${stage} took longer than ${(timeoutMs / 1000).toFixed(timeoutMs < 10_000 ? 1 : 0)} s, the time allowed for this readout's size; the browser may be stuck or the machine too busy`, EXIT.renderFailed)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), timeoutMs)
  })
  try {
    return await Promise.race([work(), timeout])
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || /protocolTimeout|timed out|Timeout .* exceeded/i.test(error.message))) throw late()
    throw error
  } finally {
    clearTimeout(timer)
  }
}
