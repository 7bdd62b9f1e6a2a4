/** Puppeteer uses the system Chromium (see scripts/browser.ts); it never downloads its own. */
module.exports = {skipDownload: true}
