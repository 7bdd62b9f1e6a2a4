import createDebug from 'debug'
import {describe, expect, it} from 'vitest'
import sharedLogger from '../puppeteer-debug.js'

describe('Puppeteer loggers (scripts/puppeteer-debug.ts)', () => {
  it('gives one logger per namespace, which follows DEBUG as it changes', () => {
    const send = sharedLogger('puppeteer:protocol:SEND ►')
    expect(sharedLogger('puppeteer:protocol:SEND ►')).toBe(send)
    expect(sharedLogger('puppeteer:protocol:RECV ◀')).not.toBe(send)
    const before = createDebug.disable()
    try {
      expect(send.enabled).toBe(false)
      createDebug.enable('puppeteer:*')
      expect(send.enabled).toBe(true)
    } finally {
      createDebug.enable(before)
    }
  })
})
