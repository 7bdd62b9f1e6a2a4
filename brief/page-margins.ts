/**
 * The brief's page margins, in millimetres: the one place they are set. The template writes the
 * `@page` rule from them (`brief/brief.css` sets none), the page-1 thumbnail pads the sheet by them,
 * and the page rules (`closing-page.ts`) measure the text area between them.
 */
export const PAGE_MARGIN_MM = {top: 22, side: 18, bottom: 20} as const

/** The `@page` rule that sets the margins, as the brief's print CSS uses it. */
export const PAGE_MARGIN_CSS = `@page { margin: ${PAGE_MARGIN_MM.top}mm ${PAGE_MARGIN_MM.side}mm ${PAGE_MARGIN_MM.bottom}mm; }`

/** A length in millimetres, in PDF points (1/72 inch). */
export function mmToPoints(mm: number): number {
  return (mm * 72) / 25.4
}

/** A length in millimetres, in CSS pixels (1/96 inch). */
export function mmToPixels(mm: number): number {
  return (mm * 96) / 25.4
}
