import {buildDate} from '../scripts/build-date.js'
import {xmlSafe} from '../scripts/xml-text.js'

/** What goes into the PowerPoint file. */
export interface PptxInput {
  title: string
  author?: string
  subject?: string
  /** A PNG of each slide, 16:9. */
  images: Uint8Array[]
  /** Speaker notes of each slide. */
  notes: string[]
}

/**
 * Make a PowerPoint deck: each slide is its rendered image (so it looks exactly like the HTML and
 * PDF decks) with its speaker notes. The file is reproducible: no time from the clock inside.
 * @param input slide images, notes and metadata
 * @returns the `.pptx` bytes
 */
export async function makePptx(input: PptxInput): Promise<Uint8Array> {
  // Loaded on first use (see `preloadFinishing`). pptxgenjs's types describe a CommonJS module;
  // at run time the default export is the class.
  const PptxGenJS = (await import('pptxgenjs')).default as unknown as typeof import('pptxgenjs').default
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9'
  pptx.title = xmlSafe(input.title)
  if (input.author) pptx.author = xmlSafe(input.author)
  if (input.author) pptx.company = xmlSafe(input.author)
  if (input.subject) pptx.subject = xmlSafe(input.subject)
  input.images.forEach((image, index) => {
    const slide = pptx.addSlide()
    slide.addImage({data: `data:image/png;base64,${Buffer.from(image).toString('base64')}`, x: 0, y: 0, w: '100%', h: '100%'})
    const note = input.notes[index]
    if (note) slide.addNotes(xmlSafe(note))
  })
  const written = (await pptx.write({outputType: 'uint8array'})) as Uint8Array
  return reproducibleZip(written)
}

/** Rewrite a zip with fixed file dates and fixed document dates, so that equal input gives equal bytes. */
async function reproducibleZip(bytes: Uint8Array): Promise<Uint8Array> {
  const {default: JSZip} = await import('jszip')
  const date = buildDate()
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const zip = await JSZip.loadAsync(bytes)
  const out = new JSZip()
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir)
  for (const name of names) {
    let content: string | Uint8Array = await zip.files[name].async('uint8array')
    if (name === 'docProps/core.xml') content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms)/g, `$1${stamp}$2`)
    // Images are compressed already: store them, deflate only the XML.
    const stored = /\.(?:png|jpe?g)$/i.test(name)
    out.file(name, content, {date, createFolders: false, compression: stored ? 'STORE' : 'DEFLATE'})
  }
  return out.generateAsync({type: 'uint8array', compression: 'DEFLATE', compressionOptions: {level: 6}, platform: 'UNIX'})
}
