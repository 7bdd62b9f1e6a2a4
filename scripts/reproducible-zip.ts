import {buildDate} from './build-date.js'

/** Changes one XML part of a zip: its name and text in, the new text out. */
export type PartEdit = (name: string, xml: string) => string

/** The parts of an Office file by name, in the library's order: text (XML) or bytes. */
export type ZipParts = Iterable<readonly [string, string | Uint8Array | ArrayBuffer]>

/**
 * Rewrite an Office file (a zip) so that equal input gives equal bytes: entries in a fixed order
 * with fixed dates, and the document dates of `docProps/core.xml` set to the build date
 * (`SOURCE_DATE_EPOCH`, else a fixed date). Used by the PowerPoint writer (pptxgenjs zips its
 * parts uncompressed, so unzipping them is cheap).
 * @param bytes the zip as the library wrote it
 * @param edit optional change to each XML part (e.g. tidying what the library wrote)
 * @returns the reproducible zip
 */
export async function reproducibleZip(bytes: Uint8Array, edit?: PartEdit): Promise<Uint8Array> {
  const {unzipSync} = await import('fflate')
  return zipReproducibly(Object.entries(unzipSync(bytes)), edit)
}

/**
 * Zip an Office file's parts so that equal input gives equal bytes (as `reproducibleZip`), from
 * the parts themselves: the Word writer hands them over before any zip is made, so nothing is
 * compressed twice.
 * @param parts the parts by name, in the library's order
 * @param edit optional change to each XML part
 * @returns the reproducible zip
 */
export async function zipReproducibly(parts: ZipParts, edit?: PartEdit): Promise<Uint8Array> {
  // fflate: several times faster than JSZip at this, which matters while the browser prints.
  const {strFromU8, strToU8, zipSync} = await import('fflate')
  const date = buildDate()
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  // [Content_Types].xml first, as Office writes it; then the order the library chose.
  const entries = [...parts].filter(([name]) => !name.endsWith('/'))
  entries.sort(([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))
  const out: Record<string, [Uint8Array, {level: 0 | 6; mtime: Date}]> = {}
  for (const [name, data] of entries) {
    let content = typeof data === 'string' ? undefined : data instanceof Uint8Array ? data : new Uint8Array(data)
    if (/\.(?:xml|rels)$/.test(name)) {
      let xml = typeof data === 'string' ? data : strFromU8(content!)
      if (name === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms)/g, `$1${stamp}$2`)
      content = strToU8(edit ? edit(name, xml) : xml)
    }
    // Images are compressed already: store them, deflate the rest.
    out[name] = [content ?? strToU8(data as string), {level: /\.(?:png|jpe?g|gif)$/i.test(name) ? 0 : 6, mtime: date}]
  }
  return zipSync(out)
}
