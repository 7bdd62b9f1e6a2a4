/**
 * Widths in em of DejaVu Sans, the font LibreOffice sets the Office files in when the theme's Source Sans 3
 * is not installed, and which is wider than it: what the PowerPoint and Word writers leave room for.
 * Measured from the font's advance widths: a digit 0.636 em and a full stop, comma or space 0.318 in the
 * regular weight; 0.696 and 0.38 in bold (a bold space 0.348, counted as a stop).
 */
export const FALLBACK_WIDTHS = {regular: {digit: 0.64, stop: 0.32}, bold: {digit: 0.7, stop: 0.38}} as const

/**
 * The width in em of a numbered list's widest number and its full stop (`23.`) in the fallback font,
 * which the list's indent must hold with a gap, or LibreOffice sets `10.` against its title (`10.Period`).
 * @param last the list's last number
 * @param weight the weight the numbers are set in: a slide's list is regular, the Word brief's numbered headings bold
 * @returns the width in em
 */
export function listNumberEm(last: number, weight: keyof typeof FALLBACK_WIDTHS): number {
  const {digit, stop} = FALLBACK_WIDTHS[weight]
  return digit * String(last).length + stop
}
