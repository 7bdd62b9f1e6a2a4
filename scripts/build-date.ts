/**
 * The date written into outputs that need one (PPTX document dates, zip entries): taken from
 * `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), else a fixed date, never
 * the clock.
 * @returns the date
 */
export function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000)
  return new Date(Date.UTC(2000, 0, 1))
}
