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
  // fflate: several times faster than JSZip at this, which matters while the browser prints.
  const {strFromU8, strToU8, unzipSync, zipSync} = await import('fflate')
  const date = buildDate()
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const parts = unzipSync(bytes)
  // [Content_Types].xml first, as Office writes it; then the order the library chose.
  const names = Object.keys(parts).filter((name) => !name.endsWith('/'))
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))
  const out: Record<string, [Uint8Array, {level: 0 | 6; mtime: Date}]> = {}
  for (const name of names) {
    let content = parts[name]
    if (/\.(?:xml|rels)$/.test(name)) {
      let xml = strFromU8(content)
      if (name === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms)/g, `$1${stamp}$2`)
      content = strToU8(edit ? edit(name, xml) : xml)
    }
    // Images are compressed already: store them, deflate the rest.
    out[name] = [content, {level: /\.(?:png|jpe?g|gif)$/i.test(name) ? 0 : 6, mtime: date}]
  }
  return zipSync(out)
}
