import {BuildError, EXIT} from './errors.js'

/** The range a zip entry's date can hold (1980-01-01 to 2107-12-31), in seconds since 1970. */
const EPOCH_RANGE = {min: 315_532_800, max: 4_354_819_199}

/**
 * The date of `SOURCE_DATE_EPOCH` (the reproducible-builds convention), when it is set.
 * @returns the date, or undefined when the variable is unset or empty
 * @throws BuildError (usage, exit 2) when it is not a whole number of seconds in 1980–2107
 */
export function sourceDateEpoch(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH
  if (epoch === undefined || epoch === '') return undefined
  const seconds = /^\d{1,12}$/.test(epoch) ? Number(epoch) : Number.NaN
  if (!(seconds >= EPOCH_RANGE.min && seconds <= EPOCH_RANGE.max)) {
    const shown = epoch.length > 40 ? `${epoch.slice(0, 40)}…` : epoch
    throw new BuildError(`SOURCE_DATE_EPOCH=${shown} is not a date the outputs can carry; expected whole seconds since 1970 between ${EPOCH_RANGE.min} (1980) and ${EPOCH_RANGE.max} (2107), or unset it`, EXIT.usage)
  }
  return new Date(seconds * 1000)
}

/**
 * The date written into outputs that need one (PPTX document dates, zip entries): taken from
 * `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), else a fixed date, never
 * the clock.
 * @returns the date
 */
export function buildDate(): Date {
  return sourceDateEpoch() ?? new Date(Date.UTC(2000, 0, 1))
}
