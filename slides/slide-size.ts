/** The deck's two shapes: CSS pixels of a slide (Marp, the print view, the PDF page) and inches of a PowerPoint slide. */
export const SLIDE_SIZES = {
  '16:9': {width: 1280, height: 720, inches: {width: 10, height: 5.625}},
  '4:3': {width: 960, height: 720, inches: {width: 10, height: 7.5}},
} as const

/** `16:9` (the default) or `4:3`. */
export type SlideShape = keyof typeof SLIDE_SIZES

/** The size of a slide of this shape. */
export function slideSize(shape: SlideShape = '16:9'): (typeof SLIDE_SIZES)[SlideShape] {
  return SLIDE_SIZES[shape]
}
