import {loadPdfLib} from './finish-pdf.js'

/**
 * Start loading the libraries used only after printing (pdf-lib, sharp, pptxgenjs, docx, jszip) while
 * the browser prints and this process would otherwise wait: loading them takes ~300 ms of CPU.
 */
export function preloadFinishing(): void {
  for (const load of [loadPdfLib, () => import('sharp'), () => import('pptxgenjs'), () => import('docx'), () => import('jszip')]) load().catch(() => undefined)
}
