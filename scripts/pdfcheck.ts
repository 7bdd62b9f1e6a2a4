import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
const doc = await getDocument({data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0}).promise
console.log(doc.numPages, JSON.stringify((await doc.getOutline())?.map((o: any) => o.title)))
const m = await doc.getMetadata(); console.log(JSON.stringify(m.info))
console.log(JSON.stringify(await doc.getMarkInfo()))
