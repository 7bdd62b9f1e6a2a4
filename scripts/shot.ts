import puppeteer from 'puppeteer'
import {browserArgs, findBrowser} from './browser.js'
const [url, out, w = '1280', h = '720'] = process.argv.slice(2)
const b = await puppeteer.launch({executablePath: findBrowser(), args: browserArgs()})
try {
  const p = await b.newPage()
  const errors: string[] = []
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  p.on('requestfailed', (r) => errors.push('failed ' + r.url()))
  await p.setViewport({width: +w, height: +h})
  await p.goto(url, {waitUntil: 'networkidle0'})
  await new Promise((r) => setTimeout(r, 300))
  await p.screenshot({path: out, fullPage: process.env.FULL === '1'})
  console.log('errors', errors)
  console.log(await p.evaluate(() => [document.querySelectorAll('section.pillar').length, document.querySelectorAll('.bespoke-marp-note').length, document.title]))
} finally { await b.close() }
