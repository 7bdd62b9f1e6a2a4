/**
 * Headings that only mark a page's furniture, in every language (structure44): a live blog's entry time alone on its line (`19:40`,
 * `18 h 55`, `6.42 pm`, `09:15 –`) heads what happened then, never a point; with the language's schedule, rubric and comment
 * headings (`FURNITURE_HEADINGS`), they are headings of context.
 */

/** A time of day alone, as a live blog heads its entries (`19:40`, `18 h 55`, `14h10`, `6.42 pm`, `10:20 AM`, `9 am`), a dash or a colon after it. */
export const TIME_HEADING = /^(?:[01]?\d|2[0-3])(?:\s?[:h]\s?[0-5]\d(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|\.[0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.)|\s?h|\s?(?:am|pm|a\.m\.|p\.m\.))\s*[–—-]?$/iu

/**
 * A language's headings of context widened to the headings of a page's furniture: its own, its schedule and rubric headings, a time alone.
 * @param context the language's headings of context (anchored)
 * @param furniture the language's headings of furniture (anchored)
 * @returns one pattern that reads all three
 */
export function withFurnitureHeadings(context: RegExp, furniture: RegExp): RegExp {
  return new RegExp(`${context.source}|${furniture.source}|${TIME_HEADING.source}`, 'iu')
}
