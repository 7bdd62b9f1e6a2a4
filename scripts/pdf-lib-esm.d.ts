// pdf-lib's one-file ES module build (scripts/finish-pdf.ts) has the package's own types.
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib'
}
