import {buildDate} from './build-date.js'

/** Changes one XML part of a zip: its name and text in, the new text out. */
export type PartEdit = (name: string, xml: string) => string

/**
 * Rewrite an Office file (a zip) so that equal input gives equal bytes: entries in a fixed order
 * with fixed dates, and the document dates of `docProps/core.xml` set to the build date
 * (`SOURCE_DATE_EPOCH`, else a fixed date). Used by the PowerPoint and the Word writers.
 * @param bytes the zip as the library wrote it
 * @param edit optional change to each XML part (e.g. tidying what the library wrote)
 * @returns the reproducible zip
 */
export async function reproducibleZip(bytes: Uint8Array, edit?: PartEdit): Promise<Uint8Array> {
  const {default: JSZip} = await import('jszip')
  const date = buildDate()
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const zip = await JSZip.loadAsync(bytes)
  const out = new JSZip()
  // [Content_Types].xml first, as Office writes it; then the order the library chose.
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir)
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))
  for (const name of names) {
    let content: string | Uint8Array = await zip.files[name].async('uint8array')
    if (/\.(?:xml|rels)$/.test(name)) {
      let xml = new TextDecoder().decode(content)
      if (name === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms)/g, `$1${stamp}$2`)
      content = edit ? edit(name, xml) : xml
    }
    // Images are compressed already: store them, deflate only the XML.
    const stored = /\.(?:png|jpe?g|gif)$/i.test(name)
    out.file(name, content, {date, createFolders: false, compression: stored ? 'STORE' : 'DEFLATE'})
  }
  return out.generateAsync({type: 'uint8array', compression: 'DEFLATE', compressionOptions: {level: 6}, platform: 'UNIX'})
}
