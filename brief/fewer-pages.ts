/**
 * A brief whose last page would hold only a few lines (the outlook alone, a pillar's last lines and
 * the citation) is printed again a little tighter, and that print is kept when it has a page fewer:
 * one full page reads better than a page and a fifth, and moving pillars onto the last page
 * (`closing-page.ts`) can only bring such a page to about a quarter.
 */

/**
 * The tighter print: body lines at 1.36 (the design's range is 1.35 to 1.45) and smaller gaps
 * between the blocks; type sizes, margins and the layout stay as they are.
 */
export const TIGHTER_PRINT = `@media print {
  html { line-height: 1.36; }
  p { margin-bottom: 0.45em; }
  h2 { margin-top: 1em; }
  .masthead { margin-bottom: 4mm; padding-top: 5.5mm; padding-bottom: 4.5mm; }
  .key-message { margin-bottom: 3.5mm; }
  .rail { margin-top: 3.5mm; }
  .pillars { padding-top: 1mm; }
  .pillar { margin-bottom: 2mm; }
  .next-steps { margin-top: 2mm; }
}`

/**
 * How far past the page before the last the text may run, laid out as one long page (a share of a
 * page's text area), for the tighter print to be tried. It saves about a twentieth of a page per
 * page: of 24 two-page briefs of rounds 19 and 20, the three at 103-106% printed on one page, and
 * none of those at 110-143% did (their prints would be wasted).
 */
export const TRY_FEWER_PAGES_UNDER = 0.1

/**
 * Whether a brief is worth printing again tighter: more than one page, and its text, laid out as one
 * long page, runs only a little past the page before the last.
 * @param textHeight the height of the brief's text laid out at the page's width, in points
 * @param pages the pages of the brief as printed
 * @param area the height of a page's text area, in points
 * @returns whether to try the tighter print
 */
export function worthFewerPages(textHeight: number, pages: number, area: number): boolean {
  if (pages < 2) return false
  const onLast = textHeight / area - (pages - 1)
  return onLast < TRY_FEWER_PAGES_UNDER
}
