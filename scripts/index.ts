// briefing-pack as a library: the package's `exports`. Only wiring; the code lives where it is named.
// (`readConfig` comes with the config file; it does not exist yet.)
export {buildPack, type PackOptions, type PackResult} from './pipeline.js'
export {structureSource, type Structured} from './structure/structure-source.js'
export {readSource} from './structure/read-source.js'
export type {Readout} from './structure/readout.js'
export {BrowserSession} from './browser.js'
export {BuildError, EXIT} from './errors.js'
